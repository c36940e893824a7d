/* fd-email-goa.h: mail accounts from GNOME Online Accounts.
 *
 * The desktop already signed in to them: their servers come from GOA's
 * Mail interface, and the access token (or password) is asked from GOA
 * each time Frontdesk connects, never stored by Frontdesk. An account
 * that GOA says needs attention is an FD_PROVIDER_ERROR_AUTH whose
 * message says to open Online Accounts in Settings.
 *
 * Blocking: from a thread, or where a short D-Bus call is fine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-email-config.h"

G_BEGIN_DECLS

typedef struct {
  char *id;        /* GOA's account id */
  char *name;      /* the provider's name, "Google" */
  char *address;   /* the mail address */
} FdEmailGoaAccount;

void           fd_email_goa_account_free (FdEmailGoaAccount *account);

/* (element-type FdEmailGoaAccount): GOA's accounts with mail switched on
 * and IMAP and SMTP; empty when GOA does not run. */
GPtrArray     *fd_email_goa_list         (GCancellable       *cancellable,
                                          GError            **error);
/* The servers of GOA account @goa_id, with auth FD_EMAIL_AUTH_OAUTH2 or
 * FD_EMAIL_AUTH_PASSWORD as GOA signs in to it. */
FdEmailConfig *fd_email_goa_dup_config   (const char         *goa_id,
                                          GCancellable       *cancellable,
                                          GError            **error);
/* What to sign in with now: an access token or the password. @renew:
 * ask GOA to check the credentials first (after a refused login).
 * Errors are FD_PROVIDER_ERROR. */
char          *fd_email_goa_dup_secret   (const char         *goa_id,
                                          gboolean            renew,
                                          GCancellable       *cancellable,
                                          GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdEmailGoaAccount, fd_email_goa_account_free)

G_END_DECLS
