"""One question page: the question in the template's words, answered once per mineral."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from desktop.editor import help_texts
from desktop.editor.gating import skip_reason
from desktop.editor.page_base import Page
from desktop.editor.session import DeclarationSession
from desktop.widgets.fields import CheckedLineEdit, OptionCombo
from forms.fieldpath import FieldPath
from forms.templates import cells

MUTED = "color: palette(mid); font-style: italic;"


class QuestionPage(Page):
    """Attributes: number (the question's number), skip_labels (mineral → reason label),
    english_label (the template's English question, shown when the page shows RMI's
    translation of it)."""

    def __init__(
        self, session: DeclarationSession, number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.number = number
        self.key = f"q{number}"
        self.skip_labels: dict[str, QLabel] = {}
        self.rows_widgets: dict[str, tuple[OptionCombo, CheckedLineEdit]] = {}
        self.header_labels: list[QLabel] = []
        self.mineral_labels: dict[str, QLabel] = {}
        self._texts = session.texts()
        self.heading("")
        self.english_label = QLabel()
        self.english_label.setObjectName("english_question")
        self.english_label.setWordWrap(True)
        self.english_label.setStyleSheet(MUTED)
        self.english_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.english_label)
        top = QHBoxLayout()
        self.answer_note = QLabel()
        top.addWidget(self.answer_note)
        top.addStretch(1)
        top.addWidget(
            self.help_button(
                self._title, lambda: help_texts.question_help(session.template, number)
            )
        )
        self.layout_.addLayout(top)
        self.grid_host = QWidget()
        self.layout_.addWidget(self.grid_host)
        self.layout_.addStretch(1)
        self._build()
        self.retranslate()

    def _title(self) -> str:
        return self.tr("Question {number}").format(number=self.number)

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self._title()
        question = self.session.template.question(self.number)
        texts = self.session.texts()
        shown = texts.text(question.text)
        self.set_heading(self.title, shown)
        translated = shown != question.text
        self.english_label.setText(
            self.tr("In the template (answer in English): {text}").format(text=question.text)
            if translated
            else ""
        )
        self.english_label.setVisible(translated)
        self.answer_note.setText(self.tr("Answer for each mineral. A comment is optional."))
        for label, text in zip(
            self.header_labels,
            (self.tr("Mineral"), self.tr("Answer"), self.tr("Comment")),
            strict=True,
        ):
            label.setText(f"<b>{text}</b>")
        for mineral, (combo, comment) in self.rows_widgets.items():
            self.mineral_labels[mineral].setText(texts.text(mineral))
            combo.show_options(texts.text)
            combo.setAccessibleName(
                self.tr("{mineral}: question {number}").format(mineral=mineral, number=self.number)
            )
            comment.setPlaceholderText(self.tr("Comment (optional)"))
        self._texts = texts
        self.refresh()

    def _build(self) -> None:
        tpl, decl = self.session.template, self.session.decl
        question = tpl.question(self.number)
        grid = QGridLayout(self.grid_host)
        grid.setColumnStretch(2, 1)
        self.header_labels = []
        for col in range(3):
            label = QLabel()
            grid.addWidget(label, 0, col)
            self.header_labels.append(label)
        row = 1
        for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
            if not question.applies_to(mineral):
                continue
            path = FieldPath.answer(mineral, self.number)
            answer, note = str(path), str(path.with_part("comment"))
            combo = OptionCombo(question.options_for(mineral))
            combo.setObjectName(answer)
            comment = CheckedLineEdit()
            comment.setObjectName(note)
            name = QLabel(mineral)
            self.mineral_labels[mineral] = name
            grid.addWidget(name, row, 0)
            grid.addWidget(self.bind(answer, combo), row, 1)
            grid.addWidget(self.bind(note, comment), row, 2)
            skip = QLabel()
            skip.setObjectName(f"skip.{mineral}")
            skip.setWordWrap(True)
            skip.setStyleSheet(MUTED)
            grid.addWidget(skip, row + 1, 1, 1, 2)
            self.skip_labels[mineral] = skip
            self.rows_widgets[mineral] = (combo, comment)
            row += 2

    def refresh(self) -> None:
        for mineral, label in self.skip_labels.items():
            reason = skip_reason(self.session.decl, mineral, self.number, self._texts.text)
            label.setText(self.tr("Skipped — {reason}").format(reason=reason) if reason else "")
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
        self.mineral_labels.clear()
        self._build()
        self.retranslate()
