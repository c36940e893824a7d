/* fd-account-setup-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-account-setup-form.h"
#include "fd-account-setup.h"
#include "fd-channel.h"
#include "fd-provider.h"

static GHashTable *
copy_params (GHashTable *params)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  if (params == NULL)
    return copy;

  g_hash_table_iter_init (&iter, params);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), g_strdup (value));

  return copy;
}

static void
free_secret (char *secret)
{
  if (secret != NULL)
    memset (secret, 0, strlen (secret));
  g_free (secret);
}

/* Forms */

const FdAccountSetupForm *
fd_account_setup_get_form (const char *channel)
{
  FdProviderInterface *iface;

  g_return_val_if_fail (channel != NULL, NULL);

  iface = fd_provider_peek_channel (channel);
  if (iface == NULL || iface->sign_in == NULL)
    return NULL;

  return iface->setup_form;
}

static int
compare_display_names (gconstpointer a,
                       gconstpointer b)
{
  const char *name_a = *(const char * const *) a;
  const char *name_b = *(const char * const *) b;

  return g_utf8_collate (fd_channel_display_name (name_a), fd_channel_display_name (name_b));
}

GPtrArray *
fd_account_setup_list_channels (void)
{
  g_autoptr(GPtrArray) infos = fd_channel_list ();
  GPtrArray *channels = g_ptr_array_new ();

  for (guint i = 0; i < infos->len; i++)
    {
      const FdChannelInfo *info = g_ptr_array_index (infos, i);

      if (fd_account_setup_get_form (info->name) != NULL)
        g_ptr_array_add (channels, (gpointer) info->name);
    }
  g_ptr_array_sort (channels, compare_display_names);

  return channels;
}

const FdSetupField *
fd_account_setup_form_get_field (const FdAccountSetupForm *form,
                                 const char               *id)
{
  g_return_val_if_fail (form != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (const FdSetupField *field = form->fields; field != NULL && field->id != NULL; field++)
    if (g_str_equal (field->id, id))
      return field;

  return NULL;
}

const FdSetupField *
fd_account_setup_form_get_secret_field (const FdAccountSetupForm *form)
{
  g_return_val_if_fail (form != NULL, NULL);

  for (const FdSetupField *field = form->fields; field != NULL && field->id != NULL; field++)
    if (field->flags & FD_SETUP_FIELD_SECRET)
      return field;

  return NULL;
}

gboolean
fd_setup_field_is_shown (const FdSetupField *field,
                         GHashTable         *params)
{
  g_return_val_if_fail (field != NULL, FALSE);

  if (field->shown_when[0] == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (field->shown_when) && field->shown_when[i] != NULL; i++)
    {
      const char *condition = field->shown_when[i];
      const char *equals = strchr (condition, '=');
      g_autofree char *id = NULL;

      g_return_val_if_fail (equals != NULL, TRUE);

      id = g_strndup (condition, (gsize) (equals - condition));
      if (params != NULL && g_strcmp0 (g_hash_table_lookup (params, id), equals + 1) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Discover */

gboolean
fd_account_setup_can_discover (const char *channel)
{
  const FdAccountSetupForm *form = fd_account_setup_get_form (channel);

  return form != NULL && form->discover != NULL;
}

typedef struct
{
  GHashTable *found;
  char       *note;
} DiscoverResult;

static void
discover_result_free (DiscoverResult *result)
{
  g_clear_pointer (&result->found, g_hash_table_unref);
  g_free (result->note);
  g_free (result);
}

static void
discover_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  const FdAccountSetupForm *form = g_object_get_data (G_OBJECT (task), "form");
  GHashTable *params = task_data;
  DiscoverResult *result = g_new0 (DiscoverResult, 1);
  GError *error = NULL;

  result->found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!form->discover (params, result->found, &result->note, cancellable, &error))
    {
      discover_result_free (result);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, result, (GDestroyNotify) discover_result_free);
}

void
fd_account_setup_discover_async (const char          *channel,
                                 GHashTable          *params,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  const FdAccountSetupForm *form;
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (channel != NULL);
  g_return_if_fail (params != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_account_setup_discover_async);

  form = fd_account_setup_get_form (channel);
  if (form == NULL || form->discover == NULL)
    {
      g_task_return_new_error (task, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_NOT_SUPPORTED,
                               _("Frontdesk cannot find the settings of “%s” accounts by itself. Enter them by hand."),
                               fd_channel_display_name (channel));
      return;
    }

  g_object_set_data (G_OBJECT (task), "form", (gpointer) form);
  g_task_set_task_data (task, copy_params (params), (GDestroyNotify) g_hash_table_unref);
  g_task_run_in_thread (task, discover_thread);
}

GHashTable *
fd_account_setup_discover_finish (GAsyncResult  *result,
                                  char         **note,
                                  GError       **error)
{
  DiscoverResult *found;
  GHashTable *values;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_account_setup_discover_async, NULL);

  if (note != NULL)
    *note = NULL;
  if (!(found = g_task_propagate_pointer (G_TASK (result), error)))
    return NULL;

  values = g_steal_pointer (&found->found);
  if (note != NULL)
    *note = g_steal_pointer (&found->note);
  discover_result_free (found);

  return values;
}

/* Accounts other programs signed in to */

void
fd_setup_external_account_free (FdSetupExternalAccount *account)
{
  if (account == NULL)
    return;

  g_free (account->channel);
  g_free (account->title);
  g_free (account->subtitle);
  g_clear_pointer (&account->params, g_hash_table_unref);
  g_free (account);
}

static void
list_external_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  g_autoptr(GPtrArray) channels = fd_account_setup_list_channels ();
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_setup_external_account_free);

  for (guint i = 0; i < channels->len; i++)
    {
      const char *channel = g_ptr_array_index (channels, i);
      const FdAccountSetupForm *form = fd_account_setup_get_form (channel);
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(GError) error = NULL;

      if (form->list_external == NULL)
        continue;
      if (!(found = form->list_external (cancellable, &error)))
        {
          g_debug ("No external %s accounts: %s", channel, error->message);
          continue;
        }
      for (guint j = 0; j < found->len; j++)
        {
          FdSetupExternalAccount *account = g_ptr_array_index (found, j);

          g_free (account->channel);
          account->channel = g_strdup (channel);
        }
      g_ptr_array_extend_and_steal (all, g_steal_pointer (&found));
    }

  g_task_return_pointer (task, all, (GDestroyNotify) g_ptr_array_unref);
}

