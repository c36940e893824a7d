#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times notmuch on the benchmark queries, for run-core-bench.sh.

    NOTMUCH_CONFIG=CFG /usr/bin/python3 bench-notmuch.py QUERIES [--runs 20] [--limit 50]

For each query (the text before a tab on each line of QUERIES):
  cli      `notmuch search --limit=50 --sort=newest-first QUERY` as a process:
           wall time including process startup and opening the database
  msgs     in process through the python3-notmuch2 bindings (Debian's, so
           /usr/bin/python3): the newest 50 messages with subject, from and
           date read, database already open: the same work as fd_store_list()
  threads  in process: the newest 50 threads with subject and authors, what
           `notmuch search` computes
Prints tab-separated records like bench-search: `nm-query` per query and
`nm-search KIND n p50 p95 max` over all runs. Without the bindings, only cli.
"""

import argparse
import os
import subprocess
import sys
import time


def pct(samples, p):
    s = sorted(samples)
    if not s:
        return 0.0
    k = max(1, min(len(s), int(p / 100.0 * len(s) + 0.999999)))
    return s[k - 1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("queries")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--limit", type=int, default=50)
    args = ap.parse_args()

    queries = []
    with open(args.queries, encoding="utf-8") as f:
        for line in f:
            q = line.split("\t")[0].strip()
            if q and not q.startswith("#"):
                queries.append(q)

    try:
        import notmuch2
    except ImportError:
        notmuch2 = None
        print("nm-note\tpython3-notmuch2 is not installed: in-process times left out")

    db = None
    if notmuch2 is not None:
        db = notmuch2.Database(mode=notmuch2.Database.MODE.READ_ONLY,
                               config=notmuch2.Database.CONFIG.SEARCH)
        newest = notmuch2.Database.SORT.NEWEST_FIRST

    every = {"cli": [], "msgs": [], "threads": []}
    for q in queries:
        cmd = ["notmuch", "search", f"--limit={args.limit}", "--sort=newest-first", q]
        times = {"cli": [], "msgs": [], "threads": []}
        n_cli = n_msgs = n_threads = 0
        for r in range(args.warmup + args.runs):
            t0 = time.perf_counter()
            out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE).stdout
            ms = (time.perf_counter() - t0) * 1000
            n_cli = out.count(b"\n")
            if r >= args.warmup:
                times["cli"].append(ms)

            if db is None:
                continue
            t0 = time.perf_counter()
            rows = []
            for m in db.messages(q, sort=newest):
                rows.append((m.messageid, m.date, m.header("subject"), m.header("from")))
                if len(rows) == args.limit:
                    break
            ms = (time.perf_counter() - t0) * 1000
            n_msgs = len(rows)
            if r >= args.warmup:
                times["msgs"].append(ms)

            t0 = time.perf_counter()
            rows = []
            for t in db.threads(q, sort=newest):
                rows.append((t.threadid, t.subject, t.authors, t.last, t.matched))
                if len(rows) == args.limit:
                    break
            ms = (time.perf_counter() - t0) * 1000
            n_threads = len(rows)
            if r >= args.warmup:
                times["threads"].append(ms)

        for k in times:
            every[k].extend(times[k])
        fields = [q, str(n_cli), f"{pct(times['cli'], 50):.3f}", f"{pct(times['cli'], 95):.3f}"]
        if db is not None:
            fields += [str(n_msgs), f"{pct(times['msgs'], 50):.3f}", f"{pct(times['msgs'], 95):.3f}",
                       str(n_threads), f"{pct(times['threads'], 50):.3f}",
                       f"{pct(times['threads'], 95):.3f}"]
        print("nm-query\t" + "\t".join(fields), flush=True)
        print(f"  {q:32s} cli p50 {pct(times['cli'], 50):8.3f} ms"
              + (f"  msgs p50 {pct(times['msgs'], 50):8.3f} ms  threads p50 "
                 f"{pct(times['threads'], 50):8.3f} ms" if db is not None else ""),
              file=sys.stderr)

    for k, s in every.items():
        if s:
            print(f"nm-search\t{k}\t{len(s)}\t{pct(s, 50):.3f}\t{pct(s, 95):.3f}\t{max(s):.3f}")


if __name__ == "__main__":
    main()
