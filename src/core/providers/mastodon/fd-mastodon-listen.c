/* fd-mastodon-listen.c: hashtags and keywords on Mastodon.
 *
 * A hashtag is followed through its tag timeline, a keyword through
 * status search. The sync run keeps the terms, their cursors and the
 * posts (fd-listening.c); this only asks the server.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-mastodon-private.h"
#include "fd-provider.h"

GPtrArray *
_fd_mastodon_fetch_listening (FdMastodonClient  *client,
                              FdListeningKind    kind,
                              const char        *term,
                              const char        *cursor,
                              const char        *own_id,
                              const char        *domain,
                              guint              page_size,
                              char             **new_cursor,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *escaped = g_uri_escape_string (term, NULL, FALSE);
  g_autofree char *path = NULL;
  g_autofree char *prev = NULL;
  JsonArray *statuses = NULL;

  g_return_val_if_fail (client != NULL, NULL);
  g_return_val_if_fail (new_cursor != NULL, NULL);

  *new_cursor = NULL;

  if (kind == FD_LISTENING_HASHTAG)
    path = g_strdup_printf ("/api/v1/timelines/tag/%s?limit=%u", escaped, page_size);
  else
    path = g_strdup_printf ("/api/v2/search?type=statuses&resolve=false&q=%s&limit=%u", escaped, page_size);
  if (cursor != NULL)
    {
      g_autofree char *escaped_cursor = g_uri_escape_string (cursor, NULL, FALSE);
      g_autofree char *with_cursor = g_strdup_printf ("%s&min_id=%s", path, escaped_cursor);

      g_free (path);
      path = g_steal_pointer (&with_cursor);
    }

  if (!(root = fd_mastodon_client_get (client, path, NULL, &prev, cancellable, error)))
    return NULL;

  if (JSON_NODE_HOLDS_ARRAY (root))
    statuses = json_node_get_array (root);
  else if (JSON_NODE_HOLDS_OBJECT (root))
    statuses = fd_json_get_array (json_node_get_object (root), "statuses");
  if (statuses == NULL)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                   _("The Mastodon server sent an answer Frontdesk does not understand. Frontdesk will try again."));
      return NULL;
    }

  /* Newest first from the server; stored oldest first. */
  for (guint j = json_array_get_length (statuses); j > 0; j--)
    {
      JsonNode *node = json_array_get_element (statuses, j - 1);
      FdParsedMessage *msg;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          !(msg = _fd_mastodon_parse_status (json_node_get_object (node), own_id, domain)))
        continue;
      /* Our own posts are not what we listen for. */
      if (msg->direction == FD_DIRECTION_OUT ||
          g_strcmp0 (msg->visibility, "direct") == 0)
        {
          fd_parsed_message_free (msg);
          continue;
        }
      g_ptr_array_add (messages, msg);
    }

  /* Opaque ids: where the server says to go on, else its newest. */
  *new_cursor = fd_mastodon_url_get_param (prev, "min_id");
  if (*new_cursor == NULL && json_array_get_length (statuses) > 0 &&
      JSON_NODE_HOLDS_OBJECT (json_array_get_element (statuses, 0)))
    *new_cursor = g_strdup (fd_json_get_string (json_node_get_object (json_array_get_element (statuses, 0)),
                                                         "id"));

  return g_steal_pointer (&messages);
}
