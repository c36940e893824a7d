/* fd-mastodon-auth.c
 *
 * The blocking HTTP calls run in GTask threads; the loopback server runs
 * on the main context of the thread that registered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <string.h>

#include "fd-account-setup.h"
#include "fd-mastodon-auth.h"
#include "fd-mastodon-private.h"
#include "fd-oauth.h"
#include "fd-provider.h"

/* Long enough to sign in to the server and choose "Authorize"; a port
 * that anything on this computer can reach should not stay open for
 * longer. */
#define LISTEN_TIMEOUT_MS (5 * 60 * 1000)

struct _FdMastodonAuth
{
  GObject       parent_instance;

  char         *server;
  char         *client_id;
  char         *client_secret;
  char         *used_redirect;
  char         *verifier;
  char         *state;

  /* The browser comes back to it (fd-oauth-loopback.h). */
  FdOAuthLoopback *loopback;
  guint         listen_timeout_ms;
};

G_DEFINE_FINAL_TYPE (FdMastodonAuth, fd_mastodon_auth, G_TYPE_OBJECT)

typedef struct
{
  char *server;
  char *code;
  char *client_id;
  char *client_secret;
  char *redirect;
  char *verifier;
  char *token;
  char *data_dir;
} Call;

static void
call_free (Call *call)
{
  g_free (call->server);
  if (call->code != NULL)
    memset (call->code, 0, strlen (call->code));
  g_free (call->code);
  g_free (call->client_id);
  if (call->client_secret != NULL)
    memset (call->client_secret, 0, strlen (call->client_secret));
  g_free (call->client_secret);
  g_free (call->redirect);
  g_free (call->verifier);
  if (call->token != NULL)
    memset (call->token, 0, strlen (call->token));
  g_free (call->token);
  g_free (call->data_dir);
  g_free (call);
}

/* Helpers */

static void
rewrite_error (GError     **error,
               const char  *message)
{
  if (error == NULL || *error == NULL)
    return;

  /* Only what the person cannot fix by waiting gets our wording. */
  if ((*error)->domain == FD_PROVIDER_ERROR &&
      ((*error)->code == FD_PROVIDER_ERROR_PERMANENT || (*error)->code == FD_PROVIDER_ERROR_AUTH))
    {
      g_autofree char *detail = g_strdup ((*error)->message);

      g_clear_error (error);
      g_set_error (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_DENIED, "%s %s", message, detail);
    }
}

/* Threads */

static void
register_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Call *call = task_data;
  g_autoptr(FdMastodonClient) client = fd_mastodon_client_new (call->server);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  GError *error = NULL;
  JsonObject *app;

  fd_mastodon_client_set_one_off (client, TRUE);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "client_name");
  json_builder_add_string_value (builder, "Frontdesk");
  json_builder_set_member_name (builder, "redirect_uris");
  /* Newline-separated: understood by every Mastodon version. */
  json_builder_add_string_value (builder, call->redirect);
  json_builder_set_member_name (builder, "scopes");
  json_builder_add_string_value (builder, FD_MASTODON_SCOPES);
  json_builder_set_member_name (builder, "website");
  json_builder_add_string_value (builder, "https://github.com/frontdesk");
  json_builder_end_object (builder);

  if (!(root = fd_mastodon_client_post_json (client, "/api/v1/apps", builder, NULL, FALSE, cancellable, &error)))
    {
      rewrite_error (&error, _("The server did not let Frontdesk register. Check the address."));
      g_task_return_error (task, error);
      return;
    }

  app = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (fd_json_get_string (app, "client_id") == NULL ||
      fd_json_get_string (app, "client_secret") == NULL)
    {
      g_task_return_new_error (task, FD_MASTODON_ERROR, FD_MASTODON_ERROR_FAILED,
                               _("%s does not answer like a Mastodon server. Check the address."), call->server);
      return;
    }

  g_free (call->client_id);
  g_free (call->client_secret);
  call->client_id = g_strdup (fd_json_get_string (app, "client_id"));
  call->client_secret = g_strdup (fd_json_get_string (app, "client_secret"));
  g_task_return_boolean (task, TRUE);
}

