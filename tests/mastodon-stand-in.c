/* mastodon-stand-in.c
 *
 * Stand-in built from the public Mastodon API documentation; no real
 * Mastodon server can run here.
 *
 * Everything below runs in the server thread except the public functions,
 * which take the mutex (or hand work to the server thread).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "mastodon-stand-in.h"
#include "fd-test-server.h"

#define OWN_ACCT     "shop"
#define DEFAULT_PAGE 20
#define MAX_PAGE     80

typedef struct
{
  guint      seq;
  char      *id;
  char      *account_id;
  char      *acct;
  char      *content;
  char      *visibility;
  char      *in_reply_to;
  char      *lang;
  char      *created_at;
  char      *key;
  guint      n_posts;
  gboolean   mention;
  gboolean   own;
} Status;

typedef struct
{
  guint   seq;
  char   *id;
  char   *type;
  Status *status;      /* not owned */
  char   *acct;
} Notification;

typedef struct
{
  char   *id;
  char   *acct;
  Status *last_status; /* not owned */
} Conversation;

typedef struct
{
  char          *prefix;
  MastodonFault  fault;
  guint          times;
} Fault;

typedef struct
{
  char  *client_id;
  char  *client_secret;
  char **redirects;
} App;

typedef struct
{
  char *client_id;
  char *redirect;
  char *challenge;
} Grant;

struct _MastodonStandIn
{
  GMutex        mutex;
  FdTestServer *http;
  GMainContext *context;  /* the server thread's */
  const char   *url;      /* the server's */
  char         *token;

  guint         seq;
  GPtrArray    *statuses;       /* Status, in order */
  GPtrArray    *notifications;  /* Notification, in order */
  GPtrArray    *conversations;  /* Conversation */
  GHashTable   *by_key;         /* Idempotency-Key -> Status */
  GPtrArray    *faults;
  GHashTable   *apps;           /* client_id -> App */
  GHashTable   *grants;         /* code -> Grant */
  GHashTable   *requests;       /* path -> count */
  GHashTable   *last_headers;   /* path -> SoupMessageHeaders */
  GList        *streams;        /* SoupServerMessage */
  GList        *pending_closes;
  guint         retry_after;
  guint         max_characters;
  gboolean      v1_only;
  gint64        rate_remaining;
};

/* Data */

static void
status_free (Status *status)
{
  g_free (status->id);
  g_free (status->account_id);
  g_free (status->acct);
  g_free (status->content);
  g_free (status->visibility);
  g_free (status->in_reply_to);
  g_free (status->lang);
  g_free (status->created_at);
  g_free (status->key);
  g_free (status);
}

static void
notification_free (Notification *notification)
{
  g_free (notification->id);
  g_free (notification->type);
  g_free (notification->acct);
  g_free (notification);
}

static void
conversation_free (Conversation *conversation)
{
  g_free (conversation->id);
  g_free (conversation->acct);
  g_free (conversation);
}

static void
fault_free (Fault *fault)
{
  g_free (fault->prefix);
  g_free (fault);
}

static void
app_free (App *app)
{
  g_free (app->client_id);
  g_free (app->client_secret);
  g_strfreev (app->redirects);
  g_free (app);
}

static void
grant_free (Grant *grant)
{
  g_free (grant->client_id);
  g_free (grant->redirect);
  g_free (grant->challenge);
  g_free (grant);
}

void
mastodon_own_status_free (MastodonOwnStatus *status)
{
  if (status == NULL)
    return;
  g_free (status->id);
  g_free (status->text);
  g_free (status->visibility);
  g_free (status->in_reply_to);
  g_free (status->key);
  g_free (status);
}

/* Opaque ids: the numbers go down while time goes up, and every id has a
 * suffix, so a client that compares ids as numbers or strings fails. */
static char *
make_id_locked (MastodonStandIn *self,
                const char      *suffix)
{
  self->seq++;
  return g_strdup_printf ("%" G_GUINT64_FORMAT "-%s", (guint64) 1099511627776 - self->seq * 7, suffix);
}

static char *
now_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format_iso8601 (now);
}

static Status *
find_status_locked (MastodonStandIn *self,
                    const char      *id)
{
  for (guint i = 0; id != NULL && i < self->statuses->len; i++)
    {
      Status *status = g_ptr_array_index (self->statuses, i);

      if (g_str_equal (status->id, id))
        return status;
    }
  return NULL;
}

static char *
account_id_for (const char *acct)
{
  return g_strdup_printf ("acc-%u-x", g_str_hash (acct) % 100000);
}

static void
add_account (JsonBuilder *builder,
             const char  *id,
             const char  *acct)
{
  const char *at = strchr (acct, '@');
  g_autofree char *username = at != NULL ? g_strndup (acct, at - acct) : g_strdup (acct);
  g_autofree char *display = g_strdup_printf ("%c%s", g_ascii_toupper (username[0]), username + 1);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "username");
  json_builder_add_string_value (builder, username);
  json_builder_set_member_name (builder, "acct");
  json_builder_add_string_value (builder, acct);
  json_builder_set_member_name (builder, "display_name");
  json_builder_add_string_value (builder, display);
  json_builder_set_member_name (builder, "url");
  json_builder_add_string_value (builder, "https://" MASTODON_STAND_IN_DOMAIN "/@x");
  json_builder_end_object (builder);
}

