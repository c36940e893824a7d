/* fd-html-text.h: HTML to readable plain text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Turns HTML into plain text: scripts, styles, comments and remote content
 * (images, iframes, objects) are dropped; block elements become line
 * breaks; entities are decoded; a link keeps its text and, when the text is
 * not the URL itself, the URL in angle brackets. Never fails: garbage in
 * gives best-effort text out. Returns valid UTF-8. */
char *fd_html_to_text (const char *html,
                       gssize      len);

G_END_DECLS
