/* test-backup.c: backups, restoring one, and a damaged message store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fd-backup.h"
#include "fd-ingest.h"
#include "fd-store-private.h"
#include "fd-sync-manager.h"
#include "fd-test-util.h"

static char *
db_path_of (const char *dir)
{
  return g_build_filename (dir, FD_STORE_DB_NAME, NULL);
}

static FdStore *
open_store (const char *dir)
{
  g_autoptr(GError) error = NULL;
  FdStore *store = fd_store_open (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* @n messages of a few hundred bytes each, in one transaction: with @n in
 * the thousands the database has many pages. */
static void
add_messages (FdStore    *store,
              const char *prefix,
              guint       n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, i);
      g_autofree char *handle = g_strdup_printf ("@customer%u@social.example", i % 50);
      g_autofree char *text = g_strdup_printf ("Message %u of %s: my order %u has not arrived and "
                                               "nobody answers the phone, please look into it. "
                                               "Reference %08x, tracking %08x.",
                                               i, prefix, i * 7, g_random_int (), g_random_int ());
      g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", id, handle, text, 1700000000 + i);

      g_assert_cmpint (fd_ingest_message (store, msg, NULL, &error), ==, FD_INSERT_ADDED);
      g_assert_no_error (error);
    }
  g_assert_true (fd_store_commit (store, &error));
}

static guint
count_messages (FdStore *store)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GError) error = NULL;
  guint n;

  filter->view = FD_VIEW_EVERYTHING;
  n = fd_store_count (store, filter, &error);
  g_assert_no_error (error);
  return n;
}

static int
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

static gint64
db_query_int (const char *path,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static char *
make_backup (const char *dir)
{
  g_autoptr(GError) error = NULL;
  char *path = fd_backup_make (dir, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (path);
  return path;
}

/* A copy of @path named as a daily backup made @hours_ago. */
static char *
fake_backup (const char *dir,
             const char *path,
             int         hours_ago,
             const char *suffix)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_hours (now, -hours_ago);
  g_autofree char *stamp = g_date_time_format (then, "%Y%m%dT%H%M%SZ");
  g_autofree char *name = g_strdup_printf ("frontdesk-%s%s.db", stamp, suffix);
  g_autofree char *backups = fd_backup_get_dir (dir);
  char *fake = g_build_filename (backups, name, NULL);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (fake, contents, len, NULL));
  return fake;
}

/* Backups */

static void
test_backup_consistent_copy (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *restored_dir = fd_test_make_data_dir ();
  g_autofree char *backups = fd_backup_get_dir (dir);
  g_autofree char *path = NULL;
  g_autofree char *restored_db = db_path_of (restored_dir);
  g_autoptr(FdStore) store = open_store (dir);
  g_autoptr(FdStore) copy = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdParsedMessage) pending = fd_test_message ("mastodon", "pending", "@bo@x.example", "not committed", 1800000000);

  add_messages (store, "a", 300);

  /* A write under way in the store's connection is not in the copy; the
   * copy does not wait for it either. */
  g_assert_true (fd_store_begin (store, &error));
  g_assert_cmpint (fd_ingest_message (store, pending, NULL, &error), ==, FD_INSERT_ADDED);
  path = make_backup (dir);
  fd_store_rollback (store);

  g_assert_true (g_str_has_prefix (path, backups));
  g_assert_cmpint (mode_of (backups), ==, 0700);
  g_assert_cmpint (mode_of (path), ==, 0600);

  list = fd_backup_list (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((FdBackupInfo *) g_ptr_array_index (list, 0))->path, ==, path);
  g_assert_cmpint (((FdBackupInfo *) g_ptr_array_index (list, 0))->kind, ==, FD_BACKUP_DAILY);

  /* One file of its own: no log beside it, and not in WAL mode. */
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);

    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_cmpint (db_query_int (path, "SELECT count(*) FROM messages"), ==, 300);
    g_assert_cmpint (db_query_int (path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'delete'"), ==, 1);
  }

  /* It opens as a profile with the same id. */
  {
    g_autofree char *contents = NULL;
    gsize len;

    g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
    g_assert_true (g_file_set_contents (restored_db, contents, len, NULL));
  }
  copy = open_store (restored_dir);
  g_assert_cmpuint (count_messages (copy), ==, 300);
  g_assert_cmpstr (fd_store_get_profile_id (copy), ==, fd_store_get_profile_id (store));

  /* To a file of one's choice, never over one that exists. */
  {
    g_autofree char *out = g_build_filename (restored_dir, "mine.db", NULL);
    g_autofree char *made = fd_backup_make (dir, out, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (made, ==, out);
    g_assert_cmpint (db_query_int (out, "SELECT count(*) FROM messages"), ==, 300);
    g_assert_null (fd_backup_make (dir, out, &error));
    g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED);
    g_assert_nonnull (strstr (error->message, "already exists"));
  }

  g_clear_object (&copy);
  g_clear_object (&store);
  fd_test_rmdir (dir);
  fd_test_rmdir (restored_dir);
}

