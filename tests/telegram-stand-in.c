/* telegram-stand-in.c
 *
 * Written from the published Telegram Bot API documentation
 * (https://core.telegram.org/bots/api); no Telegram server can run here.
 *
 * Everything below runs in the server thread except the public
 * functions, which take the mutex (or hand work to the server thread).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "fd-test-server.h"
#include "telegram-stand-in.h"

typedef struct
{
  gint64  id;
  char   *kind;   /* "message", "business_message", … */
  char   *json;   /* the whole Update object */
} Update;

typedef struct
{
  char          *method;
  TelegramFault  fault;
  guint          times;
} Fault;

typedef struct
{
  gboolean can_reply;
  gboolean enabled;
} Connection;

typedef struct
{
  TelegramStandIn   *self;
  SoupServerMessage *msg;
  gint64             offset;
  guint              limit;
  guint              timeout_id;
} Waiter;

struct _TelegramStandIn
{
  GMutex         mutex;
  FdTestServer  *http;
  GMainContext  *context;
  const char    *url;
  char          *token;
  gboolean       revoked;
  guint          retry_after;

  GPtrArray     *updates;      /* (element-type Update) not yet confirmed */
  gint64         next_update;
  gint64         next_message;
  GPtrArray     *sent;         /* (element-type TelegramSent) */
  GPtrArray     *faults;
  GHashTable    *connections;  /* id -> Connection */
  GHashTable    *files;        /* file_path -> GBytes */
  GHashTable    *calls;        /* method -> count */
  char          *allowed;
  GList         *waiters;      /* server thread only */
  TelegramConfirmFunc confirm_func;
  gpointer       confirm_data;
};

static void
update_free (Update *update)
{
  g_free (update->kind);
  g_free (update->json);
  g_free (update);
}

static void
fault_free (Fault *fault)
{
  g_free (fault->method);
  g_free (fault);
}

static void
sent_free (TelegramSent *sent)
{
  g_free (sent->text);
  g_free (sent->business_connection_id);
  g_free (sent);
}

static TelegramSent *
sent_copy (const TelegramSent *sent)
{
  TelegramSent *copy = g_memdup2 (sent, sizeof *sent);

  copy->text = g_strdup (sent->text);
  copy->business_connection_id = g_strdup (sent->business_connection_id);
  return copy;
}

/* Answers */

static void
respond_json (SoupServerMessage *msg,
              guint              status,
              const char        *json)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, json, strlen (json));
}

static void
respond_result (SoupServerMessage *msg,
                const char        *result_json)
{
  g_autofree char *body = g_strdup_printf ("{\"ok\":true,\"result\":%s}", result_json);

  respond_json (msg, 200, body);
}

static void
respond_error (SoupServerMessage *msg,
               guint              code,
               const char        *description,
               guint              retry_after)
{
  g_autofree char *body = NULL;

  if (retry_after > 0)
    body = g_strdup_printf ("{\"ok\":false,\"error_code\":%u,\"description\":\"%s\","
                            "\"parameters\":{\"retry_after\":%u}}", code, description, retry_after);
  else
    body = g_strdup_printf ("{\"ok\":false,\"error_code\":%u,\"description\":\"%s\"}", code, description);
  respond_json (msg, code, body);
}

static char *
builder_to_string (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

static void
add_user (JsonBuilder *builder,
          gint64       id,
          const char  *first_name,
          const char  *language_code)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, id);
  json_builder_set_member_name (builder, "is_bot");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_set_member_name (builder, "first_name");
  json_builder_add_string_value (builder, first_name);
  if (language_code != NULL)
    {
      json_builder_set_member_name (builder, "language_code");
      json_builder_add_string_value (builder, language_code);
    }
  json_builder_end_object (builder);
}

static void
add_chat (JsonBuilder *builder,
          gint64       id)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, id);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "private");
  json_builder_set_member_name (builder, "first_name");
  json_builder_add_string_value (builder, "Customer");
  json_builder_end_object (builder);
}

