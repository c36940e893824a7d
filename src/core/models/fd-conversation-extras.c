/* fd-conversation-extras.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fd-conversation-extras.h"
#include "fd-language.h"
#include "fd-outbox.h"

typedef struct {
  gint64 conversation_id;
  gint64 message_id;
  gint64 customer_id;
} Request;

void
fd_conversation_extras_free (FdConversationExtras *extras)
{
  if (extras == NULL)
    return;

  g_clear_pointer (&extras->group, fd_repeat_group_free);
  g_clear_pointer (&extras->possible, fd_repeat_group_free);
  g_clear_pointer (&extras->customer, fd_customer_free);
  g_clear_pointer (&extras->suggestion, fd_link_suggestion_free);
  g_clear_pointer (&extras->other, fd_customer_free);
  g_clear_pointer (&extras->customer_lang, g_free);
  g_clear_pointer (&extras->entries, g_hash_table_unref);
  g_clear_pointer (&extras->written, g_hash_table_unref);
  g_free (extras);
}

static gpointer
load_job (FdStore       *store,
          gpointer       data,
          GCancellable  *cancellable,
          GError       **error)
{
  Request *request = data;
  g_autoptr(FdConversationExtras) extras = g_new0 (FdConversationExtras, 1);
  g_autoptr(FdOutbox) outbox = fd_outbox_new (store);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) local_error = NULL;

  extras->conversation_id = request->conversation_id;
  extras->entries = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           (GDestroyNotify)fd_outbox_entry_free);

  if (request->message_id != 0)
    {
      gint64 group_id = fd_repeats_get_group_id (store, request->message_id, error);

      if (group_id < 0)
        return NULL;
      if (group_id > 0 && !(extras->group = fd_repeats_get_group (store, group_id, error)))
        return NULL;
    }

  if (request->customer_id > 0)
    {
      g_autoptr(GPtrArray) suggestions = NULL;
      const char *lang;

      if (!(extras->customer = fd_customers_get (store, request->customer_id, &local_error)))
        {
          /* Erased or merged meanwhile: nothing to show about them. */
          g_debug ("No customer %" G_GINT64_FORMAT ": %s", request->customer_id, local_error->message);
          g_clear_error (&local_error);
        }

      if (!(suggestions = fd_customers_list_suggestions (store, error)))
        return NULL;

      for (guint i = 0; i < suggestions->len && extras->suggestion == NULL; i++)
        {
          FdLinkSuggestion *suggestion = g_ptr_array_index (suggestions, i);
          gint64 other_id;

          if (suggestion->customer_a == request->customer_id)
            other_id = suggestion->customer_b;
          else if (suggestion->customer_b == request->customer_id)
            other_id = suggestion->customer_a;
          else
            continue;

          if ((extras->other = fd_customers_get (store, other_id, NULL)) != NULL)
            extras->suggestion = g_ptr_array_steal_index (suggestions, i);
        }

      /* A possible repeat comes with a suggestion about the customer. */
      if (extras->suggestion != NULL && extras->group == NULL && request->message_id != 0)
        {
          g_autoptr(GPtrArray) possible = fd_customers_list_possible_repeats (store, error);

          if (possible == NULL)
            return NULL;
          for (guint i = 0; i < possible->len && extras->possible == NULL; i++)
            {
              FdRepeatGroup *group = g_ptr_array_index (possible, i);

              for (guint j = 0; j < group->messages->len; j++)
                if (fd_message_get_id (g_ptr_array_index (group->messages, j)) == request->message_id)
                  {
                    extras->possible = g_ptr_array_steal_index (possible, i);
                    break;
                  }
            }
        }

      lang = fd_language_get_customer_language (store, request->customer_id, NULL);
      extras->customer_lang = g_strdup (lang);
    }

  if (!(entries = fd_outbox_list (outbox, 0, FALSE, error)) ||
      !(extras->written = fd_outbox_get_written (outbox, request->conversation_id, error)))
    return NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      FdOutboxEntry *entry = g_ptr_array_index (entries, i);

      if (entry->conversation_id != request->conversation_id || !fd_outbox_entry_is_reply (entry))
        continue;

      g_hash_table_replace (extras->entries, g_memdup2 (&entry->message_id, sizeof (gint64)),
                            fd_outbox_entry_copy (entry));
    }

  return g_steal_pointer (&extras);
}

void
fd_conversation_extras_load_async (FdStoreWorker       *worker,
                                   gint64               conversation_id,
                                   gint64               message_id,
                                   gint64               customer_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  Request *request = g_new0 (Request, 1);

  request->conversation_id = conversation_id;
  request->message_id = message_id;
  request->customer_id = customer_id;

  fd_store_worker_run_async (worker, load_job, request, g_free,
                             (GDestroyNotify)fd_conversation_extras_free,
                             cancellable, callback, user_data);
}

FdConversationExtras *
fd_conversation_extras_load_finish (FdStoreWorker  *worker,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  return fd_store_worker_run_finish (worker, result, error);
}

const FdIdentity *
fd_customer_find_identity (const FdCustomer *customer,
                           const char       *channel,
                           const char       *handle)
{
  if (customer == NULL || customer->identities == NULL || customer->identities->len == 0)
    return NULL;

  for (guint i = 0; i < customer->identities->len; i++)
    {
      const FdIdentity *identity = g_ptr_array_index (customer->identities, i);

      if (g_strcmp0 (identity->channel, channel) == 0 &&
          (handle == NULL || g_strcmp0 (identity->handle, handle) == 0))
        return identity;
    }

  return g_ptr_array_index (customer->identities, 0);
}
