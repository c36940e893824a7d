/* fd-mastodon-provider.h: mentions, direct messages and replies on Mastodon.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-provider.h"

G_BEGIN_DECLS

#define FD_TYPE_MASTODON_PROVIDER (fd_mastodon_provider_get_type ())

G_DECLARE_FINAL_TYPE (FdMastodonProvider, fd_mastodon_provider, FD, MASTODON_PROVIDER, GObject)

FdMastodonProvider *fd_mastodon_provider_new (FdAccount *account);

G_END_DECLS
