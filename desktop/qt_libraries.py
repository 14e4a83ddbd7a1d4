"""The Linux system libraries Qt's X11 platform plugin needs, checked before Qt is loaded.

On a minimal Linux, Qt aborts with "could not load the Qt platform plugin xcb" when a library
such as libxcb-cursor0 is missing. `missing_message()` finds the missing ones first (with
`ldd` on the plugin, which follows every dependency) and says which packages to install.
Imports no Qt: it runs before the window exists.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
}
"""Library file → (Debian/Ubuntu package, Fedora/RHEL package) that provides it."""

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.M)


def xcb_plugin() -> Path | None:
    """PySide6's X11 platform plugin, without importing PySide6 (None when not there)."""
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def uses_xcb(env: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Will Qt start on its X11 plugin? (Not offscreen, not a Wayland session.)"""
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries `plugin` needs that the system's loader cannot find ([] when `ldd` is
    not there to ask)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        proc = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return list(dict.fromkeys(_NOT_FOUND.findall(proc.stdout)))


def advice(missing: list[str]) -> str:
    """What to tell the user about `missing` libraries."""
    debian = sorted({PACKAGES[m][0] for m in missing if m in PACKAGES})
    fedora = sorted({PACKAGES[m][1] for m in missing if m in PACKAGES})
    unknown = [m for m in missing if m not in PACKAGES]
    lines = [
        "MRT Desk cannot open its window: Qt's X11 support needs system libraries that are "
        "not installed:",
        *(f"  {m}" for m in missing),
    ]
    if debian:
        lines += [
            "Install them with",
            f"  sudo apt install {' '.join(debian)}        (Debian, Ubuntu)",
            f"  sudo dnf install {' '.join(fedora)}        (Fedora, RHEL)",
        ]
    if unknown:
        lines.append("Install the packages that provide: " + ", ".join(unknown))
    lines.append("The command line (mrtdesk inspect, check, export, …) works without them.")
    return "\n".join(lines)


def missing_message() -> str | None:
    """Why the window cannot open on this system, or None when nothing is known to be
    missing (also off Linux, offscreen or on Wayland)."""
    if not sys.platform.startswith("linux") or not uses_xcb():
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    return advice(missing) if missing else None
