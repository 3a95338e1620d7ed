#!/usr/bin/env bash
# Release step: signs the app bundle inside the disk image from the inside out (no --deep),
# verifies it, rebuilds the image with the Applications link, signs and notarizes it, prints
# Apple's notarization log when it is refused, staples the ticket and checks Gatekeeper's
# verdict. Driven by environment variables only; a local build never needs it:
#   MACOS_CERTIFICATE (base64 .p12), MACOS_CERTIFICATE_PASSWORD, MACOS_SIGNING_IDENTITY,
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
#   packaging/macos/sign-and-notarize.sh build/release/sourcedesk-*-macos-universal.dmg
set -euo pipefail
dmg=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
keychain="$work/build.keychain-db"
cleanup() {
    hdiutil detach "$work/mnt" >/dev/null 2>&1 || true
    security delete-keychain "$keychain" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "$MACOS_CERTIFICATE" | base64 --decode >"$work/certificate.p12"
security create-keychain -p "" "$keychain"
security set-keychain-settings -lut 3600 "$keychain"
security unlock-keychain -p "" "$keychain"
security import "$work/certificate.p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" \
    -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -s -k "" "$keychain" >/dev/null
security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
rm "$work/certificate.p12"

hdiutil attach "$dmg" -mountpoint "$work/mnt" -nobrowse -readonly >/dev/null
mkdir "$work/image"
cp -R "$work/mnt/Sourcedesk.app" "$work/image/"
hdiutil detach "$work/mnt" >/dev/null
app="$work/image/Sourcedesk.app"

sign() {
    codesign --force --options runtime --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$@"
}
# Inside out: libraries and plugins, then frameworks, then the CLI, then the bundle.
find "$app/Contents" \( -name '*.dylib' -o -name '*.so' \) -type f -print0 \
    | while IFS= read -r -d '' f; do sign "$f"; done
find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' -print0 \
    | while IFS= read -r -d '' f; do sign "$f"; done
sign "$app/Contents/MacOS/sourcedesk-cli"
sign "$app"
codesign --verify --strict --deep --verbose=2 "$app"

ln -s /Applications "$work/image/Applications"
rm -f "$dmg"
hdiutil create -volname Sourcedesk -srcfolder "$work/image" -ov -format UDZO "$dmg"
codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
codesign --verify --strict --verbose=2 "$dmg"

echo "== notarization"
set +e
xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait --output-format json >"$work/notary.json"
set -e
cat "$work/notary.json"
id=$(plutil -extract id raw -o - "$work/notary.json" 2>/dev/null || true)
status=$(plutil -extract status raw -o - "$work/notary.json" 2>/dev/null || true)
if [ "$status" != "Accepted" ]; then
    echo "Notarization: ${status:-no answer}. Apple's log:" >&2
    [ -n "$id" ] && xcrun notarytool log "$id" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" >&2
    exit 1
fi
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"

echo "== Gatekeeper"
spctl -a -t open --context context:primary-signature -vv "$dmg"
hdiutil attach "$dmg" -mountpoint "$work/mnt" -nobrowse -readonly >/dev/null
spctl -a -t exec -vv "$work/mnt/Sourcedesk.app"
codesign --verify --strict --verbose=2 "$work/mnt/Sourcedesk.app/Contents/MacOS/sourcedesk-cli"
