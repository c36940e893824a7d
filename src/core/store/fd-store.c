/* fd-store.c: opening the store, transactions and writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "fd-channel.h"
#include "fd-sql.h"
#include "fd-store-private.h"

struct _FdStore
{
  GObject     parent_instance;

  char       *data_dir;
  char       *db_path;
  char       *profile_id;
  sqlite3    *db;
  GHashTable *stmts;          /* const char *sql -> sqlite3_stmt * */
  guint       tx_depth;
  gboolean    tx_wrote;
  gboolean    batch;          /* _fd_store_begin_batch(): no savepoint per message */
  gboolean    batch_failed;   /* a message of the batch failed half-written */
  GArray     *pending_fts;    /* PendingFts: inserted but not yet indexed */
  guint       message_fts_mark; /* pending_fts->len when the message savepoint began */
  gint64      last_data_version;
  GArray     *caches;         /* StoreCache */
  FdTextDicts *text_dicts;    /* the SQL functions' too: freed after the connection */
  gint64      caches_version; /* data version they were read at */
  FdProfileLock lock;
  gboolean    opened;         /* fd_store_open() succeeded */
};

typedef struct {
  const FdStoreCacheFuncs *funcs;
  gpointer                 cache;
} StoreCache;

/* A new message's row of the full-text index, as messages_fts_source
 * reads it: kept from the insert rather than read back and decoded. */
typedef struct {
  gint64  sort_key;
  char   *subject;
  char   *text;
  char   *author;
} PendingFts;

G_DEFINE_FINAL_TYPE (FdStore, fd_store, G_TYPE_OBJECT)

/* Stores of this process not finalized yet, on any thread. */
static gint n_live;
G_DEFINE_QUARK (fd-store-error-quark, fd_store_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

gboolean
_fd_store_set_error (sqlite3  *db,
                     int       rc,
                     GError  **error)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  int primary = rc & 0xff;

  /* SQLite says SQLITE_FULL for a write into the file, but an I/O error
   * when the disk is too full to make the log's shared-memory index. */
  if (primary == SQLITE_IOERR && db != NULL &&
      (sqlite3_system_errno (db) == ENOSPC || sqlite3_system_errno (db) == EDQUOT))
    primary = SQLITE_FULL;

  switch (primary)
    {
    case SQLITE_FULL:
      {
        const char *path = db != NULL ? sqlite3_db_filename (db, "main") : NULL;
        g_autofree char *dir = path != NULL && *path != '\0' ? g_path_get_dirname (path) : NULL;

        if (dir != NULL)
          /* Translators: %s is the profile folder */
          g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FULL,
                       _("The disk is full. Free some space on the disk that holds “%s” and try "
                         "again; nothing already saved was lost."),
                       dir);
        else
          g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FULL,
                       _("The disk is full. Free some space and try again; nothing already saved was lost."));
      }
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_BUSY,
                   _("The message store is busy in another program. Try again in a moment."));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      {
        const char *path = db != NULL ? sqlite3_db_filename (db, "main") : NULL;

        if (path != NULL && *path != '\0')
          {
            /* The next open checks the whole file and says so, rather
             * than the next query failing somewhere else. */
            _fd_store_mark_checked (path, TRUE, detail);
            _fd_store_set_damaged_error (error, path, detail);
          }
        else
          g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT,
                       _("The message store is damaged or is not a Frontdesk database (%s)."),
                       detail);
      }
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_IO,
                   _("The message store cannot be written: check the permissions of the data folder (%s)."),
                   detail);
      break;
    case SQLITE_IOERR:
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_IO,
                   _("The disk reported an error while saving messages (%s)."),
                   detail);
      break;
    default:
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Message store error: %s"), detail);
      break;
    }

  return FALSE;
}

sqlite3_stmt *
_fd_store_prepare (FdStore     *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->stmts, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _fd_store_set_error (self->db, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->stmts, g_strdup (sql), stmt);
  return stmt;
}

/* Compressed when @stored is set (fd-store-text.c), else the text. */
static void
bind_stored (sqlite3_stmt *stmt,
             int           index,
             GBytes       *stored,
             const char   *text)
{
  if (stored != NULL)
    sqlite3_bind_blob64 (stmt, index, g_bytes_get_data (stored, NULL),
                         g_bytes_get_size (stored), SQLITE_STATIC);
  else
    _fd_sql_bind_text (stmt, index, text);
}

static void
pending_fts_clear (gpointer data)
{
  PendingFts *row = data;

  g_free (row->subject);
  g_free (row->text);
  g_free (row->author);
}

/* Overrides */