static void
add_status_json (JsonBuilder *builder,
                 Status      *status)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, status->id);
  json_builder_set_member_name (builder, "created_at");
  json_builder_add_string_value (builder, status->created_at);
  json_builder_set_member_name (builder, "in_reply_to_id");
  if (status->in_reply_to != NULL)
    json_builder_add_string_value (builder, status->in_reply_to);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "visibility");
  json_builder_add_string_value (builder, status->visibility);
  json_builder_set_member_name (builder, "language");
  if (status->lang != NULL)
    json_builder_add_string_value (builder, status->lang);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "spoiler_text");
  json_builder_add_string_value (builder, "");
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, status->content);
  json_builder_set_member_name (builder, "url");
  {
    g_autofree char *url = g_strdup_printf ("https://" MASTODON_STAND_IN_DOMAIN "/@%s/%s", status->acct, status->id);
    json_builder_add_string_value (builder, url);
  }
  json_builder_set_member_name (builder, "account");
  add_account (builder, status->account_id, status->acct);
  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  if (status->mention)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, MASTODON_STAND_IN_OWN_ID);
      json_builder_set_member_name (builder, "acct");
      json_builder_add_string_value (builder, OWN_ACCT);
      json_builder_set_member_name (builder, "username");
      json_builder_add_string_value (builder, OWN_ACCT);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "media_attachments");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Responses */

static void
set_rate_headers (MastodonStandIn   *self,
                  SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) reset = g_date_time_add_minutes (now, 5);
  g_autofree char *reset_text = g_date_time_format_iso8601 (reset);
  g_autofree char *remaining = NULL;

  g_mutex_lock (&self->mutex);
  if (self->rate_remaining > 0)
    self->rate_remaining--;
  remaining = g_strdup_printf ("%" G_GINT64_FORMAT, self->rate_remaining);
  g_mutex_unlock (&self->mutex);

  soup_message_headers_replace (headers, "X-RateLimit-Limit", "300");
  soup_message_headers_replace (headers, "X-RateLimit-Remaining", remaining);
  soup_message_headers_replace (headers, "X-RateLimit-Reset", reset_text);
}

static void
respond_builder (SoupServerMessage *msg,
                 guint              status,
                 JsonBuilder       *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  char *data = json_to_string (root, FALSE);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, data, strlen (data));
}

static void
respond_error (SoupServerMessage *msg,
               guint              status,
               const char        *message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_add_string_value (builder, message);
  json_builder_end_object (builder);
  respond_builder (msg, status, builder);
}

/* Closing a connection is done from an idle, after the handler returned. */
typedef struct
{
  MastodonStandIn   *self;
  SoupServerMessage *msg;
} Close;

static gboolean
close_cb (gpointer user_data)
{
  Close *close = user_data;
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (close->msg);

  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);
  close->self->pending_closes = g_list_remove (close->self->pending_closes, close);
  g_object_unref (close->msg);
  g_free (close);
  return G_SOURCE_REMOVE;
}

static void
close_later (MastodonStandIn   *self,
             SoupServerMessage *msg)
{
  Close *close = g_new0 (Close, 1);
  g_autoptr(GSource) source = g_idle_source_new ();

  close->self = self;
  close->msg = g_object_ref (msg);
  soup_server_message_pause (msg);
  g_source_set_callback (source, close_cb, close, NULL);
  g_source_attach (source, self->context);
  self->pending_closes = g_list_prepend (self->pending_closes, close);
}

/* Paging over @items (oldest first) the way Mastodon does: max_id goes
 * back, since_id and min_id forward (min_id: the page right after it),
 * newest first in the answer, and a Link header with next and prev. */
typedef const char *(*IdFunc) (gpointer item);

static GPtrArray *
page_items (MastodonStandIn   *self,
            SoupServerMessage *msg,
            GHashTable        *query,
            GPtrArray         *items,
            IdFunc             id_func,
            IdFunc             link_id_func)
{
  const char *max_id = query != NULL ? g_hash_table_lookup (query, "max_id") : NULL;
  const char *min_id = query != NULL ? g_hash_table_lookup (query, "min_id") : NULL;
  const char *since_id = query != NULL ? g_hash_table_lookup (query, "since_id") : NULL;
  const char *limit_text = query != NULL ? g_hash_table_lookup (query, "limit") : NULL;
  guint limit = limit_text != NULL ? (guint) CLAMP (g_ascii_strtoll (limit_text, NULL, 10), 1, MAX_PAGE) : DEFAULT_PAGE;
  gint lo = -1, hi = (gint) items->len;   /* exclusive bounds */
  GPtrArray *page = g_ptr_array_new ();

  for (guint i = 0; i < items->len; i++)
    {
      const char *id = id_func (g_ptr_array_index (items, i));

      if (max_id != NULL && g_str_equal (id, max_id))
        hi = (gint) i;
      if (min_id != NULL && g_str_equal (id, min_id))
        lo = (gint) i;
      if (since_id != NULL && g_str_equal (id, since_id))
        lo = MAX (lo, (gint) i);
    }

  if (min_id != NULL)
    {
      /* The oldest @limit after min_id, newest first. */
      gint end = MIN (hi, lo + 1 + (gint) limit);

      for (gint i = end - 1; i > lo; i--)
        g_ptr_array_add (page, g_ptr_array_index (items, i));
    }
  else
    {
      for (gint i = hi - 1; i > lo && page->len < limit; i--)
        g_ptr_array_add (page, g_ptr_array_index (items, i));
    }

  if (page->len > 0)
    {
      const char *path = g_uri_get_path (soup_server_message_get_uri (msg));
      g_autofree char *first = g_uri_escape_string (link_id_func (g_ptr_array_index (page, 0)), NULL, FALSE);
      g_autofree char *last = g_uri_escape_string (link_id_func (g_ptr_array_index (page, page->len - 1)), NULL, FALSE);
      g_autofree char *link = g_strdup_printf ("<%s%s?limit=%u&max_id=%s>; rel=\"next\", "
                                               "<%s%s?limit=%u&min_id=%s>; rel=\"prev\"",
                                               self->url, path, limit, last, self->url, path, limit, first);

      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Link", link);
    }

  return page;
}

