/* fd-listening.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-ingest.h"
#include "fd-listening-private.h"
#include "fd-store-private.h"

#define MAX_TERM_LENGTH 100

void
fd_listening_term_free (FdListeningTerm *term)
{
  if (term == NULL)
    return;

  g_free (term->term);
  g_free (term->cursor);
  g_free (term);
}

void
fd_listening_post_free (FdListeningPost *post)
{
  if (post == NULL)
    return;

  g_free (post->term);
  g_free (post->channel);
  g_free (post->remote_id);
  g_free (post->in_reply_to);
  g_free (post->author_handle);
  g_free (post->author_name);
  g_free (post->text);
  g_free (post->lang);
  g_free (post->url);
  g_free (post->visibility);
  g_free (post);
}

static gboolean
step_done (FdStore       *store,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* Terms */

static gboolean
is_valid_hashtag (const char *tag)
{
  if (*tag == '\0')
    return FALSE;

  for (const char *p = tag; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '_' && !g_unichar_isalnum (c) && !g_unichar_ismark (c))
        return FALSE;
    }

  return TRUE;
}

gint64
fd_listening_add_term (FdStore          *store,
                       gint64            account_id,
                       FdListeningKind   kind,
                       const char       *term,
                       GError          **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *normal = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), 0);
  g_return_val_if_fail (term != NULL, 0);

  clean = g_strstrip (fd_utf8_repair (term, -1));
  if (kind == FD_LISTENING_HASHTAG)
    {
      const char *tag = clean[0] == '#' ? clean + 1 : clean;

      if (!is_valid_hashtag (tag))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("“%s” is not a hashtag: use letters, digits and “_” only, like “#YourProduct”."), clean);
          return 0;
        }
      /* Hashtags are case-insensitive on Mastodon. */
      normal = g_utf8_casefold (tag, -1);
    }
  else
    normal = g_strdup (clean);

  if (*normal == '\0' || g_utf8_strlen (normal, -1) > MAX_TERM_LENGTH)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Enter a hashtag or a keyword of 1 to %d characters."), MAX_TERM_LENGTH);
      return 0;
    }

  if (!(stmt = _fd_store_prepare (store,
                                  "INSERT INTO listening_terms (account_id, kind, term, created_at)"
                                  " VALUES (?, ?, ?, ?) ON CONFLICT (account_id, kind, term) DO NOTHING", error)))
    return 0;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_int (stmt, 2, kind);
  sqlite3_bind_text (stmt, 3, normal, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, g_get_real_time () / G_USEC_PER_SEC);
  if (!step_done (store, stmt, error))
    return 0;

  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT id FROM listening_terms WHERE account_id = ? AND kind = ? AND term = ?",
                                  error)))
    return 0;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_int (stmt, 2, kind);
  sqlite3_bind_text (stmt, 3, normal, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else
    _fd_store_set_error (fd_store_get_db (store), rc, error);
  sqlite3_reset (stmt);

  return id;
}

gint64
fd_listening_add (FdStore     *store,
                  gint64       account_id,
                  const char  *text,
                  GError     **error)
{
  g_return_val_if_fail (text != NULL, 0);

  while (g_ascii_isspace (*text))
    text++;

  return fd_listening_add_term (store, account_id,
                                text[0] == '#' ? FD_LISTENING_HASHTAG : FD_LISTENING_KEYWORD,
                                text, error);
}

gboolean
fd_listening_remove_term (FdStore  *store,
                          gint64    term_id,
                          GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if (!(stmt = _fd_store_prepare (store, "DELETE FROM listening_terms WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, term_id);
  if (!step_done (store, stmt, error))
    return FALSE;

  if (sqlite3_changes (fd_store_get_db (store)) == 0)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND,
                   _("There is no listening term %lld."), (long long) term_id);
      return FALSE;
    }

  return TRUE;
}

GPtrArray *
fd_listening_list_terms (FdStore  *store,
                         gint64    account_id,
                         GError  **error)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_listening_term_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT t.id, t.account_id, t.kind, t.term, t.created_at,"
                                  " (SELECT count(*) FROM listening_posts p WHERE p.term_id = t.id)"
                                  " FROM listening_terms t WHERE ?1 = 0 OR t.account_id = ?1"
                                  " ORDER BY t.account_id, t.kind, t.term", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, account_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdListeningTerm *term = g_new0 (FdListeningTerm, 1);

      term->id = sqlite3_column_int64 (stmt, 0);
      term->account_id = sqlite3_column_int64 (stmt, 1);
      term->kind = sqlite3_column_int (stmt, 2) == FD_LISTENING_HASHTAG ? FD_LISTENING_HASHTAG : FD_LISTENING_KEYWORD;
      term->term = dup_column (stmt, 3);
      term->created_at = sqlite3_column_int64 (stmt, 4);
      term->n_posts = (guint) sqlite3_column_int64 (stmt, 5);
      g_ptr_array_add (terms, term);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&terms);
}

