/* fd-bluesky-private.h: shared by the Bluesky modules and their tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "fd-json.h"

#include "fd-account-setup-form.h"
#include "fd-parsed-message.h"
#include "fd-provider.h"

G_BEGIN_DECLS

#define FD_BLUESKY_CHANNEL       "bluesky"
/* The keyring entry: the session ({"did", "accessJwt", "refreshJwt"}),
 * never the app password it was made with. */
#define FD_BLUESKY_SESSION_KIND  "session"
/* Account settings. */
#define FD_BLUESKY_SETTING_DID     "did"
#define FD_BLUESKY_SETTING_HANDLE  "handle"
/* Where handles and DIDs are resolved; https://plc.directory unless set. */
#define FD_BLUESKY_SETTING_PLC     "plc-url"
#define FD_BLUESKY_DEFAULT_PLC     "https://plc.directory"
/* Direct messages: the chat service, reached through the account's PDS
 * with this atproto-proxy header. "chat-url" (unset normally) sends the
 * chat calls, with the same header and token, to another address: a
 * PDS of one's own that does not forward chat, or a test. */
#define FD_BLUESKY_CHAT_PROXY      "did:web:api.bsky.chat#bsky_chat"
#define FD_BLUESKY_SETTING_CHAT_URL "chat-url"
/* Remote ids of direct messages: "bluesky-chat:CONVO/MESSAGE"; a
 * conversation's thread id "bluesky-chat:CONVO". */
#define FD_BLUESKY_CHAT_PREFIX     "bluesky-chat:"

/* A blocking XRPC client for worker threads (fd-bluesky-client.c): one
 * server (a PDS), a bearer token, the rate-limit headers of the last
 * answer. */
typedef struct _FdBlueskyClient FdBlueskyClient;

FdBlueskyClient *fd_bluesky_client_new        (const char       *base_url);
void             fd_bluesky_client_free       (FdBlueskyClient  *self);
const char      *fd_bluesky_client_get_base_url (FdBlueskyClient *self);
void             fd_bluesky_client_set_base_url (FdBlueskyClient *self,
                                                 const char      *base_url);
void             fd_bluesky_client_set_token  (FdBlueskyClient  *self,
                                               const char       *token);
/* Sends "atproto-proxy: @service" with every call (NULL: none): the PDS
 * forwards the call to that service, as it does for the chat service. */
void             fd_bluesky_client_set_proxy  (FdBlueskyClient  *self,
                                               const char       *service);
void             fd_bluesky_client_set_timeout (FdBlueskyClient *self,
                                                guint            timeout_ms);
/* Sign-in requests: a failure that may pass says to try again. */
void             fd_bluesky_client_set_one_off (FdBlueskyClient *self,
                                                gboolean         one_off);
/* @nsid: "app.bsky.feed.getPostThread"; @query: encoded parameters or
 * NULL; @body: NULL for a GET, else the JSON sent with a POST (a JSON
 * null: a POST without a body); @bearer:
 * NULL for the client's token. @may_have_arrived: a lost answer is
 * FD_PROVIDER_ERROR_UNCERTAIN instead of TEMPORARY. @xrpc_error gets the
 * answer's "error" name ("ExpiredToken") when it is not a success. */
JsonNode        *fd_bluesky_client_call       (FdBlueskyClient  *self,
                                               const char       *nsid,
                                               const char       *query,
                                               JsonNode         *body,
                                               const char       *bearer,
                                               gboolean          may_have_arrived,
                                               char            **xrpc_error,
                                               GCancellable     *cancellable,
                                               GError          **error);
/* The last ratelimit-remaining and ratelimit-reset (unix time); -1 unknown. */
void             fd_bluesky_client_get_rate_limit (FdBlueskyClient *self,
                                                   gint64          *remaining,
                                                   gint64          *reset_at);
/* A GET of an absolute https (or loopback http) URL: a DID document. */
JsonNode        *fd_bluesky_fetch_json        (const char       *url,
                                               guint             timeout_ms,
                                               GCancellable     *cancellable,
                                               GError          **error);


G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdBlueskyClient, fd_bluesky_client_free)

/* Identity (fd-bluesky-session.c). */

/* The DID of @handle: DNS (_atproto.HANDLE TXT), then
 * https://HANDLE/.well-known/atproto-did. */
char            *_fd_bluesky_resolve_handle   (const char       *handle,
                                               GCancellable     *cancellable,
                                               GError          **error);
/* The DID a TXT record of _atproto.HANDLE gives ("did=did:plc:…"), from
 * g_resolver_lookup_records() records (element-type GVariant), or NULL. */
char            *_fd_bluesky_did_from_txt     (GList            *records);
/* For tests, which can serve neither DNS nor https for a handle: the
 * TXT records come from @resolver (NULL: the system's), and the
 * well-known file from @format, an address with one %s for the handle
 * (NULL: https://%s/.well-known/atproto-did). */
void             _fd_bluesky_set_handle_lookup (GResolver       *resolver,
                                                const char      *format);
/* The PDS a DID document names (#atproto_pds), or NULL. */
char            *_fd_bluesky_did_doc_pds      (JsonObject       *did_doc);
/* A server address made safe to send a password to: https, or http on
 * this computer. NULL with FD_ACCOUNT_SETUP_ERROR_INVALID otherwise. */
char            *_fd_bluesky_normalize_service (const char      *service,
                                                GError         **error);

/* A session as kept in the keyring. */
char            *_fd_bluesky_session_to_string (const char      *did,
                                                const char      *access_jwt,
                                                const char      *refresh_jwt);
gboolean         _fd_bluesky_session_parse    (const char       *secret,
                                               char            **did,
                                               char            **access_jwt,
                                               char            **refresh_jwt);

/* Adding an account: the provider's class methods. */
gboolean         _fd_bluesky_check_setup      (GHashTable       *params,
                                               GError          **error);
FdAccount       *_fd_bluesky_sign_in          (GHashTable       *params,
                                               const char       *secret,
                                               char            **note,
                                               GCancellable     *cancellable,
                                               GError          **error);
gboolean         _fd_bluesky_is_same_account  (FdAccount        *existing,
                                               FdAccount        *signed_in);
extern const FdAccountSetupForm _fd_bluesky_setup_form;

/* Posts (fd-bluesky-post.c). */

/* A post view (app.bsky.feed.defs#postView) as a message; NULL when it
 * lacks what a message needs. @own_did: the account's (its posts are
 * outgoing). */
FdParsedMessage *_fd_bluesky_parse_post       (JsonObject       *post,
                                               const char       *own_did);
/* A notification's post (uri, cid, author, record) as a message. */
FdParsedMessage *_fd_bluesky_parse_notification (JsonObject     *notification,
                                                 const char     *own_did);
/* The record's text with its facets made readable: a link facet whose
 * text is shortened shows its whole address. */
char            *_fd_bluesky_facets_to_text   (const char       *text,
                                               JsonArray        *facets);
/* Mention and link facets of @text with UTF-8 byte offsets; @mentions
 * maps a handle without "@" to its DID (handles not in it are left as
 * text). (element-type JsonNode) */
JsonArray       *_fd_bluesky_make_facets      (const char       *text,
                                               GHashTable       *mentions);
/* The handles "@name.domain" mentioned in @text, without "@". */
GPtrArray       *_fd_bluesky_find_mentions    (const char       *text);
gint64           _fd_bluesky_parse_time       (const char       *iso8601);
/* A record key (TID) from @key when it is one, else NULL. */
gboolean         _fd_bluesky_is_tid           (const char       *key);

G_END_DECLS