static void
test_backup_keeps_seven (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(FdStore) store = open_store (dir);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *upgrade = NULL;
  g_autofree char *newest = NULL;

  add_messages (store, "a", 20);
  first = make_backup (dir);

  /* Nine older daily copies and one made before an upgrade, older still. */
  for (int day = 1; day <= 9; day++)
    g_ptr_array_add (names, fake_backup (dir, first, day * 24, ""));
  upgrade = fake_backup (dir, first, 30 * 24, "-format-8");

  newest = make_backup (dir);
  list = fd_backup_list (dir, &error);
  g_assert_no_error (error);

  /* Seven daily copies, the newest ones, and the one before the upgrade. */
  g_assert_cmpuint (list->len, ==, FD_BACKUP_KEEP + 1);
  g_assert_cmpstr (((FdBackupInfo *) g_ptr_array_index (list, 0))->path, ==, newest);
  for (guint i = 0; i < list->len - 1; i++)
    g_assert_cmpint (((FdBackupInfo *) g_ptr_array_index (list, i))->kind, ==, FD_BACKUP_DAILY);
  g_assert_cmpint (((FdBackupInfo *) g_ptr_array_index (list, list->len - 1))->kind, ==, FD_BACKUP_BEFORE_UPGRADE);
  g_assert_cmpint (((FdBackupInfo *) g_ptr_array_index (list, list->len - 1))->format, ==, 8);
  g_assert_true (g_file_test (upgrade, G_FILE_TEST_EXISTS));
  /* Newest first, the oldest gone: copies from days 1 to 5 stay. */
  for (guint day = 1; day <= 9; day++)
    g_assert_cmpint (g_file_test (g_ptr_array_index (names, day - 1), G_FILE_TEST_EXISTS), ==, day <= 5);

  g_clear_object (&store);
  fd_test_rmdir (dir);
}

static void
daily_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  char **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = fd_backup_make_daily_finish (result, &error);
  g_assert_no_error (error);
  if (*out == NULL)
    *out = g_strdup ("");
}

static char *
run_daily (const char *dir)
{
  char *path = NULL;

  fd_backup_make_daily_async (dir, NULL, daily_done_cb, &path);
  while (path == NULL)
    g_main_context_iteration (NULL, TRUE);

  if (*path == '\0')
    g_clear_pointer (&path, g_free);
  return path;
}

static void
test_backup_daily (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(FdStore) store = open_store (dir);
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *next = NULL;
  g_autofree char *old = NULL;
  g_autoptr(GPtrArray) list = NULL;

  add_messages (store, "a", 20);

  /* None yet: one is made. */
  first = run_daily (dir);
  g_assert_nonnull (first);
  g_assert_true (g_file_test (first, G_FILE_TEST_EXISTS));

  /* The newest is less than a day old: none. */
  again = run_daily (dir);
  g_assert_null (again);

  /* A day and an hour old: a new one. */
  old = fake_backup (dir, first, 25, "");
  g_assert_cmpint (g_unlink (first), ==, 0);
  next = run_daily (dir);
  g_assert_nonnull (next);
  list = fd_backup_list (dir, NULL);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((FdBackupInfo *) g_ptr_array_index (list, 0))->path, ==, next);

  g_clear_object (&store);
  fd_test_rmdir (dir);
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Started, the sync manager makes the day's copy on its own thread. */
static void
test_backup_daily_by_sync_manager (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(FdStore) store = open_store (dir);
  g_autoptr(FdSyncManager) manager = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  add_messages (store, "a", 20);
  manager = fd_sync_manager_new (dir, NULL);
  g_assert_true (fd_sync_manager_start (manager, &error));
  g_assert_no_error (error);

  while ((list == NULL || list->len == 0) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, TRUE);
      g_clear_pointer (&list, g_ptr_array_unref);
      list = fd_backup_list (dir, NULL);
    }
  g_source_remove (wake);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (db_query_int (((FdBackupInfo *) g_ptr_array_index (list, 0))->path,
                                 "SELECT count(*) FROM messages"), ==, 20);

  fd_sync_manager_stop (manager);
  g_clear_object (&manager);
  g_clear_object (&store);
  fd_test_rmdir (dir);
}

