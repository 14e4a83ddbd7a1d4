"""Refreshes the interface translations: lupdate over desktop/ into every language's .ts, then
lrelease into the .qm files the app loads (both committed, so installs need no Qt tools).

    .venv/bin/python tools/update_translations.py            # after changing strings
    .venv/bin/python tools/update_translations.py --check    # exit 1 if stale or unfinished
    .venv/bin/python tools/update_translations.py --fill zh_CN=new.json   # merge translations

A --fill file is a JSON object: source text → translation (or "Context|source" → translation
for a text that reads differently in one place); it fills only unfinished entries. Then
translate what is left in Qt Linguist (`pyside6-linguist desktop/resources/translations/*.ts`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
TS_DIR = ROOT / "desktop" / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW", "ja", "ko", "th", "fr", "de", "es", "pt_BR")
"""English is the source language: it has no .ts."""


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (the project's virtualenv), else from PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project (PySide6) first")
    return found


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"mrtdesk_{lang}.ts"


def source_files() -> list[Path]:
    # The command line imports no Qt: it has nothing to translate.
    return sorted(p for p in SOURCES.rglob("*.py") if "cli" not in p.relative_to(SOURCES).parts)


def catalogue_source() -> str:
    """The wording of findings (`forms.rules.messages`) as translate() calls lupdate can read:
    the catalogue stays the one source of the English text."""
    sys.path.insert(0, str(ROOT))
    from forms.rules.messages import MESSAGES, TERMS

    texts = sorted({t for pair in MESSAGES.values() for t in pair if t})

    def call(context: str, text: str) -> str:
        return f"QCoreApplication.translate('{context}', {json.dumps(text, ensure_ascii=False)})"

    lines = ["from PySide6.QtCore import QCoreApplication"]
    lines += [call("Finding", t) for t in texts] + [call("FindingTerm", t) for t in TERMS]
    return "\n".join(lines) + "\n"


def lupdate(ts: Path, lang: str) -> None:
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    with tempfile.TemporaryDirectory() as tmp:
        catalogue = Path(tmp) / "finding_messages.py"
        catalogue.write_text(catalogue_source(), encoding="utf-8")
        subprocess.run(
            [tool("pyside6-lupdate"), *files, str(catalogue), "-ts", str(ts), "-no-obsolete",
             "-locations", "none", "-target-language", lang, "-silent"],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip


def lrelease(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> list[str]:
    """Sources with no finished translation (numerus forms count when any form is empty)."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            t = message.find("translation")
            forms = [] if t is None else [f.text for f in t.iter("numerusform")]
            empty = t is None or (not (t.text or "").strip() and not all(forms))
            if t is None or t.get("type") in ("unfinished", "vanished", "obsolete") or empty:
                out.append(f"{name}|{message.findtext('source', '')}")
    return out


def fill(ts: Path, translations: dict[str, str | list[str]]) -> int:
    """Write `translations` into the unfinished entries of `ts`; how many were filled.

    A text with %n has plural forms: give a list (one text serves every form)."""
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            t = message.find("translation")
            source = message.findtext("source", "")
            text = translations.get(f"{name}|{source}", translations.get(source))
            if t is None or t.get("type") != "unfinished" or not text:
                continue
            forms = list(t.iter("numerusform"))
            if forms:
                texts = [text] if isinstance(text, str) else list(text)
                for i, form in enumerate(forms):
                    form.text = texts[min(i, len(texts) - 1)]
            else:
                t.text = text if isinstance(text, str) else text[-1]
            del t.attrib["type"]
            count += 1
    _write(tree.getroot(), ts)
    return count


def _write(root: ET.Element, ts: Path) -> None:
    # Close to the layout lupdate writes; the tool runs lupdate again right after.
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def stale() -> list[str]:
    """Languages whose .ts would change if lupdate ran now (strings added, changed or gone)."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            ts = ts_path(lang)
            copy = ts_path(lang, Path(tmp))
            if ts.exists():
                shutil.copy(ts, copy)
            lupdate(copy, lang)
            if not ts.exists() or copy.read_bytes() != ts.read_bytes():
                out.append(lang)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="change nothing; report problems")
    parser.add_argument("--fill", action="append", default=[], metavar="LANG=FILE.json")
    args = parser.parse_args()
    if args.check:
        problems = [f"{lang}: out of date (run this tool)" for lang in stale()]
        for lang in LANGUAGES:
            left = unfinished(ts_path(lang))
            if left:
                problems.append(f"{lang}: {len(left)} unfinished, e.g. {left[0]!r}")
        print("\n".join(problems) or "all translations are complete and up to date")
        return 1 if problems else 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    fills = dict(item.split("=", 1) for item in args.fill)
    for lang in LANGUAGES:
        ts = ts_path(lang)
        lupdate(ts, lang)
        if lang in fills:
            doc = json.loads(Path(fills[lang]).read_text(encoding="utf-8"))
            print(f"{lang}: filled {fill(ts, doc)}")
            lupdate(ts, lang)  # back to lupdate's own layout
        lrelease(ts)
        left = unfinished(ts)
        print(f"{lang}: {len(left)} unfinished" if left else f"{lang}: complete")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