/* Must hold the mutex. */
static void
push_update_locked (TelegramStandIn *self,
                    const char      *kind,
                    JsonBuilder     *payload)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) inner = json_builder_get_root (payload);
  Update *update = g_new0 (Update, 1);

  update->id = self->next_update++;
  update->kind = g_strdup (kind);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "update_id");
  json_builder_add_int_value (builder, update->id);
  json_builder_set_member_name (builder, kind);
  json_builder_add_value (builder, g_steal_pointer (&inner));
  json_builder_end_object (builder);
  update->json = builder_to_string (builder);
  g_ptr_array_add (self->updates, update);
}

/* getUpdates */

static gboolean
allowed_locked (TelegramStandIn *self,
                const char      *kind)
{
  g_auto(GStrv) kinds = NULL;

  if (self->allowed == NULL || *self->allowed == '\0')
    return TRUE;
  kinds = g_strsplit (self->allowed, ",", -1);
  return g_strv_contains ((const char * const *) kinds, kind);
}

/* The updates from @offset on; those before it are forgotten. */
static char *
take_updates_locked (TelegramStandIn *self,
                     gint64           offset,
                     guint            limit,
                     guint           *n_out)
{
  GString *out = g_string_new ("[");
  guint n = 0;

  if (offset > 0)
    while (self->updates->len > 0 && ((Update *) g_ptr_array_index (self->updates, 0))->id < offset)
      g_ptr_array_remove_index (self->updates, 0);

  for (guint i = 0; i < self->updates->len && n < limit; i++)
    {
      Update *update = g_ptr_array_index (self->updates, i);

      if (!allowed_locked (self, update->kind))
        continue;
      if (n > 0)
        g_string_append_c (out, ',');
      g_string_append (out, update->json);
      n++;
    }
  g_string_append_c (out, ']');
  *n_out = n;

  return g_string_free (out, FALSE);
}

static void
waiter_answer (Waiter *waiter)
{
  TelegramStandIn *self = waiter->self;
  g_autofree char *result = NULL;
  guint n;

  g_mutex_lock (&self->mutex);
  result = take_updates_locked (self, waiter->offset, waiter->limit, &n);
  g_mutex_unlock (&self->mutex);

  self->waiters = g_list_remove (self->waiters, waiter);
  g_clear_handle_id (&waiter->timeout_id, g_source_remove);
  respond_result (waiter->msg, result);
  soup_server_message_unpause (waiter->msg);
  g_object_unref (waiter->msg);
  g_free (waiter);
}

static gboolean
waiter_timeout_cb (gpointer data)
{
  Waiter *waiter = data;

  waiter->timeout_id = 0;
  waiter_answer (waiter);
  return G_SOURCE_REMOVE;
}

static gboolean
wake_waiters_cb (gpointer data)
{
  TelegramStandIn *self = data;

  while (self->waiters != NULL)
    waiter_answer (self->waiters->data);
  return G_SOURCE_REMOVE;
}

static void
wake_waiters (TelegramStandIn *self)
{
  g_main_context_invoke (self->context, wake_waiters_cb, self);
}

static void
handle_get_updates (TelegramStandIn   *self,
                    SoupServerMessage *msg,
                    JsonObject        *params)
{
  gint64 offset = params != NULL && json_object_has_member (params, "offset")
                  ? json_object_get_int_member (params, "offset") : 0;
  gint64 limit = params != NULL && json_object_has_member (params, "limit")
                 ? json_object_get_int_member (params, "limit") : 100;
  gint64 timeout = params != NULL && json_object_has_member (params, "timeout")
                   ? json_object_get_int_member (params, "timeout") : 0;
  JsonArray *allowed = params != NULL && json_object_has_member (params, "allowed_updates")
                       ? json_object_get_array_member (params, "allowed_updates") : NULL;
  g_autofree char *result = NULL;
  guint n;

  if (allowed != NULL)
    {
      GString *joined = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (allowed); i++)
        g_string_append_printf (joined, "%s%s", i > 0 ? "," : "", json_array_get_string_element (allowed, i));
      g_free (self->allowed);
      self->allowed = g_string_free (joined, FALSE);
    }

  if (offset > 0 && self->confirm_func != NULL && self->updates->len > 0 &&
      ((Update *) g_ptr_array_index (self->updates, 0))->id < offset)
    self->confirm_func (offset, self->confirm_data);
  result = take_updates_locked (self, offset, (guint) CLAMP (limit, 1, 100), &n);
  if (n == 0 && timeout > 0)
    {
      Waiter *waiter = g_new0 (Waiter, 1);

      waiter->self = self;
      waiter->msg = g_object_ref (msg);
      waiter->offset = offset;
      waiter->limit = (guint) CLAMP (limit, 1, 100);
      soup_server_message_pause (msg);
      waiter->timeout_id = g_timeout_add_seconds ((guint) MIN (timeout, 50), waiter_timeout_cb, waiter);
      self->waiters = g_list_prepend (self->waiters, waiter);
      return;
    }

  respond_result (msg, result);
}

