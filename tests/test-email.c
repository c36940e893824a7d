/* test-email.c: the email channel against a real Dovecot and SMTP relay.
 *
 * Run under tests/run-headless.sh (a D-Bus session with an unlocked
 * keyring): passwords go through libsecret as in real use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "fd-account.h"
#include "fd-account-setup.h"
#include "fd-outbox.h"
#include "fd-secrets.h"
#include "fd-store.h"
#include "fd-sync-manager.h"
#include "fd-test-dovecot.h"
#include "fd-test-keyring.h"
#include "fd-test-network-monitor.h"
#include "fd-test-sync.h"
#include "fd-test-util.h"
#include "providers/email/fd-email-autoconfig.h"
#include "providers/email/fd-email-connection.h"
#include "providers/email/fd-email-provider.h"

typedef struct
{
  FdTestDovecot         *dovecot;
  char                  *dir;
  FdStore               *store;
  FdTestNetworkMonitor  *monitor;
  FdSyncManager         *manager;
  FdAccount             *account;
} Fixture;

static FdEmailConfig *
make_config (FdTestDovecot *dovecot,
             const char    *password_user)
{
  FdEmailConfig *config = fd_email_config_new ();

  config->address = g_strdup (password_user);
  config->display_name = g_strdup ("Alice’s Shop");
  config->username = g_strdup (password_user);
  config->imap_host = g_strdup ("127.0.0.1");
  config->imap_port = dovecot->imap_port;
  config->imap_security = FD_EMAIL_SECURITY_NONE;
  config->smtp_host = g_strdup ("127.0.0.1");
  config->smtp_port = dovecot->submission_port;
  config->smtp_security = FD_EMAIL_SECURITY_NONE;

  return config;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!(f->dovecot = fd_test_dovecot_start (GPOINTER_TO_INT (data))))
    return;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  f->monitor = fd_test_network_monitor_new ();
  f->manager = fd_sync_manager_new (f->dir, G_NETWORK_MONITOR (f->monitor));
  g_object_set (f->manager, "backoff-base", 20, "backoff-max", 200, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->manager != NULL)
    {
      fd_sync_manager_stop (f->manager);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  if (f->account != NULL)
    fd_secrets_clear_sync (f->account, "password", NULL, NULL);
  g_clear_object (&f->manager);
  g_clear_object (&f->account);
  g_clear_object (&f->monitor);
  g_clear_object (&f->store);
  if (f->dir != NULL)
    fd_test_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->dovecot, fd_test_dovecot_free);
}

static void
add_account (Fixture *f)
{
  g_autoptr(FdEmailConfig) config = make_config (f->dovecot, FD_TEST_FIRM);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = fd_email_account_add (fd_store_get_data_dir (f->store), config, "Shop", FD_TEST_PASSWORD, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  f->account = fd_account_load (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (fd_sync_manager_load_accounts (f->manager, f->store, &error));
  g_assert_no_error (error);
}

static gboolean
sync_once (Fixture *f)
{
  return fd_test_sync_once (f->manager, NULL);
}

static gint64
query_int (Fixture    *f,
           const char *sql,
           const char *arg)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (arg != NULL)
    sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static gint64
count_messages (Fixture *f)
{
  return query_int (f, "SELECT count(*) FROM messages WHERE channel = 'email'", NULL);
}

static gint64
count_accounts (Fixture *f)
{
  return query_int (f, "SELECT count(*) FROM accounts", NULL);
}

static gint64
state_of (Fixture    *f,
          const char *remote_id)
{
  return query_int (f, "SELECT state FROM messages WHERE remote_id = ?", remote_id);
}

static gint64
id_of (Fixture    *f,
       const char *remote_id)
{
  return query_int (f, "SELECT id FROM messages WHERE remote_id = ?", remote_id);
}

static char *
make_mail (const char *from,
           const char *to,
           const char *message_id,
           const char *subject,
           const char *extra_headers,
           const char *body)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%a, %d %b %Y %H:%M:%S +0000");

  return g_strdup_printf ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s>\n%s"
                          "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n%s\n",
                          from, to, subject, date, message_id, extra_headers != NULL ? extra_headers : "", body);
}

static void
deliver (Fixture    *f,
         const char *mailbox,
         const char *message_id,
         const char *extra_headers)
{
  g_autofree char *raw = NULL;

  if (g_strcmp0 (mailbox, "Sent") == 0)
    raw = make_mail ("Alice <" FD_TEST_FIRM ">", FD_TEST_CUSTOMER, message_id, "Our offer", extra_headers, "Here it is.");
  else
    raw = make_mail ("Bob <" FD_TEST_CUSTOMER ">", FD_TEST_FIRM, message_id, "My order is late", extra_headers,
                     "Where is my parcel? I ordered two weeks ago.");
  g_assert_true (fd_test_dovecot_deliver (f->dovecot, FD_TEST_FIRM, mailbox, raw));
}

static void
synced_cb (FdSyncManager *manager,
           FdAccount     *account,
           guint          n_new,
           guint          n_sent,
           gpointer       user_data)
{
  guint *n_runs = user_data;

  (*n_runs)++;
}

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
deadline_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds, or fails after @seconds. A
 * short wake-up keeps looking at what only shows in files (Dovecot's
 * rawlog, the store written by a worker's own connection). */
