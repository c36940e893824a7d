/* fd-email-setup.c: adding an email account.
 *
 * The login is tested on both servers before anything is kept; the
 * account and its password are then saved by fd-account-setup.c.
 * Parameters (fd-account-setup.h): address, name, username, imap-host,
 * imap-port, imap-security, smtp-host, smtp-port, smtp-security,
 * trust-certificate (SHA-256 fingerprints, apart by spaces or commas),
 * allow-unencrypted, history-days, auth ("password" or "oauth2"),
 * oauth-authorize-url, oauth-token-url, oauth-client-id, oauth-scope.
 * With "oauth2" the secret is the refresh token of a browser sign-in
 * (fd-oauth.h). Server settings not given come from autoconfiguration.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-account-setup.h"
#include "fd-email-autoconfig.h"
#include "fd-email-connection.h"
#include "fd-email-goa.h"
#include "fd-email-provider-private.h"
#include "fd-oauth.h"

/* The account @config describes once its login works; not saved. */
static FdAccount *
sign_in_config (const FdEmailConfig  *config,
                const char           *name,
                const char           *password,
                GCancellable         *cancellable,
                GError              **error)
{
  FdAccount *account;

  if (!fd_email_config_validate (config, error))
    return NULL;
  if (password == NULL || *password == '\0')
    {
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_INVALID,
                   config->auth == FD_EMAIL_AUTH_OAUTH2 ? _("Sign in in the browser first.")
                                                        : _("Enter the password of the mailbox."));
      return NULL;
    }

  if (config->auth == FD_EMAIL_AUTH_OAUTH2)
    {
      /* @password is the refresh token the browser sign-in brought; the
       * servers want an access token (the one that came with it). */
      g_autoptr(GError) local_error = NULL;
      char *access_token;
      gboolean ok;

      if (config->oauth_token_url == NULL || config->oauth_client_id == NULL)
        {
          g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_INVALID,
                       _("Give the sign-in server’s token address and Frontdesk’s client id there."));
          return NULL;
        }
      if (!(access_token = fd_oauth_dup_access_token (config->oauth_token_url, config->oauth_client_id, password,
                                                      FALSE, NULL, cancellable, &local_error)))
        {
          g_set_error_literal (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_AUTH, local_error->message);
          return NULL;
        }
      ok = fd_email_test_login (config, access_token, cancellable, error);
      memset (access_token, 0, strlen (access_token));
      g_free (access_token);
      if (!ok)
        return NULL;
    }
  else if (!fd_email_test_login (config, password, cancellable, error))
    return NULL;

  account = fd_account_new (FD_EMAIL_CHANNEL, name != NULL && *name != '\0' ? name : config->address,
                            config->address);
  fd_email_config_apply_to_account (config, account);
  fd_account_set_setting_string (account, "secret-kind",
                                 config->auth == FD_EMAIL_AUTH_OAUTH2 ? "refresh-token" : "password");

  return account;
}

gint64
fd_email_account_add (const char           *data_dir,
                      const FdEmailConfig  *config,
                      const char           *name,
                      const char           *password,
                      GCancellable         *cancellable,
                      GError              **error)
{
  g_autoptr(FdAccount) signed_in = NULL;
  g_autoptr(FdAccount) account = NULL;

  g_return_val_if_fail (data_dir != NULL, 0);
  g_return_val_if_fail (config != NULL, 0);

  if (!(signed_in = sign_in_config (config, name, password, cancellable, error)) ||
      !(account = fd_account_setup_save_sync (data_dir, signed_in, password, cancellable, error)))
    return 0;

  return fd_account_get_id (account);
}

typedef struct
{
  char          *data_dir;
  FdEmailConfig *config;
  char          *name;
  char          *password;
} AddData;

static void
add_data_free (AddData *data)
{
  g_free (data->data_dir);
  fd_email_config_free (data->config);
  g_free (data->name);
  if (data->password != NULL)
    memset (data->password, 0, strlen (data->password));
  g_free (data->password);
  g_free (data);
}

