/* fd-store-thread.c: which conversation an email belongs to.
 *
 * Mail threads as JWZ's algorithm (and notmuch, Geary) make them, one
 * message at a time: a message's parents are its References, oldest
 * first, with the In-Reply-To id appended when References lacks it (or
 * alone when there is no References). A message we have is found by its
 * own row (messages has its Message-ID and conversation); an id we only
 * saw named is kept in thread_ids with the conversation it belongs to, so
 * two replies to a root we never got meet there, until that root arrives
 * and its placeholder goes. A message that names ids of two conversations
 * (a parent arriving after its children) merges them. Nothing is threaded
 * by subject.
 *
 * Other channels thread by the thread id a message names; here too a
 * thread can be joined to a conversation (_fd_store_thread_join()): the
 * direct conversation a private reply went to, whose answers then land
 * with the post that was answered, kept in thread_ids as well.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-channel.h"
#include "fd-sql.h"
#include "fd-store-private.h"

/* Longer chains are cut from the middle: the root and the nearest
 * parents are what threading needs, and a forged header cannot make an
 * insert arbitrarily slow. */
#define MAX_PARENTS 64

static gboolean
add_parent (GPtrArray   *chain,
            GHashTable  *seen,
            const char  *id)
{
  if (id == NULL || *id == '\0' || g_hash_table_contains (seen, id))
    return FALSE;
  g_hash_table_add (seen, (gpointer) id);
  g_ptr_array_add (chain, (gpointer) id);
  return TRUE;
}

/* @msg's ancestors, oldest first, the parent last: References is the
 * authority for the chain; In-Reply-To is the parent when References
 * does not name it. An id named twice (a loop) or the message's own id
 * is dropped, so the chain is a path. The strings belong to @msg. */
GPtrArray *
_fd_store_thread_parents (const FdParsedMessage *msg)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *chain = g_ptr_array_new ();
  guint n_refs = msg->references != NULL ? msg->references->len : 0;

  g_hash_table_add (seen, msg->remote_id);

  for (guint i = 0; i < n_refs; i++)
    add_parent (chain, seen, g_ptr_array_index (msg->references, i));
  add_parent (chain, seen, msg->in_reply_to);

  if (chain->len > MAX_PARENTS)
    g_ptr_array_remove_range (chain, 1, chain->len - MAX_PARENTS);

  return chain;
}

/* The conversation @id is in, 0 if none, -1 on error. Sets @out_known
 * when no placeholder needs writing: the message itself is stored, or
 * its parent is known. */
static gint64
lookup_id (FdStore     *self,
           const char  *channel,
           const char  *id,
           gboolean    *out_known,
           GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 value = 0;
  int rc;

  *out_known = FALSE;
  stmt = _fd_store_prepare (self,
                            "SELECT conversation_id, 1 FROM messages WHERE channel = ?1 AND remote_id = ?2"
                            " UNION ALL"
                            " SELECT conversation_id, seen OR parent IS NOT NULL FROM thread_ids"
                            " WHERE channel = ?1 AND remote_id = ?2 LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  _fd_sql_bind_text (stmt, 1, channel);
  _fd_sql_bind_text (stmt, 2, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      value = sqlite3_column_int64 (stmt, 0);
      *out_known = sqlite3_column_int (stmt, 1) != 0;
    }
  else if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (self), rc, error);
      value = -1;
    }
  sqlite3_reset (stmt);

  return value;
}

static gboolean
exec_ids (FdStore     *self,
          const char  *sql,
          gint64       target,
          gint64       other,
          GError     **error)
{
  sqlite3_stmt *stmt = _fd_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, target);
  sqlite3_bind_int64 (stmt, 2, other);
  return _fd_sql_step (self, stmt, error);
}

/* Moves everything of conversation @other into @target and deletes
 * @other. Drafts: @target's own wins. */
static gboolean
merge_conversations (FdStore  *self,
                     gint64    target,
                     gint64    other,
                     GError  **error)
{
  static const char *const moves[] = {
    "UPDATE conversations SET"
    " last_at = max(last_at, (SELECT last_at FROM conversations WHERE id = ?2)),"
    " customer_id = coalesce(customer_id, (SELECT customer_id FROM conversations WHERE id = ?2)),"
    " account_id = coalesce(account_id, (SELECT account_id FROM conversations WHERE id = ?2)),"
    /* The subject of the conversation's oldest message. */
    " subject = CASE WHEN (SELECT min(sort_key) FROM messages WHERE conversation_id = ?2)"
    "   < (SELECT min(sort_key) FROM messages WHERE conversation_id = ?1)"
    "   THEN (SELECT subject FROM conversations WHERE id = ?2) ELSE subject END"
    " WHERE id = ?1",
    "UPDATE messages SET conversation_id = ?1 WHERE conversation_id = ?2",
    "UPDATE thread_ids SET conversation_id = ?1 WHERE conversation_id = ?2",
    "UPDATE outbox SET conversation_id = ?1 WHERE conversation_id = ?2",
    "UPDATE OR IGNORE drafts SET conversation_id = ?1 WHERE conversation_id = ?2",
    "UPDATE OR IGNORE draft_translations SET conversation_id = ?1 WHERE conversation_id = ?2",
    /* So that undoing a customer merge still finds the conversation. */
    "UPDATE OR IGNORE customer_merge_moves SET row_id = ?1 WHERE kind = 1 AND row_id = ?2",
    "DELETE FROM conversations WHERE id = ?2",
  };

  g_debug ("Merging conversation %" G_GINT64_FORMAT " into %" G_GINT64_FORMAT, other, target);

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      if (!exec_ids (self, moves[i], target, other, error))
        return FALSE;
    }

  return TRUE;
}

