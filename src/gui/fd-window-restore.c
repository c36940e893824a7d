/* fd-window-restore.c: the window when the message store is damaged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-window"

#include "config.h"

#include "fd-window-private.h"

FdRestorePage *
fd_window_show_damaged (FdWindow   *self,
                        const char *data_dir,
                        const char *description)
{
  GtkWidget *page;
  GtkWidget *old;

  g_return_val_if_fail (FD_IS_WINDOW (self), NULL);
  g_return_val_if_fail (data_dir != NULL, NULL);

  if ((old = gtk_stack_get_child_by_name (self->main_stack, "damaged")) != NULL)
    gtk_stack_remove (self->main_stack, old);

  page = fd_restore_page_new (data_dir, description);
  gtk_stack_add_named (self->main_stack, page, "damaged");
  gtk_stack_set_visible_child_name (self->main_stack, "damaged");

  return FD_RESTORE_PAGE (page);
}
