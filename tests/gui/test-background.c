/* test-background.c: running in the background. The Background portal is
 * asked when one is on the bus (a stand-in) and skipped quietly when none
 * is; closing the window with "Run in background" on keeps the sync
 * manager running; a second launch raises the running instance; Quit
 * stops everything. The test has a bus of its own (GTestDBus) with no
 * services to start, so that no real portal answers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-background"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fd-application.h"
#include "fd-background.h"
#include "fd-ingest.h"
#include "fd-preferences-window.h"
#include "fd-window.h"
#include "fd-test-util.h"
#include "notification-stand-in.h"
#include "portal-stand-in.h"

#define SCHEMA_ID "io.github.frontdesk.Frontdesk"

typedef struct {
  gboolean            done;
  FdBackgroundResult  result;
  GError             *error;
} Request;

static void
request_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Request *request = user_data;

  request->result = fd_background_request_finish (result, &request->error);
  request->done = TRUE;
}

static FdBackgroundResult
request (gboolean autostart)
{
  Request req = { FALSE, FD_BACKGROUND_DENIED, NULL };
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  fd_background_request_async (NULL, autostart, NULL, request_cb, &req);
  while (!req.done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (req.done);
  g_assert_no_error (req.error);
  return req.result;
}

static void
spin (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

/* Spins the main loop until @cond holds, for ten seconds at most: a
 * busy machine may take longer than any fixed wait. */
#define SPIN_UNTIL(cond) \
  G_STMT_START { \
    gint64 spin_deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; \
    while (!(cond) && g_get_monotonic_time () < spin_deadline) \
      spin (20); \
  } G_STMT_END

/* No portal on the bus: no error, no wait, the app runs as it is. */
static void
test_no_portal (void)
{
  gint64 start = g_get_monotonic_time ();

  g_assert_cmpint (request (TRUE), ==, FD_BACKGROUND_NO_PORTAL);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

static void
test_portal (void)
{
  g_autoptr(PortalStandIn) portal = portal_stand_in_new ();
  GPtrArray *requests = portal_stand_in_get_requests (portal);
  PortalBackgroundRequest *req;

  g_assert_cmpint (request (TRUE), ==, FD_BACKGROUND_ALLOWED);
  g_assert_cmpuint (requests->len, ==, 1);
  req = g_ptr_array_index (requests, 0);
  g_assert_true (req->autostart);
  g_assert_nonnull (req->reason);
  g_assert_cmpstr (req->reason, !=, "");
  g_assert_nonnull (req->commandline);
  g_assert_cmpstr (req->commandline[0], ==, "frontdesk");
  g_assert_cmpstr (req->commandline[1], ==, "--background");
  g_assert_null (req->commandline[2]);

  /* Without start at login. */
  g_assert_cmpint (request (FALSE), ==, FD_BACKGROUND_ALLOWED);
  g_assert_cmpuint (requests->len, ==, 2);
  g_assert_false (((PortalBackgroundRequest *) g_ptr_array_index (requests, 1))->autostart);

  /* Refused. */
  portal_stand_in_set_allow (portal, FALSE);
  g_assert_cmpint (request (FALSE), ==, FD_BACKGROUND_DENIED);
}

static GtkWindow *
find_fd_window (FdApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (FD_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
waited_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *(gboolean *) user_data = TRUE;
}

static void
launch_again (void)
{
  const char *gui = g_getenv ("FRONTDESK_GUI");
  const char *argv[] = { gui, NULL };
  g_autoptr(GSubprocess) launch = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  g_assert_nonnull (gui);
  launch = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  /* The second process hands over to this one and leaves. */
  g_subprocess_wait_async (launch, NULL, waited_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_subprocess_get_if_exited (launch));
  g_assert_cmpint (g_subprocess_get_exit_status (launch), ==, 0);
}

/* The windows a running Frontdesk shows, as its GtkApplication exports
 * their actions on the bus: one object under .../window per window. */
static guint
count_remote_windows (GDBusConnection *bus)
{
  g_autofree char *path = g_strdup_printf ("%s/window", RESOURCE_PREFIX);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GDBusNodeInfo) node = NULL;
  const char *xml = NULL;
  guint n = 0;

  reply = g_dbus_connection_call_sync (bus, APP_ID, path, "org.freedesktop.DBus.Introspectable", "Introspect",
                                       NULL, G_VARIANT_TYPE ("(s)"), G_DBUS_CALL_FLAGS_NONE, 10000, NULL, NULL);
  if (reply == NULL)
    return 0;
  g_variant_get (reply, "(&s)", &xml);
  node = g_dbus_node_info_new_for_xml (xml, NULL);
  for (guint i = 0; node != NULL && node->nodes != NULL && node->nodes[i] != NULL; i++)
    n++;
  return n;
}

static gboolean
name_owned (GDBusConnection *bus,
            const char      *name)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                           "org.freedesktop.DBus", "NameHasOwner",
                                                           g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                                           G_DBUS_CALL_FLAGS_NONE, 10000, NULL, NULL);
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

