"""Review red flags (warnings): what reviewers flag even when RMI's Checker passes.

The groups of `review-rules.md` B–F that need no outside data, each finding with a stable
`RF-…` code. Checks that need the RMI smelter list (RMAP status, unknown CIDs) live elsewhere.
"""

from __future__ import annotations

from datetime import date

from forms.declaration import Declaration
from forms.fieldpath import FieldPath
from forms.rules.checker import checker_findings
from forms.rules.finding import Finding
from forms.rules.rf_amrt import mineral_name_flags
from forms.rules.rf_answers import company_question_flags, option_flags, question_flags
from forms.rules.rf_company import company_flags
from forms.rules.rf_smelters import list_text_flags, metal_flags, row_flags


def red_flags(
    decl: Declaration, checker: list[Finding] | None = None, today: date | None = None
) -> list[Finding]:
    """Every red flag of `decl`. `checker`: its Checker findings when already computed (used to
    avoid warning about what the Checker already counts); `today`: for "date in the future"."""
    tpl = decl.template
    if checker is None:
        checker = checker_findings(decl)
    counted = {str(FieldPath.parse(f.path).metal) for f in checker if f.code == "CHK-SMELTER-LIST"}
    return [
        *company_flags(decl, tpl, today or date.today()),
        *mineral_name_flags(decl, tpl),
        *option_flags(decl, tpl),
        *question_flags(decl, tpl),
        *company_question_flags(decl, tpl),
        *metal_flags(decl, tpl, counted),
        *row_flags(decl, tpl),
        *list_text_flags(decl, tpl),
    ]
