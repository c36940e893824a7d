/* fd-background.h: asking the desktop to let Frontdesk run in the
 * background, and start it at login, through the Background portal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What the request came to. */
typedef enum {
  FD_BACKGROUND_ALLOWED,     /* the portal said yes */
  FD_BACKGROUND_DENIED,      /* the portal (or the person) said no */
  FD_BACKGROUND_NO_PORTAL,   /* there is no portal: nothing stops us running */
} FdBackgroundResult;

/* Asks the Background portal for running in the background and, with
 * @autostart, for starting at login as "frontdesk --background". Where
 * no portal answers, finishes with FD_BACKGROUND_NO_PORTAL and no error:
 * a desktop without one lets the app run as it is. @parent may be NULL. */
void                fd_background_request_async  (GtkWindow           *parent,
                                                  gboolean             autostart,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
FdBackgroundResult  fd_background_request_finish (GAsyncResult        *result,
                                                  GError             **error);

G_END_DECLS
