/* fd-signatures.h: an account's signature, below its e-mail replies.
 *
 * Plain text, one for any language and optionally one per language. The
 * outbox adds it below replies on mail channels (FD_CHANNEL_MAIL), never
 * on social ones; the composer shows it before sending.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

typedef struct {
  char *lang;     /* ISO 639-1, or "" for any language */
  char *text;
} FdSignature;

void        fd_signature_free       (FdSignature  *signature);

/* Sets @account_id's signature for @lang (NULL or "": any language);
 * a NULL or blank @text removes it. */
gboolean    fd_signatures_set       (FdStore      *store,
                                     gint64        account_id,
                                     const char   *lang,
                                     const char   *text,
                                     GError      **error);
/* The signature for a reply in @lang: that language's, else the one for
 * any language; NULL when there is none (or on error, with @error set). */
char       *fd_signatures_get       (FdStore      *store,
                                     gint64        account_id,
                                     const char   *lang,
                                     GError      **error);
/* (element-type FdSignature) the one for any language first. */
GPtrArray  *fd_signatures_list      (FdStore      *store,
                                     gint64        account_id,
                                     GError      **error);
/* @text with @signature below it after the usual "-- " line (RFC 3676),
 * which mail programs recognise and leave out of quotes. */
char       *fd_signatures_append    (const char   *text,
                                     const char   *signature);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSignature, fd_signature_free)

G_END_DECLS
