/* fd-mastodon-setup-form.c: what the window asks to add a Mastodon account.
 *
 * Only the server: the person signs in there with the browser
 * (fd-mastodon-auth.h, seen through FdBrowserSignIn), and the token it
 * gives is the secret the account is added with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-account-setup-form.h"
#include "fd-mastodon-auth.h"
#include "fd-mastodon-private.h"

/* FdMastodonSignIn: FdMastodonAuth as an FdBrowserSignIn. */

#define FD_TYPE_MASTODON_SIGN_IN (fd_mastodon_sign_in_get_type ())
G_DECLARE_FINAL_TYPE (FdMastodonSignIn, fd_mastodon_sign_in, FD, MASTODON_SIGN_IN, GObject)

struct _FdMastodonSignIn
{
  GObject         parent_instance;

  FdMastodonAuth *auth;
};

static void browser_sign_in_iface_init (FdBrowserSignInInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdMastodonSignIn, fd_mastodon_sign_in, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_BROWSER_SIGN_IN, browser_sign_in_iface_init))

static void
registered_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!fd_mastodon_auth_register_finish (FD_MASTODON_AUTH (object), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
start_async (FdBrowserSignIn     *sign_in,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data)
{
  FdMastodonSignIn *self = FD_MASTODON_SIGN_IN (sign_in);
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, start_async);
  fd_mastodon_auth_register_async (self->auth, cancellable, registered_cb, task);
}

static gboolean
start_finish (FdBrowserSignIn  *sign_in,
              GAsyncResult     *result,
              GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, sign_in), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
can_receive_code (FdBrowserSignIn *sign_in)
{
  return fd_mastodon_auth_get_redirect_uri (FD_MASTODON_SIGN_IN (sign_in)->auth) != NULL;
}

static char *
build_authorize_uri (FdBrowserSignIn *sign_in,
                     gboolean         paste_code)
{
  return fd_mastodon_auth_build_authorize_url (FD_MASTODON_SIGN_IN (sign_in)->auth, paste_code);
}

static void
code_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *code;

  if (!(code = fd_mastodon_auth_wait_for_code_finish (FD_MASTODON_AUTH (object), result, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, code, g_free);
}

static void
wait_for_code_async (FdBrowserSignIn     *sign_in,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  FdMastodonSignIn *self = FD_MASTODON_SIGN_IN (sign_in);
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, wait_for_code_async);
  fd_mastodon_auth_wait_for_code_async (self->auth, cancellable, code_cb, task);
}

static char *
propagate_string (FdBrowserSignIn  *sign_in,
                  GAsyncResult     *result,
                  GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, sign_in), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
token_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *token;

  if (!(token = fd_mastodon_auth_exchange_code_finish (FD_MASTODON_AUTH (object), result, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, token, g_free);
}

static void
exchange_code_async (FdBrowserSignIn     *sign_in,
                     const char          *code,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  FdMastodonSignIn *self = FD_MASTODON_SIGN_IN (sign_in);
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, exchange_code_async);
  fd_mastodon_auth_exchange_code_async (self->auth, code, cancellable, token_cb, task);
}

/* The server as the sign-in wrote it, so the account is the one signed in to. */
static void
update_params (FdBrowserSignIn *sign_in,
               GHashTable      *params)
{
  g_hash_table_replace (params, g_strdup ("server"),
                        g_strdup (fd_mastodon_auth_get_server (FD_MASTODON_SIGN_IN (sign_in)->auth)));
}

static void
browser_sign_in_iface_init (FdBrowserSignInInterface *iface)
{
  iface->start_async = start_async;
  iface->start_finish = start_finish;
  iface->can_receive_code = can_receive_code;
  iface->build_authorize_uri = build_authorize_uri;
  iface->wait_for_code_async = wait_for_code_async;
  iface->wait_for_code_finish = propagate_string;
  iface->exchange_code_async = exchange_code_async;
  iface->exchange_code_finish = propagate_string;
  iface->update_params = update_params;
}

static void
fd_mastodon_sign_in_dispose (GObject *object)
{
  FdMastodonSignIn *self = FD_MASTODON_SIGN_IN (object);

  g_clear_object (&self->auth);

  G_OBJECT_CLASS (fd_mastodon_sign_in_parent_class)->dispose (object);
}

static void
fd_mastodon_sign_in_class_init (FdMastodonSignInClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fd_mastodon_sign_in_dispose;
}

static void
fd_mastodon_sign_in_init (FdMastodonSignIn *self)
{
}

/* The form */

static const FdSetupField fields[] = {
  {
    .id = "server",
    .label = N_("Server, for example mastodon.social"),
    .kind = FD_SETUP_FIELD_URL,
  },
  { NULL }
};

static FdBrowserSignIn *
browser_sign_in_new (GHashTable  *params,
                     GError     **error)
{
  g_autoptr(FdMastodonSignIn) self = NULL;
  FdMastodonAuth *auth;

  if (!(auth = fd_mastodon_auth_new (g_hash_table_lookup (params, "server"), error)))
    return NULL;

  self = g_object_new (FD_TYPE_MASTODON_SIGN_IN, NULL);
  self->auth = auth;
  return FD_BROWSER_SIGN_IN (g_steal_pointer (&self));
}

static const char *
error_field (const GError *error)
{
  if (g_error_matches (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_INVALID_SERVER) ||
      g_error_matches (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_INSECURE))
    return "server";

  return NULL;
}

const FdAccountSetupForm _fd_mastodon_setup_form = {
  .title = N_("Add a Mastodon Account"),
  .summary = N_("Mentions and direct messages of one Mastodon account"),
  .intro = N_("Frontdesk reads your mentions and direct messages and answers in the same place. "
              "Your browser asks your server for permission; your password never reaches Frontdesk."),
  .fields = fields,
  .browser_sign_in_new = browser_sign_in_new,
  .error_field = error_field,
};
