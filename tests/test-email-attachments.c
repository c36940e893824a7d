/* test-email-attachments.c: e-mail replies with files and the account's
 * signature, against a real Dovecot; a file of a reply queued offline
 * survives a restart.
 *
 * Run under tests/run-headless.sh (a D-Bus session with an unlocked
 * keyring): passwords go through libsecret as in real use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gmime/gmime.h>
#include <sqlite3.h>
#include <string.h>

#include "fd-account.h"
#include "fd-attachment-store.h"
#include "fd-mail-parser.h"
#include "fd-outbox.h"
#include "fd-reply-request.h"
#include "fd-secrets.h"
#include "fd-signatures.h"
#include "fd-store.h"
#include "fd-sync-manager.h"
#include "fd-test-dovecot.h"
#include "fd-test-network-monitor.h"
#include "fd-test-sync.h"
#include "fd-test-util.h"
#include "providers/email/fd-email-autoconfig.h"
#include "providers/email/fd-email-connection.h"
#include "providers/email/fd-email-provider.h"

static const char *cli_path;

typedef struct
{
  FdTestDovecot         *dovecot;
  char                  *dir;
  FdStore               *store;
  FdTestNetworkMonitor  *monitor;
  FdSyncManager         *manager;
  FdAccount             *account;
  char                  *files;    /* where the person's files are */
} Fixture;

static void
start_manager (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  f->monitor = fd_test_network_monitor_new ();
  f->manager = fd_sync_manager_new (f->dir, G_NETWORK_MONITOR (f->monitor));
  g_object_set (f->manager, "backoff-base", 20, "backoff-max", 200, NULL);
}

static void
stop_manager (Fixture *f)
{
  if (f->manager != NULL)
    {
      fd_sync_manager_stop (f->manager);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  g_clear_object (&f->manager);
  g_clear_object (&f->monitor);
  g_clear_object (&f->store);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!(f->dovecot = fd_test_dovecot_start (FALSE)))
    return;
  f->dir = fd_test_make_data_dir ();
  f->files = g_dir_make_tmp ("fd-test-files-XXXXXX", &error);
  g_assert_no_error (error);
  start_manager (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->account != NULL)
    fd_secrets_clear_sync (f->account, "password", NULL, NULL);
  stop_manager (f);
  g_clear_object (&f->account);
  if (f->dir != NULL)
    fd_test_rmdir (f->dir);
  if (f->files != NULL)
    fd_test_rmdir (f->files);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->files, g_free);
  g_clear_pointer (&f->dovecot, fd_test_dovecot_free);
}

static void
add_account (Fixture *f)
{
  g_autoptr(FdEmailConfig) config = fd_email_config_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  config->address = g_strdup (FD_TEST_FIRM);
  config->display_name = g_strdup ("Alice’s Shop");
  config->username = g_strdup (FD_TEST_FIRM);
  config->imap_host = g_strdup ("127.0.0.1");
  config->imap_port = f->dovecot->imap_port;
  config->imap_security = FD_EMAIL_SECURITY_NONE;
  config->smtp_host = g_strdup ("127.0.0.1");
  config->smtp_port = f->dovecot->submission_port;
  config->smtp_security = FD_EMAIL_SECURITY_NONE;

  id = fd_email_account_add (fd_store_get_data_dir (f->store), config, "Shop", FD_TEST_PASSWORD, NULL, &error);
  g_assert_no_error (error);
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
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
deliver_question (Fixture *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%a, %d %b %Y %H:%M:%S +0000");
  g_autofree char *raw = g_strdup_printf ("From: Bob <" FD_TEST_CUSTOMER ">\nTo: " FD_TEST_FIRM "\n"
                                          "Subject: Invoice and return label\nDate: %s\n"
                                          "Message-ID: <inv1@test.local>\nMIME-Version: 1.0\n"
                                          "Content-Type: text/plain; charset=utf-8\n\n"
                                          "Could you send me the invoice and a return label?\n", date);

  g_assert_true (fd_test_dovecot_deliver (f->dovecot, FD_TEST_FIRM, "INBOX", raw));
}

/* A file with every byte value, so that any damage in the encoding shows. */
static char *
write_file (Fixture    *f,
            const char *name,
            gsize       size,
            GBytes    **out_bytes)
{
  g_autofree guchar *data = g_malloc (size);
  g_autofree char *path = g_build_filename (f->files, name, NULL);
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < size; i++)
    data[i] = (guchar) ((i * 7 + i / 256) & 0xff);
  g_file_set_contents (path, (const char *) data, size, &error);
  g_assert_no_error (error);
  *out_bytes = g_bytes_new (data, size);
  return g_steal_pointer (&path);
}

