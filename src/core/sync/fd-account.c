/* fd-account.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-account-private.h"
#include "fd-channel.h"
#include "fd-json.h"
#include "fd-store-private.h"

struct _FdAccount
{
  GObject             parent_instance;

  gint64              id;
  char               *profile_id;
  char               *channel;
  char               *name;
  char               *address;
  JsonObject         *settings;
  gint64              created_at;

  FdAccountState      state;
  FdAccountErrorKind  error_kind;
  char               *error_message;
  gint64              last_synced;
  double              progress;
  guint               outbox_waiting;
};

G_DEFINE_FINAL_TYPE (FdAccount, fd_account, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CHANNEL,
  PROP_NAME,
  PROP_ADDRESS,
  PROP_STATE,
  PROP_ERROR_KIND,
  PROP_ERROR_MESSAGE,
  PROP_LAST_SYNCED,
  PROP_PROGRESS,
  PROP_OUTBOX_WAITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GType
fd_account_state_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { FD_ACCOUNT_STATE_IDLE, "FD_ACCOUNT_STATE_IDLE", "idle" },
        { FD_ACCOUNT_STATE_SYNCING, "FD_ACCOUNT_STATE_SYNCING", "syncing" },
        { FD_ACCOUNT_STATE_OFFLINE, "FD_ACCOUNT_STATE_OFFLINE", "offline" },
        { FD_ACCOUNT_STATE_ERROR, "FD_ACCOUNT_STATE_ERROR", "error" },
        { 0, NULL, NULL }
      };
      g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("FdAccountState"), values));
    }

  return type_id;
}

GType
fd_account_error_kind_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { FD_ACCOUNT_ERROR_NONE, "FD_ACCOUNT_ERROR_NONE", "none" },
        { FD_ACCOUNT_ERROR_NEEDS_PASSWORD, "FD_ACCOUNT_ERROR_NEEDS_PASSWORD", "needs-password" },
        { FD_ACCOUNT_ERROR_RATE_LIMITED, "FD_ACCOUNT_ERROR_RATE_LIMITED", "rate-limited" },
        { FD_ACCOUNT_ERROR_NETWORK, "FD_ACCOUNT_ERROR_NETWORK", "network" },
        { FD_ACCOUNT_ERROR_SERVER, "FD_ACCOUNT_ERROR_SERVER", "server" },
        { FD_ACCOUNT_ERROR_NO_PROVIDER, "FD_ACCOUNT_ERROR_NO_PROVIDER", "no-provider" },
        { FD_ACCOUNT_ERROR_STORE, "FD_ACCOUNT_ERROR_STORE", "store" },
        { 0, NULL, NULL }
      };
      g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("FdAccountErrorKind"), values));
    }

  return type_id;
}

/* Overrides */

static void
fd_account_finalize (GObject *object)
{
  FdAccount *self = (FdAccount *) object;

  g_clear_pointer (&self->profile_id, g_free);
  g_clear_pointer (&self->channel, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->settings, json_object_unref);
  g_clear_pointer (&self->error_message, g_free);

  G_OBJECT_CLASS (fd_account_parent_class)->finalize (object);
}

