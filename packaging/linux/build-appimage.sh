#!/usr/bin/env bash
# AppImage from the one-folder build: dist/Casebinder-<version>-x86_64.AppImage.
#   packaging/build.sh && packaging/linux/build-appimage.sh
# Needs appimagetool on PATH (https://github.com/AppImage/appimagetool); says so and stops when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v appimagetool > /dev/null || { echo "appimagetool is not installed: no AppImage built" >&2; exit 2; }
[ -x dist/casebinder/casebinder ] || { echo "run packaging/build.sh first" >&2; exit 1; }
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
APPDIR=build/Casebinder.AppDir
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share/applications" "$APPDIR/usr/share/metainfo" "$APPDIR/usr/share/icons"
cp -a dist/casebinder "$APPDIR/usr/lib/casebinder"
cp -a build/icons/hicolor "$APPDIR/usr/share/icons/"
cp packaging/linux/org.casebinder.Casebinder.desktop "$APPDIR/usr/share/applications/"
cp packaging/linux/org.casebinder.Casebinder.desktop "$APPDIR/"
cp packaging/linux/org.casebinder.Casebinder.metainfo.xml "$APPDIR/usr/share/metainfo/org.casebinder.Casebinder.appdata.xml"
cp build/icons/hicolor/256x256/apps/org.casebinder.Casebinder.png "$APPDIR/org.casebinder.Casebinder.png"
cat > "$APPDIR/AppRun" <<'RUN'
#!/bin/sh
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/casebinder/casebinder" "$@"
RUN
chmod +x "$APPDIR/AppRun"
ARCH=x86_64 appimagetool --no-appstream "$APPDIR" "dist/Casebinder-$VERSION-x86_64.AppImage"
