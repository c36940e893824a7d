/* fd-mastodon-client.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-json.h"
#include "fd-mastodon-client.h"
#include "fd-provider-private.h"
#include "fd-provider.h"

#define DEFAULT_TIMEOUT_MS 30000

struct _FdMastodonClient
{
  gatomicrefcount  ref_count;
  GMutex           mutex;

  SoupSession     *session;
  char            *base_url;
  char            *token;
  guint            timeout_ms;
  gboolean         one_off;

  gint64           rate_limit;
  gint64           rate_remaining;
  gint64           rate_reset;
};

/* Helpers */




gint64
fd_mastodon_json_get_int (JsonObject *object,
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
      return (gint64) json_node_get_double (node);
    case G_TYPE_STRING:
      {
        gint64 value;

        if (g_ascii_string_to_signed (json_node_get_string (node), 10, G_MININT64, G_MAXINT64, &value, NULL))
          return value;
        return default_value;
      }
    default:
      return default_value;
    }
}

void
fd_mastodon_parse_link_header (const char  *header,
                               char       **next,
                               char       **prev)
{
  const char *p = header;

  if (next != NULL)
    *next = NULL;
  if (prev != NULL)
    *prev = NULL;
  if (header == NULL)
    return;

  /* <url>; rel="next", <url>; rel="prev" — parameters may come in any
   * order and rel may hold several space-separated values. */
  while ((p = strchr (p, '<')) != NULL)
    {
      const char *end = strchr (p, '>');
      const char *params_end;
      g_autofree char *url = NULL;
      g_autofree char *params = NULL;
      g_auto(GStrv) parts = NULL;

      if (end == NULL)
        return;
      url = g_strndup (p + 1, end - p - 1);
      params_end = strchr (end, '<');
      params = params_end != NULL ? g_strndup (end + 1, params_end - end - 1) : g_strdup (end + 1);
      parts = g_strsplit_set (params, ";,", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          char *part = g_strstrip (parts[i]);
          g_auto(GStrv) rels = NULL;

          if (g_ascii_strncasecmp (part, "rel=", 4) != 0)
            continue;
          part += 4;
          if (*part == '"')
            part++;
          if (*part != '\0' && part[strlen (part) - 1] == '"')
            part[strlen (part) - 1] = '\0';

          rels = g_strsplit (part, " ", -1);
          for (guint j = 0; rels[j] != NULL; j++)
            {
              if (next != NULL && *next == NULL && g_ascii_strcasecmp (rels[j], "next") == 0)
                *next = g_strdup (url);
              else if (prev != NULL && *prev == NULL && g_ascii_strcasecmp (rels[j], "prev") == 0)
                *prev = g_strdup (url);
            }
        }

      p = end + 1;
    }
}

char *
fd_mastodon_url_get_param (const char *url,
                           const char *name)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GHashTable) params = NULL;
  const char *query;
  const char *value;

  if (url == NULL || (uri = g_uri_parse (url, G_URI_FLAGS_ENCODED_QUERY, NULL)) == NULL)
    return NULL;
  if ((query = g_uri_get_query (uri)) == NULL)
    return NULL;
  if ((params = g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL)) == NULL)
    return NULL;

  value = g_hash_table_lookup (params, name);
  return value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

static gint64
parse_time_header (const char *value)
{
  g_autoptr(GDateTime) date = NULL;
  gint64 number;

  if (value == NULL)
    return -1;
  /* Mastodon sends an ISO 8601 time; other servers unix seconds. */
  if (g_ascii_string_to_signed (value, 10, 0, G_MAXINT64, &number, NULL))
    return number;
  if ((date = g_date_time_new_from_iso8601 (value, NULL)) != NULL)
    return g_date_time_to_unix (date);
  if ((date = soup_date_time_new_from_http_string (value)) != NULL)
    return g_date_time_to_unix (date);

  return -1;
}

