/* fd-store-query.c: reading the store, and the drafts the UI writes.
 * Replies go into the outbox through fd_outbox_queue_reply().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-message-private.h"
#include "fd-store-private.h"
#include "fd-sql.h"

/* Largest number of keys bound in one IN (...) list. */
#define KEYS_PER_QUERY 500

typedef struct {
  GString   *sql;
  GPtrArray *text_args;   /* (element-type utf8) bound in order */
  GArray    *int_args;    /* gint64, bound after the text args' positions */
  GArray    *arg_kinds;   /* char: 't' or 'i', in binding order */
} QueryBuilder;

static void
builder_init (QueryBuilder *qb)
{
  qb->sql = g_string_new (NULL);
  qb->text_args = g_ptr_array_new_with_free_func (g_free);
  qb->int_args = g_array_new (FALSE, FALSE, sizeof (gint64));
  qb->arg_kinds = g_array_new (FALSE, FALSE, sizeof (char));
}

static void
builder_clear (QueryBuilder *qb)
{
  g_string_free (qb->sql, TRUE);
  g_ptr_array_unref (qb->text_args);
  g_array_unref (qb->int_args);
  g_array_unref (qb->arg_kinds);
}

static void
builder_text (QueryBuilder *qb,
              const char   *value)
{
  char kind = 't';

  g_ptr_array_add (qb->text_args, g_strdup (value));
  g_array_append_val (qb->arg_kinds, kind);
}

static void
builder_int (QueryBuilder *qb,
             gint64        value)
{
  char kind = 'i';

  g_array_append_val (qb->int_args, value);
  g_array_append_val (qb->arg_kinds, kind);
}

static sqlite3_stmt *
builder_prepare (FdStore       *self,
                 QueryBuilder  *qb,
                 GError       **error)
{
  sqlite3_stmt *stmt;
  guint t = 0, n = 0;

  if (!(stmt = _fd_store_prepare (self, qb->sql->str, error)))
    return NULL;

  for (guint i = 0; i < qb->arg_kinds->len; i++)
    {
      if (g_array_index (qb->arg_kinds, char, i) == 't')
        sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (qb->text_args, t++), -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (stmt, i + 1, g_array_index (qb->int_args, gint64, n++));
    }

  return stmt;
}

