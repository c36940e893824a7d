/* fd-bluesky-client.c: blocking XRPC calls for worker threads.
 *
 * Each call runs on a private main context for at most the timeout and
 * sorts the outcome into the FD_PROVIDER_ERROR codes the sync engine acts
 * on. Tokens only ever go in the Authorization header, never in a URL or
 * a log.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-bluesky-private.h"
#include "fd-json.h"
#include "fd-provider-private.h"
#include "fd-untrusted.h"

#define DEFAULT_TIMEOUT_MS 30000

struct _FdBlueskyClient
{
  GMutex       mutex;
  SoupSession *session;
  char        *base_url;
  char        *token;
  char        *proxy;
  guint        timeout_ms;
  gboolean     one_off;
  gint64       rate_remaining;
  gint64       rate_reset;
};




FdBlueskyClient *
fd_bluesky_client_new (const char *base_url)
{
  FdBlueskyClient *self = g_new0 (FdBlueskyClient, 1);

  g_mutex_init (&self->mutex);
  self->session = soup_session_new_with_options ("user-agent", "Frontdesk/" PACKAGE_VERSION, NULL);
  fd_bluesky_client_set_base_url (self, base_url);
  self->timeout_ms = DEFAULT_TIMEOUT_MS;
  self->rate_remaining = -1;
  self->rate_reset = -1;

  return self;
}

void
fd_bluesky_client_free (FdBlueskyClient *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->session);
  g_free (self->base_url);
  g_free (self->proxy);
  if (self->token != NULL)
    memset (self->token, 0, strlen (self->token));
  g_free (self->token);
  g_mutex_clear (&self->mutex);
  g_free (self);
}

const char *
fd_bluesky_client_get_base_url (FdBlueskyClient *self)
{
  return self->base_url;
}

void
fd_bluesky_client_set_base_url (FdBlueskyClient *self,
                                const char      *base_url)
{
  g_free (self->base_url);
  self->base_url = g_strdup (base_url != NULL ? base_url : "https://invalid.invalid");
  if (g_str_has_suffix (self->base_url, "/"))
    self->base_url[strlen (self->base_url) - 1] = '\0';
}

void
fd_bluesky_client_set_token (FdBlueskyClient *self,
                             const char      *token)
{
  g_mutex_lock (&self->mutex);
  if (self->token != NULL)
    memset (self->token, 0, strlen (self->token));
  g_free (self->token);
  self->token = g_strdup (token);
  g_mutex_unlock (&self->mutex);
}

void
fd_bluesky_client_set_proxy (FdBlueskyClient *self,
                             const char      *service)
{
  g_free (self->proxy);
  self->proxy = g_strdup (service);
}

void
fd_bluesky_client_set_timeout (FdBlueskyClient *self,
                               guint            timeout_ms)
{
  self->timeout_ms = MAX (timeout_ms, 1);
}

void
fd_bluesky_client_set_one_off (FdBlueskyClient *self,
                               gboolean         one_off)
{
  self->one_off = one_off;
}

void
fd_bluesky_client_get_rate_limit (FdBlueskyClient *self,
                                  gint64          *remaining,
                                  gint64          *reset_at)
{
  g_mutex_lock (&self->mutex);
  *remaining = self->rate_remaining;
  *reset_at = self->rate_reset;
  g_mutex_unlock (&self->mutex);
}

static const char *
next_step (FdBlueskyClient *self)
{
  return self->one_off ? _("Try again in a moment.") : _("Frontdesk will try again.");
}

static void
update_rate_limit (FdBlueskyClient *self,
                   SoupMessage     *msg)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (msg);
  const char *remaining = soup_message_headers_get_one (headers, "ratelimit-remaining");
  const char *reset = soup_message_headers_get_one (headers, "ratelimit-reset");

  g_mutex_lock (&self->mutex);
  if (remaining != NULL)
    self->rate_remaining = g_ascii_strtoll (remaining, NULL, 10);
  if (reset != NULL)
    self->rate_reset = g_ascii_strtoll (reset, NULL, 10);
  g_mutex_unlock (&self->mutex);
}

/* Seconds until the server takes requests again: Retry-After, else
 * ratelimit-reset (unix time). */
