/* fd-apertium-translator.h: Apertium installed on this computer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-translator.h"

G_BEGIN_DECLS

#define FD_TYPE_APERTIUM_TRANSLATOR (fd_apertium_translator_get_type ())

G_DECLARE_FINAL_TYPE (FdApertiumTranslator, fd_apertium_translator, FD, APERTIUM_TRANSLATOR, GObject)

/* The pairs in /usr/share/apertium/modes. */
FdApertiumTranslator *fd_apertium_translator_new        (void);
FdApertiumTranslator *fd_apertium_translator_new_for_dir (const char           *modes_dir);

/* TRUE when the `apertium` program and at least one pair are installed. */
gboolean              fd_apertium_translator_is_available (FdApertiumTranslator *self);

/* The loopback address of the APy server this engine started, or NULL
 * before the first translation (or when it fell back to `apertium`). */
const char           *fd_apertium_translator_get_server_url (FdApertiumTranslator *self);

/* Stops the APy server; the next translation starts it again. */
void                  fd_apertium_translator_stop       (FdApertiumTranslator *self);

G_END_DECLS
