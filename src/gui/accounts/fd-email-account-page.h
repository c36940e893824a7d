/* fd-email-account-page.h: adding an email account.
 *
 * Address and password, "Find Settings" (autoconfiguration), server
 * settings by hand in an expander, the login tested before anything is
 * saved, and an untrusted certificate shown with its fingerprint and a
 * "Trust This Certificate" button. Emits "account-added" (gint64 id)
 * once the account and its password are stored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fd-sync-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_EMAIL_ACCOUNT_PAGE (fd_email_account_page_get_type ())

G_DECLARE_FINAL_TYPE (FdEmailAccountPage, fd_email_account_page, FD, EMAIL_ACCOUNT_PAGE, AdwBin)

GtkWidget *fd_email_account_page_new (FdSyncManager *manager);

G_END_DECLS
