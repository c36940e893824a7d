/* test-threading.c: email threads, as JWZ's algorithm makes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "fd-account.h"
#include "fd-importer.h"
#include "fd-ingest.h"
#include "fd-outbox.h"
#include "fd-store-private.h"
#include "fd-test-util.h"

typedef struct {
  char    *dir;
  FdStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  fd_test_rmdir (f->dir);
  g_free (f->dir);
}

/* An email from @handle; @refs is a space-separated References header
 * (NULL for none), @irt the In-Reply-To id (NULL for none). */
static FdParsedMessage *
mail (const char *id,
      const char *handle,
      const char *refs,
      const char *irt,
      gint64      created_at)
{
  FdParsedMessage *msg = fd_test_message ("email", id, handle, id, created_at);

  if (refs != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (refs, " ", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        g_ptr_array_add (msg->references, g_strdup (parts[i]));
    }
  msg->in_reply_to = g_strdup (irt);
  msg->subject = g_strdup ("Order question");

  return msg;
}

static gint64
insert (FdStore         *store,
        FdParsedMessage *msg)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_cmpint (fd_ingest_message (store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  return id;
}

static gint64
add (Fixture    *f,
     const char *id,
     const char *refs,
     const char *irt,
     gint64      created_at)
{
  g_autoptr(FdParsedMessage) msg = mail (id, "ana@example.com", refs, irt, created_at);

  return insert (f->store, msg);
}

static gint64
query_int (FdStore    *store,
           const char *sql,
           const char *arg)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (arg != NULL)
    sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static char *
query_text (FdStore    *store,
            const char *sql,
            const char *arg)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (arg != NULL)
    sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

static gint64
conversation_of (Fixture    *f,
                 const char *id)
{
  return query_int (f->store, "SELECT conversation_id FROM messages WHERE channel = 'email' AND remote_id = ?", id);
}

static char *
parent_of (Fixture    *f,
           const char *id)
{
  return query_text (f->store, "SELECT parent FROM thread_ids WHERE channel = 'email' AND remote_id = ?", id);
}

static gint64
n_conversations (Fixture *f)
{
  return query_int (f->store, "SELECT count(*) FROM conversations", NULL);
}

/* Every conversation has messages, every message a conversation, every
 * remembered id a conversation that exists. */
static void
assert_consistent (FdStore *store)
{
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM conversations c"
                                     " WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id)", NULL), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM messages m"
                                     " WHERE NOT EXISTS (SELECT 1 FROM conversations c WHERE c.id = m.conversation_id)", NULL), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM thread_ids t"
                                     " WHERE NOT EXISTS (SELECT 1 FROM conversations c WHERE c.id = t.conversation_id)", NULL), ==, 0);
  /* A received message is known by its own row: no placeholder
   * keeps its id a second time. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM messages m JOIN thread_ids t"
                                     " ON t.channel = m.channel AND t.remote_id = m.remote_id", NULL), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pragma_foreign_key_check", NULL), ==, 0);
}

static GPtrArray *
parents (const char *id,
         const char *refs,
         const char *irt)
{
  g_autoptr(FdParsedMessage) msg = mail (id, "ana@example.com", refs, irt, 1);
  g_autoptr(GPtrArray) chain = _fd_store_thread_parents (msg);
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < chain->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (chain, i)));

  return copy;
}

static char *
joined (GPtrArray *chain)
{
  g_ptr_array_add (chain, NULL);
  return g_strjoinv (" ", (char **) chain->pdata);
}

/* References is the chain; In-Reply-To is the parent only when
 * References does not name it, or when there is no References. */
