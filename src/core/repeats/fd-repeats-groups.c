/* fd-repeats-groups.c: reading repeat groups and topics, and answering
 * every copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-channel.h"
#include "fd-message-private.h"
#include "fd-repeats-private.h"
#include "fd-sql.h"

void
fd_repeat_group_free (FdRepeatGroup *group)
{
  if (group == NULL)
    return;

  g_free (group->customer_name);
  g_free (group->reason_value);
  g_clear_pointer (&group->messages, g_ptr_array_unref);
  g_free (group);
}

void
fd_topic_free (FdTopic *topic)
{
  if (topic == NULL)
    return;

  g_strfreev (topic->channels);
  g_clear_pointer (&topic->messages, g_ptr_array_unref);
  g_free (topic);
}

/* The member messages of a group or topic, oldest first. */
static GPtrArray *
load_members (FdStore  *store,
              gboolean  topic,
              gint64    id,
              GError  **error)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _fd_store_prepare (store,
                            topic
                            ? "SELECT " FD_MESSAGE_COLUMNS " FROM topic_members tm JOIN messages m ON m.id = tm.message_id"
                              FD_MESSAGE_JOINS " WHERE tm.topic_id = ? ORDER BY m.sort_key"
                            : "SELECT " FD_MESSAGE_COLUMNS " FROM repeat_members rm JOIN messages m ON m.id = rm.message_id"
                              FD_MESSAGE_JOINS " WHERE rm.group_id = ? ORDER BY m.sort_key",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (messages, _fd_message_new_from_stmt (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&messages);
}

/* A copy still to answer: unanswered, and no reply to it waiting in the
 * outbox (a queued reply answers it only once sent). */
#define COPY_OPEN(m) \
  "(" m ".state < " FD_SQL_ANSWERED " AND NOT EXISTS (SELECT 1 FROM messages r JOIN outbox o ON o.message_id = r.id" \
  "  WHERE r.conversation_id = " m ".conversation_id AND r.direction = " FD_SQL_OUT \
  "  AND r.sort_key > " m ".sort_key AND o.state != " FD_SQL_OUTBOX_SENT "))"

#define GROUP_COLUMNS \
  "SELECT g.id, g.customer_id, c.name, g.created, g.last_at," \
  " (SELECT count(*) FROM repeat_members rm JOIN messages m ON m.id = rm.message_id" \
  "  WHERE rm.group_id = g.id AND " COPY_OPEN ("m") ") AS unanswered," \
  " g.reason, g.reason_value" \
  " FROM repeat_groups g LEFT JOIN customers c ON c.id = g.customer_id"

static GPtrArray *
read_groups (FdStore       *store,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_repeat_group_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdRepeatGroup *group = g_new0 (FdRepeatGroup, 1);

      group->id = sqlite3_column_int64 (stmt, 0);
      group->customer_id = sqlite3_column_int64 (stmt, 1);
      group->customer_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      group->first_at = sqlite3_column_int64 (stmt, 3);
      group->last_at = sqlite3_column_int64 (stmt, 4);
      group->n_unanswered = (guint) sqlite3_column_int (stmt, 5);
      group->done = group->n_unanswered == 0;
      group->reason = (FdRepeatReason) CLAMP (sqlite3_column_int (stmt, 6), FD_REPEAT_REASON_UNKNOWN,
                                              FD_REPEAT_REASON_ASKED_AGAIN);
      group->reason_value = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      g_ptr_array_add (groups, group);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  /* Members after the statement is done: load_members uses another. */
  for (guint i = 0; i < groups->len; i++)
    {
      FdRepeatGroup *group = g_ptr_array_index (groups, i);

      if (!(group->messages = load_members (store, FALSE, group->id, error)))
        return NULL;
    }

  return g_steal_pointer (&groups);
}

GPtrArray *
fd_repeats_list_groups (FdStore   *store,
                        gboolean   only_open,
                        guint      limit,
                        GError   **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store,
                            only_open
                            ? "SELECT * FROM (" GROUP_COLUMNS ") WHERE unanswered > 0 ORDER BY last_at DESC, id DESC LIMIT ?"
                            : GROUP_COLUMNS " ORDER BY g.last_at DESC, g.id DESC LIMIT ?",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, limit > 0 ? (gint64) limit : -1);

  return read_groups (store, stmt, error);
}

