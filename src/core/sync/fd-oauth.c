/* fd-oauth.c
 *
 * The loopback server runs on the main context of the thread that started
 * it; the token endpoint is called from GTask threads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include "fd-oauth.h"
#include "fd-oauth-loopback.h"

/* Long enough to sign in and agree; a port anything on this computer can
 * reach should not stay open longer. */
#define LISTEN_TIMEOUT_MS (5 * 60 * 1000)
/* An access token this close to its end is renewed before use. */
#define EXPIRY_MARGIN_SECONDS 60
#define HTTP_TIMEOUT_SECONDS 30

G_DEFINE_QUARK (fd-oauth-error-quark, fd_oauth_error)

static void
wipe (char *secret)
{
  if (secret != NULL)
    memset (secret, 0, strlen (secret));
  g_free (secret);
}

/* Helpers */

static char *
base64url (const guint8 *data,
           gsize         len)
{
  char *encoded = g_base64_encode (data, len);

  for (char *p = encoded; *p != '\0'; p++)
    {
      if (*p == '+')
        *p = '-';
      else if (*p == '/')
        *p = '_';
      else if (*p == '=')
        {
          *p = '\0';
          break;
        }
    }

  return encoded;
}

char *
fd_oauth_random_token (gsize n_bytes)
{
  g_autofree guint8 *bytes = g_malloc (n_bytes);
  gsize filled = 0;

  /* Verifiers and states must be unguessable: the kernel's CSPRNG, not
   * GRand. */
  while (filled < n_bytes)
    {
      ssize_t n = getrandom (bytes + filled, n_bytes - filled, 0);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          g_error ("No random numbers from the kernel: %s", g_strerror (errno));
        }
      filled += (gsize) n;
    }

  return base64url (bytes, n_bytes);
}

char *
fd_oauth_pkce_challenge (const char *verifier)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize len = sizeof digest;

  g_return_val_if_fail (verifier != NULL, NULL);

  g_checksum_update (checksum, (const guchar *) verifier, strlen (verifier));
  g_checksum_get_digest (checksum, digest, &len);

  return base64url (digest, len);
}

static gboolean
check_endpoint (const char  *url,
                GError     **error)
{
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, G_URI_FLAGS_NONE, NULL) : NULL;
  const char *host;

  if (uri == NULL || (host = g_uri_get_host (uri)) == NULL)
    {
      g_set_error (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_INVALID,
                   _("“%s” is not a web address. Enter the sign-in addresses your mail provider gives."),
                   url != NULL ? url : "");
      return FALSE;
    }
  if (g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0)
    return TRUE;
  /* Codes and tokens cross the network readably over http: only to this
   * computer. */
  if (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0 &&
      (g_str_equal (host, "127.0.0.1") || g_str_equal (host, "::1") || g_ascii_strcasecmp (host, "localhost") == 0))
    return TRUE;

  g_set_error (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_INVALID,
               _("The sign-in address %s is not encrypted (it does not start with https://). Ask your provider for the https address."),
               url);
  return FALSE;
}

/* Token endpoint */

void
fd_oauth_tokens_free (FdOAuthTokens *tokens)
{
  if (tokens == NULL)
    return;

  wipe (tokens->access_token);
  wipe (tokens->refresh_token);
  g_free (tokens);
}

/* RFC 6749, 5.1 and 5.2. The error's words are the server's, after ours:
 * servers explain a refused grant in error_description. */
