/* fd-waits.c: the waits table, kept up to date as messages arrive and
 * replies go out (fd-waits-sql.h has the definition; the triggers made
 * with the table end a wait when its messages are marked answered).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-reports-private.h"
#include "fd-sql.h"
#include "fd-store-private.h"
#include "fd-waits-sql.h"

/* The waits a reply ends: the open one, and those of customers' messages
 * that came in already answered (a server's flag: answered in another
 * program, whose reply arrives after them). A wait someone marked answered
 * ended then; those marked on arrival end where they start. */
#define ENDED_BY_REPLY \
  "(kind = " G_STRINGIFY (FD_WAIT_OPEN) \
  " OR (kind = " G_STRINGIFY (FD_WAIT_MARKED) " AND ended_at = started_at))"

gboolean
_fd_waits_rebuild (FdStore  *store,
                   gint64    conversation_id,
                   GError  **error)
{
  _fd_store_mark_written (store);
  return _fd_sql_exec_ints (store, "DELETE FROM waits WHERE conversation_id = ?1",
                            error, 1, conversation_id) &&
         _fd_sql_exec_ints (store, FD_WAITS_SQL_BUILD ("m.conversation_id = ?1"),
                            error, 1, conversation_id);
}

gboolean
_fd_waits_on_insert (FdStore                *store,
                     const FdParsedMessage  *msg,
                     gint64                  message_id,
                     gint64                  conversation_id,
                     gint64                  sort_key,
                     GError                **error)
{
  sqlite3_stmt *stmt;
  gint64 newer, open;

  /* A queued reply has not reached the customer. */
  if (msg->direction == FD_DIRECTION_OUT && msg->unsent)
    return TRUE;

  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT EXISTS (SELECT 1 FROM messages WHERE conversation_id = ?1 AND sort_key > ?2)",
                                  error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, conversation_id);
  sqlite3_bind_int64 (stmt, 2, sort_key);
  if ((newer = _fd_sql_query_int (store, stmt, error)) < 0)
    return FALSE;
  if (newer)
    return _fd_waits_rebuild (store, conversation_id, error);

  if (msg->direction == FD_DIRECTION_OUT)
    return _fd_sql_exec_ints (store,
                              "UPDATE waits SET kind = " G_STRINGIFY (FD_WAIT_REPLIED) ","
                              " ended_at = max (started_at, ?3), reply_id = ?2"
                              " WHERE conversation_id = ?1 AND " ENDED_BY_REPLY,
                              error, 3, conversation_id, message_id, msg->created_at);

  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT EXISTS (SELECT 1 FROM waits WHERE conversation_id = ?1"
                                  " AND kind = " G_STRINGIFY (FD_WAIT_OPEN) ")", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, conversation_id);
  if ((open = _fd_sql_query_int (store, stmt, error)) < 0)
    return FALSE;
  if (open)
    return TRUE;

  /* Answered already when it arrived (a flag from the server, an
   * import): marked answered, when is not known. */
  if (!(stmt = _fd_store_prepare (store,
                                  "INSERT INTO waits (conversation_id, message_id, channel, started_at, ended_at, kind)"
                                  " VALUES (?1, ?2, ?3, ?4, CASE WHEN ?5 THEN ?4 END,"
                                  " CASE WHEN ?5 THEN " G_STRINGIFY (FD_WAIT_MARKED) " ELSE " G_STRINGIFY (FD_WAIT_OPEN) " END)",
                                  error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, conversation_id);
  sqlite3_bind_int64 (stmt, 2, message_id);
  _fd_sql_bind_text (stmt, 3, msg->channel);
  sqlite3_bind_int64 (stmt, 4, msg->created_at);
  sqlite3_bind_int (stmt, 5, msg->state >= FD_MESSAGE_STATE_ANSWERED);

  return _fd_sql_step (store, stmt, error);
}

gboolean
_fd_waits_on_reply_sent (FdStore  *store,
                         gint64    reply_id,
                         gint64    sent_at,
                         GError  **error)
{
  return _fd_sql_exec_ints (store,
                            "UPDATE waits SET kind = " G_STRINGIFY (FD_WAIT_REPLIED) ","
                            " ended_at = max (started_at, ?2), reply_id = ?1"
                            " WHERE conversation_id = (SELECT conversation_id FROM messages WHERE id = ?1)"
                            " AND " ENDED_BY_REPLY,
                            error, 2, reply_id, sent_at);
}

gint64
fd_reports_get_open_wait (FdStore  *store,
                          gint64    conversation_id,
                          GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), -1);

  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT started_at FROM waits WHERE conversation_id = ?1"
                                  " AND kind = " G_STRINGIFY (FD_WAIT_OPEN)
                                  " ORDER BY started_at LIMIT 1", error)))
    return -1;
  sqlite3_bind_int64 (stmt, 1, conversation_id);

  return _fd_sql_query_int (store, stmt, error);
}
