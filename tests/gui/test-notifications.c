/* test-notifications.c: the app's notifications (fd-notifier.c) reach a
 * notification server on the session bus: messages synced from the
 * Mastodon stand-in, snoozes waking, and everything that must stay quiet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "fd-ingest.h"
#include "fd-notifier.h"
#include "fd-notify-query.h"
#include "fd-secrets.h"
#include "fd-snooze.h"
#include "fd-sync-manager.h"
#include "fd-test-network-monitor.h"
#include "fd-test-sync.h"
#include "fd-test-util.h"
#include "mastodon-stand-in.h"
#include "notification-stand-in.h"

#define SCHEMA_ID "io.github.frontdesk.Frontdesk"
#define TEST_APP_ID "io.github.frontdesk.NotificationTest"

typedef struct {
  char                 *dir;
  FdStore              *store;
  MastodonStandIn      *server;
  FdAccount            *account;
  FdTestNetworkMonitor *monitor;
  FdSyncManager        *manager;
  FdProvider           *provider;
  GApplication         *app;
  GSettings            *settings;
  NotificationStandIn  *notifications;
  FdNotifier           *notifier;
  gint64                now;
  gint64                shown;
} Fixture;

static gint64
test_clock (gpointer user_data)
{
  Fixture *f = user_data;

  return f->now;
}

static gboolean
test_shown (gint64   conversation_id,
            gpointer user_data)
{
  Fixture *f = user_data;

  return conversation_id == f->shown;
}

/* Today at @hour:@minute local time. */
static gint64
today_at (int hour,
          int minute)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) at = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                   g_date_time_get_day_of_month (now), hour, minute, 0);

  return g_date_time_to_unix (at);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);

  f->server = mastodon_stand_in_new ();
  f->account = fd_account_new ("mastodon", "@shop@" MASTODON_STAND_IN_DOMAIN, mastodon_stand_in_get_url (f->server));
  fd_account_set_setting_int (f->account, "timeout-ms", 3000);
  fd_account_save (f->account, f->store, &error);
  g_assert_no_error (error);
  fd_secrets_store_sync (f->account, "access-token", "test",
                         mastodon_stand_in_get_token (f->server), NULL, &error);
  g_assert_no_error (error);

  f->monitor = fd_test_network_monitor_new ();
  f->manager = fd_sync_manager_new (f->dir, G_NETWORK_MONITOR (f->monitor));
  g_object_set (f->manager, "poll-interval", 3600000, NULL);
  f->provider = fd_provider_new_for_account (f->account, f->dir, &error);
  g_assert_no_error (error);
  fd_sync_manager_add_account (f->manager, f->account, f->provider);

  f->notifications = notification_stand_in_new ();
  f->app = g_application_new (TEST_APP_ID, G_APPLICATION_DEFAULT_FLAGS);
  g_assert_true (g_application_register (f->app, NULL, &error));
  g_assert_no_error (error);

  f->settings = g_settings_new (SCHEMA_ID);
  f->now = today_at (12, 0);
  f->notifier = fd_notifier_new (f->app, f->settings, f->store);
  fd_notifier_set_clock (f->notifier, test_clock, f);
  fd_notifier_set_shown_func (f->notifier, test_shown, f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->notifier);
  fd_sync_manager_stop (f->manager);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  fd_secrets_clear_sync (f->account, NULL, NULL, NULL);
  g_clear_object (&f->manager);
  g_clear_object (&f->monitor);
  g_clear_object (&f->provider);
  g_clear_object (&f->account);
  g_clear_object (&f->store);
  g_clear_object (&f->settings);
  g_clear_object (&f->app);
  g_clear_pointer (&f->notifications, notification_stand_in_free);
  g_clear_pointer (&f->server, mastodon_stand_in_free);
  fd_test_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static void
sync_once (Fixture *f)
{
  g_assert_true (fd_test_sync_once (f->manager, NULL));
}

static gint64
query_int (FdStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gint64
conversation_of_status (Fixture    *f,
                        const char *status_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT conversation_id FROM messages"
                                          " WHERE channel = 'mastodon' AND remote_id = '%s'", status_id);
  return query_int (f->store, sql);
}

static void
round_trip_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, NULL);

  *(gboolean *) user_data = TRUE;
}

/* Lets calls on their way to the stand-in arrive, then counts them: a
 * call of our own to the stand-in, sent after them, is answered after
 * they were handled, as the bus keeps one sender's messages in order. */
