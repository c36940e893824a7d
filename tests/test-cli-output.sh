#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# frontdesk-cli prints what strangers wrote. Escape sequences in a name, a
# subject or a text must not reach the terminal (title, OSC 52 clipboard,
# cursor moves, fake lines); --json must escape them and round-trip.
set -u
# The expected output below is UTF-8; an ASCII terminal is checked apart.
export LC_ALL=C.UTF-8

CLI=${1:?usage: test-cli-output.sh PATH-TO-frontdesk-cli}
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

run () {  # run NAME CMD...: stdout, stderr and status saved
  out=$1; shift
  "$@" >"$TMP/$out.out" 2>"$TMP/$out.err"
  echo $? >"$TMP/$out.status"
}

status () { cat "$TMP/$1.status"; }

# No C0 control but newline and tab, no DEL, no C1, no bidi override, in
# bytes or as UTF-8. Prints the offending bytes with od when there are some.
harmless () {
  "$PY" - "$TMP/$1" <<'PY'
import re, subprocess, sys
data = open(sys.argv[1], 'rb').read()
bad = re.compile(rb'[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]')
m = bad.search(data)
if m:
    sys.stderr.write(subprocess.run(['od', '-c'], input=data[max(0, m.start() - 16):m.end() + 16],
                                    capture_output=True).stdout.decode())
    sys.exit(1)
PY
}
contains () { grep -q -- "$2" "$TMP/$1"; }
lines () { [ "$(wc -l <"$TMP/$1")" -eq "$2" ]; }

# What a hostile sender writes: set the title, write the clipboard, return
# to the start of the line to fake one, clear the screen, a C1 CSI, a
# right-to-left override, and U+001F which json-glib forgets to escape.
"$PY" - "$TMP" <<'PY'
import json, sys
tmp = sys.argv[1]
evil = {
  'name': 'Ana\x1b]0;owned\x07 Garc\u00eda\r\nSYSTEM: ok',
  'subject': 'Refund\x1b]52;c;cm0gLXJmIH4K\x07 now\rFAKE',
  'handle': '@ana\x1b[2K@social.example',
  'text': 'Hello\x1b]0;title\x07 there\x1b]52;c;ZXZpbA==\x07\rroot$ sudo ok\n'
          'second line\x1b[2J\x9b31m red \u202eevil\u202c\x1f\x7f end',
}
json.dump(evil, open(tmp + '/evil.json', 'w'))
# Three copies: "repeats" lists them too.
with open(tmp + '/evil.jsonl', 'w') as f:
    for i in (1, 2, 3):
        line = {'channel': 'mastodon', 'id': 'evil-%d' % i,
                'author': {'handle': '@ana@social.example', 'name': evil['name']},
                'subject': evil['subject'], 'text': evil['text'],
                'created_at': '2026-11-2%dT10:00:00Z' % i, 'lang': 'en'}
        f.write(json.dumps(line) + '\n')
PY

run imp "$CLI" --data-dir "$D" import --quiet "$TMP/evil.jsonl"
check "the message is imported" [ "$(status imp)" = 0 ]

# The import may clean names on the way in; a store filled by an older
# version, or by another path, still holds them raw.
"$PY" - "$TMP" "$D/frontdesk.db" <<'PY'
import json, sqlite3, sys
evil = json.load(open(sys.argv[1] + '/evil.json'))
c = sqlite3.connect(sys.argv[2])
c.execute('update messages set author_name = ?, subject = ?, text = ?',
          (evil['name'], evil['subject'], evil['text']))
c.execute('update conversations set subject = ?', (evil['subject'],))
c.execute('update identities set handle = ?, name = ?', (evil['handle'], evil['name']))
c.execute('update customers set name = ?', (evil['name'],))
# An account that can send the reply queued below.
c.execute("insert into accounts (channel, name, address, created_at)"
          " select channel, 'Shop', 'https://social.example', 0 from messages where remote_id = 'evil-1'")
c.commit()
PY

id=$("$PY" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select id from messages where remote_id = 'evil-1'\").fetchone()[0])" "$D/frontdesk.db")

# A reply quoting the customer is queued: the outbox shows it.
"$CLI" --data-dir "$D" reply "$id" --text "$("$PY" -c "import json,sys; sys.stdout.write(json.load(open(sys.argv[1]))['text'])" "$TMP/evil.json")" >/dev/null

for cmd in "show $id" "list" "search Hello" "customers" "repeats" "outbox"; do
  f=$(echo "$cmd" | tr ' ' _)
  # shellcheck disable=SC2086
  run "$f" "$CLI" --data-dir "$D" $cmd
  check "$cmd exits 0" [ "$(status "$f")" = 0 ]
  check "$cmd prints no control character" harmless "$f.out"
  check "$cmd writes no control character to stderr" harmless "$f.err"
