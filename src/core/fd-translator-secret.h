/* fd-translator-secret.h: translation API keys in the keyring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Keys are stored under the schema io.github.frontdesk.Frontdesk.Translator
 * with the attributes "engine" (e.g. "deepl") and "url" ("" for none). */

void      fd_translator_secret_store_async   (const char          *engine,
                                              const char          *url,
                                              const char          *key,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean  fd_translator_secret_store_finish  (GAsyncResult        *result,
                                              GError             **error);

/* Returns the key, or NULL without an error when none is stored. */
void      fd_translator_secret_lookup_async  (const char          *engine,
                                              const char          *url,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
char     *fd_translator_secret_lookup_finish (GAsyncResult        *result,
                                              GError             **error);

void      fd_translator_secret_clear_async   (const char          *engine,
                                              const char          *url,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean  fd_translator_secret_clear_finish  (GAsyncResult        *result,
                                              GError             **error);

/* Blocking versions, for the command line and worker threads only. */
gboolean  fd_translator_secret_store_sync    (const char          *engine,
                                              const char          *url,
                                              const char          *key,
                                              GCancellable        *cancellable,
                                              GError             **error);
char     *fd_translator_secret_lookup_sync   (const char          *engine,
                                              const char          *url,
                                              GCancellable        *cancellable,
                                              GError             **error);

G_END_DECLS
