/* fd-bluesky-provider.c: mentions, replies and quotes on Bluesky.
 *
 * The session: the keyring holds the account's access and refresh tokens
 * (fd-bluesky-session.c made them from the app password). An app password
 * found there instead (typed where the window asks to sign in again) is
 * exchanged for a session, which replaces it. An access
 * token lives minutes to hours; when the server says it expired,
 * com.atproto.server.refreshSession gives a new pair, which replaces the
 * old one in the keyring, and the call is made again. When the refresh
 * token is refused too (the app password was revoked), the account needs
 * the person: FD_PROVIDER_ERROR_AUTH, shown as "Sign in again".
 *
 * What is fetched:
 *   app.bsky.notification.listNotifications, reasons mention, reply and
 *   quote, newest first, paged back to the newest one of the last run
 *   (the cursor: {"t": its indexedAt}); history pages back with the
 *   server's own cursor to the account's history-days.
 *   app.bsky.feed.getPostThread for each reply: the posts above it in
 *   the thread, stored as context. A conversation is a thread, named by
 *   its root post's at:// URI; a message's remote id is its post's URI.
 *   app.bsky.notification.updateSeen once a run has read something, so
 *   the Bluesky app does not show the same posts as new.
 *   app.bsky.feed.searchPosts for the hashtags and keywords followed.
 * Replies are fd-bluesky-send.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-bluesky-provider-private.h"
#include "fd-json.h"
#include "fd-secrets.h"

#define DEFAULT_TIMEOUT_MS 30000
#define DEFAULT_PAGE_SIZE  50
/* Pages read back in one fetch_new(); the rest waits for the next call. */
#define MAX_PAGES          10
/* Direct messages read again before the last run, for clocks that differ. */
#define CHAT_SLACK_SECONDS (5 * 60)
/* How far up a thread context is fetched. */
#define PARENT_HEIGHT      20

static void provider_iface_init (FdProviderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdBlueskyProvider, fd_bluesky_provider, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_PROVIDER, provider_iface_init))

enum {
  PROP_0,
  PROP_TIMEOUT_MS,
  N_PROPS,
  PROP_ACCOUNT = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* The session */

static void
set_tokens (FdBlueskyProvider *self,
            const char        *access_jwt,
            const char        *refresh_jwt)
{
  if (self->access_jwt != NULL)
    memset (self->access_jwt, 0, strlen (self->access_jwt));
  if (self->refresh_jwt != NULL)
    memset (self->refresh_jwt, 0, strlen (self->refresh_jwt));
  g_free (self->access_jwt);
  g_free (self->refresh_jwt);
  self->access_jwt = g_strdup (access_jwt);
  self->refresh_jwt = g_strdup (refresh_jwt);
  fd_bluesky_client_set_token (self->client, access_jwt);
  if (self->chat_client != NULL)
    fd_bluesky_client_set_token (self->chat_client, access_jwt);
}

static void
keep_session (FdBlueskyProvider *self,
              GCancellable      *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = _fd_bluesky_session_to_string (self->did, self->access_jwt, self->refresh_jwt);
  /* Translators: the keyring's label for the sign-in; %s is @handle */
  g_autofree char *label = g_strdup_printf (_("Frontdesk: Bluesky sign-in of %s"), fd_account_get_name (self->account));

  if (!fd_secrets_store_sync (self->account, FD_BLUESKY_SESSION_KIND, label, kept, cancellable, &error))
    g_warning ("Account %" G_GINT64_FORMAT ": the Bluesky sign-in could not be kept: %s",
               fd_account_get_id (self->account), error->message);
  memset (kept, 0, strlen (kept));
}

/* The keyring holds an app password instead of a session: the person
 * typed a new one where the window asks for the account's password.
 * It is exchanged for a session at once, which replaces it. */
static gboolean
sign_in_with_app_password (FdBlueskyProvider  *self,
                           const char         *app_password,
                           GCancellable       *cancellable,
                           GError            **error)
{
  g_autofree char *identifier = fd_account_dup_setting_string (self->account, FD_BLUESKY_SETTING_DID);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *session;
  const char *did;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "identifier");
  json_builder_add_string_value (builder, identifier != NULL ? identifier : fd_account_get_name (self->account) + 1);
  json_builder_set_member_name (builder, "password");
  json_builder_add_string_value (builder, app_password);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  root = fd_bluesky_client_call (self->client, "com.atproto.server.createSession", NULL, body, NULL, FALSE, NULL,
                                 cancellable, &local_error);
  json_builder_reset (builder);
  if (root == NULL)
    {
      if (g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH) ||
          g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT))
        g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                     _("Bluesky did not accept the app password for %s. Make a new app password in Bluesky’s "
                       "Settings → Privacy and security → App passwords, and sign in again with it."),
                     fd_account_get_name (self->account));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  session = json_node_get_object (root);
  did = fd_json_get_string (session, "did");
  if (did == NULL || (identifier != NULL && !g_str_equal (did, identifier)) ||
      fd_json_get_string (session, "accessJwt") == NULL || fd_json_get_string (session, "refreshJwt") == NULL)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                   _("The Bluesky server signed Frontdesk in to another account than %s. Sign in again."),
                   fd_account_get_name (self->account));
      return FALSE;
    }

  g_free (self->did);
  self->did = g_strdup (did);
  set_tokens (self, fd_json_get_string (session, "accessJwt"), fd_json_get_string (session, "refreshJwt"));
  keep_session (self, cancellable);

  return TRUE;
}