static char *
verify_token (const char    *server,
              const char    *token,
              GCancellable  *cancellable,
              char         **handle,
              GError       **error)
{
  g_autoptr(FdMastodonClient) client = fd_mastodon_client_new (server);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) instance = NULL;
  g_autoptr(GUri) uri = g_uri_parse (server, G_URI_FLAGS_NONE, NULL);
  const char *domain = uri != NULL ? g_uri_get_host (uri) : NULL;
  JsonObject *account;

  fd_mastodon_client_set_one_off (client, TRUE);
  fd_mastodon_client_set_token (client, token);
  if (!(root = fd_mastodon_client_get (client, "/api/v1/accounts/verify_credentials", NULL, NULL, cancellable, error)))
    {
      rewrite_error (error, _("The server did not accept the token."));
      return NULL;
    }
  account = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  /* The id is what tells this server's accounts apart; the handle is
   * only a name the server chose. */
  if (fd_json_get_string (account, "acct") == NULL ||
      fd_json_get_string (account, "id") == NULL ||
      *fd_json_get_string (account, "id") == '\0')
    {
      g_set_error (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_FAILED,
                   _("%s does not answer like a Mastodon server. Check the address."), server);
      return NULL;
    }

  /* The handle people know: the instance's domain, which may differ
   * from the address of its web server. */
  instance = fd_mastodon_client_get (client, "/api/v2/instance", NULL, NULL, cancellable, NULL);
  if (instance != NULL && JSON_NODE_HOLDS_OBJECT (instance) &&
      fd_json_get_string (json_node_get_object (instance), "domain") != NULL)
    domain = fd_json_get_string (json_node_get_object (instance), "domain");

  *handle = _fd_mastodon_full_handle (fd_json_get_string (account, "acct"), domain);
  return g_strdup (fd_json_get_string (account, "id"));
}

static void
exchange_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Call *call = task_data;
  g_autoptr(FdMastodonClient) client = fd_mastodon_client_new (call->server);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *form = NULL;
  g_autofree char *handle = NULL;
  g_autofree char *id = NULL;
  GError *error = NULL;
  const char *token;

  fd_mastodon_client_set_one_off (client, TRUE);
  form = soup_form_encode ("grant_type", "authorization_code",
                           "code", call->code,
                           "client_id", call->client_id,
                           "client_secret", call->client_secret,
                           "redirect_uri", call->redirect,
                           "code_verifier", call->verifier,
                           "scope", FD_MASTODON_SCOPES,
                           NULL);
  body = g_bytes_new (form, strlen (form));
  memset (form, 0, strlen (form));

  if (!(root = fd_mastodon_client_call (client, "POST", "/oauth/token", body, "application/x-www-form-urlencoded",
                                        NULL, FALSE, NULL, NULL, NULL, cancellable, &error)))
    {
      rewrite_error (&error, _("The server did not accept the code. Sign in again, and copy the whole code."));
      g_task_return_error (task, error);
      return;
    }

  token = JSON_NODE_HOLDS_OBJECT (root) ? fd_json_get_string (json_node_get_object (root), "access_token") : NULL;
  if (token == NULL || *token == '\0')
    {
      g_task_return_new_error (task, FD_MASTODON_ERROR, FD_MASTODON_ERROR_FAILED,
                               _("The server sent no token. Try signing in again."));
      return;
    }

  if (!(id = verify_token (call->server, token, cancellable, &handle, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_strdup (token), g_free);
}

/* GObject */

static void
fd_mastodon_auth_dispose (GObject *object)
{
  FdMastodonAuth *self = (FdMastodonAuth *) object;

  g_clear_object (&self->loopback);

  G_OBJECT_CLASS (fd_mastodon_auth_parent_class)->dispose (object);
}

static void
fd_mastodon_auth_finalize (GObject *object)
{
  FdMastodonAuth *self = (FdMastodonAuth *) object;

  g_free (self->server);
  g_free (self->client_id);
  if (self->client_secret != NULL)
    memset (self->client_secret, 0, strlen (self->client_secret));
  g_free (self->client_secret);
  g_free (self->used_redirect);
  g_free (self->verifier);
  g_free (self->state);

  G_OBJECT_CLASS (fd_mastodon_auth_parent_class)->finalize (object);
}

static void
fd_mastodon_auth_class_init (FdMastodonAuthClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_mastodon_auth_dispose;
  object_class->finalize = fd_mastodon_auth_finalize;
}

static void
fd_mastodon_auth_init (FdMastodonAuth *self)
{
  self->listen_timeout_ms = LISTEN_TIMEOUT_MS;
  /* RFC 7636: 43 to 128 characters of high entropy. */
  self->verifier = fd_oauth_random_token (48);
  self->state = fd_oauth_random_token (18);
}

/* Public API */

FdMastodonAuth *
fd_mastodon_auth_new (const char  *server,
                      GError     **error)
{
  g_autofree char *normalized = NULL;
  FdMastodonAuth *self;

  g_return_val_if_fail (server != NULL, NULL);

  if (!(normalized = fd_mastodon_normalize_server (server, error)))
    return NULL;

  self = g_object_new (FD_TYPE_MASTODON_AUTH, NULL);
  self->server = g_steal_pointer (&normalized);
  return self;
}

const char *
fd_mastodon_auth_get_server (FdMastodonAuth *self)
{
  g_return_val_if_fail (FD_IS_MASTODON_AUTH (self), NULL);

  return self->server;
}

void
fd_mastodon_auth_set_listen_timeout (FdMastodonAuth *self,
                                     guint           timeout_ms)
{
  g_return_if_fail (FD_IS_MASTODON_AUTH (self));
  g_return_if_fail (timeout_ms > 0);

  self->listen_timeout_ms = timeout_ms;
}

const char *
fd_mastodon_auth_get_redirect_uri (FdMastodonAuth *self)
{
  g_return_val_if_fail (FD_IS_MASTODON_AUTH (self), NULL);

  return self->loopback != NULL ? fd_oauth_loopback_get_redirect_uri (self->loopback) : NULL;
}

static void
register_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FdMastodonAuth *self = g_task_get_source_object (task);
  Call *call = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_free (self->client_id);
  g_free (self->client_secret);
  self->client_id = g_steal_pointer (&call->client_id);
  self->client_secret = g_steal_pointer (&call->client_secret);
  g_task_return_boolean (task, TRUE);
}

