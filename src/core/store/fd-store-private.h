/* fd-store-private.h: for the core's own modules and tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>
#include "fd-store.h"

G_BEGIN_DECLS

/* 'FDs1': marks a database as Frontdesk's. */
#define FD_STORE_APPLICATION_ID 0x46447331

#define FD_STORE_DB_NAME "frontdesk.db"

/* Every open store holds it shared, a restore alone (fd-store-health.c). */
#define FD_PROFILE_LOCK_NAME "profile.lock"
/* The sync manager's, held while a process syncs the profile. */
#define FD_SYNC_LOCK_NAME "sync.lock"

typedef struct {
  int          version;
  const char  *sql;
} FdMigration;

const FdMigration *_fd_store_get_migrations (guint *n_migrations);

/* Runs migrations up to @target_version (tests use it to build old
 * databases). Each migration runs in its own transaction. */
gboolean      _fd_store_migrate           (sqlite3     *db,
                                           int          target_version,
                                           GError     **error);

/* A cached prepared statement, reset and with bindings cleared. */
sqlite3_stmt *_fd_store_prepare           (FdStore     *self,
                                           const char  *sql,
                                           GError     **error);

/* Sets @error from the connection's last error, in words a person can act
 * on (a full disk, a lock, a damaged file). Returns FALSE. */
gboolean      _fd_store_set_error         (sqlite3     *db,
                                           int          rc,
                                           GError     **error);

/* Indexes the messages inserted in this transaction for search. Done by
 * the outermost commit; call it before touching the full-text index in
 * any other way (a 'delete' of a row not yet indexed would damage it). */
gboolean      _fd_store_flush_fts         (FdStore     *self,
                                           GError     **error);

/* Caches kept above the store over what it holds (the repeat detector's
 * index of recent posts, fd-repeats-index.c), one per @funcs, owned by
 * the store once set: it calls @reset whenever what they read may no
 * longer hold (another connection has written; a transaction or a
 * message was rolled back; conversations were merged), and @free when
 * it closes. */
typedef struct {
  void (*reset) (gpointer cache);
  void (*free)  (gpointer cache);
} FdStoreCacheFuncs;

gpointer      _fd_store_get_cache         (FdStore                 *self,
                                           const FdStoreCacheFuncs *funcs);
void          _fd_store_set_cache         (FdStore                 *self,
                                           const FdStoreCacheFuncs *funcs,
                                           gpointer                 cache);
void          _fd_store_reset_caches      (FdStore                 *self);

/* Writing one message, for the ingest pipeline (fd-ingest.c), which runs
 * language detection, customers and repeats between and after these
 * steps. Between _fd_store_message_begin() and _fd_store_message_end()
 * a savepoint holds the message's rows, inside the caller's transaction
 * (or one of its own): ending with @ok FALSE undoes this message only,
 * and returns FALSE. */
typedef struct {
  gint64  identity_id;
  gint64  customer_id;       /* 0: none (ours, written to no one) */
  gint64  conversation_id;
  gint64  sort_key;
  gint64  message_id;
} FdStoreMessageRows;

/* Begins a transaction for a batch of many messages (an import), in
 * which messages are written without a savepoint of their own: a message
 * that fails is not undone alone, and then _fd_store_batch_failed() is
 * TRUE and the caller must roll the batch back (fd_store_rollback()),
 * e.g. to write it again one message at a time; committing it fails.
 * Inside a transaction already open, the same as fd_store_begin(). */
gboolean      _fd_store_begin_batch       (FdStore                *self,
                                           GError                **error);
gboolean      _fd_store_batch_failed      (FdStore                *self);

/* The id of the message @channel/@remote_id: 0 when there is none, -1 on
 * error. */
gint64        _fd_store_find_message      (FdStore                *self,
                                           const char             *channel,
                                           const char             *remote_id,
                                           GError                **error);
gboolean      _fd_store_message_begin     (FdStore                *self,
                                           GError                **error);
