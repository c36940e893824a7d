/* test-customers.c: identities, automatic links, suggestions, merge,
 * split and undo, export and erase.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <sqlite3.h>
#include <string.h>

#include "fd-customers.h"
#include "fd-importer.h"
#include "fd-repeats.h"
#include "fd-store-private.h"
#include "fd-test-util.h"

typedef struct {
  char    *dir;
  FdStore *store;
} Fixture;

static void
import_fixture (FdStore *store)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "repeats", "fixture.jsonl", NULL);
  g_autoptr(FdImporter) importer = fd_importer_new (store);
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_importer_import_path (importer, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fd_importer_finish (importer, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  import_fixture (f->store);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  fd_test_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
customer_of (Fixture    *f,
             const char *channel,
             const char *handle)
{
  g_autoptr(GError) error = NULL;
  gint64 id = fd_customers_find (f->store, channel, handle, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return n;
}

/* Who owns what: identities and conversations, as one string. */
static char *
snapshot (Fixture *f)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store),
                                       "SELECT 'i', id, coalesce(customer_id, 0) FROM identities"
                                       " UNION ALL SELECT 'c', id, coalesce(customer_id, 0) FROM conversations"
                                       " UNION ALL SELECT 'r', id, repeat_count FROM messages WHERE repeat_count > 0"
                                       " UNION ALL SELECT 'm', id, coalesce(merged_into, 0) FROM customers"
                                       " ORDER BY 1, 2", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s%lld=%lld ", sqlite3_column_text (stmt, 0),
                            (long long) sqlite3_column_int64 (stmt, 1), (long long) sqlite3_column_int64 (stmt, 2));
  sqlite3_finalize (stmt);

  return g_string_free (out, FALSE);
}