static void
add_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  AddData *data = task_data;
  GError *error = NULL;
  gint64 id;

  if (!(id = fd_email_account_add (data->data_dir, data->config, data->name, data->password, cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_int (task, id);
}

void
fd_email_account_add_async (const char          *data_dir,
                            const FdEmailConfig *config,
                            const char          *name,
                            const char          *password,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  AddData *data = g_new0 (AddData, 1);

  data->data_dir = g_strdup (data_dir);
  data->config = fd_email_config_copy (config);
  data->name = g_strdup (name);
  data->password = g_strdup (password);

  g_task_set_source_tag (task, fd_email_account_add_async);
  g_task_set_task_data (task, data, (GDestroyNotify) add_data_free);
  g_task_run_in_thread (task, add_thread);
}

gint64
fd_email_account_add_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  return g_task_propagate_int (G_TASK (result), error);
}

/* An account of GNOME Online Accounts: its servers and sign-in come
 * from there each time; nothing goes to the keyring. */
static FdAccount *
sign_in_goa (const char    *goa_id,
             const char    *name,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(FdEmailConfig) config = NULL;
  g_autoptr(GError) local_error = NULL;
  char *secret;
  FdAccount *account;
  gboolean ok;

  if (!(config = fd_email_goa_dup_config (goa_id, cancellable, &local_error)) ||
      !(secret = fd_email_goa_dup_secret (goa_id, FALSE, cancellable, &local_error)))
    {
      g_set_error_literal (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_AUTH, local_error->message);
      return NULL;
    }
  config->goa_account_id = g_strdup (goa_id);
  ok = fd_email_test_login (config, secret, cancellable, error);
  memset (secret, 0, strlen (secret));
  g_free (secret);
  if (!ok)
    return NULL;

  account = fd_account_new (FD_EMAIL_CHANNEL, name != NULL && *name != '\0' ? name : config->address,
                            config->address);
  fd_email_config_apply_to_account (config, account);
  fd_account_set_setting_string (account, "secret-kind", "none");
  return account;
}

/* Class methods of the provider (fd-account-setup.h) */

static gboolean
parse_security (GHashTable       *params,
                const char       *key,
                FdEmailSecurity  *security,
                GError          **error)
{
  const char *value = g_hash_table_lookup (params, key);

  if (value == NULL || fd_email_security_from_string (value, security))
    return TRUE;

  g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                       _("The security must be “tls”, “starttls” or “none”."));
  return FALSE;
}

gboolean
_fd_email_check_setup (GHashTable  *params,
                       GError     **error)
{
  const char *address = g_hash_table_lookup (params, "address");
  FdEmailSecurity security;
  FdEmailAuth auth = FD_EMAIL_AUTH_PASSWORD;

  /* Online Accounts knows the address. */
  if (g_hash_table_lookup (params, "goa-account-id") != NULL)
    return TRUE;

  if (address == NULL || strchr (address, '@') == NULL)
    {
      g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                           _("Give the email address with --address, for example --address shop@example.com."));
      return FALSE;
    }

  /* Before any server is looked up: a typo is not worth a lookup. */
  if (!parse_security (params, "imap-security", &security, error) ||
      !parse_security (params, "smtp-security", &security, error))
    return FALSE;

  if (g_hash_table_lookup (params, "auth") != NULL &&
      !fd_email_auth_from_string (g_hash_table_lookup (params, "auth"), &auth))
    {
      g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                           _("The sign-in must be “password” or “oauth2”."));
      return FALSE;
    }
  if (auth == FD_EMAIL_AUTH_OAUTH2 && fd_email_oauth_provider_for_address (address) == NULL &&
      (g_hash_table_lookup (params, "oauth-authorize-url") == NULL ||
       g_hash_table_lookup (params, "oauth-token-url") == NULL ||
       g_hash_table_lookup (params, "oauth-client-id") == NULL))
    {
      g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                           _("Signing in with OAuth needs the sign-in server: give --oauth-authorize-url, "
                             "--oauth-token-url and --oauth-client-id as your provider or administrator says."));
      return FALSE;
    }

  return TRUE;
}

static void
replace_string (char       **field,
                GHashTable  *params,
                const char  *key)
{
  const char *value = g_hash_table_lookup (params, key);

  if (value != NULL)
    {
      g_free (*field);
      *field = g_strdup (value);
    }
}

