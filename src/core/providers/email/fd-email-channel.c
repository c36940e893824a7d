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
  .secret_name = N_("Password"),
  /* The password goes to the IMAP and the SMTP server, as the login name
   * (the address unless set otherwise). */
  .keyring = {
    .server_setting = "imap-host",
    .user_setting = "username",
    .host_settings = { "imap-host", "smtp-host" },
    .labels = {
      /* Translators: the label of the keyring entry; %s is an email address */
      N_("Frontdesk password for %s"),
      /* Translators: the keyring's label for a stored password; %s is the account */
      N_("Frontdesk: %s"),
      NULL
    },
    .label_names_address = TRUE,
  },
  .flags = FD_CHANNEL_MAIL,
  .max_reply_chars = 0,
};
