/* fd-backup.c: copies of the message store in the profile's backups
 * folder, and putting one back.
 *
 * Copies are made with SQLite's online backup API, never by copying the
 * file: the database is in WAL mode and the file alone may miss the last
 * commits or hold half of a checkpoint.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fd-backup.h"
#include "fd-store-private.h"

/* frontdesk-20261124T103000Z.db, and before an upgrade from format 8
 * frontdesk-20261124T103000Z-format-8.db: the time is UTC, so names sort
 * in time order and never repeat when the clocks change. */
#define BACKUP_PREFIX "frontdesk-"
#define BACKUP_SUFFIX ".db"
#define UPGRADE_INFIX "-format-"
#define STAMP_FORMAT "%Y%m%dT%H%M%SZ"
#define STAMP_LENGTH 16
/* A copy being written; one left by a process that died is removed. */
#define PARTIAL_PREFIX ".partial-"
/* Held while a copy is made, so two processes never make one at once. */
#define BACKUPS_LOCK_NAME ".lock"
#define RESTORING_SUFFIX ".restoring"
/* Left free after a copy: a backup must not take the room the next
 * reply needs. */
#define SPACE_RESERVE (32 * 1024 * 1024)

void
fd_backup_info_free (FdBackupInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->path);
  g_clear_pointer (&info->made, g_date_time_unref);
  g_free (info);
}

void
fd_restore_result_free (FdRestoreResult *result)
{
  if (result == NULL)
    return;

  g_free (result->kept_path);
  g_free (result);
}

char *
fd_backup_get_dir (const char *data_dir)
{
  g_return_val_if_fail (data_dir != NULL, NULL);

  return g_build_filename (data_dir, FD_BACKUP_DIR_NAME, NULL);
}

/* Names */

static char *
format_name (GDateTime    *made,
             FdBackupKind  kind,
             int           format)
{
  g_autofree char *stamp = g_date_time_format (made, STAMP_FORMAT);

  if (kind == FD_BACKUP_BEFORE_UPGRADE)
    return g_strdup_printf (BACKUP_PREFIX "%s" UPGRADE_INFIX "%d" BACKUP_SUFFIX, stamp, format);

  return g_strdup_printf (BACKUP_PREFIX "%s" BACKUP_SUFFIX, stamp);
}

static gboolean
parse_digits (const char *str,
              guint       n,
              int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (str[i]))
        return FALSE;
      *value = *value * 10 + (str[i] - '0');
    }
  return TRUE;
}

static gboolean
parse_name (const char    *name,
            GDateTime    **out_made,
            FdBackupKind  *out_kind,
            int           *out_format)
{
  const char *stamp;
  const char *rest;
  int year, month, day, hour, minute, second;

  if (!g_str_has_prefix (name, BACKUP_PREFIX) || !g_str_has_suffix (name, BACKUP_SUFFIX))
    return FALSE;

  stamp = name + strlen (BACKUP_PREFIX);
  if (strlen (stamp) < STAMP_LENGTH + strlen (BACKUP_SUFFIX) ||
      stamp[8] != 'T' || stamp[15] != 'Z' ||
      !parse_digits (stamp, 4, &year) || !parse_digits (stamp + 4, 2, &month) ||
      !parse_digits (stamp + 6, 2, &day) || !parse_digits (stamp + 9, 2, &hour) ||
      !parse_digits (stamp + 11, 2, &minute) || !parse_digits (stamp + 13, 2, &second))
    return FALSE;

  rest = stamp + STAMP_LENGTH;
  *out_format = 0;
  if (g_str_equal (rest, BACKUP_SUFFIX))
    *out_kind = FD_BACKUP_DAILY;
  else if (g_str_has_prefix (rest, UPGRADE_INFIX))
    {
      g_autofree char *digits = g_strndup (rest + strlen (UPGRADE_INFIX),
                                           strlen (rest) - strlen (UPGRADE_INFIX) - strlen (BACKUP_SUFFIX));
      guint64 format;

      if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXINT, &format, NULL))
        return FALSE;
      *out_kind = FD_BACKUP_BEFORE_UPGRADE;
      *out_format = (int) format;
    }
  else
    return FALSE;

  *out_made = g_date_time_new_utc (year, month, day, hour, minute, second);
  return *out_made != NULL;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const FdBackupInfo *x = *(FdBackupInfo * const *) a;
  const FdBackupInfo *y = *(FdBackupInfo * const *) b;
  int by_time = g_date_time_compare (y->made, x->made);

  return by_time != 0 ? by_time : strcmp (y->path, x->path);
}

