/* fault-server.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "fault-server.h"
#include "fd-test-server.h"

typedef struct
{
  guint  seq;
  char  *id;
  char  *thread;
  char  *handle;
  char  *text;
  gint64 created_at;
} FaultMessage;

struct _FaultServer
{
  FdTestServer *http;
  GMainContext *context;  /* the server thread's */

  GMutex        mutex;

  /* Under mutex. */
  GRand        *rand;
  double        rates[N_FAULTS];
  guint         n_faults[N_FAULTS];
  guint         n_requests;
  guint         stall_ms;
  guint         retry_after;
  char         *token;
  GList        *pending;       /* Pending, server thread only */
  GPtrArray    *messages;      /* FaultMessage */
  GPtrArray    *replies;       /* FaultReply */
  GHashTable   *replies_by_key;
  guint         n_state_changes;
};

static void
fault_message_free (FaultMessage *msg)
{
  g_free (msg->id);
  g_free (msg->thread);
  g_free (msg->handle);
  g_free (msg->text);
  g_free (msg);
}

void
fault_reply_free (FaultReply *reply)
{
  if (reply == NULL)
    return;
  g_free (reply->key);
  g_free (reply->in_reply_to);
  g_free (reply->text);
  g_free (reply);
}

static FaultReply *
fault_reply_copy (const FaultReply *reply)
{
  FaultReply *copy = g_memdup2 (reply, sizeof *reply);

  copy->key = g_strdup (reply->key);
  copy->in_reply_to = g_strdup (reply->in_reply_to);
  copy->text = g_strdup (reply->text);
  return copy;
}

/* Closing a connection is done from an idle, after the handler returned:
 * libsoup still uses the message while the handler runs. */

typedef struct
{
  FaultServer       *server;
  SoupServerMessage *msg;
  GSource           *source;
  gboolean           disconnected;
} Pending;

static void
disconnected_cb (SoupServerMessage *msg,
                 Pending           *pending)
{
  pending->disconnected = TRUE;
}

static void
pending_free (Pending *pending)
{
  pending->server->pending = g_list_remove (pending->server->pending, pending);
  g_signal_handlers_disconnect_by_func (pending->msg, disconnected_cb, pending);
  g_object_unref (pending->msg);
  g_free (pending);
}

static gboolean
close_connection_cb (gpointer user_data)
{
  Pending *pending = user_data;
  g_autoptr(GIOStream) stream = NULL;

  g_signal_handlers_disconnect_by_func (pending->msg, disconnected_cb, pending);
  if (!pending->disconnected)
    stream = soup_server_message_steal_connection (pending->msg);
  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);

  return G_SOURCE_REMOVE;
}

static void
close_later (FaultServer       *self,
             SoupServerMessage *msg,
             guint              delay_ms)
{
  Pending *pending = g_new0 (Pending, 1);
  g_autoptr(GSource) source = NULL;

  pending->server = self;
  pending->msg = g_object_ref (msg);
  g_signal_connect (msg, "disconnected", G_CALLBACK (disconnected_cb), pending);
  soup_server_message_pause (msg);

  source = delay_ms > 0 ? g_timeout_source_new (delay_ms) : g_idle_source_new ();
  pending->source = source;
  g_source_set_callback (source, close_connection_cb, pending, (GDestroyNotify) pending_free);
  g_source_attach (source, self->context);
  self->pending = g_list_prepend (self->pending, pending);
}

static void
respond_json (SoupServerMessage *msg,
              guint              status,
              JsonBuilder       *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  char *data = json_to_string (root, FALSE);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, data, strlen (data));
}

static FaultKind
pick_fault_locked (FaultServer *self)
{
  double r = g_rand_double (self->rand);
  double sum = 0;

  for (guint i = 0; i < N_FAULTS; i++)
    {
      sum += self->rates[i];
      if (r < sum)
        {
          self->n_faults[i]++;
          return i;
        }
    }

  return N_FAULTS;
}

