"""Undoable edits of an open declaration: one QUndoCommand per kind of change."""

from __future__ import annotations

import time
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.field_labels import field_label
from desktop.template_texts import TemplateTexts
from forms.templates.model import TemplateDef


class DeclarationSession(Protocol):
    """What the commands change: an open declaration (`desktop.editor.session`)."""

    @property
    def template(self) -> TemplateDef: ...

    def texts(self) -> TemplateTexts: ...

    def apply_field(self, path: str, value: str | None, *, revisit: bool) -> None: ...

    def apply_rows(self, kind: str, rows: list[Any], *, revisit: bool) -> None: ...

    def apply_minerals(
        self, minerals: list[str], answers: dict[str, str | None], *, revisit: bool
    ) -> None: ...


MERGE_SECONDS = 2.0
_FIELD_ID = 1001


class SetFieldCommand(QUndoCommand):
    """Set one field; consecutive keystrokes in the same field merge into one step."""

    def __init__(
        self, session: DeclarationSession, path: str, old: str | None, new: str | None
    ) -> None:
        super().__init__()
        self._session, self.path, self._old, self._new = session, path, old, new
        self.retitle()
        self._at = time.monotonic()
        self._first = True

    def retitle(self) -> None:
        """The undo text in words and in the interface language ("Edit Company Name")."""
        session = self._session
        words = field_label(self.path, session.template, session.texts().text)
        self.setText(QCoreApplication.translate("undo", "Edit {path}").format(path=words))

    def id(self) -> int:
        return _FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.path != self.path:
            return False
        if other._at - self._at > MERGE_SECONDS:
            return False
        self._new, self._at = other._new, other._at
        return True

    def redo(self) -> None:
        self._session.apply_field(self.path, self._new, revisit=not self._first)
        self._first = False

    def undo(self) -> None:
        self._session.apply_field(self.path, self._old, revisit=True)


class ReplaceRowsCommand(QUndoCommand):
    """Replace a whole list sheet (smelters, products or mines) with new rows."""

    def __init__(
        self, session: DeclarationSession, kind: str, old: list[Any], new: list[Any], label: str
    ) -> None:
        super().__init__(label)
        self._session, self.kind, self._old, self._new = session, kind, old, new
        self._first = True

    def redo(self) -> None:
        self._session.apply_rows(self.kind, self._new, revisit=not self._first)
        self._first = False

    def undo(self) -> None:
        self._session.apply_rows(self.kind, self._old, revisit=True)


class SetMineralsCommand(QUndoCommand):
    """Change the minerals in scope (EMRT 2.x); undo also brings back the dropped answers."""

    def __init__(
        self,
        session: DeclarationSession,
        old: list[str],
        new: list[str],
        old_answers: dict[str, str | None],
    ) -> None:
        super().__init__()
        self._session, self._old, self._new = session, old, new
        self.retitle()
        self._old_answers = old_answers
        self._first = True

    def retitle(self) -> None:
        self.setText(QCoreApplication.translate("undo", "Change minerals"))

    def redo(self) -> None:
        self._session.apply_minerals(self._new, {}, revisit=not self._first)
        self._first = False

    def undo(self) -> None:
        self._session.apply_minerals(self._old, self._old_answers, revisit=True)


def retitle_commands(stack: QUndoStack) -> None:
    """After a language switch: every undo text in the new language (row edits keep the text
    they were given)."""
    for i in range(stack.count()):
        command = stack.command(i)
        retitle = getattr(command, "retitle", None)
        if callable(retitle):
            retitle()
