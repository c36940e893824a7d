/* fd-email-config.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-email-config.h"
#include "fd-untrusted.h"

typedef struct
{
  char *fingerprint;
} FdEmailErrorPrivate;

static void
fd_email_error_private_init (FdEmailErrorPrivate *priv)
{
  priv->fingerprint = NULL;
}

static void
fd_email_error_private_copy (const FdEmailErrorPrivate *src,
                             FdEmailErrorPrivate       *dest)
{
  dest->fingerprint = g_strdup (src->fingerprint);
}

static void
fd_email_error_private_clear (FdEmailErrorPrivate *priv)
{
  g_clear_pointer (&priv->fingerprint, g_free);
}

G_DEFINE_EXTENDED_ERROR (FdEmailError, fd_email_error)
G_DEFINE_BOXED_TYPE (FdEmailConfig, fd_email_config, fd_email_config_copy, fd_email_config_free)

const char *
fd_email_error_get_fingerprint (const GError *error)
{
  if (error == NULL || error->domain != FD_EMAIL_ERROR)
    return NULL;

  return fd_email_error_get_private (error)->fingerprint;
}

void
fd_email_set_untrusted_error (GError     **error,
                              const char  *host,
                              const char  *fingerprint,
                              const char  *reason)
{
  GError *local_error;

  if (error == NULL)
    return;

  local_error = g_error_new (FD_EMAIL_ERROR, FD_EMAIL_ERROR_UNTRUSTED_CERTIFICATE,
                             /* Translators: host name, a reason, then a long hexadecimal fingerprint */
                             _("The certificate of %s cannot be verified (%s). Its SHA-256 fingerprint is %s. "
                               "Trust it only if your mail provider or administrator confirms this fingerprint."),
                             host, reason, fingerprint);
  fd_email_error_get_private (local_error)->fingerprint = g_strdup (fingerprint);
  g_propagate_error (error, local_error);
}

FdEmailConfig *
fd_email_config_new (void)
{
  FdEmailConfig *config = g_new0 (FdEmailConfig, 1);

  config->imap_port = 993;
  config->imap_security = FD_EMAIL_SECURITY_TLS;
  config->smtp_port = 465;
  config->smtp_security = FD_EMAIL_SECURITY_TLS;

  return config;
}

FdEmailConfig *
fd_email_config_copy (const FdEmailConfig *config)
{
  FdEmailConfig *copy;

  g_return_val_if_fail (config != NULL, NULL);

  copy = g_memdup2 (config, sizeof *config);
  copy->address = g_strdup (config->address);
  copy->display_name = g_strdup (config->display_name);
  copy->username = g_strdup (config->username);
  copy->imap_host = g_strdup (config->imap_host);
  copy->smtp_host = g_strdup (config->smtp_host);
  copy->trusted_certificates = g_strdupv (config->trusted_certificates);
  copy->source = g_strdup (config->source);
  copy->oauth_authorize_url = g_strdup (config->oauth_authorize_url);
  copy->oauth_token_url = g_strdup (config->oauth_token_url);
  copy->oauth_client_id = g_strdup (config->oauth_client_id);
  copy->oauth_scope = g_strdup (config->oauth_scope);
  copy->goa_account_id = g_strdup (config->goa_account_id);

  return copy;
}

void
fd_email_config_free (FdEmailConfig *config)
{
  if (config == NULL)
    return;

  g_free (config->address);
  g_free (config->display_name);
  g_free (config->username);
  g_free (config->imap_host);
  g_free (config->smtp_host);
  g_strfreev (config->trusted_certificates);
  g_free (config->source);
  g_free (config->oauth_authorize_url);
  g_free (config->oauth_token_url);
  g_free (config->oauth_client_id);
  g_free (config->oauth_scope);
  g_free (config->goa_account_id);
  g_free (config);
}

gboolean
fd_email_config_validate (const FdEmailConfig  *config,
                          GError              **error)
{
  g_return_val_if_fail (config != NULL, FALSE);

  if (config->address == NULL || strchr (config->address, '@') == NULL)
    {
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_INVALID,
                   _("Enter the full email address, such as name@example.com."));
      return FALSE;
    }
  if (config->imap_host == NULL || *config->imap_host == '\0' || config->imap_port == 0)
    {
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_INVALID,
                   _("Enter the incoming (IMAP) server and port."));
      return FALSE;
    }
  if (config->smtp_host == NULL || *config->smtp_host == '\0' || config->smtp_port == 0)
    {
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_INVALID,
                   _("Enter the outgoing (SMTP) server and port."));
      return FALSE;
    }

  return fd_email_config_check_security (config, error);
}