static void
test_link_key (void)
{
  static const struct {
    const char *link;
    const char *key;
  } cases[] = {
    { "Ana.Lopez@Example.com", "email:ana.lopez@example.com" },
    { "mailto:sofia@correo.example?subject=hi", "email:sofia@correo.example" },
    { "https://mastodon.social/@analopez", "mastodon:analopez@mastodon.social" },
    { "https://mastodon.social/@ana@other.example/", "mastodon:ana@other.example" },
    { "@ana@piaille.fr", "mastodon:ana@piaille.fr" },
    { "https://bsky.app/profile/ana-lopez.bsky.social", "bluesky:ana-lopez.bsky.social" },
    { "@ana.example.com", "bluesky:ana.example.com" },
    { "ana.bsky.social", "bluesky:ana.bsky.social" },
    { "bluesky:@Ana.bsky.social", "bluesky:ana.bsky.social" },
    { "https://example.com/about", NULL },
    { "just words", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = fd_customers_link_key (cases[i].link);
      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

static void
test_auto_link (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(FdCustomer) ana = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ana_id = customer_of (f, "email", "ana.lopez@example.com");
  gint64 mads_a = customer_of (f, "mastodon", "@mhansen@norden.example");
  gint64 mads_b = customer_of (f, "bluesky", "mads-hansen.bsky.social");
  gboolean found = FALSE;

  /* Certain: the Mastodon profile names the email address, the Bluesky
   * profile the Mastodon account. */
  g_assert_cmpint (ana_id, >, 0);
  g_assert_cmpint (customer_of (f, "mastodon", "@analopez@mastodon.social"), ==, ana_id);
  g_assert_cmpint (customer_of (f, "bluesky", "ana-lopez.bsky.social"), ==, ana_id);
  g_assert_cmpint (customer_of (f, "mastodon", "@sofiaruiz@mastodon.online"), ==,
                   customer_of (f, "email", "sofia.ruiz@correo.example"));
  /* Case and @ as a person types them. */
  g_assert_cmpint (customer_of (f, "mastodon", "AnaLopez@mastodon.social"), ==, ana_id);

  ana = fd_customers_get (f->store, ana_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ana->identities->len, ==, 3);
  g_assert_cmpuint (ana->n_messages, ==, 4);
  g_assert_cmpstr (ana->lang, ==, "es");

  /* Likely only: same name, same complaint, two channels, one day. */
  g_assert_cmpint (mads_a, !=, mads_b);
  suggestions = fd_customers_list_suggestions (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < suggestions->len; i++)
    {
      FdLinkSuggestion *s = g_ptr_array_index (suggestions, i);

      g_assert_cmpint (s->customer_a, <, s->customer_b);
      if (s->customer_a == MIN (mads_a, mads_b) && s->customer_b == MAX (mads_a, mads_b))
        found = TRUE;
      else
        g_test_message ("unexpected suggestion %lld-%lld", (long long) s->customer_a, (long long) s->customer_b);
    }
  g_assert_true (found);
  g_assert_cmpuint (suggestions->len, ==, 1);
}

static void
test_merge_split_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(FdCustomerOperation) op = NULL;
  g_autoptr(FdCustomer) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f);
  g_autofree char *after_merge = NULL;
  g_autofree char *after_undo = NULL;
  gint64 mads_a = customer_of (f, "mastodon", "@mhansen@norden.example");
  gint64 mads_b = customer_of (f, "bluesky", "mads-hansen.bsky.social");
  gint64 ana_id = customer_of (f, "email", "ana.lopez@example.com");
  gint64 groups_before = count (f, "SELECT count(*) FROM repeat_groups");
  gint64 new_id;

  /* Accepting the suggestion merges, and their two posts become one
   * customer's repeats. */
  suggestions = fd_customers_list_suggestions (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 1);
  g_assert_true (fd_customers_accept_suggestion (f->store, ((FdLinkSuggestion *) g_ptr_array_index (suggestions, 0))->id, &error));
  g_assert_no_error (error);

  g_assert_cmpint (customer_of (f, "bluesky", "mads-hansen.bsky.social"), ==, MIN (mads_a, mads_b));
  g_assert_cmpint (count (f, "SELECT count(*) FROM repeat_groups"), ==, groups_before + 1);
  merged = fd_customers_get (f->store, MIN (mads_a, mads_b), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (merged->identities->len, ==, 2);
  g_assert_null (fd_customers_get (f->store, MAX (mads_a, mads_b), &error));
  g_assert_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after_merge = snapshot (f);
  g_assert_cmpstr (after_merge, !=, before);

  /* Undo puts everything back exactly. */
  g_assert_true (fd_customers_undo (f->store, &op, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (op->kind, ==, "merge");
  after_undo = snapshot (f);
  g_assert_cmpstr (after_undo, ==, before);
  g_clear_pointer (&op, fd_customer_operation_free);

  /* Split Ana's Bluesky identity off, with its conversation. */
  new_id = fd_customers_split (f->store, ana_id, "bluesky", "ana-lopez.bsky.social", &error);
  g_assert_no_error (error);
  g_assert_cmpint (new_id, >, 0);
  g_assert_cmpint (customer_of (f, "bluesky", "ana-lopez.bsky.social"), ==, new_id);
  g_assert_cmpint (customer_of (f, "email", "ana.lopez@example.com"), ==, ana_id);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM conversations WHERE customer_id = %lld", (long long) new_id);
    g_assert_cmpint (count (f, sql), ==, 1);
  }

  /* The split one cannot be split again, nor merged with itself. */
  g_assert_cmpint (fd_customers_split (f->store, new_id, "bluesky", "ana-lopez.bsky.social", &error), ==, 0);
  g_assert_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fd_customers_merge (f->store, ana_id, ana_id, &error));
  g_assert_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_INVALID);
  g_clear_error (&error);

  /* History is kept: a new post from the split identity stays apart. */
  {
    g_autoptr(FdParsedMessage) msg = fd_test_message ("bluesky", "bs-new-1", "ana-lopez.bsky.social",
                                                      "¿Alguien me puede decir algo del técnico?", 1709600000);
    msg->author_links = g_ptr_array_new_with_free_func (g_free);
    g_ptr_array_add (msg->author_links, g_strdup ("https://mastodon.social/@analopez"));
    g_assert_cmpint (fd_store_insert_message (f->store, msg, NULL, &error), ==, FD_INSERT_ADDED);
    g_assert_no_error (error);
    g_assert_cmpint (customer_of (f, "bluesky", "ana-lopez.bsky.social"), ==, new_id);
  }

  g_assert_true (fd_customers_undo (f->store, &op, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (op->kind, ==, "split");
  g_assert_cmpint (customer_of (f, "bluesky", "ana-lopez.bsky.social"), ==, ana_id);

  g_assert_false (fd_customers_undo (f->store, NULL, &error));
  g_assert_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_NOTHING_TO_UNDO);
}

static void
test_merge_makes_repeats (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 a = customer_of (f, "mastodon", "@mhansen@norden.example");
  gint64 b = customer_of (f, "bluesky", "mads-hansen.bsky.social");
  g_autoptr(GPtrArray) before = fd_repeats_list_groups (f->store, FALSE, 0, NULL);
  g_autoptr(GPtrArray) after = NULL;
  gboolean found = FALSE;

  g_assert_true (fd_customers_merge (f->store, a, b, &error));
  g_assert_no_error (error);
  after = fd_repeats_list_groups (f->store, FALSE, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  for (guint i = 0; i < after->len; i++)
    {
      FdRepeatGroup *group = g_ptr_array_index (after, i);

      if (group->customer_id == a)
        {
          g_assert_cmpuint (group->messages->len, ==, 2);
          found = TRUE;
        }
    }
  g_assert_true (found);
}

static void
test_export_erase (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(FdParsedMessage) with_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *att_dir = g_build_filename (f->dir, "attachments", NULL);
  g_autofree char *att_path = g_build_filename (att_dir, "tom-invoice.pdf", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) hits = NULL;
  gint64 tom = customer_of (f, "email", "tom.baker@bakersons.example");
  gint64 others_before;
  guint64 n_exported = 0;
  gint64 message_id = 0;
  FdParsedAttachment *att;

  /* One of Tom's messages has a file, and we answered one of them. */
  g_assert_cmpint (g_mkdir_with_parents (att_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (att_path, "%PDF", -1, NULL));
  with_file = fd_test_message ("email", "<att@mail.example>", "tom.baker@bakersons.example",
                               "Invoice attached, see INV-2231.", 1709700000);
  /* The name the index saw for Tom's other messages (see the note on
   * erase in fd-customers.h). */
  with_file->author_name = g_strdup ("Tom Baker");
  att = fd_parsed_attachment_new ();
  att->filename = g_strdup ("invoice.pdf");
  att->content_type = g_strdup ("application/pdf");
  att->path = g_strdup ("attachments/tom-invoice.pdf");
  att->size = 4;
  g_ptr_array_add (with_file->attachments, att);
  g_assert_cmpint (fd_store_insert_message (f->store, with_file, &message_id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  g_assert_cmpint (fd_store_queue_reply (f->store, message_id, "Thanks Tom, refund on its way.", FALSE, &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (fd_customers_export (f->store, tom, out, &n_exported, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_exported, ==, 5 + 1 + 1);
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  g_assert_nonnull (g_strstr_len (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                                  g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), "INV-2231"));

  others_before = count (f, "SELECT count(*) FROM messages") - 7;

  g_assert_true (fd_customers_erase (f->store, tom, &error));
  g_assert_no_error (error);

  sql = g_strdup_printf ("SELECT count(*) FROM customers WHERE id = %lld", (long long) tom);
  g_assert_cmpint (count (f, sql), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM identities WHERE handle = 'tom.baker@bakersons.example'"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM messages WHERE text LIKE '%INV-2231%'"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM messages"), ==, others_before);
  g_assert_cmpint (count (f, "SELECT count(*) FROM conversations c WHERE NOT EXISTS"
                             " (SELECT 1 FROM messages m WHERE m.conversation_id = c.id)"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM attachments"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM outbox"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM repeat_members rm WHERE NOT EXISTS"
                             " (SELECT 1 FROM messages m WHERE m.id = rm.message_id)"), ==, 0);
  g_assert_false (g_file_test (att_path, G_FILE_TEST_EXISTS));

  /* The search index no longer knows the words, and is consistent. */
  filter->view = FD_VIEW_EVERYTHING;
  g_assert_true (fd_filter_parse_search (filter, "INV-2231", &error));
  hits = fd_store_list (f->store, filter, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 0);
  g_assert_cmpint (sqlite3_exec (fd_store_get_db (f->store),
                                 "INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (fd_customers_erase (f->store, tom, &error));
  g_assert_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_NOT_FOUND);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GError) error = NULL;
  guint n_identities = 0;

  all = fd_customers_list (f->store, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, >, 50);
  for (guint i = 0; i < all->len; i++)
    {
      FdCustomer *c = g_ptr_array_index (all, i);

      g_assert_cmpuint (c->identities->len, >=, 1);
      n_identities += c->identities->len;
      if (i > 0)
        g_assert_cmpint (c->id, >, ((FdCustomer *) g_ptr_array_index (all, i - 1))->id);
    }
  /* Every customer identity once; merged customers are not listed. */
  g_assert_cmpint (n_identities, ==, count (f, "SELECT count(*) FROM identities WHERE customer_id IS NOT NULL"));

  page = fd_customers_list (f->store, ((FdCustomer *) g_ptr_array_index (all, 9))->id, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->len, ==, 5);
  g_assert_cmpint (((FdCustomer *) g_ptr_array_index (page, 0))->id, ==,
                   ((FdCustomer *) g_ptr_array_index (all, 10))->id);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/customers/link-key", test_link_key);
  g_test_add ("/customers/auto-link", Fixture, NULL, fixture_setup, test_auto_link, fixture_teardown);
  g_test_add ("/customers/list", Fixture, NULL, fixture_setup, test_list, fixture_teardown);
  g_test_add ("/customers/merge-split-undo", Fixture, NULL, fixture_setup, test_merge_split_undo, fixture_teardown);
  g_test_add ("/customers/merge-makes-repeats", Fixture, NULL, fixture_setup, test_merge_makes_repeats, fixture_teardown);
  g_test_add ("/customers/export-erase", Fixture, NULL, fixture_setup, test_export_erase, fixture_teardown);

  return g_test_run ();
}
