/* fd-importer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "fd-importer.h"
#include "fd-ingest.h"
#include "fd-json.h"
#include "fd-mail-parser.h"

/* Messages per transaction: large enough to amortise the commit, small
 * enough that an interrupted import loses little work. */
#define BATCH_SIZE 2000
#define PROGRESS_EVERY 500

struct _FdImporter
{
  GObject               parent_instance;

  FdStore              *store;
  FdImportStats         stats;
  guint                 in_batch;
  /* Added in the open batch: counted once it commits, so that a batch a
   * full disk rolls back is not reported as imported. */
  guint64               batch_added;

  FdImportWarningFunc   warning_func;
  gpointer              warning_data;
  FdImportProgressFunc  progress_func;
  gpointer              progress_data;
};

G_DEFINE_FINAL_TYPE (FdImporter, fd_importer, G_TYPE_OBJECT)
G_DEFINE_QUARK (fd-import-error-quark, fd_import_error)

static void
warn (FdImporter *self,
      const char *where,
      const char *reason)
{
  self->stats.skipped++;

  if (self->warning_func != NULL)
    self->warning_func (where, reason, self->warning_data);
}

static void
report_progress (FdImporter *self)
{
  FdImportStats read = self->stats;

  read.added += self->batch_added;
  if (self->progress_func != NULL)
    self->progress_func (&read, self->progress_data);
}

static void
rollback_batch (FdImporter *self)
{
  self->in_batch = 0;
  self->batch_added = 0;
  fd_store_rollback (self->store);
}

static gboolean
flush_batch (FdImporter  *self,
             GError     **error)
{
  if (self->in_batch == 0)
    return TRUE;

  if (!fd_store_commit (self->store, error))
    {
      rollback_batch (self);
      return FALSE;
    }

  self->in_batch = 0;
  self->stats.added += self->batch_added;
  self->batch_added = 0;
  return TRUE;
}

/* Stores one message. Returns FALSE only for errors that stop the import
 * (fd_ingest_error_stops_run()); a bad message is reported and skipped. */
static gboolean
add_message (FdImporter       *self,
             FdParsedMessage  *msg,
             const char       *where,
             GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  guint64 done;

  if (self->in_batch == 0 && !fd_store_begin (self->store, error))
    return FALSE;
  self->in_batch++;

  switch (fd_ingest_run_message (self->store, msg, NULL, &local_error))
    {
    case FD_INGEST_ADDED:
      self->batch_added++;
      break;
    case FD_INGEST_DUPLICATE:
      self->stats.duplicates++;
      break;
    case FD_INGEST_SKIPPED:
      warn (self, where, local_error->message);
      break;
    case FD_INGEST_STOP:
    default:
      rollback_batch (self);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (self->in_batch >= BATCH_SIZE && !flush_batch (self, error))
    return FALSE;

  done = self->stats.added + self->batch_added + self->stats.duplicates + self->stats.skipped;
  if (done % PROGRESS_EVERY == 0)
    report_progress (self);

  return TRUE;
}

/* JSON Lines */

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
  msg->author_handle = g_str_equal (msg->channel, "email") ? g_utf8_strdown (str, -1) : g_strdup (str);
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

static FdParsedMessage *parse_mail_file (const char   *path,
                                         const char   *data_dir,
                                         FdDirection   direction,
                                         GError      **error);

/* Mail files and JSON Lines are parsed chunks ahead on worker threads
 * (with language scores, repeat signatures and compressed text) while
 * this thread writes the previous chunk, so that every core has work.
 * Parsing costs about twice what writing does, so two parsers keep the
 * writer busy; a few more chunks queued ahead keep them busy while the
 * writer is on a slow stretch. */
#define PARSE_CHUNK 128
#define PARSE_THREADS 2
#define PARSE_AHEAD 4

typedef struct {
  GPtrArray   *inputs;     /* file paths, or JSON lines */
  GPtrArray   *wheres;     /* what a warning names for each input ("file:line"),
                            * NULL: the input itself (a path) */
  GPtrArray   *messages;   /* FdParsedMessage or NULL, same order */
  GPtrArray   *errors;     /* reason or NULL, same order */
  gboolean     json;
  const char  *data_dir;   /* for mail */
  FdDirection  direction;  /* for mail */

  GMutex       lock;
  GCond        cond;
  gboolean     parsed;
} ParseChunk;

static ParseChunk *
parse_chunk_new (gboolean json)
{
  ParseChunk *chunk = g_new0 (ParseChunk, 1);

  chunk->inputs = g_ptr_array_new_with_free_func (g_free);
  chunk->wheres = json ? g_ptr_array_new_with_free_func (g_free) : NULL;
  chunk->messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);
  chunk->errors = g_ptr_array_new_with_free_func (g_free);
  chunk->json = json;
  g_mutex_init (&chunk->lock);
  g_cond_init (&chunk->cond);
  return chunk;
}

