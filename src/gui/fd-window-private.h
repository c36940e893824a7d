/* fd-window-private.h: shared by fd-window.c and fd-window-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-conversation-view.h"
#include "fd-inbox-model.h"
#include "fd-inbox-view.h"
#include "fd-listening-view.h"
#include "fd-repeats-languages.h"
#include "fd-reports-view.h"
#include "fd-sidebar.h"
#include "fd-store-worker.h"
#include "fd-sync-manager.h"
#include "fd-topic-view.h"
#include "fd-topics-view.h"
#include "fd-translation-manager.h"
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
  char                 *sort_order;      /* the current view's */
  char                 *scope;           /* the sidebar's, as in last-view */

  gint64                data_version;
  guint                 poll_source;
  guint                 counts_source;  /* sidebar counts, if the inbox is slow */
  guint                 refresh_source;

  GArray               *undo_entries;
  AdwToast             *undo_toast;

  FdStoreWorker        *worker;
  FdSyncManager        *sync_manager;
  FdTranslationManager *translation_manager;
  char                 *user_lang;
  /* Repeats in two languages, found in the background after a sync or an
   * import, through translation_manager's engines on this computer. */
  FdRepeatsLanguagePass *language_pass;
  GCancellable          *rules_cancellable;   /* finding repeats again under newer rules */

  /* A reply discarded only when its toast goes without Undo. */
  gint64                discard_entry_id;
  gint64                discard_message_id;
  AdwToast             *discard_toast;
  /* Customer links: the merge or split that Undo reverts. */
  AdwToast             *customer_toast;

  /* The leaflet's page a narrow window shows: "sidebar", "inbox" or
   * "conversation", kept while the window is wide; NULL at first. */
  const char           *pane;

  /* The conversation whose messages are being marked read. */
  gint64                marking_read;

  guint                 sample : 1;

  AdwToastOverlay      *toast_overlay;
  GtkCssProvider       *toast_css;   /* keeps toasts off the composer */
  int                   toast_lift;  /* its margin now, in pixels */
  /* Toasts to take away, one at a time once the overlay settled. */
  GQueue                toasts_to_dismiss;  /* (element-type AdwToast) (owned) */
  gint64                toasts_settle_at;   /* monotonic µs */
  guint                 toast_dismiss_source;
  GtkStack             *main_stack;
  GtkWidget            *sample_strip;
  AdwLeaflet           *leaflet;
  FdSidebar            *sidebar;
  GtkStack             *inbox_stack;
  FdInboxView          *inbox_view;
  FdTopicsView         *topics_view;
  FdListeningView      *listening_view;
  FdReportsView        *reports_view;
  GtkStack             *conversation_stack;
  FdConversationView   *conversation_view;
  FdTopicView          *topic_view;
  AdwStatusPage        *welcome_page;
  AdwStatusPage        *error_page;
};

void fd_window_class_install_actions (GtkWidgetClass *widget_class);
void fd_window_add_shortcuts         (FdWindow       *self);
void fd_window_update_actions        (FdWindow       *self);
void fd_window_show_pane             (FdWindow       *self,
                                      const char     *name);
/* Marks the customer's unread messages of the shown conversation read,
 * as opening it does. */
void fd_window_mark_shown_read       (FdWindow       *self);
/* Notices writes made by the worker (or anyone) now, not at the next poll. */
void fd_window_check_store           (FdWindow       *self);
void fd_window_toast                 (FdWindow       *self,
                                      const char     *title);
/* Every toast of the window goes through here: shown above the reply
 * box when it is open, never over Send or its options. */
void fd_window_add_toast             (FdWindow       *self,
                                      AdwToast       *toast);
void fd_window_dismiss_toast         (FdWindow       *self,
                                      AdwToast       *toast);
/* Snoozing the shown conversation: fd-window-snooze.c */
void fd_window_class_install_snooze_actions (GtkWidgetClass *widget_class);
void fd_window_update_snooze_actions (FdWindow       *self);
void fd_window_add_snooze_button     (FdWindow       *self);
/* Outbox, repeats and customer actions: fd-window-jobs.c */
void fd_window_class_install_job_actions (GtkWidgetClass *widget_class);
void fd_window_finish_discard        (FdWindow       *self);

G_END_DECLS