static gint64
lookup_int (GHashTable *params,
            const char *key)
{
  const char *value = g_hash_table_lookup (params, key);

  return value != NULL ? g_ascii_strtoll (value, NULL, 10) : 0;
}

FdAccount *
_fd_email_sign_in (GHashTable    *params,
                   const char    *secret,
                   char         **note,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(FdEmailConfig) config = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *address = g_hash_table_lookup (params, "address");
  const char *trust = g_hash_table_lookup (params, "trust-certificate");
  FdAccount *account;
  gint64 port;

  if (!_fd_email_check_setup (params, error))
    return NULL;

  if (g_hash_table_lookup (params, "goa-account-id") != NULL)
    return sign_in_goa (g_hash_table_lookup (params, "goa-account-id"), g_hash_table_lookup (params, "name"),
                        cancellable, error);

  if (!g_hash_table_contains (params, "imap-host") || !g_hash_table_contains (params, "smtp-host"))
    {
      if (!(config = fd_email_autoconfig_lookup (address, cancellable, error)))
        return NULL;
      /* Translators: %s says where, e.g. "the domain’s DNS records" */
      *note = g_strdup_printf (_("Found the server settings in %s."), config->source);
    }
  else
    config = fd_email_config_new ();

  g_free (config->address);
  config->address = g_strdup (address);
  replace_string (&config->username, params, "username");
  if (config->username == NULL)
    config->username = g_strdup (address);
  replace_string (&config->imap_host, params, "imap-host");
  replace_string (&config->smtp_host, params, "smtp-host");
  if ((port = lookup_int (params, "imap-port")) > 0)
    config->imap_port = (guint16) CLAMP (port, 1, G_MAXUINT16);
  if ((port = lookup_int (params, "smtp-port")) > 0)
    config->smtp_port = (guint16) CLAMP (port, 1, G_MAXUINT16);
  parse_security (params, "imap-security", &config->imap_security, NULL);
  parse_security (params, "smtp-security", &config->smtp_security, NULL);
  /* One fingerprint, or several apart (the IMAP and the SMTP server may
   * each have a certificate of their own). */
  if (trust != NULL)
    {
      g_auto(GStrv) fingerprints = g_strsplit_set (trust, " ,", -1);

      for (guint i = 0; fingerprints[i] != NULL; i++)
        if (*fingerprints[i] != '\0')
          fd_email_config_add_trusted (config, fingerprints[i]);
    }
  config->allow_unencrypted = g_strcmp0 (g_hash_table_lookup (params, "allow-unencrypted"), "true") == 0;
  g_free (config->display_name);
  config->display_name = g_strdup (g_hash_table_lookup (params, "name"));
  config->history_days = (gint) CLAMP (lookup_int (params, "history-days"), 0, G_MAXINT);
  /* A password unless OAuth was asked for, even where autoconfig would
   * pick OAuth: an app password still works there. */
  config->auth = FD_EMAIL_AUTH_PASSWORD;
  if (g_hash_table_lookup (params, "auth") != NULL)
    fd_email_auth_from_string (g_hash_table_lookup (params, "auth"), &config->auth);
  if (config->auth == FD_EMAIL_AUTH_OAUTH2 && config->oauth_token_url == NULL &&
      fd_email_oauth_provider_for_address (address) != NULL)
    fd_email_config_use_oauth_provider (config, fd_email_oauth_provider_for_address (address));
  replace_string (&config->oauth_authorize_url, params, "oauth-authorize-url");
  replace_string (&config->oauth_token_url, params, "oauth-token-url");
  replace_string (&config->oauth_client_id, params, "oauth-client-id");
  replace_string (&config->oauth_scope, params, "oauth-scope");

  if (!(account = sign_in_config (config, g_hash_table_lookup (params, "name"), secret, cancellable, &local_error)))
    {
      /* Trusting it is a parameter away. */
      if (g_error_matches (local_error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_UNTRUSTED_CERTIFICATE))
        fd_account_setup_set_untrusted_error (error, fd_email_error_get_fingerprint (local_error),
                                              local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return account;
}