static void
parse_chunk_free (ParseChunk *chunk)
{
  g_ptr_array_unref (chunk->inputs);
  g_clear_pointer (&chunk->wheres, g_ptr_array_unref);
  g_ptr_array_unref (chunk->messages);
  g_ptr_array_unref (chunk->errors);
  g_mutex_clear (&chunk->lock);
  g_cond_clear (&chunk->cond);
  g_free (chunk);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParseChunk, parse_chunk_free)

static void
parse_chunk_func (gpointer data,
                  gpointer user_data)
{
  ParseChunk *chunk = data;

  for (guint i = 0; i < chunk->inputs->len; i++)
    {
      const char *input = g_ptr_array_index (chunk->inputs, i);
      g_autoptr(GError) error = NULL;
      FdParsedMessage *msg;

      if (chunk->json)
        msg = fd_importer_parse_json_line (input, strlen (input), &error);
      else
        msg = parse_mail_file (input, chunk->data_dir, chunk->direction, &error);

      /* What the writer would otherwise do, done ahead. */
      if (msg != NULL)
        {
          fd_ingest_precompute (msg);
        }
      g_ptr_array_add (chunk->messages, msg);
      g_ptr_array_add (chunk->errors, msg == NULL ? g_strdup (error->message) : NULL);
    }

  g_mutex_lock (&chunk->lock);
  chunk->parsed = TRUE;
  g_cond_signal (&chunk->cond);
  g_mutex_unlock (&chunk->lock);
}

/* The chunks handed to the parsers, oldest first. */
typedef struct {
  GThreadPool *pool;
  GQueue       chunks;
} ParseQueue;

static ParseQueue *
parse_queue_new (void)
{
  ParseQueue *queue = g_new0 (ParseQueue, 1);

  queue->pool = g_thread_pool_new (parse_chunk_func, NULL, PARSE_THREADS, FALSE, NULL);
  g_queue_init (&queue->chunks);
  return queue;
}

static gboolean
parse_queue_is_full (ParseQueue *queue)
{
  return queue->chunks.length >= PARSE_AHEAD;
}

static void
parse_queue_push (ParseQueue *queue,
                  ParseChunk *chunk)
{
  g_queue_push_tail (&queue->chunks, chunk);
  g_thread_pool_push (queue->pool, chunk, NULL);
}

/* The oldest chunk, once parsed; NULL when none is left. */
static ParseChunk *
parse_queue_pop (ParseQueue *queue)
{
  ParseChunk *chunk = g_queue_pop_head (&queue->chunks);

  if (chunk == NULL)
    return NULL;

  g_mutex_lock (&chunk->lock);
  while (!chunk->parsed)
    g_cond_wait (&chunk->cond, &chunk->lock);
  g_mutex_unlock (&chunk->lock);

  return chunk;
}

/* Waits for the chunks being parsed, skips those not started, and drops
 * them all (after an error or a cancellation; at the end none is left). */