static void
test_parent_priority (Fixture       *f,
                      gconstpointer  data)
{
  struct {
    const char *refs;
    const char *irt;
    const char *chain;
  } cases[] = {
    { "a b", "c", "a b c" },       /* disagree: In-Reply-To appended */
    { "a b", "a", "a b" },         /* disagree: References wins, b is the parent */
    { "a b", "b", "a b" },
    { NULL, "p", "p" },            /* only In-Reply-To */
    { "a b", NULL, "a b" },        /* only References */
    { NULL, NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) chain = parents ("m", cases[i].refs, cases[i].irt);
      g_autofree char *text = joined (chain);

      g_assert_cmpstr (text, ==, cases[i].chain);
    }

  /* The same, stored: ancestors never received get their parent from
   * the chain; the messages themselves are known by their own rows. */
  add (f, "x1", "a b", "c", 100);
  add (f, "x2", "a b", "a", 110);
  add (f, "x3", NULL, "p", 120);
  {
    g_autofree char *pc = parent_of (f, "c");
    g_autofree char *pb = parent_of (f, "b");

    g_assert_cmpstr (pc, ==, "b");
    g_assert_cmpstr (pb, ==, "a");
    g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM thread_ids WHERE remote_id LIKE 'x_'", NULL), ==, 0);
    g_assert_cmpint (conversation_of (f, "x1"), ==, conversation_of (f, "x2"));
    g_assert_cmpint (conversation_of (f, "x3"), !=, conversation_of (f, "x1"));
  }

  /* When the two headers name messages of two different conversations,
   * the message joins both (as JWZ and notmuch do): its References
   * names one, its In-Reply-To the other. */
  add (f, "r1", NULL, NULL, 200);
  add (f, "s1", NULL, NULL, 210);
  g_assert_cmpint (conversation_of (f, "r1"), !=, conversation_of (f, "s1"));
  add (f, "r2", "r1", "s1", 220);
  g_assert_cmpint (conversation_of (f, "r1"), ==, conversation_of (f, "s1"));
  g_assert_cmpint (conversation_of (f, "r2"), ==, conversation_of (f, "r1"));
  assert_consistent (f->store);
}

/* Two replies to a root we never got land in one conversation, whatever
 * else their headers say; a message with no parent stands alone, even
 * with the same subject. */
