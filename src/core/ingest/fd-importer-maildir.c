/* fd-importer-maildir.c: folders: Maildirs (cur/, new/, Maildir++ .Name
 * folders) and trees of files to import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-importer-private.h"

static gboolean
is_sent_folder (const char *name)
{
  const char *p = name;

  while (*p == '.')
    p++;
  return g_ascii_strncasecmp (p, "sent", 4) == 0;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The entries of @path, sorted so imports are reproducible. */
static GPtrArray *
list_dir (const char  *path,
          GError     **error)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return NULL;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);

  return g_steal_pointer (&names);
}

static gboolean
import_maildir_files (FdImporter    *self,
                      const char    *dir,
                      FdDirection    direction,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!(names = list_dir (dir, &local_error)))
    {
      _fd_importer_warn (self, dir, local_error->message);
      return TRUE;
    }

  files = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *file = NULL;

      if (name[0] == '.')
        continue;

      file = g_build_filename (dir, name, NULL);
      if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (files, g_steal_pointer (&file));
    }

  return _fd_importer_import_mail_files (self, files, direction, cancellable, error);
}

/* What mail servers keep beside cur/ and new/: not mail, and not worth
 * a warning. */
static gboolean
is_maildir_metadata (const char *name)
{
  static const char *const names[] = {
    "maildirfolder", "maildirsize", "subscriptions", NULL,
  };

  return g_str_has_prefix (name, "dovecot") ||
         g_str_has_prefix (name, "courierimap") ||
         g_strv_contains (names, name);
}

static gboolean
is_maildir (const char *path)
{
  g_autofree char *cur = g_build_filename (path, "cur", NULL);
  g_autofree char *new_dir = g_build_filename (path, "new", NULL);

  return g_file_test (cur, G_FILE_TEST_IS_DIR) || g_file_test (new_dir, G_FILE_TEST_IS_DIR);
}

gboolean
_fd_importer_import_dir (FdImporter    *self,
                         const char    *path,
                         FdDirection    direction,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree char *cur = g_build_filename (path, "cur", NULL);
  g_autofree char *new_dir = g_build_filename (path, "new", NULL);
  gboolean has_cur = g_file_test (cur, G_FILE_TEST_IS_DIR);
  gboolean has_new = g_file_test (new_dir, G_FILE_TEST_IS_DIR);
  gboolean maildir = has_cur || has_new;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) loose = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *basename = g_path_get_basename (path);

  if (is_sent_folder (basename))
    direction = FD_DIRECTION_OUT;

  /* Either may be missing (a tool that moves every message to cur/). */
  if ((has_cur && !import_maildir_files (self, cur, direction, cancellable, error)) ||
      (has_new && !import_maildir_files (self, new_dir, direction, cancellable, error)))
    return FALSE;

  if (!(names = list_dir (path, error)))
    return FALSE;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (maildir && (g_str_equal (name, "cur") || g_str_equal (name, "new") || g_str_equal (name, "tmp")))
        continue;
      /* Maildir++ keeps subfolders as .Name, Maildirs themselves; other
       * dot files and folders (the indexes of notmuch and mu, .git) are
       * not mail, and passed over as mail tools pass over them. */
      if (name[0] == '.' && !(maildir && is_maildir (child)))
        continue;

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          if (!_fd_importer_import_dir (self, child, direction, cancellable, error))
            return FALSE;
        }
      else if (!maildir && g_file_test (child, G_FILE_TEST_IS_REGULAR))
        {
          if (!_fd_importer_import_file (self, child, cancellable, error))
            return FALSE;
        }
      else if (maildir && !is_maildir_metadata (name) &&
               g_file_test (child, G_FILE_TEST_IS_REGULAR))
        {
          /* Messages put beside cur/ and new/ by hand or by another
           * tool: read as `notmuch new` reads them. */
          if (_fd_importer_sniff_format (child) == FD_IMPORT_FORMAT_MESSAGE)
            g_ptr_array_add (loose, g_steal_pointer (&child));
          else if (!_fd_importer_import_file (self, child, cancellable, error))
            return FALSE;
        }
    }

  if (loose->len > 0)
    return _fd_importer_import_mail_files (self, loose, direction, cancellable, error);

  return TRUE;
}

