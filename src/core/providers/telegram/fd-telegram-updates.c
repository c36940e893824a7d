/* fd-telegram-updates.c: getUpdates's updates as messages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-telegram-private.h"

const char * const fd_telegram_allowed_updates[] = {
  "message",
  "edited_message",
  "business_connection",
  "business_message",
  "edited_business_message",
  "deleted_business_messages",
  NULL
};

char *
_fd_telegram_thread_id (const char *bot_id,
                        const char *connection,
                        gint64      chat_id)
{
  if (connection != NULL)
    return g_strdup_printf ("%s:b:%s:%" G_GINT64_FORMAT, bot_id, connection, chat_id);
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, bot_id, chat_id);
}

static char *
make_remote_id (const char *bot_id,
                const char *connection,
                gint64      chat_id,
                gint64      message_id)
{
  g_autofree char *thread = _fd_telegram_thread_id (bot_id, connection, chat_id);

  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, thread, message_id);
}

void
_fd_telegram_ref_clear (FdTelegramRef *ref)
{
  g_clear_pointer (&ref->bot_id, g_free);
  g_clear_pointer (&ref->connection, g_free);
}

static gboolean
parse_int (const char *text,
           gint64     *value)
{
  return g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, value, NULL);
}

gboolean
_fd_telegram_parse_ref (const char    *remote_id,
                        FdTelegramRef *ref)
{
  g_auto(GStrv) parts = NULL;
  guint n;

  memset (ref, 0, sizeof *ref);
  if (remote_id == NULL)
    return FALSE;

  parts = g_strsplit (remote_id, ":", -1);
  n = g_strv_length (parts);
  if (n >= 4 && g_str_equal (parts[1], "b"))
    {
      if (n > 5 || !parse_int (parts[3], &ref->chat_id) || (n == 5 && !parse_int (parts[4], &ref->message_id)))
        return FALSE;
      ref->connection = g_strdup (parts[2]);
    }
  else if (n == 2 || n == 3)
    {
      if (!parse_int (parts[1], &ref->chat_id) || (n == 3 && !parse_int (parts[2], &ref->message_id)))
        return FALSE;
    }
  else
    return FALSE;

  ref->bot_id = g_strdup (parts[0]);
  return TRUE;
}

/* Entities count in UTF-16 code units. @walk and @walked: how far into
 * @text an earlier call went (@text and 0 at first), where the next one
 * starts unless it wants a place before it; in order, as entities come,
 * the walks of a message's entities together go through the text once. */
static const char *
utf16_offset (const char  *text,
              gint64       offset,
              const char **walk,
              gint64      *walked)
{
  if (offset < *walked)
    {
      *walk = text;
      *walked = 0;
    }
  while (*walked < offset && **walk != '\0')
    {
      gunichar c = g_utf8_get_char (*walk);

      *walked += c > 0xFFFF ? 2 : 1;
      *walk = g_utf8_next_char (*walk);
    }
  return *walk;
}

/* Where @entity ends in @text. Past the text is its end; a text has a
 * few thousand units, so larger numbers are cut before they are added
 * (a sum that overflows is undefined). */
static const char *
entity_end (const char  *text,
            JsonObject  *entity,
            const char **walk,
            gint64      *walked)
{
  gint64 offset = fd_telegram_json_get_int (entity, "offset", 0);
  gint64 length = fd_telegram_json_get_int (entity, "length", 0);

  offset = CLAMP (offset, -G_MAXINT32, G_MAXINT32);
  length = CLAMP (length, -G_MAXINT32, G_MAXINT32);

  return utf16_offset (text, offset + length, walk, walked);
}

/* The text, with the address of each text link after its words: what
 * the customer saw as a link stays readable. */
static char *
readable_text (const char *text,
               JsonArray  *entities)
{
  GString *out;
  const char *done = text;
  const char *walk = text;
  gint64 walked = 0;

  if (text == NULL)
    return g_strdup ("");
  if (entities == NULL)
    return g_strdup (text);

  out = g_string_new (NULL);
  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonNode *node = json_array_get_element (entities, i);
      JsonObject *entity = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *url = fd_json_get_string (entity, "url");
      const char *end;

      if (g_strcmp0 (fd_json_get_string (entity, "type"), "text_link") != 0 || url == NULL)
        continue;
      end = entity_end (text, entity, &walk, &walked);
      if (end < done)
        continue;
      g_string_append_len (out, done, end - done);
      g_string_append_printf (out, " (%s)", url);
      done = end;
    }
  g_string_append (out, done);

  return g_string_free (out, FALSE);
}

