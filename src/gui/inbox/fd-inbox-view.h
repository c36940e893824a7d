/* fd-inbox-view.h: the message list with its search bar and empty states.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-inbox-model.h"

G_BEGIN_DECLS

#define FD_TYPE_INBOX_VIEW (fd_inbox_view_get_type ())

G_DECLARE_FINAL_TYPE (FdInboxView, fd_inbox_view, FD, INBOX_VIEW, GtkWidget)

void                fd_inbox_view_set_model      (FdInboxView  *self,
                                                  FdInboxModel *model);
FdInboxModel       *fd_inbox_view_get_model      (FdInboxView  *self);
GtkSingleSelection *fd_inbox_view_get_selection  (FdInboxView  *self);
/* Which messages: a sidebar view, optionally one channel, with its title,
 * in the view's order. */
void                fd_inbox_view_set_scope      (FdInboxView  *self,
                                                  FdView        view,
                                                  const char   *channel,
                                                  const char   *title,
                                                  FdSortOrder   order);
void                fd_inbox_view_set_sort_order (FdInboxView  *self,
                                                  FdSortOrder   order);
/* Words of the current search to highlight, or NULL. */
const char * const *fd_inbox_view_get_terms      (FdInboxView  *self);
void                fd_inbox_view_start_search   (FdInboxView  *self);
void                fd_inbox_view_focus_list     (FdInboxView  *self);
void                fd_inbox_view_advance_after_removal (FdInboxView *self);
GtkWidget          *fd_inbox_view_get_back_button (FdInboxView *self);
GtkWidget          *fd_inbox_view_get_header_bar (FdInboxView  *self);

G_END_DECLS
