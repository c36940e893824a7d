#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs msgfmt --check --statistics on every translation listed in a LINGUAS
# file. Fails when a listed language has no .po file or msgfmt finds an error
# (bad format strings, plural forms, headers).
#
# Usage: check-po.sh PO_DIR   (po/ or help/)
set -eu

podir=${1:?usage: check-po.sh PO_DIR}
linguas="$podir/LINGUAS"

if [ ! -f "$linguas" ]; then
  echo "check-po: $linguas not found" >&2
  exit 1
fi

status=0
count=0
for lang in $(sed -e 's/#.*//' "$linguas"); do
  count=$((count + 1))
  # po/<lang>.po for the UI, help/<lang>/<lang>.po for the user guide
  po="$podir/$lang.po"
  [ -f "$po" ] || [ ! -f "$podir/$lang/$lang.po" ] || po="$podir/$lang/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$lang: listed in LINGUAS but $po does not exist" >&2
    status=1
    continue
  fi
  printf '%s: ' "$lang"
  if ! msgfmt --check --statistics --output-file=/dev/null "$po" 2>&1; then
    status=1
  fi
done

echo "checked $count languages in $podir"
exit "$status"
