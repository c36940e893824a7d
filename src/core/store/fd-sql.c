/* fd-sql.c: shared SQL helpers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>

#include "fd-sql.h"
#include "fd-store-private.h"

void
_fd_sql_bind_text (sqlite3_stmt *stmt,
                   int           idx,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, idx, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, idx);
}

gboolean
_fd_sql_step (FdStore       *store,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

gint64
_fd_sql_query_int (FdStore       *store,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  int rc = sqlite3_step (stmt);
  gint64 value = 0;

  if (rc == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      value = -1;
    }
  sqlite3_reset (stmt);

  return value;
}

gboolean
_fd_sql_exec (FdStore     *store,
              const char  *sql,
              GError     **error)
{
  sqlite3 *db = fd_store_get_db (store);
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _fd_store_set_error (db, rc, error);

  return TRUE;
}

gboolean
_fd_sql_exec_ints (FdStore     *store,
                   const char  *sql,
                   GError     **error,
                   guint        n,
                   ...)
{
  sqlite3_stmt *stmt = _fd_store_prepare (store, sql, error);
  va_list args;

  if (stmt == NULL)
    return FALSE;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
  va_end (args);

  return _fd_sql_step (store, stmt, error);
}

gboolean
_fd_sql_fts_add (FdStore  *store,
                 gint64    message_id,
                 GError  **error)
{
  return _fd_sql_exec_ints (store,
                            "INSERT INTO messages_fts (rowid, subject, text, author)"
                            " SELECT s.sort_key, s.subject, s.text, s.author"
                            " FROM messages_fts_source s JOIN messages m ON m.sort_key = s.sort_key"
                            " WHERE m.id = ?1",
                            error, 1, message_id);
}

gboolean
_fd_sql_fts_remove (FdStore  *store,
                    gint64    message_id,
                    GError  **error)
{
  return _fd_store_flush_fts (store, error) &&
         _fd_sql_exec_ints (store,
                            "INSERT INTO messages_fts (messages_fts, rowid, subject, text, author)"
                            " SELECT 'delete', s.sort_key, s.subject, s.text, s.author"
                            " FROM messages_fts_source s JOIN messages m ON m.sort_key = s.sort_key"
                            " WHERE m.id = ?1",
                            error, 1, message_id);
}
