#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# frontdesk-cli with a Telegram bot: account add telegram (the token on
# standard input, --api-url), sync, list --json, reply (to a chat with
# the bot and to a Telegram Business chat), and a reply whose answer is
# lost: "may have been sent" in outbox, then outbox send-again and
# outbox arrived. The server is tests/telegram-stand-in-main (the Bot
# API stand-in, written from the published documentation) on a free
# loopback port. Run under tests/run-headless.sh: the token lives in the
# keyring. Speaks TAP.
#
# Usage: test-cli-telegram.sh PATH-TO-frontdesk-cli PATH-TO-telegram-stand-in-main
set -u
export LC_ALL=C.UTF-8
export GIO_USE_NETWORK_MONITOR=base

CLI=${1:?usage: test-cli-telegram.sh PATH-TO-frontdesk-cli PATH-TO-telegram-stand-in-main}
SERVER=${2:?usage: test-cli-telegram.sh PATH-TO-frontdesk-cli PATH-TO-telegram-stand-in-main}
PY=/usr/bin/python3
TMP=$(mktemp -d)
D="$TMP/profile"
STAND_IN_PID=
cleanup () {
  [ -n "$STAND_IN_PID" ] && kill "$STAND_IN_PID" 2>/dev/null
  [ -n "$STAND_IN_PID" ] && wait "$STAND_IN_PID" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

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
exits () {
  if [ "$(cat "$TMP/$1.status")" = "$2" ]; then
    return 0
  fi
  echo "# exit $(cat "$TMP/$1.status"), expected $2"
  sed 's/^/#   /' "$TMP/$1.err" | head -5
  return 1
}
contains () { grep -q -- "$2" "$TMP/$1"; }
json () { "$PY" -c "import json,sys; d=json.load(open('$TMP/$1')); sys.exit(0 if ($2) else 1)"; }
sent () {  # sent NAME: what the bot sent, as the stand-in saw it
  "$PY" -c "import urllib.request; print(urllib.request.urlopen('$URL/stand-in/sent').read().decode())" >"$TMP/$1"
}

"$SERVER" >"$TMP/server.out" 2>"$TMP/server.err" &
STAND_IN_PID=$!
tries=0
until grep -q '^ready ' "$TMP/server.out" 2>/dev/null || [ $tries -ge 100 ]; do
  tries=$((tries + 1)); sleep 0.1
done
URL=$(sed -n 's/^ready \([^ ]*\) .*/\1/p' "$TMP/server.out")
TOKEN=$(sed -n 's/^ready [^ ]* \(.*\)/\1/p' "$TMP/server.out")
check "the stand-in Bot API listens" [ -n "$URL" ]

# --- account add telegram -------------------------------------------------

run_in add_nostdin "$TOKEN" "$CLI" --data-dir "$D" account add telegram --api-url "$URL"
check "account add telegram without --token-stdin is a usage error" exits add_nostdin 2
check "it says where the token comes from" contains add_nostdin.err "BotFather"
run_in add_http "$TOKEN" "$CLI" --data-dir "$D" account add telegram --api-url http://bots.example.com --token-stdin
check "plain http:// to another computer is refused" exits add_http 2
check "it says why" contains add_http.err "https://"
run_in add_wrong "7000001:not-the-token" "$CLI" --data-dir "$D" account add telegram --api-url "$URL" --token-stdin
check "a token Telegram refuses is a usage error" exits add_wrong 2
run_in add "$TOKEN" "$CLI" --data-dir "$D" account add telegram --api-url "$URL" --token-stdin
check "account add telegram exits 0" exits add 0
check "the account is the bot" contains add.out "@shop_bot"
run accounts "$CLI" --data-dir "$D" account list --json
check "account list --json: channel telegram, the Bot API address" json accounts.out \
  "len(d) == 1 and d[0]['channel'] == 'telegram' and d[0]['name'] == '@shop_bot' and d[0]['address'] == '$URL'"
check "the token is not in the profile" sh -c "! grep -q -a -F '$TOKEN' '$D/frontdesk.db'"

# --- sync, list -------------------------------------------------------------

run sync "$CLI" --data-dir "$D" sync --once --json
check "sync --once exits 0" exits sync 0
check "sync --json: the account is idle" json sync.out "d[0]['channel'] == 'telegram' and d[0]['error_kind'] == 'none'"
run list "$CLI" --data-dir "$D" list --json
check "list --json exits 0" exits list 0
check "list --json: both chats, channel telegram" json list.out \
  "len(d) == 2 and all(m['channel'] == 'telegram' and m['direction'] == 'in' for m in d)"
check "list --json: the customer's language hint" json list.out \
  "[m['lang'] for m in d if m['text'].startswith('¿')] == ['es']"
bot_msg=$("$PY" -c "import json; print([m['id'] for m in json.load(open('$TMP/list.out')) if m['text'].startswith('¿')][0])")
biz_msg=$("$PY" -c "import json; print([m['id'] for m in json.load(open('$TMP/list.out')) if m['text'].startswith('Habt')][0])")

# --- reply --------------------------------------------------------------------

run reply "$CLI" --data-dir "$D" reply --json "$bot_msg" --text "Sale hoy."
check "reply --json exits 0" exits reply 0
run reply2 "$CLI" --data-dir "$D" reply "$biz_msg" --text "Ja, in Blau."
check "reply to a business chat exits 0" exits reply2 0
run sync2 "$CLI" --data-dir "$D" sync --once
check "sync sends the replies" exits sync2 0
sent sent1
check "the bot answered the customer's message" json sent1 \
  "any(s['chat_id'] == 4242 and s['text'] == 'Sale hoy.' and s['business_connection_id'] is None and s['reply_to'] > 0 for s in d)"
check "the business chat was answered as the business account" json sent1 \
  "any(s['chat_id'] == 4343 and s['text'] == 'Ja, in Blau.' and s['business_connection_id'] == 'bc-shop' for s in d)"
run ob1 "$CLI" --data-dir "$D" outbox --all --json
check "both replies are sent" json ob1.out "len(d) == 2 and all(e['state'] == 'sent' for e in d)"

# --- a lost answer: may have been sent --------------------------------------

"$PY" -c "import urllib.request; urllib.request.urlopen('$URL/stand-in/drop-next-send').read()"
run reply3 "$CLI" --data-dir "$D" reply "$bot_msg" --text "Tracking: 123."
run sync3 "$CLI" --data-dir "$D" sync --once
run sync4 "$CLI" --data-dir "$D" sync --once
sent sent2
check "Telegram got the reply once, and it was not sent again" json sent2 \
  "[s['text'] for s in d].count('Tracking: 123.') == 1"
run ob2 "$CLI" --data-dir "$D" outbox --json
check "outbox --json: the reply is unsure" json ob2.out "len(d) == 1 and d[0]['state'] == 'unsure'"
run ob2t "$CLI" --data-dir "$D" outbox
check "outbox says it may have been sent, and what to do" contains ob2t.out "May have been sent"
check "outbox names send-again and arrived" contains ob2t.out "outbox send-again"
entry=$("$PY" -c "import json; print(json.load(open('$TMP/ob2.out'))[0]['id'])")
run list2 "$CLI" --data-dir "$D" list
check "list shows the reply as maybe sent" contains list2.out "maybe sent"

run again "$CLI" --data-dir "$D" outbox send-again "$entry"
check "outbox send-again exits 0" exits again 0
run sync5 "$CLI" --data-dir "$D" sync --once
sent sent3
check "sent again on request" json sent3 "[s['text'] for s in d].count('Tracking: 123.') == 2"

"$PY" -c "import urllib.request; urllib.request.urlopen('$URL/stand-in/drop-next-send').read()"
run reply4 "$CLI" --data-dir "$D" reply "$biz_msg" --text "Versand morgen."
run sync6 "$CLI" --data-dir "$D" sync --once
run ob3 "$CLI" --data-dir "$D" outbox --json
entry=$("$PY" -c "import json; print(json.load(open('$TMP/ob3.out'))[0]['id'])")
run arrived "$CLI" --data-dir "$D" outbox arrived "$entry"
check "outbox arrived exits 0" exits arrived 0
run ob4 "$CLI" --data-dir "$D" outbox --json
check "nothing waits after It Arrived" json ob4.out "d == []"
run arrived2 "$CLI" --data-dir "$D" outbox arrived "$entry"
check "outbox arrived of a sent reply fails" exits arrived2 1
sent sent4
check "It Arrived sent nothing" json sent4 "[s['text'] for s in d].count('Versand morgen.') == 1"

echo "1..$n"
[ "$fail" -eq 0 ]