done

# The text is still there, made visible, and keeps its real line break.
check "show keeps the words" contains "show_$id.out" "root\$ sudo ok"
check "show marks what was removed" contains "show_$id.out" "Hello�]0;title� there"
check "show keeps the text's own line break" contains "show_$id.out" "^second line"
# One line per message in list and search: the CR in the subject did not
# start a new one; the name's CR LF did not split the header of show.
check "list prints one line per message" lines list.out 4
check "search prints one line per message" lines search_Hello.out 4
check "repeats lists the copies" contains repeats.out "3 copies"
check "outbox prints one line for the reply" lines outbox.out 1
check "show prints the name on its header line" contains "show_$id.out" "Ana�]0;owned� García SYSTEM: ok <"

# A terminal that is not UTF-8 gets "?" for what it cannot show, and still
# no control character.
run show_ascii env LC_ALL=C "$CLI" --data-dir "$D" show "$id"
check "show on an ASCII terminal prints no control character" harmless show_ascii.out
check "show on an ASCII terminal keeps the words" contains show_ascii.out "root\$ sudo ok"

# --json escapes every control character and gives back the exact values.
for cmd in "show --json $id" "list --json" "search --json Hello" "customers --json" "repeats --json" "outbox --json"; do
  f=$(echo "$cmd" | tr ' ' _)
  # shellcheck disable=SC2086
  run "$f" "$CLI" --data-dir "$D" $cmd
  check "$cmd exits 0" [ "$(status "$f")" = 0 ]
  check "$cmd has no raw control character" harmless "$f.out"
done
check "show --json round-trips name, subject, handle and text" "$PY" - "$TMP" "show_--json_$id.out" <<'PY'
import json, sys
evil = json.load(open(sys.argv[1] + '/evil.json'))
m = json.load(open(sys.argv[1] + '/' + sys.argv[2]))['message']
sys.exit(0 if (m['author']['name'], m['subject'], m['author']['handle'], m['text']) ==
               (evil['name'], evil['subject'], evil['handle'], evil['text']) else 1)
PY
check "list, search and outbox --json round-trip the text" "$PY" - "$TMP" <<'PY'
import json, sys
evil = json.load(open(sys.argv[1] + '/evil.json'))
out = lambda name: json.load(open(sys.argv[1] + '/' + name + '.out'))
texts = [m['text'] for m in out('list_--json')] + [m['text'] for m in out('search_--json_Hello')] + \
        [e['text'] for e in out('outbox_--json')]
sys.exit(0 if texts == [evil["text"]] * 9 else 1)
PY
check "--json escapes U+001F" grep -q -F '\u001f' "$TMP/list_--json.out"
check "--json escapes C1 controls" grep -q -F '\u009b' "$TMP/list_--json.out"
check "--json escapes bidi overrides" grep -q -F '\u202e' "$TMP/list_--json.out"

# An export printed on a terminal is shown to a person: made harmless too.
# Into a pipe or a file it stays the exact data.
check "export to a terminal prints no control character" "$PY" - "$CLI" "$D" <<'PY'
import os, pty, re, subprocess, sys
leader, follower = pty.openpty()
p = subprocess.Popen([sys.argv[1], '--data-dir', sys.argv[2], 'export', '--quiet'],
                     stdout=follower, stderr=subprocess.DEVNULL)
os.close(follower)
data = b''
while True:
    try:
        chunk = os.read(leader, 65536)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
p.wait()
# The terminal itself turns \n into \r\n.
data = data.replace(b'\r\n', b'\n')
bad = re.compile(rb'[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]')
sys.exit(0 if p.returncode == 0 and b'evil-1' in data and not bad.search(data) else 1)
PY
run export_pipe "$CLI" --data-dir "$D" export --quiet
check "export into a pipe keeps the exact text" "$PY" - "$TMP" <<'PY'
import json, sys
evil = json.load(open(sys.argv[1] + '/evil.json'))
m = json.loads(open(sys.argv[1] + '/export_pipe.out').readline())
sys.exit(0 if m['text'] == evil['text'] else 1)
PY

# Import warnings quote the file name and the bad value: one clean line.
"$PY" -c "
import sys
open(sys.argv[1], 'w').write('{\"channel\":\"mastodon\",\"id\":\"2\",\"author\":{\"handle\":\"@b@x\"},\"text\":\"t\",'
                             '\"created_at\":\"\\\\u001b]0;owned\\\\u0007yesterday\"}\n')" "$TMP/bad-date.jsonl"
run warn "$CLI" --data-dir "$D" import "$TMP/bad-date.jsonl"
check "the bad line is reported" contains warn.err "bad-date.jsonl:1"
check "the warning prints no control character" harmless warn.err

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
