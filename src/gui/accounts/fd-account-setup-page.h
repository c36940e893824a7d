/* fd-account-setup-page.h: adding an account of any channel.
 *
 * Built from the channel's set-up form (fd-account-setup-form.h): a row
 * per field, the advanced ones folded away, "Find Settings" when the
 * channel can discover them, "Sign In with Browser" when it signs in
 * there; the secret is tested with the server before anything is saved.
 * The new account is added to the sync manager, then "account-added"
 * (gint64 id) is emitted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fd-sync-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_ACCOUNT_SETUP_PAGE (fd_account_setup_page_get_type ())

G_DECLARE_FINAL_TYPE (FdAccountSetupPage, fd_account_setup_page, FD, ACCOUNT_SETUP_PAGE, AdwBin)

/* NULL when @channel has no set-up form. */
GtkWidget  *fd_account_setup_page_new         (FdSyncManager      *manager,
                                               const char         *channel);
const char *fd_account_setup_page_get_channel (FdAccountSetupPage *self);
/* Fills the page to sign in to @account again (its channel's): adding
 * then updates @account, with a new secret or another way of signing in. */
void        fd_account_setup_page_set_account (FdAccountSetupPage *self,
                                               FdAccount          *account);
/* The row asking for the field @id, NULL if none. */
GtkWidget  *fd_account_setup_page_get_row     (FdAccountSetupPage *self,
                                               const char         *id);

G_END_DECLS
