/* driver.c: runs a fuzz target once on each file given, so the targets
 * build without libFuzzer (with gcc, say) and replay a corpus as a test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "fuzz.h"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
run_file (const char *path,
          guint      *n_run)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  /* A copy of exactly @length bytes, so that ASan or valgrind see a read
   * past the end that the NUL of g_file_get_contents() would hide; never
   * NULL, as with libFuzzer, even for an empty file. */
  {
    g_autofree unsigned char *copy = g_malloc (MAX (length, 1));

    memcpy (copy, contents, length);

    LLVMFuzzerTestOneInput (copy, length);
  }
  (*n_run)++;

  return TRUE;
}

static gboolean
run_path (const char *path,
          guint      *n_run)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  gboolean ok = TRUE;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return run_file (path, n_run);

  if (!(dir = g_dir_open (path, 0, &error)))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);

  for (guint i = 0; i < names->len; i++)
    ok &= run_path (g_ptr_array_index (names, i), n_run);

  return ok;
}

int
main (int   argc,
      char *argv[])
{
  guint n_run = 0;
  gboolean ok = TRUE;

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE-OR-DIRECTORY…\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    ok &= run_path (argv[i], &n_run);

  g_print ("%u inputs run\n", n_run);

  return ok ? 0 : 1;
}
