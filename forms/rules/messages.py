"""The English wording of every catalogued finding, by message id: (message, hint) templates
filled with the finding's `params` ("{mineral}", "{number}"…).

This is the one source of the words: the command line prints them as they are, the desktop
looks each template up in its translations (context "Finding"; `tools/update_translations.py`
feeds this catalogue to lupdate) and fills in the same params. `TERMS` are fixed English
phrases that arrive as a param value; they are translated the same way (context "FindingTerm").
"""

from __future__ import annotations

from collections.abc import Mapping

from forms.rules.messages_workbook import WORKBOOK_MESSAGES
from forms.rules.rf_tables import ROLES

_EN = "RMI templates must be answered in English."
_ASK_NEWER = (
    "Use {better}, which accepts this date (ask your customer for it if they sent {template}), "
    "or a date the template accepts."
)
_DESCRIBE = "Describe the survey format in the comment."
_URL = "Put the URL of the published policy in the comment, e.g. www.company.com/policy."

MESSAGES: dict[str, tuple[str, str]] = {
    # --- RMI Checker parity (errors) ----------------------------------------------------------
    "CHK-FIELD/no-at": (
        '{field} is not an e-mail address (it has no "@").',
        "Enter an address such as name@company.com.",
    ),
    "CHK-FIELD/missing": ("{field} is missing.", "Fill in {field} on the Declaration tab."),
    "CHK-SCOPE-DESCRIPTION": (
        "A user-defined scope needs a description.",
        "Describe which products or parts of the company this declaration covers.",
    ),
    "CHK-MINERALS": (
        "No mineral is selected for this declaration.",
        "Keep at least one mineral in cells {first}–{last}.",
    ),
    "CHK-Q/missing": (
        "Question {number} for {mineral} is not answered.",
        "Answer question {number}: {question}",
    ),
    "CHK-Q/unread": (
        "Question {number} for {mineral} is not answered (it is only read when the earlier "
        'answers are "Yes").',
        "Answer question {number}: {question}",
    ),
    "CHK-COMPANY-Q/mineral": (
        "Company question {letter} for {mineral} is not answered.",
        "Answer: {question}",
    ),
    "CHK-COMPANY-Q/missing": ("Company question {letter} is not answered.", "Answer: {question}"),
    "CHK-COMPANY-Q/describe": (
        "Question {letter} says another format is used but does not describe it.",
        _DESCRIBE,
    ),
    "CHK-COMPANY-Q/url": (
        'Question {letter} is "{answer}" but the policy\'s web address is missing.',
        _URL,
    ),
    "CHK-PRODUCT-LIST": (
        'The scope is "Product" but the Product List is empty.',
        "List the product numbers this declaration covers, starting in row 6.",
    ),
    "CHK-PRODUCT-LIST/no-number": (
        'The scope is "Product" but the first Product List row has no product number.',
        "List the product numbers this declaration covers, starting in row 6.",
    ),
    "CHK-SMELTER-LIST": (
        "No {mineral} smelter is listed.",
        "Add at least one row with metal {mineral} on the Smelter List "
        '("Smelter not yet identified" if you do not know it yet).',
    ),
    "CHK-UNLISTED-SMELTER": (
        '"Smelter not listed" rows need a smelter name and country (rows {rows}).',
        "Enter the smelter's name in column D and its country in column E.",
    ),
    # --- red flags: company information --------------------------------------------------------
    "RF-DATE-NOT-A-DATE": (
        'The effective date "{value}" is not a date.',
        "Enter the date the form was completed, e.g. 31-Aug-2026.",
    ),
    "RF-DATE-FUTURE": (
        "The effective date {date} is in the future.",
        "Use the date the form was completed, not a planned date.",
    ),
    "RF-DATE-TOO-EARLY": (
        "The effective date {date} is before 2007.",
        "Check the year: the declaration should be dated when it was completed.",
    ),
    "RF-DATE-OUTSIDE-TEMPLATE": (
        "{template} accepts dates from {first} to {last}; {date} fails the workbook's date check.",
        _ASK_NEWER,
    ),
    "RF-DATE-OUTSIDE-TEMPLATE/open": (
        "{template} accepts dates from {first} to no end; {date} fails the workbook's date check.",
        _ASK_NEWER,
    ),
    "RF-DATE-OUTSIDE-TEMPLATE/no-newer": (
        "{template} accepts dates from {first} to {last}; {date} fails the workbook's date check.",
        "Use a date the template accepts.",
    ),
    "RF-DATE-OUTSIDE-TEMPLATE/open-no-newer": (
        "{template} accepts dates from {first} to no end; {date} fails the workbook's date check.",
        "Use a date the template accepts.",
    ),
    "RF-AUTHORIZER-SAME": (
        'The authorizer is given as "{value}" instead of a name.',
        "Enter the authorizer's own name, even when it is the contact person.",
    ),
    "RF-EMAIL-INVALID/company": (
        '{field} "{value}" is not a valid e-mail address.',
        "Enter addresses such as name@company.com, separated by ; or ,.",
    ),
    "RF-EMAIL-INVALID/list": (
        '{list} row {row}: "{value}" is not a valid e-mail address.',
        "Enter addresses such as name@company.com, separated by ; or ,.",
    ),
    "RF-NOT-ENGLISH/company": ("{field} is not in English.", _EN),
    "RF-NOT-ENGLISH/question": (
        "The comment on question {number} for {mineral} is not in English.",
        _EN,
    ),
    "RF-NOT-ENGLISH/company-question": (
        "The comment on company question {letter} is not in English.",
        _EN,
    ),
    "RF-NOT-ENGLISH/list": ("{count} value(s) on the {list} are not in English.", _EN),
    # --- red flags: answers ----------------------------------------------------------------------
    "RF-ANSWER-NOT-AN-OPTION/scope-case": (
        'Declaration scope: "{value}" differs from the drop-down value "{option}" in letter case.',
        'Choose "{option}" from the list.',
    ),
    "RF-ANSWER-NOT-AN-OPTION/scope": (
        'Declaration scope: "{value}" is not one of the template\'s answers.',
        "Choose one of: {options}.",
    ),
    "RF-ANSWER-NOT-AN-OPTION/question-case": (
        'Question {number} for {mineral}: "{value}" differs from the drop-down value '
        '"{option}" in letter case.',
        'Choose "{option}" from the list.',
    ),
    "RF-ANSWER-NOT-AN-OPTION/question": (
        'Question {number} for {mineral}: "{value}" is not one of the template\'s answers.',
        "Choose one of: {options}.",
    ),
    "RF-ANSWER-NOT-AN-OPTION/company-case": (
        'Company question {letter}: "{value}" differs from the drop-down value "{option}" '
        "in letter case.",
        'Choose "{option}" from the list.',
    ),
    "RF-ANSWER-NOT-AN-OPTION/company": (
        'Company question {letter}: "{value}" is not one of the template\'s answers.',
        "Choose one of: {options}.",
    ),
    "RF-ANSWER-NOT-AN-OPTION/recycled": (
        'Smelter row {row}: "{value}" is not Yes, No or Unknown.',
        "Choose Yes, No or Unknown in column P.",
    ),
    "RF-ANSWER-NOT-ASKED": (
        "Question {number} for {mineral} is answered although questions 1–2 say the mineral "
        "is not used; the template does not allow an answer here.",
        "Clear the answer, or correct questions 1 and 2.",
    ),
    "RF-HIGH-RISK-SOURCING": (
        'Question {number} for {mineral} is "{value}": some smelters source from covered or '
        "conflict-affected and high-risk areas.",
        "Ask for the smelters concerned and their RMAP status; this is a review trigger, "
        "not a rejection.",
    ),
    "RF-NO-RISK-WITHOUT-COVERAGE": (
        'Question {number} for {mineral} says "No" although not every supplier answered '
        "(question {survey}) or not every smelter is identified (question {identified}).",
        '"Unknown" is the consistent answer until the survey is complete.',
    ),
    "RF-IDENTIFIED-WITHOUT-COVERAGE": (
        "Question {number} for {mineral} says all smelters are identified, but only "
        '"{value}" of suppliers responded (question {survey}).',
        "Check the answer to both questions.",
    ),
    "RF-LOW-SURVEY-RESPONSE": (
        'Supplier survey response for {mineral} is "{value}".',
        "Follow up with the suppliers that have not responded.",
    ),
    "RF-NOT-ALL-REPORTED": (
        "Not all smelter information received for {mineral} is reported.",
        "Add every smelter your suppliers named to the Smelter List.",
    ),
    "RF-NO/company": (
        'Company question {letter} is "No": {what}.',
        "Ask the supplier for its plan and timeline to put this in place.",
    ),
    "RF-NO/mineral": (
        'Company question {letter} for {mineral} is "No": {what}.',
        "Ask the supplier for its plan and timeline to put this in place.",
    ),
    "RF-POLICY-URL-NOT-A-URL": (
        'Question {letter} is "{answer}" but the comment "{value}" is not a web address.',
        _URL,
    ),
    "RF-SURVEY-FORMAT-UNDESCRIBED": (
        "Question {letter} says another survey format is used but does not describe it.",
        _DESCRIBE,
    ),
    # --- red flags: smelters ---------------------------------------------------------------------
    "RF-SMELTER-METAL-NOT-IN-SCOPE/unknown": (
        '{count} smelter row(s) have metal "{value}", which is not a mineral of this template.',
        "Remove those rows or add the mineral to the declaration.",
    ),
    "RF-SMELTER-METAL-NOT-IN-SCOPE": (
        '{count} smelter row(s) have metal "{value}", which is not in scope.',
        "Remove those rows or add the mineral to the declaration.",
    ),
    "RF-SMELTERS-FOR-UNUSED-METAL": (
        "{count} {mineral} smelter row(s) are listed although question {number} says "
        "{mineral} is not used or does not remain.",
        "Correct question {number} or remove the {mineral} smelters.",
    ),
    "RF-RECYCLED-CONTRADICTION": (
        "Question {number} says all {mineral} is recycled or scrap, but {count} {mineral} "
        "smelter(s) say their feedstock is not.",
        "Correct question {number} or the smelters' column P.",
    ),
    "RF-NO-SMELTERS": (
        "{mineral} is used in the products, but no {mineral} smelter is listed.",
        'Add the smelters ("Smelter not yet identified" when unknown).',
    ),
    "RF-SMELTER-EXCLAMATION": (
        'Smelter row {row}: "{value}" contains "!".',
        'Remove the "!"; it usually marks a look-up that did not match.',
    ),
    "RF-SMELTER-ID-MISMATCH": (
        'Smelter row {row}: the typed ID "{value}" does not match the smelter\'s ID "{id}".',
        "Check the ID in column A against the Smelter Look-up.",
    ),
    "RF-SMELTER-ENTER-DETAILS": (
        'Smelter row {row} still says "{value}".',
        "Enter the smelter's details, or pick it from the look-up list.",
    ),
    "RF-SMELTER-NOT-IDENTIFIED": (
        'Smelter row {row} is "Smelter not yet identified".',
        "Ask the supplier to identify the smelter.",
    ),
    "RF-SMELTER-DUPLICATE": (
        "Smelter row {row} repeats row {first}.",
        "Remove the duplicate row.",
    ),
    # --- red flags: AMRT minerals --------------------------------------------------------------
    "RF-AMRT-MINERAL-NOT-ENGLISH": (
        'The mineral "{mineral}" is not named in English.',
        "Name every mineral in English (e.g. Aluminum): RMI asks for English, and the template "
        "sorts its answer rows by the names.",
    ),
    "RF-AMRT-TOO-MANY-MINERALS": (
        "The declaration names {count} minerals; the {template} holds {capacity}.",
        "Keep at most ten minerals, or split them over two declarations.",
    ),
    # --- red flags: RMI's facility list ----------------------------------------------------------
    "RF-FACILITY-LIST-OLD": (
        "The RMI facility list is {age} days old (from {date}).",
        "Download the current list from RMI's website and import it again; lists older than "
        "{max_age} days miss status changes.",
    ),
    "RF-FACILITY-UNKNOWN-CID": (
        "{cid} ({name}) is not on RMI's facility list.",
        "Check the smelter ID with the supplier: RMI does not list this facility.",
    ),
    "RF-FACILITY-NOT-CONFORMANT": (
        "{name} is neither conformant nor active in RMI's programme.",
        "Ask the supplier whether it can source from a conformant smelter.",
    ),
    "RF-FACILITY-NOT-CONFORMANT/status": (
        "{name} is neither conformant nor active in RMI's programme (“{status}”).",
        "Ask the supplier whether it can source from a conformant smelter.",
    ),
    "RF-FACILITY-REASSESSMENT-OVERDUE": (
        "{name}'s re-assessment was due on {date}.",
        "Its conformance may lapse: check RMI's list for a newer assessment.",
    ),
    "RF-FACILITY-REASSESSMENT-DUE": (
        "{name}'s re-assessment is due on {date}.",
        "Watch for its renewed conformance after that date.",
    ),
    # --- values carried over from the previous declaration (severity "confirm") -----------------
    "CONFIRM-CARRIED-OVER": (
        "Carried over from the previous declaration ({reason}): confirm it.",
        'Check the value, then change it or choose "Confirm unchanged".',
    ),
}

