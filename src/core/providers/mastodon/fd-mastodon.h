/* fd-mastodon.h: what the rest of Frontdesk needs to know about Mastodon.
 *
 * The account's character limit and Mastodon's way of counting, and the
 * visibility a reply will get: Mastodon's names for what fd-public-post.h
 * does. "Move to private" with an optional public note is an
 * FD_REPLY_PRIVATE request to the outbox; the provider posts the note.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-account.h"
#include "fd-public-post.h"

G_BEGIN_DECLS

#define FD_MASTODON_ERROR (fd_mastodon_error_quark ())

typedef enum {
  FD_MASTODON_ERROR_INVALID_SERVER,  /* not a server address */
  FD_MASTODON_ERROR_INSECURE,        /* http:// to a server that is not this computer */
  FD_MASTODON_ERROR_DENIED,          /* the person refused, or the code was wrong */
  FD_MASTODON_ERROR_STATE_MISMATCH,  /* a callback that was not ours */
  FD_MASTODON_ERROR_FAILED,
  FD_MASTODON_ERROR_TIMED_OUT,       /* the browser did not come back in time */
} FdMastodonError;

/* Who can see a post, from the widest to the narrowest. */
typedef enum {
  FD_MASTODON_VISIBILITY_PUBLIC,
  FD_MASTODON_VISIBILITY_UNLISTED,
  FD_MASTODON_VISIBILITY_PRIVATE,    /* followers only */
  FD_MASTODON_VISIBILITY_DIRECT,     /* mentioned people only */
} FdMastodonVisibility;

#define FD_MASTODON_DEFAULT_MAX_CHARACTERS 500
#define FD_MASTODON_DEFAULT_URL_LENGTH     23

/* The account setting "public-reply-visibility" ("public" or "unlisted")
 * chooses how a reply to a public post goes out. */
#define FD_MASTODON_SETTING_PUBLIC_REPLY FD_PUBLIC_POST_SETTING_REPLY_AUDIENCE

GQuark                fd_mastodon_error_quark           (void);

/* "mastodon.example", "https://mastodon.example/" → "https://mastodon.example".
 * http:// is accepted only for this computer (127.0.0.0/8, ::1, localhost). */
char                 *fd_mastodon_normalize_server      (const char            *input,
                                                         GError               **error);

/* Unknown names (other servers' extensions) are DIRECT: the safe side. */
FdMastodonVisibility  fd_mastodon_visibility_from_string (const char           *name);
const char           *fd_mastodon_visibility_to_string  (FdMastodonVisibility   visibility);
/* The visibility of a reply to a post of @parent visibility: never wider
 * than the post; a public post is answered per @public_choice
 * (PUBLIC or UNLISTED). */
FdMastodonVisibility  fd_mastodon_reply_visibility      (FdMastodonVisibility   parent,
                                                         FdMastodonVisibility   public_choice);

/* Characters as Mastodon counts them: every URL as @url_length, a
 * mention @user@domain as @user, user-perceived characters. */
guint                 fd_mastodon_count_characters      (const char            *text,
                                                         guint                  url_length);
/* The account's server limits, learned at each sync (cached in the
 * account's settings); defaults until the first sync. */
guint                 fd_mastodon_get_max_characters    (FdAccount             *account);
guint                 fd_mastodon_get_url_length        (FdAccount             *account);
/* Characters left for @text on @account (negative when too long). */
gint                  fd_mastodon_get_characters_left   (FdAccount             *account,
                                                         const char            *text);

G_END_DECLS
