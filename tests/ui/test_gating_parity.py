"""Gating parity: the editor calls a question skipped exactly when RMI's Checker (our parity
rules) does not require it — over generated declarations of every supported version."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings

from desktop.editor.gating import company_skip_reason, skip_reason
from forms.declaration import Declaration
from forms.fieldpath import FieldPath, answer_paths, set_value
from forms.rules.checker import checker_findings
from forms.templates import ALL
from forms.templates.model import TemplateDef
from tests.conformance.strategies import declarations


def _checker_requires(decl: Declaration, path: FieldPath) -> bool:
    """Whether the Checker counts `path` as missing once it is left blank."""
    blank = copy.deepcopy(decl)
    set_value(blank, path, None)
    return any(f.path == str(path) for f in checker_findings(blank))


def _editor_skips(decl: Declaration, path: FieldPath) -> bool:
    if path.section == "answers":
        return skip_reason(decl, str(path.mineral), str(path.number)) is not None
    if path.section == "company_answers":
        return company_skip_reason(decl) is not None
    # Per-mineral company questions follow the mineral's question 3.
    return skip_reason(decl, str(path.mineral), "3") is not None


@pytest.mark.parametrize("tpl", ALL, ids=lambda t: t.key)
def test_editor_skips_exactly_what_the_checker_does_not_require(tpl: TemplateDef) -> None:
    @settings(max_examples=20, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(declarations(tpl, complete=False))
    def check(decl: Declaration) -> None:
        for path in answer_paths(tpl, decl.minerals_in_scope):
            skipped = _editor_skips(decl, path)
            assert skipped is not _checker_requires(decl, path), str(path)

    check()
