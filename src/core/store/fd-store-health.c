/* fd-store-health.c: who has a profile open, whether its database was
 * closed cleanly, and whether it is damaged.
 *
 * PRAGMA quick_check reads every page: about a second for a store of a
 * million messages in the page cache, eight from the disk. It runs when
 * the database was not closed cleanly (a crash, a power cut, a change by
 * another program), when opening it fails, and when SQLite reported damage
 * while it was in use; not on every open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fd-backup.h"
#include "fd-store-private.h"

/* Written by the last store to close: the database's identity, size and
 * times then. Anything else touching the file changes one of them. */
#define CLOSED_SUFFIX ".closed"
/* Written when SQLite reported damage, or a check found it. */
#define DAMAGED_SUFFIX ".damaged"

/* How long an open waits while another process checks or restores. */
#define LOCK_WAIT_USEC (60 * G_USEC_PER_SEC)
#define LOCK_POLL_USEC (20 * 1000)

/* The profile lock */

static int
open_lock_file (const char  *data_dir,
                GError     **error)
{
  g_autofree char *path = g_build_filename (data_dir, FD_PROFILE_LOCK_NAME, NULL);
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int errsv = errno;

      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Could not open “%s”: %s"), path, g_strerror (errsv));
    }

  return fd;
}

gboolean
_fd_profile_lock_acquire (FdProfileLock  *lock,
                          const char     *data_dir,
                          GError        **error)
{
  gint64 deadline;

  g_assert (lock->fd < 0);

  if ((lock->fd = open_lock_file (data_dir, error)) < 0)
    return FALSE;

  /* Alone for now: no other store has the profile open, so this one
   * checks the database and runs migrations before anyone reads it. */
  if (flock (lock->fd, LOCK_EX | LOCK_NB) == 0)
    {
      lock->exclusive = TRUE;
      return TRUE;
    }

  lock->exclusive = FALSE;
  deadline = g_get_monotonic_time () + LOCK_WAIT_USEC;

  /* Not blocking: a thread of this process may hold it alone (opening,
   * restoring) and would never let go while this one waits. */
  while (flock (lock->fd, LOCK_SH | LOCK_NB) != 0)
    {
      int errsv = errno;

      if (errsv != EWOULDBLOCK && errsv != EINTR)
        {
          _fd_profile_lock_release (lock);
          g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                       _("Could not lock the profile in “%s”: %s"), data_dir, g_strerror (errsv));
          return FALSE;
        }
      if (g_get_monotonic_time () > deadline)
        {
          _fd_profile_lock_release (lock);
          g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_BUSY,
                       _("The profile in “%s” is being checked or restored by another Frontdesk. "
                         "Try again when it is done."),
                       data_dir);
          return FALSE;
        }
      g_usleep (LOCK_POLL_USEC);
    }

  return TRUE;
}

gboolean
_fd_profile_lock_acquire_alone (FdProfileLock  *lock,
                                const char     *data_dir,
                                GError        **error)
{
  g_assert (lock->fd < 0);

  if ((lock->fd = open_lock_file (data_dir, error)) < 0)
    return FALSE;

  if (flock (lock->fd, LOCK_EX | LOCK_NB) != 0)
    {
      _fd_profile_lock_release (lock);
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_BUSY,
                   _("Frontdesk is using the profile in “%s” (a window, or frontdesk-cli in "
                     "another terminal). Close it and try again."),
                   data_dir);
      return FALSE;
    }

  lock->exclusive = TRUE;
  return TRUE;
}

void
_fd_profile_lock_share (FdProfileLock *lock)
{
  if (lock->fd < 0 || !lock->exclusive)
    return;

  /* Never fails for a shared lock but by waiting for a restore that took
   * the profile in between, which is then done. */
  while (flock (lock->fd, LOCK_SH) != 0 && errno == EINTR)
    ;
  lock->exclusive = FALSE;
}