static void
fd_store_finalize (GObject *object)
{
  FdStore *self = (FdStore *) object;

  (void) g_atomic_int_dec_and_test (&n_live);

  if (self->tx_depth > 0)
    {
      g_warning ("Store closed inside a transaction: rolling back");
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }

  g_clear_pointer (&self->stmts, g_hash_table_unref);
  g_clear_pointer (&self->pending_fts, g_array_unref);
  for (guint i = 0; i < self->caches->len; i++)
    {
      StoreCache *c = &g_array_index (self->caches, StoreCache, i);

      c->funcs->free (c->cache);
    }
  g_clear_pointer (&self->caches, g_array_unref);
  if (self->db != NULL)
    {
      /* The last connection to close folds the log into the database and
       * removes it; only then is the file as the marker describes it. */
      gboolean closed = sqlite3_close (self->db) == SQLITE_OK;

      if (closed && self->opened && _fd_profile_lock_try_last (&self->lock))
        _fd_store_mark_closed (self->db_path);
    }
  g_clear_pointer (&self->text_dicts, _fd_text_dicts_free);
  _fd_profile_lock_release (&self->lock);
  g_free (self->data_dir);
  g_free (self->db_path);
  g_free (self->profile_id);

  G_OBJECT_CLASS (fd_store_parent_class)->finalize (object);
}

static void
fd_store_class_init (FdStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fd_store_finalize;

  /**
   * FdStore::changed:
   *
   * Emitted after a transaction that wrote something commits, or when
   * fd_store_check_changed() notices a commit by another connection.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
fd_store_init (FdStore *self)
{
  self->stmts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) sqlite3_finalize);
  self->pending_fts = g_array_new (FALSE, FALSE, sizeof (PendingFts));
  g_array_set_clear_func (self->pending_fts, pending_fts_clear);
  self->caches = g_array_new (FALSE, FALSE, sizeof (StoreCache));
  self->lock = (FdProfileLock) FD_PROFILE_LOCK_INIT;
  g_atomic_int_inc (&n_live);
}

guint
fd_store_count_live (void)
{
  return (guint) g_atomic_int_get (&n_live);
}

/* Opening */

char *
fd_store_default_data_dir (void)
{
  const char *env = g_getenv ("FRONTDESK_DATA_DIR");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "frontdesk", NULL);
}

static int
read_pragma_int (sqlite3    *db,
                 const char *sql,
                 int        *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  return rc;
}

/* Sets @path to @mode unless it already has it. A folder made by an older
 * Frontdesk, or by hand, may be readable by others; the profile holds
 * every customer's messages. Missing files are fine. */
static gboolean
make_private (const char  *path,
              int          mode,
              GError     **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int errsv = errno;

      if (errsv == ENOENT)
        return TRUE;
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Could not read the permissions of “%s”: %s"), path, g_strerror (errsv));
      return FALSE;
    }

  if ((st.st_mode & 0777) == (mode_t) mode)
    return TRUE;

  if (g_chmod (path, mode) != 0)
    {
      int errsv = errno;

      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Could not make “%s” private to you (%s). Check who owns the data folder, "
                     "or choose another one."),
                   path, g_strerror (errsv));
      return FALSE;
    }

  return TRUE;
}

/* Every file SQLite keeps for the database. */
static gboolean
make_db_files_private (const char  *db_path,
                       GError     **error)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (db_path, suffixes[i], NULL);

      if (!make_private (path, 0600, error))
        return FALSE;
    }

  return TRUE;
}

/* Version 9 made the id; a row deleted by hand gets a new one, which only
 * means signing in again. */
static char *
read_profile_id (FdStore  *self,
                 GError  **error)
{
  for (int attempt = 0; attempt < 2; attempt++)
    {
      sqlite3_stmt *stmt = NULL;
      char *id = NULL;
      int rc;

      rc = sqlite3_prepare_v2 (self->db, "SELECT profile_id FROM profile WHERE id = 1", -1, &stmt, NULL);
      if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);

      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          _fd_store_set_error (self->db, rc, error);
          return NULL;
        }
      if (id != NULL && *id != '\0')
        return id;
      g_free (id);

      if (!_fd_sql_exec (self, "INSERT OR REPLACE INTO profile (id, profile_id) VALUES (1, lower (hex (randomblob (16))))",
                 error))
        return NULL;
    }

  g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT,
               _("The message store in “%s” has no profile id and none could be made. Choose another data folder."),
               self->data_dir);
  return NULL;
}

/* Opening failed after SQLite opened the file: if it was not checked
 * yet, find out whether it is damaged, and say so rather than what
 * failed. A full disk or a lock is not damage. */
static void
check_after_failure (FdStore   *self,
                     gboolean   checked,
                     GError   **error)
{
  g_autofree char *problem = NULL;

  if (checked || self->db == NULL || error == NULL || *error == NULL ||
      g_error_matches (*error, FD_STORE_ERROR, FD_STORE_ERROR_FULL) ||
      g_error_matches (*error, FD_STORE_ERROR, FD_STORE_ERROR_BUSY) ||
      g_error_matches (*error, FD_STORE_ERROR, FD_STORE_ERROR_IO) ||
      g_error_matches (*error, FD_STORE_ERROR, FD_STORE_ERROR_TOO_NEW))
    return;

  if (_fd_store_quick_check (self->db, &problem))
    return;

  _fd_store_mark_checked (self->db_path, TRUE, problem);
  g_clear_error (error);
  _fd_store_set_damaged_error (error, self->db_path, problem);
}

