/* fd-cli-account.c: frontdesk-cli account add|list|remove
 *
 * "account add CHANNEL …" hands the options over to the channel's
 * provider (fd-account-setup.h): a new channel needs nothing here, unless
 * it reads an option not listed below yet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fd-cli-private.h"
#include "fd-account.h"
#include "fd-account-setup.h"
#include "fd-account-setup-form.h"
#include "fd-channel.h"
#include "fd-secrets.h"

/* Every option a channel may read; see fd-account-setup.h. */
typedef struct
{
  char     *server;
  char     *handle;
  char     *service;
  char     *api_url;
  gboolean  token_stdin;
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
  char     *auth;
  char     *oauth_authorize_url;
  char     *oauth_token_url;
  char     *oauth_client_id;
  char     *oauth_scope;
  char     *goa_account;
} AddOptions;

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

/* How each kind of secret comes in: on standard input, never on a
 * command line. */
static const struct {
  const char *kind;      /* FdChannelInfo.secret_kind */
  gboolean    token;     /* --token-stdin, else --password-stdin */
  const char *missing;
} secret_inputs[] = {
  /* The first one is for kinds not listed. */
  { "password", FALSE,
    N_("Give the password on standard input with --password-stdin: passwords never go on a command line.") },
  /* Bluesky: an app password, exchanged for a session when signing in. */
  { "session", FALSE,
    N_("Give an app password on standard input with --password-stdin (make one in Bluesky’s "
       "Settings → Privacy and security → App passwords): passwords never go on a command line.") },
  { "access-token", TRUE,
    N_("Give an access token on standard input with --token-stdin "
       "(create one in the server’s Preferences → Development), "
       "or sign in from the Frontdesk window.") },
  { "bot-token", TRUE,
    N_("Give the bot token from BotFather on standard input with --token-stdin: "
       "tokens never go on a command line.") },
};

/* "email, mastodon": the channels this build can add, from the registry. */
static char *
dup_addable_channels (void)
{
  g_autoptr(GPtrArray) infos = fd_channel_list ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < infos->len; i++)
    {
      const FdChannelInfo *info = g_ptr_array_index (infos, i);

      if (fd_account_setup_can_add (info->name))
        g_ptr_array_add (names, (gpointer) info->name);
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **) names->pdata);
}

static void
add_param (GHashTable *params,
           const char *key,
           const char *value)
{
  if (value != NULL)
    g_hash_table_insert (params, g_strdup (key), g_strdup (value));
}

static void
add_int_param (GHashTable *params,
               const char *key,
               int         value)
{
  if (value != 0)
    g_hash_table_insert (params, g_strdup (key), g_strdup_printf ("%d", value));
}

/* Browser sign-in */

typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
} Waiting;

static void
waiting_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Waiting *waiting = user_data;

  waiting->result = g_object_ref (result);
  g_main_loop_quit (waiting->loop);
}

static GAsyncResult *
wait_for (Waiting *waiting)
{
  g_clear_object (&waiting->result);
  g_main_loop_run (waiting->loop);
  return waiting->result;
}

/* Signs in with the browser the person opens: prints the address on a
 * line of its own, waits for the browser to come back to the loopback
 * server, and returns the secret for the keyring (the refresh token).
 * Adds what the sign-in learnt to @params. */
