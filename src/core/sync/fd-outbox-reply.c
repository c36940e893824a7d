/* fd-outbox-reply.c: replies into the outbox.
 *
 * The composer, the Topics page and the CLI describe what the person
 * asked for in an FdReplyRequest; fd_outbox_queue_reply() turns it into
 * outgoing messages and outbox entries in one transaction, so that a
 * failure half-way (a full disk, a copy that went away) leaves nothing
 * behind that would go out on its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "fd-ingest.h"
#include "fd-ingest.h"
#include "fd-json.h"
#include "fd-outbox-private.h"
#include "fd-account.h"
#include "fd-attachment-store.h"
#include "fd-repeats.h"
#include "fd-signatures.h"
#include "fd-sql.h"
#include "fd-store-private.h"

static gboolean
is_blank (const char *text)
{
  /* As g_strstrip() sees it. */
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

static char *
make_reply_subject (const char *subject)
{
  if (subject == NULL || *subject == '\0')
    return NULL;
  if (g_ascii_strncasecmp (subject, "re:", 3) == 0)
    return g_strdup (subject);
  return g_strconcat ("Re: ", subject, NULL);
}

static char *
make_payload (FdStore               *store,
              const FdParsedMessage *reply,
              gboolean               private_reply,
              const char            *public_note)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, reply->text);
  json_builder_set_member_name (builder, "private");
  json_builder_add_boolean_value (builder, private_reply);
  json_builder_set_member_name (builder, "in_reply_to");
  json_builder_add_string_value (builder, reply->in_reply_to);
  json_builder_set_member_name (builder, "recipient");
  json_builder_add_string_value (builder, reply->recipient);
  if (public_note != NULL)
    {
      json_builder_set_member_name (builder, "public_note");
      json_builder_add_string_value (builder, public_note);
    }
  /* The provider reads the files from here, never from the store. */
  if (reply->attachments != NULL && reply->attachments->len > 0)
    {
      json_builder_set_member_name (builder, "attachments");
      json_builder_begin_array (builder);
      for (guint i = 0; i < reply->attachments->len; i++)
        {
          const FdParsedAttachment *att = g_ptr_array_index (reply->attachments, i);
          g_autofree char *path = fd_attachment_store_get_path (store, att->path);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "filename");
          json_builder_add_string_value (builder, att->filename);
          json_builder_set_member_name (builder, "content_type");
          json_builder_add_string_value (builder, att->content_type);
          json_builder_set_member_name (builder, "size");
          json_builder_add_int_value (builder, att->size);
          json_builder_set_member_name (builder, "path");
          json_builder_add_string_value (builder, path);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

/* An atproto TID: 53 bits of microseconds since 1970 and 10 random
 * bits, in base32-sortable (FD_CHANNEL_RECORD_KEY). */
static char *
make_record_key (void)
{
  static const char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
  guint64 value = ((guint64) g_get_real_time () & ((G_GUINT64_CONSTANT (1) << 53) - 1)) << 10 |
                  (guint64) g_random_int_range (0, 1024);
  char key[14];

  for (int i = 12; i >= 0; i--)
    {
      key[i] = alphabet[value & 31];
      value >>= 5;
    }
  key[13] = '\0';

  return g_strdup (key);
}

/* Copies each of @paths into the attachment store, as @reply's
 * attachments. */
static gboolean
add_attachments (FdStore          *store,
                 FdParsedMessage  *reply,
                 GPtrArray        *paths,
                 GError          **error)
{
  if (paths == NULL || paths->len == 0)
    return TRUE;

  if (!fd_channel_has (reply->channel, FD_CHANNEL_MAIL))
    {
      g_set_error_literal (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_INVALID,
                           _("Only e-mail replies can carry files. Send a link to the file instead."));
      return FALSE;
    }

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (paths, i));
      g_autoptr(FdParsedAttachment) att = fd_parsed_attachment_new ();
      g_autofree char *type = NULL;
      guint64 size = 0;

      if ((att->path = fd_attachment_store_add_file (store, file, &size, error)) == NULL)
        return FALSE;
      att->filename = g_filename_display_basename (g_ptr_array_index (paths, i));
      type = g_content_type_guess (att->filename, NULL, 0, NULL);
      att->content_type = g_content_type_get_mime_type (type);
      if (att->content_type == NULL)
        att->content_type = g_strdup ("application/octet-stream");
      att->size = (gint64) size;
      g_ptr_array_add (reply->attachments, g_steal_pointer (&att));
    }

  return TRUE;
}

