/* bluesky-chat-stand-in.c: a stand-in for Bluesky's chat service.
 *
 * The chat service (api.bsky.chat) is not part of @atproto/dev-env, so
 * this is a stand-in written from the published lexicons
 * (the JSON files in lexicons/chat/bsky/convo of bluesky-social/atproto): getLog,
 * listConvos, getConvo, getConvoForMembers, getMessages and sendMessage of
 * chat.bsky.convo, for direct conversations of two. It is not the real
 * service and knows nothing the lexicons do not say.
 *
 * As the PDS does before it forwards a chat call, it wants the header
 * "atproto-proxy: did:web:api.bsky.chat#bsky_chat" and an access token
 * the PDS accepts (it asks the PDS, com.atproto.server.getSession), and
 * refuses a token made from an app password without the direct-message
 * permission (its scope is "com.atproto.appPass", not
 * "com.atproto.appPassPrivileged") the way the PDS does: HTTP 400
 * {"error": "InvalidToken", "message": "Bad token method"}.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "bluesky-chat-stand-in.h"
#include "fd-test-server.h"

#define PROXY "did:web:api.bsky.chat#bsky_chat"

typedef struct {
  char *id;
  char *rev;
  char *sender;
  char *text;
  char *sent_at;
} Message;

typedef struct {
  char      *id;
  char      *members[2];
  GPtrArray *messages;   /* Message, oldest first */
} Convo;

typedef struct {
  char *rev;
  char *convo_id;
  char *member;          /* whose log: both members see it */
  char *other;
  int   kind;            /* 0: begin, 1: create message */
  Message *message;      /* borrowed from the convo */
} Log;

struct _BlueskyChatStandIn
{
  FdTestServer *http;
  SoupSession  *session;      /* the server thread's, for the PDS */
  char         *pds_url;
  GMutex        mutex;
  GHashTable   *profiles;     /* did -> JsonObject (profileViewBasic) */
  GPtrArray    *convos;       /* Convo */
  GPtrArray    *logs;         /* Log */
  GHashTable   *calls;        /* nsid -> count */
  guint64       next_rev;
  guint         drop_sends;
};

static void
message_free (Message *message)
{
  g_free (message->id);
  g_free (message->rev);
  g_free (message->sender);
  g_free (message->text);
  g_free (message->sent_at);
  g_free (message);
}

static void
convo_free (Convo *convo)
{
  g_free (convo->id);
  g_free (convo->members[0]);
  g_free (convo->members[1]);
  g_ptr_array_unref (convo->messages);
  g_free (convo);
}

static void
log_free (Log *log)
{
  g_free (log->rev);
  g_free (log->convo_id);
  g_free (log->member);
  g_free (log->other);
  g_free (log);
}

/* Revisions sort as strings, as the service's do. */
static char *
next_rev (BlueskyChatStandIn *self)
{
  return g_strdup_printf ("%016" G_GUINT64_FORMAT, ++self->next_rev);
}

static Convo *
find_convo (BlueskyChatStandIn *self,
            const char         *id)
{
  for (guint i = 0; i < self->convos->len; i++)
    {
      Convo *convo = g_ptr_array_index (self->convos, i);

      if (g_strcmp0 (convo->id, id) == 0)
        return convo;
    }

  return NULL;
}

static gboolean
is_member (Convo      *convo,
           const char *did)
{
  return g_strcmp0 (convo->members[0], did) == 0 || g_strcmp0 (convo->members[1], did) == 0;
}

static void
add_log (BlueskyChatStandIn *self,
         Convo              *convo,
         int                 kind,
         Message            *message)
{
  Log *log = g_new0 (Log, 1);

  log->rev = message != NULL ? g_strdup (message->rev) : next_rev (self);
  log->convo_id = g_strdup (convo->id);
  log->member = g_strdup (convo->members[0]);
  log->other = g_strdup (convo->members[1]);
  log->kind = kind;
  log->message = message;
  g_ptr_array_add (self->logs, log);
}

static Convo *
convo_for (BlueskyChatStandIn *self,
           const char         *a,
           const char         *b)
{
  Convo *convo;

  for (guint i = 0; i < self->convos->len; i++)
    {
      convo = g_ptr_array_index (self->convos, i);
      if (is_member (convo, a) && is_member (convo, b))
        return convo;
    }

  convo = g_new0 (Convo, 1);
  convo->id = g_strdup_printf ("3convo%u", self->convos->len + 1);
  convo->members[0] = g_strdup (a);
  convo->members[1] = g_strdup (b);
  convo->messages = g_ptr_array_new_with_free_func ((GDestroyNotify) message_free);
  g_ptr_array_add (self->convos, convo);
  add_log (self, convo, 0, NULL);

  return convo;
}

