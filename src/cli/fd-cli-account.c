/* fd-cli-account.c: frontdesk-cli account add|list|remove
 *
 * "account add CHANNEL …" hands over to the channel's adder below: a new
 * channel adds one line to adders[].
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fd-cli-private.h"
#include "fd-account.h"
#include "fd-secrets.h"
#include "providers/email/fd-email-autoconfig.h"
#include "providers/mastodon/fd-mastodon-auth.h"

typedef struct
{
  char     *server;
  gboolean  token_stdin;
  /* email */
  char     *name;
  char     *address;
  char     *username;
  char     *imap_host;
  int       imap_port;
  char     *imap_security;
  char     *smtp_host;
  int       smtp_port;
  char     *smtp_security;
  char     *trust_certificate;
  gboolean  allow_unencrypted;
  gboolean  password_stdin;
  int       history_days;
} AddOptions;

typedef int (*AccountAdder) (FdCliOptions       *options,
                             const FdCliCommand *command,
                             AddOptions         *add,
                             int                 argc,
                             char              **argv);

static const FdCliCommand command = {
  "account", N_("add|list|remove …"), N_("Add, list or remove accounts"), NULL
};

/* Reads one line from standard input: tokens never go on a command line. */
static char *
read_secret_line (void)
{
  char buffer[4096];

  if (fgets (buffer, sizeof buffer, stdin) == NULL)
    return NULL;
  buffer[strcspn (buffer, "\r\n")] = '\0';
  {
    char *secret = g_strstrip (g_strdup (buffer));

    memset (buffer, 0, sizeof buffer);
    return secret;
  }
}

/* account add mastodon --server URL --token-stdin */
static int
add_mastodon (FdCliOptions        *options,
              const FdCliCommand  *cmd,
              AddOptions          *add,
              int                  argc,
              char               **argv)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;

  if (add->server == NULL)
    return fd_cli_usage_error (cmd, _("Give the Mastodon server with --server, for example --server mastodon.social."));
  if (!add->token_stdin)
    return fd_cli_usage_error (cmd, _("Give an access token on standard input with --token-stdin "
                                      "(create one in the server’s Preferences → Development), "
                                      "or sign in from the Frontdesk window."));

  if (!(token = read_secret_line ()) || *token == '\0')
    return fd_cli_usage_error (cmd, _("No access token on standard input."));

  /* Creates the profile (and its schema) if needed. */
  if (!(store = fd_cli_open_store (options)))
    return 1;

  if (!(account = fd_mastodon_account_add_sync (fd_store_get_data_dir (store), add->server, token, NULL, &error)))
    {
      memset (token, 0, strlen (token));
      return fd_cli_fail (error);
    }
  memset (token, 0, strlen (token));

  if (options->json)
    g_print ("{\"id\": %" G_GINT64_FORMAT "}\n", fd_account_get_id (account));
  else if (!options->quiet)
    {
      /* The name is what the server calls the account. */
      g_autofree char *name = fd_cli_safe_line (fd_account_get_name (account));

      /* Translators: account id, then @user@server */
      g_print (_("Added account %lld: %s\n"), (long long) fd_account_get_id (account), name);
    }

  return 0;
}

/* account add email --address A [--imap-host H …] --password-stdin
 * Settings not given come from autoconfiguration. The login is tested
 * before anything is stored. */
