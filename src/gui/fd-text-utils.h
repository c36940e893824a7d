/* fd-text-utils.h: small text helpers for the widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "fd-types.h"

G_BEGIN_DECLS

/* A byte range [start, end) in a UTF-8 string. */
typedef struct {
  guint start;
  guint end;
} FdTextSpan;

/* Waiting this long or longer is told by the day it started. */
#define FD_WAITING_AS_DAY (7 * 24 * 60 * 60)

/* How long someone has waited since @since, short form at @now (unix
 * times): "now", "12 min", "2 h", "3 d"; from a week on the day it
 * started, "6 Dec", with the year when it is not this year's,
 * "6 Dec 2025". */
char          *fd_format_waiting        (gint64       since,
                                         gint64       now);

/* Where the time of a message is shown in full, e.g. "Sun 22 Nov, 18:40",
 * with the year when it is not this year's: "Fri 20 Nov 2025, 10:03". */
char          *fd_format_date_time      (gint64       unix_time);
/* The same, as seen at @now. */
char          *fd_format_date_time_at   (gint64       unix_time,
                                         gint64       now);

/* Case- and diacritic-insensitive matches of @terms (NULL-terminated) in
 * @text: sorted, non-overlapping byte ranges of @text. */
GArray        *fd_text_find_matches     (const char         *text,
                                         const char * const *terms);

/* The same, as Pango attributes that highlight the matches; NULL when
 * nothing matches. */
PangoAttrList *fd_text_highlight_attrs  (const char         *text,
                                         const char * const *terms);

G_END_DECLS
