"""Crash-test child: applies random field edits to one stored declaration, printing the sequence
number of each edit once the store has committed it. Run by `test_store_crash.py`, which kills it.

Usage: crash_child.py DATA_DIR DECL_ID FIRST_SEQ SEED
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from db.store import Store
from forms import templates

TEMPLATE = templates.get("CMRT", "6.5")
KINDS = ("answer", "comment")
COMPANY = ("name", "address", "contact_name", "contact_email", "authorizer_name")
PATHS = (
    *(f"company.{f}" for f in COMPANY),
    *(
        f"answers.{m}.{q.number}.{k}"
        for m in TEMPLATE.minerals
        for q in TEMPLATE.questions
        for k in KINDS
    ),
    *(f"company_answers.{q.letter}.{k}" for q in TEMPLATE.company_questions for k in KINDS),
)


def main() -> None:
    data_dir, decl_id, seq, seed = (
        Path(sys.argv[1]),
        int(sys.argv[2]),
        int(sys.argv[3]),
        sys.argv[4],
    )
    rng = random.Random(seed)
    store = Store.open(data_dir, user="crash")
    while True:
        path = rng.choice(PATHS)
        store.set_field(decl_id, path, f"v{seq}")
        print(seq, path, flush=True)
        seq += 1


if __name__ == "__main__":
    main()
