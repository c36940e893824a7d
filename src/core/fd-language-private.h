/* fd-language-private.h: language bookkeeping for the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-language.h"
#include "fd-parsed-message.h"
#include "fd-store.h"

G_BEGIN_DECLS

/* Called by fd_store_insert_message() inside its savepoint, before the
 * message row is written: sets @out_lang (interned, may be NULL) to the
 * channel's hint when the text agrees or cannot tell, else to the detected
 * language, and counts it toward the customer's usual language
 * (customers.lang). FALSE only on a store error. */
gboolean     _fd_language_tag_message (FdStore                *store,
                                       const FdParsedMessage  *msg,
                                       gint64                  customer_id,
                                       const char            **out_lang,
                                       GError                **error);

/* "es" → "spa", for Apertium; NULL when unknown. */
const char  *_fd_language_to_iso3     (const char             *code);

/* Scores @msg's text into msg->language_scores, for the writer to decide
 * on later. Safe on any thread. */
void     _fd_language_precompute  (FdParsedMessage *msg);

G_END_DECLS
