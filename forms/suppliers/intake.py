"""Intake: many received files read and judged on every core (`forms.batch`), one result per
file in the order given, each matched to a supplier. One bad file never stops the batch."""

from __future__ import annotations

from collections.abc import Collection, Generator, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from forms.batch import map_files
from forms.facilities import FacilityList
from forms.suppliers.matching import SupplierMatch, match_supplier
from forms.suppliers.model import Campaign, Supplier
from forms.suppliers.verdict import Light, Verdict, judge, unreadable


@dataclass(frozen=True)
class IntakeResult:
    path: Path
    verdict: Verdict
    match: SupplierMatch

    @property
    def light(self) -> Light:
        return self.verdict.light


def judge_file(
    path: Path,
    *,
    campaign: Campaign | None,
    reference_cids: frozenset[str] | None,
    facilities: FacilityList | None,
    today: date,
) -> Verdict:
    """Read one file and judge it (runs in a worker process)."""
    from forms.workbook.reader import read_file

    decl = read_file(path).declaration
    return judge(decl, campaign, reference_cids=reference_cids, facilities=facilities, today=today)


def intake(
    paths: Iterable[Path | str],
    suppliers: Sequence[Supplier] = (),
    *,
    campaign: Campaign | None = None,
    reference_cids: Collection[str] | None = None,
    facilities: FacilityList | None = None,
    today: date | None = None,
    workers: int | None = None,
) -> Generator[IntakeResult, None, None]:
    """Every file read, judged and matched, in input order, as each is ready."""
    work = partial(
        judge_file,
        campaign=campaign,
        reference_cids=None if reference_cids is None else frozenset(reference_cids),
        facilities=facilities,
        today=today or date.today(),
    )
    results = map_files(work, paths, workers=workers)
    try:
        for item in results:
            verdict = item.value if item.value is not None else unreadable(item.error or "")
            match = match_supplier(
                suppliers,
                company=verdict.company,
                emails=verdict.contact_emails,
                file_name=item.path.name,
            )
            yield IntakeResult(item.path, verdict, match)
    finally:
        results.close()


def exit_code(results: Sequence[IntakeResult]) -> int:
    """0 when every file is accepted, 1 when any is not, 2 when none could be read."""
    if not any(r.verdict.readable for r in results):
        return 2
    return 0 if all(r.verdict.accepted for r in results) else 1