static void
update_rate_limit (FdMastodonClient *self,
                   SoupMessage      *msg)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (msg);
  const char *limit = soup_message_headers_get_one (headers, "X-RateLimit-Limit");
  const char *remaining = soup_message_headers_get_one (headers, "X-RateLimit-Remaining");
  const char *reset = soup_message_headers_get_one (headers, "X-RateLimit-Reset");

  g_mutex_lock (&self->mutex);
  if (limit != NULL)
    self->rate_limit = g_ascii_strtoll (limit, NULL, 10);
  if (remaining != NULL)
    self->rate_remaining = g_ascii_strtoll (remaining, NULL, 10);
  if (reset != NULL)
    self->rate_reset = parse_time_header (reset);
  g_mutex_unlock (&self->mutex);
}

static gint64
get_retry_after (FdMastodonClient *self,
                 SoupMessage      *msg)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (msg);
  const char *value = soup_message_headers_get_one (headers, "Retry-After");
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 at;

  if (value != NULL)
    {
      guint64 seconds;

      if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT32, &seconds, NULL))
        return (gint64) seconds;
      if ((at = parse_time_header (value)) > 0)
        return MAX (0, at - now);
    }

  /* Mastodon itself says when the window resets instead. */
  at = parse_time_header (soup_message_headers_get_one (headers, "X-RateLimit-Reset"));
  return at > now ? at - now : 0;
}

/* The "error" member of a Mastodon error answer, if any. */
static char *
dup_server_error (GBytes *body)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *message;

  if (body == NULL ||
      !fd_json_parser_load (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), FD_JSON_MAX_SIZE, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;

  message = fd_json_get_string (json_node_get_object (json_parser_get_root (parser)), "error");
  return message != NULL ? g_utf8_make_valid (message, -1) : NULL;
}

/* Public API */

FdMastodonClient *
fd_mastodon_client_new (const char *base_url)
{
  FdMastodonClient *self;

  g_return_val_if_fail (base_url != NULL, NULL);

  self = g_new0 (FdMastodonClient, 1);
  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->mutex);
  self->base_url = g_strdup (base_url);
  if (g_str_has_suffix (self->base_url, "/"))
    self->base_url[strlen (self->base_url) - 1] = '\0';
  self->timeout_ms = DEFAULT_TIMEOUT_MS;
  self->rate_limit = -1;
  self->rate_remaining = -1;
  self->rate_reset = -1;
  /* Configured before any request; after that only sending, from any thread. */
  self->session = soup_session_new_with_options ("user-agent", "Frontdesk/" PACKAGE_VERSION, NULL);

  return self;
}

FdMastodonClient *
fd_mastodon_client_ref (FdMastodonClient *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
fd_mastodon_client_unref (FdMastodonClient *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_object (&self->session);
  g_free (self->base_url);
  if (self->token != NULL)
    memset (self->token, 0, strlen (self->token));
  g_free (self->token);
  g_mutex_clear (&self->mutex);
  g_free (self);
}

const char *
fd_mastodon_client_get_base_url (FdMastodonClient *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->base_url;
}

void
fd_mastodon_client_set_token (FdMastodonClient *self,
                              const char       *token)
{
  g_return_if_fail (self != NULL);

  g_mutex_lock (&self->mutex);
  g_free (self->token);
  self->token = g_strdup (token);
  g_mutex_unlock (&self->mutex);
}

gboolean
fd_mastodon_client_has_token (FdMastodonClient *self)
{
  gboolean has;

  g_return_val_if_fail (self != NULL, FALSE);

  g_mutex_lock (&self->mutex);
  has = self->token != NULL && *self->token != '\0';
  g_mutex_unlock (&self->mutex);

  return has;
}

void
fd_mastodon_client_set_timeout (FdMastodonClient *self,
                                guint             timeout_ms)
{
  g_return_if_fail (self != NULL);

  self->timeout_ms = MAX (timeout_ms, 1);
}

void
fd_mastodon_client_get_rate_limit (FdMastodonClient *self,
                                   gint64           *limit,
                                   gint64           *remaining,
                                   gint64           *reset_at)
{
  g_return_if_fail (self != NULL);

  g_mutex_lock (&self->mutex);
  if (limit != NULL)
    *limit = self->rate_limit;
  if (remaining != NULL)
    *remaining = self->rate_remaining;
  if (reset_at != NULL)
    *reset_at = self->rate_reset;
  g_mutex_unlock (&self->mutex);
}

/* What happens after a failure that may pass: syncing tries again by
 * itself, a sign-in only when the person does (in the window or on the
 * command line, so no button is named). */
static const char *
next_step (FdMastodonClient *self)
{
  return self->one_off ? _("Try again in a moment, or check the server’s address.") : _("Frontdesk will try again.");
}

static char *
resolve_url (FdMastodonClient  *self,
             const char        *path_or_url,
             GError           **error)
{
  if (path_or_url[0] == '/')
    return g_strconcat (self->base_url, path_or_url, NULL);

  /* A Link header's target: the token must never go to another server. */
  if (g_str_has_prefix (path_or_url, self->base_url) &&
      path_or_url[strlen (self->base_url)] == '/')
    return g_strdup (path_or_url);

  g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
               /* Translators: the second %s says what happens next, a sentence */
               _("The server pointed Frontdesk to another server (%s); Frontdesk did not follow. %s"),
               path_or_url, next_step (self));
  return NULL;
}