gboolean
_fd_profile_lock_try_last (FdProfileLock *lock)
{
  if (lock->fd < 0)
    return FALSE;

  /* On failure Linux has already dropped the shared lock: only for the
   * very end of a store's life. */
  if (flock (lock->fd, LOCK_EX | LOCK_NB) != 0)
    return FALSE;

  lock->exclusive = TRUE;
  return TRUE;
}

void
_fd_profile_lock_release (FdProfileLock *lock)
{
  if (lock->fd >= 0)
    close (lock->fd);
  lock->fd = -1;
  lock->exclusive = FALSE;
}

/* Markers */

static char *
marker_path (const char *db_path,
             const char *suffix)
{
  return g_strconcat (db_path, suffix, NULL);
}

/* The file's device, inode, size and times: what a clean close leaves and
 * what any later change of the file alters. NULL when it is missing. */
static char *
file_signature (const char *path,
                gint64     *out_size)
{
  struct stat st;

  if (stat (path, &st) != 0)
    return NULL;

  if (out_size != NULL)
    *out_size = st.st_size;

  return g_strdup_printf ("%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT
                          " %" G_GINT64_FORMAT ".%09ld %" G_GINT64_FORMAT ".%09ld",
                          (guint64) st.st_dev, (guint64) st.st_ino, (gint64) st.st_size,
                          (gint64) st.st_mtim.tv_sec, (long) st.st_mtim.tv_nsec,
                          (gint64) st.st_ctim.tv_sec, (long) st.st_ctim.tv_nsec);
}

static gboolean
wal_is_empty (const char *db_path)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) != 0 || st.st_size == 0;
}

static char *
read_marker (const char *db_path,
             const char *suffix)
{
  g_autofree char *path = marker_path (db_path, suffix);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  return contents;
}