static FdOAuthTokens *
post_token_request (const char    *token_url,
                    char          *form,
                    gboolean       refreshing,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", HTTP_TIMEOUT_SECONDS,
                                                                  "user-agent", "Frontdesk", NULL);
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) request = g_bytes_new_with_free_func (form, strlen (form), (GDestroyNotify) wipe, form);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(FdOAuthTokens) tokens = NULL;
  JsonObject *object = NULL;
  guint status;
  const char *oauth_error = NULL;
  const char *description = NULL;

  if (!(msg = soup_message_new (SOUP_METHOD_POST, token_url)))
    {
      g_set_error (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_INVALID,
                   _("“%s” is not a web address. Enter the sign-in addresses your mail provider gives."), token_url);
      return NULL;
    }
  soup_message_headers_append (soup_message_get_request_headers (msg), "Accept", "application/json");
  soup_message_set_request_body_from_bytes (msg, SOUP_FORM_MIME_TYPE_URLENCODED, request);

  if (!(body = soup_session_send_and_read (session, msg, cancellable, &local_error)))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_TEMPORARY,
                     _("Frontdesk could not reach the sign-in server (%s). Check the network connection and try again."),
                     local_error->message);
      return NULL;
    }

  status = soup_message_get_status (msg);
  if (json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), (gssize) g_bytes_get_size (body), NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    object = json_node_get_object (json_parser_get_root (parser));
  if (object != NULL)
    {
      oauth_error = json_object_get_string_member_with_default (object, "error", NULL);
      description = json_object_get_string_member_with_default (object, "error_description", NULL);
    }

  if (status >= 500 || status == 429 || (status >= 200 && status < 300 && object == NULL))
    {
      g_set_error (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_TEMPORARY,
                   _("The sign-in server is not working right now (HTTP %u). Try again later."), status);
      return NULL;
    }
  if (status < 200 || status >= 300 || oauth_error != NULL)
    {
      g_autofree char *reason = g_strdup_printf ("%s%s%s", oauth_error != NULL ? oauth_error : "",
                                                 description != NULL ? ": " : "", description != NULL ? description : "");

      if (refreshing)
        g_set_error (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_REVOKED,
                     _("The sign-in server no longer accepts Frontdesk’s sign-in (%s). Sign in again."),
                     *reason != '\0' ? reason : _("no reason given"));
      else
        g_set_error (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_DENIED,
                     _("The sign-in server refused to complete the sign-in (%s). Start signing in again."),
                     *reason != '\0' ? reason : _("no reason given"));
      return NULL;
    }

  if (json_object_get_string_member_with_default (object, "access_token", NULL) == NULL ||
      (json_object_has_member (object, "token_type") &&
       g_ascii_strcasecmp (json_object_get_string_member_with_default (object, "token_type", ""), "bearer") != 0))
    {
      g_set_error_literal (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_DENIED,
                           _("The sign-in server did not give Frontdesk a token it can use. Start signing in again."));
      return NULL;
    }

  tokens = g_new0 (FdOAuthTokens, 1);
  tokens->access_token = g_strdup (json_object_get_string_member (object, "access_token"));
  tokens->refresh_token = g_strdup (json_object_get_string_member_with_default (object, "refresh_token", NULL));
  if (json_object_has_member (object, "expires_in"))
    {
      gint64 seconds = json_object_get_int_member_with_default (object, "expires_in", 0);

      if (seconds > 0)
        tokens->expires_at = g_get_real_time () / G_USEC_PER_SEC + seconds;
    }

  /* The parsed copy of the tokens goes with the parser; the body too. */
  return g_steal_pointer (&tokens);
}

FdOAuthTokens *
fd_oauth_exchange_code_sync (const char    *token_url,
                             const char    *client_id,
                             const char    *code,
                             const char    *redirect_uri,
                             const char    *verifier,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_return_val_if_fail (token_url != NULL && client_id != NULL && code != NULL, NULL);
  g_return_val_if_fail (redirect_uri != NULL && verifier != NULL, NULL);

  return post_token_request (token_url,
                             soup_form_encode ("grant_type", "authorization_code",
                                               "code", code,
                                               "redirect_uri", redirect_uri,
                                               "client_id", client_id,
                                               "code_verifier", verifier,
                                               NULL),
                             FALSE, cancellable, error);
}

FdOAuthTokens *
fd_oauth_refresh_sync (const char    *token_url,
                       const char    *client_id,
                       const char    *refresh_token,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (token_url != NULL && client_id != NULL && refresh_token != NULL, NULL);

  return post_token_request (token_url,
                             soup_form_encode ("grant_type", "refresh_token",
                                               "refresh_token", refresh_token,
                                               "client_id", client_id,
                                               NULL),
                             TRUE, cancellable, error);
}

/* Access tokens in memory, under a hash of their refresh token. */

typedef struct {
  char   *access_token;
  gint64  expires_at;
} CachedToken;

static GMutex cache_lock;
static GHashTable *cache;

static void
cached_token_free (CachedToken *token)
{
  wipe (token->access_token);
  g_free (token);
}

static char *
cache_key (const char *token_url,
           const char *client_id,
           const char *refresh_token)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  g_checksum_update (checksum, (const guchar *) token_url, strlen (token_url) + 1);
  g_checksum_update (checksum, (const guchar *) client_id, strlen (client_id) + 1);
  g_checksum_update (checksum, (const guchar *) refresh_token, strlen (refresh_token));

  return g_strdup (g_checksum_get_string (checksum));
}

