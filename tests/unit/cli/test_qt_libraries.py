"""Before the window opens, the app says which of Qt's system libraries are missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import qt_libraries


def test_advice_names_the_packages() -> None:
    text = qt_libraries.advice(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libfoo.so.9"])
    assert "libxcb-cursor.so.0" in text and "libfoo.so.9" in text
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in text
    assert "xcb-util-cursor" in text


def test_which_platform_plugin_is_used() -> None:
    assert qt_libraries.uses_xcb({})
    assert qt_libraries.uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not qt_libraries.uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not qt_libraries.uses_xcb({"WAYLAND_DISPLAY": "wayland-0"})


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"), reason="ldd")
def test_unresolvable_dependencies_are_listed(tmp_path: Path) -> None:
    """A copy of the plugin away from Qt's own libraries: those cannot be found."""
    plugin = qt_libraries.xcb_plugin()
    assert plugin is not None
    copy = tmp_path / plugin.name
    shutil.copy(plugin, copy)
    assert "libQt6XcbQpa.so.6" in qt_libraries.missing_libraries(copy)


def test_app_command_explains_instead_of_aborting(tmp_path: Path) -> None:
    plugin = qt_libraries.xcb_plugin()
    missing = qt_libraries.missing_libraries(plugin) if plugin else []
    if not missing:
        pytest.skip("every library of Qt's X11 plugin is installed here")
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    proc = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "--data-dir", str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "sudo apt install" in proc.stderr and missing[0] in proc.stderr
    assert "Aborted" not in proc.stderr and "qt.qpa" not in proc.stderr
