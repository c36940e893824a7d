/* fd-channel.h: what the rest of the code may know about a channel.
 *
 * A channel (email, Mastodon, ...) describes itself once, in its own
 * folder (src/core/providers/<channel>/fd-<channel>-channel.c), with an
 * FdChannelInfo. Everything else asks for that description instead of
 * comparing channel names: the store whether to thread by mail headers,
 * the composer how long a reply may be, the window which icon to show.
 * Messages of a channel this build does not describe (an import from a
 * newer version) still show, with the generic defaults below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  FD_CHANNEL_FLAGS_NONE   = 0,
  /* Internet mail: threads by Message-ID, In-Reply-To and References;
   * quotes what it answers; addresses compare without case; a reply is a
   * letter, sent as written. */
  FD_CHANNEL_MAIL          = 1 << 0,
  /* Posts are public: a reply to all copies of a repeat mentions each
   * author and must fit max_reply_chars. */
  FD_CHANNEL_PUBLIC_POSTS  = 1 << 1,
  /* A reply can go privately (a direct message) instead of in public. */
  FD_CHANNEL_PRIVATE_REPLY = 1 << 2,
  /* Fetching from a cursor tells the server that everything before it
   * arrived, and the server forgets it (Telegram's getUpdates offset):
   * the sync run fetches the next page only once this one is stored. */
  FD_CHANNEL_CURSOR_CONFIRMS = 1 << 3,
  /* The server stores a reply under a key the client chooses (an atproto
   * record key): the outbox makes each reply's idempotency key a TID
   * (a time-ordered id, 13 characters of base32-sortable) when it is
   * queued, and the provider writes the reply under that key, so a
   * resend finds or overwrites nothing but its own record. */
  FD_CHANNEL_RECORD_KEY    = 1 << 4,
} FdChannelFlags;

/* How an account's secret is kept in the keyring (fd-secrets.c): under
 * the server it is sent to and the user it signs in as, so that it never
 * reaches another server. */
typedef struct {
  /* The account setting naming that server (a host name, kept in lower
   * case); NULL: the account's address. */
  const char     *server_setting;
  /* The account setting naming the user, falling back to the account's
   * address when unset; NULL: the account's name. */
  const char     *user_setting;
  /* The settings naming every host the secret is sent to; none: the host
   * of the account's address. */
  const char     *host_settings[2];
  /* The keyring entry's label, then labels earlier versions wrote, each
   * with one %s: the account's address when label_names_address, else
   * its name. An entry of the older schema is only used when its label is
   * one of these for this account (fd-secrets.c). Marked for
   * translation; NULL-terminated. */
  const char     *labels[3];
  gboolean        label_names_address;
} FdChannelKeyring;

/* A limit on what an account may write to its server in a rolling
 * window (Bluesky: 5,000 points an hour and 35,000 a day). The outbox
 * counts the points it spent (FdProviderInterface.write_cost) and holds
 * a reply that would go over until the window has room. */
typedef struct {
  guint           points;   /* 0: no such limit */
  guint           seconds;  /* the window */
  /* The account setting that lowers or raises @points, or NULL. */
  const char     *setting;
} FdChannelWriteBudget;

typedef struct {
  /* The key kept in the store: a lower-case ASCII word. */
  const char     *name;
  /* As a person reads it: marked for translation with the context
   * "channel", translated on use. */
  const char     *display_name;
  /* A themed or resource icon name. */
  const char     *icon_name;
  /* The hint over the reply box; one %s, the customer's handle or
   * address. Marked for translation, translated on use. */
  const char     *reply_hint;
  /* What a mention puts before a handle ("@"), or NULL. */
  const char     *mention_prefix;
  /* The secret an account signs in with ("password", "access-token"). */
  const char     *secret_kind;
  /* That secret as a person types it ("Access token"); NULL: "Password".
   * Marked for translation, translated on use. */
  const char     *secret_name;
  FdChannelKeyring keyring;
  FdChannelFlags  flags;
  /* The longest public reply in characters when the server does not say;
   * 0 when there is no limit. */
  guint           max_reply_chars;
  /* What a web address counts for in max_reply_chars when the server
   * does not say (fd_public_post_count_chars()); 0: as written. */
  guint           link_chars;
  /* Where a direct message is a chat message rather than a post (no
   * author named in front): its longest length in characters. 0 where a
   * direct message is a post like the others (max_reply_chars). */
  guint           max_chat_chars;
  /* The server's write budgets, shortest window first; unused ones are
   * zero. */
  FdChannelWriteBudget write_budgets[2];
} FdChannelInfo;

/* For channels that are not built in (the tests' loopback channel).
 * @info must outlive the program. */
void                  fd_channel_register        (const FdChannelInfo *info);
/* (nullable): NULL for a channel this build does not describe. */
const FdChannelInfo  *fd_channel_lookup          (const char          *name);
gboolean              fd_channel_has             (const char          *name,
                                                  FdChannelFlags       flag);
/* Translated; the name itself for an unknown channel, "" for NULL. */
const char           *fd_channel_display_name    (const char          *name);
const char           *fd_channel_icon_name       (const char          *name);
/* (transfer full): the hint over the reply box, e.g. "Reply by email to %s". */
char                 *fd_channel_format_reply_hint (const char        *name,
                                                    const char        *to);
/* The longest public reply, 0 for no limit. */
guint                 fd_channel_max_reply_chars (const char          *name);
/* The keyring kind of the channel's secret; "password" for a channel
 * this build does not describe. */
const char           *fd_channel_secret_kind     (const char          *name);
/* Translated: what a person types to sign in ("Access token"). */
const char           *fd_channel_secret_name     (const char          *name);
/* (transfer container) (element-type FdChannelInfo): every described
 * channel, sorted by name. */
GPtrArray            *fd_channel_list            (void);

G_END_DECLS
