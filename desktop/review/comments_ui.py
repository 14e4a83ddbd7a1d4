"""Review comments in the editor: the Comment action on fields and list rows, the marks beside
the fields, their group in the findings panel, and resolving them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidgetItem,
    QWidget,
)

from desktop import theme
from desktop.field_labels import field_label
from desktop.review.comment_markers import Marker
from desktop.widgets.findings_panel import PATH_ROLE
from forms.fieldpath import FieldPath
from forms.review.comments import ReviewComment, comments_for, open_comments

if TYPE_CHECKING:
    from desktop.editor.editor import Editor

COMMENT_ROLE = Qt.ItemDataRole.UserRole + 2


def _list_of(path: str) -> str | None:
    """The list ("smelters", …) a comment's row belongs to, None when it is on no row."""
    parsed = FieldPath.try_parse(path)
    return parsed.section if parsed is not None and parsed.row_path is not None else None


def ask_comment(parent: QWidget, where: str) -> str | None:
    """Ask the reviewer for a comment on `where` (tests replace this function)."""
    text, ok = QInputDialog.getMultiLineText(
        parent,
        QCoreApplication.translate("ReviewComments", "Review comment"),
        QCoreApplication.translate("ReviewComments", "Comment on {where}:").format(where=where),
    )
    return text.strip() if ok and text.strip() else None


def _short(text: str, limit: int = 50) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