GPtrArray *
fd_backup_list (const char  *data_dir,
                GError     **error)
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_backup_info_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (data_dir != NULL, NULL);

  dir_path = fd_backup_get_dir (data_dir);
  if (!(dir = g_dir_open (dir_path, 0, &local_error)))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&list);
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Could not read the backups folder “%s”: %s"), dir_path, local_error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(FdBackupInfo) info = g_new0 (FdBackupInfo, 1);
      GStatBuf st;

      if (!parse_name (name, &info->made, &info->kind, &info->format))
        continue;
      info->path = g_build_filename (dir_path, name, NULL);
      if (g_stat (info->path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;
      info->size = st.st_size;
      g_ptr_array_add (list, g_steal_pointer (&info));
    }

  g_ptr_array_sort (list, compare_newest_first);
  return g_steal_pointer (&list);
}

/* Files */

static void
sync_dir (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static void
remove_with_journals (const char *path)
{
  static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* Moves @tmp to @final unless @final exists (EEXIST then). */
static int
install_file (const char *tmp,
              const char *final)
{
  if (link (tmp, final) == 0)
    {
      g_unlink (tmp);
      return 0;
    }
  if (errno == EEXIST)
    return EEXIST;

  /* A file system without hard links (a FAT memory stick). */
  if (g_file_test (final, G_FILE_TEST_EXISTS))
    return EEXIST;
  if (g_rename (tmp, final) != 0)
    return errno;

  return 0;
}

static gboolean
check_space (const char  *dir,
             guint64      needed,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *needed_str = NULL;
  g_autofree char *free_str = NULL;
  guint64 free_bytes;

  info = g_file_query_filesystem_info (file, G_FILE_ATTRIBUTE_FILESYSTEM_FREE, NULL, NULL);
  if (info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE))
    return TRUE;

  free_bytes = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE);
  if (free_bytes >= needed + SPACE_RESERVE)
    return TRUE;

  needed_str = g_format_size (needed + SPACE_RESERVE);
  free_str = g_format_size (free_bytes);
  /* Translators: a folder, then two sizes such as “1.2 GB” */
  g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FULL,
               _("There is not enough free space for a backup in “%s” (%s needed, %s free). "
                 "Free some space on that disk; the messages themselves are not affected."),
               dir, needed_str, free_str);
  return FALSE;
}

/* Damage reported while copying is the source's: say so about it, not
 * about the copy. */
static gboolean
set_copy_error (sqlite3     *db,
                int          rc,
                const char  *src_path,
                GError     **error)
{
  if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    {
      const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

      _fd_store_mark_checked (src_path, TRUE, detail);
      _fd_store_set_damaged_error (error, src_path, detail);
      return FALSE;
    }

  return _fd_store_set_error (NULL, rc, error);
}

/* Copies @src's database into @dest_path (a new, empty file) and checks
 * the copy. */
static gboolean
copy_database (sqlite3     *src,
               const char  *dest_path,
               GError     **error)
{
  const char *src_path = sqlite3_db_filename (src, "main");
  g_autofree char *problem = NULL;
  sqlite3_backup *backup;
  sqlite3 *dest = NULL;
  int rc;

  rc = sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    goto fail;
  sqlite3_extended_result_codes (dest, 1);

  if (!(backup = sqlite3_backup_init (dest, "main", src, "main")))
    {
      rc = sqlite3_extended_errcode (dest);
      goto fail;
    }
  /* Every page in one step, so in one read transaction: a commit by
   * another connection meanwhile cannot make the copy start over. */
  rc = sqlite3_backup_step (backup, -1);
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  if (sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_OK)
    rc = sqlite3_extended_errcode (dest);
  if (rc != SQLITE_OK)
    goto fail;

  /* The copy of a WAL database says WAL too: make it a single file that
   * opens anywhere, even read-only. */
  if ((rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL)) != SQLITE_OK)
    goto fail;

  if (!_fd_store_quick_check (dest, &problem))
    {
      sqlite3_close (dest);
      /* The pages were copied as they are: the store is damaged. */
      _fd_store_mark_checked (src_path, TRUE, problem);
      _fd_store_set_damaged_error (error, src_path, problem);
      return FALSE;
    }

  if ((rc = sqlite3_close (dest)) != SQLITE_OK)
    {
      dest = NULL;
      goto fail;
    }

  return TRUE;

