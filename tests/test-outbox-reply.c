/* test-outbox-reply.c: fd_outbox_queue_reply(), the one way a reply gets
 * into the outbox. Each kind of request queues what it means, and a
 * failure half-way leaves nothing behind: no outgoing message, no entry,
 * the draft still there, the search index as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "fd-account.h"
#include "fd-ingest.h"
#include "fd-repeats.h"
#include "fd-test-util.h"

#define COMPLAINT "My parcel 48213 never arrived and nobody answers my emails, what is going on with my order?"

typedef struct
{
  char     *dir;
  FdStore  *store;
  FdOutbox *outbox;
  gint64    now;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  f->outbox = fd_outbox_new (f->store);
  f->now = g_get_real_time () / G_USEC_PER_SEC;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->outbox);
  g_clear_object (&f->store);
  fd_test_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

static void
exec (Fixture    *f,
      const char *sql)
{
  g_assert_cmpint (sqlite3_exec (fd_store_get_db (f->store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static gint64
add_message (Fixture    *f,
             const char *channel,
             const char *remote_id,
             const char *handle,
             const char *text,
             gint64      age)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message (channel, remote_id, handle, text, f->now - age);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_cmpint (fd_ingest_message (f->store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);

  return id;
}

static gint64
conversation_of (Fixture *f,
                 gint64   message_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT conversation_id FROM messages WHERE id = %" G_GINT64_FORMAT,
                                          message_id);

  return query_int (f, sql);
}

static GArray *
queue (Fixture         *f,
       FdReplyRequest  *request,
       GError         **error)
{
  g_autoptr(FdReplyRequest) owned = request;

  return fd_outbox_queue_reply (f->outbox, owned, error);
}

/* What the store holds that a reply writes: outgoing messages, entries,
 * drafts and the search index's rows. A failed request must leave every
 * one of them as it was. */
typedef struct {
  gint64  n_outgoing;
  gint64  n_entries;
  gint64  n_drafts;
  gint64  n_indexed;
  char   *entries;   /* every entry's state, payload and message */
  char   *texts;     /* every outgoing message's text */
} Snapshot;

static void
snapshot_take (Fixture  *f,
               Snapshot *snapshot)
{
  snapshot->n_outgoing = query_int (f, "SELECT count(*) FROM messages WHERE direction = 1");
  snapshot->n_entries = query_int (f, "SELECT count(*) FROM outbox");
  snapshot->n_drafts = query_int (f, "SELECT count(*) FROM drafts");
  snapshot->n_indexed = query_int (f, "SELECT count(*) FROM messages_fts");
  snapshot->entries = query_text (f, "SELECT group_concat (state || ':' || coalesce (error, '') || ':'"
                                     " || payload || ':' || message_id, '|') FROM (SELECT * FROM outbox ORDER BY id)");
  snapshot->texts = query_text (f, "SELECT group_concat (text, '|') FROM"
                                   " (SELECT text FROM messages WHERE direction = 1 ORDER BY id)");
}

static void
snapshot_clear (Snapshot *snapshot)
{
  g_clear_pointer (&snapshot->entries, g_free);
  g_clear_pointer (&snapshot->texts, g_free);
}

static void
assert_unchanged (Fixture        *f,
                  const Snapshot *before)
{
  Snapshot after = { 0 };

  snapshot_take (f, &after);
  g_assert_cmpint (after.n_outgoing, ==, before->n_outgoing);
  g_assert_cmpint (after.n_entries, ==, before->n_entries);
  g_assert_cmpint (after.n_drafts, ==, before->n_drafts);
  g_assert_cmpint (after.n_indexed, ==, before->n_indexed);
  g_assert_cmpstr (after.entries, ==, before->entries);
  g_assert_cmpstr (after.texts, ==, before->texts);
  snapshot_clear (&after);
}

/* Makes the next write matching @when fail as a full disk would, inside
 * whatever transaction is open. */
static void
inject_failure (Fixture    *f,
                const char *when)
{
  g_autofree char *sql = g_strdup_printf ("CREATE TEMP TRIGGER injected_failure %s"
                                          " BEGIN SELECT RAISE (ABORT, 'injected failure'); END", when);

  exec (f, sql);
}

static void
remove_failure (Fixture *f)
{
  exec (f, "DROP TRIGGER temp.injected_failure");
}