static void
parse_queue_free (ParseQueue *queue)
{
  g_thread_pool_free (queue->pool, TRUE, TRUE);
  g_queue_clear_full (&queue->chunks, (GDestroyNotify) parse_chunk_free);
  g_free (queue);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParseQueue, parse_queue_free)

/* Writes a parsed chunk in input order. Every mail file counts as a file
 * read; a JSON Lines file was counted once. */
static gboolean
add_parse_chunk (FdImporter    *self,
                 ParseChunk    *chunk,
                 GCancellable  *cancellable,
                 GError       **error)
{
  for (guint i = 0; i < chunk->inputs->len; i++)
    {
      FdParsedMessage *msg = g_ptr_array_index (chunk->messages, i);
      const char *where = g_ptr_array_index (chunk->wheres != NULL ? chunk->wheres : chunk->inputs, i);

      if (!chunk->json)
        self->stats.files++;
      if (msg == NULL)
        warn (self, where, g_ptr_array_index (chunk->errors, i));
      else if (!add_message (self, msg, where, error))
        return FALSE;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  return TRUE;
}

/* JSON Lines */

/* Reads lines of @data and hands them out in chunks until the queue is
 * full or the input ends. */
static void
start_json_chunks (GDataInputStream  *data,
                   const char        *name,
                   guint64           *line_no,
                   gboolean          *at_end,
                   ParseQueue        *queue,
                   GCancellable      *cancellable,
                   GError           **read_error)
{
  g_autoptr(ParseChunk) filling = NULL;

  while (!*at_end && !parse_queue_is_full (queue))
    {
      g_autofree char *line = NULL;
      gsize len = 0;

      if (filling == NULL)
        filling = parse_chunk_new (TRUE);

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
        parse_queue_push (queue, g_steal_pointer (&filling));
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
  g_autoptr(ParseQueue) queue = parse_queue_new ();
  g_autoptr(GError) read_error = NULL;
  ParseChunk *next;
  guint64 line_no = 0;
  gboolean at_end = FALSE;
  gboolean ok = TRUE;

  g_return_val_if_fail (FD_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);

  data = g_data_input_stream_new (stream);
  g_buffered_input_stream_set_buffer_size (G_BUFFERED_INPUT_STREAM (data), 256 * 1024);
  self->stats.files++;

  start_json_chunks (data, name, &line_no, &at_end, queue, cancellable, &read_error);

  while (ok && (next = parse_queue_pop (queue)) != NULL)
    {
      g_autoptr(ParseChunk) chunk = next;

      /* The parsers work while this chunk is written. */
      start_json_chunks (data, name, &line_no, &at_end, queue, cancellable, &read_error);
      ok = add_parse_chunk (self, chunk, cancellable, error);
    }

  if (ok && read_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&read_error));
      return FALSE;
    }

  return ok;
}

/* Email */

/* Parses one mail file; what a Maildir file name or a Sent folder says
 * about its state wins over the headers. Safe to call from a worker. */
static FdParsedMessage *
parse_mail_file (const char   *path,
                 const char   *data_dir,
                 FdDirection   direction,
                 GError      **error)
{
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autofree char *basename = NULL;

  if (!(msg = fd_mail_parse_file (path, data_dir, error)))
    return NULL;

  basename = g_path_get_basename (path);
  if (strstr (basename, ":2,") != NULL)
    msg->state = MAX (msg->state, fd_mail_state_from_maildir_flags (basename));
  if (direction == FD_DIRECTION_OUT)
    {
      msg->direction = FD_DIRECTION_OUT;
      msg->state = MAX (msg->state, FD_MESSAGE_STATE_READ);
    }

  return g_steal_pointer (&msg);
}

static gboolean
import_mail_file (FdImporter    *self,
                  const char    *path,
                  FdDirection    direction,
                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(FdParsedMessage) msg = NULL;

  self->stats.files++;

  msg = parse_mail_file (path, fd_store_get_data_dir (self->store), direction, &local_error);
  if (msg == NULL)
    {
      warn (self, path, local_error->message);
      return TRUE;
    }

  return add_message (self, msg, path, error);
}

