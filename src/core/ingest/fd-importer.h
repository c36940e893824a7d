/* fd-importer.h: JSON Lines, mbox and Maildir into the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_IMPORTER (fd_importer_get_type ())
#define FD_IMPORT_ERROR (fd_import_error_quark ())

G_DECLARE_FINAL_TYPE (FdImporter, fd_importer, FD, IMPORTER, GObject)

typedef enum {
  FD_IMPORT_ERROR_NOT_FOUND,
  FD_IMPORT_ERROR_UNKNOWN_FORMAT,
  FD_IMPORT_ERROR_NOTHING_READ,
} FdImportError;

typedef struct {
  guint64 added;        /* new messages stored (committed) */
  guint64 duplicates;   /* already there: re-imports change nothing */
  guint64 skipped;      /* unreadable, each reported through the warning func */
  guint64 files;        /* files read */
} FdImportStats;

/* Called for each skipped line or message: @where is "file:line" or the
 * file name, @reason says why, in words a person can act on. */
typedef void (*FdImportWarningFunc)  (const char          *where,
                                      const char          *reason,
                                      gpointer             user_data);
/* Called every few hundred messages. */
typedef void (*FdImportProgressFunc) (const FdImportStats *stats,
                                      gpointer             user_data);

GQuark      fd_import_error_quark         (void);

FdImporter *fd_importer_new               (FdStore              *store);
void        fd_importer_set_warning_func  (FdImporter           *self,
                                           FdImportWarningFunc   func,
                                           gpointer              user_data);
void        fd_importer_set_progress_func (FdImporter           *self,
                                           FdImportProgressFunc  func,
                                           gpointer              user_data);

/* Imports a file (JSON Lines, mbox, one .eml) or a folder (Maildir, or a
 * folder holding any of these), detecting the format from the content.
 * Messages are committed in batches; a failure in one message skips that
 * message only. Returns FALSE only when the path cannot be read at all or
 * the store fails (a full disk): what was committed before stays. */
gboolean    fd_importer_import_path       (FdImporter           *self,
                                           const char           *path,
                                           GCancellable         *cancellable,
                                           GError              **error);

/* Imports JSON Lines from a stream; @name is used in warnings. */
gboolean    fd_importer_import_jsonl      (FdImporter           *self,
                                           GInputStream         *stream,
                                           const char           *name,
                                           GCancellable         *cancellable,
                                           GError              **error);

/* Commits the last batch. Call once after the last import call. */
gboolean    fd_importer_finish            (FdImporter           *self,
                                           GError              **error);

const FdImportStats *fd_importer_get_stats (FdImporter          *self);

/* Parses one JSON Lines object into a message (exported for providers and
 * tests). Returns NULL with @error set when a required field is missing. */
FdParsedMessage *fd_importer_parse_json_line (const char        *line,
                                              gssize             len,
                                              GError           **error);

G_END_DECLS