static gboolean
wait_until (Fixture    *f,
            gboolean  (*condition) (Fixture *f, gpointer data),
            gpointer    data,
            guint       seconds)
{
  gboolean timed_out = FALSE;
  guint deadline = g_timeout_add_seconds (seconds, deadline_cb, &timed_out);
  guint wake = g_timeout_add (20, wake_cb, NULL);

  while (!condition (f, data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  if (!timed_out)
    g_source_remove (deadline);

  return condition (f, data);
}

static gboolean
first_run_done_and_idling (Fixture  *f,
                           gpointer  data)
{
  return *(guint *) data >= 1 && fd_test_dovecot_is_idling (f->dovecot);
}

static gboolean
has_five_messages (Fixture  *f,
                   gpointer  data)
{
  return count_messages (f) == 5;
}

/* Tests */

static void
test_sync (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n_runs = 0;

  if (f->dovecot == NULL)
    return;

  deliver (f, "INBOX", "m1@test.local", NULL);
  deliver (f, "INBOX", "m2@test.local", NULL);
  deliver (f, "Sent", "s1@test.local", NULL);
  add_account (f);

  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT direction FROM messages WHERE remote_id = ?", "s1@test.local"), ==, FD_DIRECTION_OUT);
  g_assert_cmpint (query_int (f, "SELECT direction FROM messages WHERE remote_id = ?", "m1@test.local"), ==, FD_DIRECTION_IN);
  g_assert_cmpint (state_of (f, "m1@test.local"), ==, FD_MESSAGE_STATE_UNREAD);

  /* The folders' state is kept in this profile, whatever the default
   * profile is. */
  {
    g_autofree char *account = g_strdup_printf ("account-%" G_GINT64_FORMAT, fd_account_get_id (f->account));
    g_autofree char *state = g_build_filename (f->dir, "email", account, NULL);
    g_autofree char *elsewhere = g_build_filename (g_get_user_data_dir (), "frontdesk", "email", NULL);

    g_assert_true (g_file_test (state, G_FILE_TEST_IS_DIR));
    g_assert_false (g_file_test (elsewhere, G_FILE_TEST_EXISTS));
  }

  /* Incremental: only the new one, nothing twice. */
  deliver (f, "INBOX", "m3@test.local", NULL);
  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 4);
  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 4);

  /* IDLE: a new message arrives without anyone asking. Polling is put
   * an hour away, so only the push connection can bring it. The message
   * goes in only once the run that start() schedules has finished (it
   * would otherwise fetch it) and Dovecot's rawlog shows the push
   * connection in IDLE, answered "+ idling": from then on the server
   * tells that connection about new mail, and nothing else asks. */
  g_object_set (f->manager, "poll-interval", 60 * 60 * 1000, NULL);
  g_signal_connect (f->manager, "account-synced", G_CALLBACK (synced_cb), &n_runs);
  g_assert_true (fd_sync_manager_start (f->manager, &error));
  g_assert_no_error (error);
  g_assert_true (wait_until (f, first_run_done_and_idling, &n_runs, 60));
  g_assert_cmpuint (n_runs, ==, 1);
  g_assert_cmpint (count_messages (f), ==, 4);

  deliver (f, "INBOX", "m4@test.local", NULL);
  g_assert_true (wait_until (f, has_five_messages, NULL, 60));
  g_assert_cmpint (state_of (f, "m4@test.local"), ==, FD_MESSAGE_STATE_UNREAD);
  g_signal_handlers_disconnect_by_func (f->manager, synced_cb, &n_runs);
}

static void
test_uidvalidity (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *out = NULL;

  if (f->dovecot == NULL)
    return;

  deliver (f, "INBOX", "u1@test.local", NULL);
  deliver (f, "INBOX", "u2@test.local", NULL);
  add_account (f);
  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 2);

  out = fd_test_dovecot_doveadm (f->dovecot, NULL, "mailbox", "update", "-u", FD_TEST_FIRM,
                                 "--uid-validity", "424242", "INBOX", NULL);
  g_assert_nonnull (out);
  deliver (f, "INBOX", "u3@test.local", NULL);

  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM messages WHERE remote_id = ?", "u1@test.local"), ==, 1);
}

static void
test_flags (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(FdOutbox) outbox = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *flags = NULL;

  if (f->dovecot == NULL)
    return;

  deliver (f, "INBOX", "f1@test.local", NULL);
  deliver (f, "INBOX", "f2@test.local", NULL);
  deliver (f, "INBOX", "f3@test.local", NULL);
  add_account (f);
  g_assert_true (sync_once (f));

  /* Server -> Frontdesk */
  out = fd_test_dovecot_doveadm (f->dovecot, NULL, "flags", "add", "-u", FD_TEST_FIRM, "\\Seen",
                                 "mailbox", "INBOX", "uid", "1", NULL);
  g_assert_nonnull (out);
  g_assert_true (sync_once (f));
  g_assert_cmpint (state_of (f, "f1@test.local"), ==, FD_MESSAGE_STATE_READ);
  g_assert_cmpint (state_of (f, "f2@test.local"), ==, FD_MESSAGE_STATE_UNREAD);

  /* Answered from another mail program: answered here too. */
  g_clear_pointer (&out, g_free);
  out = fd_test_dovecot_doveadm (f->dovecot, NULL, "flags", "add", "-u", FD_TEST_FIRM, "\\Answered",
                                 "mailbox", "INBOX", "uid", "1", NULL);
  g_assert_nonnull (out);
  g_assert_true (sync_once (f));
  g_assert_cmpint (state_of (f, "f1@test.local"), ==, FD_MESSAGE_STATE_ANSWERED);
  g_assert_cmpint (state_of (f, "f2@test.local"), ==, FD_MESSAGE_STATE_UNREAD);

  /* Frontdesk -> server */
  outbox = fd_outbox_new (f->store);
  g_assert_cmpint (fd_outbox_queue_state (outbox, id_of (f, "f2@test.local"), FD_MESSAGE_STATE_ANSWERED, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (sync_once (f));
  flags = fd_test_dovecot_doveadm (f->dovecot, NULL, "fetch", "-u", FD_TEST_FIRM, "flags",
                                   "mailbox", "INBOX", "uid", "2", NULL);
  g_assert_nonnull (strstr (flags, "\\Answered"));
  g_assert_nonnull (strstr (flags, "\\Seen"));

  /* Removed on the server: kept here, archived. */
  g_clear_pointer (&out, g_free);
  out = fd_test_dovecot_doveadm (f->dovecot, NULL, "expunge", "-u", FD_TEST_FIRM,
                                 "mailbox", "INBOX", "uid", "3", NULL);
  g_assert_nonnull (out);
  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 3);
  g_assert_cmpint (state_of (f, "f3@test.local"), ==, FD_MESSAGE_STATE_ARCHIVED);
}

static char *
wait_for_customer_mail (Fixture *f)
{
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *out = fd_test_dovecot_doveadm (f->dovecot, NULL, "fetch", "-u", FD_TEST_CUSTOMER, "hdr",
                                                      "mailbox", "INBOX", NULL);

      if (out != NULL && strstr (out, "In-Reply-To") != NULL)
        return g_steal_pointer (&out);
      g_usleep (50 * 1000);
    }

  return NULL;
}