static const char *
notification_id (gpointer item)
{
  return ((Notification *) item)->id;
}

static const char *
status_id (gpointer item)
{
  return ((Status *) item)->id;
}

static const char *
conversation_link_id (gpointer item)
{
  return ((Conversation *) item)->last_status->id;
}

/* Handlers, with the mutex held */

static void
handle_apps (MastodonStandIn   *self,
             SoupServerMessage *msg)
{
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  JsonObject *object;
  const char *redirects;
  App *app;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      respond_error (msg, 422, "Validation failed");
      return;
    }
  object = json_node_get_object (json_parser_get_root (parser));
  redirects = json_object_get_string_member_with_default (object, "redirect_uris", NULL);
  if (redirects == NULL || json_object_get_string_member_with_default (object, "client_name", NULL) == NULL)
    {
      respond_error (msg, 422, "Validation failed: Redirect URI must be present");
      return;
    }

  app = g_new0 (App, 1);
  app->client_id = g_strdup_printf ("client-%u", g_hash_table_size (self->apps) + 1);
  app->client_secret = g_strdup_printf ("secret-%u", g_random_int ());
  app->redirects = g_strsplit_set (redirects, "\n ", -1);
  g_hash_table_insert (self->apps, app->client_id, app);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, "app-1");
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, "Frontdesk");
  json_builder_set_member_name (builder, "redirect_uri");
  json_builder_add_string_value (builder, redirects);
  json_builder_set_member_name (builder, "client_id");
  json_builder_add_string_value (builder, app->client_id);
  json_builder_set_member_name (builder, "client_secret");
  json_builder_add_string_value (builder, app->client_secret);
  json_builder_end_object (builder);
  respond_builder (msg, 200, builder);
}

static void
handle_authorize (MastodonStandIn   *self,
                  SoupServerMessage *msg,
                  GHashTable        *query)
{
  const char *client_id = query != NULL ? g_hash_table_lookup (query, "client_id") : NULL;
  const char *redirect = query != NULL ? g_hash_table_lookup (query, "redirect_uri") : NULL;
  const char *state = query != NULL ? g_hash_table_lookup (query, "state") : NULL;
  const char *challenge = query != NULL ? g_hash_table_lookup (query, "code_challenge") : NULL;
  const char *method = query != NULL ? g_hash_table_lookup (query, "code_challenge_method") : NULL;
  App *app = client_id != NULL ? g_hash_table_lookup (self->apps, client_id) : NULL;
  g_autofree char *code = NULL;
  Grant *grant;

  if (app == NULL || redirect == NULL || !g_strv_contains ((const char * const *) app->redirects, redirect))
    {
      soup_server_message_set_status (msg, 400, NULL);
      soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "invalid_client", 14);
      return;
    }
  if (challenge == NULL || g_strcmp0 (method, "S256") != 0)
    {
      soup_server_message_set_status (msg, 400, NULL);
      soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "pkce required", 13);
      return;
    }

  /* The person said yes at once. */
  code = g_strdup_printf ("code-%u", g_random_int ());
  grant = g_new0 (Grant, 1);
  grant->client_id = g_strdup (client_id);
  grant->redirect = g_strdup (redirect);
  grant->challenge = g_strdup (challenge);
  g_hash_table_insert (self->grants, g_strdup (code), grant);

  if (g_str_equal (redirect, "urn:ietf:wg:oauth:2.0:oob"))
    {
      char *page = g_strdup_printf ("<html><body><code class=\"oauth-code\">%s</code></body></html>", code);

      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_TAKE, page, strlen (page));
    }
  else
    {
      g_autofree char *escaped_code = g_uri_escape_string (code, NULL, FALSE);
      g_autofree char *escaped_state = g_uri_escape_string (state != NULL ? state : "", NULL, FALSE);
      g_autofree char *location = g_strdup_printf ("%s?code=%s&state=%s", redirect, escaped_code, escaped_state);

      soup_server_message_set_redirect (msg, 302, location);
    }
}

static char *
s256 (const char *verifier)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize len = sizeof digest;
  char *encoded;

  g_checksum_update (checksum, (const guchar *) verifier, strlen (verifier));
  g_checksum_get_digest (checksum, digest, &len);
  encoded = g_base64_encode (digest, len);
  g_strdelimit (encoded, "+", '-');
  g_strdelimit (encoded, "/", '_');
  if (strchr (encoded, '=') != NULL)
    *strchr (encoded, '=') = '\0';

  return encoded;
}

