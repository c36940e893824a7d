/* test-telegram.c: the Telegram channel against the stand-in Bot API.
 *
 * Needs a session bus with an unlocked keyring (tests/run-headless.sh):
 * bot tokens live only there. The kill -9 case runs the real command-line
 * tool, given as the first argument.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <string.h>

#include "fd-account.h"
#include "fd-account-setup.h"
#include "fd-outbox.h"
#include "fd-secrets.h"
#include "fd-sync-manager.h"
#include "fd-test-network-monitor.h"
#include "fd-test-sync.h"
#include "fd-test-util.h"
#include "telegram-stand-in.h"
#include "providers/telegram/fd-telegram-private.h"
#include "providers/telegram/fd-telegram-provider.h"

#define BOT "7000001"
#define CUSTOMER 4242
#define CONNECTION "bc-Qm9vay1zaG9w"

static const char *cli_path;

typedef struct
{
  char                 *dir;
  FdStore              *store;
  TelegramStandIn      *server;
  FdTestNetworkMonitor *monitor;
  FdSyncManager        *manager;
  FdAccount            *account;
  FdProvider           *provider;
} Fixture;

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

static char *
query_text (FdStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

static char *
remote_id (const char *connection,
           gint64      chat,
           gint64      message)
{
  if (connection != NULL)
    return g_strdup_printf (BOT ":b:%s:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, connection, chat, message);
  return g_strdup_printf (BOT ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, chat, message);
}

static gint64
message_id_for (Fixture    *f,
                const char *connection,
                gint64      chat,
                gint64      message)
{
  g_autofree char *id = remote_id (connection, chat, message);
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM messages WHERE channel = 'telegram' AND remote_id = '%s'", id);

  return query_int (f->store, sql);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  f->server = telegram_stand_in_new ();

  f->account = fd_account_new ("telegram", "@shop_bot", telegram_stand_in_get_url (f->server));
  fd_account_set_setting_string (f->account, "bot-id", BOT);
  fd_account_set_setting_int (f->account, "timeout-ms", 3000);
  fd_account_set_setting_int (f->account, "chat-interval-ms", 0);
  fd_account_save (f->account, f->store, &error);
  g_assert_no_error (error);

  /* The real keyring, as in the app. */
  fd_secrets_store_sync (f->account, "bot-token", "test", telegram_stand_in_get_token (f->server), NULL, &error);
  g_assert_no_error (error);

  f->monitor = fd_test_network_monitor_new ();
  f->manager = fd_sync_manager_new (f->dir, G_NETWORK_MONITOR (f->monitor));
  g_object_set (f->manager, "poll-interval", 60000, "backoff-base", 10, "backoff-max", 100, NULL);
  f->provider = FD_PROVIDER (fd_telegram_provider_new (f->account));
  fd_sync_manager_add_account (f->manager, f->account, f->provider);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  fd_sync_manager_stop (f->manager);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  fd_secrets_clear_sync (f->account, NULL, NULL, NULL);
  g_clear_object (&f->manager);
  g_clear_object (&f->monitor);
  g_clear_object (&f->provider);
  g_clear_object (&f->account);
  g_clear_object (&f->store);
  g_clear_pointer (&f->server, telegram_stand_in_free);
  fd_test_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static gboolean
sync_once (Fixture  *f,
           GError  **out_error)
{
  return fd_test_sync_once (f->manager, out_error);
}

static void
test_sync (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *allowed = NULL;
  g_autofree char *text = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *handle = NULL;
  gint64 first = telegram_stand_in_add_message (f->server, CUSTOMER, "Ana", "es", "¿Dónde está mi pedido?");
  gint64 second;

  telegram_stand_in_add_message (f->server, 4343, "Ben", "en", "Is the shop open on Sunday?");
  g_assert_true (sync_once (f, NULL));

  allowed = telegram_stand_in_dup_allowed_updates (f->server);
  g_assert_cmpstr (allowed, ==, "message,edited_message,business_connection,business_message,"
                                "edited_business_message,deleted_business_messages");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages WHERE channel = 'telegram' AND direction = 0"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM conversations WHERE channel = 'telegram'"), ==, 2);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT text FROM messages WHERE id = %" G_GINT64_FORMAT,
                                            message_id_for (f, NULL, CUSTOMER, first));

    text = query_text (f->store, sql);
  }
  g_assert_cmpstr (text, ==, "¿Dónde está mi pedido?");
  lang = query_text (f->store, "SELECT lang FROM messages WHERE text LIKE 'Is the shop%'");
  g_assert_cmpstr (lang, ==, "en");
  handle = query_text (f->store, "SELECT i.handle FROM messages m JOIN identities i ON i.id = m.identity_id"
                                 " WHERE m.text LIKE 'Is the shop%'");
  g_assert_cmpstr (handle, ==, "tg:4343");

  /* The stored cursor confirms the batch with the next call: nothing twice. */
  second = telegram_stand_in_add_message (f->server, CUSTOMER, "Ana", "es", "¿Hola?");
  g_assert_true (sync_once (f, NULL));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages WHERE channel = 'telegram'"), ==, 3);
  g_assert_cmpint (message_id_for (f, NULL, CUSTOMER, second), >, 0);
  g_assert_true (sync_once (f, NULL));
  g_assert_cmpuint (telegram_stand_in_get_n_pending (f->server), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages WHERE channel = 'telegram'"), ==, 3);
  /* Found by search like any message. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'sunday'"), ==, 1);
}

typedef struct
{
  char   *db_path;
  gint64  first_update;
  guint   n_checks;
  guint   n_early;   /* confirmed before they were stored */
} ConfirmCheck;

