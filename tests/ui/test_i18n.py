"""The interface in the user's language: every string wrapped, every language complete, switching
at run time, RMI's own translations of the template, English stored and exported."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication
from ui_driver import go, new_declaration

from desktop import i18n
from desktop.dialogs.settings_dialog import SettingsDialog
from desktop.editor.question_page import QuestionPage
from desktop.template_texts import TemplateTexts
from desktop.widgets.fields import DatePicker, OptionCombo, display_format

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402

# --- every user-visible string goes through Qt's translation --------------------------------

TEXT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setTitle", "setSpecialValueText", "setLabelText", "setHeaderLabels",
    "showMessage", "addAction", "addMenu", "setItemText", "setTabText", "beginMacro",
    "setWindowIconText", "setAccessibleName", "heading", "set_heading",
}  # fmt: skip
WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QProgressDialog", "QMenu", "QCommandLinkButton",
}  # fmt: skip
DIALOG_FUNCTIONS = {
    "information", "warning", "question", "critical", "about",
    "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
    "getText", "getItem", "getInt",
}  # fmt: skip
# Literals that read the same in every language: examples of what to type (the template's own
# English names and formats). Wrap a text rather than list it here.
ALLOWED = {"CMRT 6.5; EMRT 2.1 (Cobalt)", "2026 H1"}
# Markup, entities, placeholders, file patterns and file names are not words to translate.
_TAG = re.compile(r"<[^>]+>|&\w+;|\{\w*\}|\*\.\w+|[\w-]+\.(xlsx|xlsm|xls|pdf|csv)\b")


def _is_text(literal: str) -> bool:
    return any(c.isalpha() for c in _TAG.sub("", literal)) and literal not in ALLOWED


def _bare_literals(node: ast.expr) -> list[str]:
    """String literals in `node` that reach the screen as they are (not through tr())."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        ]
    if isinstance(node, ast.BinOp):
        return _bare_literals(node.left) + _bare_literals(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_literals(node.body) + _bare_literals(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return [s for e in node.elts for s in _bare_literals(e)]
    return []


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _ui_files() -> list[Path]:
    return update_translations.source_files()


def unwrapped_strings(source: str, where: str) -> list[str]:
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in TEXT_SETTERS or name in WIDGETS or name in DIALOG_FUNCTIONS:
            args = [*node.args, *(k.value for k in node.keywords)]
            for literal in (s for a in args for s in _bare_literals(a)):
                if _is_text(literal):
                    found.append(f"{where}:{node.lineno}: {name}({literal!r})")
    return found


def test_the_scan_finds_an_unwrapped_string():
    found = unwrapped_strings(
        "def f(w, QLabel, QMessageBox, tr):\n"
        "    w.setText('Hello')\n"
        "    QLabel(f'Total: {1}')\n"
        "    QMessageBox.warning(w, tr('ok'), 'Cannot open')\n"
        "    w.setToolTip(tr('fine') if w else '')\n"
        "    w.setText('<b>{n}</b>')\n",
        "probe.py",
    )
    assert [f.split(": ", 1)[1] for f in found] == [
        "setText('Hello')",
        "QLabel('Total: ')",
        "warning('Cannot open')",
    ]


def test_every_user_visible_string_is_wrapped():
    found = [
        f
        for path in _ui_files()
        for f in unwrapped_strings(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(found)


def _contexts_in_code() -> set[str]:
    names: set[str] = set()
    for path in _ui_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and _name(node.func) in ("translate", "QT_TRANSLATE_NOOP")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                names.add(str(node.args[0].value))
    return names


def test_translations_are_looked_up_where_lupdate_put_them():
    """lupdate files `self.tr()` under the class and `translate("X", …)` under "X"; a helper such
    as `tr = lambda t: translate(ctx, t)` or `parent.tr(…)` lands under a context the running
    app never asks for, so its translation would never show."""
    import xml.etree.ElementTree as ET

    known = _contexts_in_code()
    ts = update_translations.ts_path("zh_CN")
    contexts = {c.findtext("name", "") for c in ET.parse(ts).getroot().iter("context")}
    assert contexts - known == set()


@pytest.mark.parametrize("lang", update_translations.LANGUAGES)
def test_every_language_is_complete(lang):
    left = update_translations.unfinished(update_translations.ts_path(lang))
    assert not left, f"{lang}: {len(left)} untranslated, e.g. {left[:5]}"


def test_the_translations_are_up_to_date_with_the_code_and_compiled(tmp_path):
    stale = update_translations.stale()
    assert not stale, f"run tools/update_translations.py (out of date: {stale})"
    for lang in update_translations.LANGUAGES:
        ts = update_translations.ts_path(lang)
        copy = tmp_path / ts.name
        copy.write_bytes(ts.read_bytes())
        update_translations.lrelease(copy)
        committed = ts.with_suffix(".qm")
        assert committed.read_bytes() == copy.with_suffix(".qm").read_bytes(), (
            f"{committed.name} is not compiled from {ts.name}: run tools/update_translations.py"
        )


def _accelerated(text: str) -> bool:
    """Has an "&" that marks an accelerator (not "a & b", not an HTML entity)."""
    return re.search(r"&(?!\w+;)\w", text) is not None


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%\d|%n", text))


@pytest.mark.parametrize("lang", update_translations.LANGUAGES)
def test_translations_keep_placeholders_markup_and_accelerators(lang):
    import xml.etree.ElementTree as ET

    root = ET.parse(update_translations.ts_path(lang)).getroot()
    problems = []
    for message in root.iter("message"):
        source = message.findtext("source", "")
        t = message.find("translation")
        assert t is not None
        texts = [f.text or "" for f in t.iter("numerusform")] or [t.text or ""]
        for text in texts:
            if _placeholders(text) != _placeholders(source) and "%n" not in source:
                problems.append(f"placeholders: {source!r} → {text!r}")
            if re.findall(r"</?\w+>", text) != re.findall(r"</?\w+>", source):
                problems.append(f"markup: {source!r} → {text!r}")
            if _accelerated(source) != _accelerated(text):
                problems.append(f"accelerator: {source!r} → {text!r}")
    assert not problems, "\n".join(problems)


# --- languages: which one, and RMI's texts ------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "code"),
    [
        ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"),
        ("ja_JP", "ja"), ("ko_KR", "ko"), ("th_TH", "th"), ("fr_CA", "fr"), ("de_AT", "de"),
        ("es_MX", "es"), ("pt_PT", "pt_BR"), ("pt_BR", "pt_BR"), ("vi_VN", "en"), ("C", "en"),
    ],
)  # fmt: skip
def test_the_system_locale_picks_the_closest_language(locale, code):
    assert i18n.match(QLocale(locale)) == code


def test_every_language_has_its_compiled_translation_next_to_the_app():
    for lang in i18n.LANGUAGES:
        if lang.code != i18n.ENGLISH:
            assert (i18n.translations_dir() / f"mrtdesk_{lang.code}.qm").is_file(), lang.code


LABELS = {
    "DeclarationB25": {
        "English": "1) Is any 3TG intentionally added or used in the product(s)? (*)",
        "中文 Chinese": "1) 是否有意添加 3TG？(*)",
    },
    "DeclarationB96": {"English": "Yes", "中文 Chinese": "是"},
    "DefinitionsB20": {"English": "Yes", "中文 Chinese": "是的"},
    "DeclarationB8": {"English": "Company Name (*):", "中文 Chinese": "公司名称："},
    "DeclarationB9": {"English": "Declaration Scope or Class (*):", "中文 Chinese": "   "},
}


def test_template_texts_match_by_english_text_and_fall_back_to_english():
    zh = TemplateTexts(LABELS, ("中文 Chinese",))
    assert zh.text("Is any 3TG intentionally added or used in the product(s)?") == (
        "是否有意添加 3TG？(*)"
    )
    assert zh.text("Yes") == "是"  # the Declaration sheet's own text wins
    assert zh.text("A. Yes") == "A. 是"  # a letter the app shows is kept
    assert zh.label("Company Name (*):") == "公司名称： (*)"
    assert zh.text("Declaration Scope or Class (*):") == "Declaration Scope or Class (*):"
    assert zh.text("Not in the sheet") == "Not in the sheet"
    thai = TemplateTexts(LABELS, ())
    assert not thai.translated and thai.text("Yes") == "Yes"


def test_dates_follow_the_language_but_keep_four_digit_years():
    assert display_format(QLocale("en_US")) == "dd-MMM-yyyy"
    zh = display_format(QLocale("zh_CN"))
    assert "yyyy" in zh and QDate(2026, 1, 15).toString(zh) == "2026/1/15"
    assert "yyyy" in display_format(QLocale("de_DE"))


# --- switching at run time --------------------------------------------------------------------


def _switch(code: str) -> None:
    i18n.install(code)
    QCoreApplication.sendPostedEvents()  # LanguageChange reaches every widget now
    QApplication.processEvents()  # and the editor names its sections after its pages


@pytest.mark.shared
def test_switching_language_at_run_time_retranslates_everything(qtbot, window, templates_dir):
    window.add_template_file(templates_dir / "RMI_CMRT_6.5.xlsx")
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    go(editor, "q1")
    q1 = editor.page("q1")
    assert isinstance(q1, QuestionPage)
    combo = q1.fields["answers.Tin.1.answer"]
    assert isinstance(combo, OptionCombo)
    assert q1.heading_label is not None and q1.intro_label is not None
    english_question = q1.session.template.question("1").text
    assert q1.heading_label.text() == "Question 1"
    assert q1.intro_label.text() == english_question
    assert window.file_menu.title() == "&File"
    assert editor.next_button.text() == "Next →"
    assert combo.itemText(combo.findData("Yes")) == "Yes"

    _switch("zh_CN")
    assert window.file_menu.title() == "文件(&F)"
    assert editor.next_button.text() == "下一步 →"
    assert editor.sections.item(0).text().startswith("公司")
    assert q1.heading_label.text() == "问题 1"
    # RMI's own Chinese text of question 1, from the template's L sheet (its "1) " dropped).
    assert q1.intro_label.text().startswith("是否在产品或生产流程中有意添加或使用任何 3TG")
    assert english_question in q1.english_label.text() and q1.english_label.isVisibleTo(q1)
    assert combo.itemText(combo.findData("Yes")) == "是"
    assert q1.mineral_labels["Tin"].text() == "锡"
    # The drop-down shows Chinese; the declaration keeps the template's English option.
    combo.setCurrentIndex(combo.findData("No"))
    assert editor.session.decl.answers["Tin"]["1"].answer == "No"
    stored = window.store.load(editor.session.decl_id).declaration
    assert stored.answers["Tin"]["1"].answer == "No"
    q2 = editor.page("q2")
    assert isinstance(q2, QuestionPage)
    assert "锡" in q2.skip_labels["Tin"].text() and "否" in q2.skip_labels["Tin"].text()

    _switch("th")
    assert window.file_menu.title() == "ไฟล์(&F)"
    assert q1.heading_label.text() == "คำถามข้อ 1"
    # RMI has no Thai column: the template's English question, options and minerals.
    assert q1.intro_label.text() == english_question
    assert not q1.english_label.isVisibleTo(q1)
    assert combo.itemText(combo.findData("Yes")) == "Yes"
    assert editor.back_button.text() == "← คำประกาศทั้งหมด"

    _switch("en")
    assert window.file_menu.title() == "&File"
    assert q1.heading_label.text() == "Question 1"
    assert q1.intro_label.text() == english_question
    assert combo.itemText(combo.findData("Yes")) == "Yes"
    assert editor.sections.item(0).text().startswith("Company")
    assert window.store.load(editor.session.decl_id).declaration.answers["Tin"]["1"].answer == (
        "No"
    )


def test_without_an_official_template_the_built_in_english_texts_are_shown(qtbot, window):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    _switch("ja")
    q1 = editor.page("q1")
    assert isinstance(q1, QuestionPage) and q1.heading_label is not None
    assert q1.heading_label.text() == "質問 1"
    assert q1.intro_label is not None
    assert q1.intro_label.text() == q1.session.template.question("1").text
    _switch("en")  # while the store is open: every widget hears of it


def test_the_settings_dialog_switches_and_remembers_the_language(qtbot, window):
    window.open_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.language.itemData(0) == ""  # the system language comes first
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    QCoreApplication.sendPostedEvents()
    assert i18n.current() == "ko"
    assert window.settings.language() == "ko"
    assert dialog.windowTitle() == "설정"
    assert window.home.new_button.text() == "새 신고서"
    dialog.language.setCurrentIndex(0)
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()
    assert window.settings.language() == "" and i18n.current() == "en"
    assert window.home.new_button.text() == "New declaration"
    dialog.close()


def test_the_date_field_shows_the_language_date_and_keeps_iso(qtbot, window):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    picker = editor.page("company").fields["company.effective_date"]
    assert isinstance(picker, DatePicker)
    picker.setDate(QDate(2026, 1, 15))
    assert picker.text() == "15-Jan-2026"
    _switch("zh_CN")
    assert picker.text() == "2026/1/15"
    assert editor.session.decl.company.effective_date == "2026-01-15"
    _switch("en")


@pytest.mark.parametrize("comment", ["供应商未回复", "ซัพพลายเออร์ไม่ตอบ", "回答なし", "응답 없음"])
def test_a_comment_not_in_english_raises_the_red_flag_with_a_hint(qtbot, window, comment):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    editor.session.set_field("answers.Tin.1.comment", comment)
    editor.recheck()
    flags = [f for f in editor.findings if f.code == "RF-NOT-ENGLISH"]
    assert [f.path for f in flags] == ["answers.Tin.1.comment"]
    assert flags[0].hint and "English" in flags[0].hint
    item = next(i for i in editor.findings_panel.items() if "not in English" in i.text(0))
    assert flags[0].hint in item.toolTip(0)
