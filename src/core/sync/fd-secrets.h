/* fd-secrets.h: passwords and tokens, kept only in the keyring.
 *
 * Each secret belongs to one account of one profile and has a kind
 * ("password", "access-token", "refresh-token", "app-password"…). It is
 * kept under the profile's id (fd_store_get_profile_id()), the account's
 * id, the server it is sent to and the user it signs in as: account ids
 * start at 1 in every profile, and a secret must never reach another
 * profile's server. Callers hand over the account itself, loaded from or
 * saved in its profile, so the key is always made the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-account.h"

G_BEGIN_DECLS

#define FD_SECRETS_SCHEMA_NAME "io.github.frontdesk.Frontdesk.Secret"
/* Before profiles had ids: keyed by account id and kind only. Such an
 * entry is moved under the new key when it can be told to be this
 * account's (see fd-secrets.c), else left alone. */
#define FD_SECRETS_LEGACY_SCHEMA_NAME "io.github.frontdesk.Frontdesk.Account"

#define FD_SECRETS_ERROR (fd_secrets_error_quark ())

typedef enum {
  FD_SECRETS_ERROR_INCOMPLETE,     /* the account lacks its server or user name */
  FD_SECRETS_ERROR_SIGN_IN_AGAIN,  /* an older entry could not safely be used */
} FdSecretsError;

GQuark    fd_secrets_error_quark  (void);

/* Keyring failures are G_IO_ERROR_FAILED with a sentence saying what to
 * do; @account must have been saved in (or loaded from) a store. */
gboolean  fd_secrets_store_sync   (FdAccount           *account,
                                   const char          *kind,
                                   const char          *label,
                                   const char          *secret,
                                   GCancellable        *cancellable,
                                   GError             **error);
/* Returns NULL without an error when there is no such secret, and with
 * FD_SECRETS_ERROR_SIGN_IN_AGAIN when only an older entry was found that
 * cannot be known to be this account's. */
char     *fd_secrets_lookup_sync  (FdAccount           *account,
                                   const char          *kind,
                                   GCancellable        *cancellable,
                                   GError             **error);
/* @kind NULL clears every secret of the account. */
gboolean  fd_secrets_clear_sync   (FdAccount           *account,
                                   const char          *kind,
                                   GCancellable        *cancellable,
                                   GError             **error);

/* The key is read from @account when called: the account may change or
 * be deleted while the keyring works. */
void      fd_secrets_store_async  (FdAccount           *account,
                                   const char          *kind,
                                   const char          *label,
                                   const char          *secret,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean  fd_secrets_store_finish (GAsyncResult        *result,
                                   GError             **error);
void      fd_secrets_lookup_async (FdAccount           *account,
                                   const char          *kind,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
char     *fd_secrets_lookup_finish (GAsyncResult       *result,
                                    GError            **error);
void      fd_secrets_clear_async  (FdAccount           *account,
                                   const char          *kind,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean  fd_secrets_clear_finish (GAsyncResult        *result,
                                   GError             **error);

G_END_DECLS
