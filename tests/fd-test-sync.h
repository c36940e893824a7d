/* fd-test-sync.h: one sync run of every account, for the sync tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "fd-sync-manager.h"

G_BEGIN_DECLS

static void
fd_test_sync_once_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GError **error = user_data;

  fd_sync_manager_sync_once_finish (FD_SYNC_MANAGER (object), result, error);
  if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static gboolean
fd_test_sync_took_too_long_cb (gpointer user_data)
{
  g_error ("A sync run did not finish within 120 s");
  return G_SOURCE_REMOVE;
}

/* Runs fd_sync_manager_sync_once_async() to its end, iterating the
 * thread-default context. TRUE when every account synced; else the
 * error is logged and given to @out_error. A run that hangs fails here
 * and says so, instead of running into the test's timeout with nothing
 * in the log. */
static inline gboolean
fd_test_sync_once (FdSyncManager  *manager,
                   GError        **out_error)
{
  GError *error = NULL;
  guint watchdog;

  watchdog = g_timeout_add_seconds (120, fd_test_sync_took_too_long_cb, NULL);
  fd_sync_manager_sync_once_async (manager, NULL, fd_test_sync_once_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (watchdog);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_error_free (error);
      return TRUE;
    }

  g_test_message ("sync: %s", error->message);
  g_propagate_error (out_error, error);
  return FALSE;
}

G_END_DECLS
