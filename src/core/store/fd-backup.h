/* fd-backup.h: copies of the message store, and putting one back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-store.h"

G_BEGIN_DECLS

/* The folder in the profile that holds the copies (0700, files 0600). */
#define FD_BACKUP_DIR_NAME "backups"
/* Daily copies (and those of “frontdesk-cli backup”) kept there. */
#define FD_BACKUP_KEEP 7
/* Copies made before the store was upgraded to a new format, kept apart
 * from the daily ones so that a week of use does not push them out. */
#define FD_BACKUP_KEEP_BEFORE_UPGRADE 3
/* A daily copy is due once the newest one is this old. */
#define FD_BACKUP_INTERVAL (24 * G_TIME_SPAN_HOUR)

typedef enum {
  FD_BACKUP_DAILY,
  FD_BACKUP_BEFORE_UPGRADE,
} FdBackupKind;

typedef struct {
  char         *path;
  GDateTime    *made;      /* UTC, from the file name */
  guint64       size;
  FdBackupKind  kind;
  int           format;    /* the store format it holds, before an upgrade; else 0 */
} FdBackupInfo;

void            fd_backup_info_free          (FdBackupInfo  *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdBackupInfo, fd_backup_info_free)

typedef enum {
  FD_RESTORE_NONE          = 0,
  /* Restore a backup of another profile (or one that does not say which
   * profile it is from) over this one. */
  FD_RESTORE_OTHER_PROFILE = 1 << 0,
} FdRestoreFlags;

typedef struct {
  char    *kept_path;      /* where the replaced database went, or NULL */
  int      format;         /* the restored store's format */
  gint64   n_messages;
} FdRestoreResult;

void            fd_restore_result_free       (FdRestoreResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdRestoreResult, fd_restore_result_free)

char           *fd_backup_get_dir            (const char     *data_dir);

/* The copies in the profile's backups folder, newest first; none when the
 * folder does not exist. (element-type FdBackupInfo) */
GPtrArray      *fd_backup_list               (const char     *data_dir,
                                              GError        **error);

/* Copies the profile's database with SQLite's online backup API, over a
 * read connection of its own: safe while Frontdesk writes, and the copy is
 * one consistent file. The copy is checked (PRAGMA quick_check) before it
 * is kept, so a damaged store never pushes a good backup out. With
 * @dest_path NULL it goes into the backups folder, and only the newest
 * FD_BACKUP_KEEP daily copies stay; else to @dest_path, which must not
 * exist. Returns the copy's path. */
char           *fd_backup_make               (const char     *data_dir,
                                              const char     *dest_path,
                                              GError        **error);

/* A daily copy, in a worker thread, when the newest copy in the backups
 * folder is older than FD_BACKUP_INTERVAL (or there is none). Finishes
 * with its path, or NULL and no error when none was due or another
 * Frontdesk was making one. */
void            fd_backup_make_daily_async   (const char          *data_dir,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
char           *fd_backup_make_daily_finish  (GAsyncResult        *result,
                                              GError             **error);

/* Puts a copy of @backup_path in place of the profile's database, after
 * checking the copy: a SQLite database, PRAGMA quick_check ok, a Frontdesk
 * store of a format this version opens, and of this profile (the same
 * profile id) unless FD_RESTORE_OTHER_PROFILE. The database it replaces is
 * kept beside it as frontdesk.db.before-restore-<time>, with its -wal;
 * @backup_path itself is not changed. Fails with FD_STORE_ERROR_BUSY while
 * any Frontdesk has the profile open, FD_STORE_ERROR_OTHER_PROFILE for
 * another profile's backup; nothing is changed then. */
FdRestoreResult *fd_backup_restore           (const char     *data_dir,
                                              const char     *backup_path,
                                              FdRestoreFlags  flags,
                                              GError        **error);
void            fd_backup_restore_async      (const char          *data_dir,
                                              const char          *backup_path,
                                              FdRestoreFlags       flags,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
FdRestoreResult *fd_backup_restore_finish    (GAsyncResult        *result,
                                              GError             **error);

G_END_DECLS