/* One reply to @parent: our outgoing message, unsent, and its entry. The
 * draft of the conversation has become the reply. */
static gboolean
queue_one (FdOutbox    *self,
           FdMessage   *parent,
           const char  *text,
           gboolean     private_reply,
           const char  *public_note,
           GPtrArray   *attachments,
           GArray      *ids,
           GError     **error)
{
  FdStore *store = fd_outbox_get_store (self);
  g_autoptr(FdParsedMessage) reply = fd_parsed_message_new ();
  g_autofree char *token = fd_channel_has (fd_message_get_channel (parent), FD_CHANNEL_RECORD_KEY)
                           ? make_record_key () : g_uuid_string_random ();
  g_autofree char *payload = NULL;
  g_autofree char *signed_text = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 reply_id = 0;

  reply->channel = g_strdup (fd_message_get_channel (parent));
  reply->account_id = fd_message_get_account_id (parent);
  /* A letter carries the account's signature; a post or a chat never
   * does. Part of the text from here on: the conversation shows what the
   * customer gets. */
  if (fd_channel_has (reply->channel, FD_CHANNEL_MAIL) && reply->account_id > 0)
    {
      g_autofree char *signature = fd_signatures_get (store, reply->account_id, fd_message_get_lang (parent), error);

      if (signature == NULL && error != NULL && *error != NULL)
        return FALSE;
      signed_text = fd_signatures_append (text, signature);
      text = signed_text;
    }
  /* The idempotency token doubles as the remote id: for mail it is the
   * Message-ID the reply will carry, so a resend can be recognised. */
  if (fd_channel_has (reply->channel, FD_CHANNEL_MAIL))
    reply->remote_id = g_strdup_printf ("%s@frontdesk.invalid", token);
  else
    reply->remote_id = g_strdup_printf ("frontdesk-%s", token);
  reply->thread_id = g_strdup (fd_message_get_conversation_remote_id (parent));
  reply->in_reply_to = g_strdup (fd_message_get_remote_id (parent));
  reply->author_handle = g_strdup ("me");
  reply->recipient = g_strdup (fd_message_get_direction (parent) == FD_DIRECTION_IN
                               ? fd_message_get_author_handle (parent) : NULL);
  reply->subject = make_reply_subject (fd_message_get_subject (parent));
  fd_parsed_message_set_text (reply, text, -1);
  reply->lang = g_strdup (fd_message_get_lang (parent));
  reply->created_at = MAX (now, fd_message_get_created_at (parent));
  reply->direction = FD_DIRECTION_OUT;
  reply->state = FD_MESSAGE_STATE_READ;
  /* Answered only once it went out: fd_outbox_mark_sent(). */
  reply->unsent = TRUE;

  if (!add_attachments (store, reply, attachments, error))
    return FALSE;

  payload = make_payload (store, reply, private_reply, public_note);

  if (fd_ingest_message (store, reply, &reply_id, error) != FD_INSERT_ADDED)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                     _("The reply could not be stored. Try sending it again."));
      return FALSE;
    }

  if (!_fd_outbox_insert_entry (self, fd_message_get_account_id (parent),
                                fd_message_get_conversation_id (parent), reply_id,
                                private_reply ? FD_OUTBOX_ACTION_PRIVATE_REPLY : FD_OUTBOX_ACTION_REPLY,
                                payload, token, NULL, error))
    return FALSE;

  if (!_fd_sql_exec_ints (store, "DELETE FROM drafts WHERE conversation_id = ?1", error,
                          1, fd_message_get_conversation_id (parent)))
    return FALSE;

  g_array_append_val (ids, reply_id);
  return TRUE;
}

static gboolean
queue_to_message (FdOutbox              *self,
                  const FdReplyRequest  *request,
                  GArray                *ids,
                  GError               **error)
{
  g_autoptr(FdMessage) parent = NULL;
  g_autofree char *note = NULL;
  gboolean private_reply = request->kind == FD_REPLY_PRIVATE;

  if (private_reply && !is_blank (request->public_note))
    {
      g_autofree char *private_text = g_strstrip (g_strdup (request->text));

      note = g_strstrip (g_strdup (request->public_note));
      /* The note is public: it must not carry what was said in private. */
      if (strstr (note, private_text) != NULL)
        {
          g_set_error_literal (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_INVALID,
                               _("The public note repeats the private message. Write a short note that only says "
                                 "you answered privately."));
          return FALSE;
        }
    }

  if (!(parent = fd_store_get_message (fd_outbox_get_store (self), request->message_id, error)))
    return FALSE;

  return queue_one (self, parent, request->text, private_reply, note, request->attachments, ids, error);
}

