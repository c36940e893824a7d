/* fd-importer.c: the importer's driver: batches, the parse threads that
 * work ahead of the writer, and what each path holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fd-importer-private.h"
#include "fd-ingest.h"
#include "fd-mail-parser.h"
#include "fd-store-private.h"

/* Messages per transaction: large enough to amortise the commit, small
 * enough that an interrupted import loses little work. */
#define BATCH_SIZE 2000
#define PROGRESS_EVERY 500

G_DEFINE_FINAL_TYPE (FdImporter, fd_importer, G_TYPE_OBJECT)
G_DEFINE_QUARK (fd-import-error-quark, fd_import_error)

void
_fd_importer_warn (FdImporter *self,
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

/* A message of the open batch, and what a warning about it names. */
typedef struct {
  FdParsedMessage *msg;
  char            *where;
} BatchEntry;

static void
batch_entry_free (BatchEntry *entry)
{
  fd_parsed_message_free (entry->msg);
  g_free (entry->where);
  g_free (entry);
}

static void
clear_batch (FdImporter *self)
{
  self->in_batch = 0;
  self->batch_added = 0;
  self->batch_duplicates = 0;
  self->batch_skipped = 0;
  g_ptr_array_set_size (self->batch, 0);
}

static void
rollback_batch (FdImporter *self)
{
  clear_batch (self);
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

  self->stats.added += self->batch_added;
  clear_batch (self);
  return TRUE;
}

/* How one message of the batch went: counted, and a skipped one
 * reported unless @quiet. FALSE when the import must stop. */
static gboolean
count_outcome (FdImporter       *self,
               FdIngestOutcome   outcome,
               const char       *where,
               gboolean          quiet,
               GError          **local_error,
               GError          **error)
{
  switch (outcome)
    {
    case FD_INGEST_ADDED:
      self->batch_added++;
      return TRUE;
    case FD_INGEST_DUPLICATE:
      self->stats.duplicates++;
      self->batch_duplicates++;
      return TRUE;
    case FD_INGEST_SKIPPED:
      if (quiet)
        self->stats.skipped++;
      else
        _fd_importer_warn (self, where, (*local_error)->message);
      self->batch_skipped++;
      return TRUE;
    case FD_INGEST_STOP:
    default:
      rollback_batch (self);
      g_propagate_error (error, g_steal_pointer (local_error));
      return FALSE;
    }
}

/* The batch's messages are written without a savepoint each
 * (_fd_store_begin_batch()). When one fails half-written, the batch is
 * rolled back and written again with one, so that only that message is
 * left out, as if it had always been; and committed. The messages before
 * it were reported already. */
static gboolean
rewrite_batch (FdImporter  *self,
               GError     **error)
{
  guint failed = self->batch->len - 1;

  fd_store_rollback (self->store);
  self->stats.duplicates -= self->batch_duplicates;
  self->stats.skipped -= self->batch_skipped;
  self->batch_added = 0;
  self->batch_duplicates = 0;
  self->batch_skipped = 0;

  if (!fd_store_begin (self->store, error))
    {
      clear_batch (self);
      return FALSE;
    }

  for (guint i = 0; i < self->batch->len; i++)
    {
      BatchEntry *entry = g_ptr_array_index (self->batch, i);
      g_autoptr(GError) local_error = NULL;
      FdIngestOutcome outcome = fd_ingest_run_message (self->store, entry->msg, NULL, &local_error);

      if (!count_outcome (self, outcome, entry->where, i < failed, &local_error, error))
        return FALSE;
    }

  return flush_batch (self, error);
}

/* Stores one message. Returns FALSE only for errors that stop the import
 * (fd_ingest_error_stops_run()); a bad message is reported and skipped. */
gboolean
_fd_importer_add_message (FdImporter       *self,
                          FdParsedMessage  *msg,
                          const char       *where,
                          GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  BatchEntry *entry;
  FdIngestOutcome outcome;
  guint64 done;

  if (self->in_batch == 0 && !_fd_store_begin_batch (self->store, error))
    {
      fd_parsed_message_free (msg);
      return FALSE;
    }
  self->in_batch++;

  entry = g_new0 (BatchEntry, 1);
  entry->msg = msg;
  entry->where = g_strdup (where);
  g_ptr_array_add (self->batch, entry);

  outcome = fd_ingest_run_message (self->store, msg, NULL, &local_error);
  if (outcome == FD_INGEST_SKIPPED && _fd_store_batch_failed (self->store))
    {
      if (!rewrite_batch (self, error))
        return FALSE;
    }
  else if (!count_outcome (self, outcome, where, FALSE, &local_error, error))
    return FALSE;

  if (self->in_batch >= BATCH_SIZE && !flush_batch (self, error))
    return FALSE;

  done = self->stats.added + self->batch_added + self->stats.duplicates + self->stats.skipped;
  if (done % PROGRESS_EVERY == 0)
    report_progress (self);

  return TRUE;
}

/* Mail files and JSON Lines are parsed chunks ahead on worker threads
 * (with language scores, repeat signatures and compressed text) while
 * this thread writes the previous chunk, so that every core has work.
 * Parsing costs about twice what writing does, so two parsers keep the
 * writer busy; a few more chunks queued ahead keep them busy while the
 * writer is on a slow stretch. */
#define PARSE_THREADS 2
#define PARSE_AHEAD 4

FdImportChunk *
_fd_import_chunk_new (gboolean json)
{
  FdImportChunk *chunk = g_new0 (FdImportChunk, 1);

  chunk->inputs = g_ptr_array_new_with_free_func (g_free);
  chunk->wheres = json ? g_ptr_array_new_with_free_func (g_free) : NULL;
  chunk->messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);
  chunk->errors = g_ptr_array_new_with_free_func (g_free);
  chunk->json = json;
  g_mutex_init (&chunk->lock);
  g_cond_init (&chunk->cond);
  return chunk;
}

