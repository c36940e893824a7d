/* fd-public-post.h: a reply to a public post, as the server that
 * publishes it counts and shows it.
 *
 * For channels with FD_CHANNEL_PUBLIC_POSTS. The reply box shows how
 * much is left of the channel's max_reply_chars and who will see the
 * reply; the provider picks the same audience when it posts. The audience
 * words are the ones stored with each message (its visibility).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Who can see a post, from the widest to the narrowest. */
typedef enum {
  FD_AUDIENCE_PUBLIC,
  FD_AUDIENCE_UNLISTED,    /* public, but kept out of timelines */
  FD_AUDIENCE_FOLLOWERS,   /* the author's followers only */
  FD_AUDIENCE_MENTIONED,   /* the people mentioned only: a direct message */
} FdAudience;

/* The account setting ("public" or "unlisted") that chooses how a reply
 * to a public post goes out. */
#define FD_PUBLIC_POST_SETTING_REPLY_AUDIENCE "public-reply-visibility"

/* "public", "unlisted", "private" (followers), "direct". Any other word
 * (a server's own extension) is MENTIONED: the safe side. */
FdAudience   fd_audience_from_string      (const char  *name);
const char  *fd_audience_to_string        (FdAudience   audience);
/* A reply is never wider than the post it answers; a public post is
 * answered as @public_choice says (PUBLIC or UNLISTED). */
FdAudience   fd_audience_of_reply         (FdAudience   post,
                                           FdAudience   public_choice);

/* The length of @text as such servers count it: in user-perceived
 * characters, a remote mention "@user@server" as "@user", and each web
 * address as @link_chars characters (0: as written). */
guint        fd_public_post_count_chars   (const char  *text,
                                           guint        link_chars);

G_END_DECLS
