/* fd-customers-private.h: hooks of the customer linker for the store and
 * the repeat detector.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-store-private.h"
#include "fd-customers.h"
#include "fd-repeats-private.h"

G_BEGIN_DECLS

/* The customers step of the ingest pipeline (fd-ingest.c), for each new
 * incoming message inside its transaction, after its rows exist: records
 * the identity's profile links and merges customers that are certainly
 * one person. *@customer_id is updated when the message's customer was
 * merged into an older one. */
gboolean  _fd_customers_on_insert     (FdStore                *store,
                                       gint64                  identity_id,
                                       const FdParsedMessage  *msg,
                                       gint64                 *customer_id,
                                       GError                **error);

/* The link suggestions step of the ingest pipeline, after the repeats
 * step (fd-customers-links.c): what the repeat detector @found for
 * @message_id, as suggestions to link customers of the same name. */
gboolean  _fd_customers_suggest_links (FdStore                *store,
                                       gint64                  message_id,
                                       const FdRepeatsFound   *found,
                                       GError                **error);

/* Two posts of different customers that say the same thing (@reason:
 * "same-name-same-text", near-identical posts; "same-name-same-number",
 * the same order number; "same-name-said-before", the later one says
 * it told us before, about the same complaint; "same-name-same-complaint",
 * the same complaint about the same thing): suggests linking them when the authors have
 * the same name on different channels. */
gboolean  _fd_customers_suggest_link  (FdStore                *store,
                                       gint64                  message_a,
                                       gint64                  message_b,
                                       const char             *reason,
                                       GError                **error);

/* The other customers with an identity of the same name as the author of
 * @message_id (case and accents aside, three characters or more) on
 * another channel: (element-type gint64). *@out_full_name (may be NULL):
 * whether the name has two words at least. */
GArray   *_fd_customers_same_name_elsewhere (FdStore          *store,
                                             gint64            message_id,
                                             gboolean         *out_full_name,
                                             GError          **error);

/* Merges @from_id into @into_id inside the caller's transaction and
 * journals it as @kind ("merge" or "auto-merge"). */
gboolean  _fd_customers_merge_internal (FdStore               *store,
                                        gint64                 into_id,
                                        gint64                 from_id,
                                        const char            *kind,
                                        GError               **error);

G_END_DECLS