static Message *
add_message (BlueskyChatStandIn *self,
             Convo              *convo,
             const char         *sender,
             const char         *text)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  Message *message = g_new0 (Message, 1);

  message->rev = next_rev (self);
  message->id = g_strdup_printf ("3msg%s", message->rev + 10);
  message->sender = g_strdup (sender);
  message->text = g_strdup (text);
  message->sent_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
  g_ptr_array_add (convo->messages, message);
  add_log (self, convo, 1, message);

  return message;
}

static void
build_message (JsonBuilder *builder,
               Message     *message)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "$type");
  json_builder_add_string_value (builder, "chat.bsky.convo.defs#messageView");
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, message->id);
  json_builder_set_member_name (builder, "rev");
  json_builder_add_string_value (builder, message->rev);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, message->text);
  json_builder_set_member_name (builder, "sender");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "did");
  json_builder_add_string_value (builder, message->sender);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "sentAt");
  json_builder_add_string_value (builder, message->sent_at);
  json_builder_end_object (builder);
}

static void
build_convo (BlueskyChatStandIn *self,
             JsonBuilder        *builder,
             Convo              *convo)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, convo->id);
  json_builder_set_member_name (builder, "rev");
  json_builder_add_string_value (builder, convo->messages->len > 0
                                            ? ((Message *) g_ptr_array_index (convo->messages,
                                                                              convo->messages->len - 1))->rev
                                            : "0");
  json_builder_set_member_name (builder, "members");
  json_builder_begin_array (builder);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *profile = g_hash_table_lookup (self->profiles, convo->members[i]);
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

      if (profile == NULL)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "did");
          json_builder_add_string_value (builder, convo->members[i]);
          json_builder_set_member_name (builder, "handle");
          json_builder_add_string_value (builder, "handle.invalid");
          json_builder_end_object (builder);
          continue;
        }
      json_node_set_object (node, profile);
      json_builder_add_value (builder, g_steal_pointer (&node));
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "muted");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_set_member_name (builder, "unreadCount");
  json_builder_add_int_value (builder, 0);
  json_builder_end_object (builder);
}

static void
answer_json (SoupServerMessage *msg,
             guint              status,
             JsonNode          *root)
{
  char *data = json_to_string (root, FALSE);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, data, strlen (data));
}

static void
answer_error (SoupServerMessage *msg,
              guint              status,
              const char        *name,
              const char        *message)
{
  g_autofree char *data = g_strdup_printf ("{\"error\":\"%s\",\"message\":\"%s\"}", name, message);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, data, strlen (data));
}

/* The JWT's payload member @name, without checking the signature (the
 * PDS is asked about that). */
static char *
token_claim (const char *token,
             const char *name)
{
  g_auto(GStrv) parts = g_strsplit (token, ".", 3);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *padded = NULL;
  g_autofree guchar *decoded = NULL;
  gsize length = 0;
  JsonNode *root;

  if (g_strv_length (parts) != 3)
    return NULL;
  padded = g_strdup_printf ("%s%s", parts[1], strlen (parts[1]) % 4 == 2 ? "==" : strlen (parts[1]) % 4 == 3 ? "=" : "");
  g_strdelimit (padded, "-", '+');
  g_strdelimit (padded, "_", '/');
  decoded = g_base64_decode (padded, &length);
  if (!json_parser_load_from_data (parser, (const char *) decoded, (gssize) length, NULL) ||
      !JSON_NODE_HOLDS_OBJECT ((root = json_parser_get_root (parser))) ||
      !json_object_has_member (json_node_get_object (root), name))
    return NULL;

  return g_strdup (json_object_get_string_member (json_node_get_object (root), name));
}

