/* bench-gui-probe.c: first frame, scroll frame times and memory, measured
 * the same way in bench-gui and bare-listview.
 *
 * First frame: the end of the first frame-clock "after-paint" of the window
 * in which the list view is mapped, its model reports the expected number
 * of rows and a row shows text. Counted from the process start (from
 * /proc/self/stat, 10 ms resolution) and from main() (exact).
 *
 * Scrolling: a tick callback on the list view moves its vertical
 * adjustment by one page each frame. A frame's time is the work the frame
 * clock does for it: from "before-paint" (or the tick, if that phase is
 * not run) to the end of "after-paint", split into update (the tick and
 * the adjustment's handlers), layout (measure, allocate, binding rows) and
 * paint (snapshot and rendering). Emission hooks on the frame clock
 * signals run before GTK's own handlers, so each phase is timed from its
 * start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "bench-gui-probe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define WARMUP_FRAMES 5

typedef enum {
  STATE_WAIT_FIRST,
  STATE_SETTLE,
  STATE_SCROLL,
  STATE_DONE,
} State;

typedef struct {
  gint64 cpu_start;
  gint64 frame_start;
  gint64 tick;
  gint64 layout_start;
  gint64 paint_start;
} Frame;

static struct {
  gint64              t_main;
  gint64              t_exec;
  guint               items;
  guint               frames;
  guint               settle_ms;
  guint               timeout_s;
  int                 width;
  int                 height;

  GtkWindow          *window;
  GdkFrameClock      *clock;
  BenchProbeFindList  find_list;
  BenchProbeShowsText shows_text;
  GtkListView        *list;
  GCallback           done;
  gpointer            done_data;

  State               state;
  guint               n_paints;
  guint               frame_index;
  guint               wraps;
  gint64              last_frame_time;
  Frame               cur;

  GArray             *total;      /* double, ms */
  GArray             *update;
  GArray             *layout;
  GArray             *paint;
  GArray             *interval;
  GArray             *cpu;

  GHashTable         *counters;   /* name -> Counter */
  GQueue              factory_starts;
} probe;

typedef struct {
  guint64 n;
  gint64  us;
} Counter;

/* Helpers */

static gint64
boottime_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_BOOTTIME, &ts);
  return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* Microseconds since exec() of this process, from /proc/self/stat. */
static gint64
age_us (void)
{
  g_autofree char *stat = NULL;
  const char *p;
  unsigned long long start_ticks = 0;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL))
    return 0;

  /* Field 22; skip past "(comm)", which may contain spaces. */
  p = strrchr (stat, ')');
  if (p == NULL)
    return 0;
  p += 2;
  for (int field = 3; field < 22 && p != NULL; field++)
    {
      p = strchr (p, ' ');
      if (p != NULL)
        p++;
    }
  if (p == NULL)
    return 0;
  start_ticks = g_ascii_strtoull (p, NULL, 10);

  return boottime_us () - (gint64)(start_ticks * G_USEC_PER_SEC / sysconf (_SC_CLK_TCK));
}

/* CPU time of the main thread: what a frame costs without the other
 * processes of a shared machine taking the core away. */
static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static double
status_mb (const char *key)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  p = strstr (status, key);
  if (p == NULL)
    return -1;
  p += strlen (key);
  while (*p == ':' || *p == ' ' || *p == '\t')
    p++;
  return g_ascii_strtod (p, NULL) / 1024.0;
}

static int
cmp_double (gconstpointer a,
            gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* Nearest-rank percentile. */
static double
percentile (GArray *values,
            double  p)
{
  g_autoptr(GArray) sorted = NULL;
  guint rank;

  if (values->len == 0)
    return 0;
  sorted = g_array_copy (values);
  g_array_sort (sorted, cmp_double);
  rank = (guint)(p / 100.0 * sorted->len + 0.999999);
  rank = CLAMP (rank, 1, sorted->len);
  return g_array_index (sorted, double, rank - 1);
}

static void
print_series (const char *name,
              GArray     *values)
{
  printf ("RESULT %s_p50_ms %.3f\n", name, percentile (values, 50));
  printf ("RESULT %s_p95_ms %.3f\n", name, percentile (values, 95));
  printf ("RESULT %s_max_ms %.3f\n", name, percentile (values, 100));
}

static double
ms (gint64 us)
{
  return us / 1000.0;
}

static gboolean
has_text (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_LABEL (child) && gtk_label_get_text (GTK_LABEL (child))[0] != '\0')
        return TRUE;
      if (probe.shows_text != NULL && probe.shows_text (child))
        return TRUE;
      if (has_text (child))
        return TRUE;
    }

  return FALSE;
}

