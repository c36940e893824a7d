/* fd-keyring-task.c: a module's blocking keyring calls, run in a thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-keyring-task.h"

typedef enum { OP_STORE, OP_LOOKUP, OP_CLEAR } Op;

typedef struct
{
  const FdKeyringOps *ops;
  Op                  op;
  gpointer            key;
  char               *label;
  char               *secret;
} KeyringTask;

void
fd_keyring_secret_free (char *secret)
{
  if (secret == NULL)
    return;
  memset (secret, 0, strlen (secret));
  g_free (secret);
}

static void
keyring_task_free (KeyringTask *data)
{
  if (data->key != NULL && data->ops->key_free != NULL)
    data->ops->key_free (data->key);
  g_free (data->label);
  fd_keyring_secret_free (data->secret);
  g_free (data);
}

static void
keyring_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  KeyringTask *data = task_data;
  GError *error = NULL;
  char *secret;

  switch (data->op)
    {
    case OP_STORE:
      if (data->ops->store (data->key, data->label, data->secret, cancellable, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      break;

    case OP_LOOKUP:
      secret = data->ops->lookup (data->key, cancellable, &error);
      if (error != NULL)
        g_task_return_error (task, error);
      else
        g_task_return_pointer (task, secret, (GDestroyNotify) fd_keyring_secret_free);
      break;

    case OP_CLEAR:
      if (data->ops->clear (data->key, cancellable, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
run (const FdKeyringOps  *ops,
     Op                   op,
     gpointer             key,
     const char          *label,
     const char          *secret,
     gpointer             source_tag,
     GCancellable        *cancellable,
     GAsyncReadyCallback  callback,
     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  KeyringTask *data = g_new0 (KeyringTask, 1);

  data->ops = ops;
  data->op = op;
  data->key = key;
  data->label = g_strdup (label);
  data->secret = g_strdup (secret);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) keyring_task_free);
  g_task_run_in_thread (task, keyring_thread);
}

void
fd_keyring_task_store (const FdKeyringOps  *ops,
                       gpointer             key,
                       const char          *label,
                       const char          *secret,
                       gpointer             source_tag,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_return_if_fail (ops != NULL && ops->store != NULL);
  g_return_if_fail (secret != NULL);

  run (ops, OP_STORE, key, label, secret, source_tag, cancellable, callback, user_data);
}

void
fd_keyring_task_lookup (const FdKeyringOps  *ops,
                        gpointer             key,
                        gpointer             source_tag,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (ops != NULL && ops->lookup != NULL);

  run (ops, OP_LOOKUP, key, NULL, NULL, source_tag, cancellable, callback, user_data);
}

void
fd_keyring_task_clear (const FdKeyringOps  *ops,
                       gpointer             key,
                       gpointer             source_tag,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_return_if_fail (ops != NULL && ops->clear != NULL);

  run (ops, OP_CLEAR, key, NULL, NULL, source_tag, cancellable, callback, user_data);
}

gboolean
fd_keyring_task_finish_boolean (GAsyncResult  *result,
                                gpointer       source_tag,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
fd_keyring_task_finish_secret (GAsyncResult  *result,
                               gpointer       source_tag,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
fd_keyring_propagate_error (GError **error,
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
fd_keyring_store (const SecretSchema  *schema,
                  GHashTable          *attributes,
                  const char          *label,
                  const char          *secret,
                  GCancellable        *cancellable,
                  GError             **error)
{
  GError *local_error = NULL;

  if (!secret_password_storev_sync (schema, attributes, SECRET_COLLECTION_DEFAULT, label, secret,
                                    cancellable, &local_error))
    {
      fd_keyring_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

char *
fd_keyring_lookup (const SecretSchema  *schema,
                   GHashTable          *attributes,
                   GCancellable        *cancellable,
                   GError             **error)
{
  GError *local_error = NULL;
  char *secret;
  char *copy;

  secret = secret_password_lookupv_sync (schema, attributes, cancellable, &local_error);
  if (local_error != NULL)
    {
      fd_keyring_propagate_error (error, local_error);
      return NULL;
    }
  if (secret == NULL)
    return NULL;

  /* Callers free with g_free(); libsecret's copy is wiped. */
  copy = g_strdup (secret);
  secret_password_free (secret);

  return copy;
}

gboolean
fd_keyring_clear (const SecretSchema  *schema,
                  GHashTable          *attributes,
                  GCancellable        *cancellable,
                  GError             **error)
{
  GError *local_error = NULL;

  secret_password_clearv_sync (schema, attributes, cancellable, &local_error);
  if (local_error != NULL)
    {
      fd_keyring_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}
