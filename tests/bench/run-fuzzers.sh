#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every fuzz target in fuzzing/ with libFuzzer, one after the other,
# each for SECONDS (default 1800, the half hour a release wants).
# Not part of CI: CI only replays the seed corpora (meson test --suite fuzz).
#
#   tests/bench/run-fuzzers.sh [SECONDS] [TARGET…]
#
# Builds with clang-14 in _build/fuzz-clang (override with FUZZ_BUILDDIR).
# New inputs, crashes and logs go to $FUZZ_BUILDDIR/fuzz-out/<target>/;
# the seed corpus in fuzzing/corpus/ is read, never written. A crash, hang
# or leak found stops that target and is listed at the end: fix it, then
# add the input to fuzzing/corpus/<target>/ so that CI replays it.
set -eu

srcdir=$(cd "$(dirname "$0")/../.." && pwd)
builddir=${FUZZ_BUILDDIR:-$srcdir/_build/fuzz-clang}
# Seconds one input may take before it counts as a hang. On a busy or
# niced machine a fast input can wait longer than a second for the CPU:
# raise it there, and replay what it reports alone before believing it.
timeout=${FUZZ_TIMEOUT:-1}
seconds=${1:-1800}
[ $# -gt 0 ] && shift
targets=${*:-"mail-parser html-text importer-jsonl filter mastodon-page autoconfig json-check bluesky-notifications bluesky-chat telegram"}

if [ ! -d "$builddir" ]; then
  CC=${CC:-clang-14} meson setup "$builddir" -Dbuildtype=debug \
    -Dfuzzing=true -Dgui=false -Dtests=false
fi
set --
for t in $targets; do
  set -- "$@" "fuzz-$t"
done
meson compile -C "$builddir" -j 2 "$@"

export G_SLICE=always-malloc
export ASAN_OPTIONS="detect_leaks=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

failed=""
for t in $targets; do
  out="$builddir/fuzz-out/$t"
  mkdir -p "$out/corpus" "$out/artifacts"
  echo "== fuzz-$t for ${seconds}s (log: $out/log)"
  # One job: the machine is shared. An input slower than a second is a
  # hang; 2 GB is far above anything a single message may take.
  # -jobs=1 writes the job's own output to fuzz-0.log in the current
  # directory.
  rm -f "$out/fuzz-0.log"
  if ! (cd "$out" && /usr/bin/time -f "cpu_seconds: %U user %S system" -o "$out/cpu" \
      "$builddir/fuzzing/fuzz-$t" -jobs=1 -workers=1 \
      -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$out/artifacts/" \
      "$out/corpus" "$srcdir/fuzzing/corpus/$t" >"$out/log" 2>&1); then
    failed="$failed $t"
  fi
  cat "$out/fuzz-0.log" >>"$out/log" 2>/dev/null || true
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$out/fuzz-0.log" || true
  cat "$out/cpu" 2>/dev/null || true
  ls "$out/artifacts"
done

if [ -n "$failed" ]; then
  echo "Findings in:$failed (inputs in $builddir/fuzz-out/<target>/artifacts/)"
  exit 1
fi
echo "No findings."