static char *
user_name (JsonObject *user)
{
  const char *first = fd_json_get_string (user, "first_name");
  const char *last = fd_json_get_string (user, "last_name");
  const char *username = fd_json_get_string (user, "username");

  if (first != NULL && last != NULL)
    return g_strdup_printf ("%s %s", first, last);
  if (first != NULL)
    return g_strdup (first);
  if (username != NULL)
    return g_strdup_printf ("@%s", username);
  return NULL;
}

static char *
user_handle (gint64 user_id)
{
  return g_strdup_printf ("tg:%" G_GINT64_FORMAT, user_id);
}

void
_fd_telegram_file_free (FdTelegramFile *file)
{
  g_free (file->file_id);
  g_free (file);
}

static void
add_attachment (FdParsedMessage *msg,
                GPtrArray       *files,
                JsonObject      *file,
                const char      *filename,
                const char      *content_type)
{
  FdParsedAttachment *att;
  FdTelegramFile *fetch;

  if (file == NULL || fd_json_get_string (file, "file_id") == NULL)
    return;

  att = fd_parsed_attachment_new ();
  att->filename = fd_utf8_repair (filename, -1);
  att->content_type = g_strdup (content_type);
  att->size = fd_telegram_json_get_int (file, "file_size", 0);
  g_ptr_array_add (msg->attachments, att);

  fetch = g_new0 (FdTelegramFile, 1);
  fetch->attachment = att;
  fetch->file_id = g_strdup (fd_json_get_string (file, "file_id"));
  g_ptr_array_add (files, fetch);
}

static void
add_attachments (FdParsedMessage *msg,
                 JsonObject      *message,
                 GPtrArray       *files)
{
  JsonArray *photo = fd_json_get_array (message, "photo");
  JsonObject *document = fd_json_get_object (message, "document");

  /* The sizes of one photo, smallest first: the largest is the photo. */
  if (photo != NULL && json_array_get_length (photo) > 0)
    {
      JsonNode *node = json_array_get_element (photo, json_array_get_length (photo) - 1);

      if (JSON_NODE_HOLDS_OBJECT (node))
        add_attachment (msg, files, json_node_get_object (node), "photo.jpg", "image/jpeg");
    }
  if (document != NULL)
    {
      const char *name = fd_json_get_string (document, "file_name");
      const char *type = fd_json_get_string (document, "mime_type");

      add_attachment (msg, files, document, name != NULL ? name : "document",
                      type != NULL ? type : "application/octet-stream");
    }
  if (fd_json_get_object (message, "voice") != NULL)
    {
      JsonObject *voice = fd_json_get_object (message, "voice");
      const char *type = fd_json_get_string (voice, "mime_type");

      add_attachment (msg, files, voice, "voice.ogg", type != NULL ? type : "audio/ogg");
    }
}

/* A Message object, from a chat with the bot or of a business account
 * (@connection); NULL for what Frontdesk does not store. */
