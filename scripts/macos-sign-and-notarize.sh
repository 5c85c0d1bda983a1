#!/bin/sh
# Signs an installed LeadOps Console bundle for Apple's notary service and ships it as a DMG:
# every Mach-O inside first (plugins, dylibs, frameworks), then the app, each with the hardened
# runtime and a secure timestamp; then the DMG is made, signed, notarized and stapled, and
# Gatekeeper is asked about it. Runs on macOS only (codesign, notarytool); the CI's macOS job runs
# it when the secrets exist, and docs/release.md shows it by hand.
#   MACOS_SIGN_IDENTITY="Developer ID Application: …" APPLE_ID=… APPLE_TEAM_ID=… \
#   APPLE_APP_PASSWORD=… scripts/macos-sign-and-notarize.sh staging/leadops.app out/LeadOps.dmg
set -eu
[ $# -eq 2 ] || { echo "usage: $0 APP_BUNDLE OUTPUT.dmg" >&2; exit 2; }
app=$1
dmg=$2
: "${MACOS_SIGN_IDENTITY:?set MACOS_SIGN_IDENTITY}" "${APPLE_ID:?}" "${APPLE_TEAM_ID:?}" "${APPLE_APP_PASSWORD:?}"
root=$(cd "$(dirname "$0")/.." && pwd)
entitlements="$root/packaging/macos/leadops.entitlements"

sign() { codesign --force --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$@"; }

# Inside-out: a signature covers what is inside it, so the innermost code is signed first: loose
# libraries and plugins, then each framework, then helper executables, then the app.
find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' \) | while IFS= read -r f; do sign "$f"; done
if [ -d "$app/Contents/Frameworks" ]; then
    find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' | while IFS= read -r f; do sign "$f"; done
fi
find "$app/Contents/MacOS" -type f ! -name leadops | while IFS= read -r f; do sign "$f"; done
sign --entitlements "$entitlements" "$app"
codesign --verify --deep --strict --verbose=2 "$app"

mkdir -p "$(dirname "$dmg")"
hdiutil create -volname "LeadOps Console" -srcfolder "$app" -ov -format UDZO "$dmg"
codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$dmg"
spctl --assess --type open --context context:primary-signature --verbose "$dmg"