static void
write_marker (const char *db_path,
              const char *suffix,
              const char *contents)
{
  g_autofree char *path = marker_path (db_path, suffix);
  g_autoptr(GError) error = NULL;

  /* On a full disk there is no marker: the next open checks, which costs
   * time but never data. */
  if (!g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_debug ("Could not write %s: %s", path, error->message);
}

static void
remove_marker (const char *db_path,
               const char *suffix)
{
  g_autofree char *path = marker_path (db_path, suffix);

  if (g_unlink (path) != 0 && errno != ENOENT)
    g_debug ("Could not remove %s: %s", path, g_strerror (errno));
}

FdStoreHealth
_fd_store_read_health (const char  *db_path,
                       char       **out_problem)
{
  g_autofree char *closed = read_marker (db_path, CLOSED_SUFFIX);
  g_autofree char *damaged = read_marker (db_path, DAMAGED_SUFFIX);
  g_autofree char *signature = NULL;
  gint64 size = 0;

  if ((signature = file_signature (db_path, &size)) == NULL)
    return FD_STORE_HEALTH_UNKNOWN;

  /* Found damaged and not changed since: no need to read it all again. */
  if (damaged != NULL)
    {
      char *newline = strchr (damaged, '\n');

      if (newline != NULL)
        {
          *newline = '\0';
          if (g_str_equal (damaged, signature))
            {
              if (out_problem != NULL)
                *out_problem = g_strdup (g_strstrip (newline + 1));
              return FD_STORE_HEALTH_DAMAGED;
            }
        }
    }

  if (closed == NULL)
    return FD_STORE_HEALTH_UNKNOWN;

  g_strstrip (closed);
  if (g_str_equal (closed, signature) && wal_is_empty (db_path))
    return FD_STORE_HEALTH_CLEAN;

  /* Emptied since it was closed with messages in it: no check finds
   * anything wrong with an empty file, and it would be taken for new. */
  if (size == 0)
    {
      g_auto(GStrv) fields = g_strsplit (closed, " ", 4);
      gint64 closed_size = g_strv_length (fields) >= 3 ? g_ascii_strtoll (fields[2], NULL, 10) : 0;

      if (closed_size > 0)
        {
          if (out_problem != NULL)
            *out_problem = g_strdup (_("the file is empty"));
          return FD_STORE_HEALTH_DAMAGED;
        }
    }

  return FD_STORE_HEALTH_UNKNOWN;
}

void
_fd_store_mark_closed (const char *db_path)
{
  g_autofree char *damaged = marker_path (db_path, DAMAGED_SUFFIX);
  g_autofree char *signature = NULL;

  /* Damage seen while it was open: the next open checks. */
  if (g_file_test (damaged, G_FILE_TEST_EXISTS) || !wal_is_empty (db_path))
    return;

  if ((signature = file_signature (db_path, NULL)) == NULL)
    return;

  write_marker (db_path, CLOSED_SUFFIX, signature);
}

void
_fd_store_mark_open (const char *db_path)
{
  remove_marker (db_path, CLOSED_SUFFIX);
}

void
_fd_store_mark_checked (const char *db_path,
                        gboolean    damaged,
                        const char *problem)
{
  if (damaged)
    {
      g_autofree char *signature = file_signature (db_path, NULL);
      g_autofree char *contents = NULL;

      remove_marker (db_path, CLOSED_SUFFIX);
      if (signature == NULL)
        return;
      contents = g_strdup_printf ("%s\n%s\n", signature, problem != NULL ? problem : "");
      write_marker (db_path, DAMAGED_SUFFIX, contents);
    }
  else
    remove_marker (db_path, DAMAGED_SUFFIX);
}

void
_fd_store_forget_health (const char *db_path)
{
  remove_marker (db_path, CLOSED_SUFFIX);
  remove_marker (db_path, DAMAGED_SUFFIX);
}

/* Checks */

gboolean
_fd_store_quick_check (sqlite3  *db,
                       char    **out_problem)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  /* Three problems are enough to say what is wrong. */
  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(3)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *row = (const char *) sqlite3_column_text (stmt, 0);

          if (g_strcmp0 (row, "ok") == 0)
            ok = TRUE;
          else if (row != NULL)
            {
              g_autoptr(GString) line = g_string_new (row);

              /* One line, without the name of the only database. */
              g_string_replace (line, "*** in database main ***", "", 0);
              g_string_replace (line, "\n", " ", 0);
              g_strstrip (line->str);
              g_string_append_printf (problems, "%s%s", problems->len > 0 ? "; " : "", line->str);
            }
        }
    }
  if (rc != SQLITE_DONE)
    {
      ok = FALSE;
      g_string_append_printf (problems, "%s%s", problems->len > 0 ? "; " : "", sqlite3_errmsg (db));
    }
  sqlite3_finalize (stmt);

  if (!ok && problems->len == 0)
    g_string_append (problems, sqlite3_errstr (SQLITE_CORRUPT));

  if (!ok && out_problem != NULL)
    *out_problem = g_string_free (g_steal_pointer (&problems), FALSE);

  return ok;
}

void
_fd_store_set_damaged_error (GError     **error,
                             const char  *db_path,
                             const char  *problem)
{
  g_autofree char *data_dir = g_path_get_dirname (db_path);
  g_autofree char *backups = g_build_filename (data_dir, FD_BACKUP_DIR_NAME, NULL);
  g_autofree char *shown = NULL;

  /* What SQLite says can be long: the start says enough. */
  if (problem == NULL || *problem == '\0')
    problem = sqlite3_errstr (SQLITE_CORRUPT);
  shown = g_utf8_make_valid (problem, MIN (strlen (problem), 200));

  /* Translators: the first %s is a file, the second what is wrong with it,
   * the third the folder where backups are kept */
  g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT,
               _("The message store “%s” is damaged (%s). Restore a backup with "
                 "“frontdesk-cli restore FILE” or with Restore from Backup in Frontdesk; "
                 "backups are kept in “%s”. The damaged file was left as it is."),
               db_path, shown, backups);
}
