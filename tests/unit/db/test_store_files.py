"""The store and workbooks: import leaves the source as it was, export round-trips, library."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from db.store import Store
from forms.declaration import to_json

reader = pytest.importorskip("forms.workbook.reader", reason="the workbook reader is not built")
writer = pytest.importorskip("forms.workbook.writer", reason="the workbook writer is not built")

FILLED = "fixtures/filled/CMRT_6.4_JX_Advanced_Metals.xlsx"
BLANK = "rmi-templates/RMI_CMRT_6.4.xlsx"


def test_import_keeps_name_and_hash_and_never_touches_the_source(
    store: Store, shared_dir: Path
) -> None:
    source = shared_dir / FILLED
    before = (source.read_bytes(), os.stat(source).st_mtime_ns)
    decl_id = store.import_workbook(source)
    stored = store.load(decl_id)
    assert stored.source_file == source.name
    assert stored.source_sha256 == hashlib.sha256(before[0]).hexdigest()
    assert (source.read_bytes(), os.stat(source).st_mtime_ns) == before
    expected = reader.read_file(source).declaration
    assert to_json(stored.declaration) == to_json(expected)


def test_round_trip_workbook_import_export_inspect(
    store: Store, shared_dir: Path, tmp_path: Path
) -> None:
    source = shared_dir / FILLED
    decl_id = store.import_workbook(source)
    result = store.export(decl_id, tmp_path / "out.xlsx", template=shared_dir / BLANK)
    assert result.official
    again = reader.read_file(tmp_path / "out.xlsx").declaration
    assert to_json(again) == to_json(reader.read_file(source).declaration)
    stored = store.load(decl_id)
    assert stored.template_sha256 == hashlib.sha256((shared_dir / BLANK).read_bytes()).hexdigest()
    assert store.history(decl_id)[-1].field == "exported"


def test_export_without_a_template_writes_the_compatible_layout(
    store: Store, shared_dir: Path, tmp_path: Path
) -> None:
    decl_id = store.import_workbook(shared_dir / FILLED)
    result = store.export(decl_id, tmp_path / "layout.xlsx")
    assert not result.official
    again = reader.read_file(tmp_path / "layout.xlsx").declaration
    assert to_json(again) == to_json(store.load(decl_id).declaration)


def test_template_library_in_sqlite(store: Store, shared_dir: Path, tmp_path: Path) -> None:
    info = store.add_template(shared_dir / BLANK)
    assert (info.family, info.version) == ("CMRT", "6.4")
    assert info.path.is_file()
    assert store.templates() == [info]
    assert store.find_template("CMRT", "6.4") == info
    with store._unit() as s:
        from db import library

        cids = library.reference_cids(s, "CMRT", "6.4")
        assert cids and len(cids) > 100
        assert library.countries(s, info.sha256)
    decl_id = store.import_workbook(shared_dir / FILLED)
    assert store.export(decl_id, tmp_path / "official.xlsx").official  # the library's copy


def test_templates_added_outside_the_store_are_taken_in(data_dir: Path, shared_dir: Path) -> None:
    library = pytest.importorskip("forms.workbook.library")
    library.TemplateLibrary(data_dir).add(shared_dir / BLANK)
    with Store.open(data_dir) as s:
        assert [(t.family, t.version) for t in s.templates()] == [("CMRT", "6.4")]


def test_unreadable_workbook_creates_nothing(store: Store, shared_dir: Path) -> None:
    with pytest.raises(reader.UnreadableWorkbook):
        store.import_workbook(shared_dir / "fixtures/bad/jpeg_renamed.xls")
    assert store.list_declarations(include_deleted=True) == []


def test_a_library_workbook_is_not_verified_again_at_its_first_export(
    store: Store, shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library verified the workbook when it was added and keeps it by its SHA-256: an
    export into it, in a session that has proven nothing yet, takes that proof; a library file
    changed on disk since is verified again (and refused when it no longer matches)."""
    from forms.workbook import verify

    info = store.add_template(shared_dir / BLANK)
    decl_id = store.import_workbook(shared_dir / FILLED)
    monkeypatch.setattr(verify, "_PROVEN", {})  # a new session
    verified: list[int] = []
    real = verify.read_facts
    monkeypatch.setattr(verify, "read_facts", lambda pkg: verified.append(1) or real(pkg))
    assert store.export(decl_id, tmp_path / "first.xlsx").official
    assert verified == []
    # Written again on disk (the same parts, compressed otherwise): other bytes, so verified.
    import zipfile

    monkeypatch.setattr(verify, "_PROVEN", {})
    with zipfile.ZipFile(info.path) as old:
        parts = [(i, old.read(i)) for i in old.infolist()]
    info.path.chmod(0o644)
    with zipfile.ZipFile(info.path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as new:
        for item, data in parts:
            new.writestr(item.filename, data)
    assert store.export(decl_id, tmp_path / "second.xlsx").official
    assert verified == [1]
