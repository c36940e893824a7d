#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# frontdesk-cli saved add|list|remove|use|export|import: exit codes, the
# --json fields, a variant chosen by the customer's language, and the
# machine-translated fallback through Apertium on this computer. Speaks TAP.
set -u
export LC_ALL=C.UTF-8

CLI=${1:?usage: test-cli-saved.sh PATH-TO-frontdesk-cli}
PY=/usr/bin/python3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

fail=0
n=0

check () {
  name=$1; shift
  n=$((n + 1))
  if "$@"; then
    echo "ok $n - $name"
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
{"channel":"mastodon","id":"es1","thread":"t1","author":{"handle":"@lucia@social.example","name":"Lucía Pérez"},"text":"¿Hacéis envíos a Canarias o solo a la península?","created_at":"2026-11-20T10:00:00Z"}
{"channel":"mastodon","id":"ca1","thread":"t2","author":{"handle":"@pau@social.example","name":"Pau Serra"},"text":"Feu enviaments a les Canàries o només a la península?","created_at":"2026-11-20T11:00:00Z"}
{"channel":"mastodon","id":"en1","thread":"t3","author":{"handle":"@sam@social.example","name":"Sam Lee"},"text":"Do you ship to the Canary Islands or only to the mainland?","created_at":"2026-11-20T12:00:00Z"}
JSONL
run imp "$CLI" --data-dir "$D" import --quiet "$TMP/in.jsonl"
check "import" [ "$(status imp)" = 0 ]

id_of () {  # id_of REMOTE_ID
  "$CLI" --data-dir "$D" list --json | "$PY" -c "import json,sys; print([m['id'] for m in json.load(sys.stdin) if m['remote_id'] == '$1'][0])"
}
ES=$(id_of es1)
CA=$(id_of ca1)
EN=$(id_of en1)

check "help lists saved" sh -c "'$CLI' --help | grep -q '  saved'"

run empty "$CLI" --data-dir "$D" saved list --json
check "an empty list" json empty.out "d == []"

run add_en "$CLI" --data-dir "$D" saved add --title "Canary Islands" --lang en \
  --text "Hi {first_name}, yes: we ship to the Canary Islands in three days."
check "add exits 0" [ "$(status add_en)" = 0 ]
check "add says it saved" contains add_en.out "Saved"
run add_es "$CLI" --data-dir "$D" saved add --title "Canary Islands" --lang es \
  --text "Hola {first_name}, sí: enviamos a Canarias."
run add_es2 "$CLI" --data-dir "$D" saved add --title "Canary Islands" --lang es \
  --text "Hola {first_name}, sí: enviamos a Canarias en tres días."
check "the same title and language again replaces" contains add_es2.out "Replaced"

run list "$CLI" --data-dir "$D" saved list --json
check "list --json has the title, the default and each variant" json list.out \
  "len(d) == 1 and d[0]['title'] == 'Canary Islands' and d[0]['default_lang'] == 'en' and sorted(d[0]['variants']) == ['en', 'es'] and d[0]['variants']['es'].endswith('en tres días.')"
run list_text "$CLI" --data-dir "$D" saved list
check "list shows each language" sh -c "grep -q '^  en\\*' '$TMP/list_text.out' && grep -q '^  es ' '$TMP/list_text.out'"

run use_es "$CLI" --data-dir "$D" saved use "Canary Islands" --for "$ES" --json
check "use exits 0" [ "$(status use_es)" = 0 ]
check "use picks the customer's language and fills the placeholders" json use_es.out \
  "d == {'title': 'Canary Islands', 'lang': 'es', 'text': 'Hola Lucía, sí: enviamos a Canarias en tres días.', 'machine_translated': False, 'back_translation': None}"

run use_en "$CLI" --data-dir "$D" saved use "canary islands" --for "$EN"
check "use prints the text" [ "$(cat "$TMP/use_en.out")" = "Hi Sam, yes: we ship to the Canary Islands in three days." ]

run use_ca "$CLI" --data-dir "$D" saved use "Canary Islands" --for "$CA" --json
check "no Catalan variant: the default, machine-translated" json use_ca.out \
  "d['lang'] == 'ca' and d['machine_translated'] is True and 'Pau' in d['text'] and 'Canàries' in d['text']"
check "with the back-translation" json use_ca.out \
  "isinstance(d['back_translation'], str) and 'Pau' in d['back_translation'] and 'Canary' in d['back_translation']"
run use_ca_text "$CLI" --data-dir "$D" saved use "Canary Islands" --for "$CA"
check "the text output marks the machine translation" contains use_ca_text.err "Machine translation"

LONG=$("$PY" -c "print('Hi {first_name}! ' + 'Shipping to the islands takes three to five working days. ' * 12)")
run add_long "$CLI" --data-dir "$D" saved add --title "Long" --lang en --text "$LONG"
run use_long "$CLI" --data-dir "$D" saved use Long --for "$EN"
check "too long for Mastodon: said before sending" contains use_long.err "at most 500"
check "and the text is still printed" contains use_long.out "Hi Sam!"

run export "$CLI" --data-dir "$D" saved export
check "export exits 0" [ "$(status export)" = 0 ]
check "export is saved replies JSON" json export.out "len(d['saved_replies']) == 2"
run import "$CLI" --data-dir "$TMP/other" saved import "$TMP/export.out"
check "import into another profile" [ "$(status import)" = 0 ]
run list_other "$CLI" --data-dir "$TMP/other" saved list --json
run list_here "$CLI" --data-dir "$D" saved list --json
check "the same replies there" json list_other.out \
  "sorted((r['title'], r['variants']['en']) for r in d) == sorted((r['title'], r['variants']['en']) for r in json.load(open('$TMP/list_here.out')))"

run remove "$CLI" --data-dir "$D" saved remove "Canary Islands"
check "remove exits 0" [ "$(status remove)" = 0 ]
run remove_again "$CLI" --data-dir "$D" saved remove "Canary Islands"
check "removing it again fails" [ "$(status remove_again)" = 1 ]
check "saying how to list them" contains remove_again.err "saved list"

run no_lang "$CLI" --data-dir "$D" saved add --title T --text X
check "add without --lang is a usage error" [ "$(status no_lang)" = 2 ]
run bad_lang "$CLI" --data-dir "$D" saved add --title T --lang "spanish!" --text X
check "a bad language code fails" [ "$(status bad_lang)" = 1 ]
run no_for "$CLI" --data-dir "$D" saved use Long
check "use without --for is a usage error" [ "$(status no_for)" = 2 ]
run bad_for "$CLI" --data-dir "$D" saved use Long --for 99999
check "use for an unknown message fails" [ "$(status bad_for)" = 1 ]
run unknown "$CLI" --data-dir "$D" saved frobnicate
check "an unknown subcommand is a usage error" [ "$(status unknown)" = 2 ]

echo "1..$n"
[ "$fail" = 0 ]