static void
fd_account_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FdAccount *self = FD_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CHANNEL:
      g_value_set_string (value, self->channel);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_ERROR_KIND:
      g_value_set_enum (value, self->error_kind);
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;
    case PROP_LAST_SYNCED:
      g_value_set_int64 (value, self->last_synced);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_OUTBOX_WAITING:
      g_value_set_uint (value, self->outbox_waiting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_account_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FdAccount *self = FD_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_CHANNEL:
      g_free (self->channel);
      self->channel = g_value_dup_string (value);
      break;
    case PROP_NAME:
      fd_account_set_name (self, g_value_get_string (value));
      break;
    case PROP_ADDRESS:
      fd_account_set_address (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_account_class_init (FdAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fd_account_finalize;
  object_class->get_property = fd_account_get_property;
  object_class->set_property = fd_account_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, FD_TYPE_ACCOUNT_STATE, FD_ACCOUNT_STATE_IDLE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR_KIND] =
    g_param_spec_enum ("error-kind", NULL, NULL, FD_TYPE_ACCOUNT_ERROR_KIND, FD_ACCOUNT_ERROR_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_SYNCED] =
    g_param_spec_int64 ("last-synced", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTBOX_WAITING] =
    g_param_spec_uint ("outbox-waiting", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fd_account_init (FdAccount *self)
{
  self->settings = json_object_new ();
}

/* Public API */

FdAccount *
fd_account_new (const char *channel,
                const char *name,
                const char *address)
{
  g_return_val_if_fail (channel != NULL, NULL);

  return g_object_new (FD_TYPE_ACCOUNT,
                       "channel", channel,
                       "name", name != NULL ? name : channel,
                       "address", address,
                       NULL);
}

gint64
fd_account_get_id (FdAccount *self)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (self), 0);
  return self->id;
}

const char *
fd_account_get_profile_id (FdAccount *self)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (self), NULL);
  return self->profile_id;
}

const char *
fd_account_get_channel (FdAccount *self)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (self), NULL);
  return self->channel;
}

const char *
fd_account_get_name (FdAccount *self)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (self), NULL);
  return self->name;
}

