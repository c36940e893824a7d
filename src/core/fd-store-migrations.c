/* fd-store-migrations.c: the schema, one step per version.
 *
 * Never edit a released step: add a new one. Each step runs in one
 * transaction together with the user_version bump, so a crash leaves the
 * database at the step before or the step after, never in between.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-store-private.h"

static const FdMigration migrations[] = {
  { 1,
    "CREATE TABLE accounts ("
    "  id INTEGER PRIMARY KEY,"
    "  channel TEXT NOT NULL,"
    "  name TEXT NOT NULL,"
    "  address TEXT,"
    "  settings TEXT NOT NULL DEFAULT '{}',"  /* never secrets: those live in the keyring */
    "  created_at INTEGER NOT NULL"
    ");"
    "CREATE TABLE customers ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT,"
    "  lang TEXT,"
    "  created_at INTEGER NOT NULL"
    ");"
    /* A handle on one channel. customer_id is NULL for the business's own
     * identities (the author of outgoing messages). */
    "CREATE TABLE identities ("
    "  id INTEGER PRIMARY KEY,"
    "  customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,"
    "  channel TEXT NOT NULL,"
    "  handle TEXT NOT NULL,"
    "  name TEXT,"
    "  UNIQUE (channel, handle)"
    ");"
    "CREATE INDEX identities_customer ON identities(customer_id);"
    "CREATE TABLE conversations ("
    "  id INTEGER PRIMARY KEY,"
    "  channel TEXT NOT NULL,"
    "  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,"
    "  remote_id TEXT NOT NULL,"
    "  kind TEXT NOT NULL DEFAULT 'thread',"
    "  subject TEXT,"
    "  customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,"
    "  last_at INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (channel, remote_id)"
    ");"
    "CREATE INDEX conversations_customer ON conversations(customer_id, last_at);"
    /* sort_key = created_at << 20 | n: time order with a tie-breaker, the
     * keyset for paging and the rowid of the full-text index. */
    "CREATE TABLE messages ("
    "  id INTEGER PRIMARY KEY,"
    "  sort_key INTEGER NOT NULL UNIQUE,"
    "  conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
    "  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,"
    "  channel TEXT NOT NULL,"
    "  remote_id TEXT NOT NULL,"
    "  identity_id INTEGER REFERENCES identities(id),"
    "  direction INTEGER NOT NULL DEFAULT 0,"
    "  state INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL,"
    "  subject TEXT,"
    "  text TEXT NOT NULL DEFAULT '',"
    "  html TEXT,"
    "  lang TEXT,"
    "  url TEXT,"
    "  in_reply_to TEXT,"
    "  recipient TEXT,"
    "  truncated INTEGER NOT NULL DEFAULT 0,"
    "  repeat_count INTEGER NOT NULL DEFAULT 0,"
    "  n_attachments INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (channel, remote_id)"
    ");"
    "CREATE INDEX messages_conversation ON messages(conversation_id, sort_key);"
    "CREATE INDEX messages_identity ON messages(identity_id, sort_key);"
    "CREATE INDEX messages_channel ON messages(channel, state);"
    "CREATE INDEX messages_unanswered ON messages(sort_key) WHERE direction = 0 AND state < 2;"
    "CREATE TABLE attachments ("
    "  id INTEGER PRIMARY KEY,"
    "  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
    "  filename TEXT NOT NULL,"
    "  content_type TEXT,"
    "  size INTEGER NOT NULL DEFAULT 0,"
    "  path TEXT"
    ");"
    "CREATE INDEX attachments_message ON attachments(message_id);"
    "CREATE TABLE sync_cursors ("
    "  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    "  key TEXT NOT NULL,"
    "  value TEXT NOT NULL,"
    "  updated_at INTEGER NOT NULL,"
    "  PRIMARY KEY (account_id, key)"
    ");"
    "CREATE TABLE outbox ("
    "  id INTEGER PRIMARY KEY,"
    "  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,"
    "  conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
    "  message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,"
    "  action TEXT NOT NULL,"
    "  payload TEXT NOT NULL DEFAULT '{}',"
    "  idempotency_key TEXT NOT NULL UNIQUE,"
    "  state INTEGER NOT NULL DEFAULT 0,"
    "  attempts INTEGER NOT NULL DEFAULT 0,"
    "  error TEXT,"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL"
    ");"
    "CREATE INDEX outbox_message ON outbox(message_id);"
    "CREATE INDEX outbox_state ON outbox(state, conversation_id, id);"
    /* The full-text index reads its content from this view, so text is
     * stored once. Diacritics are folded: llego finds llegó. */
    "CREATE VIEW messages_fts_source AS"
    "  SELECT m.sort_key AS sort_key, m.subject AS subject, m.text AS text,"
    "         coalesce(i.handle, '') || ' ' || coalesce(i.name, '') AS author"
    "  FROM messages m LEFT JOIN identities i ON i.id = m.identity_id;"
    "CREATE VIRTUAL TABLE messages_fts USING fts5("
    "  subject, text, author,"
    "  content = 'messages_fts_source', content_rowid = 'sort_key',"
    "  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3',"
    "  detail = 'full'"
    ");"
  },
  { 2,
    /* Drafts survive a crash or a closed window. */
    "CREATE TABLE drafts ("
    "  conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,"
    "  text TEXT NOT NULL,"
    "  updated_at INTEGER NOT NULL"
    ");"
  },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == FD_STORE_SCHEMA_VERSION);

const FdMigration *
_fd_store_get_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

static int
get_user_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return version;
}

gboolean
_fd_store_migrate (sqlite3  *db,
                   int       target_version,
                   GError  **error)
{
  int current = get_user_version (db);

  if (current < 0)
    return _fd_store_set_error (db, sqlite3_errcode (db), error);

  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      const FdMigration *m = &migrations[i];
      g_autofree char *bump = NULL;
      int rc;

      if (m->version <= current || m->version > target_version)
        continue;

      g_debug ("Migrating store to version %d", m->version);

      if ((rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) != SQLITE_OK)
        return _fd_store_set_error (db, rc, error);

      bump = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                              m->version, FD_STORE_APPLICATION_ID);

      if ((rc = sqlite3_exec (db, m->sql, NULL, NULL, NULL)) != SQLITE_OK ||
          (rc = sqlite3_exec (db, bump, NULL, NULL, NULL)) != SQLITE_OK)
        {
          g_autoptr(GError) local_error = NULL;

          _fd_store_set_error (db, rc, &local_error);
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          g_set_error (error, FD_STORE_ERROR, local_error->code,
                       _("Could not upgrade the message store to version %d: %s"),
                       m->version, local_error->message);
          return FALSE;
        }

      if ((rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL)) != SQLITE_OK)
        {
          _fd_store_set_error (db, rc, error);
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  return TRUE;
}
