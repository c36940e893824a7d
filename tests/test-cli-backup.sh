#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# frontdesk-cli backup and restore, a damaged message store, and a full
# disk during an import and a reply, on real files. The full disk is a
# 2 MB tmpfs mounted as the profile folder: this needs root (CI and the
# development container run the tests as root); without it the test fails
# and says so.
set -u

CLI=${1:?usage: test-cli-backup.sh PATH-TO-frontdesk-cli}
PY=/usr/bin/python3
TMP=$(mktemp -d)
MNT="$TMP/small-disk"
SYNC_PID=

cleanup () {
  [ -n "$SYNC_PID" ] && kill "$SYNC_PID" 2>/dev/null
  mountpoint -q "$MNT" 2>/dev/null && umount "$MNT"
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

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
sql () {  # sql DB QUERY: the first column of the first row
  "$PY" -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchone()[0])" "$1" "$2"
}
mode () { stat -c %a "$1"; }
sum () { sha256sum "$1" | cut -d' ' -f1; }

# JSON Lines with N posts of a few hundred bytes, ids PREFIX-0...
gen () {  # gen FILE PREFIX N
  "$PY" - "$@" <<'PY'
import json, sys, random
path, prefix, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rnd = random.Random(prefix)
words = "order parcel refund broken late invoice tracking courier size colour store phone".split()
with open(path, "w") as f:
    for i in range(n):
        text = " ".join(rnd.choice(words) for _ in range(70))
        f.write(json.dumps({"channel": "mastodon", "id": f"{prefix}-{i}",
                            "author": {"handle": f"@c{i % 40}@social.example"},
                            "text": f"{i}: {text}",
                            "created_at": "2026-11-%02dT10:%02d:%02dZ" % (1 + i % 28, i // 60 % 60, i % 60)}) + "\n")
PY
}

# Damage as another program or the disk would do it: the file's times
# move in steps of a few milliseconds, so the change comes after a pause.
corrupt () {  # corrupt FILE OFFSET LENGTH
  sleep 0.05
  "$PY" -c "
import sys
with open(sys.argv[1], 'r+b') as f:
    f.seek(int(sys.argv[2])); f.write(b'\xa5' * int(sys.argv[3]))" "$@"
}

D="$TMP/profile"
gen "$TMP/a.jsonl" a 3000
gen "$TMP/b.jsonl" b 200

# The commands are documented.
run help "$CLI" --help
check "help lists backup" contains help.out "  backup"
check "help lists restore" contains help.out "  restore"
run help_restore "$CLI" restore --help
check "restore --help has --other-profile" contains help_restore.out "--other-profile"

# A backup into the profile's backups folder, private.
run imp "$CLI" --data-dir "$D" import --quiet "$TMP/a.jsonl"
check "import for the backup exits 0" [ "$(status imp)" = 0 ]
run backup "$CLI" --data-dir "$D" backup
check "backup exits 0" [ "$(status backup)" = 0 ]
check "backup says where" contains backup.out "$D/backups/frontdesk-"
check "backups folder is private" [ "$(mode "$D/backups")" = 700 ]
B1=$(ls "$D"/backups/frontdesk-*.db | head -n 1)
check "backup file is private" [ "$(mode "$B1")" = 600 ]
check "backup holds the messages" [ "$(sql "$B1" 'select count(*) from messages')" = 3000 ]
run list "$CLI" --data-dir "$D" backup --list --json
check "backup --list shows it" json list.out "len(d) == 1 and d[0]['path'] == '$B1' and d[0]['kind'] == 'daily'"

run out "$CLI" --data-dir "$D" backup --output "$TMP/copy.db"
check "backup --output exits 0" [ "$(status out)" = 0 ]
check "backup --output holds the messages" [ "$(sql "$TMP/copy.db" 'select count(*) from messages')" = 3000 ]
run out_again "$CLI" --data-dir "$D" backup --output "$TMP/copy.db"
check "backup --output never overwrites" [ "$(status out_again)" = 1 ]
check "backup --output says it exists" contains out_again.err "already exists"

# Restore: the newer messages go, the replaced store is kept.
"$CLI" --data-dir "$D" import --quiet "$TMP/b.jsonl" >/dev/null
run restore "$CLI" --data-dir "$D" restore "$TMP/copy.db"
check "restore exits 0" [ "$(status restore)" = 0 ]
check "restore says how many" contains restore.out "3000 messages"
check "restore says where the old store is" contains restore.out "frontdesk.db.before-restore-"
run after "$CLI" --data-dir "$D" list --json --limit 0
check "restored store has the backup's messages" json after.out "len(d) == 3000"
KEPT=$(ls "$D"/frontdesk.db.before-restore-* | head -n 1)
check "replaced store kept whole" [ "$(sql "$KEPT" 'select count(*) from messages')" = 3200 ]

# Another profile's backup is refused unless asked for.
O="$TMP/other"
"$CLI" --data-dir "$O" import --quiet "$TMP/b.jsonl" >/dev/null
before=$(sum "$O/frontdesk.db")
run other "$CLI" --data-dir "$O" restore "$TMP/copy.db"
check "another profile's backup is refused" [ "$(status other)" = 1 ]
check "refusal says it is another profile" contains other.err "another Frontdesk profile"
check "refusal says how to do it anyway" contains other.err "\-\-other-profile"
check "refused restore changes nothing" [ "$before" = "$(sum "$O/frontdesk.db")" ]
run other_ok "$CLI" --data-dir "$O" restore --other-profile "$TMP/copy.db"
check "--other-profile restores it" [ "$(status other_ok)" = 0 ]

# Not a backup at all.
echo "not a database" >"$TMP/notes.txt"
run notdb "$CLI" --data-dir "$D" restore "$TMP/notes.txt"
check "a text file is refused" [ "$(status notdb)" = 1 ]
check "a text file is named as not SQLite" contains notdb.err "not a SQLite database"

# Not while Frontdesk syncs the profile; that sync made the day's backup.
"$PY" -c "
import sqlite3; c = sqlite3.connect('$O/frontdesk.db')
c.execute(\"insert into accounts (channel, name, address, created_at) values ('mastodon', '@shop@social.invalid', 'https://social.invalid', 0)\"); c.commit()"
"$CLI" --data-dir "$O" sync --interval 3600 >"$TMP/sync.out" 2>"$TMP/sync.err" &
SYNC_PID=$!
for i in $(seq 1 100); do
  [ -n "$(ls "$O"/backups/frontdesk-*.db 2>/dev/null)" ] && break
  sleep 0.1
done
check "the sync manager made a daily backup" [ -n "$(ls "$O"/backups/frontdesk-*.db 2>/dev/null)" ]
before=$(sum "$O/frontdesk.db")
run busy "$CLI" --data-dir "$O" restore --other-profile "$TMP/copy.db"
check "restore refused while syncing" [ "$(status busy)" = 1 ]
check "refusal says to close Frontdesk" contains busy.err "Close it and try again"
check "refused restore leaves the store" [ "$before" = "$(sum "$O/frontdesk.db")" ]
kill "$SYNC_PID"; wait "$SYNC_PID" 2>/dev/null; SYNC_PID=

# A damaged store: found on open, named, never written to; a restore
# brings it back.
for damage in header truncated page; do
  P="$TMP/damaged-$damage"
  "$CLI" --data-dir "$P" import --quiet "$TMP/a.jsonl" >/dev/null
  "$CLI" --data-dir "$P" backup --quiet
  pages=$(sql "$P/frontdesk.db" "pragma page_count")
  check "$damage: the store has many pages" [ "$pages" -gt 50 ]
  case $damage in
    header) corrupt "$P/frontdesk.db" 0 100 ;;
    truncated) sleep 0.05; "$PY" -c "import os,sys; os.truncate(sys.argv[1], os.path.getsize(sys.argv[1]) // 2)" "$P/frontdesk.db" ;;
    page) corrupt "$P/frontdesk.db" $((pages / 2 * 16384)) 16384 ;;
  esac
  before=$(sum "$P/frontdesk.db")
  run "dmg_$damage" "$CLI" --data-dir "$P" list
  check "$damage: list exits 1" [ "$(status "dmg_$damage")" = 1 ]
  check "$damage: names the file" contains "dmg_$damage.err" "$P/frontdesk.db"
  check "$damage: says it is damaged" contains "dmg_$damage.err" "is damaged"
  check "$damage: says how to restore" contains "dmg_$damage.err" "frontdesk-cli restore"
  run "dmg2_$damage" "$CLI" --data-dir "$P" import --quiet "$TMP/b.jsonl"
  check "$damage: import refused too" [ "$(status "dmg2_$damage")" = 1 ]
  check "$damage: the damaged file is not written to" [ "$before" = "$(sum "$P/frontdesk.db")" ]
  run "fix_$damage" "$CLI" --data-dir "$P" restore "$(ls "$P"/backups/frontdesk-*.db | head -n 1)"
  check "$damage: restore exits 0" [ "$(status "fix_$damage")" = 0 ]
  run "ok_$damage" "$CLI" --data-dir "$P" list --json --limit 0
  check "$damage: the messages are back" json "ok_$damage.out" "len(d) == 3000"
done

# A full disk: a 2 MB file system as the profile folder.
mkdir -p "$MNT"
if ! mount -t tmpfs -o size=2m tmpfs "$MNT" 2>"$TMP/mount.err"; then
  echo "not ok - a small tmpfs could not be mounted for the full-disk test: $(cat "$TMP/mount.err"). Run this test as root (mount -t tmpfs needs it)."
  exit 1
fi
F="$MNT/profile"
gen "$TMP/big.jsonl" big 9000
check "the import is larger than the disk" [ "$(stat -c %s "$TMP/big.jsonl")" -gt 3000000 ]
head -n 50 "$TMP/big.jsonl" >"$TMP/first.jsonl"
run first "$CLI" --data-dir "$F" import --quiet "$TMP/first.jsonl"
check "full disk: the first messages fit" [ "$(status first)" = 0 ]
"$PY" -c "
import sqlite3; c = sqlite3.connect('$F/frontdesk.db')
c.execute(\"insert into accounts (channel, name, address, created_at) values ('mastodon', '@shop@social.example', 'https://social.example', 0)\"); c.commit()"
id=$("$CLI" --data-dir "$F" list --json --limit 1 | "$PY" -c "import json,sys; print(json.load(sys.stdin)[0]['id'])")

# Queuing a reply on a full disk: refused whole.
dd if=/dev/zero of="$MNT/filler" bs=16k 2>/dev/null
run reply_full "$CLI" --data-dir "$F" reply "$id" --text "It ships today"
check "full disk: queuing a reply exits 1" [ "$(status reply_full)" = 1 ]
check "full disk: the reply says the disk is full" contains reply_full.err "The disk is full"
rm -f "$MNT/filler"
check "full disk: no half-queued reply" [ "$(sql "$F/frontdesk.db" 'select count(*) from outbox')" = 0 ]
check "full disk: no reply message" [ "$(sql "$F/frontdesk.db" 'select count(*) from messages')" = 50 ]
check "full disk: integrity_check ok after the reply" [ "$(sql "$F/frontdesk.db" 'pragma integrity_check')" = ok ]

# An import larger than the disk.
run full "$CLI" --data-dir "$F" import --json "$TMP/big.jsonl"
check "full disk: import exits 1" [ "$(status full)" = 1 ]
check "full disk: says the disk is full" contains full.err "The disk is full"
check "full disk: says what to do" contains full.err "Free some space"
check "full disk: says to import again" contains full.err "run the same import again"
check "full disk: integrity_check ok" [ "$(sql "$F/frontdesk.db" 'pragma integrity_check')" = ok ]
stored=$(sql "$F/frontdesk.db" 'select count(*) from messages')
check "full disk: it stopped before the end" [ "$stored" -lt 9000 ]
check "full disk: what was stored before is still there" [ "$(sql "$F/frontdesk.db" "select count(*) from messages where remote_id in ('big-0', 'big-49')")" = 2 ]
check "full disk: the summary counts only what was stored" json full.out "d['imported'] + 50 == $stored"

# Space freed: the same import finishes the work, without duplicates.
mount -o remount,size=64m "$MNT"
run again "$CLI" --data-dir "$F" import --json "$TMP/big.jsonl"
check "space freed: import exits 0" [ "$(status again)" = 0 ]
check "space freed: the rest is added, the stored ones skipped" json again.out "d['imported'] == 9000 - $stored and d['duplicates'] == $stored"
check "space freed: every message once" [ "$(sql "$F/frontdesk.db" 'select count(*) || "/" || count(distinct remote_id) from messages')" = "9000/9000" ]
check "space freed: integrity_check ok" [ "$(sql "$F/frontdesk.db" 'pragma integrity_check')" = ok ]
run reply_ok "$CLI" --data-dir "$F" reply "$id" --text "It ships today"
check "space freed: the reply is queued" [ "$(status reply_ok)" = 0 ]
check "space freed: one reply waits" [ "$(sql "$F/frontdesk.db" 'select count(*) from outbox')" = 1 ]

echo "1..$((pass + fail))"
[ "$fail" = 0 ]
