/* fd-loopback-provider.c: a provider for the tests.
 *
 * The API (see tests/fault-server.c):
 *   GET  /whoami                      200, or 401 without the right token
 *   GET  /messages?since=C&limit=N    {"messages": [...], "next": C, "more": bool}
 *   POST /replies                     Idempotency-Key header; {"id": "r1"},
 *                                     the same id for a repeated key
 *   GET  /replies[?key=K]             {"replies": [{"id", "key", …}]}
 *   POST /state                       {"message": id, "state": "archived"}
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "fd-json.h"
#include "fd-loopback-provider.h"
#include "fd-provider-private.h"

#define CHANNEL            "loopback"
#define DEFAULT_TIMEOUT_MS 30000
#define PAGE_SIZE          50

struct _FdLoopbackProvider
{
  GObject      parent_instance;

  FdAccount   *account;
  SoupSession *session;
  char        *base_url;
  char        *token;
  guint        timeout_ms;

  /* Written by the worker thread, read after it finished. */
  gint64       rate_remaining;
  gint64       rate_reset;
};

static void provider_iface_init (FdProviderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdLoopbackProvider, fd_loopback_provider, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_PROVIDER, provider_iface_init))

enum {
  PROP_0,
  PROP_TIMEOUT_MS,
  PROP_TOKEN,
  N_PROPS,
  PROP_ACCOUNT = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
update_rate_limit (FdLoopbackProvider *self,
                   SoupMessage        *msg)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (msg);
  const char *remaining = soup_message_headers_get_one (headers, "X-RateLimit-Remaining");
  const char *reset = soup_message_headers_get_one (headers, "X-RateLimit-Reset");

  if (remaining != NULL)
    self->rate_remaining = g_ascii_strtoll (remaining, NULL, 10);
  if (reset != NULL)
    self->rate_reset = g_ascii_strtoll (reset, NULL, 10);
}

static gint64
parse_retry_after (SoupMessage *msg)
{
  const char *value = soup_message_headers_get_one (soup_message_get_response_headers (msg), "Retry-After");
  g_autoptr(GDateTime) date = NULL;
  guint64 seconds;

  if (value == NULL)
    return 0;
  if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT32, &seconds, NULL))
    return (gint64) seconds;
  if ((date = soup_date_time_new_from_http_string (value)) != NULL)
    return MAX (0, g_date_time_to_unix (date) - g_get_real_time () / G_USEC_PER_SEC);

  return 0;
}

/* Sends @msg and classifies the outcome. @may_have_arrived: a request
 * that changes something (POST) and may have been carried out when the
 * answer is lost. */
static JsonNode *
perform (FdLoopbackProvider  *self,
         SoupMessage         *msg,
         gboolean             may_have_arrived,
         GCancellable        *cancellable,
         GError             **error)
{
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) transport_error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  FdProviderError lost = may_have_arrived ? FD_PROVIDER_ERROR_UNCERTAIN : FD_PROVIDER_ERROR_TEMPORARY;
  gboolean timed_out = FALSE;
  guint status;

  if (self->token != NULL)
    {
      g_autofree char *auth = g_strdup_printf ("Bearer %s", self->token);
      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
    }
  /* Each request on its own connection: connections are bound to the
   * context that made them, and ours lives for one request. */
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Connection", "close");

  body = _fd_provider_http_send (self->session, msg, self->timeout_ms, cancellable,
                                 &timed_out, &transport_error);
  if (body == NULL)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Sync was stopped."));
          return NULL;
        }

      if (timed_out)
        g_set_error (error, FD_PROVIDER_ERROR, lost,
                     _("The server did not answer within %u ms. Frontdesk will try again."),
                     self->timeout_ms);
      else
        g_set_error (error, FD_PROVIDER_ERROR, lost,
                     _("The connection to the server failed (%s). Frontdesk will try again."),
                     transport_error->message);
      return NULL;
    }

  status = soup_message_get_status (msg);
  update_rate_limit (self, msg);

  if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                   _("The server did not accept the account’s token. Enter it again in the account settings."));
      return NULL;
    }
  if (status == 429)
    {
      fd_provider_set_rate_limited_error (error, parse_retry_after (msg),
                                          _("The server asks Frontdesk to slow down. Syncing resumes by itself."));
      return NULL;
    }
  if (status >= 500)
    {
      g_set_error (error, FD_PROVIDER_ERROR, lost,
                   _("The server had a problem (HTTP %u). Frontdesk will try again."), status);
      return NULL;
    }
  if (status >= 400 || status < 200)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                   _("The server refused the request (HTTP %u %s)."),
                   status, soup_message_get_reason_phrase (msg));
      return NULL;
    }

  parser = json_parser_new ();
  if (body == NULL ||
      !fd_json_parser_load (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), FD_JSON_MAX_SIZE, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, FD_PROVIDER_ERROR, lost,
                   _("The server sent an answer Frontdesk does not understand. Frontdesk will try again."));
      return NULL;
    }

  return json_parser_steal_root (parser);
}

