/* test-outbox.c: order, states, edit/discard, crash recovery, and 100
 * seeded runs against the fault-injecting server.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-ingest.h"
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
  gint64 id = fd_test_queue_reply (f->store, message_id_for (f, to_remote_id), text, &error);

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

  /* Queued is not answered: the reply has not gone anywhere yet. */
  sql = g_strdup_printf ("SELECT state FROM messages WHERE id = %" G_GINT64_FORMAT, customer_id);
  g_assert_cmpint (sync_test_query_int (f->store, sql), ==, FD_MESSAGE_STATE_UNREAD);

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

  /* Discard: the unsent message goes; the customer still waits. */
  g_assert_true (fd_outbox_discard (f->outbox, entry->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fd_outbox_count_waiting (f->outbox, 0, NULL), ==, 0);
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages WHERE direction = 1"), ==, 0);
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'eleven'"), ==, 0);
  g_assert_cmpint (sync_test_query_int (f->store, sql), ==, FD_MESSAGE_STATE_UNREAD);

  /* Marked answered by hand, then a reply discarded: still answered. */
  g_assert_true (fd_store_set_message_state (f->store, customer_id, FD_MESSAGE_STATE_ANSWERED, &error));
  queue_reply (f, a, "One");
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = fd_outbox_list (f->outbox, 0, FALSE, &error);
  g_assert_true (fd_outbox_discard (f->outbox, ((FdOutboxEntry *) g_ptr_array_index (entries, 0))->id, &error));
  g_assert_cmpint (sync_test_query_int (f->store, sql), ==, FD_MESSAGE_STATE_ANSWERED);
}

/* A conversation is answered when the reply went out, not when it was
 * written: queued, failed and retried it answers nothing; sent, it
 * answers what came before it, and only that. */