static void
test_reply (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *headers = NULL;
  g_autofree char *sent = NULL;
  gint64 reply_id;

  if (f->dovecot == NULL)
    return;

  deliver (f, "INBOX", "q2@test.local", "References: <q0@test.local> <q1@test.local>\nIn-Reply-To: <q1@test.local>\n");
  add_account (f);
  g_assert_true (sync_once (f));

  reply_id = fd_test_queue_reply (f->store, id_of (f, "q2@test.local"), "Your parcel left today. Sorry!", &error);
  g_assert_no_error (error);
  g_assert_cmpint (reply_id, >, 0);
  g_assert_true (sync_once (f));
  g_assert_cmpuint (fd_account_get_outbox_waiting (f->account), ==, 0);

  headers = wait_for_customer_mail (f);
  g_assert_nonnull (headers);
  g_assert_nonnull (strstr (headers, "In-Reply-To: <q2@test.local>"));
  g_assert_nonnull (strstr (headers, "<q0@test.local> <q1@test.local> <q2@test.local>"));
  g_assert_nonnull (strstr (headers, "Subject: Re: My order is late"));
  g_assert_nonnull (strstr (headers, "@test.local>"));

  /* Filed in Sent, seen, and synced back as the same message. */
  sent = fd_test_dovecot_doveadm (f->dovecot, NULL, "fetch", "-u", FD_TEST_FIRM, "flags hdr.message-id",
                                  "mailbox", "Sent", NULL);
  g_assert_nonnull (sent);
  g_assert_nonnull (strstr (sent, "\\Seen"));
  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM messages WHERE remote_id LIKE '%@test.local' AND direction = 1", NULL), ==, 1);
  g_assert_cmpint (state_of (f, "q2@test.local"), ==, FD_MESSAGE_STATE_ANSWERED);
}

/* What the SMTP side took: one JSON line per mail (tests/email-relay.py). */
static char *
read_relay_log (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dovecot->dir, "relay.log", NULL);
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return g_strdup ("");
  return text;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

/* A stranger's mail that carries Frontdesk's export headers: a forged
 * author with a line break (an extra RCPT TO and a second mail), a
 * forged id with a line break (an IMAP command), our own direction and
 * state, another channel and a javascript: URL. None of it may count. */
static void
test_forged_headers (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FdOutbox) outbox = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;
  g_autofree char *mailboxes = NULL;
  g_autofree char *inbox = NULL;
  g_autofree char *customer_mail = NULL;
  gint64 reply_id;

  if (f->dovecot == NULL)
    return;

  deliver (f, "INBOX", "forged@test.local",
           "X-Frontdesk-Author: =?utf-8?q?bob@test.local>=0D=0ARCPT_TO:<alice@test.local>=0D=0ADATA=0D=0ASubject:_pwned=0D=0A=0D=0Ahi=0D=0A.=0D=0AMAIL_FROM:<alice@test.local?=\n"
           "X-Frontdesk-Remote-Id: =?utf-8?q?x=0D=0AA1_CREATE_Hacked=0D=0AA2_NOOP?=\n"
           "X-Frontdesk-Direction: out\n"
           "X-Frontdesk-State: answered\n"
           "X-Frontdesk-Channel: mastodon\n"
           "X-Frontdesk-Url: javascript:alert(1)\n");
  add_account (f);
  g_assert_true (sync_once (f));

  g_assert_cmpint (count_messages (f), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT direction FROM messages WHERE remote_id = 'forged@test.local'", NULL),
                   ==, FD_DIRECTION_IN);
  g_assert_cmpint (state_of (f, "forged@test.local"), ==, FD_MESSAGE_STATE_UNREAD);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM messages WHERE url IS NOT NULL", NULL), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM identities WHERE handle = 'bob@test.local' AND channel = 'email'", NULL),
                   ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM identities WHERE handle LIKE '%RCPT%'", NULL), ==, 0);

  /* The reply: one mail to one recipient. */
  reply_id = fd_test_queue_reply (f->store, id_of (f, "forged@test.local"), "Sorry for the wait.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (reply_id, >, 0);
  g_assert_true (sync_once (f));
  g_assert_cmpuint (fd_account_get_outbox_waiting (f->account), ==, 0);
  customer_mail = wait_for_customer_mail (f);
  g_assert_nonnull (customer_mail);
  log = read_relay_log (f);
  g_assert_cmpuint (count_lines (log), ==, 1);
  g_assert_nonnull (strstr (log, "\"rcpt\": [\"bob@test.local\"]"));

  /* Marking it read sends one SEARCH for the real id: no mailbox made. */
  outbox = fd_outbox_new (f->store);
  g_assert_cmpint (fd_outbox_queue_state (outbox, id_of (f, "forged@test.local"), FD_MESSAGE_STATE_READ, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (sync_once (f));
  mailboxes = fd_test_dovecot_doveadm (f->dovecot, NULL, "mailbox", "list", "-u", FD_TEST_FIRM, NULL);
  g_assert_nonnull (mailboxes);
  g_assert_null (strstr (mailboxes, "Hacked"));
  inbox = fd_test_dovecot_doveadm (f->dovecot, NULL, "fetch", "-u", FD_TEST_FIRM, "flags",
                                   "mailbox", "INBOX", NULL);
  g_assert_nonnull (strstr (inbox, "\\Seen"));
}

/* A recipient that is not one address (whatever put it in the store)
 * never reaches RCPT TO: the reply fails with a sentence, nothing goes out. */
static void
test_unsafe_recipient (Fixture       *f,
                       gconstpointer  data)
{
  static const char * const bad[] = {
    "bob@test.local>\r\nRCPT TO:<alice@test.local",
    "bob@test.local, alice@test.local",
    "not an address",
  };
  g_autoptr(FdOutbox) outbox = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;

  if (f->dovecot == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *id = g_strdup_printf ("unsafe%u@test.local", i);

      deliver (f, "INBOX", id, NULL);
    }
  add_account (f);
  g_assert_true (sync_once (f));
  outbox = fd_outbox_new (f->store);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *id = g_strdup_printf ("unsafe%u@test.local", i);
      g_autoptr(FdOutboxEntry) entry = NULL;
      sqlite3_stmt *stmt = NULL;
      gint64 reply_id;

      /* The handle as a careless import or an older version stored it */
      g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store),
                                           "UPDATE identities SET handle = ? WHERE handle = 'bob@test.local'",
                                           -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, bad[i], -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);

      reply_id = fd_test_queue_reply (f->store, id_of (f, id), "Hello", &error);
      g_assert_no_error (error);
      g_assert_cmpint (reply_id, >, 0);
      g_assert_true (sync_once (f));

      entry = fd_outbox_get (outbox, query_int (f, "SELECT max(id) FROM outbox", NULL), &error);
      g_assert_no_error (error);
      g_assert_cmpint (entry->state, ==, FD_OUTBOX_FAILED);
      g_assert_nonnull (strstr (entry->error, "not one valid email address"));

      /* back to the real address for the next round */
      g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store),
                                           "UPDATE identities SET handle = 'bob@test.local' WHERE handle = ?",
                                           -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, bad[i], -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);
    }

  log = read_relay_log (f);
  g_assert_cmpstr (log, ==, "");
}

