/* fuzz-telegram.c: a Telegram getUpdates answer into messages,
 * as the provider's fetch_new() reads it: the answer's "result" through
 * _fd_telegram_parse_updates() (messages and business messages, edits,
 * deleted business messages, with entities at UTF-16 offsets, captions,
 * photos, documents and voice notes).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz.h"
#include "fuzz-message.h"
#include "fd-json.h"
#include "providers/telegram/fd-telegram-private.h"

#define BOT_ID "7000000001"

static void
check_ids (FdParsedMessage *msg)
{
  g_auto(FdTelegramRef) ref = { 0, };

  g_assert (g_str_has_prefix (msg->remote_id, BOT_ID ":"));
  /* A reply goes to the chat its remote id names; when the id reads
   * back, it reads back as itself. */
  if (_fd_telegram_parse_ref (msg->remote_id, &ref))
    {
      g_autofree char *thread = _fd_telegram_thread_id (ref.bot_id, ref.connection, ref.chat_id);
      g_autofree char *again = g_strdup_printf ("%s:%" G_GINT64_FORMAT, thread, ref.message_id);

      g_assert_cmpstr (ref.bot_id, ==, BOT_ID);
      g_assert_cmpstr (again, ==, msg->remote_id);
      if (msg->thread_id != NULL)
        g_assert_cmpstr (thread, ==, msg->thread_id);
    }
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) messages = NULL;
  JsonObject *answer;
  JsonNode *result;
  gint64 next = 0;

  fuzz_set_logging_func ();

  /* fd_telegram_client_call(): an object that passes fd_json_check(),
   * {"ok": true, "result": …}; fetch_new() wants an array. */
  root = fd_json_parse ((const char *) data, size, FD_JSON_MAX_SIZE, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;
  answer = json_node_get_object (root);
  if (!fd_telegram_json_get_bool (answer, "ok", FALSE) ||
      (result = json_object_get_member (answer, "result")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (result))
    return 0;

  files = g_ptr_array_new_with_free_func ((GDestroyNotify) _fd_telegram_file_free);
  messages = _fd_telegram_parse_updates (json_node_get_array (result), BOT_ID, &next, files);
  g_assert (next >= 0);

  for (guint i = 0; i < messages->len; i++)
    {
      FdParsedMessage *msg = g_ptr_array_index (messages, i);

      check_ids (msg);
      if (msg->state_only)
        g_assert (msg->deleted_at != 0);
      fuzz_check_message (msg, FD_TELEGRAM_CHANNEL);
    }
  for (guint i = 0; i < files->len; i++)
    {
      FdTelegramFile *file = g_ptr_array_index (files, i);

      g_assert (file->file_id != NULL);
      g_assert (file->attachment != NULL);
    }

  return 0;
}
