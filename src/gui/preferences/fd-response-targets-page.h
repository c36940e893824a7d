/* fd-response-targets-page.h: Preferences, business hours and response
 * targets, kept in the profile (fd-reports.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_RESPONSE_TARGETS_PAGE (fd_response_targets_page_get_type ())

G_DECLARE_FINAL_TYPE (FdResponseTargetsPage, fd_response_targets_page, FD, RESPONSE_TARGETS_PAGE, AdwPreferencesPage)

/* Reads the settings from @store and saves them there. */
GtkWidget *fd_response_targets_page_new  (FdStore               *store);
/* Saves what is entered; FALSE with the reason shown on the page (and in
 * @error) when a field cannot be read, and nothing saved. */
gboolean   fd_response_targets_page_save (FdResponseTargetsPage *self,
                                          GError               **error);

G_END_DECLS