static int
add_email (FdCliOptions        *options,
           const FdCliCommand  *cmd,
           AddOptions          *add,
           int                  argc,
           char               **argv)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdEmailConfig) config = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;
  FdEmailSecurity imap_security = FD_EMAIL_SECURITY_TLS, smtp_security = FD_EMAIL_SECURITY_TLS;
  gint64 id;

  if (add->address == NULL || strchr (add->address, '@') == NULL)
    return fd_cli_usage_error (cmd, _("Give the email address with --address, for example --address shop@example.com."));
  if (!add->password_stdin)
    return fd_cli_usage_error (cmd, _("Give the password on standard input with --password-stdin: "
                                      "passwords never go on a command line."));
  /* Before any server is looked up: a typo is not worth a lookup. */
  if ((add->imap_security != NULL && !fd_email_security_from_string (add->imap_security, &imap_security)) ||
      (add->smtp_security != NULL && !fd_email_security_from_string (add->smtp_security, &smtp_security)))
    return fd_cli_usage_error (cmd, _("The security must be “tls”, “starttls” or “none”."));

  if (add->imap_host == NULL || add->smtp_host == NULL)
    {
      if (!(config = fd_email_autoconfig_lookup (add->address, NULL, &error)))
        return fd_cli_fail (error);
      if (!options->quiet && !options->json)
        /* Translators: %s says where, e.g. "the domain’s DNS records" */
        g_printerr (_("Found the server settings in %s.\n"), config->source);
    }
  else
    config = fd_email_config_new ();

  g_free (config->address);
  config->address = g_strdup (add->address);
  if (add->username != NULL)
    {
      g_free (config->username);
      config->username = g_strdup (add->username);
    }
  if (config->username == NULL)
    config->username = g_strdup (add->address);
  if (add->imap_host != NULL)
    {
      g_free (config->imap_host);
      config->imap_host = g_strdup (add->imap_host);
    }
  if (add->smtp_host != NULL)
    {
      g_free (config->smtp_host);
      config->smtp_host = g_strdup (add->smtp_host);
    }
  if (add->imap_port > 0)
    config->imap_port = (guint16) CLAMP (add->imap_port, 1, G_MAXUINT16);
  if (add->smtp_port > 0)
    config->smtp_port = (guint16) CLAMP (add->smtp_port, 1, G_MAXUINT16);
  if (add->imap_security != NULL)
    config->imap_security = imap_security;
  if (add->smtp_security != NULL)
    config->smtp_security = smtp_security;
  if (add->trust_certificate != NULL)
    fd_email_config_add_trusted (config, add->trust_certificate);
  config->allow_unencrypted = add->allow_unencrypted;
  config->display_name = g_strdup (add->name);
  config->history_days = MAX (add->history_days, 0);

  if (!(password = read_secret_line ()) || *password == '\0')
    return fd_cli_usage_error (cmd, _("No password on standard input."));

  if (!(store = fd_cli_open_store (options)))
    return 1;

  id = fd_email_account_add (store, config, add->name, password, NULL, &error);
  memset (password, 0, strlen (password));
  if (id == 0)
    {
      if (g_error_matches (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_UNTRUSTED_CERTIFICATE))
        g_printerr (_("To trust this certificate, run the command again with --trust-certificate %s\n"),
                    fd_email_error_get_fingerprint (error));
      return fd_cli_fail (error);
    }

  if (options->json)
    g_print ("{\"id\": %" G_GINT64_FORMAT "}\n", id);
  else if (!options->quiet)
    g_print (_("Added account %lld: %s\n"), (long long) id, add->address);

  return 0;
}

static const struct {
  const char   *channel;
  AccountAdder  add;
} adders[] = {
  { "email", add_email },
  { "mastodon", add_mastodon },
};

static int
account_add (FdCliOptions  *options,
             AddOptions    *add,
             int            argc,
             char         **argv)
{
  if (argc < 3)
    return fd_cli_usage_error (&command, _("Say which channel: “account add mastodon --server URL --token-stdin”."));

  for (guint i = 0; i < G_N_ELEMENTS (adders); i++)
    if (g_str_equal (argv[2], adders[i].channel))
      return adders[i].add (options, &command, add, argc, argv);

  {
    g_autofree char *message = g_strdup_printf (_("This build cannot add “%s” accounts."), argv[2]);

    return fd_cli_usage_error (&command, message);
  }
}

static int
account_list (FdCliOptions *options)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;

  if (!(store = fd_cli_open_store (options)))
    return 1;
  if (!(accounts = fd_account_load_all (store, &error)))
    return fd_cli_fail (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < accounts->len; i++)
        {
          FdAccount *account = g_ptr_array_index (accounts, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, fd_account_get_id (account));
          json_builder_set_member_name (builder, "channel");
          json_builder_add_string_value (builder, fd_account_get_channel (account));
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, fd_account_get_name (account));
          json_builder_set_member_name (builder, "address");
          json_builder_add_string_value (builder, fd_account_get_address (account));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
      return 0;
    }

  if (accounts->len == 0 && !options->quiet)
    g_print ("%s\n", _("No accounts. Add one with “frontdesk-cli account add CHANNEL”."));
  for (guint i = 0; i < accounts->len; i++)
    {
      FdAccount *account = g_ptr_array_index (accounts, i);
      g_autofree char *name = fd_cli_safe_line (fd_account_get_name (account));
      g_autofree char *address = fd_cli_safe_line (fd_account_get_address (account));

      g_print ("%4" G_GINT64_FORMAT "  %-9s %s  %s\n", fd_account_get_id (account), fd_account_get_channel (account),
               name, address);
    }

  return 0;
}

