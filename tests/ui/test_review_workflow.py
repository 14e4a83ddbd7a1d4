"""The review workflow in the app: a declaration goes from draft through review (comments,
changes requested, edits, approval, the warning before editing an approved one) to an e-mail
with the exported workbook and "sent"; the review report; the due and overdue panel."""

from __future__ import annotations

import email
import email.policy
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu
from ui_driver import type_into

import desktop.review.comments_ui as comments_module
import desktop.review.controller as controller_module
from desktop.dialogs.email_dialog import EmailDialog
from desktop.dialogs.requests_dialog import RequestsDialog
from forms import templates
from forms.declaration import Smelter, new_declaration
from forms.review import Customer, Request, RequestedTemplate, Status, lenovo_preset
from forms.templates.common import NOT_LISTED

LENOVO = Customer("Lenovo", "supplier.compliance@lenovo.example")


def _click(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    button = window.review.bar.findChild(type(window.review.bar.report_button), name)
    assert button is not None, f"no {name} button; status {window.review.status}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


_MENUS: list[QMenu] = []  # the menus live until their actions were triggered


def _menu_action(window, path: str, name: str):  # type: ignore[no-untyped-def]
    """The actions named `name` of the context menu a right-click on `path` shows."""
    menu = window.review.comments.menu_for(path, QMenu())
    _MENUS.append(menu)
    return [a for a in menu.actions() if a.objectName() == name]


@pytest.fixture
def opened(window):  # type: ignore[no-untyped-def]
    store = window.store
    store.add_customer(LENOVO.name, LENOVO.contact_email)
    request_id = store.add_request(lenovo_preset(LENOVO, date.today()))
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.name = "Acme Components Ltd"
    decl.company.contact_email = "jane@acme.example"
    decl.company.effective_date = "2026-11-28"
    decl.smelters = [Smelter(metal="Tin", lookup_name=NOT_LISTED, name="Works", country="BOLIVIA")]
    decl_id = store.create(decl, customer="Lenovo", period="2026 H2")
    window.open_declaration(decl_id)
    return decl_id, request_id


def test_a_review_from_draft_to_sent(  # type: ignore[no-untyped-def]
    qtbot, window, opened, monkeypatch, message_boxes, tmp_path
):
    decl_id, request_id = opened
    store, review = window.store, window.review
    editor = window.editor
    assert review.status is Status.DRAFT
    assert not review.bar.email_button.isEnabled()
    assert "review.to.sent" not in {b.objectName() for b in review.bar.buttons.values()}
    _click(qtbot, window, "review.to.in_review")
    assert review.status is Status.IN_REVIEW and "In review" in review.bar.status_label.text()

    # The reviewer comments on a field and on a smelter row, and requests changes.
    said = iter(["Use the legal name", "Which smelter is this?"])
    monkeypatch.setattr(comments_module, "ask_comment", lambda *_a: next(said))
    [comment] = _menu_action(window, "company.name", "review.comment")
    comment.trigger()
    _menu_action(window, "smelters[0]", "review.comment")[0].trigger()
    marker = review.comments.markers["company.name"]
    assert "Use the legal name" in (marker.tooltip or "")
    assert len(review.comments.items()) == 2
    assert "Review comments: 2 open" in review.comments.group.text(0)
    assert "Which smelter" in review.comments.row_labels["smelters"].text()
    _click(qtbot, window, "review.to.changes_requested")
    assert review.status is Status.CHANGES_REQUESTED

    # The author edits (no warning while not approved), resolves, and submits again.
    type_into(qtbot, editor, "company.name", "Acme Components Limited")
    assert message_boxes == []
    for path in ("company.name", "smelters[0]"):
        _menu_action(window, path, "review.resolve")[0].trigger()
    assert review.comments.items() == [] and marker.tooltip is None
    assert {n.resolved_by for n in store.review_comments(decl_id)} == {store.user}
    _click(qtbot, window, "review.to.in_review")
    _click(qtbot, window, "review.to.approved")
    assert review.status is Status.APPROVED and review.bar.email_button.isEnabled()

    # Editing the approved declaration warns first, then takes it back to draft.
    type_into(qtbot, editor, "company.contact_name", "Jane Doe")
    assert [kind for kind, _t, _x in message_boxes] == ["question"]
    assert "approved" in message_boxes[0][2]
    assert store.status(decl_id) is Status.DRAFT and review.status is Status.DRAFT
    assert store.load(decl_id).declaration.company.contact_name == "Jane Doe"
    _click(qtbot, window, "review.to.in_review")
    _click(qtbot, window, "review.to.approved")

    # The review report.
    pdf = tmp_path / "review.pdf"
    monkeypatch.setattr(controller_module, "ask_pdf_path", lambda *_a: str(pdf))
    qtbot.mouseClick(review.bar.report_button, Qt.MouseButton.LeftButton)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Acme Components Limited" in text and "Use the legal name" in text
    assert "approved" in text

    # Prepare the e-mail: exported into the outbox, opened in the "mail program".
    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url) or True)
    qtbot.mouseClick(review.bar.email_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.email_dialog is not None, timeout=30000)  # after the export
    dialog = review.email_dialog
    assert isinstance(dialog, EmailDialog) and dialog.isVisible()
    assert dialog.to_email.text() == LENOVO.contact_email
    assert dialog.request_combo.currentData() == request_id
    workbook = dialog.exported[0].file
    assert workbook.parent == window.data_dir / "outbox" and workbook.suffix == ".xlsx"
    assert dialog.subject.text() == "Acme Components Limited — CMRT 6.5 (effective 28-Nov-2026)"
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.eml_path is not None and [u.toLocalFile() for u in opened_urls] == [
        str(dialog.eml_path)
    ]
    msg = email.message_from_bytes(dialog.eml_path.read_bytes(), policy=email.policy.default)
    assert msg["To"].addresses[0].addr_spec == LENOVO.contact_email
    assert msg["Subject"] == dialog.subject.text()
    [attachment] = list(msg.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_filename() == workbook.name
    assert attachment.get_content() == workbook.read_bytes()
    assert "Acme Components Limited" in msg.get_body(preferencelist=("plain",)).get_content()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "CMRT 6.5 — Acme Components Limited" in QGuiApplication.clipboard().text()

    # Mark as sent: the status, the request, and the history say so.
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert store.status(decl_id) is Status.SENT and review.status is Status.SENT
    assert "Sent" in review.bar.status_label.text()
    by_id = {r.id: r.request for r in store.requests()}
    assert by_id[request_id].sent_on == date.today()
    moves = [(t.from_status.value, t.to_status.value) for t in store.transitions(decl_id)]
    assert moves == [
        ("draft", "in_review"),
        ("in_review", "changes_requested"),
        ("changes_requested", "in_review"),
        ("in_review", "approved"),
        ("approved", "draft"),
        ("draft", "in_review"),
        ("in_review", "approved"),
        ("approved", "sent"),
    ]
    assert {t.by for t in store.transitions(decl_id)} == {store.user}


def test_refusing_the_warning_keeps_the_approved_declaration(  # type: ignore[no-untyped-def]
    qtbot, window, opened, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    decl_id, _ = opened
    _click(qtbot, window, "review.to.in_review")
    _click(qtbot, window, "review.to.approved")
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.No)
    )
    type_into(qtbot, window.editor, "company.contact_name", "Someone")
    qtbot.wait(10)  # the field is shown the stored value again once its signal returned
    assert window.store.status(decl_id) is Status.APPROVED
    assert window.store.load(decl_id).declaration.company.contact_name is None
    assert window.editor.page("company").fields["company.contact_name"].text() == ""


