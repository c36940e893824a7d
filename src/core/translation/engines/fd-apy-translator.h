/* fd-apy-translator.h: an Apertium APy server reached over HTTP.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-translator.h"

G_BEGIN_DECLS

#define FD_TYPE_APY_TRANSLATOR (fd_apy_translator_get_type ())

G_DECLARE_FINAL_TYPE (FdApyTranslator, fd_apy_translator, FD, APY_TRANSLATOR, GObject)

/* @url: the server's base address, e.g. "https://apertium.example.org/apy". */
FdApyTranslator *fd_apy_translator_new     (const char      *url);
const char      *fd_apy_translator_get_url (FdApyTranslator *self);

G_END_DECLS
