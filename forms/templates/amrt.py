"""The Additional Minerals Reporting Template (AMRT, formerly the Pilot Reporting Template):
minerals outside the CMRT and EMRT, up to ten per declaration, named by the user.

Sources (see docs/templates/amrt.md): 1.2 and 1.3 are read from RMI's workbooks
(`RMI_AMRT_1.2_zh.xlsx`, `RMI_AMRT_1.3_zh.xlsx`) and pinned by tests/unit/templates; 1.21, 1.31
and 1.31.1 are written from public descriptions of what changed and are proven by the user's own
workbook when it is added to the library.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from forms.templates import common as c
from forms.templates.model import (
    CheckerQuirks,
    Column,
    Gating,
    ListSheet,
    MineralChoice,
    MineralQuestion,
    TemplateDef,
)

SHEETS_1_2 = (
    "Instructions",
    "Revision",
    "Definitions",
    "Declaration",
    "Minerals Scope",
    "Smelter List",
    "Checker",
    "Mine List",
    "Product List",
    "L",
    "C",
    "SorP",
)
# 1.3: Revision before Instructions, and a Smelter Look-up sheet.
SHEETS_1_3 = ("Revision", "Instructions", *SHEETS_1_2[2:9], "Smelter Look-up", "L", "C", "SorP")

LANGUAGES = (*c.CMRT_LANGUAGES[:5], "Deutsch")
NOT_DECLARING = "Not declaring"
OTHER = "Other [specify below]"

# The ten mineral cells (E:F and the two rows are merged pairs) in the order the template reads
# them (Declaration!P12:P21), and below them the cells that name an "Other" mineral (1.3+).
MINERAL_CELLS = ("D12", "E12", "G12", "H12", "I12", "D13", "E13", "G13", "H13", "I13")
OTHER_CELLS = tuple(f"{cell[0]}{int(cell[1:]) + 3}" for cell in MINERAL_CELLS)

# 1.2 takes typed names; its English release pre-fills these seven (the Chinese one, here, the
# same in Chinese). 1.3 offers a drop-down; 1.31 adds six minerals to it.
SUGGESTIONS_1_2 = ("Aluminum", "Chromium", "Copper", "Lithium", "Nickel", "Silver", "Zinc")
OPTIONS_1_3 = (
    "Aluminum",
    "Iridium",
    "Lime",
    "Manganese",
    "Palladium",
    "Platinum",
    "Rare Earth Elements",
    "Rhodium",
    "Ruthenium",
    "Silver",
    "Soda Ash",
    "Zinc",
)
OPTIONS_1_31 = tuple(
    sorted(
        (*OPTIONS_1_3, "Cadmium", "Lead", "Molybdenum", "Rhenium", "Selenium", "Tellurium"),
        key=str.casefold,
    )
)


def questions(first_header_row: int) -> tuple[MineralQuestion, ...]:
    """Questions 1 and 2: ten answer rows each, two rows apart."""
    q2_row = first_header_row + 12
    return (
        MineralQuestion("1", first_header_row, "Is any of the following minerals or metals intentionally added or used in the product(s) or in the production process? (*)", (*c.YES_NO_UNKNOWN, NOT_DECLARING)),
        MineralQuestion("2", q2_row, "What percentage of relevant suppliers have provided a response to your supply chain survey?", (*c.SURVEY_PERCENT, "Unknown", "Did not survey"), counted=False),
    )  # fmt: skip


def minerals_scope() -> ListSheet:
    """The Minerals Scope sheet: a mineral in scope and why it is in the declaration."""
    columns = (
        Column("mineral", "B", "Select Minerals/Metals in Scope"),
        Column("reason", "C", "Reasons for inclusion on the AMRT"),
    )
    return ListSheet("Minerals Scope", 7, 8, 17, columns)


def smelter_list_1_2() -> ListSheet:
    """1.2's Smelter List: no look-up column, the name typed in column B."""
    names = (
        ("metal", "Metal (*)"),
        ("name", "Smelter Name (*)"),
        ("country", "Smelter Country (*)"),
        ("smelter_id", "Smelter Identification"),
        ("id_source", "Source of Smelter Identification Number"),
        ("street", "Smelter Street"),
        ("city", "Smelter City"),
        ("state", "Smelter Facility Location: State / Province"),
        ("contact_name", "Smelter Contact Name"),
        ("contact_email", "Smelter Contact Email"),
        ("next_steps", "Proposed next steps"),
        ("mine_names", 'Name of Mine(s) or if recycled or scrap sourced, enter "recycled" or "scrap"'),
        ("mine_countries", 'Location (Country) of Mine(s) or if recycled or scrap sourced, enter "recycled" or "scrap"'),
        ("recycled_scrap", "Does 100% of the smelter’s feedstock originate from recycled or scrap sources?"),
        ("comments", "Comments"),
    )  # fmt: skip
    cols = tuple(Column(key, chr(ord("A") + i), header) for i, (key, header) in enumerate(names))
    return ListSheet("Smelter List", 4, 5, 2504, cols)


