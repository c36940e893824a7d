#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The GUI benchmark: Frontdesk's window against a bare
# GtkListView program with the same number of rows, in the same run.
#
#   ninja -C BUILD bench-gui-programs
#   tests/bench/bench-gui.sh --build-dir BUILD [--sizes "100000 1000000"]
#
# Options:
#   --sizes "N ..."  row counts (default "100000")
#   --runs R         runs of each program per size, alternating; the table
#                    shows the median of the runs (default 3)
#   --frames F       scrolled frames per run, a page per frame (default 300)
#   --settle-ms MS   wait between the first frame and scrolling (default 1000)
#   --out DIR        profiles and results (default tests/bench/out/gui, gitignored)
#   --seed N         profile seed (default 42)
#   --report-only    only print the table again from OUT/results-N/
#
# Profiles are made by bench-gui-gen (the core's fd_store_insert_message in
# batched transactions for the first 100,000 messages, copies of those rows
# in SQL beyond) and cached in OUT/profile-N-sSEED/. Each program
# runs under tests/run-headless.sh (Xvfb 1280x1024x24, a private D-Bus),
# all runs of one size on one Xvfb and D-Bus session bus, after an
# unmeasured warm-up run of each program (D-Bus activates the desktop
# portal on the first GTK start; a desktop already has it running).
# GSK_RENDERER=cairo, GTK_A11Y=none, GSETTINGS_BACKEND=memory, window
# 1100x720 (Frontdesk's default size). The profile's database is read once before the runs, so
# first frames are with a warm page cache.
#
# Targets, each against the bare program of the same size:
#   first frame   <= 1.5 x bare          (from exec, to the first painted frame with rows)
#   scroll p95    <= 12 ms               (frame-clock work per frame, a page per frame)
#   RSS           <= bare + 60 MB        (VmRSS after scrolling)
# Results: OUT/results-N/{bare,fd}-RUN.txt (RESULT lines) and OUT/report.md.
# Exit status 1 when a target fails.

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build= sizes=100000 runs=3 frames=300 settle=1000 seed=42
out="$here/out/gui"

die () { echo "bench-gui: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --frames) frames="$2"; shift 2 ;;
    --settle-ms) settle="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --inside) inside=1; shift ;;
    --report-only) report_only=1; shift ;;
    -h|--help) sed -n '3,35p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done

[ -n "$build" ] || die "give --build-dir BUILD (after: ninja -C BUILD bench-gui-programs)"
build=$(realpath "$build")
gen="$build/tests/bench/bench-gui-gen"
fd="$build/tests/bench/bench-gui"
bare="$build/tests/bench/bare-listview"
for p in "$gen" "$fd" "$bare" "$build/data/gschemas.compiled"; do
  [ -e "$p" ] || die "$p is missing: run ninja -C $build bench-gui-programs"
done
mkdir -p "$out"; out=$(realpath "$out")

export GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data"

probe_args () {   # N
  echo --bench-items "$1" --bench-frames "$frames" --bench-settle-ms "$settle"
}

# Inside the headless session: the runs of one size.
if [ "${inside:-0}" = 1 ]; then
  n=$sizes profile="$out/profile-$sizes-s$seed" res="$out/results-$sizes"
  rm -rf "$res"; mkdir -p "$res"
  cat "$profile/frontdesk.db" > /dev/null
  # Warm-up, not measured: portal activation, font and icon caches.
  "$bare" $(probe_args 1000) --bench-frames 10 > /dev/null 2>&1 || true
  "$fd" $(probe_args "$n") --bench-frames 10 --data-dir "$profile" > /dev/null 2>&1 || true
  for r in $(seq 1 "$runs"); do
    for prog in bare fd; do
      if [ $prog = bare ]; then cmd=("$bare" $(probe_args "$n"))
      else cmd=("$fd" $(probe_args "$n") --data-dir "$profile"); fi
      "${cmd[@]}" > "$res/$prog-$r.txt" 2> "$res/$prog-$r.log" || echo "RESULT exit $?" >> "$res/$prog-$r.txt"
      # A profile the store cannot read would be measured drawing nothing.
      ! grep -q "could not be decoded" "$res/$prog-$r.log" ||
        die "the profile's texts do not decode: delete $out/profile-$n-s$seed and run again"
      echo "  $prog run $r: $(grep -E 'first_frame_exec_ms|frame_p95_ms|^RESULT rss_mb' "$res/$prog-$r.txt" | awk '{printf "%s=%s ", $2, $3}')" >&2
      sleep 1
    done
  done
  exit 0
fi

# Outside: profiles, then one headless session per size, then the table.
# A profile is made again when the sources that write it change (the
# store's format, the generator), so that no run reads a stale one.
profile_key=$(cat "$here/bench-gui-gen.c" "$src"/src/core/store/fd-store*.c "$src"/src/core/store/fd-store*.h |
              sha256sum | cut -c1-16)
