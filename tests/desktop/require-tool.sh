#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a validation command once the tool it needs is there:
#
#   require-tool.sh TOOL PACKAGE COMMAND [ARGS...]
#
# When TOOL is not on PATH the test fails and names PACKAGE
# (build-aux/install-deps.sh installs every one of them). With
# FRONTDESK_TESTS_ALLOW_MISSING=1 it is skipped instead (exit status 77,
# meson's skip) with the same reason, and build-aux/test.sh lists it.
set -eu

usage="usage: require-tool.sh TOOL PACKAGE COMMAND [ARGS...]"
tool=${1:?$usage}
package=${2:?$usage}
: "${3:?$usage}"
shift 2

if ! command -v "$tool" >/dev/null 2>&1; then
  reason="$tool is not installed (package $package)"
  if [ "${FRONTDESK_TESTS_ALLOW_MISSING:-}" = 1 ]; then
    echo "SKIP: $reason; skipped because FRONTDESK_TESTS_ALLOW_MISSING=1"
    exit 77
  fi
  echo "MISSING: $reason. Run build-aux/install-deps.sh, or set FRONTDESK_TESTS_ALLOW_MISSING=1 to skip this test." >&2
  exit 1
fi

exec "$@"
