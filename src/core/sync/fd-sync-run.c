/* fd-sync-run.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-ingest.h"
#include "fd-account-private.h"
#include "fd-attachment-store.h"
#include "fd-channel.h"
#include "fd-language-private.h"
#include "fd-listening-private.h"
#include "fd-outbox.h"
#include "fd-repeats-private.h"
#include "fd-store-private.h"
#include "fd-sync-run.h"
#include "fd-untrusted.h"

#define MAX_PAGES_PER_RUN         200
#define MAX_HISTORY_PAGES_PER_RUN 5

struct _FdSyncRun
{
  FdAccount  *account;
  FdProvider *provider;
  char       *data_dir;

  /* Opened by the first run, on its thread. */
  FdStore    *store;
  FdOutbox   *outbox;
  gboolean    authenticated;
};

/* Cursors */

char *
fd_sync_run_read_cursor (FdStore     *store,
                         gint64       account_id,
                         const char  *key,
                         GError     **error)
{
  sqlite3_stmt *stmt;
  char *value = NULL;
  int rc;

  if (!(stmt = _fd_store_prepare (store, "SELECT value FROM sync_cursors WHERE account_id = ? AND key = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    _fd_store_set_error (fd_store_get_db (store), rc, error);
  sqlite3_reset (stmt);

  return value;
}

static gboolean
write_cursor (FdStore     *store,
              gint64       account_id,
              const char  *key,
              const char  *value,
              GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _fd_store_prepare (store,
                                  "INSERT INTO sync_cursors (account_id, key, value, updated_at) VALUES (?, ?, ?, ?)"
                                  " ON CONFLICT (account_id, key) DO UPDATE SET value = excluded.value,"
                                  " updated_at = excluded.updated_at", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, g_get_real_time () / G_USEC_PER_SEC);

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

/* Writing */

/* A state reported by the server only moves forward (unread < read <
 * answered < archived), like a state on import. */
static gboolean
advance_state (FdStore                *store,
               const FdParsedMessage  *msg,
               GError                **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _fd_store_prepare (store,
                                  "UPDATE messages SET state = ?1 WHERE channel = ?2 AND remote_id = ?3"
                                  " AND state < ?1", error)))
    return FALSE;
  sqlite3_bind_int (stmt, 1, msg->state);
  sqlite3_bind_text (stmt, 2, msg->channel, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, msg->remote_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

/* Files a provider fetched go to the attachment store before their
 * message is stored: content-named, so a page stored twice keeps each
 * once. A file that cannot be kept leaves its name and size. */
static void
keep_attachments (FdStore         *store,
                  FdParsedMessage *msg)
{
  for (guint i = 0; msg->attachments != NULL && i < msg->attachments->len; i++)
    {
      FdParsedAttachment *att = g_ptr_array_index (msg->attachments, i);
      g_autoptr(GError) error = NULL;

      if (att->content == NULL || att->path != NULL)
        continue;
      if ((att->path = fd_attachment_store_add_bytes (store, att->content, &error)) != NULL)
        att->size = (gint64) g_bytes_get_size (att->content);
      else
        g_warning ("An attachment was not kept: %s", error->message);
      g_clear_pointer (&att->content, g_bytes_unref);
    }
}

/* One page: every message and the new cursor in one transaction, so a
 * crash never skips or repeats a page. */
static gboolean
store_page (FdStore     *store,
            gint64       account_id,
            GPtrArray   *messages,
            const char  *cursor_key,
            const char  *cursor,
            guint       *n_new,
            GError     **error)
{
  if (!fd_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < messages->len; i++)
    {
      FdParsedMessage *msg = g_ptr_array_index (messages, i);
      g_autoptr(GError) local_error = NULL;
      gint64 id = 0;

      if (msg->state_only)
        {
          if (msg->deleted_at > 0)
            {
              if (!fd_ingest_mark_deleted (store, msg, error))
                goto fail;
            }
          else if (msg->channel != NULL && msg->remote_id != NULL && !advance_state (store, msg, error))
            goto fail;
          continue;
        }

      msg->account_id = account_id;
      keep_attachments (store, msg);
      switch (fd_ingest_run_message (store, msg, &id, &local_error))
        {
        case FD_INGEST_ADDED:
          (*n_new)++;
          break;

        case FD_INGEST_DUPLICATE:
          break;

        case FD_INGEST_SKIPPED:
          {
            g_autofree char *shown = fd_untrusted_to_single_line (msg->remote_id);

            g_warning ("Skipped message %s: %s", shown, local_error->message);
            break;
          }

        case FD_INGEST_STOP:
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto fail;

        default:
          g_assert_not_reached ();
        }
    }

  if (cursor != NULL && !write_cursor (store, account_id, cursor_key, cursor, error))
    goto fail;

  _fd_store_mark_written (store);
  if (!fd_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  fd_store_rollback (store);
  return FALSE;
}

/* Fetching */

/* One page fetched on its own thread, so that the next page comes over
 * the network (and is parsed and scored) while this one is written. */
typedef struct {
  FdProvider   *provider;
  char         *cursor;
  GCancellable *cancellable;
  GPtrArray    *messages;
  char         *next;
  gboolean      more;
  GError       *error;
} PageFetch;

static void
page_fetch_free (PageFetch *fetch)
{
  g_clear_object (&fetch->provider);
  g_free (fetch->cursor);
  g_clear_object (&fetch->cancellable);
  g_clear_pointer (&fetch->messages, g_ptr_array_unref);
  g_free (fetch->next);
  g_clear_error (&fetch->error);
  g_free (fetch);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PageFetch, page_fetch_free)

static gpointer
page_fetch_thread (gpointer data)
{
  PageFetch *fetch = data;

  fetch->more = FALSE;
  fetch->messages = fd_provider_fetch_new (fetch->provider, fetch->cursor, &fetch->next,
                                           &fetch->more, fetch->cancellable, &fetch->error);

  /* The expensive, store-free half of language detection and the repeat
   * signatures: done here, off the writer's path. */
  for (guint i = 0; fetch->messages != NULL && i < fetch->messages->len; i++)
    {
      FdParsedMessage *msg = g_ptr_array_index (fetch->messages, i);

      fd_ingest_precompute (msg);
    }

  return fetch;
}

static GThread *
start_page_fetch (FdSyncRun    *run,
                  const char   *cursor,
                  GCancellable *cancellable)
{
  PageFetch *fetch = g_new0 (PageFetch, 1);

  fetch->provider = g_object_ref (run->provider);
  fetch->cursor = g_strdup (cursor);
  fetch->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;

  return g_thread_new ("fetch-page", page_fetch_thread, fetch);
}

static gboolean
fetch_new (FdSyncRun        *run,
           gint64            account_id,
           FdSyncRunResult  *result,
           GCancellable     *cancellable,
           GError          **error)
{
  g_autofree char *cursor = NULL;
  GError *local_error = NULL;
  GThread *ahead;
  gboolean confirms = fd_channel_has (fd_account_get_channel (run->account), FD_CHANNEL_CURSOR_CONFIRMS);

  cursor = fd_sync_run_read_cursor (run->store, account_id, "new", &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  ahead = start_page_fetch (run, cursor, cancellable);

  for (guint page = 0; ahead != NULL; page++)
    {
      g_autoptr(PageFetch) fetch = g_thread_join (ahead);

      ahead = NULL;
      if (fetch->messages == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&fetch->error));
          return FALSE;
        }

      if (fetch->next != NULL)
        {
          g_free (cursor);
          cursor = g_strdup (fetch->next);
        }

      /* Ask for the next page before writing this one. A crash or an
       * error in between only means that page is fetched again; but where
       * asking from the new cursor makes the server forget this page, it
       * is stored first. */
      if (fetch->more && page + 1 < MAX_PAGES_PER_RUN && !confirms)
        ahead = start_page_fetch (run, cursor, cancellable);

      if (!store_page (run->store, account_id, fetch->messages, "new", fetch->next,
                       &result->n_new, error))
        {
          if (ahead != NULL)
            page_fetch_free (g_thread_join (ahead));
          return FALSE;
        }

      if (fetch->more && page + 1 < MAX_PAGES_PER_RUN && confirms)
        ahead = start_page_fetch (run, cursor, cancellable);
    }

  return TRUE;
}

static gboolean
fetch_history (FdSyncRun        *run,
               gint64            account_id,
               FdSyncRunResult  *result,
               GCancellable     *cancellable,
               GError          **error)
{
  g_autofree char *done_flag = NULL;
  g_autofree char *cursor = NULL;
  GError *local_error = NULL;
  gint64 days = fd_account_get_setting_int (run->account, "history-days", FD_PROVIDER_DEFAULT_HISTORY_DAYS);
  gint64 not_before = g_get_real_time () / G_USEC_PER_SEC - days * 24 * 60 * 60;

  done_flag = fd_sync_run_read_cursor (run->store, account_id, "history-done", &local_error);
  if (local_error == NULL && done_flag == NULL)
    cursor = fd_sync_run_read_cursor (run->store, account_id, "history", &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (done_flag != NULL)
    return TRUE;

  for (guint page = 0; page < MAX_HISTORY_PAGES_PER_RUN; page++)
    {
      g_autoptr(GPtrArray) messages = NULL;
      g_autofree char *next = NULL;
      gboolean done = FALSE;

      if (!(messages = fd_provider_fetch_history (run->provider, cursor, not_before, &next, &done,
                                                  cancellable, error)))
        return FALSE;

      if (done)
        {
          /* The last page and the flag together. */
          if (!fd_store_begin (run->store, error))
            return FALSE;
          if (!store_page (run->store, account_id, messages, "history", next, &result->n_new, error) ||
              !write_cursor (run->store, account_id, "history-done", "1", error) ||
              !fd_store_commit (run->store, error))
            {
              fd_store_rollback (run->store);
              return FALSE;
            }
          return TRUE;
        }

      if (!store_page (run->store, account_id, messages, "history", next, &result->n_new, error))
        return FALSE;

      g_free (cursor);
      cursor = g_steal_pointer (&next);
    }

  return TRUE;
}

/* Listening never holds up the inbox: its errors wait for the next run. */
static void
fetch_listening (FdSyncRun    *run,
                 gint64        account_id,
                 GCancellable *cancellable)
{
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GError) error = NULL;

  if (!fd_provider_can_listen (run->provider))
    return;

  if (!(terms = _fd_listening_load_terms (run->store, account_id, &error)))
    {
      g_debug ("Listening skipped: %s", error->message);
      return;
    }

  for (guint i = 0; i < terms->len; i++)
    {
      FdListeningTerm *term = g_ptr_array_index (terms, i);
      g_autoptr(GPtrArray) posts = NULL;
      g_autofree char *next = NULL;

      if (!(posts = fd_provider_fetch_listening (run->provider, term->kind, term->term, term->cursor, &next,
                                                 cancellable, &error)) ||
          !_fd_listening_store_posts (run->store, account_id, term->id, posts, next, &error))
        {
          g_debug ("Listening for account %" G_GINT64_FORMAT " failed: %s", account_id, error->message);
          return;
        }
    }
}

/* The server's limits, for the composer: in the accounts table now, on
 * the account object when the run is back on the main thread. */
static void
remember_reply_limits (FdSyncRun       *run,
                       gint64           account_id,
                       FdSyncRunResult *result)
{
  const struct {
    const char *key;
    guint      *value;
  } limits[] = {
    { FD_ACCOUNT_SETTING_MAX_REPLY_CHARS, &result->max_reply_chars },
    { FD_ACCOUNT_SETTING_LINK_CHARS, &result->link_chars },
  };

  fd_provider_get_reply_limits (run->provider, &result->max_reply_chars, &result->link_chars);

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      g_autoptr(GError) error = NULL;

      if (*limits[i].value == 0 ||
          fd_account_get_setting_int (run->account, limits[i].key, -1) == (gint64) *limits[i].value)
        {
          *limits[i].value = 0;
          continue;
        }
      if (!_fd_account_store_setting_int (run->store, account_id, limits[i].key, *limits[i].value, &error))
        g_debug ("Could not keep the server limits of account %" G_GINT64_FORMAT ": %s", account_id, error->message);
    }
}

/* What the mail server said it takes, for the size warning on files
 * (fd_outbox_get_attachment_limit()). Known once it was asked to send. */
static void
remember_message_size (FdSyncRun *run,
                       gint64     account_id)
{
  g_autoptr(GError) error = NULL;
  guint64 size = fd_provider_get_max_message_size (run->provider);

  if (size == 0 || size > G_MAXINT64 ||
      fd_account_get_setting_int (run->account, FD_OUTBOX_SETTING_MAX_MESSAGE_SIZE, -1) == (gint64) size)
    return;
  if (!_fd_account_store_setting_int (run->store, account_id, FD_OUTBOX_SETTING_MAX_MESSAGE_SIZE, (gint64) size, &error))
    g_debug ("Could not keep the message size of account %" G_GINT64_FORMAT ": %s", account_id, error->message);
}

/* What the provider found that the person should know, though the
 * account syncs: in the accounts table now, on the account object when
 * the run is back on the main thread. */
static void
remember_notice (FdSyncRun       *run,
                 gint64           account_id,
                 FdSyncRunResult *result)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = fd_provider_dup_notice (run->provider);
  g_autofree char *known = fd_account_dup_setting_string (run->account, FD_ACCOUNT_SETTING_NOTICE);

  if (g_strcmp0 (notice, known) == 0)
    return;
  if (!_fd_account_store_setting_string (run->store, account_id, FD_ACCOUNT_SETTING_NOTICE, notice, &error))
    {
      g_debug ("Could not keep the notice of account %" G_GINT64_FORMAT ": %s", account_id, error->message);
      return;
    }
  result->notice_changed = TRUE;
  result->notice = g_steal_pointer (&notice);
}

static gboolean
run_account (FdSyncRun              *run,
             FdSyncRunProgressFunc   progress,
             gpointer                user_data,
             FdSyncRunResult        *result,
             GCancellable           *cancellable,
             GError                **error)
{
  gint64 account_id = fd_account_get_id (run->account);
  g_autofree char *now = NULL;
  guint n_sent = 0;
  gboolean ok;

  if (run->store == NULL)
    {
      if (!(run->store = fd_store_open (run->data_dir, error)))
        return FALSE;
      run->outbox = fd_outbox_new (run->store);
    }

  if (!run->authenticated)
    {
      if (!fd_provider_authenticate (run->provider, cancellable, error))
        return FALSE;
      run->authenticated = TRUE;
      remember_reply_limits (run, account_id, result);
    }
  if (progress != NULL)
    progress (0.1, user_data);

  /* Replies first: the customer is waiting for them. */
  if (!fd_outbox_adopt_orphans (run->outbox, account_id, fd_account_get_channel (run->account), error))
    return FALSE;
  ok = fd_outbox_process (run->outbox, run->provider, account_id, &n_sent, cancellable, error);
  result->n_sent = n_sent;
  remember_message_size (run, account_id);
  if (!ok)
    return FALSE;
  if (progress != NULL)
    progress (0.4, user_data);

  if (!fetch_new (run, account_id, result, cancellable, error))
    return FALSE;
  remember_notice (run, account_id, result);
  fetch_listening (run, account_id, cancellable);
  if (progress != NULL)
    progress (0.8, user_data);

  if (!fetch_history (run, account_id, result, cancellable, error))
    return FALSE;

  result->finished_at = g_get_real_time () / G_USEC_PER_SEC;
  now = g_strdup_printf ("%" G_GINT64_FORMAT, result->finished_at);
  return write_cursor (run->store, account_id, "last-synced", now, error);
}

/* Public API */

FdSyncRun *
fd_sync_run_new (FdAccount  *account,
                 FdProvider *provider,
                 const char *data_dir)
{
  FdSyncRun *run;

  g_return_val_if_fail (FD_IS_ACCOUNT (account), NULL);
  g_return_val_if_fail (FD_IS_PROVIDER (provider), NULL);

  run = g_new0 (FdSyncRun, 1);
  run->account = g_object_ref (account);
  run->provider = g_object_ref (provider);
  run->data_dir = g_strdup (data_dir);

  return run;
}

void
fd_sync_run_free (FdSyncRun *run)
{
  if (run == NULL)
    return;

  g_clear_object (&run->outbox);
  g_clear_object (&run->store);
  g_clear_object (&run->provider);
  g_clear_object (&run->account);
  g_free (run->data_dir);
  g_free (run);
}

FdSyncRunResult *
fd_sync_run_once (FdSyncRun             *run,
                  FdSyncRunProgressFunc  progress,
                  gpointer               user_data,
                  GCancellable          *cancellable)
{
  FdSyncRunResult *result = g_new0 (FdSyncRunResult, 1);

  g_return_val_if_fail (run != NULL, result);

  if (!run_account (run, progress, user_data, result, cancellable, &result->error))
    {
      /* AUTH may come from any request: sign in again next time. */
      if (g_error_matches (result->error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH))
        run->authenticated = FALSE;
    }

  result->outbox_waiting = run->outbox != NULL
                           ? fd_outbox_count_waiting (run->outbox, fd_account_get_id (run->account), NULL)
                           : -1;
  fd_provider_get_rate_limit (run->provider, &result->rate_remaining, &result->rate_reset);

  return result;
}

void
fd_sync_run_result_free (FdSyncRunResult *result)
{
  if (result == NULL)
    return;

  g_clear_error (&result->error);
  g_free (result->notice);
  g_free (result);
}
