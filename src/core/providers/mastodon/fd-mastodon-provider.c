/* fd-mastodon-provider.c: mentions, direct messages and replies on Mastodon.
 *
 * What is fetched:
 *   mentions       GET /api/v1/notifications?types[]=mention (include_filtered:
 *                  a mention filtered by the person's notification policy
 *                  is still a customer waiting; older servers ignore it)
 *   direct         GET /api/v1/conversations (the newest post of each)
 *   threads        GET /api/v1/statuses/:id/context: the thread id is the
 *                  root post's id, the earlier posts are stored as context
 *   listening      fd-mastodon-listen.c: the sync run asks for each term
 * Pages follow the Link header (min_id forward, max_id back in history);
 * ids are opaque strings and are never compared. A direct message arrives
 * both as a mention and in a conversation: both carry the status id as
 * remote id, so the store keeps one copy.
 *
 * The cursor is a small JSON object: {"n": min_id of notifications,
 * "c": min_id of conversations}.
 *
 * Replies are fd-mastodon-send.c, push (the user stream)
 * fd-mastodon-push.c.
 *
 * Threads: the sync manager calls the blocking methods on the account's
 * worker thread (one at a time); push runs on the main thread. The token
 * and the streaming URL are shared under the mutex.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-json.h"
#include "fd-mastodon-private.h"
#include "fd-mastodon-provider-private.h"
#include "fd-secrets.h"
#include "fd-untrusted.h"

#define DEFAULT_TIMEOUT_MS       30000
#define DEFAULT_PAGE_SIZE        40


static void provider_iface_init (FdProviderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdMastodonProvider, fd_mastodon_provider, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_PROVIDER, provider_iface_init))

enum {
  PROP_0,
  PROP_TOKEN,
  PROP_TIMEOUT_MS,
  N_PROPS,
  PROP_ACCOUNT = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

char *
_fd_mastodon_provider_dup_token (FdMastodonProvider *self)
{
  char *token;

  g_mutex_lock (&self->mutex);
  token = g_strdup (self->token);
  g_mutex_unlock (&self->mutex);

  return token;
}

void
_fd_mastodon_provider_set_token (FdMastodonProvider *self,
                                 const char         *token)
{
  g_mutex_lock (&self->mutex);
  if (self->token != NULL)
    memset (self->token, 0, strlen (self->token));
  g_free (self->token);
  self->token = g_strdup (token);
  g_mutex_unlock (&self->mutex);

  fd_mastodon_client_set_token (self->client, token);
}

static char *
parse_cursor (const char *cursor,
              const char *member)
{
  g_autoptr(JsonNode) root = NULL;
  const char *value;

  if (cursor == NULL || !(root = fd_json_parse (cursor, -1, FD_JSON_MAX_SIZE, NULL)) || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  value = fd_json_get_string (json_node_get_object (root), member);
  return value != NULL ? g_strdup (value) : NULL;
}

static char *
make_cursor (const char *notifications,
             const char *conversations)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "n");
  if (notifications != NULL)
    json_builder_add_string_value (builder, notifications);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "c");
  if (conversations != NULL)
    json_builder_add_string_value (builder, conversations);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

static char *
with_param (const char *path,
            const char *name,
            const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL)
    return g_strdup (path);

  escaped = g_uri_escape_string (value, NULL, FALSE);
  return g_strdup_printf ("%s%c%s=%s", path, strchr (path, '?') != NULL ? '&' : '?', name, escaped);
}

/* A wss:// or https:// streaming base, kept only when it is safe to send
 * the token there. */
static char *
streaming_base (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (url == NULL || (uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL)) == NULL || g_uri_get_host (uri) == NULL)
    return NULL;

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "wss") == 0 || g_ascii_strcasecmp (scheme, "https") == 0)
    scheme = "https";
  else if ((g_ascii_strcasecmp (scheme, "ws") == 0 || g_ascii_strcasecmp (scheme, "http") == 0) &&
           fd_untrusted_is_loopback_host (g_uri_get_host (uri)))
    scheme = "http";
  else
    return NULL;

  if (g_uri_get_port (uri) > 0)
    return g_strdup_printf ("%s://%s:%d", scheme, g_uri_get_host (uri), g_uri_get_port (uri));
  return g_strdup_printf ("%s://%s", scheme, g_uri_get_host (uri));
}

