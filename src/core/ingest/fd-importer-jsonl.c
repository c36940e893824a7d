/* fd-importer-jsonl.c: JSON Lines, one message per line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "fd-channel.h"
#include "fd-importer-private.h"
#include "fd-json.h"

static const char *
get_string_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* Like get_string_member, but numbers are accepted too (ids often are). */
static char *
dup_id_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE)
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *str = json_node_get_string (node);
      return str != NULL && *str != '\0' ? g_strdup (str) : NULL;
    }
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  return NULL;
}

FdParsedMessage *
fd_importer_parse_json_line (const char  *line,
                             gssize       len,
                             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *repaired = NULL;
  g_autoptr(GError) json_error = NULL;
  JsonObject *object;
  JsonNode *root;
  JsonNode *author;
  const char *str;

  /* Before the repair too, which would copy a huge line. */
  if (!fd_json_check_size (len < 0 ? strlen (line) : (gsize) len, FD_JSON_LINE_MAX_SIZE, error))
    return NULL;
  repaired = fd_utf8_repair (line, len);

  if (!fd_json_check (repaired, -1, FD_JSON_LINE_MAX_SIZE, FD_JSON_MAX_DEPTH, error))
    return NULL;
  if (!json_parser_load_from_data (parser, repaired, -1, &json_error))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE,
                   _("not valid JSON (%s)"), json_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE,
                           _("each line must be one JSON object"));
      return NULL;
    }
  object = json_node_get_object (root);

  msg = fd_parsed_message_new ();

#define REQUIRE(cond, field) \
  G_STMT_START { \
    if (!(cond)) \
      { \
        g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA, \
                     /* Translators: %s is a JSON field name such as "id" */ \
                     _("the required field “%s” is missing or empty"), field); \
        return NULL; \
      } \
  } G_STMT_END

  str = get_string_member (object, "channel");
  REQUIRE (str != NULL && *str != '\0', "channel");
  msg->channel = g_ascii_strdown (str, -1);

  msg->remote_id = dup_id_member (object, "id");
  REQUIRE (msg->remote_id != NULL, "id");

  author = json_object_get_member (object, "author");
  REQUIRE (author != NULL && JSON_NODE_HOLDS_OBJECT (author), "author");
  str = get_string_member (json_node_get_object (author), "handle");
  REQUIRE (str != NULL && *str != '\0', "author.handle");
  msg->author_handle = fd_channel_has (msg->channel, FD_CHANNEL_MAIL) ? g_utf8_strdown (str, -1) : g_strdup (str);
  msg->author_name = g_strdup (get_string_member (json_node_get_object (author), "name"));
  {
    /* Optional: accounts and addresses the author's profile links to. */
    JsonNode *links = json_object_get_member (json_node_get_object (author), "links");

    if (links != NULL && JSON_NODE_HOLDS_ARRAY (links))
      {
        JsonArray *array = json_node_get_array (links);

        msg->author_links = g_ptr_array_new_with_free_func (g_free);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *node = json_array_get_element (array, i);

            if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
                json_node_get_string (node) != NULL && *json_node_get_string (node) != '\0')
              g_ptr_array_add (msg->author_links, g_strdup (json_node_get_string (node)));
          }
      }
  }

  str = get_string_member (object, "text");
  REQUIRE (str != NULL, "text");
  fd_parsed_message_set_text (msg, str, -1);

  str = get_string_member (object, "created_at");
  REQUIRE (str != NULL && *str != '\0', "created_at");
  created = g_date_time_new_from_iso8601 (str, NULL);
  if (created == NULL)
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   _("“created_at” is not an RFC 3339 date: “%s” (expected e.g. 2026-11-23T09:30:00Z)"),
                   str);
      return NULL;
    }
  msg->created_at = g_date_time_to_unix (created);

