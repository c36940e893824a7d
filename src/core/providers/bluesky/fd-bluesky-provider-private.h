/* fd-bluesky-provider-private.h: the provider's state, shared by
 * fd-bluesky-provider.c (the session, fetching) and fd-bluesky-send.c
 * (replies). The sync manager calls both on the account's worker
 * thread, one call at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-bluesky-private.h"
#include "fd-bluesky-provider.h"

G_BEGIN_DECLS

struct _FdBlueskyProvider
{
  GObject          parent_instance;

  FdAccount       *account;
  FdBlueskyClient *client;
  FdBlueskyClient *chat_client;  /* the PDS (or chat-url), with the chat proxy header */
  gboolean         chat_refused; /* the app password may not use direct messages */
  char            *chat_notice;  /* what the refusal said, for the account's notice */
  guint            timeout_ms;
  guint            page_size;

  char            *did;
  char            *access_jwt;
  char            *refresh_jwt;
  GHashTable      *seen;      /* remote ids added in this call */
};

/* An XRPC call with the session; an expired access token is renewed
 * (refreshSession) and the call made once more. */
JsonNode *_fd_bluesky_provider_call (FdBlueskyProvider   *self,
                                     const char          *nsid,
                                     const char          *query,
                                     JsonNode            *body,
                                     gboolean             may_have_arrived,
                                     char               **xrpc_error,
                                     GCancellable        *cancellable,
                                     GError             **error);

/* The same, through the chat service (chat.bsky.convo.*). */
JsonNode *_fd_bluesky_provider_chat_call (FdBlueskyProvider *self,
                                          const char        *nsid,
                                          const char        *query,
                                          JsonNode          *body,
                                          gboolean           may_have_arrived,
                                          GCancellable      *cancellable,
                                          GError           **error);

/* fd-bluesky-provider.c: the answers of the server read without it (the
 * fuzz targets feed them what they like). */

/* A listNotifications page, newest first: adds the notifications worth
 * a message (mentions, replies, quotes) to @posts (element-type
 * JsonObject, a reference each); stops at an indexedAt before @stop_at
 * (NULL: never) and sets @reached; keeps in @newest the newest
 * indexedAt, in @oldest_time (NULL: not wanted) the oldest time; sets
 * @next_cursor to the page's cursor, or NULL on an empty page. */
void       _fd_bluesky_read_notifications (JsonObject  *page,
                                           const char  *stop_at,
                                           GPtrArray   *posts,
                                           char       **next_cursor,
                                           char       **newest,
                                           gboolean    *reached,
                                           gint64      *oldest_time);
/* The posts above the post of a getPostThread answer, its parent first.
 * (element-type JsonObject): owned by @answer. */
GPtrArray *_fd_bluesky_thread_parents     (JsonObject  *answer);

/* fd-bluesky-chat.c: direct messages. */
char     *_fd_bluesky_chat_remote_id (const char *convo_id,
                                      const char *message_id);
/* The conversation of a direct message's remote id or thread id, or NULL. */
char     *_fd_bluesky_chat_convo_of  (const char *remote_id);
/* A chat.bsky.convo.defs#messageView as a message; NULL for a deleted one. */
FdParsedMessage *_fd_bluesky_parse_chat_message (JsonObject *message,
                                                 const char *convo_id,
                                                 JsonArray  *members,
                                                 const char *own_did);
/* A getMessages answer (newest first) as messages, oldest first, into
 * @messages; the authors are the members of the getConvo answer. */
void      _fd_bluesky_read_chat_messages (JsonObject *convo_answer,
                                          JsonObject *messages_answer,
                                          const char *convo_id,
                                          const char *own_did,
                                          GPtrArray  *messages);
/* The conversation ids in @page's array @list_member (listConvos:
 * "convos" with "id"; getLog: "logs" with "convoId") that are not in
 * @seen, added to both @convos and @seen. Returns the array's length. */
guint     _fd_bluesky_read_convo_ids     (JsonObject *page,
                                          const char *list_member,
                                          const char *id_member,
                                          GPtrArray  *convos,
                                          GHashTable *seen);
/* The messages of the conversations the log names after @cursor (NULL:
 * from the start), appended to @messages: those sent at @not_before
 * (unix time) or later, each conversation paged back to @stop_before
 * (or @not_before when later); @new_cursor: the log's. */
gboolean  _fd_bluesky_fetch_chat     (FdBlueskyProvider  *self,
                                      const char         *cursor,
                                      gint64              not_before,
                                      gint64              stop_before,
                                      GPtrArray          *messages,
                                      char              **new_cursor,
                                      GCancellable       *cancellable,
                                      GError            **error);
/* The direct conversation with @did, made when there is none. */
char     *_fd_bluesky_chat_convo_for (FdBlueskyProvider  *self,
                                      const char         *did,
                                      GCancellable       *cancellable,
                                      GError            **error);
/* Sends @text to @convo_id; after an @uncertain attempt looks first for
 * the same text sent since @queued_at. Returns the message's remote id. */
char     *_fd_bluesky_send_chat      (FdBlueskyProvider  *self,
                                      const char         *convo_id,
                                      const char         *text,
                                      gint64              queued_at,
                                      gboolean            uncertain,
                                      GCancellable       *cancellable,
                                      GError            **error);

/* fd-bluesky-send.c: FdProvider's send method. */
char     *_fd_bluesky_provider_send (FdProvider          *provider,
                                     const FdOutboxEntry *entry,
                                     gboolean             uncertain,
                                     GCancellable        *cancellable,
                                     GError             **error);
/* FdProvider's write_cost: 3 points for each post a reply makes. */
guint     _fd_bluesky_write_cost     (FdProvider          *provider,
                                      const FdOutboxEntry *entry);
/* FdProvider's dup_reply_thread: a private reply's direct conversation. */
char     *_fd_bluesky_reply_thread   (FdProvider          *provider,
                                      const FdOutboxEntry *entry,
                                      const char          *remote_id);

G_END_DECLS
