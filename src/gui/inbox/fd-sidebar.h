/* fd-sidebar.h: views and channels, with counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-store.h"
#include "fd-sync-status.h"

G_BEGIN_DECLS

#define FD_TYPE_SIDEBAR (fd_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (FdSidebar, fd_sidebar, FD, SIDEBAR, GtkWidget)

/* Signals: "scope-changed" (scope, title) when another row is selected,
 * by the person or fd_sidebar_select_scope(); "scope-activated" (scope)
 * when the person clicks or taps a row, the selected one too. */

void        fd_sidebar_set_store      (FdSidebar  *self,
                                       FdStore    *store);
/* Counts again, in a worker thread. */
void        fd_sidebar_reload         (FdSidebar  *self);
/* A scope is "all", "unanswered", "repeated", "outbox", "archived",
 * "topics", "listening" or "channel:NAME", as kept in the last-view setting. */
void        fd_sidebar_select_scope   (FdSidebar  *self,
                                       const char *scope);
char       *fd_sidebar_dup_scope      (FdSidebar  *self);
GtkWidget  *fd_sidebar_get_header_bar (FdSidebar  *self);
/* Number of messages in a view, as last counted (for the tests). */
guint       fd_sidebar_get_count      (FdSidebar  *self,
                                       FdView      view);

/* Topics shared by enough customers, as last counted. */
guint       fd_sidebar_get_n_topics   (FdSidebar  *self);
FdSyncStatus *fd_sidebar_get_sync_status (FdSidebar *self);

G_END_DECLS