fail:
  set_copy_error (dest, rc, src_path, error);
  sqlite3_close (dest);
  return FALSE;
}

/* The size of @db's database, with what its log holds. */
static guint64
database_size (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  guint64 size = 0;

  if (sqlite3_prepare_v2 (db, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    size = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return size;
}

static gboolean
remove_oldest (const char   *data_dir,
               FdBackupKind  kind,
               guint         keep)
{
  g_autoptr(GPtrArray) list = fd_backup_list (data_dir, NULL);
  FdBackupInfo *oldest = NULL;
  guint n = 0;

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      FdBackupInfo *info = g_ptr_array_index (list, i);

      if (info->kind == kind)
        {
          n++;
          oldest = info;
        }
    }

  if (n < keep || oldest == NULL)
    return FALSE;

  g_debug ("Removing the oldest backup %s to make room", oldest->path);
  return g_unlink (oldest->path) == 0;
}

static void
prune (const char   *data_dir,
       FdBackupKind  kind,
       guint         keep)
{
  g_autoptr(GPtrArray) list = fd_backup_list (data_dir, NULL);
  guint n = 0;

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      FdBackupInfo *info = g_ptr_array_index (list, i);

      if (info->kind != kind || ++n <= keep)
        continue;
      g_debug ("Removing old backup %s", info->path);
      if (g_unlink (info->path) != 0)
        g_warning ("Could not remove the old backup “%s”: %s", info->path, g_strerror (errno));
    }
}

static void
remove_partials (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, PARTIAL_PREFIX))
        {
          g_autofree char *path = g_build_filename (dir_path, name, NULL);

          g_unlink (path);
        }
    }
}

static int
lock_backups_dir (const char  *dir_path,
                  gboolean     wait,
                  gboolean    *out_busy,
                  GError     **error)
{
  g_autofree char *path = g_build_filename (dir_path, BACKUPS_LOCK_NAME, NULL);
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int errsv = errno;

      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Could not open “%s”: %s"), path, g_strerror (errsv));
      return -1;
    }

  while (flock (fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0)
    {
      if (errno == EINTR)
        continue;
      close (fd);
      if (out_busy != NULL)
        *out_busy = TRUE;
      return -1;
    }

  return fd;
}

/* Copies @src into @dest_path, or into the backups folder when it is NULL.
 * *@out_busy is set (and no error) when another process is making a copy
 * and @wait is FALSE. */