/* A plain reply: an unsent outgoing message and a pending entry with its
 * own idempotency key; the draft has become the reply; the customer is
 * not answered until it goes out. */
static void
test_plain (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) again = NULL;
  g_autoptr(FdMessage) reply = NULL;
  g_autoptr(FdMessage) parent = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *key = NULL;
  gint64 question = add_message (f, "email", "<q1@example.com>", "ann@example.com", "Where is my parcel?", 3600);
  FdOutboxEntry *entry;

  g_assert_true (fd_store_save_draft (f->store, conversation_of (f, question), "Half a rep", &error));

  ids = queue (f, fd_reply_request_new_plain (question, "It left today."), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);

  reply = fd_store_get_message (f->store, g_array_index (ids, gint64, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd_message_get_direction (reply), ==, FD_DIRECTION_OUT);
  g_assert_cmpint (fd_message_get_conversation_id (reply), ==, conversation_of (f, question));
  g_assert_cmpstr (fd_message_get_text (reply), ==, "It left today.");
  g_assert_cmpstr (fd_message_get_recipient (reply), ==, "ann@example.com");
  g_assert_cmpstr (fd_message_get_in_reply_to (reply), ==, "<q1@example.com>");
  g_assert_cmpint (fd_message_get_outbox_state (reply), ==, FD_OUTBOX_PENDING);
  /* Mail: the key is the Message-ID the reply will carry. */
  g_assert_true (g_str_has_suffix (fd_message_get_remote_id (reply), "@frontdesk.invalid"));

  entries = fd_outbox_list (f->outbox, 0, FALSE, &error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (entry->action, ==, FD_OUTBOX_ACTION_REPLY);
  g_assert_cmpint (entry->message_id, ==, fd_message_get_id (reply));
  g_assert_cmpint (entry->account_id, ==, 0);
  g_assert_cmpstr (entry->text, ==, "It left today.");
  g_assert_cmpstr (entry->recipient, ==, "ann@example.com");
  g_assert_false (entry->private_reply);
  g_assert_cmpuint (strlen (entry->idempotency_key), >=, 32);
  g_assert_true (g_str_has_prefix (fd_message_get_remote_id (reply), entry->idempotency_key));
  key = g_strdup (entry->idempotency_key);

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM drafts"), ==, 0);
  parent = fd_store_get_message (f->store, question, &error);
  g_assert_cmpint (fd_message_get_state (parent), ==, FD_MESSAGE_STATE_UNREAD);

  /* A second reply is a second entry with a key of its own. */
  again = queue (f, fd_reply_request_new_plain (question, "And a tracking link."), &error);
  g_assert_no_error (error);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = fd_outbox_list (f->outbox, 0, FALSE, &error);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (((FdOutboxEntry *) g_ptr_array_index (entries, 0))->idempotency_key, ==, key);
  g_assert_cmpstr (((FdOutboxEntry *) g_ptr_array_index (entries, 1))->idempotency_key, !=, key);
}

static void
test_private (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) bare = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *note = NULL;
  gint64 post = add_message (f, "mastodon", "m1", "@bo@example.social", "You charged me twice!", 600);
  Snapshot before = { 0 };
  FdOutboxEntry *entry;

  g_assert_true (fd_store_save_draft (f->store, conversation_of (f, post), "Refund of 42", &error));

  /* The note is public: one that repeats the private text is refused,
   * and nothing is written. */
  snapshot_take (f, &before);
  g_assert_null (queue (f, fd_reply_request_new_private (post, "Refund of 42 EUR is on its way.",
                                                         "Sorry! Refund of 42 EUR is on its way."), &error));
  g_assert_error (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_INVALID);
  g_clear_error (&error);
  assert_unchanged (f, &before);
  snapshot_clear (&before);

  ids = queue (f, fd_reply_request_new_private (post, "Refund of 42 EUR is on its way.",
                                                "  We sent you a direct message.  "), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  entries = fd_outbox_list (f->outbox, 0, FALSE, &error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (entry->action, ==, FD_OUTBOX_ACTION_PRIVATE_REPLY);
  g_assert_true (entry->private_reply);
  g_assert_cmpstr (entry->text, ==, "Refund of 42 EUR is on its way.");
  g_assert_cmpint (entry->message_id, ==, g_array_index (ids, gint64, 0));
  /* The same entry carries the note: one row, written at once. */
  note = query_text (f, "SELECT json_extract (payload, '$.public_note') FROM outbox");
  g_assert_cmpstr (note, ==, "We sent you a direct message.");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM drafts"), ==, 0);

  /* A blank note is no note. */
  bare = queue (f, fd_reply_request_new_private (post, "One more detail.", " "), &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outbox WHERE action = 'private-reply'"
                                 " AND json_type (payload, '$.public_note') IS NULL"), ==, 1);
}

/* Three copies of one complaint, each in a conversation of its own. */
static gint64
add_repeat (Fixture *f,
            gint64  *copies)
{
  g_autoptr(GError) error = NULL;
  gint64 group_id;

  copies[0] = add_message (f, "mastodon", "c1", "@cy@example.social", COMPLAINT, 7200);
  copies[1] = add_message (f, "mastodon", "c2", "@cy@example.social", COMPLAINT " Hello?", 3600);
  copies[2] = add_message (f, "mastodon", "c3", "@cy@example.social", COMPLAINT " Anyone?", 1800);

  group_id = fd_repeats_get_group_id (f->store, copies[0], &error);
  g_assert_no_error (error);
  g_assert_cmpint (group_id, >, 0);
  for (guint i = 1; i < 3; i++)
    g_assert_cmpint (fd_repeats_get_group_id (f->store, copies[i], &error), ==, group_id);
  for (guint i = 0; i < 3; i++)
    for (guint j = i + 1; j < 3; j++)
      g_assert_cmpint (conversation_of (f, copies[i]), !=, conversation_of (f, copies[j]));

  return group_id;
}

static void
test_all_copies (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 copies[3];
  gint64 group_id = add_repeat (f, copies);
  Snapshot before = { 0 };

  /* One copy was answered elsewhere already: it is left alone. */
  g_assert_true (fd_store_set_message_state (f->store, copies[1], FD_MESSAGE_STATE_ANSWERED, &error));

  ids = queue (f, fd_reply_request_new_all_copies (group_id, "Sorry for the wait: a new parcel left today."), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outbox"), ==, 2);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(FdMessage) reply = fd_store_get_message (f->store, g_array_index (ids, gint64, i), &error);
      gint64 answered = i == 0 ? copies[0] : copies[2];

      g_assert_no_error (error);
      g_assert_cmpint (fd_message_get_conversation_id (reply), ==, conversation_of (f, answered));
      /* Adapted to the channel: a public post mentions its author. */
      g_assert_cmpstr (fd_message_get_text (reply), ==, "@cy@example.social Sorry for the wait: a new parcel left today.");
      g_assert_cmpint (fd_message_get_outbox_state (reply), ==, FD_OUTBOX_PENDING);
    }

  /* Asked again: every copy has a reply waiting. Nothing is queued. */
  snapshot_take (f, &before);
  g_assert_null (queue (f, fd_reply_request_new_all_copies (group_id, "Again"), &error));
  g_assert_error (error, FD_REPEATS_ERROR, FD_REPEATS_ERROR_NOTHING_TO_DO);
  g_clear_error (&error);
  assert_unchanged (f, &before);
  snapshot_clear (&before);

  g_assert_null (queue (f, fd_reply_request_new_all_copies (999999, "Nobody"), &error));
  g_assert_error (error, FD_REPEATS_ERROR, FD_REPEATS_ERROR_NOT_FOUND);
}

/* Editing a reply that failed is the person's "try again": the text of
 * the entry, of its message and in the search index change, and the
 * entry is pending again, all at once. */
static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) edited = NULL;
  g_autoptr(GArray) pending = NULL;
  g_autoptr(FdOutboxEntry) entry = NULL;
  g_autoptr(FdMessage) reply = NULL;
  g_autoptr(FdAccount) account = fd_account_new ("email", "Shop", "shop@example.com");
  g_autofree char *update = NULL;
  gboolean uncertain = FALSE;
  gint64 question = add_message (f, "email", "<q2@example.com>", "dee@example.com", "Open on Sunday?", 600);
  gint64 state_entry;

  ids = queue (f, fd_reply_request_new_plain (question, "Yes, from ten."), &error);
  g_assert_no_error (error);
  entry = fd_outbox_get (f->outbox, 1, &error);
  g_assert_no_error (error);
  g_assert_true (fd_outbox_mark_failed (f->outbox, entry, "Refused by the server", &error));

  edited = queue (f, fd_reply_request_new_edit (entry->id, "Yes, from eleven."), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (edited->len, ==, 1);
  g_assert_cmpint (g_array_index (edited, gint64, 0), ==, g_array_index (ids, gint64, 0));

  g_clear_pointer (&entry, fd_outbox_entry_free);
  entry = fd_outbox_get (f->outbox, 1, &error);
  g_assert_cmpint (entry->state, ==, FD_OUTBOX_PENDING);
  g_assert_null (entry->error);
  g_assert_cmpstr (entry->text, ==, "Yes, from eleven.");
  reply = fd_store_get_message (f->store, entry->message_id, &error);
  g_assert_cmpstr (fd_message_get_text (reply), ==, "Yes, from eleven.");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'eleven'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'ten'"), ==, 0);

  /* A pending one stays pending. */
  pending = queue (f, fd_reply_request_new_edit (entry->id, "Yes, from eleven to four."), &error);
  g_assert_no_error (error);
  g_clear_pointer (&entry, fd_outbox_entry_free);
  entry = fd_outbox_get (f->outbox, 1, &error);
  g_assert_cmpint (entry->state, ==, FD_OUTBOX_PENDING);
  g_assert_cmpstr (entry->text, ==, "Yes, from eleven to four.");

  /* Going out: no longer the person's to change. */
  g_assert_true (fd_account_save (account, f->store, &error));
  g_assert_no_error (error);
  g_assert_true (fd_outbox_adopt_orphans (f->outbox, fd_account_get_id (account), "email", &error));
  g_clear_pointer (&entry, fd_outbox_entry_free);
  entry = fd_outbox_claim_next (f->outbox, fd_account_get_id (account), &uncertain, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_assert_null (queue (f, fd_reply_request_new_edit (entry->id, "Too late"), &error));
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpstr (entry->text, ==, "Yes, from eleven to four.");

  /* A state change has no text. */
  update = g_strdup_printf ("UPDATE messages SET account_id = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                            fd_account_get_id (account), question);
  exec (f, update);
  state_entry = fd_outbox_queue_state (f->outbox, question, FD_MESSAGE_STATE_ARCHIVED, &error);
  g_assert_no_error (error);
  g_assert_cmpint (state_entry, >, 0);
  g_assert_null (queue (f, fd_reply_request_new_edit (state_entry, "Text"), &error));
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED);
}

/* A reply sent in translation keeps what was written, in its language,
 * for the conversation to show; editing the reply drops it unless the
 * edit was translated too; a reply sent as written has none. */
static void
test_written (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) plain = NULL;
  g_autoptr(GArray) edited = NULL;
  g_autoptr(GHashTable) written = NULL;
  g_autoptr(FdMessage) question_message = NULL;
  FdReplyRequest *request;
  FdWrittenReply *reply;
  gint64 question = add_message (f, "email", "<q3@example.com>", "ines@example.com", "¿Abrís el domingo?", 700);
  gint64 id;

  request = fd_reply_request_new_plain (question, "Sí, desde las diez.");
  fd_reply_request_set_written (request, "Yes, from ten.", "en");
  ids = queue (f, request, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  id = g_array_index (ids, gint64, 0);

  plain = queue (f, fd_reply_request_new_plain (question, "Gracias."), &error);
  g_assert_no_error (error);

  question_message = fd_store_get_message (f->store, question, &error);
  g_assert_no_error (error);
  written = fd_outbox_get_written (f->outbox, fd_message_get_conversation_id (question_message), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (written), ==, 1);
  reply = g_hash_table_lookup (written, &id);
  g_assert_nonnull (reply);
  g_assert_cmpstr (reply->lang, ==, "en");
  g_assert_cmpstr (reply->text, ==, "Yes, from ten.");

  /* Edited as written: what was written before is not what goes out. */
  edited = queue (f, fd_reply_request_new_edit (1, "Sí, desde las once."), &error);
  g_assert_no_error (error);
  g_clear_pointer (&written, g_hash_table_unref);
  written = fd_outbox_get_written (f->outbox, fd_message_get_conversation_id (question_message), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (written), ==, 0);

  /* Edited in translation: the new text as written. */
  g_clear_pointer (&edited, g_array_unref);
  request = fd_reply_request_new_edit (1, "Sí, desde las doce.");
  fd_reply_request_set_written (request, "Yes, from noon.", "en");
  edited = queue (f, request, &error);
  g_assert_no_error (error);
  g_clear_pointer (&written, g_hash_table_unref);
  written = fd_outbox_get_written (f->outbox, fd_message_get_conversation_id (question_message), &error);
  g_assert_no_error (error);
  reply = g_hash_table_lookup (written, &id);
  g_assert_nonnull (reply);
  g_assert_cmpstr (reply->text, ==, "Yes, from noon.");
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 copies[3];
  gint64 group_id = add_repeat (f, copies);
  FdReplyRequest *requests[] = {
    fd_reply_request_new_plain (copies[0], " \n\t"),
    fd_reply_request_new_private (copies[0], "", "We wrote to you."),
    fd_reply_request_new_all_copies (group_id, "   "),
    fd_reply_request_new_edit (1, "\n"),
  };
  Snapshot before = { 0 };

  ids = queue (f, fd_reply_request_new_plain (copies[0], "Looking into it."), &error);
  g_assert_no_error (error);

  snapshot_take (f, &before);
  for (guint i = 0; i < G_N_ELEMENTS (requests); i++)
    {
      g_assert_null (queue (f, requests[i], &error));
      g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "empty"));
      g_clear_error (&error);
    }
  assert_unchanged (f, &before);
  snapshot_clear (&before);
}

