/* fd-listening-private.h: what the sync run needs of listening.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-listening.h"

G_BEGIN_DECLS

/* For the sync run: the terms of @account_id with where each left off
 * (FdListeningTerm.cursor), in id order. (element-type FdListeningTerm) */
GPtrArray       *_fd_listening_load_terms     (FdStore          *store,
                                               gint64            account_id,
                                               GError          **error);
/* Stores @posts (element-type FdParsedMessage, oldest first) found for
 * @term_id and moves its cursor to @cursor (NULL: where it was), in one
 * transaction. */
gboolean         _fd_listening_store_posts    (FdStore          *store,
                                               gint64            account_id,
                                               gint64            term_id,
                                               GPtrArray        *posts,
                                               const char       *cursor,
                                               GError          **error);

G_END_DECLS
