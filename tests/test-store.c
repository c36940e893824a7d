/* test-store.c: the SQLite store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "fd-account.h"
#include "fd-customers-private.h"
#include "fd-ingest.h"
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
  g_assert_nonnull (f->store);
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
insert (FdStore         *store,
        FdParsedMessage *msg)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_cmpint (fd_ingest_message (store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

static gint64
add (FdStore    *store,
     const char *channel,
     const char *remote_id,
     const char *handle,
     const char *text,
     gint64      created_at)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message (channel, remote_id, handle, text, created_at);

  return insert (store, msg);
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

static void
test_open_permissions (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, FD_STORE_DB_NAME, NULL);
  GStatBuf st;

  g_assert_cmpint (g_stat (f->dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (fd_store_get_schema_version (f->store), ==, FD_STORE_SCHEMA_VERSION);
}

static int
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* A folder that is already there, made by hand or by an older Frontdesk
 * with the umask's mode, is made private when opened. */
static void
test_existing_folder_made_private (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *db = g_build_filename (dir, FD_STORE_DB_NAME, NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* An empty folder. */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mode_of (dir), ==, 0700);
  g_assert_cmpint (mode_of (db), ==, 0600);
  g_clear_object (&store);

  /* A profile with its files readable by others. */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (db, 0644), ==, 0);
  g_assert_true (g_file_set_contents (wal, "", 0, NULL));
  g_assert_cmpint (g_chmod (wal, 0644), ==, 0);
  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mode_of (dir), ==, 0700);
  g_assert_cmpint (mode_of (db), ==, 0600);
  g_assert_cmpint (mode_of (wal), ==, 0600);
  g_clear_object (&store);

  fd_test_rmdir (dir);
}

/* Each profile has its own id, kept from one opening to the next. */
static void
test_profile_id (void)
{
  g_autofree char *dir_a = fd_test_make_data_dir ();
  g_autofree char *dir_b = fd_test_make_data_dir ();
  g_autoptr(FdStore) a = NULL;
  g_autoptr(FdStore) b = NULL;
  g_autoptr(FdStore) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *id;

  a = fd_store_open (dir_a, &error);
  g_assert_no_error (error);
  b = fd_store_open (dir_b, &error);
  g_assert_no_error (error);

  id = fd_store_get_profile_id (a);
  g_assert_cmpuint (strlen (id), ==, 32);
  for (const char *p = id; *p != '\0'; p++)
    g_assert_true (g_ascii_isxdigit (*p) && !g_ascii_isupper (*p));
  g_assert_cmpstr (id, !=, fd_store_get_profile_id (b));

  again = fd_store_open (dir_a, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fd_store_get_profile_id (again), ==, id);

  g_clear_object (&a);
  g_clear_object (&b);
  g_clear_object (&again);
  fd_test_rmdir (dir_a);
  fd_test_rmdir (dir_b);
}

