/* fuzz-bluesky-chat.c: Bluesky direct messages into messages, through
 * the provider's own readers: the conversations a listConvos or getLog
 * page names, then for each a getConvo answer (its members) and a
 * getMessages answer, with facets at UTF-8 byte offsets. The same object
 * is read as each answer: {"convos": […], "logs": […], "cursor": …,
 * "convo": {"members": […]}, "messages": […]}.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz.h"
#include "fuzz-message.h"
#include "fd-json.h"
#include "providers/bluesky/fd-bluesky-provider-private.h"

#define OWN_DID "did:plc:shop4fuzzing000000000"
/* A page names many conversations; a few show what one does. */
#define MAX_CONVOS 4

static void
check_chat_message (FdParsedMessage *msg,
                    const char      *convo_id)
{
  g_autofree char *convo_of_id = _fd_bluesky_chat_convo_of (msg->remote_id);
  g_autofree char *convo_of_thread = _fd_bluesky_chat_convo_of (msg->thread_id);

  g_assert (g_str_has_prefix (msg->remote_id, FD_BLUESKY_CHAT_PREFIX));
  g_assert_cmpstr (msg->visibility, ==, "direct");
  /* A reply finds its conversation again from the ids. */
  if (*convo_id != '\0' && strchr (convo_id, '/') == NULL)
    {
      g_assert_cmpstr (convo_of_id, ==, convo_id);
      g_assert_cmpstr (convo_of_thread, ==, convo_id);
    }
  fuzz_check_message (msg, FD_BLUESKY_CHANNEL);
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) convos = NULL;
  g_autoptr(GHashTable) seen = NULL;
  JsonObject *page;
  guint length;

  fuzz_set_logging_func ();

  root = fd_json_parse ((const char *) data, size, FD_JSON_MAX_SIZE, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;
  page = json_node_get_object (root);

  convos = g_ptr_array_new_with_free_func (g_free);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  length = _fd_bluesky_read_convo_ids (page, "convos", "id", convos, seen);
  length += _fd_bluesky_read_convo_ids (page, "logs", "convoId", convos, seen);
  g_assert_cmpuint (convos->len, <=, length);
  g_assert_cmpuint (g_hash_table_size (seen), ==, convos->len);
  if (convos->len == 0)
    g_ptr_array_add (convos, g_strdup ("3kconvo4fuzzing"));

  for (guint c = 0; c < MIN (convos->len, MAX_CONVOS); c++)
    {
      const char *convo_id = g_ptr_array_index (convos, c);
      g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);

      _fd_bluesky_read_chat_messages (page, page, convo_id, OWN_DID, messages);
      for (guint i = 0; i < messages->len; i++)
        check_chat_message (g_ptr_array_index (messages, i), convo_id);
    }

  return 0;
}