/* Appends FROM and WHERE for @filter. The sort key column is "k". */
static void
append_from_where (QueryBuilder   *qb,
                   const FdFilter *filter,
                   gboolean        with_joins,
                   gint64          after_key)
{
  gboolean newest = filter->order == FD_SORT_NEWEST;

  if (filter->fts != NULL)
    g_string_append (qb->sql, " FROM messages_fts f JOIN messages m ON m.sort_key = f.rowid");
  else
    g_string_append (qb->sql, " FROM messages m");

  if (with_joins || filter->from != NULL || filter->customer_id != 0)
    g_string_append (qb->sql, FD_MESSAGE_JOINS);

  g_string_append (qb->sql, " WHERE 1");

  if (filter->fts != NULL)
    {
      g_string_append (qb->sql, " AND messages_fts MATCH ?");
      builder_text (qb, filter->fts);
    }

  switch (filter->view)
    {
    case FD_VIEW_ALL:
      g_string_append (qb->sql, " AND m.state != " FD_SQL_ARCHIVED);
      break;
    case FD_VIEW_EVERYTHING:
      break;
    case FD_VIEW_UNANSWERED:
      g_string_append (qb->sql, " AND m.direction = " FD_SQL_IN " AND m.state < " FD_SQL_ANSWERED
                                " AND NOT EXISTS (" FD_SQL_SNOOZED ")");
      break;
    case FD_VIEW_SNOOZED:
      g_string_append (qb->sql, " AND EXISTS (" FD_SQL_SNOOZED ")"
                                " AND m.sort_key = (SELECT max (n.sort_key) FROM messages n"
                                " WHERE n.conversation_id = m.conversation_id)");
      break;
    case FD_VIEW_REPEATED:
      g_string_append (qb->sql, " AND m.repeat_count > 1 AND m.state != " FD_SQL_ARCHIVED);
      break;
    case FD_VIEW_OUTBOX:
      g_string_append (qb->sql, " AND m.direction = " FD_SQL_OUT " AND EXISTS (SELECT 1 FROM outbox o"
                                " WHERE o.message_id = m.id AND o.state != " FD_SQL_OUTBOX_SENT ")");
      break;
    case FD_VIEW_ARCHIVED:
      g_string_append (qb->sql, " AND m.state = " FD_SQL_ARCHIVED);
      break;
    default:
      g_assert_not_reached ();
    }

  if (filter->channel != NULL)
    {
      g_string_append (qb->sql, " AND m.channel = ?");
      builder_text (qb, filter->channel);
    }
  if (filter->lang != NULL)
    {
      g_string_append (qb->sql, " AND m.lang = ?");
      builder_text (qb, filter->lang);
    }
  if (filter->account_id != 0)
    {
      g_string_append (qb->sql, " AND m.account_id = ?");
      builder_int (qb, filter->account_id);
    }
  if (filter->state >= 0)
    {
      g_string_append (qb->sql, " AND m.state = ?");
      builder_int (qb, filter->state);
    }
  if (filter->has_direction)
    {
      g_string_append (qb->sql, " AND m.direction = ?");
      builder_int (qb, filter->direction);
    }
  if (filter->customer_id != 0)
    {
      g_string_append (qb->sql, " AND (i.customer_id = ? OR c.customer_id = ?)");
      builder_int (qb, filter->customer_id);
      builder_int (qb, filter->customer_id);
    }
  if (filter->from != NULL)
    {
      g_autofree char *like = g_strdup_printf ("%%%s%%", filter->from);

      g_string_append (qb->sql, " AND (i.handle LIKE ? OR i.name LIKE ?)");
      builder_text (qb, like);
      builder_text (qb, like);
    }

  if (filter->fts_not != NULL)
    {
      g_string_append (qb->sql, " AND m.sort_key NOT IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?)");
      builder_text (qb, filter->fts_not);
    }
  for (guint i = 0; filter->authors != NULL && i < filter->authors->len; i++)
    {
      g_string_append (qb->sql, " AND m.identity_id IN (SELECT rowid FROM identities_fts WHERE identities_fts MATCH ?)");
      builder_text (qb, g_ptr_array_index (filter->authors, i));
    }
  for (guint i = 0; filter->not_authors != NULL && i < filter->not_authors->len; i++)
    {
      g_string_append (qb->sql, " AND coalesce (m.identity_id, 0) NOT IN"
                                " (SELECT rowid FROM identities_fts WHERE identities_fts MATCH ?)");
      builder_text (qb, g_ptr_array_index (filter->not_authors, i));
    }
  /* Phrases: the index found rows with all the words; are they in order? */
  for (guint i = 0; filter->phrases != NULL && i < filter->phrases->len; i++)
    {
      g_string_append (qb->sql, " AND fd_phrase (?, m.subject, fd_index_text (m.text))");
      builder_text (qb, g_ptr_array_index (filter->phrases, i));
    }
  for (guint i = 0; filter->not_phrases != NULL && i < filter->not_phrases->len; i++)
    {
      g_string_append (qb->sql, " AND NOT fd_phrase (?, m.subject, fd_index_text (m.text))");
      builder_text (qb, g_ptr_array_index (filter->not_phrases, i));
    }

  if (after_key > 0)
    {
      /* With a full-text match, constrain the index's rowid so that FTS5
       * itself starts from the key instead of filtering afterwards. */
      g_string_append_printf (qb->sql, " AND %s %s ?",
                              filter->fts != NULL ? "f.rowid" : "m.sort_key",
                              newest ? "<" : ">");
      builder_int (qb, after_key);
    }

  g_string_append_printf (qb->sql, " ORDER BY %s %s",
                          filter->fts != NULL ? "f.rowid" : "m.sort_key",
                          newest ? "DESC" : "ASC");
}

static GPtrArray *
collect_messages (FdStore       *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (messages, _fd_message_new_from_stmt (stmt));

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (self), rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  sqlite3_reset (stmt);
  return g_steal_pointer (&messages);
}

