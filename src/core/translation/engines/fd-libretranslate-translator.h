/* fd-libretranslate-translator.h: a LibreTranslate server.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-translator.h"

G_BEGIN_DECLS

#define FD_TYPE_LIBRETRANSLATE_TRANSLATOR (fd_libretranslate_translator_get_type ())

G_DECLARE_FINAL_TYPE (FdLibretranslateTranslator, fd_libretranslate_translator, FD, LIBRETRANSLATE_TRANSLATOR, GObject)

/* @api_key may be NULL for servers that do not ask for one. Keep it in
 * the keyring (fd-translator-secret.h), never in settings. */
FdLibretranslateTranslator *fd_libretranslate_translator_new (const char *url,
                                                              const char *api_key);

G_END_DECLS