#undef REQUIRE

  msg->subject = g_strdup (get_string_member (object, "subject"));
  msg->thread_id = dup_id_member (object, "thread");
  msg->in_reply_to = dup_id_member (object, "in_reply_to");
  msg->url = g_strdup (get_string_member (object, "url"));
  msg->recipient = g_strdup (get_string_member (object, "recipient"));

  if ((str = get_string_member (object, "lang")) != NULL && *str != '\0')
    msg->lang = g_ascii_strdown (str, -1);

  if ((str = get_string_member (object, "direction")) != NULL)
    {
      if (g_str_equal (str, "out"))
        msg->direction = FD_DIRECTION_OUT;
      else if (!g_str_equal (str, "in"))
        {
          g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                       _("“direction” must be “in” or “out”, not “%s”"), str);
          return NULL;
        }
    }

  /* Not in the import format, but written by our own export so that a
   * round trip keeps what was answered or archived. */
  if ((str = get_string_member (object, "state")) != NULL &&
      !fd_message_state_from_string (str, &msg->state))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   _("“state” must be unread, read, answered or archived, not “%s”"), str);
      return NULL;
    }

  if (msg->direction == FD_DIRECTION_OUT && msg->state == FD_MESSAGE_STATE_UNREAD)
    msg->state = FD_MESSAGE_STATE_READ;

  return g_steal_pointer (&msg);
}

/* Reads lines of @data and hands them out in chunks until the queue is
 * full or the input ends. */
static void
start_json_chunks (GDataInputStream  *data,
                   const char        *name,
                   guint64           *line_no,
                   gboolean          *at_end,
                   FdImportQueue        *queue,
                   GCancellable      *cancellable,
                   GError           **read_error)
{
  g_autoptr(FdImportChunk) filling = NULL;

  while (!*at_end && !_fd_import_queue_is_full (queue))
    {
      g_autofree char *line = NULL;
      gsize len = 0;

      if (filling == NULL)
        filling = _fd_import_chunk_new (TRUE);

      line = g_data_input_stream_read_line (data, &len, cancellable, read_error);
      if (line == NULL)
        *at_end = TRUE;
      else
        {
          (*line_no)++;
          /* Blank lines and a trailing \r are harmless. */
          if (len > 0 && line[len - 1] == '\r')
            line[--len] = '\0';
          if (strspn (line, " \t") != len)
            {
              g_ptr_array_add (filling->inputs, g_steal_pointer (&line));
              g_ptr_array_add (filling->wheres,
                               g_strdup_printf ("%s:%" G_GUINT64_FORMAT, name, *line_no));
            }
        }

      if (filling->inputs->len == PARSE_CHUNK || (*at_end && filling->inputs->len > 0))
        _fd_import_queue_push (queue, g_steal_pointer (&filling));
    }
}

gboolean
fd_importer_import_jsonl (FdImporter    *self,
                          GInputStream  *stream,
                          const char    *name,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GDataInputStream) data = NULL;
  g_autoptr(FdImportQueue) queue = _fd_import_queue_new (self->store);
  g_autoptr(GError) read_error = NULL;
  FdImportChunk *next;
  guint64 line_no = 0;
  gboolean at_end = FALSE;
  gboolean ok = TRUE;

  g_return_val_if_fail (FD_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);

  data = g_data_input_stream_new (stream);
  g_buffered_input_stream_set_buffer_size (G_BUFFERED_INPUT_STREAM (data), 256 * 1024);
  self->stats.files++;

  start_json_chunks (data, name, &line_no, &at_end, queue, cancellable, &read_error);

  while (ok && (next = _fd_import_queue_pop (queue)) != NULL)
    {
      g_autoptr(FdImportChunk) chunk = next;

      /* The parsers work while this chunk is written. */
      start_json_chunks (data, name, &line_no, &at_end, queue, cancellable, &read_error);
      ok = _fd_importer_add_chunk (self, chunk, cancellable, error);
    }

  if (ok && read_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&read_error));
      return FALSE;
    }

  return ok;
}

