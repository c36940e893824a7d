/* fd-mastodon-push.c: the user stream, as server-sent events.
 *
 * GET /api/v1/streaming/user on the instance's streaming server (or the
 * instance itself), with the token in the Authorization header only. A
 * mention or a conversation event makes the provider emit
 * FdProvider::remote-changed, and the sync manager fetches; other events
 * are ignored. A lost stream reconnects with backoff and, once back,
 * asks for a catch-up, since events may have been missed. Main thread
 * only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-json.h"
#include "fd-mastodon-provider-private.h"
#include "fd-secrets.h"

#define STREAM_RETRY_MS          1000
#define STREAM_RETRY_MAX_MS      (5 * 60 * 1000)

static void connect_stream (FdMastodonProvider *self);

gboolean
_fd_mastodon_push_supported (FdProvider *provider)
{
  return TRUE;
}

static void
stream_close (FdMastodonProvider *self)
{
  if (self->stream_cancellable != NULL)
    g_cancellable_cancel (self->stream_cancellable);
  g_clear_object (&self->stream_cancellable);
  g_clear_object (&self->stream);
  g_clear_pointer (&self->event_name, g_free);
  if (self->event_data != NULL)
    g_string_truncate (self->event_data, 0);
}

static gboolean
reconnect_cb (gpointer user_data)
{
  FdMastodonProvider *self = user_data;

  self->reconnect_id = 0;
  if (self->push_running)
    connect_stream (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_reconnect (FdMastodonProvider *self)
{
  guint64 delay = (guint64) fd_account_get_setting_int (self->account, "stream-retry-ms", STREAM_RETRY_MS);

  stream_close (self);
  if (!self->push_running)
    return;

  for (guint i = 0; i < self->stream_failures && delay < STREAM_RETRY_MAX_MS; i++)
    delay *= 2;
  delay = MIN (delay, STREAM_RETRY_MAX_MS);
  self->stream_failures++;

  g_debug ("Mastodon stream lost; reconnecting in %" G_GUINT64_FORMAT " ms", delay);
  g_clear_handle_id (&self->reconnect_id, g_source_remove);
  self->reconnect_id = g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) (delay / 2 + g_random_int_range (0, (gint32) (delay / 2) + 1)),
                                           reconnect_cb, g_object_ref (self), g_object_unref);
}

static void
dispatch_event (FdMastodonProvider *self)
{
  gboolean relevant = FALSE;

  if (g_strcmp0 (self->event_name, "conversation") == 0)
    relevant = TRUE;
  else if (g_strcmp0 (self->event_name, "notification") == 0)
    {
      g_autoptr(JsonNode) node = fd_json_parse (self->event_data->str, -1, FD_JSON_MAX_SIZE, NULL);

      /* Only mentions reach the inbox; a malformed event is checked anyway. */
      relevant = node == NULL || !JSON_NODE_HOLDS_OBJECT (node) ||
                 g_strcmp0 (fd_json_get_string (json_node_get_object (node), "type"), "mention") == 0;
    }

  g_clear_pointer (&self->event_name, g_free);
  g_string_truncate (self->event_data, 0);

  if (relevant)
    fd_provider_emit_remote_changed (FD_PROVIDER (self));
}

static void
read_line_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FdMastodonProvider) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  gsize length;

  line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (object), result, &length, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || (GObject *) self->stream != object)
    return;
  if (line == NULL)
    {
      g_debug ("Mastodon stream ended%s%s", error != NULL ? ": " : "", error != NULL ? error->message : "");
      schedule_reconnect (self);
      return;
    }

  if (length > 0 && line[length - 1] == '\r')
    line[length - 1] = '\0';

  if (*line == '\0')
    dispatch_event (self);
  else if (g_str_has_prefix (line, "event:"))
    {
      g_free (self->event_name);
      self->event_name = g_strdup (g_strstrip (line + 6));
    }
  else if (g_str_has_prefix (line, "data:"))
    {
      if (self->event_data->len > 0)
        g_string_append_c (self->event_data, '\n');
      /* Events are small; a huge one is someone else's problem. */
      if (self->event_data->len < 1024 * 1024)
        g_string_append (self->event_data, line[5] == ' ' ? line + 6 : line + 5);
    }
  /* ":thump" and other comments keep the connection alive. */

  g_data_input_stream_read_line_async (self->stream, G_PRIORITY_DEFAULT, self->stream_cancellable,
                                       read_line_cb, g_object_ref (self));
}

