/* fd-help.h: opening the user guide, with or without a help viewer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Opens the guide: in the help viewer (help:frontdesk) when there is one,
 * else the guide's pages installed as HTML with Frontdesk, else its web
 * address, in the web browser; says where the guide is when nothing can
 * open it. */
void fd_help_show      (GtkWindow  *parent);

/* The same with the HTML folder and the web address given, for the tests
 * (NULL: none). */
void fd_help_show_full (GtkWindow  *parent,
                        const char *html_dir,
                        const char *web_uri);

G_END_DECLS