/* On the server's thread, at the moment Telegram would forget the
 * updates before @offset: each of them must be in the store already. */
static void
confirm_cb (gint64   offset,
            gpointer user_data)
{
  ConfirmCheck *check = user_data;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 stored = -1;

  g_assert_cmpint (sqlite3_open_v2 (check->db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_prepare_v2 (db, "SELECT count(*) FROM messages WHERE channel = 'telegram'", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    stored = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  check->n_checks++;
  if (stored < offset - check->first_update)
    check->n_early++;
}

static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  ConfirmCheck check = { 0, };

  check.db_path = g_build_filename (f->dir, "frontdesk.db", NULL);
  g_assert_true (g_file_test (check.db_path, G_FILE_TEST_EXISTS));
  check.first_update = telegram_stand_in_get_last_update_id (f->server) + 1;
  telegram_stand_in_set_confirm_func (f->server, confirm_cb, &check);
  fd_account_set_setting_int (f->account, "page-size", 3);
  g_clear_object (&f->provider);
  fd_sync_manager_remove_account (f->manager, fd_account_get_id (f->account));
  f->provider = FD_PROVIDER (fd_telegram_provider_new (f->account));
  fd_sync_manager_add_account (f->manager, f->account, f->provider);

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *text = g_strdup_printf ("Question number %u", i);

      telegram_stand_in_add_message (f->server, CUSTOMER + i % 3, "Ana", "en", text);
    }
  g_assert_true (sync_once (f, NULL));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages WHERE channel = 'telegram'"), ==, 30);
  /* Pages one after the other, each asked once its predecessor was stored. */
  g_assert_cmpuint (telegram_stand_in_count_calls (f->server, "getUpdates"), ==, 11);
  g_assert_cmpuint (check.n_checks, ==, 10);
  g_assert_cmpuint (check.n_early, ==, 0);
  telegram_stand_in_set_confirm_func (f->server, NULL, NULL);
  g_free (check.db_path);
}

static void
test_reply (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  g_autofree char *stored_remote = NULL;
  g_autofree char *expected = NULL;
  gint64 asked = telegram_stand_in_add_message (f->server, CUSTOMER, "Ana", "en", "Where is my parcel?");
  gint64 reply_id;
  TelegramSent *reply;

  g_assert_true (sync_once (f, NULL));
  reply_id = fd_test_queue_reply (f->store, message_id_for (f, NULL, CUSTOMER, asked), "It left today.", &error);
  g_assert_no_error (error);
  g_assert_true (sync_once (f, NULL));

  sent = telegram_stand_in_dup_sent (f->server);
  g_assert_cmpuint (sent->len, ==, 1);
  reply = g_ptr_array_index (sent, 0);
  g_assert_cmpint (reply->chat_id, ==, CUSTOMER);
  g_assert_cmpstr (reply->text, ==, "It left today.");
  g_assert_cmpint (reply->reply_to, ==, asked);
  g_assert_null (reply->business_connection_id);

  g_assert_cmpint (query_int (f->store, "SELECT state FROM outbox"), ==, FD_OUTBOX_SENT);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT remote_id FROM messages WHERE id = %" G_GINT64_FORMAT, reply_id);

    stored_remote = query_text (f->store, sql);
  }
  expected = remote_id (NULL, CUSTOMER, reply->message_id);
  g_assert_cmpstr (stored_remote, ==, expected);
  /* The customer's message is answered. */
  g_assert_cmpint (query_int (f->store, "SELECT state FROM messages WHERE direction = 0"), ==, FD_MESSAGE_STATE_ANSWERED);
}

