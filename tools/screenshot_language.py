"""Renders a question page offscreen in other interface languages, with RMI's translated
question text from the official CMRT 6.5 template, into docs/screenshots/question-<lang>.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_language.py zh_CN th
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from screenshots import DOCS, OFFICIAL, README_WIDTH, SIZE, _sample, _save

from desktop import i18n
from desktop.app import create_window


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("languages", nargs="+", choices=sorted(i18n.BY_CODE))
    parser.add_argument("--page", default="q2", help="the editor page to show (default q2)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    DOCS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        window = create_window(Path(tmp) / "data")
        window.resize(*SIZE)
        window.show()
        if OFFICIAL.is_file():
            window.store.add_template(OFFICIAL)
        editor = window.open_declaration(_sample(window))
        editor.sections.setCurrentRow([p.key for p in editor.pages].index(args.page))
        for code in args.languages:
            i18n.install(code)
            QCoreApplication.sendPostedEvents()  # the LanguageChange events: texts switch now
            QCoreApplication.processEvents()
            editor.recheck()
            path = DOCS / f"question-{code}.png"
            _save(window, path, README_WIDTH)
            print(path)
        window.close()
        window.store.close()
    del app


if __name__ == "__main__":
    main()
