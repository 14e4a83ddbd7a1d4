"""The company-level questions (A…): the due-diligence programme as a whole."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from desktop.editor import help_texts
from desktop.editor.gating import company_skip_reason
from desktop.editor.page_base import Page
from desktop.editor.session import DeclarationSession
from desktop.widgets.fields import CheckedLineEdit, OptionCombo
from forms.fieldpath import FieldPath
from forms.rules.excel import eq
from forms.rules.gating import field_gate
from forms.templates import cells
from forms.templates.model import CompanyQuestion


class CompanyQuestionsPage(Page):
    key = "company_questions"
    title = "Company-level questions"

    def __init__(self, session: DeclarationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.heading("")
        top = QHBoxLayout()
        self.skip_label = QLabel()
        self.skip_label.setObjectName("skip.company")
        self.skip_label.setWordWrap(True)
        self.skip_label.setStyleSheet("color: palette(mid); font-style: italic;")
        top.addWidget(self.skip_label, 1)
        top.addWidget(
            self.help_button(
                lambda: self.tr("Company-level questions"),
                lambda: help_texts.translated(help_texts.COMPANY),
            )
        )
        self.layout_.addLayout(top)
        self.per_mineral_skips: dict[tuple[str, str], QLabel] = {}
        self.question_labels: list[tuple[QLabel, CompanyQuestion]] = []
        self.mineral_labels: list[tuple[QLabel, str]] = []
        self.pairs: list[tuple[OptionCombo, CheckedLineEdit, CompanyQuestion]] = []
        self.host = QWidget()
        self.layout_.addWidget(self.host)
        self.layout_.addStretch(1)
        self._build()

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Company-level questions")
        self.set_heading(
            self.tr("Company-level questions"),
            self.tr("About your company’s sourcing policy and due diligence."),
        )
        texts = self.session.texts()
        for label, q in self.question_labels:
            shown = texts.text(q.text)
            label.setText(f"<b>{q.letter})</b> {shown}")
            label.setToolTip(q.text if shown != q.text else "")
        for label, mineral in self.mineral_labels:
            label.setText(texts.text(mineral))
        for combo, _comment, _q in self.pairs:
            combo.show_options(texts.text)
        self.refresh()

    def _placeholder(self, combo: OptionCombo, q: CompanyQuestion) -> str:
        """What the comment asks for given the answer: the policy's web address only when the
        answer needs one (not after "No")."""
        texts = self.session.texts()
        answer = combo.value()
        if q.url_when and (answer is None or eq(answer, q.url_when)):
            return self.tr("Web address of the policy (needed when “{answer}”)").format(
                answer=texts.text(q.url_when)
            )
        if q.describe_when and (answer is None or eq(answer, q.describe_when)):
            return self.tr("Describe the format (needed when “{answer}”)").format(
                answer=texts.text(q.describe_when)
            )
        return self.tr("Comment (optional)")

    def _show_placeholders(self) -> None:
        for combo, comment, q in self.pairs:
            if q.url_when:
                answer = combo.value()
                comment.set_kind("url" if answer is None or eq(answer, q.url_when) else "text")
            comment.retranslate()

    def _pair(
        self, grid: QGridLayout, row: int, base: FieldPath, q: CompanyQuestion, mineral: str | None
    ) -> None:
        answer, note = str(base.with_part("answer")), str(base.with_part("comment"))
        combo = OptionCombo(q.options_for(mineral))
        combo.setObjectName(answer)
        kind = "url" if q.url_when else "text"
        comment = CheckedLineEdit(kind)
        comment.setObjectName(note)
        comment.placeholder_for = lambda c=combo, q=q: self._placeholder(c, q)
        self.pairs.append((combo, comment, q))
        grid.addWidget(self.bind(answer, combo), row, 1)
        grid.addWidget(self.bind(note, comment), row, 2)

    def _build(self) -> None:
        tpl, decl = self.session.template, self.session.decl
        grid = QGridLayout(self.host)
        grid.setColumnStretch(2, 1)
        row = 0
        for q in tpl.company_questions:
            text = QLabel()
            text.setWordWrap(True)
            self.question_labels.append((text, q))
            grid.addWidget(text, row, 0, 1, 3)
            row += 1
            if q.per_mineral:
                for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
                    name = QLabel(mineral)
                    self.mineral_labels.append((name, mineral))
                    grid.addWidget(name, row, 0)
                    self._pair(grid, row, FieldPath.company_answer(q.letter, mineral), q, mineral)
                    skip = QLabel()
                    skip.setStyleSheet("color: palette(mid); font-style: italic;")
                    self.per_mineral_skips[(q.letter, mineral)] = skip
                    grid.addWidget(skip, row + 1, 1, 1, 2)
                    row += 2
            else:
                self._pair(grid, row, FieldPath.company_answer(q.letter), q, None)
                row += 1
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            grid.addWidget(line, row, 0, 1, 3)
            row += 1
        self.retranslate()

    def refresh(self) -> None:
        self._show_placeholders()
        decl = self.session.decl
        reason = company_skip_reason(decl)
        self.skip_label.setText(reason or "")
        self.skip_label.setVisible(reason is not None)
        for (letter, mineral), label in self.per_mineral_skips.items():
            skipped = field_gate(decl, FieldPath.company_answer(letter, mineral)).skipped
            label.setText(
                self.tr("Not required because questions 1–2 for {mineral} stop here.").format(
                    mineral=self.session.texts().text(mineral)
                )
                if skipped
                else ""
            )
            label.setVisible(skipped)

    def on_minerals_changed(self) -> None:
        self.fields.clear()
        self.per_mineral_skips.clear()
        self.question_labels.clear()
        self.mineral_labels.clear()
        self.pairs.clear()
        old = self.host
        self.host = QWidget()
        self.layout_.replaceWidget(old, self.host)
        old.deleteLater()
        self._build()
