/* fd-email-autoconfig.h: finding an address's mail servers, and adding
 * an email account once its login works (fd-email-setup.c).
 *
 * Where settings come from, in order: a table of well-known providers;
 * the domain's autoconfig file (https://autoconfig.DOMAIN/mail/config-v1.1.xml,
 * then https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml); DNS SRV
 * records (RFC 6186, RFC 8314). $FRONTDESK_AUTOCONFIG_URL replaces the
 * autoconfig URLs (tests).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-email-config.h"

G_BEGIN_DECLS

/* NULL when the domain is not in the table. */
FdEmailConfig  *fd_email_autoconfig_lookup_builtin (const char          *address);
/* Parses a Thunderbird-style config-v1.1.xml for @address. */
FdEmailConfig  *fd_email_autoconfig_parse_xml      (const char          *data,
                                                    gsize                len,
                                                    const char          *address,
                                                    GError             **error);
/* Blocking: every source in turn. FD_EMAIL_ERROR_NOT_FOUND when none knows. */
FdEmailConfig  *fd_email_autoconfig_lookup         (const char          *address,
                                                    GCancellable        *cancellable,
                                                    GError             **error);
void            fd_email_autoconfig_lookup_async   (const char          *address,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
FdEmailConfig  *fd_email_autoconfig_lookup_finish  (GAsyncResult        *result,
                                                    GError             **error);

/* Tests the login (IMAP and SMTP), then saves the account in the profile
 * @data_dir and puts the password in the keyring (fd-account-setup.h).
 * On any failure nothing is kept: no account row, no secret. Blocking.
 * Returns the account id, 0 on error. */
gint64          fd_email_account_add               (const char          *data_dir,
                                                    const FdEmailConfig *config,
                                                    const char          *name,
                                                    const char          *password,
                                                    GCancellable        *cancellable,
                                                    GError             **error);
/* The same in a thread. */
void            fd_email_account_add_async         (const char          *data_dir,
                                                    const FdEmailConfig *config,
                                                    const char          *name,
                                                    const char          *password,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gint64          fd_email_account_add_finish        (GAsyncResult        *result,
                                                    GError             **error);

G_END_DECLS