static void
test_answered_when_sent (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(FdOutboxEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = fault_server_add_message (f->server, "A", "@ann", "Where is my parcel?");
  g_autofree char *sql = NULL;
  gboolean uncertain = FALSE;
  gint64 account_id = fd_account_get_id (f->account);
  gint64 customer_id;

  sync_test_fetch_all (f->store, f->account, f->provider, &f->cursor);
  customer_id = message_id_for (f, a);
  sql = g_strdup_printf ("SELECT state FROM messages WHERE id = %" G_GINT64_FORMAT, customer_id);
  queue_reply (f, a, "It left today.");
  g_assert_cmpint (sync_test_query_int (f->store, sql), ==, FD_MESSAGE_STATE_UNREAD);

  entry = fd_outbox_claim_next (f->outbox, account_id, &uncertain, &error);
  g_assert_no_error (error);
  g_assert_true (fd_outbox_mark_failed (f->outbox, entry, "Refused", &error));
  g_assert_cmpint (sync_test_query_int (f->store, sql), ==, FD_MESSAGE_STATE_UNREAD);
  g_assert_true (fd_outbox_retry (f->outbox, entry->id, &error));
  g_clear_pointer (&entry, fd_outbox_entry_free);

  /* The customer writes again while the reply waits: that message came
   * after it and stays unanswered once the reply is out. */
  {
    g_autoptr(FdParsedMessage) later = fd_parsed_message_new ();
    g_autoptr(FdMessage) customer = fd_store_get_message (f->store, customer_id, &error);

    later->channel = g_strdup (fd_message_get_channel (customer));
    later->account_id = account_id;
    later->remote_id = g_strdup ("A-later");
    later->in_reply_to = g_strdup (fd_message_get_remote_id (customer));
    later->thread_id = g_strdup (fd_message_get_conversation_remote_id (customer));
    later->author_handle = g_strdup ("@ann");
    fd_parsed_message_set_text (later, "Any news?", -1);
    later->created_at = g_get_real_time () / G_USEC_PER_SEC + 60;
    later->direction = FD_DIRECTION_IN;
    g_assert_cmpint (fd_ingest_message (f->store, later, NULL, &error), ==, FD_INSERT_ADDED);
    g_assert_no_error (error);
  }
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT state FROM messages WHERE remote_id = 'A-later'"),
                   ==, FD_MESSAGE_STATE_UNREAD);

  entry = fd_outbox_claim_next (f->outbox, account_id, &uncertain, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_assert_true (fd_outbox_mark_sent (f->outbox, entry, "r-a", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sync_test_query_int (f->store, sql), ==, FD_MESSAGE_STATE_ANSWERED);
  g_assert_cmpint (sync_test_query_int (f->store, "SELECT state FROM messages WHERE remote_id = 'A-later'"),
                   ==, FD_MESSAGE_STATE_UNREAD);
}

/* Whether a reply can go anywhere is asked of the accounts and the
 * providers, never of the channel's name. */
static void
test_can_reply (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = fault_server_add_message (f->server, "A", "@ann", "Hello?");
  g_autoptr(FdParsedMessage) imported = fd_parsed_message_new ();
  g_autoptr(FdParsedMessage) post = fd_parsed_message_new ();
  g_autoptr(FdAccount) second = NULL;
  gint64 imported_id = 0, post_id = 0;

  sync_test_fetch_all (f->store, f->account, f->provider, &f->cursor);

  /* An account, but no provider in this build for its channel. */
  if (fd_provider_lookup ("loopback") == G_TYPE_INVALID)
    {
      g_assert_false (fd_outbox_can_reply (f->outbox, message_id_for (f, a), &error));
      g_assert_error (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_NO_PROVIDER);
      g_clear_error (&error);
      fd_provider_register ("loopback", FD_TYPE_LOOPBACK_PROVIDER);
    }

  /* Synced through the account: it answers. */
  g_assert_true (fd_outbox_can_reply (f->outbox, message_id_for (f, a), &error));
  g_assert_no_error (error);

  /* Imported, with one account of its channel: that account answers. */
  imported->channel = g_strdup (fd_account_get_channel (f->account));
  imported->remote_id = g_strdup ("imported-1");
  imported->author_handle = g_strdup ("@bea");
  fd_parsed_message_set_text (imported, "Imported question", -1);
  imported->created_at = 1700000000;
  g_assert_cmpint (fd_ingest_message (f->store, imported, &imported_id, &error), ==, FD_INSERT_ADDED);
  g_assert_true (fd_outbox_can_reply (f->outbox, imported_id, &error));
  g_assert_no_error (error);

  /* Two accounts of the channel: no one can tell which would send it. */
  second = fd_account_new (fd_account_get_channel (f->account), "Second", "second");
  g_assert_true (fd_account_save (second, f->store, &error));
  g_assert_false (fd_outbox_can_reply (f->outbox, imported_id, &error));
  g_assert_error (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_WHICH_ACCOUNT);
  g_clear_error (&error);

  /* No account at all: add one. */
  g_assert_true (fd_account_delete (second, f->store, &error));
  g_assert_true (fd_account_delete (f->account, f->store, &error));
  g_assert_false (fd_outbox_can_reply (f->outbox, imported_id, &error));
  g_assert_error (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_NO_ACCOUNT);
  g_clear_error (&error);
  /* Its account removed, a synced message is like an imported one. */
  g_assert_false (fd_outbox_can_reply (f->outbox, message_id_for (f, a), &error));
  g_assert_error (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_NO_ACCOUNT);
  g_clear_error (&error);

  /* A channel this build has no provider for (an import from a newer
   * version). */
  post->channel = g_strdup ("fax");
  post->remote_id = g_strdup ("fax-1");
  post->author_handle = g_strdup ("+34 600 000 000");
  fd_parsed_message_set_text (post, "Hi shop", -1);
  post->created_at = 1700000000;
  g_assert_cmpint (fd_ingest_message (f->store, post, &post_id, &error), ==, FD_INSERT_ADDED);
  g_assert_false (fd_outbox_can_reply (f->outbox, post_id, &error));
  g_assert_error (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_NO_PROVIDER);
  g_assert_nonnull (strstr (error->message, "fax"));
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
  ADD ("/outbox/answered-when-sent", test_answered_when_sent);
  ADD ("/outbox/can-reply", test_can_reply);
  ADD ("/outbox/state-changes", test_state_changes);
  ADD ("/outbox/crash-uncertain", test_crash_uncertain);
  g_test_add_func ("/outbox/fault-runs", test_fault_runs);

#undef ADD

  return g_test_run ();
}