static char *
make_backup (sqlite3       *src,
             const char    *data_dir,
             const char    *dest_path,
             FdBackupKind   kind,
             int            format,
             gboolean       wait,
             gboolean      *out_busy,
             GError       **error)
{
  g_autofree char *dir_path = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *final = NULL;
  g_autoptr(GDateTime) made = g_date_time_new_now_utc ();
  g_autoptr(GError) space_error = NULL;
  guint64 needed = database_size (src);
  int lock_fd = -1;
  int fd;

  if (dest_path != NULL)
    {
      if (g_file_test (dest_path, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                       _("“%s” already exists. Choose a new file name for the backup."), dest_path);
          return NULL;
        }
      dir_path = g_path_get_dirname (dest_path);
    }
  else
    {
      dir_path = fd_backup_get_dir (data_dir);
      /* Never the profile folder itself: it may have just been removed. */
      if ((g_mkdir (dir_path, 0700) != 0 && errno != EEXIST) || g_chmod (dir_path, 0700) != 0)
        {
          int errsv = errno;

          g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                       _("Could not create the backups folder “%s”: %s"), dir_path, g_strerror (errsv));
          return NULL;
        }
      if ((lock_fd = lock_backups_dir (dir_path, wait, out_busy, error)) < 0)
        return NULL;
      remove_partials (dir_path);
    }

  /* The oldest daily copy would go anyway: rather now than no copy. */
  while (!check_space (dir_path, needed, &space_error))
    {
      if (dest_path != NULL || kind != FD_BACKUP_DAILY || !remove_oldest (data_dir, kind, FD_BACKUP_KEEP))
        {
          g_propagate_error (error, g_steal_pointer (&space_error));
          goto out;
        }
      g_clear_error (&space_error);
    }

  tmp = g_build_filename (dir_path, PARTIAL_PREFIX "XXXXXX", NULL);
  if ((fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600)) < 0)
    {
      int errsv = errno;

      g_set_error (error, FD_STORE_ERROR, errsv == ENOSPC ? FD_STORE_ERROR_FULL : FD_STORE_ERROR_FAILED,
                   _("Could not create a file in “%s” for the backup: %s"), dir_path, g_strerror (errsv));
      g_clear_pointer (&tmp, g_free);
      goto out;
    }
  close (fd);

  if (!copy_database (src, tmp, error))
    goto out;

  for (guint attempt = 0; ; attempt++)
    {
      g_autofree char *name = format_name (made, kind, format);
      int errsv;

      g_free (final);
      final = dest_path != NULL ? g_strdup (dest_path) : g_build_filename (dir_path, name, NULL);
      errsv = install_file (tmp, final);
      if (errsv == 0)
        break;
      if (errsv == EEXIST && dest_path == NULL && attempt < 60)
        {
          /* Two copies in one second: the later one is named a second on. */
          GDateTime *next = g_date_time_add_seconds (made, 1);

          g_date_time_unref (made);
          made = next;
          continue;
        }

      if (errsv == EEXIST)
        g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                     _("“%s” already exists. Choose a new file name for the backup."), final);
      else
        g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                     _("Could not save the backup as “%s”: %s"), final, g_strerror (errsv));
      g_clear_pointer (&final, g_free);
      goto out;
    }
  g_clear_pointer (&tmp, g_free);
  sync_dir (dir_path);

  if (dest_path == NULL)
    prune (data_dir, kind, kind == FD_BACKUP_DAILY ? FD_BACKUP_KEEP : FD_BACKUP_KEEP_BEFORE_UPGRADE);

out:
  if (tmp != NULL)
    remove_with_journals (tmp);
  if (lock_fd >= 0)
    close (lock_fd);

  return g_steal_pointer (&final);
}

/* A read connection of its own to the profile's database. */
static sqlite3 *
open_source (const char  *data_dir,
             GError     **error)
{
  g_autofree char *db_path = g_build_filename (data_dir, FD_STORE_DB_NAME, NULL);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  int app_id = 0;
  int rc;

  if (!g_file_test (db_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND,
                   _("There is no message store in “%s” to back up."), data_dir);
      return NULL;
    }

  rc = sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (db, 1);
      sqlite3_busy_timeout (db, 5000);
      rc = sqlite3_prepare_v2 (db, "PRAGMA application_id", -1, &stmt, NULL);
    }
  if (rc == SQLITE_OK)
    {
      if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          app_id = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      set_copy_error (db, rc, db_path, error);
      sqlite3_close (db);
      return NULL;
    }

  if (app_id != FD_STORE_APPLICATION_ID)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT,
                   _("“%s” is not a Frontdesk message store. Choose another data folder."), db_path);
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

static char *
backup_profile (const char  *data_dir,
                const char  *dest_path,
                gboolean     daily,
                GError     **error)
{
  FdProfileLock lock = FD_PROFILE_LOCK_INIT;
  gboolean busy = FALSE;
  sqlite3 *src = NULL;
  char *path = NULL;

  /* Shared: a restore waits for the copy, a store opens meanwhile. */
  if (!_fd_profile_lock_acquire (&lock, data_dir, error))
    return NULL;
  _fd_profile_lock_share (&lock);

  if ((src = open_source (data_dir, error)) != NULL)
    {
      path = make_backup (src, data_dir, dest_path, FD_BACKUP_DAILY, 0, !daily, &busy, error);
      sqlite3_close (src);
    }
  _fd_profile_lock_release (&lock);

  if (busy)
    g_debug ("Another Frontdesk is making a backup of %s", data_dir);

  return path;
}

