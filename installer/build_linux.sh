#!/usr/bin/env bash
# Builds the Linux bundle of MRT Desk: dist/mrtdesk-<version>-linux-<arch>.tar.gz holding the
# one-folder app, a .desktop file, the icons and install.sh (per-user install under ~/.local).
#
# Usage: installer/build_linux.sh            (from anywhere; uses build/installer/venv)
# Environment:
#   MRTDESK_BUILD_VENV   virtual environment to create or reuse (default build/installer/venv)
#   PYTHON               interpreter that creates it (default python3; must be 3.11 or newer)
#   PYINSTALLER_SPEC     pip requirement for PyInstaller (default the version this was tested with)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${MRTDESK_BUILD_VENV:-"$ROOT/build/installer/venv"}
PYTHON=${PYTHON:-python3}
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-"pyinstaller==6.22.3"}
WORK="$ROOT/build/installer/work"
DIST="$ROOT/dist"
start=$(date +%s)

say() { printf '== %s\n' "$*"; }

if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
PY="$VENV/bin/python"
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "build_linux.sh: Python 3.11 or newer is needed" >&2; exit 1; }

say "installing $PYINSTALLER_SPEC and MRT Desk into the build environment"
"$PY" -m pip install -q --disable-pip-version-check "$PYINSTALLER_SPEC"
# A regular (not editable) install, so that the bundled dist-info is the real one.
"$PY" -m pip install -q --disable-pip-version-check "$ROOT"
VERSION=$("$PY" -c 'import importlib.metadata as m; print(m.version("mrtdesk"))')
say "PyInstaller $("$PY" -m PyInstaller --version), MRT Desk $VERSION, $("$PY" -V)"

say "freezing (installer/mrtdesk.spec)"
rm -rf "$DIST/mrtdesk"
mkdir -p "$WORK"
# From the work folder: in the repository root the development mrtdesk.egg-info would be found
# instead of the installed metadata.
cd "$WORK"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --workpath "$WORK" --distpath "$DIST" "$ROOT/installer/mrtdesk.spec"

frozen_version=$("$DIST/mrtdesk/mrtdesk" --version)
[ "$frozen_version" = "mrtdesk $VERSION" ] \
  || { echo "build_linux.sh: frozen app says '$frozen_version', expected $VERSION" >&2; exit 1; }

ARCH=$(uname -m)
NAME="mrtdesk-$VERSION-linux-$ARCH"
STAGE="$ROOT/build/installer/$NAME"
say "packing $NAME.tar.gz"
rm -rf "$STAGE"
mkdir -p "$STAGE/icons"
cp -R "$DIST/mrtdesk" "$STAGE/mrtdesk"
cp "$ROOT/installer/linux/mrtdesk.desktop" "$ROOT/installer/linux/install.sh" "$STAGE/"
cp "$ROOT"/desktop/resources/icons/mrtdesk-*.png "$ROOT/desktop/resources/icons/mrtdesk.svg" "$STAGE/icons/"
chmod +x "$STAGE/install.sh"
TARBALL="$DIST/$NAME.tar.gz"
tar -C "$(dirname "$STAGE")" -czf "$TARBALL" "$NAME"
rm -rf "$STAGE"

unpacked=$(du -sb "$DIST/mrtdesk" | cut -f1)
packed=$(stat -c %s "$TARBALL")
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
say "app folder dist/mrtdesk: $(mib "$unpacked") unpacked"
say "tarball dist/$NAME.tar.gz: $(mib "$packed")"
say "built in $(($(date +%s) - start)) s"
