"""The Conflict Minerals Reporting Template (CMRT 6.01–6.6.1): the 6.01 layout plus per-version deltas."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from forms.templates import common as c
from forms.templates.model import (
    CheckerQuirks,
    CompanyQuestion,
    Gating,
    MineralQuestion,
    TemplateDef,
)

MINERALS = ("Tantalum", "Tin", "Gold", "Tungsten")

SHEETS = (
    "Revision",
    "Instructions",
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

SURVEY_E = (
    "Yes, in conformance with IPC1755 (e.g., CMRT)",
    "Yes, using other format (describe)",
    "No",
)
FILING_H = ("Yes, with the SEC", "Yes, with the EU", "Yes, with the SEC and the EU", "No")

QUESTIONS = (
    MineralQuestion("1", 25, "Is any 3TG intentionally added or used in the product(s) or in the production process? (*)", c.YES_NO),
    MineralQuestion("2", 31, "Does any 3TG remain in the product(s)?", c.YES_NO),
    MineralQuestion("3", 37, "Do any of the smelters in your supply chain source the 3TG from the covered countries? (SEC term, see definitions tab)", c.YES_NO_UNKNOWN),
    MineralQuestion("4", 43, "Do any of the smelters in your supply chain source the 3TG from conflict-affected and high-risk areas?", c.YES_NO_UNKNOWN),
    MineralQuestion("5", 49, "Does 100 percent of the 3TG (necessary to the functionality or production of your products) originate from recycled or scrap sources?", c.YES_NO_UNKNOWN),
    MineralQuestion("6", 55, "What percentage of relevant suppliers have provided a response to your supply chain survey?", c.SURVEY_PERCENT),
    MineralQuestion("7", 61, "Have you identified all of the smelters supplying the 3TG to your supply chain?", c.YES_NO),
    MineralQuestion("8", 67, "Has all applicable smelter information received by your company been reported in this declaration?", c.YES_NO),
)  # fmt: skip

COMPANY_QUESTIONS = (
    CompanyQuestion("A", 75, "Have you established a responsible minerals sourcing policy?", c.YES_NO),
    CompanyQuestion("B", 77, "Is your responsible minerals sourcing policy publicly available on your website? (Note – If yes, the user shall specify the URL in the comment field.)", c.YES_NO, url_when="Yes"),
    CompanyQuestion("C", 79, "Do you require your direct suppliers to source the 3TG from smelters whose due diligence practices have been validated by an independent third party audit program?", c.YES_NO),
    CompanyQuestion("D", 81, "Have you implemented due diligence measures for responsible sourcing?", c.YES_NO),
    CompanyQuestion("E", 83, "Does your company conduct Conflict Minerals survey(s) of your relevant supplier(s)?", SURVEY_E),
    CompanyQuestion("F", 85, "Do you review due diligence information received from your suppliers against your company’s expectations?", c.YES_NO),
    CompanyQuestion("G", 87, "Does your review process include corrective action management?", c.YES_NO),
    CompanyQuestion("H", 89, "Is your company required to file an annual conflict minerals disclosure?", FILING_H),
)  # fmt: skip

CMRT_6_01 = TemplateDef(
    family="CMRT",
    version="6.01",
    title="Conflict Minerals Reporting Template (CMRT)",
    revision_stamp="Revision 6.01\nMay 19, 2020",
    release_date=date(2020, 5, 19),
    sheets=SHEETS,
    company_fields=c.company_fields(12),
    minerals=MINERALS,
    mineral_slots=(),
    questions=QUESTIONS,
    company_questions=COMPANY_QUESTIONS,
    gating=Gating(q1_stops=frozenset({"No"}), q2_stops=frozenset({"No"}), needs_yes=True),
    checker=CheckerQuirks(),
    scope_options=c.SCOPE_OPTIONS,
    date_first=c.DATE_FROM_2006,
    date_last=c.DATE_UNTIL_2026_03,
    numeric_hundred_percent=True,
    prefilled=(),
    smelter_list=c.smelter_list(2504),
    product_list=c.product_list(1000, "Manufacturer’s Product Number (*)", "Manufacturer’s Product Name"),
    mine_list=None,
    # 6.01's language list spells "italiano" in lower case.
    languages=tuple("italiano" if lang == "Italiano" else lang for lang in c.CMRT_LANGUAGES),
)  # fmt: skip

CMRT_6_1 = replace(
    CMRT_6_01, version="6.1", revision_stamp="Revision 6.1\nApril 28, 2021", release_date=date(2021, 4, 28),
    languages=c.CMRT_LANGUAGES,
)  # fmt: skip

# 6.22: the Product List grows to row 2005.
CMRT_6_22 = replace(
    CMRT_6_1,
    version="6.22",
    revision_stamp="Revision 6.22\nMay 11, 2022",
    release_date=date(2022, 5, 11),
    product_list=replace(CMRT_6_1.product_list, last_row=2005),
)

# 6.31: "100%" becomes text, skipped questions lose their options, no upper date bound.
CMRT_6_31 = replace(
    CMRT_6_22,
    version="6.31",
    revision_stamp="Revision 6.31\nMay 26, 2023",
    release_date=date(2023, 5, 26),
    numeric_hundred_percent=False,
    gating=replace(CMRT_6_22.gating, forbids_skipped=True),
    date_first=c.DATE_AFTER_2006,
    date_last=None,
)

CMRT_6_4 = replace(
    CMRT_6_31, version="6.4", revision_stamp="Revision 6.4\nApril 26, 2024", release_date=date(2024, 4, 26)
)  # fmt: skip

# 6.5: the Product List speaks of the responder's products.
CMRT_6_5 = replace(
    CMRT_6_4,
    version="6.5",
    revision_stamp="Revision 6.5\nApril 25, 2025",
    release_date=date(2025, 4, 25),
    product_list=c.product_list(2005, "Responder’s Product Number (*)", "Responder’s Product Name"),
)

# 6.6: the Product List gains the requester's product number and name (columns D–E), as EMRT 2.1
# did; rows, questions and options stay those of 6.5. No 6.6 workbook is held here: the facts are
# public (see docs/template-sources.md) and every user's copy is verified before use.
CMRT_6_6 = replace(
    CMRT_6_5,
    version="6.6",
    revision_stamp="Revision 6.6\nApril 17, 2026",
    release_date=date(2026, 4, 17),
    product_list=c.product_list(2005, "Responder’s Product Number (*)", "Responder’s Product Name", requester=True),
)  # fmt: skip

# 6.6.1: 6.6 re-released without the RMI logo; same structure.
CMRT_6_6_1 = replace(CMRT_6_6, version="6.6.1", revision_stamp="Revision 6.6.1")

VERSIONS = (CMRT_6_01, CMRT_6_1, CMRT_6_22, CMRT_6_31, CMRT_6_4, CMRT_6_5, CMRT_6_6, CMRT_6_6_1)