static int
account_remove (FdCliOptions  *options,
                int            argc,
                char         **argv)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  guint64 id;

  if (argc != 3 || !g_ascii_string_to_unsigned (argv[2], 10, 1, G_MAXINT64, &id, NULL))
    return fd_cli_usage_error (&command, _("Give the id of the account, as shown by “account list”."));

  if (!(store = fd_cli_open_store (options)))
    return 1;
  if (!(account = fd_account_load (store, (gint64) id, &error)))
    return fd_cli_fail (error);

  /* The keyring first: an account row without secrets is harmless, a
   * secret without its account would be forgotten there. */
  if (!fd_secrets_clear_sync (account, NULL, NULL, &error) || !fd_account_delete (account, store, &error))
    return fd_cli_fail (error);

  if (!options->quiet && !options->json)
    g_print (_("Removed account %llu. Its messages stay in the inbox.\n"), (unsigned long long) id);

  return 0;
}

int
fd_cli_account (FdCliOptions  *options,
                int            argc,
                char         **argv)
{
  AddOptions add = { 0, };
  const GOptionEntry entries[] = {
    { "server", 0, 0, G_OPTION_ARG_STRING, &add.server, N_("For “add mastodon”: the server"), N_("URL") },
    { "token-stdin", 0, 0, G_OPTION_ARG_NONE, &add.token_stdin,
      N_("For “add mastodon”: read an access token from standard input"), NULL },
    { "name", 0, 0, G_OPTION_ARG_STRING, &add.name, N_("For “add email”: the account’s name"), N_("NAME") },
    { "address", 0, 0, G_OPTION_ARG_STRING, &add.address, N_("For “add email”: the email address"), N_("ADDRESS") },
    { "username", 0, 0, G_OPTION_ARG_STRING, &add.username, N_("For “add email”: the login name (default: the address)"), N_("USER") },
    { "imap-host", 0, 0, G_OPTION_ARG_STRING, &add.imap_host, N_("For “add email”: the IMAP server"), N_("HOST") },
    { "imap-port", 0, 0, G_OPTION_ARG_INT, &add.imap_port, N_("For “add email”: the IMAP port"), N_("PORT") },
    { "imap-security", 0, 0, G_OPTION_ARG_STRING, &add.imap_security, N_("For “add email”: tls, starttls or none"), N_("SECURITY") },
    { "smtp-host", 0, 0, G_OPTION_ARG_STRING, &add.smtp_host, N_("For “add email”: the SMTP submission server"), N_("HOST") },
    { "smtp-port", 0, 0, G_OPTION_ARG_INT, &add.smtp_port, N_("For “add email”: the SMTP port"), N_("PORT") },
    { "smtp-security", 0, 0, G_OPTION_ARG_STRING, &add.smtp_security, N_("For “add email”: tls, starttls or none"), N_("SECURITY") },
    { "trust-certificate", 0, 0, G_OPTION_ARG_STRING, &add.trust_certificate,
      N_("For “add email”: trust the server certificate with this SHA-256 fingerprint"), N_("FINGERPRINT") },
    { "allow-unencrypted", 0, 0, G_OPTION_ARG_NONE, &add.allow_unencrypted,
      N_("For “add email”: allow “none” security for a server that is not on this computer "
         "(the password and mail cross the network readable)"), NULL },
    { "history-days", 0, 0, G_OPTION_ARG_INT, &add.history_days,
      N_("For “add email”: fetch this many days of history (default 90)"), N_("DAYS") },
    { "password-stdin", 0, 0, G_OPTION_ARG_NONE, &add.password_stdin,
      N_("For “add email”: read the password from standard input"), NULL },
    { NULL }
  };
  int status;

  if (!fd_cli_parse (options, &command, entries,
                     _("Subcommands:\n"
                       "  account add email --address A [--name N --username U --imap-host H --imap-port P\n"
                       "      --imap-security tls|starttls|none --smtp-host H --smtp-port P\n"
                       "      --smtp-security tls|starttls|none --trust-certificate SHA256\n"
                       "      --allow-unencrypted] --password-stdin\n"
                       "  account add mastodon --server URL --token-stdin\n"
                       "  account list\n"
                       "  account remove ID"),
                     &argc, &argv))
    return 2;

  if (argc < 2)
    status = fd_cli_usage_error (&command, _("Use “account add”, “account list” or “account remove”."));
  else if (g_str_equal (argv[1], "add"))
    status = account_add (options, &add, argc, argv);
  else if (g_str_equal (argv[1], "list"))
    status = account_list (options);
  else if (g_str_equal (argv[1], "remove"))
    status = account_remove (options, argc, argv);
  else
    status = fd_cli_usage_error (&command, _("Use “account add”, “account list” or “account remove”."));

  g_free (add.server);
  g_free (add.name);
  g_free (add.address);
  g_free (add.username);
  g_free (add.imap_host);
  g_free (add.imap_security);
  g_free (add.smtp_host);
  g_free (add.smtp_security);
  g_free (add.trust_certificate);
  return status;
}
