/* fd-email-provider.h: email over IMAP (sync, IDLE push, flags) and SMTP
 * submission (replies), through libetpan; MIME through GMime.
 *
 * What it does with the store's rules:
 *  - The first sync fetches INBOX and the Sent folder (plus the folders in
 *    the "folders" setting) back "history-days" days (SEARCH SINCE), in
 *    pages, oldest first; later syncs fetch new UIDs only. The cursor holds
 *    UIDVALIDITY, the next UID and HIGHESTMODSEQ per folder. A new
 *    UIDVALIDITY refetches the folder; messages dedupe by Message-ID.
 *  - Flags changed on the server (CHANGEDSINCE with CONDSTORE, else every
 *    flag again): \Seen is read, \Answered answered.
 *  - A message removed from the server stays in Frontdesk, archived: the
 *    history is the firm's, and a customer's earlier words stay searchable.
 *  - Messages in the Sent folder are outgoing.
 *  - States set in Frontdesk go back as flags (UID STORE): read sets \Seen,
 *    answered \Seen and \Answered, unread removes \Seen; archived sets
 *    \Seen and leaves the message where it is.
 *  - Replies: SMTP submission with In-Reply-To and References, then
 *    APPEND to Sent with \Seen (unless "server-saves-sent"). The
 *    Message-ID is the outbox token at the address's domain; after an
 *    uncertain attempt the Sent folder is searched for it first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-provider.h"

G_BEGIN_DECLS

#define FD_TYPE_EMAIL_PROVIDER (fd_email_provider_get_type ())

G_DECLARE_FINAL_TYPE (FdEmailProvider, fd_email_provider, FD, EMAIL_PROVIDER, GObject)

FdEmailProvider *fd_email_provider_new            (FdAccount   *account,
                                                   const char  *data_dir);
/* The Message-ID (without <>) a reply with @token carries. */
char            *fd_email_provider_make_message_id (FdEmailProvider *self,
                                                    const char      *token);

G_END_DECLS
