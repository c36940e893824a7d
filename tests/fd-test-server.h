/* fd-test-server.h: an HTTP server for stand-ins, on its own thread.
 *
 * A SoupServer on 127.0.0.1 (a free port) with its own thread and main
 * context, so tests can block on the client side while it answers. The
 * stand-ins (fault-server.c, mastodon-stand-in.c) put their API on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

typedef struct _FdTestServer FdTestServer;

typedef void (*FdTestServerFunc) (gpointer user_data);

/* Listens and returns once the server answers. @handler serves every
 * path, on the server's thread. When stopping, @before_quit (may be NULL)
 * runs on that thread before its loop ends, and @before_disconnect (may
 * be NULL) after, before the server lets its connections go. */
FdTestServer *fd_test_server_start       (const char         *name,
                                          SoupServerCallback  handler,
                                          FdTestServerFunc    before_quit,
                                          FdTestServerFunc    before_disconnect,
                                          gpointer            user_data);
void          fd_test_server_stop        (FdTestServer       *self);

/* "http://127.0.0.1:PORT", without a trailing slash. */
const char   *fd_test_server_get_url     (FdTestServer       *self);
/* The server thread's context, to run work there. */
GMainContext *fd_test_server_get_context (FdTestServer       *self);

G_END_DECLS
