/* telegram-stand-in.h: a Telegram Bot API stand-in for the tests.
 *
 * Written from the published Bot API documentation
 * (https://core.telegram.org/bots/api); no Telegram server can run here.
 * It speaks what Frontdesk uses: getMe, getUpdates (offset confirms and
 * forgets earlier updates, limit, a long-poll timeout, allowed_updates),
 * sendMessage (reply_parameters, business_connection_id),
 * getBusinessConnection, getFile and file downloads, with updates of
 * the kinds message, edited_message, business_connection,
 * business_message, edited_business_message and
 * deleted_business_messages. Errors come as the Bot API sends them:
 * {"ok": false, "error_code": …, "description": …, "parameters":
 * {"retry_after": …}}. Faults can be injected per method: 429 with
 * retry_after, 500, and a request carried out before the connection
 * drops. For scripts, GET /stand-in/sent lists what the bot sent (JSON)
 * and GET /stand-in/drop-next-send makes the next sendMessage drop its
 * answer.
 *
 * Runs a SoupServer on 127.0.0.1 (a free port) in its own thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TelegramStandIn TelegramStandIn;

#define TELEGRAM_STAND_IN_BOT_ID   7000001
#define TELEGRAM_STAND_IN_OWNER_ID 5550001   /* the Telegram Business account */

typedef enum {
  TELEGRAM_FAULT_429,
  TELEGRAM_FAULT_500,
  TELEGRAM_FAULT_DROP_AFTER,   /* carried out, the answer lost */
  TELEGRAM_FAULT_WEBHOOK,      /* 409: the bot has a webhook */
} TelegramFault;

typedef struct
{
  gint64  message_id;
  gint64  chat_id;
  char   *text;
  char   *business_connection_id;  /* NULL for the bot's own chats */
  gint64  reply_to;                /* reply_parameters.message_id, 0 if none */
  gint64  sent_at_us;              /* monotonic */
} TelegramSent;

TelegramStandIn *telegram_stand_in_new            (void);
void             telegram_stand_in_free           (TelegramStandIn *self);
const char      *telegram_stand_in_get_url        (TelegramStandIn *self);
const char      *telegram_stand_in_get_token      (TelegramStandIn *self);
/* Every request then gets 401 Unauthorized, as after /revoke in BotFather. */
void             telegram_stand_in_revoke_token   (TelegramStandIn *self);

/* The next @times calls of @method fail with @fault. */
void             telegram_stand_in_add_fault      (TelegramStandIn *self,
                                                   const char      *method,
                                                   TelegramFault    fault,
                                                   guint            times);
void             telegram_stand_in_set_retry_after (TelegramStandIn *self,
                                                    guint           seconds);

/* A customer writes to the bot: a "message" update. Returns the message id. */
gint64           telegram_stand_in_add_message    (TelegramStandIn *self,
                                                   gint64           user_id,
                                                   const char      *first_name,
                                                   const char      *language_code,
                                                   const char      *text);
/* A customer writes to the business account (@from_owner: the owner
 * writes to the customer): a "business_message" update. @date 0: now. */
gint64           telegram_stand_in_add_business_message (TelegramStandIn *self,
                                                         const char      *connection_id,
                                                         gint64           customer_id,
                                                         gboolean         from_owner,
                                                         const char      *text,
                                                         gint64           date);
/* The author edits a message (business chat when @connection_id is set). */
void             telegram_stand_in_edit_message   (TelegramStandIn *self,
                                                   const char      *connection_id,
                                                   gint64           customer_id,
                                                   gint64           message_id,
                                                   const char      *text);
void             telegram_stand_in_delete_business_messages (TelegramStandIn *self,
                                                             const char      *connection_id,
                                                             gint64           customer_id,
                                                             const gint64    *message_ids,
                                                             guint            n_ids);
/* The business account connects the bot (or changes its rights). */
void             telegram_stand_in_set_connection (TelegramStandIn *self,
                                                   const char      *connection_id,
                                                   gboolean         can_reply,
                                                   gboolean         enabled);
/* A photo with a caption, a document or a voice message. */
gint64           telegram_stand_in_add_file_message (TelegramStandIn *self,
                                                     gint64           user_id,
                                                     const char      *kind,
                                                     const char      *caption,
                                                     const char      *content,
                                                     gsize            size);

/* Called on the server's thread whenever a getUpdates call confirms
 * updates (an offset past some of them), before it answers. */
typedef void (*TelegramConfirmFunc) (gint64   offset,
                                     gpointer user_data);
void             telegram_stand_in_set_confirm_func (TelegramStandIn    *self,
                                                     TelegramConfirmFunc func,
                                                     gpointer            user_data);

/* Updates not yet confirmed by an offset. */
guint            telegram_stand_in_get_n_pending  (TelegramStandIn *self);
gint64           telegram_stand_in_get_last_update_id (TelegramStandIn *self);
/* (element-type TelegramSent) every message the bot sent, in order. */
GPtrArray       *telegram_stand_in_dup_sent       (TelegramStandIn *self);
guint            telegram_stand_in_count_calls    (TelegramStandIn *self,
                                                   const char      *method);
/* The allowed_updates of the last getUpdates, joined with ",". */
char            *telegram_stand_in_dup_allowed_updates (TelegramStandIn *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TelegramStandIn, telegram_stand_in_free)

G_END_DECLS