static FdParsedMessage *
parse_message (JsonObject *message,
               const char *bot_id,
               gboolean    edited,
               GPtrArray  *files)
{
  g_autoptr(FdParsedMessage) msg = NULL;
  JsonObject *chat = fd_json_get_object (message, "chat");
  JsonObject *from = fd_json_get_object (message, "from");
  JsonObject *reply_to = fd_json_get_object (message, "reply_to_message");
  const char *connection = fd_json_get_string (message, "business_connection_id");
  const char *text = fd_json_get_string (message, "text");
  JsonArray *entities = fd_json_get_array (message, "entities");
  g_autofree char *readable = NULL;
  gint64 chat_id = fd_telegram_json_get_int (chat, "id", 0);
  gint64 message_id = fd_telegram_json_get_int (message, "message_id", 0);
  gint64 from_id = fd_telegram_json_get_int (from, "id", 0);

  /* Private chats with customers only: groups and channels are not a
   * customer writing to the shop. */
  if (chat == NULL || chat_id == 0 || message_id <= 0 ||
      g_strcmp0 (fd_json_get_string (chat, "type"), "private") != 0)
    return NULL;

  msg = fd_parsed_message_new ();
  msg->channel = g_strdup (FD_TELEGRAM_CHANNEL);
  msg->remote_id = make_remote_id (bot_id, connection, chat_id, message_id);
  msg->thread_id = _fd_telegram_thread_id (bot_id, connection, chat_id);
  if (reply_to != NULL && fd_telegram_json_get_int (reply_to, "message_id", 0) > 0)
    msg->in_reply_to = make_remote_id (bot_id, connection, chat_id,
                                       fd_telegram_json_get_int (reply_to, "message_id", 0));
  msg->created_at = fd_telegram_json_get_int (message, "date", 0);
  if (edited)
    msg->edited_at = fd_telegram_json_get_int (message, "edit_date", msg->created_at);

  /* In a private chat, the chat is the customer: anything else is the
   * shop (the business account's owner, or a bot on its behalf). */
  if (from_id == chat_id && from != NULL)
    {
      const char *lang = fd_json_get_string (from, "language_code");

      msg->direction = FD_DIRECTION_IN;
      msg->author_handle = user_handle (from_id);
      msg->author_name = user_name (from);
      /* The language of the customer's Telegram: a hint for detection. */
      if (lang != NULL)
        msg->lang = g_strdup (lang);
    }
  else
    {
      msg->direction = FD_DIRECTION_OUT;
      msg->state = FD_MESSAGE_STATE_READ;
      msg->author_handle = from != NULL ? user_handle (from_id) : g_strdup_printf ("tg:%s", bot_id);
      msg->author_name = from != NULL ? user_name (from) : NULL;
      msg->recipient = user_handle (chat_id);
    }

  if (text == NULL)
    {
      text = fd_json_get_string (message, "caption");
      entities = fd_json_get_array (message, "caption_entities");
    }
  readable = readable_text (text, entities);
  fd_parsed_message_set_text (msg, readable, -1);
  /* An edit changes the text only: its files are there already. */
  if (!edited)
    add_attachments (msg, message, files);

  return g_steal_pointer (&msg);
}

static void
add_deleted (GPtrArray  *messages,
             JsonObject *deleted,
             const char *bot_id)
{
  const char *connection = fd_json_get_string (deleted, "business_connection_id");
  gint64 chat_id = fd_telegram_json_get_int (fd_json_get_object (deleted, "chat"), "id", 0);
  JsonArray *ids = fd_json_get_array (deleted, "message_ids");
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (connection == NULL || chat_id == 0 || ids == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (ids); i++)
    {
      JsonNode *node = json_array_get_element (ids, i);
      FdParsedMessage *msg;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        continue;
      msg = fd_parsed_message_new ();
      msg->channel = g_strdup (FD_TELEGRAM_CHANNEL);
      msg->remote_id = make_remote_id (bot_id, connection, chat_id, json_node_get_int (node));
      msg->state_only = TRUE;
      msg->deleted_at = now;
      g_ptr_array_add (messages, msg);
    }
}

GPtrArray *
_fd_telegram_parse_updates (JsonArray  *updates,
                            const char *bot_id,
                            gint64     *next_offset,
                            GPtrArray  *files)
{
  GPtrArray *messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);

  for (guint i = 0; i < json_array_get_length (updates); i++)
    {
      JsonNode *node = json_array_get_element (updates, i);
      JsonObject *update = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      gint64 update_id = fd_telegram_json_get_int (update, "update_id", -1);
      static const struct {
        const char *member;
        gboolean    edited;
      } kinds[] = {
        { "message", FALSE },
        { "business_message", FALSE },
        { "edited_message", TRUE },
        { "edited_business_message", TRUE },
      };

      if (update == NULL || update_id < 0)
        continue;
      /* One past the largest id there can be is the largest. */
      if (update_id >= *next_offset)
        *next_offset = update_id < G_MAXINT64 ? update_id + 1 : G_MAXINT64;

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          JsonObject *message = fd_json_get_object (update, kinds[k].member);
          FdParsedMessage *msg;

          if (message != NULL && (msg = parse_message (message, bot_id, kinds[k].edited, files)) != NULL)
            g_ptr_array_add (messages, msg);
        }
      if (fd_json_get_object (update, "deleted_business_messages") != NULL)
        add_deleted (messages, fd_json_get_object (update, "deleted_business_messages"), bot_id);
      /* business_connection: whether the bot may reply is asked when a
       * reply goes out (getBusinessConnection), so nothing is kept. */
    }

  return messages;
}