/* A store of an older format is copied before it is migrated, and only
 * then; a new one is not. */
static void
test_backup_before_upgrade (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *path = db_path_of (dir);
  g_autofree char *backups = fd_backup_get_dir (dir);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  FdBackupInfo *info;
  sqlite3 *db = NULL;

  store = open_store (dir);
  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));
  g_clear_object (&store);
  fd_test_rmdir (dir);

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_fd_store_register_functions (db, NULL, &error));
  g_assert_true (_fd_store_migrate (db, 8, &error));
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO conversations (id, channel, remote_id) VALUES (1, 'email', 'root@x');"
                                 "INSERT INTO messages (id, sort_key, conversation_id, channel, remote_id, created_at, text)"
                                 "  VALUES (1, 1024, 1, 'email', 'root@x', 1, 'old text');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = open_store (dir);
  g_assert_cmpint (fd_store_get_schema_version (store), ==, FD_STORE_SCHEMA_VERSION);

  list = fd_backup_list (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  info = g_ptr_array_index (list, 0);
  g_assert_cmpint (info->kind, ==, FD_BACKUP_BEFORE_UPGRADE);
  g_assert_cmpint (info->format, ==, 8);
  g_assert_cmpint (mode_of (info->path), ==, 0600);
  /* The copy is the store as it was before the upgrade. */
  g_assert_cmpint (db_query_int (info->path, "PRAGMA user_version"), ==, 8);
  g_assert_cmpint (db_query_int (info->path, "SELECT count(*) FROM messages"), ==, 1);
  g_assert_cmpint (db_query_int (info->path, "SELECT count(*) FROM sqlite_master WHERE name = 'profile'"), ==, 0);

  /* Opening it again migrates nothing and copies nothing. */
  g_clear_object (&store);
  store = open_store (dir);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = fd_backup_list (dir, &error);
  g_assert_cmpuint (list->len, ==, 1);

  g_clear_object (&store);
  fd_test_rmdir (dir);
}

/* Restoring */

static void
test_restore (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *db_path = db_path_of (dir);
  g_autoptr(FdStore) store = open_store (dir);
  g_autoptr(FdRestoreResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_sum = NULL;
  g_autofree char *before = NULL;
  g_autofree char *profile_id = g_strdup (fd_store_get_profile_id (store));

  add_messages (store, "a", 100);
  backup = make_backup (dir);
  backup_sum = file_checksum (backup);
  add_messages (store, "b", 50);

  /* Not while the profile is open, here or in another process. */
  before = file_checksum (db_path);
  g_assert_null (fd_backup_restore (dir, backup, FD_RESTORE_NONE, &error));
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "Close it"));
  g_clear_error (&error);
  g_assert_cmpuint (count_messages (store), ==, 150);
  g_clear_object (&store);

  result = fd_backup_restore (dir, backup, FD_RESTORE_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_cmpint (result->n_messages, ==, 100);
  g_assert_cmpint (result->format, ==, FD_STORE_SCHEMA_VERSION);
  g_assert_nonnull (result->kept_path);
  g_assert_true (g_str_has_prefix (result->kept_path, db_path));
  g_assert_nonnull (strstr (result->kept_path, ".before-restore-"));

  /* The backup itself is only read. */
  {
    g_autofree char *after = file_checksum (backup);

    g_assert_cmpstr (after, ==, backup_sum);
  }
  /* What it replaced is kept, whole. */
  g_assert_cmpint (db_query_int (result->kept_path, "SELECT count(*) FROM messages"), ==, 150);
  g_assert_cmpint (mode_of (db_path), ==, 0600);

  store = open_store (dir);
  g_assert_cmpuint (count_messages (store), ==, 100);
  g_assert_cmpstr (fd_store_get_profile_id (store), ==, profile_id);

  g_clear_object (&store);
  fd_test_rmdir (dir);
}

/* A database left by a crash has its last commits in the log: they go
 * aside with it, and none of it is lost. */
