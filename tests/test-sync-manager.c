/* test-sync-manager.c: the engine end to end against fault servers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-sync-manager.h"
#include "fd-test-network-monitor.h"
#include "fd-test-sync.h"
#include "fd-test-util.h"
#include "sync-test-util.h"

#define CLIENT_TIMEOUT 150
/* How long a wait for an event may take before the test fails. Only a
 * bound for a hang: no assertion here is about speed (benchmarks live in
 * tests/bench/), so a busy or instrumented machine passes as well. */
#define WAIT_MS        (30 * 1000)

typedef struct
{
  char                 *dir;
  FdStore              *store;
  FdTestNetworkMonitor *monitor;
  FdSyncManager        *manager;
  FaultServer          *server;
  FdAccount            *account;
  FdProvider           *provider;
  GHashTable           *n_synced;     /* account id -> count */
} Fixture;

static void
synced_cb (FdSyncManager *manager,
           FdAccount     *account,
           guint          n_new,
           guint          n_sent,
           Fixture       *f)
{
  gpointer key = GSIZE_TO_POINTER ((gsize) fd_account_get_id (account));

  g_hash_table_insert (f->n_synced, key,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (f->n_synced, key)) + 1));
}

static guint
n_synced (Fixture   *f,
          FdAccount *account)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (f->n_synced, GSIZE_TO_POINTER ((gsize) fd_account_get_id (account))));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  f->monitor = fd_test_network_monitor_new ();
  f->manager = fd_sync_manager_new (f->dir, G_NETWORK_MONITOR (f->monitor));
  g_object_set (f->manager, "poll-interval", 30, "backoff-base", 20, "backoff-max", 200, NULL);
  f->n_synced = g_hash_table_new (NULL, NULL);
  g_signal_connect (f->manager, "account-synced", G_CALLBACK (synced_cb), f);

  f->server = fault_server_new (GPOINTER_TO_UINT (data));
  f->account = sync_test_add_account (f->store, f->server, CLIENT_TIMEOUT);
  f->provider = sync_test_provider_new (f->account);
  fd_sync_manager_add_account (f->manager, f->account, f->provider);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  fd_sync_manager_stop (f->manager);
  /* Let cancelled workers come back before the objects go. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->manager);
  g_clear_object (&f->monitor);
  g_clear_object (&f->provider);
  g_clear_object (&f->account);
  g_clear_object (&f->store);
  g_clear_pointer (&f->server, fault_server_free);
  g_clear_pointer (&f->n_synced, g_hash_table_unref);
  fd_test_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

typedef gboolean (*Condition) (Fixture *f, gpointer data);

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @cond holds or @timeout_ms passed. */
static gboolean
wait_for (Fixture   *f,
          Condition  cond,
          gpointer   data,
          guint      timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_cb, &timed_out);

  while (!cond (f, data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);

  return cond (f, data);
}

