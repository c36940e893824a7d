/* bench-search.c: times searches and inbox pages through the core's store API.
 *
 *   bench-search --data-dir DIR [--queries FILE] [--runs 20] [--warmup 2]
 *                [--pages 1,10,100,1000] [--walks 5] [--limit 50] [--view all|everything]
 *
 * Each query goes through fd_filter_parse_search() and fd_store_list() for
 * the newest @limit results, the way the search entry does it. Pages are
 * walked with keyset paging (the sort key of the last row of one page is
 * where the next starts); the call that fetches page N is timed in each of
 * several walks, then again @runs times in a row. Results on stdout, tab-separated, one
 * record a line, for run-core-bench.sh; a readable summary on stderr. Both
 * in UTF-8 whatever the locale (printf, not g_print, which converts).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fd-filter.h"
#include "fd-message.h"
#include "fd-store.h"

static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static int
cmp_double (gconstpointer a,
            gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Nearest-rank percentile of @samples (sorted in place). */
static double
percentile (GArray *samples,
            double  p)
{
  guint rank;

  if (samples->len == 0)
    return 0;
  g_array_sort (samples, cmp_double);
  rank = (guint) (p / 100.0 * samples->len + 0.999999);
  rank = CLAMP (rank, 1, samples->len);
  return g_array_index (samples, double, rank - 1);
}

/* One line "@what n p50 p95 max" (milliseconds) over @samples. */
static void
summarize (const char *what,
           GArray     *samples)
{
  double p50 = percentile (samples, 50);
  double p95 = percentile (samples, 95);
  double max = samples->len ? g_array_index (samples, double, samples->len - 1) : 0.0;

  printf ("%s\t%u\t%.3f\t%.3f\t%.3f\n", what, samples->len, p50, p95, max);
  fprintf (stderr, "  %s, %u calls: p50 %.3f ms  p95 %.3f ms  max %.3f ms\n",
           what, samples->len, p50, p95, max);
}

static FdFilter *
new_filter (FdView view)
{
  FdFilter *filter = fd_filter_new ();

  filter->view = view;
  return filter;
}

/* One search: parse and list, the whole of what the UI pays per keystroke
 * batch. Returns milliseconds, the number of rows in @n_rows. */
static double
time_search (FdStore     *store,
             FdView       view,
             const char  *query,
             guint        limit,
             guint       *n_rows)
{
  g_autoptr(FdFilter) filter = new_filter (view);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gint64 start = now_ns ();
  double ms;

  if (!fd_filter_parse_search (filter, query, &error))
    g_error ("Query “%s”: %s", query, error->message);
  if (!(rows = fd_store_list (store, filter, 0, limit, &error)))
    g_error ("Query “%s”: %s", query, error->message);
  ms = (now_ns () - start) / 1e6;
  *n_rows = rows->len;

  return ms;
}

static void
bench_queries (FdStore    *store,
               FdView      view,
               const char *path,
               guint       runs,
               guint       warmup,
               guint       limit)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) medians = g_array_new (FALSE, FALSE, sizeof (double));

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 2);
      g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
      const char *query = fields[0];
      guint n_rows = 0;
      double first, p50, p95;

      if (query == NULL || *query == '\0' || *query == '#')
        continue;

      /* The first call is the cold one: data not yet in SQLite's page cache
       * (though likely in the OS cache). Reported apart. */
      first = time_search (store, view, query, limit, &n_rows);
      for (guint r = 1; r < warmup; r++)
        time_search (store, view, query, limit, &n_rows);
      for (guint r = 0; r < runs; r++)
        {
          double ms = time_search (store, view, query, limit, &n_rows);

          g_array_append_val (samples, ms);
          g_array_append_val (all, ms);
        }
      p95 = percentile (samples, 95);
      p50 = percentile (samples, 50);
      g_array_append_val (medians, p50);
      printf ("query\t%s\t%u\t%.3f\t%.3f\t%.3f\t%.3f\n",
               query, n_rows, first, p50, p95,
               g_array_index (samples, double, samples->len - 1));
      fprintf (stderr, "  %-32s %3u rows  first %8.3f ms  p50 %8.3f ms  p95 %8.3f ms\n",
                  query, n_rows, first, p50, p95);
    }

  summarize ("search", all);
}

static double
time_page (FdStore         *store,
           const FdFilter  *filter,
           gint64           after_key,
           guint            limit,
           gint64          *last_key,
           guint           *n_rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gint64 start = now_ns ();
  double ms;

  if (!(rows = fd_store_list (store, filter, after_key, limit, &error)))
    g_error ("Listing after %" G_GINT64_FORMAT ": %s", after_key, error->message);
  ms = (now_ns () - start) / 1e6;
  *n_rows = rows->len;
  if (rows->len > 0)
    *last_key = fd_message_get_sort_key (g_ptr_array_index (rows, rows->len - 1));

  return ms;
}

/* Walks the list @walks times from the top; the call that fetches each
 * page in @depths_str is timed in every walk (the median of the walks is
 * reported, so that one preemption on a busy machine does not decide), then
 * repeated @runs times in a row (warm). The first walk is the coldest: the
 * statement is not prepared yet and no row is in SQLite's page cache. */