/* One transaction per request: a failure at any point of it leaves
 * nothing behind. */
static void
test_one_transaction (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(FdOutboxEntry) entry = NULL;
  gint64 copies[3];
  gint64 group_id = add_repeat (f, copies);
  gint64 question = add_message (f, "email", "<q3@example.com>", "eve@example.com", "Invoice missing", 900);
  Snapshot before = { 0 };

  for (guint i = 0; i < 3; i++)
    g_assert_true (fd_store_save_draft (f->store, conversation_of (f, copies[i]), "Draft", &error));
  g_assert_true (fd_store_save_draft (f->store, conversation_of (f, question), "Draft", &error));

  /* Answering all copies: the second entry cannot be written. The first
   * copy's message, entry and draft must not stay. */
  snapshot_take (f, &before);
  inject_failure (f, "BEFORE INSERT ON outbox WHEN (SELECT count(*) FROM outbox) >= 1");
  g_assert_null (queue (f, fd_reply_request_new_all_copies (group_id, "A new parcel left today."), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_unchanged (f, &before);
  remove_failure (f);
  snapshot_clear (&before);

  /* The message is written, its entry (with the public note) is not. */
  snapshot_take (f, &before);
  inject_failure (f, "BEFORE INSERT ON outbox");
  g_assert_null (queue (f, fd_reply_request_new_private (question, "Here is the invoice.", "Sent privately."), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_unchanged (f, &before);
  remove_failure (f);
  snapshot_clear (&before);

  /* The draft cannot be removed: the reply must not stay either. */
  snapshot_take (f, &before);
  inject_failure (f, "BEFORE DELETE ON drafts");
  g_assert_null (queue (f, fd_reply_request_new_plain (question, "Here is the invoice."), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_unchanged (f, &before);
  remove_failure (f);
  snapshot_clear (&before);

  /* Without failures, the same requests go through. */
  all = queue (f, fd_reply_request_new_all_copies (group_id, "A new parcel left today."), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  ids = queue (f, fd_reply_request_new_plain (question, "Here is the invoice."), &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM drafts"), ==, 0);

  /* Editing a failed reply: the text is changed, then putting it back
   * to pending fails. The old text and the failure stay. */
  entry = fd_outbox_get (f->outbox, query_int (f, "SELECT max(id) FROM outbox"), &error);
  g_assert_no_error (error);
  g_assert_true (fd_outbox_mark_failed (f->outbox, entry, "Mailbox full", &error));
  snapshot_take (f, &before);
  inject_failure (f, "BEFORE UPDATE OF state ON outbox");
  g_assert_null (queue (f, fd_reply_request_new_edit (entry->id, "The invoice, again."), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_unchanged (f, &before);
  remove_failure (f);
  snapshot_clear (&before);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'again'"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/outbox-reply/plain", test_plain);
  ADD ("/outbox-reply/private", test_private);
  ADD ("/outbox-reply/all-copies", test_all_copies);
  ADD ("/outbox-reply/edit", test_edit);
  ADD ("/outbox-reply/written", test_written);
  ADD ("/outbox-reply/empty", test_empty);
  ADD ("/outbox-reply/one-transaction", test_one_transaction);

#undef ADD

  return g_test_run ();
}
