#!/usr/bin/env bash
# Optional release step: signs the app inside the disk image and notarizes it. Driven by
# environment variables only; a local build never needs it.
#   MACOS_CERTIFICATE (base64 .p12), MACOS_CERTIFICATE_PASSWORD, MACOS_SIGNING_IDENTITY,
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
set -euo pipefail
dmg=$1
keychain=build.keychain
echo "$MACOS_CERTIFICATE" | base64 --decode > certificate.p12
security create-keychain -p "" "$keychain"
security import certificate.p12 -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -s -k "" "$keychain"
security list-keychains -s "$keychain"
rm certificate.p12

work=$(mktemp -d)
hdiutil attach "$dmg" -mountpoint "$work/mnt" -nobrowse
cp -R "$work/mnt/Sourcedesk.app" "$work/"
hdiutil detach "$work/mnt"
codesign --deep --force --options runtime --timestamp --sign "$MACOS_SIGNING_IDENTITY" \
    "$work/Sourcedesk.app"
rm "$dmg"
hdiutil create -volname Sourcedesk -srcfolder "$work/Sourcedesk.app" -ov -format UDZO "$dmg"
codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$dmg"
