#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# frontdesk-cli report: the --json shape, the figures of a small imported
# week computed by hand, --csv, the settings it reads and the flags that
# override them, and its usage errors.
set -u
export LC_ALL=C.UTF-8

CLI=${1:?usage: test-cli-report.sh PATH-TO-frontdesk-cli}
PY=/usr/bin/python3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM
D="$TMP/profile"

pass=0
fail=0

check () {
  name=$1; shift
  if "$@"; then
    pass=$((pass + 1)); echo "ok - $name"
  else
    fail=$((fail + 1)); echo "not ok - $name"
  fi
}

# Madrid is UTC+1 in March before the 29th. Mon-Fri 09:00-17:30 there:
#   m1 Tue 3 Mar 17:00 -> Wed 09:30: 3600 s      (night)
#   m2 Fri 6 Mar 17:00 -> Mon 9 Mar 10:00: 5400 s (weekend)
#   b1 Mon 9 Mar 11:00 -> 11:20: 1200 s; again 15:00 -> 16:00: 3600 s
#   m3 Tue 10 Mar 08:00 (Spanish): waiting
cat >"$TMP/week.jsonl" <<'EOF'
{"channel":"mastodon","id":"m1","author":{"handle":"@ana@x"},"text":"Where is my order?","created_at":"2026-03-03T16:00:00Z","thread":"m1","direction":"in","lang":"en"}
{"channel":"mastodon","id":"m1r","author":{"handle":"@shop@x"},"text":"On its way.","created_at":"2026-03-04T08:30:00Z","thread":"m1","in_reply_to":"m1","direction":"out","recipient":"@ana@x","lang":"en"}
{"channel":"mastodon","id":"m2","author":{"handle":"@bo@x"},"text":"Still nothing?","created_at":"2026-03-06T16:00:00Z","thread":"m2","direction":"in","lang":"en"}
{"channel":"mastodon","id":"m2r","author":{"handle":"@shop@x"},"text":"Sent today.","created_at":"2026-03-09T09:00:00Z","thread":"m2","in_reply_to":"m2","direction":"out","recipient":"@bo@x","lang":"en"}
{"channel":"bluesky","id":"b1","author":{"handle":"cy.bsky.social"},"text":"Refund please","created_at":"2026-03-09T10:00:00Z","thread":"b1","direction":"in","lang":"en"}
{"channel":"bluesky","id":"b1r","author":{"handle":"shop.bsky.social"},"text":"Done.","created_at":"2026-03-09T10:20:00Z","thread":"b1","in_reply_to":"b1","direction":"out","recipient":"cy.bsky.social","lang":"en"}
{"channel":"bluesky","id":"b1b","author":{"handle":"cy.bsky.social"},"text":"Not yet on my card","created_at":"2026-03-09T14:00:00Z","thread":"b1","in_reply_to":"b1r","direction":"in","lang":"en"}
{"channel":"bluesky","id":"b1br","author":{"handle":"shop.bsky.social"},"text":"Give it a day.","created_at":"2026-03-09T15:00:00Z","thread":"b1","in_reply_to":"b1b","direction":"out","recipient":"cy.bsky.social","lang":"en"}
{"channel":"mastodon","id":"m3","author":{"handle":"@ed@x"},"text":"¿Dónde está mi pedido?","created_at":"2026-03-10T07:00:00Z","thread":"m3","direction":"in","lang":"es"}
EOF

"$CLI" -d "$D" -q import "$TMP/week.jsonl" >/dev/null 2>&1
check "import" test $? -eq 0

"$CLI" -d "$D" report --from 2026-03-02 --to 2026-03-16 --timezone Europe/Madrid \
  --business-hours "mon-fri 09:00-17:30" --json >"$TMP/r.json" 2>"$TMP/r.err"
check "report --json succeeds" test $? -eq 0

check "report --json: shape and figures" "$PY" - "$TMP/r.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
def stats_keys(s):
    assert set(s) >= {"received", "conversations", "answered", "waiting", "marked_answered", "first_response"}, s
    assert set(s["first_response"]) == {"count", "median_seconds", "p90_seconds", "within_target"}, s
for k in ("from", "to", "timezone", "target_seconds", "total", "channels",
          "arrivals_by_weekday_hour", "languages", "topics", "repeaters"):
    assert k in r, k
