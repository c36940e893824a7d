/* fd-listening-view.h: posts that mention the hashtags and keywords the
 * shop follows on Mastodon, to answer before anyone asks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-store-worker.h"

G_BEGIN_DECLS

#define FD_TYPE_LISTENING_VIEW (fd_listening_view_get_type ())

G_DECLARE_FINAL_TYPE (FdListeningView, fd_listening_view, FD, LISTENING_VIEW, GtkWidget)

void        fd_listening_view_set_worker      (FdListeningView *self,
                                               FdStoreWorker   *worker);
/* (element-type FdAccount): the accounts terms can be added to; NULL
 * for none. */
void        fd_listening_view_set_accounts    (FdListeningView *self,
                                               GListModel      *accounts);
/* Reads the newest posts and the terms again, in the worker. */
void        fd_listening_view_reload          (FdListeningView *self);
guint       fd_listening_view_get_n_posts     (FdListeningView *self);
/* Answers the post in row @index, as its Answer button would. */
void        fd_listening_view_answer          (FdListeningView *self,
                                               guint            index);
GtkWidget  *fd_listening_view_get_back_button (FdListeningView *self);
GtkWidget  *fd_listening_view_get_header_bar  (FdListeningView *self);

G_END_DECLS