static void
cache_put (const char          *token_url,
           const char          *client_id,
           const char          *refresh_token,
           const FdOAuthTokens *tokens)
{
  CachedToken *entry = g_new0 (CachedToken, 1);

  entry->access_token = g_strdup (tokens->access_token);
  /* Not said: assume the usual hour rather than forever. */
  entry->expires_at = tokens->expires_at != 0 ? tokens->expires_at : g_get_real_time () / G_USEC_PER_SEC + 3600;

  g_mutex_lock (&cache_lock);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) cached_token_free);
  g_hash_table_replace (cache, cache_key (token_url, client_id, refresh_token), entry);
  g_mutex_unlock (&cache_lock);
}

char *
fd_oauth_dup_access_token (const char    *token_url,
                           const char    *client_id,
                           const char    *refresh_token,
                           gboolean       force,
                           char         **new_refresh_token,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autofree char *key = NULL;
  g_autoptr(FdOAuthTokens) tokens = NULL;
  char *access_token = NULL;

  g_return_val_if_fail (token_url != NULL && client_id != NULL && refresh_token != NULL, NULL);

  key = cache_key (token_url, client_id, refresh_token);
  g_mutex_lock (&cache_lock);
  if (cache != NULL)
    {
      CachedToken *entry = g_hash_table_lookup (cache, key);

      if (entry != NULL && (force || entry->expires_at - EXPIRY_MARGIN_SECONDS <= g_get_real_time () / G_USEC_PER_SEC))
        g_hash_table_remove (cache, key);
      else if (entry != NULL)
        access_token = g_strdup (entry->access_token);
    }
  g_mutex_unlock (&cache_lock);
  if (access_token != NULL)
    return access_token;

  g_debug ("Renewing an access token at %s", token_url);
  if (!(tokens = fd_oauth_refresh_sync (token_url, client_id, refresh_token, cancellable, error)))
    return NULL;

  if (tokens->refresh_token != NULL && g_strcmp0 (tokens->refresh_token, refresh_token) != 0)
    {
      cache_put (token_url, client_id, tokens->refresh_token, tokens);
      if (new_refresh_token != NULL)
        *new_refresh_token = g_strdup (tokens->refresh_token);
    }
  else
    cache_put (token_url, client_id, refresh_token, tokens);

  return g_strdup (tokens->access_token);
}

void
fd_oauth_forget_access_tokens (void)
{
  g_mutex_lock (&cache_lock);
  g_clear_pointer (&cache, g_hash_table_unref);
  g_mutex_unlock (&cache_lock);
}

/* Generic sign-in */

struct _FdOAuthSignIn
{
  GObject          parent_instance;

  char            *authorize_url;
  char            *token_url;
  char            *client_id;
  char            *scope;
  GPtrArray       *extra_params;   /* name, value, name, value… */
  char            *verifier;
  char            *state;
  guint            listen_timeout_ms;
  FdOAuthLoopback *loopback;
};

static void browser_sign_in_iface_init (FdBrowserSignInInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdOAuthSignIn, fd_oauth_sign_in, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_BROWSER_SIGN_IN, browser_sign_in_iface_init))

typedef struct {
  char *token_url;
  char *client_id;
  char *code;
  char *redirect_uri;
  char *verifier;
} Exchange;

static void
exchange_free (Exchange *exchange)
{
  g_free (exchange->token_url);
  g_free (exchange->client_id);
  wipe (exchange->code);
  g_free (exchange->redirect_uri);
  wipe (exchange->verifier);
  g_free (exchange);
}

static void
sign_in_start_async (FdBrowserSignIn     *sign_in,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  FdOAuthSignIn *self = FD_OAUTH_SIGN_IN (sign_in);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(GError) error = NULL;

  g_task_set_source_tag (task, sign_in_start_async);
  if (self->loopback == NULL)
    {
      self->loopback = fd_oauth_loopback_new (self->state, _("the sign-in server"));
      if (!fd_oauth_loopback_start (self->loopback, self->listen_timeout_ms, &error))
        {
          g_clear_object (&self->loopback);
          g_task_return_new_error (task, FD_OAUTH_ERROR, FD_OAUTH_ERROR_INVALID,
                                   _("Frontdesk cannot receive the sign-in from the browser (%s)."), error->message);
          return;
        }
    }

  g_task_return_boolean (task, TRUE);
}

