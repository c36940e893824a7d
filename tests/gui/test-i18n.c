/* test-i18n.c: the window in Spanish.
 *
 * Runs the real window on the sample profile with LANGUAGE=es and checks
 * that what a person reads comes from the Spanish translation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "fd-application.h"
#include "fd-sample.h"
#include "fd-window-private.h"

static gboolean
deadline_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds, or fails after @seconds.
 * Everything the condition looks at changes in main-loop callbacks (the
 * window's map, the inbox listing, the sidebar's counts, a frame), so
 * each of them wakes the loop and nothing needs polling. */
static gboolean
wait_until (gboolean (*condition) (gpointer data),
            gpointer   data,
            guint      seconds)
{
  gboolean timed_out = FALSE;
  guint deadline = g_timeout_add_seconds (seconds, deadline_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (deadline);

  return condition (data);
}

/* Mapped, the inbox listed, and the sidebar's counts in: the channel
 * rows and their "Channels" header come with the counts, which the
 * window asks for once the inbox is painted. */
static gboolean
window_ready (gpointer data)
{
  FdWindow *window = data;

  return gtk_widget_get_mapped (GTK_WIDGET (window)) &&
         fd_inbox_model_get_loaded (window->model) &&
         fd_sidebar_get_count (window->sidebar, FD_VIEW_ALL) > 0;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_set (gpointer data)
{
  return *(gboolean *) data;
}

/* Every text shown by labels and window titles under @widget. */
static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  if (ADW_IS_WINDOW_TITLE (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (texts, g_strdup (adw_window_title_get_title (ADW_WINDOW_TITLE (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static gboolean
shows (GPtrArray  *texts,
       const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (texts, i), text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_spanish_window (void)
{
  static const char * const visible[] = { "Unanswered", "Waiting to Send", "Archived", "Channels" };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GSettings) settings = fd_settings_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = g_dir_make_tmp ("frontdesk-i18n-XXXXXX", NULL);
  FdWindow *window;
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;
  guint spanish = 0;

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  fd_sample_import (store, &error);
  g_assert_no_error (error);

  window = fd_window_new (NULL, store, settings, TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_until (window_ready, window, 30));

  /* Then one frame laid out and painted with all of it: the texts are
   * read as a person would see them. */
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  g_assert_true (wait_until (is_set, &painted, 30));
  g_signal_handler_disconnect (clock, handler);

  collect_texts (GTK_WIDGET (window), texts);

  for (guint i = 0; i < G_N_ELEMENTS (visible); i++)
    {
      const char *translated = g_dgettext (GETTEXT_PACKAGE, visible[i]);

      g_test_message ("“%s” is shown as “%s”", visible[i], translated);
      /* The catalogue has it, and the window shows the translation, not
       * the English original. */
      g_assert_cmpstr (translated, !=, visible[i]);
      g_assert_true (shows (texts, translated));
      g_assert_false (shows (texts, visible[i]));
      spanish++;
    }
  g_assert_cmpuint (spanish, ==, G_N_ELEMENTS (visible));

  /* Counts go through ngettext with Spanish plural forms. */
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u message", "%u messages", 2), !=, "%u messages");

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("FRONTDESK_TEST_LOCALEDIR");
  g_autofree char *data_home = g_dir_make_tmp ("frontdesk-xdg-XXXXXX", NULL);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("LANGUAGE", "es", TRUE);
  g_setenv ("LC_ALL", "es_ES.UTF-8", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* gtk_test_init() chose the C locale; gettext ignores LANGUAGE there.
   * build-aux/install-deps.sh generates es_ES.UTF-8 for this test. */
  setlocale (LC_ALL, "");
  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "es_ES.UTF-8") != 0)
    g_error ("The es_ES.UTF-8 locale is missing: run build-aux/install-deps.sh");

  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/i18n/spanish-window", test_spanish_window);

  return g_test_run ();
}
