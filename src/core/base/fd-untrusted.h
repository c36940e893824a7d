/* fd-untrusted.h: checks for values that come from outside.
 *
 * Everything a customer or a server sends is untrusted: names, ids,
 * addresses, URLs. These are the checks every protocol edge and the
 * ingest path apply before such a value reaches a protocol line (SMTP,
 * IMAP, HTTP), our own metadata or the store. docs/security.md lists
 * where each one is used.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FD_UNTRUSTED_ERROR (fd_untrusted_error_quark ())

typedef enum {
  FD_UNTRUSTED_ERROR_CONTROL,   /* a control character (CR, LF, NUL…) */
  FD_UNTRUSTED_ERROR_TOO_LONG,
  FD_UNTRUSTED_ERROR_ADDRESS,   /* not one plain email address */
} FdUntrustedError;

/* Longest id or handle we accept from outside, in bytes. RFC 5322 lines
 * are at most 998 characters; no channel's ids come near it. */
#define FD_UNTRUSTED_MAX_ID_BYTES 998

GQuark    fd_untrusted_error_quark        (void);

/* TRUE when @str holds a C0 control (U+0000-U+001F), DEL or, in UTF-8,
 * a C1 control (U+0080-U+009F). NULL holds none. */
gboolean  fd_untrusted_has_control        (const char  *str);

/* The one rule for protocol lines: fails, with a sentence naming @what,
 * when @value has a control character or is longer than
 * FD_UNTRUSTED_MAX_ID_BYTES. */
gboolean  fd_untrusted_check_line_value   (const char  *value,
                                           const char  *what,
                                           GError     **error);

/* Parses @value as one email address the way a mail client does (GMime)
 * and returns the bare address ("user@example.org"), or NULL with an
 * error when it is not exactly one mailbox with a plain ASCII or UTF-8
 * address free of spaces and controls. */
char     *fd_untrusted_parse_address      (const char  *value,
                                           GError     **error);

/* A copy of @str for one line of display: every control character and
 * line break becomes a space, runs of spaces are kept. NULL for NULL. */
char     *fd_untrusted_to_single_line     (const char  *str);

/* An https:// URL with a host and no spaces or controls. */
gboolean  fd_untrusted_is_https_url       (const char  *url);

/* A language tag as BCP 47 writes it: "en", "pt-BR", "zh-Hant". */
gboolean  fd_untrusted_is_language_tag    (const char  *tag);

/* "localhost", an address in 127.0.0.0/8 or ::1: a server on this
 * computer, where an unencrypted connection is not overheard. */
gboolean  fd_untrusted_is_loopback_host   (const char  *host);

/* A channel name: a lower-case ASCII word (see fd-channel.h). */
gboolean  fd_untrusted_is_channel_name    (const char  *channel);

G_END_DECLS