void
fd_account_setup_list_external_async (GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, fd_account_setup_list_external_async);
  g_task_run_in_thread (task, list_external_thread);
}

GPtrArray *
fd_account_setup_list_external_finish (GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Signing in again */

GHashTable *
fd_account_setup_dup_params (FdAccount *account)
{
  const FdAccountSetupForm *form;
  GHashTable *params;

  g_return_val_if_fail (FD_IS_ACCOUNT (account), NULL);

  form = fd_account_setup_get_form (fd_account_get_channel (account));
  if (form == NULL || form->account_params == NULL)
    return NULL;

  params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  form->account_params (account, params);
  if (g_hash_table_size (params) == 0)
    {
      g_hash_table_unref (params);
      return NULL;
    }
  /* Adding with these updates this account (fd_account_setup_add_sync()). */
  g_hash_table_insert (params, g_strdup ("account-id"), g_strdup_printf ("%" G_GINT64_FORMAT, fd_account_get_id (account)));
  return params;
}

char *
fd_account_setup_describe_sign_in (FdAccount *account)
{
  g_autofree char *kind = NULL;

  g_return_val_if_fail (FD_IS_ACCOUNT (account), NULL);

  kind = fd_account_dup_setting_string (account, "secret-kind");
  if (kind == NULL)
    kind = g_strdup (fd_channel_secret_kind (fd_account_get_channel (account)));

  if (g_str_equal (kind, "none"))
    return g_strdup (_("Signs in through Online Accounts in the system settings."));
  if (g_str_equal (kind, "refresh-token"))
    return g_strdup (_("Signs in on the provider’s page in the browser (OAuth)."));
  if (g_str_equal (kind, "password"))
    return g_strdup (_("Signs in with a password."));
  if (g_str_equal (kind, "app-password") || g_str_equal (kind, "session"))
    return g_strdup (_("Signs in with an app password."));
  return g_strdup (_("Signs in with an access token."));
}

/* Browser sign-in */

gboolean
fd_account_setup_offers_browser_sign_in (const char *channel,
                                         GHashTable *params)
{
  const FdAccountSetupForm *form;

  g_return_val_if_fail (channel != NULL, FALSE);

  form = fd_account_setup_get_form (channel);
  if (form == NULL || form->browser_sign_in_new == NULL)
    return FALSE;

  return form->offers_browser_sign_in == NULL || form->offers_browser_sign_in (params);
}

FdBrowserSignIn *
fd_account_setup_browser_sign_in_new (const char  *channel,
                                      GHashTable  *params,
                                      GError     **error)
{
  const FdAccountSetupForm *form;

  g_return_val_if_fail (channel != NULL, NULL);
  g_return_val_if_fail (params != NULL, NULL);

  if (!fd_account_setup_offers_browser_sign_in (channel, params))
    {
      g_set_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_NOT_SUPPORTED,
                   _("“%s” accounts cannot sign in with a browser here. Enter the password instead."),
                   fd_channel_display_name (channel));
      return NULL;
    }
  if (!fd_account_setup_check (channel, params, error))
    return NULL;

  form = fd_account_setup_get_form (channel);
  return form->browser_sign_in_new (params, error);
}