static gboolean
sign_in_start_finish (FdBrowserSignIn  *sign_in,
                      GAsyncResult     *result,
                      GError          **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
sign_in_can_receive_code (FdBrowserSignIn *sign_in)
{
  FdOAuthSignIn *self = FD_OAUTH_SIGN_IN (sign_in);

  return self->loopback != NULL && fd_oauth_loopback_is_listening (self->loopback);
}

static char *
sign_in_build_authorize_uri (FdBrowserSignIn *sign_in,
                             gboolean         paste_code)
{
  FdOAuthSignIn *self = FD_OAUTH_SIGN_IN (sign_in);
  g_autofree char *challenge = fd_oauth_pkce_challenge (self->verifier);
  g_autoptr(GString) uri = g_string_new (self->authorize_url);
  g_autofree char *query = NULL;

  g_return_val_if_fail (self->loopback != NULL, NULL);

  query = soup_form_encode ("response_type", "code",
                            "client_id", self->client_id,
                            "redirect_uri", fd_oauth_loopback_get_redirect_uri (self->loopback),
                            "state", self->state,
                            "code_challenge", challenge,
                            "code_challenge_method", "S256",
                            NULL);
  g_string_append_c (uri, strchr (self->authorize_url, '?') != NULL ? '&' : '?');
  g_string_append (uri, query);
  if (self->scope != NULL && *self->scope != '\0')
    {
      g_autofree char *scope = g_uri_escape_string (self->scope, NULL, FALSE);

      g_string_append_printf (uri, "&scope=%s", scope);
    }
  for (guint i = 0; i + 1 < self->extra_params->len; i += 2)
    {
      g_autofree char *name = g_uri_escape_string (g_ptr_array_index (self->extra_params, i), NULL, FALSE);
      g_autofree char *value = g_uri_escape_string (g_ptr_array_index (self->extra_params, i + 1), NULL, FALSE);

      g_string_append_printf (uri, "&%s=%s", name, value);
    }

  return g_string_free (g_steal_pointer (&uri), FALSE);
}

static void
wait_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *code;

  if ((code = fd_oauth_loopback_wait_finish (FD_OAUTH_LOOPBACK (object), result, &error)))
    g_task_return_pointer (task, code, (GDestroyNotify) wipe);
  else
    g_task_return_error (task, error);
}

static void
sign_in_wait_for_code_async (FdBrowserSignIn     *sign_in,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  FdOAuthSignIn *self = FD_OAUTH_SIGN_IN (sign_in);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, sign_in_wait_for_code_async);
  if (self->loopback == NULL)
    {
      g_task_return_new_error (task, FD_OAUTH_ERROR, FD_OAUTH_ERROR_INVALID,
                               _("Frontdesk cannot receive the sign-in from the browser."));
      return;
    }

  fd_oauth_loopback_wait_async (self->loopback, cancellable, wait_done_cb, g_steal_pointer (&task));
}