FdRepeatGroup *
fd_repeats_get_group (FdStore  *store,
                      gint64    group_id,
                      GError  **error)
{
  g_autoptr(GPtrArray) groups = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store, GROUP_COLUMNS " WHERE g.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);

  if (!(groups = read_groups (store, stmt, error)))
    return NULL;
  if (groups->len == 0)
    {
      g_set_error (error, FD_REPEATS_ERROR, FD_REPEATS_ERROR_NOT_FOUND,
                   _("There is no group of repeated posts %lld. Use “frontdesk-cli repeats” to list them."),
                   (long long) group_id);
      return NULL;
    }

  return g_ptr_array_steal_index (groups, 0);
}

gint64
fd_repeats_get_group_id (FdStore  *store,
                         gint64    message_id,
                         GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), -1);

  stmt = _fd_store_prepare (store, "SELECT group_id FROM repeat_members WHERE message_id = ?", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, message_id);

  return _fd_sql_query_int (store, stmt, error);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
fill_topic (FdStore  *store,
            FdTopic  *topic,
            GError  **error)
{
  g_autoptr(GPtrArray) channels = g_ptr_array_new ();

  if (!(topic->messages = load_members (store, TRUE, topic->id, error)))
    return FALSE;

  for (guint i = 0; i < topic->messages->len; i++)
    {
      const char *channel = fd_message_get_channel (g_ptr_array_index (topic->messages, i));

      if (!g_ptr_array_find_with_equal_func (channels, channel, g_str_equal, NULL))
        g_ptr_array_add (channels, g_strdup (channel));
    }
  g_ptr_array_sort (channels, compare_strings);
  g_ptr_array_add (channels, NULL);
  topic->channels = (GStrv) g_ptr_array_free (g_steal_pointer (&channels), FALSE);

  return TRUE;
}

#define TOPIC_COLUMNS \
  "SELECT t.id, t.created, t.last_at, count(DISTINCT i.customer_id) AS n, sum(" COPY_OPEN ("m") ")" \
  " FROM topics t JOIN topic_members tm ON tm.topic_id = t.id" \
  " JOIN messages m ON m.id = tm.message_id LEFT JOIN identities i ON i.id = m.identity_id"

static GPtrArray *
read_topics (FdStore       *store,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_topic_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdTopic *topic = g_new0 (FdTopic, 1);

      topic->id = sqlite3_column_int64 (stmt, 0);
      topic->first_at = sqlite3_column_int64 (stmt, 1);
      topic->last_at = sqlite3_column_int64 (stmt, 2);
      topic->n_customers = (guint) sqlite3_column_int (stmt, 3);
      topic->n_unanswered = (guint) sqlite3_column_int (stmt, 4);
      g_ptr_array_add (topics, topic);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  for (guint i = 0; i < topics->len; i++)
    if (!fill_topic (store, g_ptr_array_index (topics, i), error))
      return NULL;

  return g_steal_pointer (&topics);
}

GPtrArray *
fd_repeats_list_topics (FdStore  *store,
                        guint     min_customers,
                        guint     limit,
                        GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store,
                            TOPIC_COLUMNS " GROUP BY t.id HAVING n >= ? ORDER BY t.last_at DESC, t.id DESC LIMIT ?",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, (int) MAX (min_customers, 2));
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);

  return read_topics (store, stmt, error);
}

FdTopic *
fd_repeats_get_topic (FdStore  *store,
                      gint64    topic_id,
                      GError  **error)
{
  g_autoptr(GPtrArray) topics = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store, TOPIC_COLUMNS " WHERE t.id = ? GROUP BY t.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, topic_id);

  if (!(topics = read_topics (store, stmt, error)))
    return NULL;
  if (topics->len == 0)
    {
      g_set_error (error, FD_REPEATS_ERROR, FD_REPEATS_ERROR_NOT_FOUND,
                   _("There is no topic %lld. Use “frontdesk-cli topics” to list them."),
                   (long long) topic_id);
      return NULL;
    }

  return g_ptr_array_steal_index (topics, 0);
}

/* Answering */

static guint
max_chars_for (const char *channel)
{
  guint max_chars = fd_channel_max_reply_chars (channel);

  return max_chars > 0 ? max_chars : FD_REPEATS_SOCIAL_MAX_CHARS;
}

