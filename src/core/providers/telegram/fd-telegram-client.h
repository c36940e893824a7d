/* fd-telegram-client.h: blocking Telegram Bot API calls for worker threads.
 *
 * Every method is POST {api}/bot{token}/{method} with a JSON body; the
 * answer is {"ok": true, "result": …} or {"ok": false, "error_code": …,
 * "description": …, "parameters": {"retry_after": …}}. Outcomes are
 * classified into the FD_PROVIDER_ERROR codes the sync engine acts on.
 * The token is part of every URL, so URLs are never logged or shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "fd-json.h"

G_BEGIN_DECLS

#define FD_TELEGRAM_DEFAULT_API_URL "https://api.telegram.org"

typedef struct _FdTelegramClient FdTelegramClient;

/* @api_url: normalised (fd_telegram_normalize_api_url()). */
FdTelegramClient *fd_telegram_client_new          (const char        *api_url,
                                                   const char        *token);
void              fd_telegram_client_free         (FdTelegramClient  *self);
void              fd_telegram_client_set_timeout  (FdTelegramClient  *self,
                                                   guint              timeout_ms);
/* Requests a person makes once (adding the account): a failure that may
 * pass says to try again rather than that Frontdesk will. */
void              fd_telegram_client_set_one_off  (FdTelegramClient  *self,
                                                   gboolean           one_off);

/* Calls @method with the object @params built (NULL: none). @wait_ms is
 * added to the timeout (a long poll). @may_have_arrived: a lost answer
 * gives FD_PROVIDER_ERROR_UNCERTAIN instead of TEMPORARY. Returns the
 * answer's "result". */
JsonNode         *fd_telegram_client_call         (FdTelegramClient  *self,
                                                   const char        *method,
                                                   JsonBuilder       *params,
                                                   guint              wait_ms,
                                                   gboolean           may_have_arrived,
                                                   GCancellable      *cancellable,
                                                   GError           **error);
/* Downloads the file getFile named @file_path, refusing more than
 * @max_size bytes. */
GBytes           *fd_telegram_client_download     (FdTelegramClient  *self,
                                                   const char        *file_path,
                                                   gsize              max_size,
                                                   GCancellable      *cancellable,
                                                   GError           **error);

/* "https://api.telegram.org" for NULL or "", else @url without a
 * trailing slash; plain http only for this computer. */
char             *fd_telegram_normalize_api_url   (const char        *url,
                                                   GError           **error);

gint64            fd_telegram_json_get_int        (JsonObject        *object,
                                                   const char        *name,
                                                   gint64             default_value);
gboolean          fd_telegram_json_get_bool       (JsonObject        *object,
                                                   const char        *name,
                                                   gboolean           default_value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdTelegramClient, fd_telegram_client_free)

G_END_DECLS