/* The customer's copy of our reply, parsed. */
static GMimeMessage *
wait_for_reply (Fixture *f)
{
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *out = fd_test_dovecot_doveadm (f->dovecot, NULL, "fetch", "-u", FD_TEST_CUSTOMER, "text",
                                                      "mailbox", "INBOX", "header", "In-Reply-To", "inv1", NULL);
      const char *start;

      if (out != NULL && (start = strstr (out, "In-Reply-To:")) != NULL)
        {
          g_autoptr(GMimeStream) stream = NULL;
          g_autoptr(GMimeParser) parser = NULL;

          /* doveadm prints "text:" before the message. */
          start = strstr (out, "text:\n") != NULL ? strstr (out, "text:\n") + strlen ("text:\n") : out;
          stream = g_mime_stream_mem_new_with_buffer (start, strlen (start));
          parser = g_mime_parser_new_with_stream (stream);
          return g_mime_parser_construct_message (parser, NULL);
        }
      g_usleep (50 * 1000);
    }
  return NULL;
}

static gboolean
has_type (GMimeObject *object,
          const char  *type)
{
  g_autofree char *mime_type = g_mime_content_type_get_mime_type (g_mime_object_get_content_type (object));

  return g_strcmp0 (mime_type, type) == 0;
}

static GBytes *
part_bytes (GMimeObject *object)
{
  g_autoptr(GMimeStream) out = g_mime_stream_mem_new ();
  GMimeDataWrapper *content = g_mime_part_get_content (GMIME_PART (object));
  GByteArray *array;

  g_mime_data_wrapper_write_to_stream (content, out);
  array = g_mime_stream_mem_get_byte_array (GMIME_STREAM_MEM (out));
  return g_bytes_new (array->data, array->len);
}

static gint64
queue_reply (Fixture    *f,
             const char *text,
             const char *file_a,
             const char *file_b)
{
  g_autoptr(FdOutbox) outbox = fd_outbox_new (f->store);
  g_autoptr(FdReplyRequest) request = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  gint64 question = query_int (f, "SELECT id FROM messages WHERE remote_id = 'inv1@test.local'");

  g_assert_cmpint (question, >, 0);
  request = fd_reply_request_new_plain (question, text);
  fd_reply_request_add_attachment (request, file_a);
  if (file_b != NULL)
    fd_reply_request_add_attachment (request, file_b);
  ids = fd_outbox_queue_reply (outbox, request, &error);
  g_assert_no_error (error);
  return g_array_index (ids, gint64, 0);
}