char *
fd_backup_make (const char  *data_dir,
                const char  *dest_path,
                GError     **error)
{
  g_return_val_if_fail (data_dir != NULL, NULL);

  return backup_profile (data_dir, dest_path, FALSE, error);
}

gboolean
_fd_backup_before_upgrade (sqlite3     *db,
                           const char  *data_dir,
                           int          version,
                           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;

  path = make_backup (db, data_dir, NULL, FD_BACKUP_BEFORE_UPGRADE, version, TRUE, NULL, &local_error);
  if (path == NULL)
    {
      if (g_error_matches (local_error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_set_error (error, FD_STORE_ERROR, local_error->code,
                   _("The message store was left in its old format, because no backup of it "
                     "could be made before the upgrade: %s"),
                   local_error->message);
      return FALSE;
    }

  g_debug ("Backed up the store (format %d) to %s before upgrading it", version, path);
  return TRUE;
}

/* Daily copies */

static GMutex daily_mutex;
static GHashTable *daily_running;   /* data dirs with a copy under way */

static gboolean
daily_due (const char  *data_dir,
           GError     **error)
{
  g_autoptr(GPtrArray) list = fd_backup_list (data_dir, error);
  g_autoptr(GDateTime) now = NULL;
  GTimeSpan age;

  if (list == NULL)
    return FALSE;
  if (list->len == 0)
    return TRUE;

  now = g_date_time_new_now_utc ();
  age = g_date_time_difference (now, ((FdBackupInfo *) g_ptr_array_index (list, 0))->made);

  /* A copy “from the future” means the clock was set back. */
  return age >= FD_BACKUP_INTERVAL || age < -FD_BACKUP_INTERVAL;
}

static void
daily_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const char *data_dir = task_data;
  g_autoptr(GError) error = NULL;
  char *path = NULL;

  if (!g_task_return_error_if_cancelled (task))
    {
      if (daily_due (data_dir, &error))
        path = backup_profile (data_dir, NULL, TRUE, &error);

      if (error != NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, path, g_free);
    }

  g_mutex_lock (&daily_mutex);
  g_hash_table_remove (daily_running, data_dir);
  g_mutex_unlock (&daily_mutex);
}

void
fd_backup_make_daily_async (const char          *data_dir,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  gboolean running;

  g_return_if_fail (data_dir != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_backup_make_daily_async);
  g_task_set_task_data (task, g_strdup (data_dir), g_free);

  /* The window and the sync manager both ask when they open the store. */
  g_mutex_lock (&daily_mutex);
  if (daily_running == NULL)
    daily_running = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  running = g_hash_table_contains (daily_running, data_dir);
  if (!running)
    g_hash_table_add (daily_running, g_strdup (data_dir));
  g_mutex_unlock (&daily_mutex);

  if (running)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  g_task_run_in_thread (task, daily_thread);
}

char *
fd_backup_make_daily_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Restoring */

typedef struct {
  int      format;
  char    *profile_id;
  gint64   n_messages;
} Facts;

static void
facts_clear (Facts *facts)
{
  g_clear_pointer (&facts->profile_id, g_free);
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

static int
query_int (sqlite3    *db,
           const char *sql,
           gint64     *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  return rc;
}

/* The profile id of a database, read-only; NULL when it has none or
 * cannot be read. */
static char *
read_profile_id (const char *path)
{
  sqlite3 *db = NULL;
  char *id = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK)
    id = query_text (db, "SELECT profile_id FROM profile WHERE id = 1");
  sqlite3_close (db);

  return id;
}

/* Checks the copy at @path of the backup @shown_path. */
static gboolean
inspect_copy (const char  *path,
              const char  *shown_path,
              Facts       *facts,
              GError     **error)
{
  g_autofree char *problem = NULL;
  sqlite3 *db = NULL;
  gint64 app_id = 0;
  gint64 format = 0;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (db, 1);
      if ((rc = query_int (db, "PRAGMA application_id", &app_id)) == SQLITE_OK)
        rc = query_int (db, "PRAGMA user_version", &format);
    }

  if ((rc & 0xff) == SQLITE_NOTADB)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT,
                   _("“%s” is not a SQLite database, so it is not a Frontdesk backup. "
                     "Choose another file."),
                   shown_path);
      goto fail;
    }
  if (rc != SQLITE_OK || !_fd_store_quick_check (db, &problem))
    {
      if (problem == NULL)
        problem = g_strdup (sqlite3_errmsg (db));
      /* Translators: a file, then what is wrong with it */
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT,
                   _("The backup “%s” is damaged (%s), so it cannot be restored. Choose another backup."),
                   shown_path, problem);
      goto fail;
    }
  if (app_id != FD_STORE_APPLICATION_ID || format < 1)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT,
                   _("“%s” is a SQLite database but not a Frontdesk message store. Choose another file."),
                   shown_path);
      goto fail;
    }
  if (format > FD_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Frontdesk (format %d, this version knows "
                     "up to %d). Update Frontdesk to restore it."),
                   shown_path, (int) format, FD_STORE_SCHEMA_VERSION);
      goto fail;
    }

  facts->format = (int) format;
  /* Format 9 gave every profile its id. */
  if (format >= 9)
    facts->profile_id = query_text (db, "SELECT profile_id FROM profile WHERE id = 1");
  query_int (db, "SELECT count(*) FROM messages", &facts->n_messages);

  if ((rc = sqlite3_close (db)) != SQLITE_OK)
    {
      db = NULL;
      _fd_store_set_error (NULL, rc, error);
      goto fail;
    }
  return TRUE;

