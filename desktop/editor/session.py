"""An open declaration: the domain object, its id in the store, and the undo stack editing it.

Every edit goes through here: the undo command changes the in-memory declaration, writes the
change through the store (committed at once) and tells the pages which path changed.
"""

from __future__ import annotations

import contextlib
import copy
import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from db.errors import StoreError
from desktop import i18n, template_texts
from desktop.template_texts import TemplateTexts
from desktop.undo import ReplaceRowsCommand, SetFieldCommand, SetMineralsCommand
from forms import fieldpath
from forms.declaration import Declaration
from forms.facilities import FacilityList
from forms.facilities.status import DUE_WITHIN_DAYS
from forms.templates import TemplateDef

if TYPE_CHECKING:
    from db.store import Store

log = logging.getLogger(__name__)


def _answer_paths(decl: Declaration) -> dict[str, str | None]:
    """Every per-mineral answer and comment of the declaration, by path."""
    out: dict[str, str | None] = {}
    for path, a in fieldpath.answer_items(decl):
        if path.mineral is not None:
            out[str(path)] = a.answer
            out[str(path.with_part("comment"))] = a.comment
    return out


class DeclarationSession(QObject):
    """One declaration being edited.

    Attributes:
        decl_id: the declaration's id in the store.
        decl: the declaration (the single in-memory copy every page reads).
        undo_stack: every edit, across all pages.

    Signals:
        field_changed(path): a field took a new value (by an edit, undo or redo).
        rows_changed(kind): the smelters, products or mines were replaced.
        minerals_changed(): the minerals in scope changed (pages must rebuild).
        revisited(path): undo/redo changed `path`; the editor shows its page.
        saved(): the store committed the last change.
        save_failed(message): the store refused the last change.
    """

    field_changed = Signal(str)
    rows_changed = Signal(str)
    minerals_changed = Signal()
    revisited = Signal(str)
    saved = Signal()
    save_failed = Signal(str)

    def __init__(
        self, *, store: Store, decl_id: int, decl: Declaration, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.decl_id, self.decl = store, decl_id, decl
        self.decl.ensure_shape()
        self.undo_stack = QUndoStack(self)
        self.edit_guard: Callable[[], bool] | None = None
        """Asked before each edit (the review workflow's warning); False cancels the edit."""
        self._labels: dict[str, dict[str, str]] | None = None
        self._texts: tuple[str, TemplateTexts] | None = None
        self._facilities: tuple[FacilityList | None] | None = None
        self.facility_due_days = DUE_WITHIN_DAYS
        """How far ahead a conformant smelter's re-assessment is flagged as due."""
        from desktop.editor.save_queue import SaveQueue

        self.saves = SaveQueue(
            saved=self.saved.emit,
            failed=self.save_failed.emit,
            overtaken=self._overtaken,
            parent=self,
        )

    def facilities(self) -> FacilityList | None:
        """RMI's facility list as imported into the store (read once), or None."""
        if self._facilities is None:
            try:
                self._facilities = (self.store.facility_list(),)
            except StoreError:
                self._facilities = (None,)
        return self._facilities[0]

    def forget_facilities(self) -> None:
        """The list was imported again: read it anew when next asked."""
        self._facilities = None

    @property
    def template(self) -> TemplateDef:
        return self.decl.template

    def texts(self) -> TemplateTexts:
        """RMI's translations of the template's texts, in the interface language."""
        if self._labels is None:
            self._labels = template_texts.load_labels(
                self.store, self.decl.family, self.decl.version
            )
        language = i18n.current()
        if self._texts is None or self._texts[0] != language:
            self._texts = (language, template_texts.texts(self._labels))
        return self._texts[1]

    def forget_texts(self) -> None:
        """A template was added to the library: read its texts again when next needed."""
        self._labels, self._texts = None, None

    def value(self, path: str) -> str | None:
        try:
            return fieldpath.get_value(self.decl, path)
        except fieldpath.FieldPathError:
            return None

    # --- edits (push an undo command) -----------------------------------------------------

    def _allowed(self, undo_shown: Callable[[], None]) -> bool:
        """Whether `edit_guard` lets the edit happen; if not, the widgets are shown the
        declaration's values again (`undo_shown`, once the widget's own signal returned)."""
        if self.edit_guard is None or self.edit_guard():
            return True
        QTimer.singleShot(0, undo_shown)
        return False

    def set_field(self, path: str, value: str | None) -> None:
        new = (value.strip() or None) if isinstance(value, str) else None
        old = self.value(path)
        if new != old and self._allowed(lambda: self.field_changed.emit(path)):
            self.undo_stack.push(SetFieldCommand(self, path, old, new))

    def set_rows(self, kind: str, rows: list[Any], label: str) -> None:
        if not self._allowed(lambda: self.rows_changed.emit(kind)):
            return
        old = copy.deepcopy(getattr(self.decl, kind))
        self.undo_stack.push(ReplaceRowsCommand(self, kind, old, copy.deepcopy(rows), label))

    def set_minerals(self, minerals: list[str]) -> None:
        old = list(self.decl.minerals_in_scope)
        if sorted(old) != sorted(minerals) and self._allowed(self.minerals_changed.emit):
            cmd = SetMineralsCommand(self, old, list(minerals), _answer_paths(self.decl))
            self.undo_stack.push(cmd)

    # --- applying (called by the commands) ------------------------------------------------

    def _save(self, write: Callable[[], object]) -> None:
        """Write one change through the store, in order (on a team database it waits while
        the server is away); its errors all mean "not saved"."""
        self.saves.save(write)

    def _overtaken(self, path: str, current: str | None) -> None:
        """Another desk changed `path` first: show their value again (nothing was saved)."""
        if path in ("smelters", "products", "mines"):
            with contextlib.suppress(Exception):  # unreadable now: shown at the next change
                rows = getattr(self.store.load(self.decl_id).declaration, path)
                setattr(self.decl, path, rows)
                self.rows_changed.emit(path)
            return
        try:
            fieldpath.set_value(self.decl, path, current)
        except fieldpath.FieldPathError:
            return
        self.field_changed.emit(path)

    def apply_field(self, path: str, value: str | None, *, revisit: bool) -> None:
        made_on = self.value(path)
        fieldpath.set_value(self.decl, path, value)
        # On a team database the edit names the value it was made on (no lost update).
        extra = {"expected": made_on} if getattr(self.store, "shared", False) else {}
        self._save(lambda: self.store.set_field(self.decl_id, path, value, **extra))
        self.field_changed.emit(path)
        if revisit:
            self.revisited.emit(path)

    def apply_rows(self, kind: str, rows: list[Any], *, revisit: bool) -> None:
        made_on = copy.deepcopy(getattr(self.decl, kind))
        setattr(self.decl, kind, copy.deepcopy(rows))
        extra = {"expected": made_on} if getattr(self.store, "shared", False) else {}
        saved = copy.deepcopy(rows)
        self._save(lambda: self.store.replace_rows(self.decl_id, kind, saved, **extra))
        self.rows_changed.emit(kind)
        if revisit:
            self.revisited.emit(kind)

    def apply_minerals(
        self, minerals: list[str], answers: dict[str, str | None], *, revisit: bool
    ) -> None:
        if self.template.mineral_choice is not None:  # AMRT: the names as the user gave them
            self.decl.minerals_in_scope = list(dict.fromkeys(minerals))
        else:
            order = self.template.minerals
            self.decl.minerals_in_scope = [m for m in order if m in minerals]
        self.decl.ensure_shape()
        chosen = list(self.decl.minerals_in_scope)
        self._save(lambda: self.store.set_minerals(self.decl_id, chosen))
        for path, value in answers.items():
            try:
                if value is not None and fieldpath.get_value(self.decl, path) != value:
                    fieldpath.set_value(self.decl, path, value)
                    self._save(partial(self.store.set_field, self.decl_id, path, value))
            except fieldpath.FieldPathError:
                continue
        self.minerals_changed.emit()
        if revisit:
            self.revisited.emit("minerals_in_scope")
