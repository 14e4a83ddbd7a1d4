"""The Cobalt Reporting Template (CRT 2.2, 2.21), superseded by the EMRT but still requested."""

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

SHEETS = (
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

OTHER_FORMAT = "Yes, Using Other Format (Describe)"

QUESTIONS = (
    MineralQuestion("1", 25, "Is any of the cobalt intentionally added or used in the product(s) or in the production process? (*)", c.YES_NO_UNKNOWN),
    MineralQuestion("2", 31, "Do any of the smelters in your supply chain source the cobalt from a Conflict-Affected and High-Risk area? (OECD Due Diligence Guidance, see definitions tab)", (*c.YES_NO_UNKNOWN, "DRC or adjoining countries only")),
    MineralQuestion("3", 37, "Does 100 percent of the cobalt originate from recycled or scrap sources?", c.YES_NO_UNKNOWN),
    MineralQuestion("4", 43, "What percentage of relevant suppliers have provided a response to your supply chain survey?", c.SURVEY_PERCENT),
    MineralQuestion("5", 49, "Have you identified all of the smelters supplying the cobalt to your supply chain?", c.YES_NO_UNKNOWN),
    MineralQuestion("6", 55, "Has all applicable smelter information received by your company been reported in this declaration?", c.YES_NO_UNKNOWN),
)  # fmt: skip

COMPANY_QUESTIONS = (
    CompanyQuestion("A", 63, "Have you established a publicly available cobalt sourcing policy?", c.YES_NO, url_when="Yes"),
    CompanyQuestion("B", 65, "Does your policy cover, at a minimum, all risks in the OECD Due Diligence Guidance Annex II Model Policy, as well as the worst forms of child labor?", c.YES_NO),
    CompanyQuestion("C", 67, "Have you implemented due diligence measures for cobalt in the declaration scope indicated above?", c.YES_NO),
    CompanyQuestion("D", 69, "Do you require suppliers to exercise due diligence over the cobalt supply chain in accordance with the OECD Due Diligence Guidance?", c.YES_NO),
    CompanyQuestion("E", 71, "Do you require your direct suppliers to source cobalt from smelters whose due diligence practices have been validated by an independent third party audit program?", c.YES_NO),
    CompanyQuestion("F", 73, "Do you require suppliers' due diligence practices to cover, at a minimum, all risks in the OECD Due Diligence Guidance Annex II Model Policy, as well as the worst forms of child labor?", c.YES_NO),
    CompanyQuestion("G", 75, "Does your company conduct cobalt supply chain survey(s) of your relevant supplier(s)?", ("Yes, CRT", OTHER_FORMAT, "No"), describe_when=OTHER_FORMAT),
    CompanyQuestion("H", 77, "Do you review due diligence information received from your suppliers against your company’s expectations?", c.YES_NO),
    CompanyQuestion("I", 79, "Does your review process include corrective action management?", c.YES_NO),
)  # fmt: skip

CRT_2_2 = TemplateDef(
    family="CRT",
    version="2.2",
    title="Cobalt Reporting Template (CRT)",
    revision_stamp="Revision 2.2\nOctober 28, 2020",
    release_date=date(2020, 10, 28),
    sheets=SHEETS,
    company_fields=c.company_fields(12),
    minerals=("Cobalt",),
    mineral_slots=(),
    questions=QUESTIONS,
    company_questions=COMPANY_QUESTIONS,
    gating=Gating(q1_stops=frozenset({"No", "Unknown"}), q2_stops=frozenset()),
    checker=CheckerQuirks(counts_unlisted_rows=False, crt_smelter_rule=True),
    scope_options=c.SCOPE_OPTIONS,
    date_first=c.DATE_FROM_2006,
    date_last=c.DATE_UNTIL_2026_03,
    numeric_hundred_percent=True,
    prefilled=(("D27", "No"), ("D28", "No"), ("D29", "No")),
    smelter_list=c.smelter_list(2498),
    product_list=c.product_list(1000, "Manufacturer’s Product Number (*)", "Manufacturer’s Product Name"),
    mine_list=None,
    languages=c.CMRT_LANGUAGES[:4],  # LN = L!$D$1:$G$1: English, Chinese, Japanese, Korean
)  # fmt: skip

# 2.21: public sources list the same cells, questions and option lists as 2.2 (question 2's "DRC
# or adjoining countries only" and G's "Other Format" are already in 2.2) and keep the
# 31-Mar-2026 date bound. Not held here: see docs/template-sources.md; each copy is verified.
CRT_2_21 = replace(
    CRT_2_2, version="2.21", revision_stamp="Revision 2.21", release_date=date(2026, 4, 17)
)

SUCCESSOR = "EMRT"
"""The family RMI replaced the CRT with (for cobalt): where to point a user the CRT cannot serve."""

VERSIONS = (CRT_2_2, CRT_2_21)