static gboolean
read_instance (FdMastodonProvider  *self,
               GCancellable        *cancellable,
               GError             **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *streaming = NULL;
  JsonObject *instance;
  JsonObject *configuration;
  JsonObject *statuses;
  gint64 max_characters;
  gint64 url_length;
  const char *domain;

  root = fd_mastodon_client_get (self->client, "/api/v2/instance", NULL, NULL, cancellable, &local_error);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      instance = json_node_get_object (root);
      configuration = fd_json_get_object (instance, "configuration");
      statuses = fd_json_get_object (configuration, "statuses");
      domain = fd_json_get_string (instance, "domain");
      streaming = streaming_base (fd_json_get_string (fd_json_get_object (configuration, "urls"),
                                                               "streaming"));
    }
  else if (g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT))
    {
      /* Before Mastodon 4.0: the first version of the API. */
      g_clear_error (&local_error);
      g_clear_pointer (&root, json_node_unref);
      if (!(root = fd_mastodon_client_get (self->client, "/api/v1/instance", NULL, NULL, cancellable, &local_error)) ||
          !JSON_NODE_HOLDS_OBJECT (root))
        {
          if (local_error != NULL && !g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          return TRUE;
        }
      instance = json_node_get_object (root);
      configuration = fd_json_get_object (instance, "configuration");
      statuses = fd_json_get_object (configuration, "statuses");
      domain = fd_json_get_string (instance, "uri");
      streaming = streaming_base (fd_json_get_string (fd_json_get_object (instance, "urls"),
                                                               "streaming_api"));
      if (statuses == NULL && json_object_has_member (instance, "max_toot_chars"))
        statuses = instance;
    }
  else
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  max_characters = fd_mastodon_json_get_int (statuses, "max_characters",
                                             fd_mastodon_json_get_int (statuses, "max_toot_chars", 0));
  url_length = fd_mastodon_json_get_int (statuses, "characters_reserved_per_url", 0);
  /* The sync run keeps them for the composer. */
  self->max_characters = max_characters > 0 && max_characters <= G_MAXINT ? (guint) max_characters : 0;
  self->url_length = url_length > 0 && url_length <= 10000 ? (guint) url_length : 0;

  if (domain != NULL && *domain != '\0' && strchr (domain, '/') == NULL)
    {
      g_free (self->domain);
      self->domain = g_ascii_strdown (domain, -1);
    }

  g_mutex_lock (&self->mutex);
  g_free (self->streaming_url);
  self->streaming_url = g_steal_pointer (&streaming);
  g_mutex_unlock (&self->mutex);

  return TRUE;
}

/* Adds @msg unless this call already did. */
static void
add_message (FdMastodonProvider *self,
             GPtrArray          *messages,
             FdParsedMessage    *msg)
{
  if (g_hash_table_contains (self->seen, msg->remote_id))
    {
      fd_parsed_message_free (msg);
      return;
    }

  g_hash_table_add (self->seen, g_strdup (msg->remote_id));
  g_ptr_array_add (messages, msg);
}

/* Finds the thread's root through the status context and adds the earlier
 * posts of the thread before @status. */
