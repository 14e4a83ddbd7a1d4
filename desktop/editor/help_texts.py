"""Short definitions shown beside the questions, condensed from the templates' Definitions tab."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from forms.templates import TemplateDef

CONTEXT = "help_texts"


def translated(text: str) -> str:
    """One of these texts in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


_BY_NUMBER_3TG = {
    "1": cast(
        str,
        QT_TRANSLATE_NOOP(
            "help_texts",
            "“Intentionally added” means the metal is used on purpose to give the product a "
            "property, reaction or quality — not a naturally occurring by-product. Answer for your "
            "products (or the scope you chose) and their production process.",
        ),
    ),
    "2": cast(
        str,
        QT_TRANSLATE_NOOP(
            "help_texts",
            "Does the metal remain in the finished product(s)? A metal used only in the process "
            "(e.g. a catalyst) and not left in the product is “No”.",
        ),
    ),
    "3": cast(
        str,
        QT_TRANSLATE_NOOP(
            "help_texts",
            "Covered countries (SEC term): the Democratic Republic of the Congo and its nine "
            "neighbours — Angola, Burundi, Central African Republic, Republic of the Congo, "
            "Rwanda, South Sudan, Tanzania, Uganda and Zambia.",
        ),
    ),
    "4": cast(
        str,
        QT_TRANSLATE_NOOP(
            "help_texts",
            "Conflict-affected and high-risk areas (CAHRA) are areas in armed conflict, fragile "
            "post-conflict areas, or areas with weak or no governance and security, and widespread "
            "violations of international law including human-rights abuses.",
        ),
    ),
    "5": cast(
        str,
        QT_TRANSLATE_NOOP(
            "help_texts",
            "Recycled or scrap sources are metals reclaimed from end-user or post-consumer "
            "products, or scrap created during manufacturing.",
        ),
    ),
    "6": cast(
        str,
        QT_TRANSLATE_NOOP(
            "help_texts",
            "Of the suppliers that supply this metal to you, what share answered your survey?",
        ),
    ),
    "7": cast(
        str,
        QT_TRANSLATE_NOOP(
            "help_texts",
            "Have you identified every smelter or refiner in your supply chain for this metal? A "
            "smelter or refiner turns ore, slag or scrap into refined metal.",
        ),
    ),
    "8": cast(
        str,
        QT_TRANSLATE_NOOP(
            "help_texts",
            "Is every smelter your suppliers reported to you listed on the Smelter List tab?",
        ),
    ),
}

_EXTENDED = {
    "1": _BY_NUMBER_3TG["1"],
    "2": _BY_NUMBER_3TG["2"],
    "3": _BY_NUMBER_3TG["4"],
    "4": _BY_NUMBER_3TG["5"],
    "5": _BY_NUMBER_3TG["6"],
    "6": cast(
        str,
        QT_TRANSLATE_NOOP(
            "help_texts",
            "Have you identified every smelter or processor in your supply chain for this mineral?",
        ),
    ),
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

COMPANY = cast(
    str,
    QT_TRANSLATE_NOOP(
        "help_texts",
        "Company-level questions describe your due-diligence programme as a whole: your sourcing "
        "policy, whether you survey suppliers and review what they send back. A policy that is "
        "published needs its web address (URL) in the comment.",
    ),
)

SCOPE = cast(
    str,
    QT_TRANSLATE_NOOP(
        "help_texts",
        "Scope says what this declaration covers: “A. Company” — everything your company makes; "
        "“B. Product” — only the products you list below; “C. User defined” — describe it.",
    ),
)

SMELTERS = cast(
    str,
    QT_TRANSLATE_NOOP(
        "help_texts",
        "A smelter or refiner turns ore, slag or scrap into refined metal. List every smelter your "
        "suppliers reported, one row per metal. If you do not know it yet, choose “Smelter not yet "
        "identified”; if it is not on RMI's Smelter Look-up, choose “Smelter not listed” and give "
        "its name and country.",
    ),
)


# The AMRT asks whether each mineral is used (1) and how many suppliers answered the survey (2).
_AMRT = {"1": _EXTENDED["1"], "2": _EXTENDED["5"]}


def question_help(tpl: TemplateDef, number: str) -> str:
    table = {"CMRT": _BY_NUMBER_3TG, "CRT": _CRT, "AMRT": _AMRT}.get(tpl.family, _EXTENDED)
    text = table.get(number, "")
    return translated(text) if text else ""
