"""Light and dark appearance that follows the system colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ERROR_COLOR = QColor("#c62828")
ERROR_COLOR_DARK = QColor("#ef9a9a")
WARNING_COLOR = QColor("#b26a00")
WARNING_COLOR_DARK = QColor("#ffcc80")


def is_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_color() -> QColor:
    return ERROR_COLOR_DARK if is_dark() else ERROR_COLOR


def warning_color() -> QColor:
    return WARNING_COLOR_DARK if is_dark() else WARNING_COLOR


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 45), QColor(230, 230, 230)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, window)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor(42, 130, 218))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.Link, QColor(100, 170, 255))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return p


def apply_theme(app: QApplication) -> None:
    """Use Fusion (the same look everywhere) with the palette of the system's colour scheme,
    and switch when the system switches."""
    app.setStyle("Fusion")
    hints = app.styleHints()

    def follow() -> None:
        dark = hints.colorScheme() == Qt.ColorScheme.Dark
        app.setPalette(_dark_palette() if dark else app.style().standardPalette())

    follow()
    hints.colorSchemeChanged.connect(lambda _scheme: follow())