static guint
settle (Fixture *f)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  gboolean done = FALSE;

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_dbus_connection_call (bus, "org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                          "org.freedesktop.Notifications", "GetServerInformation", NULL, NULL,
                          G_DBUS_CALL_FLAGS_NONE, 10000, NULL, round_trip_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return notification_stand_in_get_calls (f->notifications)->len;
}

static NotificationCall *
call_at (Fixture *f,
         guint    i)
{
  GPtrArray *calls = notification_stand_in_get_calls (f->notifications);

  g_assert_cmpuint (i, <, calls->len);
  return g_ptr_array_index (calls, i);
}

/* A customer's message through the account, as a sync stores it. */
static gint64
ingest (Fixture     *f,
        const char  *remote_id,
        const char  *thread,
        const char  *handle,
        FdDirection  direction,
        gint64       account_id,
        gint64       created_at)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", remote_id, handle, "Where is my parcel?\nIt is late.", created_at);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  msg->thread_id = g_strdup (thread);
  msg->direction = direction;
  msg->account_id = account_id;
  g_assert_cmpint (fd_ingest_message (f->store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  return id;
}

static gint64
conversation_of (Fixture *f,
                 gint64   message_id)
{
  g_autoptr(FdMessage) message = fd_store_get_message (f->store, message_id, NULL);

  return fd_message_get_conversation_id (message);
}

/* A message synced from the stand-in: exactly one notification for its
 * conversation; three more update it under the same id. The account's
 * first sync gets one summary instead of one per conversation. */
static void
test_mastodon_messages (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *expected_id = NULL;
  g_autofree char *first = NULL;
  g_autofree char *old1 = NULL;
  g_autofree char *old2 = NULL;
  NotificationCall *call;
  gint64 conversation;

  fd_notifier_set_sync_manager (f->notifier, f->manager);

  /* The account's history: one summary on its first sync. */
  old1 = mastodon_stand_in_add_status (f->server, "ben@" MASTODON_STAND_IN_DOMAIN, "@shop hello", "public", NULL, TRUE, "en");
  old2 = mastodon_stand_in_add_status (f->server, "cleo@" MASTODON_STAND_IN_DOMAIN, "@shop hi", "public", NULL, TRUE, "en");
  sync_once (f);
  g_assert_true (notification_stand_in_wait (f->notifications, 1, 5000));
  g_assert_cmpuint (settle (f), ==, 1);
  call = call_at (f, 0);
  g_assert_cmpstr (call->method, ==, "AddNotification");
  g_assert_cmpstr (call->app_id, ==, TEST_APP_ID);
  g_assert_true (g_str_has_prefix (call->id, "account-"));
  g_assert_nonnull (strstr (call->title, "2 messages from"));
  notification_stand_in_clear (f->notifications);

  /* Nothing new, nothing said. */
  sync_once (f);
  g_assert_cmpuint (settle (f), ==, 0);

  first = mastodon_stand_in_add_status (f->server, "maria@" MASTODON_STAND_IN_DOMAIN,
                                        "¿Dónde está mi pedido?", "public", NULL, TRUE, "es");
  sync_once (f);
  g_assert_true (notification_stand_in_wait (f->notifications, 1, 5000));
  g_assert_cmpuint (settle (f), ==, 1);

  conversation = conversation_of_status (f, first);
  g_assert_cmpint (conversation, >, 0);
  expected_id = fd_notifier_dup_id (conversation);
  call = call_at (f, 0);
  g_assert_cmpstr (call->method, ==, "AddNotification");
  g_assert_cmpstr (call->id, ==, expected_id);
  g_assert_cmpstr (call->title, ==, "Maria (Mastodon)");
  g_assert_cmpstr (call->body, ==, "@shop ¿Dónde está mi pedido?");
  g_assert_cmpstr (call->default_action, ==, "app.open-conversation");
  g_assert_nonnull (call->default_target);
  g_assert_cmpint (g_variant_get_int64 (call->default_target), ==, conversation);
  g_assert_cmpuint (call->button_labels->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (call->button_labels, 0), ==, "Mark as Answered");
  g_assert_cmpstr (g_ptr_array_index (call->button_actions, 0), ==, "app.mark-answered");
  g_assert_cmpint (g_variant_get_int64 (g_ptr_array_index (call->button_targets, 0)), ==, conversation);

  /* Three more in the same conversation: the same notification, updated. */
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *text = g_strdup_printf ("¿Alguna noticia? (%d)", i + 1);
      g_autofree char *more = mastodon_stand_in_add_status (f->server, "maria@" MASTODON_STAND_IN_DOMAIN,
                                                            text, "public", first, TRUE, "es");

      g_assert_nonnull (more);
    }
  sync_once (f);
  g_assert_true (notification_stand_in_wait (f->notifications, 2, 5000));
  g_assert_cmpuint (settle (f), ==, 2);
  call = call_at (f, 1);
  g_assert_cmpstr (call->id, ==, expected_id);
  g_assert_cmpstr (call->body, ==, "@shop ¿Alguna noticia? (3)");
}