static void
add_reply_json (JsonBuilder      *builder,
                const FaultReply *reply)
{
  g_autofree char *id = g_strdup_printf ("r%u", reply->id);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "key");
  json_builder_add_string_value (builder, reply->key);
  json_builder_set_member_name (builder, "in_reply_to");
  json_builder_add_string_value (builder, reply->in_reply_to);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, reply->text);
  json_builder_set_member_name (builder, "posts");
  json_builder_add_int_value (builder, reply->n_posts);
  json_builder_end_object (builder);
}

static void
handle_messages_locked (FaultServer       *self,
                        SoupServerMessage *msg,
                        GHashTable        *query,
                        JsonBuilder       *builder)
{
  const char *since = query != NULL ? g_hash_table_lookup (query, "since") : NULL;
  const char *limit_str = query != NULL ? g_hash_table_lookup (query, "limit") : NULL;
  guint64 from = 0, limit = 50;
  guint last;
  guint i;

  if (since != NULL && *since != '\0')
    g_ascii_string_to_unsigned (since, 10, 0, G_MAXUINT, &from, NULL);
  if (limit_str != NULL)
    g_ascii_string_to_unsigned (limit_str, 10, 1, 1000, &limit, NULL);

  last = (guint) from;
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "messages");
  json_builder_begin_array (builder);
  for (i = (guint) from; i < self->messages->len && i < from + limit; i++)
    {
      FaultMessage *m = g_ptr_array_index (self->messages, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, m->id);
      json_builder_set_member_name (builder, "thread");
      json_builder_add_string_value (builder, m->thread);
      json_builder_set_member_name (builder, "author");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "handle");
      json_builder_add_string_value (builder, m->handle);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, m->handle);
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, m->text);
      json_builder_set_member_name (builder, "created_at");
      json_builder_add_int_value (builder, m->created_at);
      json_builder_end_object (builder);
      last = m->seq;
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "next");
  {
    g_autofree char *next = g_strdup_printf ("%u", last);
    json_builder_add_string_value (builder, next);
  }
  json_builder_set_member_name (builder, "more");
  json_builder_add_boolean_value (builder, i < self->messages->len);
  json_builder_end_object (builder);
}

