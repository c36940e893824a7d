/* fd-translation-setup.h: the translation manager as the settings say.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-translation-manager.h"

G_BEGIN_DECLS

/* Engines from the translation-engines setting, in its order, with their
 * addresses from the settings and keys from the keyring; follows changes
 * of those settings. @settings may be NULL: Apertium alone. */
FdTranslationManager *fd_translation_setup_new          (FdStore     *store,
                                                         GSettings   *settings);
/* Makes the engine called @name ("apertium", "apy", "libretranslate",
 * "deepl") with @url and @key, or NULL when it needs what is missing. */
FdTranslator         *fd_translation_setup_make_engine  (const char  *name,
                                                         const char  *url,
                                                         const char  *key);
/* Adds the translation of every Mastodon account of @accounts (element-type
 * FdAccount) that has a sign-in in the keyring, after the other engines;
 * follows the accounts as they come and go. Does nothing to a manager
 * that fd_translation_setup_new() did not make. */
void                  fd_translation_setup_set_accounts (FdTranslationManager *manager,
                                                         GListModel           *accounts);
/* The language the person reads, from the locale: "en" for C/POSIX. */
char                 *fd_translation_setup_user_language (void);

G_END_DECLS