gboolean      _fd_store_message_end       (FdStore                *self,
                                           gboolean                ok,
                                           GError                **error);
/* The author's identity and the customer (for our messages, the
 * recipient's), made when new: sets @rows->identity_id and customer_id. */
gboolean      _fd_store_write_identities  (FdStore                *self,
                                           const FdParsedMessage  *msg,
                                           FdStoreMessageRows     *rows,
                                           GError                **error);
/* The conversation (found or made), the message with @lang, its
 * attachments; a reply of ours that went out (not msg->unsent) marks
 * earlier incoming messages of its conversation answered. Sets the rest
 * of @rows. */
gboolean      _fd_store_write_message     (FdStore                *self,
                                           const FdParsedMessage  *msg,
                                           const char             *lang,
                                           FdStoreMessageRows     *rows,
                                           GError                **error);

/* Marks the current transaction as having written, so that committing it
 * emits FdStore::changed. */
void          _fd_store_mark_written      (FdStore     *self);

/* Email threading (fd-store-thread.c): @msg's parents, oldest first,
 * the parent last (strings owned by @msg); and the conversation of @msg,
 * made or merged as its ids require. */
GPtrArray    *_fd_store_thread_parents    (const FdParsedMessage  *msg);
gint64        _fd_store_thread_email      (FdStore                *self,
                                           const FdParsedMessage  *msg,
                                           gint64                  customer_id,
                                           gboolean               *out_merged,
                                           GError                **error);
/* Call when a sent message gets the server's id instead of ours. */
gboolean      _fd_store_thread_renamed    (FdStore                *self,
                                           gint64                  message_id,
                                           GError                **error);
/* Answers in the thread @thread_id of @channel (a direct conversation a
 * private reply went to) belong to @conversation_id from now on: a
 * conversation named @thread_id is merged into it, and messages that
 * name the thread later go to it. In the caller's transaction. */
gboolean      _fd_store_thread_join       (FdStore                *self,
                                           gint64                  conversation_id,
                                           const char             *channel,
                                           const char             *thread_id,
                                           GError                **error);

/* The text dictionaries of one connection (fd-store-text.c): those it
 * has read from text_dictionaries, the one new texts are compressed
 * with, and the texts a new one is trained on. Thread-safe. */
typedef struct _FdTextDicts FdTextDicts;

FdTextDicts  *_fd_text_dicts_new          (void);
void          _fd_text_dicts_free         (FdTextDicts *dicts);
/* Reads the newest dictionary of text_dictionaries as the one to
 * compress with (a profile of an older format has the table once
 * migrated). */
gboolean      _fd_text_dicts_load         (FdTextDicts *dicts,
                                           sqlite3     *db,
                                           GError     **error);
/* Called by the outermost commit before it commits: once enough texts
 * were stored without a dictionary, trains one and writes it in the
 * transaction. _fd_text_dicts_committed() makes it the one to compress
 * with; _fd_text_dicts_rolled_back() forgets it. */
gboolean      _fd_text_dicts_write_pending (FdTextDicts *dicts,
                                            sqlite3     *db,
                                            GError     **error);
void          _fd_text_dicts_committed    (FdTextDicts *dicts);
void          _fd_text_dicts_rolled_back  (FdTextDicts *dicts);
FdTextDicts  *_fd_store_get_text_dicts    (FdStore     *self);

/* Stored text and HTML (fd-store-text.c): the SQL functions that read
 * them, registered by fd_store_open() on every connection. @dicts (may
 * be NULL: texts compressed with a dictionary then read as damaged) must
 * outlive @db. */
gboolean      _fd_store_register_functions (sqlite3     *db,
                                            FdTextDicts *dicts,
                                            GError     **error);

/* The values to store for @msg's text and HTML, new references: what
 * _fd_store_precompute() made if it ran (and with the dictionary @dicts
 * compresses with now), else compressed now. NULL: store the plain TEXT.
 * Also keeps @msg's text to train a dictionary on, while there is none. */
