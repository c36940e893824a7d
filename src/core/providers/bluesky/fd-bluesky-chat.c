/* fd-bluesky-chat.c: Bluesky direct messages.
 *
 * Direct messages live in the chat service (chat.bsky.convo.*), which
 * the account's PDS forwards to when a call carries the header
 * "atproto-proxy: did:web:api.bsky.chat#bsky_chat"; the session's access
 * token signs the call as for any other. Only app passwords made with
 * "Allow access to your direct messages" may use it: the PDS refuses the
 * others with InvalidToken "Bad token method", which fd-bluesky-client.c
 * turns into a sentence that says how to make such an app password.
 *
 * Sync: chat.bsky.convo.listConvos on the first run, then
 * chat.bsky.convo.getLog from the cursor of the last run, name the
 * conversations something happened in; for each, getConvo gives its
 * members and getMessages its messages, paged back with its cursor: on
 * the first run to the account's history-days, later to a few minutes
 * before the last run (the store keeps one copy of each). A conversation's thread id is "bluesky-chat:CONVO", a
 * message's remote id "bluesky-chat:CONVO/MESSAGE".
 *
 * Sending: sendMessage. The chat service takes no idempotency key, so
 * after an attempt whose answer was lost getMessages is asked first
 * whether the account sent that very text to the conversation since the
 * reply was queued; found, it is the reply and is not sent again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-bluesky-provider-private.h"
#include "fd-public-post.h"

/* Pages of the log read in one run. */
#define MAX_LOG_PAGES     10
/* Pages of one conversation's messages read in one run. */
#define MAX_MESSAGE_PAGES 20
/* A direct message's limit, in graphemes (chat.bsky.convo.defs#messageInput). */
#define MAX_CHAT_GRAPHEMES 1000

static JsonNode *
chat_get (FdBlueskyProvider  *self,
          const char         *nsid,
          const char         *query,
          GCancellable       *cancellable,
          GError            **error)
{
  return _fd_bluesky_provider_chat_call (self, nsid, query, NULL, FALSE, cancellable, error);
}

char *
_fd_bluesky_chat_remote_id (const char *convo_id,
                            const char *message_id)
{
  return g_strdup_printf (FD_BLUESKY_CHAT_PREFIX "%s/%s", convo_id, message_id);
}

char *
_fd_bluesky_chat_convo_of (const char *remote_id)
{
  const char *start;
  const char *slash;

  if (remote_id == NULL || !g_str_has_prefix (remote_id, FD_BLUESKY_CHAT_PREFIX))
    return NULL;
  start = remote_id + strlen (FD_BLUESKY_CHAT_PREFIX);
  slash = strchr (start, '/');
  if (slash == start)
    return NULL;

  return slash != NULL ? g_strndup (start, slash - start) : (*start != '\0' ? g_strdup (start) : NULL);
}

static JsonObject *
find_member (JsonArray  *members,
             const char *did)
{
  for (guint i = 0; members != NULL && i < json_array_get_length (members); i++)
    {
      JsonNode *node = json_array_get_element (members, i);
      JsonObject *member = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (g_strcmp0 (fd_json_get_string (member, "did"), did) == 0)
        return member;
    }

  return NULL;
}

/* The member who is not @own_did: the customer of a direct conversation. */
static JsonObject *
other_member (JsonArray  *members,
              const char *own_did)
{
  for (guint i = 0; members != NULL && i < json_array_get_length (members); i++)
    {
      JsonNode *node = json_array_get_element (members, i);
      JsonObject *member = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (member != NULL && g_strcmp0 (fd_json_get_string (member, "did"), own_did) != 0)
        return member;
    }

  return NULL;
}

