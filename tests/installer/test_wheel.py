"""The wheel: built from the source, installed into a fresh virtual environment, and the app
started from there offscreen in Chinese — its translations and icon must come with it.

The wheel is installed without its dependencies (no network): the fresh environment sees the
project environment's site-packages as a plain path, so PySide6 and the rest come from there,
while MRT Desk itself can only come from the wheel (the editable install's hook is not run,
and the source tree is not on the path)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

SMOKE = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path

    import desktop
    from desktop import i18n, resource_files
    from desktop.app import application, start

    app = application()
    state = {"desktop": desktop.__file__, "prefix": sys.prefix}

    def ready(window):
        state.update(
            language=i18n.current(),
            new_button=window.home.new_button.text(),
            icon=not app.windowIcon().isNull(),
            icon_file=str(resource_files.icon_path()),
            translations=sorted(p.name for p in i18n.translations_dir().glob("*.qm")),
        )
        window.store.close()
        app.quit()

    window = start(Path(os.environ["MRTDESK_DATA_DIR"]), ready)
    app.exec()
    print("STATE " + json.dumps(state))
    """
)


def _copy_source(dest: Path) -> Path:
    """The packaged parts of the tree, without caches or build leftovers."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts")
    for name in ("forms", "db", "desktop"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    return dest


def test_the_wheel_carries_translations_and_icon_and_starts_in_chinese(tmp_path: Path) -> None:
    src = _copy_source(tmp_path / "src")
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(dist), str(src)],
        check=True, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    (wheel,) = dist.glob("mrtdesk-*.whl")

    env_dir = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    )  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "-q", str(wheel)],
        check=True, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    (site / "project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    env = {k: v for k, v in os.environ.items() if not k.startswith(("MRTDESK_", "PYTHON"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MRTDESK_LANGUAGE="zh_CN",
        MRTDESK_DATA_DIR=str(tmp_path / "data"),
        HOME=str(tmp_path),
    )
    done = subprocess.run(
        [str(python), "-c", SMOKE], cwd=tmp_path, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    line = next((x for x in done.stdout.splitlines() if x.startswith("STATE ")), None)
    assert line is not None, done.stdout + done.stderr
    state = json.loads(line[len("STATE ") :])
    assert Path(state["desktop"]).is_relative_to(site), state["desktop"]  # not the source tree
    assert state["language"] == "zh_CN"
    assert state["new_button"] == "新建申报"
    assert state["icon"] and Path(state["icon_file"]).is_relative_to(site)
    assert "mrtdesk_zh_CN.qm" in state["translations"] and len(state["translations"]) == 9

    version = subprocess.run(
        [str(env_dir / "bin" / "mrtdesk"), "--version"], env=env, capture_output=True,
        text=True, timeout=60,
    )  # fmt: skip
    assert version.returncode == 0 and version.stdout.startswith("mrtdesk "), version.stderr