/* The DID the request is signed in as, or NULL after answering it. */
static char *
check_auth (BlueskyChatStandIn *self,
            SoupServerMessage  *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *proxy = soup_message_headers_get_one (headers, "atproto-proxy");
  const char *auth = soup_message_headers_get_one (headers, "Authorization");
  g_autofree char *scope = NULL;
  g_autofree char *url = NULL;
  g_autoptr(SoupMessage) check = NULL;
  g_autoptr(GBytes) answer = NULL;

  if (g_strcmp0 (proxy, PROXY) != 0)
    {
      answer_error (msg, 400, "InvalidRequest", "chat calls need the atproto-proxy header of the chat service");
      return NULL;
    }
  if (auth == NULL || !g_str_has_prefix (auth, "Bearer "))
    {
      answer_error (msg, 401, "AuthenticationRequired", "Authentication Required");
      return NULL;
    }

  /* The PDS decides whether the token is good... */
  if (self->session == NULL)
    self->session = soup_session_new_with_options ("timeout", 60, NULL);
  url = g_strdup_printf ("%s/xrpc/com.atproto.server.getSession", self->pds_url);
  check = soup_message_new ("GET", url);
  soup_message_headers_replace (soup_message_get_request_headers (check), "Authorization", auth);
  answer = soup_session_send_and_read (self->session, check, NULL, NULL);
  if (answer == NULL || soup_message_get_status (check) != 200)
    {
      soup_server_message_set_status (msg, answer != NULL ? soup_message_get_status (check) : 502, NULL);
      if (answer != NULL)
        soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                          g_bytes_get_data (answer, NULL), g_bytes_get_size (answer));
      return NULL;
    }

  /* ...and, before forwarding, whether it may use the chat service. */
  scope = token_claim (auth + 7, "scope");
  if (g_strcmp0 (scope, "com.atproto.access") != 0 && g_strcmp0 (scope, "com.atproto.appPassPrivileged") != 0)
    {
      answer_error (msg, 400, "InvalidToken", "Bad token method");
      return NULL;
    }

  return token_claim (auth + 7, "sub");
}

static const char *
param (GHashTable *query,
       const char *name)
{
  return query != NULL ? g_hash_table_lookup (query, name) : NULL;
}