static void
handle_token (MastodonStandIn   *self,
              SoupServerMessage *msg)
{
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  g_autofree char *form_text = g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body));
  g_autoptr(GHashTable) form = soup_form_decode (form_text);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *code = g_hash_table_lookup (form, "code");
  const char *verifier = g_hash_table_lookup (form, "code_verifier");
  Grant *grant = code != NULL ? g_hash_table_lookup (self->grants, code) : NULL;
  App *app = grant != NULL ? g_hash_table_lookup (self->apps, grant->client_id) : NULL;
  g_autofree char *computed = NULL;

  if (g_strcmp0 (g_hash_table_lookup (form, "grant_type"), "authorization_code") != 0 ||
      grant == NULL || app == NULL ||
      g_strcmp0 (g_hash_table_lookup (form, "client_id"), app->client_id) != 0 ||
      g_strcmp0 (g_hash_table_lookup (form, "client_secret"), app->client_secret) != 0 ||
      g_strcmp0 (g_hash_table_lookup (form, "redirect_uri"), grant->redirect) != 0 ||
      verifier == NULL || g_strcmp0 ((computed = s256 (verifier)), grant->challenge) != 0)
    {
      respond_error (msg, 400, "invalid_grant");
      return;
    }

  /* A code works once. */
  g_hash_table_remove (self->grants, code);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "access_token");
  json_builder_add_string_value (builder, self->token);
  json_builder_set_member_name (builder, "token_type");
  json_builder_add_string_value (builder, "Bearer");
  json_builder_set_member_name (builder, "scope");
  json_builder_add_string_value (builder, g_hash_table_lookup (form, "scope") != NULL
                                          ? g_hash_table_lookup (form, "scope") : "read");
  json_builder_set_member_name (builder, "created_at");
  json_builder_add_int_value (builder, g_get_real_time () / G_USEC_PER_SEC);
  json_builder_end_object (builder);
  respond_builder (msg, 200, builder);
}

static void
handle_instance (MastodonStandIn   *self,
                 SoupServerMessage *msg,
                 gboolean           v2)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  if (v2 && self->v1_only)
    {
      respond_error (msg, 404, "Record not found");
      return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, v2 ? "domain" : "uri");
  json_builder_add_string_value (builder, MASTODON_STAND_IN_DOMAIN);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, "Stand-in");
  if (!v2)
    {
      g_autofree char *ws = g_strdup_printf ("ws://%s", self->url + strlen ("http://"));

      json_builder_set_member_name (builder, "urls");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "streaming_api");
      json_builder_add_string_value (builder, ws);
      json_builder_end_object (builder);
    }
  json_builder_set_member_name (builder, "configuration");
  json_builder_begin_object (builder);
  if (v2)
    {
      g_autofree char *wss = g_strdup_printf ("ws://%s", self->url + strlen ("http://"));

      json_builder_set_member_name (builder, "urls");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "streaming");
      json_builder_add_string_value (builder, wss);
      json_builder_end_object (builder);
    }
  json_builder_set_member_name (builder, "statuses");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "max_characters");
  json_builder_add_int_value (builder, self->max_characters);
  json_builder_set_member_name (builder, "characters_reserved_per_url");
  json_builder_add_int_value (builder, 23);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  respond_builder (msg, 200, builder);
}

static void
handle_notifications (MastodonStandIn   *self,
                      SoupServerMessage *msg,
                      GHashTable        *query)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) filtered = g_ptr_array_new ();
  g_autoptr(GPtrArray) page = NULL;
  const char *types = query != NULL ? g_hash_table_lookup (query, "types[]") : NULL;

  for (guint i = 0; i < self->notifications->len; i++)
    {
      Notification *notification = g_ptr_array_index (self->notifications, i);

      if (types == NULL || g_str_equal (types, notification->type))
        g_ptr_array_add (filtered, notification);
    }

  page = page_items (self, msg, query, filtered, notification_id, notification_id);

  json_builder_begin_array (builder);
  for (guint i = 0; i < page->len; i++)
    {
      Notification *notification = g_ptr_array_index (page, i);
      g_autofree char *account_id = account_id_for (notification->acct);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, notification->id);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, notification->type);
      json_builder_set_member_name (builder, "created_at");
      json_builder_add_string_value (builder, notification->status != NULL ? notification->status->created_at
                                                                            : "2024-01-01T00:00:00.000Z");
      json_builder_set_member_name (builder, "account");
      add_account (builder, account_id, notification->acct);
      if (notification->status != NULL)
        {
          json_builder_set_member_name (builder, "status");
          add_status_json (builder, notification->status);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  respond_builder (msg, 200, builder);
}

static gint
compare_conversations (gconstpointer a,
                       gconstpointer b)
{
  const Conversation *ca = *(Conversation **) a;
  const Conversation *cb = *(Conversation **) b;

  return (gint) ca->last_status->seq - (gint) cb->last_status->seq;
}

static const char *
conversation_status_id (gpointer item)
{
  return ((Conversation *) item)->last_status->id;
}

static void
handle_conversations (MastodonStandIn   *self,
                      SoupServerMessage *msg,
                      GHashTable        *query)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GPtrArray) page = NULL;

  for (guint i = 0; i < self->conversations->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (self->conversations, i));

  /* Paged by the id of the newest status, as Mastodon does. */
  g_ptr_array_sort (sorted, compare_conversations);
  page = page_items (self, msg, query, sorted, conversation_status_id, conversation_link_id);

  json_builder_begin_array (builder);
  for (guint i = 0; i < page->len; i++)
    {
      Conversation *conversation = g_ptr_array_index (page, i);
      g_autofree char *account_id = account_id_for (conversation->acct);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, conversation->id);
      json_builder_set_member_name (builder, "unread");
      json_builder_add_boolean_value (builder, TRUE);
      json_builder_set_member_name (builder, "accounts");
      json_builder_begin_array (builder);
      add_account (builder, account_id, conversation->acct);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "last_status");
      add_status_json (builder, conversation->last_status);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  respond_builder (msg, 200, builder);
}

