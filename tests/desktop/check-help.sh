#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Validates the Mallard user guide: every page against the Mallard schema,
# and every xref between pages.
#
# Usage: check-help.sh HELP_DIR
set -eu

helpdir=${1:?usage: check-help.sh HELP_DIR}
cd "$helpdir/C"

status=0
yelp-check validate ./*.page || status=1

# "yelp-check links" prints one line per broken link and exits 0, so check
# its output.
broken=$(yelp-check links . 2>&1 || true)
if [ -n "$broken" ]; then
  echo "Broken links in the user guide:" >&2
  echo "$broken" >&2
  status=1
fi

# Pages nobody links to are unreachable from the index.
orphans=$(yelp-check orphans . 2>&1 || true)
if [ -n "$orphans" ]; then
  echo "Pages not reachable from index.page:" >&2
  echo "$orphans" >&2
  status=1
fi

badids=$(yelp-check ids ./*.page 2>&1 || true)
if [ -n "$badids" ]; then
  echo "Page ids that do not match their file names:" >&2
  echo "$badids" >&2
  status=1
fi

[ "$status" -eq 0 ] && echo "help/C: $(ls ./*.page | wc -l) pages valid"
exit "$status"
