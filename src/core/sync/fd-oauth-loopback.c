/* fd-oauth-loopback.c
 *
 * Runs on the main context of the thread that started it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <string.h>

#include "fd-main-context.h"
#include "fd-oauth.h"
#include "fd-oauth-loopback.h"

#define CALLBACK_PATH "/callback"

static void
wipe (char *secret)
{
  if (secret != NULL)
    memset (secret, 0, strlen (secret));
  g_free (secret);
}

struct _FdOAuthLoopback
{
  GObject     parent_instance;

  char       *state;
  char       *service;
  char       *redirect_uri;
  SoupServer *server;
  GSource    *timeout;
  GTask      *wait_task;
  gulong      cancel_id;
  char       *code;
  GError     *error;
  guint       served : 1;
  guint       timed_out : 1;
};

G_DEFINE_FINAL_TYPE (FdOAuthLoopback, fd_oauth_loopback, G_TYPE_OBJECT)

static void
stop_timeout (FdOAuthLoopback *self)
{
  if (self->timeout != NULL)
    g_source_destroy (self->timeout);
  g_clear_pointer (&self->timeout, g_source_unref);
}

static void
stop_server (FdOAuthLoopback *self)
{
  if (self->server != NULL)
    soup_server_disconnect (self->server);
  g_clear_object (&self->server);
}

static void
complete_wait (FdOAuthLoopback *self)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->wait_task);

  if (task == NULL)
    return;

  if (self->cancel_id != 0)
    {
      g_cancellable_disconnect (g_task_get_cancellable (task), self->cancel_id);
      self->cancel_id = 0;
    }

  if (self->error != NULL)
    g_task_return_error (task, g_steal_pointer (&self->error));
  else if (self->code != NULL)
    g_task_return_pointer (task, g_steal_pointer (&self->code), (GDestroyNotify) wipe);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Signing in was cancelled."));
}

static void
timed_out_error (FdOAuthLoopback  *self,
                 GError          **error)
{
  g_set_error_literal (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_TIMED_OUT,
                       _("The browser did not come back to Frontdesk in time, so Frontdesk stopped waiting for it. "
                         "Start signing in again."));
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

static gboolean
disconnect_idle_cb (gpointer user_data)
{
  stop_server (user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
listen_timeout_cb (gpointer user_data)
{
  FdOAuthLoopback *self = user_data;

  g_clear_pointer (&self->timeout, g_source_unref);
  if (self->served)
    return G_SOURCE_REMOVE;

  g_debug ("No sign-in from the browser in time: the loopback server stops");
  stop_server (self);
  self->timed_out = TRUE;
  if (self->wait_task != NULL)
    {
      g_clear_error (&self->error);
      timed_out_error (self, &self->error);
      complete_wait (self);
    }

  return G_SOURCE_REMOVE;
}

static void
request_finished_cb (SoupServer        *server,
                     SoupServerMessage *msg,
                     FdOAuthLoopback   *self)
{
  if (self->served)
    g_idle_add_full (G_PRIORITY_DEFAULT, disconnect_idle_cb, g_object_ref (self), g_object_unref);
}

static void
callback_cb (SoupServer        *server,
             SoupServerMessage *msg,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  FdOAuthLoopback *self = user_data;
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
  stop_timeout (self);
  if (oauth_error != NULL || code == NULL || *code == '\0')
    {
      respond_html (msg, SOUP_STATUS_OK,
                    _("Frontdesk was not given access. You can close this tab and try again in Frontdesk."));
      g_clear_error (&self->error);
      /* Translators: %s names the server, e.g. "the mail provider" */
      self->error = g_error_new (FD_OAUTH_ERROR, FD_OAUTH_ERROR_DENIED,
                                 _("Frontdesk was not given access by %s. Try again and agree to give Frontdesk access."),
                                 self->service);
    }
  else
    {
      respond_html (msg, SOUP_STATUS_OK, _("Frontdesk is signed in. You can close this tab."));
      wipe (self->code);
      self->code = g_strdup (code);
    }

  complete_wait (self);
}

static void
fd_oauth_loopback_dispose (GObject *object)
{
  FdOAuthLoopback *self = FD_OAUTH_LOOPBACK (object);

  stop_timeout (self);
  stop_server (self);

  G_OBJECT_CLASS (fd_oauth_loopback_parent_class)->dispose (object);
}