static void
handle_status_get (MastodonStandIn   *self,
                   SoupServerMessage *msg,
                   const char        *id,
                   gboolean           context)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  Status *status = find_status_locked (self, id);

  if (status == NULL)
    {
      respond_error (msg, 404, "Record not found");
      return;
    }

  if (!context)
    {
      add_status_json (builder, status);
      respond_builder (msg, 200, builder);
      return;
    }

  {
    g_autoptr(GPtrArray) ancestors = g_ptr_array_new ();
    Status *parent = status;

    while ((parent = find_status_locked (self, parent->in_reply_to)) != NULL)
      g_ptr_array_insert (ancestors, 0, parent);

    json_builder_begin_object (builder);
    json_builder_set_member_name (builder, "ancestors");
    json_builder_begin_array (builder);
    for (guint i = 0; i < ancestors->len; i++)
      add_status_json (builder, g_ptr_array_index (ancestors, i));
    json_builder_end_array (builder);
    json_builder_set_member_name (builder, "descendants");
    json_builder_begin_array (builder);
    json_builder_end_array (builder);
    json_builder_end_object (builder);
    respond_builder (msg, 200, builder);
  }
}

static void
handle_status_post (MastodonStandIn   *self,
                    SoupServerMessage *msg)
{
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *key = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Idempotency-Key");
  JsonObject *object;
  const char *text;
  const char *visibility;
  const char *in_reply_to;
  Status *status;

  if (key != NULL && (status = g_hash_table_lookup (self->by_key, key)) != NULL)
    {
      /* The same key: the same status, nothing new. */
      status->n_posts++;
      add_status_json (builder, status);
      respond_builder (msg, 200, builder);
      return;
    }

  if (!json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      respond_error (msg, 422, "Validation failed: Text can't be blank");
      return;
    }
  object = json_node_get_object (json_parser_get_root (parser));
  text = json_object_get_string_member_with_default (object, "status", NULL);
  visibility = json_object_get_string_member_with_default (object, "visibility", "public");
  in_reply_to = json_object_get_string_member_with_default (object, "in_reply_to_id", NULL);

  if (text == NULL || *text == '\0')
    {
      respond_error (msg, 422, "Validation failed: Text can't be blank");
      return;
    }
  if (g_utf8_strlen (text, -1) > (glong) self->max_characters)
    {
      respond_error (msg, 422, "Validation failed: Text character limit exceeded");
      return;
    }
  if (in_reply_to != NULL && find_status_locked (self, in_reply_to) == NULL)
    {
      respond_error (msg, 404, "Record not found");
      return;
    }

  status = g_new0 (Status, 1);
  status->id = make_id_locked (self, "own");
  status->seq = self->seq;
  status->account_id = g_strdup (MASTODON_STAND_IN_OWN_ID);
  status->acct = g_strdup (OWN_ACCT);
  status->content = g_strdup (text);
  status->visibility = g_strdup (visibility);
  status->in_reply_to = g_strdup (in_reply_to);
  status->created_at = now_iso ();
  status->key = g_strdup (key);
  status->n_posts = 1;
  status->own = TRUE;
  g_ptr_array_add (self->statuses, status);
  if (key != NULL)
    g_hash_table_insert (self->by_key, status->key, status);

  add_status_json (builder, status);
  respond_builder (msg, 200, builder);
}

static void
handle_statuses_list (MastodonStandIn   *self,
                      SoupServerMessage *msg,
                      GHashTable        *query,
                      const char        *tag,
                      const char        *q)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) matching = g_ptr_array_new ();
  g_autoptr(GPtrArray) page = NULL;
  g_autofree char *needle = NULL;

  if (tag != NULL)
    needle = g_strdup_printf ("#%s", tag);
  else
    needle = g_strdup (q != NULL ? q : "");
  {
    g_autofree char *lower = g_utf8_strdown (needle, -1);

    g_free (needle);
    needle = g_steal_pointer (&lower);
  }

  for (guint i = 0; i < self->statuses->len; i++)
    {
      Status *status = g_ptr_array_index (self->statuses, i);
      g_autofree char *content = g_utf8_strdown (status->content, -1);

      if (g_str_equal (status->visibility, "public") && *needle != '\0' && strstr (content, needle) != NULL)
        g_ptr_array_add (matching, status);
    }

  page = page_items (self, msg, query, matching, status_id, status_id);

  if (tag == NULL)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "accounts");
      json_builder_begin_array (builder);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "hashtags");
      json_builder_begin_array (builder);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "statuses");
    }
  json_builder_begin_array (builder);
  for (guint i = 0; i < page->len; i++)
    add_status_json (builder, g_ptr_array_index (page, i));
  json_builder_end_array (builder);
  if (tag == NULL)
    json_builder_end_object (builder);
  respond_builder (msg, 200, builder);
}

static void
stream_finished_cb (SoupServerMessage *msg,
                    MastodonStandIn   *self)
{
  g_mutex_lock (&self->mutex);
  if (g_list_find (self->streams, msg) != NULL)
    {
      self->streams = g_list_remove (self->streams, msg);
      g_object_unref (msg);
    }
  g_mutex_unlock (&self->mutex);
}

