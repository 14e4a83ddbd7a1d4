"""Workbooks encrypted with Excel's default key open without a password, as in Excel (issue 15,
17); only files that really need a password are refused as password-protected."""

from __future__ import annotations

import io
from pathlib import Path

import msoffcrypto
import pytest
from msoffcrypto.format.ooxml import OOXMLFile

from forms.workbook import reader
from forms.workbook.package import DEFAULT_PASSWORD

pytestmark = pytest.mark.shared

FILLED = "fixtures/filled/CMRT_6.4_JX_Advanced_Metals.xlsx"


def encrypted(source: Path, password: str, target: Path) -> Path:
    with source.open("rb") as fh:
        plain = OOXMLFile(fh)
        out = io.BytesIO()
        plain.encrypt(password, out)
    target.write_bytes(out.getvalue())
    assert msoffcrypto.OfficeFile(io.BytesIO(out.getvalue())).is_encrypted()
    return target


def test_default_key_workbook_reads_like_the_plain_one(tmp_path: Path, shared_dir: Path) -> None:
    source = shared_dir / FILLED
    path = encrypted(source, DEFAULT_PASSWORD, tmp_path / "velvet.xlsx")
    got, plain = reader.read_file(path), reader.read_file(source)
    assert got.template.key == "CMRT-6.4"
    assert got.declaration == plain.declaration


def test_the_velvetsweatshop_fixture_is_decrypted_and_identified(shared_dir: Path) -> None:
    path = shared_dir / "fixtures" / "bad" / "encrypted_velvetsweatshop.xlsx"
    with pytest.raises(reader.UnreadableWorkbook) as err:
        reader.read_file(path)
    # Decrypted: what is inside is an old CMRT, and the message says so (not "password").
    assert err.value.kind != "encrypted"
    assert "CMRT 2.03" in str(err.value) and "password" not in str(err.value)


def test_a_workbook_with_a_real_password_is_refused(tmp_path: Path, shared_dir: Path) -> None:
    path = encrypted(shared_dir / FILLED, "s3cret-Passw0rd", tmp_path / "locked.xlsx")
    with pytest.raises(reader.UnreadableWorkbook) as err:
        reader.read_file(path)
    assert err.value.kind == "encrypted"
    assert "password-protected" in str(err.value) and path.name in str(err.value)
