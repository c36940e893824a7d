/* fd-restore-page.h: what the window shows when the message store is
 * damaged: why, and the backups to restore, newest first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FD_TYPE_RESTORE_PAGE (fd_restore_page_get_type ())

G_DECLARE_FINAL_TYPE (FdRestorePage, fd_restore_page, FD, RESTORE_PAGE, AdwBin)

/* @description: the error that says what is wrong. */
GtkWidget  *fd_restore_page_new             (const char    *data_dir,
                                             const char    *description);
const char *fd_restore_page_get_data_dir    (FdRestorePage *self);
/* Shows the backups (what “Restore from Backup” does). */
void        fd_restore_page_show_backups    (FdRestorePage *self);
/* The rows listed, newest first: for the tests. */
guint       fd_restore_page_get_n_backups   (FdRestorePage *self);
/* What the page says under the list (an error, no backups), or NULL. */
const char *fd_restore_page_get_message     (FdRestorePage *self);
/* Restores the @index-th backup listed, as its button does. */
void        fd_restore_page_restore         (FdRestorePage *self,
                                             guint          index);

G_END_DECLS