/* Hands out chunks of @files, in file order, until the queue is full. */
static void
start_mail_chunks (FdImporter  *self,
                   GPtrArray   *files,
                   FdDirection  direction,
                   guint       *next_start,
                   ParseQueue  *queue)
{
  while (!parse_queue_is_full (queue) && *next_start < files->len)
    {
      ParseChunk *next = parse_chunk_new (FALSE);

      next->data_dir = fd_store_get_data_dir (self->store);
      next->direction = direction;
      for (guint i = *next_start; i < MIN (files->len, *next_start + PARSE_CHUNK); i++)
        g_ptr_array_add (next->inputs, g_strdup (g_ptr_array_index (files, i)));
      *next_start += PARSE_CHUNK;
      parse_queue_push (queue, next);
    }
}

static gboolean
import_mail_files (FdImporter    *self,
                   GPtrArray     *files,
                   FdDirection    direction,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(ParseQueue) queue = parse_queue_new ();
  guint next_start = 0;
  gboolean ok = TRUE;
  ParseChunk *next;

  start_mail_chunks (self, files, direction, &next_start, queue);

  while (ok && (next = parse_queue_pop (queue)) != NULL)
    {
      g_autoptr(ParseChunk) chunk = next;

      /* The parsers work while this chunk is written. */
      start_mail_chunks (self, files, direction, &next_start, queue);
      ok = add_parse_chunk (self, chunk, cancellable, error);
    }

  return ok;
}

static gboolean
import_mbox (FdImporter    *self,
             const char    *path,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GMimeParser) parser = NULL;
  g_autoptr(GMimeStream) stream = NULL;
  guint64 n = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int errsv = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not open “%s”: %s"), path, g_strerror (errsv));
      return FALSE;
    }

  self->stats.files++;
  stream = g_mime_stream_fs_new (fd);
  parser = g_mime_parser_new_with_stream (stream);
  g_mime_parser_set_format (parser, GMIME_FORMAT_MBOX);
  g_mime_parser_set_persist_stream (parser, TRUE);

  while (!g_mime_parser_eos (parser))
    {
      g_autoptr(GMimeMessage) message = NULL;
      g_autoptr(FdParsedMessage) msg = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *where = NULL;
      gint64 offset = g_mime_parser_tell (parser);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      message = g_mime_parser_construct_message (parser, NULL);
      n++;
      where = g_strdup_printf ("%s: message %" G_GUINT64_FORMAT, path, n);

      if (message == NULL)
        {
          /* Nothing more could be parsed: stop if the parser did not move. */
          if (g_mime_parser_tell (parser) <= offset)
            {
              if (n == 1)
                warn (self, path, _("not an mbox file: no “From ” line was found"));
              break;
            }
          warn (self, where, _("this message could not be read"));
          continue;
        }

      msg = fd_mail_parse_message_full (message, fd_store_get_data_dir (self->store),
                                        FD_MAIL_PARSE_EXPORT_HEADERS, &local_error);
      if (msg == NULL)
        {
          warn (self, where, local_error->message);
          continue;
        }

      if (!add_message (self, msg, where, error))
        return FALSE;
    }

  return TRUE;
}

/* Directories */

static gboolean
is_sent_folder (const char *name)
{
  const char *p = name;

  while (*p == '.')
    p++;
  return g_ascii_strncasecmp (p, "sent", 4) == 0;
}

static gboolean import_dir (FdImporter   *self,
                            const char   *path,
                            FdDirection   direction,
                            GCancellable *cancellable,
                            GError      **error);

static gboolean import_file (FdImporter   *self,
                             const char   *path,
                             GCancellable *cancellable,
                             GError      **error);

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The entries of @path, sorted so imports are reproducible. */
static GPtrArray *
list_dir (const char  *path,
          GError     **error)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return NULL;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);

  return g_steal_pointer (&names);
}