FdParsedMessage *
_fd_bluesky_parse_chat_message (JsonObject *message,
                                const char *convo_id,
                                JsonArray  *members,
                                const char *own_did)
{
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autofree char *text = NULL;
  const char *id = fd_json_get_string (message, "id");
  const char *sender = fd_json_get_string (fd_json_get_object (message, "sender"), "did");
  const char *raw_text = fd_json_get_string (message, "text");
  JsonObject *author;
  JsonObject *customer;
  const char *handle;
  const char *name;

  /* A deleted message (deletedMessageView) has no text. */
  if (id == NULL || sender == NULL || raw_text == NULL || convo_id == NULL)
    return NULL;
  author = find_member (members, sender);
  customer = other_member (members, own_did);
  if ((handle = fd_json_get_string (author, "handle")) == NULL)
    return NULL;

  msg = fd_parsed_message_new ();
  msg->channel = g_strdup (FD_BLUESKY_CHANNEL);
  msg->remote_id = _fd_bluesky_chat_remote_id (convo_id, id);
  msg->thread_id = g_strconcat (FD_BLUESKY_CHAT_PREFIX, convo_id, NULL);
  msg->author_handle = g_strconcat ("@", handle, NULL);
  name = fd_json_get_string (author, "displayName");
  msg->author_name = fd_utf8_repair (name != NULL && *name != '\0' ? name : handle, -1);

  text = _fd_bluesky_facets_to_text (raw_text, fd_json_get_array (message, "facets"));
  g_strstrip (text);
  fd_parsed_message_set_text (msg, text, -1);
  msg->created_at = _fd_bluesky_parse_time (fd_json_get_string (message, "sentAt"));
  msg->visibility = g_strdup ("direct");
  {
    g_autofree char *escaped = g_uri_escape_string (convo_id, NULL, FALSE);

    msg->url = g_strdup_printf ("https://bsky.app/messages/%s", escaped);
  }

  if (g_strcmp0 (sender, own_did) == 0)
    {
      msg->direction = FD_DIRECTION_OUT;
      msg->state = FD_MESSAGE_STATE_READ;
      if (fd_json_get_string (customer, "handle") != NULL)
        msg->recipient = g_strconcat ("@", fd_json_get_string (customer, "handle"), NULL);
    }
  else
    {
      msg->direction = FD_DIRECTION_IN;
      msg->state = FD_MESSAGE_STATE_UNREAD;
    }

  return g_steal_pointer (&msg);
}

void
_fd_bluesky_read_chat_messages (JsonObject *convo_answer,
                                JsonObject *messages_answer,
                                const char *convo_id,
                                const char *own_did,
                                GPtrArray  *messages)
{
  JsonArray *members = fd_json_get_array (fd_json_get_object (convo_answer, "convo"), "members");
  JsonArray *list = fd_json_get_array (messages_answer, "messages");

  for (guint i = list != NULL ? json_array_get_length (list) : 0; i > 0; i--)
    {
      JsonNode *node = json_array_get_element (list, i - 1);
      FdParsedMessage *msg;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          !(msg = _fd_bluesky_parse_chat_message (json_node_get_object (node), convo_id, members, own_did)))
        continue;
      g_ptr_array_add (messages, msg);
    }
}

guint
_fd_bluesky_read_convo_ids (JsonObject *page,
                            const char *list_member,
                            const char *id_member,
                            GPtrArray  *convos,
                            GHashTable *seen)
{
  JsonArray *list = fd_json_get_array (page, list_member);
  guint length = list != NULL ? json_array_get_length (list) : 0;

  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (list, i);
      const char *convo_id = JSON_NODE_HOLDS_OBJECT (node)
                               ? fd_json_get_string (json_node_get_object (node), id_member) : NULL;

      if (convo_id != NULL && !g_hash_table_contains (seen, convo_id))
        {
          char *copy = g_strdup (convo_id);

          g_ptr_array_add (convos, copy);
          g_hash_table_add (seen, copy);
        }
    }

  return length;
}

/* The messages of @convo_id sent at @not_before (unix time) or later,
 * oldest first, into @messages: getMessages pages back with its cursor
 * until a page reaches @stop_before, at most MAX_MESSAGE_PAGES of them. */
