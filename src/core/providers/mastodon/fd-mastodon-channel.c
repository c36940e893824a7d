/* fd-mastodon-channel.c: what the rest of the code knows about Mastodon.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-channel.h"

const FdChannelInfo fd_mastodon_channel_info = {
  .name = "mastodon",
  .display_name = NC_("channel", "Mastodon"),
  .icon_name = "user-available-symbolic",
  /* Translators: %s is a Mastodon handle such as @ana@example.social */
  .reply_hint = N_("Reply on Mastodon to %s"),
  .mention_prefix = "@",
  .secret_kind = "access-token",
  .secret_name = N_("Access token"),
  /* The token goes to the instance (the account's address) for the
   * account named @user@server. */
  .keyring = {
    .labels = {
      /* Translators: the keyring's label for the token; %s is @user@server */
      N_("Frontdesk: Mastodon sign-in of %s"),
      /* Translators: the keyring's label for a stored password; %s is the account */
      N_("Frontdesk: %s"),
      NULL
    },
  },
  .flags = FD_CHANNEL_PUBLIC_POSTS | FD_CHANNEL_PRIVATE_REPLY,
  /* Mastodon's default; a server that allows more says so in its
   * instance description. */
  .max_reply_chars = 500,
  /* Any address counts as 23 characters unless the server says otherwise. */
  .link_chars = 23,
};