static char *
browser_sign_in (FdCliOptions  *options,
                 const char    *channel,
                 GHashTable    *params,
                 GError       **error)
{
  g_autoptr(FdBrowserSignIn) sign_in = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Waiting waiting = { loop, NULL };
  g_autofree char *uri = NULL;
  g_autofree char *code = NULL;
  char *secret = NULL;

  if (!(sign_in = fd_account_setup_browser_sign_in_new (channel, params, error)))
    return NULL;

  fd_browser_sign_in_start_async (sign_in, NULL, waiting_done_cb, &waiting);
  if (!fd_browser_sign_in_start_finish (sign_in, wait_for (&waiting), error))
    goto out;
  if (!fd_browser_sign_in_can_receive_code (sign_in))
    {
      g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_NOT_SUPPORTED,
                           _("Frontdesk cannot receive the sign-in from the browser on this computer."));
      goto out;
    }

  uri = fd_browser_sign_in_build_authorize_uri (sign_in, FALSE);
  if (!options->quiet)
    g_printerr ("%s\n", _("Open this address in a web browser on this computer and sign in; "
                          "Frontdesk waits for the browser to come back:"));
  /* On a line of its own, for a person to copy or a script to open. */
  g_print ("%s\n", uri);
  fflush (stdout);

  fd_browser_sign_in_wait_for_code_async (sign_in, NULL, waiting_done_cb, &waiting);
  if (!(code = fd_browser_sign_in_wait_for_code_finish (sign_in, wait_for (&waiting), error)))
    goto out;

  fd_browser_sign_in_exchange_code_async (sign_in, code, NULL, waiting_done_cb, &waiting);
  memset (code, 0, strlen (code));
  if ((secret = fd_browser_sign_in_exchange_code_finish (sign_in, wait_for (&waiting), error)))
    fd_browser_sign_in_update_params (sign_in, params);

out:
  g_clear_object (&waiting.result);
  return secret;
}

/* account add CHANNEL [options] --token-stdin|--password-stdin
 * The channel reads the options it knows (fd-account-setup.h); the login
 * is tested before anything is stored. */
