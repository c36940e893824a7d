/* test-outbox.c: order, states, edit/discard, crash recovery, and 100
 * seeded runs against the fault-injecting server.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-test-util.h"
#include "sync-test-util.h"

#define N_FAULT_RUNS     100
#define CLIENT_TIMEOUT   120

typedef struct
{
  char        *dir;
  FdStore     *store;
  FaultServer *server;
  FdAccount   *account;
  FdProvider  *provider;
  FdOutbox    *outbox;
  char        *cursor;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  f->server = fault_server_new (GPOINTER_TO_UINT (data));
  f->account = sync_test_add_account (f->store, f->server, CLIENT_TIMEOUT);
  f->provider = sync_test_provider_new (f->account);
  f->outbox = fd_outbox_new (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->outbox);
  g_clear_object (&f->provider);
  g_clear_object (&f->account);
  g_clear_object (&f->store);
  g_clear_pointer (&f->server, fault_server_free);
  g_clear_pointer (&f->cursor, g_free);
  fd_test_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static gint64
message_id_for (Fixture    *f,
                const char *remote_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM messages WHERE remote_id = '%s'", remote_id);

  return sync_test_query_int (f->store, sql);
}

static gint64
queue_reply (Fixture    *f,
             const char *to_remote_id,
             const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 id = fd_store_queue_reply (f->store, message_id_for (f, to_remote_id), text, FALSE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(FdOutboxEntry) e1 = NULL;
  g_autoptr(FdOutboxEntry) e2 = NULL;
  g_autoptr(FdOutboxEntry) e3 = NULL;
  g_autoptr(FdOutboxEntry) none = NULL;
  g_autoptr(GError) error = NULL;
  gboolean uncertain = TRUE;
  g_autofree char *a = fault_server_add_message (f->server, "A", "@ann", "Where is my order?");
  g_autofree char *b = fault_server_add_message (f->server, "B", "@bob", "Broken zip");

  sync_test_fetch_all (f->store, f->account, f->provider, &f->cursor);
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages WHERE account_id IS NOT NULL"), ==, 2);

  queue_reply (f, a, "First answer to A");
  queue_reply (f, b, "Answer to B");
  queue_reply (f, a, "Second answer to A");
  g_assert_cmpint (fd_outbox_count_waiting (f->outbox, 0, NULL), ==, 3);

  /* The first of A goes first and fails... */
  e1 = fd_outbox_claim_next (f->outbox, fd_account_get_id (f->account), &uncertain, &error);
  g_assert_no_error (error);
  g_assert_false (uncertain);
  g_assert_cmpstr (e1->text, ==, "First answer to A");
  g_assert_cmpuint (e1->attempts, ==, 1);
  g_assert_true (fd_outbox_mark_failed (f->outbox, e1, "Refused", &error));

  /* ...so the second of A waits, and B goes on. */
  e2 = fd_outbox_claim_next (f->outbox, fd_account_get_id (f->account), &uncertain, &error);
  g_assert_cmpstr (e2->text, ==, "Answer to B");
  g_assert_true (fd_outbox_mark_sent (f->outbox, e2, "r-b", &error));
  none = fd_outbox_claim_next (f->outbox, fd_account_get_id (f->account), &uncertain, &error);
  g_assert_no_error (error);
  g_assert_null (none);

  /* Sent: our message took the server's id. */
  g_assert_cmpint (message_id_for (f, "r-b"), ==, e2->message_id);

  /* Retry: A's entries go out in order. */
  g_assert_true (fd_outbox_retry (f->outbox, e1->id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&e1, fd_outbox_entry_free);
  e1 = fd_outbox_claim_next (f->outbox, fd_account_get_id (f->account), &uncertain, &error);
  g_assert_cmpstr (e1->text, ==, "First answer to A");
  g_assert_cmpuint (e1->attempts, ==, 2);
  g_assert_true (fd_outbox_mark_sent (f->outbox, e1, "r-a1", &error));
  e3 = fd_outbox_claim_next (f->outbox, fd_account_get_id (f->account), &uncertain, &error);
  g_assert_cmpstr (e3->text, ==, "Second answer to A");

  /* Sending entries cannot be edited or discarded. */
  g_assert_false (fd_outbox_discard (f->outbox, e3->id, &error));
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED);
}

