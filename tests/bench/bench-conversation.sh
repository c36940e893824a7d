#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Opening a 200-message conversation in a profile of a million messages:
# Frontdesk's conversation view against a bare GtkListView of the same
# messages, in the same run, alternating.
#
#   ninja -C BUILD bench-gui-programs
#   tests/bench/bench-conversation.sh --build-dir BUILD [--messages N] [--runs R]
#
# Options:
#   --messages N   messages in the profile (default 1000000)
#   --runs R       runs of each program (default 7); the medians are reported
#   --out DIR      profiles and results (default tests/bench/out/conversation)
#
# The profile is made by bench-gui-gen (as for bench-gui.sh) and cached,
# keyed on the generator's and the store's sources; each run works on a
# copy, to which bench-conversation adds the 200-message conversation.
#
# Target: the first screen (from the call a click on an inbox row makes
# to the end of the first frame painted with the chosen message) within
# 100 ms, median of the runs. Exit status 1 when it is missed.

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build= messages=1000000 runs=7 out="$here/out/conversation"

die () { echo "bench-conversation: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --messages) messages="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '3,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done

[ -n "$build" ] || die "give --build-dir BUILD (after: ninja -C BUILD bench-gui-programs)"
build=$(realpath "$build")
gen="$build/tests/bench/bench-gui-gen"
prog="$build/tests/bench/bench-conversation"
for p in "$gen" "$prog" "$build/data/gschemas.compiled"; do
  [ -e "$p" ] || die "$p is missing: run ninja -C $build bench-gui-programs"
done
mkdir -p "$out"; out=$(realpath "$out")

key=$(cat "$here/bench-gui-gen.c" "$src"/src/core/store/fd-store*.c "$src"/src/core/store/fd-store*.h |
      sha256sum | cut -c1-16)
profile="$out/profile-$messages"
if [ "$(cat "$profile/.complete" 2>/dev/null)" != "$key" ]; then
  echo "== Generating a profile of $messages messages in $profile" >&2
  rm -rf "$profile" "$profile.tmp"
  "$gen" --data-dir "$profile.tmp" --messages "$messages"
  echo "$key" > "$profile.tmp/.complete"
  mv "$profile.tmp" "$profile"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$profile" "$work/profile"
cat "$work/profile/frontdesk.db" > /dev/null

echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "source: $(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo unknown)"

export GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data"
"$src/tests/run-headless.sh" "$prog" --data-dir "$work/profile" --runs "$runs" 2>/dev/null | tee "$out/results.txt"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

median=$(sed -n 's/^RESULT median fd_first_screen_ms=\([0-9.]*\).*/\1/p' "$out/results.txt")
[ -n "$median" ] || die "no result"
awk -v m="$median" 'BEGIN { exit !(m <= 100) }' && echo "first screen ${median} ms <= 100 ms: PASS" ||
  { echo "first screen ${median} ms > 100 ms: FAIL"; exit 1; }