/* Posts */

#define POST_COLUMNS \
  "SELECT p.id, p.account_id, coalesce(p.term_id, 0)," \
  " CASE t.kind WHEN 0 THEN '#' || t.term ELSE t.term END," \
  " p.channel, p.remote_id, p.in_reply_to, p.author_handle, p.author_name, p.text, p.lang, p.url," \
  " p.visibility, p.created_at, coalesce(p.message_id, 0)" \
  " FROM listening_posts p LEFT JOIN listening_terms t ON t.id = p.term_id"

static FdListeningPost *
post_from_row (sqlite3_stmt *stmt)
{
  FdListeningPost *post = g_new0 (FdListeningPost, 1);

  post->id = sqlite3_column_int64 (stmt, 0);
  post->account_id = sqlite3_column_int64 (stmt, 1);
  post->term_id = sqlite3_column_int64 (stmt, 2);
  post->term = dup_column (stmt, 3);
  post->channel = dup_column (stmt, 4);
  post->remote_id = dup_column (stmt, 5);
  post->in_reply_to = dup_column (stmt, 6);
  post->author_handle = dup_column (stmt, 7);
  post->author_name = dup_column (stmt, 8);
  post->text = dup_column (stmt, 9);
  post->lang = dup_column (stmt, 10);
  post->url = dup_column (stmt, 11);
  post->visibility = dup_column (stmt, 12);
  post->created_at = sqlite3_column_int64 (stmt, 13);
  post->message_id = sqlite3_column_int64 (stmt, 14);

  return post;
}

