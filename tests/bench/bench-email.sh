#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Email initial-sync benchmark: a local Dovecot holding N messages
# (default 10000) in INBOX, copied once by mbsync (isync) into a Maildir and
# once by Frontdesk (frontdesk-cli sync) into a fresh profile, in the same
# run. Target: Frontdesk <= 1.5 x mbsync. Not part of "meson test".
#
#   tests/bench/bench-email.sh BUILD_DIR [N]
#
# Needs dovecot-imapd, isync, gnome-keyring, dbus, bc; runs as root (Dovecot
# mail runs as uid 65534). Prints the wall time of each client and its CPU
# time (user + system, all its threads; Dovecot's own is left out) for the
# results table in docs/benchmarks.md.
set -eu

BUILD=${1:?usage: bench-email.sh BUILD_DIR [N]}
N=${2:-10000}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
CLI=$(cd "$BUILD" && pwd)/src/cli/frontdesk-cli

if [ -z "${FD_BENCH_IN_SESSION:-}" ]; then
  export FD_BENCH_IN_SESSION=1
  # A runtime folder of its own: see tests/run-headless.sh.
  XDG_RUNTIME_DIR=$(mktemp -d /tmp/frontdesk-runtime-XXXXXX)
  export XDG_RUNTIME_DIR
  exec dbus-run-session -- sh -c 'export HOME=$(mktemp -d); eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)"; exec "$@"' sh "$0" "$@"
fi

DIR=$(mktemp -d /tmp/frontdesk-bench-email-XXXXXX)
chmod 755 "$DIR"
cleanup () {
  [ -n "${DOVECOT_PID:-}" ] && kill "$DOVECOT_PID" 2>/dev/null || true
  rm -rf "$DIR"
}
trap cleanup EXIT INT TERM

port () { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
IMAP_PORT=$(port)
SUB_PORT=$(port)

cat > "$DIR/dovecot.conf" <<CONF
protocols = imap submission
listen = 127.0.0.1
base_dir = $DIR/run
state_dir = $DIR/state
log_path = $DIR/dovecot.log
hostname = mail.test.local
ssl = no
disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DIR/users
}
userdb {
  driver = static
  args = uid=65534 gid=65534 home=$DIR/mail/%u
}
mail_location = maildir:$DIR/mail/%u
first_valid_uid = 1
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    auto = subscribe
    special_use = \\Sent
  }
}
service imap-login {
  inet_listener imap {
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service submission-login {
  inet_listener submission {
    port = $SUB_PORT
  }
}
submission_relay_host = 127.0.0.1
submission_relay_port = 1
CONF
echo 'shop@test.local:{PLAIN}secret::::::' > "$DIR/users"

# The corpus: gen-corpus.py writes ~70% of its messages as Maildir files.
/usr/bin/python3 "$SRC/tests/bench/gen-corpus.py" --out "$DIR/corpus" --messages $((N * 10 / 7 + 50)) --quiet
MAILDIR="$DIR/mail/shop@test.local"
mkdir -p "$MAILDIR/cur" "$MAILDIR/new" "$MAILDIR/tmp"
ls "$DIR/corpus/maildir/cur" | head -n "$N" | while read -r f; do
  mv "$DIR/corpus/maildir/cur/$f" "$MAILDIR/cur/$f"
done
COUNT=$(ls "$MAILDIR/cur" | wc -l)
chown -R 65534:65534 "$DIR/mail"
/usr/sbin/dovecot -F -c "$DIR/dovecot.conf" &
DOVECOT_PID=$!
for _ in $(seq 100); do
  /usr/bin/python3 -c "import socket; socket.create_connection(('127.0.0.1', $IMAP_PORT))" 2>/dev/null && break
  sleep 0.1
done
doveadm -c "$DIR/dovecot.conf" force-resync -u shop@test.local '*'
# Warm Dovecot's index and cache for both clients alike.
doveadm -c "$DIR/dovecot.conf" fetch -u shop@test.local 'uid flags text' mailbox INBOX > /dev/null

# timed FILE CMD...: runs CMD; FILE gets "WALL CPU" in seconds.
timed () {
  /usr/bin/python3 -c '
import resource, subprocess, sys, time
start = time.monotonic()
status = subprocess.call(sys.argv[2:])
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as f:
    f.write("%.2f %.2f\n" % (wall, usage.ru_utime + usage.ru_stime))
sys.exit(status)' "$@"
}

# mbsync
mkdir -p "$DIR/mbsync/Mail"
cat > "$DIR/mbsyncrc" <<RC
IMAPAccount bench
Host 127.0.0.1
Port $IMAP_PORT
User shop@test.local
Pass secret
SSLType None
AuthMechs LOGIN PLAIN

IMAPStore remote
Account bench

MaildirStore local
Path $DIR/mbsync/Mail/
Inbox $DIR/mbsync/Mail/INBOX

Channel bench
Far :remote:
Near :local:
Patterns INBOX
Create Near
Sync Pull
SyncState *
RC
timed "$DIR/mbsync.time" mbsync -q -c "$DIR/mbsyncrc" bench
read -r MBSYNC MBSYNC_CPU < "$DIR/mbsync.time"
MBSYNC_COUNT=$(find "$DIR/mbsync/Mail/INBOX/cur" "$DIR/mbsync/Mail/INBOX/new" -type f | wc -l)

# Frontdesk: account set-up (login test) untimed, then the initial sync.
PROFILE="$DIR/profile"
printf secret | "$CLI" --data-dir "$PROFILE" --quiet account add email --name Bench --address shop@test.local \
  --imap-host 127.0.0.1 --imap-port "$IMAP_PORT" --imap-security none \
  --smtp-host 127.0.0.1 --smtp-port "$SUB_PORT" --smtp-security none \
  --history-days 36500 --password-stdin
timed "$DIR/frontdesk.time" "$CLI" --data-dir "$PROFILE" --quiet sync --once
read -r FRONTDESK FRONTDESK_CPU < "$DIR/frontdesk.time"
FD_COUNT=$("$CLI" --data-dir "$PROFILE" --json list --limit 100000 2>/dev/null | grep -o '"id"' | wc -l || true)

RATIO=$(printf %.2f "$(echo "scale=4; $FRONTDESK / $MBSYNC" | bc)")
echo "messages on server: $COUNT; mbsync copied $MBSYNC_COUNT; Frontdesk stored $FD_COUNT"
echo "$(date -u +%Y-%m-%d), $(git -C "$SRC" rev-parse --short HEAD 2>/dev/null || echo 'no commit'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Frontdesk: $FRONTDESK s ($FRONTDESK_CPU s CPU); mbsync: $MBSYNC s ($MBSYNC_CPU s CPU); ratio ${RATIO}x (target <= 1.5x)"
