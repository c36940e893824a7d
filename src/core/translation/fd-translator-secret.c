/* fd-translator-secret.c: translation API keys in the keyring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "fd-keyring-task.h"
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

/* The profile, engine and url of one key, copied on the calling thread. */
typedef struct
{
  char *profile;
  char *engine;
  char *url;
} KeyName;

static void
key_name_free (KeyName *name)
{
  g_free (name->profile);
  g_free (name->engine);
  g_free (name->url);
  g_free (name);
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


  return fd_keyring_store (get_schema (), attributes, label, key, cancellable, error);
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
  char *copy;

  copy = fd_keyring_lookup (get_legacy_schema (), attributes, cancellable, error);
  if (copy == NULL)
    return NULL;

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

  key = fd_keyring_lookup (get_schema (), attributes, cancellable, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (key == NULL)
    return take_legacy_key (profile, engine, url, cancellable, error);

  return key;
}

static gboolean
clear_key (const char    *profile,
           const char    *engine,
           const char    *url,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GHashTable) attributes = make_attributes (profile, engine, url);

  return fd_keyring_clear (get_schema (), attributes, cancellable, error);
}

/* Async: the blocking calls above, in a thread (fd-keyring-task.h). */

static gboolean
name_store (gpointer       data,
            const char    *label,
            const char    *secret,
            GCancellable  *cancellable,
            GError       **error)
{
  KeyName *name = data;

  return store_key (name->profile, name->engine, name->url, secret, cancellable, error);
}

static char *
name_lookup (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  KeyName *name = data;

  return lookup_key (name->profile, name->engine, name->url, cancellable, error);
}

static gboolean
name_clear (gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  KeyName *name = data;

  return clear_key (name->profile, name->engine, name->url, cancellable, error);
}

static const FdKeyringOps name_ops = {
  name_store, name_lookup, name_clear, (GDestroyNotify) key_name_free,
};

static KeyName *
key_name_new (FdStore    *store,
              const char *engine,
              const char *url)
{
  KeyName *name = g_new0 (KeyName, 1);

  name->profile = g_strdup (fd_store_get_profile_id (store));
  name->engine = g_strdup (engine);
  name->url = g_strdup (url);

  return name;
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
  g_return_if_fail (FD_IS_STORE (store));
  g_return_if_fail (engine != NULL);
  g_return_if_fail (key != NULL);

  fd_keyring_task_store (&name_ops, key_name_new (store, engine, url), NULL, key,
                         fd_translator_secret_store_async, cancellable, callback, user_data);
}

gboolean
fd_translator_secret_store_finish (GAsyncResult  *result,
                                   GError       **error)
{
  return fd_keyring_task_finish_boolean (result, fd_translator_secret_store_async, error);
}

void
fd_translator_secret_lookup_async (FdStore             *store,
                                   const char          *engine,
                                   const char          *url,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (FD_IS_STORE (store));
  g_return_if_fail (engine != NULL);

  fd_keyring_task_lookup (&name_ops, key_name_new (store, engine, url),
                          fd_translator_secret_lookup_async, cancellable, callback, user_data);
}

char *
fd_translator_secret_lookup_finish (GAsyncResult  *result,
                                    GError       **error)
{
  return fd_keyring_task_finish_secret (result, fd_translator_secret_lookup_async, error);
}

void
fd_translator_secret_clear_async (FdStore             *store,
                                  const char          *engine,
                                  const char          *url,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (FD_IS_STORE (store));
  g_return_if_fail (engine != NULL);

  fd_keyring_task_clear (&name_ops, key_name_new (store, engine, url),
                         fd_translator_secret_clear_async, cancellable, callback, user_data);
}

gboolean
fd_translator_secret_clear_finish (GAsyncResult  *result,
                                   GError       **error)
{
  return fd_keyring_task_finish_boolean (result, fd_translator_secret_clear_async, error);
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