char *
fd_repeats_adapt_reply (const char *channel,
                        const char *handle,
                        const char *text)
{
  g_autofree char *mention = NULL;
  g_autofree char *folded_text = NULL;
  g_autofree char *folded_mention = NULL;
  const FdChannelInfo *info;
  const char *prefix;
  GString *out;
  guint max_chars;

  g_return_val_if_fail (channel != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  /* Email and private channels: the reply is a letter, kept as written. */
  if (!fd_channel_has (channel, FD_CHANNEL_PUBLIC_POSTS))
    return g_strdup (text);

  info = fd_channel_lookup (channel);
  prefix = info->mention_prefix != NULL ? info->mention_prefix : "";
  out = g_string_new (NULL);
  if (handle != NULL && *handle != '\0' && !g_str_equal (handle, "unknown"))
    {
      mention = g_strconcat (prefix, handle + strspn (handle, prefix), NULL);
      folded_text = g_utf8_casefold (text, -1);
      folded_mention = g_utf8_casefold (mention, -1);
      if (strstr (folded_text, folded_mention) == NULL)
        g_string_append_printf (out, "%s ", mention);
    }
  g_string_append (out, text + strspn (text, " \t\n"));

  /* Cut at a word, leaving room for the ellipsis. */
  max_chars = max_chars_for (channel);
  if (g_utf8_strlen (out->str, -1) > (glong) max_chars)
    {
      const char *end = g_utf8_offset_to_pointer (out->str, max_chars - 1);
      const char *cut = end;

      while (cut > out->str && *cut != ' ' && *cut != '\n')
        cut--;
      if (cut - out->str < (gssize) (end - out->str) / 2)
        cut = end;
      g_string_truncate (out, cut - out->str);
      while (out->len > 0 && strchr (" \n,;:", out->str[out->len - 1]) != NULL)
        g_string_truncate (out, out->len - 1);
      g_string_append (out, "…");
    }

  return g_string_free (out, FALSE);
}

/* 1 when @message_id is still to answer, 0 when not, -1 on error. */
static int
copy_is_open (FdStore  *store,
              gint64    message_id,
              GError  **error)
{
  sqlite3_stmt *stmt;
  int rc, open = -1;

  if (!(stmt = _fd_store_prepare (store, "SELECT " COPY_OPEN ("m") " FROM messages m WHERE m.id = ?", error)))
    return -1;
  sqlite3_bind_int64 (stmt, 1, message_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    open = sqlite3_column_int (stmt, 0) != 0;
  else if (rc == SQLITE_DONE)
    open = 0;
  else
    _fd_store_set_error (fd_store_get_db (store), rc, error);
  sqlite3_reset (stmt);

  return open;
}

int
fd_repeats_copy_is_open (FdStore  *store,
                         gint64    message_id,
                         GError  **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), -1);

  return copy_is_open (store, message_id, error);
}