static SoupMessage *
new_message (FdLoopbackProvider *self,
             const char         *method,
             const char         *path_and_query)
{
  g_autofree char *uri = g_strconcat (self->base_url, path_and_query, NULL);

  return soup_message_new (method, uri);
}

static void
set_json_body (SoupMessage *msg,
               JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  char *data = json_to_string (root, FALSE);
  g_autoptr(GBytes) bytes = g_bytes_new_take (data, strlen (data));

  soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static FdParsedMessage *
parse_message (JsonObject *object)
{
  g_autoptr(FdParsedMessage) msg = fd_parsed_message_new ();
  JsonObject *author = NULL;
  const char *id = get_string (object, "id");

  if (id == NULL)
    return NULL;

  if (json_object_has_member (object, "author") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "author")))
    author = json_object_get_object_member (object, "author");

  msg->channel = g_strdup (CHANNEL);
  msg->remote_id = fd_utf8_repair (id, -1);
  msg->thread_id = g_strdup (get_string (object, "thread"));
  msg->in_reply_to = g_strdup (get_string (object, "in_reply_to"));
  msg->author_handle = g_strdup (author != NULL ? get_string (author, "handle") : NULL);
  msg->author_name = g_strdup (author != NULL ? get_string (author, "name") : NULL);
  fd_parsed_message_set_text (msg, get_string (object, "text") != NULL ? get_string (object, "text") : "", -1);
  msg->created_at = json_object_get_int_member_with_default (object, "created_at", 0);
  msg->direction = FD_DIRECTION_IN;
  msg->state = FD_MESSAGE_STATE_UNREAD;

  return g_steal_pointer (&msg);
}

/* FdProvider */

static gboolean
fd_loopback_provider_authenticate (FdProvider    *provider,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  FdLoopbackProvider *self = FD_LOOPBACK_PROVIDER (provider);
  g_autoptr(SoupMessage) msg = new_message (self, "GET", "/whoami");
  g_autoptr(JsonNode) root = NULL;

  if (msg == NULL)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                   _("“%s” is not a valid server address. Correct it in the account settings."),
                   self->base_url);
      return FALSE;
    }

  return (root = perform (self, msg, FALSE, cancellable, error)) != NULL;
}

static GPtrArray *
fd_loopback_provider_fetch_new (FdProvider    *provider,
                                const char    *cursor,
                                char         **new_cursor,
                                gboolean      *more,
                                GCancellable  *cancellable,
                                GError       **error)
{
  FdLoopbackProvider *self = FD_LOOPBACK_PROVIDER (provider);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);
  g_autofree char *escaped = g_uri_escape_string (cursor != NULL ? cursor : "", NULL, FALSE);
  g_autofree char *path = g_strdup_printf ("/messages?since=%s&limit=%d", escaped, PAGE_SIZE);
  g_autoptr(SoupMessage) msg = new_message (self, "GET", path);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *array = NULL;

  if (!(root = perform (self, msg, FALSE, cancellable, error)))
    return NULL;

  object = json_node_get_object (root);
  if (json_object_has_member (object, "messages") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "messages")))
    array = json_object_get_array_member (object, "messages");

  if (array == NULL || get_string (object, "next") == NULL)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                   _("The server sent an answer Frontdesk does not understand. Frontdesk will try again."));
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      FdParsedMessage *parsed;

      if (JSON_NODE_HOLDS_OBJECT (node) && (parsed = parse_message (json_node_get_object (node))))
        g_ptr_array_add (messages, parsed);
    }

  *new_cursor = g_strdup (get_string (object, "next"));
  *more = json_object_get_boolean_member_with_default (object, "more", FALSE);

  return g_steal_pointer (&messages);
}

