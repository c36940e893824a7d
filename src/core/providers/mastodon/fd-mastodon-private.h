/* fd-mastodon-private.h: shared by the Mastodon modules and their tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "fd-account-setup-form.h"
#include "fd-listening.h"
#include "fd-mastodon.h"
#include "fd-mastodon-client.h"
#include "fd-parsed-message.h"
#include "fd-translator.h"

G_BEGIN_DECLS

#define FD_MASTODON_CHANNEL     "mastodon"
#define FD_MASTODON_TOKEN_KIND  "access-token"
/* Least privilege: what sync, replies and listening need, nothing more
 * (no follows, no favourites, no profile changes). */
#define FD_MASTODON_SCOPES      "read:accounts read:notifications read:search read:statuses write:statuses"

/* "ana" on mastodon.example → "@ana@mastodon.example"; "bob@other.example"
 * → "@bob@other.example". */
char            *_fd_mastodon_full_handle  (const char   *acct,
                                            const char   *domain);
/* A Status entity as a message; NULL when it lacks what a message needs.
 * @own_id: the account's own id (its posts are outgoing). */
FdParsedMessage *_fd_mastodon_parse_status (JsonObject   *status,
                                            const char   *own_id,
                                            const char   *domain);
/* unix time of an ISO 8601 "created_at", 0 when unreadable. */
gint64           _fd_mastodon_parse_time   (const char   *iso8601);

/* Adding an account (fd-mastodon-auth.c): the provider's class methods. */
gboolean         _fd_mastodon_check_setup     (GHashTable        *params,
                                               GError           **error);
FdAccount       *_fd_mastodon_sign_in         (GHashTable        *params,
                                               const char        *secret,
                                               char             **note,
                                               GCancellable      *cancellable,
                                               GError           **error);
gboolean         _fd_mastodon_is_same_account (FdAccount         *existing,
                                               FdAccount         *signed_in);

/* What the window asks (fd-mastodon-setup-form.c). */
extern const FdAccountSetupForm _fd_mastodon_setup_form;

/* The provider's class method: the server as a translation engine for
 * @account (fd-mastodon-translator.c). */
FdTranslator    *_fd_mastodon_new_translator  (FdAccount         *account,
                                               const char        *token);

/* One page of posts for a followed term, oldest first, newer than
 * @cursor; see fd_provider_fetch_listening(). */
GPtrArray       *_fd_mastodon_fetch_listening (FdMastodonClient  *client,
                                               FdListeningKind    kind,
                                               const char        *term,
                                               const char        *cursor,
                                               const char        *own_id,
                                               const char        *domain,
                                               guint              page_size,
                                               char             **new_cursor,
                                               GCancellable      *cancellable,
                                               GError           **error);

G_END_DECLS
