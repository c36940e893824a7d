/* fd-importer-private.h: what the importer's files share: fd-importer.c
 * drives (batches, parse threads, the store), one file per format reads
 * (fd-importer-jsonl.c, -mbox.c, -maildir.c, -eml.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-importer.h"
#include "fd-parsed-message.h"

G_BEGIN_DECLS

struct _FdImporter
{
  GObject               parent_instance;

  FdStore              *store;
  FdImportStats         stats;
  guint                 in_batch;
  /* Added in the open batch: counted once it commits, so that a batch a
   * full disk rolls back is not reported as imported. */
  guint64               batch_added;
  /* The open batch's messages (BatchEntry), kept until it commits: when
   * one fails half-written, the batch is written again one message at a
   * time (fd-importer.c). And what they counted so far. */
  GPtrArray            *batch;
  guint64               batch_duplicates;
  guint64               batch_skipped;

  FdImportWarningFunc   warning_func;
  gpointer              warning_data;
  FdImportProgressFunc  progress_func;
  gpointer              progress_data;
};

typedef enum {
  FD_IMPORT_FORMAT_UNKNOWN,
  FD_IMPORT_FORMAT_JSONL,
  FD_IMPORT_FORMAT_MBOX,
  FD_IMPORT_FORMAT_MESSAGE,
} FdImportFormat;

/* What a file holds, from its first bytes. */
FdImportFormat   _fd_importer_sniff_format     (const char     *path);
/* Reads @path as what it holds; a folder as a Maildir or a tree of files. */
gboolean         _fd_importer_import_file      (FdImporter     *self,
                                                const char     *path,
                                                GCancellable   *cancellable,
                                                GError        **error);
gboolean         _fd_importer_import_dir       (FdImporter     *self,
                                                const char     *path,
                                                FdDirection     direction,
                                                GCancellable   *cancellable,
                                                GError        **error);

/* Counts a skipped input and tells the warning func why. */
void             _fd_importer_warn             (FdImporter     *self,
                                                const char     *where,
                                                const char     *reason);
/* Stores one message through the ingest pipeline in the open batch,
 * which keeps @msg (transfer full) until it commits. FALSE only when the
 * import must stop (fd_ingest_error_stops_run()). */
gboolean         _fd_importer_add_message      (FdImporter     *self,
                                                FdParsedMessage *msg,
                                                const char     *where,
                                                GError        **error);

/* Inputs parsed chunks ahead on worker threads, with
 * fd_ingest_precompute(), while the writer stores the previous chunk. */
#define PARSE_CHUNK 128

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
} FdImportChunk;

typedef struct _FdImportQueue FdImportQueue;

FdImportChunk   *_fd_import_chunk_new          (gboolean        json);
void             _fd_import_chunk_free         (FdImportChunk  *chunk);
/* Parses with @store's text dictionary (the store must outlive the queue). */
FdImportQueue   *_fd_import_queue_new          (FdStore        *store);
gboolean         _fd_import_queue_is_full      (FdImportQueue  *queue);
/* Hands @chunk to the parsers. */
void             _fd_import_queue_push         (FdImportQueue  *queue,
                                                FdImportChunk  *chunk);
/* The oldest chunk, once parsed; NULL when none is left. */
FdImportChunk   *_fd_import_queue_pop          (FdImportQueue  *queue);
/* Waits for the chunks being parsed and drops those left. */
void             _fd_import_queue_free         (FdImportQueue  *queue);
/* Writes a parsed chunk in input order. */
gboolean         _fd_importer_add_chunk        (FdImporter     *self,
                                                FdImportChunk  *chunk,
                                                GCancellable   *cancellable,
                                                GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdImportChunk, _fd_import_chunk_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdImportQueue, _fd_import_queue_free)

/* Mail files (fd-importer-eml.c): one file, with what a Maildir file name
 * or a Sent folder says about its state; safe on any thread. */
FdParsedMessage *_fd_importer_parse_mail_file  (const char     *path,
                                                const char     *data_dir,
                                                FdDirection     direction,
                                                GError        **error);
gboolean         _fd_importer_import_mail_file (FdImporter     *self,
                                                const char     *path,
                                                FdDirection     direction,
                                                GError        **error);
/* Many files, parsed ahead in chunks, stored in order. */
gboolean         _fd_importer_import_mail_files (FdImporter    *self,
                                                 GPtrArray     *files,
                                                 FdDirection    direction,
                                                 GCancellable  *cancellable,
                                                 GError       **error);

/* fd-importer-mbox.c */
gboolean         _fd_importer_import_mbox      (FdImporter     *self,
                                                const char     *path,
                                                GCancellable   *cancellable,
                                                GError        **error);

G_END_DECLS
