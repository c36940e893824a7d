/* fd-provider-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsoup/soup.h>

#include "fd-provider.h"

G_BEGIN_DECLS

/* Generated from providers/meson.build: registers every built-in channel. */
void _fd_providers_register_builtin (void);

/* Sends @msg and reads the whole answer, blocking the calling worker
 * thread (never the main thread) for at most @timeout_ms. The request runs
 * on a private main context, so libsoup's connection belongs to it and is
 * closed with it: set "Connection: close" on @msg. Sets @timed_out when the
 * timeout, not @cancellable, stopped it. Returns NULL with the transport
 * error (G_IO_ERROR_CANCELLED after a timeout or a cancel). */
GBytes *_fd_provider_http_send (SoupSession   *session,
                                SoupMessage   *msg,
                                guint          timeout_ms,
                                GCancellable  *cancellable,
                                gboolean      *timed_out,
                                GError       **error);

G_END_DECLS
