/* fd-sql.h: the small SQL helpers every core module that writes the store
 * shares, instead of each keeping its own copy. Internal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>
#include "fd-store.h"

G_BEGIN_DECLS

/* The stored values of the enums that conditions on messages.direction
 * and messages.state and on outbox.state compare with, to write into SQL
 * text: "direction = " FD_SQL_IN. They stay constants in the SQL rather
 * than bound parameters because a bound value there makes SQLite plan the
 * statement again at every use (it may pick the partial index
 * messages_unanswered only for the values it was planned with), which the
 * import's writer would pay for every message. Other enums are bound. */
#define FD_SQL_IN        "0"
#define FD_SQL_OUT       "1"
#define FD_SQL_UNREAD    "0"
#define FD_SQL_READ      "1"
#define FD_SQL_ANSWERED  "2"
#define FD_SQL_ARCHIVED  "3"
#define FD_SQL_OUTBOX_SENT "2"

/* The sleeping snooze of message m's conversation (fd-snooze.h). */
#define FD_SQL_SNOOZED \
  "SELECT 1 FROM snoozes s WHERE s.conversation_id = m.conversation_id AND s.woken_at IS NULL"

G_STATIC_ASSERT (FD_DIRECTION_IN == 0 && FD_DIRECTION_OUT == 1);
G_STATIC_ASSERT (FD_MESSAGE_STATE_UNREAD == 0 && FD_MESSAGE_STATE_READ == 1);
G_STATIC_ASSERT (FD_MESSAGE_STATE_ANSWERED == 2 && FD_MESSAGE_STATE_ARCHIVED == 3);
G_STATIC_ASSERT (FD_OUTBOX_SENT == 2);

/* Binds @text, or NULL as SQL NULL; SQLite keeps its own copy. */
void      _fd_sql_bind_text   (sqlite3_stmt  *stmt,
                               int            idx,
                               const char    *text);

/* Steps @stmt once and resets it: FALSE with @error set unless the step
 * gave a row or finished. Use it for statements that write. */
gboolean  _fd_sql_step        (FdStore       *store,
                               sqlite3_stmt  *stmt,
                               GError       **error);

/* The first column of the first row of @stmt, 0 without a row, -1 with
 * @error set on error. Resets @stmt. */
gint64    _fd_sql_query_int   (FdStore       *store,
                               sqlite3_stmt  *stmt,
                               GError       **error);

/* Runs @sql (one or more statements, nothing bound, not cached). */
gboolean  _fd_sql_exec        (FdStore       *store,
                               const char    *sql,
                               GError       **error);

/* Runs the cached statement @sql once, binding @n gint64 arguments to
 * ?1..?n. Pass them as gint64: an int literal is read wrongly. */
gboolean  _fd_sql_exec_ints   (FdStore       *store,
                               const char    *sql,
                               GError       **error,
                               guint          n,
                               ...);

/* The full-text index has external content, so its rows follow the
 * message's by hand. Add after a message's indexed columns were written;
 * remove before they change or go (it indexes any row still pending in
 * this transaction first, as a 'delete' of a row not yet indexed would
 * damage the index). */
gboolean  _fd_sql_fts_add     (FdStore       *store,
                               gint64         message_id,
                               GError       **error);
gboolean  _fd_sql_fts_remove  (FdStore       *store,
                               gint64         message_id,
                               GError       **error);

G_END_DECLS