/* Messages in @user's @mailbox, as Dovecot counts them. */
static guint
count_mailbox (Fixture    *f,
               const char *user,
               const char *mailbox)
{
  g_autofree char *out = fd_test_dovecot_doveadm (f->dovecot, NULL, "mailbox", "status", "-u", user,
                                                  "messages", mailbox, NULL);
  const char *value;

  g_assert_nonnull (out);
  value = strstr (out, "messages=");
  g_assert_nonnull (value);
  return (guint) g_ascii_strtoull (value + strlen ("messages="), NULL, 10);
}

/* Frontdesk died after the server took the reply (sent and filed in
 * Sent) but before the outbox learned it: the entry is still "sending",
 * as claim_next committed it. The next run must find the reply in Sent
 * by its Message-ID and not send it a second time. */
static void
test_reply_after_crash (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(FdOutbox) outbox = NULL;
  g_autoptr(FdOutboxEntry) entry = NULL;
  g_autoptr(FdOutboxEntry) after = NULL;
  g_autoptr(FdEmailProvider) provider = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *remote_id = NULL;
  g_autofree char *log = NULL;
  gboolean uncertain = TRUE;
  gint64 reply_id, entry_id;

  if (f->dovecot == NULL)
    return;

  deliver (f, "INBOX", "c1@test.local", NULL);
  add_account (f);
  g_assert_true (sync_once (f));

  reply_id = fd_test_queue_reply (f->store, id_of (f, "c1@test.local"), "It left the warehouse today.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (reply_id, >, 0);

  /* The attempt that died: claimed (committed as sending), sent through
   * the provider, and never marked sent. */
  outbox = fd_outbox_new (f->store);
  entry = fd_outbox_claim_next (outbox, fd_account_get_id (f->account), &uncertain, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_assert_false (uncertain);
  entry_id = entry->id;
  g_assert_true (fd_outbox_entry_parse_payload (entry, &error));
  g_assert_no_error (error);
  provider = fd_email_provider_new (f->account, f->dir);
  remote_id = fd_provider_send (FD_PROVIDER (provider), entry, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (remote_id);
  g_clear_object (&provider);

  log = read_relay_log (f);
  g_assert_cmpuint (count_lines (log), ==, 1);
  g_assert_cmpuint (count_mailbox (f, FD_TEST_CUSTOMER, "INBOX"), ==, 1);
  g_assert_cmpuint (count_mailbox (f, FD_TEST_FIRM, "Sent"), ==, 1);
  after = fd_outbox_get (outbox, entry_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after->state, ==, FD_OUTBOX_SENDING);
  g_clear_pointer (&after, fd_outbox_entry_free);

  /* The next run: the entry is uncertain and is found in Sent. */
  g_assert_true (sync_once (f));
  g_assert_cmpuint (fd_account_get_outbox_waiting (f->account), ==, 0);
  after = fd_outbox_get (outbox, entry_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after->state, ==, FD_OUTBOX_SENT);
  g_assert_cmpuint (after->attempts, ==, 2);

  g_clear_pointer (&log, g_free);
  log = read_relay_log (f);
  g_assert_cmpuint (count_lines (log), ==, 1);
  g_assert_cmpuint (count_mailbox (f, FD_TEST_CUSTOMER, "INBOX"), ==, 1);
  g_assert_cmpuint (count_mailbox (f, FD_TEST_FIRM, "Sent"), ==, 1);

  /* Our message took the Message-ID it went out with, and only once. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM messages WHERE remote_id = ?", remote_id), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM messages WHERE direction = 1", NULL), ==, 1);
  g_assert_cmpint (state_of (f, "c1@test.local"), ==, FD_MESSAGE_STATE_ANSWERED);
}

/* An SMTP server that takes a whole mail and hangs up before answering
 * it: the client cannot know whether the mail went on. It asks for no
 * sign-in, as a local relay. */
typedef struct
{
  GSocketService *service;
  GMainContext   *context;  /* its own thread's: the test's blocks in libetpan */
  GThread        *thread;
  gint            stop;
  guint16         port;
  GMutex          lock;
  GString        *data;     /* the mails it took */
} DroppingSmtp;

static void
smtp_say (GOutputStream *out,
          const char    *line)
{
  g_output_stream_write_all (out, line, strlen (line), NULL, NULL, NULL);
  g_output_stream_write_all (out, "\r\n", 2, NULL, NULL, NULL);
}

static gboolean
dropping_smtp_run_cb (GThreadedSocketService *service,
                      GSocketConnection      *connection,
                      GObject                *source_object,
                      gpointer                user_data)
{
  DroppingSmtp *self = user_data;
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  g_autoptr(GDataInputStream) in = g_data_input_stream_new (g_io_stream_get_input_stream (G_IO_STREAM (connection)));
  gboolean in_data = FALSE;
  char *line;

  g_data_input_stream_set_newline_type (in, G_DATA_STREAM_NEWLINE_TYPE_CR_LF);
  smtp_say (out, "220 drop.test.local ESMTP");
  while ((line = g_data_input_stream_read_line (in, NULL, NULL, NULL)) != NULL)
    {
      g_autofree char *owned = line;

      if (in_data)
        {
          /* The end of the mail: hang up without a word. */
          if (g_str_equal (line, "."))
            break;
          g_mutex_lock (&self->lock);
          g_string_append_printf (self->data, "%s\n", line);
          g_mutex_unlock (&self->lock);
        }
      else if (g_ascii_strncasecmp (line, "EHLO", 4) == 0)
        smtp_say (out, "250-drop.test.local\r\n250 8BITMIME");
      else if (g_ascii_strncasecmp (line, "DATA", 4) == 0)
        {
          smtp_say (out, "354 go on");
          in_data = TRUE;
        }
      else if (g_ascii_strncasecmp (line, "QUIT", 4) == 0)
        {
          smtp_say (out, "221 bye");
          break;
        }
      else
        smtp_say (out, "250 ok");
    }
  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);

  return TRUE;
}

static gpointer
dropping_smtp_thread (gpointer user_data)
{
  DroppingSmtp *self = user_data;

  g_main_context_push_thread_default (self->context);
  while (!g_atomic_int_get (&self->stop))
    g_main_context_iteration (self->context, TRUE);
  g_main_context_pop_thread_default (self->context);

  return NULL;
}

static DroppingSmtp *
dropping_smtp_start (void)
{
  DroppingSmtp *self = g_new0 (DroppingSmtp, 1);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) effective = NULL;
  g_autoptr(GError) error = NULL;

  g_mutex_init (&self->lock);
  self->data = g_string_new (NULL);
  self->context = g_main_context_new ();

  /* Connections are accepted in the context the service starts in. */
  g_main_context_push_thread_default (self->context);
  self->service = g_threaded_socket_service_new (2);
  g_assert_true (g_socket_listener_add_address (G_SOCKET_LISTENER (self->service), address, G_SOCKET_TYPE_STREAM,
                                                G_SOCKET_PROTOCOL_TCP, NULL, &effective, &error));
  g_assert_no_error (error);
  self->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  g_signal_connect (self->service, "run", G_CALLBACK (dropping_smtp_run_cb), self);
  g_socket_service_start (self->service);
  g_main_context_pop_thread_default (self->context);

  self->thread = g_thread_new ("dropping-smtp", dropping_smtp_thread, self);

  return self;
}

static void
dropping_smtp_free (DroppingSmtp *self)
{
  g_atomic_int_set (&self->stop, TRUE);
  g_main_context_wakeup (self->context);
  g_thread_join (self->thread);
  g_socket_service_stop (self->service);
  g_socket_listener_close (G_SOCKET_LISTENER (self->service));
  g_clear_object (&self->service);
  g_main_context_unref (self->context);
  g_string_free (self->data, TRUE);
  g_mutex_clear (&self->lock);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DroppingSmtp, dropping_smtp_free)

/* The SMTP server took the whole reply and the connection dropped
 * before its answer: the attempt is uncertain, so the entry stays
 * "sending" (not "pending") and the next attempt looks in Sent first.
 * The mail never went on here, so the next attempt sends it: the
 * customer gets it once. */
static void
test_reply_data_dropped (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(DroppingSmtp) smtp = NULL;
  g_autoptr(FdEmailConfig) config = NULL;
  g_autoptr(FdOutbox) outbox = NULL;
  g_autoptr(FdOutboxEntry) entry = NULL;
  g_autoptr(FdEmailProvider) provider = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;
  gint64 entry_id;
  guint n_done = 0;

  if (f->dovecot == NULL)
    return;

  deliver (f, "INBOX", "dd1@test.local", NULL);
  add_account (f);
  g_assert_true (sync_once (f));
  g_assert_cmpint (fd_test_queue_reply (f->store, id_of (f, "dd1@test.local"), "A new one goes out today.", &error), >, 0);
  g_assert_no_error (error);
  outbox = fd_outbox_new (f->store);
  entry_id = query_int (f, "SELECT max(id) FROM outbox", NULL);

  /* This attempt goes to the server that hangs up. */
  smtp = dropping_smtp_start ();
  config = fd_email_config_new_from_account (f->account);
  config->smtp_port = smtp->port;
  fd_email_config_apply_to_account (config, f->account);
  provider = fd_email_provider_new (f->account, f->dir);

  g_assert_false (fd_outbox_process (outbox, FD_PROVIDER (provider), fd_account_get_id (f->account), &n_done, NULL, &error));
  g_assert_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_UNCERTAIN);
  g_clear_error (&error);
  g_assert_cmpuint (n_done, ==, 0);
  entry = fd_outbox_get (outbox, entry_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (entry->state, ==, FD_OUTBOX_SENDING);
  g_assert_cmpuint (entry->attempts, ==, 1);
  g_assert_nonnull (entry->error);
  g_clear_pointer (&entry, fd_outbox_entry_free);

  g_mutex_lock (&smtp->lock);
  g_assert_nonnull (strstr (smtp->data->str, "A new one goes out today."));
  g_mutex_unlock (&smtp->lock);
  log = read_relay_log (f);
  g_assert_cmpuint (count_lines (log), ==, 0);

  /* The next attempt, through the real server: Sent has no copy, so
   * the reply goes out, once. */
  config->smtp_port = f->dovecot->submission_port;
  fd_email_config_apply_to_account (config, f->account);
  g_assert_true (fd_outbox_process (outbox, FD_PROVIDER (provider), fd_account_get_id (f->account), &n_done, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_done, ==, 1);
  entry = fd_outbox_get (outbox, entry_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (entry->state, ==, FD_OUTBOX_SENT);
  g_assert_cmpuint (entry->attempts, ==, 2);
  g_clear_pointer (&log, g_free);
  log = read_relay_log (f);
  g_assert_cmpuint (count_lines (log), ==, 1);
  g_assert_cmpuint (count_mailbox (f, FD_TEST_CUSTOMER, "INBOX"), ==, 1);
}

/* Peak resident memory of this process in KiB since the last reset. */
static gint64
peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      !(line = strstr (status, "VmHWM:")))
    return -1;
  return g_ascii_strtoll (line + 6, NULL, 10);
}

static void
reset_peak_rss (void)
{
  /* Writing 5 resets VmHWM (Linux 4.0 and later). */
  FILE *file = fopen ("/proc/self/clear_refs", "w");

  g_assert_nonnull (file);
  g_assert_cmpint (fputs ("5", file), >=, 0);
  g_assert_cmpint (fclose (file), ==, 0);
}

/* A 60 MB mail: fetched in part and marked truncated, the mail after it
 * arrives in the same sync, and memory does not grow with its size. */
static void
test_huge_message (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GString) raw = g_string_sized_new (62 * 1024 * 1024);
  gint64 before, peak;

  if (f->dovecot == NULL)
    return;

  g_string_append (raw, "From: Bob <" FD_TEST_CUSTOMER ">\nTo: " FD_TEST_FIRM "\nSubject: Photos of the damage\n"
                        "Date: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <huge@test.local>\nMIME-Version: 1.0\n"
                        "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n"
                        "The lamp arrived broken, photos attached.\n--b\nContent-Type: application/octet-stream\n"
                        "Content-Disposition: attachment; filename=photos.bin\nContent-Transfer-Encoding: base64\n\n");
  while (raw->len < 60 * 1024 * 1024)
    g_string_append (raw, "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\n");
  g_string_append (raw, "--b--\n");
  g_assert_true (fd_test_dovecot_deliver (f->dovecot, FD_TEST_FIRM, "INBOX", raw->str));
  g_string_free (g_steal_pointer (&raw), TRUE);
  deliver (f, "INBOX", "after-huge@test.local", NULL);
  add_account (f);

  reset_peak_rss ();
  before = peak_rss_kib ();
  g_assert_true (sync_once (f));
  peak = peak_rss_kib ();
  g_test_message ("peak RSS grew by %" G_GINT64_FORMAT " KiB during the sync", peak - before);

  g_assert_cmpint (count_messages (f), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT truncated FROM messages WHERE remote_id = 'huge@test.local'", NULL), ==, 1);
  g_assert_cmpint (state_of (f, "after-huge@test.local"), ==, FD_MESSAGE_STATE_UNREAD);
  {
    g_autoptr(FdMessage) huge = fd_store_get_message (f->store, id_of (f, "huge@test.local"), NULL);

    g_assert_nonnull (huge);
    g_assert_nonnull (strstr (fd_message_get_text (huge), "lamp arrived broken"));
  }
  /* The whole mail would be 60 MB in memory at least once. */
  g_assert_cmpint (peak - before, <, 30 * 1024);

  /* The cursor moved on: nothing is fetched again. */
  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 2);
}

static void
test_wrong_password (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FdEmailConfig) config = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (f->dovecot == NULL)
    return;

  config = make_config (f->dovecot, FD_TEST_FIRM);
  id = fd_email_account_add (fd_store_get_data_dir (f->store), config, "Shop", "wrong", NULL, &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_AUTH);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "password"));

  accounts = fd_account_load_all (f->store, NULL);
  g_assert_cmpuint (accounts->len, ==, 0);
  g_assert_cmpuint (fd_test_keyring_count (fd_store_get_profile_id (f->store)), ==, 0);
}

