#!/usr/bin/env bash
# Installs the .deb that cpack made into a clean Debian root (debootstrap) and starts it there:
# `sourcedesk --version`, the CLI against its own sandbox, and an offscreen run of the app on
# the demo workspace. Needs root, debootstrap and Debian's mirror; takes a few minutes.
#   packaging/linux/check-deb-in-clean-root.sh path/to/sourcedesk_*.deb [suite]
set -euo pipefail
deb=$(realpath "$1")
suite=${2:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=$(mktemp -d /tmp/sourcedesk-root.XXXXXX)
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT

echo "== debootstrap $suite into $root"
debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.log" 2>&1 \
    || { tail -20 "$root.log"; exit 1; }
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

echo "== apt-get install ./$(basename "$deb")"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >/dev/null

echo "== sourcedesk --version"
in_root sourcedesk --version | tee /dev/stderr | grep -q "^Sourcedesk "

echo "== sourcedesk-cli against its own sandbox"
in_root bash -c '
    sourcedesk-cli sandbox --sources 300 > /tmp/sandbox.log 2>&1 &
    for _ in $(seq 50); do grep -q listening /tmp/sandbox.log && break; sleep 0.2; done
    url=$(sed -n "s/^fini-sandbox listening on //p" /tmp/sandbox.log)
    count=$(FINI_API_KEY=fini_demo_read sourcedesk-cli list --base-url "$url" --json | wc -l)
    kill %1
    echo "listed $count sources"
    [ "$count" -eq 300 ]'

echo "== offscreen run of the demo workspace"
in_root bash -c '
    export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="sourcedesk.*=true"
    timeout 15 sourcedesk --demo > /tmp/app.log 2>&1; status=$?
    cat /tmp/app.log | tail -3
    # 124: still running when the timeout stopped it, as it should be.
    [ "$status" -eq 124 ] && grep -q "loaded 2500 sources" /tmp/app.log'
echo "check-deb-in-clean-root: 3 passed, 0 failed"
