/* fd-importer-eml.c: single mail files (.eml, and each file of a Maildir).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-importer-private.h"
#include "fd-mail-parser.h"

/* Parses one mail file; what a Maildir file name or a Sent folder says
 * about its state wins over the headers. Safe to call from a worker. */
FdParsedMessage *
_fd_importer_parse_mail_file (const char   *path,
                              const char   *data_dir,
                              FdDirection   direction,
                              GError      **error)
{
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autofree char *basename = NULL;

  if (!(msg = fd_mail_parse_file (path, data_dir, error)))
    return NULL;

  basename = g_path_get_basename (path);
  if (strstr (basename, ":2,") != NULL)
    msg->state = MAX (msg->state, fd_mail_state_from_maildir_flags (basename));
  if (direction == FD_DIRECTION_OUT)
    {
      msg->direction = FD_DIRECTION_OUT;
      msg->state = MAX (msg->state, FD_MESSAGE_STATE_READ);
    }

  return g_steal_pointer (&msg);
}

gboolean
_fd_importer_import_mail_file (FdImporter    *self,
                               const char    *path,
                               FdDirection    direction,
                               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(FdParsedMessage) msg = NULL;

  self->stats.files++;

  msg = _fd_importer_parse_mail_file (path, fd_store_get_data_dir (self->store), direction, &local_error);
  if (msg == NULL)
    {
      _fd_importer_warn (self, path, local_error->message);
      return TRUE;
    }

  return _fd_importer_add_message (self, g_steal_pointer (&msg), path, error);
}

/* Hands out chunks of @files, in file order, until the queue is full. */
static void
start_mail_chunks (FdImporter  *self,
                   GPtrArray   *files,
                   FdDirection  direction,
                   guint       *next_start,
                   FdImportQueue  *queue)
{
  while (!_fd_import_queue_is_full (queue) && *next_start < files->len)
    {
      FdImportChunk *next = _fd_import_chunk_new (FALSE);

      next->data_dir = fd_store_get_data_dir (self->store);
      next->direction = direction;
      for (guint i = *next_start; i < MIN (files->len, *next_start + PARSE_CHUNK); i++)
        g_ptr_array_add (next->inputs, g_strdup (g_ptr_array_index (files, i)));
      *next_start += PARSE_CHUNK;
      _fd_import_queue_push (queue, next);
    }
}

gboolean
_fd_importer_import_mail_files (FdImporter    *self,
                                GPtrArray     *files,
                                FdDirection    direction,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(FdImportQueue) queue = _fd_import_queue_new (self->store);
  guint next_start = 0;
  gboolean ok = TRUE;
  FdImportChunk *next;

  start_mail_chunks (self, files, direction, &next_start, queue);

  while (ok && (next = _fd_import_queue_pop (queue)) != NULL)
    {
      g_autoptr(FdImportChunk) chunk = next;

      /* The parsers work while this chunk is written. */
      start_mail_chunks (self, files, direction, &next_start, queue);
      ok = _fd_importer_add_chunk (self, chunk, cancellable, error);
    }

  return ok;
}

