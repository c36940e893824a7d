/* test-snooze-window.c: snoozing from the window, under Xvfb: the
 * conversation's snooze menu, the Snoozed view with its wake time, and
 * waking it again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-snooze-window"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fd-ingest.h"
#include "fd-inbox-item.h"
#include "fd-snooze.h"
#include "fd-window-private.h"
#include "fd-test-util.h"

typedef struct {
  FdInboxModel *model;
  FdView        view;
  guint         n;
} Expect;

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
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
model_shows (gpointer data)
{
  Expect *expect = data;
  const FdFilter *filter = fd_inbox_model_get_filter (expect->model);

  return filter != NULL && filter->view == expect->view &&
         fd_inbox_model_get_loaded (expect->model) &&
         !fd_inbox_model_get_loading (expect->model) &&
         fd_inbox_model_get_n_messages (expect->model) == expect->n;
}

static GtkWidget *
find_snooze_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Snooze") == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_snooze_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gint64
add (FdStore    *store,
     const char *remote_id,
     const char *thread,
     const char *handle,
     gint64      created_at)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", remote_id, handle, "Where is my parcel?", created_at);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  msg->thread_id = g_strdup (thread);
  g_assert_cmpint (fd_ingest_message (store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  return id;
}

static void
show_view (FdWindow   *window,
           const char *scope,
           FdView      view,
           guint       n)
{
  Expect expect = { fd_inbox_view_get_model (window->inbox_view), view, n };

  fd_sidebar_select_scope (window->sidebar, scope);
  fd_window_check_store (window);
  g_assert_true (wait_until (model_shows, &expect, 30));
}

static void
test_snooze_from_window (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(FdInboxItem) item = NULL;
  gint64 start = g_date_time_to_unix (now);
  gint64 ana, ben, conversation, until;
  FdWindow *window;
  FdMessage *message;

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  ana = add (store, "a1", "ta", "ana@example.social", start - 600);
  ben = add (store, "b1", "tb", "ben@example.social", start - 300);
  g_assert_cmpint (ben, >, 0);

  window = fd_window_new (NULL, store, NULL, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_until (is_mapped, window, 30));
  show_view (window, "unanswered", FD_VIEW_UNANSWERED, 2);

  g_assert_cmpint (fd_window_get_shown_conversation (window), ==, 0);

  /* Open Ana's conversation, as a notification's action does. */
  g_assert_true (fd_window_open_message (window, ana));
  conversation = fd_window_get_shown_conversation (window);
  g_assert_cmpint (conversation, >, 0);

  /* The conversation's Snooze menu offers the times. */
  {
    GtkWidget *button = find_snooze_button (GTK_WIDGET (window->conversation_view));
    GMenuModel *menu, *times;

    g_assert_nonnull (button);
    g_assert_true (gtk_widget_is_sensitive (button));
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
    g_assert_nonnull (menu);
    times = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    g_assert_cmpint (g_menu_model_get_n_items (times), ==, 4);
    g_object_unref (times);
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  }

  /* Snooze ▸ Tomorrow Morning. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.snooze", "s", "tomorrow"));
  until = fd_snooze_get_until (store, conversation, NULL);
  g_assert_cmpint (until, ==, fd_snooze_tomorrow (now));

  /* Unanswered is Ben alone; Snoozed shows Ana's with its wake time. */
  show_view (window, "unanswered", FD_VIEW_UNANSWERED, 1);
  show_view (window, "snoozed", FD_VIEW_SNOOZED, 1);
  item = g_list_model_get_item (G_LIST_MODEL (fd_inbox_view_get_model (window->inbox_view)), 0);
  g_assert_nonnull (item);
  while ((message = fd_inbox_item_get_message (item)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (fd_message_get_id (message), ==, ana);
  g_assert_cmpint (fd_message_get_snoozed_until (message), ==, until);

  /* A chosen day and time replaces it. */
  g_assert_true (fd_window_open_message (window, ana));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.snooze-at", "x", start + 7200));
  g_assert_cmpint (fd_snooze_get_until (store, conversation, NULL), ==, start + 7200);

  /* Wake Now: back in Unanswered, gone from Snoozed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.unsnooze", NULL));
  g_assert_cmpint (fd_snooze_get_until (store, conversation, NULL), ==, 0);
  show_view (window, "snoozed", FD_VIEW_SNOOZED, 0);
  show_view (window, "unanswered", FD_VIEW_UNANSWERED, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  fd_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/snooze-window/menu-and-view", test_snooze_from_window);

  return g_test_run ();
}
