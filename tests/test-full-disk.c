/* test-full-disk.c: "frontdesk-cli sync" on a full disk.
 *
 * The profile folder is a 2 MB tmpfs; the server has more messages than
 * fit. The sync stops saying the disk is full, the database stays intact
 * with every page it stored, and once the disk is larger the next sync
 * fetches the rest, each message once. Mounting needs root (the tests run
 * as root in CI and in the development container); without it the test
 * fails and says so.
 *
 * Usage: test-full-disk PATH-TO-frontdesk-cli-test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* unshare() */
#define _GNU_SOURCE

#include "config.h"

#include <sched.h>
#include <string.h>
#include <sys/mount.h>

#include "fd-test-util.h"
#include "sync-test-util.h"

#define N_MESSAGES 3000

static const char *cli_path;

static gboolean
run_command (const char * const *argv,
             char              **out_stderr)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, out_stderr, &status, &error))
    g_error ("Could not run %s: %s", argv[0], error->message);

  return g_spawn_check_wait_status (status, NULL);
}

/* Runs frontdesk-cli; returns its exit status, its standard error in
 * @out_stderr. */
static int
run_cli (FaultServer  *server,
         const char   *dir,
         char        **out_stderr,
         ...)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;

  /* Machines without a default route count as offline otherwise. */
  g_subprocess_launcher_setenv (launcher, "GIO_USE_NETWORK_MONITOR", "base", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");

  g_ptr_array_add (args, (gpointer) cli_path);
  g_ptr_array_add (args, (gpointer) "--data-dir");
  g_ptr_array_add (args, (gpointer) dir);
  va_start (ap, out_stderr);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) args->pdata, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (child, NULL, NULL, NULL, out_stderr, &error));
  g_assert_no_error (error);

  return g_subprocess_get_exit_status (child);
}

static gint64
db_query_int (const char *dir,
              const char *sql)
{
  g_autofree char *path = g_build_filename (dir, "frontdesk.db", NULL);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static char *
db_query_text (const char *dir,
               const char *sql)
{
  g_autofree char *path = g_build_filename (dir, "frontdesk.db", NULL);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  char *value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static void
test_sync_full_disk (void)
{
  g_autofree char *mnt = fd_test_make_data_dir ();
  g_autofree char *dir = g_build_filename (mnt, "profile", NULL);
  g_autofree char *mount_error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *integrity = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  FaultServer *server = fault_server_new (7);
  gint64 stored;
  gint64 queued;
  int status;

  if (!run_command ((const char *[]) { "mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mnt, NULL },
                    &mount_error))
    {
      g_test_message ("A 2 MB tmpfs could not be mounted on %s for the full disk (%s). "
                      "Run this test as root: mount -t tmpfs needs it.", mnt, mount_error);
      g_test_fail ();
      fault_server_free (server);
      fd_test_rmdir (mnt);
      return;
    }

  /* Messages of a few hundred bytes of words that do not compress away. */
  for (guint i = 0; i < N_MESSAGES; i++)
    {
      static const char * const words[] = { "order", "parcel", "refund", "broken", "late", "invoice",
                                            "tracking", "courier", "size", "colour", "store", "phone" };
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *handle = g_strdup_printf ("@c%u", i % 40);

      g_string_append_printf (text, "%u:", i);
      for (guint w = 0; w < 60; w++)
        g_string_append_printf (text, " %s%u", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                                g_rand_int_range (rand, 0, 100));
      g_free (fault_server_add_message (server, NULL, handle, text->str));
    }

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  account = sync_test_add_account (store, server, 5000);
  g_clear_object (&store);

  status = run_cli (server, dir, &err, "sync", "--once", NULL);
  g_test_message ("sync on a full disk: status %d, %s", status, err);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "The disk is full"));
  g_assert_nonnull (strstr (err, "Free some space"));

  integrity = db_query_text (dir, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  stored = db_query_int (dir, "SELECT count(*) FROM messages");
  g_test_message ("%" G_GINT64_FORMAT " of %d messages stored before the disk was full", stored, N_MESSAGES);
  g_assert_cmpint (stored, <, N_MESSAGES);

  /* More room: the next sync finishes, without duplicates. */
  g_assert_true (run_command ((const char *[]) { "mount", "-o", "remount,size=64m", mnt, NULL }, NULL));
  g_clear_pointer (&err, g_free);
  status = run_cli (server, dir, &err, "sync", "--once", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpint (db_query_int (dir, "SELECT count(*) FROM messages"), ==, N_MESSAGES);
  g_assert_cmpint (db_query_int (dir, "SELECT count(DISTINCT remote_id) FROM messages"), ==, N_MESSAGES);
  g_clear_pointer (&integrity, g_free);
  integrity = db_query_text (dir, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");

  /* And a reply goes out once. */
  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  queued = fd_test_queue_reply (store, sync_test_query_int (store, "SELECT min(id) FROM messages"),
                                "It ships today", &error);
  g_assert_no_error (error);
  g_assert_cmpint (queued, >, 0);
  g_clear_object (&store);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (server, dir, &err, "sync", "--once", NULL), ==, 0);
  {
    g_autoptr(GPtrArray) replies = fault_server_dup_replies (server);

    g_assert_cmpuint (replies->len, ==, 1);
  }

  g_assert_true (run_command ((const char *[]) { "umount", mnt, NULL }, NULL));
  fault_server_free (server);
  fd_test_rmdir (mnt);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* Mounts of our own, gone with the process even if an assertion ends
   * it; the frontdesk-cli children see them too. */
  if (unshare (CLONE_NEWNS) == 0)
    mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);

  if (argc < 2)
    g_error ("Usage: test-full-disk PATH-TO-frontdesk-cli-test");
  cli_path = argv[1];

  g_test_add_func ("/full-disk/sync", test_sync_full_disk);

  return g_test_run ();
}
