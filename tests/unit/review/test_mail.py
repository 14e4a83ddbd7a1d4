"""The e-mail draft: parsed back with Python's email package (headers, body, attachments)."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from review_samples import current_cmrt

from forms import templates
from forms.declaration import new_declaration
from forms.review.mail import (
    XLSX_TYPE,
    ExportedDeclaration,
    build_eml,
    rmi_date,
    subject,
    summary_text,
    write_eml,
)
from forms.review.requests import Customer
from tests.conftest import TEMPLATE_FILES

CUSTOMER = Customer("Lenovo", "supplier.compliance@lenovo.example")


def _parse(data: bytes) -> EmailMessage:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


@pytest.fixture
def exported(tmp_path: Path, shared_dir: Path) -> list[ExportedDeclaration]:
    """Two real workbooks (a filled CMRT and the official EMRT 2.1), under non-ASCII names."""
    cmrt_file = tmp_path / "东莞精密电缆-CMRT-2026-11-28.xlsx"
    cmrt_file.write_bytes((shared_dir / "fixtures/filled/CMRT_6.4_SK_specialty.xlsx").read_bytes())
    emrt_file = tmp_path / "Dongguan Precision Cable-EMRT-2026-11-28.xlsx"
    emrt_file.write_bytes((shared_dir / "rmi-templates" / TEMPLATE_FILES["EMRT-2.1"]).read_bytes())
    emrt = new_declaration(templates.get("EMRT", "2.1"))
    emrt.minerals_in_scope = ["Cobalt"]
    emrt.ensure_shape()
    emrt.company.name = current_cmrt().company.name
    emrt.company.effective_date = "2026-11-28"
    return [ExportedDeclaration(current_cmrt(), cmrt_file), ExportedDeclaration(emrt, emrt_file)]


def test_eml_headers_body_and_attachments(exported: list[ExportedDeclaration]) -> None:
    when = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    data = build_eml(CUSTOMER, exported, "Acme Components", sender_email="li.wei@acme.example",
                     sender_name="李伟 Li Wei", when=when)  # fmt: skip
    msg = _parse(data)
    assert msg["To"] == "Lenovo <supplier.compliance@lenovo.example>"
    assert msg["To"].addresses[0].addr_spec == CUSTOMER.contact_email
    assert msg["From"].addresses[0].display_name == "李伟 Li Wei"
    assert msg["Subject"] == "Acme Components — CMRT 6.5, EMRT 2.1 (effective 28-Nov-2026)"
    assert msg["X-Unsent"] == "1"
    assert msg["Date"].datetime == when
    assert msg.get_content_type() == "multipart/mixed"

    body = msg.get_body(preferencelist=("plain",))
    assert body is not None and body.get_content_charset() == "utf-8"
    text = body.get_content()
    assert "Dear Lenovo team" in text
    assert "CMRT 6.5 — 东莞精密电缆有限公司 Dongguan Precision Cable Co., Ltd." in text
    assert "Completeness (RMI Checker): 1 required fields still empty" in text
    assert "Tin smelters: 2 (1 not listed)" in text
    assert "File: 东莞精密电缆-CMRT-2026-11-28.xlsx" in text
    assert "Minerals in scope: Cobalt" in text

    attachments = list(msg.iter_attachments())
    assert [a.get_filename() for a in attachments] == [e.file.name for e in exported]
    for part, e in zip(attachments, exported, strict=True):
        assert part.get_content_type() == "/".join(XLSX_TYPE)
        assert part.get_content_disposition() == "attachment"
        assert part.get_content() == e.file.read_bytes()


def test_eml_is_seven_bit_on_the_wire(exported: list[ExportedDeclaration]) -> None:
    data = build_eml(CUSTOMER, exported, "东莞精密电缆有限公司")
    assert data.isascii()  # quoted-printable body, encoded headers and file names
    msg = _parse(data)
    assert msg["From"] is None
    assert msg["Subject"].startswith("东莞精密电缆有限公司 — CMRT 6.5, EMRT 2.1")


def test_write_eml_is_atomic_and_readable(
    tmp_path: Path, exported: list[ExportedDeclaration]
) -> None:
    data = build_eml(CUSTOMER, exported[:1], "Acme Components")
    target = tmp_path / "to Lenovo.eml"
    target.write_bytes(b"old")
    assert write_eml(target, data) == target
    assert target.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".eml", ".tmp")) == [
        "to Lenovo.eml"
    ]


def test_subject_with_different_or_missing_dates() -> None:
    a, b = current_cmrt(), new_declaration(templates.get("CRT", "2.2"))
    b.company.effective_date = "2026-06-01"
    assert subject("Acme", [a, b]) == (
        "Acme — CMRT 6.5 (effective 28-Nov-2026), CRT 2.2 (effective 01-Jun-2026)"
    )
    b.company.effective_date = None
    a.company.effective_date = None
    assert subject("Acme", [a, b]) == "Acme — CMRT 6.5, CRT 2.2"


def test_rmi_date() -> None:
    assert rmi_date("2028-02-29") == "29-Feb-2028"
    assert rmi_date("soon") == "soon"
    assert rmi_date(None) is None


def test_summary_text_for_the_copy_button() -> None:
    text = summary_text([current_cmrt()], ["a.xlsx"])
    assert (
        text.splitlines()[0] == "CMRT 6.5 — 东莞精密电缆有限公司 Dongguan Precision Cable Co., Ltd."
    )
    assert "  Effective date: 28-Nov-2026" in text
    assert "  Gold smelters: 2 (1 not yet identified)" in text
    assert "  File: a.xlsx" in text
    empty = summary_text([new_declaration(templates.get("CRT", "2.2"))])
    assert "Smelters: none listed" in empty and "File:" not in empty
