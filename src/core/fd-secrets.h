/* fd-secrets.h: passwords and tokens, kept only in the keyring.
 *
 * Each secret belongs to an account and has a kind ("password",
 * "access-token", "refresh-token", "app-password"…).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FD_SECRETS_SCHEMA_NAME "io.github.frontdesk.Frontdesk.Account"

gboolean  fd_secrets_store_sync   (gint64               account_id,
                                   const char          *kind,
                                   const char          *label,
                                   const char          *secret,
                                   GCancellable        *cancellable,
                                   GError             **error);
/* Returns NULL without an error when there is no such secret. */
char     *fd_secrets_lookup_sync  (gint64               account_id,
                                   const char          *kind,
                                   GCancellable        *cancellable,
                                   GError             **error);
gboolean  fd_secrets_clear_sync   (gint64               account_id,
                                   const char          *kind,
                                   GCancellable        *cancellable,
                                   GError             **error);

void      fd_secrets_store_async  (gint64               account_id,
                                   const char          *kind,
                                   const char          *label,
                                   const char          *secret,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean  fd_secrets_store_finish (GAsyncResult        *result,
                                   GError             **error);
void      fd_secrets_lookup_async (gint64               account_id,
                                   const char          *kind,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
char     *fd_secrets_lookup_finish (GAsyncResult       *result,
                                    GError            **error);
/* @kind NULL clears every secret of the account. */
void      fd_secrets_clear_async  (gint64               account_id,
                                   const char          *kind,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean  fd_secrets_clear_finish (GAsyncResult        *result,
                                   GError             **error);

G_END_DECLS