static gboolean
load_session (FdBlueskyProvider  *self,
              GCancellable       *cancellable,
              GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *did = NULL;
  g_autofree char *access = NULL;
  g_autofree char *refresh = NULL;

  secret = fd_secrets_lookup_sync (self->account, FD_BLUESKY_SESSION_KIND, cancellable, &local_error);
  if (local_error != NULL)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                   _("Frontdesk could not read the sign-in of %s from the keyring (%s). "
                     "Unlock the keyring, or sign in again."),
                   fd_account_get_name (self->account), local_error->message);
      return FALSE;
    }
  if (secret != NULL && *secret != '\0' && secret[0] != '{')
    {
      gboolean ok = sign_in_with_app_password (self, secret, cancellable, error);

      memset (secret, 0, strlen (secret));
      return ok;
    }
  if (!_fd_bluesky_session_parse (secret, &did, &access, &refresh))
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                   _("Frontdesk has no sign-in for %s. Sign in again in the account settings with an app password."),
                   fd_account_get_name (self->account));
      if (secret != NULL)
        memset (secret, 0, strlen (secret));
      return FALSE;
    }
  memset (secret, 0, strlen (secret));

  g_free (self->did);
  self->did = g_steal_pointer (&did);
  set_tokens (self, access, refresh);
  memset (access, 0, strlen (access));
  memset (refresh, 0, strlen (refresh));

  return TRUE;
}

static gboolean
refresh_session (FdBlueskyProvider  *self,
                 GCancellable       *cancellable,
                 GError            **error)
{
  g_autoptr(JsonNode) null_body = json_node_new (JSON_NODE_NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *session;
  const char *access;
  const char *refresh;

  if (self->refresh_jwt == NULL && !load_session (self, cancellable, error))
    return FALSE;

  g_debug ("Account %" G_GINT64_FORMAT ": renewing the Bluesky session", fd_account_get_id (self->account));
  root = fd_bluesky_client_call (self->client, "com.atproto.server.refreshSession", NULL, null_body,
                                 self->refresh_jwt, FALSE, NULL, cancellable, &local_error);
  if (root == NULL)
    {
      if (g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH) ||
          g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT))
        g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                     _("Bluesky no longer accepts the sign-in of %s: its app password was probably revoked. "
                       "Sign in again with a new app password."),
                     fd_account_get_name (self->account));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  session = json_node_get_object (root);
  access = fd_json_get_string (session, "accessJwt");
  refresh = fd_json_get_string (session, "refreshJwt");
  if (access == NULL || refresh == NULL)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                           _("The Bluesky server sent an answer Frontdesk does not understand. Frontdesk will try again."));
      return FALSE;
    }
  set_tokens (self, access, refresh);
  /* The old refresh token is spent: keep the new pair at once. */
  keep_session (self, cancellable);

  return TRUE;
}