def test_home_shows_what_is_due_and_overdue(qtbot, window):  # type: ignore[no-untyped-def]
    store, today = window.store, date.today()

    def request(name: str, days: int, **kw) -> Request:  # type: ignore[no-untyped-def]
        return Request(
            Customer(name, f"rmi@{name.lower()}.example"),
            (RequestedTemplate("CMRT", "6.5"),),
            today + timedelta(days=days),
            "2026",
            cycle_months=0,
            **kw,
        )

    store.add_request(request("Dell", 40))
    store.add_request(request("HP", -3))
    store.add_request(request("Acer", 10))
    store.add_request(request("Asus", -30, sent_on=today))
    window.refresh_home()
    panel = window.due_panel
    lines = [panel.list.item(i) for i in range(panel.list.count())]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in lines] == ["overdue", "due soon", "ok"]
    assert lines[0].text().startswith("HP") and "OVERDUE by 3 days" in lines[0].text()
    assert "due in 10 days" in lines[1].text()
    assert lines[0].font().bold() and lines[0].foreground().color() != lines[2].foreground().color()
    assert "3 open, 2 due soon or overdue" in panel.title.text()

    # The Customers and requests dialog: a customer, then Lenovo's preset as a request.
    qtbot.mouseClick(panel.manage_button, Qt.MouseButton.LeftButton)
    dialog = window.requests_dialog
    assert isinstance(dialog, RequestsDialog)
    qtbot.keyClicks(dialog.name, "Lenovo")
    qtbot.keyClicks(dialog.email, "supplier.compliance@lenovo.example")
    qtbot.mouseClick(dialog.add_customer_button, Qt.MouseButton.LeftButton)
    assert ("Lenovo", "supplier.compliance@lenovo.example") in [
        (c.name, c.contact_email) for c in store.customers()
    ]
    dialog.customer_combo.setCurrentText("Lenovo")
    qtbot.mouseClick(dialog.preset_button, Qt.MouseButton.LeftButton)
    # issue 14: Lenovo is an editable starting profile; the request's templates are ticked in
    # the library list (no typed text)
    assert "Starting profile (Lenovo), editable" in dialog.profile_editor.badge.text()
    picked = dialog.template_picker.requested()
    assert picked[0].family == "CMRT" and picked[1].minerals == ("Cobalt",)
    qtbot.mouseClick(dialog.add_request_button, Qt.MouseButton.LeftButton)
    lenovo = [r.request for r in store.requests() if r.request.customer.name == "Lenovo"]
    assert lenovo == [lenovo_preset(LENOVO, today)]
    assert panel.list.count() == 4
    dialog.close()


def test_a_bad_template_is_refused_in_the_request_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.refresh_home()
    dialog = RequestsDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.customer_combo.setCurrentText("Dell")
    dialog.period.setText("2026")
    # issue 14: templates are ticked in the library list, so a typed "CMRT 9.9" cannot happen;
    # a request without a ticked template is refused
    assert dialog.template_picker.requested() == ()
    assert dialog.add_request() is None and "tick the templates" in dialog.message.text()
    assert window.store.requests() == []
