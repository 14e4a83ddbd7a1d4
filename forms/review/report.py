"""The review report: a PDF with the summary, every finding with its cell, the review comments,
smelter statistics per metal with a chart, and the changes since the previous declaration."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from forms.atomic import write_atomic
from forms.declaration import Declaration, Smelter
from forms.facilities import FacilityList
from forms.facilities.stats import standing_by_metal
from forms.review.comments import ReviewComment
from forms.review.diff import diff
from forms.review.labels import path_label
from forms.review.mail import rmi_date
from forms.review.report_chart import STANDING_SERIES, smelter_chart, stacked_chart
from forms.review.report_fonts import Fonts, markup, register_fonts
from forms.review.smelter_stats import smelter_stats
from forms.review.status import Status
from forms.rules import check
from forms.rules.finding import Finding

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
GRID = colors.HexColor("#c8c8c8")
HEAD_BG = colors.HexColor("#eef1f5")
SEVERITY_COLOR = {"error": "#c62828", "warning": "#b26a00", "confirm": "#1565c0"}


@dataclass(frozen=True)
class ReportInput:
    """Everything the report shows besides what it computes from the declaration itself.

    `findings` defaults to `forms.rules.check(declaration)`; `previous` is last period's
    declaration for the same customer, None when there is none."""

    declaration: Declaration
    status: Status
    generated_at: datetime
    customer: str | None = None
    period: str | None = None
    comments: Sequence[ReviewComment] = ()
    previous: Declaration | None = None
    findings: Sequence[Finding] | None = None
    prepared_by: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    """More summary rows (label → value), shown after the standard ones."""
    facilities: FacilityList | None = None
    """RMI's facility list, when imported: adds the per-metal status chart."""
    wording: Callable[[Finding], tuple[str, str]] | None = None
    """(message, hint) of a finding in the reader's language; English when None."""