/* One reply per copy still to answer, adapted to its channel. A copy is
 * open until a reply after it waits or went out, so a second copy in the
 * conversation of one just answered is left alone. */
static gboolean
queue_all_copies (FdOutbox              *self,
                  const FdReplyRequest  *request,
                  GArray                *ids,
                  GError               **error)
{
  FdStore *store = fd_outbox_get_store (self);
  g_autoptr(FdRepeatGroup) group = NULL;

  if (!(group = fd_repeats_get_group (store, request->group_id, error)))
    return FALSE;

  for (guint i = 0; i < group->messages->len; i++)
    {
      FdMessage *copy = g_ptr_array_index (group->messages, i);
      g_autoptr(FdMessage) now = NULL;
      g_autofree char *adapted = NULL;
      int open;

      if ((open = fd_repeats_copy_is_open (store, fd_message_get_id (copy), error)) < 0)
        return FALSE;
      if (!open)
        continue;
      if (!(now = fd_store_get_message (store, fd_message_get_id (copy), error)))
        return FALSE;

      adapted = fd_repeats_adapt_reply (fd_message_get_channel (now),
                                        fd_message_get_author_handle (now), request->text);
      if (!queue_one (self, now, adapted, FALSE, NULL, NULL, ids, error))
        return FALSE;
    }

  if (ids->len == 0)
    {
      g_set_error (error, FD_REPEATS_ERROR, FD_REPEATS_ERROR_NOTHING_TO_DO,
                   _("Every copy in this group is answered already."));
      return FALSE;
    }

  return TRUE;
}

/* New text for a waiting reply: the entry, its message and the search
 * index change together. With @retry a failed entry goes back to
 * pending. */
static gboolean
edit_reply (FdOutbox     *self,
            gint64        entry_id,
            const char   *text,
            gboolean      retry,
            GArray       *ids,
            GError      **error)
{
  FdStore *store = fd_outbox_get_store (self);
  g_autoptr(FdOutboxEntry) entry = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *payload = NULL;
  sqlite3_stmt *stmt;

  if (!(entry = _fd_outbox_load_changeable (self, entry_id, error)))
    return FALSE;

  if (!fd_outbox_entry_is_reply (entry))
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Only replies have text to edit."));
      return FALSE;
    }

  root = fd_json_parse (entry->payload, -1, FD_JSON_MAX_SIZE, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_clear_pointer (&root, json_node_unref);
      root = json_node_init_object (json_node_alloc (), json_object_new ());
    }
  json_object_set_string_member (json_node_get_object (root), "text", text);
  payload = json_to_string (root, FALSE);

  if (!(stmt = _fd_store_prepare (store, "UPDATE outbox SET payload = ?, updated_at = ? WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, payload, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, g_get_real_time () / G_USEC_PER_SEC);
  sqlite3_bind_int64 (stmt, 3, entry->id);
  if (!_fd_sql_step (store, stmt, error))
    return FALSE;

  if (entry->message_id != 0)
    {
      if (!_fd_sql_fts_remove (store, entry->message_id, error))
        return FALSE;
      if (!(stmt = _fd_store_prepare (store, "UPDATE messages SET text = ? WHERE id = ?", error)))
        return FALSE;
      sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, entry->message_id);
      if (!_fd_sql_step (store, stmt, error) || !_fd_sql_fts_add (store, entry->message_id, error) ||
          /* What was written before is not what is sent now. */
          !_fd_sql_exec_ints (store, "DELETE FROM written_replies WHERE message_id = ?1", error,
                              1, entry->message_id))
        return FALSE;
    }

  /* Edited after a failure: that is the person's "try again". */
  if (retry && entry->state == FD_OUTBOX_FAILED &&
      !_fd_outbox_set_entry_state (self, entry->id, FD_OUTBOX_PENDING, NULL, error))
    return FALSE;

  if (ids != NULL)
    g_array_append_val (ids, entry->message_id);
  return TRUE;
}

void
fd_written_reply_free (FdWrittenReply *written)
{
  if (written == NULL)
    return;
  g_free (written->lang);
  g_free (written->text);
  g_free (written);
}

GHashTable *
fd_outbox_get_written (FdOutbox  *self,
                       gint64     conversation_id,
                       GError   **error)
{
  g_autoptr(GHashTable) written = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) fd_written_reply_free);
  FdStore *store;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_OUTBOX (self), NULL);

  store = fd_outbox_get_store (self);
  stmt = _fd_store_prepare (store,
                            "SELECT w.message_id, w.lang, w.text FROM written_replies w"
                            " JOIN messages m ON m.id = w.message_id WHERE m.conversation_id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, conversation_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      FdWrittenReply *reply = g_new0 (FdWrittenReply, 1);

      reply->lang = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      reply->text = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_hash_table_replace (written, g_memdup2 (&id, sizeof id), reply);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&written);
}