fail:
  sqlite3_close (db);
  return FALSE;
}

/* The id of the profile being restored into: its database's, or when that
 * cannot be read (it may be damaged), that of its newest readable copy.
 * NULL for a profile that has neither. */
static char *
current_profile_id (const char *data_dir,
                    const char *db_path)
{
  g_autoptr(GPtrArray) list = NULL;
  char *id;

  if ((id = read_profile_id (db_path)) != NULL)
    return id;

  list = fd_backup_list (data_dir, NULL);
  for (guint i = 0; list != NULL && i < list->len && id == NULL; i++)
    id = read_profile_id (((FdBackupInfo *) g_ptr_array_index (list, i))->path);

  return id;
}

static gboolean
is_in_own_backups (const char *data_dir,
                   const char *path)
{
  g_autofree char *dir = fd_backup_get_dir (data_dir);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autofree char *real_dir = realpath (dir, NULL);
  g_autofree char *real_parent = realpath (parent, NULL);

  return real_dir != NULL && real_parent != NULL && g_str_equal (real_dir, real_parent);
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autofree char *buffer = g_malloc (1024 * 1024);
  int in = -1;
  int out = -1;
  int errsv = 0;
  gboolean writing = FALSE;

  if ((in = g_open (from, O_RDONLY | O_CLOEXEC, 0)) < 0)
    {
      errsv = errno;
      goto fail;
    }
  if ((out = g_open (to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0)
    {
      errsv = errno;
      writing = TRUE;
      goto fail;
    }

  for (;;)
    {
      ssize_t n = read (in, buffer, 1024 * 1024);
      ssize_t done = 0;

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          errsv = errno;
          goto fail;
        }
      if (n == 0)
        break;

      while (done < n)
        {
          ssize_t w = write (out, buffer + done, n - done);

          if (w < 0 && errno == EINTR)
            continue;
          if (w < 0)
            {
              errsv = errno;
              writing = TRUE;
              goto fail;
            }
          done += w;
        }
    }

  if (fsync (out) != 0 || close (out) != 0)
    {
      errsv = errno;
      out = -1;
      writing = TRUE;
      goto fail;
    }
  close (in);
  return TRUE;

fail:
  if (in >= 0)
    close (in);
  if (out >= 0)
    close (out);
  if (writing && errsv == ENOSPC)
    g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FULL,
                 _("The disk that holds “%s” is full. Free some space and try again; nothing was changed."),
                 to);
  else if (writing)
    g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                 _("Could not write “%s”: %s"), to, g_strerror (errsv));
  else
    g_set_error (error, FD_STORE_ERROR, errsv == ENOENT ? FD_STORE_ERROR_NOT_FOUND : FD_STORE_ERROR_FAILED,
                 _("Could not read “%s”: %s"), from, g_strerror (errsv));
  return FALSE;
}

