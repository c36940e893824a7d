/* fd-attachment-store.c: the files messages carry, kept in the profile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "fd-attachment-store.h"

#define FOLDER "attachments"
#define CHUNK (64 * 1024)

G_DEFINE_QUARK (fd-attachment-store-error-quark, fd_attachment_store_error)

static gboolean
is_hash_name (const char *name)
{
  if (strlen (name) != 64)
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

char *
fd_attachment_store_get_path (FdStore    *store,
                              const char *relative_path)
{
  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (relative_path == NULL || !g_str_has_prefix (relative_path, FOLDER "/") ||
      !is_hash_name (relative_path + strlen (FOLDER "/")))
    return NULL;
  return g_build_filename (fd_store_get_data_dir (store), relative_path, NULL);
}

char *
fd_attachment_store_add_bytes (FdStore  *store,
                               GBytes   *content,
                               GError  **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *final_path = NULL;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);
  g_return_val_if_fail (content != NULL, NULL);

  if (g_bytes_get_size (content) > FD_ATTACHMENT_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (g_bytes_get_size (content));

      g_set_error (error, FD_ATTACHMENT_STORE_ERROR, FD_ATTACHMENT_STORE_ERROR_TOO_LARGE,
                   /* Translators: %s is a size, e.g. "60.2 MB"; %u is a number of megabytes */
                   _("A file of %s is larger than %u MB and was not kept."),
                   size, (guint) (FD_ATTACHMENT_MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }

  dir = g_build_filename (fd_store_get_data_dir (store), FOLDER, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not make the folder %s: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  name = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, content);
  final_path = g_build_filename (dir, name, NULL);
  /* The same content is kept once; g_file_set_contents() writes a
   * temporary file and renames it. */
  if (!g_file_test (final_path, G_FILE_TEST_IS_REGULAR) &&
      !g_file_set_contents_full (final_path, g_bytes_get_data (content, NULL), g_bytes_get_size (content),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return NULL;

  return g_strconcat (FOLDER "/", name, NULL);
}

char *
fd_attachment_store_add_file (FdStore  *store,
                              GFile    *file,
                              guint64  *out_size,
                              GError  **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *final_path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GFile) tmp = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (CHUNK);
  g_autofree char *display = NULL;
  guint64 size = 0;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display = g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, FD_ATTACHMENT_STORE_ERROR, FD_ATTACHMENT_STORE_ERROR_NOT_A_FILE,
                   _("%s is not a file: attach files, not folders."), display);
      return NULL;
    }
  if ((guint64) g_file_info_get_size (info) > FD_ATTACHMENT_MAX_FILE_SIZE)
    goto too_large;

  dir = g_build_filename (fd_store_get_data_dir (store), FOLDER, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not make the folder %s: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  if ((in = g_file_read (file, NULL, error)) == NULL)
    return NULL;

  tmp_path = g_build_filename (dir, ".incoming-XXXXXX", NULL);
  {
    int fd = g_mkstemp_full (tmp_path, O_RDWR, 0600);

    if (fd < 0)
      {
        int saved_errno = errno;

        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                     _("Could not write in %s: %s"), dir, g_strerror (saved_errno));
        return NULL;
      }
    close (fd);
  }
  tmp = g_file_new_for_path (tmp_path);
  if ((out = g_file_replace (tmp, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, error)) == NULL)
    goto fail;

  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (in), buffer, CHUNK, NULL, error);

      if (n < 0)
        goto fail;
      if (n == 0)
        break;
      size += n;
      /* The file may grow while it is read. */
      if (size > FD_ATTACHMENT_MAX_FILE_SIZE)
        {
          g_unlink (tmp_path);
          goto too_large;
        }
      g_checksum_update (checksum, buffer, n);
      if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), buffer, n, NULL, NULL, error))
        goto fail;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error))
    goto fail;

  name = g_strdup (g_checksum_get_string (checksum));
  final_path = g_build_filename (dir, name, NULL);
  if (g_rename (tmp_path, final_path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not keep a copy of %s in %s: %s"), display, dir, g_strerror (saved_errno));
      goto fail;
    }

  if (out_size != NULL)
    *out_size = size;
  return g_strconcat (FOLDER "/", name, NULL);

fail:
  g_unlink (tmp_path);
  return NULL;

too_large:
  g_set_error (error, FD_ATTACHMENT_STORE_ERROR, FD_ATTACHMENT_STORE_ERROR_TOO_LARGE,
               _("%s is larger than %u MB: send a link to it instead."),
               display, (guint) (FD_ATTACHMENT_MAX_FILE_SIZE / (1024 * 1024)));
  return NULL;
}
