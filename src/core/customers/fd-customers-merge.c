/* fd-customers-merge.c: merging, splitting and undoing, exporting and
 * erasing a customer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fd-customers-private.h"
#include "fd-exporter.h"
#include "fd-repeats-private.h"
#include "fd-sql.h"
#include "fd-translation-manager-private.h"

#define MOVE_IDENTITY     0
#define MOVE_CONVERSATION 1

static gint64
now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* 1 when @customer_id exists and was not merged away, 0 when not, -1 on
 * error (@error set); sets a helpful error for 0 too. */
static int
check_live (FdStore  *store,
            gint64    customer_id,
            GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 merged_into = 0;
  int rc;

  stmt = _fd_store_prepare (store, "SELECT coalesce(merged_into, 0) FROM customers WHERE id = ?", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    merged_into = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc == SQLITE_ROW && merged_into == 0)
    return 1;
  if (rc == SQLITE_ROW)
    g_set_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_NOT_FOUND,
                 _("Customer %lld was merged into customer %lld. Use that one, or undo the merge."),
                 (long long) customer_id, (long long) merged_into);
  else if (rc == SQLITE_DONE)
    g_set_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_NOT_FOUND,
                 _("There is no customer %lld. Use “frontdesk-cli customers” to list them."),
                 (long long) customer_id);
  else
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return -1;
    }

  return 0;
}

static gint64
journal (FdStore     *store,
         const char  *kind,
         gint64       customer_id,
         gint64       other_id,
         GError     **error)
{
  sqlite3_stmt *stmt = _fd_store_prepare (store,
                                          "INSERT INTO customer_merges (kind, customer_id, other_id, created_at)"
                                          " VALUES (?, ?, ?, ?)", error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, customer_id);
  sqlite3_bind_int64 (stmt, 3, other_id);
  sqlite3_bind_int64 (stmt, 4, now ());
  if (!_fd_sql_step (store, stmt, error))
    return 0;

  return sqlite3_last_insert_rowid (fd_store_get_db (store));
}

gboolean
_fd_customers_merge_internal (FdStore     *store,
                              gint64       into_id,
                              gint64       from_id,
                              const char  *kind,
                              GError     **error)
{
  gint64 op;

  if (into_id == from_id)
    {
      g_set_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_INVALID,
                   _("A customer cannot be merged with itself."));
      return FALSE;
    }
  if (check_live (store, into_id, error) != 1 || check_live (store, from_id, error) != 1)
    return FALSE;

  if ((op = journal (store, kind, into_id, from_id, error)) == 0)
    return FALSE;

  /* What moves, and where it was, so undo can put it back exactly. */
  if (!_fd_sql_exec_ints (store,
                          "INSERT INTO customer_merge_moves (merge_id, kind, row_id, from_customer)"
                          " SELECT ?1, " G_STRINGIFY (MOVE_IDENTITY) ", id, customer_id FROM identities WHERE customer_id = ?2",
                          error, 2, op, from_id) ||
      !_fd_sql_exec_ints (store,
                          "INSERT INTO customer_merge_moves (merge_id, kind, row_id, from_customer)"
                          " SELECT ?1, " G_STRINGIFY (MOVE_CONVERSATION) ", id, customer_id FROM conversations WHERE customer_id = ?2",
                          error, 2, op, from_id) ||
      !_fd_sql_exec_ints (store, "UPDATE identities SET customer_id = ?1 WHERE customer_id = ?2", error, 2, into_id, from_id) ||
      !_fd_sql_exec_ints (store, "UPDATE conversations SET customer_id = ?1 WHERE customer_id = ?2", error, 2, into_id, from_id) ||
      !_fd_sql_exec_ints (store, "UPDATE customers SET merged_into = ?1 WHERE id = ?2", error, 2, into_id, from_id) ||
      !_fd_sql_exec_ints (store,
                          "UPDATE customer_link_suggestions SET state = 1"
                          " WHERE customer_a = ?1 AND customer_b = ?2 AND state = 0",
                          error, 2, MIN (into_id, from_id), MAX (into_id, from_id)))
    return FALSE;

  /* Their copies may now be one customer's repeats. */
  if (!_fd_repeats_rebuild_customer (store, from_id, error) ||
      !_fd_repeats_rebuild_customer (store, into_id, error))
    return FALSE;

  _fd_store_mark_written (store);
  return TRUE;
}

