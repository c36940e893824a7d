/* fd-test-server.c: an HTTP server for stand-ins, on its own thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-test-server.h"

struct _FdTestServer
{
  char               *name;
  SoupServerCallback  handler;
  FdTestServerFunc    before_quit;
  FdTestServerFunc    before_disconnect;
  gpointer            user_data;

  GThread            *thread;
  GMainContext       *context;
  GMainLoop          *loop;
  SoupServer         *server;
  char               *url;

  GMutex              mutex;
  GCond               cond;
  gboolean            ready;
};

static gpointer
server_thread (gpointer data)
{
  FdTestServer *self = data;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (self->context);

  self->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (self->server, NULL, self->handler, self->user_data, NULL);
  if (!soup_server_listen_local (self->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    g_error ("%s cannot listen: %s", self->name, error->message);

  uris = soup_server_get_uris (self->server);
  g_assert (uris != NULL);
  {
    g_autofree char *uri = g_uri_to_string (uris->data);

    self->url = g_strndup (uri, strlen (uri) - (g_str_has_suffix (uri, "/") ? 1 : 0));
  }
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_mutex_lock (&self->mutex);
  self->ready = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);

  g_main_loop_run (self->loop);

  if (self->before_disconnect != NULL)
    self->before_disconnect (self->user_data);
  soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  /* Let pending closes run and free what they hold. */
  while (g_main_context_iteration (self->context, FALSE))
    ;

  g_main_context_pop_thread_default (self->context);
  return NULL;
}

FdTestServer *
fd_test_server_start (const char         *name,
                      SoupServerCallback  handler,
                      FdTestServerFunc    before_quit,
                      FdTestServerFunc    before_disconnect,
                      gpointer            user_data)
{
  FdTestServer *self = g_new0 (FdTestServer, 1);

  self->name = g_strdup (name);
  self->handler = handler;
  self->before_quit = before_quit;
  self->before_disconnect = before_disconnect;
  self->user_data = user_data;
  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->thread = g_thread_new (name, server_thread, self);

  g_mutex_lock (&self->mutex);
  while (!self->ready)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);

  return self;
}

static gboolean
quit_cb (gpointer data)
{
  FdTestServer *self = data;

  if (self->before_quit != NULL)
    self->before_quit (self->user_data);
  g_main_loop_quit (self->loop);
  return G_SOURCE_REMOVE;
}

void
fd_test_server_stop (FdTestServer *self)
{
  if (self == NULL)
    return;

  g_main_context_invoke (self->context, quit_cb, self);
  g_thread_join (self->thread);

  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_free (self->url);
  g_free (self->name);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);
  g_free (self);
}

const char *
fd_test_server_get_url (FdTestServer *self)
{
  return self->url;
}

GMainContext *
fd_test_server_get_context (FdTestServer *self)
{
  return self->context;
}
