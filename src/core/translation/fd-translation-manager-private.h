/* fd-translation-manager-private.h: shared by the manager's files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-translation-manager.h"

G_BEGIN_DECLS

FdStore *_fd_translation_manager_get_store (FdTranslationManager *self);
/* The cache in the store (fd-translation-cache.c). */

/* The key a text's translations are kept under. */
char    *_fd_translation_text_hash         (const char           *text);
/* The cached translation of the text of @hash into @to: from @from when
 * known, else from any language. NULL when there is none. */
FdTranslation *_fd_translation_cache_lookup (FdStore    *store,
                                             const char *hash,
                                             const char *from,
                                             const char *to);
/* Keeps a translation made by @engine and takes its text off the queue;
 * *@out_dequeued says whether it was there. */
gboolean _fd_translation_cache_save        (FdStore              *store,
                                            gint64                message_id,
                                            const char           *hash,
                                            const char           *from,
                                            const char           *to,
                                            const char           *engine,
                                            const char           *text,
                                            gboolean             *out_dequeued,
                                            GError              **error);
/* Queues a text to translate once an engine can. */
gboolean _fd_translation_cache_enqueue     (FdStore              *store,
                                            gint64                message_id,
                                            const char           *hash,
                                            const char           *text,
                                            const char           *from,
                                            const char           *to,
                                            GError              **error);

G_END_DECLS
