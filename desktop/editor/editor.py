"""The guided editor: section list, the section's page, and the findings panel beside it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.editor.page_base import Page
from desktop.editor.pages import build_pages, page_key_for
from desktop.editor.review_page import ReviewPage
from desktop.editor.session import DeclarationSession
from desktop.widgets.findings_panel import FindingsPanel
from forms.review.carried import confirm_findings
from forms.rules import check
from forms.rules.finding import Finding
from forms.rules.rf_facilities import facility_flags

DEBOUNCE_MS = 100
SECTION_STATE_ROLE = Qt.ItemDataRole.UserRole + 1
"""A section's mark: "errors", "flags" (red flags or items to re-confirm) or "done" (a tick)."""


class Editor(QWidget):
    """Attributes: session, pages, sections (QListWidget), stack, findings_panel, findings,
    confirm_banner (the items to confirm again, when there are any).

    Features plug in through `add_banner` (a strip above the sections, such as the review bar)
    rather than reaching into the layout.

    Signals: close_requested() — the user wants the list of declarations back.
    """

    close_requested = Signal()

    def __init__(
        self,
        session: DeclarationSession,
        *,
        data_dir: Path,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.findings: list[Finding] = []
        self.pages: list[Page] = build_pages(session, data_dir)
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setMinimumWidth(150)  # gives way in a narrow window; titles elide
        self.sections.setIconSize(QSize(16, 16))
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setSpacing(2)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
            QListWidgetItem(page.title, self.sections)
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.currentRowChanged.connect(self._update_nav)
        self.findings_panel = FindingsPanel()
        self.findings_panel.display = lambda text: session.texts().text(text)
        self.findings_panel.finding_activated.connect(self.focus_path)

        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.close_requested)
        self.title = QLabel(f"<b>{title}</b>")
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        self.prev_button = QPushButton()
        self.prev_button.clicked.connect(lambda: self.go(self.sections.currentRow() - 1))
        self.next_button = QPushButton()
        self.next_button.clicked.connect(lambda: self.go(self.sections.currentRow() + 1))
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.prev_button)
        footer.addWidget(self.next_button)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.stack, 1)
        center_layout.addLayout(footer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sections)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.findings_panel)
        # All three give way when the window narrows, the page the least.
        for column, stretch in enumerate((1, 4, 2)):
            self.splitter.setStretchFactor(column, stretch)
        self.splitter.setSizes([220, 640, 340])
        self.banners = QVBoxLayout()
        self.banners.setContentsMargins(0, 0, 0, 0)
        self.confirm_banner: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.banners)
        layout.addWidget(self.splitter, 1)

        QShortcut(
            QKeySequence("Ctrl+PgDown"), self, lambda: self.go(self.sections.currentRow() + 1)
        )
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.go(self.sections.currentRow() - 1))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recheck)
        session.field_changed.connect(self._field_changed)
        session.rows_changed.connect(self._rows_changed)
        session.minerals_changed.connect(self._minerals_changed)
        session.revisited.connect(self.show_path)
        self.sections.setCurrentRow(0)
        self.retranslate()
        self.recheck()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The pages retranslate after this widget (children get the event next): name the
            # sections once they have their new titles.
            QTimer.singleShot(0, self.recheck)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All declarations"))
        self.prev_button.setText(self.tr("← Previous"))
        self.next_button.setText(self.tr("Next →"))

    def add_banner(self, widget: QWidget, *, first: bool = False) -> None:
        """Show `widget` in the strip between the title and the sections (`first`: on top)."""
        if first:
            self.banners.insertWidget(0, widget)
        else:
            self.banners.addWidget(widget)

    # --- navigation ---------------------------------------------------------------------------

    def go(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.sections.setCurrentRow(row)

    def _update_nav(self, row: int) -> None:
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.pages) - 1)

    def page(self, key: str) -> Page:
        return next(p for p in self.pages if p.key == key)

    def review_page(self) -> ReviewPage:
        page = self.page("review")
        assert isinstance(page, ReviewPage)
        return page

    def show_path(self, path: str) -> Page:
        key = page_key_for(path)
        page = next((p for p in self.pages if p.key == key), self.pages[-1])
        self.sections.setCurrentRow(self.pages.index(page))
        return page

    def focus_path(self, path: str) -> None:
        """Show the page holding `path` and put the cursor in its field."""
        self.show_path(path).focus_path(path)

    # --- changes ------------------------------------------------------------------------------

    def _field_changed(self, path: str) -> None:
        for page in self.pages:
            page.on_field_changed(path)
        self._timer.start()

    def _rows_changed(self, kind: str) -> None:
        for page in self.pages:
            page.on_rows_changed(kind)
        self._timer.start()

    def _minerals_changed(self) -> None:
        for page in self.pages:
            page.on_minerals_changed()
        self._timer.start()

    def recheck(self) -> None:
        """Run the rules and show the findings everywhere (the panel, the sections, review)."""
        decl = self.session.decl
        facilities = facility_flags(
            decl, self.session.facilities(), due_within_days=self.session.facility_due_days
        )
        self.findings = [*check(decl), *facilities, *self._to_confirm()]
        self.findings_panel.set_findings(self.findings)
        self.review_page().show_findings(self.findings)
        errors = Counter(page_key_for(f.path) for f in self.findings if f.severity == "error")
        red_flags = Counter(page_key_for(f.path) for f in self.findings if f.severity != "error")
        style = self.style()
        for row, page in enumerate(self.pages):
            item = self.sections.item(row)
            n = errors.get(page.key, 0)
            flags = red_flags.get(page.key, 0)
            if page.key == "review":
                item.setText(page.title)
                continue
            item.setText(f"{page.title}  ({n})" if n else page.title)
            state = (
                self.tr("Required fields missing: {count}").format(count=n)
                if n
                else self.tr("Red flags to look at: {count}").format(count=flags)
                if flags
                else self.tr("Nothing missing here")
            )
            item.setToolTip(f"{page.title}\n{state}")  # the full title of an elided one
            item.setForeground(theme.error_color() if n else self.palette().text().color())
            # A tick means nothing left to look at: red flags (and items to re-confirm) too.
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if n
                else QStyle.StandardPixmap.SP_MessageBoxInformation
                if flags
                else QStyle.StandardPixmap.SP_DialogApplyButton
            )
            item.setIcon(style.standardIcon(icon))
            item.setData(SECTION_STATE_ROLE, "errors" if n else "flags" if flags else "done")

    def _to_confirm(self) -> list[Finding]:
        """What a draft started from the previous declaration must still confirm."""
        try:
            items = self.session.store.confirm_items(self.session.decl_id)
        except Exception:  # a store that cannot answer: no items, the rules still run
            return []
        return confirm_findings(items)

    def facilities_changed(self) -> None:
        """A facility list was imported: status column, red flags and review counts anew."""
        self.session.forget_facilities()
        for page in self.pages:
            refresh = getattr(page, "update_flags", None)
            if refresh is not None:
                refresh()
        self.recheck()

    def section_errors(self, key: str) -> int:
        return sum(
            1 for f in self.findings if f.severity == "error" and page_key_for(f.path) == key
        )
