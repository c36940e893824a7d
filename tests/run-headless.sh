#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command with a virtual X display, a private D-Bus session bus, an
# unlocked keyring, and a throwaway HOME and XDG_RUNTIME_DIR, the way the GUI
# tests need:
#
#   tests/run-headless.sh ./build/tests/gui/test-window --tap
#
# Arguments after the command are passed on to it.
# GSETTINGS_BACKEND defaults to memory; GSETTINGS_SCHEMA_DIR is passed on.
#
# Each session gets its own XDG_RUNTIME_DIR: gnome-keyring keeps its control
# socket there, and two sessions sharing one (tests run in parallel, under
# a login session's /run/user/N) talk to each other's daemon, whose
# keyring is locked; storing a secret then waits for a prompt that never
# comes.
set -eu

runtime_dir=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-runtime-XXXXXX")
chmod 700 "$runtime_dir"
export XDG_RUNTIME_DIR="$runtime_dir"
mkdir "$runtime_dir/home"
export HOME="$runtime_dir/home"

: "${GSETTINGS_BACKEND:=memory}"
export GSETTINGS_BACKEND
export GDK_BACKEND=x11
export NO_AT_BRIDGE=1

# The command's standard output is its TAP stream (GLib tests run with
# --tap). Only the command writes there: this script, Xvfb, the bus and
# the services it starts write to standard error. Descriptor 3 carries
# the original standard output through to the command.
exec 3>&1 1>&2

status=0
xvfb-run -a -s "-screen 0 1280x1024x24" \
  dbus-run-session -- \
  sh -c 'eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets 3>&-)"; export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK; exec "$@" 1>&3 3>&-' \
  sh "$@" || status=$?
exec 3>&-

# The session's services may still be leaving (the document portal keeps
# a FUSE mount in the runtime folder): the test's status is what counts.
for try in 1 2 3 4 5; do
  rm -rf "$runtime_dir" 2>/dev/null && break
  sleep 0.2
done
exit "$status"
