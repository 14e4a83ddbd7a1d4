"""Copies of RMI's workbooks altered for tests, built in a temporary folder (never committed):
re-stamped with another revision number (the stamp's text changed inside the package, nothing
else), or with one input cell's data validation moved to another cell."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

# The newest workbook held of each family (the base of the forward-compatibility tests).
NEWEST = {"CMRT": "RMI_CMRT_6.5.xlsx", "EMRT": "RMI_EMRT_2.1_zh.xlsx", "CRT": "RMI_CRT_2.2_zh.xlsx"}
NEWEST_VERSION = {"CMRT": "6.5", "EMRT": "2.1", "CRT": "2.2"}


def _copy(source: Path, target: Path, change: Callable[[str, bytes], bytes]) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, change(info.filename, zin.read(info)))
    return target


def restamp(source: Path, old: str, new: str, target: Path) -> Path:
    """`source` with every "Revision {old}" text in its shared strings made "Revision {new}"."""
    stamp = re.compile(rb"Revision " + re.escape(old.encode()) + rb"(?![0-9.])")

    def change(name: str, data: bytes) -> bytes:
        if name != "xl/sharedStrings.xml":
            return data
        changed, count = stamp.subn(b"Revision " + new.encode(), data)
        assert count, f"no revision {old} stamp in {source.name}"
        return changed

    return _copy(source, target, change)


def declaration_part(source: Path) -> str:
    with zipfile.ZipFile(source) as zf:
        book = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(r'<sheet [^>]*name="Declaration"[^>]*r:id="(rId\d+)"', book)
    assert rid
    target = re.search(rf'<Relationship [^>]*Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels)
    if target is None:  # attributes in the other order
        target = re.search(rf'<Relationship [^>]*Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels)
    assert target
    return "xl/" + target.group(1).lstrip("/").removeprefix("xl/")


def move_validation(source: Path, sqref: str, moved_to: str, target: Path) -> Path:
    """`source` with the Declaration validation whose range is exactly `sqref` moved."""
    part = declaration_part(source)

    def change(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        rule = re.compile(rb'(<dataValidation\b[^>]*\bsqref=")' + re.escape(sqref.encode()) + b'"')
        changed, count = rule.subn(rb"\g<1>" + moved_to.encode() + b'"', data)
        assert count == 1, f"no single validation {sqref} in {source.name}"
        return changed

    return _copy(source, target, change)


def open_end_date(source: Path, target: Path) -> Path:
    """`source` with its effective-date validation "after 31-Dec-2006, no end" (as CMRT 6.31+
    and, by the public facts, EMRT 2.11) instead of "between 31-Dec-2006 and 31-Mar-2026"."""
    part = declaration_part(source)
    rule = re.compile(
        rb'(<dataValidation\b[^>]*type="date"[^>]*?)operator="between"([^>]*>)'
        rb"(<formula1>\d+</formula1>)<formula2>\d+</formula2>"
    )

    def change(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        changed, count = rule.subn(rb'\1operator="greaterThan"\2\3', data)
        assert count == 1, f"no bounded date validation in {source.name}"
        return changed

    return _copy(source, target, change)
