#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is needed, builds, and runs every test: the normal build
# (warnings as errors), the whole suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer, and the core unit tests under valgrind.
# Run as root or through sudo. Prints "N passed, N failed, N skipped" at
# the end (build-aux/test-summary.py), and fails on any skip when CI=true.
set -eu

cd "$(dirname "$0")/.."
top=$(pwd)

sh build-aux/install-deps.sh test

# The tests must not depend on whoever runs them.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS || true
export LC_ALL=C.UTF-8

build=${FRONTDESK_BUILD_DIR:-$top/_build/test}
asan=${FRONTDESK_ASAN_DIR:-$top/_build/asan}
results=$top/_build/results
mkdir -p "$results"
: >"$results/steps"

setup () {  # setup DIR ARGS...
  dir=$1; shift
  if [ -f "$dir/build.ninja" ]; then
    meson setup --reconfigure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$@"
  fi
}

step () {  # step NAME LOGFILE CMD...: runs CMD, records pass/fail
  name=$1; log=$2; shift 2
  echo "==> $name"
  if "$@"; then
    echo "ok $name" >>"$results/steps"
  else
    echo "FAILED $name" >>"$results/steps"
  fi
  [ -n "$log" ] && [ -f "$log" ] && cp "$log" "$results/$name.json" || true
}

# 1. The normal build, warnings as errors, every test.
setup "$build" -Dwerror=true -Dbuildtype=debugoptimized
meson compile -C "$build"
step tests "$build/meson-logs/testlog.json" \
  meson test -C "$build" --print-errorlogs --num-processes 2

# 2. Sanitizers over the same suite. Leak checking for our own code; GTK
#    and fontconfig keep caches for the life of the process, so the GUI
#    tests run with leak detection off.
setup "$asan" -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
meson compile -C "$asan"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$top/build-aux/lsan.supp:print_suppressions=0
step asan "$asan/meson-logs/testlog.json" env \
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_odr_violation=0 \
  meson test -C "$asan" --print-errorlogs --num-processes 2 --timeout-multiplier 3 \
    --no-suite gui --no-suite desktop --no-suite po --no-suite help --no-suite keyring \
    --no-suite layering
# libsecret leaks a little for each item it searches (build-aux/lsan.supp).
# GLib has no frame pointers, so only the slow unwinder gives leak reports
# the whole stack that the suppression matches; it costs several times
# the time, so it is used for the keyring tests alone. Those that are
# also GUI tests run in the next step, without leak checks (fontconfig,
# Pango and GTK keep caches for the life of the process).
step asan-keyring "$asan/meson-logs/testlog.json" env \
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_odr_violation=0:fast_unwind_on_malloc=0 \
  meson test -C "$asan" --print-errorlogs --num-processes 2 --timeout-multiplier 3 --suite keyring --no-suite gui
step asan-gui "$asan/meson-logs/testlog.json" env \
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_odr_violation=0 \
  meson test -C "$asan" --print-errorlogs --num-processes 1 --timeout-multiplier 3 --suite gui

# 3. No leaks in the core under valgrind, nor in what the seed corpora of
#    the fuzz targets reach.
supp=/usr/share/glib-2.0/valgrind/glib.supp
step valgrind "$build/meson-logs/testlog-valgrind.json" env G_SLICE=always-malloc FD_TEST_NO_TIMING=1 \
  meson test -C "$build" --print-errorlogs --num-processes 2 --timeout-multiplier 10 --suite core --suite fuzz \
    --wrapper "valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=1 --suppressions=$supp --suppressions=$top/build-aux/valgrind.supp"

# Counts over every run, one line a test; every skipped test or subtest
# with its reason. With CI=true a skip fails the run: CI has every part
# installed.
exec /usr/bin/python3 "$top/build-aux/test-summary.py" "$results"
