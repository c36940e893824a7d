/* bench-repeats.c: what the repeat detector costs per message on a large
 * import, and whether that cost stays flat as history grows.
 *
 *   bench-repeats --corpus DIR --data-dir DIR [--sample 20000]
 *
 * Imports the corpus of gen-corpus.py (DIR/maildir, then
 * DIR/social.jsonl) into a new profile the way "frontdesk-cli import"
 * does, and reports:
 *
 *  - the CPU time of _fd_repeats_on_insert() (the writer's part: looking
 *    up the customer's posts around each one, comparing them, grouping,
 *    and the same number under the same name on another channel), per
 *    message, for each tenth of the import: flat means history does not
 *    make it dearer;
 *  - the CPU time of the analysis done ahead on the parse threads, per
 *    message, on a sample of the stored posts: the signature alone, and
 *    the signature with what the post means (numbers and complaints);
 *  - what was found: groups by reason, link suggestions, and the size of
 *    the profile.
 *
 * A readable summary on stdout. Not part of `meson test`: see
 * docs/benchmarks.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sqlite3.h>
#include <time.h>

#include "fd-importer.h"
#include "fd-repeats-private.h"

#define SLICES 10

typedef struct {
  guint64 total;            /* messages expected */
  guint   next_slice;
  guint64 calls[SLICES + 1];
  gint64  usec[SLICES + 1];
  guint64 added[SLICES + 1];
} Progress;

static gint64
thread_cpu_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static void
progress_cb (const FdImportStats *stats,
             gpointer             user_data)
{
  Progress *p = user_data;

  while (p->next_slice < SLICES && stats->added >= p->total * (p->next_slice + 1) / SLICES)
    {
      p->next_slice++;
      _fd_repeats_get_cost (&p->calls[p->next_slice], &p->usec[p->next_slice]);
      p->added[p->next_slice] = stats->added;
    }
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static gint64
dir_size (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  gint64 size = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      GStatBuf st;

      if (g_stat (child, &st) != 0)
        continue;
      size += S_ISDIR (st.st_mode) ? dir_size (child) : st.st_size;
    }

  return size;
}

