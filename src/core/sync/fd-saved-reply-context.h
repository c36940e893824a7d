/* fd-saved-reply-context.h: what a saved reply needs to know about the
 * message it answers: the customer's names, the account's, the language
 * and the channel's limit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-saved-replies.h"
#include "fd-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64  message_id;
  gint64  account_id;
  char   *channel;
  char   *first_name;    /* NULL: the first word of name (fd_saved_reply_fill()) */
  char   *name;
  char   *handle;
  char   *shop;          /* the account's name */
  char   *lang;          /* the message's language, else the customer's usual one; may be NULL */
  guint   max_chars;     /* the account's longest reply, 0 for none */
  guint   link_chars;    /* what a web address counts for there */
} FdSavedReplyContext;

FdSavedReplyContext *fd_saved_reply_context_new_for_message (FdStore                   *store,
                                                             gint64                     message_id,
                                                             GError                   **error);
void                 fd_saved_reply_context_free            (FdSavedReplyContext       *context);
/* Fields pointing into @context. */
void                 fd_saved_reply_context_get_fields      (const FdSavedReplyContext *context,
                                                             FdSavedReplyFields        *fields);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSavedReplyContext, fd_saved_reply_context_free)

G_END_DECLS
