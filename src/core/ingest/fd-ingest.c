/* fd-ingest.c: the one path by which messages enter the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-customers-private.h"
#include "fd-ingest.h"
#include "fd-language-private.h"
#include "fd-repeats-private.h"
#include "fd-reports-private.h"
#include "fd-sql.h"
#include "fd-store-private.h"

void
fd_ingest_precompute_for (FdStore         *store,
                          FdParsedMessage *msg)
{
  g_return_if_fail (store == NULL || FD_IS_STORE (store));
  g_return_if_fail (msg != NULL);

  _fd_language_precompute (msg);
  _fd_repeats_precompute (msg);
  _fd_store_precompute (store != NULL ? _fd_store_get_text_dicts (store) : NULL, msg);
}

void
fd_ingest_precompute (FdParsedMessage *msg)
{
  fd_ingest_precompute_for (NULL, msg);
}

/* Every step of one message, inside its savepoint. */
static gboolean
ingest_steps (FdStore                *store,
              const FdParsedMessage  *msg,
              FdStoreMessageRows     *rows,
              GError                **error)
{
  gboolean incoming = msg->direction == FD_DIRECTION_IN;
  g_auto(FdRepeatsFound) found = { 0, };
  const char *lang = NULL;

  if (!_fd_store_write_identities (store, msg, rows, error))
    return FALSE;

  /* Detected when the channel did not say, or said wrong; counted
   * toward the customer's usual language. */
  if (!_fd_language_tag_message (store, msg, rows->customer_id, &lang, error))
    return FALSE;

  if (!_fd_store_write_message (store, msg, lang, rows, error))
    return FALSE;

  /* A customer's message may start a wait for our reply, a reply of
   * ours that went out ends one. */
  if (!_fd_waits_on_insert (store, msg, rows->message_id, rows->conversation_id,
                            rows->sort_key, error))
    return FALSE;

  /* Link identities that are one person: the customer may become an
   * older one it was merged into. */
  if (incoming && rows->customer_id != 0 &&
      !_fd_customers_on_insert (store, rows->identity_id, msg, &rows->customer_id, error))
    return FALSE;

  /* Earlier copies of this post. A program's mail repeats itself by
   * design: not a complaint. */
  if (!msg->automated &&
      !_fd_repeats_on_insert (store, rows->message_id, rows->customer_id, msg->text,
                              msg->repeats_signature, msg->created_at,
                              msg->direction, &found, error))
    return FALSE;

  /* Customers of the same name who may be one person, from what the
   * repeats step found. */
  if (!_fd_customers_suggest_links (store, rows->message_id, &found, error))
    return FALSE;

  return TRUE;
}

FdInsertResult
fd_ingest_message (FdStore                *store,
                   const FdParsedMessage  *msg,
                   gint64                 *out_id,
                   GError                **error)
{
  FdStoreMessageRows rows = { 0, };
  gint64 existing;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (store), FD_INSERT_ERROR);
  g_return_val_if_fail (msg != NULL, FD_INSERT_ERROR);

  if (msg->channel == NULL || *msg->channel == '\0' ||
      msg->remote_id == NULL || *msg->remote_id == '\0')
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("A message needs a channel and an id."));
      return FD_INSERT_ERROR;
    }

  existing = _fd_store_find_message (store, msg->channel, msg->remote_id, error);
  if (existing < 0)
    return FD_INSERT_ERROR;
  if (existing > 0)
    {
      if (out_id != NULL)
        *out_id = existing;
      return FD_INSERT_DUPLICATE;
    }

  if (!_fd_store_message_begin (store, error))
    return FD_INSERT_ERROR;

  ok = ingest_steps (store, msg, &rows, error);
  if (!_fd_store_message_end (store, ok, ok ? error : NULL))
    return FD_INSERT_ERROR;

  if (out_id != NULL)
    *out_id = rows.message_id;

  return FD_INSERT_ADDED;
}

gboolean
fd_ingest_error_stops_run (const GError *error)
{
  /* Each of these fails every message after it too. Anything else is
   * about this message: one malformed message must not stop a run, nor
   * an account forever. */
  return g_error_matches (error, FD_STORE_ERROR, FD_STORE_ERROR_FULL) ||
         g_error_matches (error, FD_STORE_ERROR, FD_STORE_ERROR_BUSY) ||
         g_error_matches (error, FD_STORE_ERROR, FD_STORE_ERROR_IO) ||
         g_error_matches (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT);
}

