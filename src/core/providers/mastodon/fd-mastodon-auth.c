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
#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include "fd-account-setup.h"
#include "fd-mastodon-auth.h"
#include "fd-mastodon-private.h"
#include "fd-provider.h"

#define CALLBACK_PATH "/callback"
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
  char         *loopback_redirect;
  char         *used_redirect;
  char         *verifier;
  char         *state;

  SoupServer   *loopback;
  GSource      *listen_timeout;
  guint         listen_timeout_ms;
  GTask        *wait_task;
  gulong        wait_cancel_id;
  char         *received_code;
  GError       *received_error;
  guint         served : 1;
  guint         timed_out : 1;
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

static char *
base64url (const guint8 *data,
           gsize         len)
{
  char *encoded = g_base64_encode (data, len);
  char *p;

  for (p = encoded; *p != '\0'; p++)
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

static char *
random_token (gsize n_bytes)
{
  g_autofree guint8 *bytes = g_malloc (n_bytes);
  gsize filled = 0;

  /* PKCE verifier and state must be unguessable: the kernel's CSPRNG,
   * not GRand. */
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

static char *
pkce_challenge (const char *verifier)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize len = sizeof digest;

  g_checksum_update (checksum, (const guchar *) verifier, strlen (verifier));
  g_checksum_get_digest (checksum, digest, &len);

  return base64url (digest, len);
}

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

/* Loopback server */

static void
complete_wait (FdMastodonAuth *self)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->wait_task);

  if (task == NULL)
    return;

  if (self->wait_cancel_id != 0)
    {
      g_cancellable_disconnect (g_task_get_cancellable (task), self->wait_cancel_id);
      self->wait_cancel_id = 0;
    }

  if (self->received_error != NULL)
    g_task_return_error (task, g_steal_pointer (&self->received_error));
  else if (self->received_code != NULL)
    g_task_return_pointer (task, g_steal_pointer (&self->received_code), g_free);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Signing in was cancelled."));
}

static void
respond_html (SoupServerMessage *msg,
              guint              status,
              const char        *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  char *page = g_strdup_printf ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Frontdesk</title></head>"
                                "<body style=\"font-family: sans-serif; margin: 4em\"><p>%s</p></body></html>",
                                escaped);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_TAKE, page, strlen (page));
}

static void
stop_listen_timeout (FdMastodonAuth *self)
{
  if (self->listen_timeout != NULL)
    g_source_destroy (self->listen_timeout);
  g_clear_pointer (&self->listen_timeout, g_source_unref);
}

static gboolean
disconnect_loopback_cb (gpointer user_data)
{
  FdMastodonAuth *self = user_data;

  if (self->loopback != NULL)
    soup_server_disconnect (self->loopback);
  g_clear_object (&self->loopback);

  return G_SOURCE_REMOVE;
}

static gboolean
listen_timeout_cb (gpointer user_data)
{
  FdMastodonAuth *self = user_data;

  g_clear_pointer (&self->listen_timeout, g_source_unref);
  if (self->served)
    return G_SOURCE_REMOVE;

  g_debug ("No sign-in from the browser in %u ms: the loopback server stops", self->listen_timeout_ms);
  if (self->loopback != NULL)
    soup_server_disconnect (self->loopback);
  g_clear_object (&self->loopback);
  self->timed_out = TRUE;

  if (self->wait_task != NULL)
    {
      g_clear_pointer (&self->received_code, g_free);
      g_clear_error (&self->received_error);
      self->received_error = g_error_new_literal (FD_MASTODON_ERROR, FD_MASTODON_ERROR_TIMED_OUT,
                                                  _("The browser did not come back to Frontdesk in time, "
                                                    "so Frontdesk stopped waiting for it. Start signing in "
                                                    "again, or paste the code the server shows."));
      complete_wait (self);
    }

  return G_SOURCE_REMOVE;
}

static void
request_finished_cb (SoupServer        *server,
                     SoupServerMessage *msg,
                     FdMastodonAuth    *self)
{
  if (self->served)
    g_idle_add_full (G_PRIORITY_DEFAULT, disconnect_loopback_cb, g_object_ref (self), g_object_unref);
}