static void
test_business_reply (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  gint64 asked;
  gint64 owner;
  TelegramSent *reply;

  telegram_stand_in_set_connection (f->server, CONNECTION, TRUE, TRUE);
  asked = telegram_stand_in_add_business_message (f->server, CONNECTION, CUSTOMER, FALSE, "Habt ihr das in Blau?", 0);
  owner = telegram_stand_in_add_business_message (f->server, CONNECTION, CUSTOMER, TRUE, "Moment, ich schaue nach.", 0);
  g_assert_true (sync_once (f, NULL));

  /* The owner's own message is the shop's, in the same conversation. */
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT conversation_id) FROM messages"), ==, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT direction FROM messages WHERE id = %" G_GINT64_FORMAT,
                                            message_id_for (f, CONNECTION, CUSTOMER, owner));

    g_assert_cmpint (query_int (f->store, sql), ==, FD_DIRECTION_OUT);
  }

  fd_test_queue_reply (f->store, message_id_for (f, CONNECTION, CUSTOMER, asked), "Ja, in Blau und Grün.", &error);
  g_assert_no_error (error);
  g_assert_true (sync_once (f, NULL));

  sent = telegram_stand_in_dup_sent (f->server);
  g_assert_cmpuint (sent->len, ==, 1);
  reply = g_ptr_array_index (sent, 0);
  g_assert_cmpstr (reply->business_connection_id, ==, CONNECTION);
  g_assert_cmpint (reply->chat_id, ==, CUSTOMER);
  g_assert_cmpint (reply->reply_to, ==, asked);
  g_assert_cmpint (query_int (f->store, "SELECT state FROM outbox"), ==, FD_OUTBOX_SENT);
}

static void
test_edits_and_deletions (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *sql = NULL;
  gint64 asked = telegram_stand_in_add_message (f->server, CUSTOMER, "Ana", "en", "Delivery on Monday?");
  gint64 business;
  gint64 ids[1];

  telegram_stand_in_set_connection (f->server, CONNECTION, TRUE, TRUE);
  business = telegram_stand_in_add_business_message (f->server, CONNECTION, CUSTOMER + 1, FALSE, "Wrong chat, sorry", 0);
  g_assert_true (sync_once (f, NULL));
  sql = g_strdup_printf ("SELECT edited_at FROM messages WHERE id = %" G_GINT64_FORMAT,
                         message_id_for (f, NULL, CUSTOMER, asked));
  g_assert_cmpint (query_int (f->store, sql), ==, 0);

  telegram_stand_in_edit_message (f->server, NULL, CUSTOMER, asked, "Delivery on Tuesday?");
  ids[0] = business;
  telegram_stand_in_delete_business_messages (f->server, CONNECTION, CUSTOMER + 1, ids, 1);
  g_assert_true (sync_once (f, NULL));

  /* The edit replaced the text of the one stored message, and search follows. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 2);
  text = query_text (f->store, "SELECT text FROM messages WHERE text LIKE 'Delivery%'");
  g_assert_cmpstr (text, ==, "Delivery on Tuesday?");
  g_assert_cmpint (query_int (f->store, sql), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'tuesday'"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'monday'"), ==, 0);

  /* The deleted one is kept, marked. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT deleted_at FROM messages WHERE id = %" G_GINT64_FORMAT,
                         message_id_for (f, CONNECTION, CUSTOMER + 1, business));
  g_assert_cmpint (query_int (f->store, sql), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages WHERE deleted_at IS NOT NULL"), ==, 1);

  /* What the window and the command line read. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(FdMessage) edited = fd_store_get_message (f->store, message_id_for (f, NULL, CUSTOMER, asked), &error);
    g_autoptr(FdMessage) deleted = fd_store_get_message (f->store, message_id_for (f, CONNECTION, CUSTOMER + 1, business),
                                                         &error);

    g_assert_no_error (error);
    g_assert_cmpint (fd_message_get_edited_at (edited), >, 0);
    g_assert_cmpint (fd_message_get_deleted_at (edited), ==, 0);
    g_assert_cmpstr (fd_message_get_text (edited), ==, "Delivery on Tuesday?");
    g_assert_cmpint (fd_message_get_deleted_at (deleted), >, 0);
    g_assert_cmpstr (fd_message_get_text (deleted), ==, "Wrong chat, sorry");
  }
}

static void
test_lost_reply (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  g_autoptr(FdOutbox) outbox = fd_outbox_new (f->store);
  g_autofree char *message = NULL;
  gint64 first = telegram_stand_in_add_message (f->server, CUSTOMER, "Ana", "en", "Refund?");
  gint64 second = telegram_stand_in_add_message (f->server, CUSTOMER + 1, "Ben", "en", "Invoice?");
  gint64 entry_a, entry_b;

  g_assert_true (sync_once (f, NULL));
  fd_test_queue_reply (f->store, message_id_for (f, NULL, CUSTOMER, first), "Refund is on its way.", &error);
  g_assert_no_error (error);
  fd_test_queue_reply (f->store, message_id_for (f, NULL, CUSTOMER + 1, second), "Invoice attached soon.", &error);
  g_assert_no_error (error);
  entry_a = query_int (f->store, "SELECT min(id) FROM outbox");
  entry_b = query_int (f->store, "SELECT max(id) FROM outbox");

  /* Telegram takes both, and both answers are lost on the way back. */
  telegram_stand_in_add_fault (f->server, "sendMessage", TELEGRAM_FAULT_DROP_AFTER, 2);
  g_assert_true (sync_once (f, NULL));
  g_assert_cmpuint (telegram_stand_in_count_calls (f->server, "sendMessage"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM outbox WHERE state = 4"), ==, 2);
  message = query_text (f->store, "SELECT error FROM outbox LIMIT 1");
  g_assert_nonnull (strstr (message, "may have been sent"));

  /* Never sent again on its own. */
  g_assert_true (sync_once (f, NULL));
  g_assert_true (sync_once (f, NULL));
  g_assert_cmpuint (telegram_stand_in_count_calls (f->server, "sendMessage"), ==, 2);

  /* "It Arrived" for one, "Send Again" for the other. */
  g_assert_true (fd_outbox_mark_arrived (outbox, entry_a, &error));
  g_assert_no_error (error);
  g_assert_true (fd_outbox_retry (outbox, entry_b, &error));
  g_assert_no_error (error);
  g_assert_false (fd_outbox_mark_arrived (outbox, entry_b, &error));
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (sync_once (f, NULL));

  sent = telegram_stand_in_dup_sent (f->server);
  g_assert_cmpuint (sent->len, ==, 3);
  g_assert_cmpstr (((TelegramSent *) g_ptr_array_index (sent, 2))->text, ==, "Invoice attached soon.");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM outbox WHERE state = 2"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages WHERE direction = 0 AND state = 2"), ==, 2);
}