static void
bench_pages (FdStore    *store,
             FdView      view,
             const char *depths_str,
             guint       runs,
             guint       walks,
             guint       limit)
{
  g_autoptr(FdFilter) filter = new_filter (view);
  g_auto(GStrv) depths = g_strsplit (depths_str, ",", -1);
  g_autoptr(GArray) all_calls = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_depths = g_strv_length (depths);
  g_autofree guint *depth = g_new0 (guint, n_depths);
  g_autofree gint64 *depth_after = g_new0 (gint64, n_depths);
  g_autofree guint *depth_rows = g_new0 (guint, n_depths);
  g_autoptr(GPtrArray) depth_walks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  guint max_depth = 0;
  guint n_pages = 0;

  for (guint i = 0; i < n_depths; i++)
    {
      depth[i] = (guint) g_ascii_strtoull (depths[i], NULL, 10);
      max_depth = MAX (max_depth, depth[i]);
      g_ptr_array_add (depth_walks, g_array_new (FALSE, FALSE, sizeof (double)));
    }

  for (guint w = 0; w < walks; w++)
    {
      gint64 after = 0;

      for (guint page = 1; page <= max_depth; page++)
        {
          gint64 last = after;
          guint n_rows = 0;
          double ms = time_page (store, filter, after, limit, &last, &n_rows);

          g_array_append_val (all_calls, ms);
          for (guint i = 0; i < n_depths; i++)
            if (depth[i] == page)
              {
                g_array_append_val (g_ptr_array_index (depth_walks, i), ms);
                depth_after[i] = after;
                depth_rows[i] = n_rows;
              }

          n_pages = MAX (n_pages, page);
          if (n_rows < limit)
            break;
          after = last;
        }
    }

  if (n_pages < max_depth)
    fprintf (stderr, "  only %u pages of %u\n", n_pages, limit);

  for (guint i = 0; i < n_depths; i++)
    {
      GArray *in_walks = g_ptr_array_index (depth_walks, i);
      g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
      double first, walk_median, walk_max, p50, p95;

      if (in_walks->len == 0)
        continue;

      for (guint r = 0; r < runs; r++)
        {
          gint64 ignored;
          guint n;
          double ms = time_page (store, filter, depth_after[i], limit, &ignored, &n);

          g_array_append_val (samples, ms);
        }

      first = g_array_index (in_walks, double, 0);
      walk_median = percentile (in_walks, 50);
      walk_max = g_array_index (in_walks, double, in_walks->len - 1);
      p95 = percentile (samples, 95);
      p50 = percentile (samples, 50);
      printf ("page\t%u\t%u\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%u\n", depth[i], depth_rows[i],
              walk_median, p50, p95, first, walk_max, in_walks->len);
      fprintf (stderr, "  page %5u (%u rows): in %u walks median %.3f ms (first %.3f, max %.3f), "
               "repeated p50 %.3f ms p95 %.3f ms\n",
               depth[i], depth_rows[i], in_walks->len, walk_median, first, walk_max, p50, p95);
    }

  summarize ("walk", all_calls);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = NULL;
  g_autofree char *queries = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *view_name = NULL;
  int runs = 20;
  int warmup = 2;
  int walks = 5;
  int limit = 50;
  GOptionEntry entries[] = {
    { "data-dir", 'd', 0, G_OPTION_ARG_FILENAME, &data_dir, "Frontdesk data directory", "DIR" },
    { "queries", 'q', 0, G_OPTION_ARG_FILENAME, &queries, "Queries, one a line (text before a tab)", "FILE" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Timed runs per query or page (default 20)", "N" },
    { "warmup", 'w', 0, G_OPTION_ARG_INT, &warmup, "Untimed runs first (default 2)", "N" },
    { "pages", 'p', 0, G_OPTION_ARG_STRING, &pages, "Inbox pages to time, e.g. 1,10,100,1000", "LIST" },
    { "walks", 0, 0, G_OPTION_ARG_INT, &walks, "Walks down to the deepest page (default 5)", "N" },
    { "limit", 'l', 0, G_OPTION_ARG_INT, &limit, "Rows per page (default 50)", "N" },
    { "view", 0, 0, G_OPTION_ARG_STRING, &view_name, "all (default: the inbox) or everything", "VIEW" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time Frontdesk searches and pages");
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = NULL;
  FdView view = FD_VIEW_ALL;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  if (data_dir == NULL || runs < 1 || limit < 1)
    {
      fprintf (stderr, "Give --data-dir, and --runs and --limit of at least 1.\n");
      return 2;
    }
  if (view_name != NULL && g_str_equal (view_name, "everything"))
    view = FD_VIEW_EVERYTHING;

  start = now_ns ();
  if (!(store = fd_store_open (data_dir, &error)))
    {
      fprintf (stderr, "Could not open %s: %s\n", data_dir, error->message);
      return 1;
    }
  printf ("open\t%.3f\n", (now_ns () - start) / 1e6);

  if (queries != NULL)
    bench_queries (store, view, queries, runs, MAX (warmup, 1), limit);
  if (pages != NULL)
    bench_pages (store, view, pages, runs, MAX (walks, 1), limit);

  return 0;
}
