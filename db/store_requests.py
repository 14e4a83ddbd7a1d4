"""The store's customers and their requests: contacts, what each asked for and by when, what
is due, and marking a declaration sent."""

from __future__ import annotations

import json
import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import summaries
from db.models import ChangeRecord, CustomerRequest, DeclarationRecord
from db.models import Customer as CustomerRecord
from db.records import DueRequest, StoredCustomer, StoredRequest
from db.store_base import StoreBase, aware, now, parse_status
from forms.review.requests import Customer, Request, RequestedTemplate, due_status
from forms.review.requests import next_request as following
from forms.review.status import Status, Transition, transition

_FROM = re.compile(r"^from declaration (\d+)$")


def _request(rec: CustomerRequest) -> StoredRequest:
    templates = tuple(
        RequestedTemplate(family, version, tuple(minerals))
        for family, version, minerals in json.loads(rec.templates)
    )
    customer = Customer(rec.customer.name, rec.customer.contact_email or "")
    return StoredRequest(
        rec.id,
        rec.customer_id,
        Request(
            customer=customer,
            templates=templates,
            due_date=rec.due_date,
            period=rec.period,
            scope=rec.scope,
            part_numbers=tuple(json.loads(rec.part_numbers)),
            cycle_months=rec.cycle_months,
            sent_on=rec.sent_on,
        ),
    )


def _fill(rec: CustomerRequest, request: Request) -> None:
    rec.templates = json.dumps(
        [[t.family, t.version, list(t.minerals)] for t in request.templates], ensure_ascii=False
    )
    rec.period = request.period.strip()
    rec.scope = request.scope
    rec.part_numbers = json.dumps(
        [p.strip() for p in request.part_numbers if p.strip()], ensure_ascii=False
    )
    rec.due_date = request.due_date
    rec.cycle_months = request.cycle_months
    rec.sent_on = request.sent_on


class RequestsMixin(StoreBase):
    # --- customers ------------------------------------------------------------------------------

    def customers(self) -> list[StoredCustomer]:
        with self._unit() as s:
            query = select(CustomerRecord).order_by(CustomerRecord.name)
            return [StoredCustomer(c.id, c.name, c.contact_email) for c in s.scalars(query)]

    def add_customer(self, name: str, contact_email: str | None = None) -> int:
        """A customer by name (the one already known by that name gets the e-mail); its id."""
        if not name.strip():
            raise ValueError("a customer needs a name")
        with self._unit() as s:
            rec = self._customer(s, name)
            assert rec is not None
            if contact_email is not None:
                rec.contact_email = contact_email.strip() or None
            s.flush()
            return rec.id

    def update_customer(
        self, customer_id: int, *, name: str | None = None, contact_email: str | None = None
    ) -> None:
        """Rename a customer and/or change its contact e-mail ("" clears it)."""
        with self._unit() as s:
            rec = s.get(CustomerRecord, customer_id)
            if rec is None:
                raise KeyError(f"no customer {customer_id}")
            if name is not None:
                if not name.strip():
                    raise ValueError("a customer needs a name")
                rec.name = name.strip()
                summaries.customer_renamed(s, customer_id, rec.name)
            if contact_email is not None:
                rec.contact_email = contact_email.strip() or None

    # --- requests -------------------------------------------------------------------------------

    def add_request(self, request: Request) -> int:
        """Store what a customer asked for (the customer is found, or added, by name)."""
        if not request.templates:
            raise ValueError("a request names at least one template")
        with self._unit() as s:
            customer = self._customer(s, request.customer.name)
            assert customer is not None
            if request.customer.contact_email and not customer.contact_email:
                customer.contact_email = request.customer.contact_email
            rec = CustomerRequest(customer=customer, created_at=now())
            _fill(rec, request)
            s.add(rec)
            s.flush()
            return rec.id

    def update_request(self, request_id: int, request: Request) -> None:
        with self._unit() as s:
            rec = self._request_record(s, request_id)
            customer = self._customer(s, request.customer.name)
            assert customer is not None
            rec.customer = customer
            _fill(rec, request)

    def delete_request(self, request_id: int) -> None:
        with self._unit() as s:
            s.delete(self._request_record(s, request_id))

    def requests(self, *, include_sent: bool = True) -> list[StoredRequest]:
        """Every request, soonest due first."""
        with self._unit() as s:
            query = select(CustomerRequest).order_by(CustomerRequest.due_date, CustomerRequest.id)
            if not include_sent:
                query = query.where(CustomerRequest.sent_on.is_(None))
            return [_request(r) for r in s.scalars(query)]

    def requests_due(self, today: date) -> list[DueRequest]:
        """The requests not sent yet, soonest due first, each with its `DueStatus` on `today`
        (overdue, due soon, or ok)."""
        return [
            DueRequest(r, due_status(r.request, today)) for r in self.requests(include_sent=False)
        ]

    def mark_sent(
        self, decl_id: int, request_id: int | None = None, *, on: date | None = None
    ) -> Transition:
        """Approved → sent, with who and when in the history; the request (if given) is sent
        on `on` (today by default) and, when the customer asks periodically, the next period's
        request is added. `TransitionError` unless the declaration is approved."""
        sent_on = on or date.today()
        with self._unit() as s:
            rec = self._record(s, decl_id)
            t = transition(parse_status(rec.status), Status.SENT, by=self.who, at=aware(now()))
            self._record_transition(s, rec, t)
            if request_id is not None:
                req = self._request_record(s, request_id)
                if req.sent_on is None:
                    req.sent_on = sent_on
                    nxt = following(_request(req).request)
                    if nxt is not None:
                        new = CustomerRequest(customer_id=req.customer_id, created_at=now())
                        _fill(new, nxt)
                        s.add(new)
                    self._log(s, rec, "request sent", None, f"request {request_id}")
            return t

    @staticmethod
    def _request_record(s: Session, request_id: int) -> CustomerRequest:
        rec = s.get(CustomerRequest, request_id)
        if rec is None:
            raise KeyError(f"no request {request_id}")
        return rec

    # --- the previous period --------------------------------------------------------------------

    def previous_id(self, decl_id: int) -> int | None:
        """The declaration this one follows: the one it was started from ("start from
        previous"), else the newest older declaration of the same family, company and customer
        (not in the recycle bin); None when there is none."""
        with self._unit() as s:
            rec = self._record(s, decl_id)
            created = s.scalars(
                select(ChangeRecord.new)
                .where(ChangeRecord.declaration_id == decl_id, ChangeRecord.field == "created")
                .order_by(ChangeRecord.id)
                .limit(1)
            ).first()
            m = _FROM.match(created or "")
            if m and s.get(DeclarationRecord, int(m[1])) is not None:
                return int(m[1])
            query = (
                select(DeclarationRecord.id)
                .where(
                    DeclarationRecord.id != decl_id,
                    DeclarationRecord.family == rec.family,
                    DeclarationRecord.customer_id.is_(rec.customer_id)
                    if rec.customer_id is None
                    else DeclarationRecord.customer_id == rec.customer_id,
                    DeclarationRecord.name.is_(rec.name)
                    if rec.name is None
                    else DeclarationRecord.name == rec.name,
                    DeclarationRecord.created_at < rec.created_at,
                    DeclarationRecord.deleted_at.is_(None),
                )
                .order_by(DeclarationRecord.created_at.desc(), DeclarationRecord.id.desc())
                .limit(1)
            )
            return s.scalars(query).first()