static void
error_kind_cb (FdAccount  *account,
               GParamSpec *pspec,
               gboolean   *seen)
{
  if (fd_account_get_error_kind (account) == FD_ACCOUNT_ERROR_RATE_LIMITED)
    *seen = TRUE;
}

static void
test_rate_limit (Fixture       *f,
                 gconstpointer  data)
{
  gboolean seen = FALSE;
  gint64 start;

  telegram_stand_in_add_message (f->server, CUSTOMER, "Ana", "en", "Hello?");
  g_signal_connect (f->account, "notify::error-kind", G_CALLBACK (error_kind_cb), &seen);
  telegram_stand_in_set_retry_after (f->server, 2);
  telegram_stand_in_add_fault (f->server, "getUpdates", TELEGRAM_FAULT_429, 1);

  start = g_get_monotonic_time ();
  g_assert_true (sync_once (f, NULL));
  /* The backoff is 10 ms; only retry_after explains the wait. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 1900 * 1000);
  g_assert_true (seen);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 1);
  g_signal_handlers_disconnect_by_func (f->account, error_kind_cb, &seen);
}

static void
test_pace (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  gint64 asked[3];

  fd_account_set_setting_int (f->account, "chat-interval-ms", 400);
  g_clear_object (&f->provider);
  fd_sync_manager_remove_account (f->manager, fd_account_get_id (f->account));
  f->provider = FD_PROVIDER (fd_telegram_provider_new (f->account));
  fd_sync_manager_add_account (f->manager, f->account, f->provider);

  for (guint i = 0; i < G_N_ELEMENTS (asked); i++)
    asked[i] = telegram_stand_in_add_message (f->server, CUSTOMER, "Ana", "en", "Still broken");
  g_assert_true (sync_once (f, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (asked); i++)
    {
      fd_test_queue_reply (f->store, message_id_for (f, NULL, CUSTOMER, asked[i]), "We are on it.", &error);
      g_assert_no_error (error);
    }
  g_assert_true (sync_once (f, NULL));

  sent = telegram_stand_in_dup_sent (f->server);
  g_assert_cmpuint (sent->len, ==, 3);
  for (guint i = 1; i < sent->len; i++)
    g_assert_cmpint (((TelegramSent *) g_ptr_array_index (sent, i))->sent_at_us -
                     ((TelegramSent *) g_ptr_array_index (sent, i - 1))->sent_at_us, >=, 390 * 1000);
}

static void
test_revoked (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  telegram_stand_in_add_message (f->server, CUSTOMER, "Ana", "en", "Hello?");
  telegram_stand_in_revoke_token (f->server);
  g_assert_false (sync_once (f, &error));
  g_assert_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH);
  g_assert_nonnull (strstr (error->message, "BotFather"));
  /* The account's card asks to sign in again. */
  g_assert_cmpint (fd_account_get_error_kind (f->account), ==, FD_ACCOUNT_ERROR_NEEDS_PASSWORD);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 0);
}

