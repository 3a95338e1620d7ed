#!/usr/bin/env bash
# The Windows build proven on this machine: cross-compiles sourcedesk.exe, sourcedesk-cli.exe,
# fini-sandbox.exe and the unit tests with Debian's mingw-w64 (POSIX threads) against Qt 6.4.2
# for Windows (../shared/toolchains), makes the installer (NSIS: WiX does not run on Linux;
# both package the same install tree, packaging/windows/deploy.cmake), installs it silently
# into a fresh Wine prefix, and then:
#   1. checks that every DLL the installed programs import is installed or part of Windows,
#   2. runs the installed sourcedesk-cli.exe against a Linux fini-sandbox,
#   3. starts the installed sourcedesk.exe --demo under Xvfb + openbox, waits for the demo
#      workspace and the activity journal (SQLite), takes a screenshot, and quits it with Ctrl+Q
#      (the process must end),
#   4. runs the unit tests under Wine (CMAKE_CROSSCOMPILING_EMULATOR).
# Run through `.ci/dev windows-check` (installs the Debian packages); too slow for CI.
#   packaging/windows/check-under-wine.sh [linux-fini-sandbox]
# Environment: QT_MINGW (default ~/.cache/qt-mingw, unpacked from the toolchain tarball),
# SOURCEDESK_WINE_KEEP=1 keeps the Wine prefix of the previous run.
set -euo pipefail
cd "$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
linux_sandbox=$(realpath "${1:-build/package/app/sandbox/fini-sandbox}")
toolchains=$(realpath -m ../shared/toolchains)
qt=${QT_MINGW:-$HOME/.cache/qt-mingw}
build=build/windows
out=$PWD/$build/check
export WINEPREFIX=$PWD/$build/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
passed=0
failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
step() { echo "== $*"; }

step "toolchain: Qt 6.4.2 for mingw-w64"
if [ ! -f "$qt/lib/cmake/mingw-w64-x86_64-posix.toolchain.cmake" ]; then
    if [ -f "$toolchains/qt-6.4.2-mingw64.tar.xz" ]; then
        mkdir -p "$(dirname "$qt")"
        tar -C "$(dirname "$qt")" -xJf "$toolchains/qt-6.4.2-mingw64.tar.xz"
        [ "$(dirname "$qt")/qt-mingw" = "$qt" ] || mv "$(dirname "$qt")/qt-mingw" "$qt"
    else
        echo "No toolchain tarball: building it (about an hour on 2 cores)"
        TARBALL=$HOME/.cache/qt-6.4.2-mingw64.tar.xz JOBS=2 \
            "$toolchains/build-qt-mingw.sh" "$HOME/.cache/qtsrc" "$qt"
    fi
fi
[ -f "$qt/bin/libqt6keychain.dll" ] || { echo "QtKeychain is missing from $qt" >&2; exit 1; }

step "cross-build (mingw-w64, warnings are errors)"
tests=(tst_retry_policy tst_wire_types tst_fini_client tst_source_model tst_workflows
    tst_workspaces tst_journal tst_contract_tolerance)
if [ ! -f "$build/build.ninja" ]; then
    cmake -S . -B "$build" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$qt/lib/cmake/mingw-w64-x86_64-posix.toolchain.cmake" \
        -DCMAKE_PREFIX_PATH="$qt" -DQT_HOST_PATH=/usr -DCMAKE_BUILD_TYPE=Release \
        -DSOURCEDESK_WERROR=ON -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/wine >/dev/null
fi
cmake --build "$build" -j2 --target sourcedesk sourcedesk-cli fini-sandbox journal_victim \
    "${tests[@]}"
[ -x "$linux_sandbox" ] || cmake --build --preset package --target fini-sandbox

step "installer (CPack NSIS)"
rm -f "$build"/sourcedesk-*-windows-x64.exe
(cd "$build" && cpack -G NSIS >/dev/null)
installer=$(ls "$build"/sourcedesk-*-windows-x64.exe)
echo "$installer: $(du -h "$installer" | cut -f1)"

step "silent install into a fresh Wine prefix"
mkdir -p "$out"
if [ -z "${SOURCEDESK_WINE_KEEP:-}" ]; then rm -rf "$WINEPREFIX"; fi
[ -d "$WINEPREFIX" ] || xvfb-run -a wineboot -i >"$out/wineboot.log" 2>&1
wine "$installer" /S >"$out/install.log" 2>&1
installed="$WINEPREFIX/drive_c/Program Files/Sourcedesk"
bin="$installed/bin"
for file in sourcedesk.exe sourcedesk-cli.exe fini-sandbox.exe libqt6keychain.dll \
    platforms/qwindows.dll sqldrivers/qsqlite.dll tls/qschannelbackend.dll \
    iconengines/qsvgicon.dll ../LICENSE ../THIRD-PARTY-NOTICES.txt; do
    [ -f "$bin/$file" ] || { fail "installed: $file missing"; continue; }