/* Nothing for our own replies, imports, archived or snoozed
 * conversations, muted channels, the conversation on screen, or in quiet
 * hours; a notification once quiet hours end. */
static void
test_quiet (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 account_id = fd_account_get_id (f->account);
  gint64 t = f->now - 3600;
  gint64 ana, archived_conversation, snoozed_conversation, shown;
  guint n;

  /* Synced before: not the first sync. */
  fd_account_set_last_synced (f->account, t);
  fd_notifier_set_sync_manager (f->notifier, f->manager);

  /* Our own reply. */
  ingest (f, "own-1", "t-own", "shop@" MASTODON_STAND_IN_DOMAIN, FD_DIRECTION_OUT, account_id, t + 1);
  fd_notifier_check_account (f->notifier, f->account, 1);
  /* An import: no account. */
  ingest (f, "imp-1", "t-imp", "ivan@example.social", FD_DIRECTION_IN, 0, t + 2);
  fd_notifier_check_account (f->notifier, f->account, 1);
  g_assert_cmpuint (settle (f), ==, 0);

  /* An archived conversation. */
  ana = ingest (f, "arch-1", "t-arch", "ana@example.social", FD_DIRECTION_IN, account_id, t + 3);
  archived_conversation = conversation_of (f, ana);
  fd_notifier_check_account (f->notifier, f->account, 1);
  g_assert_cmpuint (settle (f), ==, 1);   /* Ana's first message */
  g_assert_true (fd_store_set_message_state (f->store, ana, FD_MESSAGE_STATE_ARCHIVED, &error));
  /* Archived: its notification is withdrawn. */
  g_assert_cmpuint (settle (f), ==, 2);
  g_assert_cmpstr (call_at (f, 1)->method, ==, "RemoveNotification");
  notification_stand_in_clear (f->notifications);
  ingest (f, "arch-2", "t-arch", "ana@example.social", FD_DIRECTION_IN, account_id, t + 4);
  fd_notifier_check_account (f->notifier, f->account, 1);
  g_assert_cmpuint (settle (f), ==, 0);
  g_assert_cmpint (archived_conversation, >, 0);

  /* A snoozed conversation: a message dated before the snooze leaves it
   * asleep and says nothing. */
  snoozed_conversation = conversation_of (f, ingest (f, "sn-1", "t-sn", "sam@example.social", FD_DIRECTION_IN, 0, t + 5));
  g_assert_true (fd_snooze_set (f->store, snoozed_conversation, f->now + 86400, f->now, &error));
  ingest (f, "sn-2", "t-sn", "sam@example.social", FD_DIRECTION_IN, account_id, t + 6);
  fd_notifier_check_account (f->notifier, f->account, 1);
  g_assert_cmpuint (settle (f), ==, 0);
  g_assert_cmpint (fd_snooze_get_until (f->store, snoozed_conversation, NULL), ==, f->now + 86400);

  /* The conversation on screen. */
  shown = ingest (f, "sh-1", "t-sh", "sol@example.social", FD_DIRECTION_IN, 0, t + 7);
  f->shown = conversation_of (f, shown);
  ingest (f, "sh-2", "t-sh", "sol@example.social", FD_DIRECTION_IN, account_id, t + 8);
  fd_notifier_check_account (f->notifier, f->account, 1);
  g_assert_cmpuint (settle (f), ==, 0);
  f->shown = 0;

  /* A muted channel. */
  {
    const char *muted[] = { "mastodon", NULL };

    g_settings_set_strv (f->settings, "notification-muted-channels", muted);
    ingest (f, "mu-1", "t-mu", "mo@example.social", FD_DIRECTION_IN, account_id, t + 9);
    fd_notifier_check_account (f->notifier, f->account, 1);
    g_assert_cmpuint (settle (f), ==, 0);
    g_settings_reset (f->settings, "notification-muted-channels");
  }

  /* Notifications off. */
  g_settings_set_boolean (f->settings, "notifications", FALSE);
  ingest (f, "off-1", "t-off", "otto@example.social", FD_DIRECTION_IN, account_id, t + 10);
  fd_notifier_check_account (f->notifier, f->account, 1);
  g_assert_cmpuint (settle (f), ==, 0);
  g_settings_set_boolean (f->settings, "notifications", TRUE);

  /* Quiet hours from 11:00 to 13:00, and it is noon: nothing. At 13:00 a
   * new message notifies again. */
  g_settings_set_boolean (f->settings, "quiet-hours", TRUE);
  g_settings_set_uint (f->settings, "quiet-hours-start", 11 * 60);
  g_settings_set_uint (f->settings, "quiet-hours-end", 13 * 60);
  ingest (f, "q-1", "t-q", "quinn@example.social", FD_DIRECTION_IN, account_id, t + 11);
  fd_notifier_check_account (f->notifier, f->account, 1);
  g_assert_cmpuint (settle (f), ==, 0);
  /* Hours that wrap around midnight (22:00 to 08:00) hold at 23:30. */
  g_settings_set_uint (f->settings, "quiet-hours-start", 22 * 60);
  g_settings_set_uint (f->settings, "quiet-hours-end", 8 * 60);
  f->now = today_at (23, 30);
  ingest (f, "q-2", "t-q2", "quinn2@example.social", FD_DIRECTION_IN, account_id, t + 12);
  fd_notifier_check_account (f->notifier, f->account, 1);
  g_assert_cmpuint (settle (f), ==, 0);

  f->now = today_at (13, 0);
  ingest (f, "q-3", "t-q3", "rita@example.social", FD_DIRECTION_IN, account_id, t + 13);
  fd_notifier_check_account (f->notifier, f->account, 1);
  n = settle (f);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (call_at (f, 0)->title, ==, "rita@example.social (Mastodon)");
  /* The first line of the message. */
  g_assert_cmpstr (call_at (f, 0)->body, ==, "Where is my parcel?");

  /* A message in another language with a translation ready: the body is
   * the translation's first line. */
  {
    g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", "tr-1", "lucia@example.social",
                                                      "¿Dónde está mi pedido?\nLo pedí el lunes.", t + 14);
    g_autofree char *sql = NULL;
    gint64 id = 0;

    msg->thread_id = g_strdup ("t-tr");
    msg->account_id = account_id;
    msg->lang = g_strdup ("es");
    g_assert_cmpint (fd_ingest_message (f->store, msg, &id, &error), ==, FD_INSERT_ADDED);
    sql = g_strdup_printf ("INSERT INTO translations (message_id, text_hash, source_lang, target_lang, engine, text, created_at)"
                           " VALUES (%" G_GINT64_FORMAT ", 'h-tr-1', 'es', 'en', 'test', 'Where is my order?\nI ordered it on Monday.', 0)",
                           id);
    g_assert_cmpint (sqlite3_exec (fd_store_get_db (f->store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
    notification_stand_in_clear (f->notifications);
    fd_notifier_check_account (f->notifier, f->account, 1);
    g_assert_cmpuint (settle (f), ==, 1);
    g_assert_cmpstr (call_at (f, 0)->body, ==, "Where is my order?");
  }
}

/* A snooze wakes at its time (the test's clock) with a notification for
 * its conversation; before then nothing. */
static void
test_snooze_wakes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_id = NULL;
  gint64 conversation;
  NotificationCall *call;

  conversation = conversation_of (f, ingest (f, "z-1", "t-z", "maria@example.social", FD_DIRECTION_IN, 0, f->now - 60));
  expected_id = fd_notifier_dup_id (conversation);
  g_assert_true (fd_snooze_set (f->store, conversation, f->now + 3600, f->now, &error));

  fd_notifier_check_snoozes (f->notifier);
  g_assert_cmpuint (settle (f), ==, 0);

  f->now += 3599;
  fd_notifier_check_snoozes (f->notifier);
  g_assert_cmpuint (settle (f), ==, 0);
  g_assert_cmpint (fd_snooze_get_until (f->store, conversation, NULL), >, 0);

  f->now += 1;
  fd_notifier_check_snoozes (f->notifier);
  g_assert_cmpuint (settle (f), ==, 1);
  call = call_at (f, 0);
  g_assert_cmpstr (call->id, ==, expected_id);
  g_assert_cmpstr (call->title, ==, "Snoozed conversation with maria@example.social is back");
  g_assert_cmpint (g_variant_get_int64 (call->default_target), ==, conversation);
  g_assert_cmpint (fd_snooze_get_until (f->store, conversation, NULL), ==, 0);

  /* Said once. */
  fd_notifier_check_snoozes (f->notifier);
  g_assert_cmpuint (settle (f), ==, 1);

  /* Withdrawn when it is no longer wanted. */
  fd_notifier_withdraw (f->notifier, conversation);
  g_assert_cmpuint (settle (f), ==, 2);
  g_assert_cmpstr (call_at (f, 1)->method, ==, "RemoveNotification");
  g_assert_cmpstr (call_at (f, 1)->id, ==, expected_id);
}

/* One reminder when a customer has waited longer than the response
 * target (the reports' default, an hour, every hour counting); never for
 * an import, a snoozed conversation, or an answered one; once. */
static void
test_overdue (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_id = NULL;
  gint64 account_id = fd_account_get_id (f->account);
  gint64 waiting, answered, snoozed;
  NotificationCall *call;

  waiting = conversation_of (f, ingest (f, "o-1", "t-o1", "olga@example.social", FD_DIRECTION_IN, account_id, f->now - 1800));
  answered = ingest (f, "o-2", "t-o2", "omar@example.social", FD_DIRECTION_IN, account_id, f->now - 1800);
  snoozed = conversation_of (f, ingest (f, "o-3", "t-o3", "oona@example.social", FD_DIRECTION_IN, account_id, f->now - 1800));
  /* An import from long ago, and one from today: no reminder. */
  ingest (f, "o-4", "t-o4", "old@example.social", FD_DIRECTION_IN, 0, f->now - 30 * 86400);
  ingest (f, "o-5", "t-o5", "imp@example.social", FD_DIRECTION_IN, 0, f->now - 1800);
  g_assert_true (fd_store_set_message_state (f->store, answered, FD_MESSAGE_STATE_ANSWERED, &error));
  g_assert_true (fd_snooze_set (f->store, snoozed, f->now + 86400, f->now, &error));
  expected_id = fd_notifier_dup_id (waiting);

  /* Half an hour in: within the target. */
  fd_notifier_check_overdue (f->notifier);
  g_assert_cmpuint (settle (f), ==, 0);

  /* An hour and a minute in: one reminder, for Olga. */
  f->now += 31 * 60;
  fd_notifier_check_overdue (f->notifier);
  g_assert_cmpuint (settle (f), ==, 1);
  call = call_at (f, 0);
  g_assert_cmpstr (call->id, ==, expected_id);
  g_assert_cmpstr (call->title, ==, "olga@example.social has waited longer than your response target");
  g_assert_cmpint (g_variant_get_int64 (call->default_target), ==, waiting);

  /* Said once, also after a restart. */
  f->now += 3600;
  fd_notifier_check_overdue (f->notifier);
  g_assert_cmpuint (settle (f), ==, 1);
  g_clear_object (&f->notifier);
  f->notifier = fd_notifier_new (f->app, f->settings, f->store);
  fd_notifier_set_clock (f->notifier, test_clock, f);
  fd_notifier_check_overdue (f->notifier);
  g_assert_cmpuint (settle (f), ==, 1);

  /* Its own switch. */
  ingest (f, "o-6", "t-o6", "otis@example.social", FD_DIRECTION_IN, account_id, f->now - 7200);
  g_settings_set_boolean (f->settings, "overdue-reminders", FALSE);
  fd_notifier_check_overdue (f->notifier);
  g_assert_cmpuint (settle (f), ==, 1);
  g_settings_set_boolean (f->settings, "overdue-reminders", TRUE);
  fd_notifier_check_overdue (f->notifier);
  g_assert_cmpuint (settle (f), ==, 2);
  g_assert_cmpstr (call_at (f, 1)->title, ==, "otis@example.social has waited longer than your response target");

  /* Answered: the notification goes. */
  {
    g_autofree char *otis_id = g_strdup (call_at (f, 1)->id);
    gint64 otis = g_ascii_strtoll (otis_id + strlen ("conversation-"), NULL, 10);

    g_assert_true (fd_notify_mark_answered (f->store, otis, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (settle (f), ==, 3);
    g_assert_cmpstr (call_at (f, 2)->method, ==, "RemoveNotification");
    g_assert_cmpstr (call_at (f, 2)->id, ==, otis_id);
  }
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/notifications/mastodon", Fixture, NULL, fixture_set_up, test_mastodon_messages, fixture_tear_down);
  g_test_add ("/notifications/quiet", Fixture, NULL, fixture_set_up, test_quiet, fixture_tear_down);
  g_test_add ("/notifications/snooze-wakes", Fixture, NULL, fixture_set_up, test_snooze_wakes, fixture_tear_down);
  g_test_add ("/notifications/overdue", Fixture, NULL, fixture_set_up, test_overdue, fixture_tear_down);

  return g_test_run ();
}