static void
test_two_attachments (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) invoice = NULL;
  g_autoptr(GBytes) label = NULL;
  g_autofree char *invoice_path = NULL;
  g_autofree char *label_path = NULL;
  g_autoptr(GMimeMessage) received = NULL;
  g_autoptr(FdOutbox) outbox = NULL;
  g_autoptr(GError) error = NULL;
  GMimeObject *body;
  GMimeMultipart *mixed;
  g_autofree char *text = NULL;
  guint64 total = 0, limit = 0;
  gint64 reply_id;

  if (f->dovecot == NULL)
    return;

  deliver_question (f);
  add_account (f);
  g_assert_true (fd_signatures_set (f->store, fd_account_get_id (f->account), NULL,
                                    "Alice’s Shop\nMarket Street 1", &error));
  g_assert_true (sync_once (f));

  invoice_path = write_file (f, "invoice 2026-118.pdf", 40000, &invoice);
  label_path = write_file (f, "étiquette retour.png", 3000, &label);
  reply_id = queue_reply (f, "Here are both.", invoice_path, label_path);

  /* Copies in the store, named by their content. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM attachments WHERE message_id = (SELECT max(id) FROM messages)"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM attachments WHERE path LIKE 'attachments/%' AND length(path) = 76"), ==, 2);
  outbox = fd_outbox_new (f->store);
  g_assert_true (fd_outbox_get_attachment_limit (outbox, reply_id, &total, &limit, &error));
  g_assert_cmpuint (total, ==, 43000);
  g_assert_cmpuint (limit, ==, FD_ATTACHMENT_DEFAULT_MESSAGE_LIMIT);

  g_assert_true (sync_once (f));
  g_assert_cmpuint (fd_account_get_outbox_waiting (f->account), ==, 0);

  /* The server said how large a message it takes: that is the limit now. */
  {
    g_autoptr(FdAccount) account = fd_account_load (f->store, fd_account_get_id (f->account), &error);

    g_assert_no_error (error);
    g_assert_cmpint (fd_account_get_setting_int (account, FD_OUTBOX_SETTING_MAX_MESSAGE_SIZE, 0), ==, 40 * 1024 * 1024);
    g_assert_true (fd_outbox_get_attachment_limit (outbox, reply_id, &total, &limit, &error));
    g_assert_cmpuint (limit, ==, 40 * 1024 * 1024);
  }

  received = wait_for_reply (f);
  g_assert_nonnull (received);
  body = g_mime_message_get_mime_part (received);
  g_assert_true (GMIME_IS_MULTIPART (body));
  g_assert_true (has_type (body, "multipart/mixed"));
  mixed = GMIME_MULTIPART (body);
  g_assert_cmpint (g_mime_multipart_get_count (mixed), ==, 3);

  /* The text with the signature below it, then each file as it was. */
  g_assert_true (GMIME_IS_TEXT_PART (g_mime_multipart_get_part (mixed, 0)));
  text = g_mime_text_part_get_text (GMIME_TEXT_PART (g_mime_multipart_get_part (mixed, 0)));
  g_assert_nonnull (strstr (text, "Here are both.\n\n-- \nAlice’s Shop\nMarket Street 1"));
  {
    GMimeObject *a = g_mime_multipart_get_part (mixed, 1);
    GMimeObject *b = g_mime_multipart_get_part (mixed, 2);
    g_autoptr(GBytes) a_bytes = part_bytes (a);
    g_autoptr(GBytes) b_bytes = part_bytes (b);

    g_assert_cmpstr (g_mime_part_get_filename (GMIME_PART (a)), ==, "invoice 2026-118.pdf");
    g_assert_true (has_type (a, "application/pdf"));
    g_assert_cmpint (g_mime_part_get_content_encoding (GMIME_PART (a)), ==, GMIME_CONTENT_ENCODING_BASE64);
    g_assert_true (g_bytes_equal (a_bytes, invoice));
    g_assert_cmpstr (g_mime_part_get_filename (GMIME_PART (b)), ==, "étiquette retour.png");
    g_assert_true (has_type (b, "image/png"));
    g_assert_true (g_bytes_equal (b_bytes, label));
  }
}

/* Queued while offline, the original file deleted, Frontdesk restarted:
 * the reply still goes out with the file, from the profile's copy. */
static void
test_survives_restart (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GBytes) invoice = NULL;
  g_autofree char *invoice_path = NULL;
  g_autoptr(GMimeMessage) received = NULL;
  gint64 account_id;

  if (f->dovecot == NULL)
    return;

  deliver_question (f);
  add_account (f);
  account_id = fd_account_get_id (f->account);
  g_assert_true (sync_once (f));

  fd_test_network_monitor_set_available (f->monitor, FALSE);
  invoice_path = write_file (f, "invoice.pdf", 120000, &invoice);
  queue_reply (f, "The invoice, as promised.", invoice_path, NULL);
  sync_once (f);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outbox WHERE state = 0"), ==, 1);
  g_assert_cmpint (g_unlink (invoice_path), ==, 0);

  /* Restart. */
  g_clear_object (&f->account);
  stop_manager (f);
  start_manager (f);
  {
    g_autoptr(GError) error = NULL;

    f->account = fd_account_load (f->store, account_id, &error);
    g_assert_no_error (error);
    g_assert_true (fd_sync_manager_load_accounts (f->manager, f->store, &error));
    g_assert_no_error (error);
  }
  g_assert_true (sync_once (f));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outbox WHERE state = 0"), ==, 0);

  received = wait_for_reply (f);
  g_assert_nonnull (received);
  g_assert_true (GMIME_IS_MULTIPART (g_mime_message_get_mime_part (received)));
  {
    GMimeMultipart *mixed = GMIME_MULTIPART (g_mime_message_get_mime_part (received));
    g_autoptr(GBytes) bytes = NULL;

    g_assert_cmpint (g_mime_multipart_get_count (mixed), ==, 2);
    bytes = part_bytes (g_mime_multipart_get_part (mixed, 1));
    g_assert_true (g_bytes_equal (bytes, invoice));
  }
}

