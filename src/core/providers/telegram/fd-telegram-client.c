/* fd-telegram-client.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <string.h>

#include "fd-json.h"
#include "fd-provider-private.h"
#include "fd-provider.h"
#include "fd-telegram-client.h"
#include "fd-untrusted.h"

#define DEFAULT_TIMEOUT_MS 30000

struct _FdTelegramClient
{
  SoupSession *session;
  char        *api_url;
  char        *token;
  guint        timeout_ms;
  gboolean     one_off;
};

/* JSON helpers */




gint64
fd_telegram_json_get_int (JsonObject *object,
                          const char *name,
                          gint64      default_value)
{
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL ||
      !JSON_NODE_HOLDS_VALUE (node))
    return default_value;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return json_node_get_int (node);
    case G_TYPE_DOUBLE:
      {
        double value = json_node_get_double (node);

        /* Converting a double out of range (or NaN) is undefined; no
         * number Telegram sends is one. */
        if (!(value >= -9223372036854775808.0 && value < 9223372036854775808.0))
          return default_value;
        return (gint64) value;
      }
    default:
      return default_value;
    }
}

gboolean
fd_telegram_json_get_bool (JsonObject *object,
                           const char *name,
                           gboolean    default_value)
{
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL ||
      !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return default_value;

  return json_node_get_boolean (node);
}

char *
fd_telegram_normalize_api_url (const char  *url,
                               GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *trimmed = NULL;
  const char *scheme;
  gsize len;

  if (url == NULL || *url == '\0')
    return g_strdup (FD_TELEGRAM_DEFAULT_API_URL);

  trimmed = g_strstrip (g_strdup (url));
  len = strlen (trimmed);
  while (len > 0 && trimmed[len - 1] == '/')
    trimmed[--len] = '\0';

  if (!(uri = g_uri_parse (trimmed, G_URI_FLAGS_NONE, NULL)) || g_uri_get_host (uri) == NULL ||
      *g_uri_get_host (uri) == '\0' || g_uri_get_query (uri) != NULL || g_uri_get_fragment (uri) != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a Bot API address. Give one such as https://api.telegram.org, or leave it out."),
                   trimmed);
      return NULL;
    }

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "https") != 0 &&
      !(g_ascii_strcasecmp (scheme, "http") == 0 && fd_untrusted_is_loopback_host (g_uri_get_host (uri))))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The Bot API address must start with https:// (plain http:// only for a server on this computer): "
                     "the bot token travels with every request."));
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

/* The client */

FdTelegramClient *
fd_telegram_client_new (const char *api_url,
                        const char *token)
{
  FdTelegramClient *self = g_new0 (FdTelegramClient, 1);

  self->session = soup_session_new_with_options ("user-agent", "Frontdesk/" PACKAGE_VERSION, NULL);
  self->api_url = g_strdup (api_url);
  self->token = g_strdup (token != NULL ? token : "");
  self->timeout_ms = DEFAULT_TIMEOUT_MS;

  return self;
}

void
fd_telegram_client_free (FdTelegramClient *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->session);
  g_free (self->api_url);
  memset (self->token, 0, strlen (self->token));
  g_free (self->token);
  g_free (self);
}

void
fd_telegram_client_set_timeout (FdTelegramClient *self,
                                guint             timeout_ms)
{
  self->timeout_ms = MAX (timeout_ms, 1);
}

void
fd_telegram_client_set_one_off (FdTelegramClient *self,
                                gboolean          one_off)
{
  self->one_off = one_off;
}

static const char *
next_step (FdTelegramClient *self)
{
  return self->one_off ? _("Try again in a moment.") : _("Frontdesk will try again.");
}

/* Sends @msg; a transport failure becomes @lost. */
static GBytes *
send_message (FdTelegramClient  *self,
              SoupMessage       *msg,
              guint              timeout_ms,
              FdProviderError    lost,
              GCancellable      *cancellable,
              GError           **error)
{
  g_autoptr(GError) transport_error = NULL;
  gboolean timed_out = FALSE;
  GBytes *response;

  /* One connection per request: it belongs to the private context the
   * request runs on. */
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Connection", "close");
  response = _fd_provider_http_send (self->session, msg, timeout_ms, cancellable, &timed_out, &transport_error);
  if (response != NULL)
    return response;

  if (g_cancellable_is_cancelled (cancellable))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Sync was stopped."));
  else if (timed_out)
    g_set_error (error, FD_PROVIDER_ERROR, lost,
                 /* Translators: %s says what happens next, a sentence */
                 _("Telegram did not answer within %u seconds. %s"), (timeout_ms + 999) / 1000, next_step (self));
  else
    /* The transport error names the host, never the path with the token. */
    g_set_error (error, FD_PROVIDER_ERROR, lost,
                 /* Translators: the second %s says what happens next, a sentence */
                 _("The connection to Telegram failed (%s). %s"), transport_error->message, next_step (self));
  return NULL;
}

