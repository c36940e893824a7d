/* fd-store-worker.h: runs store work off the main thread.
 *
 * One worker thread with its own FdStore connection to the profile, so
 * that the window never waits on the disk. Jobs run one after another in
 * the order they were queued (a retry queued after an edit runs after it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_STORE_WORKER (fd_store_worker_get_type ())

G_DECLARE_FINAL_TYPE (FdStoreWorker, fd_store_worker, FD, STORE_WORKER, GObject)

/* Runs on the worker thread with the worker's connection. Returns the
 * result (freed with the @result_free given to run_async) or NULL; for
 * jobs without a result return GINT_TO_POINTER (TRUE) on success. */
typedef gpointer (*FdStoreWorkerFunc) (FdStore       *store,
                                       gpointer       data,
                                       GCancellable  *cancellable,
                                       GError       **error);

FdStoreWorker *fd_store_worker_new        (const char          *data_dir);
const char    *fd_store_worker_get_data_dir (FdStoreWorker     *self);
void           fd_store_worker_run_async  (FdStoreWorker       *self,
                                           FdStoreWorkerFunc    func,
                                           gpointer             data,
                                           GDestroyNotify       data_free,
                                           GDestroyNotify       result_free,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
/* NULL with @error set when the job failed. */
gpointer       fd_store_worker_run_finish (FdStoreWorker       *self,
                                           GAsyncResult        *result,
                                           GError             **error);

G_END_DECLS
