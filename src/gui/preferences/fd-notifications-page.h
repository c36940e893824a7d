/* fd-notifications-page.h: Preferences, notifications, quiet hours,
 * overdue reminders and running in the background.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A page bound to @settings (the app's). */
GtkWidget *fd_notifications_page_new (GSettings *settings);

G_END_DECLS
