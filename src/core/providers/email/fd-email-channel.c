/* fd-email-channel.c: what the rest of the code knows about email.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-channel.h"

const FdChannelInfo fd_email_channel_info = {
  .name = "email",
  .display_name = NC_("channel", "Email"),
  .icon_name = "mail-unread-symbolic",
  /* Translators: %s is an email address */
  .reply_hint = N_("Reply by email to %s"),
  .mention_prefix = NULL,
  .secret_kind = "password",
  .flags = FD_CHANNEL_MAIL,
  .max_reply_chars = 0,
};