static void
sleep_loop (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
synced_at_least (Fixture  *f,
                 gpointer  data)
{
  return n_synced (f, f->account) >= GPOINTER_TO_UINT (data);
}

static gboolean
in_state (Fixture  *f,
          gpointer  data)
{
  return fd_account_get_state (f->account) == (FdAccountState) GPOINTER_TO_INT (data);
}

static gboolean
not_in_state (Fixture  *f,
              gpointer  data)
{
  return !in_state (f, data);
}

static gboolean
sync_once (Fixture *f)
{
  return fd_test_sync_once (f->manager, NULL);
}

static gint64
queue_reply_to (Fixture    *f,
                const char *remote_id,
                const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM messages WHERE remote_id = '%s'", remote_id);
  gint64 id = fd_test_queue_reply (f->store, sync_test_query_int (f->store, sql), text, &error);

  g_assert_no_error (error);
  return id;
}

static void
test_basic (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *m1 = fault_server_add_message (f->server, "A", "@ann", "One");
  g_autofree char *m2 = fault_server_add_message (f->server, "B", "@bob", "Two");

  for (guint i = 0; i < 120; i++)
    g_free (fault_server_add_message (f->server, NULL, "@many", "Paging"));

  g_assert_true (sync_once (f));
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages WHERE account_id IS NOT NULL"), ==, 122);
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT value FROM sync_cursors WHERE key = 'new'"), ==, 122);
  g_assert_cmpint (fd_account_get_last_synced (f->account), >, 0);
  g_assert_cmpint (fd_account_get_state (f->account), ==, FD_ACCOUNT_STATE_IDLE);

  queue_reply_to (f, m1, "Hi Ann");
  queue_reply_to (f, m2, "Hi Bob");
  g_assert_true (sync_once (f));
  g_assert_cmpuint (sync_test_check_replies (f->store, f->server), ==, 2);
  g_assert_cmpuint (fd_account_get_outbox_waiting (f->account), ==, 0);

  /* Nothing new: nothing added twice. */
  g_assert_true (sync_once (f));
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages"), ==, 124);
}

static void
test_fault_runs (void)
{
  guint total_faults = 0, total_replies = 0, n_once = 0;
  gint64 start = g_get_monotonic_time ();

  for (guint seed = 1; seed <= 12; seed++)
    {
      Fixture fixture = { 0 }, *f = &fixture;
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

      fixture_set_up (f, GUINT_TO_POINTER (seed + 1000));
      fault_server_set_stall_ms (f->server, CLIENT_TIMEOUT + 50);
      fault_server_set_retry_after (f->server, 0);
      for (guint i = 0; i < 6; i++)
        g_ptr_array_add (ids, fault_server_add_message (f->server, i % 2 ? "odd" : "even", "@c", "Help"));

      g_assert_true (sync_once (f));
      for (guint i = 0; i < ids->len; i++)
        queue_reply_to (f, g_ptr_array_index (ids, i), "On it");
      for (guint i = 0; i < 3; i++)
        g_free (fault_server_add_message (f->server, "late", "@c", "More"));

      fault_server_set_rate (f->server, FAULT_DROP_BEFORE, 0.06);
      fault_server_set_rate (f->server, FAULT_DROP_AFTER, 0.10);
      fault_server_set_rate (f->server, FAULT_STALL, 0.05);
      fault_server_set_rate (f->server, FAULT_ERROR_500, 0.08);
      fault_server_set_rate (f->server, FAULT_RATE_LIMIT, 0.05);
      fault_server_set_rate (f->server, FAULT_GARBAGE, 0.06);

      /* Each once-run retries a few times with backoff; repeat until the
       * outbox is empty. */
      for (guint i = 0; i < 30 && !(sync_once (f) && fd_account_get_outbox_waiting (f->account) == 0); i++)
        n_once++;

      total_faults += fault_server_get_total_faults (f->server);
      fault_server_clear_faults (f->server);
      g_assert_true (sync_once (f));
      total_replies += sync_test_check_replies (f->store, f->server);
      g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages WHERE direction = 0"), ==, 9);
      fixture_tear_down (f, NULL);
    }

  g_test_message ("12 engine fault runs: %u replies exactly once, %u faults injected, %u extra once-runs, %.1f s",
                  total_replies, total_faults, n_once, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
}

static void
test_offline_online (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint requests;

  g_free (fault_server_add_message (f->server, NULL, "@ann", "Hello"));
  fd_test_network_monitor_set_available (f->monitor, FALSE);
  g_assert_true (fd_sync_manager_start (f->manager, &error));
  g_assert_no_error (error);

  g_assert_false (fd_sync_manager_get_online (f->manager));
  g_assert_cmpint (fd_account_get_state (f->account), ==, FD_ACCOUNT_STATE_OFFLINE);
  sleep_loop (200);
  g_assert_cmpuint (fault_server_get_n_requests (f->server), ==, 0);

  /* Back online: it catches up at once. */
  fd_test_network_monitor_set_available (f->monitor, TRUE);
  g_assert_true (wait_for (f, synced_at_least, GUINT_TO_POINTER (1), WAIT_MS));
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages"), ==, 1);
  g_assert_true (wait_for (f, synced_at_least, GUINT_TO_POINTER (3), WAIT_MS));

  /* Offline again: polling stops. */
  fd_test_network_monitor_set_available (f->monitor, FALSE);
  g_assert_true (wait_for (f, in_state, GINT_TO_POINTER (FD_ACCOUNT_STATE_OFFLINE), WAIT_MS));
  requests = fault_server_get_n_requests (f->server);
  sleep_loop (200);
  g_assert_cmpuint (fault_server_get_n_requests (f->server), ==, requests);

  /* A metered network pauses only when asked to. */
  fd_test_network_monitor_set_metered (f->monitor, TRUE);
  g_object_set (f->manager, "pause-on-metered", TRUE, NULL);
  fd_test_network_monitor_set_available (f->monitor, TRUE);
  sleep_loop (150);
  g_assert_cmpuint (fault_server_get_n_requests (f->server), ==, requests);
  g_assert_cmpint (fd_account_get_state (f->account), ==, FD_ACCOUNT_STATE_OFFLINE);
  g_assert_nonnull (strstr (fd_account_get_error_message (f->account), "metered"));

  g_object_set (f->manager, "pause-on-metered", FALSE, NULL);
  requests = n_synced (f, f->account);
  g_assert_true (wait_for (f, synced_at_least, GUINT_TO_POINTER (requests + 1), WAIT_MS));
}

static gboolean
fast_done (Fixture  *f,
           gpointer  data)
{
  return n_synced (f, data) >= 20;
}

static void
test_slow_does_not_block_fast (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  FaultServer *fast_server = fault_server_new (7);
  g_autoptr(FdAccount) fast = sync_test_add_account (f->store, fast_server, CLIENT_TIMEOUT);
  g_autoptr(FdProvider) fast_provider = sync_test_provider_new (fast);

  /* The slow server holds its first answer until the test ends, and its
   * client waits longer than the test would: the slow account's first
   * run cannot end while the test looks. Were the fast account waiting
   * on it, it would not sync even once; it must sync 20 times while that
   * one request is still open. An order of events, not a time. */
  fault_server_set_stall_ms (f->server, 10 * WAIT_MS);
  fault_server_set_rate (f->server, FAULT_STALL, 1.0);
  g_object_set (f->provider, "timeout-ms", 2 * WAIT_MS, NULL);

  fd_sync_manager_add_account (f->manager, fast, fast_provider);
  g_free (fault_server_add_message (fast_server, NULL, "@fast", "Quick"));

  g_assert_true (fd_sync_manager_start (f->manager, &error));
  g_assert_true (wait_for (f, fast_done, fast, WAIT_MS));

  g_test_message ("fast account: %u syncs while the slow one had %u and was %s",
                  n_synced (f, fast), n_synced (f, f->account),
                  fd_account_get_state (f->account) == FD_ACCOUNT_STATE_SYNCING ? "still in its first run" : "not running");
  g_assert_cmpuint (n_synced (f, f->account), ==, 0);
  g_assert_cmpint (fd_account_get_state (f->account), ==, FD_ACCOUNT_STATE_SYNCING);
  g_assert_cmpuint (fault_server_get_n_requests (f->server), ==, 1);
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages WHERE remote_id = 'm1'"), ==, 1);

  /* Stopping cancels the slow request too: its run ends now, not when
   * the server lets go. */
  fd_sync_manager_stop (f->manager);
  g_assert_true (wait_for (f, not_in_state, GINT_TO_POINTER (FD_ACCOUNT_STATE_SYNCING), WAIT_MS));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  fd_sync_manager_remove_account (f->manager, fd_account_get_id (fast));
  g_clear_object (&fast_provider);
  fault_server_free (fast_server);
}

static void
test_rate_limited (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 start;

  fault_server_set_retry_after (f->server, 1);
  fault_server_set_rate (f->server, FAULT_RATE_LIMIT, 1.0);

  start = g_get_monotonic_time ();
  g_assert_true (fd_sync_manager_start (f->manager, &error));
  g_assert_true (wait_for (f, in_state, GINT_TO_POINTER (FD_ACCOUNT_STATE_ERROR), WAIT_MS));
  g_assert_cmpint (fd_account_get_error_kind (f->account), ==, FD_ACCOUNT_ERROR_RATE_LIMITED);
  fault_server_clear_faults (f->server);

  /* Backoff alone would retry after 20–200 ms; Retry-After says 1 s.
   * The one clock reading in this file, and a lower bound: a slow
   * machine only makes the wait longer, so it fails only when the
   * engine retries too early. */
  g_assert_true (wait_for (f, synced_at_least, GUINT_TO_POINTER (1), WAIT_MS));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 1000 * 1000);
  g_assert_cmpuint (fault_server_get_n_requests (f->server), ==, 2 + 1 /* whoami, messages */);
}

static void
test_auth (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint requests;

  fault_server_set_token (f->server, "s3cret");
  g_assert_true (fd_sync_manager_start (f->manager, &error));
  g_assert_true (wait_for (f, in_state, GINT_TO_POINTER (FD_ACCOUNT_STATE_ERROR), WAIT_MS));
  g_assert_cmpint (fd_account_get_error_kind (f->account), ==, FD_ACCOUNT_ERROR_NEEDS_PASSWORD);
  g_assert_nonnull (fd_account_get_error_message (f->account));

  /* It waits for the person: no retries. */
  requests = fault_server_get_n_requests (f->server);
  sleep_loop (200);
  g_assert_cmpuint (fault_server_get_n_requests (f->server), ==, requests);

  g_object_set (f->provider, "token", "s3cret", NULL);
  fd_sync_manager_sync_now (f->manager, fd_account_get_id (f->account));
  g_assert_true (wait_for (f, synced_at_least, GUINT_TO_POINTER (1), WAIT_MS));
  g_assert_cmpint (fd_account_get_error_kind (f->account), ==, FD_ACCOUNT_ERROR_NONE);
}

static void
test_lock (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(FdSyncManager) other = fd_sync_manager_new (f->dir, G_NETWORK_MONITOR (f->monitor));
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_sync_manager_start (f->manager, &error));
  g_assert_false (fd_sync_manager_start (other, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_clear_error (&error);

  fd_sync_manager_stop (f->manager);
  g_assert_true (fd_sync_manager_start (other, &error));
  fd_sync_manager_stop (other);
}

static void
test_no_provider (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = fd_store_open (dir, &error);
  g_autoptr(FdAccount) account = fd_account_new ("carrier-pigeon", "Pigeons", NULL);
  g_autoptr(FdSyncManager) manager = fd_sync_manager_new (dir, NULL);
  g_autoptr(FdAccount) loaded = NULL;

  g_assert_true (fd_account_save (account, store, &error));
  g_assert_true (fd_sync_manager_load_accounts (manager, store, &error));
  loaded = g_list_model_get_item (fd_sync_manager_get_accounts (manager), 0);
  g_assert_cmpint (fd_account_get_state (loaded), ==, FD_ACCOUNT_STATE_ERROR);
  g_assert_cmpint (fd_account_get_error_kind (loaded), ==, FD_ACCOUNT_ERROR_NO_PROVIDER);
  g_clear_object (&manager);
  fd_test_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (1), fixture_set_up, func, fixture_tear_down)

  ADD ("/sync/basic", test_basic);
  ADD ("/sync/offline-online", test_offline_online);
  ADD ("/sync/slow-does-not-block-fast", test_slow_does_not_block_fast);
  ADD ("/sync/rate-limited", test_rate_limited);
  ADD ("/sync/auth", test_auth);
  ADD ("/sync/lock", test_lock);
  g_test_add_func ("/sync/no-provider", test_no_provider);
  g_test_add_func ("/sync/fault-runs", test_fault_runs);

#undef ADD

  return g_test_run ();
}