/* A bot whose updates go to a webhook cannot be polled: said so. */
static void
test_webhook (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  telegram_stand_in_add_fault (f->server, "getUpdates", TELEGRAM_FAULT_WEBHOOK, 100);
  g_assert_false (sync_once (f, &error));
  g_assert_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT);
  g_assert_nonnull (strstr (error->message, "deleteWebhook"));
  g_assert_cmpint (fd_account_get_error_kind (f->account), ==, FD_ACCOUNT_ERROR_SERVER);
}

static void
test_window_closed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 day_ago = g_get_real_time () / G_USEC_PER_SEC - 25 * 60 * 60;
  gint64 old, fresh;

  telegram_stand_in_set_connection (f->server, CONNECTION, TRUE, TRUE);
  old = telegram_stand_in_add_business_message (f->server, CONNECTION, CUSTOMER, FALSE, "Are you open?", day_ago);
  g_assert_true (sync_once (f, NULL));
  fd_test_queue_reply (f->store, message_id_for (f, CONNECTION, CUSTOMER, old), "Yes!", &error);
  g_assert_no_error (error);
  g_assert_true (sync_once (f, NULL));

  /* Refused before anything was sent, with the reason. */
  g_assert_cmpuint (telegram_stand_in_count_calls (f->server, "sendMessage"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT state FROM outbox"), ==, FD_OUTBOX_FAILED);
  message = query_text (f->store, "SELECT error FROM outbox");
  g_assert_nonnull (strstr (message, "24 hours"));

  /* A connection that may not reply: refused the same way. */
  telegram_stand_in_set_connection (f->server, CONNECTION, FALSE, TRUE);
  fresh = telegram_stand_in_add_business_message (f->server, CONNECTION, CUSTOMER + 1, FALSE, "Hello?", 0);
  g_assert_true (sync_once (f, NULL));
  fd_test_queue_reply (f->store, message_id_for (f, CONNECTION, CUSTOMER + 1, fresh), "Hi!", &error);
  g_assert_no_error (error);
  g_assert_true (sync_once (f, NULL));
  g_assert_cmpuint (telegram_stand_in_count_calls (f->server, "sendMessage"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM outbox WHERE state = 3"), ==, 2);
  g_clear_pointer (&message, g_free);
  message = query_text (f->store, "SELECT error FROM outbox ORDER BY id DESC LIMIT 1");
  g_assert_nonnull (strstr (message, "Chatbots"));
}

/* Photos, documents and voice messages: fetched with getFile into the
 * profile's attachment store, named by their content; one over the
 * account's limit keeps only its name and size. */
static void
test_attachments (Fixture       *f,
                  gconstpointer  data)
{
  static const char pdf[] = "%PDF-1.4 an invoice";
  static const char jpeg[] = "\xff\xd8\xff\xe0 a photo of a broken lamp";
  g_autofree char *big = g_strnfill (5000, 'x');
  g_autofree char *caption = NULL;
  g_autofree char *path = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *expected_name = NULL;
  gsize kept_len = 0;

  fd_account_set_setting_int (f->account, "attachment-max-bytes", 4096);
  g_clear_object (&f->provider);
  fd_sync_manager_remove_account (f->manager, fd_account_get_id (f->account));
  f->provider = FD_PROVIDER (fd_telegram_provider_new (f->account));
  fd_sync_manager_add_account (f->manager, f->account, f->provider);

  telegram_stand_in_add_file_message (f->server, CUSTOMER, "photo", "It arrived broken", jpeg, sizeof jpeg - 1);
  telegram_stand_in_add_file_message (f->server, CUSTOMER, "document", "My invoice", pdf, sizeof pdf - 1);
  telegram_stand_in_add_file_message (f->server, CUSTOMER, "voice", NULL, big, 5000);
  g_assert_true (sync_once (f, NULL));

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 3);
  caption = query_text (f->store, "SELECT text FROM messages WHERE n_attachments = 1 AND text LIKE 'It arrived%'");
  g_assert_cmpstr (caption, ==, "It arrived broken");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM attachments"), ==, 3);

  /* The document: its name, its type, the very bytes, under its hash. */
  path = query_text (f->store, "SELECT path FROM attachments WHERE filename = 'invoice.pdf'"
                               " AND content_type = 'application/pdf'");
  expected_name = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) pdf, sizeof pdf - 1);
  g_assert_nonnull (path);
  g_assert_true (g_str_has_suffix (path, expected_name));
  absolute = g_build_filename (f->dir, path, NULL);
  g_assert_true (g_file_get_contents (absolute, &kept, &kept_len, NULL));
  g_assert_cmpmem (kept, kept_len, pdf, sizeof pdf - 1);
  g_assert_cmpint (query_int (f->store, "SELECT size FROM attachments WHERE filename = 'invoice.pdf'"), ==, sizeof pdf - 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM attachments WHERE filename = 'photo.jpg'"
                                        " AND path IS NOT NULL"), ==, 1);

  /* Over the limit: named, sized, not fetched. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM attachments WHERE filename = 'voice.ogg'"
                                        " AND path IS NULL AND size = 5000"), ==, 1);
  g_assert_cmpuint (telegram_stand_in_count_calls (f->server, "getFile"), ==, 2);
}

static void
remote_changed_cb (FdProvider *provider,
                   guint      *n_changed)
{
  (*n_changed)++;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the main context until *@counter reaches @at_least or
 * @timeout_ms pass; TRUE when it did. */
