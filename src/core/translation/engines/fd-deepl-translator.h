/* fd-deepl-translator.h: DeepL's API.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-translator.h"

G_BEGIN_DECLS

#define FD_TYPE_DEEPL_TRANSLATOR (fd_deepl_translator_get_type ())

G_DECLARE_FINAL_TYPE (FdDeeplTranslator, fd_deepl_translator, FD, DEEPL_TRANSLATOR, GObject)

/* Free keys end in ":fx" and use api-free.deepl.com, others api.deepl.com;
 * @url (may be NULL) overrides that. Read the key from the keyring with
 * fd_translator_secret_lookup_async(). */
FdDeeplTranslator *fd_deepl_translator_new      (const char *api_key,
                                                 const char *url);

/* The address requests go to. */
const char        *fd_deepl_translator_get_url  (FdDeeplTranslator *self);

G_END_DECLS