[ "${report_only:-0}" = 1 ] || for n in $sizes; do
  profile="$out/profile-$n-s$seed"
  if [ "$(cat "$profile/.complete" 2>/dev/null)" != "$profile_key" ]; then
    echo "== Generating a profile of $n messages in $profile" >&2
    rm -rf "$profile.tmp"
    # Above 100,000 the generator copies rows: start from the 100k profile.
    base="$out/profile-100000-s$seed"
    if [ "$n" -gt 100000 ] && [ "$(cat "$base/.complete" 2>/dev/null)" = "$profile_key" ]; then
      cp -r "$base" "$profile.tmp"; rm -f "$profile.tmp/.complete"
    fi
    "$gen" --data-dir "$profile.tmp" --messages "$n" --seed "$seed"
    echo "$profile_key" > "$profile.tmp/.complete"
    rm -rf "$profile"; mv "$profile.tmp" "$profile"
  fi
done

[ "${report_only:-0}" = 1 ] || {
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores"
  echo "ram: $(free -g | awk '/^Mem:/ {print $2}') GiB"
  echo "gtk: $(pkg-config --modversion gtk4), libadwaita: $(pkg-config --modversion libadwaita-1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "source: $(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo unknown) (of the checkout; the build in $build may be older)"
} > "$out/machine.txt"

[ "${report_only:-0}" = 1 ] || for n in $sizes; do
  echo "== $n rows: $runs runs of each program, $frames frames" >&2
  "$src/tests/run-headless.sh" "$0" --inside --build-dir "$build" --sizes "$n" --runs "$runs" \
    --frames "$frames" --settle-ms "$settle" --out "$out" --seed "$seed"
done

/usr/bin/python3 - "$out" "$runs" $sizes <<'EOF'
import statistics, sys, pathlib

out, runs, sizes = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]

def load(path):
    d = {}
    if path.exists():
        for line in path.read_text().splitlines():
            p = line.split()
            if len(p) == 3 and p[0] == "RESULT":
                try: d[p[1]] = float(p[2])
                except ValueError: d[p[1]] = p[2]
    return d

def med(rs, key):
    v = [r[key] for r in rs if isinstance(r.get(key), float)]
    return statistics.median(v) if v else None

def f(x, unit=""):
    return "n/a" if x is None else f"{x:,.1f}{unit}"

rows, failed = [], False
for n in sizes:
    res = out / f"results-{n}"
    b = [load(res / f"bare-{r}.txt") for r in range(1, runs + 1)]
    d = [load(res / f"fd-{r}.txt") for r in range(1, runs + 1)]
    label = f"{int(n):,}"
    def check(ok):
        global failed
        if ok is None:
            failed = True
            return "**FAIL** (no result)"
        failed |= not ok
        return "PASS" if ok else "**FAIL**"

    bf, df = med(b, "first_frame_exec_ms"), med(d, "first_frame_exec_ms")
    ratio = df / bf if bf and df else None
    rows.append((f"{label}: time to first frame", "<= 1.5x bare",
                 f"{f(df, ' ms')} vs {f(bf, ' ms')} ({'n/a' if ratio is None else f'{ratio:.2f}x'})",
                 check(None if ratio is None else ratio <= 1.5)))
    bp, dp = med(b, "frame_p95_ms"), med(d, "frame_p95_ms")
    rows.append((f"{label}: scroll frame p95 (cairo, a page a frame)", "<= 12 ms",
                 f"{f(dp, ' ms')} (bare {f(bp, ' ms')}; p50 {f(med(d, 'frame_p50_ms'), ' ms')} vs {f(med(b, 'frame_p50_ms'), ' ms')})",
                 check(None if dp is None else dp <= 12)))
    rows.append((f"{label}: scroll frame p95, main-thread CPU time", "",
                 f"{f(med(d, 'frame_cpu_p95_ms'), ' ms')} vs {f(med(b, 'frame_cpu_p95_ms'), ' ms')}"
                 f" (p50 {f(med(d, 'frame_cpu_p50_ms'), ' ms')} vs {f(med(b, 'frame_cpu_p50_ms'), ' ms')})", ""))
    rows.append((f"{label}: frame p95 split update / layout / paint", "",
                 f"{f(med(d, 'update_p95_ms'))} / {f(med(d, 'layout_p95_ms'))} / {f(med(d, 'paint_p95_ms'))} ms"
                 f" (bare {f(med(b, 'update_p95_ms'))} / {f(med(b, 'layout_p95_ms'))} / {f(med(b, 'paint_p95_ms'))})", ""))
    br, dr = med(b, "rss_mb"), med(d, "rss_mb")
    diff = dr - br if br is not None and dr is not None else None
    rows.append((f"{label}: RSS after scrolling", "<= bare + 60 MB",
                 f"{f(dr, ' MB')} vs {f(br, ' MB')} (+{f(diff, ' MB')}; peak {f(med(d, 'hwm_mb'), ' MB')} vs {f(med(b, 'hwm_mb'), ' MB')})",
                 check(None if diff is None else diff <= 60)))

lines = ["| Measure | Target | Frontdesk vs bare GtkListView (median of %d runs) | Result |" % runs,
         "|---|---|---|---|"]
lines += ["| %s | %s | %s | %s |" % r for r in rows]
report = "\n".join(lines) + "\n"
(out / "report.md").write_text(report)
print(report)
sys.exit(1 if failed else 0)
EOF