class _Doc:
    """Paragraph styles bound to the registered fonts, and helpers that build flowables."""

    def __init__(self, fonts: Fonts) -> None:
        self.fonts = fonts
        self.body = ParagraphStyle("body", fontName=fonts.regular, fontSize=9, leading=11.5)
        self.small = ParagraphStyle(
            "small",
            parent=self.body,
            fontSize=7.5,
            leading=9.5,
            textColor=colors.HexColor("#555555"),
        )
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8, leading=10)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=fonts.bold)
        self.h1 = ParagraphStyle("h1", fontName=fonts.bold, fontSize=16, leading=20, spaceAfter=2)
        self.h2 = ParagraphStyle(
            "h2", fontName=fonts.bold, fontSize=11.5, leading=14, spaceBefore=10, spaceAfter=4
        )
        self.h3 = ParagraphStyle(
            "h3", parent=self.head, spaceBefore=6, spaceAfter=2, keepWithNext=1
        )

    def p(self, text: str | None, style: ParagraphStyle | None = None, raw: str = "") -> Paragraph:
        return Paragraph(markup(text or "", self.fonts) + raw, style or self.cell)

    def heading(self, text: str) -> list[Flowable]:
        """A section heading, on a new page when less than a few lines would follow it."""
        return [CondPageBreak(45 * mm), self.p(text, self.h2)]

    def table(self, header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        data = [[self.p(h, self.head) for h in header], *rows]
        t = Table(data, colWidths=[w * WIDTH for w in widths], repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return t


def _completeness(findings: Sequence[Finding]) -> str:
    n = sum(1 for f in findings if f.severity == "error")
    if n == 0:
        return "Complete: RMI's Checker shows no required field missing"
    return f"Incomplete: {n} required field{'s' if n != 1 else ''} missing (RMI Checker)"


def _summary(d: _Doc, inp: ReportInput, findings: Sequence[Finding]) -> list[Flowable]:
    decl = inp.declaration
    tpl = decl.template
    flags = sum(1 for f in findings if f.severity == "warning")
    open_comments = sum(1 for c in inp.comments if c.is_open)
    rows = [
        ("Customer", inp.customer or "—"),
        ("Company", decl.company.name or "—"),
        ("Template", f"{tpl.family} {tpl.version} (released {rmi_date(str(tpl.release_date))})"),
        ("Period", inp.period or "—"),
        ("Effective date", rmi_date(decl.company.effective_date) or "—"),
        ("Scope", decl.company.scope or "—"),
        ("Minerals in scope", ", ".join(decl.minerals_in_scope) or "—"),
        ("Status", inp.status.label),
        ("Completeness", _completeness(findings)),
        ("Red flags", str(flags)),
        ("Review comments", f"{open_comments} open, {len(inp.comments) - open_comments} resolved"),
        *inp.extra.items(),
    ]
    if inp.prepared_by:
        rows.insert(8, ("Prepared by", inp.prepared_by))
    t = Table([[d.p(k, d.head), d.p(v)] for k, v in rows], colWidths=[0.22 * WIDTH, 0.78 * WIDTH])
    t.setStyle(
        TableStyle(
            [("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    return [t]


def _english(f: Finding) -> tuple[str, str]:
    return f.message, f.hint


def _findings(
    d: _Doc, findings: Sequence[Finding], wording: Callable[[Finding], tuple[str, str]]
) -> list[Flowable]:
    out = d.heading(f"Findings ({len(findings)})")
    if not findings:
        return [*out, d.p("No findings: nothing is missing and no red flag was raised.", d.body)]
    rows = []
    for f in findings:
        sev = f'<font color="{SEVERITY_COLOR[f.severity]}">{f.severity}</font>'
        where = f"{f.sheet}!{f.cell}" if f.sheet and f.cell else (f.sheet or "—")
        message, hint = wording(f)
        notes = [markup(hint, d.fonts)] if hint else []
        notes.append(f"<font name='Courier'>{f.code}</font>")
        detail = f"<br/><font size='7' color='#555555'>{'<br/>'.join(notes)}</font>"
        rows.append([Paragraph(sev, d.cell), d.p(where), d.p(message, raw=detail)])
    return [*out, d.table(["Severity", "Cell", "Finding"], rows, [0.11, 0.16, 0.73])]


def _comments(d: _Doc, comments: Sequence[ReviewComment]) -> list[Flowable]:
    out = d.heading(f"Review comments ({len(comments)})")
    if not comments:
        return [*out, d.p("No review comments.", d.body)]
    rows = []
    for c in sorted(comments, key=lambda c: c.created_at):
        state = "open"
        if not c.is_open and c.resolved_at is not None:
            state = f"resolved by {c.resolved_by} on {c.resolved_at:%Y-%m-%d}"
        rows.append(
            [
                d.p(path_label(c.path)),
                d.p(c.text),
                d.p(f"{c.author}, {c.created_at:%Y-%m-%d %H:%M}"),
                d.p(state),
            ]
        )
    return [*out, d.table(["Field", "Comment", "By", "State"], rows, [0.2, 0.42, 0.2, 0.18])]


def _smelters(d: _Doc, decl: Declaration) -> list[Flowable]:
    stats = smelter_stats(decl.smelters, decl.minerals_in_scope)
    out: list[Flowable] = [
        *d.heading("Smelters per metal"),
        smelter_chart(stats, WIDTH, d.fonts.regular),
    ]
    rows = [
        [
            d.p(s.metal),
            *(
                d.p(str(v))
                for v in (s.listed, s.not_listed, s.not_yet_identified, s.duplicates, s.total)
            ),
        ]
        for s in stats
    ]
    header = ["Metal", "Listed", "Not listed", "Not yet identified", "Duplicates", "Rows"]
    out.append(d.table(header, rows, [0.25, 0.13, 0.15, 0.21, 0.13, 0.13]))
    return [KeepTogether(out)]


def _facility_section(
    d: _Doc, decl: Declaration, facilities: FacilityList | None, today: date, width: float
) -> list[Flowable]:
    """Nothing without a list; else the heading, the list's date, the chart and the table."""
    if facilities is None:
        return []
    stats = standing_by_metal(decl.smelters, facilities, today)
    out: list[Flowable] = [
        *d.heading("RMI status of the smelters"),
        d.p(
            f"Against RMI's facility list of {facilities.as_of.isoformat()} "
            f"({facilities.source_name}).",
            d.small,
        ),
        stacked_chart(stats, STANDING_SERIES, width, d.fonts.regular),
    ]
    rows = [
        [d.p(s.metal), *(d.p(str(v)) for v in (s.conformant, s.active, s.other, s.total))]
        for s in stats
    ]
    header = ["Metal", "Conformant", "Active", "Other", "Rows"]
    out.append(d.table(header, rows, [0.32, 0.17, 0.17, 0.17, 0.17]))
    return [KeepTogether(out)]


def _smelter_line(s: Smelter) -> str:
    name = s.name or s.lookup_name or "(no name)"
    bits = [s.metal or "(no metal)", name, s.country or "", s.smelter_id or ""]
    return " · ".join(b for b in bits if b)


def _changes(d: _Doc, previous: Declaration | None, current: Declaration) -> list[Flowable]:
    out = d.heading("Changes since the previous declaration")
    if previous is None:
        return [*out, d.p("There is no previous declaration to compare with.", d.body)]
    delta = diff(previous, current)
    out.append(
        d.p(
            f"Compared with {previous.family} {previous.version}, effective "
            f"{rmi_date(previous.company.effective_date) or '—'}.",
            d.body,
        )
    )
    if delta.is_empty:
        return [*out, d.p("Nothing changed.", d.body)]
    if delta.answers_changed:
        rows = [
            [d.p(path_label(c.path)), d.p(c.old or "—"), d.p(c.new or "—")]
            for c in delta.answers_changed
        ]
        out += [Spacer(1, 4), d.table(["Field", "Previous", "Now"], rows, [0.3, 0.35, 0.35])]
    for title, group in (("added", delta.smelters_added), ("removed", delta.smelters_removed)):
        out.append(d.p(f"Smelters {title} ({len(group)})", d.h3))
        out += [d.p(f"• {_smelter_line(s)}", d.cell) for s in group] or [d.p("None.", d.cell)]
    return out


def _page(canvas: Any, doc: Any, fonts: Fonts, footer: str) -> None:
    canvas.saveState()
    canvas.setFont(fonts.regular, 7.5)
    canvas.setFillColor(colors.HexColor("#666666"))
    canvas.drawString(MARGIN, 10 * mm, footer)
    canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"page {doc.page}")
    canvas.restoreState()


def build_report(inp: ReportInput, fonts: Fonts | None = None) -> bytes:
    """The review report as PDF bytes."""
    fonts = fonts or register_fonts()
    d = _Doc(fonts)
    decl = inp.declaration
    findings = list(inp.findings) if inp.findings is not None else check(decl)
    title = f"Review report — {decl.company.name or 'unnamed company'}"
    story: list[Flowable] = [
        d.p(title, d.h1),
        d.p(f"{decl.family} {decl.version} · generated {inp.generated_at:%Y-%m-%d %H:%M}", d.small),
        Spacer(1, 8),
        *_summary(d, inp, findings),
        *_findings(d, findings, inp.wording or _english),
        *_comments(d, inp.comments),
        *_smelters(d, decl),
        *_facility_section(d, decl, inp.facilities, inp.generated_at.date(), WIDTH),
        *_changes(d, inp.previous, decl),
    ]
    buf = io.BytesIO()
    footer = f"MRT Desk review report · {decl.family} {decl.version} · {inp.status.label}"
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=inp.prepared_by or "MRT Desk",
        creator="MRT Desk",
    )
    doc.build(
        story,
        onFirstPage=lambda c, dc: _page(c, dc, fonts, footer),
        onLaterPages=lambda c, dc: _page(c, dc, fonts, footer),
    )
    return buf.getvalue()


def write_report(path: str | os.PathLike[str], inp: ReportInput) -> Path:
    """Build the report and write it to `path` atomically."""
    return write_atomic(path, build_report(inp))
