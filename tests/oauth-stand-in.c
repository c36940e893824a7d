/* oauth-stand-in.c
 *
 * Written from RFC 6749, RFC 7636 and RFC 7662, and for the
 * introspection request Dovecot's oauth2 passdb makes, from Dovecot's
 * documentation of it. Handlers run on the server thread; the public
 * functions take the mutex.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "fd-oauth.h"
#include "fd-test-server.h"
#include "oauth-stand-in.h"

typedef struct
{
  char     *challenge;
  char     *redirect_uri;
  gboolean  used;
} Code;

typedef struct
{
  gint64    expires_at;
  gboolean  active;
} AccessToken;

struct _OAuthStandIn
{
  FdTestServer *http;
  GMutex        mutex;
  char         *username;
  guint         lifetime;
  gboolean      wrong_challenge;
  GHashTable   *codes;          /* code -> Code */
  GHashTable   *access_tokens;  /* token -> AccessToken */
  GHashTable   *refresh_tokens; /* token -> GINT_TO_POINTER (revoked) */
  guint         n_code_grants;
  guint         n_refresh_grants;
  guint         n_refused_refreshes;
  guint         n_introspections;
};

static void
code_free (Code *code)
{
  g_free (code->challenge);
  g_free (code->redirect_uri);
  g_free (code);
}

static void
respond_json (SoupServerMessage *msg,
              guint              status,
              JsonBuilder       *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  char *text = json_to_string (root, FALSE);

  soup_server_message_set_status (msg, status, NULL);
  soup_message_headers_append (soup_server_message_get_response_headers (msg), "Cache-Control", "no-store");
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, text, strlen (text));
}

/* RFC 6749, 5.2. */
static void
respond_error (SoupServerMessage *msg,
               const char        *error,
               const char        *description)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_add_string_value (builder, error);
  json_builder_set_member_name (builder, "error_description");
  json_builder_add_string_value (builder, description);
  json_builder_end_object (builder);
  respond_json (msg, SOUP_STATUS_BAD_REQUEST, builder);
}

static GHashTable *
read_form (SoupServerMessage *msg)
{
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  g_autofree char *text = g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body));

  return soup_form_decode (text);
}

/* With the mutex held. */
static void
issue_tokens (OAuthStandIn      *self,
              SoupServerMessage *msg,
              gboolean           with_refresh)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  char *access = fd_oauth_random_token (24);
  AccessToken *entry = g_new0 (AccessToken, 1);

  entry->active = TRUE;
  entry->expires_at = g_get_real_time () / G_USEC_PER_SEC + self->lifetime;
  g_hash_table_insert (self->access_tokens, access, entry);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "access_token");
  json_builder_add_string_value (builder, access);
  json_builder_set_member_name (builder, "token_type");
  json_builder_add_string_value (builder, "Bearer");
  json_builder_set_member_name (builder, "expires_in");
  json_builder_add_int_value (builder, self->lifetime);
  if (with_refresh)
    {
      char *refresh = fd_oauth_random_token (24);

      g_hash_table_insert (self->refresh_tokens, refresh, GINT_TO_POINTER (FALSE));
      json_builder_set_member_name (builder, "refresh_token");
      json_builder_add_string_value (builder, refresh);
    }
  json_builder_end_object (builder);
  respond_json (msg, SOUP_STATUS_OK, builder);
}

static void
handle_authorize (OAuthStandIn      *self,
                  SoupServerMessage *msg,
                  GHashTable        *query)
{
  const char *redirect = query != NULL ? g_hash_table_lookup (query, "redirect_uri") : NULL;
  const char *state = query != NULL ? g_hash_table_lookup (query, "state") : NULL;
  const char *challenge = query != NULL ? g_hash_table_lookup (query, "code_challenge") : NULL;
  g_autofree char *location = NULL;
  g_autofree char *params = NULL;
  const char *problem = NULL;

  /* RFC 8252, 7.3: native apps come back to a loopback address. */
  if (redirect == NULL || !g_str_has_prefix (redirect, "http://127.0.0.1:"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_BAD_REQUEST, NULL);
      return;
    }

  if (g_strcmp0 (g_hash_table_lookup (query, "response_type"), "code") != 0)
    problem = "unsupported_response_type";
  else if (g_strcmp0 (g_hash_table_lookup (query, "client_id"), OAUTH_STAND_IN_CLIENT_ID) != 0)
    problem = "unauthorized_client";
  else if (challenge == NULL || g_strcmp0 (g_hash_table_lookup (query, "code_challenge_method"), "S256") != 0)
    problem = "invalid_request";

  g_mutex_lock (&self->mutex);
  if (problem == NULL)
    {
      char *code = fd_oauth_random_token (16);
      Code *entry = g_new0 (Code, 1);

      entry->challenge = self->wrong_challenge ? fd_oauth_pkce_challenge ("not-the-verifier-the-client-holds-0123456789")
                                               : g_strdup (challenge);
      entry->redirect_uri = g_strdup (redirect);
      g_hash_table_insert (self->codes, code, entry);
      params = soup_form_encode ("code", code, "state", state != NULL ? state : "", NULL);
    }
  else
    params = soup_form_encode ("error", problem, "state", state != NULL ? state : "", NULL);
  g_mutex_unlock (&self->mutex);

  location = g_strconcat (redirect, strchr (redirect, '?') != NULL ? "&" : "?", params, NULL);
  soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, location);
}

