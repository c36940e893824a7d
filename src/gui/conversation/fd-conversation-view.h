/* fd-conversation-view.h: a whole thread, both sides, and the composer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-composer.h"
#include "fd-conversation-extras.h"
#include "fd-store.h"
#include "fd-store-worker.h"
#include "fd-translation-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_CONVERSATION_VIEW (fd_conversation_view_get_type ())

G_DECLARE_FINAL_TYPE (FdConversationView, fd_conversation_view, FD, CONVERSATION_VIEW, GtkWidget)

void        fd_conversation_view_set_store       (FdConversationView *self,
                                                  FdStore            *store);
/* Shows the conversation @message belongs to (NULL: none), scrolled to
 * @message and marked; a reply answers @message when the customer wrote
 * it, else their newest message. */
void        fd_conversation_view_show_message    (FdConversationView *self,
                                                  FdMessage          *message);
/* Reads the conversation again after the store changed. */
void        fd_conversation_view_reload          (FdConversationView *self);
gint64      fd_conversation_view_get_conversation_id (FdConversationView *self);
/* (element-type FdMessage) (transfer none): the thread shown, oldest first */
GPtrArray  *fd_conversation_view_get_messages    (FdConversationView *self);
void        fd_conversation_view_set_terms       (FdConversationView *self,
                                                  const char * const *terms);
FdComposer *fd_conversation_view_get_composer    (FdConversationView *self);
GtkWidget  *fd_conversation_view_get_back_button (FdConversationView *self);
GtkWidget  *fd_conversation_view_get_header_bar  (FdConversationView *self);
/* Reads repeat groups, customer links and the outbox off the main thread. */
void        fd_conversation_view_set_worker      (FdConversationView *self,
                                                  FdStoreWorker      *worker);
/* Shows messages in other languages translated into @user_lang. */
void        fd_conversation_view_set_translation (FdConversationView   *self,
                                                  FdTranslationManager *manager,
                                                  const char           *user_lang);
/* Hides a reply while its discarding can still be undone. */
void        fd_conversation_view_set_message_hidden (FdConversationView *self,
                                                     gint64              message_id,
                                                     gboolean            hidden);
/* What was read besides the messages, or NULL while it loads. */
FdConversationExtras *fd_conversation_view_get_extras (FdConversationView *self);

G_END_DECLS