static void
fd_oauth_loopback_finalize (GObject *object)
{
  FdOAuthLoopback *self = FD_OAUTH_LOOPBACK (object);

  g_free (self->state);
  g_free (self->service);
  g_free (self->redirect_uri);
  wipe (self->code);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (fd_oauth_loopback_parent_class)->finalize (object);
}

static void
fd_oauth_loopback_class_init (FdOAuthLoopbackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_oauth_loopback_dispose;
  object_class->finalize = fd_oauth_loopback_finalize;
}

static void
fd_oauth_loopback_init (FdOAuthLoopback *self)
{
}

FdOAuthLoopback *
fd_oauth_loopback_new (const char *state,
                       const char *service)
{
  FdOAuthLoopback *self;

  g_return_val_if_fail (state != NULL, NULL);
  g_return_val_if_fail (service != NULL, NULL);

  self = g_object_new (FD_TYPE_OAUTH_LOOPBACK, NULL);
  self->state = g_strdup (state);
  self->service = g_strdup (service);
  return self;
}

gboolean
fd_oauth_loopback_start (FdOAuthLoopback  *self,
                         guint             timeout_ms,
                         GError          **error)
{
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GMainContext) context = NULL;
  GSList *uris;
  guint port = 0;

  g_return_val_if_fail (FD_IS_OAUTH_LOOPBACK (self), FALSE);
  g_return_val_if_fail (self->server == NULL, FALSE);

  server = soup_server_new (NULL, NULL);
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

  self->server = g_steal_pointer (&server);
  g_free (self->redirect_uri);
  self->redirect_uri = g_strdup_printf ("http://127.0.0.1:%u" CALLBACK_PATH, port);
  self->timed_out = FALSE;

  stop_timeout (self);
  self->timeout = g_timeout_source_new (timeout_ms);
  g_source_set_name (self->timeout, "[frontdesk] sign-in listener timeout");
  g_source_set_callback (self->timeout, listen_timeout_cb, self, NULL);
  context = g_main_context_ref_thread_default ();
  g_source_attach (self->timeout, context);

  return TRUE;
}

gboolean
fd_oauth_loopback_is_listening (FdOAuthLoopback *self)
{
  g_return_val_if_fail (FD_IS_OAUTH_LOOPBACK (self), FALSE);

  return self->server != NULL || self->served;
}

const char *
fd_oauth_loopback_get_redirect_uri (FdOAuthLoopback *self)
{
  g_return_val_if_fail (FD_IS_OAUTH_LOOPBACK (self), NULL);

  return self->redirect_uri;
}

static gboolean
wait_cancelled_idle_cb (gpointer user_data)
{
  FdOAuthLoopback *self = user_data;

  if (self->wait_task != NULL && g_cancellable_is_cancelled (g_task_get_cancellable (self->wait_task)))
    {
      wipe (g_steal_pointer (&self->code));
      g_clear_error (&self->error);
      self->error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Signing in was cancelled."));
      complete_wait (self);
    }

  return G_SOURCE_REMOVE;
}

static void
wait_cancelled_cb (GCancellable    *cancellable,
                   FdOAuthLoopback *self)
{
  /* May run in another thread: finish on the loopback's context. */
  fd_main_context_post (g_task_get_context (self->wait_task), G_PRIORITY_DEFAULT,
                        wait_cancelled_idle_cb, g_object_ref (self), g_object_unref,
                        "[frontdesk] sign-in wait cancelled");
}

void
fd_oauth_loopback_wait_async (FdOAuthLoopback     *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FD_IS_OAUTH_LOOPBACK (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_oauth_loopback_wait_async);

  if (self->server == NULL && !self->served)
    {
      GError *error = NULL;

      if (self->timed_out)
        timed_out_error (self, &error);
      else
        error = g_error_new_literal (FD_OAUTH_ERROR, FD_OAUTH_ERROR_INVALID,
                                     _("Frontdesk cannot receive the sign-in from the browser."));
      g_task_return_error (task, error);
      return;
    }
  if (self->wait_task != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING, _("Frontdesk is already waiting for the browser."));
      return;
    }

  self->wait_task = g_steal_pointer (&task);
  if (cancellable != NULL)
    self->cancel_id = g_cancellable_connect (cancellable, G_CALLBACK (wait_cancelled_cb), self, NULL);

  /* The browser may have been quicker than us. */
  if (self->served)
    complete_wait (self);
}

char *
fd_oauth_loopback_wait_finish (FdOAuthLoopback  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_oauth_loopback_wait_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

