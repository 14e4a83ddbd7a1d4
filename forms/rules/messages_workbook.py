"""The English wording of the findings the workbook reader and the export add about the file
itself (text that cannot be kept, dates Excel cannot hold, AMRT mineral cells), by message id;
`forms.rules.messages` merges them into the one catalogue."""

from __future__ import annotations

WORKBOOK_MESSAGES: dict[str, tuple[str, str]] = {
    "FILE-TEXT-TOO-LONG": (
        "{location} holds {length} characters, more than an Excel cell can hold ({limit}); it "
        "was read, but cannot be exported until shortened.",
        "Excel itself cannot have made this cell: ask the sender what it should say.",
    ),
    "FILE-TEXT-REPLACED": (
        "{location} held characters that cannot be stored or sent (a broken character code or "
        "NUL); each was replaced by \ufffd.",
        "The file was damaged or made by a faulty program: check this value with the sender.",
    ),
    "FILE-CONTROL-CHARACTERS": (
        "{location} holds invisible control characters (such as ESC); they were kept as written.",
        "Ask the sender what the value should say; control characters usually come from "
        "copying out of another program.",
    ),
    "FILE-SHEET-NOT-WORKSHEET": (
        "The {sheet_name} is a {kind}, not a worksheet; nothing was read from it.",
        "Someone replaced the template's sheet: ask the sender for the declaration on the RMI "
        "template.",
    ),
    "FILE-DATE-OUT-OF-RANGE": (
        "{field} holds {value}, a date Excel cannot hold; it was kept as written.",
        "Excel dates run from 1 March 1900 to 31 December 9999: ask for the real date.",
    ),
    "FILE-AMBIGUOUS-DATE": (
        "{field} was typed as text in which day and month could be swapped: read as {read}; "
        "it could also mean {other}.",
        "Check the date with the sender and enter it as DD-MMM-YYYY, e.g. 03-Apr-2025.",
    ),
    "FILE-AMRT-OTHER-UNNAMED": (
        'Mineral cell {mineral_cell} says "{option}" but no mineral is named in {other_cell}; it '
        "was left out.",
        "Ask the sender which mineral they meant.",
    ),
    "FILE-AMRT-REASON-NOT-IN-SCOPE": (
        'The Minerals Scope sheet gives a reason for "{mineral}", which is not a mineral of '
        "this declaration; it was left out.",
        "Ask the sender whether the mineral belongs in the declaration.",
    ),
    # --- the export ------------------------------------------------------------------------------
    "EXPORT-DATE-NOT-EXCEL": (
        "{field} is {value}, a date Excel cannot hold (it knows 1 March 1900 to 31 December "
        "9999); it was written as text.",
        "Enter the real date.",
    ),
}
