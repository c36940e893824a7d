/* fd-conversation-extras.h: what the conversation view shows besides the
 * messages, read in the store worker: the repeat group, a suggestion to
 * link the customer with another, their identities, and the outbox
 * entries of the conversation's replies.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-customers.h"
#include "fd-outbox-entry.h"
#include "fd-repeats.h"
#include "fd-store-worker.h"

G_BEGIN_DECLS

typedef struct {
  gint64             conversation_id;
  FdRepeatGroup     *group;        /* the reply target's repeat group, or NULL */
  FdRepeatGroup     *possible;     /* else a possible repeat it is in (the same order
                                    * number under the same name on another channel) */
  FdCustomer        *customer;     /* the customer, or NULL */
  FdLinkSuggestion  *suggestion;   /* an open suggestion about them, or NULL */
  FdCustomer        *other;        /* the other customer of @suggestion */
  char              *customer_lang;/* the language they usually write in, or NULL */
  GHashTable        *entries;      /* message id -> FdOutboxEntry, replies not sent yet */
  GHashTable        *written;      /* message id -> FdWrittenReply, translated replies */
} FdConversationExtras;

void                  fd_conversation_extras_free        (FdConversationExtras *extras);
void                  fd_conversation_extras_load_async  (FdStoreWorker        *worker,
                                                          gint64                conversation_id,
                                                          gint64                message_id,
                                                          gint64                customer_id,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
FdConversationExtras *fd_conversation_extras_load_finish (FdStoreWorker        *worker,
                                                          GAsyncResult         *result,
                                                          GError              **error);

/* The identity of @customer on @channel with @handle, or the first. */
const FdIdentity     *fd_customer_find_identity          (const FdCustomer     *customer,
                                                          const char           *channel,
                                                          const char           *handle);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdConversationExtras, fd_conversation_extras_free)

G_END_DECLS