class CommentsController(QObject):
    """Attributes: comments (every comment of the declaration, as `forms.review` sees them),
    markers (path → the mark beside that field), group (the findings panel's group).

    Signals: changed() — a comment was added or resolved."""

    changed = Signal()

    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self.editor, self.session = editor, editor.session
        self.comments: list[ReviewComment] = []
        self.removed: list[ReviewComment] = []
        self.markers: dict[str, Marker] = {}
        self.row_labels: dict[str, QLabel] = {}
        tree = editor.findings_panel.tree
        self.group = QTreeWidgetItem(tree, [""])
        font = QFont(self.group.font(0))
        font.setBold(True)
        self.group.setFont(0, font)
        self.group.setFirstColumnSpanned(True)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._tree_menu)
        self.install()
        # After the pages rebuilt their fields for the new minerals (connected after them).
        self.session.minerals_changed.connect(self.install)
        # A row comment follows its row (the store moved or resolved it): show where it is now.
        self.session.rows_changed.connect(lambda _kind: self.reload())
        self.reload()

    # --- the Comment action -------------------------------------------------------------------

    def install(self) -> None:
        """The context menus on every field and list table (new widgets included)."""
        for page in self.editor.pages:
            for path, widget in page.fields.items():
                if widget.property("reviewMenu") != path:
                    widget.setProperty("reviewMenu", path)
                    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                    widget.customContextMenuRequested.connect(
                        lambda pos, w=widget, p=path: self._field_menu(w, p, pos)
                    )
            table, kind = getattr(page, "table", None), getattr(page, "kind", None)
            view = getattr(table, "view", None)
            if isinstance(view, QAbstractItemView) and isinstance(kind, str):
                if view.property("reviewMenu") != kind:
                    view.setProperty("reviewMenu", kind)
                    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                    view.customContextMenuRequested.connect(
                        lambda pos, v=view, k=kind: self._row_menu(v, k, pos)
                    )
                if kind not in self.row_labels:
                    label = QLabel()
                    label.setObjectName(f"review_comments.{kind}")
                    label.setWordWrap(True)
                    label.setStyleSheet(f"color: {theme.warning_color().name()};")
                    page.layout_.insertWidget(page.layout_.count() - 1, label)
                    self.row_labels[kind] = label
        self._show()

    def menu_for(self, path: str, menu: QMenu) -> QMenu:
        """`menu` with "Comment…" on `path` and "Resolve" for each open comment shown there."""
        if not menu.isEmpty():
            menu.addSeparator()
        comment = menu.addAction(self.tr("Comment…"))
        comment.setObjectName("review.comment")
        comment.triggered.connect(lambda _c=False, p=path: self.comment(p))
        for c in comments_for(self.comments, path):
            resolve = menu.addAction(
                self.tr("Resolve “{text}” ({author})").format(text=_short(c.text), author=c.author)
            )
            resolve.setObjectName("review.resolve")
            resolve.triggered.connect(lambda _c=False, i=c.id: self.resolve(int(i)))
        return menu

    def _field_menu(self, widget: QWidget, path: str, pos: QPoint) -> None:
        menu = widget.createStandardContextMenu() if isinstance(widget, QLineEdit) else QMenu()
        self.menu_for(path, menu).exec(widget.mapToGlobal(pos))
        menu.deleteLater()

    def _row_menu(self, view: QAbstractItemView, kind: str, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        menu = self.menu_for(f"{kind}[{index.row()}]", QMenu())
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _tree_menu(self, pos: QPoint) -> None:
        item = self.editor.findings_panel.tree.itemAt(pos)
        note_id = item.data(0, COMMENT_ROLE) if item is not None else None
        if not isinstance(note_id, str):
            return
        menu = QMenu()
        menu.addAction(self.tr("Resolve"), lambda: self.resolve(int(note_id)))
        menu.exec(self.editor.findings_panel.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --- changes ------------------------------------------------------------------------------

    def comment(self, path: str) -> int | None:
        text = ask_comment(self.editor, self.label(path))
        if text is None:
            return None
        note_id = int(self.session.store.add_review_comment(self.session.decl_id, path, text))
        self.reload()
        return note_id

    def resolve(self, note_id: int) -> None:
        self.session.store.resolve_review_comment(note_id)
        self.reload()

    def label(self, path: str) -> str:
        """The place a comment is on, in the interface language, list rows by their workbook
        row number."""
        return field_label(path, self.session.template, self.session.texts().text)

    def reload(self) -> None:
        notes = self.session.store.review_comments(self.session.decl_id)
        self.comments = [n.comment() for n in notes]
        self.removed = [n.comment() for n in notes if getattr(n, "row_removed", False)]
        self._show()
        self.changed.emit()

    # --- showing ------------------------------------------------------------------------------

    def _fields(self) -> dict[str, Any]:
        return {path: w for page in self.editor.pages for path, w in page.fields.items()}

    def _show(self) -> None:
        for path, widget in self._fields().items():
            shown = comments_for(self.comments, path)
            marker = self.markers.get(path)
            if marker is None or marker.field is not widget:  # a rebuilt page: a new field
                if not shown:
                    self.markers.pop(path, None)
                    continue
                marker = self.markers[path] = Marker(widget)
            lines = [f"{c.author}: {c.text}" for c in shown]
            title = self.tr("Review comments — right-click to resolve")
            marker.set_text("\n".join([title, *lines]) if lines else None)
        opened = open_comments(self.comments)
        for kind, label in self.row_labels.items():
            rows = [c for c in opened if _list_of(c.path) == kind]
            label.setVisible(bool(rows))
            label.setText(
                "\n".join(
                    self.tr("Review comment on {where}: {text} ({author})").format(
                        where=self.label(c.path), text=c.text, author=c.author
                    )
                    for c in rows
                )
            )
        self._show_group(opened)

    def _show_group(self, opened: list[ReviewComment]) -> None:
        self.group.takeChildren()
        self.group.setText(0, self.tr("Review comments: {count} open").format(count=len(opened)))
        for c in opened:
            child = QTreeWidgetItem(self.group, [f"{self.label(c.path)}: {c.text}", c.author])
            child.setToolTip(0, self.tr("{text}\nRight-click to resolve.").format(text=c.text))
            child.setData(0, PATH_ROLE, c.path)
            child.setData(0, COMMENT_ROLE, c.id)
            child.setForeground(0, theme.warning_color())
        for c in self.removed:  # anchored to a row that is gone: resolved by the removal
            text = self.tr("{where} (row removed — resolved): {text}").format(
                where=self.label(c.path), text=c.text
            )
            child = QTreeWidgetItem(self.group, [text, c.author])
            child.setToolTip(0, self.tr("The row this comment was on has been removed."))
            child.setData(0, COMMENT_ROLE, c.id)
            child.setForeground(0, self.editor.palette().placeholderText().color())
        self.group.setExpanded(True)

    def items(self) -> list[QTreeWidgetItem]:
        return [c for i in range(self.group.childCount()) if (c := self.group.child(i))]
