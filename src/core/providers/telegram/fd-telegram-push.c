/* fd-telegram-push.c: news from Telegram as it happens.
 *
 * getUpdates with a timeout is a long poll: Telegram answers as soon as
 * an update waits, or empty after the timeout. Here it only tells the
 * sync engine that something new waits (FdProvider::remote-changed);
 * the sync run fetches and stores it, and only then is it confirmed. The
 * poll runs on its own thread, asks from the offset the last sync asked
 * from, so it confirms nothing that is not stored, and gives way to a
 * sync's own getUpdates (Telegram cancels one of two at once).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-main-context.h"
#include "fd-telegram-private.h"

#define RETRY_AFTER_ERROR_S 5

/* On the thread that started the push. News that a poll brought just
 * before the push was stopped is not told: after stop, nothing. */
static gboolean
emit_cb (gpointer data)
{
  FdTelegramProvider *self = data;
  gboolean running;

  g_mutex_lock (&self->mutex);
  running = self->push_running;
  g_mutex_unlock (&self->mutex);
  if (running)
    fd_provider_emit_remote_changed (FD_PROVIDER (self));

  return G_SOURCE_REMOVE;
}

/* One long poll; TRUE when an update waits. */
static gboolean
poll_once (FdTelegramProvider  *self,
           const char          *token,
           gint64               offset,
           GCancellable        *cancellable,
           GError             **error)
{
  g_autoptr(FdTelegramClient) client = fd_telegram_client_new (self->api_url, token);
  g_autoptr(JsonBuilder) params = json_builder_new ();
  g_autoptr(JsonNode) result = NULL;

  fd_telegram_client_set_timeout (client, self->timeout_ms);
  json_builder_begin_object (params);
  if (offset > 0)
    {
      json_builder_set_member_name (params, "offset");
      json_builder_add_int_value (params, offset);
    }
  json_builder_set_member_name (params, "limit");
  json_builder_add_int_value (params, 1);
  json_builder_set_member_name (params, "timeout");
  json_builder_add_int_value (params, self->push_wait_s);
  json_builder_set_member_name (params, "allowed_updates");
  json_builder_begin_array (params);
  for (guint i = 0; fd_telegram_allowed_updates[i] != NULL; i++)
    json_builder_add_string_value (params, fd_telegram_allowed_updates[i]);
  json_builder_end_array (params);
  json_builder_end_object (params);

  if (!(result = fd_telegram_client_call (client, "getUpdates", params, self->push_wait_s * 1000, FALSE,
                                          cancellable, error)))
    return FALSE;

  return JSON_NODE_HOLDS_ARRAY (result) && json_array_get_length (json_node_get_array (result)) > 0;
}

static gpointer
push_thread (gpointer data)
{
  FdTelegramProvider *self = data;

  g_mutex_lock (&self->mutex);
  while (self->push_running)
    {
      g_autoptr(GCancellable) cancellable = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *token = NULL;
      gint64 offset;
      gboolean news = FALSE;

      if (self->push_waiting || self->fetching > 0 || self->push_token == NULL)
        {
          g_cond_wait (&self->cond, &self->mutex);
          continue;
        }

      offset = self->push_offset;
      token = g_strdup (self->push_token);
      cancellable = g_cancellable_new ();
      self->push_cancellable = g_object_ref (cancellable);
      g_mutex_unlock (&self->mutex);

      g_mutex_lock (&self->poll_mutex);
      if (!g_cancellable_is_cancelled (cancellable))
        news = poll_once (self, token, offset, cancellable, &error);
      g_mutex_unlock (&self->poll_mutex);
      memset (token, 0, strlen (token));

      g_mutex_lock (&self->mutex);
      g_clear_object (&self->push_cancellable);
      if (news)
        {
          self->push_waiting = TRUE;
          fd_main_context_post (self->push_context, G_PRIORITY_DEFAULT, emit_cb,
                                g_object_ref (self), g_object_unref, "[frontdesk] Telegram news");
        }
      else if (error != NULL && !g_cancellable_is_cancelled (cancellable))
        {
          gint64 until = g_get_monotonic_time () + RETRY_AFTER_ERROR_S * G_TIME_SPAN_SECOND;

          g_debug ("Telegram long poll: %s", error->message);
          /* A sign-in problem or an outage: the sync run reports it. */
          while (self->push_running && g_cond_wait_until (&self->cond, &self->mutex, until))
            ;
        }
    }
  g_mutex_unlock (&self->mutex);

  return NULL;
}

gboolean
_fd_telegram_push_supported (FdProvider *provider)
{
  return TRUE;
}

gboolean
_fd_telegram_push_start (FdProvider  *provider,
                         GError     **error)
{
  FdTelegramProvider *self = FD_TELEGRAM_PROVIDER (provider);

  if (self->push_thread != NULL)
    return TRUE;

  self->push_context = g_main_context_ref_thread_default ();
  g_mutex_lock (&self->mutex);
  self->push_running = TRUE;
  g_mutex_unlock (&self->mutex);
  self->push_thread = g_thread_new ("telegram-push", push_thread, self);

  return TRUE;
}

void
_fd_telegram_push_stop (FdProvider *provider)
{
  FdTelegramProvider *self = FD_TELEGRAM_PROVIDER (provider);

  if (self->push_thread == NULL)
    return;

  g_mutex_lock (&self->mutex);
  self->push_running = FALSE;
  if (self->push_cancellable != NULL)
    g_cancellable_cancel (self->push_cancellable);
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);

  g_thread_join (g_steal_pointer (&self->push_thread));
  g_clear_pointer (&self->push_context, g_main_context_unref);
}

void
_fd_telegram_push_hold (FdTelegramProvider *self)
{
  g_mutex_lock (&self->mutex);
  self->fetching++;
  if (self->push_cancellable != NULL)
    g_cancellable_cancel (self->push_cancellable);
  g_mutex_unlock (&self->mutex);

  g_mutex_lock (&self->poll_mutex);
}

void
_fd_telegram_push_release (FdTelegramProvider *self,
                           gint64              offset,
                           const char         *token)
{
  g_mutex_unlock (&self->poll_mutex);

  g_mutex_lock (&self->mutex);
  self->fetching--;
  if (offset >= 0)
    {
      /* The offset this sync asked from is stored: the poll may ask from
       * there, and whatever it finds is news (or this batch, once more). */
      self->push_offset = offset;
      self->push_waiting = FALSE;
    }
  if (token != NULL && g_strcmp0 (token, self->push_token) != 0)
    {
      if (self->push_token != NULL)
        memset (self->push_token, 0, strlen (self->push_token));
      g_free (self->push_token);
      self->push_token = g_strdup (token);
    }
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);
}
