/* test-sync-crash.c: kill -9 "frontdesk-cli sync" at random moments.
 *
 * 50 times: new customer messages on the server, a reply queued, then
 * the sync started and killed with SIGKILL after 0–300 ms, while the
 * server injects faults. Afterwards the database must be intact and, after
 * one clean "sync --once", hold exactly the server's messages, with every
 * reply arrived exactly once.
 *
 * Usage: test-sync-crash PATH-TO-frontdesk-cli-test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libsoup/soup.h>
#include <signal.h>

#include "fd-test-util.h"
#include "sync-test-util.h"

#define N_KILLS 50

static const char *cli_path;

static GSubprocess *
spawn_cli (FaultServer  *server,
           const char   *dir,
           GError      **error,
           ...)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  /* Machines without a default route count as offline otherwise. */
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

static void
test_kill_9 (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);
  FaultServer *server = fault_server_new (99);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) final = NULL;
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GPtrArray) replies = NULL;
  g_autoptr(SoupSession) session = NULL;
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *url = NULL;
  guint n_queued = 0, n_sending_found = 0, n_sent = 0;
  gint64 start = g_get_monotonic_time ();

  /* The account the CLI syncs, with a short client timeout. */
  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  account = sync_test_add_account (store, server, 150);
  g_clear_object (&store);

  fault_server_set_stall_ms (server, 250);
  fault_server_set_retry_after (server, 0);
  fault_server_set_rate (server, FAULT_DROP_BEFORE, 0.04);
  fault_server_set_rate (server, FAULT_DROP_AFTER, 0.08);
  fault_server_set_rate (server, FAULT_STALL, 0.04);
  fault_server_set_rate (server, FAULT_ERROR_500, 0.05);
  fault_server_set_rate (server, FAULT_GARBAGE, 0.04);

  for (guint round = 0; round < N_KILLS; round++)
    {
      g_autoptr(GSubprocess) child = NULL;
      g_autofree char *thread = g_strdup_printf ("t%u", g_rand_int_range (rand, 0, 8));
      gint64 target;
      guint delay_ms;

      g_free (fault_server_add_message (server, thread, "@customer", "Still waiting"));
      g_free (fault_server_add_message (server, NULL, "@other", "Hello"));

      /* A reply to something already here, as the person would write it. */
      store = fd_store_open (dir, &error);
      g_assert_no_error (error);
      target = sync_test_query_int (store, "SELECT id FROM messages WHERE direction = 0 ORDER BY random() LIMIT 1");
      if (target > 0)
        {
          g_autofree char *text = g_strdup_printf ("Answer %u", round);

          g_assert_cmpint (fd_test_queue_reply (store, target, text, &error), >, 0);
          g_assert_no_error (error);
          n_queued++;
        }
      n_sending_found += (guint) sync_test_query_int (store, "SELECT count(*) FROM outbox WHERE state = 1");
      g_clear_object (&store);

      child = spawn_cli (server, dir, &error, "sync", "--interval", "1", "--quiet", NULL);
      g_assert_no_error (error);
      delay_ms = g_rand_int_range (rand, 0, 301);
      g_usleep (delay_ms * 1000);
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);
    }

  /* Integrity first, before anything repairs anything. */
  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store), "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
    sqlite3_finalize (stmt);
  }
  g_clear_object (&store);

  /* One clean run catches up. */
  fault_server_clear_faults (server);
  final = spawn_cli (server, dir, &error, "sync", "--once", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (final, NULL, &error));
  g_assert_no_error (error);

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);

  /* Local messages equal the server's, none twice. */
  g_assert_cmpint (sync_test_query_int (store, "SELECT count(*) FROM messages WHERE direction = 0"), ==,
                   fault_server_get_n_messages (server));
  g_assert_cmpint (sync_test_query_int (store, "SELECT count(DISTINCT remote_id) FROM messages WHERE direction = 0"), ==,
                   fault_server_get_n_messages (server));
  g_assert_cmpint (sync_test_query_int (store, "SELECT max(CAST(substr(remote_id, 2) AS INTEGER)) FROM messages WHERE direction = 0"), ==,
                   fault_server_get_n_messages (server));

  /* Every reply arrived exactly once: ask the server over HTTP too. */
  n_sent = sync_test_check_replies (store, server);
  g_assert_cmpuint (n_sent, ==, n_queued);
  g_assert_cmpint (sync_test_query_int (store, "SELECT count(*) FROM outbox WHERE state != 2"), ==, 0);

  session = soup_session_new ();
  url = g_strconcat (fault_server_get_url (server), "/replies", NULL);
  msg = soup_message_new ("GET", url);
  body = soup_session_send_and_read (session, msg, NULL, &error);
  g_assert_no_error (error);
  root = json_from_string (g_bytes_get_data (body, NULL), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root), "replies")), ==, n_queued);

  replies = fault_server_dup_replies (server);
  {
    guint posts = 0;

    for (guint i = 0; i < replies->len; i++)
      posts += ((FaultReply *) g_ptr_array_index (replies, i))->n_posts;

    g_test_message ("%u kills: %u replies queued, all arrived exactly once (%u POSTs, %u entries found "
                    "'sending' after a kill), %u messages, %u requests, %u faults injected, %.1f s",
                    N_KILLS, n_queued, posts, n_sending_found, fault_server_get_n_messages (server),
                    fault_server_get_n_requests (server), fault_server_get_total_faults (server),
                    (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  }

  g_clear_object (&store);
  fault_server_free (server);
  fd_test_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("Usage: %s PATH-TO-frontdesk-cli-test\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];

  g_test_add_func ("/sync/kill-9", test_kill_9);

  return g_test_run ();
}