/* Moves the current database out of the way, with its log, without
 * opening it: a checkpoint would write to a file that may be damaged, and
 * the log belongs with the database it was written for. The shared-memory
 * index is rebuilt from the log, so it is dropped. Returns the new name,
 * or NULL with @error set; *@out_kept is NULL when there was nothing to
 * keep. */
static gboolean
move_aside (const char  *db_path,
            char       **out_kept,
            GError     **error)
{
  static const char * const logs[] = { "-wal", "-journal" };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, STAMP_FORMAT);
  g_autofree char *kept = NULL;
  g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  GStatBuf st;

  *out_kept = NULL;

  if (g_stat (db_path, &st) != 0)
    {
      /* A log without its database would be replayed onto the restored
       * one: out of the way with it too. */
      for (guint i = 0; i < G_N_ELEMENTS (logs); i++)
        {
          g_autofree char *from = g_strconcat (db_path, logs[i], NULL);
          g_autofree char *to = g_strdup_printf ("%s.before-restore-%s%s", db_path, stamp, logs[i]);

          if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
            {
              int errsv = errno;

              g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                           _("Could not move “%s” out of the way: %s. Nothing was changed."),
                           from, g_strerror (errsv));
              return FALSE;
            }
        }
      g_unlink (shm);
      return TRUE;
    }

  /* A profile made and never used: nothing worth keeping. */
  if (st.st_size == 0 && !g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_unlink (db_path);
      g_unlink (shm);
      return TRUE;
    }

  kept = g_strdup_printf ("%s.before-restore-%s", db_path, stamp);
  for (guint n = 2; g_file_test (kept, G_FILE_TEST_EXISTS); n++)
    {
      g_free (kept);
      kept = g_strdup_printf ("%s.before-restore-%s-%u", db_path, stamp, n);
    }

  if (g_rename (db_path, kept) != 0)
    {
      int errsv = errno;

      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Could not keep the current message store as “%s”: %s. Nothing was changed."),
                   kept, g_strerror (errsv));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (logs); i++)
    {
      g_autofree char *from = g_strconcat (db_path, logs[i], NULL);
      g_autofree char *to = g_strconcat (kept, logs[i], NULL);

      GStatBuf log_st;

      if (g_stat (from, &log_st) != 0)
        continue;
      if (log_st.st_size == 0)
        g_unlink (from);
      else if (g_rename (from, to) != 0)
        g_warning ("Could not keep “%s” as “%s”: %s", from, to, g_strerror (errno));
    }
  g_unlink (shm);

  *out_kept = g_steal_pointer (&kept);
  return TRUE;
}

static int
lock_sync (const char  *data_dir,
           GError     **error)
{
  g_autofree char *path = g_build_filename (data_dir, FD_SYNC_LOCK_NAME, NULL);
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int errsv = errno;

      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Could not open “%s”: %s"), path, g_strerror (errsv));
      return -1;
    }

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_BUSY,
                   _("Frontdesk is syncing the profile in “%s” (a window, or frontdesk-cli sync). "
                     "Close it and try again."),
                   data_dir);
      return -1;
    }

  return fd;
}

