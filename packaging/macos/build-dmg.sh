#!/usr/bin/env bash
# macOS: the .app bundle (the spec's BUNDLE step) and a drag-to-Applications disk image.
#   packaging/build.sh && packaging/macos/build-dmg.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d dist/Casebinder.app ] || { echo "run packaging/build.sh first (on macOS it makes dist/Casebinder.app)" >&2; exit 1; }
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R dist/Casebinder.app "$STAGE/"
ln -s /Applications "$STAGE/Applications"
# Signing and notarisation (not run here; need a Developer ID certificate and an app-specific password):
#   codesign --deep --force --options runtime --timestamp --sign "Developer ID Application: NAME (TEAMID)" \
#       "$STAGE/Casebinder.app"
hdiutil create -volname Casebinder -srcfolder "$STAGE" -ov -format UDZO "dist/Casebinder-$VERSION.dmg"
#   xcrun notarytool submit "dist/Casebinder-$VERSION.dmg" --apple-id ID --team-id TEAMID --password PW --wait
#   xcrun stapler staple "dist/Casebinder-$VERSION.dmg"
