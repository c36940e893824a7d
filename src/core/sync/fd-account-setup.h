/* fd-account-setup.h: adding an account, whatever its channel.
 *
 * A channel's provider checks a sign-in with its server and says which
 * account it is (the class methods check_setup, sign_in and
 * is_same_account of FdProviderInterface); this saves that account in
 * the profile and its secret in the keyring, never one without the
 * other. Providers never open the store: they hand over an account
 * object, and the store is written here.
 *
 * Parameters are strings named like the options of "frontdesk-cli
 * account add" ("server", "address", "imap-host", "allow-unencrypted",
 * …); each channel reads its own and ignores the others. "account-id"
 * (from fd_account_setup_dup_params()) makes adding sign in to that
 * account again instead of adding one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-account.h"

G_BEGIN_DECLS

#define FD_ACCOUNT_SETUP_ERROR (fd_account_setup_error_quark ())

typedef enum {
  FD_ACCOUNT_SETUP_ERROR_NOT_SUPPORTED,          /* this build cannot add accounts of the channel */
  FD_ACCOUNT_SETUP_ERROR_INVALID,                /* a parameter is missing or wrong: change it */
  FD_ACCOUNT_SETUP_ERROR_UNTRUSTED_CERTIFICATE,  /* see fd_account_setup_error_get_fingerprint() */
  FD_ACCOUNT_SETUP_ERROR_KEYRING,                /* the secret could not be kept: nothing was added */
} FdAccountSetupError;

GQuark      fd_account_setup_error_quark           (void);
/* The SHA-256 fingerprint of the certificate an
 * FD_ACCOUNT_SETUP_ERROR_UNTRUSTED_CERTIFICATE error refused; the
 * parameter "trust-certificate" with it trusts that certificate. */
const char *fd_account_setup_error_get_fingerprint (const GError  *error);
void        fd_account_setup_set_untrusted_error   (GError       **error,
                                                    const char    *fingerprint,
                                                    const char    *message);

/* Whether this build can add accounts of @channel. */
gboolean    fd_account_setup_can_add               (const char    *channel);

/* Whether @params describe an account of @channel well enough to ask
 * its server, before anything is asked of the server or the person:
 * FD_ACCOUNT_SETUP_ERROR_INVALID says what to change. */
gboolean    fd_account_setup_check                 (const char    *channel,
                                                    GHashTable    *params,
                                                    GError       **error);

/* Signs in to the account @params describe with @secret, then saves it
 * (fd_account_setup_save_sync()). Blocking: from a thread. @note
 * (nullable) gets a sentence for the person about what was found on the
 * way (where the server settings came from), or NULL. */
FdAccount  *fd_account_setup_add_sync              (const char    *data_dir,
                                                    const char    *channel,
                                                    GHashTable    *params,
                                                    const char    *secret,
                                                    char         **note,
                                                    GCancellable  *cancellable,
                                                    GError       **error);

/* Object data (a string) on the account a provider's sign_in returns,
 * when the server exchanged the typed secret for one to keep instead
 * (Bluesky: an app password for a session): that one goes to the
 * keyring, the typed one nowhere. */
#define FD_ACCOUNT_SETUP_KEPT_SECRET "fd-account-setup-kept-secret"

/* Saves @signed_in, an account a provider just signed in to (not saved),
 * in the profile @data_dir: as the profile's account it is when there is
 * one (signed in again, maybe at a new address), else as a new account;
 * and @secret in the keyring under the channel's secret kind, or the
 * account's setting "secret-kind" when it has one ("none": another
 * program keeps the sign-in, nothing goes to the keyring). On any
 * failure nothing new is kept. Returns the saved account. Blocking. */
FdAccount  *fd_account_setup_save_sync             (const char    *data_dir,
                                                    FdAccount     *signed_in,
                                                    const char    *secret,
                                                    GCancellable  *cancellable,
                                                    GError       **error);

G_END_DECLS