FdRestoreResult *
fd_backup_restore (const char      *data_dir,
                   const char      *backup_path,
                   FdRestoreFlags   flags,
                   GError         **error)
{
  FdProfileLock lock = FD_PROFILE_LOCK_INIT;
  g_autofree char *db_path = NULL;
  g_autofree char *restoring = NULL;
  g_autofree char *current_id = NULL;
  g_autofree char *kept = NULL;
  FdRestoreResult *result = NULL;
  Facts facts = { 0 };
  GStatBuf backup_st, db_st;
  int sync_fd = -1;

  g_return_val_if_fail (data_dir != NULL, NULL);
  g_return_val_if_fail (backup_path != NULL, NULL);

  db_path = g_build_filename (data_dir, FD_STORE_DB_NAME, NULL);
  restoring = g_strconcat (db_path, RESTORING_SUFFIX, NULL);

  if (g_stat (backup_path, &backup_st) != 0 || !S_ISREG (backup_st.st_mode))
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND,
                   _("“%s” does not exist or is not a file."), backup_path);
      return NULL;
    }
  if (g_stat (db_path, &db_st) == 0 && db_st.st_dev == backup_st.st_dev && db_st.st_ino == backup_st.st_ino)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("“%s” is the message store itself, not a backup of it."), backup_path);
      return NULL;
    }

  if (g_mkdir_with_parents (data_dir, 0700) != 0)
    {
      int errsv = errno;

      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Could not create the data folder “%s”: %s"), data_dir, g_strerror (errsv));
      return NULL;
    }

  /* Nobody may have the database open while it is replaced. */
  if (!_fd_profile_lock_acquire_alone (&lock, data_dir, error))
    return NULL;
  if ((sync_fd = lock_sync (data_dir, error)) < 0)
    goto out;

  /* Checked as the very copy that is put in place; the file given is only
   * read. */
  remove_with_journals (restoring);
  if (!copy_file (backup_path, restoring, error) ||
      !inspect_copy (restoring, backup_path, &facts, error))
    goto out;

  current_id = current_profile_id (data_dir, db_path);
  if (current_id != NULL && !(flags & FD_RESTORE_OTHER_PROFILE) &&
      g_strcmp0 (current_id, facts.profile_id) != 0 &&
      !(facts.profile_id == NULL && is_in_own_backups (data_dir, backup_path)))
    {
      if (facts.profile_id == NULL)
        g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_OTHER_PROFILE,
                     _("“%s” was made by an older Frontdesk and does not say which profile it "
                       "belongs to. Restoring it replaces every message of this profile with the "
                       "ones it holds; the two are never merged. Nothing was changed."),
                     backup_path);
      else
        g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_OTHER_PROFILE,
                     _("“%s” is a backup of another Frontdesk profile, not of this one. Restoring "
                       "it replaces every message of this profile with the other profile’s; the "
                       "two are never merged, and its accounts need signing in again. Nothing "
                       "was changed."),
                     backup_path);
      goto out;
    }

  if (!move_aside (db_path, &kept, error))
    goto out;

  if (g_rename (restoring, db_path) != 0)
    {
      int errsv = errno;

      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Could not put the backup in place as “%s”: %s"), db_path, g_strerror (errsv));
      /* Back as it was. */
      if (kept != NULL && g_rename (kept, db_path) == 0)
        {
          g_autofree char *kept_wal = g_strconcat (kept, "-wal", NULL);
          g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);

          if (g_file_test (kept_wal, G_FILE_TEST_EXISTS))
            g_rename (kept_wal, wal);
          g_clear_pointer (&kept, g_free);
        }
      goto out;
    }
  sync_dir (data_dir);

  /* Checked just now: the next open need not read it all again. */
  _fd_store_forget_health (db_path);
  _fd_store_mark_closed (db_path);

  result = g_new0 (FdRestoreResult, 1);
  result->kept_path = g_steal_pointer (&kept);
  result->format = facts.format;
  result->n_messages = facts.n_messages;

out:
  remove_with_journals (restoring);
  facts_clear (&facts);
  if (sync_fd >= 0)
    close (sync_fd);
  _fd_profile_lock_release (&lock);

  return result;
}

typedef struct {
  char           *data_dir;
  char           *backup_path;
  FdRestoreFlags  flags;
} RestoreData;

static void
restore_data_free (RestoreData *data)
{
  g_free (data->data_dir);
  g_free (data->backup_path);
  g_free (data);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RestoreData *data = task_data;
  g_autoptr(GError) error = NULL;
  FdRestoreResult *result;

  if (g_task_return_error_if_cancelled (task))
    return;

  result = fd_backup_restore (data->data_dir, data->backup_path, data->flags, &error);
  if (result == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, result, (GDestroyNotify) fd_restore_result_free);
}

void
fd_backup_restore_async (const char          *data_dir,
                         const char          *backup_path,
                         FdRestoreFlags       flags,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RestoreData *data;

  g_return_if_fail (data_dir != NULL);
  g_return_if_fail (backup_path != NULL);

  data = g_new0 (RestoreData, 1);
  data->data_dir = g_strdup (data_dir);
  data->backup_path = g_strdup (backup_path);
  data->flags = flags;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_backup_restore_async);
  g_task_set_task_data (task, data, (GDestroyNotify) restore_data_free);
  g_task_run_in_thread (task, restore_thread);
}

FdRestoreResult *
fd_backup_restore_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