static void
test_ghost_root (Fixture       *f,
                 gconstpointer  data)
{
  add (f, "reply-1", "root", "root", 100);
  add (f, "reply-2", NULL, "root", 200);           /* an old mail program */
  add (f, "reply-3", "root missing-middle", "missing-middle", 300);
  add (f, "other", NULL, NULL, 400);               /* same subject */

  g_assert_cmpint (conversation_of (f, "reply-1"), ==, conversation_of (f, "reply-2"));
  g_assert_cmpint (conversation_of (f, "reply-1"), ==, conversation_of (f, "reply-3"));
  g_assert_cmpint (conversation_of (f, "other"), !=, conversation_of (f, "reply-1"));
  g_assert_cmpint (n_conversations (f), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT seen FROM thread_ids WHERE remote_id = ?", "root"), ==, 0);

  /* The root arrives at last and joins them. */
  add (f, "root", NULL, NULL, 50);
  g_assert_cmpint (conversation_of (f, "root"), ==, conversation_of (f, "reply-1"));
  g_assert_cmpint (n_conversations (f), ==, 2);
  /* Received now: known by its own row, the placeholder gone. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM thread_ids WHERE remote_id = ?", "root"), ==, 0);
  assert_consistent (f->store);
}

/* A parent that arrives after its children joins the two conversations
 * they had to start, and everything that hangs on a conversation
 * follows: messages, customer, last time, drafts, answered state. */
static void
test_late_parent_merges (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(FdParsedMessage) ours = mail ("ours", "shop@example.com", "a", "a", 300);
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *subject = NULL;
  gint64 c1, c2, merged;

  /* c1: a reply to a, and our answer to a. */
  add (f, "child-of-a", "a", "a", 100);
  ours->direction = FD_DIRECTION_OUT;
  ours->recipient = g_strdup ("ana@example.com");
  insert (f->store, ours);
  /* c2: a reply to b, from a mail program that only sends In-Reply-To,
   * written before our answer. */
  {
    g_autoptr(FdParsedMessage) late = mail ("child-of-b", "bob@example.com", NULL, "b", 200);

    g_free (late->subject);
    late->subject = g_strdup ("Re: Order question (newer subject)");
    insert (f->store, late);
  }

  c1 = conversation_of (f, "child-of-a");
  c2 = conversation_of (f, "child-of-b");
  g_assert_cmpint (c1, !=, c2);
  g_assert_cmpint (n_conversations (f), ==, 2);
  g_assert_true (fd_store_save_draft (f->store, c2, "A draft in the second", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->store, "SELECT state FROM messages WHERE remote_id = ?", "child-of-b"),
                   ==, FD_MESSAGE_STATE_UNREAD);

  /* b, a reply to a, comes last and joins them. */
  add (f, "b", "a", "a", 150);
  merged = conversation_of (f, "b");
  g_assert_cmpint (merged, ==, MIN (c1, c2));
  g_assert_cmpint (conversation_of (f, "child-of-a"), ==, merged);
  g_assert_cmpint (conversation_of (f, "child-of-b"), ==, merged);
  g_assert_cmpint (conversation_of (f, "ours"), ==, merged);
  g_assert_cmpint (n_conversations (f), ==, 1);

  /* Our answer is newer than the reply to b: answered, as if in order. */
  g_assert_cmpint (query_int (f->store, "SELECT state FROM messages WHERE remote_id = ?", "child-of-b"),
                   ==, FD_MESSAGE_STATE_ANSWERED);
  g_assert_cmpint (query_int (f->store, "SELECT last_at FROM conversations", NULL), ==, 300);
  g_assert_cmpint (query_int (f->store, "SELECT customer_id FROM conversations", NULL), >, 0);
  draft = fd_store_get_draft (f->store, merged, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (draft, ==, "A draft in the second");
  /* The subject of the oldest message. */
  subject = query_text (f->store, "SELECT subject FROM conversations", NULL);
  g_assert_cmpstr (subject, ==, "Order question");
  assert_consistent (f->store);

  /* The conversation lists what it holds. */
  {
    g_autoptr(GPtrArray) thread = fd_store_get_conversation (f->store, merged, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (thread->len, ==, 4);
  }
}

/* References that name the message itself or go round in a circle. */
static void
test_loops (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) chain = parents ("self", "a self b a self b", "self");
  g_autofree char *text = joined (chain);
  g_autoptr(GString) long_refs = g_string_new (NULL);
  g_autofree char *p = NULL;

  g_assert_cmpstr (text, ==, "a b");

  add (f, "loop-1", "loop-2", "loop-2", 100);
  add (f, "loop-2", "loop-1", "loop-1", 200);
  add (f, "loop-3", "loop-1 loop-3 loop-2 loop-1", "loop-3", 300);
  add (f, "self-only", "self-only", "self-only", 400);
  g_assert_cmpint (conversation_of (f, "loop-1"), ==, conversation_of (f, "loop-2"));
  g_assert_cmpint (conversation_of (f, "loop-1"), ==, conversation_of (f, "loop-3"));
  g_assert_cmpint (conversation_of (f, "self-only"), !=, conversation_of (f, "loop-1"));
  g_assert_cmpint (n_conversations (f), ==, 2);
  p = parent_of (f, "self-only");
  g_assert_null (p);

  /* A forged header with thousands of ids, each twice: cut to the root
   * and the nearest ancestors, not slow. */
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (long_refs, "%sid-%u", i > 0 ? " " : "", i % 2500);
  add (f, "long", long_refs->str, "id-7", 500);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM thread_ids WHERE remote_id LIKE 'id-%'", NULL), ==, 64);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM thread_ids WHERE remote_id = 'id-0'", NULL), ==, 1);
  {
    g_autoptr(GPtrArray) long_chain = parents ("long", long_refs->str, "id-7");

    /* In-Reply-To is in References: the last of References is the parent. */
    g_assert_cmpuint (long_chain->len, ==, 64);
    g_assert_cmpstr (g_ptr_array_index (long_chain, 63), ==, "id-2499");
  }
  assert_consistent (f->store);
}

/* Our reply goes out under the server's Message-ID: a customer's answer
 * that names only that id joins the conversation, whether it is fetched
 * after the reply is marked sent or before. */
static void
test_sent_reply_id (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(FdAccount) account = fd_account_new ("email", "shop@example.com", "shop@example.com");
  g_autoptr(FdOutbox) outbox = fd_outbox_new (f->store);
  g_autoptr(GError) error = NULL;
  gint64 conversation;

  g_assert_true (fd_account_save (account, f->store, &error));
  g_assert_no_error (error);

  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *question = g_strdup_printf ("question-%u@example.com", round);
      g_autofree char *server_id = g_strdup_printf ("sent-%u@mail.example.com", round);
      g_autofree char *answer = g_strdup_printf ("answer-%u@example.com", round);
      g_autoptr(FdParsedMessage) q = mail (question, "ana@example.com", NULL, NULL, 100 + round * 1000);
      g_autoptr(FdParsedMessage) a = mail (answer, "ana@example.com", NULL, server_id, 300 + round * 1000);
      g_autoptr(FdOutboxEntry) entry = NULL;
      gboolean uncertain = FALSE;
      gint64 question_id;

      q->account_id = fd_account_get_id (account);
      question_id = insert (f->store, q);
      conversation = conversation_of (f, question);
      g_assert_cmpint (fd_test_queue_reply (f->store, question_id, "We are on it.", &error), >, 0);
      g_assert_no_error (error);
      entry = fd_outbox_claim_next (outbox, fd_account_get_id (account), &uncertain, &error);
      g_assert_no_error (error);
      g_assert_nonnull (entry);

      /* Round 1: the customer's answer is fetched before we learn that
       * our reply went out, and starts a conversation of its own. */
      if (round == 1)
        {
          insert (f->store, a);
          g_assert_cmpint (conversation_of (f, answer), !=, conversation);
        }
      g_assert_true (fd_outbox_mark_sent (outbox, entry, server_id, &error));
      g_assert_no_error (error);
      if (round == 0)
        insert (f->store, a);

      g_assert_cmpint (conversation_of (f, answer), ==, conversation_of (f, question));
      g_assert_cmpint (conversation_of (f, server_id), ==, conversation_of (f, question));
      assert_consistent (f->store);
    }
  g_assert_cmpint (n_conversations (f), ==, 2);
}

