/* test-importer.c: JSON Lines, mbox and Maildir import; export round trips.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "fd-exporter.h"
#include "fd-importer.h"
#include "fd-ingest.h"
#include "fd-mail-parser.h"
#include "fd-json.h"
#include "fd-test-util.h"

typedef struct {
  char      *dir;
  FdStore   *store;
  GPtrArray *warnings;   /* "where|reason" */
} Fixture;

static void
warning_cb (const char *where,
            const char *reason,
            gpointer    user_data)
{
  Fixture *f = user_data;

  g_ptr_array_add (f->warnings, g_strdup_printf ("%s|%s", where, reason));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, NULL);
  g_assert_nonnull (f->store);
  f->warnings = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  fd_test_rmdir (f->dir);
  g_free (f->dir);
  g_ptr_array_unref (f->warnings);
}

static FdImportStats
import_paths (Fixture           *f,
              FdStore           *store,
              const char * const *paths)
{
  g_autoptr(FdImporter) importer = fd_importer_new (store);
  g_autoptr(GError) error = NULL;

  fd_importer_set_warning_func (importer, warning_cb, f);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      gboolean ok = fd_importer_import_path (importer, paths[i], NULL, &error);

      g_assert_no_error (error);
      g_assert_true (ok);
    }
  g_assert_true (fd_importer_finish (importer, &error));
  g_assert_no_error (error);

  return *fd_importer_get_stats (importer);
}

static char *
write_temp (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      len)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  return path;
}

static gboolean
has_warning (Fixture    *f,
             const char *where,
             const char *reason)
{
  for (guint i = 0; i < f->warnings->len; i++)
    {
      const char *w = g_ptr_array_index (f->warnings, i);

      if (strstr (w, where) != NULL && strstr (w, reason) != NULL)
        return TRUE;
    }
  return FALSE;
}

static guint
count_all (FdStore *store)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();

  filter->view = FD_VIEW_EVERYTHING;
  return fd_store_count (store, filter, NULL);
}

static void
test_jsonl_errors (Fixture       *f,
                   gconstpointer  data)
{
  static const char jsonl[] =
    "{\"channel\":\"mastodon\",\"id\":\"1\",\"author\":{\"handle\":\"@a@x\",\"name\":\"A\"},\"text\":\"ok one\",\"created_at\":\"2026-11-20T10:00:00Z\"}\n"
    "{\"channel\":\"mastodon\",\"id\":\"2\",\"author\":{\"handle\":\"@a@x\"},\"text\":\"broken\",\n"
    "\n"
    "{\"channel\":\"mastodon\",\"author\":{\"handle\":\"@a@x\"},\"text\":\"no id\",\"created_at\":\"2026-11-20T10:00:00Z\"}\n"
    "{\"channel\":\"mastodon\",\"id\":\"4\",\"author\":{\"handle\":\"@a@x\"},\"text\":\"bad date\",\"created_at\":\"yesterday\"}\n"
    "[1,2,3]\n"
    "{\"channel\":\"bluesky\",\"id\":5,\"author\":{\"handle\":\"b.bsky.social\"},\"text\":\"caf\xe9 invalid utf-8\",\"created_at\":\"2026-11-20T11:00:00+01:00\",\"lang\":\"FR\"}\r\n"
    "{\"channel\":\"bluesky\",\"id\":\"6\",\"author\":{\"handle\":\"b.bsky.social\"},\"text\":\"x\",\"created_at\":\"2026-11-20T11:00:00Z\",\"direction\":\"sideways\"}\n"
    "{\"channel\":\"email\",\"id\":\"7@x\",\"author\":{\"handle\":\"Shop@X.example\"},\"text\":\"our reply\",\"created_at\":\"2026-11-21T11:00:00Z\",\"direction\":\"out\",\"in_reply_to\":\"1\"}\n";
  g_autofree char *path = write_temp (f, "in.jsonl", jsonl, sizeof jsonl - 1);
  const char *paths[] = { path, NULL };
  FdImportStats stats = import_paths (f, f->store, paths);
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) all = NULL;
  FdMessage *m;

  g_assert_cmpuint (stats.added, ==, 3);
  g_assert_cmpuint (stats.skipped, ==, 5);
  g_assert_true (has_warning (f, "in.jsonl:2", "not valid JSON"));
  g_assert_true (has_warning (f, "in.jsonl:4", "“id”"));
  g_assert_true (has_warning (f, "in.jsonl:5", "RFC 3339"));
  g_assert_true (has_warning (f, "in.jsonl:6", "one JSON object"));
  g_assert_true (has_warning (f, "in.jsonl:8", "direction"));

  filter->view = FD_VIEW_EVERYTHING;
  all = fd_store_list (f->store, filter, 0, 0, NULL);
  g_assert_cmpuint (all->len, ==, 3);

  m = g_ptr_array_index (all, 1);   /* the bluesky post, 10:00 UTC */
  g_assert_cmpstr (fd_message_get_remote_id (m), ==, "5");
  g_assert_cmpstr (fd_message_get_lang (m), ==, "fr");
  g_assert_cmpint (fd_message_get_created_at (m), ==, 1795168800);
  g_assert_true (g_utf8_validate (fd_message_get_text (m), -1, NULL));
  g_assert_true (g_str_has_prefix (fd_message_get_text (m), "caf"));

  m = g_ptr_array_index (all, 0);   /* our reply: lower-cased address, outgoing */
  g_assert_cmpstr (fd_message_get_author_handle (m), ==, "shop@x.example");
  g_assert_cmpint (fd_message_get_direction (m), ==, FD_DIRECTION_OUT);
}

