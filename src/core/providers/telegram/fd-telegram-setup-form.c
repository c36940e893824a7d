/* fd-telegram-setup-form.c: adding a Telegram bot as an account.
 *
 * The secret is the bot token BotFather gives; getMe says which bot it
 * is. The account is named after the bot (@name) and its address is the
 * Bot API server the token is sent to: the public one, or a local Bot
 * API server.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-account-setup.h"
#include "fd-telegram-private.h"

gboolean
_fd_telegram_check_setup (GHashTable  *params,
                          GError     **error)
{
  g_autofree char *url = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!(url = fd_telegram_normalize_api_url (g_hash_table_lookup (params, "api-url"), &local_error)))
    {
      g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID, local_error->message);
      return FALSE;
    }

  return TRUE;
}

FdAccount *
_fd_telegram_sign_in (GHashTable    *params,
                      const char    *secret,
                      char         **note,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(FdTelegramClient) client = NULL;
  g_autoptr(JsonNode) me = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  JsonObject *bot;
  const char *username;
  FdAccount *account;

  if (!_fd_telegram_check_setup (params, error))
    return NULL;
  url = fd_telegram_normalize_api_url (g_hash_table_lookup (params, "api-url"), NULL);

  clean = g_strstrip (g_strdup (secret != NULL ? secret : ""));
  /* BotFather's tokens are "123456:ABC-…": anything else is a slip. */
  if (*clean == '\0' || strchr (clean, ':') == NULL || strpbrk (clean, "/?# ") != NULL)
    {
      memset (clean, 0, strlen (clean));
      g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                           _("That is not a bot token. BotFather gives one such as "
                             "123456789:AAH…; copy the whole line."));
      return NULL;
    }

  client = fd_telegram_client_new (url, clean);
  memset (clean, 0, strlen (clean));
  fd_telegram_client_set_one_off (client, TRUE);
  fd_telegram_client_set_timeout (client, 20000);

  if (!(me = fd_telegram_client_call (client, "getMe", NULL, 0, FALSE, cancellable, &local_error)))
    {
      if (g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH))
        g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                             _("Telegram does not accept this bot token. Copy the current token from BotFather "
                               "(/mybots, then API Token) and try again."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  bot = JSON_NODE_HOLDS_OBJECT (me) ? json_node_get_object (me) : NULL;
  username = fd_json_get_string (bot, "username");
  if (fd_telegram_json_get_int (bot, "id", 0) <= 0 || username == NULL || *username == '\0')
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                           _("Telegram did not say which bot the token belongs to. Try again in a moment."));
      return NULL;
    }
  if (!fd_telegram_json_get_bool (bot, "is_bot", TRUE))
    {
      g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                           _("This token signs in a person, not a bot. Create a bot with BotFather and use its token."));
      return NULL;
    }

  id = g_strdup_printf ("%" G_GINT64_FORMAT, fd_telegram_json_get_int (bot, "id", 0));
  {
    g_autofree char *safe = fd_utf8_repair (username, -1);

    name = g_strdup_printf ("@%s", safe);
  }
  account = fd_account_new (FD_TELEGRAM_CHANNEL, name, url);
  fd_account_set_setting_string (account, "bot-id", id);

  if (!fd_telegram_json_get_bool (bot, "can_connect_to_business", FALSE))
    *note = g_strdup (_("Customers can write to the bot. To answer your Telegram Business chats too, "
                        "turn on Business Mode for the bot in BotFather, then connect it under Chatbots in "
                        "Telegram’s Business settings."));

  return account;
}

/* The same bot on the same Bot API server. */
gboolean
_fd_telegram_is_same_account (FdAccount *existing,
                              FdAccount *signed_in)
{
  g_autofree char *known_id = fd_account_dup_setting_string (existing, "bot-id");
  g_autofree char *id = fd_account_dup_setting_string (signed_in, "bot-id");

  return g_strcmp0 (fd_account_get_address (existing), fd_account_get_address (signed_in)) == 0 &&
         known_id != NULL && g_strcmp0 (known_id, id) == 0;
}

/* The form */

static const FdSetupField fields[] = {
  {
    .id = "token",
    .label = N_("Bot token"),
    .kind = FD_SETUP_FIELD_PASSWORD,
    .flags = FD_SETUP_FIELD_SECRET,
    .placeholder = N_("123456789:AAH…"),
    .description = N_("BotFather gives it when you create the bot, and again under /mybots → API Token. "
                      "It is kept in your keyring."),
  },
  {
    .id = "api-url",
    .label = N_("Bot API server"),
    .kind = FD_SETUP_FIELD_URL,
    .flags = FD_SETUP_FIELD_OPTIONAL | FD_SETUP_FIELD_ADVANCED,
    .placeholder = N_("https://api.telegram.org"),
    .description = N_("Only for a Bot API server of your own; empty means Telegram’s."),
  },
  { NULL }
};

static const char *
error_field (const GError *error)
{
  if (g_error_matches (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID))
    return "token";

  return NULL;
}

const FdAccountSetupForm _fd_telegram_setup_form = {
  .title = N_("Add a Telegram Bot"),
  .summary = N_("Chats with your shop’s bot and your Telegram Business chats"),
  .intro = N_("Frontdesk reads and answers two kinds of Telegram chats through your bot: customers who "
              "write to the bot itself, and the private chats of your Telegram Business account once "
              "you connect the bot there (Business settings → Chatbots, with permission to reply). "
              "Create the bot with BotFather and paste its token here; it stays in your keyring."),
  .advanced_title = N_("Bot API Server"),
  .fields = fields,
  .error_field = error_field,
};
