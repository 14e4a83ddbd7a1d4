"""How content-sized columns are measured: on a sample of rows, never on all of them."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

MEASURED_ROWS = 100
"""Rows a content-sized column measures. Qt's default (1000) made a list of 10,000
declarations or a table of 500 smelters measure a thousand rows per column at every reset;
and a view that is not shown yet, with precision 0, measures every row."""


def measure_few_rows(header: QHeaderView, rows: int = MEASURED_ROWS) -> QHeaderView:
    """`header`'s content-sized columns measure at most `rows` rows (those in view first);
    returns `header`."""
    header.setResizeContentsPrecision(rows)
    return header