static gint64
retry_after (SoupMessage *msg)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (msg);
  const char *value = soup_message_headers_get_one (headers, "Retry-After");
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint64 number;

  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT32, &number, NULL))
    return (gint64) number;
  value = soup_message_headers_get_one (headers, "ratelimit-reset");
  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT64, &number, NULL) &&
      (gint64) number > now)
    return (gint64) number - now;

  return 0;
}

static JsonNode *
parse_body (GBytes *body)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (body == NULL ||
      !fd_json_parser_load (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), FD_JSON_MAX_SIZE, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;

  return json_parser_steal_root (parser);
}

JsonNode *
fd_bluesky_client_call (FdBlueskyClient  *self,
                        const char       *nsid,
                        const char       *query,
                        JsonNode         *body,
                        const char       *bearer,
                        gboolean          may_have_arrived,
                        char            **xrpc_error,
                        GCancellable     *cancellable,
                        GError          **error)
{
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) response = NULL;
  g_autoptr(GError) transport_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *url = NULL;
  g_autofree char *auth = NULL;
  FdProviderError lost = may_have_arrived ? FD_PROVIDER_ERROR_UNCERTAIN : FD_PROVIDER_ERROR_TEMPORARY;
  SoupMessageHeaders *headers;
  gboolean timed_out = FALSE;
  const char *error_name;
  const char *message;
  guint status;

  g_return_val_if_fail (self != NULL && nsid != NULL, NULL);

  if (xrpc_error != NULL)
    *xrpc_error = NULL;

  url = g_strdup_printf ("%s/xrpc/%s%s%s", self->base_url, nsid, query != NULL ? "?" : "", query != NULL ? query : "");
  if (!(msg = soup_message_new (body != NULL ? "POST" : "GET", url)))
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                   _("“%s” is not a valid server address. Correct it in the account settings."), self->base_url);
      return NULL;
    }

  headers = soup_message_get_request_headers (msg);
  g_mutex_lock (&self->mutex);
  if (bearer != NULL || self->token != NULL)
    auth = g_strdup_printf ("Bearer %s", bearer != NULL ? bearer : self->token);
  g_mutex_unlock (&self->mutex);
  if (auth != NULL)
    {
      soup_message_headers_replace (headers, "Authorization", auth);
      memset (auth, 0, strlen (auth));
    }
  soup_message_headers_replace (headers, "Accept", "application/json");
  soup_message_headers_replace (headers, "Connection", "close");
  if (self->proxy != NULL)
    soup_message_headers_replace (headers, "atproto-proxy", self->proxy);
  if (body != NULL && !JSON_NODE_HOLDS_NULL (body))
    {
      char *data = json_to_string (body, FALSE);
      g_autoptr(GBytes) bytes = g_bytes_new_take (data, strlen (data));

      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }

  response = _fd_provider_http_send (self->session, msg, self->timeout_ms, cancellable, &timed_out, &transport_error);
  if (response == NULL)
    {
      if (g_cancellable_is_cancelled (cancellable))
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Sync was stopped."));
      else if (timed_out)
        g_set_error (error, FD_PROVIDER_ERROR, lost,
                     /* Translators: %s says what happens next, a sentence */
                     _("The Bluesky server did not answer within %u seconds. %s"),
                     (self->timeout_ms + 999) / 1000, next_step (self));
      else
        g_set_error (error, FD_PROVIDER_ERROR, lost,
                     /* Translators: the second %s says what happens next, a sentence */
                     _("The connection to the Bluesky server failed (%s). %s"),
                     transport_error->message, next_step (self));
      return NULL;
    }

  status = soup_message_get_status (msg);
  update_rate_limit (self, msg);
  root = parse_body (response);
  error_name = root != NULL ? fd_json_get_string (json_node_get_object (root), "error") : NULL;
  message = root != NULL ? fd_json_get_string (json_node_get_object (root), "message") : NULL;

  if (status >= 200 && status < 300)
    {
      if (root == NULL)
        {
          g_set_error (error, FD_PROVIDER_ERROR, lost,
                       /* Translators: %s says what happens next, a sentence */
                       _("The Bluesky server sent an answer Frontdesk does not understand. %s"), next_step (self));
          return NULL;
        }
      return g_steal_pointer (&root);
    }

  if (xrpc_error != NULL && error_name != NULL)
    *xrpc_error = g_utf8_make_valid (error_name, -1);

  if (status == 429)
    {
      fd_provider_set_rate_limited_error (error, retry_after (msg),
                                          self->one_off
                                            ? _("The Bluesky server asks Frontdesk to slow down. Try again in a minute.")
                                            : _("The Bluesky server asks Frontdesk to slow down. Syncing resumes by itself."));
      return NULL;
    }
  /* The session is fine, but an app password made without the
   * direct-message permission may not use the chat service: the PDS
   * says "Bad token method" (or "Bad token scope"). Public posts keep
   * working, so this is no reason to sign in again. */
  if (g_strcmp0 (error_name, "InvalidToken") == 0 && message != NULL &&
      (strstr (message, "Bad token method") != NULL || strstr (message, "Bad token scope") != NULL))
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("The app password Frontdesk signed in with does not allow direct messages. In Bluesky, "
                             "open Settings → Privacy and security → App passwords, add a new app password with "
                             "“Allow access to your direct messages” switched on, and add the Bluesky account "
                             "again with it. Public replies keep working meanwhile."));
      return NULL;
    }
  if (status == SOUP_STATUS_UNAUTHORIZED ||
      g_strcmp0 (error_name, "ExpiredToken") == 0 || g_strcmp0 (error_name, "InvalidToken") == 0 ||
      g_strcmp0 (error_name, "AuthenticationRequired") == 0)
    {
      g_autofree char *detail = g_utf8_make_valid (message != NULL ? message : soup_message_get_reason_phrase (msg), -1);

      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                   _("The Bluesky server no longer accepts Frontdesk’s sign-in (%s). "
                     "Sign in again in the account settings with a new app password."), detail);
      return NULL;
    }
  if (status >= 500)
    {
      g_set_error (error, FD_PROVIDER_ERROR, lost,
                   /* Translators: %s says what happens next, a sentence */
                   _("The Bluesky server had a problem (HTTP %u). %s"), status, next_step (self));
      return NULL;
    }

  {
    g_autofree char *detail = g_utf8_make_valid (message != NULL ? message
                                                 : error_name != NULL ? error_name
                                                 : soup_message_get_reason_phrase (msg), -1);

    g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                 _("The Bluesky server refused the request: %s (HTTP %u)."), detail, status);
  }
  return NULL;
}

JsonNode *
fd_bluesky_fetch_json (const char    *url,
                       guint          timeout_ms,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(SoupSession) session = soup_session_new_with_options ("user-agent", "Frontdesk/" PACKAGE_VERSION, NULL);
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) response = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean timed_out = FALSE;
  JsonNode *root;

  if (!(msg = soup_message_new ("GET", url)))
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                   _("“%s” is not a valid address."), url);
      return NULL;
    }
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Connection", "close");
  response = _fd_provider_http_send (session, msg, timeout_ms, cancellable, &timed_out, &local_error);
  if (response == NULL || soup_message_get_status (msg) != SOUP_STATUS_OK || !(root = parse_body (response)))
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                   _("Frontdesk could not read %s (%s). Check the handle, or try again in a moment."),
                   url, local_error != NULL ? local_error->message : soup_message_get_reason_phrase (msg));
      return NULL;
    }

  return root;
}
