/* fd-translator-private.h: helpers shared by the translation engines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "fd-translator.h"

G_BEGIN_DECLS

/* Sends @message and parses the answer as JSON. Errors name @service and
 * say what to do: unreachable (NETWORK), 401/403 (AUTH), 429/456 (QUOTA),
 * other statuses and answers that are not JSON (SERVER). The error text
 * of the service (JSON "error", "message" or "responseDetails") is kept. */
void        _fd_http_json_async    (SoupSession          *session,
                                    SoupMessage          *message,
                                    const char           *service,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
JsonNode   *_fd_http_json_finish   (GAsyncResult         *result,
                                    GError              **error);

/* A POST with a JSON body. */
SoupMessage *_fd_http_new_json_post (const char          *uri,
                                     JsonBuilder         *body);

/* A new session with Frontdesk's user agent and a sane timeout. */
SoupSession *_fd_http_new_session   (void);

/* @base without trailing slashes followed by @path. */
char        *_fd_http_join          (const char          *base,
                                     const char          *path);

/* Adds @pair to @pairs unless it is there. */
void        _fd_translation_pairs_add (GPtrArray         *pairs,
                                       const char        *from,
                                       const char        *to);

/* FD_TRANSLATOR_ERROR_NO_PAIR, in words that say what to install. */
void        _fd_translator_set_no_pair_error (FdTranslator  *self,
                                              const char    *from,
                                              const char    *to,
                                              GError       **error);

/* @output of Apertium for @source without its marks: "*" before a word
 * it does not know, "#" before one it could not inflect, "@" before one
 * its dictionary lacks. A "#hashtag" or "@mention" of the source stays:
 * as many of each mark are kept as the source has words starting with
 * it, those the source has word for word first. */
char       *_fd_translator_clean_apertium_marks (const char  *source,
                                                 const char  *output);

G_END_DECLS