JsonNode *
fd_telegram_client_call (FdTelegramClient  *self,
                         const char        *method,
                         JsonBuilder       *params,
                         guint              wait_ms,
                         gboolean           may_have_arrived,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) response = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *data = NULL;
  FdProviderError lost = may_have_arrived ? FD_PROVIDER_ERROR_UNCERTAIN : FD_PROVIDER_ERROR_TEMPORARY;
  JsonObject *answer;
  const char *description;
  gint64 code;
  guint status;

  g_return_val_if_fail (self != NULL && method != NULL, NULL);

  url = g_strdup_printf ("%s/bot%s/%s", self->api_url, self->token, method);
  if (!(msg = soup_message_new ("POST", url)))
    {
      memset (url, 0, strlen (url));
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                           _("The bot token cannot be right: it has characters no token has. "
                             "Copy it again from BotFather and add the account again."));
      return NULL;
    }
  memset (url, 0, strlen (url));

  if (params != NULL)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (params);

      data = json_to_string (root, FALSE);
    }
  else
    data = g_strdup ("{}");
  body = g_bytes_new (data, strlen (data));
  soup_message_set_request_body_from_bytes (msg, "application/json", body);
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept", "application/json");

  if (!(response = send_message (self, msg, self->timeout_ms + wait_ms, lost, cancellable, error)))
    return NULL;

  status = soup_message_get_status (msg);
  parser = json_parser_new ();
  if (!fd_json_parser_load (parser, g_bytes_get_data (response, NULL), g_bytes_get_size (response),
                            FD_JSON_MAX_SIZE, &json_error) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      if (status >= 500 || status == 200)
        g_set_error (error, FD_PROVIDER_ERROR, lost,
                     /* Translators: %s says what happens next, a sentence */
                     _("Telegram sent an answer Frontdesk does not understand. %s"), next_step (self));
      else if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_NOT_FOUND)
        g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                             _("Telegram does not accept the bot token. Get the current token from BotFather "
                               "and add the account again."));
      else
        g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                     _("Telegram refused the request (HTTP %u)."), status);
      return NULL;
    }

  answer = json_node_get_object (json_parser_get_root (parser));
  if (fd_telegram_json_get_bool (answer, "ok", FALSE) && json_object_has_member (answer, "result"))
    return json_node_copy (json_object_get_member (answer, "result"));

  code = fd_telegram_json_get_int (answer, "error_code", status);
  description = fd_json_get_string (answer, "description");
  if (description == NULL)
    description = soup_message_get_reason_phrase (msg);

  if (code == 401 || code == 404)
    g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                 /* Translators: %s is Telegram's reason, in English */
                 _("Telegram no longer accepts the bot token (%s). Get the current token from BotFather "
                   "and sign in again in the account settings."), description);
  else if (code == 429)
    fd_provider_set_rate_limited_error (error,
                                        fd_telegram_json_get_int (fd_json_get_object (answer, "parameters"),
                                                                  "retry_after", 0),
                                        self->one_off
                                          ? _("Telegram asks Frontdesk to slow down. Try again in a minute.")
                                          : _("Telegram asks Frontdesk to slow down. Syncing resumes by itself."));
  else if (code == 409 && strstr (description, "webhook") != NULL)
    g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                         _("This bot hands its messages to a webhook, so Frontdesk cannot fetch them. "
                           "Remove the webhook (deleteWebhook), or give Frontdesk a bot of its own."));
  else if (code == 409)
    /* Another getUpdates at the same time (another program with this
     * bot's token): it may be gone at the next try. */
    g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                 /* Translators: %s is Telegram's reason, in English */
                 _("Telegram says another program is fetching this bot’s messages (%s). "
                   "Frontdesk will try again; stop the other program if this goes on."), description);
  else if (code >= 500)
    g_set_error (error, FD_PROVIDER_ERROR, lost,
                 /* Translators: %s says what happens next, a sentence */
                 _("Telegram had a problem (HTTP %u). %s"), (guint) code, next_step (self));
  else
    g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                 /* Translators: %s is Telegram's reason, in English */
                 _("Telegram refused the request: %s."), description);
  return NULL;
}

GBytes *
fd_telegram_client_download (FdTelegramClient  *self,
                             const char        *file_path,
                             gsize              max_size,
                             GCancellable      *cancellable,
                             GError           **error)
{
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) response = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *url = NULL;
  guint status;

  g_return_val_if_fail (self != NULL && file_path != NULL, NULL);

  /* A path from the server: it stays under the bot's file folder. */
  if (strstr (file_path, "..") != NULL || file_path[0] == '/')
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("Telegram named a file Frontdesk does not download."));
      return NULL;
    }
  escaped = g_uri_escape_string (file_path, "/", FALSE);
  url = g_strdup_printf ("%s/file/bot%s/%s", self->api_url, self->token, escaped);
  msg = soup_message_new ("GET", url);
  memset (url, 0, strlen (url));
  if (msg == NULL)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("Telegram named a file Frontdesk does not download."));
      return NULL;
    }

  if (!(response = send_message (self, msg, self->timeout_ms, FD_PROVIDER_ERROR_TEMPORARY, cancellable, error)))
    return NULL;

  status = soup_message_get_status (msg);
  if (status != SOUP_STATUS_OK)
    {
      g_set_error (error, FD_PROVIDER_ERROR,
                   status >= 500 ? FD_PROVIDER_ERROR_TEMPORARY : FD_PROVIDER_ERROR_PERMANENT,
                   _("Telegram could not hand over a file (HTTP %u)."), status);
      return NULL;
    }
  if (g_bytes_get_size (response) > max_size)
    {
      g_autofree char *size = g_format_size (g_bytes_get_size (response));

      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                   /* Translators: %s is a size, e.g. "25.3 MB" */
                   _("A file of %s is larger than Frontdesk keeps."), size);
      return NULL;
    }

  return g_steal_pointer (&response);
}