static char *
find_reply_by_key (FdLoopbackProvider  *self,
                   const char          *key,
                   GCancellable        *cancellable,
                   GError             **error)
{
  g_autofree char *escaped = g_uri_escape_string (key, NULL, FALSE);
  g_autofree char *path = g_strdup_printf ("/replies?key=%s", escaped);
  g_autoptr(SoupMessage) msg = new_message (self, "GET", path);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *array;

  if (!(root = perform (self, msg, FALSE, cancellable, error)))
    return NULL;

  object = json_node_get_object (root);
  if (!json_object_has_member (object, "replies") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "replies")))
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                   _("The server sent an answer Frontdesk does not understand. Frontdesk will try again."));
      return NULL;
    }

  array = json_object_get_array_member (object, "replies");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (get_string (json_node_get_object (node), "key"), key) == 0 &&
          get_string (json_node_get_object (node), "id") != NULL)
        return g_strdup (get_string (json_node_get_object (node), "id"));
    }

  /* Not there: no error, nothing found. */
  return g_strdup ("");
}

static char *
fd_loopback_provider_send (FdProvider           *provider,
                           const FdOutboxEntry  *entry,
                           gboolean              uncertain,
                           GCancellable         *cancellable,
                           GError              **error)
{
  FdLoopbackProvider *self = FD_LOOPBACK_PROVIDER (provider);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(JsonNode) root = NULL;
  const char *id;

  if (uncertain)
    {
      g_autofree char *existing = find_reply_by_key (self, entry->idempotency_key, cancellable, error);

      if (existing == NULL)
        return NULL;
      if (*existing != '\0')
        {
          g_debug ("Reply %s had already arrived as %s", entry->idempotency_key, existing);
          return g_steal_pointer (&existing);
        }
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "in_reply_to");
  json_builder_add_string_value (builder, entry->in_reply_to);
  json_builder_set_member_name (builder, "thread");
  json_builder_add_string_value (builder, entry->conversation_remote_id);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, entry->text != NULL ? entry->text : "");
  json_builder_set_member_name (builder, "private");
  json_builder_add_boolean_value (builder, entry->private_reply);
  json_builder_end_object (builder);

  msg = new_message (self, "POST", "/replies");
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Idempotency-Key", entry->idempotency_key);
  set_json_body (msg, builder);

  if (!(root = perform (self, msg, TRUE, cancellable, error)))
    return NULL;

  if ((id = get_string (json_node_get_object (root), "id")) == NULL)
    {
      /* 2xx without an id: it probably arrived; look next time. */
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_UNCERTAIN,
                   _("The server sent an answer Frontdesk does not understand. Frontdesk will try again."));
      return NULL;
    }

  return g_strdup (id);
}

static gboolean
fd_loopback_provider_apply_state (FdProvider           *provider,
                                  const FdOutboxEntry  *entry,
                                  GCancellable         *cancellable,
                                  GError              **error)
{
  FdLoopbackProvider *self = FD_LOOPBACK_PROVIDER (provider);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(SoupMessage) msg = new_message (self, "POST", "/state");
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, entry->message_remote_id);
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, fd_message_state_to_string (entry->new_state));
  json_builder_end_object (builder);
  set_json_body (msg, builder);

  /* Setting a state twice does no harm: no need to check first. */
  return (root = perform (self, msg, FALSE, cancellable, error)) != NULL;
}

static void
fd_loopback_provider_get_rate_limit (FdProvider *provider,
                                     gint64     *remaining,
                                     gint64     *reset_at)
{
  FdLoopbackProvider *self = FD_LOOPBACK_PROVIDER (provider);

  *remaining = self->rate_remaining;
  *reset_at = self->rate_reset;
}