static FdAccount *
save_account (FdStore    *store,
              const char *address)
{
  g_autoptr(FdAccount) account = fd_account_new ("email", address, address);
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_account_save (account, store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (fd_account_get_profile_id (account), ==, fd_store_get_profile_id (store));

  return g_steal_pointer (&account);
}

/* Deleting an account and adding another never gives the old id again,
 * not even for the highest id, nor after the store is opened again. */
static void
test_account_ids_not_reused (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(FdAccount) first = save_account (f->store, "a@a.example");
  g_autoptr(FdAccount) second = save_account (f->store, "b@b.example");
  g_autoptr(FdAccount) third = NULL;
  g_autoptr(FdAccount) fourth = NULL;
  g_autoptr(FdStore) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (fd_account_get_id (first), ==, 1);
  g_assert_cmpint (fd_account_get_id (second), ==, 2);

  g_assert_true (fd_account_delete (second, f->store, &error));
  g_assert_no_error (error);
  third = save_account (f->store, "c@c.example");
  g_assert_cmpint (fd_account_get_id (third), ==, 3);

  g_assert_true (fd_account_delete (first, f->store, &error));
  g_assert_true (fd_account_delete (third, f->store, &error));
  g_assert_no_error (error);
  g_clear_object (&f->store);

  again = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  fourth = save_account (again, "d@d.example");
  g_assert_cmpint (fd_account_get_id (fourth), ==, 4);
}

static gint64
store_query_int (FdStore    *store,
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

static void
assert_integrity_ok (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);

  /* The search index agrees with the messages it was built from. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

/* A database built at every earlier version, with a message in it,
 * upgrades to the newest and keeps the message. */
static void
test_migrations_from_every_version (void)
{
  for (int from = 0; from < FD_STORE_SCHEMA_VERSION; from++)
    {
      g_autofree char *dir = fd_test_make_data_dir ();
      g_autofree char *path = g_build_filename (dir, FD_STORE_DB_NAME, NULL);
      g_autoptr(FdStore) store = NULL;
      g_autoptr(FdMessage) message = NULL;
      g_autoptr(GError) error = NULL;
      sqlite3 *db = NULL;

      g_test_message ("migrating from version %d", from);

      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      /* Some migrations call the store's SQL functions. */
      g_assert_true (_fd_store_register_functions (db, NULL, &error));
      g_assert_true (_fd_store_migrate (db, from, &error));
      g_assert_no_error (error);
      if (from >= 1)
        {
          /* Version 1 data, written with version 1's columns; sort keys
           * are created_at << 20 before version 7, << 10 from it on. */
          gint64 key = from >= 7 ? 1 << 10 : 1 << 20;
          g_autofree char *sql = g_strdup_printf (
            "INSERT INTO accounts (id, channel, name, created_at) VALUES (1, 'email', 'a@x', 1);"
            "INSERT INTO sync_cursors (account_id, key, value, updated_at) VALUES (1, 'uid', '42', 1);"
            "INSERT INTO conversations (id, channel, account_id, remote_id) VALUES (1, 'email', 1, 'root@x');"
            "INSERT INTO identities (id, channel, handle) VALUES (1, 'email', 'a@x');"
            "INSERT INTO messages (id, sort_key, conversation_id, account_id, channel, remote_id, identity_id,"
            "  created_at, text) VALUES (1, %" G_GINT64_FORMAT ", 1, 1, 'email', 'root@x', 1, 1, 'old text');"
            "INSERT INTO messages_fts (rowid, subject, text, author) VALUES (%" G_GINT64_FORMAT ", NULL, 'old text', 'a@x');",
            key, key);

          g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
        }
      sqlite3_close (db);

      store = fd_store_open (dir, &error);
      g_assert_no_error (error);
      g_assert_cmpint (fd_store_get_schema_version (store), ==, FD_STORE_SCHEMA_VERSION);
      assert_integrity_ok (fd_store_get_db (store));

      if (from >= 1)
        {
          g_autoptr(FdFilter) filter = fd_filter_new ();
          g_autoptr(GPtrArray) found = NULL;

          message = fd_store_get_message (store, 1, &error);
          g_assert_no_error (error);
          g_assert_cmpstr (fd_message_get_text (message), ==, "old text");
          /* Version 7 keys: the same second, shifted by 10 instead of 20. */
          g_assert_cmpint (fd_message_get_sort_key (message), ==, 1 << 10);

          g_assert_true (fd_filter_parse_search (filter, "old", NULL));
          found = fd_store_list (store, filter, 0, 10, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (found->len, ==, 1);

          /* The accounts table made anew (version 9) kept its rows and
           * everything that refers to them. */
          g_assert_cmpint (store_query_int (store, "SELECT count(*) FROM accounts WHERE id = 1"), ==, 1);
          g_assert_cmpint (store_query_int (store, "SELECT count(*) FROM sync_cursors WHERE account_id = 1"), ==, 1);
          g_assert_cmpint (store_query_int (store, "SELECT account_id FROM conversations WHERE id = 1"), ==, 1);
          g_assert_cmpint (store_query_int (store, "SELECT account_id FROM messages WHERE id = 1"), ==, 1);
          g_assert_cmpint (store_query_int (store, "PRAGMA foreign_keys"), ==, 1);
          {
            g_autoptr(FdAccount) account = save_account (store, "b@x");

            g_assert_cmpint (fd_account_get_id (account), ==, 2);
          }

          /* Email threading knows the old mail by its own row (version
           * 15 dropped the second copy of its id that version 11 made): a
           * reply to it, and a reply to that reply naming only its
           * parent, join its conversation. */
          g_assert_cmpint (store_query_int (store, "SELECT count(*) FROM thread_ids WHERE remote_id = 'root@x'"), ==, 0);
          {
            g_autoptr(FdParsedMessage) reply = fd_test_message ("email", "reply@x", "shop@x", "On it", 2);
            g_autoptr(FdParsedMessage) again = fd_test_message ("email", "again@x", "a@x", "Thanks", 3);

            reply->in_reply_to = g_strdup ("root@x");
            again->in_reply_to = g_strdup ("reply@x");
            insert (store, reply);
            insert (store, again);
            g_assert_cmpint (store_query_int (store, "SELECT count(DISTINCT conversation_id) FROM messages"), ==, 1);
            g_assert_cmpint (store_query_int (store, "SELECT count(*) FROM conversations"), ==, 1);
          }
        }
      g_assert_nonnull (fd_store_get_profile_id (store));

      g_clear_object (&store);
      fd_test_rmdir (dir);
    }
}

static char *
store_query_text (FdStore    *store,
                  const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

static void
assert_same_name_elsewhere (FdStore *store,
                            gint64   message_id,
                            gint64   customer_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) others = _fd_customers_same_name_elsewhere (store, message_id, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (others);
  g_assert_cmpuint (others->len, ==, 1);
  g_assert_cmpint (g_array_index (others, gint64, 0), ==, customer_id);
}

/* Names are compared folded (identities.name_key): the key is made for
 * the identities a store held before it had one, for new identities and
 * for one that gets its name later; another customer of the same name
 * on another channel is found by it. */
static void
test_identity_name_key (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *path = g_build_filename (dir, FD_STORE_DB_NAME, NULL);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdParsedMessage) to_ana = fd_test_message ("email", "out@x", "shop@x", "Hello", 10);
  g_autoptr(FdParsedMessage) from_ana = fd_test_message ("email", "in@x", "ana@x", "Hi", 20);
  g_autoptr(FdParsedMessage) ana_post = fd_test_message ("bluesky", "at://p", "ana.bsky.social", "Hi", 30);
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  sqlite3 *db = NULL;
  gint64 ana_email, post_id;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_fd_store_register_functions (db, NULL, &error));
  g_assert_true (_fd_store_migrate (db, 12, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO customers (id, name, created_at) VALUES (1, 'Zoë', 1), (2, 'Zoe', 1);"
                                 "INSERT INTO identities (id, customer_id, channel, handle, name) VALUES"
                                 "  (1, 1, 'email', 'zoe@x', 'Zoë O''Brien'),"
                                 "  (2, 2, 'mastodon', '@zoe@m.example', 'ZOE  o brien!'),"
                                 "  (3, NULL, 'email', 'shop@x', NULL);"
                                 "INSERT INTO conversations (id, channel, remote_id, customer_id) VALUES (1, 'email', 'z@x', 1);"
                                 "INSERT INTO messages (id, sort_key, conversation_id, channel, remote_id, identity_id, created_at, text)"
                                 "  VALUES (1, 1024, 1, 'email', 'z@x', 1, 1, 'Hello');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  key = store_query_text (store, "SELECT name_key FROM identities WHERE id = 2");
  g_assert_cmpstr (key, ==, "zoe o brien");
  g_assert_cmpint (store_query_int (store, "SELECT count(*) FROM identities WHERE name_key = 'zoe o brien'"), ==, 2);
  g_assert_cmpint (store_query_int (store, "SELECT count(*) FROM identities WHERE name_key IS NULL"), ==, 1);
  assert_same_name_elsewhere (store, 1, 2);

  /* Written to first, so known without a name; named when she writes. */
  to_ana->direction = FD_DIRECTION_OUT;
  to_ana->recipient = g_strdup ("ana@x");
  insert (store, to_ana);
  g_assert_cmpint (store_query_int (store, "SELECT count(*) FROM identities WHERE handle = 'ana@x' AND name_key IS NULL"), ==, 1);
  from_ana->author_name = g_strdup ("Ána  Pérez");
  insert (store, from_ana);
  g_clear_pointer (&key, g_free);
  key = store_query_text (store, "SELECT name_key FROM identities WHERE handle = 'ana@x'");
  g_assert_cmpstr (key, ==, "ana perez");
  ana_email = store_query_int (store, "SELECT customer_id FROM identities WHERE handle = 'ana@x'");

  ana_post->author_name = g_strdup ("ANA PEREZ");
  post_id = insert (store, ana_post);
  assert_same_name_elsewhere (store, post_id, ana_email);

  g_clear_object (&store);
  fd_test_rmdir (dir);
}

static void
test_refuses_newer (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *path = g_build_filename (dir, FD_STORE_DB_NAME, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("CREATE TABLE future (x); PRAGMA user_version = %d; PRAGMA application_id = %d;",
                         FD_STORE_SCHEMA_VERSION + 7, FD_STORE_APPLICATION_ID);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = file_checksum (path);

  store = fd_store_open (dir, &error);
  g_assert_null (store);
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }

  fd_test_rmdir (dir);
}

static void
test_refuses_foreign (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *path = g_build_filename (dir, FD_STORE_DB_NAME, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = NULL;
  sqlite3 *db = NULL;

  /* Another program's database. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); PRAGMA user_version = 1;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  store = fd_store_open (dir, &error);
  g_assert_null (store);
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  /* Not a database at all. */
  g_assert_true (g_file_set_contents (path, "this is a text file, not SQLite, and it is long enough to matter\n", -1, NULL));
  store = fd_store_open (dir, &error);
  g_assert_null (store);
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT);

  fd_test_rmdir (dir);
}

static void
test_insert_duplicate (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", "111", "@ana@social.example", "Hola", 1000);
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GError) error = NULL;
  gint64 first = insert (f->store, msg);
  gint64 second = 0;

  g_assert_cmpint (fd_ingest_message (f->store, msg, &second, &error), ==, FD_INSERT_DUPLICATE);
  g_assert_no_error (error);
  g_assert_cmpint (first, ==, second);

  /* The same id on another channel is another message. */
  g_free (msg->channel);
  msg->channel = g_strdup ("bluesky");
  insert (f->store, msg);

  filter->view = FD_VIEW_EVERYTHING;
  g_assert_cmpuint (fd_store_count (f->store, filter, NULL), ==, 2);
}

/* A store that can no longer be written (a disk remounted read-only, a
 * failing disk) stops a run: every message after would fail the same way,
 * and a sync that skipped them would move its cursor past them. One
 * message that is not valid only skips that message. */
static void
test_unwritable_stops_run (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(FdParsedMessage) first = fd_test_message ("email", "<1@x>", "a@x", "Where is my parcel?", 1);
  g_autoptr(FdParsedMessage) invalid = fd_test_message ("email", NULL, "a@x", "No id", 2);
  g_autoptr(FdParsedMessage) second = fd_test_message ("email", "<2@x>", "a@x", "Still waiting", 3);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  g_assert_cmpint (fd_ingest_run_message (f->store, first, NULL, &error), ==, FD_INGEST_ADDED);
  g_assert_no_error (error);
  g_assert_cmpint (fd_ingest_run_message (f->store, invalid, NULL, &error), ==, FD_INGEST_SKIPPED);
  g_assert_false (fd_ingest_error_stops_run (error));
  g_clear_error (&error);

  /* What SQLite says when the file or its disk became read-only. */
  stmt = _fd_store_prepare (f->store, "PRAGMA query_only = 1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);

  g_assert_cmpint (fd_ingest_run_message (f->store, second, NULL, &error), ==, FD_INGEST_STOP);
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_IO);
  g_assert_true (fd_ingest_error_stops_run (error));
  g_assert_nonnull (strstr (error->message, "cannot be written"));
}

static void
test_insert_requires_id (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message ("email", NULL, "a@x", "text", 1);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (fd_ingest_message (f->store, msg, NULL, &error), ==, FD_INSERT_ERROR);
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED);
}

static void
test_threading (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(FdParsedMessage) reply = fd_test_message ("email", "c@x", "a@x", "third", 300);
  g_autoptr(FdParsedMessage) middle = fd_test_message ("email", "b@x", "shop@x", "second", 200);
  g_autoptr(FdMessage) m1 = NULL;
  g_autoptr(FdMessage) m3 = NULL;
  g_autoptr(GPtrArray) thread = NULL;
  gint64 id1, id3;

  /* The grandchild arrives first and names the root in References. */
  reply->in_reply_to = g_strdup ("b@x");
  g_ptr_array_add (reply->references, g_strdup ("a@x"));
  g_ptr_array_add (reply->references, g_strdup ("b@x"));
  id3 = insert (f->store, reply);

  id1 = add (f->store, "email", "a@x", "a@x", "first", 100);

  middle->in_reply_to = g_strdup ("a@x");
  middle->direction = FD_DIRECTION_OUT;
  middle->recipient = g_strdup ("a@x");
  insert (f->store, middle);

  m1 = fd_store_get_message (f->store, id1, NULL);
  m3 = fd_store_get_message (f->store, id3, NULL);
  g_assert_cmpint (fd_message_get_conversation_id (m1), ==, fd_message_get_conversation_id (m3));

  thread = fd_store_get_conversation (f->store, fd_message_get_conversation_id (m1), NULL);
  g_assert_cmpuint (thread->len, ==, 3);
  g_assert_cmpstr (fd_message_get_text (g_ptr_array_index (thread, 0)), ==, "first");
  g_assert_cmpstr (fd_message_get_text (g_ptr_array_index (thread, 1)), ==, "second");
  g_assert_cmpstr (fd_message_get_text (g_ptr_array_index (thread, 2)), ==, "third");

  /* The reply (second) answered the first, not the third, which came after. */
  g_assert_cmpint (fd_message_get_state (g_ptr_array_index (thread, 0)), ==, FD_MESSAGE_STATE_ANSWERED);
  g_assert_cmpint (fd_message_get_state (g_ptr_array_index (thread, 2)), ==, FD_MESSAGE_STATE_UNREAD);

  /* The customer is the same on both sides of the thread. */
  g_assert_cmpint (fd_message_get_customer_id (m1), !=, 0);
  g_assert_cmpint (fd_message_get_customer_id (m1), ==, fd_message_get_customer_id (m3));
  assert_integrity_ok (fd_store_get_db (f->store));
}

static void
test_answered_out_of_order (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(FdParsedMessage) out = fd_test_message ("mastodon", "2", "@shop@x", "We are on it", 200);
  g_autoptr(FdParsedMessage) in = fd_test_message ("mastodon", "1", "@ana@x", "Broken", 100);
  g_autoptr(FdMessage) message = NULL;
  gint64 id;

  out->thread_id = g_strdup ("t1");
  out->direction = FD_DIRECTION_OUT;
  in->thread_id = g_strdup ("t1");
  insert (f->store, out);
  id = insert (f->store, in);

  message = fd_store_get_message (f->store, id, NULL);
  g_assert_cmpint (fd_message_get_state (message), ==, FD_MESSAGE_STATE_ANSWERED);
}

/* Keyset paging visits every message once, in order, also across many
 * messages sharing one second. */
static void
test_keyset_paging (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) keys = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint n = 3000;
  gint64 after = 0;
  gint64 prev_created = G_MAXINT64;
  guint total = 0;

  g_assert_true (fd_store_begin (f->store, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *rid = g_strdup_printf ("m%u", i);
      /* Few distinct seconds: many ties. */
      add (f->store, "bluesky", rid, "at://someone", "text", 1700000000 + g_rand_int_range (rand, 0, 50));
    }
  g_assert_true (fd_store_commit (f->store, NULL));

  filter->view = FD_VIEW_EVERYTHING;
  for (;;)
    {
      g_autoptr(GPtrArray) page = fd_store_list (f->store, filter, after, 97, &error);

      g_assert_no_error (error);
      if (page->len == 0)
        break;

      for (guint i = 0; i < page->len; i++)
        {
          FdMessage *m = g_ptr_array_index (page, i);
          gint64 *key = g_new (gint64, 1);

          *key = fd_message_get_sort_key (m);
          g_assert_true (after == 0 || *key < after);
          g_assert_cmpint (fd_message_get_created_at (m), <=, prev_created);
          prev_created = fd_message_get_created_at (m);
          g_assert_false (g_hash_table_contains (seen, key));
          g_hash_table_add (seen, key);
          after = *key;
          total++;
        }
    }
  g_assert_cmpuint (total, ==, n);
  g_hash_table_foreach (seen, (GHFunc) g_free, NULL);

  /* Oldest first walks the other way. */
  filter->order = FD_SORT_LONGEST_WAITING;
  keys = fd_store_list_keys (f->store, filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (keys->len, ==, n);
  for (guint i = 1; i < keys->len; i++)
    g_assert_cmpint (g_array_index (keys, gint64, i - 1), <, g_array_index (keys, gint64, i));
}

static void
test_get_by_keys (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GArray) keys = NULL;
  g_autoptr(GArray) asked = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) rows = NULL;
  gint64 missing = 12345;

  for (guint i = 0; i < 1200; i++)
    {
      g_autofree char *rid = g_strdup_printf ("%u", i);
      add (f->store, "mastodon", rid, "@a@x", "hello", 1000 + i);
    }

  keys = fd_store_list_keys (f->store, filter, NULL);
  g_assert_cmpuint (keys->len, ==, 1200);

  /* Across the chunk size, out of order, with a key that does not exist. */
  for (guint i = 0; i < keys->len; i += 2)
    g_array_append_val (asked, g_array_index (keys, gint64, keys->len - 1 - i));
  g_array_append_val (asked, missing);

  rows = fd_store_get_by_keys (f->store, (const gint64 *) asked->data, asked->len, NULL);
  g_assert_cmpuint (rows->len, ==, asked->len - 1);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpint (fd_message_get_sort_key (g_ptr_array_index (rows, i)), ==, g_array_index (asked, gint64, i));
}

static guint
search_count (FdStore    *store,
              const char *query)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  filter->view = FD_VIEW_EVERYTHING;
  g_assert_true (fd_filter_parse_search (filter, query, &error));
  g_assert_no_error (error);
  found = fd_store_list (store, filter, 0, 0, &error);
  g_assert_no_error (error);

  return found->len;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(FdParsedMessage) m1 = fd_test_message ("email", "1@x", "maria@correo.example", "Mi pedido no llegó todavía", 100);
  g_autoptr(FdParsedMessage) m2 = fd_test_message ("mastodon", "2", "@jo@social.example", "The parcel has not arrived, order 4102", 200);
  g_autoptr(FdParsedMessage) m3 = fd_test_message ("mastodon", "3", "@kim@social.example", "Delivery was quick, thank you", 300);
  g_autoptr(FdParsedMessage) m4 = fd_test_message ("bluesky", "4", "lena.bsky.social", "Not arrived yet. Delivered to neighbour?", 400);

  m1->author_name = g_strdup ("María García");
  m1->subject = g_strdup ("Pedido #4102");
  m1->lang = g_strdup ("es");
  m2->lang = g_strdup ("en");
  m3->direction = FD_DIRECTION_OUT;
  insert (f->store, m1);
  insert (f->store, m2);
  insert (f->store, m3);
  insert (f->store, m4);

  g_assert_cmpuint (search_count (f->store, "llego"), ==, 1);         /* diacritics folded */
  g_assert_cmpuint (search_count (f->store, "LLEGÓ"), ==, 1);
  g_assert_cmpuint (search_count (f->store, "pedido"), ==, 1);        /* subject */
  g_assert_cmpuint (search_count (f->store, "4102"), ==, 2);          /* subject and text */
  g_assert_cmpuint (search_count (f->store, "not arrived"), ==, 2);   /* both words */
  g_assert_cmpuint (search_count (f->store, "\"not arrived\""), ==, 2);
  g_assert_cmpuint (search_count (f->store, "\"arrived not\""), ==, 0); /* phrase order */
  g_assert_cmpuint (search_count (f->store, "deliv*"), ==, 2);        /* prefix */
  g_assert_cmpuint (search_count (f->store, "arrived -neighbour"), ==, 1);
  g_assert_cmpuint (search_count (f->store, "from:maria"), ==, 1);
  g_assert_cmpuint (search_count (f->store, "from:garcia"), ==, 1);   /* name, folded */
  g_assert_cmpuint (search_count (f->store, "from:social.example"), ==, 2);
  g_assert_cmpuint (search_count (f->store, "channel:mastodon"), ==, 2);
  g_assert_cmpuint (search_count (f->store, "channel:mastodon arrived"), ==, 1);
  g_assert_cmpuint (search_count (f->store, "lang:es"), ==, 1);
  g_assert_cmpuint (search_count (f->store, "is:unanswered"), ==, 3);
  g_assert_cmpuint (search_count (f->store, "is:unanswered thank"), ==, 0);
  g_assert_cmpuint (search_count (f->store, "nothing-like-this"), ==, 0);
  /* Phrases and authors are checked beside the index. */
  g_assert_cmpuint (search_count (f->store, "\"order 4102\""), ==, 1);
  g_assert_cmpuint (search_count (f->store, "\"4102 order\""), ==, 0);
  g_assert_cmpuint (search_count (f->store, "arrived -\"not arrived\""), ==, 0);
  g_assert_cmpuint (search_count (f->store, "arrived -\"arrived not\""), ==, 2);
  g_assert_cmpuint (search_count (f->store, "from:social.example -from:kim"), ==, 1);
  g_assert_cmpuint (search_count (f->store, "from:social.example -parcel"), ==, 1);
  g_assert_cmpuint (search_count (f->store, "from:maría from:correo"), ==, 1);
  g_assert_cmpuint (search_count (f->store, "from:maria from:kim"), ==, 0);
  g_assert_cmpuint (search_count (f->store, "from:gar*"), ==, 1);
  assert_integrity_ok (fd_store_get_db (f->store));
}

