/* fd-accounts-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fd-sync-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_ACCOUNTS_DIALOG (fd_accounts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FdAccountsDialog, fd_accounts_dialog, FD, ACCOUNTS_DIALOG, AdwWindow)

/* The accounts of @manager's profile, and the way to add one. */
GtkWidget *fd_accounts_dialog_new (GtkWindow     *parent,
                                   FdSyncManager *manager,
                                   const char    *data_dir);

G_END_DECLS