static gboolean
wait_for_count (guint *counter,
                guint  at_least,
                guint  timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_cb, &timed_out);

  while (*counter < at_least && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);

  return *counter >= at_least;
}

/* The long poll tells the engine of news as it comes, and never confirms
 * an update the store does not hold. */
static void
test_push (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ConfirmCheck check = { 0, };
  guint n_changed = 0;
  guint polls;

  fd_account_set_setting_int (f->account, "push-wait-s", 2);
  g_clear_object (&f->provider);
  fd_sync_manager_remove_account (f->manager, fd_account_get_id (f->account));
  f->provider = FD_PROVIDER (fd_telegram_provider_new (f->account));
  fd_sync_manager_add_account (f->manager, f->account, f->provider);

  check.db_path = g_build_filename (f->dir, "frontdesk.db", NULL);
  check.first_update = telegram_stand_in_get_last_update_id (f->server) + 1;
  telegram_stand_in_set_confirm_func (f->server, confirm_cb, &check);

  g_signal_connect (f->provider, "remote-changed", G_CALLBACK (remote_changed_cb), &n_changed);
  g_assert_true (fd_provider_supports_push (f->provider));
  g_assert_true (fd_provider_start_push (f->provider, &error));
  g_assert_no_error (error);

  /* No sync yet: the poll does not know where to ask from. */
  telegram_stand_in_add_message (f->server, CUSTOMER, "Ana", "en", "Hello?");
  g_assert_false (wait_for_count (&n_changed, 1, 300));
  g_assert_true (sync_once (f, NULL));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 1);

  /* After a sync the poll waits at Telegram; what comes is news at once. */
  g_assert_true (wait_for_count (&n_changed, 1, 5000));
  g_assert_true (sync_once (f, NULL));
  n_changed = 0;
  g_assert_false (wait_for_count (&n_changed, 1, 300));
  polls = telegram_stand_in_count_calls (f->server, "getUpdates");
  telegram_stand_in_add_message (f->server, CUSTOMER, "Ana", "en", "Anyone there?");
  g_assert_true (wait_for_count (&n_changed, 1, 5000));
  /* Answered by the poll already waiting, not by asking again and again. */
  g_assert_cmpuint (telegram_stand_in_count_calls (f->server, "getUpdates"), <=, polls + 1);
  g_assert_true (sync_once (f, NULL));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 2);
  g_assert_cmpuint (check.n_early, ==, 0);

  /* Stopped: nothing more. */
  fd_provider_stop_push (f->provider);
  n_changed = 0;
  telegram_stand_in_add_message (f->server, CUSTOMER, "Ana", "en", "Hello again?");
  g_assert_false (wait_for_count (&n_changed, 1, 500));

  telegram_stand_in_set_confirm_func (f->server, NULL, NULL);
  g_signal_handlers_disconnect_by_func (f->provider, remote_changed_cb, &n_changed);
  g_free (check.db_path);
}

/* Text links as the customer saw them: the address after the words, at
 * UTF-16 offsets (an emoji counts two), in any order; offsets no text has
 * end at its end, and the largest update id leaves the largest offset. */
static void
test_entities (void)
{
  const char *result =
    "[{\"update_id\": 9223372036854775806, \"message\": {\"message_id\": 1, \"date\": 1714636800,"
    "   \"from\": {\"id\": 5, \"first_name\": \"Ana\"}, \"chat\": {\"id\": 5, \"type\": \"private\"},"
    "   \"text\": \"\xf0\x9f\x98\x80 see order and FAQ\", \"entities\": ["
    "     {\"type\": \"text_link\", \"offset\": 7, \"length\": 5, \"url\": \"https://shop.example/o\"},"
    "     {\"type\": \"bold\", \"offset\": 0, \"length\": 2},"
    "     {\"type\": \"text_link\", \"offset\": 17, \"length\": 3, \"url\": \"https://shop.example/faq\"},"
    "     {\"type\": \"text_link\", \"offset\": 0, \"length\": 2, \"url\": \"https://before.example\"}]}},"
    " {\"update_id\": 9223372036854775807, \"message\": {\"message_id\": 2, \"date\": 1714636800,"
    "   \"from\": {\"id\": 5, \"first_name\": \"Ana\"}, \"chat\": {\"id\": 5, \"type\": \"private\"},"
    "   \"text\": \"ab\", \"entities\": ["
    "     {\"type\": \"text_link\", \"offset\": 9223372036854775807, \"length\": 9223372036854775807,"
    "      \"url\": \"https://end.example\"},"
    "     {\"type\": \"text_link\", \"offset\": 1e300, \"length\": 1, \"url\": \"https://far.example\"}]}}]";
  g_autoptr(JsonNode) root = json_from_string (result, NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) _fd_telegram_file_free);
  g_autoptr(GPtrArray) messages = NULL;
  FdParsedMessage *msg;
  gint64 next = 0;

  g_assert_nonnull (root);
  messages = _fd_telegram_parse_updates (json_node_get_array (root), "7000001", &next, files);
  g_assert_cmpint (next, ==, G_MAXINT64);
  g_assert_cmpuint (messages->len, ==, 2);

  msg = g_ptr_array_index (messages, 0);
  g_assert_cmpstr (msg->remote_id, ==, "7000001:5:1");
  g_assert_cmpstr (msg->text, ==, "\xf0\x9f\x98\x80 see order (https://shop.example/o) and FAQ (https://shop.example/faq)");
  msg = g_ptr_array_index (messages, 1);
  g_assert_cmpstr (msg->text, ==, "ab (https://end.example)");
}