/* Long text and HTML are stored compressed (HTML against the text) and
 * read back exactly; the search index sees the text but not the quoted
 * blocks of a reply. */
static void
test_stored_text (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(FdMessage) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  sqlite3 *db = fd_store_get_db (f->store);
  sqlite3_stmt *stmt = NULL;
  gint64 id;

  for (int i = 0; i < 40; i++)
    g_string_append_printf (body, "Línea %d: el paquete número %d no ha llegado.\n", i, i * 7);
  g_string_append (body, "On Monday, Ana wrote:\n> quotedword one\n> quotedword two\nBye\n>single arrow line\n");
  html = g_strdup_printf ("<html><body><p>%s</p></body></html>", body->str);

  msg = fd_test_message ("email", "long@x", "ana@example.org", body->str, 1000);
  msg->html = g_strdup (html);
  id = insert (f->store, msg);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT typeof (text), typeof (html), length (html) FROM messages WHERE id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "blob");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "blob");
  /* The HTML's words are the text's: only the markup is left to store. */
  g_assert_cmpint (sqlite3_column_int (stmt, 2), <, (int) strlen (html) / 10);
  sqlite3_finalize (stmt);

  back = fd_store_get_message (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fd_message_get_text (back), ==, body->str);
  g_assert_cmpstr (fd_message_get_html (back), ==, html);

  g_assert_cmpuint (search_count (f->store, "paquete llegado"), ==, 1);
  g_assert_cmpuint (search_count (f->store, "bye"), ==, 1);
  g_assert_cmpuint (search_count (f->store, "quotedword"), ==, 0);
  g_assert_cmpuint (search_count (f->store, "arrow"), ==, 1);

  /* Short text stays plain. */
  id = add (f->store, "mastodon", "short", "@a@x.example", "Thanks!", 2000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT typeof (text) FROM messages WHERE id = ?", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "text");
  sqlite3_finalize (stmt);

  assert_integrity_ok (db);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static const char *const dict_words[] = {
  "pedido", "order", "parcel", "paquete", "refund", "reembolso", "delivery", "entrega",
  "tracking", "seguimiento", "invoice", "factura", "broken", "roto", "thanks", "gracias",
  "hello", "hola", "please", "por favor", "still", "todavía", "waiting", "esperando",
};

/* A customer's message as mail says it: a greeting, words, an order
 * number, a signature. */
static char *
dict_text (guint n)
{
  GString *text = g_string_new (n % 2 ? "Hola, buenos días:\n\n" : "Hello there,\n\n");

  for (guint i = 0; i < 24; i++)
    g_string_append_printf (text, "%s ", dict_words[(n * 7 + i * i * 3 + i) % G_N_ELEMENTS (dict_words)]);
  g_string_append_printf (text, "#%u.\n\nKind regards, customer %u\nSent from my phone\n", 100000 + n * 13, n % 50);
  /* What one customer alone writes, again and again. */
  if (n % 50 == 7)
    g_string_append (text, "Tom Bakersons, 2231 Quillfeather Lane\n");
  return g_string_free (text, FALSE);
}

static void
assert_stored_with_dict (sqlite3 *db,
                         gint64   id,
                         int      dict_id)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT hex (substr (text, 1, 1)), hex (substr (text, 6, 2)) FROM messages WHERE id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  if (dict_id == 0)
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "01");
  else
    {
      g_autofree char *hex = g_strdup_printf ("%02X00", dict_id);

      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "03");
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, hex);
    }
  sqlite3_finalize (stmt);
}

