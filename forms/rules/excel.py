"""Excel's comparison semantics, as RMI's Checker formulas apply them (case-insensitive text)."""

from __future__ import annotations

from collections.abc import Iterable


def eq(value: str | None, expected: str) -> bool:
    """`value = "expected"` in a formula: text compares without regard to case."""
    return value is not None and value.casefold() == expected.casefold()


def among(value: str | None, options: Iterable[str]) -> bool:
    return value is not None and any(eq(value, o) for o in options)
