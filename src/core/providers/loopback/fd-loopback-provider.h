/* fd-loopback-provider.h: for tests and development only.
 *
 * Speaks the small HTTP/JSON messaging API of the test suite's
 * fault-injecting server (tests/fault-server.c). It is registered for the
 * "loopback" channel only when FRONTDESK_TEST_PROVIDER_URL is set, or by a
 * test calling fd_provider_register(). The server URL is the account's
 * address, else $FRONTDESK_TEST_PROVIDER_URL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-provider.h"

G_BEGIN_DECLS

#define FD_TYPE_LOOPBACK_PROVIDER (fd_loopback_provider_get_type ())

G_DECLARE_FINAL_TYPE (FdLoopbackProvider, fd_loopback_provider, FD, LOOPBACK_PROVIDER, GObject)

FdLoopbackProvider *fd_loopback_provider_new (FdAccount *account);

G_END_DECLS