static JsonNode *
call_on (FdBlueskyProvider  *self,
         FdBlueskyClient    *client,
         const char         *nsid,
                           const char         *query,
                           JsonNode           *body,
                           gboolean            may_have_arrived,
                           char              **xrpc_error,
                           GCancellable       *cancellable,
                           GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  JsonNode *root;

  if (self->access_jwt == NULL && !load_session (self, cancellable, error))
    return NULL;

  root = fd_bluesky_client_call (client, nsid, query, body, NULL, may_have_arrived, &name,
                                 cancellable, &local_error);
  if (root == NULL && g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH))
    {
      /* Expired (or no longer valid: the server's keys changed): refused
       * before anything was done, so the call is safe to make again once
       * the refresh token has given a new access token. */
      g_clear_error (&local_error);
      g_clear_pointer (&name, g_free);
      if (!refresh_session (self, cancellable, error))
        return NULL;
      root = fd_bluesky_client_call (client, nsid, query, body, NULL, may_have_arrived, &name,
                                     cancellable, &local_error);
    }

  if (root == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  if (xrpc_error != NULL)
    *xrpc_error = g_steal_pointer (&name);

  return root;
}

JsonNode *
_fd_bluesky_provider_call (FdBlueskyProvider  *self,
                           const char         *nsid,
                           const char         *query,
                           JsonNode           *body,
                           gboolean            may_have_arrived,
                           char              **xrpc_error,
                           GCancellable       *cancellable,
                           GError            **error)
{
  return call_on (self, self->client, nsid, query, body, may_have_arrived, xrpc_error, cancellable, error);
}