/* sendMessage */

static void
handle_send_message (TelegramStandIn   *self,
                     SoupServerMessage *msg,
                     JsonObject        *params)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *result = NULL;
  TelegramSent *sent;
  JsonObject *reply = params != NULL && json_object_has_member (params, "reply_parameters")
                      ? json_object_get_object_member (params, "reply_parameters") : NULL;
  const char *connection = params != NULL && json_object_has_member (params, "business_connection_id")
                           ? json_object_get_string_member (params, "business_connection_id") : NULL;

  if (params == NULL || !json_object_has_member (params, "chat_id") || !json_object_has_member (params, "text"))
    {
      respond_error (msg, 400, "Bad Request: message text is empty", 0);
      return;
    }
  if (connection != NULL)
    {
      Connection *c = g_hash_table_lookup (self->connections, connection);

      if (c == NULL)
        {
          respond_error (msg, 400, "Bad Request: BUSINESS_CONNECTION_INVALID", 0);
          return;
        }
      if (!c->can_reply || !c->enabled)
        {
          respond_error (msg, 403, "Forbidden: BOT_BUSINESS_MISSING", 0);
          return;
        }
    }

  sent = g_new0 (TelegramSent, 1);
  sent->message_id = self->next_message++;
  sent->chat_id = json_object_get_int_member (params, "chat_id");
  sent->text = g_strdup (json_object_get_string_member (params, "text"));
  sent->business_connection_id = g_strdup (connection);
  sent->reply_to = reply != NULL && json_object_has_member (reply, "message_id")
                   ? json_object_get_int_member (reply, "message_id") : 0;
  sent->sent_at_us = g_get_monotonic_time ();
  g_ptr_array_add (self->sent, sent);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "message_id");
  json_builder_add_int_value (builder, sent->message_id);
  json_builder_set_member_name (builder, "date");
  json_builder_add_int_value (builder, g_get_real_time () / G_USEC_PER_SEC);
  json_builder_set_member_name (builder, "chat");
  add_chat (builder, sent->chat_id);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, sent->text);
  json_builder_end_object (builder);
  result = builder_to_string (builder);
  respond_result (msg, result);
}

static void
handle_get_business_connection (TelegramStandIn   *self,
                                SoupServerMessage *msg,
                                JsonObject        *params)
{
  const char *id = params != NULL && json_object_has_member (params, "business_connection_id")
                   ? json_object_get_string_member (params, "business_connection_id") : NULL;
  Connection *c = id != NULL ? g_hash_table_lookup (self->connections, id) : NULL;
  g_autofree char *result = NULL;

  if (c == NULL)
    {
      respond_error (msg, 400, "Bad Request: BUSINESS_CONNECTION_INVALID", 0);
      return;
    }
  result = g_strdup_printf ("{\"id\":\"%s\",\"user\":{\"id\":%d,\"is_bot\":false,\"first_name\":\"Shop\"},"
                            "\"user_chat_id\":%d,\"date\":1700000000,"
                            "\"rights\":{\"can_reply\":%s},\"is_enabled\":%s}",
                            id, TELEGRAM_STAND_IN_OWNER_ID, TELEGRAM_STAND_IN_OWNER_ID,
                            c->can_reply ? "true" : "false", c->enabled ? "true" : "false");
  respond_result (msg, result);
}

