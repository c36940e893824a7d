#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is needed, builds, and runs Frontdesk on a local profile
# (./_build/profile, never your real data). Run as root or through sudo.
# Without a display, it shows the bundled sample inbox with frontdesk-cli.
set -eu

cd "$(dirname "$0")/.."
top=$(pwd)

sh build-aux/install-deps.sh build

build=$top/_build/run
if [ -f "$build/build.ninja" ]; then
  meson setup --reconfigure "$build" -Dtests=false >/dev/null
else
  meson setup "$build" -Dtests=false -Ddevelopment=true
fi
meson compile -C "$build"

export FRONTDESK_DATA_DIR=${FRONTDESK_DATA_DIR:-$top/_build/profile}
export GSETTINGS_SCHEMA_DIR=$build/data

if [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${DISPLAY:-}" ]; then
  echo "Frontdesk is using the profile in $FRONTDESK_DATA_DIR"
  if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    exec dbus-run-session -- "$build/src/gui/frontdesk" "$@"
  fi
  exec "$build/src/gui/frontdesk" "$@"
fi

echo "No display found: showing the sample inbox with frontdesk-cli instead."
cli=$build/src/cli/frontdesk-cli
"$cli" import --quiet data/sample/sample-inbox.jsonl
echo
echo "Waiting for an answer, longest waiting first:"
"$cli" list --unanswered --oldest-first --limit 15
echo
echo "Search for a delayed order (search \"pedido\"):"
"$cli" search pedido
