/* fd-listening.h: following hashtags and keywords.
 *
 * Each account of a channel that can listen (fd_provider_channel_can_listen())
 * follows saved terms. Matching posts are kept apart from the inbox (the
 * listening_posts table) until someone "adopts" one: it then becomes an
 * incoming message that can be answered proactively.
 *
 * The account's provider finds the posts (fd_provider_fetch_listening());
 * the sync run stores them after each fetch of new messages. These
 * functions only read and write the store, on the caller's thread (like
 * every FdStore call).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-store.h"

G_BEGIN_DECLS

typedef enum {
  FD_LISTENING_HASHTAG,
  FD_LISTENING_KEYWORD,
} FdListeningKind;

typedef struct {
  gint64           id;
  gint64           account_id;
  FdListeningKind  kind;
  char            *term;          /* without the '#' */
  gint64           created_at;
  guint            n_posts;
  char            *cursor;        /* the provider's, where fetching goes on; NULL at first */
} FdListeningTerm;

typedef struct {
  gint64   id;
  gint64   account_id;
  gint64   term_id;               /* 0 when the term was removed */
  char    *term;                  /* "#tag" or the keyword, NULL when removed */
  char    *channel;
  char    *remote_id;
  char    *in_reply_to;
  char    *author_handle;
  char    *author_name;
  char    *text;
  char    *lang;
  char    *url;
  char    *visibility;
  gint64   created_at;
  gint64   message_id;            /* the inbox message it became, 0 if not adopted */
} FdListeningPost;

void             fd_listening_term_free       (FdListeningTerm  *term);
void             fd_listening_post_free       (FdListeningPost  *post);

/* "#tag" (or "tag" with @kind HASHTAG) or a keyword. Returns the term's
 * id; adding a term twice returns the existing id. */
gint64           fd_listening_add_term        (FdStore          *store,
                                               gint64            account_id,
                                               FdListeningKind   kind,
                                               const char       *term,
                                               GError          **error);
/* Parses "#tag" as a hashtag and anything else as a keyword. */
gint64           fd_listening_add             (FdStore          *store,
                                               gint64            account_id,
                                               const char       *text,
                                               GError          **error);
gboolean         fd_listening_remove_term     (FdStore          *store,
                                               gint64            term_id,
                                               GError          **error);
/* (element-type FdListeningTerm); @account_id 0 for every account. */
GPtrArray       *fd_listening_list_terms      (FdStore          *store,
                                               gint64            account_id,
                                               GError          **error);
/* Newest first, keyset-paged: posts with an id below @before_id (0: from
 * the newest), at most @limit. @account_id 0 for every account.
 * (element-type FdListeningPost) */
GPtrArray       *fd_listening_list_posts      (FdStore          *store,
                                               gint64            account_id,
                                               gint64            before_id,
                                               guint             limit,
                                               GError          **error);
FdListeningPost *fd_listening_get_post        (FdStore          *store,
                                               gint64            post_id,
                                               GError          **error);
/* "Turn into a conversation": the post becomes an incoming inbox message
 * of its account (unread), so it can be answered. Returns the message id
 * (the existing one if the post was already adopted or was in the inbox
 * anyway), 0 on error. */
gint64           fd_listening_adopt_post      (FdStore          *store,
                                               gint64            post_id,
                                               GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdListeningTerm, fd_listening_term_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdListeningPost, fd_listening_post_free)

G_END_DECLS
