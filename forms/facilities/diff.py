"""What changed between two imports of the facility list: new, dropped, status changed."""

from __future__ import annotations

from dataclasses import dataclass

from forms.facilities.model import Facility, FacilityList

Key = tuple[str, str]


@dataclass(frozen=True)
class StatusChange:
    cid: str
    metal: str
    name: str
    before: str
    after: str


@dataclass(frozen=True)
class FacilityListDiff:
    added: tuple[Facility, ...]
    dropped: tuple[Facility, ...]
    changed: tuple[StatusChange, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.dropped or self.changed)


def _key(f: Facility) -> Key:
    return f.cid, f.metal.casefold()


def _index(facilities: FacilityList | None) -> dict[Key, Facility]:
    return {} if facilities is None else {_key(f): f for f in facilities.facilities}


def diff_lists(before: FacilityList | None, after: FacilityList) -> FacilityListDiff:
    """Rows are the same facility when CID and metal agree."""
    old, new = _index(before), _index(after)
    added = tuple(f for k, f in new.items() if k not in old)
    dropped = tuple(f for k, f in old.items() if k not in new)
    changed = tuple(
        StatusChange(f.cid, f.metal, f.name, old[k].state.value, f.state.value)
        for k, f in new.items()
        if k in old and old[k].state != f.state
    )
    return FacilityListDiff(added, dropped, changed)
