#!/usr/bin/env bash
# Installs the .deb that cpack made into a clean root of the Debian release it was built for
# (debootstrap, without recommends) and starts it there: `sourcedesk --version`, every
# run-time plugin present with its libraries, the CLI against its own sandbox, and an
# offscreen run of the demo workspace that must load it AND open the activity journal
# (SQLite). Then it proves itself: with the SQLite driver removed the history check must fail.
# Needs root, debootstrap and Debian's mirror; takes a few minutes.
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
passed=0
failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

echo "== debootstrap $suite into $root"
debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.log" 2>&1 \
    || { tail -20 "$root.log"; exit 1; }
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

echo "== apt-get install --no-install-recommends ./$(basename "$deb")"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >"$root.install.log" 2>&1 || { tail -20 "$root.install.log"; exit 1; }
echo "Depends: $(dpkg-deb -f "$deb" Depends)"

echo "== sourcedesk --version"
version=$(in_root sourcedesk --version || true)
echo "$version"
if grep -q "^Sourcedesk " <<<"$version"; then
    pass "sourcedesk --version"
else
    fail "sourcedesk --version"
fi

# The plugins Qt loads at run time (packaging/linux/packages.cmake), each with its libraries.
plugins_ok() {
    local dir plugin bad=""
    dir=$(in_root bash -c 'ls -d /usr/lib/*/qt6/plugins | head -1')
    for plugin in platforms/libqxcb.so platforms/libqoffscreen.so sqldrivers/libqsqlite.so \
        iconengines/libqsvgicon.so imageformats/libqsvg.so tls/libqopensslbackend.so; do
        if [ ! -f "$root$dir/$plugin" ]; then
            bad+=" $plugin(missing)"
        elif in_root ldd "$dir/$plugin" | grep -q "not found"; then
            bad+=" $plugin(unresolved libraries)"
        fi
    done
    [ -z "$bad" ] || { echo "plugins:$bad"; return 1; }
}
if plugins_ok; then pass "every run-time plugin is installed and resolves"; else fail "plugins"; fi

echo "== sourcedesk-cli against its own sandbox"
if in_root bash -c '
    sourcedesk-cli sandbox --sources 300 > /tmp/sandbox.log 2>&1 &
    for _ in $(seq 50); do grep -q listening /tmp/sandbox.log && break; sleep 0.2; done
    url=$(sed -n "s/^fini-sandbox listening on //p" /tmp/sandbox.log)
    count=$(FINI_API_KEY=fini_demo_read sourcedesk-cli list --base-url "$url" --json | wc -l)
    kill %1
    echo "listed $count sources"
    [ "$count" -eq 300 ]'; then
    pass "sourcedesk-cli lists 300 sources"
else
    fail "sourcedesk-cli list"
fi

# The demo workspace loads and its activity journal opens (the SQLite driver works).
demo_with_history() {
    in_root bash -c '
        rm -rf /root/.local/share/Sourcedesk /tmp/app.log
        export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="sourcedesk.*=true"
        timeout 15 sourcedesk --demo > /tmp/app.log 2>&1; status=$?
        tail -3 /tmp/app.log
        # 124: still running when the timeout stopped it, as it should be.
        [ "$status" -eq 124 ] || { echo "exit status $status"; exit 1; }
        grep -q "loaded 2500 sources" /tmp/app.log || { echo "demo not loaded"; exit 1; }
        if grep -qi "driver not loaded\|QSqlDatabase" /tmp/app.log; then
            echo "history off: $(grep -i "driver not loaded\|QSqlDatabase" /tmp/app.log | head -2)"
            exit 1
        fi
        ls /root/.local/share/Sourcedesk/Sourcedesk/activity-*.sqlite >/dev/null 2>&1 \
            || { echo "no activity journal"; exit 1; }'
}
echo "== offscreen run of the demo workspace"
if demo_with_history; then pass "demo workspace with its activity journal"; else fail "demo run"; fi

echo "== self-test: the same checks without the SQLite driver must fail"
in_root dpkg --force-depends -r libqt6sql6-sqlite >/dev/null 2>&1
if demo_with_history >/dev/null 2>&1; then
    fail "history check passed without the SQLite driver"
else
    pass "history check fails without the SQLite driver"
fi
if plugins_ok >/dev/null; then
    fail "plugin check passed without the SQLite driver"
else
    pass "plugin check fails without the SQLite driver"
fi

echo "check-deb-in-clean-root ($suite): $passed passed, $failed failed"
[ "$failed" -eq 0 ]