static char *
sign_in_wait_for_code_finish (FdBrowserSignIn  *sign_in,
                              GAsyncResult     *result,
                              GError          **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
exchange_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Exchange *exchange = task_data;
  g_autoptr(FdOAuthTokens) tokens = NULL;
  GError *error = NULL;

  if (!(tokens = fd_oauth_exchange_code_sync (exchange->token_url, exchange->client_id, exchange->code,
                                              exchange->redirect_uri, exchange->verifier, cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  if (tokens->refresh_token == NULL)
    {
      g_task_return_new_error (task, FD_OAUTH_ERROR, FD_OAUTH_ERROR_DENIED,
                               _("The sign-in server gave Frontdesk access only for a moment (no refresh token), "
                                 "so Frontdesk could not stay signed in. Ask your provider to allow offline access."));
      return;
    }

  /* The first access token is good for the login test that follows. */
  cache_put (exchange->token_url, exchange->client_id, tokens->refresh_token, tokens);
  g_task_return_pointer (task, g_steal_pointer (&tokens->refresh_token), (GDestroyNotify) wipe);
}

static void
sign_in_exchange_code_async (FdBrowserSignIn     *sign_in,
                             const char          *code,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  FdOAuthSignIn *self = FD_OAUTH_SIGN_IN (sign_in);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  Exchange *exchange;

  g_task_set_source_tag (task, sign_in_exchange_code_async);
  if (self->loopback == NULL || *code == '\0')
    {
      g_task_return_new_error (task, FD_OAUTH_ERROR, FD_OAUTH_ERROR_DENIED,
                               _("Frontdesk has no sign-in code to use. Start signing in again."));
      return;
    }

  exchange = g_new0 (Exchange, 1);
  exchange->token_url = g_strdup (self->token_url);
  exchange->client_id = g_strdup (self->client_id);
  exchange->code = g_strstrip (g_strdup (code));
  exchange->redirect_uri = g_strdup (fd_oauth_loopback_get_redirect_uri (self->loopback));
  exchange->verifier = g_strdup (self->verifier);
  g_task_set_task_data (task, exchange, (GDestroyNotify) exchange_free);
  g_task_run_in_thread (task, exchange_thread);
}

static char *
sign_in_exchange_code_finish (FdBrowserSignIn  *sign_in,
                              GAsyncResult     *result,
                              GError          **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
sign_in_update_params (FdBrowserSignIn *sign_in,
                       GHashTable      *params)
{
  FdOAuthSignIn *self = FD_OAUTH_SIGN_IN (sign_in);

  g_hash_table_replace (params, g_strdup ("auth"), g_strdup ("oauth2"));
  g_hash_table_replace (params, g_strdup ("oauth-authorize-url"), g_strdup (self->authorize_url));
  g_hash_table_replace (params, g_strdup ("oauth-token-url"), g_strdup (self->token_url));
  g_hash_table_replace (params, g_strdup ("oauth-client-id"), g_strdup (self->client_id));
  if (self->scope != NULL)
    g_hash_table_replace (params, g_strdup ("oauth-scope"), g_strdup (self->scope));
}

static void
browser_sign_in_iface_init (FdBrowserSignInInterface *iface)
{
  iface->start_async = sign_in_start_async;
  iface->start_finish = sign_in_start_finish;
  iface->can_receive_code = sign_in_can_receive_code;
  iface->build_authorize_uri = sign_in_build_authorize_uri;
  iface->wait_for_code_async = sign_in_wait_for_code_async;
  iface->wait_for_code_finish = sign_in_wait_for_code_finish;
  iface->exchange_code_async = sign_in_exchange_code_async;
  iface->exchange_code_finish = sign_in_exchange_code_finish;
  iface->update_params = sign_in_update_params;
}

static void
fd_oauth_sign_in_dispose (GObject *object)
{
  FdOAuthSignIn *self = FD_OAUTH_SIGN_IN (object);

  g_clear_object (&self->loopback);

  G_OBJECT_CLASS (fd_oauth_sign_in_parent_class)->dispose (object);
}

static void
fd_oauth_sign_in_finalize (GObject *object)
{
  FdOAuthSignIn *self = FD_OAUTH_SIGN_IN (object);

  g_free (self->authorize_url);
  g_free (self->token_url);
  g_free (self->client_id);
  g_free (self->scope);
  g_ptr_array_unref (self->extra_params);
  wipe (self->verifier);
  g_free (self->state);

  G_OBJECT_CLASS (fd_oauth_sign_in_parent_class)->finalize (object);
}

static void
fd_oauth_sign_in_class_init (FdOAuthSignInClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_oauth_sign_in_dispose;
  object_class->finalize = fd_oauth_sign_in_finalize;
}

static void
fd_oauth_sign_in_init (FdOAuthSignIn *self)
{
  self->extra_params = g_ptr_array_new_with_free_func (g_free);
  self->listen_timeout_ms = LISTEN_TIMEOUT_MS;
  /* RFC 7636: 43 to 128 characters of high entropy. */
  self->verifier = fd_oauth_random_token (48);
  self->state = fd_oauth_random_token (18);
}

FdOAuthSignIn *
fd_oauth_sign_in_new (const char  *authorize_url,
                      const char  *token_url,
                      const char  *client_id,
                      const char  *scope,
                      GError     **error)
{
  FdOAuthSignIn *self;

  if (!check_endpoint (authorize_url, error) || !check_endpoint (token_url, error))
    return NULL;
  if (client_id == NULL || *client_id == '\0')
    {
      g_set_error_literal (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_INVALID,
                           _("Frontdesk needs the client id your provider gave for it."));
      return NULL;
    }

  self = g_object_new (FD_TYPE_OAUTH_SIGN_IN, NULL);
  self->authorize_url = g_strdup (authorize_url);
  self->token_url = g_strdup (token_url);
  self->client_id = g_strdup (client_id);
  self->scope = g_strdup (scope);
  return self;
}

void
fd_oauth_sign_in_add_authorize_param (FdOAuthSignIn *self,
                                      const char    *name,
                                      const char    *value)
{
  g_return_if_fail (FD_IS_OAUTH_SIGN_IN (self));
  g_return_if_fail (name != NULL && value != NULL);

  g_ptr_array_add (self->extra_params, g_strdup (name));
  g_ptr_array_add (self->extra_params, g_strdup (value));
}

void
fd_oauth_sign_in_set_listen_timeout (FdOAuthSignIn *self,
                                     guint          timeout_ms)
{
  g_return_if_fail (FD_IS_OAUTH_SIGN_IN (self));
  g_return_if_fail (timeout_ms > 0);

  self->listen_timeout_ms = timeout_ms;
}