/* The analysis of the parse threads, timed on @sample stored posts. */
static void
time_analysis (FdStore *store,
               guint    sample)
{
  sqlite3_stmt *stmt = NULL;
  gint64 sig_ns = 0, all_ns = 0;
  guint n = 0, with_numbers = 0, with_complaints = 0;

  if (sqlite3_prepare_v2 (fd_store_get_db (store),
                          "SELECT fd_text (text), subject FROM messages WHERE direction = 0 ORDER BY id LIMIT ?",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      fprintf (stderr, "bench-repeats: %s\n", sqlite3_errmsg (fd_store_get_db (store)));
      return;
    }
  sqlite3_bind_int (stmt, 1, (int) sample);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);
      const char *subject = (const char *) sqlite3_column_text (stmt, 1);
      FdRepeatsSignature sig;
      FdRepeatsMeaning meaning;
      gint64 t0, t1, t2;

      t0 = thread_cpu_ns ();
      _fd_repeats_signature (text, &sig);
      t1 = thread_cpu_ns ();
      _fd_repeats_analyse (text, subject, &sig, &meaning);
      t2 = thread_cpu_ns ();

      sig_ns += t1 - t0;
      all_ns += t2 - t1;
      with_numbers += meaning.n_refs > 0;
      with_complaints += meaning.kinds != 0;
      n++;
    }
  sqlite3_finalize (stmt);

  if (n == 0)
    return;
  printf ("Analysis on the parse threads, %u posts: signature %.1f us, signature and meaning %.1f us"
          " per post (meaning %.1f us); %.0f%% name a number, %.0f%% make a known complaint\n",
          n, sig_ns / 1000.0 / n, all_ns / 1000.0 / n, (all_ns - sig_ns) / 1000.0 / n,
          100.0 * with_numbers / n, 100.0 * with_complaints / n);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *corpus = NULL;
  g_autofree char *data_dir = NULL;
  int sample = 20000;
  const GOptionEntry entries[] = {
    { "corpus", 0, 0, G_OPTION_ARG_FILENAME, &corpus, "The corpus of gen-corpus.py", "DIR" },
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &data_dir, "A new profile to import into", "DIR" },
    { "sample", 0, 0, G_OPTION_ARG_INT, &sample, "Posts to time the analysis on (default 20000)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdImporter) importer = NULL;
  g_autofree char *maildir = NULL;
  g_autofree char *jsonl = NULL;
  g_autofree char *manifest = NULL;
  g_autoptr(GRegex) count = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  Progress progress = { 0, };
  guint64 calls;
  gint64 usec, wall;
  sqlite3 *db;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || corpus == NULL || data_dir == NULL)
    {
      fprintf (stderr, "bench-repeats: %s\n", error != NULL ? error->message : "give --corpus and --data-dir");
      return 2;
    }

  /* "messages": N in the manifest. */
  manifest = g_build_filename (corpus, "manifest.json", NULL);
  {
    g_autofree char *contents = NULL;

    if (!g_file_get_contents (manifest, &contents, NULL, &error))
      {
        fprintf (stderr, "bench-repeats: %s\n", error->message);
        return 2;
      }
    count = g_regex_new ("\"messages\":\\s*([0-9]+)", 0, 0, NULL);
    if (g_regex_match (count, contents, 0, &match))
      {
        g_autofree char *n = g_match_info_fetch (match, 1);
        progress.total = g_ascii_strtoull (n, NULL, 10);
      }
  }

  if (!(store = fd_store_open (data_dir, &error)))
    {
      fprintf (stderr, "bench-repeats: %s\n", error->message);
      return 1;
    }

  importer = fd_importer_new (store);
  fd_importer_set_progress_func (importer, progress_cb, &progress);
  maildir = g_build_filename (corpus, "maildir", NULL);
  jsonl = g_build_filename (corpus, "social.jsonl", NULL);

  _fd_repeats_reset_cost ();
  wall = g_get_monotonic_time ();
  if (!fd_importer_import_path (importer, maildir, NULL, &error) ||
      !fd_importer_import_path (importer, jsonl, NULL, &error) ||
      !fd_importer_finish (importer, &error))
    {
      fprintf (stderr, "bench-repeats: %s\n", error->message);
      return 1;
    }
  wall = g_get_monotonic_time () - wall;
  _fd_repeats_get_cost (&calls, &usec);

  printf ("Imported %" G_GUINT64_FORMAT " messages in %.1f s; repeat detection on %" G_GUINT64_FORMAT
          " incoming ones: %.1f us CPU per message (writer), %" G_GUINT64_FORMAT " compared through the store\n",
          fd_importer_get_stats (importer)->added, wall / 1e6, calls, calls > 0 ? (double) usec / calls : 0.0,
          _fd_repeats_get_n_stored_lookups ());

  printf ("Per tenth of the import (messages so far: us CPU per message in that tenth):\n");
  for (guint i = 1; i <= progress.next_slice; i++)
    {
      guint64 c = progress.calls[i] - progress.calls[i - 1];
      gint64 u = progress.usec[i] - progress.usec[i - 1];

      printf ("  %7" G_GUINT64_FORMAT ": %6.1f\n", progress.added[i], c > 0 ? (double) u / c : 0.0);
    }

  db = fd_store_get_db (store);
  printf ("Found: %" G_GINT64_FORMAT " repeat groups (%" G_GINT64_FORMAT " by a number, %" G_GINT64_FORMAT
          " near copies, %" G_GINT64_FORMAT " by the kind of complaint, %" G_GINT64_FORMAT " asked again), %"
          G_GINT64_FORMAT " topics, %"
          G_GINT64_FORMAT " link suggestions (%" G_GINT64_FORMAT " by a number)\n",
          query_int (db, "SELECT count(*) FROM repeat_groups"),
          query_int (db, "SELECT count(*) FROM repeat_groups WHERE reason = 1"),
          query_int (db, "SELECT count(*) FROM repeat_groups WHERE reason = 2"),
          query_int (db, "SELECT count(*) FROM repeat_groups WHERE reason = 3"),
          query_int (db, "SELECT count(*) FROM repeat_groups WHERE reason = 5"),
          query_int (db, "SELECT count(*) FROM topics"),
          query_int (db, "SELECT count(*) FROM customer_link_suggestions"),
          query_int (db, "SELECT count(*) FROM customer_link_suggestions WHERE reason = 'same-name-same-number'"));

  time_analysis (store, (guint) MAX (sample, 0));

  g_clear_object (&importer);
  g_clear_object (&store);
  printf ("Profile: %.1f MB\n", dir_size (data_dir) / 1e6);

  return 0;
}
