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
  .secret_kind = "app-password",
  .secret_name = N_("App password"),
  .flags = FD_CHANNEL_PUBLIC_POSTS | FD_CHANNEL_PRIVATE_REPLY,
  /* A post's limit in graphemes. */
  .max_reply_chars = 300,
};
