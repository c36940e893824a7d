/* fd-email-autoconfig.h: finding an address's mail servers, and adding
 * an email account once its login works (fd-email-setup.c).
 *
 * Where settings come from, in order: a table of well-known providers;
 * the domain's autoconfig file (https://autoconfig.DOMAIN/mail/config-v1.1.xml,
 * then https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml); the
 * domain's MX records, when they name Google or Microsoft 365; DNS SRV
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

/* Providers whose mail is signed in to with OAuth 2 (Google, Microsoft
 * 365): their authorization server, and the client id this build was
 * given (meson options google_client_id, microsoft_client_id), "" when
 * none. Autoconfig picks OAuth for their domains and for domains whose MX
 * is theirs. */
typedef struct {
  const char *id;                /* "google", "microsoft" */
  const char *name;              /* N_() */
  const char *domains;           /* space separated */
  const char *mx_suffixes;       /* space separated: an MX host under one is theirs */
  const char *authorize_url;
  const char *token_url;
  const char *scope;
  const char *authorize_params;  /* extra query parameters, "name=value&…" */
  const char *client_id;
  /* The servers of a domain found by its MX. */
  const char *imap_host;
  guint16     imap_port;
  const char *smtp_host;
  guint16     smtp_port;
  FdEmailSecurity smtp_security;
} FdEmailOAuthProvider;

const FdEmailOAuthProvider *fd_email_oauth_provider_for_address   (const char *address);
const FdEmailOAuthProvider *fd_email_oauth_provider_for_mx        (const char *mx_host);
const FdEmailOAuthProvider *fd_email_oauth_provider_for_token_url (const char *token_url);
/* Makes @config sign in with @provider's OAuth. */
void            fd_email_config_use_oauth_provider (FdEmailConfig              *config,
                                                    const FdEmailOAuthProvider *provider);
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
