"""Hypothesis strategies for declarations on any template version: complete ones (every field
the Checker requires is filled, respecting the gating) and arbitrary incomplete ones."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from forms.declaration import Answer, Declaration, Mine, Product, Smelter, new_declaration
from forms.rules.excel import among, eq
from forms.templates.common import NOT_LISTED, NOT_YET_IDENTIFIED, SCOPE_PRODUCT, SCOPE_USER_DEFINED
from forms.templates.model import TemplateDef
from tests.conformance import amrt_strategies

T = TypeVar("T")

# User text, including what a spreadsheet would take for a formula and XML-special characters.
_PLAIN = (
    st.text(alphabet=st.sampled_from("abcXYZ 0123456789-&<>'\"_éß中文"), min_size=1, max_size=14)
    .map(str.strip)
    .filter(bool)
)
TEXT = st.one_of(
    _PLAIN,
    st.builds(
        lambda p, t: p + t, st.sampled_from(["=", "+", "-", "@", "=SUM(", "_x0041_"]), _PLAIN
    ),
)
EMAIL = st.builds(
    lambda a, b: f"{a}@{b}.example", st.sampled_from(["jane", "qa"]), st.sampled_from(["acme", "x"])
)
URL = st.sampled_from(["www.acme.example/policy", "https://x.example/p", "w"])
COUNTRIES = st.sampled_from(["CHINA", "BOLIVIA (PLURINATIONAL STATE OF)", "GERMANY", "Unknown"])


def _maybe(
    draw: Callable[[st.SearchStrategy[Any]], Any], s: st.SearchStrategy[T], p_none: bool
) -> T | None:
    return draw(st.none() | s) if p_none else draw(s)


def _dates(tpl: TemplateDef) -> st.SearchStrategy[str]:
    last = tpl.date_last or date(2030, 12, 31)
    return st.dates(min_value=max(tpl.date_first, date(2007, 1, 1)), max_value=last).map(
        date.isoformat
    )


@st.composite
def declarations(draw: Any, tpl: TemplateDef, complete: bool) -> Declaration:
    loose = not complete
    d = new_declaration(tpl)
    if tpl.mineral_choice is not None:
        d.minerals_in_scope = amrt_strategies.minerals(draw, tpl, complete)
        d.ensure_shape()
    elif tpl.dynamic_minerals:
        chosen = draw(st.sets(st.sampled_from(tpl.minerals), min_size=1 if complete else 0))
        d.minerals_in_scope = sorted(chosen)
        d.ensure_shape()
    c = d.company
    c.name = _maybe(draw, TEXT, loose)
    c.scope = _maybe(draw, st.sampled_from(tpl.scope_options), loose)
    needs_description = eq(c.scope, SCOPE_USER_DEFINED) and complete
    c.scope_description = draw(TEXT) if needs_description else draw(st.none() | TEXT)
    for key in (
        "unique_id",
        "unique_id_authority",
        "address",
        "authorizer_title",
        "authorizer_phone",
    ):
        setattr(c, key, draw(st.none() | TEXT))
    c.contact_name, c.authorizer_name = _maybe(draw, TEXT, loose), _maybe(draw, TEXT, loose)
    c.contact_phone = _maybe(draw, TEXT, loose)
    email = EMAIL if complete else st.one_of(EMAIL, TEXT)
    c.contact_email, c.authorizer_email = _maybe(draw, email, loose), _maybe(draw, email, loose)
    c.effective_date = _maybe(draw, _dates(tpl), loose)
    g = tpl.gating
    deep: dict[str, bool] = {}
    for mineral, per in d.answers.items():
        q1_opts = tpl.question("1").options_for(mineral)
        q1 = _maybe(draw, st.sampled_from(q1_opts), loose)
        if complete and g.needs_yes:
            q1 = draw(st.sampled_from(("Yes", "No")))
        stop1 = among(q1, g.q1_stops)
        q2_opts = tpl.question("2").options_for(mineral)
        q2 = _maybe(draw, st.sampled_from(q2_opts), loose or stop1)
        if complete and g.needs_yes and not stop1:
            q2 = draw(st.sampled_from(("Yes", "No")))
        deep[mineral] = not stop1 and not among(q2, g.q2_stops)
        for number in per:
            value = {"1": q1, "2": q2}.get(number)
            if number not in ("1", "2"):
                opts = tpl.question(number).options_for(mineral)
                value = _maybe(draw, st.sampled_from(opts), loose or not deep[mineral])
            per[number] = Answer(value, draw(st.none() | TEXT))
    any_deep = any(deep.values())
    for q in tpl.company_questions:
        if q.per_mineral:
            for mineral in d.minerals_in_scope:
                value = _maybe(
                    draw, st.sampled_from(q.options_for(mineral)), loose or not deep[mineral]
                )
                d.company_answers_by_mineral[q.letter][mineral] = Answer(
                    value, draw(st.none() | TEXT)
                )
            continue
        value = _maybe(draw, st.sampled_from(q.options), loose or not any_deep)
        comment = draw(st.none() | TEXT)
        if complete and q.url_when and eq(value, q.url_when):
            comment = draw(URL.filter(lambda u: len(u) > 1))
        elif q.url_when and eq(value, q.url_when):
            comment = draw(st.none() | URL)
        if complete and q.describe_when and eq(value, q.describe_when):
            comment = draw(TEXT)
        d.company_answers[q.letter] = Answer(value, comment)
    d.smelters = draw(st.lists(_smelters(tpl, d.minerals_in_scope, complete), max_size=4))
    if complete:
        for mineral in d.minerals_in_scope:
            if deep[mineral]:
                d.smelters.append(draw(_smelter(mineral, complete=True)))
                if tpl.family == "AMRT":
                    d.smelters[-1] = amrt_strategies.counted(draw, d.smelters[-1])
        d.smelters = draw(st.permutations(d.smelters)) if d.smelters else []
    d.products = draw(
        st.lists(
            st.builds(Product, number=_product_number(loose), name=st.none() | TEXT), max_size=3
        )
    )
    if complete and eq(c.scope, SCOPE_PRODUCT) and (not d.products or d.products[0].number is None):
        d.products.insert(0, Product(number=draw(TEXT)))
    if tpl.mine_list is not None:
        d.mines = draw(
            st.lists(
                st.builds(
                    Mine,
                    metal=st.sampled_from(tpl.minerals),
                    mine_name=st.none() | TEXT,
                    country=st.none() | COUNTRIES,
                ),
                max_size=2,
            )
        )
    return d


def _product_number(loose: bool) -> st.SearchStrategy[str | None]:
    return st.none() | TEXT if loose else TEXT


def _smelter(mineral: str | None, complete: bool) -> st.SearchStrategy[Smelter]:
    lookup = st.sampled_from([NOT_LISTED, NOT_YET_IDENTIFIED, "Some Smelter Co."])
    if not complete:
        lookup = st.none() | lookup

    @st.composite
    def build(draw: Any) -> Smelter:
        name_c = draw(lookup)
        s = Smelter(metal=mineral, lookup_name=name_c)
        listed = eq(name_c, NOT_LISTED)
        s.name = draw(TEXT) if listed and complete else draw(st.none() | TEXT)
        s.country = draw(COUNTRIES) if listed and complete else draw(st.none() | COUNTRIES)
        s.smelter_id = draw(st.none() | st.just("CID001234"))
        s.id_source = draw(st.none() | st.just("RMI"))
        s.city, s.comments = draw(st.none() | TEXT), draw(st.none() | TEXT)
        s.recycled_scrap = draw(st.none() | st.sampled_from(["Yes", "No", "Unknown"]))
        return s

    return build()


def _smelters(tpl: TemplateDef, minerals: list[str], complete: bool) -> st.SearchStrategy[Smelter]:
    metals = st.sampled_from(list(tpl.minerals))
    metal = metals if complete else st.none() | metals
    return metal.flatmap(lambda m: _smelter(m, complete))


def examples(strategy: st.SearchStrategy[T], n: int, name: str = "") -> list[T]:
    """`n` examples of `strategy`, the same on every run for the same `name` (hypothesis drives
    the generation; different names give different examples)."""
    out: list[T] = []

    @settings(
        max_examples=n,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    @seed(zlib.crc32(name.encode()))
    @given(strategy)
    def collect(value: T) -> None:
        out.append(value)

    collect()
    return out
