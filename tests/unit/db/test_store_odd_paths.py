"""A data folder whose path looks like part of a URL ("?", "%41", "#") keeps its database inside."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.store import DB_NAME, Store
from forms.declaration import Declaration


@pytest.mark.parametrize("name", ["what?mode=ro", "100%41 sure", "a#b?c=d&e"])
def test_database_lands_inside_an_odd_data_folder(
    tmp_path: Path, cmrt: Declaration, name: str
) -> None:
    data_dir = tmp_path / name
    with Store.open(data_dir) as s:
        decl_id = s.create(cmrt)
    assert (data_dir / DB_NAME).stat().st_size > 0
    # Nothing was created beside the folder: the whole path is the file name.
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    with Store.open(data_dir) as s:
        assert s.load(decl_id).declaration.company.name == cmrt.company.name