static void
test_restore_keeps_log (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *crashed = fd_test_make_data_dir ();
  g_autofree char *db_path = db_path_of (dir);
  g_autofree char *crashed_db = db_path_of (crashed);
  g_autofree char *backup = NULL;
  g_autoptr(FdStore) store = open_store (dir);
  g_autoptr(FdRestoreResult) result = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const files[] = { "", "-wal" };

  add_messages (store, "a", 10);
  backup = make_backup (dir);
  add_messages (store, "b", 10);

  /* The files as a crash leaves them: the store never closed. */
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *from = g_strconcat (db_path, files[i], NULL);
      g_autofree char *to = g_strconcat (crashed_db, files[i], NULL);
      g_autofree char *contents = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (from, &contents, &len, NULL));
      g_assert_true (g_file_set_contents (to, contents, len, NULL));
    }
  {
    g_autofree char *wal = g_strconcat (crashed_db, "-wal", NULL);
    GStatBuf st;

    g_assert_cmpint (g_stat (wal, &st), ==, 0);
    g_assert_cmpint (st.st_size, >, 0);
  }
  g_clear_object (&store);

  result = fd_backup_restore (crashed, backup, FD_RESTORE_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result->kept_path);
  {
    g_autofree char *kept_wal = g_strconcat (result->kept_path, "-wal", NULL);
    g_autofree char *wal = g_strconcat (crashed_db, "-wal", NULL);

    g_assert_true (g_file_test (kept_wal, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    /* Read with its log, the kept store has all twenty. */
    g_assert_cmpint (db_query_int (result->kept_path, "SELECT count(*) FROM messages"), ==, 20);
  }

  store = open_store (crashed);
  g_assert_cmpuint (count_messages (store), ==, 10);

  g_clear_object (&store);
  fd_test_rmdir (dir);
  fd_test_rmdir (crashed);
}

static void
test_restore_other_profile (void)
{
  g_autofree char *dir_a = fd_test_make_data_dir ();
  g_autofree char *dir_b = fd_test_make_data_dir ();
  g_autofree char *db_b = db_path_of (dir_b);
  g_autofree char *backup_a = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *id_a = NULL;
  g_autoptr(FdStore) a = open_store (dir_a);
  g_autoptr(FdStore) b = open_store (dir_b);
  g_autoptr(FdRestoreResult) result = NULL;
  g_autoptr(GError) error = NULL;

  add_messages (a, "a", 10);
  add_messages (b, "b", 5);
  id_a = g_strdup (fd_store_get_profile_id (a));
  backup_a = make_backup (dir_a);
  g_clear_object (&a);
  g_clear_object (&b);

  before = file_checksum (db_b);
  g_assert_null (fd_backup_restore (dir_b, backup_a, FD_RESTORE_NONE, &error));
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_OTHER_PROFILE);
  g_assert_nonnull (strstr (error->message, "another Frontdesk profile"));
  g_assert_nonnull (strstr (error->message, "never merged"));
  g_clear_error (&error);
  after = file_checksum (db_b);
  g_assert_cmpstr (before, ==, after);

  result = fd_backup_restore (dir_b, backup_a, FD_RESTORE_OTHER_PROFILE, &error);
  g_assert_no_error (error);
  b = open_store (dir_b);
  g_assert_cmpuint (count_messages (b), ==, 10);
  g_assert_cmpstr (fd_store_get_profile_id (b), ==, id_a);

  /* Into a profile that has no store yet (a new computer): nothing to
   * mix up. A log left without its database is not replayed onto it. */
  g_clear_object (&b);
  fd_test_rmdir (dir_b);
  g_assert_cmpint (g_mkdir (dir_b, 0700), ==, 0);
  {
    g_autofree char *dir_c = fd_test_make_data_dir ();
    g_autofree char *db_c = db_path_of (dir_c);
    g_autofree char *wal_c = g_strconcat (db_c, "-wal", NULL);
    g_autofree char *wal = g_strconcat (db_b, "-wal", NULL);
    g_autofree char *contents = NULL;
    g_autoptr(FdStore) c = open_store (dir_c);
    gsize len;

    /* The log of another store, as it is while that store is open. */
    add_messages (c, "c", 300);
    g_assert_true (g_file_get_contents (wal_c, &contents, &len, NULL));
    g_assert_cmpuint (len, >, 0);
    g_assert_true (g_file_set_contents (wal, contents, len, NULL));
    g_clear_object (&c);
    fd_test_rmdir (dir_c);

    g_clear_pointer (&result, fd_restore_result_free);
    result = fd_backup_restore (dir_b, backup_a, FD_RESTORE_NONE, &error);
    g_assert_no_error (error);
    g_assert_null (result->kept_path);
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }
  b = open_store (dir_b);
  g_assert_cmpuint (count_messages (b), ==, 10);
  g_clear_object (&b);

  fd_test_rmdir (dir_a);
  fd_test_rmdir (dir_b);
}