static void
test_add_account (void)
{
  g_autoptr(TelegramStandIn) server = telegram_stand_in_new ();
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(GHashTable) params = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(FdAccount) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *bot_id = NULL;

  g_hash_table_insert (params, (gpointer) "api-url", (gpointer) telegram_stand_in_get_url (server));
  /* A slip is caught before Telegram is asked. */
  g_assert_null (fd_account_setup_add_sync (dir, "telegram", params, "not a token", NULL, NULL, &error));
  g_assert_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (fd_account_setup_add_sync (dir, "telegram", params, "7000001:wrong", NULL, NULL, &error));
  g_assert_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (telegram_stand_in_count_calls (server, "getMe"), ==, 0);

  account = fd_account_setup_add_sync (dir, "telegram", params, telegram_stand_in_get_token (server), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fd_account_get_name (account), ==, "@shop_bot");
  g_assert_cmpstr (fd_account_get_address (account), ==, telegram_stand_in_get_url (server));
  bot_id = fd_account_dup_setting_string (account, "bot-id");
  g_assert_cmpstr (bot_id, ==, BOT);
  secret = fd_secrets_lookup_sync (account, "bot-token", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, telegram_stand_in_get_token (server));

  /* The same bot again is the same account. */
  again = fd_account_setup_add_sync (dir, "telegram", params, telegram_stand_in_get_token (server), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd_account_get_id (again), ==, fd_account_get_id (account));

  /* Plain http only for this computer. */
  g_hash_table_insert (params, (gpointer) "api-url", (gpointer) "http://bots.example.com");
  g_assert_false (fd_account_setup_check ("telegram", params, &error));
  g_assert_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID);

  fd_secrets_clear_sync (account, NULL, NULL, NULL);
  fd_test_rmdir (dir);
}

/* kill -9 */

static GSubprocess *
spawn_cli (const char  *dir,
           GError     **error,
           ...)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  g_subprocess_launcher_setenv (launcher, "GIO_USE_NETWORK_MONITOR", "base", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  g_ptr_array_add (args, (gpointer) cli_path);
  g_ptr_array_add (args, (gpointer) "--data-dir");
  g_ptr_array_add (args, (gpointer) dir);
  va_start (ap, error);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return g_subprocess_launcher_spawnv (launcher, (const char * const *) args->pdata, error);
}

#define N_KILLS 20

