/* fd-loopback-provider.h: a provider for the tests.
 *
 * Speaks the small HTTP/JSON messaging API of the test suite's
 * fault-injecting server (tests/fault-server.c) and of
 * tests/cli-stand-in.py. The library does not know it: a test program
 * registers it for the "loopback" channel with fd_provider_register(),
 * and frontdesk-cli-test (fd-test-cli-main.c) is frontdesk-cli with it
 * registered. The server URL is the account's address.
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
