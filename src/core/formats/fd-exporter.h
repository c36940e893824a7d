/* fd-exporter.h: messages out of the store, in a form import reads back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "fd-store.h"

G_BEGIN_DECLS

typedef enum {
  FD_EXPORT_JSONL,
  FD_EXPORT_MBOX,
} FdExportFormat;

gboolean fd_export_format_from_string (const char      *str,
                                       FdExportFormat  *format);

/* Writes every message matching @filter (archived ones too), oldest first,
 * to @out. JSON Lines uses the import format plus "state"; mbox carries
 * social posts with X-Frontdesk-* headers. Importing the result into an
 * empty profile gives the same messages, threads and states. */
gboolean fd_export (FdStore         *store,
                    const FdFilter  *filter,
                    FdExportFormat   format,
                    GOutputStream   *out,
                    guint64         *n_exported,
                    GCancellable    *cancellable,
                    GError         **error);

/* The JSON Lines line for @message, without the newline. */
char    *fd_export_message_to_jsonl   (FdMessage       *message);

G_END_DECLS