/* frontdesk-cli reply ID --text T --attach A --attach B: queued with
 * both files, sent with them; a file too large for the server's SIZE is
 * queued with a warning. */
static void
test_cli_attach (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GBytes) invoice = NULL;
  g_autoptr(GBytes) label = NULL;
  g_autofree char *invoice_path = NULL;
  g_autofree char *label_path = NULL;
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GSubprocess) cli = NULL;
  g_autoptr(GMimeMessage) received = NULL;
  g_autoptr(GError) error = NULL;

  if (f->dovecot == NULL)
    return;

  deliver_question (f);
  add_account (f);
  g_assert_true (sync_once (f));

  invoice_path = write_file (f, "invoice.pdf", 5000, &invoice);
  label_path = write_file (f, "label.png", 700, &label);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, query_int (f, "SELECT id FROM messages WHERE remote_id = 'inv1@test.local'"));
  cli = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                          cli_path, "--data-dir", f->dir, "reply", id, "--text", "Both attached.",
                          "--attach", invoice_path, "--attach", label_path, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (cli, NULL, NULL, &out, &err, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (cli), ==, 0);
  g_assert_cmpstr (err, ==, "");

  g_assert_true (sync_once (f));
  received = wait_for_reply (f);
  g_assert_nonnull (received);
  g_assert_true (GMIME_IS_MULTIPART (g_mime_message_get_mime_part (received)));
  {
    GMimeMultipart *mixed = GMIME_MULTIPART (g_mime_message_get_mime_part (received));
    g_autoptr(GBytes) a = NULL;
    g_autoptr(GBytes) b = NULL;

    g_assert_cmpint (g_mime_multipart_get_count (mixed), ==, 3);
    a = part_bytes (g_mime_multipart_get_part (mixed, 1));
    b = part_bytes (g_mime_multipart_get_part (mixed, 2));
    g_assert_true (g_bytes_equal (a, invoice));
    g_assert_true (g_bytes_equal (b, label));
  }

  /* The server said 40M; a reply over it is queued with a warning. */
  {
    g_autoptr(FdAccount) account = fd_account_load (f->store, fd_account_get_id (f->account), &error);
    g_autoptr(GSubprocess) big = NULL;
    g_autofree char *big_err = NULL;

    g_assert_cmpint (fd_account_get_setting_int (account, FD_OUTBOX_SETTING_MAX_MESSAGE_SIZE, 0), ==, 40 * 1024 * 1024);
    fd_account_set_setting_int (account, FD_OUTBOX_SETTING_MAX_MESSAGE_SIZE, 4000);
    g_assert_true (fd_account_save (account, f->store, &error));
    big = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                            cli_path, "--data-dir", f->dir, "reply", id, "--text", "Again.",
                            "--attach", invoice_path, NULL);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_communicate_utf8 (big, NULL, NULL, NULL, &big_err, &error));
    g_assert_cmpint (g_subprocess_get_exit_status (big), ==, 0);
    g_assert_nonnull (strstr (big_err, "The files come to 5.0"));
  }
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
  g_mime_init ();

  g_test_add ("/email/attachments/two-files-and-signature", Fixture, NULL,
              fixture_set_up, test_two_attachments, fixture_tear_down);
  g_test_add ("/email/attachments/survive-restart", Fixture, NULL,
              fixture_set_up, test_survives_restart, fixture_tear_down);
  g_test_add ("/email/attachments/cli", Fixture, NULL,
              fixture_set_up, test_cli_attach, fixture_tear_down);

  return g_test_run ();
}