static void
stream_send_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FdMastodonProvider) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) input = NULL;
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (object), result);
  guint status;

  input = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || !self->push_running)
    return;
  if (input == NULL)
    {
      g_debug ("Mastodon stream: %s", error->message);
      schedule_reconnect (self);
      return;
    }

  status = soup_message_get_status (msg);
  if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN)
    {
      /* The next sync says so to the person; polling goes on meanwhile. */
      g_debug ("Mastodon stream refused the token (HTTP %u)", status);
      stream_close (self);
      return;
    }
  if (status != SOUP_STATUS_OK)
    {
      g_debug ("Mastodon stream: HTTP %u", status);
      schedule_reconnect (self);
      return;
    }

  self->stream_failures = 0;
  self->stream = g_data_input_stream_new (input);
  g_data_input_stream_set_newline_type (self->stream, G_DATA_STREAM_NEWLINE_TYPE_ANY);

  /* Whatever happened while we were not listening: a REST catch-up. */
  if (self->connected_once)
    fd_provider_emit_remote_changed (FD_PROVIDER (self));
  self->connected_once = TRUE;

  g_data_input_stream_read_line_async (self->stream, G_PRIORITY_DEFAULT, self->stream_cancellable,
                                       read_line_cb, g_object_ref (self));
}

static void
token_lookup_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FdMastodonProvider) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = fd_secrets_lookup_finish (result, &error);

  if (!self->push_running || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (token == NULL)
    {
      g_debug ("No Mastodon token for the stream yet");
      schedule_reconnect (self);
      return;
    }

  _fd_mastodon_provider_set_token (self, token);
  connect_stream (self);
}

static void
connect_stream (FdMastodonProvider *self)
{
  g_autoptr(SoupMessage) msg = NULL;
  g_autofree char *token = _fd_mastodon_provider_dup_token (self);
  g_autofree char *base = NULL;
  g_autofree char *url = NULL;
  g_autofree char *auth = NULL;
  SoupMessageHeaders *headers;

  stream_close (self);
  self->stream_cancellable = g_cancellable_new ();

  if (token == NULL)
    {
      fd_secrets_lookup_async (self->account, FD_MASTODON_TOKEN_KIND,
                               self->stream_cancellable, token_lookup_cb, g_object_ref (self));
      return;
    }

  g_mutex_lock (&self->mutex);
  base = g_strdup (self->streaming_url != NULL ? self->streaming_url : fd_mastodon_client_get_base_url (self->client));
  g_mutex_unlock (&self->mutex);
  url = g_strconcat (base, "/api/v1/streaming/user", NULL);

  if (!(msg = soup_message_new ("GET", url)))
    return;
  headers = soup_message_get_request_headers (msg);
  auth = g_strdup_printf ("Bearer %s", token);
  soup_message_headers_replace (headers, "Authorization", auth);
  soup_message_headers_replace (headers, "Accept", "text/event-stream");
  memset (auth, 0, strlen (auth));

  soup_session_send_async (self->stream_session, msg, G_PRIORITY_DEFAULT, self->stream_cancellable,
                           stream_send_cb, g_object_ref (self));
}

gboolean
_fd_mastodon_push_start (FdProvider  *provider,
                         GError     **error)
{
  FdMastodonProvider *self = FD_MASTODON_PROVIDER (provider);

  if (self->push_running)
    return TRUE;

  if (self->stream_session == NULL)
    /* The stream never ends by itself: no timeout, but keep-alive checks. */
    self->stream_session = soup_session_new_with_options ("user-agent", "Frontdesk/" PACKAGE_VERSION,
                                                          "timeout", 0,
                                                          "idle-timeout", 0,
                                                          NULL);
  self->push_running = TRUE;
  self->stream_failures = 0;
  self->connected_once = FALSE;
  connect_stream (self);

  return TRUE;
}

void
_fd_mastodon_push_stop (FdProvider *provider)
{
  FdMastodonProvider *self = FD_MASTODON_PROVIDER (provider);

  self->push_running = FALSE;
  g_clear_handle_id (&self->reconnect_id, g_source_remove);
  stream_close (self);
}

void
_fd_mastodon_push_dispose (FdMastodonProvider *self)
{
  self->push_running = FALSE;
  g_clear_handle_id (&self->reconnect_id, g_source_remove);
  stream_close (self);
  g_clear_object (&self->stream_session);
}
