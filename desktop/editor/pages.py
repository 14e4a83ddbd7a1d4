"""The editor's sections, declared as data, and which section owns a declaration path."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.editor.company_page import CompanyPage
from desktop.editor.company_questions_page import CompanyQuestionsPage
from desktop.editor.lists_page import ListPage
from desktop.editor.page_base import Page
from desktop.editor.question_page import QuestionPage
from desktop.editor.review_page import ReviewPage
from desktop.editor.scope_page import ScopePage
from desktop.editor.session import DeclarationSession
from desktop.editor.smelters_page import SmeltersPage
from forms.fieldpath import FieldPath
from forms.templates import TemplateDef


@dataclass(frozen=True)
class PageSpec:
    """One entry of the section list: `build` makes its pages (question specs make several)."""

    name: str
    build: Callable[[DeclarationSession, Path], list[Page]]
    applies: Callable[[TemplateDef], bool] = lambda _tpl: True


PAGES: tuple[PageSpec, ...] = (
    PageSpec("company", lambda s, _d: [CompanyPage(s)]),
    PageSpec("scope", lambda s, _d: [ScopePage(s)]),
    PageSpec("questions", lambda s, _d: [QuestionPage(s, q.number) for q in s.template.questions]),
    PageSpec(
        "company_questions",
        lambda s, _d: [CompanyQuestionsPage(s)],
        lambda tpl: bool(tpl.company_questions),  # the AMRT asks none
    ),
    PageSpec("smelters", lambda s, _d: [SmeltersPage(s)]),
    PageSpec("mines", lambda s, _d: [ListPage(s, "mines")], lambda tpl: tpl.mine_list is not None),
    PageSpec("review", lambda s, d: [ReviewPage(s, d)]),
)


def build_pages(session: DeclarationSession, data_dir: Path) -> list[Page]:
    return [
        p for spec in PAGES if spec.applies(session.template) for p in spec.build(session, data_dir)
    ]


def page_key_for(path: str) -> str:
    """The key of the page that shows the field at `path` (the review page for a path that
    names no field, such as "template")."""
    parsed = FieldPath.try_parse(path)
    return parsed.page if parsed else "review"