void          _fd_store_stored_values     (FdTextDicts            *dicts,
                                           const FdParsedMessage  *msg,
                                           GBytes                **text,
                                           GBytes                **html);

/* Compresses @msg's text and HTML for storage; importers call it on their
 * parse threads so that the writer does not. @dicts: the store's, or
 * NULL to compress the text without a dictionary. */
void          _fd_store_precompute        (FdTextDicts     *dicts,
                                           FdParsedMessage *msg);

/* The words of @text as the full-text index splits them: runs of letters
 * and digits (with their marks). @fold also folds them as the index does:
 * lower case, diacritics removed. (element-type utf8) */
GPtrArray    *_fd_store_split_words       (const char  *text,
                                           gssize       len,
                                           gboolean     fold);

/* @text as the full-text index reads it (fd_index_text() in SQL): without
 * blocks of quoted lines. */
char         *_fd_store_index_text        (const char  *text);

/* A person's name as names are compared (identities.name_key): lower
 * case, no accents, words of letters and digits separated by single
 * spaces. "" for NULL. */
char         *_fd_store_fold_name         (const char  *name);

/* The profile lock (fd-store-health.c), a flock() on profile.lock that
 * the kernel releases if the process dies. */
typedef struct {
  int       fd;             /* -1 when not held */
  gboolean  exclusive;
} FdProfileLock;

#define FD_PROFILE_LOCK_INIT { -1, FALSE }

/* Alone when no other store has the profile open (then @lock->exclusive),
 * else shared, waiting while another process holds it alone. */
gboolean      _fd_profile_lock_acquire    (FdProfileLock  *lock,
                                           const char     *data_dir,
                                           GError        **error);
/* Alone or not at all: FD_STORE_ERROR_BUSY while any store is open. */
gboolean      _fd_profile_lock_acquire_alone (FdProfileLock  *lock,
                                              const char     *data_dir,
                                              GError        **error);
void          _fd_profile_lock_share      (FdProfileLock  *lock);
/* TRUE when no other store has the profile open. Only when closing: a
 * failure drops the lock. */
gboolean      _fd_profile_lock_try_last   (FdProfileLock  *lock);
void          _fd_profile_lock_release    (FdProfileLock  *lock);

typedef enum {
  FD_STORE_HEALTH_UNKNOWN,  /* check it */
  FD_STORE_HEALTH_CLEAN,    /* closed cleanly and not touched since */
  FD_STORE_HEALTH_DAMAGED,  /* found damaged and not touched since */
} FdStoreHealth;

FdStoreHealth _fd_store_read_health       (const char  *db_path,
                                           char       **out_problem);
/* The last store closed the database cleanly. */
void          _fd_store_mark_closed       (const char  *db_path);
/* The database is in use: the next open after a crash checks it. */
void          _fd_store_mark_open         (const char  *db_path);
/* The result of a check, or damage SQLite reported. */
void          _fd_store_mark_checked      (const char  *db_path,
                                           gboolean     damaged,
                                           const char  *problem);
/* The database was replaced (a restore). */
void          _fd_store_forget_health     (const char  *db_path);
/* PRAGMA quick_check: TRUE when it finds nothing wrong, else what it
 * found in @out_problem. */
gboolean      _fd_store_quick_check       (sqlite3     *db,
                                           char       **out_problem);
/* FD_STORE_ERROR_CORRUPT with the sentence that names the file and says
 * how to restore a backup. */
void          _fd_store_set_damaged_error (GError     **error,
                                           const char  *db_path,
                                           const char  *problem);

/* Backups (fd-backup.c): a copy in backups/ before migrating @db from
 * @version. */
gboolean      _fd_backup_before_upgrade   (sqlite3     *db,
                                           const char  *data_dir,
                                           int          version,
                                           GError     **error);

G_END_DECLS