/* Other channels thread on their own ids, as before. */
static void
test_other_channels (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FdParsedMessage) post = fd_test_message ("mastodon", "1", "@ana@x", "Broken", 100);
  g_autoptr(FdParsedMessage) reply = fd_test_message ("mastodon", "2", "@shop@x", "On it", 200);

  reply->in_reply_to = g_strdup ("1");
  insert (f->store, post);
  insert (f->store, reply);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT conversation_id) FROM messages", NULL), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM thread_ids", NULL), ==, 0);
}

/* A mailing-list archive */

typedef struct {
  const char *id;
  const char *refs;
  const char *irt;
  const char *subject;
  guint       thread;   /* the expected conversation */
} ListMail;

/* Six threads as a list archive has them: whole, with the root missing
 * (and a subject shared with another thread), with In-Reply-To and
 * References that disagree, with a lost message that one later reply
 * still names, with a loop, and with References cut short. */
static const ListMail list_mails[] = {
  { "m1@list.example", NULL, NULL, "[dev] Build failure on arm64", 1 },
  { "m2@list.example", "m1@list.example", "m1@list.example", "Re: [dev] Build failure on arm64", 1 },
  { "m3@list.example", "m1@list.example m2@list.example", "m2@list.example", "Re: [dev] Build failure on arm64", 1 },
  { "m4@list.example", "m1@list.example m2@list.example m3@list.example", "m3@list.example", "Re: [dev] Build failure on arm64", 1 },
  { "m5@list.example", NULL, "m2@list.example", "Re: [dev] Build failure on arm64", 1 },
  { "g1@list.example", "ghost@list.example", "ghost@list.example", "Re: [dev] Build failure on arm64", 2 },
  { "g2@list.example", "ghost@list.example", "ghost@list.example", "Re: [dev] Build failure on arm64", 2 },
  { "g3@list.example", "ghost@list.example g1@list.example", "g1@list.example", "Re: [dev] Build failure on arm64", 2 },
  { "t1@list.example", NULL, NULL, "[dev] Release 2.4 schedule", 3 },
  { "t2@list.example", "t1@list.example", "t1@list.example", "Re: [dev] Release 2.4 schedule", 3 },
  { "t3@list.example", "t1@list.example", "t2@list.example", "Re: [dev] Release 2.4 schedule", 3 },
  { "t4@list.example", "t1@list.example t2@list.example", "t1@list.example", "Re: [dev] Release 2.4 schedule", 3 },
  { "t5@list.example", NULL, "lost@list.example", "Re: [dev] Release 2.4 schedule", 3 },
  { "t6@list.example", "t1@list.example lost@list.example", "lost@list.example", "Re: [dev] Release 2.4 schedule", 3 },
  { "l1@list.example", "l2@list.example", "l2@list.example", "[dev] Loops", 4 },
  { "l2@list.example", "l1@list.example", "l1@list.example", "Re: [dev] Loops", 4 },
  { "l3@list.example", "l1@list.example l3@list.example l1@list.example", "l1@list.example", "Re: [dev] Loops", 4 },
  { "s1@list.example", NULL, NULL, "[dev] Welcome", 5 },
  { "d1@list.example", NULL, NULL, "[dev] Docs rewrite", 6 },
  { "d2@list.example", "d1@list.example", "d1@list.example", "Re: [dev] Docs rewrite", 6 },
  { "d3@list.example", "d1@list.example d2@list.example", "d2@list.example", "Re: [dev] Docs rewrite", 6 },
  { "d4@list.example", "d1@list.example d3@list.example", "d3@list.example", "Re: [dev] Docs rewrite", 6 },
  { "d5@list.example", NULL, "d4@list.example", "Re: [dev] Docs rewrite", 6 },
  { "d6@list.example", "d5@list.example", "d5@list.example", "Re: [dev] Docs rewrite", 6 },
};

