/* fd-email-config.h: where an email account's servers are and how to
 * reach them, as kept in the account's settings (never the password).
 *
 * Settings keys of an "email" account:
 *   username, imap-host, imap-port, imap-security, smtp-host, smtp-port,
 *   smtp-security ("tls", "starttls" or "none"), trusted-certificates
 *   (SHA-256 fingerprints the person chose to trust, comma separated),
 *   folders (extra folders to sync, comma separated), sent-folder,
 *   server-saves-sent (the server files sent mail itself, e.g. Gmail),
 *   history-days, auth ("password", the default, or "oauth2": the secret
 *   in the keyring is then an OAuth refresh token, and the servers get
 *   access tokens with SASL OAUTHBEARER or XOAUTH2), oauth-authorize-url,
 *   oauth-token-url, oauth-client-id, oauth-scope (the OAuth 2
 *   authorization server, see fd-oauth.h), goa-account-id (signs in
 *   through GNOME Online Accounts, which keeps the secret).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-account.h"

G_BEGIN_DECLS

#define FD_TYPE_EMAIL_CONFIG (fd_email_config_get_type ())
#define FD_EMAIL_ERROR       (fd_email_error_quark ())

typedef enum {
  FD_EMAIL_SECURITY_TLS,       /* TLS from the first byte (993, 465) */
  FD_EMAIL_SECURITY_STARTTLS,  /* plain, then STARTTLS before anything else (143, 587) */
  FD_EMAIL_SECURITY_NONE,      /* only when chosen explicitly, or on loopback */
} FdEmailSecurity;

typedef enum {
  FD_EMAIL_ERROR_CONNECT,                /* no connection: host, port, network */
  FD_EMAIL_ERROR_UNTRUSTED_CERTIFICATE,  /* see fd_email_error_get_fingerprint() */
  FD_EMAIL_ERROR_TLS,                    /* no encryption offered or it failed */
  FD_EMAIL_ERROR_AUTH,                   /* wrong user name or password */
  FD_EMAIL_ERROR_PROTOCOL,               /* the server answered something unexpected */
  FD_EMAIL_ERROR_NOT_FOUND,              /* no settings found for a domain */
  FD_EMAIL_ERROR_INVALID,                /* incomplete settings */
} FdEmailError;

typedef enum {
  FD_EMAIL_AUTH_PASSWORD,
  FD_EMAIL_AUTH_OAUTH2,        /* the secret given to a connection is an access token */
} FdEmailAuth;

typedef struct {
  char            *address;
  char            *display_name;
  char            *username;
  char            *imap_host;
  guint16          imap_port;
  FdEmailSecurity  imap_security;
  char            *smtp_host;
  guint16          smtp_port;
  FdEmailSecurity  smtp_security;
  char           **trusted_certificates;  /* lower-case hex SHA-256, may be NULL */
  gboolean         server_saves_sent;
  /* The user chose to send the password and mail unencrypted to a server
   * that is not on this computer (setting "allow-unencrypted"). */
  gboolean         allow_unencrypted;
  gint             history_days;          /* 0: the default */
  char            *source;                /* where autoconfig found it, for a person */
  FdEmailAuth      auth;
  /* With FD_EMAIL_AUTH_OAUTH2: the authorization server. */
  char            *oauth_authorize_url;
  char            *oauth_token_url;
  char            *oauth_client_id;
  char            *oauth_scope;
  /* Signed in through GNOME Online Accounts (fd-email-goa.h): its id. */
  char            *goa_account_id;
} FdEmailConfig;

GQuark          fd_email_error_quark           (void);
/* The SHA-256 fingerprint (lower-case hex, colon separated) of the
 * certificate an FD_EMAIL_ERROR_UNTRUSTED_CERTIFICATE error refused. */
const char     *fd_email_error_get_fingerprint (const GError    *error);
void            fd_email_set_untrusted_error   (GError         **error,
                                                const char      *host,
                                                const char      *fingerprint,
                                                const char      *reason);

GType           fd_email_config_get_type       (void) G_GNUC_CONST;
FdEmailConfig  *fd_email_config_new            (void);
FdEmailConfig  *fd_email_config_copy           (const FdEmailConfig *config);
void            fd_email_config_free           (FdEmailConfig       *config);
/* Checks that every field needed to connect is there, and
 * fd_email_config_check_security(). */
gboolean        fd_email_config_validate       (const FdEmailConfig *config,
                                                GError             **error);
/* Fails for an unencrypted connection to a server that is not on this
 * computer, unless the user allowed it (allow_unencrypted). */
gboolean        fd_email_config_check_security (const FdEmailConfig *config,
                                                GError             **error);
FdEmailConfig  *fd_email_config_new_from_account (FdAccount         *account);
/* Writes the server settings into @account (not saved). */
void            fd_email_config_apply_to_account (const FdEmailConfig *config,
                                                  FdAccount           *account);
gboolean        fd_email_config_trusts         (const FdEmailConfig *config,
                                                const char          *fingerprint);
void            fd_email_config_add_trusted    (FdEmailConfig       *config,
                                                const char          *fingerprint);

const char     *fd_email_security_to_string    (FdEmailSecurity      security);
gboolean        fd_email_security_from_string  (const char          *str,
                                                FdEmailSecurity     *security);
const char     *fd_email_auth_to_string        (FdEmailAuth          auth);
gboolean        fd_email_auth_from_string      (const char          *str,
                                                FdEmailAuth         *auth);
/* TRUE for localhost, 127.0.0.0/8 and ::1. */
/* The part after the last '@', lower case; NULL when there is none. */
char           *fd_email_address_get_domain    (const char          *address);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdEmailConfig, fd_email_config_free)

G_END_DECLS