FdStore *
fd_store_open (const char  *data_dir,
               GError     **error)
{
  static gsize configured = 0;
  g_autoptr(FdStore) self = NULL;
  g_autofree char *problem = NULL;
  FdStoreHealth health;
  gboolean check;
  gboolean checked = FALSE;
  int version = 0;
  int app_id = 0;
  int rc;
  int fd;

  g_return_val_if_fail (data_dir != NULL, NULL);

  if (g_mkdir_with_parents (data_dir, 0700) != 0)
    {
      int errsv = errno;
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Could not create the data folder “%s”: %s"),
                   data_dir, g_strerror (errsv));
      return NULL;
    }

  /* g_mkdir_with_parents() leaves an existing folder as it was. */
  if (!make_private (data_dir, 0700, error))
    return NULL;

  /* Before SQLite's first use in the process: no global allocation
   * statistics, which take a mutex on every malloc. */
  if (g_once_init_enter (&configured))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&configured, 1);
    }

  self = g_object_new (FD_TYPE_STORE, NULL);
  self->data_dir = g_strdup (data_dir);
  self->db_path = g_build_filename (data_dir, FD_STORE_DB_NAME, NULL);

  /* Alone, this open checks the file if it was not closed cleanly and
   * migrates it; with others open, they did. */
  if (!_fd_profile_lock_acquire (&self->lock, data_dir, error))
    return NULL;

  health = _fd_store_read_health (self->db_path, &problem);
  if (health == FD_STORE_HEALTH_DAMAGED)
    {
      _fd_store_set_damaged_error (error, self->db_path, problem);
      return NULL;
    }
  check = self->lock.exclusive && health == FD_STORE_HEALTH_UNKNOWN &&
          g_file_test (self->db_path, G_FILE_TEST_EXISTS);

  /* Create the file ourselves so it is private from the first byte;
   * SQLite gives the -wal and -shm files the same mode. Only a new one:
   * closing a descriptor of a database drops every lock this process
   * holds on it, those of its open connections too, and another program
   * closing the database would then take it for unused and remove its
   * log under them. */
  if (!g_file_test (self->db_path, G_FILE_TEST_EXISTS))
    {
      fd = g_open (self->db_path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd < 0 && errno != EEXIST)
        {
          int errsv = errno;
          g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                       _("Could not open the message store “%s”: %s"),
                       self->db_path, g_strerror (errsv));
          return NULL;
        }
      if (fd >= 0)
        close (fd);
    }

  rc = sqlite3_open_v2 (self->db_path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      _fd_store_set_error (self->db, rc, error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  /* Look before touching anything: switching to WAL already writes. */
  if ((rc = read_pragma_int (self->db, "PRAGMA user_version", &version)) != SQLITE_OK ||
      (rc = read_pragma_int (self->db, "PRAGMA application_id", &app_id)) != SQLITE_OK)
    {
      /* A damaged header: _fd_store_set_error() says so. */
      _fd_store_set_error (self->db, rc, error);
      return NULL;
    }

  if (version > 0 && app_id != FD_STORE_APPLICATION_ID)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT,
                   _("“%s” is not a Frontdesk message store. Choose another data folder."),
                   self->db_path);
      return NULL;
    }

  if (version > FD_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_TOO_NEW,
                   _("The message store in “%s” was written by a newer version of Frontdesk "
                     "(format %d, this version knows up to %d). It was left untouched: "
                     "update Frontdesk to open it."),
                   data_dir, version, FD_STORE_SCHEMA_VERSION);
      return NULL;
    }

  /* Before the first write: a damaged file is left exactly as it was. */
  if (check && version > 0)
    {
      g_clear_pointer (&problem, g_free);
      checked = TRUE;
      g_debug ("Checking %s: it was not closed cleanly, or changed since", self->db_path);
      if (!_fd_store_quick_check (self->db, &problem))
        {
          _fd_store_mark_checked (self->db_path, TRUE, problem);
          _fd_store_set_damaged_error (error, self->db_path, problem);
          return NULL;
        }
      _fd_store_mark_checked (self->db_path, FALSE, NULL);
    }

  /* Only once the files are known to be ours: a store that is refused
   * above is left exactly as it was. */
  if (!make_db_files_private (self->db_path, error))
    return NULL;

  /* In use from now on: a crash leaves no marker of a clean close. */
  if (self->lock.exclusive)
    _fd_store_mark_open (self->db_path);

  /* Bigger pages store message text with less slack; only a new file can
   * take the setting. */
  if (version == 0 && !_fd_sql_exec (self, "PRAGMA page_size = 16384", error))
    return NULL;

  /* A new schema goes straight into the file: written step by step in
   * WAL mode, it would leave some 2 MB of log for a few hundred kB of
   * tables, more than a nearly full disk may have. */
  if ((version > 0 && !_fd_sql_exec (self, "PRAGMA journal_mode = WAL", error)) ||
      !_fd_sql_exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !_fd_sql_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !_fd_sql_exec (self, "PRAGMA temp_store = MEMORY", error) ||
      !_fd_sql_exec (self, "PRAGMA cache_size = -16384", error))
    {
      check_after_failure (self, checked, error);
      return NULL;
    }

  self->text_dicts = _fd_text_dicts_new ();
  if (!_fd_store_register_functions (self->db, self->text_dicts, error) ||
      (version > 0 && version < FD_STORE_SCHEMA_VERSION &&
       !_fd_backup_before_upgrade (self->db, data_dir, version, error)) ||
      !_fd_store_migrate (self->db, FD_STORE_SCHEMA_VERSION, error) ||
      (version == 0 && !_fd_sql_exec (self, "PRAGMA journal_mode = WAL", error)) ||
      !_fd_text_dicts_load (self->text_dicts, self->db, error) ||
      !(self->profile_id = read_profile_id (self, error)))
    {
      check_after_failure (self, checked, error);
      return NULL;
    }

  /* An upgrade can rewrite every row: fold the log into the database now
   * rather than have every later open read it. */
  if (version > 0 && version < FD_STORE_SCHEMA_VERSION)
    sqlite3_exec (self->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);

  self->last_data_version = fd_store_get_data_version (self);

  /* Checked and migrated: others may open it now. */
  _fd_profile_lock_share (&self->lock);
  self->opened = TRUE;

  return g_steal_pointer (&self);
}

