"""The store's customer profiles: what each customer accepts, when, who to write to, and notes."""

from __future__ import annotations

import json

from sqlalchemy import select

from db.models import Customer as CustomerRecord
from db.models_profiles import CustomerProfileRecord
from db.store_base import StoreBase, now
from forms.review.profiles import CustomerProfile


class ProfilesMixin(StoreBase):
    def customer_profile(self, customer_name: str) -> CustomerProfile | None:
        """The profile of the customer of that name, None when it has none."""
        with self._unit() as s:
            query = (
                select(CustomerProfileRecord)
                .join(CustomerRecord, CustomerRecord.id == CustomerProfileRecord.customer_id)
                .where(CustomerRecord.name == customer_name.strip())
            )
            rec = s.scalars(query).first()
            return CustomerProfile.from_json(json.loads(rec.doc)) if rec else None

    def customer_profiles(self) -> list[CustomerProfile]:
        with self._unit() as s:
            query = (
                select(CustomerProfileRecord)
                .join(CustomerRecord, CustomerRecord.id == CustomerProfileRecord.customer_id)
                .order_by(CustomerRecord.name)
            )
            return [CustomerProfile.from_json(json.loads(r.doc)) for r in s.scalars(query)]

    def save_customer_profile(self, profile: CustomerProfile) -> int:
        """Store the profile (the customer is found, or added, by name; its contact e-mail is
        the profile's); the customer's id."""
        name = profile.customer.name.strip()
        if not name:
            raise ValueError("a profile needs the customer's name")
        with self._unit() as s:
            customer = self._customer(s, name)
            assert customer is not None
            customer.contact_email = profile.customer.contact_email.strip() or None
            s.flush()
            rec = s.get(CustomerProfileRecord, customer.id)
            if rec is None:
                rec = CustomerProfileRecord(customer_id=customer.id)
                s.add(rec)
            rec.doc = json.dumps(profile.to_json(), ensure_ascii=False)
            rec.updated_at = now()
            return customer.id
