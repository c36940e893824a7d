/* fd-message-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>
#include "fd-message.h"
#include "fd-sql.h"

G_BEGIN_DECLS

/* The columns _fd_message_new_from_stmt() reads, in this order. "m" is
 * messages, "c" conversations, "i" identities. */
#define FD_MESSAGE_COLUMNS_WITH(html) \
  "m.id, m.sort_key, m.conversation_id, m.account_id, i.customer_id, m.channel, " \
  "m.remote_id, m.in_reply_to, c.remote_id, i.handle, i.name, m.subject, fd_text (m.text), " \
  html ", m.lang, m.url, m.created_at, m.direction, m.state, m.truncated, " \
  "(SELECT o.state FROM outbox o WHERE o.message_id = m.id ORDER BY o.id DESC LIMIT 1), " \
  "m.repeat_count, m.n_attachments, m.recipient, " \
  FD_MESSAGE_RECIPIENT_NAME ", m.visibility, " \
  "(SELECT s.until FROM snoozes s WHERE s.conversation_id = m.conversation_id AND s.woken_at IS NULL), " \
  "m.edited_at, m.deleted_at"

/* Whom one of our messages went to, as a person reads it: the name or
 * handle written to, else the author of the message answered (imported
 * replies say no more). Indexed lookups, for our messages only. */
#define FD_MESSAGE_RECIPIENT_NAME \
  "CASE WHEN m.direction = " FD_SQL_OUT " THEN coalesce (" \
  "(SELECT coalesce (ri.name, ri.handle) FROM identities ri" \
  "  WHERE ri.channel = m.channel AND ri.handle = m.recipient), m.recipient, " \
  "(SELECT coalesce (pi.name, pi.handle) FROM messages pm JOIN identities pi ON pi.id = pm.identity_id" \
  "  WHERE pm.channel = m.channel AND pm.remote_id = m.in_reply_to)) END"

/* A message whole, and as lists show it: without its HTML, which is
 * stored compressed and only wanted for the message itself. */
#define FD_MESSAGE_COLUMNS FD_MESSAGE_COLUMNS_WITH ("fd_html (m.html, m.text)")
#define FD_MESSAGE_LIST_COLUMNS FD_MESSAGE_COLUMNS_WITH ("NULL")

#define FD_MESSAGE_JOINS \
  " JOIN conversations c ON c.id = m.conversation_id" \
  " LEFT JOIN identities i ON i.id = m.identity_id"

FdMessage *_fd_message_new_from_stmt (sqlite3_stmt *stmt);

G_END_DECLS