static void
handle_get_file (TelegramStandIn   *self,
                 SoupServerMessage *msg,
                 JsonObject        *params)
{
  const char *id = params != NULL && json_object_has_member (params, "file_id")
                   ? json_object_get_string_member (params, "file_id") : NULL;
  g_autofree char *path = id != NULL ? g_strdup_printf ("files/%s", id) : NULL;
  GBytes *content = path != NULL ? g_hash_table_lookup (self->files, path) : NULL;
  g_autofree char *result = NULL;

  if (content == NULL)
    {
      respond_error (msg, 400, "Bad Request: invalid file_id", 0);
      return;
    }
  result = g_strdup_printf ("{\"file_id\":\"%s\",\"file_unique_id\":\"u%s\",\"file_size\":%" G_GSIZE_FORMAT
                            ",\"file_path\":\"%s\"}", id, id, g_bytes_get_size (content), path);
  respond_result (msg, result);
}

/* The server */

static Fault *
take_fault_locked (TelegramStandIn *self,
                   const char      *method)
{
  for (guint i = 0; i < self->faults->len; i++)
    {
      Fault *fault = g_ptr_array_index (self->faults, i);

      if (g_str_equal (fault->method, method) && fault->times > 0)
        {
          fault->times--;
          return fault;
        }
    }
  return NULL;
}

static gboolean
close_cb (gpointer data)
{
  SoupServerMessage *msg = data;
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);

  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);
  g_object_unref (msg);
  return G_SOURCE_REMOVE;
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  TelegramStandIn *self = user_data;
  g_autofree char *prefix = NULL;
  g_autofree char *file_prefix = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) body = NULL;
  JsonObject *params = NULL;
  const char *method;
  gboolean drop_after = FALSE;
  Fault *fault;

  g_mutex_lock (&self->mutex);

  prefix = g_strdup_printf ("/bot%s/", self->token);
  file_prefix = g_strdup_printf ("/file/bot%s/", self->token);

  /* For scripts driving the stand-in from outside (test-cli-telegram.sh). */
  if (g_str_equal (path, "/stand-in/sent"))
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *json = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < self->sent->len; i++)
        {
          TelegramSent *sent = g_ptr_array_index (self->sent, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "chat_id");
          json_builder_add_int_value (builder, sent->chat_id);
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, sent->text);
          json_builder_set_member_name (builder, "business_connection_id");
          json_builder_add_string_value (builder, sent->business_connection_id);
          json_builder_set_member_name (builder, "reply_to");
          json_builder_add_int_value (builder, sent->reply_to);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json = builder_to_string (builder);
      respond_json (msg, 200, json);
      goto out;
    }
  if (g_str_equal (path, "/stand-in/drop-next-send"))
    {
      Fault *f = g_new0 (Fault, 1);

      f->method = g_strdup ("sendMessage");
      f->fault = TELEGRAM_FAULT_DROP_AFTER;
      f->times = 1;
      g_ptr_array_add (self->faults, f);
      respond_json (msg, 200, "{}");
      goto out;
    }

  if (g_str_has_prefix (path, file_prefix) && !self->revoked)
    {
      GBytes *content = g_hash_table_lookup (self->files, path + strlen (file_prefix));

      if (content != NULL)
        {
          soup_server_message_set_status (msg, 200, NULL);
          soup_server_message_set_response (msg, "application/octet-stream", SOUP_MEMORY_COPY,
                                            g_bytes_get_data (content, NULL), g_bytes_get_size (content));
        }
      else
        respond_error (msg, 404, "Not Found", 0);
      goto out;
    }

  if (!g_str_has_prefix (path, prefix) || self->revoked)
    {
      respond_error (msg, 401, "Unauthorized", 0);
      goto out;
    }
  method = path + strlen (prefix);
  g_hash_table_insert (self->calls, g_strdup (method),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->calls, method)) + 1));

  body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  if (g_bytes_get_size (body) > 0)
    {
      if (!json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        {
          respond_error (msg, 400, "Bad Request: can't parse JSON", 0);
          goto out;
        }
      params = json_node_get_object (json_parser_get_root (parser));
    }

  if ((fault = take_fault_locked (self, method)) != NULL)
    {
      switch (fault->fault)
        {
        case TELEGRAM_FAULT_429:
          {
            g_autofree char *text = g_strdup_printf ("Too Many Requests: retry after %u", self->retry_after);

            respond_error (msg, 429, text, self->retry_after);
            goto out;
          }
        case TELEGRAM_FAULT_500:
          respond_error (msg, 500, "Internal Server Error", 0);
          goto out;
        case TELEGRAM_FAULT_DROP_AFTER:
          drop_after = TRUE;
          break;
        case TELEGRAM_FAULT_WEBHOOK:
          respond_error (msg, 409, "Conflict: can't use getUpdates method while webhook is active; "
                                   "use deleteWebhook to delete the webhook first", 0);
          goto out;
        default:
          g_assert_not_reached ();
        }
    }

  if (g_str_equal (method, "getMe"))
    respond_result (msg, "{\"id\":7000001,\"is_bot\":true,\"first_name\":\"Shop\",\"username\":\"shop_bot\","
                         "\"can_join_groups\":false,\"can_connect_to_business\":true}");
  else if (g_str_equal (method, "getUpdates"))
    handle_get_updates (self, msg, params);
  else if (g_str_equal (method, "sendMessage"))
    handle_send_message (self, msg, params);
  else if (g_str_equal (method, "getBusinessConnection"))
    handle_get_business_connection (self, msg, params);
  else if (g_str_equal (method, "getFile"))
    handle_get_file (self, msg, params);
  else
    respond_error (msg, 404, "Not Found: method not found", 0);

out:
  g_mutex_unlock (&self->mutex);

  if (drop_after)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      soup_server_message_pause (msg);
      g_source_set_callback (source, close_cb, g_object_ref (msg), NULL);
      g_source_attach (source, self->context);
    }
}