static void
corrupt_at (const char *path,
            goffset     offset,
            gsize       len)
{
  g_autofree char *garbage = g_malloc (len);
  int fd;

  /* The clock the kernel stamps files with moves in steps of a few
   * milliseconds: a change in the same step as the last write would
   * leave the file's times as they were. Another program or a disk that
   * damages the file does not do it that fast. */
  g_usleep (20 * 1000);

  memset (garbage, 0xa5, len);
  fd = open (path, O_WRONLY);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, garbage, len, offset), ==, (gssize) len);
  close (fd);
}

static void
test_restore_refuses_bad_files (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *files = fd_test_make_data_dir ();
  g_autofree char *db_path = db_path_of (dir);
  g_autofree char *text = g_build_filename (files, "notes.txt", NULL);
  g_autofree char *foreign = g_build_filename (files, "other-app.db", NULL);
  g_autofree char *newer = g_build_filename (files, "newer.db", NULL);
  g_autofree char *damaged_out = g_build_filename (files, "damaged.db", NULL);
  g_autofree char *damaged = NULL;
  g_autofree char *before = NULL;
  g_autoptr(FdStore) store = open_store (dir);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  struct {
    const char *path;
    int         code;
    const char *says;
  } cases[5];

  add_messages (store, "a", 2000);
  damaged = fd_backup_make (dir, damaged_out, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  corrupt_at (damaged, db_query_int (damaged, "PRAGMA page_count") / 2 * 16384 + 200, 4000);

  g_assert_true (g_file_set_contents (text, "Dear diary, today I made a backup.\n", -1, NULL));
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); PRAGMA user_version = 3;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  {
    g_autofree char *sql = g_strdup_printf ("CREATE TABLE t (x); PRAGMA user_version = %d; PRAGMA application_id = %d;",
                                            FD_STORE_SCHEMA_VERSION + 1, FD_STORE_APPLICATION_ID);

    g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }

  cases[0].path = text, cases[0].code = FD_STORE_ERROR_CORRUPT, cases[0].says = "not a SQLite database";
  cases[1].path = foreign, cases[1].code = FD_STORE_ERROR_CORRUPT, cases[1].says = "not a Frontdesk message store";
  cases[2].path = newer, cases[2].code = FD_STORE_ERROR_TOO_NEW, cases[2].says = "newer version";
  cases[3].path = damaged, cases[3].code = FD_STORE_ERROR_CORRUPT, cases[3].says = "is damaged";
  cases[4].path = db_path, cases[4].code = FD_STORE_ERROR_FAILED, cases[4].says = "the message store itself";

  before = file_checksum (db_path);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *after = NULL;
      g_autofree char *restoring = g_strconcat (db_path, ".restoring", NULL);

      g_test_message ("restoring %s", cases[i].path);
      g_assert_null (fd_backup_restore (dir, cases[i].path, FD_RESTORE_NONE, &error));
      g_assert_error (error, FD_STORE_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].says));
      g_assert_nonnull (strstr (error->message, cases[i].path));
      g_clear_error (&error);

      after = file_checksum (db_path);
      g_assert_cmpstr (before, ==, after);
      g_assert_false (g_file_test (restoring, G_FILE_TEST_EXISTS));
    }

  store = open_store (dir);
  g_assert_cmpuint (count_messages (store), ==, 2000);

  g_clear_object (&store);
  fd_test_rmdir (dir);
  fd_test_rmdir (files);
}

/* Damage */

typedef enum {
  DAMAGE_HEADER,
  DAMAGE_TRUNCATED,
  DAMAGE_PAGE,
} Damage;

