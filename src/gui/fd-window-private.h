/* fd-window-private.h: shared by fd-window.c and fd-window-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-conversation-view.h"
#include "fd-inbox-model.h"
#include "fd-inbox-view.h"
#include "fd-sidebar.h"
#include "fd-window.h"

G_BEGIN_DECLS

typedef struct {
  gint64         id;
  FdMessageState state;
} FdUndoEntry;

struct _FdWindow
{
  AdwApplicationWindow  parent_instance;

  FdStore              *store;
  GSettings            *settings;
  FdInboxModel         *model;
  char                 *sort_order;

  gint64                data_version;
  guint                 poll_source;
  guint                 refresh_source;

  GArray               *undo_entries;
  AdwToast             *undo_toast;

  guint                 sample : 1;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkWidget            *sample_strip;
  AdwLeaflet           *leaflet;
  FdSidebar            *sidebar;
  FdInboxView          *inbox_view;
  FdConversationView   *conversation_view;
  AdwStatusPage        *welcome_page;
  AdwStatusPage        *error_page;
};

void fd_window_class_install_actions (GtkWidgetClass *widget_class);
void fd_window_update_actions        (FdWindow       *self);
void fd_window_show_pane             (FdWindow       *self,
                                      const char     *name);

G_END_DECLS
