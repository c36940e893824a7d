/* bench-gui.c: the real Frontdesk application, measured by the probe.
 *
 *   bench-gui --bench-items N [probe options] --data-dir PROFILE
 *
 * Runs FdApplication exactly as main.c does (same options, same window),
 * with the probe watching the first window it opens. Settings are pinned
 * (window size, the "all" view, newest first, no sample profile) so the
 * run does not depend on what a previous run left behind. Run it under
 * tests/run-headless.sh with GSETTINGS_BACKEND=memory and
 * GSETTINGS_SCHEMA_DIR pointing at the build's data folder;
 * tests/bench/bench-gui.sh does all that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include <sqlite3.h>

#include "bench-gui-probe.h"
#include "fd-application.h"
#include "fd-inbox-model.h"
#include "fd-inbox-row.h"
#include "fd-window.h"

static gboolean
has_class_inbox_list (GtkWidget *widget)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "inbox-list");
}

static GtkWidget *
find_widget (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (has_class_inbox_list (child))
        return child;
      if ((found = find_widget (child)) != NULL)
        return found;
    }

  return NULL;
}

static GtkListView *
find_inbox_list (GtkWindow *window)
{
  return GTK_LIST_VIEW (find_widget (GTK_WIDGET (window)));
}

/* Inbox rows draw their own text: one shows text once it has a message. */
static gboolean
row_shows_text (GtkWidget *widget)
{
  g_autofree char *text = NULL;

  if (!FD_IS_INBOX_ROW (widget))
    return FALSE;
  text = fd_inbox_row_dup_text (FD_INBOX_ROW (widget));
  return text != NULL && text[0] != '\0';
}

/* Tracing: where the time goes, as TRACE lines next to the results. */

static int
sql_trace_cb (unsigned  type,
              void     *data,
              void     *stmt,
              void     *x)
{
  gint64 us = *(sqlite3_int64 *)x / 1000;

  bench_probe_count ("sql (main thread)", us);
  if (us >= 1000)
    {
      g_autofree char *sql = g_strndup (sqlite3_sql (stmt), 70);
      g_autofree char *what = g_strdup_printf ("main-thread query of %.1f ms: %s", us / 1000.0,
                                               g_strdelimit (sql, "\n", ' '));

      bench_probe_mark (what);
    }
  return 0;
}

static void
model_loaded_cb (FdInboxModel *model)
{
  g_autofree char *what = g_strdup_printf ("inbox model loaded=%d, %u rows",
                                           fd_inbox_model_get_loaded (model),
                                           g_list_model_get_n_items (G_LIST_MODEL (model)));

  bench_probe_mark (what);
}

static void
window_realize_cb (GtkWidget *window)
{
  GtkListView *list = find_inbox_list (GTK_WINDOW (window));

  bench_probe_mark ("window realized");

  if (list != NULL)
    {
      GtkSelectionModel *selection = gtk_list_view_get_model (list);
      GListModel *model = selection ? gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection)) : NULL;

      bench_probe_trace_factory (gtk_list_view_get_factory (list));
      if (model != NULL)
        {
          g_signal_connect (model, "notify::loaded", G_CALLBACK (model_loaded_cb), NULL);
          model_loaded_cb (FD_INBOX_MODEL (model));
        }
    }
}

static void
done_cb (gpointer data)
{
  g_application_quit (G_APPLICATION (data));
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  static gboolean watching;

  if (watching)
    return;
  watching = TRUE;
  bench_probe_mark ("window created");
  if (fd_window_get_store (FD_WINDOW (window)) != NULL)
    sqlite3_trace_v2 (fd_store_get_db (fd_window_get_store (FD_WINDOW (window))),
                      SQLITE_TRACE_PROFILE, sql_trace_cb, NULL);
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), NULL);
  bench_probe_watch (window, find_inbox_list, G_CALLBACK (done_cb), app);
}

static void
startup_cb (GApplication *app)
{
  bench_probe_mark ("application startup");
}

/* The saved settings the window opens with, in place before the app
 * starts, as a user's would be (GSETTINGS_BACKEND=memory is one store for
 * the whole process). */
static void
set_settings (void)
{
  g_autoptr(GSettings) settings = fd_settings_new ();
  int width, height;

  if (settings == NULL)
    g_error ("No settings schema: set GSETTINGS_SCHEMA_DIR to the build's data folder");

  bench_probe_window_size (&width, &height);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  g_settings_set_boolean (settings, "use-sample-profile", FALSE);
  g_settings_set_string (settings, "last-view", "all");
  g_settings_set_string (settings, "sort-order", "newest");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FdApplication) app = NULL;

  bench_probe_init (&argc, &argv);
  bench_probe_set_shows_text (row_shows_text);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  set_settings ();
  app = fd_application_new ();
  g_signal_connect_after (app, "startup", G_CALLBACK (startup_cb), NULL);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