done
if ls "$installed"/Uninstall.exe >/dev/null 2>&1; then
    pass "installer put $(find "$installed" -type f | wc -l) files and an uninstaller in Program Files"
else
    fail "no uninstaller in $installed"
fi

step "every imported DLL is installed or part of Windows"
system32="$WINEPREFIX/drive_c/windows/system32"
missing=""
while IFS= read -r -d '' file; do
    for dll in $(x86_64-w64-mingw32-objdump -p "$file" | sed -n 's/^\s*DLL Name: //p'); do
        [ -f "$bin/$dll" ] && continue
        # API sets (api-ms-win-*, ext-ms-*) are names the Windows loader maps, not files.
        case "$dll" in api-ms-win-* | ext-ms-*) continue ;; esac
        [ -f "$system32/$(echo "$dll" | tr '[:upper:]' '[:lower:]')" ] && continue
        ls "$system32" | grep -qix "$dll" && continue
        missing+=" $(basename "$file")->$dll"
    done
done < <(find "$bin" \( -name '*.exe' -o -name '*.dll' \) -print0)
if [ -z "$missing" ]; then
    pass "imports of $(find "$bin" \( -name '*.exe' -o -name '*.dll' \) | wc -l) installed files resolve"
else
    fail "imports not shipped:$missing"
fi

step "installed sourcedesk-cli.exe against a Linux fini-sandbox"
"$linux_sandbox" --sources 300 >"$out/sandbox.log" 2>&1 &
sandbox_pid=$!
trap 'kill $sandbox_pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q listening "$out/sandbox.log" && break; sleep 0.2; done
url=$(sed -n 's/^fini-sandbox listening on //p' "$out/sandbox.log")
version=$(wine "$bin/sourcedesk-cli.exe" --version 2>&1 | tr -d '\r')
echo "$version"
count=$(FINI_API_KEY=fini_demo_read wine "$bin/sourcedesk-cli.exe" list --base-url "$url" --json \
    2>"$out/cli-list.err" | tr -d '\r' | grep -c '"id"' || true)
[ "$count" -eq 300 ] && pass "cli list: $count sources over loopback" \
    || fail "cli list: $count sources, expected 300 ($(tail -2 "$out/cli-list.err"))"
ids=$(FINI_API_KEY=fini_demo_write wine "$bin/sourcedesk-cli.exe" list --base-url "$url" \
    --source web --format csv 2>/dev/null | tr -d '\r' | sed -n '2,4p' | cut -d, -f1 | tr '\n' ' ')
set +e
FINI_API_KEY=fini_demo_write wine "$bin/sourcedesk-cli.exe" refresh --base-url "$url" \
    --poll-ms 200 --json $ids >"$out/cli-refresh.json" 2>"$out/cli-refresh.err"
status=$?
set -e
# 0, or 7 when the sandbox lets a refresh fail (it does so for some sources, by design):
# either way every source must be queued and final.
if { [ "$status" -eq 0 ] || [ "$status" -eq 7 ]; } && grep -q '"queued":3' "$out/cli-refresh.json" \
    && grep -q '"stillRunning":0' "$out/cli-refresh.json"; then
    pass "cli refresh: 3 sources queued and followed to the end (exit $status: $(grep -o '"refreshed":[0-9]*,\?' "$out/cli-refresh.json" | tr -d ,) $(grep -o '"failed":[0-9]*' "$out/cli-refresh.json"))"
else
    fail "cli refresh: exit $status, $(head -c 300 "$out/cli-refresh.json") $(tail -2 "$out/cli-refresh.err")"
fi
bad_key=0
FINI_API_KEY=fini_demo_revoked wine "$bin/sourcedesk-cli.exe" list --base-url "$url" \
    >/dev/null 2>&1 || bad_key=$?
[ "$bad_key" -eq 3 ] && pass "cli: a revoked key exits 3" || fail "cli: revoked key exited $bad_key"
kill $sandbox_pid 2>/dev/null || true

