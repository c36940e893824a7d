/* fd-telegram-provider.h: a shop's Telegram bot, and the Telegram
 * Business chats that connect it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-provider.h"

G_BEGIN_DECLS

#define FD_TELEGRAM_CHANNEL "telegram"
#define FD_TELEGRAM_TOKEN_KIND "bot-token"

#define FD_TYPE_TELEGRAM_PROVIDER (fd_telegram_provider_get_type ())
G_DECLARE_FINAL_TYPE (FdTelegramProvider, fd_telegram_provider, FD, TELEGRAM_PROVIDER, GObject)

FdTelegramProvider *fd_telegram_provider_new (FdAccount *account);

G_END_DECLS
