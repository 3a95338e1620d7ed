#!/usr/bin/env bash
# Builds the tree in a clean Debian root made with debootstrap, the way .ci/run does on a
# fresh machine. `test` (the default) runs every test: with `trixie` this proves the code
# against Qt 6.8. `package` builds that release's own .deb (`.ci/dev package`), runs that
# release's lintian on it inside the root and copies it to OUT_DIR (default build/package).
# Needs root, debootstrap and Debian's mirror; takes 15 minutes or more on 2 cores.
# SOURCEDESK_ROOT=/path keeps the root there and reuses it on the next run.
#   packaging/linux/build-in-clean-root.sh [suite] [test|package]
set -euo pipefail
suite=${1:-trixie}
mode=${2:-test}
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
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root CI=true "$@"; }
case "$mode" in
test)
    echo "== .ci/dev test inside $suite"
    in_root bash -c 'cd /src && .ci/dev test' ;;
package)
    out_dir=$(realpath -m "${OUT_DIR:-$source_tree/build/package}")
    echo "== .ci/dev package inside $suite"
    in_root bash -c 'cd /src && .ci/dev package'
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        lintian >/dev/null
    echo "== lintian ($suite)"
    in_root bash -c 'cd /src/build/package && lintian --fail-on error,warning \
        --display-info sourcedesk_*.deb' | tee "$root/src/build/package/lintian.txt"
    mkdir -p "$out_dir"
    cp "$root"/src/build/package/sourcedesk_*.deb "$out_dir/"
    ls -l "$out_dir"/sourcedesk_*.deb ;;
*)
    echo "usage: $0 [suite] [test|package]" >&2
    exit 2 ;;
esac