/* What the person wrote, for each reply that sends its translation. */
static gboolean
record_written (FdOutbox              *self,
                const FdReplyRequest  *request,
                GArray                *ids,
                GError               **error)
{
  FdStore *store = fd_outbox_get_store (self);

  if (request->written_text == NULL || request->written_lang == NULL)
    return TRUE;

  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_stmt *stmt = _fd_store_prepare (store,
                                              "INSERT OR REPLACE INTO written_replies (message_id, lang, text)"
                                              " VALUES (?, ?, ?)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      _fd_sql_bind_text (stmt, 2, request->written_lang);
      _fd_sql_bind_text (stmt, 3, request->written_text);
      if (!_fd_sql_step (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

GArray *
fd_outbox_queue_reply (FdOutbox              *self,
                       const FdReplyRequest  *request,
                       GError               **error)
{
  g_autoptr(GArray) ids = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (FD_IS_OUTBOX (self), NULL);
  g_return_val_if_fail (request != NULL, NULL);
  g_return_val_if_fail (request->text != NULL, NULL);

  if (is_blank (request->text))
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED, "%s",
                   request->kind == FD_REPLY_EDIT
                     ? _("The reply is empty. Write something, or discard the reply instead.")
                     : _("The reply is empty. Write something before sending."));
      return NULL;
    }

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!fd_store_begin (fd_outbox_get_store (self), error))
    return NULL;

  switch (request->kind)
    {
    case FD_REPLY_PLAIN:
    case FD_REPLY_PRIVATE:
      ok = queue_to_message (self, request, ids, error);
      break;
    case FD_REPLY_ALL_COPIES:
      ok = queue_all_copies (self, request, ids, error);
      break;
    case FD_REPLY_EDIT:
      ok = edit_reply (self, request->entry_id, request->text, TRUE, ids, error);
      break;
    default:
      g_set_error (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_INVALID,
                   _("This version of Frontdesk does not know this kind of reply. Update Frontdesk."));
      break;
    }

  ok = ok && record_written (self, request, ids, error);
  if (!_fd_outbox_finish (self, ok, error))
    return NULL;

  return g_steal_pointer (&ids);
}

gboolean
fd_outbox_edit (FdOutbox    *self,
                gint64       entry_id,
                const char  *text,
                GError     **error)
{
  g_return_val_if_fail (FD_IS_OUTBOX (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (is_blank (text))
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("The reply is empty. Write something, or discard the reply instead."));
      return FALSE;
    }

  if (!fd_store_begin (fd_outbox_get_store (self), error))
    return FALSE;

  return _fd_outbox_finish (self, edit_reply (self, entry_id, text, FALSE, NULL, error), error);
}

gboolean
fd_outbox_get_attachment_limit (FdOutbox  *self,
                                gint64     message_id,
                                guint64   *out_total,
                                guint64   *out_limit,
                                GError   **error)
{
  FdStore *store = fd_outbox_get_store (self);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 total, account_id = 0;

  g_return_val_if_fail (FD_IS_OUTBOX (self), FALSE);

  if (!(stmt = _fd_store_prepare (store, "SELECT coalesce (sum (size), 0) FROM attachments WHERE message_id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, message_id);
  total = _fd_sql_query_int (store, stmt, &local_error);
  if (local_error == NULL &&
      (stmt = _fd_store_prepare (store, "SELECT coalesce (account_id, 0) FROM messages WHERE id = ?", &local_error)) != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, message_id);
      account_id = _fd_sql_query_int (store, stmt, &local_error);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *out_total = (guint64) MAX (total, 0);
  *out_limit = FD_ATTACHMENT_DEFAULT_MESSAGE_LIMIT;
  if (account_id > 0)
    {
      g_autoptr(FdAccount) account = fd_account_load (store, account_id, NULL);
      gint64 limit = account != NULL ? fd_account_get_setting_int (account, FD_OUTBOX_SETTING_MAX_MESSAGE_SIZE, 0) : 0;

      if (limit > 0)
        *out_limit = (guint64) limit;
    }
  return TRUE;
}
