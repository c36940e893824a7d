/* mastodon-stand-in.h: a Mastodon API stand-in for the tests.
 *
 * Stand-in built from the public Mastodon API documentation; no real
 * Mastodon server can run here. It speaks the parts Frontdesk uses: apps,
 * OAuth (authorize with PKCE S256, token), instance (v1, v2), notifications
 * and conversations with Link pagination over opaque ids, statuses
 * (POST with Idempotency-Key), context, tag timelines, status search,
 * rate-limit headers and the user stream (server-sent events). Faults
 * can be injected per path: 500, malformed JSON, JSON nested a million
 * levels deep, 429, and a POST that is carried out before the connection
 * drops.
 *
 * Runs a SoupServer on 127.0.0.1 (a free port) in its own thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MastodonStandIn MastodonStandIn;

#define MASTODON_STAND_IN_DOMAIN  "mastodon.test"
#define MASTODON_STAND_IN_OWN_ID  "own-1099511627776"

typedef enum {
  MASTODON_FAULT_500,
  MASTODON_FAULT_BAD_JSON,
  MASTODON_FAULT_DEEP_JSON,    /* a million "[", to overflow a recursive parser */
  MASTODON_FAULT_429,
  MASTODON_FAULT_DROP_AFTER,   /* the request is carried out, the answer lost */
} MastodonFault;

typedef struct
{
  char  *id;
  char  *text;          /* HTML as posted */
  char  *visibility;
  char  *in_reply_to;
  char  *key;           /* Idempotency-Key */
  guint  n_posts;       /* POSTs that carried this key */
} MastodonOwnStatus;

MastodonStandIn *mastodon_stand_in_new            (void);
void             mastodon_stand_in_free           (MastodonStandIn *self);
const char      *mastodon_stand_in_get_url        (MastodonStandIn *self);
/* A valid access token for the shop's account. */
const char      *mastodon_stand_in_get_token      (MastodonStandIn *self);

/* The next @times requests whose path starts with @path_prefix fail. */
void             mastodon_stand_in_add_fault      (MastodonStandIn *self,
                                                   const char      *path_prefix,
                                                   MastodonFault    fault,
                                                   guint            times);
void             mastodon_stand_in_clear_faults   (MastodonStandIn *self);
void             mastodon_stand_in_set_retry_after (MastodonStandIn *self,
                                                    guint           seconds);
void             mastodon_stand_in_set_max_characters (MastodonStandIn *self,
                                                       guint           max_characters);
/* Answer 404 on /api/v2/instance, like Mastodon before 4.0. */
void             mastodon_stand_in_set_v1_only    (MastodonStandIn *self,
                                                   gboolean         v1_only);

/* A customer's post. @mention: it mentions the shop (a notification);
 * "direct" posts also update a conversation. Returns the status id. */
char            *mastodon_stand_in_add_status     (MastodonStandIn *self,
                                                   const char      *acct,
                                                   const char      *text,
                                                   const char      *visibility,
                                                   const char      *in_reply_to,
                                                   gboolean         mention,
                                                   const char      *lang);
/* A notification that is not a mention (a favourite). */
void             mastodon_stand_in_add_favourite  (MastodonStandIn *self,
                                                   const char      *acct);

/* (element-type MastodonOwnStatus) what the shop posted, in order */
GPtrArray       *mastodon_stand_in_dup_own_statuses (MastodonStandIn *self);
void             mastodon_own_status_free         (MastodonOwnStatus *status);

guint            mastodon_stand_in_count_requests (MastodonStandIn *self,
                                                   const char      *path_prefix);
/* The last request's value of @header for @path_prefix, or NULL. */
char            *mastodon_stand_in_dup_last_header (MastodonStandIn *self,
                                                    const char      *path_prefix,
                                                    const char      *header);

/* Streaming */
guint            mastodon_stand_in_get_n_streams  (MastodonStandIn *self);
void             mastodon_stand_in_stream_event   (MastodonStandIn *self,
                                                   const char      *event,
                                                   const char      *data);
/* Ends every open stream, as a restarting server would. */
void             mastodon_stand_in_close_streams  (MastodonStandIn *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MastodonStandIn, mastodon_stand_in_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MastodonOwnStatus, mastodon_own_status_free)

G_END_DECLS