static const char *const list_people[] = {
  "ana@example.com", "bob@example.org", "chen@example.net", "dora@example.com",
};

static void
append_list_mail (GString  *mbox,
                  guint     index)
{
  const ListMail *m = &list_mails[index];
  const char *from = list_people[index % G_N_ELEMENTS (list_people)];
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (1700000000 + index * 3600);
  g_autofree char *rfc_date = g_date_time_format (date, "%a, %d %b %Y %H:%M:%S +0000");
  g_autofree char *from_date = g_date_time_format (date, "%a %b %e %H:%M:%S %Y");

  g_string_append_printf (mbox, "From %s %s\n", from, from_date);
  g_string_append_printf (mbox, "From: %s\n", from);
  g_string_append (mbox, "To: dev@list.example\n");
  g_string_append_printf (mbox, "Subject: %s\n", m->subject);
  g_string_append_printf (mbox, "Date: %s\n", rfc_date);
  g_string_append_printf (mbox, "Message-ID: <%s>\n", m->id);
  if (m->irt != NULL)
    g_string_append_printf (mbox, "In-Reply-To: <%s>\n", m->irt);
  if (m->refs != NULL)
    {
      g_auto(GStrv) refs = g_strsplit (m->refs, " ", -1);

      g_string_append (mbox, "References:");
      for (guint i = 0; refs[i] != NULL; i++)
        g_string_append_printf (mbox, "%s<%s>", i > 0 ? "\n " : " ", refs[i]);
      g_string_append_c (mbox, '\n');
    }
  g_string_append (mbox, "List-Id: Developers <dev.list.example>\n");
  g_string_append (mbox, "Content-Type: text/plain; charset=utf-8\n\n");
  g_string_append_printf (mbox, "Message %u of the archive, thread %u.\n\n", index, m->thread);
}