static void
assert_text (FdStore    *store,
             gint64      id,
             const char *text)
{
  g_autoptr(FdMessage) back = NULL;
  g_autoptr(GError) error = NULL;

  back = fd_store_get_message (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fd_message_get_text (back), ==, text);
}

static char *
dict_author (guint n)
{
  return g_strdup_printf ("customer%u@example.org", n % 50);
}

/* Once a couple of thousand texts are stored, a dictionary is trained on
 * them and later texts are compressed with it, smaller; they read back
 * exactly in this store, in one opened before the dictionary was made
 * and after the profile is opened again, and a phrase search (which
 * decodes the text) finds them. Whatever was stored before stays. The
 * dictionary holds the words many people write, nothing only one
 * customer wrote. */
static void
test_text_dictionary (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(FdStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_text = dict_text (0);
  g_autofree char *late_text = NULL;
  g_autofree char *parsed_text = NULL;
  g_autoptr(FdParsedMessage) parsed = NULL;
  sqlite3 *db = fd_store_get_db (f->store);
  gint64 first = 0, late, late_parsed;
  gsize plain_size = 0, dict_size = 0;

  other = fd_store_open (f->dir, &error);
  g_assert_no_error (error);

  g_assert_true (fd_store_begin (f->store, &error));
  for (guint n = 0; n < 2100; n++)
    {
      g_autofree char *rid = g_strdup_printf ("dict-%u@x", n);
      g_autofree char *text = dict_text (n);
      g_autofree char *author = dict_author (n);
      gint64 id = add (f->store, "email", rid, author, text, 1000 + n);

      if (n == 0)
        first = id;
    }
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM text_dictionaries"), ==, 0);
  g_assert_true (fd_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM text_dictionaries"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT instr (dict, 'seguimiento') > 0 AND instr (dict, 'Kind regards') > 0"
                                  " FROM text_dictionaries"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT instr (dict, 'Bakersons') + instr (dict, 'Quillfeather') + instr (dict, '2231')"
                                  " + instr (dict, 'example.org') FROM text_dictionaries"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM messages WHERE instr (fd_text (text), 'Quillfeather') > 0"), ==, 42);
  plain_size = query_int (db, "SELECT sum (length (text)) FROM messages WHERE remote_id GLOB 'dict-1?@x'");

  /* The same texts again: now against the dictionary. */
  for (guint n = 10; n < 20; n++)
    {
      g_autofree char *rid = g_strdup_printf ("again-%u@x", n);
      g_autofree char *text = dict_text (n);
      g_autofree char *author = dict_author (n);

      late = add (f->store, "email", rid, author, text, 5000 + n);
      assert_stored_with_dict (db, late, 1);
    }
  dict_size = query_int (db, "SELECT sum (length (text)) FROM messages WHERE remote_id GLOB 'again-1?@x'");
  g_assert_cmpuint (dict_size, <, plain_size - plain_size / 5);
  assert_stored_with_dict (db, first, 0);

  late_text = dict_text (3001);
  late = add (f->store, "email", "late@x", "ana@example.org", late_text, 9000);
  assert_stored_with_dict (db, late, 1);

  /* Compressed ahead, as the importer's parse threads do. */
  parsed_text = dict_text (3002);
  parsed = fd_test_message ("email", "parsed@x", "ana@example.org", parsed_text, 9001);
  fd_ingest_precompute_for (f->store, parsed);
  late_parsed = insert (f->store, parsed);
  assert_stored_with_dict (db, late_parsed, 1);

  assert_text (f->store, first, first_text);
  assert_text (f->store, late, late_text);
  assert_text (f->store, late_parsed, parsed_text);
  assert_text (other, late, late_text);
  g_assert_cmpuint (search_count (f->store, "\"customer 1\" \"kind regards\""), >, 0);
  g_assert_cmpuint (search_count (other, "\"#139026\""), ==, 1);   /* 100000 + 3002 * 13 */

  /* The store opened before takes that dictionary once it would have
   * trained one: one per profile. */
  g_assert_true (fd_store_begin (other, &error));
  for (guint n = 0; n < 2100; n++)
    {
      g_autofree char *rid = g_strdup_printf ("other-%u@x", n);
      g_autofree char *text = dict_text (n);
      g_autofree char *author = dict_author (n);

      add (other, "email", rid, author, text, 20000 + n);
    }
  g_assert_true (fd_store_commit (other, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM text_dictionaries"), ==, 1);
  assert_stored_with_dict (db, add (other, "email", "other-late@x", "ana@example.org", late_text, 30000), 1);

  /* Opened again: the same dictionary reads and compresses. */
  g_clear_object (&other);
  g_clear_object (&f->store);
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  db = fd_store_get_db (f->store);
  assert_text (f->store, late, late_text);
  assert_text (f->store, first, first_text);
  assert_stored_with_dict (db, add (f->store, "email", "reopened@x", "ana@example.org", late_text, 9100), 1);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM text_dictionaries"), ==, 1);
  assert_integrity_ok (db);
}

/* More messages in one second than a second has sort keys: all stored,
 * in order, and a later second still sorts after them. */
static void
test_crowded_second (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_store_begin (f->store, &error));
  for (int i = 0; i < 1100; i++)
    {
      g_autofree char *rid = g_strdup_printf ("same-%d@x", i);
      add (f->store, "email", rid, "bulk@example.org", "no date", 5000);
    }
  add (f->store, "email", "later@x", "bulk@example.org", "a second later", 5001);
  g_assert_true (fd_store_commit (f->store, &error));
  g_assert_no_error (error);

  filter->view = FD_VIEW_EVERYTHING;
  all = fd_store_list (f->store, filter, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1101);
  g_assert_cmpstr (fd_message_get_remote_id (g_ptr_array_index (all, 0)), ==, "later@x");
  g_assert_cmpstr (fd_message_get_remote_id (g_ptr_array_index (all, 1)), ==, "same-1099@x");
  g_assert_cmpstr (fd_message_get_remote_id (g_ptr_array_index (all, 1100)), ==, "same-0@x");
  for (guint i = 1; i < all->len; i++)
    g_assert_cmpint (fd_message_get_sort_key (g_ptr_array_index (all, i - 1)), >,
                     fd_message_get_sort_key (g_ptr_array_index (all, i)));
  assert_integrity_ok (fd_store_get_db (f->store));
}

static void
test_reply_and_outbox (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(FdMessage) parent = NULL;
  g_autoptr(FdMessage) reply = NULL;
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;
  gint64 parent_id, reply_id;
  sqlite3_stmt *stmt = NULL;

  parent_id = add (f->store, "mastodon", "900", "@ana@x", "Where is my order?", 100);
  parent = fd_store_get_message (f->store, parent_id, NULL);

  g_assert_true (fd_store_save_draft (f->store, fd_message_get_conversation_id (parent), "Half a rep", &error));
  draft = fd_store_get_draft (f->store, fd_message_get_conversation_id (parent), &error);
  g_assert_cmpstr (draft, ==, "Half a rep");

  g_assert_cmpint (fd_test_queue_reply (f->store, parent_id, "   ", &error), ==, 0);
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED);
  g_clear_error (&error);

  reply_id = fd_test_queue_reply (f->store, parent_id, "It left today, sorry for the wait", &error);
  g_assert_no_error (error);
  g_assert_cmpint (reply_id, >, 0);

  reply = fd_store_get_message (f->store, reply_id, NULL);
  g_assert_cmpint (fd_message_get_direction (reply), ==, FD_DIRECTION_OUT);
  g_assert_cmpint (fd_message_get_conversation_id (reply), ==, fd_message_get_conversation_id (parent));
  g_assert_cmpint (fd_message_get_outbox_state (reply), ==, FD_OUTBOX_PENDING);
  g_assert_cmpstr (fd_message_get_recipient (reply), ==, "@ana@x");

  /* Only queued: the customer still waits for an answer. */
  g_clear_object (&parent);
  parent = fd_store_get_message (f->store, parent_id, NULL);
  g_assert_cmpint (fd_message_get_state (parent), ==, FD_MESSAGE_STATE_UNREAD);

  /* One outbox row with a token, in the same conversation. */
  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store),
                                       "SELECT count(*), min(length(idempotency_key)) FROM outbox WHERE message_id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, reply_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), >=, 32);
  sqlite3_finalize (stmt);

  filter->view = FD_VIEW_OUTBOX;
  g_assert_cmpuint (fd_store_count (f->store, filter, NULL), ==, 1);
  filter->view = FD_VIEW_UNANSWERED;
  g_assert_cmpuint (fd_store_count (f->store, filter, NULL), ==, 1);

  /* The draft became the reply. */
  g_free (draft);
  draft = fd_store_get_draft (f->store, fd_message_get_conversation_id (parent), &error);
  g_assert_null (draft);
  g_assert_no_error (error);
  assert_integrity_ok (fd_store_get_db (f->store));
}

static void
changed_cb (FdStore *store,
            guint   *count)
{
  (*count)++;
}

static void
test_changed (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(FdStore) other = NULL;
  g_autoptr(GError) error = NULL;
  guint ours = 0, theirs = 0;
  gint64 id;

  other = fd_store_open (f->dir, &error);
  g_assert_no_error (error);

  g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), &ours);
  g_signal_connect (other, "changed", G_CALLBACK (changed_cb), &theirs);

  id = add (f->store, "email", "x@y", "x@y", "hi", 5);
  g_assert_cmpuint (ours, ==, 1);

  /* The other connection notices when it looks, and only once. */
  fd_store_check_changed (other);
  fd_store_check_changed (other);
  g_assert_cmpuint (theirs, ==, 1);

  g_assert_true (fd_store_set_message_state (f->store, id, FD_MESSAGE_STATE_ARCHIVED, &error));
  g_assert_cmpuint (ours, ==, 2);
  fd_store_check_changed (other);
  g_assert_cmpuint (theirs, ==, 2);

  g_assert_false (fd_store_set_message_state (f->store, 999999, FD_MESSAGE_STATE_READ, &error));
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND);
}

