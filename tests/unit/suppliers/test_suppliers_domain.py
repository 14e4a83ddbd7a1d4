"""Suppliers' files in: matching a file to a supplier, the verdict with its reasons, the
response share and the answer it suggests, and the request, reminder and feedback e-mails."""

from __future__ import annotations

import email
from datetime import date
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from forms import templates
from forms.declaration import Smelter, new_declaration
from forms.suppliers.mails import Sender, feedback_eml, reminder_eml, request_eml
from forms.suppliers.matching import match_supplier
from forms.suppliers.model import (
    Campaign,
    CampaignEntry,
    Contact,
    RequestedTemplate,
    Supplier,
    SupplierState,
)
from forms.suppliers.response import response_question, response_shares, suggest_option
from forms.suppliers.verdict import Light, judge

ACME = Supplier("Acme Cables Co., Ltd.", (Contact("Li Wei", "li@acme-cables.cn"),), ("Tin",))
BETA = Supplier("Beta Metals GmbH", (Contact("", "ops@beta-metals.de"),), ("Gold", "Tin"))
GAMMA = Supplier("Gamma", (Contact("G", "g@gmail.com"),))
CAMPAIGN = Campaign(
    "2026 H2", "2026 H2", date(2026, 12, 15),
    (RequestedTemplate("CMRT", "6.5", accepted_from="6.31"),),
)  # fmt: skip
TODAY = date(2026, 12, 1)


class TestMatching:
    def test_by_company_name_despite_legal_form(self) -> None:
        m = match_supplier([ACME, BETA, GAMMA], company="ACME CABLES CO LTD")
        assert m.supplier == ACME and m.sure and m.how == "company name"

    def test_by_email_domain(self) -> None:
        m = match_supplier([ACME, BETA], company="Unknown", emails=["x@beta-metals.de"])
        assert m.supplier == BETA and m.sure

    def test_shared_webmail_domains_say_nothing(self) -> None:
        m = match_supplier([ACME, GAMMA], company="Unknown", emails=["someone@gmail.com"])
        assert m.supplier is None

    def test_by_file_name_is_not_sure(self) -> None:
        m = match_supplier([ACME, BETA], file_name="CMRT_Beta_Metals_2026.xlsx")
        assert m.supplier == BETA and not m.sure

    def test_two_close_candidates_ask_the_user(self) -> None:
        twin = Supplier("Acme Cables Ltd")
        m = match_supplier([ACME, twin], company="Acme Cables")
        assert not m.sure and set(m.candidates) == {ACME, twin}


def _decl(version: str = "6.5"):  # type: ignore[no-untyped-def]
    d = new_declaration(templates.get("CMRT", version))
    d.company.name = "Acme Cables Co., Ltd."
    d.company.contact_email = "li@acme-cables.cn"
    return d


class TestVerdict:
    def test_checker_errors_are_red(self) -> None:
        v = judge(_decl(), CAMPAIGN, today=TODAY)
        assert v.light is Light.RED and not v.accepted
        assert v.reasons[0].code == "INTAKE-CHECKER" and v.checker_remaining > 0
        assert v.company == "Acme Cables Co., Ltd." and v.contact_emails == ("li@acme-cables.cn",)

    def test_version_not_accepted_and_expired(self) -> None:
        codes = {r.code for r in judge(_decl("6.22"), CAMPAIGN, today=TODAY).reasons}
        assert {"INTAKE-VERSION", "INTAKE-EXPIRED"} <= codes
        assert "INTAKE-VERSION" not in {r.code for r in judge(_decl("6.4"), CAMPAIGN).reasons}

    def test_unknown_smelters_are_amber(self, shared_dir: Path) -> None:
        from forms.workbook.reader import read_file

        decl = read_file(
            shared_dir / "fixtures/filled/CMRT_6.4_JX_Advanced_Metals.xlsx"
        ).declaration
        v = judge(decl, CAMPAIGN, reference_cids={"CID002544"}, today=TODAY)
        assert v.light is Light.AMBER and v.accepted
        assert {r.code for r in v.reasons} == {"INTAKE-RED-FLAGS", "INTAKE-UNKNOWN-SMELTERS"}

    def test_an_empty_declaration_is_not_green(self) -> None:
        assert judge(_decl(), None, today=TODAY).light is Light.RED