void
fd_mastodon_auth_register_async (FdMastodonAuth      *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) inner = NULL;
  g_autoptr(GError) error = NULL;
  Call *call;

  g_return_if_fail (FD_IS_MASTODON_AUTH (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_mastodon_auth_register_async);

  if (self->loopback == NULL)
    {
      self->loopback = fd_oauth_loopback_new (self->state, _("the Mastodon server"));
      if (!fd_oauth_loopback_start (self->loopback, self->listen_timeout_ms, &error))
        {
          g_debug ("No loopback server for signing in (%s): the code will be pasted", error->message);
          g_clear_object (&self->loopback);
        }
    }

  call = g_new0 (Call, 1);
  call->server = g_strdup (self->server);
  call->redirect = self->loopback != NULL
                   ? g_strconcat (fd_oauth_loopback_get_redirect_uri (self->loopback), "\n", FD_MASTODON_OOB_REDIRECT, NULL)
                   : g_strdup (FD_MASTODON_OOB_REDIRECT);

  inner = g_task_new (self, cancellable, register_done_cb, g_steal_pointer (&task));
  g_task_set_source_tag (inner, register_thread);
  g_task_set_task_data (inner, call, (GDestroyNotify) call_free);
  g_task_run_in_thread (inner, register_thread);
}

