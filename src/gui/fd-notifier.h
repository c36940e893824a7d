/* fd-notifier.h: the app's notifications (GNotification): new customer
 * messages, snoozed conversations coming back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-store.h"
#include "fd-sync-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_NOTIFIER (fd_notifier_get_type ())

G_DECLARE_FINAL_TYPE (FdNotifier, fd_notifier, FD, NOTIFIER, GObject)

/* What time it is, in Unix seconds: the machine's unless a test says. */
typedef gint64 (*FdNotifierClock) (gpointer user_data);

/* Tells whether the window in front shows @conversation_id. */
typedef gboolean (*FdNotifierShownFunc) (gint64   conversation_id,
                                         gpointer user_data);

/* @settings: the app's (NULL: the defaults). Notifications are sent
 * through @application, whose actions "open-conversation" and
 * "mark-answered" (an int64 conversation id) they name. */
FdNotifier *fd_notifier_new             (GApplication        *application,
                                         GSettings           *settings,
                                         FdStore             *store);
/* New messages are looked for after each sync run of @manager's
 * accounts. NULL stops. */
void        fd_notifier_set_sync_manager (FdNotifier         *self,
                                          FdSyncManager      *manager);
void        fd_notifier_set_clock       (FdNotifier          *self,
                                         FdNotifierClock      clock,
                                         gpointer             user_data);
void        fd_notifier_set_shown_func  (FdNotifier          *self,
                                         FdNotifierShownFunc  func,
                                         gpointer             user_data);
/* Wakes the snoozes that are due and says so, and plans the next wake:
 * done when made, by its own timer, and by a test after moving its clock. */
void        fd_notifier_check_snoozes   (FdNotifier          *self);
/* Says once of each customer who has waited longer than the response
 * target (the reports' setting, in business hours): done each minute,
 * and by a test after moving its clock. */
void        fd_notifier_check_overdue   (FdNotifier          *self);
/* Looks for new messages of @account_id now, as after its sync. */
void        fd_notifier_check_account   (FdNotifier          *self,
                                         FdAccount           *account,
                                         guint                n_new);
/* The notification of @conversation_id is no longer wanted. */
void        fd_notifier_withdraw        (FdNotifier          *self,
                                         gint64               conversation_id);

/* The notification id of a conversation: "conversation-ID". */
char       *fd_notifier_dup_id          (gint64               conversation_id);

G_END_DECLS