void
fd_account_set_name (FdAccount  *self,
                     const char *name)
{
  g_return_if_fail (FD_IS_ACCOUNT (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
fd_account_get_address (FdAccount *self)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (self), NULL);
  return self->address;
}

void
fd_account_set_address (FdAccount  *self,
                        const char *address)
{
  g_return_if_fail (FD_IS_ACCOUNT (self));

  if (g_strcmp0 (self->address, address) == 0)
    return;
  g_free (self->address);
  self->address = g_strdup (address);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

char *
fd_account_dup_setting_string (FdAccount  *self,
                               const char *key)
{
  JsonNode *node;

  g_return_val_if_fail (FD_IS_ACCOUNT (self), NULL);

  node = json_object_get_member (self->settings, key);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return g_strdup (json_node_get_string (node));
}

gint64
fd_account_get_setting_int (FdAccount  *self,
                            const char *key,
                            gint64      default_value)
{
  JsonNode *node;

  g_return_val_if_fail (FD_IS_ACCOUNT (self), default_value);

  node = json_object_get_member (self->settings, key);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return default_value;

  return json_node_get_int (node);
}

gboolean
fd_account_get_setting_boolean (FdAccount  *self,
                                const char *key,
                                gboolean    default_value)
{
  JsonNode *node;

  g_return_val_if_fail (FD_IS_ACCOUNT (self), default_value);

  node = json_object_get_member (self->settings, key);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return default_value;

  return json_node_get_boolean (node);
}

void
fd_account_set_setting_string (FdAccount  *self,
                               const char *key,
                               const char *value)
{
  g_return_if_fail (FD_IS_ACCOUNT (self));

  if (value == NULL)
    json_object_remove_member (self->settings, key);
  else
    json_object_set_string_member (self->settings, key, value);
}

void
fd_account_set_setting_int (FdAccount  *self,
                            const char *key,
                            gint64      value)
{
  g_return_if_fail (FD_IS_ACCOUNT (self));
  json_object_set_int_member (self->settings, key, value);
}

void
fd_account_set_setting_boolean (FdAccount  *self,
                                const char *key,
                                gboolean    value)
{
  g_return_if_fail (FD_IS_ACCOUNT (self));
  json_object_set_boolean_member (self->settings, key, value);
}

char *
fd_account_dup_settings_json (FdAccount *self)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (FD_IS_ACCOUNT (self), NULL);

  node = json_node_init_object (json_node_alloc (), self->settings);
  return json_to_string (node, FALSE);
}

guint
fd_account_get_max_reply_chars (FdAccount *self)
{
  gint64 value;

  g_return_val_if_fail (FD_IS_ACCOUNT (self), 0);

  value = fd_account_get_setting_int (self, FD_ACCOUNT_SETTING_MAX_REPLY_CHARS, 0);
  if (value > 0 && value <= G_MAXINT)
    return (guint) value;

  return fd_channel_max_reply_chars (self->channel);
}

/* Storage */

static void
load_settings (FdAccount  *self,
               const char *json)
{
  g_autoptr(JsonNode) node = NULL;

  if (json == NULL || !(node = fd_json_parse (json, -1, FD_JSON_MAX_SIZE, NULL)) || !JSON_NODE_HOLDS_OBJECT (node))
    {
      if (json != NULL)
        g_warning ("Settings of account %" G_GINT64_FORMAT " are not a JSON object; using defaults", self->id);
      return;
    }

  g_clear_pointer (&self->settings, json_object_unref);
  self->settings = json_node_dup_object (node);
}

static FdAccount *
account_from_row (FdStore      *store,
                  sqlite3_stmt *stmt)
{
  FdAccount *self;

  self = fd_account_new ((const char *) sqlite3_column_text (stmt, 1),
                         (const char *) sqlite3_column_text (stmt, 2),
                         (const char *) sqlite3_column_text (stmt, 3));
  self->id = sqlite3_column_int64 (stmt, 0);
  self->profile_id = g_strdup (fd_store_get_profile_id (store));
  self->created_at = sqlite3_column_int64 (stmt, 5);
  load_settings (self, (const char *) sqlite3_column_text (stmt, 4));

  return self;
}

#define ACCOUNT_COLUMNS "SELECT id, channel, name, address, settings, created_at FROM accounts"

FdAccount *
fd_account_load (FdStore  *store,
                 gint64    id,
                 GError  **error)
{
  sqlite3_stmt *stmt;
  FdAccount *self = NULL;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (!(stmt = _fd_store_prepare (store, ACCOUNT_COLUMNS " WHERE id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    self = account_from_row (store, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND,
                 _("There is no account %lld."), (long long) id);
  else
    _fd_store_set_error (fd_store_get_db (store), rc, error);
  sqlite3_reset (stmt);

  return self;
}

GPtrArray *
fd_account_load_all (FdStore  *store,
                     GError  **error)
{
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (!(stmt = _fd_store_prepare (store, ACCOUNT_COLUMNS " ORDER BY id", error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (accounts, account_from_row (store, stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&accounts);
}

gboolean
fd_account_save (FdAccount  *self,
                 FdStore    *store,
                 GError    **error)
{
  g_autofree char *settings = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_ACCOUNT (self), FALSE);
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  /* Its id means nothing in another profile. */
  g_return_val_if_fail (self->id == 0 || g_strcmp0 (self->profile_id, fd_store_get_profile_id (store)) == 0,
                        FALSE);

  settings = fd_account_dup_settings_json (self);

  if (self->id == 0)
    stmt = _fd_store_prepare (store,
                              "INSERT INTO accounts (channel, name, address, settings, created_at)"
                              " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  else
    stmt = _fd_store_prepare (store,
                              "UPDATE accounts SET name = ?2, address = ?3, settings = ?4 WHERE id = ?6", error);
  if (stmt == NULL)
    return FALSE;

  if (self->created_at == 0)
    self->created_at = g_get_real_time () / G_USEC_PER_SEC;

  sqlite3_bind_text (stmt, 1, self->channel, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, self->name != NULL ? self->name : self->channel, -1, SQLITE_TRANSIENT);
  if (self->address != NULL)
    sqlite3_bind_text (stmt, 3, self->address, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, settings, -1, SQLITE_TRANSIENT);
  if (self->id == 0)
    sqlite3_bind_int64 (stmt, 5, self->created_at);
  else
    sqlite3_bind_int64 (stmt, 6, self->id);

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  if (self->id == 0)
    {
      g_free (self->profile_id);
      self->profile_id = g_strdup (fd_store_get_profile_id (store));
      self->id = sqlite3_last_insert_rowid (fd_store_get_db (store));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }

  return TRUE;
}

gboolean
fd_account_delete (FdAccount  *self,
                   FdStore    *store,
                   GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_ACCOUNT (self), FALSE);
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if (self->id == 0)
    return TRUE;

  if (!(stmt = _fd_store_prepare (store, "DELETE FROM accounts WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  self->id = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  return TRUE;
}

/* Sync status */

FdAccountState
fd_account_get_state (FdAccount *self)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (self), FD_ACCOUNT_STATE_IDLE);
  return self->state;
}

FdAccountErrorKind
fd_account_get_error_kind (FdAccount *self)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (self), FD_ACCOUNT_ERROR_NONE);
  return self->error_kind;
}

const char *
fd_account_get_error_message (FdAccount *self)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (self), NULL);
  return self->error_message;
}

gint64
fd_account_get_last_synced (FdAccount *self)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (self), 0);
  return self->last_synced;
}

double
fd_account_get_progress (FdAccount *self)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (self), 0.0);
  return self->progress;
}

