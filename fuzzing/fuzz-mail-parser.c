/* fuzz-mail-parser.c: raw mail through GMime into an FdParsedMessage.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz.h"
#include "fd-mail-parser.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(GMimeStream) stream = NULL;
  g_autoptr(GMimeParser) parser = NULL;
  g_autoptr(GMimeMessage) message = NULL;
  g_autoptr(FdParsedMessage) parsed = NULL;
  g_autoptr(FdParsedMessage) exported = NULL;

  fuzz_set_logging_func ();
  fd_mail_init ();

  stream = g_mime_stream_mem_new_with_buffer ((const char *) data, size);
  parser = g_mime_parser_new_with_stream (stream);
  message = g_mime_parser_construct_message (parser, NULL);
  if (message == NULL)
    return 0;

  /* No data directory: attachments are described, not written to disk. */
  parsed = fd_mail_parse_message (message, NULL, NULL);
  if (parsed != NULL)
    g_assert (parsed->text == NULL || g_utf8_validate (parsed->text, -1, NULL));
  exported = fd_mail_parse_message_full (message, NULL, FD_MAIL_PARSE_EXPORT_HEADERS, NULL);

  return 0;
}