static void
end_waiters (gpointer user_data)
{
  wake_waiters_cb (user_data);
}

TelegramStandIn *
telegram_stand_in_new (void)
{
  TelegramStandIn *self = g_new0 (TelegramStandIn, 1);

  g_mutex_init (&self->mutex);
  self->token = g_strdup_printf ("%d:AAStandIn%08x", TELEGRAM_STAND_IN_BOT_ID, g_random_int ());
  self->updates = g_ptr_array_new_with_free_func ((GDestroyNotify) update_free);
  self->sent = g_ptr_array_new_with_free_func ((GDestroyNotify) sent_free);
  self->faults = g_ptr_array_new_with_free_func ((GDestroyNotify) fault_free);
  self->connections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  self->calls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->next_update = 800000001;
  self->next_message = 1;
  self->retry_after = 1;
  self->http = fd_test_server_start ("telegram-stand-in", server_cb, end_waiters, NULL, self);
  self->context = fd_test_server_get_context (self->http);
  self->url = fd_test_server_get_url (self->http);

  return self;
}

void
telegram_stand_in_free (TelegramStandIn *self)
{
  if (self == NULL)
    return;

  fd_test_server_stop (self->http);
  g_ptr_array_unref (self->updates);
  g_ptr_array_unref (self->sent);
  g_ptr_array_unref (self->faults);
  g_hash_table_unref (self->connections);
  g_hash_table_unref (self->files);
  g_hash_table_unref (self->calls);
  g_free (self->allowed);
  g_free (self->token);
  g_mutex_clear (&self->mutex);
  g_free (self);
}

const char *
telegram_stand_in_get_url (TelegramStandIn *self)
{
  return self->url;
}

const char *
telegram_stand_in_get_token (TelegramStandIn *self)
{
  return self->token;
}

void
telegram_stand_in_revoke_token (TelegramStandIn *self)
{
  g_mutex_lock (&self->mutex);
  self->revoked = TRUE;
  g_mutex_unlock (&self->mutex);
}

void
telegram_stand_in_add_fault (TelegramStandIn *self,
                             const char      *method,
                             TelegramFault    fault,
                             guint            times)
{
  Fault *f = g_new0 (Fault, 1);

  f->method = g_strdup (method);
  f->fault = fault;
  f->times = times;
  g_mutex_lock (&self->mutex);
  g_ptr_array_add (self->faults, f);
  g_mutex_unlock (&self->mutex);
}

void
telegram_stand_in_set_retry_after (TelegramStandIn *self,
                                   guint            seconds)
{
  g_mutex_lock (&self->mutex);
  self->retry_after = seconds;
  g_mutex_unlock (&self->mutex);
}