static gboolean
fetch_convo (FdBlueskyProvider  *self,
             const char         *convo_id,
             gint64              not_before,
             gint64              stop_before,
             GPtrArray          *messages,
             GCancellable       *cancellable,
             GError            **error)
{
  g_autofree char *escaped = g_uri_escape_string (convo_id, NULL, FALSE);
  g_autofree char *convo_query = g_strdup_printf ("convoId=%s", escaped);
  g_autoptr(JsonNode) convo_root = NULL;
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autofree char *page_cursor = NULL;

  if (!(convo_root = chat_get (self, "chat.bsky.convo.getConvo", convo_query, cancellable, error)))
    return FALSE;

  for (guint page = 0; page < MAX_MESSAGE_PAGES; page++)
    {
      g_autoptr(JsonNode) messages_root = NULL;
      g_autofree char *query = NULL;
      GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);
      const char *next;
      gint64 oldest = G_MAXINT64;

      if (page_cursor != NULL)
        {
          g_autofree char *escaped_cursor = g_uri_escape_string (page_cursor, NULL, FALSE);

          query = g_strdup_printf ("convoId=%s&limit=%u&cursor=%s", escaped, self->page_size, escaped_cursor);
        }
      else
        query = g_strdup_printf ("convoId=%s&limit=%u", escaped, self->page_size);
      if (!(messages_root = chat_get (self, "chat.bsky.convo.getMessages", query, cancellable, error)))
        {
          g_ptr_array_unref (found);
          return FALSE;
        }

      _fd_bluesky_read_chat_messages (json_node_get_object (convo_root), json_node_get_object (messages_root),
                                      convo_id, self->did, found);
      g_ptr_array_add (pages, found);
      for (guint i = 0; i < found->len; i++)
        oldest = MIN (oldest, ((FdParsedMessage *) g_ptr_array_index (found, i))->created_at);

      next = fd_json_get_string (json_node_get_object (messages_root), "cursor");
      if (found->len == 0 || next == NULL || oldest < stop_before || g_strcmp0 (next, page_cursor) == 0)
        break;
      g_free (page_cursor);
      page_cursor = g_strdup (next);
    }

  /* The oldest page last came: first into @messages. */
  for (guint i = pages->len; i > 0; i--)
    {
      GPtrArray *found = g_ptr_array_index (pages, i - 1);

      for (guint j = 0; j < found->len; j++)
        {
          FdParsedMessage *msg = g_ptr_array_index (found, j);

          if (msg->created_at >= not_before)
            g_ptr_array_add (messages, msg);
          else
            fd_parsed_message_free (msg);
        }
      g_ptr_array_set_free_func (found, NULL);
    }

  return TRUE;
}

gboolean
_fd_bluesky_fetch_chat (FdBlueskyProvider  *self,
                        const char         *cursor,
                        gint64              not_before,
                        gint64              stop_before,
                        GPtrArray          *messages,
                        char              **new_cursor,
                        GCancellable       *cancellable,
                        GError            **error)
{
  g_autoptr(GPtrArray) convos = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *page_cursor = g_strdup (cursor);

  /* The first run: the conversations there are already, newest first,
   * whatever the log still holds of them. */
  if (cursor == NULL)
    {
      g_autofree char *list_cursor = NULL;

      for (guint page = 0; page < MAX_LOG_PAGES; page++)
        {
          g_autoptr(JsonNode) root = NULL;
          g_autofree char *query = NULL;
          g_autofree char *escaped = list_cursor != NULL ? g_uri_escape_string (list_cursor, NULL, FALSE) : NULL;
          const char *next;
          guint length;

          query = escaped != NULL ? g_strdup_printf ("limit=%u&cursor=%s", self->page_size, escaped)
                                  : g_strdup_printf ("limit=%u", self->page_size);
          if (!(root = chat_get (self, "chat.bsky.convo.listConvos", query, cancellable, error)))
            return FALSE;
          length = _fd_bluesky_read_convo_ids (json_node_get_object (root), "convos", "id", convos, seen);
          next = fd_json_get_string (json_node_get_object (root), "cursor");
          if (length == 0 || next == NULL || g_strcmp0 (next, list_cursor) == 0)
            break;
          g_free (list_cursor);
          list_cursor = g_strdup (next);
        }
    }

  for (guint page = 0; page < MAX_LOG_PAGES; page++)
    {
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *query = NULL;
      const char *next;
      guint length;

      if (page_cursor != NULL)
        {
          g_autofree char *escaped = g_uri_escape_string (page_cursor, NULL, FALSE);

          query = g_strdup_printf ("cursor=%s", escaped);
        }
      if (!(root = chat_get (self, "chat.bsky.convo.getLog", query, cancellable, error)))
        return FALSE;

      length = _fd_bluesky_read_convo_ids (json_node_get_object (root), "logs", "convoId", convos, seen);
      next = fd_json_get_string (json_node_get_object (root), "cursor");
      if (length == 0 || next == NULL || g_strcmp0 (next, page_cursor) == 0)
        {
          if (next != NULL)
            {
              g_free (page_cursor);
              page_cursor = g_strdup (next);
            }
          break;
        }
      g_free (page_cursor);
      page_cursor = g_strdup (next);
    }

  for (guint i = 0; i < convos->len; i++)
    if (!fetch_convo (self, g_ptr_array_index (convos, i), not_before, MAX (not_before, stop_before), messages,
                      cancellable, error))
      return FALSE;

  *new_cursor = g_steal_pointer (&page_cursor);
  return TRUE;
}

