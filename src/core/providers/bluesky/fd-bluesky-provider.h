/* fd-bluesky-provider.h: mentions, replies and quotes on Bluesky.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-provider.h"

G_BEGIN_DECLS

#define FD_TYPE_BLUESKY_PROVIDER (fd_bluesky_provider_get_type ())

G_DECLARE_FINAL_TYPE (FdBlueskyProvider, fd_bluesky_provider, FD, BLUESKY_PROVIDER, GObject)

FdBlueskyProvider *fd_bluesky_provider_new (FdAccount *account);

G_END_DECLS