gboolean
fd_customers_merge (FdStore  *store,
                    gint64    into_id,
                    gint64    from_id,
                    GError  **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if (!fd_store_begin (store, error))
    return FALSE;

  if (!_fd_customers_merge_internal (store, into_id, from_id, "merge", error) ||
      !fd_store_commit (store, error))
    {
      fd_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}

typedef struct {
  gint64  id;
  gint64  customer_id;
  char   *channel;
  char   *handle;
  char   *name;
} IdentityRow;

static void
identity_row_clear (IdentityRow *row)
{
  g_free (row->channel);
  g_free (row->handle);
  g_free (row->name);
}

static gboolean
find_identity (FdStore      *store,
               const char   *channel,
               const char   *handle,
               IdentityRow  *row,
               GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Exact first; then as typed by a person: any case, with or without @. */
  stmt = _fd_store_prepare (store,
                            "SELECT id, coalesce(customer_id, 0), channel, handle, name FROM identities"
                            " WHERE channel = ?1 AND (handle = ?2 OR lower(ltrim(handle, '@')) = lower(ltrim(?2, '@')))"
                            " ORDER BY handle = ?2 DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, channel, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, handle, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      row->id = sqlite3_column_int64 (stmt, 0);
      row->customer_id = sqlite3_column_int64 (stmt, 1);
      row->channel = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      row->handle = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      row->name = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_NOT_FOUND,
                 _("No one is known as “%s” on %s. “frontdesk-cli customers” lists every identity."),
                 handle, channel);
  else if (rc != SQLITE_ROW)
    _fd_store_set_error (fd_store_get_db (store), rc, error);

  return rc == SQLITE_ROW;
}

static gint64
split_internal (FdStore     *store,
                gint64       customer_id,
                const char  *channel,
                const char  *handle,
                GError     **error)
{
  IdentityRow identity = { 0, };
  sqlite3_stmt *stmt;
  gint64 n_identities;
  gint64 new_id = 0;
  gint64 op;

  if (check_live (store, customer_id, error) != 1 ||
      !find_identity (store, channel, handle, &identity, error))
    goto out;

  if (identity.customer_id != customer_id)
    {
      g_set_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_INVALID,
                   _("%s on %s belongs to customer %lld, not to customer %lld."),
                   identity.handle, identity.channel, (long long) identity.customer_id, (long long) customer_id);
      goto out;
    }

  if (!(stmt = _fd_store_prepare (store, "SELECT count(*) FROM identities WHERE customer_id = ?", error)))
    goto out;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  if ((n_identities = _fd_sql_query_int (store, stmt, error)) < 0)
    goto out;
  if (n_identities < 2)
    {
      g_set_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_INVALID,
                   _("%s is customer %lld’s only identity: there is nothing to split."),
                   identity.handle, (long long) customer_id);
      goto out;
    }

  if (!(stmt = _fd_store_prepare (store, "INSERT INTO customers (name, created_at) VALUES (?, ?)", error)))
    goto out;
  sqlite3_bind_text (stmt, 1, identity.name != NULL ? identity.name : identity.handle, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, now ());
  if (!_fd_sql_step (store, stmt, error))
    goto out;
  new_id = sqlite3_last_insert_rowid (fd_store_get_db (store));

  if ((op = journal (store, "split", customer_id, new_id, error)) == 0)
    {
      new_id = 0;
      goto out;
    }

  /* The identity, the conversations it wrote in, and the ones we started
   * with it. */
  if (!(stmt = _fd_store_prepare (store,
                                  "INSERT INTO customer_merge_moves (merge_id, kind, row_id, from_customer)"
                                  " SELECT ?1, " G_STRINGIFY (MOVE_CONVERSATION) ", c.id, c.customer_id FROM conversations c"
                                  " WHERE c.customer_id = ?2 AND (EXISTS (SELECT 1 FROM messages m"
                                  "   WHERE m.conversation_id = c.id AND m.identity_id = ?3)"
                                  "  OR (c.channel = ?4 AND EXISTS (SELECT 1 FROM messages m"
                                  "   WHERE m.conversation_id = c.id AND m.direction = " FD_SQL_OUT " AND m.recipient = ?5)))", error)))
    {
      new_id = 0;
      goto out;
    }
  sqlite3_bind_int64 (stmt, 1, op);
  sqlite3_bind_int64 (stmt, 2, customer_id);
  sqlite3_bind_int64 (stmt, 3, identity.id);
  sqlite3_bind_text (stmt, 4, identity.channel, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, identity.handle, -1, SQLITE_TRANSIENT);

  if (!_fd_sql_step (store, stmt, error) ||
      !_fd_sql_exec_ints (store,
                          "INSERT INTO customer_merge_moves (merge_id, kind, row_id, from_customer)"
                          " VALUES (?, " G_STRINGIFY (MOVE_IDENTITY) ", ?, ?)",
                          error, 3, op, identity.id, customer_id) ||
      !_fd_sql_exec_ints (store,
                          "UPDATE conversations SET customer_id = ?1 WHERE id IN (SELECT row_id FROM customer_merge_moves"
                          " WHERE merge_id = ?2 AND kind = " G_STRINGIFY (MOVE_CONVERSATION) ")",
                          error, 2, new_id, op) ||
      !_fd_sql_exec_ints (store, "UPDATE identities SET customer_id = ? WHERE id = ?", error, 2, new_id, identity.id) ||
      /* The user said they are two people: never link them again. */
      !_fd_sql_exec_ints (store,
                          "INSERT OR REPLACE INTO customer_link_suggestions (customer_a, customer_b, reason, state, created_at)"
                          " VALUES (?, ?, 'split', 2, ?)",
                          error, 3, customer_id, new_id, now ()) ||
      !_fd_repeats_rebuild_customer (store, customer_id, error) ||
      !_fd_repeats_rebuild_customer (store, new_id, error))
    {
      new_id = 0;
      goto out;
    }

  _fd_store_mark_written (store);