static gboolean
add_status (FdMastodonProvider  *self,
            JsonObject          *status,
            GPtrArray           *messages,
            GCancellable        *cancellable,
            GError             **error)
{
  g_autoptr(FdParsedMessage) msg = _fd_mastodon_parse_status (status, self->own_id, self->domain);
  const char *root = NULL;

  if (msg == NULL)
    return TRUE;

  if (msg->in_reply_to == NULL)
    root = msg->remote_id;
  else if ((root = g_hash_table_lookup (self->roots, msg->in_reply_to)) == NULL)
    {
      g_autofree char *escaped = g_uri_escape_string (msg->remote_id, NULL, FALSE);
      g_autofree char *path = g_strdup_printf ("/api/v1/statuses/%s/context", escaped);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(JsonNode) context = fd_mastodon_client_get (self->client, path, NULL, NULL, cancellable, &local_error);
      JsonArray *ancestors = NULL;

      if (context == NULL)
        {
          /* Gone or hidden: the parent is the best we know. Anything else
           * is worth another try. */
          if (!g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
        }
      else if (JSON_NODE_HOLDS_OBJECT (context))
        ancestors = fd_json_get_array (json_node_get_object (context), "ancestors");

      if (ancestors != NULL && json_array_get_length (ancestors) > 0 &&
          JSON_NODE_HOLDS_OBJECT (json_array_get_element (ancestors, 0)) &&
          fd_json_get_string (json_node_get_object (json_array_get_element (ancestors, 0)), "id") != NULL)
        {
          const char *root_id = fd_json_get_string (json_node_get_object (json_array_get_element (ancestors, 0)), "id");

          /* Oldest first, as the API gives them. */
          for (guint i = 0; i < json_array_get_length (ancestors); i++)
            {
              JsonNode *node = json_array_get_element (ancestors, i);
              FdParsedMessage *ancestor;

              if (!JSON_NODE_HOLDS_OBJECT (node) ||
                  !(ancestor = _fd_mastodon_parse_status (json_node_get_object (node), self->own_id, self->domain)))
                continue;
              g_hash_table_replace (self->roots, g_strdup (ancestor->remote_id), g_strdup (root_id));
              ancestor->thread_id = g_strdup (root_id);
              add_message (self, messages, ancestor);
            }
          g_hash_table_replace (self->roots, g_strdup (msg->in_reply_to), g_strdup (root_id));
        }
      else
        g_hash_table_replace (self->roots, g_strdup (msg->in_reply_to), g_strdup (msg->in_reply_to));

      root = g_hash_table_lookup (self->roots, msg->in_reply_to);
    }

  msg->thread_id = g_strdup (root);
  g_hash_table_replace (self->roots, g_strdup (msg->remote_id), g_strdup (root));
  add_message (self, messages, g_steal_pointer (&msg));

  return TRUE;
}

/* One page of notifications or conversations, newest first as the API
 * gives it; statuses are added oldest first. Sets @newest to where the
 * next forward page starts. */
static gboolean
fetch_page (FdMastodonProvider  *self,
            const char          *path,
            gboolean             conversations,
            GPtrArray           *messages,
            char               **newest,
            char               **older,
            guint               *n_items,
            gint64              *oldest_time,
            GCancellable        *cancellable,
            GError             **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *next = NULL;
  g_autofree char *prev = NULL;
  JsonArray *array;
  guint length;

  *newest = NULL;
  *n_items = 0;
  if (older != NULL)
    *older = NULL;
  if (oldest_time != NULL)
    *oldest_time = G_MAXINT64;

  if (!(root = fd_mastodon_client_get (self->client, path, &next, &prev, cancellable, error)))
    return FALSE;
  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                   _("The Mastodon server sent an answer Frontdesk does not understand. Frontdesk will try again."));
      return FALSE;
    }

  array = json_node_get_array (root);
  length = json_array_get_length (array);
  *n_items = length;

  for (guint i = length; i > 0; i--)
    {
      JsonNode *node = json_array_get_element (array, i - 1);
      JsonObject *item;
      JsonObject *status;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      item = json_node_get_object (node);

      if (conversations)
        status = fd_json_get_object (item, "last_status");
      else if (g_strcmp0 (fd_json_get_string (item, "type"), "mention") == 0)
        status = fd_json_get_object (item, "status");
      else
        continue;  /* a server that ignored types[] */

      if (status == NULL)
        continue;
      if (oldest_time != NULL)
        *oldest_time = MIN (*oldest_time, _fd_mastodon_parse_time (fd_json_get_string (status, "created_at")));
      if (!add_status (self, status, messages, cancellable, error))
        return FALSE;
    }

  /* Where to go on: the Link header says, else the first item. */
  *newest = fd_mastodon_url_get_param (prev, "min_id");
  if (*newest == NULL && length > 0 && JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, 0)))
    {
      JsonObject *first = json_node_get_object (json_array_get_element (array, 0));
      const char *id;

      if (conversations)
        id = fd_json_get_string (fd_json_get_object (first, "last_status"), "id");
      else
        id = fd_json_get_string (first, "id");
      *newest = g_strdup (id);
    }
  if (older != NULL && length > 0)
    *older = fd_mastodon_url_get_param (next, "max_id");

  return TRUE;
}