static void
test_views (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GHashTable) counts = NULL;
  gint64 a = add (f->store, "email", "1@x", "a@x", "one", 1);

  add (f->store, "email", "2@x", "b@x", "two", 2);
  add (f->store, "mastodon", "3", "@c@x", "three", 3);
  g_assert_true (fd_store_set_message_state (f->store, a, FD_MESSAGE_STATE_ARCHIVED, NULL));

  filter->view = FD_VIEW_ALL;
  g_assert_cmpuint (fd_store_count (f->store, filter, NULL), ==, 2);
  filter->view = FD_VIEW_ARCHIVED;
  g_assert_cmpuint (fd_store_count (f->store, filter, NULL), ==, 1);
  filter->view = FD_VIEW_EVERYTHING;
  g_assert_cmpuint (fd_store_count (f->store, filter, NULL), ==, 3);

  counts = fd_store_count_by_channel (f->store, NULL);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "email")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "mastodon")), ==, 1);
}

/* A second store on the same profile in this process, then another
 * program opening and closing it (frontdesk-cli while the window is
 * open). Closing any descriptor of the database drops every lock this
 * process holds on it, SQLite's included: the other program would then
 * take the database for unused and checkpoint and remove its log under
 * the connections open here, which then read a damaged database. */
static void
test_second_open_keeps_locks (Fixture       *f,
                              gconstpointer  data)
{
  const char *other_dir = g_getenv ("FD_TEST_OTHER_PROGRAM_DIR");
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) second = NULL;
  g_autoptr(FdMessage) message = NULL;
  g_autofree char *wal = NULL;
  gint64 id;

  if (g_test_subprocess ())
    {
      g_autoptr(FdStore) other = fd_store_open (other_dir, &error);

      g_assert_no_error (error);
      g_assert_nonnull (other);
      return;
    }

  id = add (f->store, "email", "<locks@example.com>", "ana@example.com", "Hello", 1700000000);
  wal = g_build_filename (f->dir, "frontdesk.db-wal", NULL);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  second = fd_store_open (f->dir, &error);
  g_assert_no_error (error);

  g_setenv ("FD_TEST_OTHER_PROGRAM_DIR", f->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_unsetenv ("FD_TEST_OTHER_PROGRAM_DIR");

  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  message = fd_store_get_message (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (message);
  g_clear_object (&message);
  message = fd_store_get_message (second, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (message);
}

static void
test_utf8_repair (void)
{
  g_autofree char *a = fd_utf8_repair ("ok \xC3\xA9", -1);
  g_autofree char *b = fd_utf8_repair ("bad \xE9 byte", -1);
  g_autofree char *c = fd_utf8_repair ("nul\0inside", 10);
  g_autoptr(FdParsedMessage) msg = fd_parsed_message_new ();
  g_autofree char *big = g_malloc (FD_MAX_TEXT_BYTES + 10);

  g_assert_cmpstr (a, ==, "ok é");
  g_assert_true (g_utf8_validate (b, -1, NULL));
  g_assert_nonnull (strstr (b, "\xEF\xBF\xBD"));
  g_assert_cmpstr (c, ==, "nulinside");

  /* A cut never splits a character. */
  for (gsize i = 0; i + 1 < FD_MAX_TEXT_BYTES + 9; i += 2)
    {
      big[i] = '\xC3';
      big[i + 1] = '\xA9';
    }
  big[FD_MAX_TEXT_BYTES + 8] = '\0';
  fd_parsed_message_set_text (msg, big, -1);
  g_assert_true (msg->truncated);
  g_assert_cmpuint (strlen (msg->text), <=, FD_MAX_TEXT_BYTES);
  g_assert_true (g_utf8_validate (msg->text, -1, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/open-permissions", Fixture, NULL, fixture_setup, test_open_permissions, fixture_teardown);
  g_test_add_func ("/store/existing-folder-made-private", test_existing_folder_made_private);
  g_test_add_func ("/store/profile-id", test_profile_id);
  g_test_add ("/store/account-ids-not-reused", Fixture, NULL, fixture_setup, test_account_ids_not_reused, fixture_teardown);
  g_test_add_func ("/store/migrations-from-every-version", test_migrations_from_every_version);
  g_test_add_func ("/store/identity-name-key", test_identity_name_key);
  g_test_add_func ("/store/refuses-newer", test_refuses_newer);
  g_test_add_func ("/store/refuses-foreign", test_refuses_foreign);
  g_test_add ("/store/insert-duplicate", Fixture, NULL, fixture_setup, test_insert_duplicate, fixture_teardown);
  g_test_add ("/store/insert-requires-id", Fixture, NULL, fixture_setup, test_insert_requires_id, fixture_teardown);
  g_test_add ("/store/threading", Fixture, NULL, fixture_setup, test_threading, fixture_teardown);
  g_test_add ("/store/answered-out-of-order", Fixture, NULL, fixture_setup, test_answered_out_of_order, fixture_teardown);
  g_test_add ("/store/keyset-paging", Fixture, NULL, fixture_setup, test_keyset_paging, fixture_teardown);
  g_test_add ("/store/get-by-keys", Fixture, NULL, fixture_setup, test_get_by_keys, fixture_teardown);
  g_test_add ("/store/search", Fixture, NULL, fixture_setup, test_search, fixture_teardown);
  g_test_add ("/store/stored-text", Fixture, NULL, fixture_setup, test_stored_text, fixture_teardown);
  g_test_add ("/store/text-dictionary", Fixture, NULL, fixture_setup, test_text_dictionary, fixture_teardown);
  g_test_add ("/store/crowded-second", Fixture, NULL, fixture_setup, test_crowded_second, fixture_teardown);
  g_test_add ("/store/reply-and-outbox", Fixture, NULL, fixture_setup, test_reply_and_outbox, fixture_teardown);
  g_test_add ("/store/changed", Fixture, NULL, fixture_setup, test_changed, fixture_teardown);
  g_test_add ("/store/views", Fixture, NULL, fixture_setup, test_views, fixture_teardown);
  g_test_add_func ("/store/utf8-repair", test_utf8_repair);
  g_test_add ("/store/unwritable-stops-run", Fixture, NULL, fixture_setup, test_unwritable_stops_run, fixture_teardown);
  g_test_add ("/store/second-open-keeps-locks", Fixture, NULL, fixture_setup, test_second_open_keeps_locks, fixture_teardown);

  return g_test_run ();
}