out:
  identity_row_clear (&identity);
  return new_id;
}

gint64
fd_customers_split (FdStore     *store,
                    gint64       customer_id,
                    const char  *channel,
                    const char  *handle,
                    GError     **error)
{
  gint64 new_id;

  g_return_val_if_fail (FD_IS_STORE (store), 0);
  g_return_val_if_fail (channel != NULL && handle != NULL, 0);

  if (!fd_store_begin (store, error))
    return 0;

  if ((new_id = split_internal (store, customer_id, channel, handle, error)) == 0 ||
      !fd_store_commit (store, error))
    {
      fd_store_rollback (store);
      return 0;
    }

  return new_id;
}

FdCustomerOperation *
fd_customers_get_last_operation (FdStore  *store,
                                 GError  **error)
{
  g_autoptr(FdCustomerOperation) op = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store,
                            "SELECT id, kind, customer_id, other_id, created_at FROM customer_merges"
                            " WHERE undone_at IS NULL AND kind IN ('merge', 'split') ORDER BY id DESC LIMIT 1", error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      op = g_new0 (FdCustomerOperation, 1);
      op->id = sqlite3_column_int64 (stmt, 0);
      op->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      op->customer_id = sqlite3_column_int64 (stmt, 2);
      op->other_id = sqlite3_column_int64 (stmt, 3);
      op->created_at = sqlite3_column_int64 (stmt, 4);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _fd_store_set_error (fd_store_get_db (store), rc, error);

  return g_steal_pointer (&op);
}

