/* bluesky-chat-stand-in.h: a stand-in for Bluesky's chat service.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _BlueskyChatStandIn BlueskyChatStandIn;

/* @pds_url: the PDS whose access tokens it takes (it asks that PDS). */
BlueskyChatStandIn *bluesky_chat_stand_in_new        (const char         *pds_url);
void                bluesky_chat_stand_in_free       (BlueskyChatStandIn *self);
/* "http://127.0.0.1:PORT": where the chat calls go. */
const char         *bluesky_chat_stand_in_get_url    (BlueskyChatStandIn *self);
/* Someone who may chat: getConvo shows them with @handle. */
void                bluesky_chat_stand_in_add_member (BlueskyChatStandIn *self,
                                                      const char         *did,
                                                      const char         *handle,
                                                      const char         *display_name);
/* @from writes @text to @to, in their direct conversation (made when
 * there is none); returns the conversation's id. */
char               *bluesky_chat_stand_in_say        (BlueskyChatStandIn *self,
                                                      const char         *from,
                                                      const char         *to,
                                                      const char         *text);
/* The same, as if sent @days_ago days ago (for history: say the old
 * messages first). */
char               *bluesky_chat_stand_in_say_before (BlueskyChatStandIn *self,
                                                      const char         *from,
                                                      const char         *to,
                                                      const char         *text,
                                                      gint64              days_ago);
/* How many calls of @nsid it took (refused ones too). */
guint               bluesky_chat_stand_in_count_calls (BlueskyChatStandIn *self,
                                                       const char         *nsid);
/* How many messages of @sender in @convo_id say @text. */
guint               bluesky_chat_stand_in_count_messages (BlueskyChatStandIn *self,
                                                          const char         *convo_id,
                                                          const char         *sender,
                                                          const char         *text);
/* How many conversations there are. */
guint               bluesky_chat_stand_in_count_convos (BlueskyChatStandIn *self);
/* The next @n sendMessage calls store the message and lose the answer. */
void                bluesky_chat_stand_in_drop_sends (BlueskyChatStandIn *self,
                                                      guint               n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlueskyChatStandIn, bluesky_chat_stand_in_free)

G_END_DECLS
