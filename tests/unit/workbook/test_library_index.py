"""The template index: a damaged `index.json` is rebuilt from the stored workbooks (the store
still opens), and concurrent `templates add` from several processes lose no entry."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from db.store import Store
from forms.workbook.library import INDEX, TemplateLibrary

BASE = "RMI_CRT_2.2_zh.xlsx"
ROOT = Path(__file__).resolve().parents[3]

DAMAGE = {
    "garbage": b"\x00\xff not json",
    "truncated": b'{"entries": [{"sha256": "ab',
    "wrong shape": b'{"entries": 5}',
    "entry without keys": b'{"entries": [{"family": "CMRT"}]}',
    "deeply nested": b"[" * 100_000 + b"]" * 100_000,
    "empty": b"",
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_index_is_rebuilt_and_the_store_opens(
    templates_dir: Path, tmp_path: Path, damage: str
) -> None:
    data_dir = tmp_path / "data"
    added = TemplateLibrary(data_dir).add(templates_dir / BASE)
    index = data_dir / "templates" / INDEX
    index.write_bytes(DAMAGE[damage])
    with Store.open(data_dir) as store:
        assert [(t.family, t.version) for t in store.templates()] == [("CRT", "2.2")]
    entries = TemplateLibrary(data_dir).entries()
    assert [(e.sha256, e.family, e.version) for e in entries] == [(added.sha256, "CRT", "2.2")]
    assert json.loads(index.read_text(encoding="utf-8"))["entries"][0]["sha256"] == added.sha256
    assert (index.parent / (INDEX + ".damaged")).read_bytes() == DAMAGE[damage]


def test_a_missing_index_and_a_damaged_cache_are_rebuilt(
    templates_dir: Path, tmp_path: Path
) -> None:
    lib = TemplateLibrary(tmp_path)
    added = lib.add(templates_dir / BASE)
    (lib.folder / INDEX).unlink()
    (lib.folder / f"{added.sha256}.json").write_text("{", encoding="utf-8")
    (found,) = lib.entries()
    assert found.sha256 == added.sha256
    assert len(lib.reference(found).lookup) == 90


def _copies(source: Path, folder: Path, count: int) -> list[Path]:
    """`count` copies of a blank template that differ in one property, so in their hash."""
    folder.mkdir()
    out = []
    for i in range(count):
        path = folder / f"copy{i}.xlsx"
        with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
            for info in src.infolist():
                data = src.read(info)
                if info.filename == "docProps/core.xml":
                    data = data.replace(
                        b"</cp:coreProperties>", b" " * (i + 1) + b"</cp:coreProperties>"
                    )
                dst.writestr(info, data)
        out.append(path)
    return out


def test_concurrent_adds_lose_no_entry(templates_dir: Path, tmp_path: Path) -> None:
    files = _copies(templates_dir / BASE, tmp_path / "in", 6)
    data_dir = tmp_path / "data"
    go = tmp_path / "go"
    script = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from forms.workbook.library import TemplateLibrary
        from forms.workbook.reader import read_package  # loaded before the start signal
        go = Path(sys.argv[1])
        while not go.exists():
            time.sleep(0.005)
        TemplateLibrary(Path(sys.argv[2])).add(Path(sys.argv[3]))
        """
    )
    children = [
        subprocess.Popen([sys.executable, "-c", script, str(go), str(data_dir), str(f)], cwd=ROOT)
        for f in files
    ]
    go.touch()
    assert [c.wait(timeout=120) for c in children] == [0] * len(files)
    assert len(TemplateLibrary(data_dir).entries()) == len(files)
