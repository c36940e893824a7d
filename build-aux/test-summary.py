#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Counts over every run of build-aux/test.sh, one line a test:
#
#   build-aux/test-summary.py RESULTS_DIR
#
# RESULTS_DIR holds one meson testlog per run (RUN.json, one JSON object a
# line) and "steps", a line "ok NAME" or "FAILED NAME" per step. Prints
# each failure with the end of its output, each skip with its reason, and
# "N passed, N failed, N skipped" last.
#
# Skips are counted twice over: a test meson reports as SKIP (exit status
# 77, or TAP output whose subtests were all skipped), and each TAP subtest
# "ok N NAME # SKIP REASON" in the output of a test meson reports as OK,
# since meson passes a GLib test program with only some subtests skipped.
#
# Exits 1 when anything failed. With CI=true it also exits 1 when anything
# was skipped: CI installs every server and tool the tests use
# (build-aux/install-deps.sh), so there a skip means part of the product
# went untested. Elsewhere skips are listed but do not fail the run.

import json
import os
import re
import sys

# TAP 12/13: "ok 3 /email/sync # SKIP reason" (the directive is
# case-insensitive and may be "skipped"), and a plan "1..0 # SKIP reason"
# for a program that skipped everything.
TAP_SKIP = re.compile(r'^ok\b(?:\s+\d+)?(?:\s+-)?\s*([^#]*?)\s*#\s*skip\S*(?:\s+(.*?))?\s*$', re.I)
TAP_PLAN_SKIP = re.compile(r'^1\.\.0\b.*?#\s*skip\S*(?:\s+(.*?))?\s*$', re.I)


def tap_skips(output):
    """(subtest, reason) for each skip in TAP output."""
    skips = []
    for line in output.splitlines():
        line = line.strip()
        m = TAP_SKIP.match(line)
        if m:
            skips.append((m.group(1) or '(unnamed subtest)', m.group(2) or 'no reason given'))
            continue
        m = TAP_PLAN_SKIP.match(line)
        if m:
            skips.append(('(all subtests)', m.group(1) or 'no reason given'))
    return skips


def last_line(test):
    for stream in ('stdout', 'stderr'):
        lines = [l.strip() for l in (test.get(stream) or '').splitlines() if l.strip()]
        if lines:
            return lines[-1][:300]
    return 'no reason given'


def summarize(results, ci):
    passed = failed = skipped = 0
    failures = []
    skips = []

    for name in sorted(os.listdir(results)):
        if not name.endswith('.json'):
            continue
        run = name[:-len('.json')]
        with open(os.path.join(results, name), encoding='utf-8', errors='replace') as log:
            for line in log:
                line = line.strip()
                if not line:
                    continue
                test = json.loads(line)
                result = test['result']
                subtest_skips = tap_skips(test.get('stdout') or '')

                if result in ('OK', 'EXPECTEDFAIL'):
                    passed += 1
                    for subtest, reason in subtest_skips:
                        skips.append('%s %s %s: %s' % (run, test['name'], subtest, reason))
                elif result == 'SKIP':
                    if subtest_skips:
                        for subtest, reason in subtest_skips:
                            skips.append('%s %s %s: %s' % (run, test['name'], subtest, reason))
                    else:
                        skips.append('%s %s: %s' % (run, test['name'], last_line(test)))
                else:
                    failed += 1
                    failures.append('failed: %s %s (%s)' % (run, test['name'], result))
                    # The end of its output, so that a CI log's last lines say why.
                    out = (test.get('stdout') or '').rstrip().splitlines()
                    print('--- %s %s, last lines:' % (run, test['name']))
                    print('\n'.join('  ' + l[:160] for l in out[-8:]))

    skipped = len(skips)
    for f in failures:
        print(f)
    for s in skips:
        print('skipped: ' + s)

    steps = os.path.join(results, 'steps')
    steps_failed = []
    if os.path.exists(steps):
        with open(steps) as f:
            steps_failed = [l.strip() for l in f if l.startswith('FAILED')]
    for l in steps_failed:
        print(l)
    if steps_failed and failed == 0:
        failed = len(steps_failed)

    print('%d passed, %d failed, %d skipped' % (passed, failed, skipped))

    if skipped and ci:
        print('FAILED: %d skipped with CI=true. CI installs every server and tool the tests use '
              '(build-aux/install-deps.sh), so each skip above is a part of Frontdesk that went untested.'
              % skipped)
        return 1
    return 1 if failed else 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: test-summary.py RESULTS_DIR')
    sys.exit(summarize(sys.argv[1], os.environ.get('CI') == 'true'))
