/* bench-reports-view.c: how long the Reports view takes to show a report.
 *
 *   bench-reports-view --data-dir PROFILE --from YYYY-MM-DD --to YYYY-MM-DD [--runs 5]
 *
 * For each run, opens a new FdReportsView on PROFILE (as the window does
 * when Reports is chosen, with its store worker) in a 1100x720 window,
 * asks for the period and times until the end of the first frame painted
 * with that period's figures. The report is computed on the worker thread, so the main
 * thread's CPU time is printed next to the wall time. Run it under
 * tests/run-headless.sh with GSK_RENDERER=cairo and GSETTINGS_SCHEMA_DIR
 * set to the build's data folder; tests/bench/bench-reports.sh runs it
 * after the CLI figures when the GUI is built.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <time.h>

#include "fd-reports-view.h"
#include "fd-store-worker.h"

typedef struct
{
  GtkWindow     *window;
  FdStoreWorker *worker;
  FdReportsView *view;
  const char    *from;
  const char    *to;
  guint          n_runs;
  guint          run;
  gboolean       measuring;
  gint64         t0;
  gint64         cpu0;
  GArray        *wall;
  GMainLoop     *loop;
} Bench;

static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gint
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gboolean next_run_cb (gpointer data);

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 wall, cpu;

  const FdReport *report;

  if (!bench->measuring || bench->view == NULL ||
      (report = fd_reports_view_get_report (bench->view)) == NULL ||
      g_strcmp0 (report->from, bench->from) != 0)
    return;

  wall = g_get_monotonic_time () - bench->t0;
  cpu = thread_cpu_us () - bench->cpu0;
  bench->measuring = FALSE;
  g_array_append_val (bench->wall, (double) { wall / 1000.0 });
  printf ("RESULT run=%u shown_ms=%.1f main_cpu_ms=%.1f\n", bench->run + 1, wall / 1000.0, cpu / 1000.0);
  fflush (stdout);
  bench->run++;
  g_timeout_add (500, next_run_cb, bench);
}

static gboolean
next_run_cb (gpointer data)
{
  Bench *bench = data;

  if (bench->run >= bench->n_runs)
    {
      g_main_loop_quit (bench->loop);
      return G_SOURCE_REMOVE;
    }

  bench->measuring = TRUE;
  bench->t0 = g_get_monotonic_time ();
  bench->cpu0 = thread_cpu_us ();
  bench->view = g_object_new (FD_TYPE_REPORTS_VIEW, NULL);
  fd_reports_view_set_dates (bench->view, bench->from, bench->to);
  fd_reports_view_set_worker (bench->view, bench->worker);
  gtk_window_set_child (bench->window, GTK_WIDGET (bench->view));

  return G_SOURCE_REMOVE;
}

static void
realize_cb (GtkWidget *window,
            Bench     *bench)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), bench);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  int n_runs = 5;
  GOptionEntry entries[] = {
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &data_dir, "The profile", "DIR" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, "First day", "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, "Day after the last", "YYYY-MM-DD" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Runs (5)", "N" },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStoreWorker) worker = NULL;
  g_autoptr(GArray) sorted = NULL;
  Bench bench = { 0 };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      data_dir == NULL || from == NULL || to == NULL || n_runs < 1)
    {
      fprintf (stderr, "bench-reports-view: %s\n",
               error ? error->message : "--data-dir, --from and --to are required");
      return 2;
    }

  gtk_init ();
  adw_init ();

  worker = fd_store_worker_new (data_dir);
  bench.worker = worker;
  bench.from = from;
  bench.to = to;
  bench.n_runs = (guint) n_runs;
  bench.wall = g_array_new (FALSE, FALSE, sizeof (double));
  bench.window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (bench.window, 1100, 720);
  g_signal_connect (bench.window, "realize", G_CALLBACK (realize_cb), &bench);
  gtk_window_present (bench.window);

  bench.loop = g_main_loop_new (NULL, FALSE);
  g_timeout_add (1000, next_run_cb, &bench);
  g_main_loop_run (bench.loop);

  sorted = g_array_copy (bench.wall);
  g_array_sort (sorted, compare_doubles);
  printf ("RESULT median shown_ms=%.1f of %u runs\n",
          g_array_index (sorted, double, sorted->len / 2), sorted->len);

  gtk_window_destroy (bench.window);
  g_main_loop_unref (bench.loop);
  g_array_unref (bench.wall);

  return 0;
}