static gboolean
check_encrypted (const char       *host,
                 FdEmailSecurity   security,
                 gboolean          allowed,
                 GError          **error)
{
  if (security != FD_EMAIL_SECURITY_NONE || allowed || fd_untrusted_is_loopback_host (host))
    return TRUE;

  g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_INVALID,
               _("The connection to %s would not be encrypted: your password and your customers’ mail "
                 "would cross the network for anyone to read. Choose TLS or STARTTLS."),
               host);
  return FALSE;
}

gboolean
fd_email_config_check_security (const FdEmailConfig  *config,
                                GError              **error)
{
  g_return_val_if_fail (config != NULL, FALSE);

  return check_encrypted (config->imap_host, config->imap_security, config->allow_unencrypted, error) &&
         check_encrypted (config->smtp_host, config->smtp_security, config->allow_unencrypted, error);
}

static FdEmailSecurity
security_setting (FdAccount       *account,
                  const char      *key,
                  FdEmailSecurity  fallback)
{
  g_autofree char *value = fd_account_dup_setting_string (account, key);
  FdEmailSecurity security;

  if (value != NULL && fd_email_security_from_string (value, &security))
    return security;
  return fallback;
}

FdEmailConfig *
fd_email_config_new_from_account (FdAccount *account)
{
  FdEmailConfig *config = fd_email_config_new ();
  g_autofree char *trusted = NULL;
  g_autofree char *auth = NULL;

  g_return_val_if_fail (FD_IS_ACCOUNT (account), NULL);

  config->address = g_strdup (fd_account_get_address (account));
  config->display_name = g_strdup (fd_account_get_name (account));
  config->username = fd_account_dup_setting_string (account, "username");
  if (config->username == NULL)
    config->username = g_strdup (config->address);
  config->imap_host = fd_account_dup_setting_string (account, "imap-host");
  config->imap_port = (guint16) CLAMP (fd_account_get_setting_int (account, "imap-port", 993), 0, G_MAXUINT16);
  config->imap_security = security_setting (account, "imap-security", FD_EMAIL_SECURITY_TLS);
  config->smtp_host = fd_account_dup_setting_string (account, "smtp-host");
  config->smtp_port = (guint16) CLAMP (fd_account_get_setting_int (account, "smtp-port", 465), 0, G_MAXUINT16);
  config->smtp_security = security_setting (account, "smtp-security", FD_EMAIL_SECURITY_TLS);
  config->server_saves_sent = fd_account_get_setting_boolean (account, "server-saves-sent", FALSE);
  config->allow_unencrypted = fd_account_get_setting_boolean (account, "allow-unencrypted", FALSE);

  trusted = fd_account_dup_setting_string (account, "trusted-certificates");
  if (trusted != NULL && *trusted != '\0')
    config->trusted_certificates = g_strsplit (trusted, ",", -1);

  auth = fd_account_dup_setting_string (account, "auth");
  if (auth == NULL || !fd_email_auth_from_string (auth, &config->auth))
    config->auth = FD_EMAIL_AUTH_PASSWORD;
  config->oauth_authorize_url = fd_account_dup_setting_string (account, "oauth-authorize-url");
  config->oauth_token_url = fd_account_dup_setting_string (account, "oauth-token-url");
  config->oauth_client_id = fd_account_dup_setting_string (account, "oauth-client-id");
  config->oauth_scope = fd_account_dup_setting_string (account, "oauth-scope");
  config->goa_account_id = fd_account_dup_setting_string (account, "goa-account-id");

  return config;
}

