/* fd-email-setup-form.c: what the window asks to add an email account.
 *
 * The address and password, the server settings folded away: "discover"
 * fills them in from the address (autoconfiguration), and the person may
 * change them. Google, Microsoft 365 and any OAuth server sign in in the
 * browser instead of with a password (fd-oauth.h). Adding tests the login on both servers (fd-email-setup.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-account-setup-form.h"
#include "fd-email-autoconfig.h"
#include "fd-email-goa.h"
#include "fd-email-provider-private.h"
#include "fd-oauth.h"

static const FdSetupChoice security_choices[] = {
  { "tls", N_("TLS") },
  { "starttls", N_("STARTTLS") },
  /* Translators: no encryption */
  { "none", N_("None") },
  { NULL, NULL }
};

static const FdSetupChoice auth_choices[] = {
  { "password", N_("Password") },
  /* Translators: signing in on the provider's web page (OAuth) */
  { "oauth2", N_("Browser Sign-In") },
  { NULL, NULL }
};

static const FdSetupField fields[] = {
  {
    .id = "address",
    .label = N_("Email Address"),
    .kind = FD_SETUP_FIELD_EMAIL,
    .flags = FD_SETUP_FIELD_DISCOVER_FROM,
    /* Translators: an example address */
    .placeholder = N_("shop@example.com"),
  },
  {
    .id = "auth",
    .label = N_("Sign In With"),
    .kind = FD_SETUP_FIELD_CHOICE,
    .flags = FD_SETUP_FIELD_DISCOVERED,
    .description = N_("Google and Microsoft sign in on their own page in the browser; "
                      "Frontdesk never sees the password there."),
    .default_value = "password",
    .choices = auth_choices,
  },
  {
    .id = "password",
    .label = N_("Password"),
    .kind = FD_SETUP_FIELD_PASSWORD,
    .flags = FD_SETUP_FIELD_SECRET,
    .shown_when = { "auth=password", NULL },
  },
  {
    .id = "name",
    .label = N_("Account Name (optional)"),
    .kind = FD_SETUP_FIELD_TEXT,
    .flags = FD_SETUP_FIELD_OPTIONAL,
    .description = N_("How the account is listed. Left empty, the email address is used."),
  },
  {
    .id = "username",
    .label = N_("User Name"),
    .kind = FD_SETUP_FIELD_TEXT,
    .flags = FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_OPTIONAL | FD_SETUP_FIELD_DISCOVERED,
    .description = N_("The name to sign in with. Left empty, the email address is used."),
  },
  {
    .id = "imap-host",
    .label = N_("Incoming Server (IMAP)"),
    .kind = FD_SETUP_FIELD_TEXT,
    .flags = FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_DISCOVERED,
    /* Translators: an example host name */
    .placeholder = N_("imap.example.com"),
  },
  {
    .id = "imap-port",
    .label = N_("Incoming Port"),
    .kind = FD_SETUP_FIELD_NUMBER,
    .flags = FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_DISCOVERED,
    .default_value = "993",
    .min = 1,
    .max = 65535,
  },
  {
    .id = "imap-security",
    .label = N_("Incoming Security"),
    .kind = FD_SETUP_FIELD_CHOICE,
    .flags = FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_DISCOVERED,
    .default_value = "tls",
    .choices = security_choices,
  },
  {
    .id = "smtp-host",
    .label = N_("Outgoing Server (SMTP)"),
    .kind = FD_SETUP_FIELD_TEXT,
    .flags = FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_DISCOVERED,
    /* Translators: an example host name */
    .placeholder = N_("smtp.example.com"),
  },
  {
    .id = "smtp-port",
    .label = N_("Outgoing Port"),
    .kind = FD_SETUP_FIELD_NUMBER,
    .flags = FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_DISCOVERED,
    .default_value = "465",
    .min = 1,
    .max = 65535,
  },
  {
    .id = "smtp-security",
    .label = N_("Outgoing Security"),
    .kind = FD_SETUP_FIELD_CHOICE,
    .flags = FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_DISCOVERED,
    .default_value = "tls",
    .choices = security_choices,
  },
  {
    .id = "allow-unencrypted",
    .label = N_("Allow _Unencrypted Connection"),
    .kind = FD_SETUP_FIELD_SWITCH,
    .flags = FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_OPTIONAL | FD_SETUP_FIELD_WARNING,
    .description = N_("Your password and your customers’ mail cross the network for anyone to read. "
                      "Only for a server on a network you trust."),
    .shown_when = { "imap-security=none", "smtp-security=none", NULL },
  },
  {
    .id = "oauth-authorize-url",
    .label = N_("Sign-In Page"),
    .kind = FD_SETUP_FIELD_URL,
    .flags = FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_OPTIONAL | FD_SETUP_FIELD_DISCOVERED,
    .description = N_("The authorization address of your provider’s OAuth server. "
                      "Left empty for Google and Microsoft, Frontdesk knows it."),
    /* Translators: an example address */
    .placeholder = N_("https://id.example.com/authorize"),
    .shown_when = { "auth=oauth2", NULL },
  },
  {
    .id = "oauth-token-url",
    .label = N_("Token Address"),
    .kind = FD_SETUP_FIELD_URL,
    .flags = FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_OPTIONAL | FD_SETUP_FIELD_DISCOVERED,
    /* Translators: an example address */
    .placeholder = N_("https://id.example.com/token"),
    .shown_when = { "auth=oauth2", NULL },
  },
  {
    .id = "oauth-client-id",
    .label = N_("Client ID"),
    .kind = FD_SETUP_FIELD_TEXT,
    .flags = FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_OPTIONAL | FD_SETUP_FIELD_DISCOVERED,
    .description = N_("The id your provider or administrator registered for Frontdesk."),
    .shown_when = { "auth=oauth2", NULL },
  },
  {
    .id = "oauth-scope",
    .label = N_("Scope"),
    .kind = FD_SETUP_FIELD_TEXT,
    .flags = FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_OPTIONAL | FD_SETUP_FIELD_DISCOVERED,
    .shown_when = { "auth=oauth2", NULL },
  },
  { NULL }
};