static gboolean
close_connection_cb (gpointer user_data)
{
  SoupServerMessage *msg = user_data;
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);

  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);

  return G_SOURCE_REMOVE;
}

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  BlueskyChatStandIn *self = user_data;
  const char *nsid = g_str_has_prefix (path, "/xrpc/") ? path + 6 : path;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *viewer = NULL;
  gboolean drop = FALSE;

  g_mutex_lock (&self->mutex);
  g_hash_table_insert (self->calls, g_strdup (nsid),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->calls, nsid)) + 1));
  g_mutex_unlock (&self->mutex);

  if (!(viewer = check_auth (self, msg)))
    return;

  g_mutex_lock (&self->mutex);

  if (g_str_equal (nsid, "chat.bsky.convo.getLog"))
    {
      const char *cursor = param (query, "cursor");
      g_autofree char *now = g_strdup_printf ("%016" G_GUINT64_FORMAT, self->next_rev);
      const char *last = cursor;
      guint n = 0;

      /* Without a cursor: nothing of the past (listConvos has that),
       * and a cursor from which to follow. */
      if (cursor == NULL)
        {
          cursor = now;
          last = now;
        }

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "logs");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->logs->len && n < 50; i++)
        {
          Log *log = g_ptr_array_index (self->logs, i);

          if ((cursor != NULL && strcmp (log->rev, cursor) <= 0) ||
              (g_strcmp0 (log->member, viewer) != 0 && g_strcmp0 (log->other, viewer) != 0))
            continue;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "$type");
          json_builder_add_string_value (builder, log->kind == 0 ? "chat.bsky.convo.defs#logBeginConvo"
                                                                 : "chat.bsky.convo.defs#logCreateMessage");
          json_builder_set_member_name (builder, "rev");
          json_builder_add_string_value (builder, log->rev);
          json_builder_set_member_name (builder, "convoId");
          json_builder_add_string_value (builder, log->convo_id);
          if (log->message != NULL)
            {
              json_builder_set_member_name (builder, "message");
              build_message (builder, log->message);
            }
          json_builder_end_object (builder);
          last = log->rev;
          n++;
        }
      json_builder_end_array (builder);
      if (last != NULL)
        {
          json_builder_set_member_name (builder, "cursor");
          json_builder_add_string_value (builder, last);
        }
      json_builder_end_object (builder);
    }
  else if (g_str_equal (nsid, "chat.bsky.convo.listConvos"))
    {
      /* One page, newest first; no cursor: there is no next page. */
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "convos");
      json_builder_begin_array (builder);
      for (guint i = self->convos->len; i > 0; i--)
        {
          Convo *convo = g_ptr_array_index (self->convos, i - 1);

          if (is_member (convo, viewer))
            build_convo (self, builder, convo);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  else if (g_str_equal (nsid, "chat.bsky.convo.getConvo") || g_str_equal (nsid, "chat.bsky.convo.getMessages"))
    {
      Convo *convo = find_convo (self, param (query, "convoId"));

      if (convo == NULL || !is_member (convo, viewer))
        {
          g_mutex_unlock (&self->mutex);
          answer_error (msg, 400, "InvalidRequest", "Convo not found");
          return;
        }
      json_builder_begin_object (builder);
      if (g_str_equal (nsid, "chat.bsky.convo.getConvo"))
        {
          json_builder_set_member_name (builder, "convo");
          build_convo (self, builder, convo);
        }
      else
        {
          guint64 limit = 50;
          const char *cursor = param (query, "cursor");
          guint start = convo->messages->len;
          guint i;
          guint n;

          if (param (query, "limit") != NULL)
            g_ascii_string_to_unsigned (param (query, "limit"), 10, 1, 100, &limit, NULL);
          /* The cursor (opaque to the client): the rev of the oldest
           * message of the page before; the next page starts below it. */
          for (guint j = 0; cursor != NULL && j < convo->messages->len; j++)
            if (g_strcmp0 (((Message *) g_ptr_array_index (convo->messages, j))->rev, cursor) == 0)
              start = j;
          /* Newest first. */
          json_builder_set_member_name (builder, "messages");
          json_builder_begin_array (builder);
          for (i = start, n = 0; i > 0 && n < limit; i--, n++)
            build_message (builder, g_ptr_array_index (convo->messages, i - 1));
          json_builder_end_array (builder);
          if (i > 0)
            {
              json_builder_set_member_name (builder, "cursor");
              json_builder_add_string_value (builder, ((Message *) g_ptr_array_index (convo->messages, i))->rev);
            }
        }
      json_builder_end_object (builder);
    }
  else if (g_str_equal (nsid, "chat.bsky.convo.getConvoForMembers"))
    {
      const char *member = param (query, "members");
      Convo *convo;

      if (member == NULL || !g_hash_table_contains (self->profiles, member))
        {
          g_mutex_unlock (&self->mutex);
          answer_error (msg, 400, "InvalidRequest", "recipient not found");
          return;
        }
      convo = convo_for (self, viewer, member);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "convo");
      build_convo (self, builder, convo);
      json_builder_end_object (builder);
    }
  else if (g_str_equal (nsid, "chat.bsky.convo.sendMessage") &&
           g_str_equal (soup_server_message_get_method (msg), "POST"))
    {
      SoupMessageBody *body = soup_server_message_get_request_body (msg);
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *input = NULL;
      JsonObject *message = NULL;
      Convo *convo = NULL;

      if (json_parser_load_from_data (parser, body->data, body->length, NULL) &&
          JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        input = json_node_get_object (json_parser_get_root (parser));
      if (input != NULL && json_object_has_member (input, "message"))
        message = json_object_get_object_member (input, "message");
      if (input != NULL && json_object_has_member (input, "convoId"))
        convo = find_convo (self, json_object_get_string_member (input, "convoId"));
      if (convo == NULL || !is_member (convo, viewer) || message == NULL ||
          !json_object_has_member (message, "text"))
        {
          g_mutex_unlock (&self->mutex);
          answer_error (msg, 400, "InvalidRequest", "Input/convoId or Input/message is missing");
          return;
        }
      build_message (builder, add_message (self, convo, viewer, json_object_get_string_member (message, "text")));
      if (self->drop_sends > 0)
        {
          self->drop_sends--;
          drop = TRUE;
        }
    }
  else
    {
      g_mutex_unlock (&self->mutex);
      answer_error (msg, 501, "MethodNotImplemented", "Method Not Implemented");
      return;
    }

  g_mutex_unlock (&self->mutex);

  if (drop)
    {
      /* The message is stored; the answer is lost. */
      g_autoptr(GSource) source = g_idle_source_new ();

      soup_server_message_pause (msg);
      g_source_set_callback (source, close_connection_cb, g_object_ref (msg), g_object_unref);
      g_source_attach (source, fd_test_server_get_context (self->http));
      return;
    }

  root = json_builder_get_root (builder);
  answer_json (msg, 200, root);
}

static void
stop_cb (gpointer user_data)
{
  BlueskyChatStandIn *self = user_data;

  g_clear_object (&self->session);
}