void
bench_probe_set_shows_text (BenchProbeShowsText shows_text)
{
  probe.shows_text = shows_text;
}

static guint
count_rows (GtkListView *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_mapped (child) && gtk_widget_get_height (child) > 0)
      n++;

  return n;
}

static GListModel *
list_model (GtkListView *list)
{
  return G_LIST_MODEL (gtk_list_view_get_model (list));
}

static gboolean
rows_visible (void)
{
  GListModel *model;

  if (probe.list == NULL)
    probe.list = probe.find_list (probe.window);
  if (probe.list == NULL || !gtk_widget_get_mapped (GTK_WIDGET (probe.list)))
    return FALSE;

  model = list_model (probe.list);
  if (model == NULL || g_list_model_get_n_items (model) != probe.items)
    return FALSE;

  return count_rows (probe.list) > 0 && has_text (GTK_WIDGET (probe.list));
}

/* Scrolling */

static void
finish (void)
{
  GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (probe.list));

  probe.state = STATE_DONE;

  printf ("RESULT frames %u\n", probe.total->len);
  printf ("RESULT wraps %u\n", probe.wraps);
  printf ("RESULT page_px %.0f\n", gtk_adjustment_get_page_size (vadj));
  printf ("RESULT upper_px %.0f\n", gtk_adjustment_get_upper (vadj));
  printf ("RESULT rows_on_screen %u\n", count_rows (probe.list));
  print_series ("frame", probe.total);
  print_series ("frame_cpu", probe.cpu);
  print_series ("update", probe.update);
  print_series ("layout", probe.layout);
  print_series ("paint", probe.paint);
  print_series ("interval", probe.interval);
  if (probe.counters != NULL)
    {
      g_autoptr(GList) names = g_hash_table_get_keys (probe.counters);

      names = g_list_sort (names, (GCompareFunc)strcmp);
      for (const GList *l = names; l != NULL; l = l->next)
        {
          Counter *c = g_hash_table_lookup (probe.counters, l->data);

          printf ("TRACE %s per_frame %.2f ms_per_frame %.3f\n", (const char *)l->data,
                  (double)c->n / MAX (probe.total->len, 1), ms (c->us) / MAX (probe.total->len, 1));
        }
    }
  printf ("RESULT rss_mb %.1f\n", status_mb ("VmRSS"));
  printf ("RESULT hwm_mb %.1f\n", status_mb ("VmHWM"));
  fflush (stdout);

  if (probe.done != NULL)
    ((void (*) (gpointer))probe.done) (probe.done_data);
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (widget));
  double value, page, upper;
  gint64 frame_time = gdk_frame_clock_get_frame_time (clock);

  if (probe.state != STATE_SCROLL)
    return G_SOURCE_REMOVE;

  if (probe.frame_index > WARMUP_FRAMES && probe.last_frame_time != 0)
    {
      double interval = ms (frame_time - probe.last_frame_time);

      g_array_append_val (probe.interval, interval);
    }
  probe.last_frame_time = frame_time;

  if (probe.total->len >= probe.frames)
    {
      finish ();
      return G_SOURCE_REMOVE;
    }

  probe.cur.tick = g_get_monotonic_time ();
  if (probe.cur.frame_start == 0)
    {
      probe.cur.frame_start = probe.cur.tick;
      probe.cur.cpu_start = thread_cpu_us ();
    }

  value = gtk_adjustment_get_value (vadj);
  page = gtk_adjustment_get_page_size (vadj);
  upper = gtk_adjustment_get_upper (vadj);
  value += page;
  if (value > upper - page)
    {
      value = 0;
      probe.wraps++;
    }
  gtk_adjustment_set_value (vadj, value);
  probe.frame_index++;

  return G_SOURCE_CONTINUE;
}

static gboolean
start_scroll_cb (gpointer data)
{
  probe.state = STATE_SCROLL;
  printf ("RESULT rss_settled_mb %.1f\n", status_mb ("VmRSS"));
  gtk_widget_add_tick_callback (GTK_WIDGET (probe.list), scroll_tick_cb, NULL, NULL);
  return G_SOURCE_REMOVE;
}