/* Adding */

typedef struct
{
  char       *data_dir;
  char       *channel;
  GHashTable *params;
  char       *secret;
} AddData;

static void
add_data_free (AddData *data)
{
  g_free (data->data_dir);
  g_free (data->channel);
  g_clear_pointer (&data->params, g_hash_table_unref);
  free_secret (data->secret);
  g_free (data);
}

typedef struct
{
  FdAccount *account;
  char      *note;
} AddResult;

static void
add_result_free (AddResult *result)
{
  g_clear_object (&result->account);
  g_free (result->note);
  g_free (result);
}

static void
add_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  AddData *data = task_data;
  AddResult *result = g_new0 (AddResult, 1);
  GError *error = NULL;

  result->account = fd_account_setup_add_sync (data->data_dir, data->channel, data->params, data->secret,
                                               &result->note, cancellable, &error);
  if (result->account == NULL)
    {
      add_result_free (result);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, result, (GDestroyNotify) add_result_free);
}

void
fd_account_setup_add_async (const char          *data_dir,
                            const char          *channel,
                            GHashTable          *params,
                            const char          *secret,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AddData *data;

  g_return_if_fail (data_dir != NULL);
  g_return_if_fail (channel != NULL);
  g_return_if_fail (params != NULL);
  g_return_if_fail (secret != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_account_setup_add_async);
  /* An account saved just as the person cancelled is still reported. */
  g_task_set_check_cancellable (task, FALSE);

  data = g_new0 (AddData, 1);
  data->data_dir = g_strdup (data_dir);
  data->channel = g_strdup (channel);
  data->params = copy_params (params);
  data->secret = g_strdup (secret);
  g_task_set_task_data (task, data, (GDestroyNotify) add_data_free);
  g_task_run_in_thread (task, add_thread);
}

FdAccount *
fd_account_setup_add_finish (GAsyncResult  *result,
                             char         **note,
                             GError       **error)
{
  AddResult *added;
  FdAccount *account;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_account_setup_add_async, NULL);

  if (note != NULL)
    *note = NULL;
  if (!(added = g_task_propagate_pointer (G_TASK (result), error)))
    return NULL;

  account = g_steal_pointer (&added->account);
  if (note != NULL)
    *note = g_steal_pointer (&added->note);
  add_result_free (added);

  return account;
}

const char *
fd_account_setup_error_field (const char   *channel,
                              const GError *error)
{
  const FdAccountSetupForm *form;

  g_return_val_if_fail (channel != NULL, NULL);

  if (error == NULL || (form = fd_account_setup_get_form (channel)) == NULL || form->error_field == NULL)
    return NULL;

  return form->error_field (error);
}
