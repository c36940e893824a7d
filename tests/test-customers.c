/* test-customers.c: identities, automatic links, suggestions, merge,
 * split and undo, export and erase.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <sqlite3.h>
#include <string.h>

#include "fd-account.h"
#include "fd-customers.h"
#include "fd-importer.h"
#include "fd-listening.h"
#include "fd-ingest.h"
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
    g_assert_cmpint (fd_ingest_message (f->store, msg, NULL, &error), ==, FD_INSERT_ADDED);
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
post (Fixture    *f,
      const char *channel,
      const char *remote_id,
      const char *handle,
      const char *name,
      const char *text,
      gint64      created_at)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message (channel, remote_id, handle, text, created_at);
  g_autoptr(GError) error = NULL;

  msg->author_name = g_strdup (name);
  msg->lang = g_strdup ("de");
  g_assert_cmpint (fd_ingest_message (f->store, msg, NULL, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
}

/* The id of the suggestion to link @a and @b, or 0. */
static gint64
find_suggestion (GPtrArray *suggestions,
                 gint64     a,
                 gint64     b)
{
  for (guint i = 0; i < suggestions->len; i++)
    {
      FdLinkSuggestion *s = g_ptr_array_index (suggestions, i);

      if (s->customer_a == MIN (a, b) && s->customer_b == MAX (a, b))
        return s->id;
    }

  return 0;
}

static gboolean
has_suggestion (GPtrArray *suggestions,
                gint64     a,
                gint64     b)
{
  return find_suggestion (suggestions, a, b) != 0;
}

static gint64
suggestion_between (GPtrArray *suggestions,
                    gint64     a,
                    gint64     b)
{
  gint64 id = find_suggestion (suggestions, a, b);

  g_assert_cmpint (id, >, 0);
  return id;
}

static GPtrArray *
list_suggestions (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *suggestions = fd_customers_list_suggestions (f->store, &error);

  g_assert_no_error (error);
  return suggestions;
}

/* One person on three channels: linking two keeps the suggestion for the
 * third, about the customer they became; undo brings back what was
 * there; "two people" said of it holds for the merged customer. */
