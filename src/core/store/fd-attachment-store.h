/* fd-attachment-store.h: the files messages carry, kept in the profile.
 *
 * Each file is copied under <data dir>/attachments/ and named by the
 * SHA-256 of its content, never by a name someone else chose: the same
 * file twice is kept once, and a name cannot point outside the folder.
 * Written to a temporary file first and renamed, so a crash leaves no
 * half file under a real name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-store.h"

G_BEGIN_DECLS

/* One file: larger is refused. */
#define FD_ATTACHMENT_MAX_FILE_SIZE ((guint64) 100 * 1024 * 1024)
/* A message a mail server takes when it does not say (SMTP SIZE). */
#define FD_ATTACHMENT_DEFAULT_MESSAGE_LIMIT ((guint64) 25 * 1000 * 1000)

#define FD_ATTACHMENT_STORE_ERROR (fd_attachment_store_error_quark ())

typedef enum {
  FD_ATTACHMENT_STORE_ERROR_TOO_LARGE,
  FD_ATTACHMENT_STORE_ERROR_NOT_A_FILE,
} FdAttachmentStoreError;

GQuark      fd_attachment_store_error_quark (void);

/* Copies @file into @store's attachments. Returns the path relative to
 * the data dir ("attachments/<sha256>"), the size in *@out_size. */
char       *fd_attachment_store_add_file    (FdStore      *store,
                                             GFile        *file,
                                             guint64      *out_size,
                                             GError      **error);
/* Keeps @content (a file a provider fetched) like fd_attachment_store_add_file(). */
char       *fd_attachment_store_add_bytes   (FdStore      *store,
                                             GBytes       *content,
                                             GError      **error);
/* The absolute path of @relative_path (as returned above), or NULL when
 * it is not a stored attachment's name. */
char       *fd_attachment_store_get_path    (FdStore      *store,
                                             const char   *relative_path);

G_END_DECLS