static void
put_string (GHashTable *found,
            const char *id,
            const char *value)
{
  if (value != NULL && *value != '\0')
    g_hash_table_insert (found, g_strdup (id), g_strdup (value));
}

static gboolean
discover (GHashTable    *params,
          GHashTable    *found,
          char         **note,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(FdEmailConfig) config = NULL;
  const char *address = g_hash_table_lookup (params, "address");

  if (!_fd_email_check_setup (params, error) ||
      !(config = fd_email_autoconfig_lookup (address, cancellable, error)))
    return FALSE;

  put_string (found, "username", config->username);
  put_string (found, "imap-host", config->imap_host);
  g_hash_table_insert (found, g_strdup ("imap-port"), g_strdup_printf ("%u", config->imap_port));
  put_string (found, "imap-security", fd_email_security_to_string (config->imap_security));
  put_string (found, "smtp-host", config->smtp_host);
  g_hash_table_insert (found, g_strdup ("smtp-port"), g_strdup_printf ("%u", config->smtp_port));
  put_string (found, "smtp-security", fd_email_security_to_string (config->smtp_security));
  put_string (found, "auth", fd_email_auth_to_string (config->auth));
  if (config->auth == FD_EMAIL_AUTH_OAUTH2)
    {
      put_string (found, "oauth-authorize-url", config->oauth_authorize_url);
      put_string (found, "oauth-token-url", config->oauth_token_url);
      put_string (found, "oauth-client-id", config->oauth_client_id);
      put_string (found, "oauth-scope", config->oauth_scope);
    }

  /* Translators: %s says where the settings were found */
  *note = g_strdup_printf (_("Settings found in %s."), config->source);
  return TRUE;
}

static const char *
error_field (const GError *error)
{
  if (error->domain != FD_EMAIL_ERROR)
    return NULL;

  switch ((FdEmailError) error->code)
    {
    case FD_EMAIL_ERROR_AUTH:
      return "password";
    /* The server settings are wrong, or have to be entered by hand. */
    case FD_EMAIL_ERROR_CONNECT:
    case FD_EMAIL_ERROR_TLS:
    case FD_EMAIL_ERROR_PROTOCOL:
    case FD_EMAIL_ERROR_NOT_FOUND:
      return "imap-host";
    case FD_EMAIL_ERROR_UNTRUSTED_CERTIFICATE:
    case FD_EMAIL_ERROR_INVALID:
    default:
      return NULL;
    }
}

static const char *
param (GHashTable *params,
       const char *key)
{
  const char *value = g_hash_table_lookup (params, key);

  return value != NULL && *value != '\0' ? value : NULL;
}

static gboolean
offers_browser_sign_in (GHashTable *params)
{
  return g_strcmp0 (param (params, "auth"), "oauth2") == 0;
}

/* The authorization server typed in, else the provider's (by the token
 * address, or by the domain when nothing was typed). */
