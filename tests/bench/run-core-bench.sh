#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The core benchmark: import, search and inbox pages of Frontdesk
# against notmuch on the same generated corpus. Builds nothing itself.
#
#   tests/bench/run-core-bench.sh --build-dir BUILD [--size 100000] [--big 1000000]
#   tests/bench/run-core-bench.sh --cli PATH --bench-search PATH [...]
#   ninja -C BUILD bench-core            (the same, 100k only)
#
# Options:
#   --size N        main corpus (default 100000): import, search, pages, notmuch
#   --big N         also a large corpus (e.g. 1000000): import, search, pages
#   --big-notmuch   at --big, notmuch too (notmuch new takes long at 1M)
#   --runs N        warm runs per query and page (default 20)
#   --seed N        corpus seed (default 42)
#   --out DIR       cache and results (default tests/bench/out, gitignored)
#   --keep          keep the databases (DIR/run-N/) after the run
#
# Corpora are cached in OUT/corpus-N-sSEED-gGENHASH/ and reused while
# gen-corpus.py is unchanged. Results: OUT/results-N/ and OUT/report.md.
# Needs: /usr/bin/python3, notmuch, /usr/bin/time; python3-notmuch2 for
# notmuch's in-process times. Exit status 1 when a target fails.

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
cli= bench= size=100000 big= big_notmuch=0 runs=20 seed=42 keep=0
out="$here/out"

die () { echo "run-core-bench: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) cli="$2/src/cli/frontdesk-cli"; bench="$2/tests/bench/bench-search"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    --bench-search) bench="$2"; shift 2 ;;
    --size) size="$2"; shift 2 ;;
    --big) big="$2"; shift 2 ;;
    --big-notmuch) big_notmuch=1; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '3,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done

[ -x "$cli" ] || die "frontdesk-cli not found: give --build-dir or --cli"
[ -x "$bench" ] || die "bench-search not found: give --build-dir or --bench-search"
command -v notmuch >/dev/null || die "notmuch is not installed (apt-get install notmuch)"
[ -x /usr/bin/time ] || die "/usr/bin/time is not installed (apt-get install time)"
cli=$(realpath "$cli"); bench=$(realpath "$bench")
mkdir -p "$out"; out=$(realpath "$out")

gen_hash=$(cat "$here/gen-corpus.py" "$here/bench_words.py" | sha256sum | cut -c1-10)

log () { printf '\n== %s\n' "$*" >&2; }

corpus_for () {   # N -> prints the corpus dir, generating it if needed
  local n=$1 dir="$out/corpus-$1-s$seed-g$gen_hash"
  if [ ! -f "$dir/manifest.json" ]; then
    log "Generating $n messages into $dir"
    rm -rf "$dir.tmp"
    "$py" "$here/gen-corpus.py" --out "$dir.tmp" --messages "$n" --seed "$seed" --quiet
    mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}

# Both importers read from the OS cache, not the disk: read the corpus once.
warm_corpus () {
  find "$1/maildir" -type f -print0 | xargs -0 -n 2000 cat > /dev/null
  cat "$1/social.jsonl" > /dev/null
}

import_frontdesk () {   # corpus rundir
  local c=$1 r=$2
  log "Frontdesk import ($(jq_n "$c") messages)"
  rm -rf "$r/fd"
  /usr/bin/time -v -o "$r/fd-import.time" \
    "$cli" --data-dir "$r/fd" import --quiet "$c/maildir" "$c/social.jsonl" \
    > "$r/fd-import.log" 2>&1 || { cat "$r/fd-import.log" >&2; die "frontdesk-cli import failed"; }
  grep -E 'Elapsed|Maximum resident' "$r/fd-import.time" >&2
  du -sb "$r/fd" | cut -f1 > "$r/fd-du"
  # The database itself (and its log, if one is left): attachment files
  # are kept beside it, in the data folder.
  cat "$r/fd"/frontdesk.db* | wc -c > "$r/fd-db"
}

import_notmuch () {   # corpus rundir
  local c=$1 r=$2
  log "notmuch new ($(jq_email "$c") emails)"
  rm -rf "$r/nm-db"; mkdir -p "$r/nm-db"
  # The database lives next to the run, not inside the cached Maildir
  # (database.mail_root): the same index as database.path = the Maildir.
  cat > "$r/notmuch-config" <<EOF
[database]
path=$r/nm-db
mail_root=$c/maildir
[user]
name=Bench
primary_email=support@tiendaverde.example
[new]
tags=inbox
[search]
exclude_tags=
[maildir]
synchronize_flags=true
EOF
  NOTMUCH_CONFIG="$r/notmuch-config" /usr/bin/time -v -o "$r/nm-import.time" \
    notmuch new --quiet > "$r/nm-import.log" 2>&1 \
    || { cat "$r/nm-import.log" >&2; die "notmuch new failed"; }
  grep -E 'Elapsed|Maximum resident' "$r/nm-import.time" >&2
  du -sb "$r/nm-db" | cut -f1 > "$r/nm-du"
}

search_frontdesk () {   # corpus rundir
  local c=$1 r=$2 pages=1,10,100,1000
  if [ "$(jq_n "$c")" -ge 1000000 ]; then pages=1,10,100,1000,10000; fi
  log "Frontdesk search and pages"
  "$bench" --data-dir "$r/fd" --queries "$c/queries.txt" --runs "$runs" --walks 5 \
    --pages "$pages" > "$r/fd-search.tsv"
}

search_notmuch () {   # corpus rundir
  local c=$1 r=$2
  log "notmuch search"
  NOTMUCH_CONFIG="$r/notmuch-config" "$py" "$here/bench-notmuch.py" "$c/queries.txt" \
    --runs "$runs" > "$r/nm-search.tsv"
}

jq_n () { "$py" -c 'import json,sys; print(json.load(open(sys.argv[1]+"/manifest.json"))["messages"])' "$1"; }
jq_email () { "$py" -c 'import json,sys; print(json.load(open(sys.argv[1]+"/manifest.json"))["email"])' "$1"; }

one_size () {   # N with_notmuch
  local n=$1 with_nm=$2 c r
  c=$(corpus_for "$n")
  r="$out/run-$n"
  rm -rf "$r" "$out/results-$n"; mkdir -p "$r"
  cp "$c/manifest.json" "$c/queries.txt" "$r/"
  warm_corpus "$c"
  import_frontdesk "$c" "$r"
  if [ "$with_nm" = 1 ]; then import_notmuch "$c" "$r"; fi
  search_frontdesk "$c" "$r"
  if [ "$with_nm" = 1 ]; then search_notmuch "$c" "$r"; fi
  mkdir -p "$out/results-$n"
  cp "$r"/*.time "$r"/*-du "$r"/fd-db "$r"/*.tsv "$r"/*.log "$r/manifest.json" "$r/queries.txt" \
     "$out/results-$n/" 2>/dev/null || true
  if [ "$keep" != 1 ]; then rm -rf "$r"; fi
  results+=("$out/results-$n")
}

results=()
{
  echo "frontdesk-cli: $cli"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores"
  echo "ram: $(free -g | awk '/^Mem:/ {print $2}') GiB"
  echo "sqlite: $(sqlite3 --version 2>/dev/null | cut -d' ' -f1), notmuch: $(notmuch --version | cut -d' ' -f2)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"

one_size "$size" 1
if [ -n "$big" ]; then one_size "$big" "$big_notmuch"; fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
log "Report"
set +e
"$py" "$here/bench-report.py" "${results[@]}" > "$out/report.md"
status=$?
set -e
cat "$out/machine.txt" "$out/report.md"
exit $status