/* A Message object; @from_id 0: from the customer. */
static JsonBuilder *
build_message (gint64      message_id,
               const char *connection_id,
               gint64      chat_id,
               gint64      from_id,
               const char *first_name,
               const char *language_code,
               const char *text_member,
               const char *text,
               gint64      date,
               gint64      edit_date)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "message_id");
  json_builder_add_int_value (builder, message_id);
  if (connection_id != NULL)
    {
      json_builder_set_member_name (builder, "business_connection_id");
      json_builder_add_string_value (builder, connection_id);
    }
  json_builder_set_member_name (builder, "from");
  add_user (builder, from_id != 0 ? from_id : chat_id, first_name, language_code);
  json_builder_set_member_name (builder, "chat");
  add_chat (builder, chat_id);
  json_builder_set_member_name (builder, "date");
  json_builder_add_int_value (builder, date);
  if (edit_date > 0)
    {
      json_builder_set_member_name (builder, "edit_date");
      json_builder_add_int_value (builder, edit_date);
    }
  if (text != NULL)
    {
      json_builder_set_member_name (builder, text_member);
      json_builder_add_string_value (builder, text);
    }
  /* build_message's callers add members, then end the object. */
  return builder;
}

gint64
telegram_stand_in_add_message (TelegramStandIn *self,
                               gint64           user_id,
                               const char      *first_name,
                               const char      *language_code,
                               const char      *text)
{
  g_autoptr(JsonBuilder) builder = NULL;
  gint64 id;

  g_mutex_lock (&self->mutex);
  id = self->next_message++;
  builder = build_message (id, NULL, user_id, 0, first_name, language_code, "text", text,
                           g_get_real_time () / G_USEC_PER_SEC, 0);
  json_builder_end_object (builder);
  push_update_locked (self, "message", builder);
  g_mutex_unlock (&self->mutex);
  wake_waiters (self);

  return id;
}

gint64
telegram_stand_in_add_business_message (TelegramStandIn *self,
                                        const char      *connection_id,
                                        gint64           customer_id,
                                        gboolean         from_owner,
                                        const char      *text,
                                        gint64           date)
{
  g_autoptr(JsonBuilder) builder = NULL;
  gint64 id;

  g_mutex_lock (&self->mutex);
  id = self->next_message++;
  builder = build_message (id, connection_id, customer_id, from_owner ? TELEGRAM_STAND_IN_OWNER_ID : 0,
                           from_owner ? "Shop" : "Customer", "de", "text", text,
                           date > 0 ? date : g_get_real_time () / G_USEC_PER_SEC, 0);
  json_builder_end_object (builder);
  push_update_locked (self, "business_message", builder);
  g_mutex_unlock (&self->mutex);
  wake_waiters (self);

  return id;
}

void
telegram_stand_in_edit_message (TelegramStandIn *self,
                                const char      *connection_id,
                                gint64           customer_id,
                                gint64           message_id,
                                const char      *text)
{
  g_autoptr(JsonBuilder) builder = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_mutex_lock (&self->mutex);
  builder = build_message (message_id, connection_id, customer_id, 0, "Customer", NULL, "text", text, now - 60, now);
  json_builder_end_object (builder);
  push_update_locked (self, connection_id != NULL ? "edited_business_message" : "edited_message", builder);
  g_mutex_unlock (&self->mutex);
  wake_waiters (self);
}

void
telegram_stand_in_delete_business_messages (TelegramStandIn *self,
                                            const char      *connection_id,
                                            gint64           customer_id,
                                            const gint64    *message_ids,
                                            guint            n_ids)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "business_connection_id");
  json_builder_add_string_value (builder, connection_id);
  json_builder_set_member_name (builder, "chat");
  add_chat (builder, customer_id);
  json_builder_set_member_name (builder, "message_ids");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_ids; i++)
    json_builder_add_int_value (builder, message_ids[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  g_mutex_lock (&self->mutex);
  push_update_locked (self, "deleted_business_messages", builder);
  g_mutex_unlock (&self->mutex);
  wake_waiters (self);
}

void
telegram_stand_in_set_connection (TelegramStandIn *self,
                                  const char      *connection_id,
                                  gboolean         can_reply,
                                  gboolean         enabled)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  Connection *c = g_new0 (Connection, 1);

  c->can_reply = can_reply;
  c->enabled = enabled;
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, connection_id);
  json_builder_set_member_name (builder, "user");
  add_user (builder, TELEGRAM_STAND_IN_OWNER_ID, "Shop", NULL);
  json_builder_set_member_name (builder, "user_chat_id");
  json_builder_add_int_value (builder, TELEGRAM_STAND_IN_OWNER_ID);
  json_builder_set_member_name (builder, "date");
  json_builder_add_int_value (builder, g_get_real_time () / G_USEC_PER_SEC);
  json_builder_set_member_name (builder, "rights");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "can_reply");
  json_builder_add_boolean_value (builder, can_reply);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "is_enabled");
  json_builder_add_boolean_value (builder, enabled);
  json_builder_end_object (builder);

  g_mutex_lock (&self->mutex);
  g_hash_table_replace (self->connections, g_strdup (connection_id), c);
  push_update_locked (self, "business_connection", builder);
  g_mutex_unlock (&self->mutex);
  wake_waiters (self);
}

