/* fd-bluesky-provider-private.h: the provider's state, shared by
 * fd-bluesky-provider.c (the session, fetching) and fd-bluesky-send.c
 * (replies). The sync manager calls both on the account's worker
 * thread, one call at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-bluesky-private.h"
#include "fd-bluesky-provider.h"

G_BEGIN_DECLS

struct _FdBlueskyProvider
{
  GObject          parent_instance;

  FdAccount       *account;
  FdBlueskyClient *client;
  guint            timeout_ms;
  guint            page_size;

  char            *did;
  char            *access_jwt;
  char            *refresh_jwt;
  GHashTable      *seen;      /* remote ids added in this call */
};

/* An XRPC call with the session; an expired access token is renewed
 * (refreshSession) and the call made once more. */
JsonNode *_fd_bluesky_provider_call (FdBlueskyProvider   *self,
                                     const char          *nsid,
                                     const char          *query,
                                     JsonNode            *body,
                                     gboolean             may_have_arrived,
                                     char               **xrpc_error,
                                     GCancellable        *cancellable,
                                     GError             **error);

/* fd-bluesky-send.c: FdProvider's send method. */
char     *_fd_bluesky_provider_send (FdProvider          *provider,
                                     const FdOutboxEntry *entry,
                                     gboolean             uncertain,
                                     GCancellable        *cancellable,
                                     GError             **error);

G_END_DECLS
