/* fuzz-bluesky-notifications.c: Bluesky answers about posts into
 * messages, through the provider's own readers: a listNotifications page
 * as fetch_new() (stopping at the last run's time) and fetch_history()
 * read it, each wanted notification's post with its record and facets
 * (UTF-8 byte offsets into the text), the parents in a getPostThread
 * answer, and the posts of a searchPosts answer (listening). The same
 * object is read as each answer: {"notifications": […], "cursor": …,
 * "thread": {"parent": …}, "posts": […]}.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz.h"
#include "fuzz-message.h"
#include "fd-json.h"
#include "providers/bluesky/fd-bluesky-provider-private.h"

#define OWN_DID  "did:plc:shop4fuzzing000000000"
#define LAST_RUN "2024-05-01T12:00:00.000Z"

static void
check_post (FdParsedMessage *msg)
{
  g_autoptr(FdParsedMessage) owned = msg;

  if (msg == NULL)
    return;
  g_assert (g_str_has_prefix (msg->remote_id, "at://"));
  g_assert (msg->thread_id != NULL);
  g_assert (msg->created_at != 0);
  fuzz_check_message (msg, FD_BLUESKY_CHANNEL);
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) posts = NULL;
  g_autoptr(GPtrArray) parents = NULL;
  g_autofree char *next = NULL;
  g_autofree char *newest = NULL;
  JsonObject *page;
  JsonArray *search;
  gboolean reached = FALSE;
  gint64 oldest_time = G_MAXINT64;

  fuzz_set_logging_func ();

  /* fd_bluesky_client_call() takes an object that passes fd_json_check(). */
  root = fd_json_parse ((const char *) data, size, FD_JSON_MAX_SIZE, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;
  page = json_node_get_object (root);

  /* fetch_new() after a run: the page up to the last run's time. */
  posts = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  _fd_bluesky_read_notifications (page, LAST_RUN, posts, &next, &newest, &reached, NULL);
  g_assert (!reached || newest == NULL || strcmp (newest, LAST_RUN) >= 0);
  g_clear_pointer (&next, g_free);
  g_clear_pointer (&newest, g_free);

  /* fetch_history(): the whole page; its posts as posts_to_messages()
   * makes them, oldest first. */
  g_ptr_array_set_size (posts, 0);
  reached = FALSE;
  _fd_bluesky_read_notifications (page, NULL, posts, &next, &newest, &reached, &oldest_time);
  g_assert (!reached);
  g_assert (posts->len == 0 || newest != NULL);
  for (guint i = posts->len; i > 0; i--)
    check_post (_fd_bluesky_parse_notification (g_ptr_array_index (posts, i - 1), OWN_DID));

  /* add_thread_context(): the parents, root first. */
  parents = _fd_bluesky_thread_parents (page);
  for (guint i = parents->len; i > 0; i--)
    check_post (_fd_bluesky_parse_post (g_ptr_array_index (parents, i - 1), OWN_DID));

  /* fetch_listening(): searchPosts. */
  search = fd_json_get_array (page, "posts");
  for (guint i = search != NULL ? json_array_get_length (search) : 0; i > 0; i--)
    {
      JsonNode *node = json_array_get_element (search, i - 1);

      if (JSON_NODE_HOLDS_OBJECT (node))
        check_post (_fd_bluesky_parse_post (json_node_get_object (node), OWN_DID));
    }

  return 0;
}