static void
reset_run_state (FdMastodonProvider *self)
{
  g_hash_table_remove_all (self->roots);
  g_hash_table_remove_all (self->seen);
}

/* FdProvider */

static gboolean
fd_mastodon_provider_authenticate (FdProvider    *provider,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  FdMastodonProvider *self = FD_MASTODON_PROVIDER (provider);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *token = _fd_mastodon_provider_dup_token (self);
  JsonObject *account;

  if (token == NULL)
    {
      g_autoptr(GError) local_error = NULL;

      token = fd_secrets_lookup_sync (self->account, FD_MASTODON_TOKEN_KIND, cancellable, &local_error);
      if (local_error != NULL && local_error->domain == FD_SECRETS_ERROR)
        {
          g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH, local_error->message);
          return FALSE;
        }
      if (local_error != NULL)
        {
          g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                       _("Frontdesk could not read the sign-in of %s from the keyring (%s). "
                         "Unlock the keyring, or sign in again."),
                       fd_account_get_name (self->account), local_error->message);
          return FALSE;
        }
      if (token == NULL)
        {
          g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                       _("Frontdesk has no sign-in for %s. Sign in again in the account settings."),
                       fd_account_get_name (self->account));
          return FALSE;
        }
      _fd_mastodon_provider_set_token (self, token);
    }

  if (!(root = fd_mastodon_client_get (self->client, "/api/v1/accounts/verify_credentials", NULL, NULL,
                                       cancellable, error)))
    return FALSE;
  account = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (fd_json_get_string (account, "id") == NULL)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                   _("The Mastodon server sent an answer Frontdesk does not understand. Frontdesk will try again."));
      return FALSE;
    }

  g_free (self->own_id);
  self->own_id = g_strdup (fd_json_get_string (account, "id"));

  return read_instance (self, cancellable, error);
}

static GPtrArray *
fd_mastodon_provider_fetch_new (FdProvider    *provider,
                                const char    *cursor,
                                char         **new_cursor,
                                gboolean      *more,
                                GCancellable  *cancellable,
                                GError       **error)
{
  FdMastodonProvider *self = FD_MASTODON_PROVIDER (provider);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);
  g_autofree char *notifications = parse_cursor (cursor, "n");
  g_autofree char *conversations = parse_cursor (cursor, "c");
  g_autofree char *base = NULL;
  g_autofree char *path = NULL;
  g_autofree char *newest_n = NULL;
  g_autofree char *newest_c = NULL;
  guint n_notifications = 0;
  guint n_conversations = 0;

  reset_run_state (self);

  /* Without a cursor: start from now; fetch_history() goes back. */
  base = g_strdup_printf ("/api/v1/notifications?types[]=mention&include_filtered=true&limit=%u", self->page_size);
  path = with_param (base, "min_id", notifications);
  if (!fetch_page (self, path, FALSE, messages, &newest_n, NULL, &n_notifications, NULL, cancellable, error))
    return NULL;

  g_free (base);
  g_free (path);
  base = g_strdup_printf ("/api/v1/conversations?limit=%u", self->page_size);
  path = with_param (base, "min_id", conversations);
  if (!fetch_page (self, path, TRUE, messages, &newest_c, NULL, &n_conversations, NULL, cancellable, error))
    return NULL;

  *more = (notifications != NULL && n_notifications >= self->page_size) ||
          (conversations != NULL && n_conversations >= self->page_size);
  *new_cursor = make_cursor (newest_n != NULL ? newest_n : notifications,
                             newest_c != NULL ? newest_c : conversations);

  return g_steal_pointer (&messages);
}