static void
test_server_down (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *headers = NULL;

  if (f->dovecot == NULL)
    return;

  deliver (f, "INBOX", "d1@test.local", NULL);
  add_account (f);
  g_assert_true (sync_once (f));

  fd_test_dovecot_stop_server (f->dovecot);
  g_assert_cmpint (fd_test_queue_reply (f->store, id_of (f, "d1@test.local"), "On its way.", &error), >, 0);
  g_assert_no_error (error);
  g_assert_false (sync_once (f));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outbox WHERE state IN (0, 1)", NULL), ==, 1);

  g_assert_true (fd_test_dovecot_start_server (f->dovecot));
  g_assert_true (sync_once (f));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outbox WHERE state = 2", NULL), ==, 1);
  headers = wait_for_customer_mail (f);
  g_assert_nonnull (headers);
  g_assert_nonnull (strstr (headers, "In-Reply-To: <d1@test.local>"));
}

static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  static const char * const broken[] = {
    /* no headers at all */
    "just some text\nwithout any header\n",
    /* a bad charset and raw 8-bit bytes */
    "From: =?x-unknown?Q?J=FCrgen?= <j@test.local>\nSubject: \xe4\xf6\xfc\nMessage-ID: <bad1@test.local>\n"
    "Content-Type: text/plain; charset=x-nonsense\n\nGr\xfc\xdf" "e\n",
    /* a multipart without its closing boundary, bad base64 */
    "From: x@test.local\nMessage-ID: <bad2@test.local>\nMIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\nhello\n--zz\n"
    "Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n!!!notbase64***\n",
    /* a date in the year 99999 and an empty From */
    "From:\nDate: Mon, 1 Jan 99999 00:00:00 +0000\nMessage-ID: <bad3@test.local>\n\nbody\n",
  };

  if (f->dovecot == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    g_assert_true (fd_test_dovecot_deliver (f->dovecot, FD_TEST_FIRM, "INBOX", broken[i]));
  deliver (f, "INBOX", "good@test.local", NULL);
  add_account (f);

  g_assert_true (sync_once (f));
  g_assert_cmpint (state_of (f, "good@test.local"), ==, FD_MESSAGE_STATE_UNREAD);
  g_test_message ("%" G_GINT64_FORMAT " of %u messages imported", count_messages (f), (guint) G_N_ELEMENTS (broken) + 1);
  g_assert_cmpint (count_messages (f), >=, 3);
}

