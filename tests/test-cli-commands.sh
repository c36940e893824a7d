#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every frontdesk-cli command beyond those of test-cli.sh: repeats, topics,
# customers, customer merge/split/undo/export/erase, translate, lang,
# sync, reply, outbox, account and listen. For each: the exit code of
# success (0), of bad usage (2) and of a failure (1), and the fields of
# its --json output. Servers: tests/cli-stand-in.py (the loopback
# provider's API and LibreTranslate's) on a free loopback port, Apertium
# on this computer, and closed loopback ports for servers that are down.
# Run under tests/run-headless.sh: account removal and API keys use the
# keyring. Speaks TAP.
#
# Usage: test-cli-commands.sh PATH-TO-frontdesk-cli PATH-TO-frontdesk-cli-test
# (frontdesk-cli-test: frontdesk-cli with the tests' loopback provider,
# for sync, reply and outbox against the stand-in.)
set -u
export LC_ALL=C.UTF-8

CLI=${1:?usage: test-cli-commands.sh PATH-TO-frontdesk-cli PATH-TO-frontdesk-cli-test}
TCLI=${2:?usage: test-cli-commands.sh PATH-TO-frontdesk-cli PATH-TO-frontdesk-cli-test}
SRC=${G_TEST_SRCDIR:-$(dirname "$0")}
PY=/usr/bin/python3
TMP=$(mktemp -d)
STAND_IN_PID=
cleanup () {
  [ -n "$STAND_IN_PID" ] && kill "$STAND_IN_PID" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# No autoconfiguration from the internet, and no "offline" on a machine
# without a default route.
export FRONTDESK_AUTOCONFIG_URL=http://127.0.0.1:1/config-v1.1.xml
export GIO_USE_NETWORK_MONITOR=base
unset FRONTDESK_APY_URL FRONTDESK_LIBRETRANSLATE_URL

n=0
fail=0

check () {
  name=$1; shift
  n=$((n + 1))
  if "$@"; then
    echo "ok $n - $name"
  else
    fail=$((fail + 1)); echo "not ok $n - $name"
  fi
}

skip () {
  n=$((n + 1)); echo "ok $n - $1 # SKIP $2"
}

run () {  # run NAME CMD...: stdout, stderr and status saved
  out=$1; shift
  "$@" >"$TMP/$out.out" 2>"$TMP/$out.err" </dev/null
  echo $? >"$TMP/$out.status"
}

run_in () {  # run_in NAME INPUT CMD...: the same with INPUT on standard input
  out=$1; input=$2; shift 2
  printf '%s\n' "$input" | "$@" >"$TMP/$out.out" 2>"$TMP/$out.err"
  echo $? >"$TMP/$out.status"
}

# exits NAME CODE: the status was CODE; otherwise show stderr.
exits () {
  if [ "$(cat "$TMP/$1.status")" = "$2" ]; then
    return 0
  fi
  echo "# exit $(cat "$TMP/$1.status"), expected $2"
  sed 's/^/#   /' "$TMP/$1.err" | head -5
  return 1
}
contains () { grep -q -- "$2" "$TMP/$1"; }
empty () { [ ! -s "$TMP/$1" ]; }
json () { "$PY" -c "import json,sys; d=json.load(open('$TMP/$1')); sys.exit(0 if ($2) else 1)"; }
sql () { "$PY" -c "import sqlite3,sys; c=sqlite3.connect('$1/frontdesk.db'); c.execute(sys.argv[1]); c.commit()" "$2"; }

# usage COMMAND ARGS...: a usage error, exit 2, that points to --help.
usage () {
  name="$*"
  run usage "$CLI" --data-dir "$TMP/usage" "$@"
  check "“$name” is a usage error" exits usage 2
  check "“$name” says where to read the usage" contains usage.err "Run “frontdesk-cli $1 --help” for usage"
}

COMMANDS="repeats topics customers customer translate lang sync reply outbox account listen"

# --- help ------------------------------------------------------------------

run help "$CLI" --help
check "--help exits 0" exits help 0
for c in $COMMANDS; do
  check "--help lists $c" contains help.out "^  $c "
  run "help_$c" "$CLI" "$c" --help
  check "$c --help exits 0" exits "help_$c" 0
  check "$c --help shows its usage" contains "help_$c.out" "frontdesk-cli \[OPTION…\] $c"
  usage "$c" --no-such-option
done

# --- repeats, topics, customers: the labelled fixture ----------------------

D="$TMP/fixture"
LABELS="$SRC/data/repeats/labels.json"
run imp "$CLI" --data-dir "$D" import --quiet "$SRC/data/repeats/fixture.jsonl"
check "the fixture imports" exits imp 0

run rep "$CLI" --data-dir "$D" repeats --json
check "repeats --json exits 0" exits rep 0
check "repeats --json: group fields" json rep.out \
  "d and all(set(g) == {'id','customer','customer_name','count','unanswered','done','first_at','last_at','reason','messages'} for g in d)"
check "repeats --json: why each group was grouped" json rep.out \
  "all(set(g['reason']) == {'kind','value','text'} and g['reason']['kind'] and g['reason']['text'] for g in d)"
check "repeats --json: copy fields" json rep.out \
  "all(set(m) == {'id','remote_id','channel','handle','customer','created_at','state','conversation','url','text'} for g in d for m in g['messages'])"
check "repeats --json: the labelled groups" "$PY" -c "
import json, sys
labels = json.load(open('$LABELS'))['groups']
found = json.load(open('$TMP/rep.out'))
want = sorted(sorted(k for k in g) for g in labels)
got = sorted(sorted('%s:%s' % (m['channel'], m['remote_id']) for m in g['messages']) for g in found)
sys.exit(0 if want == got else 1)"
check "repeats --json: counts and customers agree" json rep.out \
  "all(g['count'] == len(g['messages']) and all(m['customer'] == g['customer'] for m in g['messages']) and g['unanswered'] <= g['count'] and g['done'] == (g['unanswered'] == 0) for g in d)"
run rep_open "$CLI" --data-dir "$D" repeats --open --json
check "repeats --open: only groups waiting for an answer" json rep_open.out "d and all(g['unanswered'] > 0 for g in d)"
run rep_lim "$CLI" --data-dir "$D" repeats --limit 2 --json
check "repeats --limit 2" json rep_lim.out "len(d) == 2"
run rep_re "$CLI" --data-dir "$D" repeats --rebuild --json
check "repeats --rebuild exits 0" exits rep_re 0
check "repeats --rebuild finds the same groups" "$PY" -c "
import json, sys
key = lambda path: sorted(sorted(m['remote_id'] for m in g['messages']) for g in json.load(open(path)))
sys.exit(0 if key('$TMP/rep.out') == key('$TMP/rep_re.out') else 1)"
run rep_txt "$CLI" --data-dir "$D" repeats
check "repeats prints the groups" contains rep_txt.out "^Group [0-9]* — Dana Whitfield"
# A profile whose repeats were found under older rules (here: the first,
# with its groups gone) finds them again before listing them.
"$PY" -c "
import sqlite3
c = sqlite3.connect('$D/frontdesk.db')
c.execute('PRAGMA foreign_keys = ON')
c.execute('UPDATE repeat_rules SET version = 1')
c.execute('DELETE FROM repeat_groups')
c.execute('UPDATE messages SET repeat_count = 0')
c.commit()"
run rep_rules "$CLI" --data-dir "$D" repeats --json
check "repeats finds again the groups found under older rules" "$PY" -c "
import json, sys
key = lambda path: sorted(sorted(m['remote_id'] for m in g['messages']) for g in json.load(open(path)))
sys.exit(0 if key('$TMP/rep.out') == key('$TMP/rep_rules.out') else 1)"
usage repeats --limit -1
usage repeats extra
run rep_empty "$CLI" --data-dir "$TMP/empty" repeats --json
check "repeats --json of an empty profile is []" json rep_empty.out "d == []"

# Posts in two languages, compared through Apertium (build-aux/install-deps.sh
# installs it with the eng-spa, spa-cat and fr-es pairs).
L="$TMP/languages"
run imp_lang "$CLI" --data-dir "$L" import --quiet "$SRC/data/repeats-languages/fixture.jsonl"
check "the set in two languages imports" exits imp_lang 0
run rep_lang0 "$CLI" --data-dir "$L" repeats --json
check "import compares the new posts across languages, as the app does" json rep_lang0.out \
  "any(sorted(m['remote_id'] for m in g['messages']) == ['lx-7', 'lx-8'] and g['reason']['kind'] == 'other-language' for g in d)"
run rep_lang "$CLI" --data-dir "$L" repeats --languages --json
check "repeats --languages exits 0" exits rep_lang 0
check "repeats --languages: Catalan and Spanish, one group and why" json rep_lang.out \
  "any(sorted(m['remote_id'] for m in g['messages']) == ['lx-7', 'lx-8'] and g['reason'] == {'kind': 'other-language', 'value': 'ca:es', 'text': 'same complaint in another language: ca and es'} for g in d)"
check "repeats --languages: German and English left alone (no engine)" json rep_lang.out \
  "not any('lx-15' in [m['remote_id'] for m in g['messages']] for g in d)"
run rep_lang_txt "$CLI" --data-dir "$L" repeats
check "repeats says why in words" contains rep_lang_txt.out "Why: same complaint in another language: Catalan and Spanish"
# A large import leaves the comparisons across languages to the app (or
# to repeats --languages), and says so.
"$PY" -c "
import json
for i in range(1001):
    print(json.dumps({'channel': 'mastodon', 'id': 'big-%d' % i, 'author': {'handle': '@c%d@social.example' % (i % 300)},
                      'text': 'Pregunta número %d sobre la tienda' % i, 'created_at': '2026-10-01T%02d:%02d:00Z' % (i // 60 % 24, i % 60),
                      'lang': 'es' if i % 2 else 'ca'}))" >"$TMP/big.jsonl"
run imp_big "$CLI" --data-dir "$TMP/big" import "$TMP/big.jsonl"
check "a large import exits 0" exits imp_big 0
check "a large import says the posts in other languages are yet to be compared" contains imp_big.err \
  "1001 posts are yet to be compared.*repeats --languages"

# A merge finds the customer's repeats again; those across languages come
# back at once, from the translations kept.
run cus_lang "$CLI" --data-dir "$L" customers --json
jordi=$("$PY" -c "import json; print([c['id'] for c in json.load(open('$TMP/cus_lang.out')) if any(i['handle'] == '@jordi@social.example' for i in c['identities'])][0])")
other=$("$PY" -c "import json; print([c['id'] for c in json.load(open('$TMP/cus_lang.out')) if not any(i['handle'] == '@jordi@social.example' for i in c['identities'])][0])")
run merge_lang "$CLI" --data-dir "$L" customer merge "$jordi" "$other"
check "customer merge in the set in two languages exits 0" exits merge_lang 0
run rep_merged "$CLI" --data-dir "$L" repeats --json
check "after a merge, the group across languages is there at once" json rep_merged.out \
  "any(sorted(m['remote_id'] for m in g['messages']) == ['lx-7', 'lx-8'] and g['reason']['kind'] == 'other-language' for g in d)"

run top "$CLI" --data-dir "$D" topics --json
check "topics --json exits 0" exits top 0
check "topics --json: topic fields" json top.out \
  "d and all(set(t) == {'id','customers','count','unanswered','first_at','last_at','channels','messages'} for t in d)"
check "topics --json: the labelled topics" "$PY" -c "
import json, sys
want = sorted(sorted(t) for t in json.load(open('$LABELS'))['topics'])
got = sorted(sorted('%s:%s' % (m['channel'], m['remote_id']) for m in t['messages']) for t in json.load(open('$TMP/top.out')))
sys.exit(0 if want == got else 1)"
check "topics --json: customers and channels agree with the copies" json top.out \
  "all(t['customers'] == len({m['customer'] for m in t['messages']}) and t['channels'] == sorted({m['channel'] for m in t['messages']}) for t in d)"
run top_min "$CLI" --data-dir "$D" topics --min-customers 5 --json
check "topics --min-customers 5: the topic of five" json top_min.out "len(d) == 1 and d[0]['customers'] == 5"
run top_two "$CLI" --data-dir "$D" topics --min-customers 2 --json
check "topics --min-customers 2 adds pairs of customers" json top_two.out \
  "len(d) > 2 and ['@bea@mastodon.social', 'ravi.bsky.social'] in [sorted(m['handle'] for m in t['messages']) for t in d]"
usage topics --min-customers 1
usage topics extra

run cus "$CLI" --data-dir "$D" customers --json
check "customers --json exits 0" exits cus 0
check "customers --json: customer fields" json cus.out \
  "d and all(set(c) == {'id','name','lang','messages','created_at','identities'} for c in d)"
check "customers --json: identity fields" json cus.out \
  "all(set(i) == {'channel','handle','name'} for c in d for i in c['identities'])"
check "customers --json: linked identities are one customer" "$PY" -c "
import json, sys
linked = json.load(open('$LABELS'))['linked']
customers = json.load(open('$TMP/cus.out'))
ids = {'%s:%s' % (i['channel'], i['handle']): c['id'] for c in customers for i in c['identities']}
sys.exit(0 if all(len({ids[k] for k in group}) == 1 for group in linked) else 1)"
after=$("$PY" -c "import json; print(sorted(c['id'] for c in json.load(open('$TMP/cus.out')))[9])")
run cus_page "$CLI" --data-dir "$D" customers --after "$after" --limit 5 --json
check "customers --after --limit pages" json cus_page.out "len(d) == 5 and all(c['id'] > $after for c in d)"
run sug "$CLI" --data-dir "$D" customers --suggestions --json
check "customers --suggestions --json: fields" json sug.out \
  "d and all(set(s) == {'id','customer_a','customer_b','message_a','message_b','reason'} for s in d)"
check "customers --suggestions: the two Mads Hansens" json sug.out "len(d) == 1 and d[0]['reason'] == 'same-name-same-text'"
usage customers --limit -1
sug_id=$("$PY" -c "import json; print(json.load(open('$TMP/sug.out'))[0]['id'])")
run sug_text "$CLI" --data-dir "$D" customers --suggestions
check "customers --suggestions says how to link or dismiss" contains sug_text.out "customer link $sug_id”, or “customer dismiss $sug_id”"
usage customer dismiss
usage customer link 1 2
run dismiss_none "$CLI" --data-dir "$D" customer dismiss 999999
check "customer dismiss of no suggestion fails" exits dismiss_none 1
check "customer dismiss of no suggestion says so" contains dismiss_none.err "no open link suggestion 999999"
run link_none "$CLI" --data-dir "$D" customer link 999999
check "customer link of no suggestion fails" exits link_none 1

# Dismissed in a copy of the profile, so that the merges below still have it.
rm -rf "$TMP/dismissed" && cp -r "$D" "$TMP/dismissed"
run dismiss "$CLI" --data-dir "$TMP/dismissed" customer dismiss "$sug_id"
check "customer dismiss exits 0" exits dismiss 0
run sug_after "$CLI" --data-dir "$TMP/dismissed" customers --suggestions --json
check "customer dismiss: the suggestion is gone" json sug_after.out "d == []"
run dismiss_again "$CLI" --data-dir "$TMP/dismissed" customer dismiss "$sug_id"
check "customer dismiss twice fails" exits dismiss_again 1
run link_dismissed "$CLI" --data-dir "$TMP/dismissed" customer link "$sug_id"
check "customer link of a dismissed suggestion fails" exits link_dismissed 1

rm -rf "$TMP/linked" && cp -r "$D" "$TMP/linked"
run link "$CLI" --data-dir "$TMP/linked" customer link "$sug_id"
check "customer link exits 0" exits link 0
run cus_linked "$CLI" --data-dir "$TMP/linked" customers --json
check "customer link: the two customers are one" json cus_linked.out "len(d) == $("$PY" -c "import json; print(len(json.load(open('$TMP/cus.out'))))") - 1"
run undo_link "$CLI" --data-dir "$TMP/linked" customer undo
check "customer undo after link exits 0" exits undo_link 0

# --- customer merge, split, undo, export, erase ----------------------------

a=$("$PY" -c "import json; print(json.load(open('$TMP/sug.out'))[0]['customer_a'])")
b=$("$PY" -c "import json; print(json.load(open('$TMP/sug.out'))[0]['customer_b'])")
n_customers=$("$PY" -c "import json; print(len(json.load(open('$TMP/cus.out'))))")

run undo_none "$CLI" --data-dir "$D" customer undo
check "customer undo with nothing to undo fails" exits undo_none 1
run merge_self "$CLI" --data-dir "$D" customer merge "$a" "$a"
check "customer merge A A fails" exits merge_self 1
run merge_none "$CLI" --data-dir "$D" customer merge "$a" 999999
check "customer merge with a missing customer fails" exits merge_none 1
check "the missing customer is named" contains merge_none.err "999999"

run merge "$CLI" --data-dir "$D" customer merge "$a" "$b"
check "customer merge A B exits 0" exits merge 0
run cus_m "$CLI" --data-dir "$D" customers --json
check "after the merge B is gone and A has both identities" json cus_m.out \
  "len(d) == $n_customers - 1 and not [c for c in d if c['id'] == $b] and len([c for c in d if c['id'] == $a][0]['identities']) == 2"
run rep_m "$CLI" --data-dir "$D" repeats --json
check "after the merge their two posts are one customer's repeat" json rep_m.out \
  "any(g['customer'] == $a and g['count'] == 2 for g in d)"
run undo "$CLI" --data-dir "$D" customer undo
check "customer undo exits 0" exits undo 0
run cus_u "$CLI" --data-dir "$D" customers --json
check "after the undo both customers are back as they were" json cus_u.out \
  "len(d) == $n_customers and len([c for c in d if c['id'] == $a][0]['identities']) == 1 and [c for c in d if c['id'] == $b]"

ana=$("$PY" -c "import json; print([c['id'] for c in json.load(open('$TMP/cus.out')) if len(c['identities']) == 3][0])")
run split "$CLI" --data-dir "$D" customer split "$ana" --identity bluesky:ana-lopez.bsky.social --json
check "customer split exits 0" exits split 0
check "customer split --json: the new customer" json split.out \
  "set(d) == {'id','name','lang','messages','created_at','identities'} and d['id'] != $ana and [(i['channel'], i['handle']) for i in d['identities']] == [('bluesky', 'ana-lopez.bsky.social')]"
run split_none "$CLI" --data-dir "$D" customer split "$ana" --identity bluesky:nobody.example
check "customer split of an identity the customer lacks fails" exits split_none 1
run undo_s "$CLI" --data-dir "$D" customer undo
check "customer undo of the split exits 0" exits undo_s 0
run cus_s "$CLI" --data-dir "$D" customers --json
check "after the undo the identity is back" json cus_s.out "len([c for c in d if c['id'] == $ana][0]['identities']) == 3"

run cexp "$CLI" --data-dir "$D" customer export "$ana" --quiet
check "customer export exits 0" exits cexp 0
check "customer export: JSON Lines of that customer's messages only" "$PY" -c "
import json, sys
handles = {'ana.lopez@example.com', '@analopez@mastodon.social', 'ana-lopez.bsky.social'}
lines = [json.loads(l) for l in open('$TMP/cexp.out')]
sys.exit(0 if len(lines) == 4 and all(m['author']['handle'] in handles for m in lines) else 1)"
run cexp_none "$CLI" --data-dir "$D" customer export 999999
check "customer export of a missing customer fails" exits cexp_none 1

run erase "$CLI" --data-dir "$D" customer erase "$ana" --yes
check "customer erase --yes exits 0" exits erase 0
run cus_e "$CLI" --data-dir "$D" customers --json
check "the erased customer is gone" json cus_e.out "not [c for c in d if c['id'] == $ana]"
run search_e "$CLI" --data-dir "$D" search --json lavadora
check "the erased customer's messages are gone" json search_e.out "d == []"
run erase_again "$CLI" --data-dir "$D" customer erase "$ana" --yes
check "erasing a missing customer fails" exits erase_again 1

usage customer
usage customer frobnicate 1
usage customer merge 1
usage customer merge 1 x
usage customer split 1
usage customer split 1 --identity no-colon
usage customer undo 1
usage customer export
usage customer erase 1

# --- lang and translate ----------------------------------------------------

run lang "$CLI" lang --json "¿Dónde está mi pedido? Llegó roto y nadie me contesta."
check "lang --json exits 0" exits lang 0
check "lang --json: fields" json lang.out "set(d) == {'lang','name','confidence','runner_up','letters','source'}"
check "lang --json: Spanish, from the text" json lang.out "d['lang'] == 'es' and d['name'] == 'Spanish' and d['source'] == 'text' and 0 < d['confidence'] <= 1 and d['letters'] > 20"
run lang_short "$CLI" lang --json "ok"
check "lang --json of too little text: unknown" json lang_short.out "d['lang'] is None and d['source'] == 'none'"
run lang_hint "$CLI" lang --json --hint fr "ok"
check "lang --hint decides what the text cannot" json lang_hint.out "d['lang'] == 'fr' and d['source'] == 'hint'"
run lang_txt "$CLI" lang "Der Kühlschrank ist mit einer Delle angekommen."
check "lang prints the language" contains lang_txt.out "^de (German), confidence"
usage lang

T="$TMP/translate"
if command -v apertium >/dev/null 2>&1 && [ -e /usr/share/apertium/modes/eng-spa.mode ]; then
  run tr "$CLI" --data-dir "$T" translate --json --to en "¿Dónde está mi pedido? Llegó roto."
  check "translate --json with Apertium exits 0" exits tr 0
  check "translate --json: fields" json tr.out "set(d) == {'text','from','to','engine','detected','cached'}"
  check "translate --json: Apertium, detected Spanish, into English" json tr.out \
    "d['engine'] == 'apertium' and d['from'] == 'es' and d['to'] == 'en' and d['detected'] and not d['cached'] and 'broken' in d['text']"
  run tr2 "$CLI" --data-dir "$T" translate --json --from es --to en "¿Dónde está mi pedido? Llegó roto."
  check "the same text again comes from the store" json tr2.out "d['cached'] and not d['detected'] and d['text'] == json.load(open('$TMP/tr.out'))['text']"
elif [ "${FRONTDESK_TESTS_ALLOW_MISSING:-}" = 1 ]; then
  skip "translate with Apertium" "apertium and apertium-eng-spa are not installed"
else
  check "Apertium is installed (packages apertium, apertium-eng-spa)" false
fi
usage translate "Hola"
usage translate --to en
usage translate --to 12 "Hola"
run tr_down "$CLI" --data-dir "$T" translate --engine libretranslate --url http://127.0.0.1:1 --from es --to en "Mi pedido no ha llegado"
check "translate with the server down fails" exits tr_down 1
check "translate with the server down names the address" contains tr_down.err "Could not reach LibreTranslate at http://127.0.0.1:1"
run tr_nokey "$CLI" --data-dir "$T" translate --engine deepl --from es --to en "Hola"
check "translate with DeepL and no key fails" exits tr_nokey 1
check "the missing key is explained" contains tr_nokey.err "No DeepL key is stored"
run_in key_empty "" "$CLI" --data-dir "$T" translate --store-key deepl
check "translate --store-key with no key is a usage error" exits key_empty 2
run_in key "the-key" "$CLI" --data-dir "$T" translate --store-key deepl
check "translate --store-key stores the key in the keyring" exits key 0

# --- sync, reply and outbox through the stand-in ----------------------------

cat >"$TMP/messages.json" <<'JSON'
[{"id": "m1", "thread": "t1", "author": {"handle": "@ann@shop.test", "name": "Ann"},
  "text": "Where is my parcel? It is two weeks late.", "created_at": 1767225600},
 {"id": "m2", "thread": "t2", "author": {"handle": "@bo@shop.test", "name": "Bo"},
  "text": "Can I return the lamp I bought last week?", "created_at": 1767229200}]
JSON
"$PY" "$SRC/cli-stand-in.py" "$TMP/messages.json" >"$TMP/stand-in.out" 2>"$TMP/stand-in.err" &
STAND_IN_PID=$!
tries=0
until grep -q '^ready ' "$TMP/stand-in.out" 2>/dev/null || [ $tries -ge 100 ]; do
  tries=$((tries + 1)); sleep 0.1
done
PORT=$(sed -n 's/^ready //p' "$TMP/stand-in.out")
check "the stand-in server listens" [ -n "$PORT" ]
URL="http://127.0.0.1:$PORT"

# LibreTranslate at the stand-in, on this computer: plain http:// is fine.
run tr_lt "$CLI" --data-dir "$T" translate --json --engine libretranslate --url "$URL" --from es --to en "Hola"
check "translate with LibreTranslate exits 0" exits tr_lt 0
check "translate --json: LibreTranslate's text" json tr_lt.out "d['engine'] == 'libretranslate' and d['text'] == '[en] HOLA' and d['from'] == 'es'"

S="$TMP/sync"
# An account of the tests' loopback channel at the stand-in, synced by
# frontdesk-cli-test, which registers the provider; frontdesk-cli itself
# does not know the channel.
"$CLI" --data-dir "$S" account list >/dev/null
"$PY" -c "
import sqlite3; c = sqlite3.connect('$S/frontdesk.db')
c.execute(\"insert into accounts (channel, name, address, created_at) values ('loopback', 'Loopback (tests)', '$URL', 0)\"); c.commit()"
run sync_plain "$CLI" --data-dir "$S" sync --once --json
check "frontdesk-cli cannot sync the tests' loopback channel" json sync_plain.out "d[0]['error_kind'] == 'no-provider'"
run sync "$TCLI" --data-dir "$S" sync --once --json
check "sync --once --json exits 0" exits sync 0
check "sync --json: account fields" json sync.out \
  "len(d) == 1 and set(d[0]) == {'id','name','channel','state','error_kind','error','notice','last_synced','outbox_waiting'}"
check "sync --json: the account is idle, without error" json sync.out \
  "d[0]['channel'] == 'loopback' and d[0]['state'] == 'idle' and d[0]['error_kind'] == 'none' and d[0]['error'] is None and d[0]['notice'] is None and d[0]['last_synced'] > 0 and d[0]['outbox_waiting'] == 0"
run sync_list "$CLI" --data-dir "$S" list --json
check "sync fetched both messages" json sync_list.out "sorted(m['remote_id'] for m in d) == ['m1', 'm2']"
m1=$("$PY" -c "import json; print([m['id'] for m in json.load(open('$TMP/sync_list.out')) if m['remote_id'] == 'm1'][0])")
m2=$("$PY" -c "import json; print([m['id'] for m in json.load(open('$TMP/sync_list.out')) if m['remote_id'] == 'm2'][0])")
run sync_txt "$TCLI" --data-dir "$S" sync --once
check "sync --once prints what it did" contains sync_txt.out "Loopback (tests): 0 new, 0 sent"

run reply "$TCLI" --data-dir "$S" reply --json "$m1" --text "It left today"
check "reply --json exits 0" exits reply 0
check "reply --json: id and outbox state" json reply.out "set(d) == {'id','outbox'} and d['outbox'] == 'pending' and d['id'] > 0"
usage reply "$m1"
usage reply --text "x"
run reply_none "$TCLI" --data-dir "$S" reply 999999 --text "x"
check "reply to a missing message fails" exits reply_none 1

run ob "$TCLI" --data-dir "$S" outbox --json
check "outbox --json exits 0" exits ob 0
check "outbox --json: entry fields" json ob.out \
  "len(d) == 1 and set(d[0]) == {'id','account','conversation','message','action','state','attempts','error','remote_id','text','created_at'}"
check "outbox --json: the pending reply" json ob.out \
  "d[0]['action'] == 'reply' and d[0]['state'] == 'pending' and d[0]['attempts'] == 0 and d[0]['error'] is None and d[0]['text'] == 'It left today'"
entry=$("$PY" -c "import json; print(json.load(open('$TMP/ob.out'))[0]['id'])")
run edit "$TCLI" --data-dir "$S" outbox edit "$entry" --text "It left today, sorry for the wait"
check "outbox edit exits 0" exits edit 0
run ob2 "$TCLI" --data-dir "$S" outbox --json
check "outbox edit changed the text" json ob2.out "d[0]['text'] == 'It left today, sorry for the wait'"
usage outbox edit "$entry"
usage outbox frobnicate "$entry"
usage outbox retry
usage outbox retry x
run retry_none "$TCLI" --data-dir "$S" outbox retry 999999
check "outbox retry of a missing entry fails" exits retry_none 1

run sync2 "$TCLI" --data-dir "$S" sync --once --quiet
check "sync sends the reply" exits sync2 0
check "the server got the edited reply exactly once" "$PY" -c "
import json, sys, urllib.request
replies = json.load(urllib.request.urlopen('$URL/replies'))['replies']
sys.exit(0 if [(r['text'], r['in_reply_to']) for r in replies] == [('It left today, sorry for the wait', 'm1')] else 1)"
run ob3 "$TCLI" --data-dir "$S" outbox --json
check "the outbox is empty once sent" json ob3.out "d == []"
run ob_all "$TCLI" --data-dir "$S" outbox --all --json
check "outbox --all shows the sent entry" json ob_all.out "len(d) == 1 and d[0]['state'] == 'sent' and d[0]['attempts'] == 1"
run edit_sent "$TCLI" --data-dir "$S" outbox edit "$entry" --text "x"
check "a sent reply cannot be edited" exits edit_sent 1
run discard_sent "$TCLI" --data-dir "$S" outbox discard "$entry"
check "a sent reply cannot be discarded" exits discard_sent 1
run answered "$CLI" --data-dir "$S" show --json "$m1"
check "the message answered is answered" json answered.out "d['message']['state'] == 'answered'"

usage sync extra
usage sync --interval -1
run sync_noacct "$TCLI" --data-dir "$S" sync --once --account 999999
check "sync --account of a missing account fails" exits sync_noacct 1

# The server goes away: sync fails and says why, the reply waits, and a
# person may discard it.
kill "$STAND_IN_PID"; wait "$STAND_IN_PID" 2>/dev/null; STAND_IN_PID=
run reply2 "$TCLI" --data-dir "$S" reply "$m2" --text "Yes, within 30 days"
check "a reply is queued while the server is down" exits reply2 0
run sync_down "$TCLI" --data-dir "$S" sync --once --json
check "sync with the server down exits 1" exits sync_down 1
check "sync --json with the server down: a network error" json sync_down.out \
  "d[0]['state'] == 'error' and d[0]['error_kind'] == 'network' and 'connection' in d[0]['error'] and d[0]['outbox_waiting'] == 1"
check "sync with the server down says so on stderr" contains sync_down.err "The connection to the server failed"
run ob4 "$TCLI" --data-dir "$S" outbox --json
check "the reply waits, pending" json ob4.out "len(d) == 1 and d[0]['state'] == 'pending'"
entry2=$("$PY" -c "import json; print(json.load(open('$TMP/ob4.out'))[0]['id'])")
run discard "$TCLI" --data-dir "$S" outbox discard "$entry2"
check "outbox discard exits 0" exits discard 0
run ob5 "$TCLI" --data-dir "$S" outbox --json
check "the discarded reply is gone" json ob5.out "d == []"

# --- account ---------------------------------------------------------------

run acc "$CLI" --data-dir "$S" account list --json
check "account list --json exits 0" exits acc 0
check "account list --json: fields" json acc.out \
  "len(d) == 1 and set(d[0]) == {'id','channel','name','address','notice'} and d[0]['channel'] == 'loopback' and d[0]['address'] == '$URL' and d[0]['notice'] is None"
account=$("$PY" -c "import json; print(json.load(open('$TMP/acc.out'))[0]['id'])")
usage account
usage account add
check "account add without a channel names the channels there are" contains usage.err "email, mastodon"
usage account add fax
check "account add of an unknown channel names the channels there are" contains usage.err "It can add bluesky, email, mastodon, telegram"
usage account add mastodon --token-stdin
usage account add mastodon --server https://social.example
usage account add email --password-stdin
usage account add email --address shop@example.com
usage account add email --address shop@example.com --imap-host 127.0.0.1 --imap-security bogus --password-stdin
usage account remove
usage account remove x
run_in acc_masto "token" "$CLI" --data-dir "$S" account add mastodon --server http://127.0.0.1:1 --token-stdin
check "account add mastodon with the server down fails" exits acc_masto 1
check "account add mastodon says the connection failed" contains acc_masto.err "connection to the Mastodon server failed"
run_in acc_http "token" "$CLI" --data-dir "$S" account add mastodon --server http://social.example --token-stdin
check "account add mastodon over plain http:// elsewhere is refused" exits acc_http 1
check "the refusal says to use https://" contains acc_http.err "Use https://"
run_in acc_mail "secret" "$CLI" --data-dir "$S" account add email --address shop@example.com \
  --imap-host 127.0.0.1 --imap-port 1 --imap-security none --smtp-host 127.0.0.1 --smtp-port 1 --smtp-security none --password-stdin
check "account add email with the server down fails" exits acc_mail 1
check "account add email names the server" contains acc_mail.err "127.0.0.1 port 1"
run acc2 "$CLI" --data-dir "$S" account list --json
check "failed additions add no account" json acc2.out "len(d) == 1"
run acc_rm_none "$CLI" --data-dir "$S" account remove 999999
check "account remove of a missing account fails" exits acc_rm_none 1
run acc_rm "$CLI" --data-dir "$S" account remove "$account"
check "account remove exits 0" exits acc_rm 0
run acc3 "$CLI" --data-dir "$S" account list --json
check "the account is gone" json acc3.out "d == []"
run acc_msgs "$CLI" --data-dir "$S" list --json
check "its messages stay" json acc_msgs.out "len(d) == 3"

# --- listen ----------------------------------------------------------------

L="$TMP/listen"
"$CLI" --data-dir "$L" list >/dev/null 2>&1
sql "$L" "insert into accounts (channel, name, address, created_at) values ('mastodon', '@shop@social.example', 'https://social.example', 0)"
usage listen
usage listen frobnicate
usage listen add mastodon shop
usage listen add email shop "#x"
run la_bsky "$CLI" --data-dir "$L" listen add bluesky shop "#x"
check "listen add on Bluesky without the account fails" exits la_bsky 1
check "listen add on Bluesky without the account says so" contains la_bsky.err "There is no bluesky account"
usage listen remove
usage listen adopt x
run la_none "$CLI" --data-dir "$L" listen add mastodon nobody "#lieferung"
check "listen add for a missing account fails" exits la_none 1
run la_bad "$CLI" --data-dir "$L" listen add mastodon shop@social.example "#"
check "listen add of an empty hashtag fails" exits la_bad 1
run la "$CLI" --data-dir "$L" listen add --json mastodon shop@social.example "#Lieferung"
check "listen add --json exits 0" exits la 0
check "listen add --json: the term's id" json la.out "set(d) == {'id'} and d['id'] > 0"
run la2 "$CLI" --data-dir "$L" listen add --json mastodon 1 "late parcel"
check "listen add of a keyword exits 0" exits la2 0
run ll "$CLI" --data-dir "$L" listen list --json
check "listen list --json: fields" json ll.out "len(d) == 2 and all(set(t) == {'id','account','kind','term','posts'} for t in d)"
check "listen list --json: a hashtag and a keyword" json ll.out \
  "sorted((t['kind'], t['term']) for t in d) == [('hashtag', 'lieferung'), ('keyword', 'late parcel')]"
run lp0 "$CLI" --data-dir "$L" listen posts --json
check "listen posts --json with no posts is []" json lp0.out "d == []"
term=$("$PY" -c "import json; print(json.load(open('$TMP/la.out'))['id'])")
sql "$L" "insert into listening_posts (account_id, term_id, channel, remote_id, author_handle, author_name, text, lang, url, visibility, created_at, fetched_at) values (1, $term, 'mastodon', '111', '@eva@other.example', 'Eva', 'My #Lieferung is late again', 'en', 'https://other.example/@eva/111', 'public', 1767225600, 1767225600)"
run lp "$CLI" --data-dir "$L" listen posts --json
check "listen posts --json: fields" json lp.out \
  "len(d) == 1 and set(d[0]) == {'id','account','term','channel','remote_id','author','text','lang','url','visibility','created_at','message'} and set(d[0]['author']) == {'handle','name'}"
check "listen posts --json: the post, not yet adopted" json lp.out \
  "d[0]['remote_id'] == '111' and d[0]['term'] == '#lieferung' and d[0]['message'] is None"
post=$("$PY" -c "import json; print(json.load(open('$TMP/lp.out'))[0]['id'])")
run adopt "$CLI" --data-dir "$L" listen adopt --json "$post"
check "listen adopt --json exits 0" exits adopt 0
check "listen adopt --json: the message" json adopt.out "set(d) == {'message'} and d['message'] > 0"
msg=$("$PY" -c "import json; print(json.load(open('$TMP/adopt.out'))['message'])")
run adopted "$CLI" --data-dir "$L" show --json "$msg"
check "the adopted post is a message in the inbox" json adopted.out \
  "d['message']['remote_id'] == '111' and d['message']['channel'] == 'mastodon' and d['message']['author']['handle'] == '@eva@other.example'"
run lp2 "$CLI" --data-dir "$L" listen posts --json
check "listen posts shows the post's message" json lp2.out "d[0]['message'] == $msg"
run adopt_none "$CLI" --data-dir "$L" listen adopt 999999
check "listen adopt of a missing post fails" exits adopt_none 1
run lr "$CLI" --data-dir "$L" listen remove "$term"
check "listen remove exits 0" exits lr 0
run lr2 "$CLI" --data-dir "$L" listen remove "$term"
check "listen remove of a missing term fails" exits lr2 1
run ll2 "$CLI" --data-dir "$L" listen list --json
check "the removed term is gone" json ll2.out "[t['term'] for t in d] == ['late parcel']"

echo "1..$n"
[ "$fail" = 0 ]