FdTextDicts *
_fd_store_get_text_dicts (FdStore *self)
{
  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  return self->text_dicts;
}

const char *
fd_store_get_data_dir (FdStore *self)
{
  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  return self->data_dir;
}

const char *
fd_store_get_profile_id (FdStore *self)
{
  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  return self->profile_id;
}

int
fd_store_get_schema_version (FdStore *self)
{
  int version = -1;

  g_return_val_if_fail (FD_IS_STORE (self), -1);

  read_pragma_int (self->db, "PRAGMA user_version", &version);
  return version;
}

sqlite3 *
fd_store_get_db (FdStore *self)
{
  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  return self->db;
}

gpointer
_fd_store_get_cache (FdStore                 *self,
                     const FdStoreCacheFuncs *funcs)
{
  for (guint i = 0; i < self->caches->len; i++)
    {
      StoreCache *c = &g_array_index (self->caches, StoreCache, i);

      if (c->funcs == funcs)
        return c->cache;
    }

  return NULL;
}

void
_fd_store_set_cache (FdStore                 *self,
                     const FdStoreCacheFuncs *funcs,
                     gpointer                 cache)
{
  StoreCache c = { funcs, cache };

  g_assert (_fd_store_get_cache (self, funcs) == NULL);
  g_array_append_val (self->caches, c);
}

void
_fd_store_reset_caches (FdStore *self)
{
  for (guint i = 0; i < self->caches->len; i++)
    {
      StoreCache *c = &g_array_index (self->caches, StoreCache, i);

      c->funcs->reset (c->cache);
    }
}

gint64
fd_store_get_data_version (FdStore *self)
{
  int version = 0;

  g_return_val_if_fail (FD_IS_STORE (self), 0);

  read_pragma_int (self->db, "PRAGMA data_version", &version);
  return version;
}