static gboolean
undo_internal (FdStore              *store,
               FdCustomerOperation  *op,
               GError              **error)
{
  gint64 remaining;
  sqlite3_stmt *stmt;

  /* Everything moved goes back where it was. */
  if (!_fd_sql_exec_ints (store,
                          "UPDATE identities SET customer_id = (SELECT from_customer FROM customer_merge_moves mv"
                          "  WHERE mv.merge_id = ?1 AND mv.kind = " G_STRINGIFY (MOVE_IDENTITY) " AND mv.row_id = identities.id)"
                          " WHERE id IN (SELECT row_id FROM customer_merge_moves WHERE merge_id = ?1"
                          "  AND kind = " G_STRINGIFY (MOVE_IDENTITY) ")",
                          error, 1, op->id) ||
      !_fd_sql_exec_ints (store,
                          "UPDATE conversations SET customer_id = (SELECT from_customer FROM customer_merge_moves mv"
                          "  WHERE mv.merge_id = ?1 AND mv.kind = " G_STRINGIFY (MOVE_CONVERSATION) " AND mv.row_id = conversations.id)"
                          " WHERE id IN (SELECT row_id FROM customer_merge_moves WHERE merge_id = ?1"
                          "  AND kind = " G_STRINGIFY (MOVE_CONVERSATION) ")",
                          error, 1, op->id) ||
      !_fd_sql_exec_ints (store, "UPDATE customer_merges SET undone_at = ? WHERE id = ?", error, 2, now (), op->id))
    return FALSE;

  if (g_str_equal (op->kind, "merge"))
    {
      /* The suggestion it answered is open again. */
      if (!_fd_sql_exec_ints (store, "UPDATE customers SET merged_into = NULL WHERE id = ?", error, 1, op->other_id) ||
          !_fd_sql_exec_ints (store,
                              "UPDATE customer_link_suggestions SET state = 0"
                              " WHERE customer_a = ? AND customer_b = ? AND state = 1",
                              error, 2, MIN (op->customer_id, op->other_id), MAX (op->customer_id, op->other_id)))
        return FALSE;
    }
  else
    {
      /* The customer the split made goes away again, unless something
       * arrived for it since. */
      if (!(stmt = _fd_store_prepare (store,
                                      "SELECT (SELECT count(*) FROM identities WHERE customer_id = ?1)"
                                      " + (SELECT count(*) FROM conversations WHERE customer_id = ?1)", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, op->other_id);
      if ((remaining = _fd_sql_query_int (store, stmt, error)) < 0)
        return FALSE;

      if (!_fd_repeats_rebuild_customer (store, op->other_id, error))
        return FALSE;
      if (remaining == 0)
        {
          if (!_fd_sql_exec_ints (store, "DELETE FROM customers WHERE id = ?", error, 1, op->other_id))
            return FALSE;
        }
      else if (!_fd_sql_exec_ints (store,
                                   "DELETE FROM customer_link_suggestions WHERE customer_a = ? AND customer_b = ? AND state = 2",
                                   error, 2, MIN (op->customer_id, op->other_id), MAX (op->customer_id, op->other_id)))
        return FALSE;
    }

  if (!_fd_repeats_rebuild_customer (store, op->customer_id, error) ||
      (g_str_equal (op->kind, "merge") && !_fd_repeats_rebuild_customer (store, op->other_id, error)))
    return FALSE;

  _fd_store_mark_written (store);
  return TRUE;
}

gboolean
fd_customers_undo (FdStore              *store,
                   FdCustomerOperation **out_undone,
                   GError              **error)
{
  g_autoptr(FdCustomerOperation) op = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if (!fd_store_begin (store, error))
    return FALSE;

  if (!(op = fd_customers_get_last_operation (store, &local_error)))
    {
      fd_store_rollback (store);
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_NOTHING_TO_UNDO,
                     _("There is no merge or split to undo."));
      return FALSE;
    }

  if (!undo_internal (store, op, error) || !fd_store_commit (store, error))
    {
      fd_store_rollback (store);
      return FALSE;
    }

  if (out_undone != NULL)
    *out_undone = g_steal_pointer (&op);

  return TRUE;
}

/* Export and erase */

gboolean
fd_customers_export (FdStore        *store,
                     gint64          customer_id,
                     GOutputStream  *out,
                     guint64        *n_exported,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  if (check_live (store, customer_id, error) != 1)
    return FALSE;

  filter->view = FD_VIEW_EVERYTHING;
  filter->customer_id = customer_id;

  return fd_export (store, filter, FD_EXPORT_JSONL, out, n_exported, cancellable, error);
}

static GArray *
collect_ids (FdStore  *store,
             const char *sql,
             gint64    customer_id,
             GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = _fd_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/* Paths of attachment files, relative to the data dir: never outside. */
static gboolean
safe_relative_path (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (path == NULL || *path == '\0' || g_path_is_absolute (path))
    return FALSE;

  parts = g_strsplit (path, G_DIR_SEPARATOR_S, -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return FALSE;

  return TRUE;
}

/* Translations are kept by a hash of the text, without a message when
 * the text was not one yet: a draft to the customer and its way back,
 * the draft as sent, their words translated before they were stored.
 * Rows of other messages are left: they cascade with their message. */
static gboolean
forget_translations (FdStore  *store,
                     GError  **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  int rc;

  stmt = _fd_store_prepare (store,
                            "SELECT fd_text (text) FROM messages WHERE conversation_id IN (SELECT id FROM erase_conversations)"
                            " UNION SELECT text FROM drafts WHERE conversation_id IN (SELECT id FROM erase_conversations)"
                            " UNION SELECT text FROM draft_translations WHERE conversation_id IN (SELECT id FROM erase_conversations)"
                            " UNION SELECT translated FROM draft_translations WHERE conversation_id IN (SELECT id FROM erase_conversations)",
                            error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (sqlite3_column_text (stmt, 0) != NULL)
      g_ptr_array_add (texts, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      g_autofree char *hash = _fd_translation_text_hash (text);
      static const char * const sql[] = {
        "DELETE FROM translations WHERE text_hash = ? AND message_id IS NULL",
        "DELETE FROM translation_queue WHERE text_hash = ? AND message_id IS NULL",
      };

      for (guint j = 0; j < G_N_ELEMENTS (sql); j++)
        {
          if (!(stmt = _fd_store_prepare (store, sql[j], error)))
            return FALSE;
          sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_STATIC);
          rc = sqlite3_step (stmt);
          sqlite3_reset (stmt);
          sqlite3_clear_bindings (stmt);
          if (rc != SQLITE_DONE)
            return _fd_store_set_error (fd_store_get_db (store), rc, error);
        }
    }

  /* A reply sent in their language is the translation of what was
   * written: found by its text, in one pass. */
  return _fd_sql_exec_ints (store,
                            "DELETE FROM translations WHERE message_id IS NULL AND text IN"
                            " (SELECT fd_text (text) FROM messages WHERE direction = " FD_SQL_OUT
                            "  AND conversation_id IN (SELECT id FROM erase_conversations)"
                            "  UNION SELECT translated FROM draft_translations"
                            "  WHERE conversation_id IN (SELECT id FROM erase_conversations)"
                            "  UNION SELECT back_translated FROM draft_translations"
                            "  WHERE conversation_id IN (SELECT id FROM erase_conversations))",
                            error, 0);
}

static gboolean
erase_internal (FdStore    *store,
                gint64      customer_id,
                GPtrArray  *files,
                GError    **error)
{
  g_autoptr(GArray) messages = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (check_live (store, customer_id, error) != 1)
    return FALSE;

  /* The customer, and the customers merged into it over time. */
  if (!_fd_sql_exec_ints (store,
                          "CREATE TEMP TABLE IF NOT EXISTS erase_customers (id INTEGER PRIMARY KEY)", error, 0) ||
      !_fd_sql_exec_ints (store,
                          "CREATE TEMP TABLE IF NOT EXISTS erase_conversations (id INTEGER PRIMARY KEY)", error, 0) ||
      !_fd_sql_exec_ints (store, "DELETE FROM erase_customers", error, 0) ||
      !_fd_sql_exec_ints (store, "DELETE FROM erase_conversations", error, 0) ||
      !_fd_sql_exec_ints (store,
                          "INSERT INTO erase_customers WITH RECURSIVE t(id) AS (SELECT ?1 UNION"
                          " SELECT c.id FROM customers c JOIN t ON c.merged_into = t.id) SELECT id FROM t",
                          error, 1, customer_id) ||
      !_fd_sql_exec_ints (store,
                          "INSERT OR IGNORE INTO erase_conversations SELECT id FROM conversations"
                          " WHERE customer_id IN (SELECT id FROM erase_customers)", error, 0) ||
      !_fd_sql_exec_ints (store,
                          "INSERT OR IGNORE INTO erase_conversations SELECT DISTINCT m.conversation_id FROM messages m"
                          " JOIN identities i ON i.id = m.identity_id WHERE i.customer_id = ?", error, 1, customer_id))
    return FALSE;

  /* Their messages, wherever they are, and every message of their
   * conversations (our replies quote them). */
  messages = collect_ids (store,
                          "SELECT id FROM messages WHERE conversation_id IN (SELECT id FROM erase_conversations)"
                          " UNION SELECT m.id FROM messages m JOIN identities i ON i.id = m.identity_id WHERE i.customer_id = ?",
                          customer_id, error);
  if (messages == NULL)
    return FALSE;

  if (!_fd_repeats_forget_customer (store, customer_id, messages, error))
    return FALSE;

  /* Translations that name no message, and their posts found by
   * listening: adopted ones would only lose their message, and the
   * others are theirs too. */
  if (!forget_translations (store, error) ||
      !_fd_sql_exec_ints (store,
                          "DELETE FROM listening_posts WHERE message_id IN"
                          " (SELECT id FROM messages WHERE conversation_id IN (SELECT id FROM erase_conversations))"
                          " OR EXISTS (SELECT 1 FROM identities i WHERE i.customer_id IN (SELECT id FROM erase_customers)"
                          "  AND i.channel = listening_posts.channel"
                          "  AND lower (ltrim (i.handle, '@')) = lower (ltrim (listening_posts.author_handle, '@')))",
                          error, 0))
    return FALSE;

  for (guint i = 0; i < messages->len; i++)
    {
      gint64 id = g_array_index (messages, gint64, i);

      if (!(stmt = _fd_store_prepare (store, "SELECT path FROM attachments WHERE message_id = ? AND path IS NOT NULL", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (files, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return _fd_store_set_error (fd_store_get_db (store), rc, error);

      /* External content index: remove the row's terms while the content
       * is still there to say which they are. */
      if (!_fd_sql_fts_remove (store, id, error) ||
          !_fd_sql_exec_ints (store, "DELETE FROM outbox WHERE message_id = ?", error, 1, id) ||
          !_fd_sql_exec_ints (store, "DELETE FROM messages WHERE id = ?", error, 1, id))
        return FALSE;
    }

  if (!_fd_sql_exec_ints (store,
                          "DELETE FROM outbox WHERE conversation_id IN (SELECT id FROM erase_conversations)", error, 0) ||
      !_fd_sql_exec_ints (store,
                          "DELETE FROM conversations WHERE id IN (SELECT id FROM erase_conversations)"
                          " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = conversations.id)", error, 0) ||
      !_fd_sql_exec_ints (store,
                          "DELETE FROM identities WHERE customer_id IN (SELECT id FROM erase_customers)", error, 0) ||
      !_fd_sql_exec_ints (store,
                          "DELETE FROM customer_merges WHERE customer_id IN (SELECT id FROM erase_customers)"
                          " OR other_id IN (SELECT id FROM erase_customers)", error, 0) ||
      !_fd_sql_exec_ints (store,
                          "UPDATE customers SET merged_into = NULL WHERE merged_into IN (SELECT id FROM erase_customers)", error, 0) ||
      !_fd_sql_exec_ints (store, "DELETE FROM customers WHERE id IN (SELECT id FROM erase_customers)", error, 0) ||
      !_fd_sql_exec_ints (store,
                          "DELETE FROM topics WHERE NOT EXISTS (SELECT 1 FROM topic_members tm WHERE tm.topic_id = topics.id)",
                          error, 0) ||
      !_fd_sql_exec_ints (store, "DELETE FROM erase_customers", error, 0) ||
      !_fd_sql_exec_ints (store, "DELETE FROM erase_conversations", error, 0))
    return FALSE;

  _fd_store_mark_written (store);
  return TRUE;
}

gboolean
fd_customers_erase (FdStore  *store,
                    gint64    customer_id,
                    GError  **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if (!fd_store_begin (store, error))
    return FALSE;

  if (!erase_internal (store, customer_id, files, error) ||
      !fd_store_commit (store, error))
    {
      fd_store_rollback (store);
      return FALSE;
    }

  /* Only once the rows are gone for good. */
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *full = NULL;

      if (!safe_relative_path (path))
        continue;
      full = g_build_filename (fd_store_get_data_dir (store), path, NULL);
      if (g_unlink (full) != 0 && errno != ENOENT)
        g_warning ("Could not delete the attachment file “%s”: %s", full, g_strerror (errno));
    }

  return TRUE;
}
