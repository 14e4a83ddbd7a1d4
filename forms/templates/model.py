"""The shape of a template definition: plain frozen data describing one RMI template version."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Family = Literal["AMRT", "CMRT", "CRT", "EMRT"]
FieldKind = Literal["text", "email", "phone", "date", "scope"]


@dataclass(frozen=True)
class CompanyField:
    """One company-information input cell on the Declaration sheet."""

    key: str
    cell: str
    label: str
    kind: FieldKind = "text"
    required: bool = False
    """Counted by RMI's Checker when blank (or, for e-mail, without an "@")."""


@dataclass(frozen=True)
class MineralQuestion:
    """A question answered once per mineral (questions 1…8)."""

    number: str
    header_row: int
    text: str
    options: tuple[str, ...]
    options_by_mineral: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Overrides of `options` for single minerals (EMRT 1.x question 3)."""
    minerals: tuple[str, ...] | None = None
    """Restricts the question to these minerals (EMRT 1.x question 4 is cobalt only)."""
    counted: bool = True
    """RMI's Checker counts the question when it is blank (AMRT question 2 is never counted)."""

    def options_for(self, mineral: str) -> tuple[str, ...]:
        return dict(self.options_by_mineral).get(mineral, self.options)

    def applies_to(self, mineral: str) -> bool:
        return self.minerals is None or mineral in self.minerals


@dataclass(frozen=True)
class CompanyQuestion:
    """A company-level question (A…I), or one answered per mineral (EMRT question C)."""

    letter: str
    row: int
    text: str
    options: tuple[str, ...]
    per_mineral: bool = False
    """Answers sit on the rows below `row`, one per mineral, like a question block."""
    options_by_mineral: tuple[tuple[str, tuple[str, ...]], ...] = ()
    url_when: str | None = None
    """The Checker wants a URL (more than one character) in the comment for this answer."""
    describe_when: str | None = None
    """The Checker wants a description in the comment for this answer, and counts any answer
    that is not one of `options` as missing (CRT G, EMRT 1.x E)."""

    def options_for(self, mineral: str | None) -> tuple[str, ...]:
        if mineral is None:
            return self.options
        return dict(self.options_by_mineral).get(mineral, self.options)


@dataclass(frozen=True)
class Column:
    """One column of a list sheet (Smelter List, Product List, Mine List)."""

    key: str
    letter: str
    header: str
    formula: bool = False
    """The template fills this column by formula in blank rows."""


@dataclass(frozen=True)
class ListSheet:
    """A list sheet: where its header and data rows are, and its columns."""

    sheet: str
    header_row: int
    first_row: int
    last_row: int
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


@dataclass(frozen=True)
class MineralSlot:
    """An EMRT 2.x mineral selection cell: holds the mineral or its "(Delete …)" value."""

    cell: str
    mineral: str
    delete_value: str


@dataclass(frozen=True)
class MineralChoice:
    """An AMRT's minerals in scope: up to `len(cells)` names the user picks (or types), which
    the template sorts alphabetically into the rows of its questions.

    `options`: the drop-down of the mineral cells (empty: the cells take free text, AMRT 1.2).
    `other_option`: the drop-down value that says "the name is in the cell below"; its name goes
    into the `other_cells` entry at the same position as the mineral cell.
    `suggestions`: names offered for free-text cells (not enforced).
    """

    cells: tuple[str, ...]
    options: tuple[str, ...] = ()
    other_option: str | None = None
    other_cells: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()

    @property
    def free_text(self) -> bool:
        return not self.options

    def option_for(self, name: str) -> str | None:
        """The drop-down option that is `name` (case-insensitive), None when it is not one."""
        folded = name.casefold()
        return next((o for o in self.options if o.casefold() == folded), None)


def mineral_sort_key(name: str) -> str:
    """The order a spreadsheet's text comparison puts mineral names in: case-insensitive, with
    hyphens and apostrophes ignored (Excel's and LibreOffice's word sort)."""
    return name.casefold().replace("-", "").replace("'", "")