static void
test_suggestion_follows_merge (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 masto, bsky, mail;
  guint others;

  /* The fixture's own suggestions, about other people. */
  suggestions = list_suggestions (f);
  others = suggestions->len;
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  post (f, "mastodon", "nora-ma-1", "@nlind@norden.example", "Nora Lind",
        "Bestellung 66120 ist seit zehn Tagen unterwegs und bewegt sich nicht.", 1710400000);
  post (f, "bluesky", "nora-bl-1", "nora-lind.bsky.social", "Nora Lind",
        "Wo bleibt Bestellung 66120? Zehn Tage und keine Bewegung.", 1710410000);
  post (f, "email", "<nora-1@mail.example>", "nora.lind@post.example", "Nora Lind",
        "Guten Tag, meine Bestellung 66120 ist immer noch nicht da.", 1710420000);
  masto = customer_of (f, "mastodon", "@nlind@norden.example");
  bsky = customer_of (f, "bluesky", "nora-lind.bsky.social");
  mail = customer_of (f, "email", "nora.lind@post.example");

  suggestions = list_suggestions (f);
  g_assert_true (has_suggestion (suggestions, masto, bsky));
  g_assert_true (has_suggestion (suggestions, masto, mail) || has_suggestion (suggestions, bsky, mail));

  for (guint i = 0; i < suggestions->len; i++)
    {
      FdLinkSuggestion *s = g_ptr_array_index (suggestions, i);

      if (s->customer_a == MIN (masto, bsky) && s->customer_b == MAX (masto, bsky))
        {
          g_assert_true (fd_customers_accept_suggestion (f->store, s->id, &error));
          g_assert_no_error (error);
        }
    }
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* One suggestion left, about the linked customer and the mail one. */
  bsky = customer_of (f, "bluesky", "nora-lind.bsky.social");
  g_assert_cmpint (customer_of (f, "mastodon", "@nlind@norden.example"), ==, bsky);
  suggestions = list_suggestions (f);
  g_assert_cmpuint (suggestions->len, ==, others + 1);
  g_assert_true (has_suggestion (suggestions, bsky, mail));

  g_assert_true (fd_customers_accept_suggestion (f->store, suggestion_between (suggestions, bsky, mail), &error));
  g_assert_no_error (error);
  g_clear_pointer (&suggestions, g_ptr_array_unref);
  g_assert_cmpint (customer_of (f, "email", "nora.lind@post.example"), ==, customer_of (f, "bluesky", "nora-lind.bsky.social"));
  suggestions = list_suggestions (f);
  g_assert_cmpuint (suggestions->len, ==, others);
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* Undo the second link: the suggestion is there again. */
  g_assert_true (fd_customers_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  mail = customer_of (f, "email", "nora.lind@post.example");
  g_assert_cmpint (mail, !=, customer_of (f, "bluesky", "nora-lind.bsky.social"));
  suggestions = list_suggestions (f);
  g_assert_cmpuint (suggestions->len, ==, others + 1);
  g_assert_true (has_suggestion (suggestions, customer_of (f, "bluesky", "nora-lind.bsky.social"), mail));

  /* Two people after all: said of the merged customer, it holds for a
   * new post of both under the same number. */
  g_assert_true (fd_customers_dismiss_suggestion (f->store,
                                                  suggestion_between (suggestions, customer_of (f, "bluesky", "nora-lind.bsky.social"), mail),
                                                  &error));
  g_assert_no_error (error);
  g_clear_pointer (&suggestions, g_ptr_array_unref);
  suggestions = list_suggestions (f);
  g_assert_cmpuint (suggestions->len, ==, others);
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  post (f, "bluesky", "nora-bl-2", "nora-lind.bsky.social", "Nora Lind",
        "Rechnung 88410 hat die falsche Adresse, bitte korrigieren.", 1710500000);
  post (f, "email", "<nora-2@mail.example>", "nora.lind@post.example", "Nora Lind",
        "Die Rechnung 88410 hat die falsche Adresse. Bitte korrigieren.", 1710510000);
  suggestions = list_suggestions (f);
  g_assert_cmpuint (suggestions->len, ==, others);
}

/* "Not the same": the suggestion goes, the two stay apart, and the same
 * evidence again does not bring it back, while it still does for others. */
static void
test_dismiss_suggestion (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 mads_a = customer_of (f, "mastodon", "@mhansen@norden.example");
  gint64 mads_b = customer_of (f, "bluesky", "mads-hansen.bsky.social");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 suggestion_id;

  suggestions = fd_customers_list_suggestions (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 1);
  g_assert_true (has_suggestion (suggestions, mads_a, mads_b));
  suggestion_id = ((FdLinkSuggestion *) g_ptr_array_index (suggestions, 0))->id;
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  before = snapshot (f);
  g_assert_true (fd_customers_dismiss_suggestion (f->store, suggestion_id, &error));
  g_assert_no_error (error);
  after = snapshot (f);
  g_assert_cmpstr (after, ==, before);

  suggestions = fd_customers_list_suggestions (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->len, ==, 0);
  g_clear_pointer (&suggestions, g_ptr_array_unref);
  g_assert_cmpint (customer_of (f, "mastodon", "@mhansen@norden.example"), ==, mads_a);
  g_assert_cmpint (customer_of (f, "bluesky", "mads-hansen.bsky.social"), ==, mads_b);
  /* Nothing to undo: dismissing merged nothing. */
  g_assert_false (fd_customers_undo (f->store, NULL, &error));
  g_assert_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);

  /* A dismissed suggestion can be neither dismissed nor accepted again. */
  g_assert_false (fd_customers_dismiss_suggestion (f->store, suggestion_id, &error));
  g_assert_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (fd_customers_accept_suggestion (f->store, suggestion_id, &error));
  g_assert_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (customer_of (f, "bluesky", "mads-hansen.bsky.social"), ==, mads_b);

  /* Mads posts another complaint on both channels, and so does Lena,
   * whom nobody has judged yet. */
  post (f, "mastodon", "after-dismiss-ma-1", "@mhansen@norden.example", "Mads Hansen",
        "Meine Rücksendung 55120 wurde vor zwei Wochen abgeholt und die Erstattung fehlt immer noch.", 1710400000);
  post (f, "bluesky", "after-dismiss-bl-1", "mads-hansen.bsky.social", "Mads Hansen",
        "Meine Rücksendung 55120 wurde vor zwei Wochen abgeholt und die Erstattung fehlt immer noch!", 1710410000);
  post (f, "mastodon", "after-dismiss-ma-2", "@lberg@norden.example", "Lena Berg",
        "Der Kundendienst antwortet seit einer Woche nicht auf meine Frage zur Rechnung 77310.", 1710400000);
  post (f, "bluesky", "after-dismiss-bl-2", "lena-berg.bsky.social", "Lena Berg",
        "Der Kundendienst antwortet seit einer Woche nicht auf meine Frage zur Rechnung 77310!", 1710410000);

  suggestions = fd_customers_list_suggestions (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (has_suggestion (suggestions, customer_of (f, "mastodon", "@lberg@norden.example"),
                                 customer_of (f, "bluesky", "lena-berg.bsky.social")));
  g_assert_false (has_suggestion (suggestions, mads_a, mads_b));
  g_assert_cmpuint (suggestions->len, ==, 1);
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
exec_sql (Fixture    *f,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (fd_store_get_db (f->store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* The ids of what is about to be erased, as SQL lists. */
typedef struct {
  char *customers;
  char *identities;
  char *conversations;
  char *messages;
} ErasedIds;

static char *
id_list (Fixture    *f,
         const char *sql)
{
  GString *out = g_string_new ("(");
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s%lld", out->len > 1 ? "," : "", (long long) sqlite3_column_int64 (stmt, 0));
  sqlite3_finalize (stmt);
  g_string_append_c (out, ')');
  g_assert_cmpuint (out->len, >, 2);

  return g_string_free (out, FALSE);
}

static void
erased_ids_clear (ErasedIds *ids)
{
  g_free (ids->customers);
  g_free (ids->identities);
  g_free (ids->conversations);
  g_free (ids->messages);
}

/* Everything the store can hold about Tom beyond his messages: a second
 * identity on Mastodon, a customer merged into him, a draft and its
 * translation, translations of his words and of ours to him (cached and
 * queued), his usual language, a link suggestion, and his posts found by
 * listening, one of them adopted into the inbox. */
static void
give_tom_everything (Fixture *f,
                     gint64   tom)
{
  g_autoptr(FdAccount) account = fd_account_new ("mastodon", "@acme@mastodon.example", "https://mastodon.example");
  g_autoptr(FdParsedMessage) toot = NULL;
  g_autoptr(FdParsedMessage) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *draft_hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "Dear Tom, the refund for INV-2231 is on its way.", -1);
  g_autofree char *forward_hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "Estimado Tom, el reembolso de INV-2231 está en camino.", -1);
  gint64 term_id, post_id, adopted, toot_id = 0, tom_b, conversation_id, message_id;

  /* Tom on Mastodon: his profile names his address, a certain link. */
  toot = fd_test_message ("mastodon", "tom-toot-1", "@tombaker@mastodon.example",
                          "@acme any news on the refund for INV-2231?", 1709800000);
  toot->author_name = g_strdup ("Tom Baker");
  toot->author_links = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (toot->author_links, g_strdup ("mailto:tom.baker@bakersons.example"));
  g_assert_cmpint (fd_ingest_message (f->store, toot, &toot_id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  g_assert_cmpint (customer_of (f, "mastodon", "@tombaker@mastodon.example"), ==, tom);

  /* "T. Baker" on Bluesky, merged into Tom by hand. */
  other = fd_test_message ("bluesky", "tom-bsky-1", "tbaker.bsky.social", "Still waiting for INV-2231, Acme.", 1709800100);
  other->author_name = g_strdup ("T. Baker");
  g_assert_cmpint (fd_ingest_message (f->store, other, NULL, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  tom_b = customer_of (f, "bluesky", "tbaker.bsky.social");
  g_assert_cmpint (tom_b, !=, tom);
  g_assert_true (fd_customers_merge (f->store, tom, tom_b, &error));
  g_assert_no_error (error);

  /* Listening found two of his posts; one was turned into a conversation.
   * And someone else's, which stays. */
  g_assert_true (fd_account_save (account, f->store, &error));
  g_assert_no_error (error);
  term_id = fd_listening_add (f->store, fd_account_get_id (account), "#refund", &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("INSERT INTO listening_posts (account_id, term_id, channel, remote_id, author_handle,"
                         " author_name, text, created_at, fetched_at) VALUES"
                         " (%1$lld, %2$lld, 'mastodon', 'tom-heard-1', '@tombaker@mastodon.example', 'Tom Baker',"
                         "  'Has anyone had a #refund from Acme? INV-2231 still open.', 1709800200, 1709800200),"
                         " (%1$lld, %2$lld, 'mastodon', 'tom-heard-2', '@tombaker@mastodon.example', 'Tom Baker',"
                         "  'Second #refund request to Acme today.', 1709800300, 1709800300),"
                         " (%1$lld, %2$lld, 'mastodon', 'ines-heard-1', '@ines@mastodon.example', 'Inés',"
                         "  'Got my #refund from Acme in two days.', 1709800400, 1709800400)",
                         (long long) fd_account_get_id (account), (long long) term_id);
  exec_sql (f, sql);
  g_clear_pointer (&sql, g_free);
  post_id = count (f, "SELECT id FROM listening_posts WHERE remote_id = 'tom-heard-1'");
  adopted = fd_listening_adopt_post (f->store, post_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (adopted, >, 0);
  g_assert_cmpint (customer_of (f, "mastodon", "@tombaker@mastodon.example"), ==, tom);

  /* A draft to him, written in English and sent in Spanish, with its
   * translations cached by hash, one more translation waiting for the
   * network, and translations of his own words. */
  conversation_id = count (f, "SELECT conversation_id FROM messages WHERE remote_id = '<fx4@mail.example>'");
  message_id = count (f, "SELECT id FROM messages WHERE remote_id = '<fx4@mail.example>'");
  g_assert_true (fd_store_save_draft (f->store, conversation_id, "Dear Tom, the refund for INV-2231 is on its way.", &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("INSERT INTO draft_translations (conversation_id, text, source_lang, target_lang, translated,"
                         " back_translated, engine, updated_at) VALUES (%1$lld,"
                         " 'Dear Tom, the refund for INV-2231 is on its way.', 'en', 'es',"
                         " 'Estimado Tom, el reembolso de INV-2231 está en camino.',"
                         " 'Dear Tom, the refund of INV-2231 is on the way.', 'apertium', 1709800500);"
                         "INSERT INTO translations (message_id, text_hash, source_lang, target_lang, engine, text, created_at)"
                         " VALUES (NULL, '%2$s', 'en', 'es', 'apertium', 'Estimado Tom, el reembolso de INV-2231 está en camino.', 1709800500),"
                         "        (NULL, '%3$s', 'es', 'en', 'apertium', 'Dear Tom, the refund of INV-2231 is on the way.', 1709800500),"
                         "        (NULL, 'hash-of-the-reply-as-written', 'es', 'en', 'apertium', 'Thanks Tom, refund on its way.', 1709800500),"
                         "        (%4$lld, 'hash-of-tom-quote', 'en', 'es', 'apertium', 'Hola, ¿nos envían un presupuesto para 40 sillas? Tom', 1709800500),"
                         "        (%5$lld, 'hash-of-tom-toot', 'en', 'de', 'apertium', 'Gibt es Neues zur Erstattung für INV-2231?', 1709800500);"
                         "INSERT INTO translation_queue (message_id, text_hash, text, source_lang, target_lang, created_at)"
                         " VALUES (%4$lld, 'hash-of-tom-quote', 'Could you send us a quote for 40 stacking chairs', 'en', 'fr', 1709800500),"
                         "        (NULL, '%2$s', 'Dear Tom, the refund for INV-2231 is on its way.', 'en', 'fr', 1709800500);",
                         (long long) conversation_id, draft_hash, forward_hash, (long long) message_id, (long long) toot_id);
  exec_sql (f, sql);
  g_clear_pointer (&sql, g_free);

  /* His conversation snoozed until tomorrow, and reminded of once; a
   * message of his conversation kept as written in another language. */
  sql = g_strdup_printf ("INSERT INTO snoozes (conversation_id, until, created_at) VALUES (%1$lld, 1709900000, 1709800500);"
                         "INSERT INTO overdue_reminders (conversation_id, started_at, reminded_at)"
                         " VALUES (%1$lld, 1709800000, 1709804000);"
                         "INSERT INTO written_replies (message_id, lang, text)"
                         " VALUES (%2$lld, 'es', 'Querido Tom, el reembolso de INV-2231 está en camino.');",
                         (long long) conversation_id, (long long) message_id);
  exec_sql (f, sql);
  g_clear_pointer (&sql, g_free);

  /* Maybe the same person as someone else. */
  sql = g_strdup_printf ("INSERT INTO customer_link_suggestions (customer_a, customer_b, message_a, message_b, reason, created_at)"
                         " SELECT %1$lld, max (id), %2$lld, NULL, 'same-name-same-text', 1709800600 FROM customers"
                         " WHERE id != %1$lld AND merged_into IS NULL",
                         (long long) tom, (long long) toot_id);
  exec_sql (f, sql);

  /* What the import worked out about him. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM customer_languages cl JOIN identities i ON i.customer_id = cl.customer_id"
                             " WHERE i.handle = 'tom.baker@bakersons.example'"), >, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM repeat_members rm JOIN messages m ON m.id = rm.message_id"
                             " JOIN identities i ON i.id = m.identity_id WHERE i.handle = 'tom.baker@bakersons.example'"), >, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM identity_links il JOIN identities i ON i.id = il.identity_id"
                             " WHERE i.handle = 'tom.baker@bakersons.example'"), >, 0);
}

static void
collect_erased_ids (Fixture   *f,
                    gint64     tom,
                    ErasedIds *ids)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("SELECT id FROM customers WHERE id = %1$lld OR merged_into = %1$lld", (long long) tom);
  ids->customers = id_list (f, sql);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT id FROM identities WHERE customer_id IN %s", ids->customers);
  ids->identities = id_list (f, sql);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT id FROM conversations WHERE customer_id IN %s", ids->customers);
  ids->conversations = id_list (f, sql);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT id FROM messages WHERE conversation_id IN %s OR identity_id IN %s",
                         ids->conversations, ids->identities);
  ids->messages = id_list (f, sql);
}

/* Tables that hold nothing about a customer. */
static const char * const not_about_customers[] = {
  "accounts", "sync_cursors", "profile", "listening_terms", "topics", "sqlite_sequence",
  "profile_settings", "saved_replies", "saved_reply_variants", "signatures",
  "repeat_language_cursor",   /* one message id: how far the pass across languages got */
  "repeat_rules",             /* the rules' version, one customer id: how far their update got */
  "text_dictionaries",        /* words at least five authors wrote (test-store checks) */
  NULL,
};

/* Every other table: how to find what it holds about the erased customer
 * (lists of ids: CUSTOMERS, IDENTITIES, CONVERSATIONS, MESSAGES).
 * A table missing here fails the test: say how it refers to a customer. */
static const struct {
  const char *table;
  const char *about;
} about_customers[] = {
  { "customers", "id IN CUSTOMERS OR merged_into IN CUSTOMERS" },
  { "identities", "id IN IDENTITIES OR customer_id IN CUSTOMERS" },
  { "identity_links", "identity_id IN IDENTITIES OR link LIKE '%bakersons%' OR link LIKE '%tombaker%'" },
  { "identities_fts", "rowid IN IDENTITIES" },
  { "conversations", "id IN CONVERSATIONS OR customer_id IN CUSTOMERS" },
  { "messages", "id IN MESSAGES OR conversation_id IN CONVERSATIONS OR identity_id IN IDENTITIES" },
  { "messages_fts", "messages_fts MATCH 'bakersons OR tombaker OR tbaker OR 2231'" },
  { "attachments", "message_id IN MESSAGES" },
  { "outbox", "conversation_id IN CONVERSATIONS OR message_id IN MESSAGES" },
  { "drafts", "conversation_id IN CONVERSATIONS" },
  { "draft_translations", "conversation_id IN CONVERSATIONS" },
  { "translations", "message_id IN MESSAGES OR text LIKE '%Tom%'" },
  { "translation_queue", "message_id IN MESSAGES OR text LIKE '%Tom%' OR text LIKE '%stacking chairs%'" },
  { "customer_languages", "customer_id IN CUSTOMERS" },
  { "customer_link_suggestions", "customer_a IN CUSTOMERS OR customer_b IN CUSTOMERS OR message_a IN MESSAGES OR message_b IN MESSAGES" },
  { "customer_merges", "customer_id IN CUSTOMERS OR other_id IN CUSTOMERS" },
  { "customer_merge_moves", "from_customer IN CUSTOMERS OR (kind = 0 AND row_id IN IDENTITIES) OR (kind = 1 AND row_id IN CONVERSATIONS)" },
  { "repeat_signatures", "message_id IN MESSAGES" },
  { "repeat_groups", "customer_id IN CUSTOMERS" },
  { "repeat_members", "message_id IN MESSAGES" },
  { "repeat_language_queue", "message_id IN MESSAGES" },
  { "repeat_language_waiting", "message_id IN MESSAGES" },
  { "repeat_refs", "message_id IN MESSAGES" },
  { "topic_members", "message_id IN MESSAGES" },
  { "thread_ids", "conversation_id IN CONVERSATIONS" },
  { "waits", "conversation_id IN CONVERSATIONS OR message_id IN MESSAGES OR reply_id IN MESSAGES" },
  { "snoozes", "conversation_id IN CONVERSATIONS" },
  { "overdue_reminders", "conversation_id IN CONVERSATIONS" },
  { "written_replies", "message_id IN MESSAGES" },
  { "listening_posts", "message_id IN MESSAGES OR author_handle IN ('@tombaker@mastodon.example', 'tbaker.bsky.social')"
                       " OR text LIKE '%2231%'" },
};

static char *
replace_word (char       *text,
              const char *word,
              const char *value)
{
  g_auto(GStrv) parts = g_strsplit (text, word, -1);

  g_free (text);
  return g_strjoinv (value, parts);
}

static char *
expand_ids (const char      *about,
            const ErasedIds *ids)
{
  char *where = g_strdup (about);

  where = replace_word (where, "CUSTOMERS", ids->customers);
  where = replace_word (where, "IDENTITIES", ids->identities);
  where = replace_word (where, "CONVERSATIONS", ids->conversations);
  return replace_word (where, "MESSAGES", ids->messages);
}

/* Nothing about the erased customer is left in any table of the schema. */
static void
assert_erased (Fixture         *f,
               const ErasedIds *ids)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store),
                                       "SELECT name FROM sqlite_master WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_stat%' AND name NOT LIKE '%fts_data'"
                                       " AND name NOT LIKE '%fts_idx' AND name NOT LIKE '%fts_docsize'"
                                       " AND name NOT LIKE '%fts_config' AND name NOT LIKE '%fts_content'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      const char *about = NULL;

      if (g_strv_contains (not_about_customers, table))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (about_customers); i++)
        if (g_str_equal (about_customers[i].table, table))
          about = about_customers[i].about;
      if (about == NULL)
        g_error ("The table %s is new: say in test-customers.c whether and how it holds a customer's data", table);

      {
        g_autofree char *where = expand_ids (about, ids);
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s", table, where);
        gint64 left = count (f, sql);

        if (left != 0)
          g_test_message ("%s still holds %" G_GINT64_FORMAT " rows about the erased customer", table, left);
        g_assert_cmpint (left, ==, 0);
      }
    }
  sqlite3_finalize (stmt);

  /* What is not about him stays. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM listening_posts WHERE author_handle = '@ines@mastodon.example'"), ==, 1);
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
  ErasedIds erased = { NULL, };
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
  g_assert_cmpint (fd_ingest_message (f->store, with_file, &message_id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  g_assert_cmpint (fd_test_queue_reply (f->store, message_id, "Thanks Tom, refund on its way.", &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (fd_customers_export (f->store, tom, out, &n_exported, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_exported, ==, 5 + 1 + 1);
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  g_assert_nonnull (g_strstr_len (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                                  g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), "INV-2231"));

  give_tom_everything (f, tom);
  collect_erased_ids (f, tom, &erased);
  others_before = count (f, "SELECT count(*) FROM messages") - 7 - 3;

  g_assert_true (fd_customers_erase (f->store, tom, &error));
  g_assert_no_error (error);
  assert_erased (f, &erased);

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
  erased_ids_clear (&erased);
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
  g_test_add ("/customers/dismiss-suggestion", Fixture, NULL, fixture_setup, test_dismiss_suggestion, fixture_teardown);
  g_test_add ("/customers/suggestion-follows-merge", Fixture, NULL, fixture_setup, test_suggestion_follows_merge, fixture_teardown);
  g_test_add ("/customers/merge-makes-repeats", Fixture, NULL, fixture_setup, test_merge_makes_repeats, fixture_teardown);
  g_test_add ("/customers/export-erase", Fixture, NULL, fixture_setup, test_export_erase, fixture_teardown);

  return g_test_run ();
}
