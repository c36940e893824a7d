/* fd-mastodon-account-page.h: signing in to Mastodon.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fd-sync-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_MASTODON_ACCOUNT_PAGE (fd_mastodon_account_page_get_type ())

G_DECLARE_FINAL_TYPE (FdMastodonAccountPage, fd_mastodon_account_page, FD, MASTODON_ACCOUNT_PAGE, AdwBin)

/* Emits "account-added" (gint64 account id) once the account is saved,
 * its token is in the keyring and @manager syncs it. */
GtkWidget *fd_mastodon_account_page_new (FdSyncManager *manager);

G_END_DECLS
