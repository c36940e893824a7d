/* bench-gui-probe.h: the measurements shared by bench-gui (Frontdesk) and
 * bare-listview (GTK alone), so that both programs are timed the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Returns the list view to measure once it exists, or NULL. */
typedef GtkListView *(*BenchProbeFindList) (GtkWindow *window);

/* Call first thing in main(): notes the time and removes the probe's own
 * options from @argv:
 *   --bench-items N      the row count the list must report (required)
 *   --bench-frames N     frames of scrolling, a page per frame (300)
 *   --bench-settle-ms N  idle time between the first frame and scrolling (1000)
 *   --bench-timeout-s N  give up after this long (120)
 *   --bench-width W, --bench-height H   window size (1100x720)
 */
void bench_probe_init          (int                 *argc,
                                char              ***argv);
guint bench_probe_get_items     (void);
void bench_probe_window_size   (int                 *width,
                                int                 *height);
/* Measures @window: the first frame that shows list rows, then scrolling,
 * then memory; prints "RESULT key value" lines and calls @done. */
void bench_probe_watch         (GtkWindow           *window,
                                BenchProbeFindList   find_list,
                                GCallback            done,
                                gpointer             done_data);

/* For rows that draw their text themselves (no GtkLabel inside): returns
 * whether @widget shows text. Without it, a row shows text when a mapped
 * GtkLabel in it has some. */
typedef gboolean (*BenchProbeShowsText) (GtkWidget *widget);
void bench_probe_set_shows_text (BenchProbeShowsText shows_text);

/* Tracing, to explain the figures (printed as TRACE lines):
 * bench_probe_mark() notes an event before the first frame, with its time
 * since exec; bench_probe_count() adds @us to a named counter while
 * scrolling (reported per frame); bench_probe_trace_factory() counts and
 * times the setup, bind, unbind and teardown of a list's rows. */
void bench_probe_mark          (const char          *what);
void bench_probe_count         (const char          *name,
                                gint64               us);
void bench_probe_trace_factory (GtkListItemFactory  *factory);

G_END_DECLS
