/* fd-outbox.c
 *
 * Numbers that stand for enums (states, directions) are bound from the
 * enums, never written into the SQL. Replies are queued in
 * fd-outbox-reply.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "fd-channel.h"
#include "fd-json.h"
#include "fd-outbox-private.h"
#include "fd-reports-private.h"
#include "fd-sql.h"
#include "fd-store-private.h"

struct _FdOutbox
{
  GObject  parent_instance;

  FdStore *store;
};

G_DEFINE_FINAL_TYPE (FdOutbox, fd_outbox, G_TYPE_OBJECT)
G_DEFINE_QUARK (fd-outbox-error-quark, fd_outbox_error)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define ENTRY_SELECT \
  "SELECT o.id, o.account_id, o.conversation_id, o.message_id, o.action, o.payload," \
  " o.idempotency_key, o.state, o.attempts, o.error, o.created_at, o.updated_at," \
  " c.channel, c.remote_id, m.remote_id, m.subject," \
  " (SELECT max(i.created_at) FROM messages i WHERE i.conversation_id = o.conversation_id AND i.direction = 0)" \
  " FROM outbox o JOIN conversations c ON c.id = o.conversation_id" \
  " LEFT JOIN messages m ON m.id = o.message_id"

/* Helpers */

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static sqlite3 *
get_db (FdOutbox *self)
{
  return fd_store_get_db (self->store);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static FdOutboxEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  FdOutboxEntry *entry = fd_outbox_entry_new ();

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->account_id = sqlite3_column_int64 (stmt, 1);
  entry->conversation_id = sqlite3_column_int64 (stmt, 2);
  entry->message_id = sqlite3_column_int64 (stmt, 3);
  entry->action = dup_column (stmt, 4);
  entry->payload = dup_column (stmt, 5);
  entry->idempotency_key = dup_column (stmt, 6);
  entry->state = sqlite3_column_int (stmt, 7);
  entry->attempts = sqlite3_column_int (stmt, 8);
  entry->error = dup_column (stmt, 9);
  entry->created_at = sqlite3_column_int64 (stmt, 10);
  entry->updated_at = sqlite3_column_int64 (stmt, 11);
  entry->channel = dup_column (stmt, 12);
  entry->conversation_remote_id = dup_column (stmt, 13);
  entry->message_remote_id = dup_column (stmt, 14);
  entry->subject = dup_column (stmt, 15);
  entry->last_incoming_at = sqlite3_column_int64 (stmt, 16);

  /* A damaged payload is reported when the entry is sent, not here. */
  fd_outbox_entry_parse_payload (entry, NULL);

  return entry;
}

gboolean
_fd_outbox_finish (FdOutbox  *self,
                   gboolean   ok,
                   GError   **error)
{
  if (!ok)
    {
      fd_store_rollback (self->store);
      return FALSE;
    }

  _fd_store_mark_written (self->store);
  if (!fd_store_commit (self->store, error))
    {
      fd_store_rollback (self->store);
      return FALSE;
    }

  return TRUE;
}