static void
provider_iface_init (FdProviderInterface *iface)
{
  iface->authenticate = fd_loopback_provider_authenticate;
  iface->fetch_new = fd_loopback_provider_fetch_new;
  iface->send = fd_loopback_provider_send;
  iface->apply_state = fd_loopback_provider_apply_state;
  iface->get_rate_limit = fd_loopback_provider_get_rate_limit;
}

/* GObject */

static void
fd_loopback_provider_constructed (GObject *object)
{
  FdLoopbackProvider *self = (FdLoopbackProvider *) object;
  const char *address = self->account != NULL ? fd_account_get_address (self->account) : NULL;

  G_OBJECT_CLASS (fd_loopback_provider_parent_class)->constructed (object);

  if (address != NULL && g_str_has_prefix (address, "http"))
    self->base_url = g_strdup (address);
  else
    self->base_url = g_strdup ("http://127.0.0.1:1");

  if (self->account != NULL)
    self->timeout_ms = (guint) CLAMP (fd_account_get_setting_int (self->account, "timeout-ms", self->timeout_ms),
                                      1, G_MAXUINT);

  if (g_str_has_suffix (self->base_url, "/"))
    self->base_url[strlen (self->base_url) - 1] = '\0';

  /* Configured here, on the creating thread, before any request: after
   * that only sending is allowed from other threads. */
  self->session = soup_session_new_with_options ("max-conns-per-host", 16,
                                                 "user-agent", "Frontdesk/" PACKAGE_VERSION,
                                                 NULL);
}

static void
fd_loopback_provider_dispose (GObject *object)
{
  FdLoopbackProvider *self = (FdLoopbackProvider *) object;

  g_clear_object (&self->session);
  g_clear_object (&self->account);

  G_OBJECT_CLASS (fd_loopback_provider_parent_class)->dispose (object);
}

static void
fd_loopback_provider_finalize (GObject *object)
{
  FdLoopbackProvider *self = (FdLoopbackProvider *) object;

  g_clear_pointer (&self->base_url, g_free);
  g_clear_pointer (&self->token, g_free);

  G_OBJECT_CLASS (fd_loopback_provider_parent_class)->finalize (object);
}

static void
fd_loopback_provider_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FdLoopbackProvider *self = FD_LOOPBACK_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_value_set_object (value, self->account);
      break;
    case PROP_TIMEOUT_MS:
      g_value_set_uint (value, self->timeout_ms);
      break;
    case PROP_TOKEN:
      g_value_set_string (value, self->token);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_loopback_provider_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  FdLoopbackProvider *self = FD_LOOPBACK_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_set_object (&self->account, g_value_get_object (value));
      break;
    case PROP_TIMEOUT_MS:
      self->timeout_ms = g_value_get_uint (value);
      break;
    case PROP_TOKEN:
      g_free (self->token);
      self->token = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_loopback_provider_class_init (FdLoopbackProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = fd_loopback_provider_constructed;
  object_class->dispose = fd_loopback_provider_dispose;
  object_class->finalize = fd_loopback_provider_finalize;
  object_class->get_property = fd_loopback_provider_get_property;
  object_class->set_property = fd_loopback_provider_set_property;

  /* Tests use a short timeout so that a stalled server costs little. */
  properties[PROP_TIMEOUT_MS] =
    g_param_spec_uint ("timeout-ms", NULL, NULL, 1, G_MAXUINT, DEFAULT_TIMEOUT_MS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* Tests only; real providers read tokens from the keyring (fd-secrets.h). */
  properties[PROP_TOKEN] =
    g_param_spec_string ("token", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_ACCOUNT, "account");
}

static void
fd_loopback_provider_init (FdLoopbackProvider *self)
{
  self->timeout_ms = DEFAULT_TIMEOUT_MS;
  self->rate_remaining = -1;
  self->rate_reset = -1;
}

FdLoopbackProvider *
fd_loopback_provider_new (FdAccount *account)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (account), NULL);

  return g_object_new (FD_TYPE_LOOPBACK_PROVIDER, "account", account, NULL);
}