# --- the workbook reader (file-level findings) ------------------------------------------------
MESSAGES |= WORKBOOK_MESSAGES
MESSAGES |= {
    "FILE-MACROS": (
        "The workbook contains macros; MRT Desk read its values and ran nothing.",
        "RMI templates have no macros: someone changed this file.",
    ),
    "FILE-NEWER-VERIFIED": (
        "The file is {template}, newer than the newest template MRT Desk knows; its structure "
        "matches {layout} (verified), and it was read with that layout: {template} — layout of "
        "{layout}, verified.",
        "Check the values read: RMI may have reworded texts.",
    ),
    "FILE-NEWER-VERSION": (
        "The file is {template}, newer than the newest template MRT Desk knows ({newest}); "
        "it was read with the {layout} layout.",
        "Add the official {template} template to the template library when you have it, and "
        "check the values read.",
    ),
    "FILE-UNKNOWN-REVISION": (
        "The file is {template}, a revision MRT Desk has no definition for; it was read with "
        "the {layout} layout.",
        "Check the values read, or ask the sender for the current template.",
    ),
    "FILE-COMPATIBLE-LAYOUT": (
        "This workbook is MRT Desk's compatible layout of {template}, not the official RMI "
        "template.",
        "Add the official {template} template to the library and export again before you send "
        "it: customers' tools expect RMI's own workbook.",
    ),
    "FILE-MODIFIED-TEMPLATE/missing": (
        "The workbook lacks the template's sheet(s) {sheets}; their rows are read as empty.",
        "",
    ),
    "FILE-MODIFIED-TEMPLATE/extra": (
        "The workbook has sheets the official {template} does not: {sheets}.",
        "Someone changed the template; check that the declaration was not altered.",
    ),
    "FILE-RAW-VALUE": (
        "{field} holds {value}, which is not a date; it was kept as written.",
        "Enter the date as DD-MMM-YYYY, e.g. 31-Aug-2025.",
    ),
    "FILE-ROWS-BEYOND-TEMPLATE": (
        "The {list} has data below the template's last row ({last_row}), down to row {row}; "
        "those rows were read too.",
        "Someone pasted rows past the template's end; the template's formulas and the Checker "
        "ignore them.",
    ),
}

CARRY_REASONS: tuple[str, ...] = (
    "confirm the effective date",
    "survey coverage",
    "option no longer exists",
    "smelter no longer in the reference list",
    "the new template has no mine list",
)
"""Why a carried-over value needs confirming (`db.carry`'s reasons, the CONFIRM-CARRIED-OVER
param): spelled here because forms cannot import db; a test keeps the two the same."""

TERMS: tuple[str, ...] = (
    "Smelter List",
    "Mine List",
    "Product List",
    "Minerals Scope",
    *CARRY_REASONS,
    *sorted({what for r in ROLES.values() for _letter, _suffix, what in r.weak_when_no}),
)
"""English phrases a finding passes as a param value that the app translates as well."""


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: Mapping[str, str]) -> str:
    """`template` with its "{name}"s replaced; a name with no param is left as written."""
    try:
        return template.format_map(params)
    except KeyError:
        return template.format_map(_Keep(params))


def english(message_id: str, params: Mapping[str, str]) -> tuple[str, str]:
    """The English (message, hint) of a catalogued id; KeyError for an unknown id."""
    message, hint = MESSAGES[message_id]
    return fill(message, params), fill(hint, params)
