/* fd-translator-secret.c: translation API keys in the keyring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "fd-translator-secret.h"

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    "io.github.frontdesk.Frontdesk.Translator", SECRET_SCHEMA_NONE,
    {
      { "engine", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "url", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
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
  if (error == NULL || *error == NULL)
    return;
  g_prefix_error (error, "%s ", _("The keyring could not be used: is it running and unlocked?"));
}

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!secret_password_store_finish (result, &error))
    {
      explain_error (&error);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

void
fd_translator_secret_store_async (const char          *engine,
                                  const char          *url,
                                  const char          *key,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *label = make_label (engine, url);

  g_task_set_source_tag (task, fd_translator_secret_store_async);
  secret_password_store (get_schema (), SECRET_COLLECTION_DEFAULT, label, key,
                         cancellable, store_cb, task,
                         "engine", engine, "url", url != NULL ? url : "", NULL);
}

gboolean
fd_translator_secret_store_finish (GAsyncResult  *result,
                                   GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *key;

  key = secret_password_lookup_finish (result, &error);
  if (error != NULL)
    {
      explain_error (&error);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, key, (GDestroyNotify) secret_password_free);
}

void
fd_translator_secret_lookup_async (const char          *engine,
                                   const char          *url,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, fd_translator_secret_lookup_async);
  secret_password_lookup (get_schema (), cancellable, lookup_cb, task,
                          "engine", engine, "url", url != NULL ? url : "", NULL);
}

char *
fd_translator_secret_lookup_finish (GAsyncResult  *result,
                                    GError       **error)
{
  char *key = g_task_propagate_pointer (G_TASK (result), error);
  char *copy = g_strdup (key);

  secret_password_free (key);
  return copy;
}

static void
clear_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  secret_password_clear_finish (result, &error);
  if (error != NULL)
    {
      explain_error (&error);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

void
fd_translator_secret_clear_async (const char          *engine,
                                  const char          *url,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, fd_translator_secret_clear_async);
  secret_password_clear (get_schema (), cancellable, clear_cb, task,
                         "engine", engine, "url", url != NULL ? url : "", NULL);
}

gboolean
fd_translator_secret_clear_finish (GAsyncResult  *result,
                                   GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
fd_translator_secret_store_sync (const char    *engine,
                                 const char    *url,
                                 const char    *key,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autofree char *label = make_label (engine, url);

  if (!secret_password_store_sync (get_schema (), SECRET_COLLECTION_DEFAULT, label, key,
                                   cancellable, error,
                                   "engine", engine, "url", url != NULL ? url : "", NULL))
    {
      explain_error (error);
      return FALSE;
    }
  return TRUE;
}

char *
fd_translator_secret_lookup_sync (const char    *engine,
                                  const char    *url,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  GError *local_error = NULL;
  char *key;
  char *copy;

  key = secret_password_lookup_sync (get_schema (), cancellable, &local_error,
                                     "engine", engine, "url", url != NULL ? url : "", NULL);
  if (local_error != NULL)
    {
      explain_error (&local_error);
      g_propagate_error (error, local_error);
      return NULL;
    }

  copy = g_strdup (key);
  secret_password_free (key);
  return copy;
}
