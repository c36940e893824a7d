/* fd-mail-quote.h: what of a mail body is new, and what is quoted text
 * or a signature.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  FD_QUOTE_PART_TEXT,       /* what the sender wrote in this message */
  FD_QUOTE_PART_QUOTED,     /* "On Mon … wrote:", "> " lines, an original message below */
  FD_QUOTE_PART_SIGNATURE,  /* below "-- ", or a lone "Sent from my phone" at the end */
} FdQuotePartKind;

typedef struct {
  FdQuotePartKind kind;
  gsize           start;    /* byte offsets in the text, whole lines */
  gsize           end;
} FdQuotePart;

/* (element-type FdQuotePart): the parts of @text in order, covering it. */
GArray *fd_mail_quote_split        (const char *text);

/* The sender's own words of @text: its text parts, with the quoted text
 * and the signature left out and blank lines at either end trimmed.
 * NULL when nothing is left out, or when nothing else is left. */
char   *fd_mail_quote_dup_new_text (const char *text);

G_END_DECLS