gboolean
fd_repeats_mark_all_answered (FdStore  *store,
                              gint64    group_id,
                              GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 exists;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if (!fd_store_begin (store, error))
    return FALSE;

  if (!(stmt = _fd_store_prepare (store, "SELECT count(*) FROM repeat_groups WHERE id = ?", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, group_id);
  if ((exists = _fd_sql_query_int (store, stmt, error)) < 0)
    goto fail;
  if (exists == 0)
    {
      g_set_error (error, FD_REPEATS_ERROR, FD_REPEATS_ERROR_NOT_FOUND,
                   _("There is no group of repeated posts %lld. Use “frontdesk-cli repeats” to list them."),
                   (long long) group_id);
      goto fail;
    }

  if (!_fd_sql_exec_ints (store,
                          "UPDATE messages SET state = " FD_SQL_ANSWERED " WHERE state < " FD_SQL_ANSWERED " AND id IN"
                          " (SELECT message_id FROM repeat_members WHERE group_id = ?)",
                          error, 1, group_id))
    goto fail;

  _fd_store_mark_written (store);
  if (!fd_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  fd_store_rollback (store);
  return FALSE;
}

/* Possible repeats */

static int
compare_messages (gconstpointer a,
                  gconstpointer b)
{
  FdMessage *ma = *(FdMessage * const *) a;
  FdMessage *mb = *(FdMessage * const *) b;
  gint64 ta = fd_message_get_created_at (ma), tb = fd_message_get_created_at (mb);

  if (ta != tb)
    return ta < tb ? -1 : 1;
  return fd_message_get_id (ma) < fd_message_get_id (mb) ? -1 : fd_message_get_id (ma) > fd_message_get_id (mb);
}

/* @message_id and the other copies in its repeat group, into @messages
 * (each once). */
static gboolean
add_with_copies (FdStore    *store,
                 GPtrArray  *messages,
                 gint64      message_id,
                 GError    **error)
{
  g_autoptr(GPtrArray) copies = NULL;
  gint64 group_id = fd_repeats_get_group_id (store, message_id, error);

  if (group_id < 0)
    return FALSE;

  if (group_id > 0)
    {
      if (!(copies = load_members (store, FALSE, group_id, error)))
        return FALSE;
    }
  else
    {
      FdMessage *message = fd_store_get_message (store, message_id, error);

      if (message == NULL)
        return FALSE;
      copies = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (copies, message);
    }

  for (guint i = 0; i < copies->len; i++)
    {
      FdMessage *copy = g_ptr_array_index (copies, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < messages->len && !seen; j++)
        seen = fd_message_get_id (g_ptr_array_index (messages, j)) == fd_message_get_id (copy);
      if (!seen)
        g_ptr_array_add (messages, g_object_ref (copy));
    }

  return TRUE;
}

/* "order:48213" or "late-delivery": the number both posts name, or the
 * kind of complaint they make (the first in the enumeration, or the
 * first post's when the later one makes none of its own), from their
 * text. */
static char *
shared_reason_value (FdMessage      *a,
                     FdMessage      *b,
                     FdRepeatReason  reason)
{
  FdRepeatsSignature sig;
  FdRepeatsMeaning ma, mb;
  FdRepeatsFacts fa, fb;
  guint32 kinds;

  _fd_repeats_analyse (fd_message_get_text (a), fd_message_get_subject (a), &sig, &ma);
  _fd_repeats_analyse (fd_message_get_text (b), fd_message_get_subject (b), &sig, &mb);
  _fd_repeats_facts (&ma, &fa);
  _fd_repeats_facts (&mb, &fb);

  if (reason == FD_REPEAT_REASON_SAME_COMPLAINT)
    {
      kinds = fa.kinds & _fd_repeats_complaint_kin (fb.kinds);
      if (kinds == 0)
        kinds = fa.kinds | fb.kinds;
      if (kinds == 0)
        return NULL;
      return _fd_repeats_reason_value (reason, 0, (FdComplaint) g_bit_nth_lsf (kinds, -1), NULL, &fa, &fb);
    }

  for (guint i = 0; i < mb.n_refs; i++)
    for (guint j = 0; j < ma.n_refs; j++)
      if (mb.refs[i].hash == ma.refs[j].hash && (mb.refs[i].strong || ma.refs[j].strong))
        return _fd_repeats_reason_value (FD_REPEAT_REASON_SAME_REFERENCE, mb.refs[i].hash, 0, &mb, &fb, &fa);

  return NULL;
}

FdRepeatGroup *
_fd_repeats_pair_group (FdStore         *store,
                        gint64           message_a,
                        gint64           message_b,
                        FdRepeatReason   reason,
                        GError         **error)
{
  g_autoptr(FdRepeatGroup) group = g_new0 (FdRepeatGroup, 1);

  group->messages = g_ptr_array_new_with_free_func (g_object_unref);
  if (!add_with_copies (store, group->messages, message_a, error) ||
      !add_with_copies (store, group->messages, message_b, error))
    return NULL;
  g_ptr_array_sort (group->messages, compare_messages);

  for (guint j = 0; j < group->messages->len; j++)
    {
      FdMessage *copy = g_ptr_array_index (group->messages, j);
      int open = copy_is_open (store, fd_message_get_id (copy), error);

      if (open < 0)
        return NULL;
      group->n_unanswered += open;
    }
  group->done = group->n_unanswered == 0;
  group->first_at = fd_message_get_created_at (g_ptr_array_index (group->messages, 0));
  group->last_at = fd_message_get_created_at (g_ptr_array_index (group->messages, group->messages->len - 1));

  if (reason == FD_REPEAT_REASON_SAME_REFERENCE || reason == FD_REPEAT_REASON_SAME_COMPLAINT)
    {
      g_autoptr(FdMessage) a = NULL;
      g_autoptr(FdMessage) b = NULL;

      if (!(a = fd_store_get_message (store, message_a, error)) ||
          !(b = fd_store_get_message (store, message_b, error)))
        return NULL;
      /* The earlier post first: the later one may only refer back. */
      if (fd_message_get_created_at (b) < fd_message_get_created_at (a))
        group->reason_value = shared_reason_value (b, a, reason);
      else
        group->reason_value = shared_reason_value (a, b, reason);
    }
  group->reason = reason == FD_REPEAT_REASON_SAME_COMPLAINT && group->reason_value == NULL
                  ? FD_REPEAT_REASON_ASKED_AGAIN : reason;

  return g_steal_pointer (&group);
}
