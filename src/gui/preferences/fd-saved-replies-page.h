/* fd-saved-replies-page.h: Preferences, saved replies and the signatures
 * of e-mail accounts, kept in the profile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_SAVED_REPLIES_PAGE (fd_saved_replies_page_get_type ())

G_DECLARE_FINAL_TYPE (FdSavedRepliesPage, fd_saved_replies_page, FD, SAVED_REPLIES_PAGE, AdwPreferencesPage)

GtkWidget *fd_saved_replies_page_new     (FdStore            *store);
/* Reads the replies and signatures again. */
void       fd_saved_replies_page_reload  (FdSavedRepliesPage *self);
/* What the editor saves: @title's text in @lang (a new reply when the
 * title is new). Shows the reason on the page when it cannot. */
gboolean   fd_saved_replies_page_save_variant (FdSavedRepliesPage *self,
                                               const char         *title,
                                               const char         *lang,
                                               const char         *text);

G_END_DECLS
