#!/usr/bin/env bash
# Checks the disk image that cpack made, signed or not: the Applications link, the app and
# the CLI inside the bundle, both architectures in every Mach-O file (universal2), macOS 12.0
# as the deployment target, every library reference inside the bundle or the system, and the
# app and CLI starting from the mounted image.
#   packaging/macos/verify-bundle.sh sourcedesk-*-macos-universal.dmg
set -euo pipefail
dmg=$1
mnt=$(mktemp -d)
hdiutil attach "$dmg" -mountpoint "$mnt" -nobrowse -readonly >/dev/null
trap 'hdiutil detach "$mnt" >/dev/null || true' EXIT
app="$mnt/Sourcedesk.app"
bad=0
problem() { echo "FAIL: $*"; bad=1; }

[ -L "$mnt/Applications" ] || problem "no Applications link in the disk image"
[ -x "$app/Contents/MacOS/Sourcedesk" ] || problem "no app executable"
[ -x "$app/Contents/MacOS/sourcedesk-cli" ] || problem "the CLI is not inside the bundle"
ls "$app"/Contents/Frameworks/libqt6keychain*.dylib >/dev/null 2>&1 \
    || problem "QtKeychain is not in Contents/Frameworks"
[ -f "$app/Contents/Resources/THIRD-PARTY-NOTICES.txt" ] || problem "no third-party notices"

while IFS= read -r -d '' file; do
    file -b "$file" | grep -q "Mach-O" || continue
    archs=$(lipo -archs "$file")
    [[ "$archs" == *x86_64* && "$archs" == *arm64* ]] || problem "$file: only $archs"
    minos=$(otool -l "$file" | awk '/LC_BUILD_VERSION/{f=1} f&&/minos/{print $2; exit}')
    [ -z "$minos" ] || [ "$(printf '%s\n12.0\n' "$minos" | sort -V | tail -1)" = 12.0 ] \
        || problem "$file: needs macOS $minos"
    # Every library: the system's, or reached through @rpath/@loader_path/@executable_path.
    otool -L "$file" | tail -n +2 | awk '{print $1}' | while read -r lib; do
        case "$lib" in
        /usr/lib/* | /System/* | @rpath/* | @loader_path/* | @executable_path/*) ;;
        *) echo "FAIL: $file links $lib"; exit 1 ;;
        esac
    done || bad=1
done < <(find "$app" -type f -print0)

"$app/Contents/MacOS/Sourcedesk" --version || problem "the app does not start"
"$app/Contents/MacOS/sourcedesk-cli" --version || problem "the CLI does not start"
log=$(mktemp)
"$app/Contents/MacOS/sourcedesk-cli" sandbox --sources 50 >"$log" 2>&1 &
for _ in $(seq 50); do grep -q listening "$log" && break; sleep 0.2; done
url=$(sed -n 's/^fini-sandbox listening on //p' "$log")
count=$(FINI_API_KEY=fini_demo_read "$app/Contents/MacOS/sourcedesk-cli" list --base-url "$url" \
    --json | wc -l | tr -d ' ')
kill %1 || true
[ "$count" -eq 50 ] || problem "the CLI listed $count of 50 sources"
[ "$bad" -eq 0 ] && echo "verify-bundle: the bundle is complete, universal2 and runs"
exit "$bad"