/* A merge can make older incoming messages answered by an answer of
 * ours now in the same conversation, as if they had come in order; and
 * the repeat detector's cached posts know their old conversation. */
static gboolean
after_merge (FdStore  *self,
             gint64    target,
             GError  **error)
{
  sqlite3_stmt *stmt;

  stmt = _fd_store_prepare (self,
                            "UPDATE messages SET state = " FD_SQL_ANSWERED " WHERE conversation_id = ?1"
                            " AND direction = " FD_SQL_IN " AND state < " FD_SQL_ANSWERED " AND sort_key <"
                            " (SELECT max(r.sort_key) FROM messages r WHERE r.conversation_id = ?1"
                            "  AND r.direction = " FD_SQL_OUT
                            "  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.message_id = r.id AND o.state != " FD_SQL_OUTBOX_SENT "))",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, target);
  if (!_fd_sql_step (self, stmt, error))
    return FALSE;

  _fd_store_reset_caches (self);
  return TRUE;
}

static gint64
create_conversation (FdStore               *self,
                     const FdParsedMessage *msg,
                     const char            *root,
                     gint64                 customer_id,
                     GError               **error)
{
  sqlite3_stmt *stmt;

  /* An older store may have named a conversation after this root
   * without recording it in thread_ids. */
  stmt = _fd_store_prepare (self, "SELECT id FROM conversations WHERE channel = ? AND remote_id = ?", error);
  if (stmt == NULL)
    return -1;
  _fd_sql_bind_text (stmt, 1, msg->channel);
  _fd_sql_bind_text (stmt, 2, root);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      sqlite3_reset (stmt);
      return id;
    }
  sqlite3_reset (stmt);

  stmt = _fd_store_prepare (self,
                            "INSERT INTO conversations (channel, remote_id, subject, customer_id, last_at)"
                            " VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return -1;
  _fd_sql_bind_text (stmt, 1, msg->channel);
  _fd_sql_bind_text (stmt, 2, root);
  _fd_sql_bind_text (stmt, 3, msg->subject);
  if (customer_id != 0)
    sqlite3_bind_int64 (stmt, 4, customer_id);
  sqlite3_bind_int64 (stmt, 5, msg->created_at);
  if (!_fd_sql_step (self, stmt, error))
    return -1;

  return sqlite3_last_insert_rowid (fd_store_get_db (self));
}

/* Records the id @id, named by a message of @conversation_id, and its
 * parent when known, until the message itself arrives. When it does
 * (@own), its row in messages says all and the placeholder goes: the
 * store keeps each Message-ID once. */
static gboolean
remember_id (FdStore     *self,
             const char  *channel,
             const char  *id,
             const char  *parent,
             gboolean     own,
             gint64       conversation_id,
             GError     **error)
{
  sqlite3_stmt *stmt;

  if (own)
    {
      stmt = _fd_store_prepare (self, "DELETE FROM thread_ids WHERE channel = ? AND remote_id = ?", error);
      if (stmt == NULL)
        return FALSE;
      _fd_sql_bind_text (stmt, 1, channel);
      _fd_sql_bind_text (stmt, 2, id);
      return _fd_sql_step (self, stmt, error);
    }

  stmt = _fd_store_prepare (self,
                            "INSERT INTO thread_ids (channel, remote_id, conversation_id, parent, seen)"
                            " VALUES (?, ?, ?, ?, 0) ON CONFLICT (channel, remote_id) DO UPDATE SET"
                            " conversation_id = excluded.conversation_id,"
                            " parent = coalesce(parent, excluded.parent)",
                            error);
  if (stmt == NULL)
    return FALSE;
  _fd_sql_bind_text (stmt, 1, channel);
  _fd_sql_bind_text (stmt, 2, id);
  sqlite3_bind_int64 (stmt, 3, conversation_id);
  _fd_sql_bind_text (stmt, 4, parent);
  return _fd_sql_step (self, stmt, error);
}

/* Finds (or makes) the conversation of the email @msg, merging the
 * conversations its ids join, and records its ids. Sets @out_merged when
 * a merge happened. Returns the conversation id, -1 on error. */