static GPtrArray *
fd_mastodon_provider_fetch_history (FdProvider    *provider,
                                    const char    *cursor,
                                    gint64         not_before,
                                    char         **new_cursor,
                                    gboolean      *done,
                                    GCancellable  *cancellable,
                                    GError       **error)
{
  FdMastodonProvider *self = FD_MASTODON_PROVIDER (provider);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);
  g_autofree char *base = NULL;
  g_autofree char *path = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *older = NULL;
  gint64 oldest_time = G_MAXINT64;
  guint n_items = 0;

  reset_run_state (self);

  base = g_strdup_printf ("/api/v1/notifications?types[]=mention&include_filtered=true&limit=%u", self->page_size);
  path = with_param (base, "max_id", cursor);
  if (!fetch_page (self, path, FALSE, messages, &newest, &older, &n_items, &oldest_time, cancellable, error))
    return NULL;

  /* Nothing older than the history window. */
  for (guint i = messages->len; i > 0; i--)
    {
      FdParsedMessage *msg = g_ptr_array_index (messages, i - 1);

      if (msg->created_at < not_before)
        g_ptr_array_remove_index (messages, i - 1);
    }

  *new_cursor = g_steal_pointer (&older);
  *done = *new_cursor == NULL || n_items == 0 || oldest_time < not_before;

  return g_steal_pointer (&messages);
}

static GPtrArray *
fd_mastodon_provider_fetch_listening (FdProvider       *provider,
                                      FdListeningKind   kind,
                                      const char       *term,
                                      const char       *cursor,
                                      char            **new_cursor,
                                      GCancellable     *cancellable,
                                      GError          **error)
{
  FdMastodonProvider *self = FD_MASTODON_PROVIDER (provider);

  return _fd_mastodon_fetch_listening (self->client, kind, term, cursor, self->own_id, self->domain,
                                       self->page_size, new_cursor, cancellable, error);
}

static void
fd_mastodon_provider_get_reply_limits (FdProvider *provider,
                                       guint      *max_chars,
                                       guint      *link_chars)
{
  FdMastodonProvider *self = FD_MASTODON_PROVIDER (provider);

  *max_chars = self->max_characters;
  *link_chars = self->url_length;
}

static void
fd_mastodon_provider_get_rate_limit (FdProvider *provider,
                                     gint64     *remaining,
                                     gint64     *reset_at)
{
  FdMastodonProvider *self = FD_MASTODON_PROVIDER (provider);

  fd_mastodon_client_get_rate_limit (self->client, NULL, remaining, reset_at);
}

static void
provider_iface_init (FdProviderInterface *iface)
{
  iface->authenticate = fd_mastodon_provider_authenticate;
  iface->fetch_new = fd_mastodon_provider_fetch_new;
  iface->fetch_history = fd_mastodon_provider_fetch_history;
  iface->send = _fd_mastodon_provider_send;
  iface->get_rate_limit = fd_mastodon_provider_get_rate_limit;
  iface->fetch_listening = fd_mastodon_provider_fetch_listening;
  iface->get_reply_limits = fd_mastodon_provider_get_reply_limits;
  iface->supports_push = _fd_mastodon_push_supported;
  iface->start_push = _fd_mastodon_push_start;
  iface->stop_push = _fd_mastodon_push_stop;
  iface->check_setup = _fd_mastodon_check_setup;
  iface->sign_in = _fd_mastodon_sign_in;
  iface->is_same_account = _fd_mastodon_is_same_account;
  iface->new_translator = _fd_mastodon_new_translator;
  iface->setup_form = &_fd_mastodon_setup_form;
}

/* GObject */