static int
account_add (FdCliOptions  *options,
             AddOptions    *add,
             int            argc,
             char         **argv)
{
  g_autoptr(GHashTable) params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *note = NULL;
  const char *channel;
  const char *kind;
  guint input = 0;

  if (argc < 3)
    {
      g_autofree char *channels = dup_addable_channels ();
      /* Translators: %s lists channel names, "email, mastodon" */
      g_autofree char *message = g_strdup_printf (_("Say which channel: “account add CHANNEL”, where CHANNEL is one of %s."),
                                                  channels);

      return fd_cli_usage_error (&command, message);
    }
  channel = argv[2];
  if (!fd_account_setup_can_add (channel))
    {
      g_autofree char *channels = dup_addable_channels ();
      g_autofree char *safe = fd_cli_safe_line (channel);
      /* Translators: the first %s is what was typed, the second lists channel names, "email, mastodon" */
      g_autofree char *message = g_strdup_printf (_("This build cannot add “%s” accounts. It can add %s."),
                                                  safe, channels);

      return fd_cli_usage_error (&command, message);
    }

  add_param (params, "server", add->server);
  add_param (params, "handle", add->handle);
  add_param (params, "service", add->service);
  add_param (params, "api-url", add->api_url);
  add_param (params, "name", add->name);
  add_param (params, "address", add->address);
  add_param (params, "username", add->username);
  add_param (params, "imap-host", add->imap_host);
  add_int_param (params, "imap-port", add->imap_port);
  add_param (params, "imap-security", add->imap_security);
  add_param (params, "smtp-host", add->smtp_host);
  add_int_param (params, "smtp-port", add->smtp_port);
  add_param (params, "smtp-security", add->smtp_security);
  add_param (params, "trust-certificate", add->trust_certificate);
  add_param (params, "allow-unencrypted", add->allow_unencrypted ? "true" : NULL);
  add_int_param (params, "history-days", add->history_days);
  add_param (params, "auth", add->auth);
  add_param (params, "oauth-authorize-url", add->oauth_authorize_url);
  add_param (params, "oauth-token-url", add->oauth_token_url);
  add_param (params, "oauth-client-id", add->oauth_client_id);
  add_param (params, "oauth-scope", add->oauth_scope);
  add_param (params, "goa-account-id", add->goa_account);

  /* A typo is not worth asking a server, or the person, anything. */
  if (!fd_account_setup_check (channel, params, &error))
    return fd_cli_usage_error (&command, error->message);

  kind = fd_channel_secret_kind (channel);
  for (guint i = 1; i < G_N_ELEMENTS (secret_inputs); i++)
    if (g_str_equal (kind, secret_inputs[i].kind))
      input = i;
  if (add->goa_account != NULL)
    {
      /* GNOME Online Accounts keeps the sign-in. */
      secret = g_strdup ("");
    }
  else if (add->auth != NULL && fd_account_setup_offers_browser_sign_in (channel, params))
    {
      /* The secret comes from the browser sign-in, below. */
    }
  else if (!(secret_inputs[input].token ? add->token_stdin : add->password_stdin))
    return fd_cli_usage_error (&command, _(secret_inputs[input].missing));
  else if (!(secret = read_secret_line ()) || *secret == '\0')
    return fd_cli_usage_error (&command, secret_inputs[input].token ? _("No access token on standard input.")
                                                                    : _("No password on standard input."));

  /* Creates the profile (and its schema) if needed. */
  if (!(store = fd_cli_open_store (options)))
    {
      if (secret != NULL)
        memset (secret, 0, strlen (secret));
      return 1;
    }

  if (secret == NULL && !(secret = browser_sign_in (options, channel, params, &error)))
    {
      if (g_error_matches (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID))
        return fd_cli_usage_error (&command, error->message);
      return fd_cli_fail (error);
    }

  account = fd_account_setup_add_sync (fd_store_get_data_dir (store), channel, params, secret, &note, NULL, &error);
  memset (secret, 0, strlen (secret));

  if (note != NULL && !options->quiet && !options->json)
    {
      g_autofree char *safe_note = fd_cli_safe_line (note);

      g_printerr ("%s\n", safe_note);
    }

  if (account == NULL)
    {
      if (g_error_matches (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_UNTRUSTED_CERTIFICATE))
        g_printerr (_("To trust this certificate, run the command again with --trust-certificate %s\n"),
                    fd_account_setup_error_get_fingerprint (error));
      if (g_error_matches (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID))
        return fd_cli_usage_error (&command, error->message);
      return fd_cli_fail (error);
    }

  if (options->json)
    g_print ("{\"id\": %" G_GINT64_FORMAT "}\n", fd_account_get_id (account));
  else if (!options->quiet)
    {
      /* The name is what the server calls the account. */
      g_autofree char *name = fd_cli_safe_line (fd_account_get_name (account));

      /* Translators: account id, then the account's name (an address or @user@server) */
      g_print (_("Added account %lld: %s\n"), (long long) fd_account_get_id (account), name);
    }

  return 0;
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
          {
            g_autofree char *notice = fd_account_dup_setting_string (account, FD_ACCOUNT_SETTING_NOTICE);

            /* What the last sync found wrong, though the account syncs. */
            json_builder_set_member_name (builder, "notice");
            if (notice != NULL)
              json_builder_add_string_value (builder, notice);
            else
              json_builder_add_null_value (builder);
          }
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

      g_autofree char *notice = fd_account_dup_setting_string (account, FD_ACCOUNT_SETTING_NOTICE);

      g_print ("%4" G_GINT64_FORMAT "  %-9s %s  %s\n", fd_account_get_id (account), fd_account_get_channel (account),
               name, address);
      if (notice != NULL)
        {
          g_autofree char *shown = fd_cli_safe_line (notice);

          g_print ("      %s\n", shown);
        }
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

/* The accounts other programs signed in to that "account add" can use
 * (GNOME Online Accounts): one per line, the option to add it first. */
static int
account_online_accounts (FdCliOptions *options)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GPtrArray) external = NULL;
  g_autoptr(GError) error = NULL;
  Waiting waiting = { loop, NULL };

  fd_account_setup_list_external_async (NULL, waiting_done_cb, &waiting);
  external = fd_account_setup_list_external_finish (wait_for (&waiting), &error);
  g_clear_object (&waiting.result);
  if (external == NULL)
    return fd_cli_fail (error);

  if (external->len == 0 && !options->quiet)
    g_printerr ("%s\n", _("No mail accounts in Online Accounts."));
  for (guint i = 0; i < external->len; i++)
    {
      FdSetupExternalAccount *account = g_ptr_array_index (external, i);
      const char *goa_id = g_hash_table_lookup (account->params, "goa-account-id");
      g_autofree char *id = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (goa_id == NULL)
        continue;
      id = fd_cli_safe_line (goa_id);
      title = fd_cli_safe_line (account->title);
      subtitle = fd_cli_safe_line (account->subtitle);
      /* Translators: a channel, an id for --goa-account, an address and where it is from */
      g_print (_("%s --goa-account %s  %s (%s)\n"), account->channel, id, title, subtitle);
    }

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
      N_("For “add mastodon” and “add telegram”: read an access token or bot token from standard input"), NULL },
    { "api-url", 0, 0, G_OPTION_ARG_STRING, &add.api_url,
      N_("For “add telegram”: a Bot API server of your own (default: Telegram’s)"), N_("URL") },
    { "handle", 0, 0, G_OPTION_ARG_STRING, &add.handle, N_("For “add bluesky”: the account’s handle"), N_("HANDLE") },
    { "service", 0, 0, G_OPTION_ARG_STRING, &add.service,
      N_("For “add bluesky”: the account’s server (default: found from the handle)"), N_("URL") },
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
      N_("For “add email” and “add bluesky”: read the password or app password from standard input"), NULL },
    { "auth", 0, 0, G_OPTION_ARG_STRING, &add.auth,
      N_("For “add email”: how to sign in: password, or oauth2 in a web browser"), N_("METHOD") },
    { "oauth-authorize-url", 0, 0, G_OPTION_ARG_STRING, &add.oauth_authorize_url,
      N_("For “add email --auth oauth2”: the OAuth authorization page (not needed for Google and Microsoft)"), N_("URL") },
    { "oauth-token-url", 0, 0, G_OPTION_ARG_STRING, &add.oauth_token_url,
      N_("For “add email --auth oauth2”: the OAuth token endpoint"), N_("URL") },
    { "oauth-client-id", 0, 0, G_OPTION_ARG_STRING, &add.oauth_client_id,
      N_("For “add email --auth oauth2”: Frontdesk’s client id at the OAuth server"), N_("ID") },
    { "goa-account", 0, 0, G_OPTION_ARG_STRING, &add.goa_account,
      N_("For “add email”: use this account of GNOME Online Accounts (see “account online-accounts”)"), N_("ID") },
    { "oauth-scope", 0, 0, G_OPTION_ARG_STRING, &add.oauth_scope,
      N_("For “add email --auth oauth2”: the scope to ask for"), N_("SCOPE") },
    { NULL }
  };
  int status;

  if (!fd_cli_parse (options, &command, entries,
                     _("Subcommands:\n"
                       "  account add email --address A [--name N --username U --imap-host H --imap-port P\n"
                       "      --imap-security tls|starttls|none --smtp-host H --smtp-port P\n"
                       "      --smtp-security tls|starttls|none --trust-certificate SHA256\n"
                       "      --allow-unencrypted] --password-stdin\n"
                       "  account add email --address A … --auth oauth2 [--oauth-authorize-url URL\n"
                       "      --oauth-token-url URL --oauth-client-id ID --oauth-scope S]\n"
                       "  account add mastodon --server URL --token-stdin\n"
                       "  account add bluesky --handle HANDLE [--service URL] --password-stdin\n"
                       "  account add telegram [--api-url URL] --token-stdin\n"
                       "  account add email --goa-account ID\n"
                       "  account online-accounts\n"
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
  else if (g_str_equal (argv[1], "online-accounts"))
    status = account_online_accounts (options);
  else
    status = fd_cli_usage_error (&command, _("Use “account add”, “account list” or “account remove”."));

  g_free (add.server);
  g_free (add.handle);
  g_free (add.service);
  g_free (add.api_url);
  g_free (add.name);
  g_free (add.address);
  g_free (add.username);
  g_free (add.imap_host);
  g_free (add.imap_security);
  g_free (add.smtp_host);
  g_free (add.smtp_security);
  g_free (add.trust_certificate);
  g_free (add.auth);
  g_free (add.oauth_authorize_url);
  g_free (add.oauth_token_url);
  g_free (add.oauth_client_id);
  g_free (add.oauth_scope);
  g_free (add.goa_account);
  return status;
}