static void
callback_cb (SoupServer        *server,
             SoupServerMessage *msg,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  FdMastodonAuth *self = user_data;
  const char *code = query != NULL ? g_hash_table_lookup (query, "code") : NULL;
  const char *state = query != NULL ? g_hash_table_lookup (query, "state") : NULL;
  const char *oauth_error = query != NULL ? g_hash_table_lookup (query, "error") : NULL;

  if (self->served)
    {
      respond_html (msg, SOUP_STATUS_GONE, _("This sign-in link was already used. Go back to Frontdesk."));
      return;
    }

  /* Not our request (another page, an old tab): keep waiting. */
  if (g_strcmp0 (path, CALLBACK_PATH) != 0 || g_strcmp0 (state, self->state) != 0)
    {
      respond_html (msg, SOUP_STATUS_BAD_REQUEST,
                    _("This is not the sign-in Frontdesk is waiting for. Start again from Frontdesk."));
      return;
    }

  self->served = TRUE;
  stop_listen_timeout (self);
  if (oauth_error != NULL || code == NULL || *code == '\0')
    {
      respond_html (msg, SOUP_STATUS_OK,
                    _("Frontdesk was not given access. You can close this tab and try again in Frontdesk."));
      g_clear_error (&self->received_error);
      self->received_error = g_error_new_literal (FD_MASTODON_ERROR, FD_MASTODON_ERROR_DENIED,
                                                  _("The Mastodon server did not give Frontdesk access. "
                                                    "Try again and choose “Authorize”."));
    }
  else
    {
      respond_html (msg, SOUP_STATUS_OK, _("Frontdesk is signed in. You can close this tab."));
      g_free (self->received_code);
      self->received_code = g_strdup (code);
      g_free (self->used_redirect);
      self->used_redirect = g_strdup (self->loopback_redirect);
    }

  complete_wait (self);
}

