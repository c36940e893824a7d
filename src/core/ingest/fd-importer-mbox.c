/* fd-importer-mbox.c: mbox files, message by message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fd-importer-private.h"
#include "fd-mail-parser.h"

gboolean
_fd_importer_import_mbox (FdImporter    *self,
                          const char    *path,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GMimeParser) parser = NULL;
  g_autoptr(GMimeStream) stream = NULL;
  guint64 n = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int errsv = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not open “%s”: %s"), path, g_strerror (errsv));
      return FALSE;
    }

  self->stats.files++;
  stream = g_mime_stream_fs_new (fd);
  parser = g_mime_parser_new_with_stream (stream);
  g_mime_parser_set_format (parser, GMIME_FORMAT_MBOX);
  g_mime_parser_set_persist_stream (parser, TRUE);

  while (!g_mime_parser_eos (parser))
    {
      g_autoptr(GMimeMessage) message = NULL;
      g_autoptr(FdParsedMessage) msg = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *where = NULL;
      gint64 offset = g_mime_parser_tell (parser);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      message = g_mime_parser_construct_message (parser, NULL);
      n++;
      where = g_strdup_printf ("%s: message %" G_GUINT64_FORMAT, path, n);

      if (message == NULL)
        {
          /* Nothing more could be parsed: stop if the parser did not move. */
          if (g_mime_parser_tell (parser) <= offset)
            {
              if (n == 1)
                _fd_importer_warn (self, path, _("not an mbox file: no “From ” line was found"));
              break;
            }
          _fd_importer_warn (self, where, _("this message could not be read"));
          continue;
        }

      msg = fd_mail_parse_message_full (message, fd_store_get_data_dir (self->store),
                                        FD_MAIL_PARSE_EXPORT_HEADERS, &local_error);
      if (msg == NULL)
        {
          _fd_importer_warn (self, where, local_error->message);
          continue;
        }

      if (!_fd_importer_add_message (self, g_steal_pointer (&msg), where, error))
        return FALSE;
    }

  return TRUE;
}

