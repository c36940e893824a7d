/* fd-translator-secret.h: translation API keys in the keyring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-store.h"

G_BEGIN_DECLS

/* Keys belong to a profile: they are stored under the schema
 * io.github.frontdesk.Frontdesk.TranslatorKey with the attributes
 * "profile" (fd_store_get_profile_id()), "engine" (e.g. "deepl") and
 * "url" ("" for none). A key kept by an older Frontdesk, for every
 * profile, becomes the key of the first profile that looks it up. */

void      fd_translator_secret_store_async   (FdStore             *store,
                                              const char          *engine,
                                              const char          *url,
                                              const char          *key,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean  fd_translator_secret_store_finish  (GAsyncResult        *result,
                                              GError             **error);

/* Returns the key, or NULL without an error when none is stored. */
void      fd_translator_secret_lookup_async  (FdStore             *store,
                                              const char          *engine,
                                              const char          *url,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
char     *fd_translator_secret_lookup_finish (GAsyncResult        *result,
                                              GError             **error);

void      fd_translator_secret_clear_async   (FdStore             *store,
                                              const char          *engine,
                                              const char          *url,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean  fd_translator_secret_clear_finish  (GAsyncResult        *result,
                                              GError             **error);

/* Blocking versions, for the command line and worker threads only. */
gboolean  fd_translator_secret_store_sync    (FdStore             *store,
                                              const char          *engine,
                                              const char          *url,
                                              const char          *key,
                                              GCancellable        *cancellable,
                                              GError             **error);
char     *fd_translator_secret_lookup_sync   (FdStore             *store,
                                              const char          *engine,
                                              const char          *url,
                                              GCancellable        *cancellable,
                                              GError             **error);
gboolean  fd_translator_secret_clear_sync    (FdStore             *store,
                                              const char          *engine,
                                              const char          *url,
                                              GCancellable        *cancellable,
                                              GError             **error);

G_END_DECLS