static FdBrowserSignIn *
browser_sign_in_new (GHashTable  *params,
                     GError     **error)
{
  const char *address = param (params, "address");
  const char *authorize_url = param (params, "oauth-authorize-url");
  const char *token_url = param (params, "oauth-token-url");
  const char *client_id = param (params, "oauth-client-id");
  const char *scope = param (params, "oauth-scope");
  const FdEmailOAuthProvider *provider = NULL;
  g_autoptr(FdOAuthSignIn) sign_in = NULL;

  if (token_url != NULL)
    provider = fd_email_oauth_provider_for_token_url (token_url);
  else if (authorize_url == NULL)
    provider = fd_email_oauth_provider_for_address (address);

  if (provider != NULL)
    {
      authorize_url = authorize_url != NULL ? authorize_url : provider->authorize_url;
      token_url = token_url != NULL ? token_url : provider->token_url;
      scope = scope != NULL ? scope : provider->scope;
      if (client_id == NULL && *provider->client_id != '\0')
        client_id = provider->client_id;
      if (client_id == NULL)
        {
          /* Translators: %s is a provider, "Google" or "Microsoft 365" */
          g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_INVALID,
                       _("This copy of Frontdesk has no client id for signing in to %s. Enter the client id "
                         "your administrator registered, or sign in with an app password."),
                       _(provider->name));
          return NULL;
        }
    }
  if (authorize_url == NULL || token_url == NULL || client_id == NULL)
    {
      g_set_error_literal (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_INVALID,
                           _("Enter the sign-in page, the token address and the client id your provider "
                             "or administrator gives for OAuth."));
      return NULL;
    }

  if (!(sign_in = fd_oauth_sign_in_new (authorize_url, token_url, client_id, scope, error)))
    return NULL;
  if (address != NULL)
    fd_oauth_sign_in_add_authorize_param (sign_in, "login_hint", address);
  if (provider != NULL && *provider->authorize_params != '\0')
    {
      g_auto(GStrv) pairs = g_strsplit (provider->authorize_params, "&", -1);

      for (guint i = 0; pairs[i] != NULL; i++)
        {
          g_auto(GStrv) pair = g_strsplit (pairs[i], "=", 2);

          if (pair[0] != NULL && pair[1] != NULL)
            fd_oauth_sign_in_add_authorize_param (sign_in, pair[0], pair[1]);
        }
    }

  return FD_BROWSER_SIGN_IN (g_steal_pointer (&sign_in));
}

static void
account_params (FdAccount  *account,
                GHashTable *params)
{
  g_autoptr(FdEmailConfig) config = fd_email_config_new_from_account (account);

  /* Online Accounts signs in to it, not this form. */
  if (config->goa_account_id != NULL)
    return;

  g_hash_table_insert (params, g_strdup ("name"), g_strdup (fd_account_get_name (account)));
  put_string (params, "address", config->address);
  put_string (params, "username", config->username);
  put_string (params, "imap-host", config->imap_host);
  g_hash_table_insert (params, g_strdup ("imap-port"), g_strdup_printf ("%u", config->imap_port));
  put_string (params, "imap-security", fd_email_security_to_string (config->imap_security));
  put_string (params, "smtp-host", config->smtp_host);
  g_hash_table_insert (params, g_strdup ("smtp-port"), g_strdup_printf ("%u", config->smtp_port));
  put_string (params, "smtp-security", fd_email_security_to_string (config->smtp_security));
  if (config->allow_unencrypted)
    put_string (params, "allow-unencrypted", "true");
  if (config->trusted_certificates != NULL && config->trusted_certificates[0] != NULL)
    g_hash_table_insert (params, g_strdup ("trust-certificate"), g_strjoinv (" ", config->trusted_certificates));
  put_string (params, "auth", fd_email_auth_to_string (config->auth));
  put_string (params, "oauth-authorize-url", config->oauth_authorize_url);
  put_string (params, "oauth-token-url", config->oauth_token_url);
  put_string (params, "oauth-client-id", config->oauth_client_id);
  put_string (params, "oauth-scope", config->oauth_scope);
}

static GPtrArray *
list_external (GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GPtrArray) goa = fd_email_goa_list (cancellable, error);
  GPtrArray *accounts;

  if (goa == NULL)
    return NULL;

  accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_setup_external_account_free);
  for (guint i = 0; i < goa->len; i++)
    {
      FdEmailGoaAccount *found = g_ptr_array_index (goa, i);
      FdSetupExternalAccount *account = g_new0 (FdSetupExternalAccount, 1);

      account->title = g_strdup (found->address);
      /* Translators: %s is a provider, "Google"; the account is signed in in GNOME's Online Accounts */
      account->subtitle = g_strdup_printf (_("%s, from Online Accounts"), found->name != NULL ? found->name : "");
      account->params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (account->params, g_strdup ("goa-account-id"), g_strdup (found->id));
      g_ptr_array_add (accounts, account);
    }

  return accounts;
}

const FdAccountSetupForm _fd_email_setup_form = {
  .title = N_("Add an Email Account"),
  .summary = N_("Any mailbox with IMAP and SMTP"),
  .intro = N_("Frontdesk reads the mailbox over IMAP and sends replies through your provider’s outgoing server. "
              "The password is kept in the keyring."),
  .advanced_title = N_("_Server Settings"),
  .fields = fields,
  .discover = discover,
  .browser_sign_in_new = browser_sign_in_new,
  .offers_browser_sign_in = offers_browser_sign_in,
  .browser_without_paste = TRUE,
  .account_params = account_params,
  .list_external = list_external,
  .error_field = error_field,
};