static void
handle_stream (MastodonStandIn   *self,
               SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_server_message_set_status (msg, 200, NULL);
  soup_message_headers_set_content_type (headers, "text/event-stream", NULL);
  soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
  soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_STATIC, ":)\n\n", 4);

  self->streams = g_list_prepend (self->streams, g_object_ref (msg));
  g_signal_connect (msg, "finished", G_CALLBACK (stream_finished_cb), self);
  g_signal_connect (msg, "disconnected", G_CALLBACK (stream_finished_cb), self);
}

static Fault *
take_fault_locked (MastodonStandIn *self,
                   const char      *method,
                   const char      *path)
{
  for (guint i = 0; i < self->faults->len; i++)
    {
      Fault *fault = g_ptr_array_index (self->faults, i);

      const char *space = strchr (fault->prefix, ' ');
      gboolean match;

      /* "POST /api/v1/statuses": that method on exactly that path. */
      if (space != NULL)
        match = strncmp (fault->prefix, method, space - fault->prefix) == 0 &&
                method[space - fault->prefix] == '\0' && g_str_equal (path, space + 1);
      else
        match = g_str_has_prefix (path, fault->prefix);

      if (match && fault->times > 0)
        {
          fault->times--;
          return fault;
        }
    }
  return NULL;
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  MastodonStandIn *self = user_data;
  const char *method = soup_server_message_get_method (msg);
  const char *auth = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Authorization");
  g_autofree char *expected = NULL;
  gboolean drop_after = FALSE;
  Fault *fault;

  g_mutex_lock (&self->mutex);

  g_hash_table_insert (self->requests, g_strdup (path),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->requests, path)) + 1));
  {
    SoupMessageHeaders *copy = soup_message_headers_new (SOUP_MESSAGE_HEADERS_REQUEST);
    SoupMessageHeadersIter iter;
    const char *name, *value;

    soup_message_headers_iter_init (&iter, soup_server_message_get_request_headers (msg));
    while (soup_message_headers_iter_next (&iter, &name, &value))
      soup_message_headers_append (copy, name, value);
    g_hash_table_insert (self->last_headers, g_strdup (path), copy);
  }

  if ((fault = take_fault_locked (self, method, path)) != NULL)
    {
      switch (fault->fault)
        {
        case MASTODON_FAULT_500:
          respond_error (msg, 500, "We're sorry, but something went wrong on our end.");
          goto out;
        case MASTODON_FAULT_BAD_JSON:
          soup_server_message_set_status (msg, 200, NULL);
          soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, "[{\"id\": \"1\",", 12);
          goto out;
        case MASTODON_FAULT_DEEP_JSON:
          {
            GString *deep = g_string_new ("[{\"id\": \"1\", \"account\": ");

            for (guint i = 0; i < 1000000; i++)
              g_string_append_c (deep, '[');
            soup_server_message_set_status (msg, 200, NULL);
            soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE,
                                              deep->str, deep->len);
            g_string_free (deep, FALSE);
            goto out;
          }
        case MASTODON_FAULT_429:
          {
            g_autofree char *seconds = g_strdup_printf ("%u", self->retry_after);

            soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", seconds);
            soup_message_headers_replace (soup_server_message_get_response_headers (msg), "X-RateLimit-Remaining", "0");
            respond_error (msg, 429, "Too many requests");
            goto out;
          }
        case MASTODON_FAULT_DROP_AFTER:
          drop_after = TRUE;
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (g_str_equal (path, "/api/v1/apps") && g_str_equal (method, "POST"))
    {
      handle_apps (self, msg);
      goto out;
    }
  if (g_str_equal (path, "/oauth/authorize"))
    {
      handle_authorize (self, msg, query);
      goto out;
    }
  if (g_str_equal (path, "/oauth/token") && g_str_equal (method, "POST"))
    {
      handle_token (self, msg);
      goto out;
    }

  expected = g_strdup_printf ("Bearer %s", self->token);
  if (!g_str_has_prefix (path, "/api/v1/instance") && !g_str_has_prefix (path, "/api/v2/instance") &&
      g_strcmp0 (auth, expected) != 0)
    {
      respond_error (msg, 401, "The access token is invalid");
      goto out;
    }

  if (g_str_equal (path, "/api/v1/accounts/verify_credentials"))
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      add_account (builder, MASTODON_STAND_IN_OWN_ID, OWN_ACCT);
      respond_builder (msg, 200, builder);
    }
  else if (g_str_equal (path, "/api/v2/instance") || g_str_equal (path, "/api/v1/instance"))
    handle_instance (self, msg, g_str_equal (path, "/api/v2/instance"));
  else if (g_str_equal (path, "/api/v1/notifications"))
    handle_notifications (self, msg, query);
  else if (g_str_equal (path, "/api/v1/conversations"))
    handle_conversations (self, msg, query);
  else if (g_str_equal (path, "/api/v1/statuses") && g_str_equal (method, "POST"))
    handle_status_post (self, msg);
  else if (g_str_has_prefix (path, "/api/v1/statuses/") && g_str_has_suffix (path, "/context"))
    {
      g_autofree char *id = g_strndup (path + strlen ("/api/v1/statuses/"),
                                       strlen (path) - strlen ("/api/v1/statuses/") - strlen ("/context"));

      handle_status_get (self, msg, id, TRUE);
    }
  else if (g_str_has_prefix (path, "/api/v1/statuses/"))
    handle_status_get (self, msg, path + strlen ("/api/v1/statuses/"), FALSE);
  else if (g_str_has_prefix (path, "/api/v1/timelines/tag/"))
    handle_statuses_list (self, msg, query, path + strlen ("/api/v1/timelines/tag/"), NULL);
  else if (g_str_equal (path, "/api/v2/search"))
    handle_statuses_list (self, msg, query, NULL, query != NULL ? g_hash_table_lookup (query, "q") : NULL);
  else if (g_str_equal (path, "/api/v1/streaming/user"))
    {
      handle_stream (self, msg);
      g_mutex_unlock (&self->mutex);
      return;
    }
  else
    respond_error (msg, 404, "Record not found");