static gboolean
import_maildir_files (FdImporter    *self,
                      const char    *dir,
                      FdDirection    direction,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!(names = list_dir (dir, &local_error)))
    {
      warn (self, dir, local_error->message);
      return TRUE;
    }

  files = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *file = NULL;

      if (name[0] == '.')
        continue;

      file = g_build_filename (dir, name, NULL);
      if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (files, g_steal_pointer (&file));
    }

  return import_mail_files (self, files, direction, cancellable, error);
}

typedef enum {
  FORMAT_UNKNOWN,
  FORMAT_JSONL,
  FORMAT_MBOX,
  FORMAT_MESSAGE,
} Format;

static Format
sniff_format (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, NULL);
  char buf[1024];
  gssize n;
  const char *p;

  if (in == NULL)
    return FORMAT_UNKNOWN;

  n = g_input_stream_read (G_INPUT_STREAM (in), buf, sizeof buf - 1, NULL, NULL);
  if (n <= 0)
    return FORMAT_UNKNOWN;
  buf[n] = '\0';

  p = buf;
  if (n >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (g_ascii_isspace (*p))
    p++;

  if (*p == '{')
    return FORMAT_JSONL;
  if (g_str_has_prefix (p, "From "))
    return FORMAT_MBOX;

  /* A header line: a name of printable characters and a colon. */
  for (const char *q = p; *q != '\0' && *q != '\n'; q++)
    {
      if (*q == ':')
        return q > p ? FORMAT_MESSAGE : FORMAT_UNKNOWN;
      if (*q <= ' ' || *q > '~')
        break;
    }

  return FORMAT_UNKNOWN;
}

/* What mail servers keep beside cur/ and new/: not mail, and not worth
 * a warning. */
static gboolean
is_maildir_metadata (const char *name)
{
  static const char *const names[] = {
    "maildirfolder", "maildirsize", "subscriptions", NULL,
  };

  return g_str_has_prefix (name, "dovecot") ||
         g_str_has_prefix (name, "courierimap") ||
         g_strv_contains (names, name);
}

static gboolean
is_maildir (const char *path)
{
  g_autofree char *cur = g_build_filename (path, "cur", NULL);
  g_autofree char *new_dir = g_build_filename (path, "new", NULL);

  return g_file_test (cur, G_FILE_TEST_IS_DIR) || g_file_test (new_dir, G_FILE_TEST_IS_DIR);
}

static gboolean
import_dir (FdImporter    *self,
            const char    *path,
            FdDirection    direction,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *cur = g_build_filename (path, "cur", NULL);
  g_autofree char *new_dir = g_build_filename (path, "new", NULL);
  gboolean has_cur = g_file_test (cur, G_FILE_TEST_IS_DIR);
  gboolean has_new = g_file_test (new_dir, G_FILE_TEST_IS_DIR);
  gboolean maildir = has_cur || has_new;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) loose = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *basename = g_path_get_basename (path);

  if (is_sent_folder (basename))
    direction = FD_DIRECTION_OUT;

  /* Either may be missing (a tool that moves every message to cur/). */
  if ((has_cur && !import_maildir_files (self, cur, direction, cancellable, error)) ||
      (has_new && !import_maildir_files (self, new_dir, direction, cancellable, error)))
    return FALSE;

  if (!(names = list_dir (path, error)))
    return FALSE;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (maildir && (g_str_equal (name, "cur") || g_str_equal (name, "new") || g_str_equal (name, "tmp")))
        continue;
      /* Maildir++ keeps subfolders as .Name, Maildirs themselves; other
       * dot files and folders (the indexes of notmuch and mu, .git) are
       * not mail, and passed over as mail tools pass over them. */
      if (name[0] == '.' && !(maildir && is_maildir (child)))
        continue;

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          if (!import_dir (self, child, direction, cancellable, error))
            return FALSE;
        }
      else if (!maildir && g_file_test (child, G_FILE_TEST_IS_REGULAR))
        {
          if (!import_file (self, child, cancellable, error))
            return FALSE;
        }
      else if (maildir && !is_maildir_metadata (name) &&
               g_file_test (child, G_FILE_TEST_IS_REGULAR))
        {
          /* Messages put beside cur/ and new/ by hand or by another
           * tool: read as `notmuch new` reads them. */
          if (sniff_format (child) == FORMAT_MESSAGE)
            g_ptr_array_add (loose, g_steal_pointer (&child));
          else if (!import_file (self, child, cancellable, error))
            return FALSE;
        }
    }

  if (loose->len > 0)
    return import_mail_files (self, loose, direction, cancellable, error);

  return TRUE;
}