/* The author's edit of a stored message: the text is replaced, the
 * search index follows, and the message shows as edited. Returns 1 when
 * a stored message took the edit, 0 when there is none, -1 on error. */
static int
apply_edit (FdStore                *store,
            const FdParsedMessage  *msg,
            gint64                 *out_id,
            GError                **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  if (!(stmt = _fd_store_prepare (store, "SELECT id FROM messages WHERE channel = ? AND remote_id = ?", error)))
    return -1;
  sqlite3_bind_text (stmt, 1, msg->channel, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, msg->remote_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return -1;
    }
  if (id == 0)
    return 0;

  if (!_fd_sql_fts_remove (store, id, error))
    return -1;
  /* An edit older than the one stored (updates out of order) changes nothing. */
  if (!(stmt = _fd_store_prepare (store,
                                  "UPDATE messages SET text = ?1, html = NULL, edited_at = ?2"
                                  " WHERE id = ?3 AND coalesce (edited_at, 0) <= ?2", error)))
    return -1;
  sqlite3_bind_text (stmt, 1, msg->text != NULL ? msg->text : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, msg->edited_at);
  sqlite3_bind_int64 (stmt, 3, id);
  if (!_fd_sql_step (store, stmt, error) || !_fd_sql_fts_add (store, id, error))
    return -1;

  if (out_id != NULL)
    *out_id = id;
  return 1;
}

gboolean
fd_ingest_mark_deleted (FdStore                *store,
                        const FdParsedMessage  *msg,
                        GError                **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  g_return_val_if_fail (msg != NULL && msg->deleted_at > 0, FALSE);

  if (msg->channel == NULL || msg->remote_id == NULL)
    return TRUE;
  if (!(stmt = _fd_store_prepare (store,
                                  "UPDATE messages SET deleted_at = ?1 WHERE channel = ?2 AND remote_id = ?3"
                                  " AND deleted_at IS NULL", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, msg->deleted_at);
  sqlite3_bind_text (stmt, 2, msg->channel, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, msg->remote_id, -1, SQLITE_TRANSIENT);

  return _fd_sql_step (store, stmt, error);
}

FdIngestOutcome
fd_ingest_run_message (FdStore          *store,
                       FdParsedMessage  *msg,
                       gint64           *out_id,
                       GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id = 0;

  g_return_val_if_fail (FD_IS_STORE (store), FD_INGEST_STOP);
  g_return_val_if_fail (msg != NULL, FD_INGEST_STOP);

  if (!fd_parsed_message_sanitize (msg, error))
    return FD_INGEST_SKIPPED;

  if (msg->edited_at > 0)
    {
      switch (apply_edit (store, msg, out_id, &local_error))
        {
        case 1:
          return FD_INGEST_DUPLICATE;
        case 0:
          break;
        default:
          {
            gboolean stop = fd_ingest_error_stops_run (local_error);

            g_propagate_error (error, g_steal_pointer (&local_error));
            return stop ? FD_INGEST_STOP : FD_INGEST_SKIPPED;
          }
        }
    }

  switch (fd_ingest_message (store, msg, &id, &local_error))
    {
    case FD_INSERT_ADDED:
      if (out_id != NULL)
        *out_id = id;
      /* The first copy seen was already an edit. */
      if (msg->edited_at > 0 &&
          !_fd_sql_exec_ints (store, "UPDATE messages SET edited_at = ?1 WHERE id = ?2", &local_error,
                              2, msg->edited_at, id))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FD_INGEST_STOP;
        }
      return FD_INGEST_ADDED;
    case FD_INSERT_DUPLICATE:
      if (out_id != NULL)
        *out_id = id;
      return FD_INGEST_DUPLICATE;
    case FD_INSERT_ERROR:
    default:
      {
        gboolean stop = fd_ingest_error_stops_run (local_error);

        g_propagate_error (error, g_steal_pointer (&local_error));
        return stop ? FD_INGEST_STOP : FD_INGEST_SKIPPED;
      }
    }
}
