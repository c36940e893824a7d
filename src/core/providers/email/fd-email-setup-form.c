/* fd-email-setup-form.c: what the window asks to add an email account.
 *
 * The address and password, the server settings folded away: "discover"
 * fills them in from the address (autoconfiguration), and the person may
 * change them. Adding tests the login on both servers (fd-email-setup.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-account-setup-form.h"
#include "fd-email-autoconfig.h"
#include "fd-email-provider-private.h"

static const FdSetupChoice security_choices[] = {
  { "tls", N_("TLS") },
  { "starttls", N_("STARTTLS") },
  /* Translators: no encryption */
  { "none", N_("None") },
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
    .id = "password",
    .label = N_("Password"),
    .kind = FD_SETUP_FIELD_PASSWORD,
    .flags = FD_SETUP_FIELD_SECRET,
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

const FdAccountSetupForm _fd_email_setup_form = {
  .title = N_("Add an Email Account"),
  .summary = N_("Any mailbox with IMAP and SMTP"),
  .intro = N_("Frontdesk reads the mailbox over IMAP and sends replies through your provider’s outgoing server. "
              "The password is kept in the keyring."),
  .advanced_title = N_("_Server Settings"),
  .fields = fields,
  .discover = discover,
  .error_field = error_field,
};
