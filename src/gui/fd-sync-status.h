/* fd-sync-status.h: the sync line under the sidebar.
 *
 * Offline, syncing (which account, how far), when the last sync was,
 * how many replies wait to be sent, and each account's error with the
 * way to fix it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-sync-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_SYNC_STATUS (fd_sync_status_get_type ())

G_DECLARE_FINAL_TYPE (FdSyncStatus, fd_sync_status, FD, SYNC_STATUS, GtkWidget)

/* @start_error: why sync is not running, or NULL. */
void        fd_sync_status_set_sync_manager (FdSyncStatus  *self,
                                             FdSyncManager *manager,
                                             const char    *start_error);
FdSyncManager *fd_sync_status_get_sync_manager (FdSyncStatus *self);
/* Replies waiting to be sent, and those that failed. */
void        fd_sync_status_set_outbox       (FdSyncStatus  *self,
                                             guint          n_waiting,
                                             guint          n_failed);
/* Replies that may have been sent (FD_OUTBOX_UNSURE): the person says. */
void        fd_sync_status_set_outbox_unsure (FdSyncStatus *self,
                                              guint         n_unsure);
/* What the lines say now (for the tests). */
const char *fd_sync_status_get_status_text  (FdSyncStatus  *self);
const char *fd_sync_status_get_outbox_text  (FdSyncStatus  *self);
/* The number of account error rows shown. */
guint       fd_sync_status_get_n_errors     (FdSyncStatus  *self);

G_END_DECLS
