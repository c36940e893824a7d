/* fd-notify-query.c: what the app's notifications say (fd-notify-query.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-notify-query.h"
#include "fd-sql.h"
#include "fd-store-private.h"

void
fd_notify_item_free (FdNotifyItem *item)
{
  if (item == NULL)
    return;
  g_free (item->channel);
  g_free (item->customer);
  g_free (item->first_line);
  g_free (item);
}

gint64
fd_notify_last_id (FdStore  *store,
                   gint64    account_id,
                   GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), -1);

  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT coalesce (max (id), 0) FROM messages WHERE ?1 = 0 OR account_id = ?1",
                                  error)))
    return -1;
  sqlite3_bind_int64 (stmt, 1, account_id);
  return _fd_sql_query_int (store, stmt, error);
}

gint64
fd_notify_count (FdStore  *store,
                 gint64    account_id,
                 gint64    after_id,
                 GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), -1);

  if (!(stmt = _fd_store_prepare (store, "SELECT count(*) FROM messages WHERE account_id = ?1 AND id > ?2", error)))
    return -1;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_int64 (stmt, 2, after_id);
  return _fd_sql_query_int (store, stmt, error);
}

/* The first line with something on it, without the whitespace around. */
static char *
first_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line != '\0')
        return g_strdup (line);
    }
  return g_strdup ("");
}

