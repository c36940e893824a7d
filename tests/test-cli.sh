#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End-to-end tests of frontdesk-cli on real files: exit codes, stderr,
# --json output, and an export/import round trip.
set -u

CLI=${1:?usage: test-cli.sh PATH-TO-frontdesk-cli}
SRC=${G_TEST_SRCDIR:-$(dirname "$0")}
PY=/usr/bin/python3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

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

run () {  # run NAME-OF-OUTPUT-FILES CMD...: stdout, stderr and status saved
  out=$1; shift
  "$@" >"$TMP/$out.out" 2>"$TMP/$out.err"
  echo $? >"$TMP/$out.status"
}

status () { cat "$TMP/$1.status"; }
contains () { grep -q -- "$2" "$TMP/$1"; }
json () { "$PY" -c "import json,sys; d=json.load(open('$TMP/$1')); sys.exit(0 if ($2) else 1)"; }

D="$TMP/profile"

# --help documents every command.
run help "$CLI" --help
check "help exits 0" [ "$(status help)" = 0 ]
for c in import list search show export; do
  check "help mentions $c" contains help.out "  $c"
done
run help_import "$CLI" import --help
check "import --help lists --quiet" contains help_import.out "--quiet"

# Unknown commands and bad usage go to stderr with a non-zero exit.
run bogus "$CLI" frobnicate
check "unknown command fails" [ "$(status bogus)" = 2 ]
check "unknown command explained on stderr" contains bogus.err "not a command"
run noargs "$CLI" --data-dir "$D" import
check "import without files is a usage error" [ "$(status noargs)" = 2 ]