/* A line built to overflow json-glib's recursion is one bad line: the
 * lines around it import, and lines just inside the limits still do. */
static void
test_jsonl_limits (Fixture       *f,
                   gconstpointer  data)
{
#define LINE(id, extra) \
  "{\"channel\":\"mastodon\",\"id\":\"" id "\",\"author\":{\"handle\":\"@a@x\"}," \
  "\"text\":\"line " id "\",\"created_at\":\"2026-11-20T10:00:00Z\",\"extra\":" extra "}\n"
  g_autoptr(GString) jsonl = g_string_new (LINE ("1", "1"));
  g_autofree char *path = NULL;
  const char *paths[] = { NULL, NULL };
  FdImportStats stats;
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) all = NULL;
  gsize start;

  /* 2: a million "[" in a value. */
  g_string_append (jsonl, "{\"channel\":\"mastodon\",\"id\":\"2\",\"extra\":");
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (jsonl, '[');
  g_string_append_c (jsonl, '\n');

  /* 3: the line object plus 63 arrays is 64 levels, the limit. */
  g_string_append (jsonl, "{\"channel\":\"mastodon\",\"id\":\"3\",\"author\":{\"handle\":\"@a@x\"},"
                          "\"text\":\"line 3 [[[[\",\"created_at\":\"2026-11-20T10:00:00Z\",\"extra\":");
  for (guint i = 0; i < 63; i++)
    g_string_append_c (jsonl, '[');
  for (guint i = 0; i < 63; i++)
    g_string_append_c (jsonl, ']');
  g_string_append (jsonl, "}\n");

  /* 4: one level more. */
  g_string_append (jsonl, "{\"channel\":\"mastodon\",\"id\":\"4\",\"extra\":");
  for (guint i = 0; i < 64; i++)
    g_string_append_c (jsonl, '[');
  for (guint i = 0; i < 64; i++)
    g_string_append_c (jsonl, ']');
  g_string_append (jsonl, "}\n");

  /* 5: a line of exactly FD_JSON_LINE_MAX_SIZE bytes, 6: one byte more. */
  for (guint n = 0; n < 2; n++)
    {
      start = jsonl->len;
      g_string_append_printf (jsonl, LINE ("%u", "\""), 5 + n, 5 + n);
      g_string_truncate (jsonl, jsonl->len - 2);   /* '}' and '\n' */
      while (jsonl->len - start < FD_JSON_LINE_MAX_SIZE - 2 + n)
        g_string_append_c (jsonl, 'x');
      g_string_append (jsonl, "\"}");
      g_assert_cmpuint (jsonl->len - start, ==, FD_JSON_LINE_MAX_SIZE + n);
      g_string_append_c (jsonl, '\n');
    }

  g_string_append (jsonl, LINE ("7", "[[[\"]]]]]]]\"]]]"));
#undef LINE

  path = write_temp (f, "deep.jsonl", jsonl->str, (gssize) jsonl->len);
  paths[0] = path;
  stats = import_paths (f, f->store, paths);

  g_assert_cmpuint (stats.added, ==, 4);
  g_assert_cmpuint (stats.skipped, ==, 3);
  g_assert_true (has_warning (f, "deep.jsonl:2", "more than 64 levels deep"));
  g_assert_true (has_warning (f, "deep.jsonl:4", "more than 64 levels deep"));
  g_assert_true (has_warning (f, "deep.jsonl:6", "larger than 16.0\xc2\xa0MiB"));

  filter->view = FD_VIEW_EVERYTHING;
  all = fd_store_list (f->store, filter, 0, 0, NULL);
  g_assert_cmpuint (all->len, ==, 4);
  for (guint i = 0; i < all->len; i++)
    {
      const char *id = fd_message_get_remote_id (g_ptr_array_index (all, i));

      g_assert_true (g_str_equal (id, "1") || g_str_equal (id, "3") ||
                     g_str_equal (id, "5") || g_str_equal (id, "7"));
    }
}

