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
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
spin (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + ms * 1000;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
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
  guint spanish = 0;

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  fd_sample_import (store, &error);
  g_assert_no_error (error);

  window = fd_window_new (NULL, store, settings, TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  spin (1500);

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
  spin (100);
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
