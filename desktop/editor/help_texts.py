"""Short definitions shown beside the questions, condensed from the templates' Definitions tab."""

from __future__ import annotations

from forms.templates import TemplateDef

_BY_NUMBER_3TG = {
    "1": "“Intentionally added” means the metal is used on purpose to give the product a property, "
    "reaction or quality — not a naturally occurring by-product. Answer for your products (or "
    "the scope you chose) and their production process.",
    "2": "Does the metal remain in the finished product(s)? A metal used only in the process "
    "(e.g. a catalyst) and not left in the product is “No”.",
    "3": "Covered countries (SEC term): the Democratic Republic of the Congo and its nine "
    "neighbours — Angola, Burundi, Central African Republic, Republic of the Congo, Rwanda, South "
    "Sudan, Tanzania, Uganda and Zambia.",
    "4": "Conflict-affected and high-risk areas (CAHRA) are areas in armed conflict, fragile "
    "post-conflict areas, or areas with weak or no governance and security, and widespread "
    "violations of international law including human-rights abuses.",
    "5": "Recycled or scrap sources are metals reclaimed from end-user or post-consumer products, "
    "or scrap created during manufacturing.",
    "6": "Of the suppliers that supply this metal to you, what share answered your survey?",
    "7": "Have you identified every smelter or refiner in your supply chain for this metal? A "
    "smelter or refiner turns ore, slag or scrap into refined metal.",
    "8": "Is every smelter your suppliers reported to you listed on the Smelter List tab?",
}

_EXTENDED = {
    "1": _BY_NUMBER_3TG["1"],
    "2": _BY_NUMBER_3TG["2"],
    "3": _BY_NUMBER_3TG["4"],
    "4": _BY_NUMBER_3TG["5"],
    "5": _BY_NUMBER_3TG["6"],
    "6": "Have you identified every smelter or processor in your supply chain for this mineral?",
    "7": _BY_NUMBER_3TG["8"],
}

_CRT = {
    "1": _BY_NUMBER_3TG["1"],
    "2": _BY_NUMBER_3TG["4"],
    "3": _BY_NUMBER_3TG["5"],
    "4": _BY_NUMBER_3TG["6"],
    "5": _EXTENDED["6"],
    "6": _BY_NUMBER_3TG["8"],
}

COMPANY = (
    "Company-level questions describe your due-diligence programme as a whole: your sourcing "
    "policy, whether you survey suppliers and review what they send back. A policy that is "
    "published needs its web address (URL) in the comment."
)

SCOPE = (
    "Scope says what this declaration covers: “A. Company” — everything your company makes; "
    "“B. Product” — only the products you list below; “C. User defined” — describe it."
)

SMELTERS = (
    "A smelter or refiner turns ore, slag or scrap into refined metal. List every smelter your "
    "suppliers reported, one row per metal. If you do not know it yet, choose “Smelter not yet "
    "identified”; if it is not on RMI's Smelter Look-up, choose “Smelter not listed” and give "
    "its name and country."
)


def question_help(tpl: TemplateDef, number: str) -> str:
    table = {"CMRT": _BY_NUMBER_3TG, "CRT": _CRT}.get(tpl.family, _EXTENDED)
    return table.get(number, "")
