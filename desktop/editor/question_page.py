"""One question page: the question in the template's words, answered once per mineral."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from desktop.editor import help_texts
from desktop.editor.gating import skip_reason
from desktop.editor.page_base import Page
from desktop.editor.session import DeclarationSession
from desktop.widgets.fields import CheckedLineEdit, OptionCombo
from forms.templates import cells


class QuestionPage(Page):
    """Attributes: number (the question's number), skip_labels (mineral → reason label)."""

    def __init__(
        self, session: DeclarationSession, number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.number = number
        self.key = f"q{number}"
        question = session.template.question(number)
        self.title = f"Question {number}"
        self.skip_labels: dict[str, QLabel] = {}
        self.rows_widgets: dict[str, tuple[OptionCombo, CheckedLineEdit]] = {}
        self.heading(f"Question {number}", question.text)
        top = QHBoxLayout()
        top.addWidget(QLabel("Answer for each mineral. A comment is optional."))
        top.addStretch(1)
        top.addWidget(
            self.help_button(
                f"Question {number}", help_texts.question_help(session.template, number)
            )
        )
        self.layout_.addLayout(top)
        self.grid_host = QWidget()
        self.layout_.addWidget(self.grid_host)
        self.layout_.addStretch(1)
        self._build()

    def _build(self) -> None:
        tpl, decl = self.session.template, self.session.decl
        question = tpl.question(self.number)
        grid = QGridLayout(self.grid_host)
        grid.setColumnStretch(2, 1)
        for col, text in enumerate(("Mineral", "Answer", "Comment")):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 0, col)
        row = 1
        for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
            if not question.applies_to(mineral):
                continue
            base = f"answers.{mineral}.{self.number}"
            combo = OptionCombo(question.options_for(mineral))
            combo.setObjectName(f"{base}.answer")
            combo.setAccessibleName(f"{mineral}: question {self.number}")
            comment = CheckedLineEdit()
            comment.setObjectName(f"{base}.comment")
            comment.setPlaceholderText("Comment (optional)")
            grid.addWidget(QLabel(mineral), row, 0)
            grid.addWidget(self.bind(f"{base}.answer", combo), row, 1)
            grid.addWidget(self.bind(f"{base}.comment", comment), row, 2)
            skip = QLabel()
            skip.setObjectName(f"skip.{mineral}")
            skip.setWordWrap(True)
            skip.setStyleSheet("color: palette(mid); font-style: italic;")
            grid.addWidget(skip, row + 1, 1, 1, 2)
            self.skip_labels[mineral] = skip
            self.rows_widgets[mineral] = (combo, comment)
            row += 2
        self.refresh()

    def refresh(self) -> None:
        for mineral, label in self.skip_labels.items():
            reason = skip_reason(self.session.decl, mineral, self.number)
            label.setText(f"Skipped — {reason}" if reason else "")
            label.setVisible(reason is not None)
            for widget in self.rows_widgets[mineral]:
                widget.setEnabled(reason is None)

    def is_skipped(self, mineral: str) -> bool:
        return not self.skip_labels[mineral].isHidden()

    def on_minerals_changed(self) -> None:
        for path in list(self.fields):
            del self.fields[path]
        old = self.grid_host
        self.grid_host = QWidget()
        self.layout_.replaceWidget(old, self.grid_host)
        old.deleteLater()
        self.skip_labels.clear()
        self.rows_widgets.clear()
        self._build()