guint
fd_account_get_outbox_waiting (FdAccount *self)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (self), 0);
  return self->outbox_waiting;
}

void
fd_account_set_state (FdAccount          *self,
                      FdAccountState      state,
                      FdAccountErrorKind  error_kind,
                      const char         *error_message)
{
  g_return_if_fail (FD_IS_ACCOUNT (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }
  if (self->error_kind != error_kind)
    {
      self->error_kind = error_kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_KIND]);
    }
  if (g_strcmp0 (self->error_message, error_message) != 0)
    {
      g_free (self->error_message);
      self->error_message = g_strdup (error_message);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
fd_account_set_last_synced (FdAccount *self,
                            gint64     unix_time)
{
  g_return_if_fail (FD_IS_ACCOUNT (self));

  if (self->last_synced == unix_time)
    return;
  self->last_synced = unix_time;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_SYNCED]);
}

void
fd_account_set_progress (FdAccount *self,
                         double     progress)
{
  g_return_if_fail (FD_IS_ACCOUNT (self));

  progress = CLAMP (progress, 0.0, 1.0);
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

void
fd_account_set_outbox_waiting (FdAccount *self,
                               guint      n_waiting)
{
  g_return_if_fail (FD_IS_ACCOUNT (self));

  if (self->outbox_waiting == n_waiting)
    return;
  self->outbox_waiting = n_waiting;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTBOX_WAITING]);
}

gboolean
_fd_account_store_setting_int (FdStore     *store,
                               gint64       account_id,
                               const char  *key,
                               gint64       value,
                               GError     **error)
{
  g_autofree char *path = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!(stmt = _fd_store_prepare (store, "UPDATE accounts SET settings = json_set(coalesce(settings, '{}'), ?1, ?2)"
                                         " WHERE id = ?3", error)))
    return FALSE;
  /* Quoted: a key may hold characters a JSON path reads otherwise. */
  path = g_strdup_printf ("$.\"%s\"", key);
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, value);
  sqlite3_bind_int64 (stmt, 3, account_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

gboolean
_fd_account_store_setting_string (FdStore     *store,
                                  gint64       account_id,
                                  const char  *key,
                                  const char  *value,
                                  GError     **error)
{
  g_autofree char *path = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!(stmt = _fd_store_prepare (store,
                                  value != NULL
                                    ? "UPDATE accounts SET settings = json_set(coalesce(settings, '{}'), ?1, ?2) WHERE id = ?3"
                                    : "UPDATE accounts SET settings = json_remove(coalesce(settings, '{}'), ?1) WHERE id = ?3",
                                  error)))
    return FALSE;
  path = g_strdup_printf ("$.\"%s\"", key);
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_TRANSIENT);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, account_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

void
_fd_account_merge_settings (FdAccount *into,
                            FdAccount *from)
{
  g_autoptr(GList) members = NULL;

  g_return_if_fail (FD_IS_ACCOUNT (into));
  g_return_if_fail (FD_IS_ACCOUNT (from));

  members = json_object_get_members (from->settings);
  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (into->settings, l->data,
                            json_node_copy (json_object_get_member (from->settings, l->data)));
}