static gboolean
import_file (FdImporter    *self,
             const char    *path,
             GCancellable  *cancellable,
             GError       **error)
{
  switch (sniff_format (path))
    {
    case FORMAT_JSONL:
      {
        g_autoptr(GFile) file = g_file_new_for_path (path);
        g_autoptr(GFileInputStream) in = g_file_read (file, cancellable, error);

        if (in == NULL)
          return FALSE;
        return fd_importer_import_jsonl (self, G_INPUT_STREAM (in), path, cancellable, error);
      }
    case FORMAT_MBOX:
      return import_mbox (self, path, cancellable, error);
    case FORMAT_MESSAGE:
      return import_mail_file (self, path, FD_DIRECTION_IN, error);
    case FORMAT_UNKNOWN:
    default:
      self->stats.files++;
      warn (self, path, _("not JSON Lines, mbox, Maildir or an email message: skipped"));
      return TRUE;
    }
}

/* Overrides */

static void
fd_importer_finalize (GObject *object)
{
  FdImporter *self = (FdImporter *) object;

  if (self->in_batch > 0)
    {
      g_autoptr(GError) error = NULL;

      if (!flush_batch (self, &error))
        g_warning ("Could not save the last imported messages: %s", error->message);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fd_importer_parent_class)->finalize (object);
}

static void
fd_importer_class_init (FdImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fd_importer_finalize;
}

static void
fd_importer_init (FdImporter *self)
{
  fd_mail_init ();
}

/* Public API */

FdImporter *
fd_importer_new (FdStore *store)
{
  FdImporter *self;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  self = g_object_new (FD_TYPE_IMPORTER, NULL);
  self->store = g_object_ref (store);

  return self;
}

void
fd_importer_set_warning_func (FdImporter          *self,
                              FdImportWarningFunc  func,
                              gpointer             user_data)
{
  g_return_if_fail (FD_IS_IMPORTER (self));

  self->warning_func = func;
  self->warning_data = user_data;
}

void
fd_importer_set_progress_func (FdImporter           *self,
                               FdImportProgressFunc  func,
                               gpointer              user_data)
{
  g_return_if_fail (FD_IS_IMPORTER (self));

  self->progress_func = func;
  self->progress_data = user_data;
}

gboolean
fd_importer_import_path (FdImporter    *self,
                         const char    *path,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_return_val_if_fail (FD_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return import_dir (self, path, FD_DIRECTION_IN, cancellable, error);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, FD_IMPORT_ERROR, FD_IMPORT_ERROR_NOT_FOUND,
                   _("“%s” does not exist."), path);
      return FALSE;
    }

  return import_file (self, path, cancellable, error);
}

gboolean
fd_importer_finish (FdImporter  *self,
                    GError     **error)
{
  g_return_val_if_fail (FD_IS_IMPORTER (self), FALSE);

  if (!flush_batch (self, error))
    return FALSE;

  report_progress (self);
  return TRUE;
}

const FdImportStats *
fd_importer_get_stats (FdImporter *self)
{
  g_return_val_if_fail (FD_IS_IMPORTER (self), NULL);

  return &self->stats;
}
