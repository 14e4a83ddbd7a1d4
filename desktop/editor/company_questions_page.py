"""The company-level questions (A…): the due-diligence programme as a whole."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from desktop.editor import help_texts
from desktop.editor.gating import company_skip_reason, needs_details
from desktop.editor.page_base import Page
from desktop.editor.session import DeclarationSession
from desktop.widgets.fields import CheckedLineEdit, OptionCombo
from forms.templates import cells
from forms.templates.model import CompanyQuestion


class CompanyQuestionsPage(Page):
    key = "company_questions"
    title = "Company-level questions"

    def __init__(self, session: DeclarationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.heading(
            "Company-level questions", "About your company’s sourcing policy and due diligence."
        )
        top = QHBoxLayout()
        self.skip_label = QLabel()
        self.skip_label.setObjectName("skip.company")
        self.skip_label.setWordWrap(True)
        self.skip_label.setStyleSheet("color: palette(mid); font-style: italic;")
        top.addWidget(self.skip_label, 1)
        top.addWidget(self.help_button("Company-level questions", help_texts.COMPANY))
        self.layout_.addLayout(top)
        self.per_mineral_skips: dict[str, QLabel] = {}
        self.host = QWidget()
        self.layout_.addWidget(self.host)
        self.layout_.addStretch(1)
        self._build()

    def _pair(
        self, grid: QGridLayout, row: int, base: str, q: CompanyQuestion, mineral: str | None
    ) -> None:
        combo = OptionCombo(q.options_for(mineral))
        combo.setObjectName(f"{base}.answer")
        kind = "url" if q.url_when else "text"
        comment = CheckedLineEdit(kind)
        comment.setObjectName(f"{base}.comment")
        if q.url_when:
            comment.setPlaceholderText(f"Web address of the policy (needed when “{q.url_when}”)")
        elif q.describe_when:
            comment.setPlaceholderText(f"Describe the format (needed when “{q.describe_when}”)")
        else:
            comment.setPlaceholderText("Comment (optional)")
        grid.addWidget(self.bind(f"{base}.answer", combo), row, 1)
        grid.addWidget(self.bind(f"{base}.comment", comment), row, 2)

    def _build(self) -> None:
        tpl, decl = self.session.template, self.session.decl
        grid = QGridLayout(self.host)
        grid.setColumnStretch(2, 1)
        row = 0
        for q in tpl.company_questions:
            text = QLabel(f"<b>{q.letter})</b> {q.text}")
            text.setWordWrap(True)
            grid.addWidget(text, row, 0, 1, 3)
            row += 1
            if q.per_mineral:
                for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
                    grid.addWidget(QLabel(mineral), row, 0)
                    self._pair(
                        grid, row, f"company_answers_by_mineral.{q.letter}.{mineral}", q, mineral
                    )
                    skip = QLabel()
                    skip.setStyleSheet("color: palette(mid); font-style: italic;")
                    self.per_mineral_skips[f"{q.letter}.{mineral}"] = skip
                    grid.addWidget(skip, row + 1, 1, 1, 2)
                    row += 2
            else:
                self._pair(grid, row, f"company_answers.{q.letter}", q, None)
                row += 1
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            grid.addWidget(line, row, 0, 1, 3)
            row += 1
        self.refresh()

    def refresh(self) -> None:
        decl = self.session.decl
        reason = company_skip_reason(decl)
        self.skip_label.setText(reason or "")
        self.skip_label.setVisible(reason is not None)
        for key, label in self.per_mineral_skips.items():
            mineral = key.split(".", 1)[1]
            skipped = not needs_details(decl, mineral)
            label.setText(
                f"Not required because questions 1–2 for {mineral} stop here." if skipped else ""
            )
            label.setVisible(skipped)

    def on_minerals_changed(self) -> None:
        self.fields.clear()
        self.per_mineral_skips.clear()
        old = self.host
        self.host = QWidget()
        self.layout_.replaceWidget(old, self.host)
        old.deleteLater()
        self._build()
