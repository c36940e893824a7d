/* fd-topic-view.h: one topic's posts, grouped by channel, with a public
 * answer per channel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-store-worker.h"

G_BEGIN_DECLS

#define FD_TYPE_TOPIC_VIEW (fd_topic_view_get_type ())

G_DECLARE_FINAL_TYPE (FdTopicView, fd_topic_view, FD, TOPIC_VIEW, GtkWidget)

void        fd_topic_view_set_worker      (FdTopicView   *self,
                                           FdStoreWorker *worker);
/* Shows topic @topic_id (0: none), read in the worker. */
void        fd_topic_view_show_topic      (FdTopicView   *self,
                                           gint64         topic_id);
void        fd_topic_view_reload          (FdTopicView   *self);
/* The sample inbox: answers wait to send without an account (the
 * composer's fd_composer_set_sample()). Elsewhere a channel no answer can
 * go out on says why instead of offering one (fd_outbox_can_reply()). */
void        fd_topic_view_set_sample      (FdTopicView   *self,
                                           gboolean       sample);
/* The accounts (FdAccount): the topic is read again when they change. */
void        fd_topic_view_set_accounts    (FdTopicView   *self,
                                           GListModel    *accounts);
gint64      fd_topic_view_get_topic_id    (FdTopicView   *self);
/* The channels shown, one group each (for the tests). */
guint       fd_topic_view_get_n_channels  (FdTopicView   *self);
GtkWidget  *fd_topic_view_get_back_button (FdTopicView   *self);
GtkWidget  *fd_topic_view_get_header_bar  (FdTopicView   *self);

G_END_DECLS