out:
  g_mutex_unlock (&self->mutex);

  set_rate_headers (self, msg);
  if (drop_after)
    close_later (self, msg);
}

/* The server */

/* Before the server stops: end the streams, so libsoup lets their
 * messages go. */
static void
end_streams (gpointer user_data)
{
  MastodonStandIn *self = user_data;
  GList *streams;

  g_mutex_lock (&self->mutex);
  streams = g_list_copy_deep (self->streams, (GCopyFunc) g_object_ref, NULL);
  g_mutex_unlock (&self->mutex);
  for (GList *l = streams; l != NULL; l = l->next)
    {
      soup_message_body_complete (soup_server_message_get_response_body (l->data));
      soup_server_message_unpause (l->data);
    }
  g_list_free_full (streams, g_object_unref);
}

MastodonStandIn *
mastodon_stand_in_new (void)
{
  MastodonStandIn *self = g_new0 (MastodonStandIn, 1);

  g_mutex_init (&self->mutex);
  self->token = g_strdup_printf ("stand-in-token-%08x", g_random_int ());
  self->statuses = g_ptr_array_new_with_free_func ((GDestroyNotify) status_free);
  self->notifications = g_ptr_array_new_with_free_func ((GDestroyNotify) notification_free);
  self->conversations = g_ptr_array_new_with_free_func ((GDestroyNotify) conversation_free);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->faults = g_ptr_array_new_with_free_func ((GDestroyNotify) fault_free);
  self->apps = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) app_free);
  self->grants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) grant_free);
  self->requests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->last_headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) soup_message_headers_unref);
  self->retry_after = 1;
  self->max_characters = 500;
  self->rate_remaining = 300;
  self->http = fd_test_server_start ("mastodon-stand-in", server_cb, end_streams, NULL, self);
  self->context = fd_test_server_get_context (self->http);
  self->url = fd_test_server_get_url (self->http);

  return self;
}


void
mastodon_stand_in_free (MastodonStandIn *self)
{
  if (self == NULL)
    return;

  fd_test_server_stop (self->http);

  g_list_free_full (self->streams, g_object_unref);
  g_hash_table_unref (self->last_headers);
  g_hash_table_unref (self->requests);
  g_hash_table_unref (self->grants);
  g_hash_table_unref (self->apps);
  g_ptr_array_unref (self->faults);
  g_hash_table_unref (self->by_key);
  g_ptr_array_unref (self->conversations);
  g_ptr_array_unref (self->notifications);
  g_ptr_array_unref (self->statuses);
  g_free (self->token);
  g_mutex_clear (&self->mutex);
  g_free (self);
}

const char *
mastodon_stand_in_get_url (MastodonStandIn *self)
{
  return self->url;
}

const char *
mastodon_stand_in_get_token (MastodonStandIn *self)
{
  return self->token;
}

void
mastodon_stand_in_add_fault (MastodonStandIn *self,
                             const char      *path_prefix,
                             MastodonFault    kind,
                             guint            times)
{
  Fault *fault = g_new0 (Fault, 1);

  fault->prefix = g_strdup (path_prefix);
  fault->fault = kind;
  fault->times = times;
  g_mutex_lock (&self->mutex);
  g_ptr_array_add (self->faults, fault);
  g_mutex_unlock (&self->mutex);
}

void
mastodon_stand_in_clear_faults (MastodonStandIn *self)
{
  g_mutex_lock (&self->mutex);
  g_ptr_array_set_size (self->faults, 0);
  g_mutex_unlock (&self->mutex);
}

void
mastodon_stand_in_set_retry_after (MastodonStandIn *self,
                                   guint            seconds)
{
  g_mutex_lock (&self->mutex);
  self->retry_after = seconds;
  g_mutex_unlock (&self->mutex);
}

void
mastodon_stand_in_set_max_characters (MastodonStandIn *self,
                                      guint            max_characters)
{
  g_mutex_lock (&self->mutex);
  self->max_characters = max_characters;
  g_mutex_unlock (&self->mutex);
}

void
mastodon_stand_in_set_v1_only (MastodonStandIn *self,
                               gboolean         v1_only)
{
  g_mutex_lock (&self->mutex);
  self->v1_only = v1_only;
  g_mutex_unlock (&self->mutex);
}

