/* fd-notify-query.h: what the app's notifications say, read from the
 * store: the new messages a sync brought that a person should hear of.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

/* One conversation with new messages. */
typedef struct {
  gint64  conversation_id;
  gint64  message_id;      /* the newest of them */
  guint   n_messages;      /* how many arrived */
  char   *channel;
  char   *customer;        /* the author's name, else handle */
  char   *first_line;      /* of the newest, translated when a translation is stored */
} FdNotifyItem;

void        fd_notify_item_free      (FdNotifyItem *item);

/* The highest message id of @account_id (0: any account): what a later
 * fd_notify_collect() starts after. -1 on error. */
gint64      fd_notify_last_id        (FdStore      *store,
                                      gint64        account_id,
                                      GError      **error);

/* How many messages of @account_id there are after @after_id: -1 on
 * error. */
gint64      fd_notify_count          (FdStore      *store,
                                      gint64        account_id,
                                      gint64        after_id,
                                      GError      **error);

/* The conversations with messages of @account_id after @after_id that
 * notify: from a customer (never ours), not answered or archived, in a
 * conversation that is neither snoozed nor archived (its message before
 * them archived). @lang: the language a stored translation is in to be
 * used, or NULL. Oldest first. (element-type FdNotifyItem) */
GPtrArray  *fd_notify_collect        (FdStore      *store,
                                      gint64        account_id,
                                      gint64        after_id,
                                      const char   *lang,
                                      GError      **error);

/* Who wrote in @conversation_id last (name, else handle), and its
 * channel: for a notice about the conversation. FALSE when it has none. */
gboolean    fd_notify_describe       (FdStore      *store,
                                      gint64        conversation_id,
                                      char        **customer,
                                      char        **channel,
                                      GError      **error);

/* How many customer messages of @conversation_id wait for an answer
 * (unread or read); -1 on error. */
gint64      fd_notify_count_waiting  (FdStore      *store,
                                      gint64        conversation_id,
                                      GError      **error);

/* Marks every customer message of @conversation_id answered. */
gboolean    fd_notify_mark_answered  (FdStore      *store,
                                      gint64        conversation_id,
                                      GError      **error);

/* A customer waiting for an answer, not yet reminded of. */
typedef struct {
  gint64  conversation_id;
  gint64  started_at;      /* when the wait began */
  char   *channel;
} FdNotifyWait;

void        fd_notify_wait_free      (FdNotifyWait *wait);

/* The open waits (the reports' table) begun at @since or later, for a
 * message that came through an account (not an import), in
 * conversations that are not snoozed, that no overdue reminder was given
 * for yet; oldest first. (element-type FdNotifyWait) */
GPtrArray  *fd_notify_open_waits     (FdStore      *store,
                                      gint64        since,
                                      GError      **error);
/* Records that the wait of @conversation_id begun at @started_at was
 * reminded of at @now. */
gboolean    fd_notify_mark_reminded  (FdStore      *store,
                                      gint64        conversation_id,
                                      gint64        started_at,
                                      gint64        now,
                                      GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdNotifyItem, fd_notify_item_free)

G_END_DECLS