static FdOutboxEntry *
load_entry (FdOutbox  *self,
            gint64     entry_id,
            GError   **error)
{
  sqlite3_stmt *stmt;
  FdOutboxEntry *entry = NULL;
  int rc;

  if (!(stmt = _fd_store_prepare (self->store, ENTRY_SELECT " WHERE o.id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, entry_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    entry = entry_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND,
                 _("There is no outbox entry %lld. It may have been sent or discarded already."),
                 (long long) entry_id);
  else
    _fd_store_set_error (get_db (self), rc, error);
  sqlite3_reset (stmt);

  return entry;
}

/* Deletes an unsent outgoing message. It answered nothing: the states of
 * the customer's messages stay as they are. */
static gboolean
delete_outgoing_message (FdOutbox  *self,
                         gint64     message_id,
                         GError   **error)
{
  return _fd_sql_fts_remove (self->store, message_id, error) &&
         _fd_sql_exec_ints (self->store, "DELETE FROM messages WHERE id = ?1 AND direction = ?2",
                            error, 2, message_id, (gint64) FD_DIRECTION_OUT);
}

/* The reply went out: what came before it in its conversation is
 * answered. */
static gboolean
mark_answered_by (FdOutbox  *self,
                  gint64     message_id,
                  GError   **error)
{
  return _fd_sql_exec_ints (self->store,
                            "UPDATE messages SET state = ?2 WHERE direction = ?3 AND state < ?2"
                            " AND conversation_id = (SELECT conversation_id FROM messages WHERE id = ?1)"
                            " AND sort_key < (SELECT sort_key FROM messages WHERE id = ?1)",
                            error, 3, message_id, (gint64) FD_MESSAGE_STATE_ANSWERED,
                            (gint64) FD_DIRECTION_IN);
}

gboolean
_fd_outbox_set_entry_state (FdOutbox       *self,
                            gint64          entry_id,
                            FdOutboxState   state,
                            const char     *message,
                            GError        **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _fd_store_prepare (self->store,
                                  "UPDATE outbox SET state = ?, error = ?, updated_at = ? WHERE id = ?",
                                  error)))
    return FALSE;

  sqlite3_bind_int (stmt, 1, state);
  _fd_sql_bind_text (stmt, 2, message);
  sqlite3_bind_int64 (stmt, 3, now_seconds ());
  sqlite3_bind_int64 (stmt, 4, entry_id);

  return _fd_sql_step (self->store, stmt, error);
}

static gboolean
set_entry_state_tx (FdOutbox             *self,
                    const FdOutboxEntry  *entry,
                    FdOutboxState         state,
                    const char           *message,
                    GError              **error)
{
  if (!fd_store_begin (self->store, error))
    return FALSE;

  return _fd_outbox_finish (self, _fd_outbox_set_entry_state (self, entry->id, state, message, error), error);
}

/* Overrides */

static void
fd_outbox_dispose (GObject *object)
{
  FdOutbox *self = (FdOutbox *) object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (fd_outbox_parent_class)->dispose (object);
}