class TestResponse:
    def test_share_per_metal_counts_asked_suppliers_who_answered(self) -> None:
        entries = [
            CampaignEntry(ACME, SupplierState.ACCEPTED),
            CampaignEntry(BETA, SupplierState.ASKED),
            CampaignEntry(GAMMA, SupplierState.SENT_BACK),  # no metals: counts for all
            CampaignEntry(Supplier("Not asked", metals=("Tin",))),
        ]
        shares = {s.metal: (s.answered, s.asked) for s in response_shares(entries, ["Tin", "Gold"])}
        assert shares == {"Tin": (2, 3), "Gold": (1, 2)}

    @pytest.mark.parametrize(
        ("fraction", "option"),
        [(1, "100%"), (0.95, "Greater than 90%"), (0.9, "Greater than 75%"),
         (2 / 3, "Greater than 50%"), (0.5, "50% or less"), (0, "None")],
    )  # fmt: skip
    def test_suggested_answer(self, fraction: float, option: str) -> None:
        tpl = templates.get("CMRT", "6.5")
        number = response_question(tpl)
        assert number == "6"
        q = next(q for q in tpl.questions if q.number == number)
        assert suggest_option(fraction, q.options) == option

    def test_emrt_and_crt_have_their_own_question(self) -> None:
        assert response_question(templates.get("EMRT", "2.1")) == "5"
        assert response_question(templates.get("CRT", "2.2")) == "4"


def _parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=default)
    assert isinstance(msg, EmailMessage)
    return msg


class TestMails:
    SENDER = Sender("Dongguan Cable", "Wang Fang", "wang@dg-cable.example")

    def test_request_attaches_the_blank_template(self, tmp_path: Path) -> None:
        blank = tmp_path / "RMI_CMRT_6.5.xlsx"
        blank.write_bytes(b"PK\x03\x04 official blank")
        msg = _parse(request_eml(ACME, CAMPAIGN, [(blank.name, blank)], self.SENDER))
        assert msg["To"] == "Li Wei <li@acme-cables.cn>"
        assert "CMRT 6.5" in msg["Subject"] and "15-Dec-2026" in msg["Subject"]
        assert msg["X-Unsent"] == "1"
        [att] = list(msg.iter_attachments())
        assert att.get_filename() == blank.name and att.get_content() == blank.read_bytes()
        body = msg.get_body(("plain",)).get_content()
        assert body.startswith("Dear Li Wei,") and "Checker sheet" in body

    def test_reminder_lists_what_is_missing(self) -> None:
        msg = _parse(reminder_eml(BETA, CAMPAIGN, ["CMRT 6.5"], self.SENDER))
        body = msg.get_body(("plain",)).get_content()
        assert body.startswith("Dear Beta Metals GmbH team,") and "• CMRT 6.5" in body

    def test_feedback_lists_every_problem_with_sheet_cell_and_what_to_do(self) -> None:
        d = _decl("6.22")
        d.smelters = [Smelter(metal="Tin")]
        v = judge(d, CAMPAIGN, today=TODAY)
        msg = _parse(feedback_eml(ACME, "acme.xlsx", v, self.SENDER, campaign=CAMPAIGN))
        body = msg.get_body(("plain",)).get_content()
        assert "acme.xlsx, CMRT 6.22" in body and "by 15-Dec-2026" in body
        assert "is not accepted in this campaign" in body
        errors = [f for f in v.findings if f.severity == "error"]
        assert errors and all(f.message in body for f in errors)
        assert (
            "• Required — Declaration sheet, cell D9: Declaration Scope or Class is missing."
            in body
        )
