"""Proof that a workbook is the template its definition describes, before anything is written
into it: sheet names, the label keys the definition relies on, the drop-down (or date) validation
of every input cell it writes, and the header rows of the list sheets.

This is what lets MRT Desk support a version it has never held: the definition is written from
public facts, and the user's own copy of the workbook proves it. A newer revision than any
definition (say "Revision 6.7") is accepted when its structure matches a known definition of its
family, newest first ("CMRT 6.7 — layout of CMRT 6.6, verified").
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from forms import templates
from forms.templates import TemplateDef
from forms.templates.versioning import revision_label, version_key
from forms.workbook.detect import family_from_text
from forms.workbook.package import Package, UnreadableWorkbook
from forms.workbook.verify_facts import (
    DECLARATION,
    Validation,
    WorkbookFacts,
    input_cells,
    lists_of,
    read_facts,
)

SHOWN_DIFFERENCES = 5


@dataclass(frozen=True)
class Difference:
    """One way the workbook differs from the definition it claims to be."""

    where: str
    expected: str
    found: str

    def __str__(self) -> str:
        return f"{self.where}: expected {self.expected}, found {self.found}"


# --- comparing ----------------------------------------------------------------------------------


def relaxed(text: str | None) -> str:
    """Label text compared loosely: case, punctuation, "(*)", possessive "'s" and runs of white
    space do not count (RMI re-punctuates headers between releases)."""
    s = (text or "").lower().replace("’", "'")
    s = re.sub(r"\(\*\)|\(\d\)", " ", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w%]+", " ", s)
    return " ".join(s.split())


def _label_keys(tpl: TemplateDef) -> list[tuple[str, str, bool]]:
    """(L key, expected English text, compare the whole text) the definition relies on: company
    field labels in full; questions by their number or letter (the drop-downs prove the rest)."""
    out = [(f"{DECLARATION}B{f.cell[1:]}", f.label, True) for f in tpl.company_fields]
    out += [(f"{DECLARATION}B{q.header_row}", f"{q.number})", False) for q in tpl.questions]
    out += [(f"{DECLARATION}B{q.row}", f"{q.letter}.", False) for q in tpl.company_questions]
    return out


def differences(facts: WorkbookFacts, tpl: TemplateDef) -> list[Difference]:
    """Every way `facts` differ from `tpl`, in the order a person would look: sheets, labels,
    input cells, list headers."""
    out: list[Difference] = []
    missing = [s for s in tpl.sheets if s not in facts.sheets]
    extra = [s for s in facts.sheets if s not in tpl.sheets]
    if missing:
        out.append(Difference("sheets", "sheet(s) " + ", ".join(missing), "none"))
    if extra:
        out.append(Difference("sheets", "no other sheets", ", ".join(extra)))
    for key, text, whole in _label_keys(tpl):
        found = facts.english.get(key)
        where = f"label {key[len(DECLARATION) :]}" if key.startswith(DECLARATION) else key
        if found is None:
            out.append(Difference(where, f'"{text}"', "no such label"))
        elif whole and relaxed(found) != relaxed(text):
            out.append(Difference(where, f'"{text}"', f'"{found.strip()}"'))
        elif not whole and not found.strip().startswith(text):
            out.append(Difference(where, f'question "{text}"', f'"{found.strip()[:60]}"'))
    for cell, want in input_cells(tpl):
        got = facts.validations.get(cell)
        if got != want:
            found = got.describe() if got else "no validation"
            out.append(Difference(f"{DECLARATION}!{cell}", want.describe(), found))
    for ls in lists_of(tpl):
        headers = facts.list_headers.get(ls.sheet, {}).get(ls.header_row, {})
        for col in ls.columns:
            ref = f"{col.letter}{ls.header_row}"
            found = facts.english.get(f"{ls.sheet}{ref}", headers.get(col.letter))
            if relaxed(found) != relaxed(col.header):
                shown = f'"{found.strip()}"' if found else "an empty header"
                out.append(Difference(f"{ls.sheet}!{ref}", f'"{col.header}"', shown))
    return out


# --- deciding -----------------------------------------------------------------------------------


class TemplateMismatch(UnreadableWorkbook):
    """The workbook is not the template it claims to be; the message names the first differences."""

    def __init__(self, message: str, found: list[Difference]) -> None:
        super().__init__("template-mismatch", message)
        self.differences = found


def describe(found: list[Difference], limit: int = SHOWN_DIFFERENCES) -> str:
    shown = "; ".join(str(d) for d in found[:limit])
    more = f" (and {len(found) - limit} more)" if len(found) > limit else ""
    return shown + more


def mismatch(claimed: str, tpl: TemplateDef, found: list[Difference]) -> TemplateMismatch:
    same = claimed == f"{tpl.family} {tpl.version}"
    against = "" if same else f" (compared with the layout of {tpl.family} {tpl.version})"
    return TemplateMismatch(
        f"it says it is {claimed}, but its structure differs from that template{against}: "
        f"{describe(found)}. Nothing was written into it. Use the blank {claimed} exactly as "
        "downloaded from RMI (or sent by your customer, unchanged); if it is genuine, RMI "
        "changed the template and MRT Desk needs an update for it",
        found,
    )


@dataclass(frozen=True)
class Verified:
    """A workbook proven to have the structure of `template` (its own revision may be newer)."""

    family: str
    version_in_file: str
    template: TemplateDef

    @property
    def label(self) -> str:
        return layout_label(self.family, self.version_in_file, self.template)


def layout_label(family: str, version_in_file: str, tpl: TemplateDef) -> str:
    """ "CMRT 6.5", or "CMRT 6.7 — layout of CMRT 6.6, verified" for a newer revision."""
    return revision_label(family, version_in_file, tpl.version)


def candidates(family: str, version: str) -> list[TemplateDef]:
    """The definitions a `family` `version` workbook may be: its own, or for a revision newer
    than every definition, each known one, newest first."""
    known = templates.newest_first(family)
    exact = [t for t in known if t.version == version]
    if exact:
        return exact
    newest = max(version_key(t.version) for t in known) if known else None
    if newest is not None and version_key(version) > newest:
        return list(known)
    return []


def verify(facts: WorkbookFacts, family: str, version: str) -> Verified:
    """The definition `facts` match, or `TemplateMismatch` naming the first differences from the
    definition it claims (for a newer revision: from the known layout it differs least from)."""
    options = candidates(family, version)
    claimed = f"{family} {version}"
    if not options:
        raise UnreadableWorkbook(
            "unsupported-version",
            f"it says it is {claimed}, a revision MRT Desk has no definition for: "
            f"use the current {templates.latest(family).family} {templates.latest(family).version}",
        )
    closest: tuple[TemplateDef, list[Difference]] | None = None
    for tpl in options:
        found = differences(facts, tpl)
        if not found:
            return Verified(family, version, tpl)
        if closest is None or len(found) < len(closest[1]):
            closest = (tpl, found)
    assert closest is not None
    raise mismatch(claimed, *closest)


def require_template(
    pkg: Package, tpl: TemplateDef, version_in_file: str, name: str = ""
) -> Verified:
    """`verify` for an opened package read as `tpl` (the one-line hook of the library); the
    refusal's message starts with the file's `name`."""
    try:
        return verify(read_facts(pkg), tpl.family, version_in_file)
    except TemplateMismatch as exc:
        raise TemplateMismatch(f"{name}: {exc}" if name else str(exc), exc.differences) from None


_STAMP = re.compile(r"Revision\s+(\d+(?:\.\d+)+)")
_PROVEN: dict[str, TemplateDef] = {}
"""SHA-256 of a package → the definition it was proven to have (its revision stamp is part of
its content): an app session that exports into the same library workbook again neither reads
the stamp nor verifies the package again."""
_PROVEN_MAX = 32


def remember_proof(sha256: str, family: str, layout_version: str) -> None:
    """What an earlier verification of the same content proved: the package whose SHA-256 is
    `sha256` has the layout of `family` `layout_version` (the template library verifies each
    workbook when it is added and keeps it by its SHA-256). `template_of_zip` then takes it
    without verifying again, for exactly that content."""
    tpl = next((t for t in templates.newest_first(family) if t.version == layout_version), None)
    if tpl is None:  # a definition this version of the app no longer has: verify as usual
        return
    if len(_PROVEN) >= _PROVEN_MAX:
        _PROVEN.clear()
    _PROVEN[sha256.lower()] = tpl


def template_of_zip(
    zf: zipfile.ZipFile,
    revision_of: Callable[[], str | None],
    error: type[Exception] = ValueError,
) -> TemplateDef:
    """For the writer: the definition the package open in `zf` is proven to have;
    `revision_of()` reads its revision stamp (`Declaration!J3`), asked only for a package not
    proven in this process; an `error` (the writer's `TemplateFileError`) says why there is
    none."""
    fp = zf.fp
    if fp is None:
        raise error("the package is closed")
    where = fp.tell()
    fp.seek(0)
    data = fp.read()
    fp.seek(where)
    digest = hashlib.sha256(data).hexdigest()
    if digest in _PROVEN:
        return _PROVEN[digest]
    m = _STAMP.search(revision_of() or "")
    if not m:
        raise error(
            'Declaration!J3 has no revision stamp ("Revision X.Y"): '
            "this is not an official RMI template"
        )
    try:
        facts = read_facts(Package(data))
        family = family_from_text(facts.title())
        if family not in templates.FAMILIES:
            raise error("its title (Declaration!D2) names no AMRT, CMRT, CRT or EMRT")
        tpl = verify(facts, family, m.group(1)).template
    except UnreadableWorkbook as exc:
        raise error(str(exc)) from None
    if len(_PROVEN) >= _PROVEN_MAX:
        _PROVEN.clear()
    _PROVEN[digest] = tpl
    return tpl


__all__ = [
    "Difference",
    "TemplateMismatch",
    "Validation",
    "Verified",
    "WorkbookFacts",
    "differences",
    "input_cells",
    "read_facts",
    "remember_proof",
    "require_template",
    "template_of_zip",
    "verify",
]