static gboolean
start_loopback (FdMastodonAuth  *self,
                GError         **error)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  GSList *uris;
  guint port = 0;

  soup_server_add_handler (server, NULL, callback_cb, self, NULL);
  g_signal_connect_object (server, "request-finished", G_CALLBACK (request_finished_cb), self, 0);
  /* Only this computer can reach it. */
  if (!soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, error))
    return FALSE;

  uris = soup_server_get_uris (server);
  if (uris != NULL)
    port = (guint) g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  if (port == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "no port");
      return FALSE;
    }

  self->loopback = g_steal_pointer (&server);
  g_free (self->loopback_redirect);
  self->loopback_redirect = g_strdup_printf ("http://127.0.0.1:%u" CALLBACK_PATH, port);
  self->timed_out = FALSE;

  /* On the context the server runs on: the thread that registered. */
  stop_listen_timeout (self);
  self->listen_timeout = g_timeout_source_new (self->listen_timeout_ms);
  g_source_set_name (self->listen_timeout, "[frontdesk] Mastodon sign-in listener timeout");
  g_source_set_callback (self->listen_timeout, listen_timeout_cb, self, NULL);
  {
    g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();

    g_source_attach (self->listen_timeout, context);
  }
  return TRUE;
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
  if (fd_mastodon_json_get_string (app, "client_id") == NULL ||
      fd_mastodon_json_get_string (app, "client_secret") == NULL)
    {
      g_task_return_new_error (task, FD_MASTODON_ERROR, FD_MASTODON_ERROR_FAILED,
                               _("%s does not answer like a Mastodon server. Check the address."), call->server);
      return;
    }

  g_free (call->client_id);
  g_free (call->client_secret);
  call->client_id = g_strdup (fd_mastodon_json_get_string (app, "client_id"));
  call->client_secret = g_strdup (fd_mastodon_json_get_string (app, "client_secret"));
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
  if (fd_mastodon_json_get_string (account, "acct") == NULL ||
      fd_mastodon_json_get_string (account, "id") == NULL ||
      *fd_mastodon_json_get_string (account, "id") == '\0')
    {
      g_set_error (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_FAILED,
                   _("%s does not answer like a Mastodon server. Check the address."), server);
      return NULL;
    }

  /* The handle people know: the instance's domain, which may differ
   * from the address of its web server. */
  instance = fd_mastodon_client_get (client, "/api/v2/instance", NULL, NULL, cancellable, NULL);
  if (instance != NULL && JSON_NODE_HOLDS_OBJECT (instance) &&
      fd_mastodon_json_get_string (json_node_get_object (instance), "domain") != NULL)
    domain = fd_mastodon_json_get_string (json_node_get_object (instance), "domain");

  *handle = _fd_mastodon_full_handle (fd_mastodon_json_get_string (account, "acct"), domain);
  return g_strdup (fd_mastodon_json_get_string (account, "id"));
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

  token = JSON_NODE_HOLDS_OBJECT (root) ? fd_mastodon_json_get_string (json_node_get_object (root), "access_token") : NULL;
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

  if (self->wait_task != NULL)
    complete_wait (self);
  stop_listen_timeout (self);
  if (self->loopback != NULL)
    soup_server_disconnect (self->loopback);
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
  g_free (self->loopback_redirect);
  g_free (self->used_redirect);
  g_free (self->verifier);
  g_free (self->state);
  g_free (self->received_code);
  g_clear_error (&self->received_error);

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
  self->verifier = random_token (48);
  self->state = random_token (18);
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

  return self->loopback_redirect;
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

  if (self->loopback == NULL && !start_loopback (self, &error))
    g_debug ("No loopback server for signing in (%s): the code will be pasted", error->message);

  call = g_new0 (Call, 1);
  call->server = g_strdup (self->server);
  call->redirect = self->loopback_redirect != NULL
                   ? g_strconcat (self->loopback_redirect, "\n", FD_MASTODON_OOB_REDIRECT, NULL)
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

  redirect = paste_code || self->loopback_redirect == NULL ? FD_MASTODON_OOB_REDIRECT : self->loopback_redirect;
  g_free (self->used_redirect);
  self->used_redirect = g_strdup (redirect);

  challenge = pkce_challenge (self->verifier);
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

static gboolean
wait_cancelled_idle_cb (gpointer user_data)
{
  FdMastodonAuth *self = user_data;

  if (self->wait_task != NULL && g_cancellable_is_cancelled (g_task_get_cancellable (self->wait_task)))
    {
      g_clear_pointer (&self->received_code, g_free);
      g_clear_error (&self->received_error);
      self->received_error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Signing in was cancelled."));
      complete_wait (self);
    }

  return G_SOURCE_REMOVE;
}

static void
wait_cancelled_cb (GCancellable   *cancellable,
                   FdMastodonAuth *self)
{
  /* May run in another thread: finish on the auth object's context. */
  g_main_context_invoke_full (g_task_get_context (self->wait_task), G_PRIORITY_DEFAULT,
                              wait_cancelled_idle_cb, g_object_ref (self), g_object_unref);
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

  if (self->loopback == NULL && !self->served && self->timed_out)
    {
      g_task_return_new_error (task, FD_MASTODON_ERROR, FD_MASTODON_ERROR_TIMED_OUT,
                               _("The browser did not come back to Frontdesk in time, "
                                 "so Frontdesk stopped waiting for it. Start signing in "
                                 "again, or paste the code the server shows."));
      return;
    }
  if (self->loopback == NULL && !self->served)
    {
      g_task_return_new_error (task, FD_MASTODON_ERROR, FD_MASTODON_ERROR_FAILED,
                               _("Frontdesk cannot receive the sign-in from the browser. Paste the code instead."));
      return;
    }
  if (self->wait_task != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING, _("Frontdesk is already waiting for the browser."));
      return;
    }

  self->wait_task = g_steal_pointer (&task);
  if (cancellable != NULL)
    self->wait_cancel_id = g_cancellable_connect (cancellable, G_CALLBACK (wait_cancelled_cb), self, NULL);

  /* The browser may have been quicker than us. */
  if (self->served)
    complete_wait (self);
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