void
fd_email_config_apply_to_account (const FdEmailConfig *config,
                                  FdAccount           *account)
{
  g_return_if_fail (config != NULL);
  g_return_if_fail (FD_IS_ACCOUNT (account));

  fd_account_set_address (account, config->address);
  fd_account_set_setting_string (account, "username", config->username != NULL ? config->username : config->address);
  fd_account_set_setting_string (account, "imap-host", config->imap_host);
  fd_account_set_setting_int (account, "imap-port", config->imap_port);
  fd_account_set_setting_string (account, "imap-security", fd_email_security_to_string (config->imap_security));
  fd_account_set_setting_string (account, "smtp-host", config->smtp_host);
  fd_account_set_setting_int (account, "smtp-port", config->smtp_port);
  fd_account_set_setting_string (account, "smtp-security", fd_email_security_to_string (config->smtp_security));
  fd_account_set_setting_boolean (account, "server-saves-sent", config->server_saves_sent);
  fd_account_set_setting_boolean (account, "allow-unencrypted", config->allow_unencrypted);
  if (config->history_days > 0)
    fd_account_set_setting_int (account, "history-days", config->history_days);
  if (config->trusted_certificates != NULL && config->trusted_certificates[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (",", config->trusted_certificates);
      fd_account_set_setting_string (account, "trusted-certificates", joined);
    }
  fd_account_set_setting_string (account, "auth", fd_email_auth_to_string (config->auth));
  fd_account_set_setting_string (account, "goa-account-id", config->goa_account_id);
  if (config->auth == FD_EMAIL_AUTH_OAUTH2)
    {
      fd_account_set_setting_string (account, "oauth-authorize-url", config->oauth_authorize_url);
      fd_account_set_setting_string (account, "oauth-token-url", config->oauth_token_url);
      fd_account_set_setting_string (account, "oauth-client-id", config->oauth_client_id);
      fd_account_set_setting_string (account, "oauth-scope", config->oauth_scope);
    }
}

static char *
normalize_fingerprint (const char *fingerprint)
{
  GString *out = g_string_new (NULL);

  for (const char *p = fingerprint; *p != '\0'; p++)
    if (g_ascii_isxdigit (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

gboolean
fd_email_config_trusts (const FdEmailConfig *config,
                        const char          *fingerprint)
{
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (config != NULL, FALSE);

  if (config->trusted_certificates == NULL || fingerprint == NULL)
    return FALSE;

  wanted = normalize_fingerprint (fingerprint);
  for (guint i = 0; config->trusted_certificates[i] != NULL; i++)
    {
      g_autofree char *have = normalize_fingerprint (config->trusted_certificates[i]);

      if (*have != '\0' && g_str_equal (have, wanted))
        return TRUE;
    }

  return FALSE;
}

void
fd_email_config_add_trusted (FdEmailConfig *config,
                             const char    *fingerprint)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autofree char *normalized = NULL;

  g_return_if_fail (config != NULL);
  g_return_if_fail (fingerprint != NULL);

  if (fd_email_config_trusts (config, fingerprint))
    return;

  builder = g_strv_builder_new ();
  if (config->trusted_certificates != NULL)
    g_strv_builder_addv (builder, (const char **) config->trusted_certificates);
  normalized = normalize_fingerprint (fingerprint);
  g_strv_builder_add (builder, normalized);
  g_strfreev (config->trusted_certificates);
  config->trusted_certificates = g_strv_builder_end (builder);
}

const char *
fd_email_security_to_string (FdEmailSecurity security)
{
  switch (security)
    {
    case FD_EMAIL_SECURITY_TLS:
      return "tls";
    case FD_EMAIL_SECURITY_STARTTLS:
      return "starttls";
    case FD_EMAIL_SECURITY_NONE:
      return "none";
    default:
      g_return_val_if_reached ("tls");
    }
}

gboolean
fd_email_security_from_string (const char      *str,
                               FdEmailSecurity *security)
{
  if (g_strcmp0 (str, "tls") == 0 || g_strcmp0 (str, "ssl") == 0)
    *security = FD_EMAIL_SECURITY_TLS;
  else if (g_strcmp0 (str, "starttls") == 0)
    *security = FD_EMAIL_SECURITY_STARTTLS;
  else if (g_strcmp0 (str, "none") == 0 || g_strcmp0 (str, "plain") == 0)
    *security = FD_EMAIL_SECURITY_NONE;
  else
    return FALSE;

  return TRUE;
}

const char *
fd_email_auth_to_string (FdEmailAuth auth)
{
  return auth == FD_EMAIL_AUTH_OAUTH2 ? "oauth2" : "password";
}

gboolean
fd_email_auth_from_string (const char  *str,
                           FdEmailAuth *auth)
{
  if (g_strcmp0 (str, "password") == 0)
    *auth = FD_EMAIL_AUTH_PASSWORD;
  else if (g_strcmp0 (str, "oauth2") == 0)
    *auth = FD_EMAIL_AUTH_OAUTH2;
  else
    return FALSE;

  return TRUE;
}

char *
fd_email_address_get_domain (const char *address)
{
  const char *at;

  if (address == NULL || (at = strrchr (address, '@')) == NULL || at[1] == '\0')
    return NULL;

  return g_ascii_strdown (at + 1, -1);
}
