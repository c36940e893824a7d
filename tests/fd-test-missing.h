/* fd-test-missing.h: what a test does when a server or tool it needs is
 * not installed.
 *
 * build-aux/install-deps.sh installs every one of them, so a missing part
 * fails the test with a sentence naming it: a green run means the real
 * thing was exercised. On a machine where they are not wanted, set
 * FRONTDESK_TESTS_ALLOW_MISSING=1 to skip those tests instead; the skip
 * keeps the reason, and build-aux/test.sh lists it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

static inline gboolean
fd_test_missing_allowed (void)
{
  return g_strcmp0 (g_getenv ("FRONTDESK_TESTS_ALLOW_MISSING"), "1") == 0;
}

/* Fails the running test, or skips it when FRONTDESK_TESTS_ALLOW_MISSING=1,
 * because what @format names is not installed. The caller then returns. */
static inline void fd_test_missing (const char *format, ...) G_GNUC_PRINTF (1, 2);

static inline void
fd_test_missing (const char *format,
                 ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (fd_test_missing_allowed ())
    {
      g_test_skip_printf ("%s (skipped: FRONTDESK_TESTS_ALLOW_MISSING=1)", what);
      return;
    }

  /* In the log as well as in the result line, so that it is the first
   * thing a person reading a failed run sees. */
  g_test_message ("MISSING: %s", what);
  g_test_fail_printf ("%s. Run build-aux/install-deps.sh, or set FRONTDESK_TESTS_ALLOW_MISSING=1 to skip this test.",
                      what);
}

G_END_DECLS
