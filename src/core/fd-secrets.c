/* fd-secrets.c: libsecret, with errors a person can act on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <string.h>

#include "fd-secrets.h"

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    FD_SECRETS_SCHEMA_NAME, SECRET_SCHEMA_NONE,
    {
      { "account-id", SECRET_SCHEMA_ATTRIBUTE_INTEGER },
      { "kind", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  };

  return &schema;
}

static GHashTable *
make_attributes (gint64      account_id,
                 const char *kind)
{
  GHashTable *attributes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  /* libsecret integers are 32 bits wide. */
  g_hash_table_insert (attributes, (gpointer) "account-id", g_strdup_printf ("%d", (int) account_id));
  if (kind != NULL)
    g_hash_table_insert (attributes, (gpointer) "kind", g_strdup (kind));

  return attributes;
}

/* libsecret's own messages talk about D-Bus; say what to do instead. */
static void
propagate_keyring_error (GError **error,
                         GError  *local_error)
{
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, local_error);
      return;
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("The keyring could not be used (%s). Make sure a keyring such as GNOME Keyring "
                 "is running and unlocked, then try again."),
               local_error->message);
  g_error_free (local_error);
}

gboolean
fd_secrets_store_sync (gint64         account_id,
                       const char    *kind,
                       const char    *label,
                       const char    *secret,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GHashTable) attributes = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (account_id > 0, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (secret != NULL, FALSE);

  attributes = make_attributes (account_id, kind);
  if (!secret_password_storev_sync (get_schema (), attributes, SECRET_COLLECTION_DEFAULT,
                                    label != NULL ? label : "Frontdesk", secret,
                                    cancellable, &local_error))
    {
      propagate_keyring_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

char *
fd_secrets_lookup_sync (gint64         account_id,
                        const char    *kind,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GHashTable) attributes = NULL;
  GError *local_error = NULL;
  char *secret;
  char *copy;

  g_return_val_if_fail (account_id > 0, NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  attributes = make_attributes (account_id, kind);
  secret = secret_password_lookupv_sync (get_schema (), attributes, cancellable, &local_error);
  if (local_error != NULL)
    {
      propagate_keyring_error (error, local_error);
      return NULL;
    }

  /* Callers free with g_free(); wipe libsecret's copy. */
  copy = g_strdup (secret);
  secret_password_free (secret);
  return copy;
}

gboolean
fd_secrets_clear_sync (gint64         account_id,
                       const char    *kind,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GHashTable) attributes = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (account_id > 0, FALSE);

  attributes = make_attributes (account_id, kind);
  secret_password_clearv_sync (get_schema (), attributes, cancellable, &local_error);
  if (local_error != NULL)
    {
      propagate_keyring_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

/* Async: the blocking calls in a thread keep one code path and one set of
 * error messages. */

typedef struct
{
  gint64  account_id;
  char   *kind;
  char   *label;
  char   *secret;
} SecretOp;

static void
secret_op_free (SecretOp *op)
{
  g_free (op->kind);
  g_free (op->label);
  if (op->secret != NULL)
    {
      memset (op->secret, 0, strlen (op->secret));
      g_free (op->secret);
    }
  g_free (op);
}

static GTask *
secret_task_new (gpointer             source_tag,
                 gint64               account_id,
                 const char          *kind,
                 const char          *label,
                 const char          *secret,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  SecretOp *op = g_new0 (SecretOp, 1);

  op->account_id = account_id;
  op->kind = g_strdup (kind);
  op->label = g_strdup (label);
  op->secret = g_strdup (secret);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, op, (GDestroyNotify) secret_op_free);

  return task;
}

static void
store_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  SecretOp *op = task_data;
  GError *error = NULL;

  if (fd_secrets_store_sync (op->account_id, op->kind, op->label, op->secret, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fd_secrets_store_async (gint64               account_id,
                        const char          *kind,
                        const char          *label,
                        const char          *secret,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (account_id > 0);
  g_return_if_fail (kind != NULL);
  g_return_if_fail (secret != NULL);

  task = secret_task_new (fd_secrets_store_async, account_id, kind, label, secret,
                          cancellable, callback, user_data);
  g_task_run_in_thread (task, store_thread);
}

gboolean
fd_secrets_store_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_secrets_store_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
lookup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SecretOp *op = task_data;
  GError *error = NULL;
  char *secret;

  secret = fd_secrets_lookup_sync (op->account_id, op->kind, cancellable, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, secret, g_free);
}

void
fd_secrets_lookup_async (gint64               account_id,
                         const char          *kind,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (account_id > 0);
  g_return_if_fail (kind != NULL);

  task = secret_task_new (fd_secrets_lookup_async, account_id, kind, NULL, NULL,
                          cancellable, callback, user_data);
  g_task_run_in_thread (task, lookup_thread);
}

char *
fd_secrets_lookup_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_secrets_lookup_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
clear_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  SecretOp *op = task_data;
  GError *error = NULL;

  if (fd_secrets_clear_sync (op->account_id, op->kind, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fd_secrets_clear_async (gint64               account_id,
                        const char          *kind,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (account_id > 0);

  task = secret_task_new (fd_secrets_clear_async, account_id, kind, NULL, NULL,
                          cancellable, callback, user_data);
  g_task_run_in_thread (task, clear_thread);
}

gboolean
fd_secrets_clear_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_secrets_clear_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