BlueskyChatStandIn *
bluesky_chat_stand_in_new (const char *pds_url)
{
  BlueskyChatStandIn *self = g_new0 (BlueskyChatStandIn, 1);

  g_mutex_init (&self->mutex);
  self->pds_url = g_strdup (pds_url);
  self->profiles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) json_object_unref);
  self->convos = g_ptr_array_new_with_free_func ((GDestroyNotify) convo_free);
  self->logs = g_ptr_array_new_with_free_func ((GDestroyNotify) log_free);
  self->calls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->http = fd_test_server_start ("bluesky-chat", handle_cb, stop_cb, NULL, self);

  return self;
}

void
bluesky_chat_stand_in_free (BlueskyChatStandIn *self)
{
  if (self == NULL)
    return;

  fd_test_server_stop (self->http);
  g_ptr_array_unref (self->logs);
  g_ptr_array_unref (self->convos);
  g_hash_table_unref (self->profiles);
  g_hash_table_unref (self->calls);
  g_free (self->pds_url);
  g_mutex_clear (&self->mutex);
  g_free (self);
}

const char *
bluesky_chat_stand_in_get_url (BlueskyChatStandIn *self)
{
  return fd_test_server_get_url (self->http);
}

void
bluesky_chat_stand_in_add_member (BlueskyChatStandIn *self,
                                  const char         *did,
                                  const char         *handle,
                                  const char         *display_name)
{
  JsonObject *profile = json_object_new ();

  json_object_set_string_member (profile, "did", did);
  json_object_set_string_member (profile, "handle", handle);
  if (display_name != NULL)
    json_object_set_string_member (profile, "displayName", display_name);
  g_mutex_lock (&self->mutex);
  g_hash_table_replace (self->profiles, g_strdup (did), profile);
  g_mutex_unlock (&self->mutex);
}

char *
bluesky_chat_stand_in_say (BlueskyChatStandIn *self,
                           const char         *from,
                           const char         *to,
                           const char         *text)
{
  Convo *convo;
  char *id;

  g_mutex_lock (&self->mutex);
  convo = convo_for (self, from, to);
  add_message (self, convo, from, text);
  id = g_strdup (convo->id);
  g_mutex_unlock (&self->mutex);

  return id;
}

char *
bluesky_chat_stand_in_say_before (BlueskyChatStandIn *self,
                                  const char         *from,
                                  const char         *to,
                                  const char         *text,
                                  gint64              days_ago)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, (int) -days_ago);
  Convo *convo;
  Message *message;
  char *id;

  g_mutex_lock (&self->mutex);
  convo = convo_for (self, from, to);
  message = add_message (self, convo, from, text);
  g_free (message->sent_at);
  message->sent_at = g_date_time_format (then, "%Y-%m-%dT%H:%M:%S.%fZ");
  id = g_strdup (convo->id);
  g_mutex_unlock (&self->mutex);

  return id;
}

guint
bluesky_chat_stand_in_count_calls (BlueskyChatStandIn *self,
                                   const char         *nsid)
{
  guint n;

  g_mutex_lock (&self->mutex);
  n = GPOINTER_TO_UINT (g_hash_table_lookup (self->calls, nsid));
  g_mutex_unlock (&self->mutex);

  return n;
}

guint
bluesky_chat_stand_in_count_messages (BlueskyChatStandIn *self,
                                      const char         *convo_id,
                                      const char         *sender,
                                      const char         *text)
{
  guint n = 0;
  Convo *convo;

  g_mutex_lock (&self->mutex);
  if ((convo = find_convo (self, convo_id)) != NULL)
    for (guint i = 0; i < convo->messages->len; i++)
      {
        Message *message = g_ptr_array_index (convo->messages, i);

        if (g_strcmp0 (message->sender, sender) == 0 && g_strcmp0 (message->text, text) == 0)
          n++;
      }
  g_mutex_unlock (&self->mutex);

  return n;
}

guint
bluesky_chat_stand_in_count_convos (BlueskyChatStandIn *self)
{
  guint n;

  g_mutex_lock (&self->mutex);
  n = self->convos->len;
  g_mutex_unlock (&self->mutex);

  return n;
}

void
bluesky_chat_stand_in_drop_sends (BlueskyChatStandIn *self,
                                  guint               n)
{
  g_mutex_lock (&self->mutex);
  self->drop_sends = n;
  g_mutex_unlock (&self->mutex);
}