JsonNode *
_fd_bluesky_provider_chat_call (FdBlueskyProvider  *self,
                                const char         *nsid,
                                const char         *query,
                                JsonNode           *body,
                                gboolean            may_have_arrived,
                                GCancellable       *cancellable,
                                GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  JsonNode *root;

  root = call_on (self, self->chat_client, nsid, query, body, may_have_arrived, &name, cancellable, &local_error);
  if (root == NULL)
    {
      if (g_strcmp0 (name, "InvalidToken") == 0 &&
          g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT))
        {
          self->chat_refused = TRUE;
          g_free (self->chat_notice);
          self->chat_notice = g_strdup (local_error->message);
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return root;
}

/* Fetching */

GPtrArray *
_fd_bluesky_thread_parents (JsonObject *answer)
{
  GPtrArray *chain = g_ptr_array_new ();
  JsonObject *node = fd_json_get_object (fd_json_get_object (answer, "thread"), "parent");

  for (; node != NULL; node = fd_json_get_object (node, "parent"))
    if (fd_json_get_object (node, "post") != NULL)
      g_ptr_array_add (chain, fd_json_get_object (node, "post"));

  return chain;
}

static gboolean
is_wanted (JsonObject *notification)
{
  const char *reason = fd_json_get_string (notification, "reason");

  return g_strcmp0 (reason, "mention") == 0 || g_strcmp0 (reason, "reply") == 0 ||
         g_strcmp0 (reason, "quote") == 0;
}

void
_fd_bluesky_read_notifications (JsonObject  *page,
                                const char  *stop_at,
                                GPtrArray   *posts,
                                char       **next_cursor,
                                char       **newest,
                                gboolean    *reached,
                                gint64      *oldest_time)
{
  JsonArray *items = fd_json_get_array (page, "notifications");
  guint length = items != NULL ? json_array_get_length (items) : 0;

  for (guint i = 0; i < length; i++)
    {
      JsonNode *item_node = json_array_get_element (items, i);
      JsonObject *item = JSON_NODE_HOLDS_OBJECT (item_node) ? json_node_get_object (item_node) : NULL;
      const char *indexed = fd_json_get_string (item, "indexedAt");

      if (item == NULL || indexed == NULL)
        continue;
      /* Equal times come again: the store keeps one copy. */
      if (stop_at != NULL && strcmp (indexed, stop_at) < 0)
        {
          *reached = TRUE;
          break;
        }
      if (*newest == NULL || strcmp (indexed, *newest) > 0)
        {
          g_free (*newest);
          *newest = g_strdup (indexed);
        }
      if (oldest_time != NULL)
        *oldest_time = MIN (*oldest_time, _fd_bluesky_parse_time (indexed));
      if (is_wanted (item))
        g_ptr_array_add (posts, json_object_ref (item));
    }

  *next_cursor = length > 0 && fd_json_get_string (page, "cursor") != NULL
                 ? g_strdup (fd_json_get_string (page, "cursor")) : NULL;
}

static void
add_message (FdBlueskyProvider *self,
             GPtrArray         *messages,
             FdParsedMessage   *msg)
{
  if (msg == NULL)
    return;
  if (g_hash_table_contains (self->seen, msg->remote_id))
    {
      fd_parsed_message_free (msg);
      return;
    }

  g_hash_table_add (self->seen, g_strdup (msg->remote_id));
  g_ptr_array_add (messages, msg);
}

/* The posts above @msg in its thread, root first, into @messages. */
static gboolean
add_thread_context (FdBlueskyProvider  *self,
                    FdParsedMessage    *msg,
                    GPtrArray          *messages,
                    GCancellable       *cancellable,
                    GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) chain = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *query = NULL;

  if (msg->in_reply_to == NULL || g_hash_table_contains (self->seen, msg->in_reply_to))
    return TRUE;

  escaped = g_uri_escape_string (msg->remote_id, NULL, FALSE);
  query = g_strdup_printf ("uri=%s&depth=0&parentHeight=%u", escaped, PARENT_HEIGHT);
  if (!(root = _fd_bluesky_provider_call (self, "app.bsky.feed.getPostThread", query, NULL, FALSE, NULL,
                                          cancellable, &local_error)))
    {
      /* A thread gone or hidden: the post alone is still worth having. */
      if (g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  chain = _fd_bluesky_thread_parents (json_node_get_object (root));
  for (guint i = chain->len; i > 0; i--)
    add_message (self, messages, _fd_bluesky_parse_post (g_ptr_array_index (chain, i - 1), self->did));

  return TRUE;
}

/* One page of notifications, newest first as the server gives them.
 * Stops at @stop_at (an indexedAt; NULL: never). */
static gboolean
fetch_page (FdBlueskyProvider  *self,
            const char         *page_cursor,
            const char         *stop_at,
            GPtrArray          *posts,
            char              **next_cursor,
            char              **newest,
            gboolean           *reached,
            gint64             *oldest_time,
            GCancellable       *cancellable,
            GError            **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *query = NULL;

  /* priority=false: every customer, not only the accounts the shop
   * follows, whatever the account chose for the Bluesky app. */
  query = g_strdup_printf ("limit=%u&priority=false&reasons=mention&reasons=reply&reasons=quote", self->page_size);
  if (page_cursor != NULL)
    {
      g_autofree char *escaped = g_uri_escape_string (page_cursor, NULL, FALSE);
      g_autofree char *with = g_strdup_printf ("%s&cursor=%s", query, escaped);

      g_free (query);
      query = g_steal_pointer (&with);
    }

  if (!(root = _fd_bluesky_provider_call (self, "app.bsky.notification.listNotifications", query, NULL, FALSE,
                                          NULL, cancellable, error)))
    return FALSE;

  _fd_bluesky_read_notifications (json_node_get_object (root), stop_at, posts, next_cursor, newest, reached,
                                  oldest_time);
  return TRUE;
}

/* @posts (newest first) as messages, oldest first, each after its thread. */
static GPtrArray *
posts_to_messages (FdBlueskyProvider  *self,
                   GPtrArray          *posts,
                   gint64              not_before,
                   GCancellable       *cancellable,
                   GError            **error)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);

  for (guint i = posts->len; i > 0; i--)
    {
      g_autoptr(FdParsedMessage) msg = _fd_bluesky_parse_notification (g_ptr_array_index (posts, i - 1), self->did);

      if (msg == NULL || msg->created_at < not_before)
        continue;
      if (!add_thread_context (self, msg, messages, cancellable, error))
        return NULL;
      add_message (self, messages, g_steal_pointer (&msg));
    }

  return g_steal_pointer (&messages);
}

