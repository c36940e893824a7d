/* fd-mastodon-client.h: blocking Mastodon REST calls for worker threads.
 *
 * Each call runs on a private main context iterated by the calling
 * thread, with a timeout, and classifies the outcome into the
 * FD_PROVIDER_ERROR codes the sync engine acts on. Rate-limit headers of
 * every answer are remembered. The token is only ever sent in the
 * Authorization header, never in a URL, and never logged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "fd-json.h"

G_BEGIN_DECLS

typedef struct _FdMastodonClient FdMastodonClient;

/* @base_url must be normalised (fd_mastodon_normalize_server()). */
FdMastodonClient *fd_mastodon_client_new            (const char        *base_url);
FdMastodonClient *fd_mastodon_client_ref            (FdMastodonClient  *self);
void              fd_mastodon_client_unref          (FdMastodonClient  *self);

const char       *fd_mastodon_client_get_base_url   (FdMastodonClient  *self);
void              fd_mastodon_client_set_token      (FdMastodonClient  *self,
                                                     const char        *token);
gboolean          fd_mastodon_client_has_token      (FdMastodonClient  *self);
/* Requests a person makes once (signing in), not syncing: a failure
 * that may pass says to try again, rather than that Frontdesk will. */
void              fd_mastodon_client_set_one_off    (FdMastodonClient  *self,
                                                     gboolean           one_off);
void              fd_mastodon_client_set_timeout    (FdMastodonClient  *self,
                                                     guint              timeout_ms);

/* @path_or_url: "/api/v1/…" or an absolute URL on the same server (a Link
 * header's); @body: NULL, or sent with @content_type; @idempotency_key:
 * NULL or the Idempotency-Key header. @may_have_arrived: a lost answer
 * gives FD_PROVIDER_ERROR_UNCERTAIN instead of TEMPORARY. @link_next and
 * @link_prev (nullable) receive the Link header's rel="next"/"prev" URLs.
 * Returns the parsed JSON (object or array). */
JsonNode         *fd_mastodon_client_call           (FdMastodonClient  *self,
                                                     const char        *method,
                                                     const char        *path_or_url,
                                                     GBytes            *body,
                                                     const char        *content_type,
                                                     const char        *idempotency_key,
                                                     gboolean           may_have_arrived,
                                                     char             **link_next,
                                                     char             **link_prev,
                                                     guint             *status,
                                                     GCancellable      *cancellable,
                                                     GError           **error);
JsonNode         *fd_mastodon_client_get            (FdMastodonClient  *self,
                                                     const char        *path_or_url,
                                                     char             **link_next,
                                                     char             **link_prev,
                                                     GCancellable      *cancellable,
                                                     GError           **error);
JsonNode         *fd_mastodon_client_post_json      (FdMastodonClient  *self,
                                                     const char        *path,
                                                     JsonBuilder       *builder,
                                                     const char        *idempotency_key,
                                                     gboolean           may_have_arrived,
                                                     GCancellable      *cancellable,
                                                     GError           **error);

/* The last X-RateLimit-* report: -1 when unknown; @reset_at in unix time. */
void              fd_mastodon_client_get_rate_limit (FdMastodonClient  *self,
                                                     gint64            *limit,
                                                     gint64            *remaining,
                                                     gint64            *reset_at);

/* Helpers shared by the Mastodon modules. */

/* The rel="next" and rel="prev" targets of an RFC 8288 Link header. */
void              fd_mastodon_parse_link_header     (const char        *header,
                                                     char             **next,
                                                     char             **prev);
/* A query parameter of @url ("max_id", "min_id"…), or NULL. */
char             *fd_mastodon_url_get_param         (const char        *url,
                                                     const char        *name);
gint64            fd_mastodon_json_get_int          (JsonObject        *object,
                                                     const char        *name,
                                                     gint64             default_value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdMastodonClient, fd_mastodon_client_unref)

G_END_DECLS