/* Started at login (frontdesk --background): it runs with no window; a
 * second launch shows one; Quit ends the process. */
static void
test_start_in_background (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) background = NULL;
  g_autoptr(GError) error = NULL;
  const char *gui = g_getenv ("FRONTDESK_GUI");
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  gboolean exited = FALSE;

  g_assert_nonnull (gui);
  g_subprocess_launcher_setenv (launcher, "FRONTDESK_DATA_DIR", dir, TRUE);
  background = g_subprocess_launcher_spawn (launcher, &error, gui, "--background", NULL);
  g_assert_no_error (error);
  g_subprocess_wait_async (background, NULL, waited_cb, &exited);

  while (!name_owned (bus, APP_ID) && !exited && g_get_monotonic_time () < deadline)
    spin (50);
  g_assert_false (exited);
  g_assert_true (name_owned (bus, APP_ID));
  /* Settled: still running, and no window. */
  spin (500);
  g_assert_false (exited);
  g_assert_cmpuint (count_remote_windows (bus), ==, 0);

  /* A second launch raises it: a window now. */
  launch_again ();
  while (count_remote_windows (bus) == 0 && g_get_monotonic_time () < deadline)
    spin (50);
  g_assert_cmpuint (count_remote_windows (bus), ==, 1);

  /* Quit ends it. */
  g_dbus_connection_call_sync (bus, APP_ID, RESOURCE_PREFIX, "org.gtk.Actions", "Activate",
                               g_variant_new ("(sava{sv})", "quit", NULL, NULL), NULL,
                               G_DBUS_CALL_FLAGS_NONE, 10000, NULL, &error);
  g_assert_no_error (error);
  while (!exited && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (exited);
  g_assert_true (g_subprocess_get_if_exited (background));
  g_assert_cmpint (g_subprocess_get_exit_status (background), ==, 0);

  /* It closed the profile cleanly: the next start needs no check of the
   * whole file. */
  {
    g_autofree char *marker = g_build_filename (dir, "frontdesk.db.closed", NULL);
    g_autofree char *wal = g_build_filename (dir, "frontdesk.db-wal", NULL);

    g_assert_true (g_file_test (marker, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }

  fd_test_rmdir (dir);
}

static void
test_window_close (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(FdApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  FdSyncManager *manager;
  AdwMessageDialog *dialog;
  GtkWindow *window;
  FdBackgroundResult last;

  g_setenv ("FRONTDESK_DATA_DIR", dir, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "run-in-background"));
  g_settings_set_boolean (settings, "run-in-background-asked", FALSE);

  app = fd_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_application_get_is_remote (G_APPLICATION (app)));
  g_application_activate (G_APPLICATION (app));
  window = find_fd_window (app);
  g_assert_nonnull (window);
  manager = fd_application_get_sync_manager (app);
  g_assert_nonnull (manager);
  g_object_add_weak_pointer (G_OBJECT (manager), (gpointer *) &manager);

  /* Asked once at start, where no portal answers: it runs as it is. */
  for (int i = 0; i < 1500 && (fd_application_get_background_requests (app, &last), last) != FD_BACKGROUND_NO_PORTAL; i++)
    spin (20);
  g_assert_cmpuint (fd_application_get_background_requests (app, &last), ==, 1);
  g_assert_cmpint (last, ==, FD_BACKGROUND_NO_PORTAL);

  /* The first close asks, and explains. */
  gtk_window_close (window);
  SPIN_UNTIL (find_dialog () != NULL);
  g_assert_true (find_fd_window (app) == window);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (g_settings_get_boolean (settings, "run-in-background-asked"));
  adw_message_dialog_response (dialog, "background");
  SPIN_UNTIL (find_fd_window (app) == NULL);

  /* The window is gone, the sync goes on. */
  g_assert_null (find_fd_window (app));
  g_assert_true (fd_application_get_sync_manager (app) == manager);
  g_assert_nonnull (fd_application_get_notifier (app));

  /* And it still notifies: what a sync of an account stores. */
  {
    g_autoptr(NotificationStandIn) notifications = notification_stand_in_new ();
    g_autoptr(FdStore) store = fd_store_open (dir, &error);
    g_autoptr(FdAccount) account = fd_account_new ("mastodon", "@shop@example.social", "https://example.social");
    NotificationCall *call;

    g_assert_no_error (error);
    g_assert_true (fd_account_save (account, store, &error));
    g_assert_no_error (error);
    for (int i = 0; i < 2; i++)
      {
        g_autofree char *remote_id = g_strdup_printf ("bg-%d", i);
        g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", remote_id, "bea@example.social",
                                                          "Is my order on its way?", 2000 + i);
        gint64 id = 0;

        msg->thread_id = g_strdup ("t-bg");
        msg->account_id = fd_account_get_id (account);
        g_assert_cmpint (fd_ingest_message (store, msg, &id, &error), ==, FD_INSERT_ADDED);
        /* The account is new to the app: its first messages are summed up. */
        fd_notifier_check_account (fd_application_get_notifier (app), account, 1);
        g_assert_true (notification_stand_in_wait (notifications, i + 1, 5000));
      }
    call = g_ptr_array_index (notification_stand_in_get_calls (notifications), 1);
    g_assert_cmpstr (call->method, ==, "AddNotification");
    g_assert_cmpstr (call->title, ==, "bea@example.social (Mastodon)");
    g_assert_cmpstr (call->default_action, ==, "app.open-conversation");
  }

  /* A second launch raises the running instance: a window again, on the
   * same sync manager. */
  launch_again ();
  {
    gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

    while (find_fd_window (app) == NULL && g_get_monotonic_time () < deadline)
      spin (20);
  }
  window = find_fd_window (app);
  g_assert_nonnull (window);
  g_assert_true (fd_application_get_sync_manager (app) == manager);

  /* A notification's actions: open the conversation, mark it answered. */
  {
    g_autoptr(FdStore) store = fd_store_open (dir, &error);
    g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", "n-1", "nora@example.social", "Hello?", 1000);
    g_autoptr(FdMessage) message = NULL;
    gint64 id = 0;

    g_assert_no_error (error);
    msg->thread_id = g_strdup ("t-n");
    g_assert_cmpint (fd_ingest_message (store, msg, &id, &error), ==, FD_INSERT_ADDED);
    message = fd_store_get_message (store, id, &error);
    g_assert_no_error (error);

    g_action_group_activate_action (G_ACTION_GROUP (app), "open-conversation",
                                    g_variant_new_int64 (fd_message_get_conversation_id (message)));
    SPIN_UNTIL ((window = find_fd_window (app)) != NULL &&
                fd_window_get_shown_conversation (FD_WINDOW (window)) == fd_message_get_conversation_id (message));
    g_assert_cmpint (fd_window_get_shown_conversation (FD_WINDOW (window)), ==,
                     fd_message_get_conversation_id (message));

    g_action_group_activate_action (G_ACTION_GROUP (app), "mark-answered",
                                    g_variant_new_int64 (fd_message_get_conversation_id (message)));
    g_clear_object (&message);
    message = fd_store_get_message (store, id, &error);
    g_assert_cmpint (fd_message_get_state (message), ==, FD_MESSAGE_STATE_ANSWERED);
  }

  /* Closed again: no question this time. */
  gtk_window_close (window);
  SPIN_UNTIL (find_fd_window (app) == NULL);
  spin (200);
  g_assert_null (find_dialog ());
  g_assert_null (find_fd_window (app));
  g_assert_nonnull (fd_application_get_sync_manager (app));

  /* Start at login, switched on: asked of the portal, with autostart. */
  {
    g_autoptr(PortalStandIn) portal = portal_stand_in_new ();
    GPtrArray *requests = portal_stand_in_get_requests (portal);
    guint before = fd_application_get_background_requests (app, NULL);

    g_settings_set_boolean (settings, "start-at-login", TRUE);
    while (fd_application_get_background_requests (app, &last) == before || requests->len == 0)
      g_main_context_iteration (NULL, TRUE);
    /* Until the answer is in. */
    for (int i = 0; i < 1500 && (fd_application_get_background_requests (app, &last), last) != FD_BACKGROUND_ALLOWED; i++)
      spin (20);
    g_assert_cmpuint (requests->len, ==, 1);
    g_assert_true (((PortalBackgroundRequest *) g_ptr_array_index (requests, 0))->autostart);
    fd_application_get_background_requests (app, &last);
    g_assert_cmpint (last, ==, FD_BACKGROUND_ALLOWED);

    /* And off again: asked without autostart. */
    g_settings_reset (settings, "start-at-login");
    while (requests->len < 2)
      g_main_context_iteration (NULL, TRUE);
    spin (300);
    g_assert_false (((PortalBackgroundRequest *) g_ptr_array_index (requests, 1))->autostart);
  }

  /* Quit stops everything. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  SPIN_UNTIL (fd_application_get_sync_manager (app) == NULL && manager == NULL);
  g_assert_null (fd_application_get_sync_manager (app));
  g_assert_null (fd_application_get_notifier (app));
  g_assert_null (manager);

  /* Quit with a window open, never asked: it closes without the question. */
  g_settings_set_boolean (settings, "run-in-background-asked", FALSE);
  g_application_activate (G_APPLICATION (app));
  g_assert_nonnull (find_fd_window (app));
  g_assert_nonnull (fd_application_get_sync_manager (app));
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  SPIN_UNTIL (find_fd_window (app) == NULL && fd_application_get_sync_manager (app) == NULL);
  g_assert_null (find_dialog ());
  g_assert_null (find_fd_window (app));
  g_assert_false (g_settings_get_boolean (settings, "run-in-background-asked"));
  g_assert_null (fd_application_get_sync_manager (app));

  g_settings_reset (settings, "run-in-background-asked");
  g_unsetenv ("FRONTDESK_DATA_DIR");
  fd_test_rmdir (dir);
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkSwitch *
row_switch (GtkWidget  *page,
            const char *title)
{
  GtkWidget *row = find_row (page, title);

  g_assert_nonnull (row);
  return GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
}

/* Preferences ▸ Notifications sets what the notifier and the app read. */
static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_auto(GStrv) muted = NULL;
  GtkWidget *window = fd_preferences_window_new (settings, NULL);
  GtkWidget *page;

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "notifications");
  page = GTK_WIDGET (adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (window)));
  g_assert_cmpstr (adw_preferences_page_get_name (ADW_PREFERENCES_PAGE (page)), ==, "notifications");

  gtk_switch_set_active (row_switch (page, "Mastodon"), FALSE);
  muted = g_settings_get_strv (settings, "notification-muted-channels");
  g_assert_true (g_strv_contains ((const char * const *) muted, "mastodon"));
  gtk_switch_set_active (row_switch (page, "Mastodon"), TRUE);
  g_clear_pointer (&muted, g_strfreev);
  muted = g_settings_get_strv (settings, "notification-muted-channels");
  g_assert_false (g_strv_contains ((const char * const *) muted, "mastodon"));

  gtk_switch_set_active (row_switch (page, "Run in _Background"), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "run-in-background"));
  gtk_switch_set_active (row_switch (page, "Start at _Login"), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "start-at-login"));
  gtk_switch_set_active (row_switch (page, "_Quiet Hours"), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "quiet-hours"));
  gtk_switch_set_active (row_switch (page, "_Overdue Reminders"), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "overdue-reminders"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "run-in-background");
  g_settings_reset (settings, "start-at-login");
  g_settings_reset (settings, "quiet-hours");
  g_settings_reset (settings, "overdue-reminders");
}

int
main (int   argc,
      char *argv[])
{
  GTestDBus *bus;
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));
  int status;

  /* A bus of the test's own, before anything connects to one. GTestDBus
   * unsets DISPLAY (against X11's bus autolaunch): the window needs it. */
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/background/no-portal", test_no_portal);
  g_test_add_func ("/background/portal", test_portal);
  /* Before the app of this process takes the application's name. */
  g_test_add_func ("/background/start-in-background", test_start_in_background);
  g_test_add_func ("/background/window-close", test_window_close);
  g_test_add_func ("/background/preferences", test_preferences);

  status = g_test_run ();
  /* The app and libportal still hold the bus connection: stop the bus
   * without waiting for them to let it go (the object's disposal would
   * wait), and leave the object to the process's end. */
  g_test_dbus_stop (bus);
  return status;
}
