/* fd-mail-parser.h: RFC 5322 / MIME messages to FdParsedMessage, with GMime.
 *
 * Importing an mbox file (or any stream of messages) in bounded memory:
 *
 *   g_autoptr(GMimeParser) parser = fd_mail_parser_new_for_file (path, GMIME_FORMAT_MBOX, &error);
 *
 *   while (parser != NULL && !g_mime_parser_eos (parser))
 *     {
 *       g_autoptr(GMimeMessage) message = g_mime_parser_construct_message (parser, NULL);
 *       g_autoptr(FdParsedMessage) parsed = NULL;
 *       gint64 offset = g_mime_parser_get_mbox_marker_offset (parser);  // of this "From " line
 *
 *       if (message == NULL)
 *         break;
 *       parsed = fd_mail_parse_message (message, data_dir, &error);
 *       ...
 *     }
 *
 * GMime splits at "From " lines and leaves the body as written: a line that
 * the exporter escaped as ">From " stays ">From " in the text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gmime/gmime.h>
#include "fd-parsed-message.h"

G_BEGIN_DECLS

#define FD_MAIL_ERROR (fd_mail_error_quark ())

typedef enum {
  FD_MAIL_ERROR_PARSE,    /* not a message at all */
  FD_MAIL_ERROR_IO,
} FdMailError;

typedef enum {
  FD_MAIL_PARSE_DEFAULT        = 0,
  /* Honour the X-Frontdesk-* headers below, each checked. Only for a file
   * the user imports that Frontdesk exported: never for mail from a
   * server, where any sender can write them. */
  FD_MAIL_PARSE_EXPORT_HEADERS = 1 << 0,
} FdMailParseFlags;

/* Headers our mbox exporter writes so that social posts survive a round
 * trip through mail files. The exporter must use these names. */
#define FD_MAIL_HEADER_CHANNEL    "X-Frontdesk-Channel"
#define FD_MAIL_HEADER_REMOTE_ID  "X-Frontdesk-Remote-Id"
#define FD_MAIL_HEADER_AUTHOR     "X-Frontdesk-Author"
#define FD_MAIL_HEADER_LANG       "X-Frontdesk-Lang"
#define FD_MAIL_HEADER_THREAD     "X-Frontdesk-Thread"
#define FD_MAIL_HEADER_URL        "X-Frontdesk-Url"
#define FD_MAIL_HEADER_DIRECTION  "X-Frontdesk-Direction"  /* "in" or "out" */
#define FD_MAIL_HEADER_STATE      "X-Frontdesk-State"      /* fd_message_state_to_string() */
#define FD_MAIL_HEADER_IN_REPLY_TO "X-Frontdesk-In-Reply-To"
#define FD_MAIL_HEADER_RECIPIENT  "X-Frontdesk-Recipient"

/* An attachment larger than this (decoded) is not saved; the message
 * lists it and is marked truncated. */
#define FD_MAIL_MAX_ATTACHMENT_BYTES (50 * 1024 * 1024)

/* The original HTML kept in FdParsedMessage.html is cut at this size. */
#define FD_MAIL_MAX_HTML_BYTES (1024 * 1024)

/* GMime 3.2 has no g_autoptr() support; defined once here for every user. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeMessage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeParser, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeStream, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeFilter, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeObject, g_object_unref)

GQuark           fd_mail_error_quark         (void);

/* Call once per process before any other function here (idempotent).
 * Initialises GMime and makes raw 8-bit headers decode as UTF-8, falling
 * back to windows-1252. */
void             fd_mail_init                (void);

/* Turns @message into a FdParsedMessage. Best effort: a broken part is
 * skipped, bad charsets are repaired; it fails only when nothing usable is
 * there. Attachment contents are written under @data_dir/attachments/,
 * content-addressed (sha256), and their paths recorded relative to
 * @data_dir ("attachments/ab/ab12..."). @data_dir may be NULL to record
 * metadata only.
 *
 * created_at comes from Date:, else from the newest Received: date,
 * else it is 0. A message without Message-ID gets "fd-" and 32 hex digits
 * of the sha256 of the message bytes, so a re-import finds the same id. */
FdParsedMessage *fd_mail_parse_message       (GMimeMessage  *message,
                                              const char    *data_dir,
                                              GError       **error);
FdParsedMessage *fd_mail_parse_message_full  (GMimeMessage      *message,
                                              const char        *data_dir,
                                              FdMailParseFlags   flags,
                                              GError           **error);

/* Parses one message file (Maildir entry, .eml) in bounded memory. When
 * the message has neither a usable Date: nor a Received: date, created_at
 * is the file's modification time. */
FdParsedMessage *fd_mail_parse_file          (const char    *path,
                                              const char    *data_dir,
                                              GError       **error);

/* A parser reading @path through a file stream with persist_stream on, so
 * part contents stay in the file instead of memory. @format is
 * GMIME_FORMAT_MESSAGE for one message, GMIME_FORMAT_MBOX for an mbox. */
GMimeParser     *fd_mail_parser_new_for_file (const char    *path,
                                              GMimeFormat    format,
                                              GError       **error);

/* The state a Maildir file name's info flags say: "R" (replied) gives
 * answered, "S" (seen) read, anything else (or no ":2," info, as in new/)
 * unread. Accepts a bare name or a full path. */
FdMessageState   fd_mail_state_from_maildir_flags (const char *filename);

G_END_DECLS
