#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks po/POTFILES.in against the source tree:
#  - every file under src/ or data/ that holds translatable strings is listed;
#  - every listed file exists.
# A file that is on purpose left out of translation can be listed in
# po/POTFILES.skip.
#
# Usage: check-potfiles.sh [--list] [SOURCE_ROOT]
#   --list  print the files that hold translatable strings and exit; handy
#           when updating POTFILES.in
set -eu

list_only=false
if [ "${1:-}" = "--list" ]; then
  list_only=true
  shift
fi

srcroot=${1:-$(dirname "$0")/../..}
cd "$srcroot"

potfiles=po/POTFILES.in
skipfiles=po/POTFILES.skip

if [ ! -f "$potfiles" ]; then
  echo "check-potfiles: $potfiles not found in $(pwd)" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# Listed files: drop comments, blank lines and surrounding spaces.
listed() {
  [ -f "$1" ] || return 0
  sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$1" | grep -v '^$' || true
}
listed "$potfiles" | sort -u >"$tmp/listed"
listed "$skipfiles" | sort -u >"$tmp/skipped"

status=0

# 1. Everything listed must exist.
while IFS= read -r f; do
  if [ ! -f "$f" ]; then
    echo "POTFILES.in lists $f, which does not exist" >&2
    status=1
  fi
done <"$tmp/listed"

# 2. Everything translatable must be listed.
: >"$tmp/found"

# C sources: _("..."), N_("..."), C_("ctx", "..."), NC_, Q_, ngettext/g_dngettext.
c_re='(^|[^A-Za-z0-9_])(N|C|NC|Q)?_[[:space:]]*\([[:space:]]*"|(^|[^A-Za-z0-9_])(g_d|d)?ngettext[[:space:]]*\('
find src data -type f \( -name '*.c' -o -name '*.h' \) 2>/dev/null |
  while IFS= read -r f; do
    if grep -Eq "$c_re" "$f"; then echo "$f"; fi
  done >>"$tmp/found"

# GtkBuilder files: translatable="yes".
find src data -type f \( -name '*.ui' -o -name '*.ui.in' \) 2>/dev/null |
  while IFS= read -r f; do
    if grep -Eq 'translatable="(yes|true|1)"' "$f"; then echo "$f"; fi
  done >>"$tmp/found"

# Desktop entries: any translatable key.
find data -type f \( -name '*.desktop.in' -o -name '*.desktop.in.in' \) 2>/dev/null |
  while IFS= read -r f; do
    if grep -Eq '^(Name|GenericName|Comment|Keywords|X-GNOME-FullName)=' "$f"; then echo "$f"; fi
  done >>"$tmp/found"

# AppStream metainfo: every .in template carries a summary or description.
find data -type f \( -name '*.metainfo.xml.in' -o -name '*.metainfo.xml.in.in' \
                     -o -name '*.appdata.xml.in' -o -name '*.appdata.xml.in.in' \) 2>/dev/null |
  while IFS= read -r f; do
    if grep -Eq '<(name|summary|p|li|caption)[ >]' "$f"; then echo "$f"; fi
  done >>"$tmp/found"

# GSettings schemas: summaries and descriptions are translatable.
find data -type f \( -name '*.gschema.xml' -o -name '*.gschema.xml.in' \) 2>/dev/null |
  while IFS= read -r f; do
    if grep -Eq '<(summary|description)[ >]' "$f"; then echo "$f"; fi
  done >>"$tmp/found"

sort -u "$tmp/found" >"$tmp/found.sorted"
if $list_only; then
  cat "$tmp/found.sorted"
  exit 0
fi
comm -23 "$tmp/found.sorted" "$tmp/listed" | comm -23 - "$tmp/skipped" >"$tmp/missing"

if [ -s "$tmp/missing" ]; then
  echo "These files contain translatable strings but are not in po/POTFILES.in:" >&2
  sed 's/^/  /' "$tmp/missing" >&2
  status=1
fi

if [ "$status" -eq 0 ]; then
  echo "po/POTFILES.in lists all $(wc -l <"$tmp/listed" | tr -d ' ') files with translatable strings"
fi
exit "$status"