void
fd_store_check_changed (FdStore *self)
{
  gint64 version;

  g_return_if_fail (FD_IS_STORE (self));

  if (self->tx_depth > 0)
    return;

  version = fd_store_get_data_version (self);
  if (version != self->last_data_version)
    {
      self->last_data_version = version;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

/* Transactions */

gboolean
fd_store_begin (FdStore  *self,
                GError  **error)
{
  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (self->tx_depth == 0)
    {
      gint64 version;

      if (!_fd_sql_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->tx_wrote = FALSE;

      /* Another connection has committed since the caches were read:
       * it may have added or removed what they hold. */
      version = fd_store_get_data_version (self);
      if (version != self->caches_version)
        {
          _fd_store_reset_caches (self);
          self->caches_version = version;
        }
    }

  self->tx_depth++;
  return TRUE;
}

gboolean
fd_store_commit (FdStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->tx_depth > 0, FALSE);

  if (self->tx_depth > 1)
    {
      self->tx_depth--;
      return TRUE;
    }

  if (self->batch_failed)
    {
      /* Never reached by a caller that checks _fd_store_batch_failed(). */
      g_set_error_literal (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                           "A message of this batch failed half-written: the batch must be rolled back.");
      return FALSE;
    }

  if (!_fd_store_flush_fts (self, error) ||
      !_fd_text_dicts_write_pending (self->text_dicts, self->db, error))
    return FALSE;

  if (!_fd_sql_exec (self, "COMMIT", error))
    {
      /* The transaction is still open: leave it to the caller's rollback. */
      return FALSE;
    }

  _fd_text_dicts_committed (self->text_dicts);
  self->tx_depth = 0;
  self->batch = FALSE;

  if (self->tx_wrote)
    {
      self->tx_wrote = FALSE;
      /* Our own commits do not change data_version for this connection. */
      g_signal_emit (self, signals[CHANGED], 0);
    }

  return TRUE;
}

void
fd_store_rollback (FdStore *self)
{
  g_return_if_fail (FD_IS_STORE (self));

  if (self->tx_depth == 0)
    return;

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  _fd_text_dicts_rolled_back (self->text_dicts);
  self->tx_depth = 0;
  self->tx_wrote = FALSE;
  self->batch = FALSE;
  self->batch_failed = FALSE;
  g_array_set_size (self->pending_fts, 0);
  _fd_store_reset_caches (self);
}

gboolean
_fd_store_begin_batch (FdStore  *self,
                       GError  **error)
{
  if (!fd_store_begin (self, error))
    return FALSE;

  /* Inside someone else's transaction, a failed message must not take
   * their writes with it: messages keep their savepoints there. */
  if (self->tx_depth == 1)
    {
      self->batch = TRUE;
      self->batch_failed = FALSE;
    }

  return TRUE;
}

gboolean
_fd_store_batch_failed (FdStore *self)
{
  return self->batch_failed;
}

/* New messages are indexed for search together, just before the
 * transaction commits: indexing them one by one makes FTS5 write a
 * segment per message (each savepoint flushes its pending terms), which
 * made indexing most of an import's cost. */
gboolean
_fd_store_flush_fts (FdStore  *self,
                     GError  **error)
{
  sqlite3_stmt *stmt;

  if (self->pending_fts->len == 0)
    return TRUE;

  stmt = _fd_store_prepare (self,
                            "INSERT INTO messages_fts (rowid, subject, text, author) VALUES (?, ?, ?, ?)",
                            error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < self->pending_fts->len; i++)
    {
      const PendingFts *row = &g_array_index (self->pending_fts, PendingFts, i);
      int rc;

      sqlite3_bind_int64 (stmt, 1, row->sort_key);
      if (row->subject != NULL)
        sqlite3_bind_text (stmt, 2, row->subject, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, 2);
      sqlite3_bind_text (stmt, 3, row->text, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, row->author, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          sqlite3_clear_bindings (stmt);
          return _fd_store_set_error (self->db, rc, error);
        }
    }
  sqlite3_clear_bindings (stmt);

  g_array_set_size (self->pending_fts, 0);
  return TRUE;
}

/* Writes */

static gint64
ensure_identity (FdStore      *self,
                 const char   *channel,
                 const char   *handle,
                 const char   *name,
                 gboolean      is_customer,
                 gint64        created_at,
                 gint64       *out_customer_id,
                 GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 identity_id = 0;
  gint64 customer_id = 0;
  int rc;

  stmt = _fd_store_prepare (self, "SELECT id, customer_id, name FROM identities WHERE channel = ? AND handle = ?", error);
  if (stmt == NULL)
    return -1;
  _fd_sql_bind_text (stmt, 1, channel);
  _fd_sql_bind_text (stmt, 2, handle);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      gboolean has_name = sqlite3_column_type (stmt, 2) != SQLITE_NULL;

      identity_id = sqlite3_column_int64 (stmt, 0);
      customer_id = sqlite3_column_int64 (stmt, 1);
      sqlite3_reset (stmt);

      if (!has_name && name != NULL && *name != '\0')
        {
          stmt = _fd_store_prepare (self, "UPDATE identities SET name = ?, name_key = ? WHERE id = ?", error);
          if (stmt == NULL)
            return -1;
          _fd_sql_bind_text (stmt, 1, name);
          sqlite3_bind_text (stmt, 2, _fd_store_fold_name (name), -1, g_free);
          sqlite3_bind_int64 (stmt, 3, identity_id);
          if (!_fd_sql_step (self, stmt, error))
            return -1;
        }
    }
  else if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (self->db, rc, error);
      sqlite3_reset (stmt);
      return -1;
    }
  else
    {
      sqlite3_reset (stmt);
    }

  /* A customer identity seen first as someone we wrote to has no
   * customer yet; so has a brand new one. */
  if (is_customer && customer_id == 0)
    {
      stmt = _fd_store_prepare (self, "INSERT INTO customers (name, created_at) VALUES (?, ?)", error);
      if (stmt == NULL)
        return -1;
      _fd_sql_bind_text (stmt, 1, name != NULL && *name != '\0' ? name : handle);
      sqlite3_bind_int64 (stmt, 2, created_at);
      if (!_fd_sql_step (self, stmt, error))
        return -1;
      customer_id = sqlite3_last_insert_rowid (self->db);

      if (identity_id != 0)
        {
          stmt = _fd_store_prepare (self, "UPDATE identities SET customer_id = ? WHERE id = ?", error);
          if (stmt == NULL)
            return -1;
          sqlite3_bind_int64 (stmt, 1, customer_id);
          sqlite3_bind_int64 (stmt, 2, identity_id);
          if (!_fd_sql_step (self, stmt, error))
            return -1;
        }
    }

  if (identity_id == 0)
    {
      stmt = _fd_store_prepare (self, "INSERT INTO identities (customer_id, channel, handle, name, name_key) VALUES (?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return -1;
      if (customer_id != 0)
        sqlite3_bind_int64 (stmt, 1, customer_id);
      _fd_sql_bind_text (stmt, 2, channel);
      _fd_sql_bind_text (stmt, 3, handle);
      if (name != NULL && *name != '\0')
        {
          _fd_sql_bind_text (stmt, 4, name);
          sqlite3_bind_text (stmt, 5, _fd_store_fold_name (name), -1, g_free);
        }
      if (!_fd_sql_step (self, stmt, error))
        return -1;
      identity_id = sqlite3_last_insert_rowid (self->db);
    }

  if (out_customer_id != NULL)
    *out_customer_id = customer_id;

  return identity_id;
}

static gint64
lookup_conversation_of (FdStore     *self,
                        const char  *channel,
                        const char  *remote_id,
                        GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = _fd_store_prepare (self, "SELECT conversation_id FROM messages WHERE channel = ? AND remote_id = ?", error);
  if (stmt == NULL)
    return -1;
  _fd_sql_bind_text (stmt, 1, channel);
  _fd_sql_bind_text (stmt, 2, remote_id);
  if ((id = _fd_sql_query_int (self, stmt, error)) != 0)
    return id;

  /* A thread joined to a conversation (_fd_store_thread_join()). */
  stmt = _fd_store_prepare (self, "SELECT conversation_id FROM thread_ids WHERE channel = ? AND remote_id = ?", error);
  if (stmt == NULL)
    return -1;
  _fd_sql_bind_text (stmt, 1, channel);
  _fd_sql_bind_text (stmt, 2, remote_id);
  if ((id = _fd_sql_query_int (self, stmt, error)) != 0)
    return id;

  stmt = _fd_store_prepare (self, "SELECT id FROM conversations WHERE channel = ? AND remote_id = ?", error);
  if (stmt == NULL)
    return -1;
  _fd_sql_bind_text (stmt, 1, channel);
  _fd_sql_bind_text (stmt, 2, remote_id);
  return _fd_sql_query_int (self, stmt, error);
}

/* Finds the conversation @msg belongs to, creating it if needed. */
static gint64
resolve_conversation (FdStore               *self,
                      const FdParsedMessage *msg,
                      gint64                 customer_id,
                      GError               **error)
{
  const char *root = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  /* Mail threads by its headers. */
  if (fd_channel_has (msg->channel, FD_CHANNEL_MAIL))
    {
      gboolean merged;

      return _fd_store_thread_email (self, msg, customer_id, &merged, error);
    }

  if (msg->thread_id != NULL)
    {
      if ((id = lookup_conversation_of (self, msg->channel, msg->thread_id, error)) != 0)
        return id;
      root = msg->thread_id;
    }
  else
    {
      if (msg->in_reply_to != NULL &&
          (id = lookup_conversation_of (self, msg->channel, msg->in_reply_to, error)) != 0)
        return id;

      for (guint i = msg->references->len; i > 0; i--)
        {
          const char *ref = g_ptr_array_index (msg->references, i - 1);

          if ((id = lookup_conversation_of (self, msg->channel, ref, error)) != 0)
            return id;
        }

      /* A reply that arrived before its parent started a conversation
       * named after the thread's root: that may be us. */
      if ((id = lookup_conversation_of (self, msg->channel, msg->remote_id, error)) != 0)
        return id;

      if (msg->references->len > 0)
        root = g_ptr_array_index (msg->references, 0);
      else if (msg->in_reply_to != NULL)
        root = msg->in_reply_to;
      else
        root = msg->remote_id;
    }

  stmt = _fd_store_prepare (self,
                            "INSERT INTO conversations (channel, remote_id, subject, customer_id, last_at)"
                            " VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return -1;
  _fd_sql_bind_text (stmt, 1, msg->channel);
  _fd_sql_bind_text (stmt, 2, root);
  _fd_sql_bind_text (stmt, 3, msg->subject);
  if (customer_id != 0)
    sqlite3_bind_int64 (stmt, 4, customer_id);
  sqlite3_bind_int64 (stmt, 5, msg->created_at);
  if (!_fd_sql_step (self, stmt, error))
    return -1;

  return sqlite3_last_insert_rowid (self->db);
}

/* created_at << 10 plus the next slot in that second. A second whose 1024
 * slots are taken lends the following seconds' keys, so the order stays
 * right even when thousands of messages carry one date. */
#define SORT_KEY_SHIFT 10
#define SORT_KEY_SLOTS (1 << SORT_KEY_SHIFT)

static gint64
allocate_sort_key (FdStore  *self,
                   gint64    created_at,
                   GError  **error)
{
  gint64 base = CLAMP (created_at, 0, (G_GINT64_CONSTANT (1) << 52) - 1) << SORT_KEY_SHIFT;
  sqlite3_stmt *stmt;

  stmt = _fd_store_prepare (self, "SELECT max(sort_key) FROM messages WHERE sort_key BETWEEN ? AND ?", error);
  if (stmt == NULL)
    return -1;

  for (;;)
    {
      gint64 key = base;
      int rc;

      sqlite3_bind_int64 (stmt, 1, base);
      sqlite3_bind_int64 (stmt, 2, base + SORT_KEY_SLOTS - 1);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        key = sqlite3_column_int64 (stmt, 0) + 1;
      else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          _fd_store_set_error (self->db, rc, error);
          sqlite3_reset (stmt);
          return -1;
        }
      sqlite3_reset (stmt);

      if (key < base + SORT_KEY_SLOTS)
        return key;
      base += SORT_KEY_SLOTS;
    }
}

/* One message's rows, step by step: the ingest pipeline (fd-ingest.c)
 * runs language, customers and repeats between and after them. */

gint64
_fd_store_find_message (FdStore     *self,
                        const char  *channel,
                        const char  *remote_id,
                        GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = _fd_store_prepare (self, "SELECT id FROM messages WHERE channel = ? AND remote_id = ?", error);
  if (stmt == NULL)
    return -1;
  _fd_sql_bind_text (stmt, 1, channel);
  _fd_sql_bind_text (stmt, 2, remote_id);

  return _fd_sql_query_int (self, stmt, error);
}

gboolean
_fd_store_message_begin (FdStore  *self,
                         GError  **error)
{
  if (!fd_store_begin (self, error))
    return FALSE;

  /* A savepoint per message: a failure undoes this message only, and the
   * surrounding batch goes on. Not in a batch: there, the savepoint's
   * copy of every page the message changes cost some 15% of an import,
   * and the batch is rolled back and written again instead. */
  if (self->batch)
    return TRUE;

  if (!_fd_sql_exec_ints (self, "SAVEPOINT fd_message", error, 0))
    {
      if (!fd_store_commit (self, NULL))
        fd_store_rollback (self);
      return FALSE;
    }

  self->message_fts_mark = self->pending_fts->len;
  return TRUE;
}

gboolean
_fd_store_message_end (FdStore  *self,
                       gboolean  ok,
                       GError  **error)
{
  if (self->batch)
    {
      if (!ok)
        {
          /* Its rows cannot be undone alone: the caller rolls the batch
           * back. Until then, what the caches read may include them. */
          self->batch_failed = TRUE;
          _fd_store_reset_caches (self);
        }
      else
        self->tx_wrote = TRUE;

      /* The batch's own transaction stays open. */
      return fd_store_commit (self, error) && ok;
    }

  if (!ok)
    {
      sqlite3_exec (self->db, "ROLLBACK TO fd_message; RELEASE fd_message", NULL, NULL, NULL);
      g_array_set_size (self->pending_fts, self->message_fts_mark);
      /* The caches may hold what was just undone (a post in the repeat
       * index). */
      _fd_store_reset_caches (self);
      if (!fd_store_commit (self, NULL))
        fd_store_rollback (self);
      return FALSE;
    }

  if (!_fd_sql_exec_ints (self, "RELEASE fd_message", error, 0))
    {
      fd_store_rollback (self);
      return FALSE;
    }

  self->tx_wrote = TRUE;

  if (!fd_store_commit (self, error))
    {
      fd_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

/* The handle of @msg's author identity. */
static const char *
author_handle (const FdParsedMessage *msg)
{
  return msg->author_handle != NULL && *msg->author_handle != '\0' ? msg->author_handle : "unknown";
}

gboolean
_fd_store_write_identities (FdStore                *self,
                            const FdParsedMessage  *msg,
                            FdStoreMessageRows     *rows,
                            GError                **error)
{
  gboolean incoming = msg->direction == FD_DIRECTION_IN;
  const char *handle = author_handle (msg);

  rows->customer_id = 0;
  rows->identity_id = ensure_identity (self, msg->channel, handle, msg->author_name,
                                       incoming, msg->created_at, &rows->customer_id, error);
  if (rows->identity_id < 0)
    return FALSE;

  /* For our own messages the customer is the one we wrote to. */
  if (!incoming && msg->recipient != NULL && *msg->recipient != '\0')
    {
      if (ensure_identity (self, msg->channel, msg->recipient, NULL, TRUE,
                           msg->created_at, &rows->customer_id, error) < 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
_fd_store_write_message (FdStore                *self,
                         const FdParsedMessage  *msg,
                         const char             *lang,
                         FdStoreMessageRows     *rows,
                         GError                **error)
{
  gboolean incoming = msg->direction == FD_DIRECTION_IN;
  sqlite3_stmt *stmt;
  FdMessageState state = msg->state;
  g_autoptr(GBytes) stored_text = NULL;
  g_autoptr(GBytes) stored_html = NULL;

  if ((rows->conversation_id = resolve_conversation (self, msg, rows->customer_id, error)) < 0)
    return FALSE;
  if ((rows->sort_key = allocate_sort_key (self, msg->created_at, error)) < 0)
    return FALSE;

  /* Imported out of order: a reply of ours that is already newer, and
   * went out, means this one was answered. */
  if (incoming && state < FD_MESSAGE_STATE_ANSWERED)
    {
      stmt = _fd_store_prepare (self,
                                "SELECT EXISTS (SELECT 1 FROM messages r WHERE r.conversation_id = ?"
                                " AND r.direction = " FD_SQL_OUT " AND r.sort_key > ?"
                                " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.message_id = r.id AND o.state != " FD_SQL_OUTBOX_SENT "))",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, rows->conversation_id);
      sqlite3_bind_int64 (stmt, 2, rows->sort_key);
      if (_fd_sql_query_int (self, stmt, error) > 0)
        state = FD_MESSAGE_STATE_ANSWERED;
    }

  _fd_store_stored_values (self->text_dicts, msg, &stored_text, &stored_html);

  stmt = _fd_store_prepare (self,
                            "INSERT INTO messages (sort_key, conversation_id, channel, remote_id,"
                            " identity_id, direction, state, created_at, subject, text, html, lang,"
                            " url, in_reply_to, recipient, truncated, n_attachments, visibility,"
                            " author_name, account_id, automated)"
                            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rows->sort_key);
  sqlite3_bind_int64 (stmt, 2, rows->conversation_id);
  _fd_sql_bind_text (stmt, 3, msg->channel);
  _fd_sql_bind_text (stmt, 4, msg->remote_id);
  sqlite3_bind_int64 (stmt, 5, rows->identity_id);
  sqlite3_bind_int (stmt, 6, msg->direction);
  sqlite3_bind_int (stmt, 7, state);
  sqlite3_bind_int64 (stmt, 8, msg->created_at);
  _fd_sql_bind_text (stmt, 9, msg->subject);
  bind_stored (stmt, 10, stored_text, msg->text != NULL ? msg->text : "");
  bind_stored (stmt, 11, stored_html, msg->html);
  _fd_sql_bind_text (stmt, 12, lang);
  _fd_sql_bind_text (stmt, 13, msg->url);
  _fd_sql_bind_text (stmt, 14, msg->in_reply_to);
  _fd_sql_bind_text (stmt, 15, msg->recipient);
  sqlite3_bind_int (stmt, 16, msg->truncated ? 1 : 0);
  sqlite3_bind_int (stmt, 17, msg->attachments != NULL ? (int) msg->attachments->len : 0);
  _fd_sql_bind_text (stmt, 18, msg->visibility);
  _fd_sql_bind_text (stmt, 19, msg->author_name != NULL && *msg->author_name != '\0' ? msg->author_name : NULL);
  if (msg->account_id > 0)
    sqlite3_bind_int64 (stmt, 20, msg->account_id);
  sqlite3_bind_int (stmt, 21, msg->automated ? 1 : 0);
  if (!_fd_sql_step (self, stmt, error))
    return FALSE;
  rows->message_id = sqlite3_last_insert_rowid (self->db);

  for (guint i = 0; msg->attachments != NULL && i < msg->attachments->len; i++)
    {
      const FdParsedAttachment *att = g_ptr_array_index (msg->attachments, i);

      stmt = _fd_store_prepare (self,
                                "INSERT INTO attachments (message_id, filename, content_type, size, path)"
                                " VALUES (?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, rows->message_id);
      _fd_sql_bind_text (stmt, 2, att->filename != NULL ? att->filename : "attachment");
      _fd_sql_bind_text (stmt, 3, att->content_type);
      sqlite3_bind_int64 (stmt, 4, att->size);
      _fd_sql_bind_text (stmt, 5, att->path);
      if (!_fd_sql_step (self, stmt, error))
        return FALSE;
    }

  stmt = _fd_store_prepare (self,
                            "UPDATE conversations SET last_at = max(last_at, ?),"
                            " customer_id = coalesce(customer_id, ?), account_id = coalesce(account_id, ?)"
                            " WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, msg->created_at);
  if (rows->customer_id != 0)
    sqlite3_bind_int64 (stmt, 2, rows->customer_id);
  if (msg->account_id > 0)
    sqlite3_bind_int64 (stmt, 3, msg->account_id);
  sqlite3_bind_int64 (stmt, 4, rows->conversation_id);
  if (!_fd_sql_step (self, stmt, error))
    return FALSE;

  /* A reply of ours that went out answers what came before it. */
  if (!incoming && !msg->unsent)
    {
      stmt = _fd_store_prepare (self,
                                "UPDATE messages SET state = " FD_SQL_ANSWERED " WHERE conversation_id = ?"
                                " AND direction = " FD_SQL_IN " AND state < " FD_SQL_ANSWERED " AND sort_key < ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, rows->conversation_id);
      sqlite3_bind_int64 (stmt, 2, rows->sort_key);
      if (!_fd_sql_step (self, stmt, error))
        return FALSE;
    }

  /* What messages_fts_source will read for this row: the author is the
   * identity's handle and the name the message was sent under. */
  {
    PendingFts row = {
      rows->sort_key,
      g_strdup (msg->subject),
      _fd_store_index_text (msg->text != NULL ? msg->text : ""),
      g_strconcat (author_handle (msg), " ",
                   msg->author_name != NULL ? msg->author_name : "", NULL),
    };

    g_array_append_val (self->pending_fts, row);
  }

  return TRUE;
}

gboolean
fd_store_set_message_state (FdStore         *self,
                            gint64           id,
                            FdMessageState   state,
                            GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_begin (self, error))
    return FALSE;

  stmt = _fd_store_prepare (self, "UPDATE messages SET state = ? WHERE id = ?", error);
  if (stmt == NULL || (sqlite3_bind_int (stmt, 1, state), sqlite3_bind_int64 (stmt, 2, id),
                       !_fd_sql_step (self, stmt, error)))
    {
      fd_store_rollback (self);
      return FALSE;
    }

  if (sqlite3_changes (self->db) == 0)
    {
      fd_store_rollback (self);
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND,
                   _("There is no message %lld."), (long long) id);
      return FALSE;
    }

  self->tx_wrote = TRUE;
  if (!fd_store_commit (self, error))
    {
      fd_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

void
_fd_store_mark_written (FdStore *self)
{
  self->tx_wrote = TRUE;
}