static void
test_edit_discard (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(FdOutboxEntry) entry = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = fault_server_add_message (f->server, "A", "@ann", "Is the shop open on Sunday?");
  g_autofree char *sql = NULL;
  gint64 customer_id;
  gint64 reply_id;

  sync_test_fetch_all (f->store, f->account, f->provider, &f->cursor);
  customer_id = message_id_for (f, a);
  reply_id = queue_reply (f, a, "Yes, from ten");

  sql = g_strdup_printf ("SELECT state FROM messages WHERE id = %" G_GINT64_FORMAT, customer_id);
  g_assert_cmpint (sync_test_query_int (f->store, sql), ==, FD_MESSAGE_STATE_ANSWERED);

  entries = fd_outbox_list (f->outbox, 0, FALSE, &error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = fd_outbox_entry_copy (g_ptr_array_index (entries, 0));
  g_assert_cmpint (entry->message_id, ==, reply_id);

  /* Edit: the entry, the message and the search index change together. */
  g_assert_true (fd_outbox_edit (f->outbox, entry->id, "Yes, from eleven", &error));
  g_assert_no_error (error);
  g_clear_pointer (&entry, fd_outbox_entry_free);
  entry = fd_outbox_get (f->outbox, ((FdOutboxEntry *) g_ptr_array_index (entries, 0))->id, &error);
  g_assert_cmpstr (entry->text, ==, "Yes, from eleven");
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages WHERE text = 'Yes, from eleven'"), ==, 1);
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'eleven'"), ==, 1);
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'ten'"), ==, 0);
  g_assert_false (fd_outbox_edit (f->outbox, entry->id, "   ", &error));
  g_clear_error (&error);

  /* Discard: the unsent message goes, and the customer waits again. */
  g_assert_true (fd_outbox_discard (f->outbox, entry->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fd_outbox_count_waiting (f->outbox, 0, NULL), ==, 0);
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages WHERE direction = 1"), ==, 0);
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'eleven'"), ==, 0);
  g_assert_cmpint (sync_test_query_int (f->store, sql), ==, FD_MESSAGE_STATE_READ);

  /* With two replies, discarding one leaves the message answered. */
  queue_reply (f, a, "One");
  queue_reply (f, a, "Two");
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = fd_outbox_list (f->outbox, 0, FALSE, &error);
  g_assert_true (fd_outbox_discard (f->outbox, ((FdOutboxEntry *) g_ptr_array_index (entries, 1))->id, &error));
  g_assert_cmpint (sync_test_query_int (f->store, sql), ==, FD_MESSAGE_STATE_ANSWERED);
}

static void
test_state_changes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = fault_server_add_message (f->server, "A", "@ann", "Thanks!");
  guint n_done = 0;
  gint64 entry_id;

  sync_test_fetch_all (f->store, f->account, f->provider, &f->cursor);
  entry_id = fd_outbox_queue_state (f->outbox, message_id_for (f, a), FD_MESSAGE_STATE_ARCHIVED, &error);
  g_assert_no_error (error);
  g_assert_cmpint (entry_id, >, 0);

  g_assert_true (fd_outbox_process (f->outbox, f->provider, fd_account_get_id (f->account), &n_done, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_done, ==, 1);
  g_assert_cmpuint (fault_server_get_n_state_changes (f->server), ==, 1);
}

/* A crash after "sending" was committed: the reply reached the server but
 * the answer never came back. The next attempt must find it, not resend. */
static void
test_crash_uncertain (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(FdOutboxEntry) entry = NULL;
  g_autoptr(GPtrArray) replies = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = fault_server_add_message (f->server, "A", "@ann", "Hello?");
  g_autofree char *remote_id = NULL;
  gboolean uncertain = FALSE;
  guint n_done = 0;

  sync_test_fetch_all (f->store, f->account, f->provider, &f->cursor);
  queue_reply (f, a, "Hello Ann");

  entry = fd_outbox_claim_next (f->outbox, fd_account_get_id (f->account), &uncertain, &error);
  g_assert_false (uncertain);
  remote_id = fd_provider_send (f->provider, entry, FALSE, NULL, &error);
  g_assert_no_error (error);
  /* ...crash: nothing recorded. Start again with a fresh connection. */
  g_clear_object (&f->outbox);
  g_clear_object (&f->store);
  f->store = fd_store_open (f->dir, &error);
  f->outbox = fd_outbox_new (f->store);

  g_clear_pointer (&entry, fd_outbox_entry_free);
  entry = fd_outbox_get (f->outbox, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (entry->state, ==, FD_OUTBOX_SENDING);

  g_assert_true (fd_outbox_process (f->outbox, f->provider, fd_account_get_id (f->account), &n_done, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_done, ==, 1);

  replies = fault_server_dup_replies (f->server);
  g_assert_cmpuint (replies->len, ==, 1);
  /* One POST: the second attempt looked it up by its key instead. */
  g_assert_cmpuint (((FaultReply *) g_ptr_array_index (replies, 0))->n_posts, ==, 1);
  g_assert_cmpuint (sync_test_check_replies (f->store, f->server), ==, 1);
}

static void
test_fault_runs (void)
{
  guint total_faults = 0, total_requests = 0, total_replies = 0, total_rounds = 0;
  guint faults_by_kind[N_FAULTS] = { 0 };
  gint64 start = g_get_monotonic_time ();

  for (guint seed = 1; seed <= N_FAULT_RUNS; seed++)
    {
      Fixture fixture = { 0 }, *f = &fixture;
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed * 7919);
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      guint n_messages = g_rand_int_range (rand, 2, 6);
      guint n_replies = g_rand_int_range (rand, 2, 7);
      guint rounds = 0;

      fixture_set_up (f, GUINT_TO_POINTER (seed));
      fault_server_set_stall_ms (f->server, CLIENT_TIMEOUT + 60);
      fault_server_set_retry_after (f->server, 0);

      for (guint i = 0; i < n_messages; i++)
        {
          g_autofree char *thread = g_strdup_printf ("t%u", g_rand_int_range (rand, 0, 3));
          g_ptr_array_add (ids, fault_server_add_message (f->server, thread, "@customer", "Help"));
        }

      fault_server_set_rate (f->server, FAULT_DROP_BEFORE, 0.05);
      fault_server_set_rate (f->server, FAULT_DROP_AFTER, 0.08);
      fault_server_set_rate (f->server, FAULT_STALL, 0.03);
      fault_server_set_rate (f->server, FAULT_ERROR_500, 0.06);
      fault_server_set_rate (f->server, FAULT_RATE_LIMIT, 0.04);
      fault_server_set_rate (f->server, FAULT_GARBAGE, 0.05);

      sync_test_fetch_all (f->store, f->account, f->provider, &f->cursor);

      for (guint i = 0; i < n_replies; i++)
        {
          const char *to = g_ptr_array_index (ids, g_rand_int_range (rand, 0, ids->len));
          g_autofree char *text = g_strdup_printf ("Reply %u of run %u", i, seed);

          queue_reply (f, to, text);
        }

      /* What the sync manager does, minus the waiting between attempts. */
      while (fd_outbox_count_waiting (f->outbox, 0, NULL) > 0)
        {
          g_autoptr(GError) error = NULL;

          g_assert_cmpuint (++rounds, <, 500);
          if (!fd_outbox_process (f->outbox, f->provider, fd_account_get_id (f->account), NULL, NULL, &error))
            {
              g_assert_true (error->domain == FD_PROVIDER_ERROR);
              g_assert_cmpint (error->code, !=, FD_PROVIDER_ERROR_PERMANENT);
            }
        }

      fault_server_clear_faults (f->server);
      total_replies += sync_test_check_replies (f->store, f->server);
      {
        g_autoptr(GPtrArray) replies = fault_server_dup_replies (f->server);
        g_assert_cmpuint (replies->len, ==, n_replies);
      }
      total_faults += fault_server_get_total_faults (f->server);
      total_requests += fault_server_get_n_requests (f->server);
      for (guint k = 0; k < N_FAULTS; k++)
        faults_by_kind[k] += fault_server_get_n_faults (f->server, k);
      total_rounds += rounds;

      fixture_tear_down (f, NULL);
    }

  g_test_message ("%u fault runs: %u replies arrived exactly once; %u requests, %u faults injected "
                  "(drop-before %u, drop-after %u, stall %u, 500 %u, 429 %u, garbage %u); %u outbox rounds; %.1f s",
                  N_FAULT_RUNS, total_replies, total_requests, total_faults,
                  faults_by_kind[FAULT_DROP_BEFORE], faults_by_kind[FAULT_DROP_AFTER], faults_by_kind[FAULT_STALL],
                  faults_by_kind[FAULT_ERROR_500], faults_by_kind[FAULT_RATE_LIMIT], faults_by_kind[FAULT_GARBAGE],
                  total_rounds, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  g_assert_cmpuint (total_faults, >, 100);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (1), fixture_set_up, func, fixture_tear_down)

  ADD ("/outbox/order", test_order);
  ADD ("/outbox/edit-discard", test_edit_discard);
  ADD ("/outbox/state-changes", test_state_changes);
  ADD ("/outbox/crash-uncertain", test_crash_uncertain);
  g_test_add_func ("/outbox/fault-runs", test_fault_runs);

#undef ADD

  return g_test_run ();
}
