/* fd-translation-cache.c: translations kept in the store, and the queue
 * of texts waiting for an engine (offline, or every engine failed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-sql.h"
#include "fd-store-private.h"
#include "fd-translation-manager-private.h"

char *
_fd_translation_text_hash (const char *text)
{
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
}

static FdTranslation *
translation_from_row (sqlite3_stmt *stmt)
{
  FdTranslation *translation = g_new0 (FdTranslation, 1);

  translation->text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  translation->from = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  translation->to = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  translation->engine = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  translation->created_at = sqlite3_column_int64 (stmt, 4);
  translation->cached = TRUE;
  return translation;
}

FdTranslation *
_fd_translation_cache_lookup (FdStore     *store,
                              const char  *hash,
                              const char  *from,
                              const char  *to)
{
  FdTranslation *translation = NULL;
  sqlite3_stmt *stmt;

  /* A known source first; any source (also "detected") as a fallback. */
  stmt = _fd_store_prepare (store,
                            "SELECT text, source_lang, target_lang, engine, created_at FROM translations"
                            " WHERE text_hash = ? AND target_lang = ?"
                            " ORDER BY source_lang = coalesce(?, source_lang) DESC, source_lang = '' LIMIT 1",
                            NULL);
  if (stmt == NULL)
    return NULL;
  _fd_sql_bind_text (stmt, 1, hash);
  _fd_sql_bind_text (stmt, 2, to);
  _fd_sql_bind_text (stmt, 3, from);
  if (sqlite3_step (stmt) == SQLITE_ROW &&
      (from == NULL || g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), from) == 0 ||
       *(const char *) sqlite3_column_text (stmt, 1) == '\0'))
    translation = translation_from_row (stmt);
  sqlite3_reset (stmt);

  return translation;
}

gboolean
_fd_translation_cache_save (FdStore     *store,
                            gint64       message_id,
                            const char  *hash,
                            const char  *from,
                            const char  *to,
                            const char  *engine,
                            const char  *text,
                            gboolean    *out_dequeued,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  if (!fd_store_begin (store, error))
    return FALSE;

  stmt = _fd_store_prepare (store,
                            "INSERT INTO translations (message_id, text_hash, source_lang, target_lang,"
                            " engine, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                            " ON CONFLICT DO UPDATE SET text = excluded.text, engine = excluded.engine,"
                            " created_at = excluded.created_at,"
                            " message_id = coalesce(message_id, excluded.message_id)", error);
  if (stmt == NULL)
    goto fail;
  if (message_id > 0)
    sqlite3_bind_int64 (stmt, 1, message_id);
  _fd_sql_bind_text (stmt, 2, hash);
  _fd_sql_bind_text (stmt, 3, from != NULL ? from : "");
  _fd_sql_bind_text (stmt, 4, to);
  _fd_sql_bind_text (stmt, 5, engine);
  _fd_sql_bind_text (stmt, 6, text);
  sqlite3_bind_int64 (stmt, 7, g_get_real_time () / G_USEC_PER_SEC);
  if (!_fd_sql_step (store, stmt, error))
    goto fail;

  stmt = _fd_store_prepare (store,
                            "DELETE FROM translation_queue WHERE text_hash = ? AND target_lang = ?", error);
  if (stmt == NULL)
    goto fail;
  _fd_sql_bind_text (stmt, 1, hash);
  _fd_sql_bind_text (stmt, 2, to);
  if (!_fd_sql_step (store, stmt, error))
    goto fail;
  *out_dequeued = sqlite3_changes (fd_store_get_db (store)) > 0;

  _fd_store_mark_written (store);
  if (!fd_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  fd_store_rollback (store);
  return FALSE;
}

gboolean
_fd_translation_cache_enqueue (FdStore     *store,
                               gint64       message_id,
                               const char  *hash,
                               const char  *text,
                               const char  *from,
                               const char  *to,
                               GError     **error)
{
  sqlite3_stmt *stmt;

  if (!fd_store_begin (store, error))
    return FALSE;

  stmt = _fd_store_prepare (store,
                            "INSERT INTO translation_queue (message_id, text_hash, text, source_lang,"
                            " target_lang, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                            " ON CONFLICT DO NOTHING", error);
  if (stmt == NULL)
    {
      fd_store_rollback (store);
      return FALSE;
    }
  if (message_id > 0)
    sqlite3_bind_int64 (stmt, 1, message_id);
  _fd_sql_bind_text (stmt, 2, hash);
  _fd_sql_bind_text (stmt, 3, text);
  _fd_sql_bind_text (stmt, 4, from != NULL ? from : "");
  _fd_sql_bind_text (stmt, 5, to);
  sqlite3_bind_int64 (stmt, 6, g_get_real_time () / G_USEC_PER_SEC);
  _fd_store_mark_written (store);
  if (!_fd_sql_step (store, stmt, error) || !fd_store_commit (store, error))
    {
      fd_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}
