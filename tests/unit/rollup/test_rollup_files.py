"""Roll-ups of real received workbooks: the filled CMRT 6.4 fixtures, exported variants of them,
and broken files, which are reported and skipped."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import openpyxl
from rollup_inputs import JX, SK, read_decl, write_variant

from forms import templates
from forms.declaration import Smelter, new_declaration
from forms.rollup import merge_into, rollup


def _metal_cids(path: Path) -> set[tuple[str, str]]:
    """(metal, CID) of every Smelter List row, read independently with openpyxl."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # openpyxl: unsupported x14 extensions
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        rows = wb["Smelter List"].iter_rows(min_row=5, max_col=6, values_only=True)
        found = {(str(r[1]).casefold(), str(r[5])) for r in rows if r[1] and r[5]}
        wb.close()
    return found


def test_inbox_with_broken_files(inbox: Path, filled_dir: Path):
    files = sorted(inbox.iterdir())
    result = rollup(files)
    assert [Path(s.file).name for s in result.suppliers] == [p.name for p in files]
    ok = {Path(s.file).name: s for s in result.suppliers if s.status == "ok"}
    assert set(ok) == {"a_jx.xlsx", "b_sk.xlsx"}
    assert ok["a_jx.xlsx"].company_name == "JX Advanced Metals Corporation"
    assert (ok["b_sk.xlsx"].family, ok["b_sk.xlsx"].version) == ("CMRT", "6.4")
    assert ok["b_sk.xlsx"].smelter_count == 2
    for s in ok.values():
        assert isinstance(s.checker_remaining, int) and isinstance(s.red_flags, int)
        assert s.message is None
    bad = [s for s in result.suppliers if s.status == "unreadable"]
    assert len(bad) == 5
    assert all(s.message and s.smelter_count == 0 and s.family is None for s in bad)
    assert result.read_count == 2 and not result.cancelled

    expected = _metal_cids(filled_dir / JX) | _metal_cids(filled_dir / SK)
    got = {(fold_metal(c.smelter.metal), c.smelter.smelter_id) for c in result.smelters}
    assert got == expected
    assert len(result.smelters) == len(expected)
    shared = _metal_cids(filled_dir / JX) & _metal_cids(filled_dir / SK)
    assert shared  # the two suppliers report at least one smelter in common
    for c in result.smelters:
        both = (fold_metal(c.smelter.metal), c.smelter.smelter_id) in shared
        assert len(c.suppliers) == (2 if both else 1)


def fold_metal(metal: str | None) -> str:
    return (metal or "").casefold()


def test_missing_file_and_folder_are_reported(tmp_path: Path, filled_dir: Path):
    shutil.copy(filled_dir / SK, tmp_path / "sk.xlsx")
    (tmp_path / "folder.xlsx").mkdir()
    result = rollup([tmp_path / "gone.xlsx", tmp_path / "folder.xlsx", tmp_path / "sk.xlsx"])
    assert [s.status for s in result.suppliers] == ["unreadable", "unreadable", "ok"]
    assert all(s.message for s in result.suppliers[:2])


def test_progress_and_cancel(inbox: Path):
    files = sorted(inbox.iterdir())
    calls: list[tuple[int, int, str]] = []
    result = rollup(files, progress=lambda *a: calls.append(a))
    n = len(files)
    assert calls == [*((i, n, f.name) for i, f in enumerate(files)), (n, n, "")]
    assert len(result.suppliers) == n

    asked = []

    def cancel_after_two() -> bool:
        asked.append(1)
        return len(asked) > 2

    result = rollup(files, cancelled=cancel_after_two)
    assert result.cancelled and len(result.suppliers) == 2


def test_same_supplier_twice_is_named_once(tmp_path: Path, filled_dir: Path):
    for name in ("jx-q1.xlsx", "jx-q2.xlsx"):
        shutil.copy(filled_dir / JX, tmp_path / name)
    result = rollup(sorted(tmp_path.iterdir()))
    assert [s.status for s in result.suppliers] == ["ok", "ok"]
    assert all(c.suppliers == ["JX Advanced Metals Corporation"] for c in result.smelters)


def test_unlisted_smelters_merge_by_normalised_name_and_country(
    tmp_path: Path, filled_dir: Path, cmrt64_template: Path
):
    def unlisted(name: str, country: str) -> Smelter:
        return Smelter(metal="Tin", lookup_name="Smelter not listed", name=name, country=country)

    sk = filled_dir / SK
    files = [
        write_variant(read_decl(sk), cmrt64_template, tmp_path / "v1.xlsx", "One",
                      [unlisted("Acme Foundry Co., Ltd.", "CHINA")]),
        write_variant(read_decl(sk), cmrt64_template, tmp_path / "v2.xlsx", "",
                      [unlisted("ACME FOUNDRY LIMITED", "CHINA")]),
        write_variant(read_decl(sk), cmrt64_template, tmp_path / "v3.xlsx", "Three",
                      [unlisted("Acme Foundry", "INDIA")]),
    ]  # fmt: skip
    result = rollup(files)
    assert [s.status for s in result.suppliers] == ["ok"] * 3
    acme = [c for c in result.smelters if c.smelter.name and "acme" in c.smelter.name.lower()]
    assert [(c.smelter.country, c.suppliers) for c in acme] == [
        ("CHINA", ["One", "v2.xlsx"]),  # no company name: the file name stands in
        ("INDIA", ["Three"]),
    ]
    assert acme[0].smelter.name == "Acme Foundry Co., Ltd."  # the first report's spelling


def test_merge_into_a_new_declaration(inbox: Path):
    result = rollup(sorted(inbox.iterdir()))
    decl = new_declaration(templates.get("CMRT", "6.5"))
    added = merge_into(decl, result)
    assert len(added) == len(result.smelters) == len(decl.smelters)
    assert all(s.comments and s.comments.startswith("Reported by: ") for s in added)
    assert merge_into(decl, result) == []