static char *
dup_text (sqlite3_stmt *stmt,
          int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

GPtrArray *
fd_notify_collect (FdStore     *store,
                   gint64       account_id,
                   gint64       after_id,
                   const char  *lang,
                   GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_notify_item_free);
  g_autoptr(GHashTable) by_conversation = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store,
                            "SELECT m.id, m.conversation_id, m.channel, coalesce (i.name, i.handle, ''),"
                            "       fd_text (m.text),"
                            "       (SELECT t.text FROM translations t WHERE t.message_id = m.id"
                            "        AND t.target_lang = ?3 AND coalesce (m.lang, '') != ?3 LIMIT 1)"
                            " FROM messages m LEFT JOIN identities i ON i.id = m.identity_id"
                            " WHERE (?1 = 0 OR m.account_id = ?1) AND m.id > ?2"
                            "   AND m.direction = " FD_SQL_IN " AND m.state < " FD_SQL_ANSWERED
                            "   AND NOT EXISTS (" FD_SQL_SNOOZED ")"
                            "   AND coalesce ((SELECT p.state FROM messages p"
                            "                  WHERE p.conversation_id = m.conversation_id AND p.sort_key < m.sort_key"
                            "                  ORDER BY p.sort_key DESC LIMIT 1), 0) != " FD_SQL_ARCHIVED
                            " ORDER BY m.sort_key",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_int64 (stmt, 2, after_id);
  _fd_sql_bind_text (stmt, 3, lang != NULL ? lang : "");

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 conversation_id = sqlite3_column_int64 (stmt, 1);
      FdNotifyItem *item = g_hash_table_lookup (by_conversation, &conversation_id);

      if (item == NULL)
        {
          item = g_new0 (FdNotifyItem, 1);
          item->conversation_id = conversation_id;
          item->channel = dup_text (stmt, 2);
          g_ptr_array_add (items, item);
          g_hash_table_insert (by_conversation, &item->conversation_id, item);
        }

      item->n_messages++;
      item->message_id = sqlite3_column_int64 (stmt, 0);
      g_free (item->customer);
      item->customer = dup_text (stmt, 3);
      g_free (item->first_line);
      item->first_line = first_line ((const char *) sqlite3_column_text (stmt,
                                                                         sqlite3_column_type (stmt, 5) != SQLITE_NULL ? 5 : 4));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

gboolean
fd_notify_describe (FdStore  *store,
                    gint64    conversation_id,
                    char    **customer,
                    char    **channel,
                    GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  stmt = _fd_store_prepare (store,
                            "SELECT coalesce (i.name, i.handle, ''), m.channel"
                            " FROM messages m LEFT JOIN identities i ON i.id = m.identity_id"
                            " WHERE m.conversation_id = ? AND m.direction = " FD_SQL_IN
                            " ORDER BY m.sort_key DESC LIMIT 1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, conversation_id);

  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *customer = dup_text (stmt, 0);
      *channel = dup_text (stmt, 1);
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    _fd_store_set_error (fd_store_get_db (store), rc, error);
  else
    g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND,
                 _("There is no conversation %lld."), (long long) conversation_id);
  return FALSE;
}

gboolean
fd_notify_mark_answered (FdStore  *store,
                         gint64    conversation_id,
                         GError  **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if (!fd_store_begin (store, error))
    return FALSE;
  if (!_fd_sql_exec_ints (store,
                          "UPDATE messages SET state = " FD_SQL_ANSWERED
                          " WHERE conversation_id = ?1 AND direction = " FD_SQL_IN " AND state < " FD_SQL_ANSWERED,
                          error, 1, conversation_id))
    {
      fd_store_rollback (store);
      return FALSE;
    }
  _fd_store_mark_written (store);
  if (!fd_store_commit (store, error))
    {
      fd_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

void
fd_notify_wait_free (FdNotifyWait *wait)
{
  if (wait == NULL)
    return;
  g_free (wait->channel);
  g_free (wait);
}

GPtrArray *
fd_notify_open_waits (FdStore  *store,
                      gint64    since,
                      GError  **error)
{
  g_autoptr(GPtrArray) waits = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_notify_wait_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store,
                            "SELECT w.conversation_id, min (w.started_at), w.channel FROM waits w"
                            " WHERE w.kind = 0 AND w.ended_at IS NULL AND w.started_at >= ?1"
                            "   AND EXISTS (SELECT 1 FROM messages m WHERE m.id = w.message_id"
                            "               AND m.account_id IS NOT NULL)"
                            "   AND NOT EXISTS (SELECT 1 FROM snoozes s WHERE s.conversation_id = w.conversation_id"
                            "                   AND s.woken_at IS NULL)"
                            "   AND NOT EXISTS (SELECT 1 FROM overdue_reminders r"
                            "                   WHERE r.conversation_id = w.conversation_id AND r.started_at = w.started_at)"
                            " GROUP BY w.conversation_id ORDER BY 2",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, since);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdNotifyWait *wait = g_new0 (FdNotifyWait, 1);

      wait->conversation_id = sqlite3_column_int64 (stmt, 0);
      wait->started_at = sqlite3_column_int64 (stmt, 1);
      wait->channel = dup_text (stmt, 2);
      g_ptr_array_add (waits, wait);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }
  return g_steal_pointer (&waits);
}

gboolean
fd_notify_mark_reminded (FdStore  *store,
                         gint64    conversation_id,
                         gint64    started_at,
                         gint64    now,
                         GError  **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if (!fd_store_begin (store, error))
    return FALSE;
  if (!_fd_sql_exec_ints (store,
                          "INSERT OR IGNORE INTO overdue_reminders (conversation_id, started_at, reminded_at)"
                          " VALUES (?1, ?2, ?3)",
                          error, 3, conversation_id, started_at, now))
    {
      fd_store_rollback (store);
      return FALSE;
    }
  _fd_store_mark_written (store);
  if (!fd_store_commit (store, error))
    {
      fd_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

gint64
fd_notify_count_waiting (FdStore  *store,
                         gint64    conversation_id,
                         GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), -1);

  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT count(*) FROM messages WHERE conversation_id = ?"
                                  " AND direction = " FD_SQL_IN " AND state < " FD_SQL_ANSWERED,
                                  error)))
    return -1;
  sqlite3_bind_int64 (stmt, 1, conversation_id);
  return _fd_sql_query_int (store, stmt, error);
}