/* Frame clock */

static gboolean
phase_hook_cb (GSignalInvocationHint *hint,
               guint                  n_params,
               const GValue          *params,
               gpointer               data)
{
  const char *phase = data;
  gint64 now;

  if (probe.clock == NULL || g_value_get_object (&params[0]) != (gpointer)probe.clock ||
      probe.state != STATE_SCROLL)
    return TRUE;

  now = g_get_monotonic_time ();
  if (phase[0] == 'b')
    {
      probe.cur.frame_start = now;
      probe.cur.cpu_start = thread_cpu_us ();
    }
  else if (phase[0] == 'l')
    probe.cur.layout_start = now;
  else if (phase[0] == 'p')
    probe.cur.paint_start = now;

  return TRUE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  gint64 now = g_get_monotonic_time ();

  probe.n_paints++;
  if (probe.state == STATE_WAIT_FIRST)
    {
      static gint64 last_paint;
      g_autofree char *what = g_strdup_printf ("paint %u, %.1f ms after the previous one",
                                               probe.n_paints, last_paint ? ms (now - last_paint) : 0.0);

      bench_probe_mark (what);
      last_paint = now;
    }

  if (probe.state == STATE_WAIT_FIRST)
    {
      if (rows_visible ())
        {
          gint64 since_main = now - probe.t_main;
          gint64 since_exec = now - probe.t_exec;

          bench_probe_mark ("first frame with rows");
          probe.state = STATE_SETTLE;
          printf ("RESULT first_frame_exec_ms %.1f\n", ms (since_exec));
          printf ("RESULT first_frame_main_ms %.1f\n", ms (since_main));
          printf ("RESULT first_frame_paints %u\n", probe.n_paints);
          printf ("RESULT first_frame_rows %u\n", count_rows (probe.list));
          printf ("RESULT rss_first_mb %.1f\n", status_mb ("VmRSS"));
          fflush (stdout);
          g_timeout_add (probe.settle_ms, start_scroll_cb, NULL);
        }
      return;
    }

  if (probe.state == STATE_SCROLL && probe.cur.tick != 0)
    {
      Frame f = probe.cur;

      if (probe.frame_index > WARMUP_FRAMES)
        {
          double total = ms (now - f.frame_start);
          double update = f.layout_start ? ms (f.layout_start - f.tick) : 0;
          double layout = f.layout_start && f.paint_start ? ms (f.paint_start - f.layout_start) : 0;
          double paint = f.paint_start ? ms (now - f.paint_start) : 0;
          double cpu = ms (thread_cpu_us () - f.cpu_start);

          g_array_append_val (probe.total, total);
          g_array_append_val (probe.update, update);
          g_array_append_val (probe.layout, layout);
          g_array_append_val (probe.paint, paint);
          g_array_append_val (probe.cpu, cpu);
        }
    }

  memset (&probe.cur, 0, sizeof probe.cur);
}

