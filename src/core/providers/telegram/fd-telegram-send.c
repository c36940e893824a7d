/* fd-telegram-send.c: replies, with sendMessage.
 *
 * A reply answers the customer's message (reply_parameters) in the chat
 * it came from; in a Telegram Business chat it goes out as the business
 * account (business_connection_id), which Telegram only allows while the
 * connection lets the bot reply and within 24 hours of the customer's
 * last message: both are checked before anything is sent. Telegram
 * allows about one message a second in one chat, so replies to many
 * copies of a question keep that pace.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-telegram-private.h"

/* Whether the business connection still lets the bot answer. */
static gboolean
check_connection (FdTelegramClient  *client,
                  const char        *connection,
                  GCancellable      *cancellable,
                  GError           **error)
{
  g_autoptr(JsonBuilder) params = json_builder_new ();
  g_autoptr(JsonNode) result = NULL;
  JsonObject *info;
  JsonObject *rights;
  gboolean can_reply;

  json_builder_begin_object (params);
  json_builder_set_member_name (params, "business_connection_id");
  json_builder_add_string_value (params, connection);
  json_builder_end_object (params);

  if (!(result = fd_telegram_client_call (client, "getBusinessConnection", params, 0, FALSE, cancellable, error)))
    return FALSE;
  info = JSON_NODE_HOLDS_OBJECT (result) ? json_node_get_object (result) : NULL;
  /* Bot API 9.0 moved can_reply into rights. */
  rights = fd_json_get_object (info, "rights");
  can_reply = rights != NULL ? fd_telegram_json_get_bool (rights, "can_reply", FALSE)
                             : fd_telegram_json_get_bool (info, "can_reply", FALSE);

  if (!fd_telegram_json_get_bool (info, "is_enabled", FALSE) || !can_reply)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("The Telegram Business account no longer lets this bot reply. "
                             "Allow it to reply in Telegram’s Business settings under Chatbots, "
                             "or answer in Telegram itself."));
      return FALSE;
    }

  return TRUE;
}

/* About one message a second in one chat. */
static void
keep_pace (FdTelegramProvider *self,
           gint64              chat_id,
           GCancellable       *cancellable)
{
  gint64 *last = g_hash_table_lookup (self->last_sent, &chat_id);
  gint64 wait;

  if (last == NULL)
    return;
  wait = *last + (gint64) self->chat_interval_ms * 1000 - g_get_monotonic_time ();
  while (wait > 0 && !g_cancellable_is_cancelled (cancellable))
    {
      g_usleep (MIN (wait, 50 * 1000));
      wait -= 50 * 1000;
    }
}

static void
note_sent (FdTelegramProvider *self,
           gint64              chat_id)
{
  gint64 *key = g_new (gint64, 1);
  gint64 *now = g_new (gint64, 1);

  *key = chat_id;
  *now = g_get_monotonic_time ();
  g_hash_table_replace (self->last_sent, key, now);
}

char *
_fd_telegram_send (FdProvider          *provider,
                   const FdOutboxEntry *entry,
                   gboolean             uncertain,
                   GCancellable        *cancellable,
                   GError             **error)
{
  FdTelegramProvider *self = FD_TELEGRAM_PROVIDER (provider);
  g_autoptr(JsonBuilder) params = json_builder_new ();
  g_autoptr(JsonNode) result = NULL;
  g_auto(FdTelegramRef) conversation = { 0, };
  g_auto(FdTelegramRef) answered = { 0, };
  g_autofree char *thread = NULL;
  FdTelegramClient *client;
  gint64 sent_id;

  /* The outbox never repeats an uncertain reply for this channel
   * (cannot_check_sent); should it ask, nothing is sent twice. */
  if (uncertain)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_UNCERTAIN,
                           _("This reply may have been sent already; Telegram cannot tell. "
                             "Look in the chat, then send it again or mark it as arrived."));
      return NULL;
    }

  if (!_fd_telegram_parse_ref (entry->conversation_remote_id, &conversation))
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("This conversation did not come from a Telegram chat, so Frontdesk cannot answer it there."));
      return NULL;
    }
  if (entry->text == NULL || *entry->text == '\0')
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("The reply is empty. Write something, or discard it."));
      return NULL;
    }
  if (g_utf8_strlen (entry->text, -1) > 4096)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("Telegram takes at most 4,096 characters in one message. Shorten the reply."));
      return NULL;
    }
  if (!(client = _fd_telegram_provider_get_client (self, cancellable, error)))
    return NULL;
  if (self->bot_id != NULL && g_strcmp0 (conversation.bot_id, self->bot_id) != 0)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("This chat belongs to another Telegram bot. Answer it from that bot’s account."));
      return NULL;
    }

  if (conversation.connection != NULL)
    {
      gint64 now = g_get_real_time () / G_USEC_PER_SEC;

      if (entry->last_incoming_at > 0 && now - entry->last_incoming_at > FD_TELEGRAM_BUSINESS_WINDOW)
        {
          g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                               _("The customer last wrote more than 24 hours ago, and Telegram lets a business "
                                 "chatbot answer only within 24 hours. Answer in Telegram itself."));
          return NULL;
        }
      if (!check_connection (client, conversation.connection, cancellable, error))
        return NULL;
    }

  json_builder_begin_object (params);
  json_builder_set_member_name (params, "chat_id");
  json_builder_add_int_value (params, conversation.chat_id);
  json_builder_set_member_name (params, "text");
  json_builder_add_string_value (params, entry->text);
  if (conversation.connection != NULL)
    {
      json_builder_set_member_name (params, "business_connection_id");
      json_builder_add_string_value (params, conversation.connection);
    }
  if (_fd_telegram_parse_ref (entry->in_reply_to, &answered) && answered.message_id > 0 &&
      answered.chat_id == conversation.chat_id)
    {
      json_builder_set_member_name (params, "reply_parameters");
      json_builder_begin_object (params);
      json_builder_set_member_name (params, "message_id");
      json_builder_add_int_value (params, answered.message_id);
      /* A customer's deleted message still gets its answer. */
      json_builder_set_member_name (params, "allow_sending_without_reply");
      json_builder_add_boolean_value (params, TRUE);
      json_builder_end_object (params);
    }
  json_builder_end_object (params);

  keep_pace (self, conversation.chat_id, cancellable);
  result = fd_telegram_client_call (client, "sendMessage", params, 0, TRUE, cancellable, error);
  note_sent (self, conversation.chat_id);
  if (result == NULL)
    return NULL;

  sent_id = JSON_NODE_HOLDS_OBJECT (result)
            ? fd_telegram_json_get_int (json_node_get_object (result), "message_id", 0) : 0;
  /* Sent, but Telegram did not say under which id: ours stays. */
  if (sent_id <= 0)
    return g_strdup (entry->message_remote_id);

  thread = _fd_telegram_thread_id (conversation.bot_id, conversation.connection, conversation.chat_id);
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, thread, sent_id);
}
