"""The charts of the review report: one stacked horizontal bar per metal (smelter kinds, and
facility-list standing)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from forms.review.smelter_stats import MetalStats

Series = tuple[tuple[str, str, colors.Color], ...]

SERIES = (
    ("listed", "Listed", colors.HexColor("#2e7d32")),
    ("not_listed", "Not listed", colors.HexColor("#f9a825")),
    ("not_yet_identified", "Not yet identified", colors.HexColor("#c62828")),
    ("duplicates", "Duplicates", colors.HexColor("#6d6d6d")),
)
BAR_HEIGHT = 14


def smelter_chart(stats: list[MetalStats], width: float, font: str) -> Drawing:
    """A drawing `width` points wide: a bar per metal, stacked by kind, with a legend below."""
    return stacked_chart(stats, SERIES, width, font)


def stacked_chart(stats: Sequence[Any], series: Series, width: float, font: str) -> Drawing:
    """A bar per item of `stats` (each with `metal`, `total` and one attribute per series key),
    stacked by series, with a legend below."""
    label_width, legend_height = 70, 22
    plot_height = max(len(stats), 1) * (BAR_HEIGHT + 8)
    d = Drawing(width, plot_height + legend_height + 24)
    if not stats:
        d.add(String(0, legend_height, "No metals.", fontName=font, fontSize=9))
        return d
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, legend_height + 18
    chart.width, chart.height = width - label_width - 10, plot_height
    # Bars are drawn bottom-up; reverse so the first metal is on top like in the table.
    ordered = list(reversed(stats))
    chart.data = [[getattr(s, key) for s in ordered] for key, _, _ in series]
    chart.categoryAxis.categoryNames = [s.metal for s in ordered]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    top = max(s.total for s in stats)
    chart.valueAxis.valueMax = max(top, 1) * 1.05
    chart.valueAxis.valueStep = _step(top)
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.barWidth = BAR_HEIGHT
    chart.groupSpacing = 8
    for i, (_, _, color) in enumerate(series):
        chart.bars[i].fillColor = color
        chart.bars[i].strokeColor = None
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = label_width, legend_height - 6
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.fontName = font
    legend.fontSize = 8
    legend.boxAnchor = "nw"
    legend.colorNamePairs = [(color, label) for _, label, color in series]
    d.add(legend)
    return d


def _step(top: int) -> int:
    """A round axis step giving about five grid lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 6:
            return step
    return max(top // 5, 1)


STANDING_SERIES: Series = (
    ("conformant", "Conformant", colors.HexColor("#2e7d32")),
    ("active", "Active", colors.HexColor("#1565c0")),
    ("other", "Not conformant or active", colors.HexColor("#c62828")),
)