static void
window_realize_cb (GtkWidget *widget,
                   gpointer   data)
{
  if (probe.clock != NULL)
    return;

  probe.clock = gtk_widget_get_frame_clock (widget);
  g_signal_connect (probe.clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

static gboolean
timeout_cb (gpointer data)
{
  if (probe.state == STATE_DONE)
    return G_SOURCE_REMOVE;

  printf ("RESULT error timeout_in_state_%d\n", probe.state);
  if (probe.list != NULL)
    printf ("RESULT n_items_seen %u\n", g_list_model_get_n_items (list_model (probe.list)));
  fflush (stdout);
  _exit (3);
}

/* Tracing */

void
bench_probe_mark (const char *what)
{
  if (probe.state != STATE_WAIT_FIRST)
    return;
  printf ("TRACE mark %.1f ms %s\n", ms (g_get_monotonic_time () - probe.t_exec), what);
}

void
bench_probe_count (const char *name,
                   gint64      us)
{
  Counter *c;

  /* Only the measured frames. */
  if (probe.state != STATE_SCROLL || probe.frame_index <= WARMUP_FRAMES)
    return;

  if (probe.counters == NULL)
    probe.counters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  c = g_hash_table_lookup (probe.counters, name);
  if (c == NULL)
    {
      c = g_new0 (Counter, 1);
      g_hash_table_insert (probe.counters, g_strdup (name), c);
    }
  c->n++;
  c->us += us;
}

static gboolean
factory_hook_cb (GSignalInvocationHint *hint,
                 guint                  n_params,
                 const GValue          *params,
                 gpointer               data)
{
  gint64 *start = g_new (gint64, 1);

  /* Handlers of one factory signal do not nest: a stack is enough. */
  *start = g_get_monotonic_time ();
  g_queue_push_head (&probe.factory_starts, start);
  return TRUE;
}

static void
factory_after_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  data)
{
  g_autofree gint64 *start = g_queue_pop_head (&probe.factory_starts);

  if (start != NULL)
    bench_probe_count (data, g_get_monotonic_time () - *start);
}

void
bench_probe_trace_factory (GtkListItemFactory *factory)
{
  static const char *names[] = { "setup", "bind", "unbind", "teardown" };
  static gboolean hooked;

  g_return_if_fail (GTK_IS_SIGNAL_LIST_ITEM_FACTORY (factory));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (!hooked)
        g_signal_add_emission_hook (g_signal_lookup (names[i], GTK_TYPE_SIGNAL_LIST_ITEM_FACTORY), 0,
                                    factory_hook_cb, NULL, NULL);
      g_signal_connect_after (factory, names[i], G_CALLBACK (factory_after_cb), (gpointer)names[i]);
    }
  hooked = TRUE;
}

/* Public */

void
bench_probe_init (int    *argc,
                  char ***argv)
{
  int out = 1;

  probe.t_main = g_get_monotonic_time ();
  probe.t_exec = probe.t_main - age_us ();
  probe.frames = 300;
  probe.settle_ms = 1000;
  probe.timeout_s = 120;
  probe.width = 1100;
  probe.height = 720;

  for (int i = 1; i < *argc; i++)
    {
      const char *arg = (*argv)[i];
      const char *val = i + 1 < *argc ? (*argv)[i + 1] : "0";

      if (g_str_equal (arg, "--bench-items"))
        probe.items = atoi (val), i++;
      else if (g_str_equal (arg, "--bench-frames"))
        probe.frames = atoi (val), i++;
      else if (g_str_equal (arg, "--bench-settle-ms"))
        probe.settle_ms = atoi (val), i++;
      else if (g_str_equal (arg, "--bench-timeout-s"))
        probe.timeout_s = atoi (val), i++;
      else if (g_str_equal (arg, "--bench-width"))
        probe.width = atoi (val), i++;
      else if (g_str_equal (arg, "--bench-height"))
        probe.height = atoi (val), i++;
      else
        (*argv)[out++] = (*argv)[i];
    }
  (*argv)[out] = NULL;
  *argc = out;

  probe.total = g_array_new (FALSE, FALSE, sizeof (double));
  probe.update = g_array_new (FALSE, FALSE, sizeof (double));
  probe.layout = g_array_new (FALSE, FALSE, sizeof (double));
  probe.paint = g_array_new (FALSE, FALSE, sizeof (double));
  probe.interval = g_array_new (FALSE, FALSE, sizeof (double));
  probe.cpu = g_array_new (FALSE, FALSE, sizeof (double));
}

guint
bench_probe_get_items (void)
{
  return probe.items;
}

void
bench_probe_window_size (int *width,
                         int *height)
{
  *width = probe.width;
  *height = probe.height;
}

void
bench_probe_watch (GtkWindow          *window,
                   BenchProbeFindList  find_list,
                   GCallback           done,
                   gpointer            done_data)
{
  static const char *phases[] = { "before-paint", "layout", "paint" };

  g_return_if_fail (probe.window == NULL);

  probe.window = window;
  probe.find_list = find_list;
  probe.done = done;
  probe.done_data = done_data;

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    g_signal_add_emission_hook (g_signal_lookup (phases[i], GDK_TYPE_FRAME_CLOCK), 0,
                                phase_hook_cb, (gpointer)phases[i], NULL);

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    window_realize_cb (GTK_WIDGET (window), NULL);
  else
    g_signal_connect_after (window, "realize", G_CALLBACK (window_realize_cb), NULL);

  g_timeout_add_seconds (probe.timeout_s, timeout_cb, NULL);
}
