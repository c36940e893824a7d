/* fd-saved-reply-context.c: what a saved reply needs to know about the
 * message it answers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-account.h"
#include "fd-channel.h"
#include "fd-customers.h"
#include "fd-language.h"
#include "fd-message.h"
#include "fd-saved-reply-context.h"

FdSavedReplyContext *
fd_saved_reply_context_new_for_message (FdStore  *store,
                                        gint64    message_id,
                                        GError  **error)
{
  g_autoptr(FdSavedReplyContext) context = g_new0 (FdSavedReplyContext, 1);
  g_autoptr(FdMessage) message = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GError) local_error = NULL;
  const FdChannelInfo *info;
  const char *lang;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if ((message = fd_store_get_message (store, message_id, error)) == NULL)
    return NULL;

  context->message_id = message_id;
  context->account_id = fd_message_get_account_id (message);
  context->channel = g_strdup (fd_message_get_channel (message));

  /* Our own message: the customer is who it went to. */
  if (fd_message_get_direction (message) == FD_DIRECTION_IN)
    {
      context->name = g_strdup (fd_message_get_author_name (message));
      context->handle = g_strdup (fd_message_get_author_handle (message));
    }
  else
    {
      context->name = g_strdup (fd_message_get_recipient_name (message));
      context->handle = g_strdup (fd_message_get_recipient (message));
    }

  if (fd_message_get_customer_id (message) > 0)
    {
      g_autoptr(FdCustomer) customer = fd_customers_get (store, fd_message_get_customer_id (message), NULL);

      if (customer != NULL && customer->name != NULL && *customer->name != '\0' &&
          (context->name == NULL || *context->name == '\0'))
        {
          g_free (context->name);
          context->name = g_strdup (customer->name);
        }
    }

  lang = fd_language_normalize (fd_message_get_lang (message));
  if (lang == NULL && fd_message_get_customer_id (message) > 0)
    lang = fd_language_get_customer_language (store, fd_message_get_customer_id (message), NULL);
  context->lang = g_strdup (lang);

  info = fd_channel_lookup (context->channel);
  context->link_chars = info != NULL ? info->link_chars : 0;

  if (context->account_id > 0 &&
      (account = fd_account_load (store, context->account_id, &local_error)) != NULL)
    {
      context->shop = g_strdup (fd_account_get_name (account));
      context->max_chars = fd_account_get_max_reply_chars (account);
    }
  else
    {
      if (local_error != NULL)
        g_debug ("No account for a saved reply: %s", local_error->message);
      context->max_chars = info != NULL ? info->max_reply_chars : 0;
    }

  return g_steal_pointer (&context);
}

void
fd_saved_reply_context_free (FdSavedReplyContext *context)
{
  if (context == NULL)
    return;
  g_free (context->channel);
  g_free (context->first_name);
  g_free (context->name);
  g_free (context->handle);
  g_free (context->shop);
  g_free (context->lang);
  g_free (context);
}

void
fd_saved_reply_context_get_fields (const FdSavedReplyContext *context,
                                   FdSavedReplyFields        *fields)
{
  g_return_if_fail (context != NULL && fields != NULL);

  fields->first_name = context->first_name;
  fields->name = context->name;
  fields->handle = context->handle;
  fields->shop = context->shop;
}