# A good import with some bad lines: reported with file:line, exit 0.
cat >"$TMP/mixed.jsonl" <<'JSONL'
{"channel":"mastodon","id":"1","author":{"handle":"@ana@social.example","name":"Ana"},"text":"¿Dónde está mi pedido? Llegó roto","created_at":"2026-11-20T10:00:00Z","lang":"es"}
{"channel":"mastodon","id":"2","author":{"handle":"@ana@social.example"},"text":"second"
{"channel":"bluesky","id":"3","author":{"handle":"bo.bsky.social"},"text":"refund please","created_at":"2026-11-21T10:00:00Z"}
JSONL
run imp "$CLI" --data-dir "$D" import --quiet "$TMP/mixed.jsonl"
check "partial import exits 0" [ "$(status imp)" = 0 ]
check "summary says imported 2, skipped 1" contains imp.out "imported 2, skipped 1"
check "bad line named on stderr" contains imp.err "mixed.jsonl:2"
check "--quiet prints no progress" sh -c "! grep -q 'messages (' '$TMP/imp.err'"

# Nothing readable: non-zero.
printf 'garbage\n{"x":1}\n' >"$TMP/bad.jsonl"
run bad "$CLI" --data-dir "$D" import "$TMP/bad.jsonl"
check "all-bad import exits non-zero" [ "$(status bad)" != 0 ]
run missing "$CLI" --data-dir "$D" import "$TMP/does-not-exist.jsonl"
check "missing file exits non-zero" [ "$(status missing)" != 0 ]
check "missing file explained" contains missing.err "does not exist"

# Real mail too.
run mail "$CLI" --data-dir "$D" import --json "$SRC/data/maildir" "$SRC/data/mbox/sample.mbox"
check "mail import exits 0" [ "$(status mail)" = 0 ]
check "mail import json summary" json mail.out "d['imported'] == 9 and d['skipped'] == 0"

# Re-import changes nothing.
run again "$CLI" --data-dir "$D" import --json "$TMP/mixed.jsonl" "$SRC/data/maildir"
check "re-import adds nothing" json again.out "d['imported'] == 0 and d['duplicates'] == 7"

# list --json has the documented fields, newest first.
run list "$CLI" --data-dir "$D" list --json --limit 100
check "list exits 0" [ "$(status list)" = 0 ]
check "list has every message" json list.out "len(d) == 11"
check "list fields" json list.out "all(set(['id','remote_id','channel','author','subject','text','created_at','lang','state','conversation']) <= set(m) for m in d)"
check "list author has handle and name" json list.out "all(set(['handle','name']) <= set(m['author']) for m in d)"
check "list newest first" json list.out "[m['created_at'] for m in d] == sorted([m['created_at'] for m in d], reverse=True)"
check "list keeps lang" json list.out "any(m['lang'] == 'es' and m['remote_id'] == '1' for m in d)"
run list_ch "$CLI" --data-dir "$D" list --json --channel bluesky
check "list --channel" json list_ch.out "len(d) == 1 and d[0]['remote_id'] == '3'"
run list_un "$CLI" --data-dir "$D" list --json --unanswered --limit 0
check "list --unanswered only incoming unanswered" json list_un.out "all(m['direction'] == 'in' and m['state'] in ('unread','read') for m in d)"
run list_lim "$CLI" --data-dir "$D" list --json --limit 3
check "list --limit" json list_lim.out "len(d) == 3"

# search with folded diacritics and operators.
run s1 "$CLI" --data-dir "$D" search --json llego
check "search llego finds llegó" json s1.out "len(d) == 1 and d[0]['remote_id'] == '1'"
run s2 "$CLI" --data-dir "$D" search --json channel:bluesky refund
check "search with channel:" json s2.out "len(d) == 1"
run s3 "$CLI" --data-dir "$D" search 'is:wrong'
check "bad operator fails" [ "$(status s3)" = 1 ]
check "bad operator explained" contains s3.err "is:wrong"

# show a message with its conversation.
id=$("$PY" -c "import json; print([m['id'] for m in json.load(open('$TMP/list.out')) if m['remote_id']=='1'][0])")
run show "$CLI" --data-dir "$D" show --json "$id"
check "show --json" json show.out "d['message']['remote_id'] == '1' and len(d['conversation']) >= 1"
run show_txt "$CLI" --data-dir "$D" show "$id"
check "show prints the text" contains show_txt.out "Llegó roto"
run show_bad "$CLI" --data-dir "$D" show 999999
check "show of a missing id fails" [ "$(status show_bad)" = 1 ]
check "show of a missing id explained" contains show_bad.err "no message 999999"

# Export, import into an empty profile: the same messages.
for fmt in jsonl mbox; do
  run "exp_$fmt" "$CLI" --data-dir "$D" export --format "$fmt" --output "$TMP/export.$fmt"
  check "export $fmt exits 0" [ "$(status "exp_$fmt")" = 0 ]
  run "imp_$fmt" "$CLI" --data-dir "$TMP/copy-$fmt" import --quiet --json "$TMP/export.$fmt"
  check "re-import of $fmt exits 0" [ "$(status "imp_$fmt")" = 0 ]
  run "list_$fmt" "$CLI" --data-dir "$TMP/copy-$fmt" list --json --limit 0
  check "$fmt round trip gives the same messages" "$PY" -c "
import json
def key(m): return (m['channel'], m['remote_id'], m['author']['handle'], m['subject'], m['text'], m['created_at'], m['lang'], m['state'], m['direction'])
a = sorted(map(key, json.load(open('$TMP/list.out'))))
b = sorted(map(key, json.load(open('$TMP/list_$fmt.out'))))
raise SystemExit(0 if a == b else 1)"
done
run exp_bad "$CLI" --data-dir "$D" export --format csv
check "unknown export format fails" [ "$(status exp_bad)" = 2 ]

# A profile written by a newer Frontdesk is refused, not altered.
mkdir -p "$TMP/newer"
"$PY" -c "
import sqlite3; c = sqlite3.connect('$TMP/newer/frontdesk.db')
c.execute('create table t(x)'); c.execute('pragma user_version = 999'); c.execute('pragma application_id = 1178891057'); c.commit()"
before=$(sha256sum "$TMP/newer/frontdesk.db")
run newer "$CLI" --data-dir "$TMP/newer" list
check "newer profile refused" [ "$(status newer)" = 1 ]
check "newer profile explained" contains newer.err "newer version of Frontdesk"
check "newer profile untouched" [ "$before" = "$(sha256sum "$TMP/newer/frontdesk.db")" ]

# FRONTDESK_DATA_DIR selects the profile.
run envdir env FRONTDESK_DATA_DIR="$D" "$CLI" list --json --limit 0
check "FRONTDESK_DATA_DIR is honoured" json envdir.out "len(d) == 11"

# A reply no account can send is refused, with what to do, and not queued.
run reply_noacct "$CLI" --data-dir "$D" reply "$id" --text "It ships today"
check "reply without an account exits non-zero" [ "$(status reply_noacct)" = 1 ]
check "reply without an account says to add one" contains reply_noacct.err "No Mastodon account can send this reply. Add the account"
bsky=$("$PY" -c "import json; print([m['id'] for m in json.load(open('$TMP/list.out')) if m['remote_id']=='3'][0])")
run reply_bsky "$CLI" --data-dir "$D" reply "$bsky" --text "Refund on its way"
check "reply on Bluesky without an account exits non-zero" [ "$(status reply_bsky)" = 1 ]
check "reply on Bluesky without an account says to add one" contains reply_bsky.err "No Bluesky account can send this reply. Add the account"
check "refused replies are not queued" "$PY" -c "
import sqlite3; c = sqlite3.connect('$D/frontdesk.db')
raise SystemExit(0 if c.execute('select count(*) from outbox').fetchone()[0] == 0 else 1)"

# With a Mastodon account, the reply can go out through it.
"$PY" -c "
import sqlite3; c = sqlite3.connect('$D/frontdesk.db')
c.execute(\"insert into accounts (channel, name, address, created_at) values ('mastodon', '@shop@social.example', 'https://social.example', 0)\"); c.commit()"

# Moving to private on Mastodon, with a short public answer.
run note_alone "$CLI" --data-dir "$D" reply "$id" --text "Private details" --public-note "We wrote to you"
check "--public-note needs --private" [ "$(status note_alone)" = 2 ]
run note_leak "$CLI" --data-dir "$D" reply "$id" --private --text "Order 4102 ships today" --public-note "Order 4102 ships today"
check "a public note repeating the private text is refused" [ "$(status note_leak)" = 1 ]
run note "$CLI" --data-dir "$D" reply --json "$id" --private --text "Order 4102 ships today" --public-note "We wrote to you privately."
check "private reply with a public note is queued" [ "$(status note)" = 0 ]
check "the private reply carries the public note" "$PY" -c "
import sqlite3; c = sqlite3.connect('$D/frontdesk.db')
r = c.execute(\"select json_extract(payload,'\$.public_note'), json_extract(payload,'\$.private') from outbox where action='private-reply'\").fetchall()
raise SystemExit(0 if r == [('We wrote to you privately.', 1)] else 1)"

# Translation servers: no customer text or key over plain http:// to
# another computer, whether the address comes from --url or the environment.
run lt_http "$CLI" --data-dir "$D" translate --engine libretranslate --url http://translate.example:5000 --from es --to en "Mi pedido no ha llegado"
check "plain http:// LibreTranslate elsewhere is refused" [ "$(status lt_http)" = 1 ]
check "the refusal says to use https://" contains lt_http.err "plain http://.*Use an https:// address"
run apy_http env FRONTDESK_APY_URL=http://apy.example "$CLI" --data-dir "$D" translate --engine apy --from es --to en "Hola"
check "plain http:// APy elsewhere is refused" [ "$(status apy_http)" = 1 ]
check "the APy refusal names the address" contains apy_http.err "http://apy.example"
printf 'KEY\n' >"$TMP/key.in"
run key_http sh -c "'$CLI' --data-dir '$D' translate --store-key libretranslate --url http://translate.example <'$TMP/key.in'"
check "no key is stored for plain http:// elsewhere" [ "$(status key_http)" = 1 ]
check "the key refusal says why" contains key_http.err "plain http://"

# One customer's posts out of date order (the 15th, the 26th, then the 2nd
# of November), and a copy of the first dated before it: all imported, and
# the copy found.
cat >"$TMP/dates.jsonl" <<'JSONL'
{"channel":"mastodon","id":"d-15","author":{"handle":"@ann@social.example","name":"Ann"},"text":"The blender I ordered last month stopped working after two days of use","created_at":"2026-11-15T10:00:00Z"}
{"channel":"mastodon","id":"d-26","author":{"handle":"@ann@social.example","name":"Ann"},"text":"Where can I find the invoice for my last order? The account page is empty","created_at":"2026-11-26T10:00:00Z"}
{"channel":"mastodon","id":"d-02","author":{"handle":"@ann@social.example","name":"Ann"},"text":"Do you ship to Iceland? I would like to send a gift to my sister there","created_at":"2026-11-02T10:00:00Z"}
{"channel":"mastodon","id":"d-09","author":{"handle":"@ann@social.example","name":"Ann"},"text":"The blender I ordered last month stopped working after two days of use!!","created_at":"2026-11-09T12:00:00Z"}
JSONL
run dates "$CLI" --data-dir "$TMP/dates" import --json "$TMP/dates.jsonl"
check "posts out of date order are imported" [ "$(status dates)" = 0 ]
check "all four of them" json dates.out "d['imported'] == 4"
run dates_rep "$CLI" --data-dir "$TMP/dates" repeats --json
check "the copy dated before the first post is its repeat" \
  json dates_rep.out "[sorted(m['remote_id'] for m in g['messages']) for g in d] == [['d-09', 'd-15']]"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
