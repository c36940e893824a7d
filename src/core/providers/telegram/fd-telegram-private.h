/* fd-telegram-private.h: shared by the Telegram modules.
 *
 * Ids. Telegram numbers messages per chat, so a message's remote id is
 * made of the bot, the chat and the message: "BOT:CHAT:MSG" for a chat
 * with the bot, "BOT:b:CONNECTION:CHAT:MSG" for a chat of a Telegram
 * Business account that connected the bot. A conversation is the same
 * without ":MSG".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-account-setup-form.h"
#include "fd-parsed-message.h"
#include "fd-provider.h"
#include "fd-telegram-client.h"
#include "fd-telegram-provider.h"

G_BEGIN_DECLS

/* The updates Frontdesk handles: getUpdates's allowed_updates. */
extern const char * const fd_telegram_allowed_updates[];

/* A business chat's replies must follow the customer's last message
 * within this many seconds. */
#define FD_TELEGRAM_BUSINESS_WINDOW (24 * 60 * 60)

struct _FdTelegramProvider
{
  GObject           parent_instance;

  FdAccount        *account;
  char             *api_url;
  char             *token;      /* set for tests; else from the keyring */
  guint             timeout_ms;
  guint             page_size;
  guint             chat_interval_ms;
  gint64            max_file_bytes;

  /* Worker thread only. */
  FdTelegramClient *client;
  char             *bot_id;
  GHashTable       *last_sent;  /* chat id -> monotonic time of our last message */

  /* Push (fd-telegram-push.c): a long poll of getUpdates on a thread of
   * its own. Telegram answers one getUpdates at a time, so a sync's call
   * stops the poll (poll_mutex), and the poll asks from the offset the
   * sync last asked from: it never confirms an update that is not stored. */
  GMutex            poll_mutex;
  GMutex            mutex;      /* guards what follows */
  GCond             cond;
  char             *push_token;
  gint64            push_offset;
  guint             push_wait_s;
  guint             fetching;
  gboolean          push_waiting;  /* news reported, or no sync yet: wait for one */
  gboolean          push_running;
  GCancellable     *push_cancellable;
  GThread          *push_thread;
  GMainContext     *push_context;
};

typedef struct
{
  char   *bot_id;
  char   *connection;  /* NULL: a chat with the bot */
  gint64  chat_id;
  gint64  message_id;  /* 0 for a conversation */
} FdTelegramRef;

/* fd-telegram-updates.c */

/* A file a message carries, to fetch with getFile. */
typedef struct
{
  FdParsedAttachment *attachment;  /* not owned: the message's */
  char               *file_id;
} FdTelegramFile;

void       _fd_telegram_file_free     (FdTelegramFile *file);

/* The messages @updates (getUpdates's result) mean, oldest first: new
 * and edited messages, and deleted ones as state changes. Updates
 * Frontdesk does not store (group chats, a business connection's own
 * news) are passed over. Sets @next_offset to one past the last
 * update_id, or leaves it. Adds to @files (element-type FdTelegramFile)
 * the files the messages carry. */
GPtrArray *_fd_telegram_parse_updates (JsonArray     *updates,
                                       const char    *bot_id,
                                       gint64        *next_offset,
                                       GPtrArray     *files);
char      *_fd_telegram_thread_id     (const char    *bot_id,
                                       const char    *connection,
                                       gint64         chat_id);
gboolean   _fd_telegram_parse_ref     (const char    *remote_id,
                                       FdTelegramRef *ref);
void       _fd_telegram_ref_clear     (FdTelegramRef *ref);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FdTelegramRef, _fd_telegram_ref_clear)

/* fd-telegram-send.c: FdProvider's send method. */
char      *_fd_telegram_send          (FdProvider          *provider,
                                       const FdOutboxEntry *entry,
                                       gboolean             uncertain,
                                       GCancellable        *cancellable,
                                       GError             **error);
/* fd-telegram-provider.c: the client, signed in; NULL with an error. */
FdTelegramClient *_fd_telegram_provider_get_client (FdTelegramProvider  *self,
                                                    GCancellable        *cancellable,
                                                    GError             **error);

/* fd-telegram-push.c: FdProvider's push methods; a sync's getUpdates
 * goes between _fd_telegram_push_hold() and _fd_telegram_push_release(). */
gboolean   _fd_telegram_push_supported (FdProvider          *provider);
gboolean   _fd_telegram_push_start    (FdProvider          *provider,
                                       GError             **error);
void       _fd_telegram_push_stop     (FdProvider          *provider);
void       _fd_telegram_push_hold     (FdTelegramProvider  *self);
void       _fd_telegram_push_release  (FdTelegramProvider  *self,
                                       gint64               offset,
                                       const char          *token);

/* fd-telegram-setup-form.c: adding an account. */
gboolean   _fd_telegram_check_setup   (GHashTable     *params,
                                       GError        **error);
FdAccount *_fd_telegram_sign_in       (GHashTable     *params,
                                       const char     *secret,
                                       char          **note,
                                       GCancellable   *cancellable,
                                       GError        **error);
gboolean   _fd_telegram_is_same_account (FdAccount    *existing,
                                         FdAccount    *signed_in);
extern const FdAccountSetupForm _fd_telegram_setup_form;

G_END_DECLS