static void
test_tls (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(FdEmailConfig) config = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) smtp_error = NULL;

  if (f->dovecot == NULL)
    return;

  config = make_config (f->dovecot, FD_TEST_FIRM);
  config->imap_port = f->dovecot->imaps_port;
  config->imap_security = FD_EMAIL_SECURITY_TLS;
  config->smtp_security = FD_EMAIL_SECURITY_STARTTLS;

  g_assert_false (fd_email_test_login (config, FD_TEST_PASSWORD, NULL, &error));
  g_assert_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_UNTRUSTED_CERTIFICATE);
  g_test_message ("%s", error->message);
  g_assert_cmpstr (fd_email_error_get_fingerprint (error), ==, f->dovecot->cert_fingerprint);
  g_assert_nonnull (strstr (error->message, f->dovecot->cert_fingerprint));
  g_assert_cmpint (fd_email_account_add (fd_store_get_data_dir (f->store), config, "Shop", FD_TEST_PASSWORD, NULL, NULL), ==, 0);

  /* STARTTLS on IMAP gets the same verification. */
  config->imap_port = f->dovecot->imap_port;
  config->imap_security = FD_EMAIL_SECURITY_STARTTLS;
  g_clear_error (&error);
  g_assert_false (fd_email_test_login (config, FD_TEST_PASSWORD, NULL, &error));
  g_assert_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_UNTRUSTED_CERTIFICATE);

  /* Trusted by the person: IMAP (STARTTLS) and SMTP (STARTTLS) work. */
  fd_email_config_add_trusted (config, fd_email_error_get_fingerprint (error));
  g_clear_error (&error);
  g_assert_true (fd_email_test_login (config, FD_TEST_PASSWORD, NULL, &error));
  g_assert_no_error (error);

  config->imap_port = f->dovecot->imaps_port;
  config->imap_security = FD_EMAIL_SECURITY_TLS;
  g_assert_true (fd_email_test_login (config, FD_TEST_PASSWORD, NULL, &error));
  g_assert_no_error (error);

  /* A different pinned certificate does not help. */
  g_strfreev (config->trusted_certificates);
  config->trusted_certificates = g_strsplit ("00:11:22", ",", -1);
  g_assert_false (fd_email_test_login (config, FD_TEST_PASSWORD, NULL, &smtp_error));
  g_assert_error (smtp_error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_UNTRUSTED_CERTIFICATE);
}

