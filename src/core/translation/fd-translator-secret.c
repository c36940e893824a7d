/* fd-translator-secret.c: translation API keys in the keyring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <string.h>

#include "fd-translator-secret.h"

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    "io.github.frontdesk.Frontdesk.TranslatorKey", SECRET_SCHEMA_NONE,
    {
      { "profile", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "engine", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "url", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  };

  return &schema;
}

/* Before keys belonged to a profile. */
static const SecretSchema *
get_legacy_schema (void)
{
  static const SecretSchema schema = {
    "io.github.frontdesk.Frontdesk.Translator", SECRET_SCHEMA_NONE,
    {
      { "engine", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "url", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  };

  return &schema;
}

static char *
make_label (const char *engine,
            const char *url)
{
  if (url != NULL && *url != '\0')
    /* Translators: a keyring entry: the engine ("deepl") and its address */
    return g_strdup_printf (_("Frontdesk translation key for %s at %s"), engine, url);
  /* Translators: a keyring entry; %s is the engine ("deepl") */
  return g_strdup_printf (_("Frontdesk translation key for %s"), engine);
}

/* Keyring errors say little; say what to do. */
static void
explain_error (GError **error)
{
  if (error == NULL || *error == NULL || g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_prefix_error (error, "%s ", _("The keyring could not be used: is it running and unlocked?"));
}

/* The profile, engine and url of one key, copied on the calling thread. */
typedef struct
{
  char *profile;
  char *engine;
  char *url;
  char *key;
} KeyOp;

static void
key_op_free (KeyOp *op)
{
  g_free (op->profile);
  g_free (op->engine);
  g_free (op->url);
  if (op->key != NULL)
    {
      memset (op->key, 0, strlen (op->key));
      g_free (op->key);
    }
  g_free (op);
}

static GHashTable *
make_attributes (const char *profile,
                 const char *engine,
                 const char *url)
{
  GHashTable *attributes = g_hash_table_new (g_str_hash, g_str_equal);

  if (profile != NULL)
    g_hash_table_insert (attributes, (gpointer) "profile", (gpointer) profile);
  g_hash_table_insert (attributes, (gpointer) "engine", (gpointer) engine);
  g_hash_table_insert (attributes, (gpointer) "url", (gpointer) (url != NULL ? url : ""));

  return attributes;
}

/* Blocking calls on a profile id */

static gboolean
store_key (const char    *profile,
           const char    *engine,
           const char    *url,
           const char    *key,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GHashTable) attributes = make_attributes (profile, engine, url);
  g_autofree char *label = make_label (engine, url);

  if (!secret_password_storev_sync (get_schema (), attributes, SECRET_COLLECTION_DEFAULT, label, key,
                                    cancellable, error))
    {
      explain_error (error);
      return FALSE;
    }
  return TRUE;
}

/* A key kept for every profile was meant for this engine at this address:
 * it may go there from any profile, so the first to ask takes it. */
static char *
take_legacy_key (const char    *profile,
                 const char    *engine,
                 const char    *url,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GHashTable) attributes = make_attributes (NULL, engine, url);
  GError *local_error = NULL;
  char *key;
  char *copy;

  key = secret_password_lookupv_sync (get_legacy_schema (), attributes, cancellable, &local_error);
  if (local_error != NULL)
    {
      explain_error (&local_error);
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (key == NULL)
    return NULL;

  copy = g_strdup (key);
  secret_password_free (key);
  if (!store_key (profile, engine, url, copy, cancellable, error))
    {
      g_free (copy);
      return NULL;
    }

  secret_password_clearv_sync (get_legacy_schema (), attributes, cancellable, &local_error);
  if (local_error != NULL)
    {
      g_warning ("The older keyring entry of the %s key stays: %s", engine, local_error->message);
      g_clear_error (&local_error);
    }

  return copy;
}

static char *
lookup_key (const char    *profile,
            const char    *engine,
            const char    *url,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GHashTable) attributes = make_attributes (profile, engine, url);
  GError *local_error = NULL;
  char *key;
  char *copy;

  key = secret_password_lookupv_sync (get_schema (), attributes, cancellable, &local_error);
  if (local_error != NULL)
    {
      explain_error (&local_error);
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (key == NULL)
    return take_legacy_key (profile, engine, url, cancellable, error);

  copy = g_strdup (key);
  secret_password_free (key);
  return copy;
}

static gboolean
clear_key (const char    *profile,
           const char    *engine,
           const char    *url,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GHashTable) attributes = make_attributes (profile, engine, url);
  GError *local_error = NULL;

  secret_password_clearv_sync (get_schema (), attributes, cancellable, &local_error);
  if (local_error != NULL)
    {
      explain_error (&local_error);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

/* Async: the blocking calls in a thread */

static GTask *
key_task_new (gpointer             source_tag,
              FdStore             *store,
              const char          *engine,
              const char          *url,
              const char          *key,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  KeyOp *op = g_new0 (KeyOp, 1);

  op->profile = g_strdup (fd_store_get_profile_id (store));
  op->engine = g_strdup (engine);
  op->url = g_strdup (url);
  op->key = g_strdup (key);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, op, (GDestroyNotify) key_op_free);

  return task;
}

static void
store_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  KeyOp *op = task_data;
  GError *error = NULL;

  if (store_key (op->profile, op->engine, op->url, op->key, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fd_translator_secret_store_async (FdStore             *store,
                                  const char          *engine,
                                  const char          *url,
                                  const char          *key,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FD_IS_STORE (store));
  g_return_if_fail (engine != NULL);
  g_return_if_fail (key != NULL);

  task = key_task_new (fd_translator_secret_store_async, store, engine, url, key,
                       cancellable, callback, user_data);
  g_task_run_in_thread (task, store_thread);
}

gboolean
fd_translator_secret_store_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_translator_secret_store_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
lookup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  KeyOp *op = task_data;
  GError *error = NULL;
  char *key;

  key = lookup_key (op->profile, op->engine, op->url, cancellable, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, key, g_free);
}

void
fd_translator_secret_lookup_async (FdStore             *store,
                                   const char          *engine,
                                   const char          *url,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FD_IS_STORE (store));
  g_return_if_fail (engine != NULL);

  task = key_task_new (fd_translator_secret_lookup_async, store, engine, url, NULL,
                       cancellable, callback, user_data);
  g_task_run_in_thread (task, lookup_thread);
}

char *
fd_translator_secret_lookup_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_translator_secret_lookup_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
clear_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  KeyOp *op = task_data;
  GError *error = NULL;

  if (clear_key (op->profile, op->engine, op->url, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fd_translator_secret_clear_async (FdStore             *store,
                                  const char          *engine,
                                  const char          *url,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FD_IS_STORE (store));
  g_return_if_fail (engine != NULL);

  task = key_task_new (fd_translator_secret_clear_async, store, engine, url, NULL,
                       cancellable, callback, user_data);
  g_task_run_in_thread (task, clear_thread);
}

gboolean
fd_translator_secret_clear_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_translator_secret_clear_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Public API: blocking */

gboolean
fd_translator_secret_store_sync (FdStore       *store,
                                 const char    *engine,
                                 const char    *url,
                                 const char    *key,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  g_return_val_if_fail (engine != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  return store_key (fd_store_get_profile_id (store), engine, url, key, cancellable, error);
}

char *
fd_translator_secret_lookup_sync (FdStore       *store,
                                  const char    *engine,
                                  const char    *url,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), NULL);
  g_return_val_if_fail (engine != NULL, NULL);

  return lookup_key (fd_store_get_profile_id (store), engine, url, cancellable, error);
}

gboolean
fd_translator_secret_clear_sync (FdStore       *store,
                                 const char    *engine,
                                 const char    *url,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  g_return_val_if_fail (engine != NULL, FALSE);

  return clear_key (fd_store_get_profile_id (store), engine, url, cancellable, error);
}
