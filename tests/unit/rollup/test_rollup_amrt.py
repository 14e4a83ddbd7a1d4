"""Received AMRT files: the roll-up reads them beside CMRTs, the store imports them (named
minerals, answers and smelters kept) and their minerals can be changed afterwards."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db.store import Store
from forms import templates
from forms.declaration import Declaration, Smelter, new_declaration
from forms.rollup import rollup
from forms.workbook.writer import export_official
from tests.conftest import AMRT_FILES

pytestmark = pytest.mark.shared


def _amrt(version: str) -> Declaration:
    d = new_declaration(templates.get("AMRT", version))
    d.company.name = f"Supplier {version}"
    d.minerals_in_scope = ["Zinc", "Gallium"]
    d.ensure_shape()
    d.answers["Zinc"]["1"].answer = "Yes"
    d.answers["Gallium"]["1"].answer = "No"
    d.smelters = [
        Smelter(metal="Zinc", lookup_name="Some Smelter", name="Zinc Works", country="CHINA")
    ]
    return d


@pytest.fixture
def received(tmp_path: Path, templates_dir: Path, shared_dir: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for key, name in AMRT_FILES.items():
        export_official(_amrt(key.split("-")[1]), templates_dir / name, folder / f"{key}.xlsx")
    shutil.copy(
        shared_dir / "fixtures" / "filled" / "CMRT_6.4_SK_specialty.xlsx", folder / "cmrt.xlsx"
    )
    return folder


def test_rollup_reads_amrt_files(received: Path) -> None:
    rolled = rollup(sorted(received.glob("*.xlsx")))
    by_file = {Path(s.file).stem: s for s in rolled.suppliers}
    for key in AMRT_FILES:
        s = by_file[key]
        assert (s.status, s.family, s.version) == ("ok", "AMRT", key.split("-")[1])
        assert s.smelter_count == 1
    assert by_file["cmrt"].status == "ok"
    assert any(r.smelter.metal == "Zinc" for r in rolled.smelters)


def test_store_imports_an_amrt_and_edits_its_minerals(received: Path, tmp_path: Path) -> None:
    with Store.open(tmp_path / "data", user="qa") as store:
        decl_id = store.import_workbook(received / "AMRT-1.3.xlsx")
        decl = store.load(decl_id).declaration
        assert (decl.family, decl.version) == ("AMRT", "1.3")
        assert sorted(decl.minerals_in_scope) == ["Gallium", "Zinc"]
        assert decl.answer("Zinc", "1") == "Yes"
        store.set_field(decl_id, "mineral_reasons.Zinc.answer", "Galvanised parts")
        store.set_minerals(decl_id, ["Zinc", "Gallium", "Bismuth"])
        again = store.load(decl_id).declaration
        assert sorted(again.minerals_in_scope) == ["Bismuth", "Gallium", "Zinc"]
        assert again.answer("Zinc", "1") == "Yes"
        assert again.mineral_reasons["Zinc"].answer == "Galvanised parts"
        assert again.mineral_reasons["Bismuth"].answer is None
