/* fd-inbox-row.h: one message in the inbox list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-reports.h"

#include "fd-inbox-item.h"

G_BEGIN_DECLS

#define FD_TYPE_INBOX_ROW (fd_inbox_row_get_type ())

G_DECLARE_FINAL_TYPE (FdInboxRow, fd_inbox_row, FD, INBOX_ROW, GtkWidget)

GtkWidget   *fd_inbox_row_new       (void);
FdInboxItem *fd_inbox_row_get_item  (FdInboxRow         *self);
/* Words to highlight (NULL-terminated), e.g. from a search. */
void         fd_inbox_row_set_terms (FdInboxRow         *self,
                                     const char * const *terms);
/* For a list item factory: bind sets the item and the terms with one
 * update; unbind only lets go of the item. */
void         fd_inbox_row_bind      (FdInboxRow         *self,
                                     FdInboxItem        *item,
                                     const char * const *terms);
void         fd_inbox_row_unbind    (FdInboxRow         *self);

/* What the row shows (author, subject, snippet, a line each), NULL when
 * it shows nothing; and how many search matches it highlights. */
char        *fd_inbox_row_dup_text  (FdInboxRow         *self);
guint        fd_inbox_row_get_n_highlights (FdInboxRow  *self);
/* The waiting time or day the row shows, NULL when it shows nothing. */
char        *fd_inbox_row_dup_waiting (FdInboxRow       *self);
/* The response target badge ("Overdue"), NULL when the row has none. */
char        *fd_inbox_row_dup_target (FdInboxRow        *self);
/* The profile's response targets for every row (NULL: no badges). */
void         fd_inbox_row_set_targets (const FdReportSettings *settings);

G_END_DECLS