/* Adding an account as frontdesk-cli does, by the channel's name and
 * parameters (fd-account-setup.h): an untrusted certificate refuses with
 * its fingerprint, which the "trust-certificate" parameter accepts. */
static void
test_setup_by_parameters (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GHashTable) params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autofree char *note = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *settings = NULL;

  if (f->dovecot == NULL)
    return;

  g_hash_table_insert (params, g_strdup ("address"), g_strdup (FD_TEST_FIRM));
  g_hash_table_insert (params, g_strdup ("name"), g_strdup ("Shop"));
  g_hash_table_insert (params, g_strdup ("imap-host"), g_strdup ("127.0.0.1"));
  g_hash_table_insert (params, g_strdup ("imap-port"), g_strdup_printf ("%u", f->dovecot->imaps_port));
  g_hash_table_insert (params, g_strdup ("imap-security"), g_strdup ("bogus"));
  g_hash_table_insert (params, g_strdup ("smtp-host"), g_strdup ("127.0.0.1"));
  g_hash_table_insert (params, g_strdup ("smtp-port"), g_strdup_printf ("%u", f->dovecot->submission_port));
  g_hash_table_insert (params, g_strdup ("smtp-security"), g_strdup ("starttls"));

  /* Checked before any server is asked. */
  g_assert_false (fd_account_setup_check ("email", params, &error));
  g_assert_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fd_account_setup_check ("fax", params, &error));
  g_assert_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_NOT_SUPPORTED);
  g_clear_error (&error);
  g_assert_true (fd_account_setup_can_add ("email"));
  g_assert_true (fd_account_setup_can_add ("bluesky"));
  g_assert_false (fd_account_setup_can_add ("fax"));

  g_hash_table_insert (params, g_strdup ("imap-security"), g_strdup ("tls"));
  g_assert_true (fd_account_setup_check ("email", params, &error));
  g_assert_no_error (error);

  g_assert_null (fd_account_setup_add_sync (f->dir, "email", params, FD_TEST_PASSWORD, &note, NULL, &error));
  g_assert_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_UNTRUSTED_CERTIFICATE);
  g_assert_cmpstr (fd_account_setup_error_get_fingerprint (error), ==, f->dovecot->cert_fingerprint);
  g_clear_error (&error);
  g_assert_cmpint (count_accounts (f), ==, 0);

  g_hash_table_insert (params, g_strdup ("trust-certificate"), g_strdup (f->dovecot->cert_fingerprint));
  account = fd_account_setup_add_sync (f->dir, "email", params, FD_TEST_PASSWORD, &note, NULL, &error);
  g_assert_no_error (error);
  f->account = g_object_ref (account);
  /* Servers given: nothing was looked up. */
  g_assert_null (note);
  g_assert_cmpint (fd_account_get_id (account), >, 0);
  g_assert_cmpstr (fd_account_get_channel (account), ==, "email");
  g_assert_cmpstr (fd_account_get_name (account), ==, "Shop");
  g_assert_cmpstr (fd_account_get_address (account), ==, FD_TEST_FIRM);
  settings = fd_account_dup_setting_string (account, "trusted-certificates");
  g_assert_nonnull (settings);
  g_assert_cmpstr (settings, !=, "");
  g_assert_cmpint (count_accounts (f), ==, 1);

  secret = fd_secrets_lookup_sync (account, "password", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, FD_TEST_PASSWORD);

  /* Mail accounts are not matched: the same again is a second one. */
  {
    g_autoptr(FdAccount) second = fd_account_setup_add_sync (f->dir, "email", params, FD_TEST_PASSWORD,
                                                             NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (fd_account_get_id (second), >, fd_account_get_id (account));
    fd_secrets_clear_sync (second, NULL, NULL, NULL);
  }
}

