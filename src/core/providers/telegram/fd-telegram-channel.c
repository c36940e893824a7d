/* fd-telegram-channel.c: what the rest of the code knows about Telegram.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-channel.h"

const FdChannelInfo fd_telegram_channel_info = {
  .name = "telegram",
  .display_name = NC_("channel", "Telegram"),
  .icon_name = "send-to-symbolic",
  /* Translators: %s is a Telegram user, such as @ana or a name */
  .reply_hint = N_("Reply on Telegram to %s"),
  /* Private chats: a reply mentions no one. */
  .mention_prefix = NULL,
  .secret_kind = "bot-token",
  .secret_name = N_("Bot token"),
  /* The token goes to the Bot API server (the account's address) for
   * the bot named @name. */
  .keyring = {
    .labels = {
      /* Translators: the keyring's label for a bot token; %s is the bot, @name */
      N_("Frontdesk: Telegram bot %s"),
      NULL
    },
  },
  /* Private chats only: no public posts, so no public/private choice.
   * Asking getUpdates from an offset confirms every update before it. */
  .flags = FD_CHANNEL_CURSOR_CONFIRMS,
  /* sendMessage takes at most 4096 characters of text. */
  .max_reply_chars = 4096,
};
