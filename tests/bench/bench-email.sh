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
# Needs dovecot-imapd, isync, gnome-keyring, dbus; runs as root (Dovecot
# mail runs as uid 65534). Prints a Markdown table row for docs/benchmarks.md.
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

now () { date +%s.%N; }

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
T0=$(now)
mbsync -q -c "$DIR/mbsyncrc" bench
T1=$(now)
MBSYNC=$(echo "$T1 - $T0" | bc)
MBSYNC_COUNT=$(ls "$DIR/mbsync/Mail/INBOX/cur" "$DIR/mbsync/Mail/INBOX/new" | grep -vc ':$' || true)

# Frontdesk: account set-up (login test) untimed, then the initial sync.
PROFILE="$DIR/profile"
printf secret | "$CLI" --data-dir "$PROFILE" --quiet account add email --name Bench --address shop@test.local \
  --imap-host 127.0.0.1 --imap-port "$IMAP_PORT" --imap-security none \
  --smtp-host 127.0.0.1 --smtp-port "$SUB_PORT" --smtp-security none \
  --history-days 36500 --password-stdin
T0=$(now)
"$CLI" --data-dir "$PROFILE" --quiet sync --once
T1=$(now)
FRONTDESK=$(echo "$T1 - $T0" | bc)
FD_COUNT=$("$CLI" --data-dir "$PROFILE" --json list --limit 100000 2>/dev/null | grep -o '"id"' | wc -l || true)

RATIO=$(echo "scale=2; $FRONTDESK / $MBSYNC" | bc)
echo "messages on server: $COUNT; mbsync copied $MBSYNC_COUNT; Frontdesk stored $FD_COUNT"
echo "| $(date -u +%Y-%m-%d) | $COUNT | $(printf %.2f "$MBSYNC") s | $(printf %.2f "$FRONTDESK") s | ${RATIO}x |"