char *
mastodon_stand_in_add_status (MastodonStandIn *self,
                              const char      *acct,
                              const char      *text,
                              const char      *visibility,
                              const char      *in_reply_to,
                              gboolean         mention,
                              const char      *lang)
{
  Status *status = g_new0 (Status, 1);
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  char *id;

  g_mutex_lock (&self->mutex);
  status->id = make_id_locked (self, "x");
  status->seq = self->seq;
  status->account_id = account_id_for (acct);
  status->acct = g_strdup (acct);
  if (mention)
    status->content = g_strdup_printf ("<p><span class=\"h-card\"><a href=\"https://" MASTODON_STAND_IN_DOMAIN
                                       "/@shop\" class=\"u-url mention\">@<span>shop</span></a></span> %s</p>",
                                       escaped);
  else
    status->content = g_strdup_printf ("<p>%s</p>", escaped);
  status->visibility = g_strdup (visibility != NULL ? visibility : "public");
  status->in_reply_to = g_strdup (in_reply_to);
  status->lang = g_strdup (lang);
  status->created_at = now_iso ();
  status->mention = mention;
  g_ptr_array_add (self->statuses, status);
  id = g_strdup (status->id);

  if (mention)
    {
      Notification *notification = g_new0 (Notification, 1);

      notification->id = make_id_locked (self, "n");
      notification->seq = self->seq;
      notification->type = g_strdup ("mention");
      notification->status = status;
      notification->acct = g_strdup (acct);
      g_ptr_array_add (self->notifications, notification);
    }

  if (g_str_equal (status->visibility, "direct"))
    {
      Conversation *conversation = NULL;

      for (guint i = 0; i < self->conversations->len; i++)
        if (g_str_equal (((Conversation *) g_ptr_array_index (self->conversations, i))->acct, acct))
          conversation = g_ptr_array_index (self->conversations, i);
      if (conversation == NULL)
        {
          conversation = g_new0 (Conversation, 1);
          conversation->id = g_strdup_printf ("conv-%u", self->conversations->len + 1);
          conversation->acct = g_strdup (acct);
          g_ptr_array_add (self->conversations, conversation);
        }
      conversation->last_status = status;
    }
  g_mutex_unlock (&self->mutex);

  return id;
}

void
mastodon_stand_in_add_favourite (MastodonStandIn *self,
                                 const char      *acct)
{
  Notification *notification = g_new0 (Notification, 1);

  g_mutex_lock (&self->mutex);
  notification->id = make_id_locked (self, "f");
  notification->seq = self->seq;
  notification->type = g_strdup ("favourite");
  notification->acct = g_strdup (acct);
  g_ptr_array_add (self->notifications, notification);
  g_mutex_unlock (&self->mutex);
}

GPtrArray *
mastodon_stand_in_dup_own_statuses (MastodonStandIn *self)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) mastodon_own_status_free);

  g_mutex_lock (&self->mutex);
  for (guint i = 0; i < self->statuses->len; i++)
    {
      Status *status = g_ptr_array_index (self->statuses, i);
      MastodonOwnStatus *own;

      if (!status->own)
        continue;
      own = g_new0 (MastodonOwnStatus, 1);
      own->id = g_strdup (status->id);
      own->text = g_strdup (status->content);
      own->visibility = g_strdup (status->visibility);
      own->in_reply_to = g_strdup (status->in_reply_to);
      own->key = g_strdup (status->key);
      own->n_posts = status->n_posts;
      g_ptr_array_add (result, own);
    }
  g_mutex_unlock (&self->mutex);

  return result;
}

guint
mastodon_stand_in_count_requests (MastodonStandIn *self,
                                  const char      *path_prefix)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n = 0;

  g_mutex_lock (&self->mutex);
  g_hash_table_iter_init (&iter, self->requests);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_has_prefix (key, path_prefix))
      n += GPOINTER_TO_UINT (value);
  g_mutex_unlock (&self->mutex);

  return n;
}

char *
mastodon_stand_in_dup_last_header (MastodonStandIn *self,
                                   const char      *path,
                                   const char      *header)
{
  SoupMessageHeaders *headers;
  char *value = NULL;

  g_mutex_lock (&self->mutex);
  if ((headers = g_hash_table_lookup (self->last_headers, path)) != NULL)
    value = g_strdup (soup_message_headers_get_one (headers, header));
  g_mutex_unlock (&self->mutex);

  return value;
}

guint
mastodon_stand_in_get_n_streams (MastodonStandIn *self)
{
  guint n;

  g_mutex_lock (&self->mutex);
  n = g_list_length (self->streams);
  g_mutex_unlock (&self->mutex);

  return n;
}

typedef struct
{
  MastodonStandIn *self;
  char            *chunk;
  gboolean         close;
} StreamWork;

static gboolean
stream_work_cb (gpointer user_data)
{
  StreamWork *work = user_data;
  MastodonStandIn *self = work->self;
  GList *streams;

  g_mutex_lock (&self->mutex);
  streams = g_list_copy_deep (self->streams, (GCopyFunc) g_object_ref, NULL);
  g_mutex_unlock (&self->mutex);

  for (GList *l = streams; l != NULL; l = l->next)
    {
      SoupMessageBody *body = soup_server_message_get_response_body (l->data);

      if (work->close)
        soup_message_body_complete (body);
      else
        soup_message_body_append (body, SOUP_MEMORY_COPY, work->chunk, strlen (work->chunk));
      soup_server_message_unpause (l->data);
    }
  g_list_free_full (streams, g_object_unref);

  g_free (work->chunk);
  g_free (work);
  return G_SOURCE_REMOVE;
}

void
mastodon_stand_in_stream_event (MastodonStandIn *self,
                                const char      *event,
                                const char      *data)
{
  StreamWork *work = g_new0 (StreamWork, 1);

  work->self = self;
  work->chunk = g_strdup_printf ("event: %s\ndata: %s\n\n", event, data);
  g_main_context_invoke (self->context, stream_work_cb, work);
}

void
mastodon_stand_in_close_streams (MastodonStandIn *self)
{
  StreamWork *work = g_new0 (StreamWork, 1);

  work->self = self;
  work->close = TRUE;
  g_main_context_invoke (self->context, stream_work_cb, work);
}