static void
fd_mastodon_provider_constructed (GObject *object)
{
  FdMastodonProvider *self = (FdMastodonProvider *) object;
  g_autofree char *base_url = NULL;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (fd_mastodon_provider_parent_class)->constructed (object);

  g_assert (self->account != NULL);

  if (!(base_url = fd_mastodon_normalize_server (fd_account_get_address (self->account) != NULL
                                                  ? fd_account_get_address (self->account) : "", &error)))
    {
      /* Every request then fails with a clear error. */
      g_debug ("Account %" G_GINT64_FORMAT ": %s", fd_account_get_id (self->account), error->message);
      base_url = g_strdup ("https://invalid.invalid");
    }

  self->client = fd_mastodon_client_new (base_url);
  self->timeout_ms = (guint) CLAMP (fd_account_get_setting_int (self->account, "timeout-ms", self->timeout_ms),
                                    1, G_MAXINT);
  fd_mastodon_client_set_timeout (self->client, self->timeout_ms);
  self->page_size = (guint) CLAMP (fd_account_get_setting_int (self->account, "page-size", DEFAULT_PAGE_SIZE), 1, 80);
  self->domain = g_strdup (g_uri_peek_scheme (base_url) != NULL ? strstr (base_url, "://") + 3 : base_url);
  if (strchr (self->domain, ':') != NULL)
    *strchr (self->domain, ':') = '\0';

  if (self->token != NULL)
    fd_mastodon_client_set_token (self->client, self->token);
}

static void
fd_mastodon_provider_dispose (GObject *object)
{
  FdMastodonProvider *self = (FdMastodonProvider *) object;

  _fd_mastodon_push_dispose (self);
  g_clear_object (&self->account);

  G_OBJECT_CLASS (fd_mastodon_provider_parent_class)->dispose (object);
}

static void
fd_mastodon_provider_finalize (GObject *object)
{
  FdMastodonProvider *self = (FdMastodonProvider *) object;

  g_clear_pointer (&self->client, fd_mastodon_client_unref);
  g_clear_pointer (&self->roots, g_hash_table_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  if (self->event_data != NULL)
    g_string_free (self->event_data, TRUE);
  if (self->token != NULL)
    memset (self->token, 0, strlen (self->token));
  g_free (self->token);
  g_free (self->streaming_url);
  g_free (self->own_id);
  g_free (self->domain);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (fd_mastodon_provider_parent_class)->finalize (object);
}

static void
fd_mastodon_provider_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FdMastodonProvider *self = FD_MASTODON_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_value_set_object (value, self->account);
      break;
    case PROP_TOKEN:
      /* Write-only in spirit: never hand the token out. */
      g_value_set_string (value, NULL);
      break;
    case PROP_TIMEOUT_MS:
      g_value_set_uint (value, self->timeout_ms);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_mastodon_provider_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  FdMastodonProvider *self = FD_MASTODON_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_set_object (&self->account, g_value_get_object (value));
      break;
    case PROP_TOKEN:
      g_mutex_lock (&self->mutex);
      g_free (self->token);
      self->token = g_value_dup_string (value);
      g_mutex_unlock (&self->mutex);
      if (self->client != NULL)
        fd_mastodon_client_set_token (self->client, g_value_get_string (value));
      break;
    case PROP_TIMEOUT_MS:
      self->timeout_ms = g_value_get_uint (value);
      if (self->client != NULL)
        fd_mastodon_client_set_timeout (self->client, self->timeout_ms);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_mastodon_provider_class_init (FdMastodonProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = fd_mastodon_provider_constructed;
  object_class->dispose = fd_mastodon_provider_dispose;
  object_class->finalize = fd_mastodon_provider_finalize;
  object_class->get_property = fd_mastodon_provider_get_property;
  object_class->set_property = fd_mastodon_provider_set_property;

  /* Special set-ups only; normally the token comes from the keyring. */
  properties[PROP_TOKEN] =
    g_param_spec_string ("token", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMEOUT_MS] =
    g_param_spec_uint ("timeout-ms", NULL, NULL, 1, G_MAXINT, DEFAULT_TIMEOUT_MS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_ACCOUNT, "account");
}

static void
fd_mastodon_provider_init (FdMastodonProvider *self)
{
  g_mutex_init (&self->mutex);
  self->timeout_ms = DEFAULT_TIMEOUT_MS;
  self->page_size = DEFAULT_PAGE_SIZE;
  self->roots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->event_data = g_string_new (NULL);
}

FdMastodonProvider *
fd_mastodon_provider_new (FdAccount *account)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (account), NULL);

  return g_object_new (FD_TYPE_MASTODON_PROVIDER, "account", account, NULL);
}