static void
test_damaged (gconstpointer data)
{
  Damage damage = GPOINTER_TO_INT (data);
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *db_path = db_path_of (dir);
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *backup = NULL;
  g_autofree char *before = NULL;
  g_autoptr(FdStore) store = open_store (dir);
  g_autoptr(FdRestoreResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 pages;
  GStatBuf st;

  add_messages (store, "a", 3000);
  backup = make_backup (dir);
  g_clear_object (&store);

  /* Closed cleanly, so a plain open would not check it. */
  pages = db_query_int (db_path, "PRAGMA page_count");
  g_assert_cmpint (pages, >, 50);
  g_assert_cmpint (g_stat (db_path, &st), ==, 0);

  switch (damage)
    {
    case DAMAGE_HEADER:
      corrupt_at (db_path, 0, 100);
      break;
    case DAMAGE_TRUNCATED:
      g_usleep (20 * 1000);
      g_assert_cmpint (truncate (db_path, st.st_size / 2), ==, 0);
      break;
    case DAMAGE_PAGE:
      /* One page in the middle, its header and cells. */
      corrupt_at (db_path, pages / 2 * 16384, 16384);
      break;
    default:
      g_assert_not_reached ();
    }
  before = file_checksum (db_path);

  /* Twice: the second time from what the first found. */
  for (int attempt = 0; attempt < 2; attempt++)
    {
      g_autofree char *after = NULL;

      store = fd_store_open (dir, &error);
      g_assert_null (store);
      g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, db_path));
      g_assert_nonnull (strstr (error->message, "is damaged"));
      g_assert_nonnull (strstr (error->message, "frontdesk-cli restore"));
      g_clear_error (&error);

      /* Never written to. */
      after = file_checksum (db_path);
      g_assert_cmpstr (before, ==, after);
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS) && (g_stat (wal, &st) == 0 && st.st_size > 0));
    }

  result = fd_backup_restore (dir, backup, FD_RESTORE_NONE, &error);
  g_assert_no_error (error);
  {
    g_autofree char *kept = file_checksum (result->kept_path);

    g_assert_cmpstr (kept, ==, before);
  }
  store = open_store (dir);
  g_assert_cmpuint (count_messages (store), ==, 3000);

  g_clear_object (&store);
  fd_test_rmdir (dir);
}

/* Damage SQLite reports while the store is in use makes the next open
 * check the file, even after a clean close. */
static void
test_damage_seen_in_use (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *db_path = db_path_of (dir);
  g_autoptr(FdStore) store = open_store (dir);
  g_autoptr(FdStore) second = NULL;
  g_autoptr(FdMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  gint64 root;

  add_messages (store, "a", 3000);
  g_clear_object (&store);
  root = db_query_int (db_path, "SELECT rootpage FROM sqlite_master WHERE name = 'messages'");

  store = open_store (dir);
  /* A page goes bad under the open store, as a failing disk would do it;
   * a connection that has not read it yet finds out. */
  corrupt_at (db_path, (root - 1) * 16384, 16384);
  second = open_store (dir);
  message = fd_store_get_message (second, 1500, &error);
  g_assert_null (message);
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "is damaged"));
  g_assert_nonnull (strstr (error->message, "frontdesk-cli restore"));
  g_clear_error (&error);
  g_clear_object (&second);
  g_clear_object (&store);

  store = fd_store_open (dir, &error);
  g_assert_null (store);
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT);

  fd_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/consistent-copy", test_backup_consistent_copy);
  g_test_add_func ("/backup/keeps-seven", test_backup_keeps_seven);
  g_test_add_func ("/backup/daily", test_backup_daily);
  g_test_add_func ("/backup/daily-by-sync-manager", test_backup_daily_by_sync_manager);
  g_test_add_func ("/backup/before-upgrade", test_backup_before_upgrade);
  g_test_add_func ("/backup/restore", test_restore);
  g_test_add_func ("/backup/restore-keeps-log", test_restore_keeps_log);
  g_test_add_func ("/backup/restore-other-profile", test_restore_other_profile);
  g_test_add_func ("/backup/restore-refuses-bad-files", test_restore_refuses_bad_files);
  g_test_add_data_func ("/damaged/header", GINT_TO_POINTER (DAMAGE_HEADER), test_damaged);
  g_test_add_data_func ("/damaged/truncated", GINT_TO_POINTER (DAMAGE_TRUNCATED), test_damaged);
  g_test_add_data_func ("/damaged/page", GINT_TO_POINTER (DAMAGE_PAGE), test_damaged);
  g_test_add_func ("/damaged/seen-in-use", test_damage_seen_in_use);

  return g_test_run ();
}
