"""Text tests the red flags share: non-English scripts, e-mail and URL shapes, "same"."""

from __future__ import annotations

import re
from datetime import date

# Full-width punctuation a Chinese or Japanese keyboard types in otherwise English text
# ("Tel：", "（Ltd）"): no sign of a foreign language on its own.
_FULL_WIDTH_PUNCTUATION = str.maketrans(
    dict.fromkeys("\u3000\u3001\u3002\uff01\uff08\uff09\uff0c\uff0e\uff1a\uff1b\uff1f", " ")
)
# Scripts that mean an answer is not in English (RMI: "answers must be in English"): Cyrillic,
# Greek, Hebrew, Arabic, Devanagari…Thai, Hangul Jamo, CJK, kana, Hangul syllables, full-width.
_NON_ENGLISH = re.compile(
    "[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0900-\u0e7f\u1100-\u11ff"
    "\u2e80-\u2fdf\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_EMAIL = re.compile(r"^[^@\s,;<>()]+@[^@\s,;<>()]+\.[^@\s,;<>().]{2,}$")
_URL = re.compile(r"^(https?://|www\.)\S+$|^[\w-]+(\.[\w-]+)+(/\S*)?$", re.IGNORECASE)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SAME = {"same", "same as above", "same as contact", "as above", "ditto", "idem", "see above"}


def non_english(text: str | None) -> bool:
    if text is None:
        return False
    return _NON_ENGLISH.search(text.translate(_FULL_WIDTH_PUNCTUATION)) is not None


def is_email(text: str) -> bool:
    return _EMAIL.match(text) is not None


def is_email_list(text: str) -> bool:
    """One address or several separated by ";" or "," (as real files give them)."""
    parts = [p.strip() for p in re.split(r"[;,]", text)]
    return any(parts) and all(is_email(p) for p in parts if p)


def looks_like_url(text: str) -> bool:
    """One web address, with or without scheme ("www.acme.com/policy", "https://…")."""
    return any(_URL.match(part) for part in text.split())


def means_same(text: str | None) -> bool:
    """An authorizer given as "same" / "same as above" instead of a name."""
    if text is None:
        return False
    return re.sub(r"[^a-z ]", "", text.casefold()).strip() in _SAME


def iso_date(text: str | None) -> date | None:
    """The date of an ISO `YYYY-MM-DD` value, or None when it is not one."""
    if text is None or not _ISO.match(text.strip()):
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None
