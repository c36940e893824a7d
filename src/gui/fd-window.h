/* fd-window.h: the main window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fd-inbox-model.h"
#include "fd-restore-page.h"
#include "fd-store.h"
#include "fd-sync-manager.h"
#include "fd-translation-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_WINDOW (fd_window_get_type ())

G_DECLARE_FINAL_TYPE (FdWindow, fd_window, FD, WINDOW, AdwApplicationWindow)

/* @store may be NULL when the profile could not be opened: call
 * fd_window_show_error() then. @settings may be NULL (no schema). */
FdWindow *fd_window_new        (GtkApplication *application,
                                FdStore        *store,
                                GSettings      *settings,
                                gboolean        sample);
/* The same, showing @inbox (a model of @store, its first load perhaps
 * started already, see fd_window_dup_initial_filter()), or a new one when
 * @inbox is NULL. */
FdWindow *fd_window_new_with_inbox (GtkApplication *application,
                                    FdStore        *store,
                                    FdInboxModel   *inbox,
                                    GSettings      *settings,
                                    gboolean        sample);
/* The inbox filter a window made with @settings opens on: the saved view
 * and sort order. NULL when it opens on another page than the inbox. */
FdFilter *fd_window_dup_initial_filter (GSettings  *settings);
FdStore  *fd_window_get_store  (FdWindow       *self);
gboolean  fd_window_get_sample (FdWindow       *self);
void      fd_window_show_error (FdWindow       *self,
                                const char     *title,
                                const char     *description);
/* Shows that the profile's message store is damaged (@description says
 * how) and the backups to restore; the page emits FdRestorePage::restored
 * once one is in place. */
FdRestorePage *fd_window_show_damaged (FdWindow   *self,
                                       const char *data_dir,
                                       const char *description);
/* The manager syncing this profile (not for the sample one); @start_error
 * says why it is not running, or NULL. */
void      fd_window_set_sync_manager (FdWindow      *self,
                                      FdSyncManager *manager,
                                      const char    *start_error);
/* Opens the conversation of @message_id, as a notification's action
 * does. FALSE when the message is not there. */
gboolean  fd_window_open_message (FdWindow      *self,
                                  gint64         message_id);
/* The conversation the window shows, 0 for none. */
gint64    fd_window_get_shown_conversation (FdWindow *self);
/* Replaces the translation manager made from the settings (tests);
 * @user_lang is the language to translate into. */
void      fd_window_set_translation_manager (FdWindow             *self,
                                             FdTranslationManager *manager,
                                             const char           *user_lang);

G_END_DECLS
