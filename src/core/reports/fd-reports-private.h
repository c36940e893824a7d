/* fd-reports-private.h: the waits table kept up to date by the paths that
 * change it (fd-waits.c). Internal to the core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-parsed-message.h"
#include "fd-reports.h"

G_BEGIN_DECLS

/* A message was just stored (ingest, inside its transaction): a
 * customer's message starts a wait when none is open, a reply that went
 * out ends the open one. A message older than the newest of its
 * conversation (an import, a late fetch) has the conversation's waits
 * made again from its messages. */
gboolean  _fd_waits_on_insert       (FdStore                *store,
                                     const FdParsedMessage  *msg,
                                     gint64                  message_id,
                                     gint64                  conversation_id,
                                     gint64                  sort_key,
                                     GError                **error);
/* The outbox sent reply @reply_id at @sent_at: the open wait of its
 * conversation ends then. Inside the caller's transaction. */
gboolean  _fd_waits_on_reply_sent   (FdStore                *store,
                                     gint64                  reply_id,
                                     gint64                  sent_at,
                                     GError                **error);
/* The waits of @conversation_id made again from its messages. */
gboolean  _fd_waits_rebuild         (FdStore                *store,
                                     gint64                  conversation_id,
                                     GError                **error);

/* An empty report, for the readers of JSON and CSV (fd-report-output.c). */
FdReport *_fd_report_new            (void);
/* YYYY-MM-DD into @date. */
gboolean  _fd_report_parse_date     (const char             *str,
                                     GDate                  *date);

G_END_DECLS
