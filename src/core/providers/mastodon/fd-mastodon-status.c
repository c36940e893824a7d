/* fd-mastodon-status.c: Mastodon entities as Frontdesk messages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-html-text.h"
#include "fd-mastodon-private.h"

gint64
_fd_mastodon_parse_time (const char *iso8601)
{
  g_autoptr(GDateTime) date = NULL;

  if (iso8601 == NULL)
    return 0;
  if ((date = g_date_time_new_from_iso8601 (iso8601, NULL)) == NULL)
    return 0;

  return g_date_time_to_unix (date);
}

char *
_fd_mastodon_full_handle (const char *acct,
                          const char *domain)
{
  g_autofree char *repaired = NULL;

  if (acct == NULL || *acct == '\0')
    return NULL;

  repaired = fd_utf8_repair (acct[0] == '@' ? acct + 1 : acct, -1);
  /* Local accounts have no domain in acct: add the server's. */
  if (strchr (repaired, '@') == NULL && domain != NULL)
    return g_strdup_printf ("@%s@%s", repaired, domain);

  return g_strconcat ("@", repaired, NULL);
}

static gboolean
mentions_account (JsonObject *status,
                  const char *account_id)
{
  JsonArray *mentions = fd_json_get_array (status, "mentions");

  for (guint i = 0; mentions != NULL && account_id != NULL && i < json_array_get_length (mentions); i++)
    {
      JsonNode *node = json_array_get_element (mentions, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (fd_json_get_string (json_node_get_object (node), "id"), account_id) == 0)
        return TRUE;
    }

  return FALSE;
}

FdParsedMessage *
_fd_mastodon_parse_status (JsonObject *status,
                           const char *own_id,
                           const char *domain)
{
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autofree char *body = NULL;
  JsonObject *account;
  const char *id;
  const char *account_id;
  const char *content;
  const char *spoiler;
  const char *display_name;
  const char *language;
  const char *url;

  if (status == NULL ||
      (id = fd_json_get_string (status, "id")) == NULL || *id == '\0' ||
      (account = fd_json_get_object (status, "account")) == NULL ||
      fd_json_get_string (account, "acct") == NULL)
    return NULL;

  account_id = fd_json_get_string (account, "id");
  content = fd_json_get_string (status, "content");
  spoiler = fd_json_get_string (status, "spoiler_text");
  display_name = fd_json_get_string (account, "display_name");
  language = fd_json_get_string (status, "language");
  url = fd_json_get_string (status, "url");
  if (url == NULL)
    url = fd_json_get_string (status, "uri");

  msg = fd_parsed_message_new ();
  msg->channel = g_strdup (FD_MASTODON_CHANNEL);
  /* The status id, the same whether it came as a notification or in a
   * conversation: the store keeps one copy. */
  msg->remote_id = fd_utf8_repair (id, -1);
  msg->in_reply_to = fd_json_get_string (status, "in_reply_to_id") != NULL
                     ? fd_utf8_repair (fd_json_get_string (status, "in_reply_to_id"), -1) : NULL;
  msg->author_handle = _fd_mastodon_full_handle (fd_json_get_string (account, "acct"), domain);
  if (display_name != NULL && *display_name != '\0')
    msg->author_name = fd_utf8_repair (display_name, -1);
  else if (fd_json_get_string (account, "username") != NULL)
    msg->author_name = fd_utf8_repair (fd_json_get_string (account, "username"), -1);

  body = fd_html_to_text (content != NULL ? content : "", -1);
  g_strstrip (body);
  /* A content warning is part of what the customer wrote. */
  if (spoiler != NULL && *spoiler != '\0')
    {
      g_autofree char *with_warning = g_strdup_printf ("%s\n\n%s", spoiler, body);

      fd_parsed_message_set_text (msg, with_warning, -1);
    }
  else
    fd_parsed_message_set_text (msg, body, -1);
  if (content != NULL)
    msg->html = fd_utf8_repair (content, -1);

  msg->lang = language != NULL && *language != '\0' ? fd_utf8_repair (language, -1) : NULL;
  msg->url = url != NULL ? fd_utf8_repair (url, -1) : NULL;
  msg->visibility = g_strdup (fd_mastodon_visibility_to_string (
    fd_mastodon_visibility_from_string (fd_json_get_string (status, "visibility"))));
  msg->created_at = _fd_mastodon_parse_time (fd_json_get_string (status, "created_at"));
  if (msg->created_at == 0)
    msg->created_at = g_get_real_time () / G_USEC_PER_SEC;

  if (own_id != NULL && g_strcmp0 (account_id, own_id) == 0)
    {
      JsonArray *mentions = fd_json_get_array (status, "mentions");

      msg->direction = FD_DIRECTION_OUT;
      msg->state = FD_MESSAGE_STATE_READ;
      if (mentions != NULL && json_array_get_length (mentions) > 0 &&
          JSON_NODE_HOLDS_OBJECT (json_array_get_element (mentions, 0)))
        msg->recipient = _fd_mastodon_full_handle (
          fd_json_get_string (json_node_get_object (json_array_get_element (mentions, 0)), "acct"),
          domain);
    }
  else
    {
      msg->direction = FD_DIRECTION_IN;
      /* Posts of a thread that were not addressed to us are context. */
      msg->state = own_id == NULL || mentions_account (status, own_id) ||
                   g_strcmp0 (msg->visibility, "direct") == 0
                   ? FD_MESSAGE_STATE_UNREAD : FD_MESSAGE_STATE_READ;
    }

  return g_steal_pointer (&msg);
}
