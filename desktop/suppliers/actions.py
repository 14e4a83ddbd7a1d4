"""What the Suppliers window does with the store, apart from the widgets: the e-mails it
prepares, the intake it records, the answers and smelters it hands to a declaration.

Each function takes the typed store and plain values, so the window stays a thin layer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from db.store import Store
from db.store_suppliers import StoredEntry
from forms.atomic import write_atomic
from forms.declaration import Declaration
from forms.rollup import rollup, smelters_to_add
from forms.suppliers.intake import IntakeResult
from forms.suppliers.mails import Sender, feedback_eml, reminder_eml, request_eml
from forms.suppliers.model import Campaign, SupplierState
from forms.suppliers.response import Share, response_question, response_shares, suggest_option

OUTBOX = "outbox"
_UNSAFE = re.compile(r"[^\w.-]+")


def safe_name(text: str) -> str:
    return _UNSAFE.sub("_", text).strip("_")[:60] or "supplier"


def sender(store: Store) -> Sender:
    """Who the e-mails are from: the company profile, else the data folder's user."""
    profile = store.profile()
    company = (profile.name if profile else None) or "Our company"
    name = (profile.contact_name if profile else None) or ""
    email = (profile.contact_email if profile else None) or ""
    return Sender(company, name, email)


def mail_folder(data_dir: Path, campaign: Campaign, kind: str) -> Path:
    folder = data_dir / OUTBOX / safe_name(campaign.name) / kind
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def prepare_requests(
    store: Store, data_dir: Path, campaign_id: int, today: date
) -> tuple[list[Path], list[str]]:
    """A request e-mail for every supplier not yet asked, with the blank official templates
    attached; they are marked asked. Returns the files and the templates missing from the
    library (requested but not added: nothing can be attached for them)."""
    campaign = store.campaign(campaign_id)
    blanks, missing = [], []
    for t in campaign.templates:
        info = store.find_template(t.family, t.version)
        if info is None:
            missing.append(t.label)
        else:
            blanks.append((info.file_name, info.path))
    folder = mail_folder(data_dir, campaign, "requests")
    written, asked = [], []
    for e in store.campaign_entries(campaign_id):
        if e.entry.state is not SupplierState.NOT_ASKED:
            continue
        raw = request_eml(e.entry.supplier, campaign, blanks, sender(store))
        written.append(write_atomic(folder / f"{safe_name(e.entry.supplier.name)}.eml", raw))
        asked.append(e.supplier_id)
    store.mark_asked(campaign_id, asked, today)
    return written, missing


def prepare_reminders(store: Store, data_dir: Path, campaign_id: int, today: date) -> list[Path]:
    """A reminder for every asked supplier whose file is not in (or was sent back)."""
    campaign = store.campaign(campaign_id)
    folder = mail_folder(data_dir, campaign, "reminders")
    waiting = (SupplierState.ASKED, SupplierState.SENT_BACK)
    missing = [t.label for t in campaign.templates]
    out = []
    for e in store.campaign_entries(campaign_id):
        if e.entry.state not in waiting:
            continue
        raw = reminder_eml(e.entry.supplier, campaign, missing, sender(store))
        out.append(write_atomic(folder / f"{safe_name(e.entry.supplier.name)}.eml", raw))
        store.mark_reminded(campaign_id, e.supplier_id, today)
    return out


def record(store: Store, campaign_id: int, supplier_id: int, result: IntakeResult) -> None:
    store.record_intake(campaign_id, supplier_id, result.path, result.verdict, date.today())


def prepare_feedback(
    store: Store, data_dir: Path, campaign_id: int, supplier_id: int, result: IntakeResult
) -> Path:
    """The feedback e-mail on a file that was not accepted; the supplier is marked sent back."""
    campaign = store.campaign(campaign_id)
    supplier = next(s.supplier for s in store.suppliers() if s.id == supplier_id)
    raw = feedback_eml(supplier, result.path.name, result.verdict, sender(store), campaign=campaign)
    folder = mail_folder(data_dir, campaign, "feedback")
    path = write_atomic(
        folder / f"{safe_name(supplier.name)}-{safe_name(result.path.stem)}.eml", raw
    )
    store.mark_sent_back(campaign_id, supplier_id)
    return path


def shares(store: Store, campaign_id: int) -> tuple[list[Share], str | None]:
    """The response share per metal of the campaign's first template, and the number of the
    question it answers."""
    from forms import templates

    campaign = store.campaign(campaign_id)
    tpl = templates.get(campaign.templates[0].family, campaign.templates[0].version)
    entries = [e.entry for e in store.campaign_entries(campaign_id)]
    return response_shares(entries, tpl.minerals), response_question(tpl)


def suggested_answers(decl: Declaration, share_list: Sequence[Share]) -> dict[str, str]:
    """Field path → suggested answer, for the declaration's minerals that have a share."""
    number = response_question(decl.template)
    if number is None:
        return {}
    question = next(q for q in decl.template.questions if q.number == number)
    out = {}
    for share in share_list:
        if share.metal in decl.minerals_in_scope and share.fraction is not None:
            option = suggest_option(share.fraction, question.options_for(share.metal))
            if option is not None:
                out[f"answers.{share.metal}.{number}.answer"] = option
    return out


def accepted_files(entries: Sequence[StoredEntry]) -> list[Path]:
    return [
        e.file_path
        for e in entries
        if e.entry.state is SupplierState.ACCEPTED and e.file_path is not None
    ]


def fill_declaration(store: Store, campaign_id: int, decl_id: int) -> tuple[int, int]:
    """Roll up the campaign's accepted files into the declaration's Smelter List and set the
    suggested supplier-response answers: (smelters added, answers set)."""
    decl = store.load(decl_id).declaration
    files = accepted_files(store.campaign_entries(campaign_id))
    added = smelters_to_add(decl, rollup(files)) if files else []
    if added:
        store.replace_rows(decl_id, "smelters", [*decl.smelters, *added])
    answers = suggested_answers(decl, shares(store, campaign_id)[0])
    for path, value in answers.items():
        store.set_field(decl_id, path, value)
    return len(added), len(answers)