static void
test_reimport_idempotent (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", "sample-inbox.jsonl", NULL);
  g_autofree char *maildir = g_test_build_filename (G_TEST_DIST, "data", "maildir", NULL);
  g_autofree char *mbox = g_test_build_filename (G_TEST_DIST, "data", "mbox", "sample.mbox", NULL);
  const char *paths[] = { sample, maildir, mbox, NULL };
  FdImportStats first = import_paths (f, f->store, paths);
  guint n = count_all (f->store);
  FdImportStats second = import_paths (f, f->store, paths);

  g_assert_cmpuint (first.added, >, 40);
  g_assert_cmpuint (first.skipped, ==, 0);
  g_assert_cmpuint (n, ==, first.added);
  g_assert_cmpuint (second.added, ==, 0);
  g_assert_cmpuint (second.duplicates, ==, first.added + first.duplicates);
  g_assert_cmpuint (count_all (f->store), ==, n);
}

static void
test_maildir_states_and_threads (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *maildir = g_test_build_filename (G_TEST_DIST, "data", "maildir", NULL);
  const char *paths[] = { maildir, NULL };
  FdImportStats stats = import_paths (f, f->store, paths);
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GHashTable) conversations = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint unread = 0, read = 0, answered = 0;

  g_assert_cmpuint (stats.added, ==, 5);
  filter->view = FD_VIEW_EVERYTHING;
  all = fd_store_list (f->store, filter, 0, 0, NULL);

  for (guint i = 0; i < all->len; i++)
    {
      FdMessage *m = g_ptr_array_index (all, i);
      gint64 conversation = fd_message_get_conversation_id (m);

      g_hash_table_add (conversations, g_memdup2 (&conversation, sizeof conversation));
      switch (fd_message_get_state (m))
        {
        case FD_MESSAGE_STATE_UNREAD: unread++; break;
        case FD_MESSAGE_STATE_READ: read++; break;
        case FD_MESSAGE_STATE_ANSWERED: answered++; break;
        case FD_MESSAGE_STATE_ARCHIVED:
        default: g_assert_not_reached ();
        }
    }

  g_assert_cmpuint (g_hash_table_size (conversations), <, 5);
  g_assert_cmpuint (answered, >=, 1);
  g_assert_cmpuint (unread, >=, 1);
  g_assert_cmpuint (read, >=, 1);
}

static gint64
conversation_of_remote (FdStore    *store,
                        const char *remote_id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store),
                                       "SELECT conversation_id FROM messages WHERE remote_id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, remote_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return id;
}

/* Messages that sit beside cur/ and new/ are read too, as `notmuch new`
 * reads them; what the mail server keeps there is passed over quietly. */