static void
test_autoconfig (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"example.org\">"
    "<domain>example.org</domain>"
    "<incomingServer type=\"pop3\"><hostname>pop.example.org</hostname><port>995</port><socketType>SSL</socketType></incomingServer>"
    "<incomingServer type=\"imap\"><hostname>imap.example.org</hostname><port>143</port><socketType>STARTTLS</socketType>"
    "<username>%EMAILLOCALPART%</username></incomingServer>"
    "<outgoingServer type=\"smtp\"><hostname>smtp.%EMAILDOMAIN%</hostname><port>465</port><socketType>SSL</socketType>"
    "<username>%EMAILADDRESS%</username></outgoingServer></emailProvider></clientConfig>";
  g_autoptr(FdEmailConfig) config = NULL;
  g_autoptr(FdEmailConfig) gmail = NULL;
  g_autoptr(GError) error = NULL;

  config = fd_email_autoconfig_parse_xml (xml, strlen (xml), "ann@example.org", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (config->imap_host, ==, "imap.example.org");
  g_assert_cmpuint (config->imap_port, ==, 143);
  g_assert_cmpint (config->imap_security, ==, FD_EMAIL_SECURITY_STARTTLS);
  g_assert_cmpstr (config->username, ==, "ann");
  g_assert_cmpstr (config->smtp_host, ==, "smtp.example.org");
  g_assert_cmpint (config->smtp_security, ==, FD_EMAIL_SECURITY_TLS);

  g_assert_null (fd_email_autoconfig_parse_xml ("<html/>", 7, "ann@example.org", NULL));

  gmail = fd_email_autoconfig_lookup_builtin ("Someone@gmail.com");
  g_assert_nonnull (gmail);
  g_assert_cmpstr (gmail->imap_host, ==, "imap.gmail.com");
  g_assert_true (gmail->server_saves_sent);
  g_assert_null (fd_email_autoconfig_lookup_builtin ("x@unknown.invalid"));
}

/* Plain servers listed first must not win over encrypted ones. */
static void
test_autoconfig_prefers_encrypted (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"example.org\">"
    "<incomingServer type=\"imap\"><hostname>plain.example.org</hostname><port>143</port><socketType>plain</socketType></incomingServer>"
    "<incomingServer type=\"imap\"><hostname>imap.example.org</hostname><port>993</port><socketType>SSL</socketType></incomingServer>"
    "<outgoingServer type=\"smtp\"><hostname>plain.example.org</hostname><port>25</port><socketType>plain</socketType></outgoingServer>"
    "<outgoingServer type=\"smtp\"><hostname>smtp.example.org</hostname><port>587</port><socketType>STARTTLS</socketType></outgoingServer>"
    "</emailProvider></clientConfig>";
  g_autoptr(FdEmailConfig) config = NULL;
  g_autoptr(GError) error = NULL;

  config = fd_email_autoconfig_parse_xml (xml, strlen (xml), "ann@example.org", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (config->imap_host, ==, "imap.example.org");
  g_assert_cmpint (config->imap_security, ==, FD_EMAIL_SECURITY_TLS);
  g_assert_cmpstr (config->smtp_host, ==, "smtp.example.org");
  g_assert_cmpint (config->smtp_security, ==, FD_EMAIL_SECURITY_STARTTLS);
}

/* A resolver that answers SRV queries from a table: DNS as an attacker
 * on the network could answer it, without a DNS server. */
#define TEST_TYPE_RESOLVER (test_resolver_get_type ())
G_DECLARE_FINAL_TYPE (TestResolver, test_resolver, TEST, RESOLVER, GResolver)

struct _TestResolver
{
  GResolver   parent_instance;
  const char *target;   /* the host every SRV record names */
};

G_DEFINE_FINAL_TYPE (TestResolver, test_resolver, G_TYPE_RESOLVER)

static GList *
test_resolver_lookup_service (GResolver     *resolver,
                              const char    *rrname,
                              GCancellable  *cancellable,
                              GError       **error)
{
  TestResolver *self = TEST_RESOLVER (resolver);
  guint16 port = g_str_has_prefix (rrname, "_imaps.") ? 993 : g_str_has_prefix (rrname, "_submissions.") ? 465 : 0;

  if (port == 0)
    {
      g_set_error (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND, "no record");
      return NULL;
    }
  return g_list_append (NULL, g_srv_target_new (self->target, port, 0, 0));
}

static void
test_resolver_class_init (TestResolverClass *klass)
{
  G_RESOLVER_CLASS (klass)->lookup_service = test_resolver_lookup_service;
}

static void
test_resolver_init (TestResolver *self)
{
}

/* DNS SRV records that point into the domain are used; ones that point
 * at another domain are not taken without the person saying so. */
static void
test_autoconfig_srv_other_domain (void)
{
  g_autoptr(GResolver) saved = g_resolver_get_default ();
  g_autoptr(TestResolver) resolver = g_object_new (TEST_TYPE_RESOLVER, NULL);
  g_autoptr(FdEmailConfig) config = NULL;
  g_autoptr(GError) error = NULL;

  /* No settings file: a closed loopback port answers at once. */
  g_setenv ("FRONTDESK_AUTOCONFIG_URL", "http://127.0.0.1:1/config-v1.1.xml", TRUE);
  g_resolver_set_default (G_RESOLVER (resolver));

  resolver->target = "mail.shop.example";
  config = fd_email_autoconfig_lookup ("ann@shop.example", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (config->imap_host, ==, "mail.shop.example");
  g_assert_cmpint (config->imap_security, ==, FD_EMAIL_SECURITY_TLS);
  g_clear_pointer (&config, fd_email_config_free);

  resolver->target = "mail.evil-shop.example";
  config = fd_email_autoconfig_lookup ("ann@shop.example", NULL, &error);
  g_assert_null (config);
  g_assert_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A suffix that is not a subdomain is another domain. */
  resolver->target = "mail.notshop.example";
  config = fd_email_autoconfig_lookup ("ann@shop.example", NULL, &error);
  g_assert_null (config);
  g_clear_error (&error);

  g_resolver_set_default (saved);
  g_unsetenv ("FRONTDESK_AUTOCONFIG_URL");
}

/* "None" is refused for a server on the network unless allowed, and
 * always fine on this computer. */
static void
test_unencrypted_refused (void)
{
  g_autoptr(FdEmailConfig) config = fd_email_config_new ();
  g_autoptr(GError) error = NULL;

  config->address = g_strdup ("ann@shop.example");
  config->imap_host = g_strdup ("mail.shop.example");
  config->imap_port = 143;
  config->imap_security = FD_EMAIL_SECURITY_NONE;
  config->smtp_host = g_strdup ("127.0.0.1");
  config->smtp_port = 25;
  config->smtp_security = FD_EMAIL_SECURITY_NONE;

  g_assert_false (fd_email_config_validate (config, &error));
  g_assert_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "mail.shop.example"));
  g_clear_error (&error);

  /* and no connection is even tried */
  g_assert_null (fd_email_imap_open (config, "secret", 5, &error));
  g_assert_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_INVALID);
  g_clear_error (&error);

  config->allow_unencrypted = TRUE;
  g_assert_true (fd_email_config_validate (config, &error));
  g_assert_no_error (error);

  config->allow_unencrypted = FALSE;
  g_free (config->imap_host);
  config->imap_host = g_strdup ("localhost");
  g_assert_true (fd_email_config_validate (config, &error));
  g_free (config->imap_host);
  config->imap_host = g_strdup ("::1");
  g_assert_true (fd_email_config_validate (config, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, tls) \
  g_test_add (path, Fixture, GINT_TO_POINTER (tls), fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/email/autoconfig", test_autoconfig);
  g_test_add_func ("/email/security/autoconfig-prefers-encrypted", test_autoconfig_prefers_encrypted);
  g_test_add_func ("/email/security/srv-other-domain", test_autoconfig_srv_other_domain);
  g_test_add_func ("/email/security/unencrypted-refused", test_unencrypted_refused);
  ADD ("/email/sync", test_sync, FALSE);
  ADD ("/email/uidvalidity", test_uidvalidity, FALSE);
  ADD ("/email/flags", test_flags, FALSE);
  ADD ("/email/reply", test_reply, FALSE);
  ADD ("/email/reply-after-crash", test_reply_after_crash, FALSE);
  ADD ("/email/reply-data-dropped", test_reply_data_dropped, FALSE);
  ADD ("/email/wrong-password", test_wrong_password, FALSE);
  ADD ("/email/server-down", test_server_down, FALSE);
  ADD ("/email/malformed", test_malformed, FALSE);
  ADD ("/email/tls", test_tls, TRUE);
  ADD ("/email/setup-by-parameters", test_setup_by_parameters, TRUE);
  ADD ("/email/security/forged-headers", test_forged_headers, FALSE);
  ADD ("/email/security/unsafe-recipient", test_unsafe_recipient, FALSE);
  ADD ("/email/security/huge-message", test_huge_message, FALSE);

  return g_test_run ();
}
