/* notification-stand-in.h: a desktop notification server on the test's
 * private session bus, recording what it is asked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _NotificationStandIn NotificationStandIn;

/* One call, as received. */
typedef struct {
  char      *method;          /* "AddNotification", "RemoveNotification", "Notify", "CloseNotification" */
  char      *app_id;          /* org.gtk.Notifications: the application's id */
  char      *id;              /* org.gtk.Notifications: the notification's id */
  char      *title;
  char      *body;
  char      *default_action;  /* "app.open-conversation" */
  GVariant  *default_target;  /* or NULL */
  GPtrArray *button_labels;   /* (element-type utf8) */
  GPtrArray *button_actions;  /* (element-type utf8) */
  GPtrArray *button_targets;  /* (element-type GVariant) NULL where none */
} NotificationCall;

/* Owns org.gtk.Notifications and org.freedesktop.Notifications on the
 * session bus (returns once both are owned). */
NotificationStandIn *notification_stand_in_new     (void);
void                 notification_stand_in_free    (NotificationStandIn *self);

/* (element-type NotificationCall) (transfer none), in order */
GPtrArray           *notification_stand_in_get_calls (NotificationStandIn *self);
/* Waits (iterating the main context) until at least @n calls were
 * received, or @timeout_ms passed: FALSE then. */
gboolean             notification_stand_in_wait    (NotificationStandIn *self,
                                                    guint                n,
                                                    guint                timeout_ms);
/* Calls of @method, shown and withdrawn alike. */
guint                notification_stand_in_count   (NotificationStandIn *self,
                                                    const char          *method);
void                 notification_stand_in_clear   (NotificationStandIn *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NotificationStandIn, notification_stand_in_free)

G_END_DECLS