static void
update_seen (FdBlueskyProvider *self,
             GCancellable      *cancellable)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  g_autofree char *seen_at = g_date_time_format_iso8601 (now);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "seenAt");
  json_builder_add_string_value (builder, seen_at);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  /* Only what the Bluesky app shows as new: not worth failing a sync for. */
  if (!(root = _fd_bluesky_provider_call (self, "app.bsky.notification.updateSeen", NULL, body, FALSE, NULL,
                                          cancellable, &error)))
    g_debug ("Account %" G_GINT64_FORMAT ": updateSeen: %s", fd_account_get_id (self->account), error->message);
}

/* The cursor: {"t": the newest notification's indexedAt, "chat": the
 * chat log's cursor, "chat-at": when the direct messages were last read
 * (unix time, as a string)}; @member: "t", "chat" or "chat-at". */
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
make_cursor (const char *newest,
             const char *chat,
             const char *chat_at)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "t");
  if (newest != NULL)
    json_builder_add_string_value (builder, newest);
  else
    json_builder_add_null_value (builder);
  if (chat != NULL)
    {
      json_builder_set_member_name (builder, "chat");
      json_builder_add_string_value (builder, chat);
    }
  if (chat_at != NULL)
    {
      json_builder_set_member_name (builder, "chat-at");
      json_builder_add_string_value (builder, chat_at);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

/* FdProvider */

static gboolean
fd_bluesky_provider_authenticate (FdProvider    *provider,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  FdBlueskyProvider *self = FD_BLUESKY_PROVIDER (provider);
  g_autoptr(JsonNode) root = NULL;
  const char *did;

  if (!load_session (self, cancellable, error))
    return FALSE;
  /* A new sign-in may come with the direct-message permission. */
  self->chat_refused = FALSE;
  g_clear_pointer (&self->chat_notice, g_free);
  if (!(root = _fd_bluesky_provider_call (self, "com.atproto.server.getSession", NULL, NULL, FALSE, NULL,
                                          cancellable, error)))
    return FALSE;

  did = fd_json_get_string (json_node_get_object (root), "did");
  if (g_strcmp0 (did, self->did) != 0)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                   _("The Bluesky server signed Frontdesk in to another account than %s. Sign in again."),
                   fd_account_get_name (self->account));
      return FALSE;
    }

  return TRUE;
}