JsonNode *
fd_mastodon_client_call (FdMastodonClient  *self,
                         const char        *method,
                         const char        *path_or_url,
                         GBytes            *body,
                         const char        *content_type,
                         const char        *idempotency_key,
                         gboolean           may_have_arrived,
                         char             **link_next,
                         char             **link_prev,
                         guint             *out_status,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) response = NULL;
  g_autoptr(GError) transport_error = NULL;
  g_autoptr(GError) json_error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *url = NULL;
  FdProviderError lost = may_have_arrived ? FD_PROVIDER_ERROR_UNCERTAIN : FD_PROVIDER_ERROR_TEMPORARY;
  SoupMessageHeaders *headers;
  gboolean timed_out = FALSE;
  guint status;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (method != NULL && path_or_url != NULL, NULL);

  if (link_next != NULL)
    *link_next = NULL;
  if (link_prev != NULL)
    *link_prev = NULL;
  if (out_status != NULL)
    *out_status = 0;

  if (!(url = resolve_url (self, path_or_url, error)))
    return NULL;
  if (!(msg = soup_message_new (method, url)))
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                   _("“%s” is not a valid server address. Correct it in the account settings."),
                   self->base_url);
      return NULL;
    }

  headers = soup_message_get_request_headers (msg);
  g_mutex_lock (&self->mutex);
  if (self->token != NULL)
    {
      g_autofree char *auth = g_strdup_printf ("Bearer %s", self->token);

      soup_message_headers_replace (headers, "Authorization", auth);
      memset (auth, 0, strlen (auth));
    }
  g_mutex_unlock (&self->mutex);
  soup_message_headers_replace (headers, "Accept", "application/json");
  if (idempotency_key != NULL)
    soup_message_headers_replace (headers, "Idempotency-Key", idempotency_key);
  /* One connection per request: connections belong to the context that
   * made them, and ours lives for one request. */
  soup_message_headers_replace (headers, "Connection", "close");
  if (body != NULL)
    soup_message_set_request_body_from_bytes (msg, content_type, body);

  response = _fd_provider_http_send (self->session, msg, self->timeout_ms, cancellable,
                                     &timed_out, &transport_error);
  if (response == NULL)
    {
      if (g_cancellable_is_cancelled (cancellable))
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Sync was stopped."));
      else if (timed_out)
        g_set_error (error, FD_PROVIDER_ERROR, lost,
                     /* Translators: %s says what happens next, a sentence */
                     _("The Mastodon server did not answer within %u seconds. %s"),
                     (self->timeout_ms + 999) / 1000, next_step (self));
      else
        g_set_error (error, FD_PROVIDER_ERROR, lost,
                     /* Translators: the second %s says what happens next, a sentence */
                     _("The connection to the Mastodon server failed (%s). %s"),
                     transport_error->message, next_step (self));
      return NULL;
    }

  status = soup_message_get_status (msg);
  if (out_status != NULL)
    *out_status = status;
  update_rate_limit (self, msg);

  if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN)
    {
      g_autofree char *detail = dup_server_error (response);

      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                   _("The Mastodon server no longer accepts Frontdesk’s sign-in (%s). Sign in again in the account settings."),
                   detail != NULL ? detail : soup_message_get_reason_phrase (msg));
      return NULL;
    }
  if (status == 429)
    {
      fd_provider_set_rate_limited_error (error, get_retry_after (self, msg),
                                          self->one_off
                                            ? _("The Mastodon server asks Frontdesk to slow down. Try again in a minute.")
                                            : _("The Mastodon server asks Frontdesk to slow down. Syncing resumes by itself."));
      return NULL;
    }
  if (status >= 500)
    {
      g_set_error (error, FD_PROVIDER_ERROR, lost,
                   /* Translators: %s says what happens next, a sentence */
                   _("The Mastodon server had a problem (HTTP %u). %s"), status, next_step (self));
      return NULL;
    }
  if (status < 200 || status >= 300)
    {
      g_autofree char *detail = dup_server_error (response);

      if (detail != NULL)
        g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                     _("The Mastodon server refused the request: %s (HTTP %u)."), detail, status);
      else
        g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                     _("The Mastodon server refused the request (HTTP %u %s)."),
                     status, soup_message_get_reason_phrase (msg));
      return NULL;
    }

  parser = json_parser_new ();
  if (response != NULL &&
      !fd_json_parser_load (parser, g_bytes_get_data (response, NULL), g_bytes_get_size (response),
                            FD_JSON_MAX_SIZE, &json_error) &&
      json_error->domain == FD_JSON_ERROR && json_error->code != FD_JSON_ERROR_EMPTY)
    {
      g_set_error (error, FD_PROVIDER_ERROR, lost,
                   /* Translators: the first %s says what is wrong with the answer,
                    * the second what happens next, a sentence */
                   _("The Mastodon server sent an answer Frontdesk refuses to read (%s). %s"),
                   json_error->message, next_step (self));
      return NULL;
    }
  if (response == NULL || json_error != NULL ||
      !(JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) || JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser))))
    {
      g_set_error (error, FD_PROVIDER_ERROR, lost,
                   /* Translators: %s says what happens next, a sentence */
                   _("The Mastodon server sent an answer Frontdesk does not understand. %s"),
                   next_step (self));
      return NULL;
    }

  if (link_next != NULL || link_prev != NULL)
    fd_mastodon_parse_link_header (soup_message_headers_get_one (soup_message_get_response_headers (msg), "Link"),
                                   link_next, link_prev);

  return json_parser_steal_root (parser);
}

JsonNode *
fd_mastodon_client_get (FdMastodonClient  *self,
                        const char        *path_or_url,
                        char             **link_next,
                        char             **link_prev,
                        GCancellable      *cancellable,
                        GError           **error)
{
  return fd_mastodon_client_call (self, "GET", path_or_url, NULL, NULL, NULL, FALSE,
                                  link_next, link_prev, NULL, cancellable, error);
}

JsonNode *
fd_mastodon_client_post_json (FdMastodonClient  *self,
                              const char        *path,
                              JsonBuilder       *builder,
                              const char        *idempotency_key,
                              gboolean           may_have_arrived,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  char *data = json_to_string (root, FALSE);
  g_autoptr(GBytes) bytes = g_bytes_new_take (data, strlen (data));

  return fd_mastodon_client_call (self, "POST", path, bytes, "application/json", idempotency_key,
                                  may_have_arrived, NULL, NULL, NULL, cancellable, error);
}

void
fd_mastodon_client_set_one_off (FdMastodonClient *self,
                                gboolean          one_off)
{
  g_return_if_fail (self != NULL);

  self->one_off = one_off;
}