GPtrArray *
fd_store_list (FdStore        *self,
               const FdFilter *filter,
               gint64          after_key,
               guint           limit,
               GError        **error)
{
  QueryBuilder qb;
  sqlite3_stmt *stmt;
  GPtrArray *result = NULL;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  builder_init (&qb);
  g_string_append (qb.sql, "SELECT " FD_MESSAGE_LIST_COLUMNS);
  append_from_where (&qb, filter, TRUE, after_key);
  g_string_append (qb.sql, " LIMIT ?");
  builder_int (&qb, limit > 0 ? limit : G_MAXINT);

  if ((stmt = builder_prepare (self, &qb, error)))
    result = collect_messages (self, stmt, error);

  builder_clear (&qb);
  return result;
}

GArray *
fd_store_list_keys (FdStore        *self,
                    const FdFilter *filter,
                    GError        **error)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  QueryBuilder qb;
  sqlite3_stmt *stmt;
  int rc = SQLITE_DONE;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  builder_init (&qb);
  g_string_append (qb.sql, "SELECT m.sort_key");
  append_from_where (&qb, filter, FALSE, 0);

  if ((stmt = builder_prepare (self, &qb, error)))
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 key = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (keys, key);
        }
      sqlite3_reset (stmt);
    }
  builder_clear (&qb);

  if (stmt == NULL)
    return NULL;
  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (self), rc, error);
      return NULL;
    }

  return g_steal_pointer (&keys);
}

guint
fd_store_count (FdStore        *self,
                const FdFilter *filter,
                GError        **error)
{
  QueryBuilder qb;
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (FD_IS_STORE (self), 0);
  g_return_val_if_fail (filter != NULL, 0);

  builder_init (&qb);
  g_string_append (qb.sql, "SELECT count(*)");
  append_from_where (&qb, filter, FALSE, 0);

  if ((stmt = builder_prepare (self, &qb, error)))
    {
      int rc = sqlite3_step (stmt);

      if (rc == SQLITE_ROW)
        count = (guint) sqlite3_column_int64 (stmt, 0);
      else
        _fd_store_set_error (fd_store_get_db (self), rc, error);
      sqlite3_reset (stmt);
    }
  builder_clear (&qb);

  return count;
}

GPtrArray *
fd_store_get_by_keys (FdStore       *self,
                      const gint64  *keys,
                      guint          n_keys,
                      GError       **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  g_return_val_if_fail (FD_IS_STORE (self), NULL);
  g_return_val_if_fail (keys != NULL || n_keys == 0, NULL);

  for (guint start = 0; start < n_keys; start += KEYS_PER_QUERY)
    {
      guint n = MIN (KEYS_PER_QUERY, n_keys - start);
      g_autoptr(GString) sql = g_string_new ("SELECT " FD_MESSAGE_LIST_COLUMNS " FROM messages m" FD_MESSAGE_JOINS
                                             " WHERE m.sort_key IN (");
      sqlite3_stmt *stmt;
      int rc;

      for (guint i = 0; i < n; i++)
        g_string_append (sql, i == 0 ? "?" : ",?");
      g_string_append_c (sql, ')');

      /* Only full-size chunks are worth caching. */
      if (n == KEYS_PER_QUERY)
        stmt = _fd_store_prepare (self, sql->str, error);
      else
        {
          stmt = NULL;
          rc = sqlite3_prepare_v2 (fd_store_get_db (self), sql->str, -1, &stmt, NULL);
          if (rc != SQLITE_OK)
            {
              _fd_store_set_error (fd_store_get_db (self), rc, error);
              return NULL;
            }
        }
      if (stmt == NULL)
        return NULL;

      for (guint i = 0; i < n; i++)
        sqlite3_bind_int64 (stmt, i + 1, keys[start + i]);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          FdMessage *message = _fd_message_new_from_stmt (stmt);
          gint64 *key = g_new (gint64, 1);

          *key = fd_message_get_sort_key (message);
          g_hash_table_insert (by_key, key, message);
        }

      if (n == KEYS_PER_QUERY)
        sqlite3_reset (stmt);
      else
        sqlite3_finalize (stmt);

      if (rc != SQLITE_DONE)
        {
          _fd_store_set_error (fd_store_get_db (self), rc, error);
          return NULL;
        }
    }

  for (guint i = 0; i < n_keys; i++)
    {
      FdMessage *message = g_hash_table_lookup (by_key, &keys[i]);

      if (message != NULL)
        g_ptr_array_add (result, g_object_ref (message));
    }

  return g_steal_pointer (&result);
}

