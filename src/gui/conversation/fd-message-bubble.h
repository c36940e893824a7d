/* fd-message-bubble.h: one message of a conversation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-message.h"
#include "fd-outbox-entry.h"
#include "fd-translation-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_MESSAGE_BUBBLE (fd_message_bubble_get_type ())

G_DECLARE_FINAL_TYPE (FdMessageBubble, fd_message_bubble, FD, MESSAGE_BUBBLE, GtkWidget)

GtkWidget *fd_message_bubble_new         (FdMessage          *message,
                                          const char * const *terms);
FdMessage *fd_message_bubble_get_message (FdMessageBubble    *self);
/* The outbox entry of an outgoing reply: shows its error, and Retry,
 * Edit and Discard (the win.outbox-* actions, with the entry id). */
void       fd_message_bubble_set_outbox_entry (FdMessageBubble     *self,
                                               const FdOutboxEntry *entry);
/* Our reply was written as @text in @lang and sent translated: the bubble
 * says so, and shows either. NULL for a reply sent as written. */
void       fd_message_bubble_set_written      (FdMessageBubble     *self,
                                               const char          *text,
                                               const char          *lang);
/* Translates the message into @to with @manager when it is written in
 * another language, and shows the translation first. */
void       fd_message_bubble_translate   (FdMessageBubble      *self,
                                          FdTranslationManager *manager,
                                          const char           *to);
/* For the tests: "translating", "translated", "original", "failed",
 * "unavailable" (no engine has the pair; ::translation-unavailable was
 * emitted) or NULL when the message needs no translation. */
const char *fd_message_bubble_get_translation_state (FdMessageBubble *self);

G_END_DECLS