static void
handle_token (OAuthStandIn      *self,
              SoupServerMessage *msg)
{
  g_autoptr(GHashTable) form = read_form (msg);
  const char *grant = g_hash_table_lookup (form, "grant_type");

  if (g_strcmp0 (g_hash_table_lookup (form, "client_id"), OAUTH_STAND_IN_CLIENT_ID) != 0)
    {
      respond_error (msg, "invalid_client", "Unknown client.");
      return;
    }

  g_mutex_lock (&self->mutex);
  if (g_strcmp0 (grant, "authorization_code") == 0)
    {
      const char *verifier = g_hash_table_lookup (form, "code_verifier");
      Code *code = g_hash_table_lookup (self->codes, g_hash_table_lookup (form, "code") != NULL
                                                     ? g_hash_table_lookup (form, "code") : "");
      g_autofree char *challenge = verifier != NULL ? fd_oauth_pkce_challenge (verifier) : NULL;

      if (code == NULL || code->used)
        respond_error (msg, "invalid_grant", "The authorization code is unknown or was already used.");
      else if (g_strcmp0 (code->redirect_uri, g_hash_table_lookup (form, "redirect_uri")) != 0)
        respond_error (msg, "invalid_grant", "The redirect_uri differs from the authorization request's.");
      /* RFC 7636, 4.6. */
      else if (challenge == NULL || g_strcmp0 (challenge, code->challenge) != 0)
        {
          code->used = TRUE;
          respond_error (msg, "invalid_grant", "PKCE verification failed: the code_verifier does not match the code_challenge.");
        }
      else
        {
          code->used = TRUE;
          self->n_code_grants++;
          issue_tokens (self, msg, TRUE);
        }
    }
  else if (g_strcmp0 (grant, "refresh_token") == 0)
    {
      const char *refresh = g_hash_table_lookup (form, "refresh_token");
      gpointer revoked = NULL;

      if (refresh == NULL || !g_hash_table_lookup_extended (self->refresh_tokens, refresh, NULL, &revoked) ||
          GPOINTER_TO_INT (revoked))
        {
          self->n_refused_refreshes++;
          respond_error (msg, "invalid_grant", "The refresh token was revoked.");
        }
      else
        {
          self->n_refresh_grants++;
          issue_tokens (self, msg, FALSE);
        }
    }
  else
    respond_error (msg, "unsupported_grant_type", "Only authorization_code and refresh_token.");
  g_mutex_unlock (&self->mutex);
}

/* RFC 7662, 2.1 and 2.2. */
static void
handle_introspect (OAuthStandIn      *self,
                   SoupServerMessage *msg)
{
  g_autoptr(GHashTable) form = read_form (msg);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *token = g_hash_table_lookup (form, "token");
  AccessToken *entry;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_mutex_lock (&self->mutex);
  self->n_introspections++;
  entry = token != NULL ? g_hash_table_lookup (self->access_tokens, token) : NULL;
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "active");
  if (entry != NULL && entry->active && entry->expires_at > now)
    {
      json_builder_add_boolean_value (builder, TRUE);
      json_builder_set_member_name (builder, "username");
      json_builder_add_string_value (builder, self->username);
      json_builder_set_member_name (builder, "client_id");
      json_builder_add_string_value (builder, OAUTH_STAND_IN_CLIENT_ID);
      json_builder_set_member_name (builder, "token_type");
      json_builder_add_string_value (builder, "Bearer");
      json_builder_set_member_name (builder, "exp");
      json_builder_add_int_value (builder, entry->expires_at);
    }
  else
    json_builder_add_boolean_value (builder, FALSE);
  json_builder_end_object (builder);
  g_mutex_unlock (&self->mutex);

  respond_json (msg, SOUP_STATUS_OK, builder);
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  OAuthStandIn *self = user_data;
  const char *method = soup_server_message_get_method (msg);

  if (g_str_equal (path, "/authorize") && g_str_equal (method, "GET"))
    handle_authorize (self, msg, query);
  else if (g_str_equal (path, "/token") && g_str_equal (method, "POST"))
    handle_token (self, msg);
  else if (g_str_equal (path, "/introspect") && g_str_equal (method, "POST"))
    handle_introspect (self, msg);
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

OAuthStandIn *
oauth_stand_in_new (const char *username)
{
  OAuthStandIn *self = g_new0 (OAuthStandIn, 1);

  g_mutex_init (&self->mutex);
  self->username = g_strdup (username);
  self->lifetime = 3600;
  self->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) code_free);
  self->access_tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->refresh_tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->http = fd_test_server_start ("oauth-stand-in", server_cb, NULL, NULL, self);

  return self;
}

