/* fd-bluesky-channel.c: what the rest of the code knows about Bluesky.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-channel.h"

const FdChannelInfo fd_bluesky_channel_info = {
  .name = "bluesky",
  .display_name = NC_("channel", "Bluesky"),
  .icon_name = "frontdesk-bluesky-symbolic",  /* in the GUI's resources */
  /* Translators: %s is a Bluesky handle such as ana.bsky.social */
  .reply_hint = N_("Reply on Bluesky to %s"),
  .mention_prefix = "@",
  /* The keyring holds the session an app password was exchanged for
   * (never the app password), for the account's DID, sent only to its
   * server (the account's address). */
  .secret_kind = "session",
  .secret_name = N_("App password"),
  .keyring = {
    .user_setting = "did",
    .labels = {
      /* Translators: the keyring's label for the sign-in; %s is @handle */
      N_("Frontdesk: Bluesky sign-in of %s"),
      NULL
    },
  },
  /* Reply privately: a direct message through the chat service
   * (fd-bluesky-chat.c), with an optional public note in the thread. */
  .flags = FD_CHANNEL_PUBLIC_POSTS | FD_CHANNEL_PRIVATE_REPLY | FD_CHANNEL_RECORD_KEY,
  /* A post's limit in graphemes. */
  .max_reply_chars = 300,
  /* A direct message's limit (chat.bsky.convo.defs#messageInput). */
  .max_chat_chars = 1000,
  /* A record written costs points (createRecord 3, updateRecord 2,
   * deleteRecord 1) of 5,000 an hour and 35,000 a day per account; direct
   * messages are not records. */
  .write_budgets = {
    { .points = 5000, .seconds = 60 * 60, .setting = "write-points-per-hour" },
    { .points = 35000, .seconds = 24 * 60 * 60, .setting = "write-points-per-day" },
  },
};
