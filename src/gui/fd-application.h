/* fd-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fd-background.h"
#include "fd-notifier.h"
#include "fd-sync-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_APPLICATION (fd_application_get_type ())

G_DECLARE_FINAL_TYPE (FdApplication, fd_application, FD, APPLICATION, AdwApplication)

FdApplication *fd_application_new          (void);
/* NULL when the schema is not installed (running uninstalled). */
GSettings     *fd_application_get_settings (FdApplication *self);
/* The manager syncing the open profile; NULL for the sample profile, or
 * before a window opened it. */
FdSyncManager *fd_application_get_sync_manager (FdApplication *self);

/* Sends the notifications; NULL while nothing syncs. */
FdNotifier    *fd_application_get_notifier (FdApplication *self);

/* How many times it asked the desktop to run in the background, and the
 * last answer (FD_BACKGROUND_DENIED until one came). */
guint          fd_application_get_background_requests (FdApplication      *self,
                                                       FdBackgroundResult *last);

/* A GSettings for the app's schema, or NULL when it is not installed. */
GSettings     *fd_settings_new             (void);

G_END_DECLS
