#!/usr/bin/env bash
# Runs the keychain test in a throw-away D-Bus session with an unlocked gnome-keyring and a
# temporary HOME, so no real keychain is touched.
set -euo pipefail
test_binary=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
  echo -n throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$0"' "$test_binary"
