/* test-restore.c: the window on a damaged message store, under Xvfb:
 * the page that says so, its list of backups and a restore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-restore"

#include "config.h"

#include <adwaita.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "fd-backup.h"
#include "fd-ingest.h"
#include "fd-restore-page.h"
#include "fd-window-private.h"
#include "fd-test-util.h"

static gboolean
deadline_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

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

/* With FD_SCREENSHOT_DIR set, a picture of @widget in it. */
static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("FD_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  for (int attempt = 0; node == NULL && attempt < 10; attempt++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      spin (300);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      g_clear_object (&paintable);
      paintable = gtk_widget_paintable_new (widget);
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);
}

static gboolean
is_set (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
add_messages (FdStore    *store,
              const char *prefix,
              guint       n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, i);
      g_autofree char *text = g_strdup_printf ("Message %u: where is my order %u? Nobody answers "
                                               "the phone and the tracking page says nothing.",
                                               i, i * 13);
      g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", id, "@ana@social.example",
                                                        text, 1700000000 + i);

      g_assert_cmpint (fd_ingest_message (store, msg, NULL, &error), ==, FD_INSERT_ADDED);
    }
  g_assert_true (fd_store_commit (store, &error));
  g_assert_no_error (error);
}

static guint
count_messages (FdStore *store)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();

  filter->view = FD_VIEW_EVERYTHING;
  return fd_store_count (store, filter, NULL);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
find_rows (GtkWidget *widget,
           GPtrArray *rows)
{
  if (ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_rows (child, rows);
}

static void
restored_cb (FdRestorePage *page,
             gboolean      *restored)
{
  *restored = TRUE;
}

static void
test_restore_page (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *db_path = g_build_filename (dir, "frontdesk.db", NULL);
  g_autofree char *older = NULL;
  g_autofree char *newer = NULL;
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GDateTime) older_made = NULL;
  FdRestorePage *page;
  FdWindow *window;
  GtkWidget *button;
  gboolean restored = FALSE;
  char garbage[16384];
  int fd;

  /* Two backups a day apart: 100 messages, then 150. */
  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  add_messages (store, "a", 100);
  older = fd_backup_make (dir, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autofree char *stamp = NULL;
    g_autofree char *moved = NULL;
    g_autofree char *backups = fd_backup_get_dir (dir);

    older_made = g_date_time_add_days (now, -1);
    stamp = g_date_time_format (older_made, "%Y%m%dT%H%M%SZ");
    moved = g_strdup_printf ("%s/frontdesk-%s.db", backups, stamp);
    g_assert_cmpint (g_rename (older, moved), ==, 0);
    g_free (older);
    older = g_steal_pointer (&moved);
  }
  add_messages (store, "b", 50);
  newer = fd_backup_make (dir, NULL, &error);
  g_assert_no_error (error);
  add_messages (store, "c", 2000);
  g_clear_object (&store);

  /* A page in the middle of the file goes bad. */
  g_usleep (20 * 1000);
  memset (garbage, 0x5a, sizeof garbage);
  fd = open (db_path, O_WRONLY);
  g_assert_cmpint (fd, >=, 0);
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (db_path, &st), ==, 0);
    g_assert_cmpint (pwrite (fd, garbage, sizeof garbage, st.st_size / 16384 / 2 * 16384), ==, sizeof garbage);
  }
  close (fd);

  store = fd_store_open (dir, &error);
  g_assert_null (store);
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT);

  window = fd_window_new (NULL, NULL, NULL, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  page = fd_window_show_damaged (window, dir, error->message);
  g_clear_error (&error);
  g_signal_connect (page, "restored", G_CALLBACK (restored_cb), &restored);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_until (is_mapped, page, 30));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "damaged");
  save_screenshot (GTK_WIDGET (window), "damaged.png");

  /* It says which file and what to do. */
  {
    g_autofree char *description = NULL;

    g_object_get (page, "description", &description, NULL);
    g_assert_nonnull (strstr (description, db_path));
    g_assert_nonnull (strstr (description, "is damaged"));
  }

  button = find_button (GTK_WIDGET (page), "_Restore from Backup");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (fd_restore_page_get_n_backups (page), ==, 2);
  {
    /* Listed newest first, with when each was made. */
    g_autoptr(GDateTime) local = g_date_time_to_local (older_made);
    g_autofree char *older_title = g_date_time_format (local, "%A %-d %B %Y, %H:%M");
    gboolean mapped = FALSE;

    while (!mapped)
      {
        g_ptr_array_set_size (rows, 0);
        find_rows (GTK_WIDGET (page), rows);
        mapped = rows->len == 2;
        if (!mapped)
          g_main_context_iteration (NULL, TRUE);
      }
    g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 1)), ==, older_title);
    g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), !=, older_title);
  }
  save_screenshot (GTK_WIDGET (window), "restore-backups.png");

  /* The newest one's button. */
  button = find_button (GTK_WIDGET (g_ptr_array_index (rows, 0)), "_Restore");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (wait_until (is_set, &restored, 60));

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_messages (store), ==, 150);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  fd_test_rmdir (dir);
}

/* No backups yet: the page says where they would be and how to restore a
 * file kept elsewhere. */
static void
test_no_backups (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  FdRestorePage *page;
  FdWindow *window;
  GtkWidget *button;

  window = fd_window_new (NULL, NULL, NULL, FALSE);
  page = fd_window_show_damaged (window, dir, "The message store is damaged.");
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_until (is_mapped, page, 30));

  button = find_button (GTK_WIDGET (page), "_Restore from Backup");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (fd_restore_page_get_n_backups (page), ==, 0);
  g_assert_null (find_button (GTK_WIDGET (page), "_Restore from Backup"));
  g_assert_nonnull (strstr (fd_restore_page_get_message (page), "There are no backups"));
  g_assert_nonnull (strstr (fd_restore_page_get_message (page), "frontdesk-cli restore"));

  gtk_window_destroy (GTK_WINDOW (window));
  fd_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/restore/page", test_restore_page);
  g_test_add_func ("/restore/no-backups", test_no_backups);

  return g_test_run ();
}
