"""Customer profiles in the store, and library templates of a verified newer revision."""

from __future__ import annotations

from pathlib import Path

from db.store import Store
from forms.review import Customer
from forms.review.profiles import lenovo_profile
from tests.restamp import restamp


def test_profiles_are_stored_per_customer(store: Store) -> None:
    assert store.customer_profile("Lenovo") is None
    profile = lenovo_profile(Customer("Lenovo", "supplier.compliance@lenovo.example"))
    customer_id = store.save_customer_profile(profile)
    assert store.customer_profile(" Lenovo ") == profile
    assert [(c.id, c.contact_email) for c in store.customers()] == [
        (customer_id, "supplier.compliance@lenovo.example")
    ]
    edited = profile.__class__(**{**profile.__dict__, "notes": "Upload to their portal."})
    assert store.save_customer_profile(edited) == customer_id
    assert store.customer_profiles() == [edited]


def test_a_verified_newer_revision_serves_its_layout(
    store: Store, tmp_path: Path, templates_dir: Path
) -> None:
    newer = restamp(templates_dir / "RMI_CMRT_6.5.xlsx", "6.5", "6.7", tmp_path / "67.xlsx")
    info = store.add_template(newer)
    assert (info.version, info.layout_version) == ("6.7", "6.5")
    assert info.label == "CMRT 6.7 — layout of CMRT 6.5, verified"
    found = store.find_template("CMRT", "6.5")
    assert found is not None and found.sha256 == info.sha256
    assert store.find_template("CMRT", "6.4") is None
