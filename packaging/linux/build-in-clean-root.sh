#!/usr/bin/env bash
# Builds the tree and runs every test in a clean Debian root made with debootstrap, the way
# .ci/run does on a fresh machine. With `trixie` this proves the code against Qt 6.8.
# Needs root, debootstrap and Debian's mirror; takes 15 minutes or more on 2 cores.
# SOURCEDESK_ROOT=/path keeps the root there and reuses it on the next run.
#   packaging/linux/build-in-clean-root.sh [suite]
set -euo pipefail
suite=${1:-trixie}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
source_tree=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
root=${SOURCEDESK_ROOT:-$(mktemp -d /tmp/sourcedesk-build-root.XXXXXX)}
cleanup() {
    umount "$root/proc" "$root/dev/pts" "$root/dev" 2>/dev/null || true
    [ -n "${SOURCEDESK_ROOT:-}" ] || rm -rf "$root"
}
trap cleanup EXIT

if [ ! -x "$root/usr/bin/apt-get" ]; then
    echo "== debootstrap $suite"
    mkdir -p "$root"
    debootstrap --variant=minbase --include=git,ca-certificates,sudo "$suite" "$root" "$mirror" \
        >"$root.log" 2>&1 || { tail -20 "$root.log"; exit 1; }
fi
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
rm -rf "$root/src" && mkdir -p "$root/src"
git -C "$source_tree" archive HEAD | tar -x -C "$root/src"
echo "== .ci/dev test inside $suite"
chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root CI=true \
    bash -c 'cd /src && .ci/dev test'
