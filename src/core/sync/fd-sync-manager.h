/* fd-sync-manager.h: keeps every account in sync, offline-first.
 *
 * Each account syncs on its own schedule (push where the provider has
 * it, else polling), in its own worker thread with its own store
 * connection, so one slow or failing account never holds up another.
 * A run sends the account's outbox, then fetches what is new (messages
 * and cursor in one transaction per page), then a page of history.
 * Errors back off exponentially with jitter and honour the server's
 * rate limits; authentication errors wait for the person. Sync pauses
 * while the network is down (or metered, if so configured) and catches
 * up when it returns. Status is published on each FdAccount.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-account.h"
#include "fd-provider.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_SYNC_MANAGER (fd_sync_manager_get_type ())

G_DECLARE_FINAL_TYPE (FdSyncManager, fd_sync_manager, FD, SYNC_MANAGER, GObject)

/* @monitor: NULL for g_network_monitor_get_default(). */
FdSyncManager  *fd_sync_manager_new             (const char          *data_dir,
                                                 GNetworkMonitor     *monitor);

/* Reads the accounts table through @store (the caller's connection) and
 * creates a provider for each from the registry. An account whose
 * channel has no provider is listed with FD_ACCOUNT_ERROR_NO_PROVIDER. */
gboolean        fd_sync_manager_load_accounts   (FdSyncManager       *self,
                                                 FdStore             *store,
                                                 GError             **error);
/* For tests and special set-ups: syncs @account through @provider. */
void            fd_sync_manager_add_account     (FdSyncManager       *self,
                                                 FdAccount           *account,
                                                 FdProvider          *provider);
void            fd_sync_manager_remove_account  (FdSyncManager       *self,
                                                 gint64               account_id);
/* (element-type FdAccount): bind the UI to the accounts' properties. */
GListModel     *fd_sync_manager_get_accounts    (FdSyncManager       *self);
FdAccount      *fd_sync_manager_find_account    (FdSyncManager       *self,
                                                 gint64               account_id);

/* Starts syncing every account until fd_sync_manager_stop(). Fails when
 * another process already syncs this profile. */
gboolean        fd_sync_manager_start           (FdSyncManager       *self,
                                                 GError             **error);
/* Cancels running work and timers. Running workers end soon after. */
void            fd_sync_manager_stop            (FdSyncManager       *self);
/* Syncs @account_id (0: all) as soon as possible, e.g. after a reply was
 * queued or a password was entered again. */
void            fd_sync_manager_sync_now        (FdSyncManager       *self,
                                                 gint64               account_id);

/* One run per account (sending the outbox and fetching), retrying
 * temporary errors a few times; completes when every account is done.
 * Fails with the first account's error that remained. */
void            fd_sync_manager_sync_once_async (FdSyncManager       *self,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean        fd_sync_manager_sync_once_finish (FdSyncManager      *self,
                                                  GAsyncResult       *result,
                                                  GError            **error);

gboolean        fd_sync_manager_get_online      (FdSyncManager       *self);

G_END_DECLS