static GPtrArray *
fd_bluesky_provider_fetch_new (FdProvider    *provider,
                               const char    *cursor,
                               char         **new_cursor,
                               gboolean      *more,
                               GCancellable  *cancellable,
                               GError       **error)
{
  FdBlueskyProvider *self = FD_BLUESKY_PROVIDER (provider);
  g_autoptr(GPtrArray) posts = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GPtrArray) messages = NULL;
  g_autofree char *stop_at = parse_cursor (cursor, "t");
  g_autofree char *chat_cursor = parse_cursor (cursor, "chat");
  g_autofree char *chat_at = parse_cursor (cursor, "chat-at");
  g_autofree char *page_cursor = NULL;
  g_autofree char *newest = NULL;
  gboolean reached = FALSE;
  guint pages = 0;

  g_hash_table_remove_all (self->seen);
  *more = FALSE;

  /* Without a cursor: the newest page only; fetch_history() goes back. */
  do
    {
      g_autofree char *next = NULL;

      if (!fetch_page (self, page_cursor, stop_at, posts, &next, &newest, &reached, NULL, cancellable, error))
        return NULL;
      g_free (page_cursor);
      page_cursor = g_steal_pointer (&next);
      pages++;
    }
  while (stop_at != NULL && !reached && page_cursor != NULL && pages < MAX_PAGES);

  /* More than MAX_PAGES since the last run: the newest are read, and
   * the ones between wait for history to page back to them. */
  if (stop_at != NULL && !reached && page_cursor != NULL)
    g_debug ("Account %" G_GINT64_FORMAT ": more than %u pages of notifications since the last sync",
             fd_account_get_id (self->account), MAX_PAGES);

  if (!(messages = posts_to_messages (self, posts, 0, cancellable, error)))
    return NULL;
  if (posts->len > 0)
    update_seen (self, cancellable);

  /* Direct messages. An app password without their permission keeps the
   * public posts coming: the refusal is the account's notice
   * (dup_notice()) and is said where a direct message is answered; it is
   * asked again by the next sign-in only. */
  if (!self->chat_refused)
    {
      g_autoptr(GError) chat_error = NULL;
      g_autofree char *new_chat_cursor = NULL;
      gint64 now = g_get_real_time () / G_USEC_PER_SEC;
      gint64 days = fd_account_get_setting_int (self->account, "history-days", FD_PROVIDER_DEFAULT_HISTORY_DAYS);
      gint64 not_before = now - days * 24 * 60 * 60;
      gint64 stop_before = not_before;

      /* After the first run, a conversation the log names is read back
       * to a little before the last run, not its whole history again. */
      if (chat_cursor != NULL && chat_at != NULL)
        stop_before = g_ascii_strtoll (chat_at, NULL, 10) - CHAT_SLACK_SECONDS;

      if (_fd_bluesky_fetch_chat (self, chat_cursor, not_before, stop_before, messages, &new_chat_cursor,
                                  cancellable, &chat_error))
        {
          g_free (chat_cursor);
          chat_cursor = g_steal_pointer (&new_chat_cursor);
          g_free (chat_at);
          chat_at = g_strdup_printf ("%" G_GINT64_FORMAT, now);
        }
      else if (self->chat_refused)
        g_debug ("Account %" G_GINT64_FORMAT ": %s", fd_account_get_id (self->account), chat_error->message);
      else if (!g_error_matches (chat_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT))
        {
          g_propagate_error (error, g_steal_pointer (&chat_error));
          return NULL;
        }
      else
        g_debug ("Account %" G_GINT64_FORMAT ": direct messages: %s", fd_account_get_id (self->account),
                 chat_error->message);
    }

  *new_cursor = make_cursor (newest != NULL ? newest : stop_at, chat_cursor, chat_at);

  return g_steal_pointer (&messages);
}

static GPtrArray *
fd_bluesky_provider_fetch_history (FdProvider    *provider,
                                   const char    *cursor,
                                   gint64         not_before,
                                   char         **new_cursor,
                                   gboolean      *done,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  FdBlueskyProvider *self = FD_BLUESKY_PROVIDER (provider);
  g_autoptr(GPtrArray) posts = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autofree char *next = NULL;
  g_autofree char *newest = NULL;
  gboolean reached = FALSE;
  gint64 oldest_time = G_MAXINT64;

  g_hash_table_remove_all (self->seen);

  if (!fetch_page (self, cursor, NULL, posts, &next, &newest, &reached, &oldest_time, cancellable, error))
    return NULL;

  *done = next == NULL || posts->len == 0 || oldest_time < not_before;
  *new_cursor = g_steal_pointer (&next);

  return posts_to_messages (self, posts, not_before, cancellable, error);
}

/* Listening: app.bsky.feed.searchPosts, the latest first, for "#tag"
 * or the keyword. The cursor is the newest indexedAt seen; the posts
 * newer than it come back oldest first. */