/* The conversations of a store: the sorted ids of each, one line each,
 * the lines sorted. */
static char *
partition (FdStore *store)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store),
                                       "SELECT group_concat(remote_id, ' ') FROM"
                                       " (SELECT conversation_id, remote_id FROM messages ORDER BY remote_id)"
                                       " GROUP BY conversation_id ORDER BY 1", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s\n", (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static char *
expected_partition (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint t = 1; t <= 6; t++)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();

      for (guint i = 0; i < G_N_ELEMENTS (list_mails); i++)
        if (list_mails[i].thread == t)
          g_ptr_array_add (ids, (gpointer) list_mails[i].id);
      g_ptr_array_sort (ids, compare_strings);
      g_ptr_array_add (ids, NULL);
      g_ptr_array_add (lines, g_strjoinv (" ", (char **) ids->pdata));
    }
  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (lines, i));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Imports the archive in @order into a new store and returns its
 * conversations. */
static char *
import_in_order (const guint *order)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *mbox_path = g_build_filename (dir, "dev.mbox", NULL);
  g_autoptr(GString) mbox = g_string_new (NULL);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  char *result;

  for (guint i = 0; i < G_N_ELEMENTS (list_mails); i++)
    append_list_mail (mbox, order[i]);
  g_assert_true (g_file_set_contents (mbox_path, mbox->str, (gssize) mbox->len, &error));

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  importer = fd_importer_new (store);
  g_assert_true (fd_importer_import_path (importer, mbox_path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fd_importer_finish (importer, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM messages", NULL), ==, G_N_ELEMENTS (list_mails));
  assert_consistent (store);

  result = partition (store);
  g_clear_object (&importer);
  g_clear_object (&store);
  fd_test_rmdir (dir);

  return result;
}

/* The archive imported sorted, newest first and in shuffled orders
 * gives the same six conversations. */
static void
test_mbox_any_order (void)
{
  g_autofree char *expected = expected_partition ();
  guint order[G_N_ELEMENTS (list_mails)];
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240229);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    order[i] = i;
  {
    g_autofree char *sorted = import_in_order (order);

    g_assert_cmpstr (sorted, ==, expected);
  }

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    order[i] = G_N_ELEMENTS (order) - 1 - i;
  {
    g_autofree char *reversed = import_in_order (order);

    g_assert_cmpstr (reversed, ==, expected);
  }

  for (guint round = 0; round < 8; round++)
    {
      g_autofree char *shuffled = NULL;

      for (guint i = G_N_ELEMENTS (order) - 1; i > 0; i--)
        {
          guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1);
          guint tmp = order[i];

          order[i] = order[j];
          order[j] = tmp;
        }
      shuffled = import_in_order (order);
      g_assert_cmpstr (shuffled, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/threading/parent-priority", test_parent_priority);
  ADD ("/threading/ghost-root", test_ghost_root);
  ADD ("/threading/late-parent-merges", test_late_parent_merges);
  ADD ("/threading/loops", test_loops);
  ADD ("/threading/sent-reply-id", test_sent_reply_id);
  ADD ("/threading/other-channels", test_other_channels);
#undef ADD
  g_test_add_func ("/threading/mbox-any-order", test_mbox_any_order);

  return g_test_run ();
}