@dataclass(frozen=True)
class Gating:
    """Which answers make later questions not required (RMI Checker F column).

    `q1_stops`: a Q1 answer in this set makes Q2 and the rest of that mineral not required.
    `q2_stops`: a Q2 answer in this set makes Q3 and the rest not required (empty for CRT,
    whose question 2 is not a gate).
    `needs_yes`: CMRT's Checker only reads a Q2 answer when Q1 is "Yes", and Q3+ answers only
    when Q1 and Q2 are "Yes"; anything else (blank, a stray value) counts as still missing.
    `forbids_skipped`: from CMRT 6.31 the drop-downs of skipped questions are empty, so an
    answer there is not allowed and the exporter leaves it blank.
    """

    q1_stops: frozenset[str]
    q2_stops: frozenset[str]
    needs_yes: bool = False
    forbids_skipped: bool = False


@dataclass(frozen=True)
class CheckerQuirks:
    """Version-specific behaviour of the template's own Checker tab that parity must copy."""

    counts_unlisted_rows: bool = True
    """The "Smelter not listed rows have name and country" row is part of the Checker total."""
    crt_smelter_rule: bool = False
    """CRT 2.2 counts the cobalt smelter row only when Q1 is blank, Q2 is "Yes" and no row has
    metal Cobalt (its row 57 formula multiplies by the Q1-missing flag)."""
    remaining_cell: str = "D2"
    smelter_row_needs: tuple[str, ...] = ("lookup_name",)
    """The Smelter List columns a row needs, besides its metal, to count as a smelter for that
    metal (AMRT: its "Missing Entry Check" column wants the name or look-up and the country)."""


@dataclass(frozen=True)
class TemplateDef:
    """Everything the app knows about one RMI template version, as data."""

    family: Family
    version: str
    title: str
    revision_stamp: str
    release_date: date
    sheets: tuple[str, ...]
    company_fields: tuple[CompanyField, ...]
    minerals: tuple[str, ...]
    """The minerals in template row order (EMRT 2.x: all six selectable ones, alphabetical)."""
    mineral_slots: tuple[MineralSlot, ...]
    questions: tuple[MineralQuestion, ...]
    company_questions: tuple[CompanyQuestion, ...]
    gating: Gating
    checker: CheckerQuirks
    scope_options: tuple[str, ...]
    date_first: date
    date_last: date | None
    numeric_hundred_percent: bool
    """The "100%" survey answer is the number 1 (formatted 0%) rather than the text "100%"."""
    prefilled: tuple[tuple[str, str], ...]
    """Hidden answer cells the template ships pre-filled (kept on export, not part of answers)."""
    smelter_list: ListSheet
    product_list: ListSheet
    mine_list: ListSheet | None
    language_cell: str = "D3"
    languages: tuple[str, ...] = ()
    answer_column: str = "D"
    comment_column: str = "G"
    notes: tuple[str, ...] = field(default=())
    mineral_choice: MineralChoice | None = None
    """AMRT: minerals the user names (see `MineralChoice`); `minerals` then lists the options."""
    minerals_scope: ListSheet | None = None
    """AMRT: the Minerals Scope sheet (a mineral and the reason it is in the declaration)."""

    @property
    def key(self) -> str:
        return f"{self.family}-{self.version}"

    @property
    def dynamic_minerals(self) -> bool:
        """EMRT 2.x and AMRT: the user selects minerals and answer rows follow alphabetical
        order."""
        return bool(self.mineral_slots) or self.mineral_choice is not None

    @property
    def mineral_capacity(self) -> int:
        """How many minerals one declaration can hold (the answer rows of each question)."""
        if self.mineral_choice is not None:
            return len(self.mineral_choice.cells)
        return len(self.minerals)

    def accepts_mineral(self, name: str) -> bool:
        """`name` can be a mineral in scope: one of `minerals`, or (AMRT) any name the user
        types, since the AMRT takes other minerals by name."""
        if self.mineral_choice is not None:
            return bool(name.strip())
        return name in self.minerals

    def company_field(self, key: str) -> CompanyField:
        for f in self.company_fields:
            if f.key == key:
                return f
        raise KeyError(key)

    def question(self, number: str) -> MineralQuestion:
        for q in self.questions:
            if q.number == number:
                return q
        raise KeyError(number)

    def company_question(self, letter: str) -> CompanyQuestion:
        for q in self.company_questions:
            if q.letter == letter:
                return q
        raise KeyError(letter)

    def answer_row(self, number: str, mineral_index: int) -> int:
        """The Declaration row of question `number` for the mineral at `mineral_index`."""
        return self.question(number).header_row + 1 + mineral_index

    def per_mineral_company_row(self, letter: str, mineral_index: int) -> int:
        return self.company_question(letter).row + 1 + mineral_index