static GPtrArray *
fd_bluesky_provider_fetch_listening (FdProvider       *provider,
                                     FdListeningKind   kind,
                                     const char       *term,
                                     const char       *cursor,
                                     char            **new_cursor,
                                     GCancellable     *cancellable,
                                     GError          **error)
{
  FdBlueskyProvider *self = FD_BLUESKY_PROVIDER (provider);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *q = kind == FD_LISTENING_HASHTAG ? g_strconcat ("#", term, NULL) : g_strdup (term);
  g_autofree char *escaped = g_uri_escape_string (q, NULL, FALSE);
  g_autofree char *query = g_strdup_printf ("q=%s&sort=latest&limit=%u", escaped, self->page_size);
  g_autofree char *newest = g_strdup (cursor);
  JsonArray *posts;

  *new_cursor = NULL;
  if (!(root = _fd_bluesky_provider_call (self, "app.bsky.feed.searchPosts", query, NULL, FALSE, NULL,
                                          cancellable, error)))
    return NULL;

  posts = fd_json_get_array (json_node_get_object (root), "posts");
  for (guint i = posts != NULL ? json_array_get_length (posts) : 0; i > 0; i--)
    {
      JsonNode *node = json_array_get_element (posts, i - 1);
      JsonObject *post = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *indexed = fd_json_get_string (post, "indexedAt");
      FdParsedMessage *msg;

      if (indexed == NULL || (cursor != NULL && strcmp (indexed, cursor) <= 0) ||
          !(msg = _fd_bluesky_parse_post (post, self->did)))
        continue;
      /* Our own posts are not what we listen for. */
      if (msg->direction == FD_DIRECTION_OUT)
        {
          fd_parsed_message_free (msg);
          continue;
        }
      if (newest == NULL || strcmp (indexed, newest) > 0)
        {
          g_free (newest);
          newest = g_strdup (indexed);
        }
      g_ptr_array_add (messages, msg);
    }

  *new_cursor = g_steal_pointer (&newest);
  return g_steal_pointer (&messages);
}

static void
fd_bluesky_provider_get_rate_limit (FdProvider *provider,
                                    gint64     *remaining,
                                    gint64     *reset_at)
{
  fd_bluesky_client_get_rate_limit (FD_BLUESKY_PROVIDER (provider)->client, remaining, reset_at);
}

/* An app password without the direct-message permission: the account
 * syncs its public posts, and says what direct messages need. */
static char *
fd_bluesky_provider_dup_notice (FdProvider *provider)
{
  FdBlueskyProvider *self = FD_BLUESKY_PROVIDER (provider);

  return self->chat_refused ? g_strdup (self->chat_notice) : NULL;
}

static void
provider_iface_init (FdProviderInterface *iface)
{
  iface->authenticate = fd_bluesky_provider_authenticate;
  iface->fetch_new = fd_bluesky_provider_fetch_new;
  iface->fetch_history = fd_bluesky_provider_fetch_history;
  iface->send = _fd_bluesky_provider_send;
  iface->write_cost = _fd_bluesky_write_cost;
  iface->dup_reply_thread = _fd_bluesky_reply_thread;
  iface->dup_notice = fd_bluesky_provider_dup_notice;
  iface->get_rate_limit = fd_bluesky_provider_get_rate_limit;
  iface->fetch_listening = fd_bluesky_provider_fetch_listening;
  iface->check_setup = _fd_bluesky_check_setup;
  iface->sign_in = _fd_bluesky_sign_in;
  iface->is_same_account = _fd_bluesky_is_same_account;
  iface->setup_form = &_fd_bluesky_setup_form;
}

/* GObject */

