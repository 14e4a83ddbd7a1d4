"""The Smelters and Mine List pages: plain editable tables of the template's list sheets."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.editor import help_texts
from desktop.editor.page_base import Page
from desktop.editor.session import DeclarationSession
from desktop.models.rows_model import RowsModel
from desktop.widgets.rows_table import RowsTable
from forms.declaration import Mine, Smelter
from forms.fieldpath import FieldPath
from forms.templates.common import NOT_LISTED, NOT_YET_IDENTIFIED, YES_NO_UNKNOWN
from forms.templates.model import Column, ListSheet

RowType = type[Smelter] | type[Mine]

# The columns a person fills first come first; the template's column A (an ID input that its
# formulas expand) goes last.
# The smelter's ID comes right after its name: on a narrow screen it stays in view.
_FIRST = ("metal", "lookup_name", "smelter_id", "country", "name")


def _ordered(sheet: ListSheet) -> tuple[Column, ...]:
    first = [c for key in _FIRST for c in sheet.columns if c.key == key]
    rest = [c for c in sheet.columns if c not in first and c.key != "id_input"]
    last = [c for c in sheet.columns if c.key == "id_input"]
    return (*first, *rest, *last)


class ListPage(Page):
    """Attributes: kind ("smelters" or "mines"), table (RowsTable)."""

    def __init__(
        self, session: DeclarationSession, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        tpl = session.template
        self.kind = kind
        sheet: ListSheet
        row_type: RowType
        if kind == "smelters":
            self.key, self.title, sheet, row_type, noun = (
                "smelters",
                "Smelters",
                tpl.smelter_list,
                Smelter,
                "smelter",
            )
            self.heading("")
        else:
            assert tpl.mine_list is not None
            self.key, self.title, sheet, row_type, noun = (
                "mines",
                "Mine List",
                tpl.mine_list,
                Mine,
                "mine",
            )
            self.heading("")
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        self.layout_.addLayout(top)
        self.model = self.make_model(_ordered(sheet), row_type)
        self.model.first_row = sheet.first_row
        self.model.set_rows(getattr(session.decl, kind))
        self.table = RowsTable(self.model, noun=noun)
        self.table.setMinimumHeight(320)
        self.table.set_options(
            "metal", lambda: list(self.session.decl.minerals_in_scope), free_text=False
        )
        if kind == "smelters":
            self.table.set_options(
                "lookup_name", lambda: [NOT_LISTED, NOT_YET_IDENTIFIED], free_text=True
            )
            self.table.set_options("recycled_scrap", lambda: list(YES_NO_UNKNOWN), free_text=False)
        self.table.minerals = lambda: list(self.session.decl.minerals_in_scope)
        self.layout_.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if self.kind == "smelters":
            self.title = self.tr("Smelters")
            self.set_heading(
                self.tr("Smelters and refiners"), help_texts.translated(help_texts.SMELTERS)
            )
        else:
            self.title = self.tr("Mine List")
            self.set_heading(
                self.tr("Mine List"),
                self.tr(
                    "Optional: the mines your smelters and processors source from, one row per "
                    "mine."
                ),
            )
        self.refresh()

    def make_model(self, columns: tuple[Column, ...], row_type: RowType) -> RowsModel:
        return RowsModel(columns, row_type, self._edited)

    def _edited(self, rows: list[Any], label: str) -> None:
        self.session.set_rows(self.kind, rows, label)

    def refresh(self) -> None:
        rows = getattr(self.session.decl, self.kind)
        per_metal = Counter(r.metal for r in rows if r.metal)
        name = self.session.texts().text
        parts = [f"{name(metal)}: {n}" for metal, n in sorted(per_metal.items())]
        count = (
            self.tr("Smelters: {count}") if self.kind == "smelters" else self.tr("Mines: {count}")
        ).format(count=len(rows))
        summary = count + (f" — {', '.join(parts)}" if parts else "")
        self.summary.setText(summary)

    def on_rows_changed(self, kind: str) -> None:
        if kind == self.kind:
            self.model.set_rows(getattr(self.session.decl, self.kind))
            self.table.fit_columns()
            self.refresh()

    def focus_path(self, path: str) -> bool:
        p = FieldPath.try_parse(path)
        if p is None or p.section != self.kind:
            return False
        if p.index is not None:
            self.table.focus_row(p.index, p.column)
        elif p.metal is None:
            self.table.focus_row(0)
        else:  # a mineral: "smelters[Tantalum]" — go to its first row, or to the Add button
            rows = getattr(self.session.decl, self.kind)
            hit = next((i for i, r in enumerate(rows) if r.metal == p.metal), None)
            if hit is None:
                self.table.add_button.setFocus()
            else:
                self.table.focus_row(hit, "lookup_name")
        return True
