/* sync-test-util.h: helpers shared by the outbox and sync engine tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "fault-server.h"
#include "fd-account.h"
#include "fd-ingest.h"
#include "fd-outbox.h"
#include "fd-provider.h"
#include "fd-store.h"
#include "fd-loopback-provider.h"

G_BEGIN_DECLS

static inline FdAccount *
sync_test_add_account (FdStore     *store,
                       FaultServer *server,
                       guint        timeout_ms)
{
  g_autoptr(GError) error = NULL;
  FdAccount *account = fd_account_new ("loopback", "Test", fault_server_get_url (server));

  fd_account_set_setting_int (account, "timeout-ms", timeout_ms);
  fd_account_save (account, store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd_account_get_id (account), >, 0);

  return account;
}

static inline FdProvider *
sync_test_provider_new (FdAccount *account)
{
  return FD_PROVIDER (fd_loopback_provider_new (account));
}

static inline gint64
sync_test_query_int (FdStore    *store,
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

/* Fetches everything from the server through @provider, retrying the
 * injected faults, and stores it for @account as the sync manager would. */
static inline void
sync_test_fetch_all (FdStore    *store,
                     FdAccount  *account,
                     FdProvider *provider,
                     char      **cursor)
{
  gboolean more = TRUE;

  for (guint tries = 0; more && tries < 500; tries++)
    {
      g_autoptr(GPtrArray) messages = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *next = NULL;

      messages = fd_provider_fetch_new (provider, *cursor, &next, &more, NULL, &error);
      if (messages == NULL)
        {
          g_assert_true (error->domain == FD_PROVIDER_ERROR);
          more = TRUE;
          continue;
        }

      for (guint i = 0; i < messages->len; i++)
        {
          gint64 id = 0;
          g_autofree char *sql = NULL;

          if (fd_ingest_message (store, g_ptr_array_index (messages, i), &id, &error) == FD_INSERT_ADDED)
            {
              sql = g_strdup_printf ("UPDATE messages SET account_id = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT ";"
                                     "UPDATE conversations SET account_id = %" G_GINT64_FORMAT
                                     " WHERE id = (SELECT conversation_id FROM messages WHERE id = %" G_GINT64_FORMAT ")",
                                     fd_account_get_id (account), id, fd_account_get_id (account), id);
              g_assert_cmpint (sqlite3_exec (fd_store_get_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
            }
          g_assert_no_error (error);
        }

      g_free (*cursor);
      *cursor = g_steal_pointer (&next);
    }

  g_assert_false (more);
}

/* Every outbox entry is sent, and arrived exactly once: the server holds
 * one reply per idempotency key, and our message carries its id. */
static inline guint
sync_test_check_replies (FdStore     *store,
                         FaultServer *server)
{
  g_autoptr(FdOutbox) outbox = fd_outbox_new (store);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) replies = fault_server_dup_replies (server);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  guint n_replies = 0;

  for (guint i = 0; i < replies->len; i++)
    {
      FaultReply *reply = g_ptr_array_index (replies, i);

      /* The server keeps one per key: a second would mean a new key. */
      g_assert_false (g_hash_table_contains (by_key, reply->key));
      g_hash_table_insert (by_key, reply->key, reply);
    }

  entries = fd_outbox_list (outbox, 0, TRUE, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < entries->len; i++)
    {
      FdOutboxEntry *entry = g_ptr_array_index (entries, i);
      FaultReply *reply;
      g_autofree char *expected_id = NULL;

      g_assert_cmpstr (fd_outbox_state_to_string (entry->state), ==, "sent");
      if (!fd_outbox_entry_is_reply (entry))
        continue;

      reply = g_hash_table_lookup (by_key, entry->idempotency_key);
      g_assert_nonnull (reply);
      g_assert_cmpstr (reply->text, ==, entry->text);
      /* Not even a repeat the server had to recognise. */
      g_assert_cmpuint (reply->n_posts, ==, 1);
      expected_id = g_strdup_printf ("r%u", reply->id);
      g_assert_cmpstr (entry->message_remote_id, ==, expected_id);
      n_replies++;
    }

  g_assert_cmpuint (n_replies, ==, replies->len);
  return n_replies;
}

G_END_DECLS
