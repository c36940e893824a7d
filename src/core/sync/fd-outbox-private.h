/* fd-outbox-private.h: shared by fd-outbox.c and fd-outbox-reply.c.
 *
 * Each function runs inside a transaction the caller opened with
 * fd_store_begin() and closes with _fd_outbox_finish().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-outbox.h"

G_BEGIN_DECLS

/* Commits when @ok (FALSE when that fails), else rolls back; returns
 * whether the transaction was committed. */
gboolean        _fd_outbox_finish           (FdOutbox       *self,
                                             gboolean        ok,
                                             GError        **error);
/* A new pending entry; @account_id 0 while no account is known (it is
 * given one by fd_outbox_adopt_orphans()), @idempotency_key NULL for a
 * fresh one. */
gboolean        _fd_outbox_insert_entry     (FdOutbox       *self,
                                             gint64          account_id,
                                             gint64          conversation_id,
                                             gint64          message_id,
                                             const char     *action,
                                             const char     *payload,
                                             const char     *idempotency_key,
                                             gint64         *out_entry_id,
                                             GError        **error);
/* Sets the state and the error (NULL clears it) of an entry. */
gboolean        _fd_outbox_set_entry_state  (FdOutbox       *self,
                                             gint64          entry_id,
                                             FdOutboxState   state,
                                             const char     *message,
                                             GError        **error);
/* Loads @entry_id and checks that a person may still change it (it is
 * pending or failed). */
FdOutboxEntry  *_fd_outbox_load_changeable  (FdOutbox       *self,
                                             gint64          entry_id,
                                             GError        **error);

/* Write budgets (fd-outbox-budget.c). Whether @cost more points fit in
 * every write budget of @provider's channel now: @until 0 when they do,
 * else the unix time they will, and @window the budget's window in
 * seconds. Outside a transaction. */
gboolean        _fd_outbox_budget_check     (FdOutbox       *self,
                                             FdProvider     *provider,
                                             gint64          account_id,
                                             guint           cost,
                                             gint64         *until,
                                             guint          *window,
                                             GError        **error);
/* Counts @cost points spent now by @account_id, in the caller's
 * transaction. */
gboolean        _fd_outbox_budget_spend     (FdOutbox       *self,
                                             const char     *channel,
                                             gint64          account_id,
                                             guint           cost,
                                             GError        **error);
/* What a held entry says: "Waits for Bluesky’s hourly limit …". */
char           *_fd_outbox_budget_describe  (const char     *channel,
                                             guint           window,
                                             gint64          until);

G_END_DECLS
