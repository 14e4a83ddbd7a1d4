#!/bin/sh
# Installs MRT Desk for the current user under ~/.local (no root needed):
#   ~/.local/lib/mrtdesk/           the application folder (this folder's mrtdesk/)
#   ~/.local/bin/mrtdesk            a symbolic link to the program
#   ~/.local/share/applications/    mrtdesk.desktop (menu entry, "Open with" for .xlsx)
#   ~/.local/share/icons/hicolor/   the icon
# `./install.sh --uninstall` removes exactly these. Your data (~/.local/share/MRT Desk, or
# $MRTDESK_DATA_DIR) is never touched by either.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-"$HOME/.local"}
lib="$prefix/lib/mrtdesk"
bin="$prefix/bin"
apps="$prefix/share/applications"
icons="$prefix/share/icons/hicolor"
sizes="16 24 32 48 64 128 256 512"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$lib"
  [ -L "$bin/mrtdesk" ] && rm -f "$bin/mrtdesk"
  rm -f "$apps/mrtdesk.desktop" "$icons/scalable/apps/mrtdesk.svg"
  for s in $sizes; do rm -f "$icons/${s}x${s}/apps/mrtdesk.png"; done
  refresh
  echo "MRT Desk removed. Your data folder was left as it was."
  exit 0
fi

[ -x "$here/mrtdesk/mrtdesk" ] || { echo "install.sh: $here/mrtdesk/mrtdesk is missing" >&2; exit 1; }
mkdir -p "$prefix/lib" "$bin" "$apps"
rm -rf "$lib.new"
cp -R "$here/mrtdesk" "$lib.new"
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sfn "$lib/mrtdesk" "$bin/mrtdesk"
for s in $sizes; do
  mkdir -p "$icons/${s}x${s}/apps"
  cp "$here/icons/mrtdesk-$s.png" "$icons/${s}x${s}/apps/mrtdesk.png"
done
mkdir -p "$icons/scalable/apps"
cp "$here/icons/mrtdesk.svg" "$icons/scalable/apps/mrtdesk.svg"
# An absolute Exec= path, so the menu entry works even when ~/.local/bin is not on PATH.
sed -e "s|^Exec=mrtdesk|Exec=\"$lib/mrtdesk\"|" -e "s|^TryExec=mrtdesk|TryExec=$lib/mrtdesk|" \
  "$here/mrtdesk.desktop" > "$apps/mrtdesk.desktop"
refresh
echo "MRT Desk $("$lib/mrtdesk" --version | sed 's/^mrtdesk //') installed in $lib"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "Note: $bin is not on your PATH; the menu entry works, or run $lib/mrtdesk" ;;
esac