AMRT_1_2 = TemplateDef(
    family="AMRT",
    version="1.2",
    title="Additional Minerals Reporting Template (AMRT)",
    revision_stamp="Revision 1.2\nOctober 4, 2024",
    release_date=date(2024, 10, 4),
    sheets=SHEETS_1_2,
    company_fields=c.company_fields(14),
    minerals=SUGGESTIONS_1_2,
    mineral_slots=(),
    questions=questions(27),
    company_questions=(),
    # The Checker wants smelters for a mineral unless question 1 says it is not used.
    gating=Gating(q1_stops=frozenset({"No", "Unknown", NOT_DECLARING}), q2_stops=frozenset()),
    checker=CheckerQuirks(counts_unlisted_rows=False, smelter_row_needs=("name", "country")),
    scope_options=c.SCOPE_OPTIONS,
    date_first=c.DATE_FROM_2006,
    date_last=c.DATE_UNTIL_2026_03,
    numeric_hundred_percent=True,
    prefilled=(),
    smelter_list=smelter_list_1_2(),
    product_list=c.product_list(2005, "Manufacturer’s Product Number (*)", "Manufacturer’s Product Name"),
    mine_list=c.mine_list(2504),
    languages=LANGUAGES,
    mineral_choice=MineralChoice(MINERAL_CELLS, suggestions=SUGGESTIONS_1_2),
    minerals_scope=minerals_scope(),
)  # fmt: skip

# 1.21: a point release of 1.2 with the same layout (assumed; no workbook or public
# description of its cells is at hand, so a user's 1.21 workbook proves it when added).
AMRT_1_21 = replace(
    AMRT_1_2,
    version="1.21",
    revision_stamp="Revision 1.21",
    release_date=date(2025, 4, 25),
    notes=("Layout assumed equal to AMRT 1.2; not proven by an RMI workbook here.",),
)

# 1.3: minerals from a drop-down with "Other [specify below]", the Smelter Look-up sheet and
# its look-up column, requester columns on the Product List, "Smelter not listed" rows counted.
AMRT_1_3 = replace(
    AMRT_1_2,
    version="1.3",
    revision_stamp="Revision 1.3\nOctober 17, 2025",
    release_date=date(2025, 10, 17),
    sheets=SHEETS_1_3,
    company_fields=c.company_fields(17),
    minerals=OPTIONS_1_3,
    questions=questions(30),
    checker=CheckerQuirks(smelter_row_needs=("lookup_name", "country")),
    smelter_list=c.smelter_list(2504, "Smelter Name (*)"),
    product_list=c.product_list(2005, "Responder Product Number (*)", "Responder Product Name", requester=True),
    mineral_choice=MineralChoice(MINERAL_CELLS, OPTIONS_1_3, OTHER, OTHER_CELLS),
    notes=(),
)  # fmt: skip

# 1.31: six more minerals in the drop-down and no upper limit on the effective date.
AMRT_1_31 = replace(
    AMRT_1_3,
    version="1.31",
    revision_stamp="Revision 1.31",
    release_date=date(2026, 4, 17),
    minerals=OPTIONS_1_31,
    date_first=c.DATE_AFTER_2006,
    date_last=None,
    mineral_choice=MineralChoice(MINERAL_CELLS, OPTIONS_1_31, OTHER, OTHER_CELLS),
    notes=("Written from public descriptions of 1.31; proven by the user's workbook.",),
)

# 1.31.1: 1.31 re-released without the logo, same structure and rules.
AMRT_1_31_1 = replace(AMRT_1_31, version="1.31.1", revision_stamp="Revision 1.31.1")

VERSIONS = (AMRT_1_2, AMRT_1_21, AMRT_1_3, AMRT_1_31, AMRT_1_31_1)