static void
fd_outbox_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FdOutbox *self = FD_OUTBOX (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_outbox_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FdOutbox *self = FD_OUTBOX (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_outbox_class_init (FdOutboxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_outbox_dispose;
  object_class->get_property = fd_outbox_get_property;
  object_class->set_property = fd_outbox_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fd_outbox_init (FdOutbox *self)
{
}

/* Public API */

FdOutbox *
fd_outbox_new (FdStore *store)
{
  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  return g_object_new (FD_TYPE_OUTBOX, "store", store, NULL);
}

FdStore *
fd_outbox_get_store (FdOutbox *self)
{
  g_return_val_if_fail (FD_IS_OUTBOX (self), NULL);

  return self->store;
}

GPtrArray *
fd_outbox_list (FdOutbox  *self,
                gint64     account_id,
                gboolean   include_sent,
                GError   **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_outbox_entry_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_OUTBOX (self), NULL);

  if (!(stmt = _fd_store_prepare (self->store,
                                  ENTRY_SELECT " WHERE (?1 = 0 OR o.account_id = ?1)"
                                  " AND (?2 OR o.state != ?3) ORDER BY o.id", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_int (stmt, 2, include_sent ? 1 : 0);
  sqlite3_bind_int (stmt, 3, FD_OUTBOX_SENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, entry_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (get_db (self), rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

FdOutboxEntry *
fd_outbox_get (FdOutbox  *self,
               gint64     entry_id,
               GError   **error)
{
  g_return_val_if_fail (FD_IS_OUTBOX (self), NULL);

  return load_entry (self, entry_id, error);
}

gint
fd_outbox_count_waiting (FdOutbox  *self,
                         gint64     account_id,
                         GError   **error)
{
  sqlite3_stmt *stmt;
  gint count = -1;
  int rc;

  g_return_val_if_fail (FD_IS_OUTBOX (self), -1);

  if (!(stmt = _fd_store_prepare (self->store,
                                  "SELECT count(*) FROM outbox WHERE state IN (?2, ?3)"
                                  " AND (?1 = 0 OR account_id = ?1)", error)))
    return -1;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_int (stmt, 2, FD_OUTBOX_PENDING);
  sqlite3_bind_int (stmt, 3, FD_OUTBOX_SENDING);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  else
    _fd_store_set_error (get_db (self), rc, error);
  sqlite3_reset (stmt);

  return count;
}

gboolean
fd_outbox_can_reply (FdOutbox  *self,
                     gint64     message_id,
                     GError   **error)
{
  g_autofree char *channel = NULL;
  g_autofree char *account_channel = NULL;
  sqlite3_stmt *stmt;
  gint64 n_accounts = 0;
  int rc;

  g_return_val_if_fail (FD_IS_OUTBOX (self), FALSE);

  /* The account that will send: the message's, else the one an orphan
   * entry is given to (fd_outbox_adopt_orphans()). */
  if (!(stmt = _fd_store_prepare (self->store,
                                  "SELECT m.channel, a.channel,"
                                  " (SELECT count(*) FROM accounts WHERE channel = m.channel)"
                                  " FROM messages m LEFT JOIN accounts a ON a.id = m.account_id"
                                  " WHERE m.id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, message_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      channel = dup_column (stmt, 0);
      account_channel = dup_column (stmt, 1);
      n_accounts = sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND,
                   _("There is no message %lld."), (long long) message_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _fd_store_set_error (get_db (self), rc, error);

  if (!fd_provider_channel_can_send (account_channel != NULL ? account_channel : channel))
    {
      g_set_error (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_NO_PROVIDER,
                   /* Translators: %s is a channel, such as Bluesky */
                   _("Frontdesk cannot send replies on %s. Copy your text and answer there."),
                   fd_channel_display_name (channel));
      return FALSE;
    }

  if (account_channel != NULL || n_accounts == 1)
    return TRUE;

  if (n_accounts == 0)
    g_set_error (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_NO_ACCOUNT,
                 /* Translators: %s is a channel, such as Email or Mastodon */
                 _("No %s account can send this reply. Add the account that received this message, then send it."),
                 fd_channel_display_name (channel));
  else
    g_set_error (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_WHICH_ACCOUNT,
                 /* Translators: %s is a channel, such as Email or Mastodon */
                 _("This message was imported, and Frontdesk cannot tell which of your %s accounts should answer it. "
                   "Copy your text and answer from that account."),
                 fd_channel_display_name (channel));
  return FALSE;
}

gint64
fd_outbox_queue_state (FdOutbox        *self,
                       gint64           message_id,
                       FdMessageState   state,
                       GError         **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *payload = NULL;
  sqlite3_stmt *stmt;
  gint64 account_id = 0;
  gint64 conversation_id = 0;
  gint64 entry_id = 0;
  int rc;

  g_return_val_if_fail (FD_IS_OUTBOX (self), -1);

  if (!fd_store_begin (self->store, error))
    return -1;

  if (!fd_store_set_message_state (self->store, message_id, state, error))
    {
      fd_store_rollback (self->store);
      return -1;
    }

  if (!(stmt = _fd_store_prepare (self->store,
                                  "SELECT coalesce(m.account_id, c.account_id), m.conversation_id"
                                  " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                                  " WHERE m.id = ?", error)))
    {
      fd_store_rollback (self->store);
      return -1;
    }
  sqlite3_bind_int64 (stmt, 1, message_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      account_id = sqlite3_column_int64 (stmt, 0);
      conversation_id = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _fd_store_set_error (get_db (self), rc, error);
      fd_store_rollback (self->store);
      return -1;
    }

  /* Imported messages live only here: nothing to tell a server. */
  if (account_id == 0)
    return _fd_outbox_finish (self, TRUE, error) ? 0 : -1;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, fd_message_state_to_string (state));
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  payload = json_to_string (root, FALSE);

  if (!_fd_outbox_insert_entry (self, account_id, conversation_id, message_id,
                                FD_OUTBOX_ACTION_SET_STATE, payload, NULL, &entry_id, error))
    {
      fd_store_rollback (self->store);
      return -1;
    }

  return _fd_outbox_finish (self, TRUE, error) ? entry_id : -1;
}

gboolean
_fd_outbox_insert_entry (FdOutbox    *self,
                         gint64       account_id,
                         gint64       conversation_id,
                         gint64       message_id,
                         const char  *action,
                         const char  *payload,
                         const char  *idempotency_key,
                         gint64      *out_entry_id,
                         GError     **error)
{
  g_autofree char *token = NULL;
  sqlite3_stmt *stmt;
  gint64 now = now_seconds ();

  if (idempotency_key == NULL)
    idempotency_key = token = g_uuid_string_random ();

  if (!(stmt = _fd_store_prepare (self->store,
                                  "INSERT INTO outbox (account_id, conversation_id, message_id, action,"
                                  " payload, idempotency_key, state, created_at, updated_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                  error)))
    return FALSE;
  /* No account yet (an imported message): fd_outbox_adopt_orphans(). */
  if (account_id != 0)
    sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_int64 (stmt, 2, conversation_id);
  sqlite3_bind_int64 (stmt, 3, message_id);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, payload, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, idempotency_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 7, FD_OUTBOX_PENDING);
  sqlite3_bind_int64 (stmt, 8, now);
  sqlite3_bind_int64 (stmt, 9, now);
  if (!_fd_sql_step (self->store, stmt, error))
    return FALSE;

  if (out_entry_id != NULL)
    *out_entry_id = sqlite3_last_insert_rowid (get_db (self));
  return TRUE;
}

FdOutboxEntry *
_fd_outbox_load_changeable (FdOutbox  *self,
                            gint64     entry_id,
                            GError   **error)
{
  g_autoptr(FdOutboxEntry) entry = load_entry (self, entry_id, error);

  if (entry == NULL)
    return NULL;

  switch (entry->state)
    {
    case FD_OUTBOX_PENDING:
    case FD_OUTBOX_FAILED:
    case FD_OUTBOX_UNSURE:
      return g_steal_pointer (&entry);
    case FD_OUTBOX_SENDING:
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("This reply is being sent right now and can no longer be changed. "
                     "If it fails, you can edit or discard it then."));
      return NULL;
    case FD_OUTBOX_SENT:
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("This reply was already sent and can no longer be changed."));
      return NULL;
    default:
      g_assert_not_reached ();
    }
}

gboolean
fd_outbox_retry (FdOutbox  *self,
                 gint64     entry_id,
                 GError   **error)
{
  g_autoptr(FdOutboxEntry) entry = NULL;

  g_return_val_if_fail (FD_IS_OUTBOX (self), FALSE);

  if (!fd_store_begin (self->store, error))
    return FALSE;

  if (!(entry = _fd_outbox_load_changeable (self, entry_id, error)))
    return _fd_outbox_finish (self, FALSE, error);

  if (entry->state == FD_OUTBOX_PENDING)
    return _fd_outbox_finish (self, TRUE, error);

  return _fd_outbox_finish (self, _fd_outbox_set_entry_state (self, entry->id, FD_OUTBOX_PENDING, NULL, error), error);
}

gboolean
fd_outbox_mark_arrived (FdOutbox  *self,
                        gint64     entry_id,
                        GError   **error)
{
  g_autoptr(FdOutboxEntry) entry = NULL;

  g_return_val_if_fail (FD_IS_OUTBOX (self), FALSE);

  if (!(entry = load_entry (self, entry_id, error)))
    return FALSE;
  if (entry->state != FD_OUTBOX_UNSURE)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("Only a reply that may have been sent can be marked as arrived; this one is %s."),
                   fd_outbox_state_to_string (entry->state));
      return FALSE;
    }

  /* The server's id for it is unknown: it keeps ours. */
  return fd_outbox_mark_sent (self, entry, NULL, error);
}

gboolean
fd_outbox_discard (FdOutbox  *self,
                   gint64     entry_id,
                   GError   **error)
{
  g_autoptr(FdOutboxEntry) entry = NULL;
  gboolean ok;

  g_return_val_if_fail (FD_IS_OUTBOX (self), FALSE);

  if (!fd_store_begin (self->store, error))
    return FALSE;

  if (!(entry = _fd_outbox_load_changeable (self, entry_id, error)))
    return _fd_outbox_finish (self, FALSE, error);

  ok = _fd_sql_exec_ints (self->store, "DELETE FROM outbox WHERE id = ?1", error, 1, entry->id);
  if (ok && fd_outbox_entry_is_reply (entry) && entry->message_id != 0)
    ok = delete_outgoing_message (self, entry->message_id, error);

  return _fd_outbox_finish (self, ok, error);
}

/* Engine */

gboolean
fd_outbox_adopt_orphans (FdOutbox    *self,
                         gint64       account_id,
                         const char  *channel,
                         GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_OUTBOX (self), FALSE);
  g_return_val_if_fail (account_id > 0, FALSE);
  g_return_val_if_fail (channel != NULL, FALSE);

  if (!(stmt = _fd_store_prepare (self->store,
                                  "UPDATE outbox SET account_id = ?1 WHERE account_id IS NULL AND state != ?3"
                                  " AND conversation_id IN (SELECT id FROM conversations WHERE channel = ?2)"
                                  " AND (SELECT count(*) FROM accounts WHERE channel = ?2) = 1", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_text (stmt, 2, channel, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, FD_OUTBOX_SENT);

  if (!fd_store_begin (self->store, error))
    return FALSE;
  return _fd_outbox_finish (self, _fd_sql_step (self->store, stmt, error), error);
}

/* fd_outbox_claim_next(), passing over the entries @skip_json (a JSON
 * array of ids, or NULL) names: those held for a write budget. */
static FdOutboxEntry *
claim_next (FdOutbox    *self,
            gint64       account_id,
            const char  *skip_json,
            gboolean    *uncertain,
            GError     **error)
{
  g_autoptr(FdOutboxEntry) entry = NULL;
  sqlite3_stmt *stmt;
  int rc;

  *uncertain = FALSE;

  /* BEGIN IMMEDIATE: the entry read is the entry marked, even if a person
   * edits or discards it at the same moment from another connection. */
  if (!fd_store_begin (self->store, error))
    return NULL;

  if (!(stmt = _fd_store_prepare (self->store,
                                  ENTRY_SELECT " WHERE o.state IN (?2, ?3) AND o.account_id = ?1"
                                  " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.conversation_id = o.conversation_id"
                                  "  AND p.id < o.id AND p.state != ?4)"
                                  " AND (?5 IS NULL OR o.id NOT IN (SELECT value FROM json_each(?5)))"
                                  " ORDER BY o.id LIMIT 1", error)))
    {
      _fd_outbox_finish (self, FALSE, NULL);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, account_id);
  _fd_sql_bind_text (stmt, 5, skip_json);
  sqlite3_bind_int (stmt, 2, FD_OUTBOX_PENDING);
  sqlite3_bind_int (stmt, 3, FD_OUTBOX_SENDING);
  sqlite3_bind_int (stmt, 4, FD_OUTBOX_SENT);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    entry = entry_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _fd_store_set_error (get_db (self), rc, error);
      _fd_outbox_finish (self, FALSE, NULL);
      return NULL;
    }

  if (entry == NULL)
    {
      fd_store_rollback (self->store);
      return NULL;
    }

  *uncertain = entry->state == FD_OUTBOX_SENDING;

  if (!(stmt = _fd_store_prepare (self->store,
                                  "UPDATE outbox SET state = ?3, attempts = attempts + 1, updated_at = ?1"
                                  " WHERE id = ?2", error)))
    {
      _fd_outbox_finish (self, FALSE, NULL);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, now_seconds ());
  sqlite3_bind_int64 (stmt, 2, entry->id);
  sqlite3_bind_int (stmt, 3, FD_OUTBOX_SENDING);

  /* Committed before the network call: this is what makes a crash during
   * the call recognisable later. */
  if (!_fd_outbox_finish (self, _fd_sql_step (self->store, stmt, error), error))
    return NULL;

  entry->state = FD_OUTBOX_SENDING;
  entry->attempts++;

  return g_steal_pointer (&entry);
}

FdOutboxEntry *
fd_outbox_claim_next (FdOutbox  *self,
                      gint64     account_id,
                      gboolean  *uncertain,
                      GError   **error)
{
  g_return_val_if_fail (FD_IS_OUTBOX (self), NULL);
  g_return_val_if_fail (uncertain != NULL, NULL);

  return claim_next (self, account_id, NULL, uncertain, error);
}

/* fd_outbox_mark_sent(), counting @cost points of the account's write
 * budgets (fd-outbox-budget.c) in the same transaction. */
static gboolean
mark_sent (FdOutbox             *self,
           const FdOutboxEntry  *entry,
           const char           *remote_id,
           const char           *reply_thread,
           const char           *account_channel,
           guint                 cost,
           GError              **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  if (!fd_store_begin (self->store, error))
    return FALSE;

  if (fd_outbox_entry_is_reply (entry) && entry->message_id != 0 &&
      remote_id != NULL && *remote_id != '\0' &&
      g_strcmp0 (remote_id, entry->message_remote_id) != 0)
    {
      gint64 copy_id = 0;

      /* A fetch may already have brought our reply back under the
       * server's id: that copy gives way to the message we wrote. */
      if (!(stmt = _fd_store_prepare (self->store, "SELECT id FROM messages WHERE channel = ? AND remote_id = ? AND id != ?", error)))
        return _fd_outbox_finish (self, FALSE, error);
      sqlite3_bind_text (stmt, 1, entry->channel, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, remote_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, entry->message_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        copy_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);

      if (copy_id != 0)
        ok = _fd_sql_fts_remove (self->store, copy_id, error) &&
             _fd_sql_exec_ints (self->store, "DELETE FROM messages WHERE id = ?1", error, 1, copy_id);

      if (ok && (stmt = _fd_store_prepare (self->store, "UPDATE messages SET remote_id = ? WHERE id = ?", error)))
        {
          sqlite3_bind_text (stmt, 1, remote_id, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 2, entry->message_id);
          ok = _fd_sql_step (self->store, stmt, error) &&
               _fd_store_thread_renamed (self->store, entry->message_id, error);
        }
      else
        ok = FALSE;
    }

  ok = ok && _fd_outbox_set_entry_state (self, entry->id, FD_OUTBOX_SENT, NULL, error);
  if (ok && fd_outbox_entry_is_reply (entry) && entry->message_id != 0)
    ok = mark_answered_by (self, entry->message_id, error) &&
         _fd_waits_on_reply_sent (self->store, entry->message_id, now_seconds (), error);
  /* The answers to a private reply arrive in a thread of their own. */
  if (ok && reply_thread != NULL && g_strcmp0 (reply_thread, entry->conversation_remote_id) != 0 &&
      !fd_channel_has (entry->channel, FD_CHANNEL_MAIL))
    ok = _fd_store_thread_join (self->store, entry->conversation_id, entry->channel, reply_thread, error);
  ok = ok && _fd_outbox_budget_spend (self, account_channel, entry->account_id, cost, error);

  return _fd_outbox_finish (self, ok, error);
}

gboolean
fd_outbox_mark_sent (FdOutbox             *self,
                     const FdOutboxEntry  *entry,
                     const char           *remote_id,
                     GError              **error)
{
  g_return_val_if_fail (FD_IS_OUTBOX (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  return mark_sent (self, entry, remote_id, NULL, NULL, 0, error);
}

gboolean
fd_outbox_mark_failed (FdOutbox             *self,
                       const FdOutboxEntry  *entry,
                       const char           *message,
                       GError              **error)
{
  g_return_val_if_fail (FD_IS_OUTBOX (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  return set_entry_state_tx (self, entry, FD_OUTBOX_FAILED, message, error);
}

gboolean
fd_outbox_mark_pending (FdOutbox             *self,
                        const FdOutboxEntry  *entry,
                        const char           *message,
                        GError              **error)
{
  g_return_val_if_fail (FD_IS_OUTBOX (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  return set_entry_state_tx (self, entry, FD_OUTBOX_PENDING, message, error);
}

gboolean
fd_outbox_note_error (FdOutbox             *self,
                      const FdOutboxEntry  *entry,
                      const char           *message,
                      GError              **error)
{
  g_return_val_if_fail (FD_IS_OUTBOX (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  return set_entry_state_tx (self, entry, FD_OUTBOX_SENDING, message, error);
}

/* The claimed @entry waits for the budget's window, and when
 * @label_others every other waiting entry of the account that spends
 * write points says so too: @entry goes back to pending (an uncertain
 * one stays sending, so that it is still looked for first), each with
 * @message. */
static gboolean
hold_for_budget (FdOutbox       *self,
                 FdProvider     *provider,
                 FdOutboxEntry  *entry,
                 gboolean        uncertain,
                 const char     *message,
                 gboolean        label_others,
                 GError        **error)
{
  g_autoptr(GPtrArray) waiting = NULL;
  gboolean ok;

  if (label_others && !(waiting = fd_outbox_list (self, entry->account_id, FALSE, error)))
    return FALSE;
  if (!fd_store_begin (self->store, error))
    return FALSE;

  if (uncertain)
    ok = _fd_outbox_set_entry_state (self, entry->id, FD_OUTBOX_SENDING, message, error);
  else
    ok = _fd_outbox_set_entry_state (self, entry->id, FD_OUTBOX_PENDING, message, error) &&
         _fd_sql_exec_ints (self->store, "UPDATE outbox SET attempts = max(attempts - 1, 0) WHERE id = ?1",
                            error, 1, entry->id);

  for (guint i = 0; ok && waiting != NULL && i < waiting->len; i++)
    {
      FdOutboxEntry *other = g_ptr_array_index (waiting, i);

      if (other->id != entry->id && other->state == FD_OUTBOX_PENDING &&
          fd_provider_get_write_cost (provider, other) > 0)
        ok = _fd_outbox_set_entry_state (self, other->id, FD_OUTBOX_PENDING, message, error);
    }

  return _fd_outbox_finish (self, ok, error);
}

/* Carries out one claimed entry; FALSE stops the run. @cost: the write
 * points it spends. */
static gboolean
process_entry (FdOutbox       *self,
               FdProvider     *provider,
               FdOutboxEntry  *entry,
               gboolean        uncertain,
               guint           cost,
               guint          *n_done,
               GCancellable   *cancellable,
               GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *remote_id = NULL;
  gboolean can_check = fd_provider_can_check_sent (provider);
  gboolean ok;

  if (!fd_outbox_entry_parse_payload (entry, &local_error))
    return fd_outbox_mark_failed (self, entry, local_error->message, error);

  /* An earlier attempt may have arrived and the channel cannot look: a
   * second copy to the customer is worse than a question to the person. */
  if (uncertain && !can_check && fd_outbox_entry_is_reply (entry))
    return set_entry_state_tx (self, entry, FD_OUTBOX_UNSURE,
                               _("Frontdesk was sending this reply when it stopped, so it may have arrived. "
                                 "Look in the chat, then choose Send Again or It Arrived."),
                               error);

  if (fd_outbox_entry_is_reply (entry))
    ok = (remote_id = fd_provider_send (provider, entry, uncertain, cancellable, &local_error)) != NULL;
  else if (g_strcmp0 (entry->action, FD_OUTBOX_ACTION_SET_STATE) == 0)
    ok = fd_provider_apply_state (provider, entry, cancellable, &local_error);
  else
    {
      g_autofree char *message = g_strdup_printf (_("Frontdesk does not know how to carry out “%s”. "
                                                    "Discard this entry or update Frontdesk."),
                                                  entry->action);
      return fd_outbox_mark_failed (self, entry, message, error);
    }

  if (ok)
    {
      g_autofree char *reply_thread = fd_provider_dup_reply_thread (provider, entry, remote_id);

      if (!mark_sent (self, entry, remote_id, reply_thread,
                      fd_account_get_channel (fd_provider_get_account (provider)), cost, error))
        return FALSE;
      (*n_done)++;
      return TRUE;
    }

  g_debug ("Outbox entry %" G_GINT64_FORMAT " (attempt %u): %s",
           entry->id, entry->attempts, local_error->message);

  if (local_error->domain == FD_PROVIDER_ERROR)
    {
      switch ((FdProviderError) local_error->code)
        {
        case FD_PROVIDER_ERROR_PERMANENT:
        case FD_PROVIDER_ERROR_NOT_SUPPORTED:
          /* This entry only: the others go on. */
          return fd_outbox_mark_failed (self, entry, local_error->message, error);

        case FD_PROVIDER_ERROR_AUTH:
        case FD_PROVIDER_ERROR_RATE_LIMITED:
        case FD_PROVIDER_ERROR_TEMPORARY:
          /* This attempt did not arrive; but an uncertain entry stays
           * uncertain until the provider could look for an earlier one. */
          if (uncertain)
            {
              if (!fd_outbox_note_error (self, entry, local_error->message, error))
                return FALSE;
            }
          else if (!fd_outbox_mark_pending (self, entry, local_error->message, error))
            return FALSE;
          break;

        case FD_PROVIDER_ERROR_UNCERTAIN:
          /* Not sent again by itself: the person decides, and the
           * other entries go on. */
          if (!can_check && fd_outbox_entry_is_reply (entry))
            {
              g_autofree char *message = g_strdup_printf (_("This reply may have been sent: %s "
                                                            "Look in the chat, then choose Send Again or It Arrived."),
                                                          local_error->message);

              return set_entry_state_tx (self, entry, FD_OUTBOX_UNSURE, message, error);
            }
          if (!fd_outbox_note_error (self, entry, local_error->message, error))
            return FALSE;
          break;

        default:
          if (!fd_outbox_note_error (self, entry, local_error->message, error))
            return FALSE;
          break;
        }
    }
  else
    {
      /* Cancelled, or an error the provider did not classify: it may have
       * reached the server, so it stays sending and is checked next time
       * (or, where that cannot be checked, is asked about then). */
      fd_outbox_note_error (self, entry, local_error->message, NULL);
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
fd_outbox_process (FdOutbox      *self,
                   FdProvider    *provider,
                   gint64         account_id,
                   guint         *n_done,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GString) held = g_string_new (NULL);
  guint done = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (FD_IS_OUTBOX (self), FALSE);
  g_return_val_if_fail (FD_IS_PROVIDER (provider), FALSE);

  for (;;)
    {
      g_autoptr(FdOutboxEntry) entry = NULL;
      g_autoptr(GError) local_error = NULL;
      gboolean uncertain = FALSE;
      guint cost;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }

      if (held->len > 0)
        g_string_append_c (held, ']');
      entry = claim_next (self, account_id, held->len > 0 ? held->str : NULL, &uncertain, &local_error);
      if (held->len > 0)
        g_string_truncate (held, held->len - 1);
      if (entry == NULL)
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              ok = FALSE;
            }
          break;
        }

      /* Over the server's write budget: everything that writes waits, and
       * the rest of the sync goes on. */
      cost = fd_provider_get_write_cost (provider, entry);
      if (cost > 0)
        {
          gint64 until = 0;
          guint window = 0;

          if (!_fd_outbox_budget_check (self, provider, account_id, cost, &until, &window, error))
            {
              ok = FALSE;
              break;
            }
          if (until > 0)
            {
              g_autofree char *message = _fd_outbox_budget_describe (fd_account_get_channel (fd_provider_get_account (provider)),
                                                                     window, until);

              g_debug ("Outbox of account %" G_GINT64_FORMAT ": %s", account_id, message);
              if (!(ok = hold_for_budget (self, provider, entry, uncertain, message, held->len == 0, error)))
                break;
              /* What writes nothing (a direct message) still goes. */
              g_string_append_printf (held, "%s%" G_GINT64_FORMAT, held->len > 0 ? "," : "[", entry->id);
              continue;
            }
        }

      if (!process_entry (self, provider, entry, uncertain, cost, &done, cancellable, error))
        {
          ok = FALSE;
          break;
        }
    }

  if (n_done != NULL)
    *n_done = done;

  return ok;
}
