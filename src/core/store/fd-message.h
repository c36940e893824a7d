/* fd-message.h: one stored message, read from the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include "fd-types.h"

G_BEGIN_DECLS

#define FD_TYPE_MESSAGE (fd_message_get_type ())

G_DECLARE_FINAL_TYPE (FdMessage, fd_message, FD, MESSAGE, GObject)

gint64          fd_message_get_id              (FdMessage *self);
gint64          fd_message_get_sort_key        (FdMessage *self);
gint64          fd_message_get_conversation_id (FdMessage *self);
gint64          fd_message_get_account_id      (FdMessage *self);
gint64          fd_message_get_customer_id     (FdMessage *self);
const char     *fd_message_get_channel         (FdMessage *self);
const char     *fd_message_get_remote_id       (FdMessage *self);
const char     *fd_message_get_in_reply_to     (FdMessage *self);
const char     *fd_message_get_conversation_remote_id (FdMessage *self);
const char     *fd_message_get_author_handle   (FdMessage *self);
const char     *fd_message_get_author_name     (FdMessage *self);
const char     *fd_message_get_subject         (FdMessage *self);
const char     *fd_message_get_text            (FdMessage *self);
const char     *fd_message_get_html            (FdMessage *self);
const char     *fd_message_get_lang            (FdMessage *self);
const char     *fd_message_get_url             (FdMessage *self);
/* For outgoing messages: the handle written to. */
const char     *fd_message_get_recipient       (FdMessage *self);
/* For outgoing messages: whom it went to, by name where known; NULL
 * for incoming ones. */
const char     *fd_message_get_recipient_name  (FdMessage *self);
/* Who can see it, as its channel says ("public", "direct"…); NULL when
 * the channel does not say. */
const char     *fd_message_get_visibility      (FdMessage *self);
gint64          fd_message_get_created_at      (FdMessage *self);
FdDirection     fd_message_get_direction       (FdMessage *self);
FdMessageState  fd_message_get_state           (FdMessage *self);
gboolean        fd_message_get_truncated       (FdMessage *self);
/* Outbox state of the newest outbox entry for this message, or -1. */
int             fd_message_get_outbox_state    (FdMessage *self);
/* Number of copies in this message's repeat group (0 when not a repeat). */
guint           fd_message_get_repeat_count    (FdMessage *self);
guint           fd_message_get_n_attachments   (FdMessage *self);
/* The time (Unix) its conversation is snoozed until, 0 when it is not
 * snoozed (fd-snooze.h); read when the message was. */
gint64          fd_message_get_snoozed_until   (FdMessage *self);
/* When its author last edited it (the text is the edited one), 0 if
 * never; when its author deleted it (it is kept), 0 if not. */
gint64          fd_message_get_edited_at       (FdMessage *self);
gint64          fd_message_get_deleted_at      (FdMessage *self);
/* A one-line preview of the text, at most about 160 characters. */
char           *fd_message_dup_snippet         (FdMessage *self);

G_END_DECLS