static gboolean
handle_post_reply_locked (FaultServer       *self,
                          SoupServerMessage *msg,
                          JsonBuilder       *builder)
{
  const char *key = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Idempotency-Key");
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
  g_autoptr(JsonNode) root = NULL;
  FaultReply *reply;

  root = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
  if (key == NULL || root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;

  reply = g_hash_table_lookup (self->replies_by_key, key);
  if (reply == NULL)
    {
      JsonObject *object = json_node_get_object (root);

      reply = g_new0 (FaultReply, 1);
      reply->id = self->replies->len + 1;
      reply->key = g_strdup (key);
      reply->in_reply_to = g_strdup (json_object_get_string_member_with_default (object, "in_reply_to", NULL));
      reply->text = g_strdup (json_object_get_string_member_with_default (object, "text", ""));
      g_ptr_array_add (self->replies, reply);
      g_hash_table_insert (self->replies_by_key, reply->key, reply);
    }
  reply->n_posts++;

  add_reply_json (builder, reply);
  return TRUE;
}

static void
handle_get_replies_locked (FaultServer *self,
                           GHashTable  *query,
                           JsonBuilder *builder)
{
  const char *key = query != NULL ? g_hash_table_lookup (query, "key") : NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "replies");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->replies->len; i++)
    {
      FaultReply *reply = g_ptr_array_index (self->replies, i);

      if (key == NULL || g_strcmp0 (key, reply->key) == 0)
        add_reply_json (builder, reply);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  FaultServer *self = user_data;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);
  const char *method = soup_server_message_get_method (msg);
  const char *auth = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Authorization");
  SoupMessageHeaders *response_headers = soup_server_message_get_response_headers (msg);
  FaultKind fault;

  self->n_requests++;
  fault = pick_fault_locked (self);

  switch (fault)
    {
    case FAULT_DROP_BEFORE:
      close_later (self, msg, 0);
      return;
    case FAULT_ERROR_500:
      soup_server_message_set_status (msg, 500, NULL);
      return;
    case FAULT_RATE_LIMIT:
      {
        g_autofree char *seconds = g_strdup_printf ("%u", self->retry_after);

        soup_message_headers_replace (response_headers, "Retry-After", seconds);
        soup_server_message_set_status (msg, 429, NULL);
        return;
      }
    case FAULT_DROP_AFTER:
    case FAULT_STALL:
    case FAULT_GARBAGE:
    case N_FAULTS:
    default:
      break;
    }

  if (self->token != NULL)
    {
      g_autofree char *expected = g_strdup_printf ("Bearer %s", self->token);

      if (g_strcmp0 (auth, expected) != 0)
        {
          soup_server_message_set_status (msg, 401, NULL);
          return;
        }
    }

  soup_message_headers_replace (response_headers, "X-RateLimit-Remaining", "300");

  if (g_str_equal (path, "/whoami") && g_str_equal (method, "GET"))
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, "test");
      json_builder_end_object (builder);
      respond_json (msg, 200, builder);
    }
  else if (g_str_equal (path, "/messages") && g_str_equal (method, "GET"))
    {
      handle_messages_locked (self, msg, query, builder);
      respond_json (msg, 200, builder);
    }
  else if (g_str_equal (path, "/replies") && g_str_equal (method, "POST"))
    {
      if (!handle_post_reply_locked (self, msg, builder))
        {
          soup_server_message_set_status (msg, 400, NULL);
          return;
        }
      respond_json (msg, 200, builder);
    }
  else if (g_str_equal (path, "/replies") && g_str_equal (method, "GET"))
    {
      handle_get_replies_locked (self, query, builder);
      respond_json (msg, 200, builder);
    }
  else if (g_str_equal (path, "/state") && g_str_equal (method, "POST"))
    {
      self->n_state_changes++;
      json_builder_begin_object (builder);
      json_builder_end_object (builder);
      respond_json (msg, 200, builder);
    }
  else
    {
      soup_server_message_set_status (msg, 404, NULL);
      return;
    }

  switch (fault)
    {
    case FAULT_DROP_AFTER:
      close_later (self, msg, 0);
      break;
    case FAULT_STALL:
      close_later (self, msg, self->stall_ms);
      break;
    case FAULT_GARBAGE:
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC,
                                        "{\"messages\": [{\"id\": ", 20);
      break;
    case FAULT_DROP_BEFORE:
    case FAULT_ERROR_500:
    case FAULT_RATE_LIMIT:
    case N_FAULTS:
    default:
      break;
    }
}

/* Stalls still waiting when the server stops: close them now. */
static void
close_stalls (gpointer user_data)
{
  FaultServer *self = user_data;

  while (self->pending != NULL)
    {
      Pending *pending = self->pending->data;

      close_connection_cb (pending);
      g_source_destroy (pending->source);
    }
}

FaultServer *
fault_server_new (guint32 seed)
{
  FaultServer *self = g_new0 (FaultServer, 1);

  g_mutex_init (&self->mutex);
  self->rand = g_rand_new_with_seed (seed);
  self->stall_ms = 1500;
  self->retry_after = 1;
  self->messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fault_message_free);
  self->replies = g_ptr_array_new_with_free_func ((GDestroyNotify) fault_reply_free);
  self->replies_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->http = fd_test_server_start ("fault-server", server_cb, NULL, close_stalls, self);
  self->context = fd_test_server_get_context (self->http);

  return self;
}

