/* fd-oauth-loopback.h: receiving an OAuth 2 authorization code from the
 * browser on 127.0.0.1 (RFC 8252, 7.3), once.
 *
 * The sign-in sends the browser to the server with redirect_uri set to
 * fd_oauth_loopback_get_redirect_uri() and a state it made; the server
 * sends the browser back here with the code. Anything that does not
 * carry the state is answered and ignored; after the one redirect, or
 * the timeout, the port is closed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FD_TYPE_OAUTH_LOOPBACK (fd_oauth_loopback_get_type ())

G_DECLARE_FINAL_TYPE (FdOAuthLoopback, fd_oauth_loopback, FD, OAUTH_LOOPBACK, GObject)

/* Accepts one redirect to /callback carrying @state. @service names the
 * server for the person ("the Mastodon server", "the mail provider"). */
FdOAuthLoopback *fd_oauth_loopback_new           (const char       *state,
                                                  const char       *service);
/* Listens on 127.0.0.1 (a free port) on the calling thread's main context
 * for @timeout_ms, then stops. */
gboolean         fd_oauth_loopback_start         (FdOAuthLoopback  *self,
                                                  guint             timeout_ms,
                                                  GError          **error);
gboolean         fd_oauth_loopback_is_listening  (FdOAuthLoopback  *self);
/* "http://127.0.0.1:PORT/callback"; NULL before starting. */
const char      *fd_oauth_loopback_get_redirect_uri (FdOAuthLoopback *self);
/* Completes when the browser arrives (once); FD_OAUTH_ERROR_DENIED when
 * it brings an error instead of a code, FD_OAUTH_ERROR_TIMED_OUT when it
 * does not come in time. */
void             fd_oauth_loopback_wait_async    (FdOAuthLoopback     *self,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
char            *fd_oauth_loopback_wait_finish   (FdOAuthLoopback     *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

G_END_DECLS