step "installed sourcedesk.exe --demo under Xvfb + openbox"
screenshot=$out/sourcedesk-wine-demo.png
rm -f "$screenshot" "$out/app.log" "$out/window.txt" "$out/quit.txt"
appdata="$WINEPREFIX/drive_c/users/${USER:-$(id -un)}/AppData/Roaming/Sourcedesk/Sourcedesk"
# A GUI exe under Wine has no stderr for Qt's log: the window title says the demo workspace
# is open; the load (12.5 s here) is given 40 s more before the screenshot.
xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
    openbox >/dev/null 2>&1 &
    sleep 2
    wine "$1/sourcedesk.exe" --demo >"$2/app.log" 2>&1 &
    for _ in $(seq 180); do
        xwininfo -root -tree | grep -q "\"Demo workspace — Sourcedesk\"" && break
        sleep 1
    done
    xwininfo -root -tree | grep "\"Demo workspace — Sourcedesk\"" >"$2/window.txt" || true
    sleep 40
    import -window root "$3"
    # Quit as a user does; the process must end, not linger after its window.
    window=$(xdotool search --name "^Demo workspace — Sourcedesk\$" | head -1)
    [ -n "$window" ] && xdotool windowactivate --sync "$window" key ctrl+q
    for waited in $(seq 0 30); do pgrep -x sourcedesk.exe >/dev/null || break; sleep 1; done
    pgrep -x sourcedesk.exe >/dev/null || echo "$waited" >"$2/quit.txt"
    wineserver -k' _ "$bin" "$out" "$screenshot" || true
if [ -s "$out/window.txt" ]; then
    pass "app: window \"Demo workspace — Sourcedesk\" shown"
else
    fail "app: no demo workspace window ($(tail -3 "$out/app.log"))"
fi
if grep -qi "driver not loaded\|QSQLITE.*not" "$out/app.log"; then
    fail "app: SQLite driver not loaded"
elif [ -s "$appdata/activity-demo.sqlite" ]; then
    # The demo workspace's own journal: the CLI runs above leave activity-cli-*.sqlite there.
    pass "app: activity journal (SQLite) of the demo workspace created: activity-demo.sqlite"
else
    fail "app: no activity journal under $appdata"
fi
if [ -s "$out/quit.txt" ]; then
    pass "app: Ctrl+Q ended the process within $(cat "$out/quit.txt") s"
else
    fail "app: the process was still running 30 s after Ctrl+Q"
fi
if [ -s "$screenshot" ] && [ "$(identify -format '%k' "$screenshot")" -gt 50 ]; then
    pass "screenshot: $screenshot ($(identify -format '%k colours' "$screenshot"))"
else
    fail "screenshot empty or blank"
fi

step "unit tests under Wine"
# ctest runs them through CMAKE_CROSSCOMPILING_EMULATOR (wine) with Qt's DLLs on WINEPATH.
# Qt Test's log does not reach a pipe under Wine, so each program is then run once more with
# its log in a file, for the counts and the failures. tst_fini_client's
# tlsFailuresAreErrorsThatNameTheCertificate makes its certificate with a Linux `openssl`
# binary, which a Windows process cannot start: it is left out under Wine (it runs on Linux
# and in the workflow's Windows job).
export WINEPATH
WINEPATH=$(winepath -w "$qt/bin" 2>/dev/null | tr -d '\r')
others=("${tests[@]/tst_fini_client/}")
regex="^($(IFS='|'; echo "${others[*]}" | sed 's/||*/|/g; s/^|//; s/|$//'))\$"
if xvfb-run -a ctest --test-dir "$build" -R "$regex" --timeout 600 >"$out/ctest.log" 2>&1; then
    pass "ctest under Wine: $(grep -E 'tests passed' "$out/ctest.log")"
else
    fail "ctest under Wine: $(grep -E 'tests passed' "$out/ctest.log"); $(grep -E '\*\*\*' "$out/ctest.log" | tr -s ' ' | tr '\n' ';')"
fi
functions_passed=0
functions_failed=0
for test in "${tests[@]}"; do
    args=()
    if [ "$test" = tst_fini_client ]; then
        mapfile -t args < <(QT_QPA_PLATFORM=offscreen wine "$build/$test.exe" -functions \
            | tr -d '\r' | sed 's/()$//' | grep -vx tlsFailuresAreErrorsThatNameTheCertificate)
    fi
    (cd "$build/tests" && QT_QPA_PLATFORM=offscreen xvfb-run -a wine "../$test.exe" "${args[@]}" \
        -o "$(winepath -w "$out/$test.txt" | tr -d '\r'),txt" >/dev/null 2>&1) || true
    totals=$(tr -d '\r' <"$out/$test.txt" | sed -n 's/^Totals: //p')
    echo "$test: ${totals:-no result}"
    grep -a "^FAIL!" "$out/$test.txt" | head -5 || true
    p=$(echo "$totals" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
    f=$(echo "$totals" | sed -n 's/.*passed, \([0-9]*\) failed.*/\1/p')
    functions_passed=$((functions_passed + ${p:-0}))
    functions_failed=$((functions_failed + ${f:-1}))
done
if [ "$functions_failed" -eq 0 ]; then
    pass "test functions under Wine: $functions_passed passed in ${#tests[@]} programs (1 left out, above)"
else
    fail "test functions under Wine: $functions_passed passed, $functions_failed failed"
fi

# The README shows the last passing run's screenshot.
if [ "$failed" -eq 0 ]; then cp "$screenshot" resources/screenshots/windows-wine-demo.png; fi
echo "windows-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