gboolean
fd_mastodon_auth_register_finish (FdMastodonAuth  *self,
                                  GAsyncResult    *result,
                                  GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_mastodon_auth_register_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
fd_mastodon_auth_build_authorize_url (FdMastodonAuth *self,
                                      gboolean        paste_code)
{
  g_autofree char *challenge = NULL;
  g_autofree char *query = NULL;
  const char *redirect;

  g_return_val_if_fail (FD_IS_MASTODON_AUTH (self), NULL);
  g_return_val_if_fail (self->client_id != NULL, NULL);

  redirect = paste_code || self->loopback == NULL ? FD_MASTODON_OOB_REDIRECT
                                                  : fd_oauth_loopback_get_redirect_uri (self->loopback);
  g_free (self->used_redirect);
  self->used_redirect = g_strdup (redirect);

  challenge = fd_oauth_pkce_challenge (self->verifier);
  query = soup_form_encode ("response_type", "code",
                            "client_id", self->client_id,
                            "redirect_uri", redirect,
                            "scope", FD_MASTODON_SCOPES,
                            "state", self->state,
                            "code_challenge", challenge,
                            "code_challenge_method", "S256",
                            NULL);

  return g_strconcat (self->server, "/oauth/authorize?", query, NULL);
}

static void
wait_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FdMastodonAuth *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  char *code;

  if ((code = fd_oauth_loopback_wait_finish (FD_OAUTH_LOOPBACK (object), result, &error)))
    {
      /* The exchange names the redirect the code came through. */
      g_free (self->used_redirect);
      self->used_redirect = g_strdup (fd_oauth_loopback_get_redirect_uri (self->loopback));
      g_task_return_pointer (task, code, g_free);
    }
  else if (g_error_matches (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_DENIED))
    g_task_return_new_error (task, FD_MASTODON_ERROR, FD_MASTODON_ERROR_DENIED,
                             _("The Mastodon server did not give Frontdesk access. "
                               "Try again and choose “Authorize”."));
  else if (g_error_matches (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_TIMED_OUT))
    g_task_return_new_error (task, FD_MASTODON_ERROR, FD_MASTODON_ERROR_TIMED_OUT,
                             _("The browser did not come back to Frontdesk in time, "
                               "so Frontdesk stopped waiting for it. Start signing in "
                               "again, or paste the code the server shows."));
  else if (g_error_matches (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_INVALID))
    g_task_return_new_error (task, FD_MASTODON_ERROR, FD_MASTODON_ERROR_FAILED,
                             _("Frontdesk cannot receive the sign-in from the browser. Paste the code instead."));
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
fd_mastodon_auth_wait_for_code_async (FdMastodonAuth      *self,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FD_IS_MASTODON_AUTH (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_mastodon_auth_wait_for_code_async);

  if (self->loopback == NULL)
    {
      g_task_return_new_error (task, FD_MASTODON_ERROR, FD_MASTODON_ERROR_FAILED,
                               _("Frontdesk cannot receive the sign-in from the browser. Paste the code instead."));
      return;
    }

  fd_oauth_loopback_wait_async (self->loopback, cancellable, wait_done_cb, g_steal_pointer (&task));
}

char *
fd_mastodon_auth_wait_for_code_finish (FdMastodonAuth  *self,
                                       GAsyncResult    *result,
                                       GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_mastodon_auth_wait_for_code_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
fd_mastodon_auth_exchange_code_async (FdMastodonAuth      *self,
                                      const char          *code,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *clean = NULL;
  Call *call;

  g_return_if_fail (FD_IS_MASTODON_AUTH (self));
  g_return_if_fail (code != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_mastodon_auth_exchange_code_async);

  clean = g_strstrip (g_strdup (code));
  if (self->client_id == NULL || *clean == '\0')
    {
      g_task_return_new_error (task, FD_MASTODON_ERROR, FD_MASTODON_ERROR_DENIED,
                               _("Paste the code the server showed after you chose “Authorize”."));
      return;
    }

  call = g_new0 (Call, 1);
  call->server = g_strdup (self->server);
  call->code = g_steal_pointer (&clean);
  call->client_id = g_strdup (self->client_id);
  call->client_secret = g_strdup (self->client_secret);
  call->redirect = g_strdup (self->used_redirect != NULL ? self->used_redirect : FD_MASTODON_OOB_REDIRECT);
  call->verifier = g_strdup (self->verifier);
  g_task_set_task_data (task, call, (GDestroyNotify) call_free);
  g_task_run_in_thread (task, exchange_thread);
}

char *
fd_mastodon_auth_exchange_code_finish (FdMastodonAuth  *self,
                                       GAsyncResult    *result,
                                       GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_mastodon_auth_exchange_code_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Accounts */

/* The account @token signs in to on @server, not saved. */
static FdAccount *
sign_in (const char    *server,
         const char    *token,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autofree char *normalized = NULL;
  g_autofree char *handle = NULL;
  g_autofree char *id = NULL;
  g_autofree char *clean = NULL;
  FdAccount *account;

  if (!(normalized = fd_mastodon_normalize_server (server, error)))
    return NULL;

  clean = g_strstrip (g_strdup (token));
  if (*clean == '\0')
    {
      g_set_error_literal (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_DENIED,
                           _("The access token is empty."));
      return NULL;
    }

  id = verify_token (normalized, clean, cancellable, &handle, error);
  memset (clean, 0, strlen (clean));
  if (id == NULL)
    return NULL;

  account = fd_account_new (FD_MASTODON_CHANNEL, handle, normalized);
  fd_account_set_setting_string (account, "account-id", id);
  return account;
}

/* The account a sign-in belongs to: the same server, as the person
 * typed its address (normalized), and the same account id there. Never
 * the handle alone: a server chooses the handle it reports, domain
 * included, and could claim another server's account with it. Accounts
 * saved before the id was kept match on the same server and handle, and
 * get the id then. */
gboolean
_fd_mastodon_is_same_account (FdAccount *existing,
                              FdAccount *signed_in)
{
  g_autofree char *address = NULL;
  g_autofree char *known_id = NULL;
  g_autofree char *id = NULL;

  if (fd_account_get_address (existing) == NULL ||
      !(address = fd_mastodon_normalize_server (fd_account_get_address (existing), NULL)) ||
      g_strcmp0 (address, fd_account_get_address (signed_in)) != 0)
    return FALSE;

  known_id = fd_account_dup_setting_string (existing, "account-id");
  id = fd_account_dup_setting_string (signed_in, "account-id");
  if (known_id != NULL && *known_id != '\0')
    return g_strcmp0 (known_id, id) == 0;

  return g_ascii_strcasecmp (fd_account_get_name (existing), fd_account_get_name (signed_in)) == 0;
}

gboolean
_fd_mastodon_check_setup (GHashTable  *params,
                          GError     **error)
{
  if (g_hash_table_lookup (params, "server") == NULL)
    {
      g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                           _("Give the Mastodon server with --server, for example --server mastodon.social."));
      return FALSE;
    }

  return TRUE;
}

FdAccount *
_fd_mastodon_sign_in (GHashTable    *params,
                      const char    *secret,
                      char         **note,
                      GCancellable  *cancellable,
                      GError       **error)
{
  if (!_fd_mastodon_check_setup (params, error))
    return NULL;

  return sign_in (g_hash_table_lookup (params, "server"), secret, cancellable, error);
}

FdAccount *
fd_mastodon_account_add_sync (const char    *data_dir,
                              const char    *server,
                              const char    *token,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(FdAccount) signed_in = NULL;
  g_autofree char *clean = NULL;
  FdAccount *account;

  g_return_val_if_fail (data_dir != NULL, NULL);
  g_return_val_if_fail (server != NULL, NULL);
  g_return_val_if_fail (token != NULL, NULL);

  if (!(signed_in = sign_in (server, token, cancellable, error)))
    return NULL;

  clean = g_strstrip (g_strdup (token));
  account = fd_account_setup_save_sync (data_dir, signed_in, clean, cancellable, error);
  memset (clean, 0, strlen (clean));

  return account;
}

static void
account_add_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  Call *call = task_data;
  GError *error = NULL;
  FdAccount *account;

  if ((account = fd_mastodon_account_add_sync (call->data_dir, call->server, call->token, cancellable, &error)))
    g_task_return_pointer (task, account, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
fd_mastodon_account_add_async (const char          *data_dir,
                               const char          *server,
                               const char          *token,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Call *call;

  g_return_if_fail (data_dir != NULL && server != NULL && token != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_mastodon_account_add_async);

  call = g_new0 (Call, 1);
  call->data_dir = g_strdup (data_dir);
  call->server = g_strdup (server);
  call->token = g_strdup (token);
  g_task_set_task_data (task, call, (GDestroyNotify) call_free);
  g_task_run_in_thread (task, account_add_thread);
}

FdAccount *
fd_mastodon_account_add_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_mastodon_account_add_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
