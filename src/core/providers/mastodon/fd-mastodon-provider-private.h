/* fd-mastodon-provider-private.h: the provider's state, shared by
 * fd-mastodon-provider.c (signing in, fetching), fd-mastodon-send.c
 * (replies) and fd-mastodon-push.c (the user stream).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsoup/soup.h>

#include "fd-mastodon-private.h"
#include "fd-mastodon-provider.h"

G_BEGIN_DECLS

struct _FdMastodonProvider
{
  GObject           parent_instance;

  FdAccount        *account;
  FdMastodonClient *client;
  guint             timeout_ms;
  guint             page_size;

  /* Worker thread only. */
  char             *own_id;
  char             *domain;
  guint             max_characters; /* as the server said; 0 when it did not */
  guint             url_length;
  GHashTable       *roots;          /* status id -> thread root id, per run */
  GHashTable       *seen;           /* remote ids added in this call */

  /* Under the mutex. */
  GMutex            mutex;
  char             *token;
  char             *streaming_url;

  /* Main thread only: push. */
  SoupSession      *stream_session;
  GCancellable     *stream_cancellable;
  GDataInputStream *stream;
  char             *event_name;
  GString          *event_data;
  guint             reconnect_id;
  guint             stream_failures;
  guint             push_running : 1;
  guint             connected_once : 1;
};

/* fd-mastodon-provider.c: the token, under the mutex. */
char     *_fd_mastodon_provider_dup_token (FdMastodonProvider  *self);
void      _fd_mastodon_provider_set_token (FdMastodonProvider  *self,
                                           const char          *token);

/* fd-mastodon-send.c: FdProvider's send method. */
char     *_fd_mastodon_provider_send      (FdProvider          *provider,
                                           const FdOutboxEntry *entry,
                                           gboolean             uncertain,
                                           GCancellable        *cancellable,
                                           GError             **error);

/* fd-mastodon-push.c: FdProvider's push methods, and the stream's end
 * when the provider goes. Main thread only. */
gboolean  _fd_mastodon_push_supported     (FdProvider          *provider);
gboolean  _fd_mastodon_push_start         (FdProvider          *provider,
                                           GError             **error);
void      _fd_mastodon_push_stop          (FdProvider          *provider);
void      _fd_mastodon_push_dispose       (FdMastodonProvider  *self);

G_END_DECLS