static void
test_kill_9 (void)
{
  g_autoptr(TelegramStandIn) server = telegram_stand_in_new ();
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (2323);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GSubprocess) final = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) latest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n_messages = 0;
  guint n_queued = 0;
  GHashTableIter iter;
  gpointer key, value;

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  account = fd_account_new ("telegram", "@shop_bot", telegram_stand_in_get_url (server));
  fd_account_set_setting_string (account, "bot-id", BOT);
  fd_account_set_setting_int (account, "timeout-ms", 2000);
  fd_account_set_setting_int (account, "page-size", 4);
  fd_account_save (account, store, &error);
  g_assert_no_error (error);
  fd_secrets_store_sync (account, "bot-token", "test", telegram_stand_in_get_token (server), NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  for (guint round = 0; round < N_KILLS; round++)
    {
      g_autoptr(GSubprocess) child = NULL;
      guint delay_ms;

      /* New messages and an edit of an earlier one: an update lost or
       * applied twice shows in the final texts. */
      for (guint i = 0; i < 12; i++)
        {
          gint64 chat = CUSTOMER + g_rand_int_range (rand, 0, 5);
          g_autofree char *text = g_strdup_printf ("Round %u message %u", round, i);
          gint64 id = telegram_stand_in_add_message (server, chat, "Ana", "en", text);

          g_hash_table_replace (latest, remote_id (NULL, chat, id), g_strdup (text));
          n_messages++;
          if (i == 5 && round > 0)
            {
              g_autofree char *edited = g_strdup_printf ("Round %u message %u (edited in round %u)", round, i, round);

              telegram_stand_in_edit_message (server, NULL, chat, id, edited);
              g_hash_table_replace (latest, remote_id (NULL, chat, id), g_strdup (edited));
            }
        }

      /* A reply to something already stored, as the person would write it. */
      store = fd_store_open (dir, &error);
      g_assert_no_error (error);
      {
        gint64 target = query_int (store, "SELECT id FROM messages WHERE direction = 0 ORDER BY random() LIMIT 1");

        if (target > 0)
          {
            g_autofree char *answer = g_strdup_printf ("Answer %u", round);

            g_assert_cmpint (fd_test_queue_reply (store, target, answer, &error), >, 0);
            g_assert_no_error (error);
            n_queued++;
          }
      }
      g_clear_object (&store);

      child = spawn_cli (dir, &error, "sync", "--interval", "1", "--quiet", NULL);
      g_assert_no_error (error);
      delay_ms = g_rand_int_range (rand, 0, 301);
      g_usleep (delay_ms * 1000);
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);
    }

  final = spawn_cli (dir, &error, "sync", "--once", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (final, NULL, &error));
  g_assert_no_error (error);

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM messages WHERE channel = 'telegram' AND direction = 0"),
                   ==, n_messages);
  g_hash_table_iter_init (&iter, latest);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *sql = g_strdup_printf ("SELECT text FROM messages WHERE remote_id = '%s'", (char *) key);
      g_autofree char *text = query_text (store, sql);

      g_assert_cmpstr (text, ==, value);
    }
  /* Every reply arrived once, or waits as "may have been sent" (killed
   * while sending) and arrived at most once: never twice. */
  {
    g_autoptr(GPtrArray) sent = telegram_stand_in_dup_sent (server);
    g_autoptr(FdOutbox) outbox = fd_outbox_new (store);
    g_autoptr(GPtrArray) entries = fd_outbox_list (outbox, 0, TRUE, &error);
    guint n_unsure = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (entries->len, ==, n_queued);
    for (guint i = 0; i < entries->len; i++)
      {
        FdOutboxEntry *entry = g_ptr_array_index (entries, i);
        guint copies = 0;

        for (guint j = 0; j < sent->len; j++)
          if (g_strcmp0 (((TelegramSent *) g_ptr_array_index (sent, j))->text, entry->text) == 0)
            copies++;
        if (entry->state == FD_OUTBOX_SENT)
          g_assert_cmpuint (copies, ==, 1);
        else if (entry->state == FD_OUTBOX_UNSURE)
          {
            g_assert_cmpuint (copies, <=, 1);
            n_unsure++;
          }
        else
          {
            /* Waiting behind an unsure reply of its conversation: replies
             * of one conversation go out in order. */
            gboolean behind = FALSE;

            g_assert_cmpint (entry->state, ==, FD_OUTBOX_PENDING);
            g_assert_cmpuint (copies, ==, 0);
            for (guint j = 0; j < i; j++)
              {
                FdOutboxEntry *earlier = g_ptr_array_index (entries, j);

                behind |= earlier->conversation_id == entry->conversation_id && earlier->state == FD_OUTBOX_UNSURE;
              }
            g_assert_true (behind);
          }
      }
    g_test_message ("%u kills, %u messages, %u getUpdates calls, %u replies (%u may have been sent)",
                    N_KILLS, n_messages, telegram_stand_in_count_calls (server, "getUpdates"), n_queued, n_unsure);
  }

  fd_secrets_clear_sync (account, NULL, NULL, NULL);
  g_clear_object (&store);
  fd_test_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("Usage: %s PATH-TO-frontdesk-cli\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/telegram/sync", test_sync);
  ADD ("/telegram/pages", test_pages);
  ADD ("/telegram/reply", test_reply);
  ADD ("/telegram/business-reply", test_business_reply);
  ADD ("/telegram/edits-and-deletions", test_edits_and_deletions);
  ADD ("/telegram/lost-reply", test_lost_reply);
  ADD ("/telegram/rate-limit", test_rate_limit);
  ADD ("/telegram/pace", test_pace);
  ADD ("/telegram/revoked-token", test_revoked);
  ADD ("/telegram/window-closed", test_window_closed);
  ADD ("/telegram/webhook", test_webhook);
  ADD ("/telegram/push", test_push);
  ADD ("/telegram/attachments", test_attachments);
  g_test_add_func ("/telegram/entities", test_entities);
  g_test_add_func ("/telegram/add-account", test_add_account);
  g_test_add_func ("/telegram/kill-9", test_kill_9);

  return g_test_run ();
}
