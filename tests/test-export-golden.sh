#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Export against golden files: the fixed input in tests/data/golden
# (input.jsonl, input.eml) imported into a fresh profile and exported with
# "export --format jsonl" and "--format mbox" must give export.jsonl and
# export.mbox there, byte for byte. Nothing is normalised: an export holds
# no time or id of its own (every date is a message's, in UTC), so it is
# the same in any time zone and locale, run after run. Each export,
# imported into another fresh profile, exports the same JSON Lines again.
#
# After a deliberate change of an export format, write the files anew and
# read the diff before committing it:
#   FRONTDESK_GOLDEN_UPDATE=1 tests/test-export-golden.sh BUILD/src/cli/frontdesk-cli
set -u

CLI=${1:?usage: test-export-golden.sh PATH-TO-frontdesk-cli}
SRC=${G_TEST_SRCDIR:-$(dirname "$0")}
GOLDEN="$SRC/data/golden"
PY=/usr/bin/python3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

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

# Byte for byte; a difference is shown as TAP diagnostics.
same () {
  if cmp -s "$1" "$2"; then
    return 0
  fi
  diff -u "$1" "$2" | head -40 | sed 's/^/# /'
  return 1
}

export_to () {  # export_to PROFILE FORMAT FILE [ENV...]
  profile=$1; format=$2; file=$3; shift 3
  env "$@" "$CLI" --data-dir "$profile" export --quiet --format "$format" --output "$file" 2>"$TMP/export.err"
}

run_import () {  # run_import PROFILE FILE...
  profile=$1; shift
  "$CLI" --data-dir "$profile" import --quiet --json "$@" >"$TMP/import.json" 2>"$TMP/import.err"
}

D="$TMP/profile"
run_import "$D" "$GOLDEN/input.jsonl" "$GOLDEN/input.eml"
check "the input imports" [ $? = 0 ]
check "all six messages" "$PY" -c "
import json, sys; d = json.load(open('$TMP/import.json'))
sys.exit(0 if d['imported'] == 6 and d['skipped'] == 0 else 1)"

if [ "${FRONTDESK_GOLDEN_UPDATE:-}" = 1 ]; then
  export_to "$D" jsonl "$GOLDEN/export.jsonl" TZ=UTC LC_ALL=C.UTF-8
  export_to "$D" mbox "$GOLDEN/export.mbox" TZ=UTC LC_ALL=C.UTF-8
  echo "# wrote $GOLDEN/export.jsonl and export.mbox: read the diff before committing"
fi

for fmt in jsonl mbox; do
  export_to "$D" "$fmt" "$TMP/a.$fmt" TZ=UTC LC_ALL=C.UTF-8
  check "$fmt export exits 0" [ $? = 0 ]
  check "$fmt export equals the golden file" same "$GOLDEN/export.$fmt" "$TMP/a.$fmt"

  # Far from UTC, across the date line, in another language.
  export_to "$D" "$fmt" "$TMP/b.$fmt" TZ=Pacific/Chatham LC_ALL=es_ES.UTF-8 LANG=es_ES.UTF-8
  check "$fmt export is the same in another time zone and locale" same "$GOLDEN/export.$fmt" "$TMP/b.$fmt"

  "$CLI" --data-dir "$D" export --quiet --format "$fmt" >"$TMP/c.$fmt" 2>/dev/null
  check "$fmt export to standard output is the same" same "$GOLDEN/export.$fmt" "$TMP/c.$fmt"

  # Lossless: imported again, the same JSON Lines come out.
  run_import "$TMP/again-$fmt" "$GOLDEN/export.$fmt"
  check "$fmt export imports again" [ $? = 0 ]
  export_to "$TMP/again-$fmt" jsonl "$TMP/again-$fmt.jsonl" TZ=UTC LC_ALL=C.UTF-8
  check "$fmt export imported again exports the same JSON Lines" same "$GOLDEN/export.jsonl" "$TMP/again-$fmt.jsonl"
done

# Every mbox message says its charset truly: other mail programs decode it
# to the very text of the JSON Lines export.
check "mbox texts decode in their declared charset to the JSON Lines texts" "$PY" - "$TMP/a.jsonl" "$TMP/a.mbox" <<'PY'
import json, mailbox, sys
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
mails = list(mailbox.mbox(sys.argv[2], create=False))
if len(mails) != len(texts):
    sys.exit("# %d mails, %d lines" % (len(mails), len(texts)))
for mail, text in zip(mails, texts):
    charset = mail.get_content_charset()
    try:
        decoded = mail.get_payload(decode=True).decode(charset)
    except (LookupError, UnicodeDecodeError) as error:
        sys.exit("# %s: %s" % (mail["X-Frontdesk-Remote-Id"], error))
    if decoded.rstrip("\n") != text:
        sys.exit("# %s: %r != %r" % (mail["X-Frontdesk-Remote-Id"], decoded, text))
PY

echo "1..$n"
[ "$fail" = 0 ]
