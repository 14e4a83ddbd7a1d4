"""What changed between the previous period's declaration and the current one: answers that
differ, and smelters added and removed."""

from __future__ import annotations

from dataclasses import dataclass, field

from forms.declaration import Declaration, Smelter
from forms.fieldpath import value_paths
from forms.review.smelter_stats import is_blank, smelter_key


@dataclass(frozen=True)
class AnswerChange:
    """One field whose value differs; `path` is a `forms.fieldpath` path."""

    path: str
    old: str | None
    new: str | None


@dataclass
class DeclarationDiff:
    answers_changed: list[AnswerChange] = field(default_factory=list)
    smelters_added: list[Smelter] = field(default_factory=list)
    smelters_removed: list[Smelter] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.answers_changed or self.smelters_added or self.smelters_removed)


def field_values(decl: Declaration) -> dict[str, str | None]:
    """Every single-valued field of `decl` by path, in form order: company, minerals in scope,
    answers per mineral, company-level answers."""
    return value_paths(decl)


def _unique(smelters: list[Smelter]) -> dict[tuple[str, str, str], Smelter]:
    out: dict[tuple[str, str, str], Smelter] = {}
    for s in smelters:
        if not is_blank(s):
            out.setdefault(smelter_key(s), s)
    return out


def diff(previous: Declaration, current: Declaration) -> DeclarationDiff:
    """The differences from `previous` to `current` (which may be on another template version:
    a question only one of them asks shows as changed from or to None). Smelters are matched by
    metal and CID, or metal, name and country when a row has no CID; duplicate rows count once."""
    old, new = field_values(previous), field_values(current)
    paths = list(new) + [p for p in old if p not in new]
    changed = [AnswerChange(p, old.get(p), new.get(p)) for p in paths if old.get(p) != new.get(p)]
    before, after = _unique(previous.smelters), _unique(current.smelters)
    return DeclarationDiff(
        answers_changed=changed,
        smelters_added=[s for k, s in after.items() if k not in before],
        smelters_removed=[s for k, s in before.items() if k not in after],
    )
