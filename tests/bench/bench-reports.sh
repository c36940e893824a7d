#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reports over a 1,000,000-message profile (docs/benchmarks.md, "Reports"):
# makes the profile once with bench-reports (through ingest, so the waits
# are kept as the app keeps them), times the report in the process, then
# `frontdesk-cli report` for the last 90 days of the data, warm, 5 runs,
# wall and CPU (user + system) of each.
#
#   tests/bench/bench-reports.sh --build-dir BUILD [--data-dir DIR] [--messages N]
set -eu

BUILD=
DIR=/tmp/reports-1m
N=1000000
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) BUILD=$2; shift 2 ;;
    --data-dir) DIR=$2; shift 2 ;;
    --messages) N=$2; shift 2 ;;
    *) echo "usage: $0 --build-dir BUILD [--data-dir DIR] [--messages N]" >&2; exit 2 ;;
  esac
done
[ -n "$BUILD" ] || { echo "$0: --build-dir is needed" >&2; exit 2; }

"$BUILD/tests/bench/bench-reports" --data-dir "$DIR" --messages "$N" --runs 5

/usr/bin/python3 - "$BUILD/src/cli/frontdesk-cli" "$DIR" <<'PY'
import json, os, resource, subprocess, sys, time
cli, data = sys.argv[1:3]
args = [cli, "--data-dir", data, "report", "--from", "2026-08-26", "--to", "2026-11-24", "--json"]
subprocess.run(args, stdout=subprocess.DEVNULL, check=True)   # warm the cache
for run in range(5):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    out = subprocess.run(args, capture_output=True, check=True).stdout
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    total = json.loads(out)["total"]
    print(f"frontdesk-cli report, run {run + 1}: {wall * 1000:.1f} ms ({cpu * 1000:.1f} ms CPU);"
          f" received {total['received']}, answered {total['answered']}, waiting {total['waiting']}")
PY

# The Reports view opening on the same period (built with the GUI).
VIEW="$BUILD/tests/bench/bench-reports-view"
if [ -x "$VIEW" ]; then
  HERE=$(cd "$(dirname "$0")" && pwd)
  GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1 GSETTINGS_BACKEND=memory \
  GSETTINGS_SCHEMA_DIR="$BUILD/data" \
    "$HERE/../run-headless.sh" "$VIEW" --data-dir "$DIR" --from 2026-08-26 --to 2026-11-24 --runs 5 2>/dev/null
fi
