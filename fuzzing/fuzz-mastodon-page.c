/* fuzz-mastodon-page.c: a page of Mastodon notifications or conversations
 * into messages, as the provider's fetch_page() walks it (without the
 * thread lookups, which go to the server).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz.h"
#include "fd-json.h"
#include "providers/mastodon/fd-mastodon-private.h"

static void
parse_status (JsonObject *status)
{
  g_autoptr(FdParsedMessage) msg = NULL;

  if (status == NULL)
    return;

  _fd_mastodon_parse_time (fd_json_get_string (status, "created_at"));
  msg = _fd_mastodon_parse_status (status, "1", "mastodon.example");
  if (msg != NULL)
    g_assert (msg->remote_id != NULL);
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;

  fuzz_set_logging_func ();

  /* fd_mastodon_client_get() checks the answer with fd_json_parse(). */
  root = fd_json_parse ((const char *) data, size, FD_JSON_MAX_SIZE, NULL);
  if (root == NULL)
    return 0;

  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      /* One status, as the streaming API and the context call give it. */
      parse_status (json_node_get_object (root));
      return 0;
    }
  if (!JSON_NODE_HOLDS_ARRAY (root))
    return 0;

  array = json_node_get_array (root);
  for (guint i = json_array_get_length (array); i > 0; i--)
    {
      JsonNode *node = json_array_get_element (array, i - 1);
      JsonObject *item;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      item = json_node_get_object (node);

      /* The same item read both ways: as a notification and as a
       * conversation. */
      if (g_strcmp0 (fd_json_get_string (item, "type"), "mention") == 0)
        parse_status (fd_json_get_object (item, "status"));
      parse_status (fd_json_get_object (item, "last_status"));
    }

  return 0;
}
