/* fd-store.h: the local SQLite store, single source of truth.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "fd-types.h"
#include "fd-filter.h"
#include "fd-message.h"
#include "fd-parsed-message.h"

G_BEGIN_DECLS

#define FD_TYPE_STORE (fd_store_get_type ())
#define FD_STORE_ERROR (fd_store_error_quark ())

G_DECLARE_FINAL_TYPE (FdStore, fd_store, FD, STORE, GObject)

typedef enum {
  FD_STORE_ERROR_FAILED,
  FD_STORE_ERROR_TOO_NEW,     /* written by a newer Frontdesk: refused, untouched */
  FD_STORE_ERROR_CORRUPT,     /* not a Frontdesk database, or damaged */
  FD_STORE_ERROR_NOT_FOUND,
  FD_STORE_ERROR_FULL,        /* the disk is full */
  FD_STORE_ERROR_BUSY,        /* another process holds a lock for too long */
  FD_STORE_ERROR_OTHER_PROFILE, /* a backup of another profile (fd-backup.h) */
  FD_STORE_ERROR_IO,          /* the data folder cannot be written: permissions, a read-only or failing disk */
} FdStoreError;

/* What storing a message did (fd_ingest_message()). */
typedef enum {
  FD_INSERT_ADDED,
  FD_INSERT_DUPLICATE,        /* (channel, remote_id) already there: nothing changed */
  FD_INSERT_ERROR,
} FdInsertResult;

/* The newest schema this build knows. */
#define FD_STORE_SCHEMA_VERSION 25

GQuark          fd_store_error_quark      (void);

/* $FRONTDESK_DATA_DIR, else $XDG_DATA_HOME/frontdesk. */
char           *fd_store_default_data_dir (void);

/* Opens (creating if needed) the profile in @data_dir and runs pending
 * migrations, each in one transaction, after a copy into backups/
 * (fd-backup.h). The folder is made private (mode 0700, its database
 * files 0600) whether new or not. A database that was not closed cleanly
 * is checked first (PRAGMA quick_check); a damaged one fails with
 * FD_STORE_ERROR_CORRUPT, a sentence that says how to restore a backup,
 * and is never written to. */
FdStore        *fd_store_open             (const char     *data_dir,
                                           GError        **error);
const char     *fd_store_get_data_dir     (FdStore        *self);
/* A random id made once for the profile (32 hex digits): what tells its
 * secrets in the keyring apart from another profile's (fd-secrets.h). A
 * copy of the folder shares it. */
const char     *fd_store_get_profile_id   (FdStore        *self);
int             fd_store_get_schema_version (FdStore      *self);

/* Transactions: nested calls are counted; only the outermost commits. */
gboolean        fd_store_begin            (FdStore        *self,
                                           GError        **error);
gboolean        fd_store_commit           (FdStore        *self,
                                           GError        **error);
void            fd_store_rollback         (FdStore        *self);

gboolean        fd_store_set_message_state (FdStore       *self,
                                            gint64         id,
                                            FdMessageState state,
                                            GError       **error);

FdMessage      *fd_store_get_message      (FdStore        *self,
                                           gint64          id,
                                           GError        **error);

/* Keyset paging: messages matching @filter after @after_key (a sort key
 * from fd_message_get_sort_key(), 0 for the first page), at most @limit.
 * Listed messages carry no HTML: fd_store_get_message() has it.
 * (element-type FdMessage) */
GPtrArray      *fd_store_list             (FdStore        *self,
                                           const FdFilter *filter,
                                           gint64          after_key,
                                           guint           limit,
                                           GError        **error);

/* The sort keys of every message matching @filter, in order: what a list
 * model needs to know its length and fetch rows lazily. */
GArray         *fd_store_list_keys        (FdStore        *self,
                                           const FdFilter *filter,
                                           GError        **error);

/* Rows for @n_keys sort keys in one query, in the order given; a key
 * that no longer exists gives no row. Without HTML, as fd_store_list().
 * (element-type FdMessage) */
GPtrArray      *fd_store_get_by_keys      (FdStore        *self,
                                           const gint64   *keys,
                                           guint           n_keys,
                                           GError        **error);

guint           fd_store_count            (FdStore        *self,
                                           const FdFilter *filter,
                                           GError        **error);

/* Every message of a conversation, oldest first. (element-type FdMessage) */
GPtrArray      *fd_store_get_conversation (FdStore        *self,
                                           gint64          conversation_id,
                                           GError        **error);

/* Other conversations of the same customer (any channel), newest first:
 * the newest message of each. (element-type FdMessage) */
GPtrArray      *fd_store_get_customer_conversations (FdStore  *self,
                                                     gint64    customer_id,
                                                     gint64    except_conversation_id,
                                                     GError  **error);

/* Attachments of a message: (element-type FdParsedAttachment) */
GPtrArray      *fd_store_get_attachments  (FdStore        *self,
                                           gint64          message_id,
                                           GError        **error);

/* Counts per channel for the sidebar: keys are channel names, values
 * GUINT_TO_POINTER(count) of unarchived messages. */
GHashTable     *fd_store_count_by_channel (FdStore        *self,
                                           GError        **error);

/* Data version of the database: changes whenever any connection, in this
 * process or another, commits. Used to notice writes by other processes. */
gint64          fd_store_get_data_version (FdStore        *self);

/* Emitted on the thread that committed (call fd_store_check_changed() from
 * the main loop to notice other processes). */
void            fd_store_check_changed    (FdStore        *self);

/* Drafts survive a crash: one per conversation. */
gboolean        fd_store_save_draft       (FdStore        *self,
                                           gint64          conversation_id,
                                           const char     *text,
                                           GError        **error);
char           *fd_store_get_draft        (FdStore        *self,
                                           gint64          conversation_id,
                                           GError        **error);

/* Raw access for the core's own modules (import, export, sync). */
struct sqlite3 *fd_store_get_db           (FdStore        *self);

/* How many stores this process has open, on any thread: a program that
 * quits waits for work in threads to close theirs, so that the profile
 * is closed cleanly (no check of the whole file at the next start). */
guint           fd_store_count_live       (void);

G_END_DECLS