GPtrArray *
fd_listening_list_posts (FdStore  *store,
                         gint64    account_id,
                         gint64    before_id,
                         guint     limit,
                         GError  **error)
{
  g_autoptr(GPtrArray) posts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_listening_post_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (!(stmt = _fd_store_prepare (store,
                                  POST_COLUMNS
                                  " WHERE (?1 = 0 OR p.account_id = ?1) AND (?2 = 0 OR p.id < ?2)"
                                  " ORDER BY p.id DESC LIMIT ?3", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_int64 (stmt, 2, before_id);
  sqlite3_bind_int64 (stmt, 3, limit > 0 ? limit : G_MAXINT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (posts, post_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&posts);
}

FdListeningPost *
fd_listening_get_post (FdStore  *store,
                       gint64    post_id,
                       GError  **error)
{
  FdListeningPost *post = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (!(stmt = _fd_store_prepare (store, POST_COLUMNS " WHERE p.id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, post_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    post = post_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND,
                 _("There is no listening post %lld."), (long long) post_id);
  else
    _fd_store_set_error (fd_store_get_db (store), rc, error);
  sqlite3_reset (stmt);

  return post;
}

static gint64
find_message (FdStore     *store,
              const char  *channel,
              const char  *remote_id,
              GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  if (!(stmt = _fd_store_prepare (store, "SELECT id FROM messages WHERE channel = ? AND remote_id = ?", error)))
    return -1;
  sqlite3_bind_text (stmt, 1, channel, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, remote_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      id = -1;
    }
  sqlite3_reset (stmt);

  return id;
}

gint64
fd_listening_adopt_post (FdStore  *store,
                         gint64    post_id,
                         GError  **error)
{
  g_autoptr(FdListeningPost) post = NULL;
  g_autoptr(FdParsedMessage) msg = NULL;
  sqlite3_stmt *stmt;
  gint64 message_id = 0;

  g_return_val_if_fail (FD_IS_STORE (store), 0);

  if (!(post = fd_listening_get_post (store, post_id, error)))
    return 0;

  if (post->message_id != 0)
    return post->message_id;

  msg = fd_parsed_message_new ();
  msg->channel = g_strdup (post->channel);
  msg->remote_id = g_strdup (post->remote_id);
  /* A new conversation of its own, unless the store knows the parent. */
  msg->thread_id = g_strdup (post->remote_id);
  msg->in_reply_to = g_strdup (post->in_reply_to);
  msg->author_handle = g_strdup (post->author_handle);
  msg->author_name = g_strdup (post->author_name);
  fd_parsed_message_set_text (msg, post->text != NULL ? post->text : "", -1);
  msg->lang = g_strdup (post->lang);
  msg->url = g_strdup (post->url);
  msg->visibility = g_strdup (post->visibility);
  msg->created_at = post->created_at;
  msg->direction = FD_DIRECTION_IN;
  msg->state = FD_MESSAGE_STATE_UNREAD;

  if (!fd_parsed_message_sanitize (msg, error))
    return 0;

  if (!fd_store_begin (store, error))
    return 0;

  switch (fd_ingest_message (store, msg, &message_id, error))
    {
    case FD_INSERT_ADDED:
      break;
    case FD_INSERT_DUPLICATE:
      /* Already in the inbox (a mention, or adopted on another computer). */
      if ((message_id = find_message (store, post->channel, post->remote_id, error)) <= 0)
        {
          if (message_id == 0)
            g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                         _("The post could not be added to the inbox. Try again."));
          goto fail;
        }
      break;
    case FD_INSERT_ERROR:
    default:
      goto fail;
    }

  /* Answered through the account that found it. */
  if (!(stmt = _fd_store_prepare (store, "UPDATE messages SET account_id = ?1 WHERE id = ?2 AND account_id IS NULL", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, post->account_id);
  sqlite3_bind_int64 (stmt, 2, message_id);
  if (!step_done (store, stmt, error))
    goto fail;

  if (!(stmt = _fd_store_prepare (store,
                                  "UPDATE conversations SET account_id = ?1 WHERE account_id IS NULL"
                                  " AND id = (SELECT conversation_id FROM messages WHERE id = ?2)", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, post->account_id);
  sqlite3_bind_int64 (stmt, 2, message_id);
  if (!step_done (store, stmt, error))
    goto fail;

  if (!(stmt = _fd_store_prepare (store, "UPDATE listening_posts SET message_id = ? WHERE id = ?", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, message_id);
  sqlite3_bind_int64 (stmt, 2, post_id);
  if (!step_done (store, stmt, error))
    goto fail;

  _fd_store_mark_written (store);
  if (!fd_store_commit (store, error))
    goto fail;

  return message_id;

fail:
  fd_store_rollback (store);
  return 0;
}

/* For the sync run */

GPtrArray *
_fd_listening_load_terms (FdStore  *store,
                          gint64    account_id,
                          GError  **error)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_listening_term_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (!(stmt = _fd_store_prepare (store, "SELECT id, kind, term, cursor, created_at FROM listening_terms"
                                         " WHERE account_id = ? ORDER BY id", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, account_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdListeningTerm *term = g_new0 (FdListeningTerm, 1);

      term->id = sqlite3_column_int64 (stmt, 0);
      term->account_id = account_id;
      term->kind = sqlite3_column_int (stmt, 1) == FD_LISTENING_HASHTAG ? FD_LISTENING_HASHTAG : FD_LISTENING_KEYWORD;
      term->term = dup_column (stmt, 2);
      term->cursor = dup_column (stmt, 3);
      term->created_at = sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (terms, term);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&terms);
}

gboolean
_fd_listening_store_posts (FdStore     *store,
                           gint64       account_id,
                           gint64       term_id,
                           GPtrArray   *messages,
                           const char  *cursor,
                           GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (!fd_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < messages->len; i++)
    {
      const FdParsedMessage *msg = g_ptr_array_index (messages, i);

      if (!(stmt = _fd_store_prepare (store,
                                      "INSERT INTO listening_posts (account_id, term_id, channel, remote_id,"
                                      " in_reply_to, author_handle, author_name, text, html, lang, url, visibility,"
                                      " created_at, fetched_at, message_id)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                                      "  (SELECT id FROM messages WHERE channel = ?3 AND remote_id = ?4))"
                                      " ON CONFLICT (account_id, remote_id) DO NOTHING", error)))
        goto fail;
      sqlite3_bind_int64 (stmt, 1, account_id);
      sqlite3_bind_int64 (stmt, 2, term_id);
      sqlite3_bind_text (stmt, 3, msg->channel, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, msg->remote_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, msg->in_reply_to, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, msg->author_handle, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 7, msg->author_name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 8, msg->text != NULL ? msg->text : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 9, msg->html, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 10, msg->lang, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 11, msg->url, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 12, msg->visibility, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 13, msg->created_at);
      sqlite3_bind_int64 (stmt, 14, now);
      if (!step_done (store, stmt, error))
        goto fail;
    }

  if (cursor != NULL)
    {
      if (!(stmt = _fd_store_prepare (store, "UPDATE listening_terms SET cursor = ? WHERE id = ?", error)))
        goto fail;
      sqlite3_bind_text (stmt, 1, cursor, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, term_id);
      if (!step_done (store, stmt, error))
        goto fail;
    }

  if (messages->len > 0)
    _fd_store_mark_written (store);
  if (!fd_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  fd_store_rollback (store);
  return FALSE;
}