assert (r["from"], r["to"], r["timezone"], r["target_seconds"]) == ("2026-03-02", "2026-03-16", "Europe/Madrid", 3600), r
stats_keys(r["total"])
t = r["total"]
assert (t["received"], t["conversations"], t["answered"], t["waiting"], t["marked_answered"]) == (5, 4, 4, 1, 0), t
fr = t["first_response"]
assert (fr["count"], fr["median_seconds"], fr["p90_seconds"]) == (4, 3600, 5400), fr
assert abs(fr["within_target"] - 0.75) < 1e-9, fr
assert sorted(r["channels"]) == ["bluesky", "mastodon"], r["channels"]
for s in r["channels"].values():
    stats_keys(s)
b = r["channels"]["bluesky"]["first_response"]
assert (b["count"], b["median_seconds"], b["p90_seconds"], b["within_target"]) == (2, 1200, 3600, 1.0), b
grid = r["arrivals_by_weekday_hour"]
assert len(grid) == 7 and all(len(row) == 24 for row in grid), grid
assert grid[1][17] == 1 and grid[4][17] == 1 and grid[0][11] == 1 and grid[0][15] == 1 and grid[1][8] == 1, grid
assert sum(map(sum, grid)) == 5
assert r["languages"] == {"en": 4, "es": 1}, r["languages"]
# "Not yet on my card" after our "Done.": Cy asks again about the refund.
assert r["topics"] == [] and r["repeaters"] == [{"customer": "cy.bsky.social", "copies": 2}], r["repeaters"]
PY

# Every hour counts without business hours: m1 waits 16.5 h.
"$CLI" -d "$D" report --from 2026-03-03 --to 2026-03-04 --timezone UTC --business-hours "" --json >"$TMP/utc.json" 2>&1
check "no business hours: every hour counts" "$PY" - "$TMP/utc.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["timezone"] == "UTC", r
assert r["total"]["first_response"]["median_seconds"] == 16 * 3600 + 1800, r["total"]
PY

# The profile's settings are used when no flag is given.
"$CLI" -d "$D" report --from 2026-03-02 --to 2026-03-16 --target 30 --json >"$TMP/t.json" 2>&1
check "--target overrides the target" "$PY" - "$TMP/t.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["target_seconds"] == 1800, r
PY

"$CLI" -d "$D" report --from 2026-03-02 --to 2026-03-16 --timezone Europe/Madrid \
  --business-hours "mon-fri 09:00-17:30" --csv >"$TMP/r.csv" 2>&1
check "report --csv" "$PY" - "$TMP/r.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0] == ["section", "item", "key", "value"], rows[0]
d = {(r[0], r[1], r[2]): r[3] for r in rows[1:]}
assert d[("period", "", "timezone")] == "Europe/Madrid"
assert d[("stats", "", "received")] == "5"
assert d[("stats", "mastodon", "first_response_median_seconds")] == "3600"
assert d[("arrivals", "fri", "17")] == "1"
assert d[("day", "2026-03-09", "received")] == "2"
PY

# Empty period: counts are 0 and times null.
"$CLI" -d "$D" report --from 2025-01-01 --to 2025-01-08 --json >"$TMP/e.json" 2>&1
check "empty period" "$PY" - "$TMP/e.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["total"]["received"] == 0 and r["channels"] == {}, r
assert r["total"]["first_response"] == {"count": 0, "median_seconds": None, "p90_seconds": None, "within_target": None}
PY

"$CLI" -d "$D" report >"$TMP/text.out" 2>&1
check "text report with default period" test $? -eq 0

"$CLI" -d "$D" report --from 2026-03-16 --to 2026-03-02 >/dev/null 2>"$TMP/bad.err"
check "an end before the start is a usage error" test $? -eq 2
"$CLI" -d "$D" report --timezone Mars/Base >/dev/null 2>"$TMP/tz.err"
check "an unknown time zone is a usage error" test $? -eq 2
check "and says which" grep -q "Mars/Base" "$TMP/tz.err"
"$CLI" -d "$D" report --business-hours "mon 9-5" >/dev/null 2>"$TMP/h.err"
check "unreadable business hours are a usage error" test $? -eq 2
"$CLI" -d "$D" report --json --csv >/dev/null 2>&1
check "--json and --csv together are refused" test $? -eq 2

echo "1..$((pass + fail))"
test "$fail" -eq 0
