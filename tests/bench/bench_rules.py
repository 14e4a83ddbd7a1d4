"""Benchmark: every finding (`forms.rules.check`) for a CMRT 6.5 declaration with 500 smelters.

Target: median ≤ 20 ms. Printed beside `json.dumps` of the same declaration, measured in the same
run, so the figure can be read on any machine. Run `python tests/bench/bench_rules.py` or
`python -m pytest tests/bench/bench_rules.py -s`.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from forms import templates
from forms.declaration import Answer, Declaration, Product, Smelter, new_declaration, to_json
from forms.rules import check

TARGET_MS = 20.0
RUNS = 200


def big_declaration(smelters: int = 500) -> Declaration:
    decl = new_declaration(templates.get("CMRT", "6.5"))
    c = decl.company
    c.name, c.scope, c.contact_name, c.contact_phone = "Acme", "A. Company", "Jane Doe", "+1 555"
    c.contact_email, c.authorizer_name = "jane@acme.example", "same"
    c.authorizer_email, c.effective_date = "john@acme.example", "2026-03-01"
    values = {
        "1": "Yes",
        "2": "Yes",
        "3": "No",
        "4": "Yes",
        "5": "Yes",
        "6": "Greater than 75%",
        "7": "Yes",
        "8": "No",
    }
    for per in decl.answers.values():
        for n, ans in per.items():
            ans.answer, ans.comment = values[n], "See attached."
    for letter in decl.company_answers:
        decl.company_answers[letter] = Answer("No" if letter in "CF" else "Yes", "www.acme.example")
    metals = decl.minerals_in_scope
    decl.smelters = [
        Smelter(
            metal=metals[i % 4],
            lookup_name="Smelter not listed" if i % 50 == 0 else f"Smelter {i % 400}",
            name=f"Smelter {i % 400}",
            country="CHINA" if i % 7 else "PERU!",
            smelter_id=f"CID{i % 400:06}",
            id_input=f"CID{i % 400:06}" if i % 3 else None,
            id_source="RMI",
            city="Somewhere",
            recycled_scrap="No" if i % 2 else "Yes",
            comments="交货" if i == 250 else "Audited 2025",
        )
        for i in range(smelters)
    ]
    decl.products = [Product(number=f"P-{i}", name="Cable") for i in range(50)]
    return decl


def median_ms(fn: Callable[[], Any], runs: int = RUNS) -> float:
    fn()  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run() -> tuple[float, float, int]:
    decl = big_declaration()
    findings = len(check(decl))
    rules = median_ms(lambda: check(decl))
    reference = median_ms(lambda: json.dumps(to_json(decl)))
    return rules, reference, findings


def report() -> float:
    rules, reference, findings = run()
    print(
        f"\nrules: check() on 500 smelters: median {rules:.2f} ms ({findings} findings; "
        f"target ≤ {TARGET_MS:.0f} ms) — reference json.dumps(to_json(decl)): {reference:.2f} ms "
        f"(ratio {rules / reference:.1f}×)"
    )
    return rules


def test_bench_rules() -> None:
    report()


if __name__ == "__main__":
    report()