static void
test_maildir_loose_files (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *maildir = g_build_filename (f->dir, "Mail", NULL);
  g_autofree char *cur = g_build_filename (maildir, "cur", NULL);
  g_autofree char *new_dir = g_build_filename (maildir, "new", NULL);
  g_autofree char *in_cur = g_build_filename (cur, "1700000001.M1P1.host:2,S", NULL);
  g_autofree char *in_new = g_build_filename (new_dir, "1700000002.M2P2.host", NULL);
  g_autofree char *loose = g_build_filename (maildir, "1700000003.M3P3.host", NULL);
  g_autofree char *uidlist = g_build_filename (maildir, "dovecot-uidlist", NULL);
  g_autofree char *notes = g_build_filename (maildir, "notes.bin", NULL);
  const char *paths[] = { maildir, NULL };
  FdImportStats stats;

  g_assert_cmpint (g_mkdir_with_parents (cur, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (new_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (in_cur,
                                      "From: Ana <ana@example.com>\nTo: shop@example.com\n"
                                      "Subject: Broken lamp\nDate: Tue, 14 Nov 2023 22:13:20 +0000\n"
                                      "Message-ID: <lamp-1@example.com>\n\nThe lamp arrived broken.\n", -1, NULL));
  g_assert_true (g_file_set_contents (in_new,
                                      "From: Bob <bob@example.org>\nTo: shop@example.com\n"
                                      "Subject: Invoice\nDate: Tue, 14 Nov 2023 23:00:00 +0000\n"
                                      "Message-ID: <invoice-1@example.org>\n\nPlease send the invoice.\n", -1, NULL));
  g_assert_true (g_file_set_contents (loose,
                                      "From: Ana <ana@example.com>\nTo: shop@example.com\n"
                                      "Subject: Re: Broken lamp\nDate: Wed, 15 Nov 2023 08:00:00 +0000\n"
                                      "Message-ID: <lamp-2@example.com>\nIn-Reply-To: <lamp-1@example.com>\n"
                                      "References: <lamp-1@example.com>\n\nAny news about the lamp?\n", -1, NULL));
  g_assert_true (g_file_set_contents (uidlist, "3 V1700000000 N4 G0123456789abcdef\n1 1700000001.M1P1.host\n", -1, NULL));
  g_assert_true (g_file_set_contents (notes, "\x01\x02 not mail", -1, NULL));

  stats = import_paths (f, f->store, paths);

  g_assert_cmpuint (stats.added, ==, 3);
  g_assert_cmpuint (count_all (f->store), ==, 3);
  g_assert_cmpint (conversation_of_remote (f->store, "lamp-2@example.com"), !=, 0);
  g_assert_cmpint (conversation_of_remote (f->store, "lamp-2@example.com"), ==,
                   conversation_of_remote (f->store, "lamp-1@example.com"));
  g_assert_false (has_warning (f, "dovecot-uidlist", ""));
  g_assert_true (has_warning (f, "notes.bin", ""));

  /* Once is enough: a second run finds them all there. */
  stats = import_paths (f, f->store, paths);
  g_assert_cmpuint (stats.added, ==, 0);
  g_assert_cmpuint (count_all (f->store), ==, 3);
}

/* What mail tools keep inside a Maildir is not mail and is passed over
 * without a line per file: index folders (.notmuch, .mu, .git). Maildir++
 * folders (.Name with cur/ and new/) are mail, and a Maildir without new/
 * is a Maildir all the same. */
static void
test_maildir_tool_folders (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *maildir = g_build_filename (f->dir, "Mail", NULL);
  g_autofree char *cur = g_build_filename (maildir, "cur", NULL);
  g_autofree char *sent_cur = g_build_filename (maildir, ".Sent", "cur", NULL);
  g_autofree char *sent_new = g_build_filename (maildir, ".Sent", "new", NULL);
  g_autofree char *xapian = g_build_filename (maildir, ".notmuch", "xapian", NULL);
  g_autofree char *mu = g_build_filename (maildir, ".mu", NULL);
  g_autofree char *git_objects = g_build_filename (maildir, ".git", "objects", "ab", NULL);
  g_autofree char *in_cur = g_build_filename (cur, "1700000001.M1P1.host:2,S", NULL);
  g_autofree char *in_sent = g_build_filename (sent_cur, "1700000002.M2P2.host:2,S", NULL);
  const char *paths[] = { maildir, NULL };
  const char *noise[][2] = {
    { ".notmuch/xapian", "postlist.glass" },
    { ".notmuch/xapian", "flintlock" },
    { ".mu", "mu.db" },
    { ".git/objects/ab", "cdef0123456789" },
  };
  FdImportStats stats;

  g_assert_cmpint (g_mkdir_with_parents (cur, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (sent_cur, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (sent_new, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (xapian, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (mu, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (git_objects, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (noise); i++)
    {
      g_autofree char *path = g_build_filename (maildir, noise[i][0], noise[i][1], NULL);

      g_assert_true (g_file_set_contents (path, "\x01\x02 an index, not mail", -1, NULL));
    }
  g_assert_true (g_file_set_contents (in_cur,
                                      "From: Ana <ana@example.com>\nTo: shop@example.com\n"
                                      "Subject: Broken lamp\nDate: Tue, 14 Nov 2023 22:13:20 +0000\n"
                                      "Message-ID: <lamp-1@example.com>\n\nThe lamp arrived broken.\n", -1, NULL));
  g_assert_true (g_file_set_contents (in_sent,
                                      "From: Shop <shop@example.com>\nTo: Ana <ana@example.com>\n"
                                      "Subject: Re: Broken lamp\nDate: Wed, 15 Nov 2023 08:00:00 +0000\n"
                                      "Message-ID: <lamp-2@example.com>\nIn-Reply-To: <lamp-1@example.com>\n"
                                      "References: <lamp-1@example.com>\n\nA new one is on its way.\n", -1, NULL));

  stats = import_paths (f, f->store, paths);

  for (guint i = 0; i < f->warnings->len; i++)
    g_test_message ("warning: %s", (const char *) g_ptr_array_index (f->warnings, i));
  g_assert_cmpuint (f->warnings->len, ==, 0);
  g_assert_cmpuint (stats.skipped, ==, 0);
  g_assert_cmpuint (stats.added, ==, 2);
  g_assert_cmpuint (stats.files, ==, 2);
  g_assert_cmpint (conversation_of_remote (f->store, "lamp-2@example.com"), ==,
                   conversation_of_remote (f->store, "lamp-1@example.com"));
}

static void
test_mbox (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *mbox = g_test_build_filename (G_TEST_DIST, "data", "mbox", "sample.mbox", NULL);
  const char *paths[] = { mbox, NULL };
  FdImportStats stats = import_paths (f, f->store, paths);
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) found = NULL;

  g_assert_cmpuint (stats.added, ==, 4);
  g_assert_cmpuint (stats.skipped, ==, 0);

  /* The escaped ">From " line in a body is not a message boundary. */
  filter->view = FD_VIEW_EVERYTHING;
  g_assert_true (fd_filter_parse_search (filter, "from", NULL));
  found = fd_store_list (f->store, filter, 0, 0, NULL);
  g_assert_cmpuint (found->len, >=, 1);
}

static void
test_tricky_mail_folder (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *mail = g_test_build_filename (G_TEST_DIST, "data", "mail", NULL);
  const char *paths[] = { mail, NULL };
  FdImportStats stats = import_paths (f, f->store, paths);
  g_autoptr(GDir) dir = g_dir_open (mail, 0, NULL);
  sqlite3_stmt *stmt = NULL;
  guint n_files = 0;

  while (g_dir_read_name (dir) != NULL)
    n_files++;

  /* Every tricky message is imported best-effort; none is lost. */
  g_assert_cmpuint (stats.added + stats.duplicates, ==, n_files);

  /* Attachments stay inside the profile, under generated names. */
  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store),
                                       "SELECT filename, path FROM attachments", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *filename = (const char *) sqlite3_column_text (stmt, 0);
      const char *path = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *full = NULL;

      g_assert_null (strchr (filename, '/'));
      if (path == NULL)
        continue;
      g_assert_true (g_str_has_prefix (path, "attachments/"));
      g_assert_null (strstr (path, ".."));
      full = g_build_filename (f->dir, path, NULL);
      g_assert_true (g_file_test (full, G_FILE_TEST_IS_REGULAR));
    }
  sqlite3_finalize (stmt);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Everything that must survive a round trip, one string per message,
 * sorted; conversations compared by the set of remote ids they hold. */
static GPtrArray *
snapshot (FdStore *store)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  filter->view = FD_VIEW_EVERYTHING;
  all = fd_store_list (store, filter, 0, 0, NULL);

  for (guint i = 0; i < all->len; i++)
    {
      FdMessage *m = g_ptr_array_index (all, i);
      g_autoptr(GPtrArray) thread = fd_store_get_conversation (store, fd_message_get_conversation_id (m), NULL);
      g_autoptr(GString) members = g_string_new (NULL);

      for (guint j = 0; j < thread->len; j++)
        g_string_append_printf (members, "%s,", fd_message_get_remote_id (g_ptr_array_index (thread, j)));

      g_ptr_array_add (rows, g_strdup_printf ("%s|%s|%s|%s|%s|%s|%" G_GINT64_FORMAT "|%s|%d|%d|%s",
                                              fd_message_get_channel (m),
                                              fd_message_get_remote_id (m),
                                              fd_message_get_author_handle (m),
                                              fd_message_get_author_name (m),
                                              fd_message_get_subject (m),
                                              fd_message_get_text (m),
                                              fd_message_get_created_at (m),
                                              fd_message_get_lang (m),
                                              fd_message_get_direction (m),
                                              fd_message_get_state (m),
                                              members->str));
    }

  g_ptr_array_sort (rows, compare_rows);
  return rows;
}

static void
round_trip (Fixture        *f,
            FdExportFormat  format)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", "sample-inbox.jsonl", NULL);
  g_autofree char *maildir = g_test_build_filename (G_TEST_DIST, "data", "maildir", NULL);
  const char *paths[] = { sample, maildir, NULL };
  g_autofree char *out_path = g_build_filename (f->dir, format == FD_EXPORT_JSONL ? "export.jsonl" : "export.mbox", NULL);
  g_autofree char *other_dir = fd_test_make_data_dir ();
  g_autoptr(FdStore) other = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (out_path);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  const char *again[] = { out_path, NULL };
  guint64 n = 0;

  import_paths (f, f->store, paths);
  /* A reply and an archived message must keep their states too. */
  g_assert_true (fd_store_set_message_state (f->store, 1, FD_MESSAGE_STATE_ARCHIVED, NULL));

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (fd_export (f->store, NULL, format, G_OUTPUT_STREAM (out), &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, NULL));
  g_assert_cmpuint (n, ==, count_all (f->store));

  other = fd_store_open (other_dir, &error);
  g_assert_no_error (error);
  import_paths (f, other, again);
  g_assert_cmpuint (f->warnings->len, ==, 0);

  before = snapshot (f->store);
  after = snapshot (other);
  g_assert_cmpuint (before->len, ==, after->len);
  for (guint i = 0; i < before->len; i++)
    g_assert_cmpstr (g_ptr_array_index (before, i), ==, g_ptr_array_index (after, i));

  g_clear_object (&other);
  fd_test_rmdir (other_dir);
}

static void
test_round_trip_jsonl (Fixture       *f,
                       gconstpointer  data)
{
  round_trip (f, FD_EXPORT_JSONL);
}

static void
test_round_trip_mbox (Fixture       *f,
                      gconstpointer  data)
{
  round_trip (f, FD_EXPORT_MBOX);
}

/* Sets columns of message @id the way a profile written before values
 * were checked may hold them: anything at all. */
static void
store_raw (FdStore    *store,
           gint64      id,
           const char *sql,
           const char *value)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static gint64
add_hostile (FdStore    *store,
             const char *channel,
             const char *remote_id,
             const char *text,
             gint64      created_at,
             const char *handle)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message (channel, remote_id, "someone@example.com", text, created_at);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_cmpint (fd_ingest_message (store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  store_raw (store, id, "UPDATE identities SET handle = ?1, name = 'Eve\r\nBcc: victim@example.com' "
                        "WHERE id = (SELECT identity_id FROM messages WHERE id = ?2)", handle);
  store_raw (store, id, "UPDATE messages SET subject = ?1 WHERE id = ?2", "Order\nBcc: victim@example.com");
  store_raw (store, id, "UPDATE messages SET lang = ?1 WHERE id = ?2", "es\nBcc: victim@example.com");
  return id;
}

static char *
export_mbox (FdStore    *store,
             const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (fd_export (store, NULL, FD_EXPORT_MBOX, G_OUTPUT_STREAM (out), NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, NULL));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Lines of @mbox that start with @prefix. */
static guint
count_lines (const char *mbox,
             const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (mbox, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      n++;
  return n;
}

/* The messages GMime finds in @path read as an mbox. */
static GPtrArray *
parse_mbox (const char *path)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GMimeStream) stream = g_mime_stream_file_open (path, "r", NULL);
  g_autoptr(GMimeParser) parser = NULL;

  g_assert_nonnull (stream);
  parser = g_mime_parser_new_with_stream (stream);
  g_mime_parser_set_format (parser, GMIME_FORMAT_MBOX);
  while (!g_mime_parser_eos (parser))
    {
      GMimeMessage *message = g_mime_parser_construct_message (parser, NULL);

      if (message == NULL)
        break;
      g_ptr_array_add (messages, message);
    }
  return g_steal_pointer (&messages);
}

/* Handles, names and subjects with line breaks and "From " in them: the
 * mbox stays one message per message, and no header is made up. */
static void
test_export_mbox_hostile_values (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "hostile.mbox", NULL);
  g_autofree char *other_dir = fd_test_make_data_dir ();
  g_autoptr(FdStore) other = NULL;
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mbox = NULL;
  const char *again[] = { path, NULL };
  const char *texts[] = { "First line.\nFrom here on, the order.", "Hola\nFrom Madrid, gracias" };

  fd_mail_init ();
  add_hostile (f->store, "email", "hostile-1@example.com", texts[0], 1700000000, "a b\nFrom evil@x Mon");
  add_hostile (f->store, "mastodon", "https://m.example/@a/1", texts[1], 1700000100, "@a b\nFrom evil@x Mon");

  mbox = export_mbox (f->store, path);
  g_test_message ("%s", mbox);
  g_assert_cmpuint (count_lines (mbox, "From "), ==, 2);
  g_assert_cmpuint (count_lines (mbox, "From evil"), ==, 0);
  g_assert_cmpuint (count_lines (mbox, "Bcc:"), ==, 0);
  g_assert_true (g_str_has_prefix (mbox, "From MAILER-DAEMON "));
  g_assert_nonnull (strstr (mbox, "\nFrom MAILER-DAEMON Tue Nov 14 22:15:00 2023\n"));

  parsed = parse_mbox (path);
  g_assert_cmpuint (parsed->len, ==, 2);
  for (guint i = 0; i < parsed->len; i++)
    {
      GMimeObject *object = GMIME_OBJECT (g_ptr_array_index (parsed, i));
      InternetAddressList *from = g_mime_message_get_from (GMIME_MESSAGE (object));

      g_assert_null (g_mime_object_get_header (object, "Bcc"));
      g_assert_cmpint (internet_address_list_length (from), ==, 1);
      /* Names and subjects are shown on one line: so they are exported. */
      g_assert_cmpstr (g_mime_message_get_subject (GMIME_MESSAGE (object)), ==, "Order Bcc: victim@example.com");
      g_assert_cmpstr (internet_address_get_name (internet_address_list_get_address (from, 0)), ==,
                       "Eve  Bcc: victim@example.com");
    }

  /* Imported again: the same two messages and texts, nothing else. */
  other = fd_store_open (other_dir, &error);
  g_assert_no_error (error);
  import_paths (f, other, again);
  g_assert_cmpuint (count_all (other), ==, 2);
  filter->view = FD_VIEW_EVERYTHING;
  filter->order = FD_SORT_LONGEST_WAITING;
  imported = fd_store_list (other, filter, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imported->len, ==, 2);
  for (guint i = 0; i < imported->len; i++)
    {
      FdMessage *m = g_ptr_array_index (imported, i);

      g_assert_cmpstr (fd_message_get_text (m), ==, texts[i]);
      g_assert_cmpstr (fd_message_get_channel (m), ==, i == 0 ? "email" : "mastodon");
      /* What the importer makes of the handle is its own affair. */
      g_test_message ("imported handle: %s", fd_message_get_author_handle (m));
    }

  g_clear_object (&other);
  fd_test_rmdir (other_dir);
}

/* An e-mail id that would end the Message-Id header and start another. */
static void
test_export_mbox_hostile_id (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "id.mbox", NULL);
  g_autoptr(GPtrArray) parsed = NULL;
  g_autofree char *mbox = NULL;
  gint64 id;

  fd_mail_init ();
  id = add_hostile (f->store, "email", "plain-1@example.com", "Hello", 1700000000, "ana@example.com");
  store_raw (f->store, id, "UPDATE messages SET remote_id = ?1 WHERE id = ?2",
             "x@example.com>\nBcc: victim@example.com\nX-Evil: <y@example.com");
  store_raw (f->store, id, "UPDATE messages SET in_reply_to = ?1 WHERE id = ?2",
             "p@example.com>\nBcc: victim@example.com\nX-Evil: <q@example.com");

  mbox = export_mbox (f->store, path);
  g_test_message ("%s", mbox);
  g_assert_cmpuint (count_lines (mbox, "From "), ==, 1);
  g_assert_true (g_str_has_prefix (mbox, "From ana@example.com "));
  g_assert_cmpuint (count_lines (mbox, "Bcc:"), ==, 0);
  g_assert_cmpuint (count_lines (mbox, "X-Evil:"), ==, 0);

  parsed = parse_mbox (path);
  g_assert_cmpuint (parsed->len, ==, 1);
  g_assert_null (g_mime_object_get_header (g_ptr_array_index (parsed, 0), "Bcc"));
  g_assert_null (g_mime_object_get_header (g_ptr_array_index (parsed, 0), "X-Evil"));
}

typedef struct {
  GCancellable *cancellable;
  guint64       cancel_after;
} CancelData;

static void
cancel_progress_cb (const FdImportStats *stats,
                    gpointer             user_data)
{
  CancelData *cd = user_data;

  if (stats->added >= cd->cancel_after)
    g_cancellable_cancel (cd->cancellable);
}

/* An interrupted import keeps whole messages only, and a second run
 * completes it. */
static void
test_interrupted (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GString) jsonl = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(FdImporter) importer = fd_importer_new (f->store);
  g_autoptr(GError) error = NULL;
  CancelData cd = { cancellable, 1000 };
  const char *paths[] = { NULL, NULL };
  FdImportStats stats;
  FdImportStats rest;
  sqlite3_stmt *stmt = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (jsonl,
                            "{\"channel\":\"mastodon\",\"id\":\"%u\",\"author\":{\"handle\":\"@u%u@x\"},"
                            "\"text\":\"message number %u\",\"created_at\":\"2026-01-01T00:00:00Z\"}\n",
                            i, i % 37, i);
  path = write_temp (f, "big.jsonl", jsonl->str, jsonl->len);
  paths[0] = path;

  fd_importer_set_progress_func (importer, cancel_progress_cb, &cd);
  g_assert_false (fd_importer_import_path (importer, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (fd_importer_finish (importer, NULL));
  stats = *fd_importer_get_stats (importer);
  g_assert_cmpuint (stats.added, >=, 1000);
  g_assert_cmpuint (stats.added, <, 5000);
  g_assert_cmpuint (count_all (f->store), ==, stats.added);

  /* Every stored message is whole: it is in the full-text index too. */
  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store),
                                       "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'message'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, (gint64) stats.added);
  sqlite3_finalize (stmt);

  rest = import_paths (f, f->store, paths);
  g_assert_cmpuint (rest.added + stats.added, ==, 5000);
  g_assert_cmpuint (count_all (f->store), ==, 5000);
}

static gint64
query_int (FdStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* Messages of a batch are written without a savepoint each: one that
 * fails half-written (its author stored, its row refused) makes the batch
 * be written again one by one. Only that message is left out, nothing of
 * it stays, everything before and after it is stored, and each problem
 * is reported once. */
static void
test_failed_message_in_batch (Fixture       *f,
                              gconstpointer  data)
{
  static const char jsonl[] =
    "{\"channel\":\"mastodon\",\"id\":\"1\",\"author\":{\"handle\":\"@a@x\",\"name\":\"Ana\"},\"text\":\"first post\",\"created_at\":\"2026-11-20T10:00:00Z\"}\n"
    "{\"channel\":\"mastodon\",\"id\":\"2\",\"author\":{\"handle\":\"@b@x\"},\"text\":\"broken\",\n"
    "{\"channel\":\"mastodon\",\"id\":\"1\",\"author\":{\"handle\":\"@a@x\",\"name\":\"Ana\"},\"text\":\"first post\",\"created_at\":\"2026-11-20T10:00:00Z\"}\n"
    "{\"channel\":\"mastodon\",\"id\":\"4\",\"author\":{\"handle\":\"@gone@x\",\"name\":\"Gone\"},\"text\":\"refused post\",\"created_at\":\"2026-11-20T11:00:00Z\"}\n"
    "{\"channel\":\"mastodon\",\"id\":\"5\",\"author\":{\"handle\":\"@e@x\",\"name\":\"Eva\"},\"text\":\"later post\",\"created_at\":\"2026-11-20T12:00:00Z\"}\n";
  g_autofree char *path = write_temp (f, "posts.jsonl", jsonl, -1);
  const char *paths[] = { path, NULL };
  FdImportStats stats;

  /* Refuses one message's row, after its author was written. */
  g_assert_cmpint (sqlite3_exec (fd_store_get_db (f->store),
                                 "CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON messages"
                                 " WHEN new.remote_id = '4' BEGIN SELECT RAISE (ABORT, 'refused by the test'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  stats = import_paths (f, f->store, paths);
  g_assert_cmpuint (stats.added, ==, 2);
  g_assert_cmpuint (stats.duplicates, ==, 1);
  g_assert_cmpuint (stats.skipped, ==, 2);
  g_assert_cmpuint (f->warnings->len, ==, 2);
  g_assert_true (has_warning (f, "posts.jsonl:2", ""));
  g_assert_true (has_warning (f, "posts.jsonl:4", "refused by the test"));

  g_assert_cmpuint (count_all (f->store), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM identities WHERE handle = '@gone@x'"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM customers WHERE name = 'Gone'"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM identities WHERE handle IN ('@a@x', '@e@x')"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'post'"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'refused'"), ==, 0);
}

static void
test_unknown_and_missing (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = write_temp (f, "notes.txt", "just some notes\nnothing else\n", -1);
  g_autoptr(FdImporter) importer = fd_importer_new (f->store);
  g_autoptr(GError) error = NULL;

  fd_importer_set_warning_func (importer, warning_cb, f);
  g_assert_true (fd_importer_import_path (importer, path, NULL, &error));
  g_assert_cmpuint (fd_importer_get_stats (importer)->skipped, ==, 1);
  g_assert_true (has_warning (f, "notes.txt", "not JSON Lines"));

  g_assert_false (fd_importer_import_path (importer, "/nonexistent/file.jsonl", NULL, &error));
  g_assert_error (error, FD_IMPORT_ERROR, FD_IMPORT_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/importer/jsonl-errors", test_jsonl_errors);
  ADD ("/importer/jsonl-limits", test_jsonl_limits);
  ADD ("/importer/reimport-idempotent", test_reimport_idempotent);
  ADD ("/importer/maildir-states-and-threads", test_maildir_states_and_threads);
  ADD ("/importer/maildir-loose-files", test_maildir_loose_files);
  ADD ("/importer/maildir-tool-folders", test_maildir_tool_folders);
  ADD ("/importer/mbox", test_mbox);
  ADD ("/importer/tricky-mail-folder", test_tricky_mail_folder);
  ADD ("/importer/round-trip-jsonl", test_round_trip_jsonl);
  ADD ("/importer/round-trip-mbox", test_round_trip_mbox);
  ADD ("/importer/export-mbox-hostile-values", test_export_mbox_hostile_values);
  ADD ("/importer/export-mbox-hostile-id", test_export_mbox_hostile_id);
  ADD ("/importer/interrupted", test_interrupted);
  ADD ("/importer/failed-message-in-batch", test_failed_message_in_batch);
  ADD ("/importer/unknown-and-missing", test_unknown_and_missing);
#undef ADD

  return g_test_run ();
}