void
fault_server_free (FaultServer *self)
{
  if (self == NULL)
    return;

  fd_test_server_stop (self->http);

  g_hash_table_unref (self->replies_by_key);
  g_ptr_array_unref (self->replies);
  g_ptr_array_unref (self->messages);
  g_rand_free (self->rand);
  g_free (self->token);
  g_mutex_clear (&self->mutex);
  g_free (self);
}

const char *
fault_server_get_url (FaultServer *self)
{
  return fd_test_server_get_url (self->http);
}

void
fault_server_set_rate (FaultServer *self,
                       FaultKind    kind,
                       double       probability)
{
  g_return_if_fail (kind < N_FAULTS);

  g_mutex_lock (&self->mutex);
  self->rates[kind] = probability;
  g_mutex_unlock (&self->mutex);
}

void
fault_server_clear_faults (FaultServer *self)
{
  g_mutex_lock (&self->mutex);
  memset (self->rates, 0, sizeof self->rates);
  g_mutex_unlock (&self->mutex);
}

void
fault_server_set_stall_ms (FaultServer *self,
                           guint        stall_ms)
{
  g_mutex_lock (&self->mutex);
  self->stall_ms = stall_ms;
  g_mutex_unlock (&self->mutex);
}

void
fault_server_set_retry_after (FaultServer *self,
                              guint        seconds)
{
  g_mutex_lock (&self->mutex);
  self->retry_after = seconds;
  g_mutex_unlock (&self->mutex);
}

void
fault_server_set_token (FaultServer *self,
                        const char  *token)
{
  g_mutex_lock (&self->mutex);
  g_free (self->token);
  self->token = g_strdup (token);
  g_mutex_unlock (&self->mutex);
}

char *
fault_server_add_message (FaultServer *self,
                          const char  *thread,
                          const char  *handle,
                          const char  *text)
{
  FaultMessage *msg = g_new0 (FaultMessage, 1);
  char *id;

  g_mutex_lock (&self->mutex);
  msg->seq = self->messages->len + 1;
  msg->id = g_strdup_printf ("m%u", msg->seq);
  msg->thread = g_strdup (thread != NULL ? thread : msg->id);
  msg->handle = g_strdup (handle);
  msg->text = g_strdup (text);
  msg->created_at = 1700000000 + msg->seq;
  g_ptr_array_add (self->messages, msg);
  id = g_strdup (msg->id);
  g_mutex_unlock (&self->mutex);

  return id;
}

guint
fault_server_get_n_messages (FaultServer *self)
{
  guint n;

  g_mutex_lock (&self->mutex);
  n = self->messages->len;
  g_mutex_unlock (&self->mutex);

  return n;
}

GPtrArray *
fault_server_dup_replies (FaultServer *self)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) fault_reply_free);

  g_mutex_lock (&self->mutex);
  for (guint i = 0; i < self->replies->len; i++)
    g_ptr_array_add (copy, fault_reply_copy (g_ptr_array_index (self->replies, i)));
  g_mutex_unlock (&self->mutex);

  return copy;
}

guint
fault_server_get_n_state_changes (FaultServer *self)
{
  guint n;

  g_mutex_lock (&self->mutex);
  n = self->n_state_changes;
  g_mutex_unlock (&self->mutex);

  return n;
}

guint
fault_server_get_n_requests (FaultServer *self)
{
  guint n;

  g_mutex_lock (&self->mutex);
  n = self->n_requests;
  g_mutex_unlock (&self->mutex);

  return n;
}

guint
fault_server_get_n_faults (FaultServer *self,
                           FaultKind    kind)
{
  guint n;

  g_return_val_if_fail (kind < N_FAULTS, 0);

  g_mutex_lock (&self->mutex);
  n = self->n_faults[kind];
  g_mutex_unlock (&self->mutex);

  return n;
}

guint
fault_server_get_total_faults (FaultServer *self)
{
  guint n = 0;

  for (guint i = 0; i < N_FAULTS; i++)
    n += fault_server_get_n_faults (self, i);

  return n;
}