FdMessage *
fd_store_get_message (FdStore  *self,
                      gint64    id,
                      GError  **error)
{
  sqlite3_stmt *stmt;
  FdMessage *message = NULL;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  stmt = _fd_store_prepare (self, "SELECT " FD_MESSAGE_COLUMNS " FROM messages m" FD_MESSAGE_JOINS
                                  " WHERE m.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    message = _fd_message_new_from_stmt (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND,
                 _("There is no message %lld. Use “list” or “search” to find message ids."), (long long) id);
  else
    _fd_store_set_error (fd_store_get_db (self), rc, error);
  sqlite3_reset (stmt);

  return message;
}

GPtrArray *
fd_store_get_conversation (FdStore  *self,
                           gint64    conversation_id,
                           GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  stmt = _fd_store_prepare (self, "SELECT " FD_MESSAGE_COLUMNS " FROM messages m" FD_MESSAGE_JOINS
                                  " WHERE m.conversation_id = ? ORDER BY m.sort_key", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, conversation_id);

  return collect_messages (self, stmt, error);
}

GPtrArray *
fd_store_get_customer_conversations (FdStore  *self,
                                     gint64    customer_id,
                                     gint64    except_conversation_id,
                                     GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  /* The newest message of each of the customer's other conversations. */
  stmt = _fd_store_prepare (self,
                            "SELECT " FD_MESSAGE_COLUMNS " FROM messages m" FD_MESSAGE_JOINS
                            " WHERE m.sort_key IN ("
                            "   SELECT (SELECT max(sort_key) FROM messages WHERE conversation_id = cc.id)"
                            "   FROM conversations cc WHERE cc.customer_id = ? AND cc.id != ?)"
                            " ORDER BY m.sort_key DESC LIMIT 50", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  sqlite3_bind_int64 (stmt, 2, except_conversation_id);

  return collect_messages (self, stmt, error);
}

GPtrArray *
fd_store_get_attachments (FdStore  *self,
                          gint64    message_id,
                          GError  **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_attachment_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  stmt = _fd_store_prepare (self, "SELECT filename, content_type, size, path FROM attachments"
                                  " WHERE message_id = ? ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, message_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdParsedAttachment *att = fd_parsed_attachment_new ();

      att->filename = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      att->content_type = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      att->size = sqlite3_column_int64 (stmt, 2);
      att->path = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (result, att);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (self), rc, error);
      return NULL;
    }

  return g_steal_pointer (&result);
}

GHashTable *
fd_store_count_by_channel (FdStore  *self,
                           GError  **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  stmt = _fd_store_prepare (self, "SELECT channel, count(*) FROM messages WHERE state != " FD_SQL_ARCHIVED " GROUP BY channel", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (counts,
                         g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         GUINT_TO_POINTER ((guint) sqlite3_column_int64 (stmt, 1)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (self), rc, error);
      return NULL;
    }

  return g_steal_pointer (&counts);
}

/* Drafts */

gboolean
fd_store_save_draft (FdStore     *self,
                     gint64       conversation_id,
                     const char  *text,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean empty = text == NULL || *text == '\0';
  int rc;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (empty)
    stmt = _fd_store_prepare (self, "DELETE FROM drafts WHERE conversation_id = ?", error);
  else
    stmt = _fd_store_prepare (self,
                              "INSERT INTO drafts (conversation_id, text, updated_at) VALUES (?, ?, ?)"
                              " ON CONFLICT (conversation_id) DO UPDATE SET text = excluded.text,"
                              " updated_at = excluded.updated_at", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, conversation_id);
  if (!empty)
    {
      sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, g_get_real_time () / G_USEC_PER_SEC);
    }

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (self), rc, error);

  return TRUE;
}

char *
fd_store_get_draft (FdStore  *self,
                    gint64    conversation_id,
                    GError  **error)
{
  sqlite3_stmt *stmt;
  char *text = NULL;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  stmt = _fd_store_prepare (self, "SELECT text FROM drafts WHERE conversation_id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, conversation_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    _fd_store_set_error (fd_store_get_db (self), rc, error);
  sqlite3_reset (stmt);

  return text;
}
