/* fd-sync-run.h: one run of one account, for the sync manager.
 *
 * A run signs in (once per provider), sends the account's outbox, then
 * fetches what is new (each page with its cursor in one transaction),
 * the posts of the terms the account listens for, and a few pages of
 * history, and writes all of it to the store through its own
 * connection. The manager (fd-sync-manager.c) decides when an account
 * runs; this file does the run. Internal to src/core/sync/.
 *
 * Threads: fd_sync_run_once() blocks and runs on a worker thread; the
 * manager never runs two at a time for one FdSyncRun, so the run's
 * store, outbox and provider need no lock.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-account.h"
#include "fd-provider.h"
#include "fd-store.h"

G_BEGIN_DECLS

typedef struct _FdSyncRun FdSyncRun;

/* What a run did, for the main thread. */
typedef struct
{
  guint   n_new;
  guint   n_sent;
  gint    outbox_waiting;   /* -1 when the outbox was not reached */
  gint64  finished_at;
  gint64  rate_remaining;
  gint64  rate_reset;
  /* What the server said about replies when the run signed in, already
   * in the store, for the account object: 0 for nothing new. */
  guint   max_reply_chars;
  guint   link_chars;
  /* The account's notice (FD_ACCOUNT_SETTING_NOTICE) changed to @notice
   * (NULL: none), already in the store. */
  gboolean notice_changed;
  char   *notice;
  GError *error;
} FdSyncRunResult;

/* Called on the worker thread with a value from 0 to 1. */
typedef void (*FdSyncRunProgressFunc) (double   progress,
                                       gpointer user_data);

FdSyncRun       *fd_sync_run_new            (FdAccount             *account,
                                             FdProvider            *provider,
                                             const char            *data_dir);
void             fd_sync_run_free           (FdSyncRun             *run);

/* Blocking: one run, on a worker thread. Never NULL; the error, if any,
 * is in the result. @progress (nullable) is called on this thread. */
FdSyncRunResult *fd_sync_run_once           (FdSyncRun             *run,
                                             FdSyncRunProgressFunc  progress,
                                             gpointer               user_data,
                                             GCancellable          *cancellable);
void             fd_sync_run_result_free    (FdSyncRunResult       *result);

/* A value the runs keep for @account_id ("last-synced", …), or NULL. */
char            *fd_sync_run_read_cursor    (FdStore               *store,
                                             gint64                 account_id,
                                             const char            *key,
                                             GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSyncRunResult, fd_sync_run_result_free)

G_END_DECLS