gint64
_fd_store_thread_email (FdStore               *self,
                        const FdParsedMessage *msg,
                        gint64                 customer_id,
                        gboolean              *out_merged,
                        GError               **error)
{
  g_autoptr(GPtrArray) chain = _fd_store_thread_parents (msg);
  /* Per id: chain[0..n-1], then our own id, then thread_id. */
  guint n_ids = chain->len + 2;
  g_autofree gint64 *found = g_new0 (gint64, n_ids);
  g_autofree gboolean *known = g_new0 (gboolean, n_ids);
  gint64 target = 0;
  gboolean merged = FALSE;

  *out_merged = FALSE;

  g_ptr_array_add (chain, msg->remote_id);
  g_ptr_array_add (chain, msg->thread_id);
  for (guint i = 0; i < n_ids; i++)
    {
      const char *id = g_ptr_array_index (chain, i);

      if (id == NULL)
        continue;
      if ((found[i] = lookup_id (self, msg->channel, id, &known[i], error)) < 0)
        return -1;
      /* The oldest conversation absorbs the others: ids only grow, so
       * the result does not depend on the order messages come in. */
      if (found[i] > 0 && (target == 0 || found[i] < target))
        target = found[i];
    }

  for (guint i = 0; i < n_ids; i++)
    {
      gboolean done = found[i] == 0 || found[i] == target;

      /* Merged already through another id of this message. */
      for (guint j = 0; j < i && !done; j++)
        done = found[j] == found[i];
      if (done)
        continue;
      if (!merge_conversations (self, target, found[i], error))
        return -1;
      merged = TRUE;
    }

  if (target == 0)
    {
      const char *root = msg->thread_id != NULL ? msg->thread_id :
                         n_ids > 2 ? g_ptr_array_index (chain, 0) : msg->remote_id;

      if ((target = create_conversation (self, msg, root, customer_id, error)) < 0)
        return -1;
    }

  /* Ids seen for the first time, ancestors whose parent we now know,
   * and always our own (it is seen now, with its parent). */
  for (guint i = 0; i < n_ids; i++)
    {
      const char *id = g_ptr_array_index (chain, i);
      gboolean own = i == n_ids - 2;
      const char *parent = NULL;

      if (id == NULL)
        continue;
      if (i < n_ids - 2 && i > 0)
        parent = g_ptr_array_index (chain, i - 1);
      else if (own && n_ids > 2)
        parent = g_ptr_array_index (chain, n_ids - 3);
      if (!own && found[i] != 0 && (known[i] || parent == NULL))
        continue;
      if (!remember_id (self, msg->channel, id, parent, own, target, error))
        return -1;
    }

  *out_merged = merged;
  if (merged && !after_merge (self, target, error))
    return -1;

  return target;
}

/* Our reply @message_id, sent, now has the server's Message-ID: answers
 * to it name that one. */
gboolean
_fd_store_thread_renamed (FdStore     *self,
                          gint64       message_id,
                          GError     **error)
{
  g_autofree char *channel = NULL;
  g_autofree char *remote_id = NULL;
  sqlite3_stmt *stmt;
  gint64 conversation_id = 0;
  gint64 found = 0;
  int rc;

  stmt = _fd_store_prepare (self,
                            "SELECT channel, remote_id, conversation_id FROM messages WHERE id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, message_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      channel = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      remote_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      conversation_id = sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_reset (stmt);

  if (!fd_channel_has (channel, FD_CHANNEL_MAIL) || remote_id == NULL)
    return TRUE;

  /* A reply to it may have come first and started a conversation: its
   * placeholder, not our own row, says which. */
  stmt = _fd_store_prepare (self,
                            "SELECT conversation_id FROM thread_ids WHERE channel = ? AND remote_id = ?",
                            error);
  if (stmt == NULL)
    return FALSE;
  _fd_sql_bind_text (stmt, 1, channel);
  _fd_sql_bind_text (stmt, 2, remote_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    found = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (self), rc, error);
      return FALSE;
    }

  if (found > 0 && found != conversation_id)
    {
      gint64 target = MIN (found, conversation_id);

      if (!merge_conversations (self, target, MAX (found, conversation_id), error) ||
          !after_merge (self, target, error))
        return FALSE;
      conversation_id = target;
    }

  return remember_id (self, channel, remote_id, NULL, TRUE, conversation_id, error);
}

gboolean
_fd_store_thread_join (FdStore     *self,
                       gint64       conversation_id,
                       const char  *channel,
                       const char  *thread_id,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 other;

  g_return_val_if_fail (!fd_channel_has (channel, FD_CHANNEL_MAIL), FALSE);

  stmt = _fd_store_prepare (self, "SELECT id FROM conversations WHERE channel = ? AND remote_id = ? AND id != ?",
                            error);
  if (stmt == NULL)
    return FALSE;
  _fd_sql_bind_text (stmt, 1, channel);
  _fd_sql_bind_text (stmt, 2, thread_id);
  sqlite3_bind_int64 (stmt, 3, conversation_id);
  if ((other = _fd_sql_query_int (self, stmt, error)) < 0)
    return FALSE;

  if (other > 0 &&
      (!merge_conversations (self, conversation_id, other, error) || !after_merge (self, conversation_id, error)))
    return FALSE;

  /* The thread's later messages follow the last private reply. */
  return remember_id (self, channel, thread_id, NULL, FALSE, conversation_id, error);
}
