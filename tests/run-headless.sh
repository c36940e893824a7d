#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command with a virtual X display, a private D-Bus session bus, an
# unlocked keyring and a throwaway HOME, the way the GUI tests need:
#
#   tests/run-headless.sh ./build/tests/gui/test-window
#
# GSETTINGS_BACKEND defaults to memory; GSETTINGS_SCHEMA_DIR is passed on.
set -eu

: "${GSETTINGS_BACKEND:=memory}"
export GSETTINGS_BACKEND
export GDK_BACKEND=x11
export NO_AT_BRIDGE=1

exec xvfb-run -a -s "-screen 0 1280x1024x24" \
  dbus-run-session -- \
  sh -c 'export HOME=$(mktemp -d); eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)"; export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK; exec "$@"' \
  sh "$@"