char *
_fd_bluesky_chat_convo_for (FdBlueskyProvider  *self,
                            const char         *did,
                            GCancellable       *cancellable,
                            GError            **error)
{
  g_autofree char *escaped = g_uri_escape_string (did, NULL, FALSE);
  g_autofree char *query = g_strdup_printf ("members=%s", escaped);
  g_autoptr(JsonNode) root = NULL;
  const char *id;

  if (!(root = chat_get (self, "chat.bsky.convo.getConvoForMembers", query, cancellable, error)))
    return NULL;
  id = fd_json_get_string (fd_json_get_object (json_node_get_object (root), "convo"), "id");
  if (id == NULL)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                           _("The Bluesky chat service sent an answer Frontdesk does not understand. "
                             "Frontdesk will try again."));
      return NULL;
    }

  return g_strdup (id);
}

/* The remote id of a message the account sent to @convo_id with @text at
 * @not_before or later, or NULL (without an error) when there is none. */
static char *
find_sent (FdBlueskyProvider  *self,
           const char         *convo_id,
           const char         *text,
           gint64              not_before,
           GCancellable       *cancellable,
           GError            **error)
{
  g_autofree char *escaped = g_uri_escape_string (convo_id, NULL, FALSE);
  g_autofree char *query = g_strdup_printf ("convoId=%s&limit=100", escaped);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *list;

  if (!(root = chat_get (self, "chat.bsky.convo.getMessages", query, cancellable, error)))
    return NULL;

  list = fd_json_get_array (json_node_get_object (root), "messages");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);
      JsonObject *message = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (g_strcmp0 (fd_json_get_string (fd_json_get_object (message, "sender"), "did"), self->did) == 0 &&
          g_strcmp0 (fd_json_get_string (message, "text"), text) == 0 &&
          fd_json_get_string (message, "id") != NULL &&
          _fd_bluesky_parse_time (fd_json_get_string (message, "sentAt")) >= not_before)
        return _fd_bluesky_chat_remote_id (convo_id, fd_json_get_string (message, "id"));
    }

  return NULL;
}

char *
_fd_bluesky_send_chat (FdBlueskyProvider  *self,
                       const char         *convo_id,
                       const char         *raw_text,
                       gint64              queued_at,
                       gboolean            uncertain,
                       GCancellable       *cancellable,
                       GError            **error)
{
  g_autofree char *text = g_strstrip (g_strdup (raw_text != NULL ? raw_text : ""));
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GHashTable) no_mentions = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *input;
  JsonObject *message;
  JsonArray *facets;
  const char *id;

  if (*text == '\0')
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("The reply is empty. Write something, or discard it."));
      return NULL;
    }
  if (fd_public_post_count_chars (text, 0) > MAX_CHAT_GRAPHEMES)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                   ngettext ("The message is longer than a Bluesky direct message may be (%u character). Shorten it.",
                             "The message is longer than a Bluesky direct message may be (%u characters). Shorten it.",
                             MAX_CHAT_GRAPHEMES),
                   MAX_CHAT_GRAPHEMES);
      return NULL;
    }

  /* The chat service takes no idempotency key: look before sending again.
   * A minute of slack for clocks that differ. */
  if (uncertain)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *existing = find_sent (self, convo_id, text, queued_at - 60, cancellable, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (existing != NULL)
        {
          g_debug ("A direct message to %s had arrived: %s", convo_id, existing);
          return g_steal_pointer (&existing);
        }
    }

  message = json_object_new ();
  json_object_set_string_member (message, "text", text);
  facets = _fd_bluesky_make_facets (text, no_mentions);
  if (json_array_get_length (facets) > 0)
    json_object_set_array_member (message, "facets", facets);
  else
    json_array_unref (facets);
  input = json_object_new ();
  json_object_set_string_member (input, "convoId", convo_id);
  json_object_set_object_member (input, "message", message);
  body = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (body, input);

  if (!(answer = _fd_bluesky_provider_chat_call (self, "chat.bsky.convo.sendMessage", NULL, body, TRUE,
                                                 cancellable, error)))
    return NULL;

  if ((id = fd_json_get_string (json_node_get_object (answer), "id")) == NULL)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_UNCERTAIN,
                           _("The Bluesky chat service sent an answer Frontdesk does not understand. Frontdesk will "
                             "check whether the message arrived."));
      return NULL;
    }

  return _fd_bluesky_chat_remote_id (convo_id, id);
}