gint64
telegram_stand_in_add_file_message (TelegramStandIn *self,
                                    gint64           user_id,
                                    const char      *kind,
                                    const char      *caption,
                                    const char      *content,
                                    gsize            size)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *file_id = NULL;
  gint64 id;

  g_mutex_lock (&self->mutex);
  id = self->next_message++;
  file_id = g_strdup_printf ("F%" G_GINT64_FORMAT, id);
  g_hash_table_replace (self->files, g_strdup_printf ("files/%s", file_id), g_bytes_new (content, size));
  builder = build_message (id, NULL, user_id, 0, "Customer", NULL, "caption", caption,
                           g_get_real_time () / G_USEC_PER_SEC, 0);
  json_builder_set_member_name (builder, kind);
  if (g_str_equal (kind, "photo"))
    json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file_id");
  json_builder_add_string_value (builder, file_id);
  json_builder_set_member_name (builder, "file_unique_id");
  json_builder_add_string_value (builder, file_id);
  json_builder_set_member_name (builder, "file_size");
  json_builder_add_int_value (builder, (gint64) size);
  if (g_str_equal (kind, "document"))
    {
      json_builder_set_member_name (builder, "file_name");
      json_builder_add_string_value (builder, "invoice.pdf");
      json_builder_set_member_name (builder, "mime_type");
      json_builder_add_string_value (builder, "application/pdf");
    }
  json_builder_end_object (builder);
  if (g_str_equal (kind, "photo"))
    json_builder_end_array (builder);
  json_builder_end_object (builder);
  push_update_locked (self, "message", builder);
  g_mutex_unlock (&self->mutex);
  wake_waiters (self);

  return id;
}

void
telegram_stand_in_set_confirm_func (TelegramStandIn    *self,
                                    TelegramConfirmFunc func,
                                    gpointer            user_data)
{
  g_mutex_lock (&self->mutex);
  self->confirm_func = func;
  self->confirm_data = user_data;
  g_mutex_unlock (&self->mutex);
}

guint
telegram_stand_in_get_n_pending (TelegramStandIn *self)
{
  guint n;

  g_mutex_lock (&self->mutex);
  n = self->updates->len;
  g_mutex_unlock (&self->mutex);
  return n;
}

gint64
telegram_stand_in_get_last_update_id (TelegramStandIn *self)
{
  gint64 id;

  g_mutex_lock (&self->mutex);
  id = self->next_update - 1;
  g_mutex_unlock (&self->mutex);
  return id;
}

GPtrArray *
telegram_stand_in_dup_sent (TelegramStandIn *self)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) sent_free);

  g_mutex_lock (&self->mutex);
  for (guint i = 0; i < self->sent->len; i++)
    g_ptr_array_add (copy, sent_copy (g_ptr_array_index (self->sent, i)));
  g_mutex_unlock (&self->mutex);
  return copy;
}

guint
telegram_stand_in_count_calls (TelegramStandIn *self,
                               const char      *method)
{
  guint n;

  g_mutex_lock (&self->mutex);
  n = GPOINTER_TO_UINT (g_hash_table_lookup (self->calls, method));
  g_mutex_unlock (&self->mutex);
  return n;
}

char *
telegram_stand_in_dup_allowed_updates (TelegramStandIn *self)
{
  char *allowed;

  g_mutex_lock (&self->mutex);
  allowed = g_strdup (self->allowed);
  g_mutex_unlock (&self->mutex);
  return allowed;
}
