/* fd-message-bubble.h: one message of a conversation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-message.h"

G_BEGIN_DECLS

#define FD_TYPE_MESSAGE_BUBBLE (fd_message_bubble_get_type ())

G_DECLARE_FINAL_TYPE (FdMessageBubble, fd_message_bubble, FD, MESSAGE_BUBBLE, GtkWidget)

GtkWidget *fd_message_bubble_new         (FdMessage          *message,
                                          const char * const *terms);
FdMessage *fd_message_bubble_get_message (FdMessageBubble    *self);

G_END_DECLS
