/* fd-saved-replies-private.h: shared by the files of saved replies.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-saved-replies.h"

G_BEGIN_DECLS

/* The checks of a title (returned stripped), a language (returned as its
 * interned code) and a text; NULL or FALSE with @error set. */
char       *_fd_saved_replies_check_title  (const char  *title,
                                            GError     **error);
const char *_fd_saved_replies_check_lang   (const char  *lang,
                                            GError     **error);
gboolean    _fd_saved_replies_check_text   (const char  *text,
                                            GError     **error);
/* Adds or replaces @title's variant in @lang, inside the caller's
 * transaction; the values checked already. */
gboolean    _fd_saved_replies_set_variant_unlocked (FdStore     *store,
                                                    const char  *title,
                                                    const char  *lang,
                                                    const char  *text,
                                                    gboolean    *out_replaced,
                                                    GError     **error);

G_END_DECLS
