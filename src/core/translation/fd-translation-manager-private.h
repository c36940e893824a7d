/* fd-translation-manager-private.h: shared by the manager's files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-translation-manager.h"

G_BEGIN_DECLS

FdStore *_fd_translation_manager_get_store (FdTranslationManager *self);
/* The key a text's translations are kept under. */
char    *_fd_translation_text_hash         (const char           *text);

G_END_DECLS
