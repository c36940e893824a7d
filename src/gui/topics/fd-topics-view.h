/* fd-topics-view.h: problems that several customers report, as a list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-store-worker.h"

G_BEGIN_DECLS

#define FD_TYPE_TOPICS_VIEW (fd_topics_view_get_type ())

G_DECLARE_FINAL_TYPE (FdTopicsView, fd_topics_view, FD, TOPICS_VIEW, GtkWidget)

void        fd_topics_view_set_worker      (FdTopicsView  *self,
                                            FdStoreWorker *worker);
/* Reads the topics again, in the worker. */
void        fd_topics_view_reload          (FdTopicsView  *self);
guint       fd_topics_view_get_n_topics    (FdTopicsView  *self);
/* Opens the topic in row @index, as a click would. */
void        fd_topics_view_activate        (FdTopicsView  *self,
                                            guint          index);
GtkWidget  *fd_topics_view_get_back_button (FdTopicsView  *self);
GtkWidget  *fd_topics_view_get_header_bar  (FdTopicsView  *self);

G_END_DECLS