void
oauth_stand_in_free (OAuthStandIn *self)
{
  if (self == NULL)
    return;

  fd_test_server_stop (self->http);
  g_hash_table_unref (self->codes);
  g_hash_table_unref (self->access_tokens);
  g_hash_table_unref (self->refresh_tokens);
  g_free (self->username);
  g_mutex_clear (&self->mutex);
  g_free (self);
}

char *
oauth_stand_in_dup_authorize_url (OAuthStandIn *self)
{
  return g_strconcat (fd_test_server_get_url (self->http), "/authorize", NULL);
}

char *
oauth_stand_in_dup_token_url (OAuthStandIn *self)
{
  return g_strconcat (fd_test_server_get_url (self->http), "/token", NULL);
}

char *
oauth_stand_in_dup_introspection_url (OAuthStandIn *self)
{
  return g_strconcat (fd_test_server_get_url (self->http), "/introspect", NULL);
}

void
oauth_stand_in_set_lifetime (OAuthStandIn *self,
                             guint         seconds)
{
  g_mutex_lock (&self->mutex);
  self->lifetime = seconds;
  g_mutex_unlock (&self->mutex);
}

void
oauth_stand_in_expire_access_tokens (OAuthStandIn *self)
{
  GHashTableIter iter;
  AccessToken *entry;

  g_mutex_lock (&self->mutex);
  g_hash_table_iter_init (&iter, self->access_tokens);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    entry->active = FALSE;
  g_mutex_unlock (&self->mutex);
}

void
oauth_stand_in_revoke_refresh_tokens (OAuthStandIn *self)
{
  GHashTableIter iter;

  g_mutex_lock (&self->mutex);
  g_hash_table_iter_init (&iter, self->refresh_tokens);
  while (g_hash_table_iter_next (&iter, NULL, NULL))
    g_hash_table_iter_replace (&iter, GINT_TO_POINTER (TRUE));
  g_mutex_unlock (&self->mutex);
}

void
oauth_stand_in_set_wrong_challenge (OAuthStandIn *self,
                                    gboolean      wrong)
{
  g_mutex_lock (&self->mutex);
  self->wrong_challenge = wrong;
  g_mutex_unlock (&self->mutex);
}

char *
oauth_stand_in_issue_access_token (OAuthStandIn *self)
{
  char *token = fd_oauth_random_token (24);
  AccessToken *entry = g_new0 (AccessToken, 1);

  g_mutex_lock (&self->mutex);
  entry->active = TRUE;
  entry->expires_at = g_get_real_time () / G_USEC_PER_SEC + self->lifetime;
  g_hash_table_insert (self->access_tokens, g_strdup (token), entry);
  g_mutex_unlock (&self->mutex);

  return token;
}

static guint
read_count (OAuthStandIn *self,
            guint        *count)
{
  guint n;

  g_mutex_lock (&self->mutex);
  n = *count;
  g_mutex_unlock (&self->mutex);
  return n;
}

guint
oauth_stand_in_count_code_grants (OAuthStandIn *self)
{
  return read_count (self, &self->n_code_grants);
}

guint
oauth_stand_in_count_refresh_grants (OAuthStandIn *self)
{
  return read_count (self, &self->n_refresh_grants);
}

guint
oauth_stand_in_count_refused_refreshes (OAuthStandIn *self)
{
  return read_count (self, &self->n_refused_refreshes);
}

guint
oauth_stand_in_count_introspections (OAuthStandIn *self)
{
  return read_count (self, &self->n_introspections);
}

GPtrArray *
oauth_stand_in_dup_issued_tokens (OAuthStandIn *self)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  const char *token;

  g_mutex_lock (&self->mutex);
  g_hash_table_iter_init (&iter, self->access_tokens);
  while (g_hash_table_iter_next (&iter, (gpointer *) &token, NULL))
    g_ptr_array_add (tokens, g_strdup (token));
  g_hash_table_iter_init (&iter, self->refresh_tokens);
  while (g_hash_table_iter_next (&iter, (gpointer *) &token, NULL))
    g_ptr_array_add (tokens, g_strdup (token));
  g_mutex_unlock (&self->mutex);

  return tokens;
}

char *
oauth_stand_in_browse (const char  *authorize_uri,
                       GError     **error)
{
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);
  g_autoptr(SoupMessage) authorize = soup_message_new (SOUP_METHOD_GET, authorize_uri);
  g_autoptr(SoupMessage) back = NULL;
  g_autoptr(GBytes) body = NULL;
  const char *location;

  if (authorize == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "not a URI: %s", authorize_uri);
      return NULL;
    }
  soup_message_add_flags (authorize, SOUP_MESSAGE_NO_REDIRECT);
  if (!(body = soup_session_send_and_read (session, authorize, NULL, error)))
    return NULL;
  location = soup_message_headers_get_one (soup_message_get_response_headers (authorize), "Location");
  if (soup_message_get_status (authorize) != SOUP_STATUS_FOUND || location == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the authorization page answered %u",
                   soup_message_get_status (authorize));
      return NULL;
    }

  g_clear_pointer (&body, g_bytes_unref);
  back = soup_message_new (SOUP_METHOD_GET, location);
  if (!(body = soup_session_send_and_read (session, back, NULL, error)))
    return NULL;

  return g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body));
}
