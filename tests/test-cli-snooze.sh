#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# frontdesk-cli snooze and list --snoozed, round trip through the store.
set -u

CLI=${1:?usage: test-cli-snooze.sh PATH-TO-frontdesk-cli}
PY=/usr/bin/python3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

pass=0
fail=0
n=0

check () {
  name=$1; shift
  n=$((n + 1))
  if "$@"; then
    pass=$((pass + 1)); echo "ok $n - $name"
  else
    fail=$((fail + 1)); echo "not ok $n - $name"
  fi
}

run () {
  out=$1; shift
  "$@" >"$TMP/$out.out" 2>"$TMP/$out.err"
  echo $? >"$TMP/$out.status"
}

status () { cat "$TMP/$1.status"; }
contains () { grep -q -- "$2" "$TMP/$1"; }
json () { "$PY" -c "import json,sys; d=json.load(open('$TMP/$1')); sys.exit(0 if ($2) else 1)"; }

D="$TMP/profile"

cat >"$TMP/in.jsonl" <<'JSONL'
{"channel":"mastodon","id":"a1","thread":"ta","author":{"handle":"@ana@social.example","name":"Ana"},"text":"Where is my parcel?","created_at":"2026-11-20T10:00:00Z"}
{"channel":"mastodon","id":"a2","thread":"ta","author":{"handle":"@ana@social.example","name":"Ana"},"text":"Any news?","created_at":"2026-11-20T11:00:00Z"}
{"channel":"mastodon","id":"b1","thread":"tb","author":{"handle":"@ben@social.example","name":"Ben"},"text":"My order came broken","created_at":"2026-11-20T12:00:00Z"}
JSONL
run imp "$CLI" --data-dir "$D" import --quiet "$TMP/in.jsonl"
check "import" [ "$(status imp)" = 0 ]

id_of () {  # id_of REMOTE_ID
  "$CLI" --data-dir "$D" list --json | "$PY" -c "import json,sys; print([m['id'] for m in json.load(sys.stdin) if m['remote_id'] == '$1'][0])"
}
A1=$(id_of a1)
A2=$(id_of a2)

run before "$CLI" --data-dir "$D" list --json
check "snoozed_until is null when not snoozed" json before.out "all(m['snoozed_until'] is None for m in d)"
check "help lists snooze" sh -c "'$CLI' --help | grep -q '  snooze'"

run bad_usage "$CLI" --data-dir "$D" snooze "$A1"
check "snooze without --until or --cancel is a usage error" [ "$(status bad_usage)" = 2 ]
run bad_time "$CLI" --data-dir "$D" snooze "$A1" --until someday
check "an unknown time is a usage error" [ "$(status bad_time)" = 2 ]
check "which says what it takes" contains bad_time.err "tomorrow"
run past "$CLI" --data-dir "$D" snooze "$A1" --until 2001-01-01T00:00:00Z
check "a past time is refused" [ "$(status past)" = 2 ]
run missing "$CLI" --data-dir "$D" snooze 9999 --until tomorrow
check "an unknown message fails" [ "$(status missing)" = 1 ]

run snooze "$CLI" --data-dir "$D" --json snooze "$A1" --until 2099-03-02T09:00:00+01:00
check "snooze exits 0" [ "$(status snooze)" = 0 ]
check "snooze answers the time in UTC" json snooze.out "d['snoozed_until'] == '2099-03-02T08:00:00Z'"

run unanswered "$CLI" --data-dir "$D" list --unanswered --json
check "list --unanswered omits the snoozed conversation" \
  json unanswered.out "sorted(m['remote_id'] for m in d) == ['b1']"
run snoozed "$CLI" --data-dir "$D" list --snoozed --json
check "list --snoozed shows its newest message with the time" \
  json snoozed.out "[(m['remote_id'], m['snoozed_until']) for m in d] == [('a2', '2099-03-02T08:00:00Z')]"
run all "$CLI" --data-dir "$D" list --json
check "every message of the conversation carries snoozed_until" \
  json all.out "sorted((m['remote_id'], m['snoozed_until']) for m in d) == [('a1', '2099-03-02T08:00:00Z'), ('a2', '2099-03-02T08:00:00Z'), ('b1', None)]"
run text "$CLI" --data-dir "$D" list
check "the text list says snoozed" contains text.out "snoozed"
run two "$CLI" --data-dir "$D" list --snoozed --unanswered
check "--snoozed with --unanswered is a usage error" [ "$(status two)" = 2 ]

run tomorrow "$CLI" --data-dir "$D" snooze "$A2" --until tomorrow
check "snooze --until tomorrow (any message of the conversation)" [ "$(status tomorrow)" = 0 ]
check "says until when" contains tomorrow.out "snoozed until"
run snoozed2 "$CLI" --data-dir "$D" list --snoozed --json
check "the new time replaces the old one" \
  json snoozed2.out "len(d) == 1 and not d[0]['snoozed_until'].startswith('2099')"

run cancel "$CLI" --data-dir "$D" snooze "$A1" --cancel
check "snooze --cancel exits 0" [ "$(status cancel)" = 0 ]
run after "$CLI" --data-dir "$D" list --unanswered --json
check "back in list --unanswered" json after.out "sorted(m['remote_id'] for m in d) == ['a1', 'a2', 'b1']"
run none "$CLI" --data-dir "$D" list --snoozed --json
check "list --snoozed is empty" json none.out "d == []"
run cancel2 "$CLI" --data-dir "$D" snooze "$A1" --cancel
check "cancelling again fails" [ "$(status cancel2)" = 1 ]
check "and says it is not snoozed" contains cancel2.err "not snoozed"

# A snooze whose time passed while nothing ran wakes at the next list.
run short "$CLI" --data-dir "$D" snooze "$A1" --until 2099-01-01T00:00:00Z
"$PY" - "$D/frontdesk.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE snoozes SET until = 1000")
db.commit()
PY
run woke "$CLI" --data-dir "$D" list --unanswered --json
check "a snooze past its time wakes" json woke.out "sorted(m['remote_id'] for m in d) == ['a1', 'a2', 'b1']"

echo "1..$n"
[ "$fail" = 0 ]
