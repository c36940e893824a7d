#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the raw results of run-core-bench.sh into Markdown tables with the
targets in docs/benchmarks.md and PASS/FAIL.

    /usr/bin/python3 bench-report.py RUNDIR [RUNDIR...]

Each RUNDIR holds manifest.json (of the corpus) and what the run measured:
fd-import.time / nm-import.time (`/usr/bin/time -v`), fd-du / nm-du (bytes),
fd-search.tsv (bench-search) and nm-search.tsv (bench-notmuch.py). Missing
files give empty cells. Exit status 1 when a target fails.
"""

import json
import os
import re
import sys

TARGETS = {
    "import_ratio": 10.0,      # x notmuch msgs/s, wall
    "import_cpu_ratio": 6.0,   # x notmuch msgs per CPU second
    "rss_mb": 90.0,
    "db_mb_per_100k": 176.0,
    "search_p50_100k": 1.5,
    "search_p95_100k": 5.0,
    "search_p95_1m": 10.0,
    "page_ms": 1.0,
}


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError:
        return None


def parse_time_v(text):
    if not text:
        return None
    out = {}
    m = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    if m:
        h = int(m.group(1) or 0)
        out["wall"] = h * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if m:
        out["rss_mb"] = int(m.group(1)) / 1024
    for key, label in (("user", "User time"), ("sys", "System time")):
        m = re.search(label + r" \(seconds\): ([\d.]+)", text)
        if m:
            out[key] = float(m.group(1))
    m = re.search(r"Exit status: (\d+)", text)
    out["status"] = int(m.group(1)) if m else None
    return out


def parse_tsv(text):
    recs = []
    for line in (text or "").splitlines():
        if "\t" in line:
            recs.append(line.split("\t"))
    return recs


def fmt(v, unit="", nd=1):
    if v is None:
        return "n/a"
    return f"{v:,.{nd}f}{unit}"


def verdict(ok):
    if ok is None:
        return "n/a"
    return "PASS" if ok else "**FAIL**"


class Run:
    def __init__(self, d):
        self.dir = d
        self.manifest = json.loads(read(os.path.join(d, "manifest.json")) or "{}")
        self.n = self.manifest.get("messages")
        self.n_email = self.manifest.get("email")
        self.fd_import = parse_time_v(read(os.path.join(d, "fd-import.time")))
        self.nm_import = parse_time_v(read(os.path.join(d, "nm-import.time")))
        du = read(os.path.join(d, "fd-du"))
        self.fd_du = int(du.split()[0]) if du else None
        db = read(os.path.join(d, "fd-db"))
        self.fd_db = int(db.split()[0]) if db else None
        du = read(os.path.join(d, "nm-du"))
        self.nm_du = int(du.split()[0]) if du else None
        self.fd = parse_tsv(read(os.path.join(d, "fd-search.tsv")))
        self.nm = parse_tsv(read(os.path.join(d, "nm-search.tsv")))

    @property
    def label(self):
        n = self.n or 0
        return f"{n // 1000000}M" if n >= 1000000 and n % 1000000 == 0 else f"{n // 1000}k"

    def rec(self, recs, kind, *match):
        for r in recs:
            if r[0] == kind and all(r[i + 1] == m for i, m in enumerate(match)):
                return r
        return None


def main():
    runs = [Run(d) for d in sys.argv[1:]]
    failed = False
    rows = []  # (measure, target, value, verdict)

    for run in runs:
        L = run.label
        fd_rate = nm_rate = None
        def cpu(t):
            return t.get("user", 0) + t.get("sys", 0)

        if run.fd_import and run.fd_import.get("wall"):
            fd_rate = run.n / run.fd_import["wall"]
            rows.append((f"{L}: Frontdesk import ({run.n:,} msgs)", "",
                         f"{run.fd_import['wall']:.1f} s wall, {fd_rate:,.0f} msg/s "
                         f"({cpu(run.fd_import):.1f} s CPU, {run.n / cpu(run.fd_import):,.0f} msg/CPU-s)", ""))
        if run.nm_import and run.nm_import.get("wall"):
            nm_rate = run.n_email / run.nm_import["wall"]
            rows.append((f"{L}: notmuch new ({run.n_email:,} emails)", "",
                         f"{run.nm_import['wall']:.1f} s wall, {nm_rate:,.0f} msg/s "
                         f"({cpu(run.nm_import):.1f} s CPU, {run.n_email / cpu(run.nm_import):,.0f} msg/CPU-s)", ""))
        if fd_rate and nm_rate:
            ratio = fd_rate / nm_rate
            cpu_ratio = (run.n / cpu(run.fd_import)) / (run.n_email / cpu(run.nm_import))
            ok = ratio >= TARGETS["import_ratio"] and cpu_ratio >= TARGETS["import_cpu_ratio"]
            failed |= not ok
            rows.append((f"{L}: import speed vs notmuch (msg/s)",
                         f">= {TARGETS['import_ratio']:.0f}x wall, >= {TARGETS['import_cpu_ratio']:.0f}x per CPU second",
                         f"{ratio:.1f}x wall ({cpu_ratio:.1f}x per CPU second)", verdict(ok)))
        if run.fd_import and "rss_mb" in run.fd_import:
            ok = run.fd_import["rss_mb"] <= TARGETS["rss_mb"]
            failed |= not ok
            extra = ""
            if run.nm_import and "rss_mb" in run.nm_import:
                extra = f" (notmuch {run.nm_import['rss_mb']:.0f} MB)"
            rows.append((f"{L}: import peak RSS", f"<= {TARGETS['rss_mb']:.0f} MB",
                         f"{run.fd_import['rss_mb']:.1f} MB{extra}", verdict(ok)))
        # The database is frontdesk.db; attachment files live beside it
        # in the data folder and are shown apart (older results have no
        # fd-db: the whole folder is compared then, as it was).
        size = run.fd_db or run.fd_du
        if size:
            per = size / 1e6 * 100000 / run.n
            ok = per <= TARGETS["db_mb_per_100k"]
            failed |= not ok
            extra = ""
            if run.nm_du:
                extra = f" (notmuch {run.nm_du / 1e6 * 100000 / run.n_email:.0f} MB per 100k emails)"
            rows.append((f"{L}: database size per 100k msgs", f"<= {TARGETS['db_mb_per_100k']:.0f} MB",
                         f"{per:.1f} MB{extra}", verdict(ok)))
        if run.fd_db and run.fd_du:
            rows.append((f"{L}: data folder with attachment files, per 100k msgs", "",
                         f"{run.fd_du / 1e6 * 100000 / run.n:.1f} MB "
                         f"(attachments {(run.fd_du - run.fd_db) / 1e6 * 100000 / run.n:.1f} MB)", ""))

        s = run.rec(run.fd, "search")
        if s:
            p50, p95 = float(s[2]), float(s[3])
            big = (run.n or 0) >= 1000000
            if not big:
                ok = p50 <= TARGETS["search_p50_100k"]
                failed |= not ok
                rows.append((f"{L}: search p50 (20 two-word queries, newest 50)",
                             f"<= {TARGETS['search_p50_100k']} ms", f"{p50:.3f} ms", verdict(ok)))
                ok = p95 <= TARGETS["search_p95_100k"]
                failed |= not ok
                rows.append((f"{L}: search p95", f"<= {TARGETS['search_p95_100k']:.0f} ms",
                             f"{p95:.3f} ms", verdict(ok)))
            else:
                rows.append((f"{L}: search p50", "", f"{p50:.3f} ms", ""))
                ok = p95 <= TARGETS["search_p95_1m"]
                failed |= not ok
                rows.append((f"{L}: search p95", f"<= {TARGETS['search_p95_1m']:.0f} ms",
                             f"{p95:.3f} ms", verdict(ok)))
            firsts = [float(r[3]) for r in run.fd if r[0] == "query"]
            if firsts:
                rows.append((f"{L}: search, first (cold) call, worst query", "",
                             f"{max(firsts):.3f} ms", ""))
            for kind, name in (("cli", "`notmuch search` process"),
                               ("msgs", "notmuch in process, 50 messages"),
                               ("threads", "notmuch in process, 50 threads")):
                r = run.rec(run.nm, "nm-search", kind)
                if r:
                    nm50 = float(r[3])
                    rows.append((f"{L}: {name} p50 / p95", "",
                                 f"{nm50:.3f} / {float(r[4]):.3f} ms ({nm50 / p50:.1f}x Frontdesk p50)"
                                 if p50 > 0 else f"{nm50:.3f} / {float(r[4]):.3f} ms", ""))

        for r in run.fd:
            if r[0] == "page":
                # page depth rows walk_median p50 p95 first walk_max n_walks
                page, walk, w50, w95 = r[1], float(r[3]), float(r[4]), float(r[5])
                first, wmax, nw = float(r[6]), float(r[7]), r[8]
                ok = max(walk, w95) <= TARGETS["page_ms"]
                failed |= not ok
                rows.append((f"{L}: newest 50, page {page} (keyset)", f"<= {TARGETS['page_ms']:.0f} ms",
                             f"reached by walking: {walk:.3f} (median of {nw} walks; first walk {first:.3f}); "
                             f"repeated: p50 {w50:.3f}, p95 {w95:.3f}", verdict(ok)))
        w = run.rec(run.fd, "walk")
        if w:
            rows.append((f"{L}: walk of {w[1]} pages, each call", "",
                         f"p50 {float(w[2]):.3f}, p95 {float(w[3]):.3f}, max {float(w[4]):.3f} ms", ""))

    print("| Measure | Target | Measured | Result |")
    print("|---|---|---|---|")
    for m, t, v, res in rows:
        print(f"| {m} | {t} | {v} | {res} |")

    for run in runs:
        if not any(r[0] == "query" for r in run.fd):
            continue
        nm = {r[1]: r for r in run.nm if r[0] == "nm-query"}
        print()
        print(f"Per query at {run.label} (rows of the newest 50, warm times in ms; notmuch CLI rows are threads):")
        print()
        print("| Query | Frontdesk rows | Frontdesk p50 | Frontdesk p95 | first call | notmuch rows | notmuch CLI p50 | notmuch msgs p50 | notmuch threads p50 |")
        print("|---|---|---|---|---|---|---|---|---|")
        for r in run.fd:
            if r[0] != "query":
                continue
            n = nm.get(r[1])
            cli = f"{float(n[3]):.2f}" if n else "n/a"
            nrows = n[2] if n else "n/a"
            msgs = f"{float(n[6]):.2f}" if n and len(n) > 6 else "n/a"
            thr = f"{float(n[9]):.2f}" if n and len(n) > 9 else "n/a"
            print(f"| {r[1]} | {r[2]} | {float(r[4]):.3f} | {float(r[5]):.3f} | {float(r[3]):.3f} | {nrows} | {cli} | {msgs} | {thr} |")

    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
