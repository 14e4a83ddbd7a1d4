"""The Extended Minerals Reporting Template: EMRT 1.x (cobalt, mica) and 2.x (six minerals, chosen)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from forms.templates import common as c
from forms.templates.model import (
    CheckerQuirks,
    CompanyQuestion,
    Gating,
    MineralQuestion,
    MineralSlot,
    TemplateDef,
)

SHEETS_1 = (
    "Instructions",
    "Revision",
    "Definitions",
    "Declaration",
    "Smelter List",
    "Checker",
    "Product List",
    "Smelter Look-up",
    "L",
    "C",
    "SorP",
)
SHEETS_2 = (*SHEETS_1[:6], "Mine List", *SHEETS_1[6:])
SHEETS_2_1 = ("Revision", "Instructions", *SHEETS_2[2:])

NOT_APPLICABLE = "Not applicable for this declaration"
OTHER_FORMAT = "Yes, Using Other Format (Describe)"
SURVEY_E = ("Yes, in conformance with IPC1755 (e.g. EMRT)", OTHER_FORMAT, "No")
PROCESSORS_C = ("Yes", "Yes, when more processors are validated", "No")
LANGUAGES_1 = c.CMRT_LANGUAGES[:5]
LANGUAGES_1_3 = (*LANGUAGES_1, "Deutsch")

# --- EMRT 1.x: cobalt and natural mica in fixed rows ---------------------------------------

QUESTIONS_1 = (
    MineralQuestion("1", 25, "Is any of the cobalt or natural mica intentionally added or used in the product(s) or in the production process? (*)", (*c.YES_NO_UNKNOWN, NOT_APPLICABLE)),
    MineralQuestion("2", 31, "Does any cobalt or natural mica remain in the product(s)? (*)", c.YES_NO_UNKNOWN),
    MineralQuestion("3", 37, "Do any of the smelters or processors in your supply chain source the cobalt or natural mica from conflict-affected and high-risk areas? (OECD Due Diligence Guidance, see definitions tab)", c.YES_NO_UNKNOWN,
                    options_by_mineral=(("Cobalt", (*c.YES_NO_UNKNOWN, "DRC only")), ("Mica", (*c.YES_NO_UNKNOWN, "India and/or Madagascar only")))),
    MineralQuestion("4", 43, "Does 100 percent of the cobalt originate from recycled or scrap sources?", c.YES_NO_UNKNOWN, minerals=("Cobalt",)),
    MineralQuestion("5", 49, "What percentage of relevant suppliers have provided a response to your supply chain survey?", c.SURVEY_PERCENT),
    MineralQuestion("6", 55, "Have you identified all of the smelters or processors supplying the cobalt or natural mica to your supply chain?", c.YES_NO_UNKNOWN),
    MineralQuestion("7", 61, "Has all applicable smelter or processor information received by your company been reported in this declaration?", c.YES_NO_UNKNOWN),
)  # fmt: skip

COMPANY_QUESTIONS_1 = (
    CompanyQuestion("A", 69, "Have you established a responsible minerals sourcing policy?", c.YES_NO),
    CompanyQuestion("B", 71, "Is your responsible minerals sourcing policy publicly available on your website? (Note – If yes, the user shall specify the URL in the comment field.)", c.YES_NO, url_when="Yes"),
    CompanyQuestion("C", 73, "Do you require your direct suppliers to source cobalt from smelters or natural mica from processors whose due diligence practices have been validated by an independent third-party audit program?", c.YES_NO,
                    per_mineral=True, options_by_mineral=(("Mica", PROCESSORS_C),)),
    CompanyQuestion("D", 77, "Have you implemented due diligence measures for responsible sourcing?", c.YES_NO),
    CompanyQuestion("E", 79, "Does your company conduct cobalt and/or natural mica supply chain survey(s) of your relevant supplier(s)?", SURVEY_E, describe_when=OTHER_FORMAT),
    CompanyQuestion("F", 81, "Do you review due diligence information received from your suppliers against your company’s expectations?", c.YES_NO),
    CompanyQuestion("G", 83, "Does your review process include corrective action management?", c.YES_NO),
)  # fmt: skip

_STOPS_1 = frozenset({"No", "Unknown", NOT_APPLICABLE})

EMRT_1_1 = TemplateDef(
    family="EMRT",
    version="1.1",
    title="Extended Minerals Reporting Template (EMRT)",
    revision_stamp="Revision 1.1\nOctober 14, 2022",
    release_date=date(2022, 10, 14),
    sheets=SHEETS_1,
    company_fields=c.company_fields(12),
    minerals=("Cobalt", "Mica"),
    mineral_slots=(),
    questions=QUESTIONS_1,
    # 1.1 and 1.11 also ask for a URL when question A is "Yes" (a Checker row 1.2 removed).
    company_questions=(replace(COMPANY_QUESTIONS_1[0], url_when="Yes"), *COMPANY_QUESTIONS_1[1:]),
    gating=Gating(q1_stops=_STOPS_1, q2_stops=_STOPS_1),
    checker=CheckerQuirks(counts_unlisted_rows=False),
    scope_options=c.SCOPE_OPTIONS,
    date_first=c.DATE_FROM_2006,
    date_last=c.DATE_UNTIL_2026_03,
    numeric_hundred_percent=True,
    prefilled=(("D28", "No"), ("D29", "No"), ("D34", "No"), ("D35", "No")),
    smelter_list=c.smelter_list(2500),
    product_list=c.product_list(1000, "Manufacturer’s Product Number (*)", "Manufacturer’s Product Name"),
    mine_list=None,
    languages=LANGUAGES_1,
)  # fmt: skip

EMRT_1_11 = replace(
    EMRT_1_1, version="1.11", revision_stamp="Revision 1.11\nNovember 4, 2022", release_date=date(2022, 11, 4)
)  # fmt: skip

# 1.2: the Checker drops the URL-for-A row and counts "Smelter not listed" rows.
EMRT_1_2 = replace(
    EMRT_1_11,
    version="1.2",
    revision_stamp="Revision 1.2\nMay 12, 2023",
    release_date=date(2023, 5, 12),
    company_questions=COMPANY_QUESTIONS_1,
    checker=CheckerQuirks(),
    smelter_list=c.smelter_list(2500),
)

# 1.3: German added to the language list.
EMRT_1_3 = replace(
    EMRT_1_2,
    version="1.3",
    revision_stamp="Revision 1.3\nApril 26, 2024",
    release_date=date(2024, 4, 26),
    languages=LANGUAGES_1_3,
)

# --- EMRT 2.x: six selectable minerals, answer rows in alphabetical order -------------------

MINERALS_2 = ("Cobalt", "Copper", "Graphite", "Lithium", "Mica", "Nickel")
SLOTS_2 = tuple(
    MineralSlot(cell, mineral, f"(Delete {mineral})")
    for cell, mineral in zip(("D12", "E12", "G12", "D13", "E13", "G13"), MINERALS_2, strict=True)
)

QUESTIONS_2 = (
    MineralQuestion("1", 29, "Is any of the specified mineral/metal intentionally added or used in the product(s) or in the production process? (*)", (*c.YES_NO_UNKNOWN, "Not declaring")),
    MineralQuestion("2", 41, "Does any of the specified mineral/metal remain in the product(s)?", c.YES_NO_UNKNOWN),
    MineralQuestion("3", 53, "Do any of the smelters or processors in your supply chain source the specified mineral/metal from conflict-affected and high-risk areas? (OECD Due Diligence Guidance, see definitions tab)", c.YES_NO_UNKNOWN),
    MineralQuestion("4", 65, "Does 100 percent of the specified mineral/metal originate from recycled or scrap sources?", c.YES_NO_UNKNOWN),
    MineralQuestion("5", 77, "What percentage of relevant suppliers have provided a response to your supply chain survey?", (*c.SURVEY_PERCENT, "Did not survey")),
    MineralQuestion("6", 89, "Have you identified all of the smelters or processors supplying the specified minerals/metal to your supply chain?", c.YES_NO_UNKNOWN),
    MineralQuestion("7", 101, "Has all applicable smelter or processor information received by your company been reported in this declaration?", c.YES_NO_UNKNOWN),
)  # fmt: skip

COMPANY_QUESTIONS_2 = (
    CompanyQuestion("A", 115, "Have you established a responsible minerals sourcing policy?", c.YES_NO),
    CompanyQuestion("B", 117, "Is your responsible minerals sourcing policy publicly available on your website? (Note – If yes, the user shall specify the URL in the comment field.)", c.YES_NO, url_when="Yes"),
    CompanyQuestion("C", 119, "Do you require your direct suppliers to source the specified minerals/metals from smelters whose due diligence practices have been validated by an independent third-party audit program?", PROCESSORS_C, per_mineral=True),
    CompanyQuestion("D", 131, "Have you implemented due diligence measures for responsible sourcing?", c.YES_NO),
    CompanyQuestion("E", 133, "Does your company conduct supply chain survey(s) of your relevant supplier(s) on the specified minerals/metals?", SURVEY_E),
    CompanyQuestion("F", 135, "Do you review due diligence information received from your suppliers against your company’s expectations?", c.YES_NO),
    CompanyQuestion("G", 137, "Does your review process include corrective action management?", c.YES_NO),
)  # fmt: skip

EMRT_2_0 = TemplateDef(
    family="EMRT",
    version="2.0",
    title="Extended Mineral Reporting Template (EMRT)",
    revision_stamp="Revision 2.0\nApril 25, 2025",
    release_date=date(2025, 4, 25),
    sheets=SHEETS_2,
    company_fields=c.company_fields(16),
    minerals=MINERALS_2,
    mineral_slots=SLOTS_2,
    # 2.0's question 4 has the typo "minaral" (fixed in 2.1).
    questions=tuple(
        replace(q, text=q.text.replace("mineral/", "minaral/")) if q.number == "4" else q
        for q in QUESTIONS_2
    ),
    company_questions=COMPANY_QUESTIONS_2,
    gating=Gating(
        q1_stops=frozenset({"No", "Unknown", "Not declaring"}), q2_stops=frozenset({"No", "Unknown"})
    ),
    checker=CheckerQuirks(),
    scope_options=c.SCOPE_OPTIONS,
    date_first=c.DATE_FROM_2006,
    date_last=c.DATE_UNTIL_2026_03,
    numeric_hundred_percent=False,
    prefilled=(),
    smelter_list=c.smelter_list(2504, "Smelter Name (*)"),
    product_list=c.product_list(1000, "Responder’s Product Number (*)", "Responder’s Product Name"),
    mine_list=c.mine_list(2504),
    languages=LANGUAGES_1_3,
)  # fmt: skip

# 2.1: Revision sheet first, requester columns on the Product List, shorter Smelter List.
EMRT_2_1 = replace(
    EMRT_2_0,
    version="2.1",
    title="Extended Minerals Reporting Template (EMRT)",
    revision_stamp="Revision 2.1\nOctober 17, 2025",
    release_date=date(2025, 10, 17),
    sheets=SHEETS_2_1,
    questions=QUESTIONS_2,
    smelter_list=c.smelter_list(2497, "Smelter Name (*)"),
    product_list=c.product_list(1000, "Responder Product Number (*)", "Responder Product Name", requester=True),
)  # fmt: skip

# 2.11: the effective date loses its 31-Mar-2026 upper bound (any date after 31-Dec-2006, as in
# CMRT 6.31+); cells, questions and lists stay those of 2.1. Not held here: see
# docs/template-sources.md; every user's copy is verified before use.
EMRT_2_11 = replace(
    EMRT_2_1,
    version="2.11",
    revision_stamp="Revision 2.11",
    release_date=date(2026, 4, 17),
    date_first=c.DATE_AFTER_2006,
    date_last=None,
)

# 2.11.1: 2.11 re-released without the RMI logo; same structure.
EMRT_2_11_1 = replace(EMRT_2_11, version="2.11.1", revision_stamp="Revision 2.11.1")

VERSIONS = (EMRT_1_1, EMRT_1_11, EMRT_1_2, EMRT_1_3, EMRT_2_0, EMRT_2_1, EMRT_2_11, EMRT_2_11_1)