void
_fd_import_chunk_free (FdImportChunk *chunk)
{
  g_ptr_array_unref (chunk->inputs);
  g_clear_pointer (&chunk->wheres, g_ptr_array_unref);
  g_ptr_array_unref (chunk->messages);
  g_ptr_array_unref (chunk->errors);
  g_mutex_clear (&chunk->lock);
  g_cond_clear (&chunk->cond);
  g_free (chunk);
}

static void
parse_chunk_func (gpointer data,
                  gpointer user_data)
{
  FdImportChunk *chunk = data;

  for (guint i = 0; i < chunk->inputs->len; i++)
    {
      const char *input = g_ptr_array_index (chunk->inputs, i);
      g_autoptr(GError) error = NULL;
      FdParsedMessage *msg;

      if (chunk->json)
        msg = fd_importer_parse_json_line (input, strlen (input), &error);
      else
        msg = _fd_importer_parse_mail_file (input, chunk->data_dir, chunk->direction, &error);

      /* What the writer would otherwise do, done ahead. */
      if (msg != NULL)
        {
          fd_ingest_precompute_for (user_data, msg);
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
struct _FdImportQueue
{
  GThreadPool *pool;
  GQueue       chunks;
};

FdImportQueue *
_fd_import_queue_new (FdStore *store)
{
  FdImportQueue *queue = g_new0 (FdImportQueue, 1);

  queue->pool = g_thread_pool_new (parse_chunk_func, store, PARSE_THREADS, FALSE, NULL);
  g_queue_init (&queue->chunks);
  return queue;
}

gboolean
_fd_import_queue_is_full (FdImportQueue *queue)
{
  return queue->chunks.length >= PARSE_AHEAD;
}

void
_fd_import_queue_push (FdImportQueue *queue,
                       FdImportChunk *chunk)
{
  g_queue_push_tail (&queue->chunks, chunk);
  g_thread_pool_push (queue->pool, chunk, NULL);
}

/* The oldest chunk, once parsed; NULL when none is left. */
FdImportChunk *
_fd_import_queue_pop (FdImportQueue *queue)
{
  FdImportChunk *chunk = g_queue_pop_head (&queue->chunks);

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
void
_fd_import_queue_free (FdImportQueue *queue)
{
  g_thread_pool_free (queue->pool, TRUE, TRUE);
  g_queue_clear_full (&queue->chunks, (GDestroyNotify) _fd_import_chunk_free);
  g_free (queue);
}

/* Writes a parsed chunk in input order. Every mail file counts as a file
 * read; a JSON Lines file was counted once. */
gboolean
_fd_importer_add_chunk (FdImporter    *self,
                        FdImportChunk    *chunk,
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
        _fd_importer_warn (self, where, g_ptr_array_index (chunk->errors, i));
      /* The batch keeps the message until it commits. */
      else if (!_fd_importer_add_message (self, g_steal_pointer (&chunk->messages->pdata[i]), where, error))
        return FALSE;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  return TRUE;
}

FdImportFormat
_fd_importer_sniff_format (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, NULL);
  char buf[1024];
  gssize n;
  const char *p;

  if (in == NULL)
    return FD_IMPORT_FORMAT_UNKNOWN;

  n = g_input_stream_read (G_INPUT_STREAM (in), buf, sizeof buf - 1, NULL, NULL);
  if (n <= 0)
    return FD_IMPORT_FORMAT_UNKNOWN;
  buf[n] = '\0';

  p = buf;
  if (n >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (g_ascii_isspace (*p))
    p++;

  if (*p == '{')
    return FD_IMPORT_FORMAT_JSONL;
  if (g_str_has_prefix (p, "From "))
    return FD_IMPORT_FORMAT_MBOX;

  /* A header line: a name of printable characters and a colon. */
  for (const char *q = p; *q != '\0' && *q != '\n'; q++)
    {
      if (*q == ':')
        return q > p ? FD_IMPORT_FORMAT_MESSAGE : FD_IMPORT_FORMAT_UNKNOWN;
      if (*q <= ' ' || *q > '~')
        break;
    }

  return FD_IMPORT_FORMAT_UNKNOWN;
}

gboolean
_fd_importer_import_file (FdImporter    *self,
                          const char    *path,
                          GCancellable  *cancellable,
                          GError       **error)
{
  switch (_fd_importer_sniff_format (path))
    {
    case FD_IMPORT_FORMAT_JSONL:
      {
        g_autoptr(GFile) file = g_file_new_for_path (path);
        g_autoptr(GFileInputStream) in = g_file_read (file, cancellable, error);

        if (in == NULL)
          return FALSE;
        return fd_importer_import_jsonl (self, G_INPUT_STREAM (in), path, cancellable, error);
      }
    case FD_IMPORT_FORMAT_MBOX:
      return _fd_importer_import_mbox (self, path, cancellable, error);
    case FD_IMPORT_FORMAT_MESSAGE:
      return _fd_importer_import_mail_file (self, path, FD_DIRECTION_IN, error);
    case FD_IMPORT_FORMAT_UNKNOWN:
    default:
      self->stats.files++;
      _fd_importer_warn (self, path, _("not JSON Lines, mbox, Maildir or an email message: skipped"));
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
  g_clear_pointer (&self->batch, g_ptr_array_unref);
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
  self->batch = g_ptr_array_new_with_free_func ((GDestroyNotify) batch_entry_free);
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
    return _fd_importer_import_dir (self, path, FD_DIRECTION_IN, cancellable, error);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, FD_IMPORT_ERROR, FD_IMPORT_ERROR_NOT_FOUND,
                   _("“%s” does not exist."), path);
      return FALSE;
    }

  return _fd_importer_import_file (self, path, cancellable, error);
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