static void
fd_bluesky_provider_constructed (GObject *object)
{
  FdBlueskyProvider *self = (FdBlueskyProvider *) object;
  g_autofree char *base_url = NULL;

  G_OBJECT_CLASS (fd_bluesky_provider_parent_class)->constructed (object);

  g_assert (self->account != NULL);

  /* Every request fails with a clear error when the address is not one
   * the tokens may go to. */
  base_url = _fd_bluesky_normalize_service (fd_account_get_address (self->account), NULL);
  self->client = fd_bluesky_client_new (base_url);
  {
    g_autofree char *chat_setting = fd_account_dup_setting_string (self->account, FD_BLUESKY_SETTING_CHAT_URL);
    g_autofree char *chat_url = chat_setting != NULL && *chat_setting != '\0'
                                  ? _fd_bluesky_normalize_service (chat_setting, NULL) : NULL;

    self->chat_client = fd_bluesky_client_new (chat_url != NULL ? chat_url : base_url);
    fd_bluesky_client_set_proxy (self->chat_client, FD_BLUESKY_CHAT_PROXY);
    fd_bluesky_client_set_timeout (self->chat_client, self->timeout_ms);
  }
  self->timeout_ms = (guint) CLAMP (fd_account_get_setting_int (self->account, "timeout-ms", self->timeout_ms),
                                    1, G_MAXINT);
  fd_bluesky_client_set_timeout (self->client, self->timeout_ms);
  fd_bluesky_client_set_timeout (self->chat_client, self->timeout_ms);
  self->page_size = (guint) CLAMP (fd_account_get_setting_int (self->account, "page-size", DEFAULT_PAGE_SIZE), 1, 100);
  self->did = fd_account_dup_setting_string (self->account, FD_BLUESKY_SETTING_DID);
}

static void
fd_bluesky_provider_dispose (GObject *object)
{
  FdBlueskyProvider *self = (FdBlueskyProvider *) object;

  g_clear_object (&self->account);

  G_OBJECT_CLASS (fd_bluesky_provider_parent_class)->dispose (object);
}

static void
fd_bluesky_provider_finalize (GObject *object)
{
  FdBlueskyProvider *self = (FdBlueskyProvider *) object;

  set_tokens (self, NULL, NULL);
  g_clear_pointer (&self->client, fd_bluesky_client_free);
  g_clear_pointer (&self->chat_client, fd_bluesky_client_free);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_free (self->chat_notice);
  g_free (self->did);

  G_OBJECT_CLASS (fd_bluesky_provider_parent_class)->finalize (object);
}

static void
fd_bluesky_provider_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FdBlueskyProvider *self = FD_BLUESKY_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_value_set_object (value, self->account);
      break;
    case PROP_TIMEOUT_MS:
      g_value_set_uint (value, self->timeout_ms);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_bluesky_provider_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  FdBlueskyProvider *self = FD_BLUESKY_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_set_object (&self->account, g_value_get_object (value));
      break;
    case PROP_TIMEOUT_MS:
      self->timeout_ms = g_value_get_uint (value);
      if (self->client != NULL)
        fd_bluesky_client_set_timeout (self->client, self->timeout_ms);
      if (self->chat_client != NULL)
        fd_bluesky_client_set_timeout (self->chat_client, self->timeout_ms);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_bluesky_provider_class_init (FdBlueskyProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = fd_bluesky_provider_constructed;
  object_class->dispose = fd_bluesky_provider_dispose;
  object_class->finalize = fd_bluesky_provider_finalize;
  object_class->get_property = fd_bluesky_provider_get_property;
  object_class->set_property = fd_bluesky_provider_set_property;

  properties[PROP_TIMEOUT_MS] =
    g_param_spec_uint ("timeout-ms", NULL, NULL, 1, G_MAXINT, DEFAULT_TIMEOUT_MS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_ACCOUNT, "account");
}

static void
fd_bluesky_provider_init (FdBlueskyProvider *self)
{
  self->timeout_ms = DEFAULT_TIMEOUT_MS;
  self->page_size = DEFAULT_PAGE_SIZE;
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

FdBlueskyProvider *
fd_bluesky_provider_new (FdAccount *account)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (account), NULL);

  return g_object_new (FD_TYPE_BLUESKY_PROVIDER, "account", account, NULL);
}
