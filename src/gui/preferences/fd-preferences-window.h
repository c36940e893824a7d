/* fd-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_PREFERENCES_WINDOW (fd_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (FdPreferencesWindow, fd_preferences_window, FD, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* @settings may be NULL: the rows are then shown insensitive. API keys
 * are kept for @store's profile; with @store NULL they cannot be set. */
GtkWidget *fd_preferences_window_new (GSettings *settings,
                                      FdStore   *store);

G_END_DECLS
