/* fd-outbox.h: outgoing actions, carried out once and in order.
 *
 * Every reply and every state change that must reach a server is a row
 * in the outbox, written in the same transaction as the local change.
 * Only this module adds or changes entries: a reply gets in through
 * fd_outbox_queue_reply() and an FdReplyRequest, a state change through
 * fd_outbox_queue_state(). (Two store-wide operations touch the rows
 * too: merging two conversations moves their entries along with
 * everything else, fd-store-thread.c, and erasing a customer removes
 * theirs, fd-customers-merge.c.)
 * Entries of one conversation go out in order: an entry waits while an
 * earlier one of its conversation is pending, sending or failed.
 *
 * States: pending -> sending -> sent | failed. An entry is marked sending
 * (and its attempts counted) in a committed transaction before the
 * network call, so after a crash an entry still in "sending" is
 * uncertain: the provider checks by the idempotency key whether it
 * already arrived before sending it again. A channel that cannot check
 * (FdProviderInterface.cannot_check_sent) never sends it again by
 * itself: the entry becomes unsure ("may have been sent") and waits for
 * the person: fd_outbox_retry() or fd_outbox_mark_arrived().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-outbox-entry.h"
#include "fd-provider.h"
#include "fd-reply-request.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_OUTBOX  (fd_outbox_get_type ())
#define FD_OUTBOX_ERROR (fd_outbox_error_quark ())

G_DECLARE_FINAL_TYPE (FdOutbox, fd_outbox, FD, OUTBOX, GObject)

/* Why a reply cannot go anywhere (the first three, from
 * fd_outbox_can_reply()) or cannot be queued as asked; the message says
 * what to do instead. */
typedef enum {
  FD_OUTBOX_ERROR_NO_ACCOUNT,     /* no account of the channel: add one */
  FD_OUTBOX_ERROR_NO_PROVIDER,    /* Frontdesk cannot send on the channel */
  FD_OUTBOX_ERROR_WHICH_ACCOUNT,  /* imported, and several accounts could send */
  FD_OUTBOX_ERROR_INVALID,        /* the request itself must change (a public note repeating the private text) */
} FdOutboxError;

GQuark          fd_outbox_error_quark     (void);

/* Uses @store's connection: one FdOutbox per thread, like the store. */
FdOutbox       *fd_outbox_new             (FdStore        *store);
FdStore        *fd_outbox_get_store       (FdOutbox       *self);

/* What was written for each reply of @conversation_id that sent its
 * translation (fd_reply_request_set_written()): message id (gint64 *) ->
 * FdWrittenReply. */
typedef struct {
  char *lang;
  char *text;
} FdWrittenReply;

void            fd_written_reply_free     (FdWrittenReply *written);
GHashTable     *fd_outbox_get_written     (FdOutbox       *self,
                                           gint64          conversation_id,
                                           GError        **error);

/* (element-type FdOutboxEntry) in queue order; @account_id 0 for all. */
GPtrArray      *fd_outbox_list            (FdOutbox       *self,
                                           gint64          account_id,
                                           gboolean        include_sent,
                                           GError        **error);
FdOutboxEntry  *fd_outbox_get             (FdOutbox       *self,
                                           gint64          entry_id,
                                           GError        **error);
/* Pending and sending entries; @account_id 0 for all. -1 on error. */
gint            fd_outbox_count_waiting   (FdOutbox       *self,
                                           gint64          account_id,
                                           GError        **error);

/* Whether a reply to @message_id can go out: an account sends it (the
 * message's own, or for an imported message the only account of its
 * channel) and this build has a provider that sends on that channel.
 * FALSE with an FD_OUTBOX_ERROR, or a store error. */
gboolean        fd_outbox_can_reply       (FdOutbox       *self,
                                           gint64          message_id,
                                           GError        **error);

/* What a person does (GUI, CLI). Each is one transaction. */

/* Queues everything @request means (see FdReplyKind), in one
 * transaction: nothing is written when any part fails. Each reply is an
 * outgoing message, unsent (it answers the customer only once
 * fd_outbox_mark_sent() says it went out), and an entry with a fresh
 * idempotency key; the conversation's draft has become the reply. Does
 * not ask fd_outbox_can_reply(): a reply to an imported message waits
 * for its account.
 * Returns (element-type gint64) the ids of the outgoing messages queued,
 * or for FD_REPLY_EDIT the one changed; NULL with @error set. */
GArray         *fd_outbox_queue_reply     (FdOutbox             *self,
                                           const FdReplyRequest *request,
                                           GError              **error);

/* The size of the files queued reply @message_id carries, and the
 * largest message its account's mail server takes: the account setting
 * FD_OUTBOX_SETTING_MAX_MESSAGE_SIZE (bytes) when set, else 25 MB
 * (FD_ATTACHMENT_DEFAULT_MESSAGE_LIMIT). Above it, the reply may be
 * refused: the composer and the CLI warn. */
#define FD_OUTBOX_SETTING_MAX_MESSAGE_SIZE "smtp-max-message-size"
gboolean        fd_outbox_get_attachment_limit (FdOutbox  *self,
                                                gint64     message_id,
                                                guint64   *out_total,
                                                guint64   *out_limit,
                                                GError   **error);

/* Sets @message_id's state locally and, for a message that came from an
 * account, queues a "set-state" entry so the server learns it too.
 * Returns the entry id, 0 when nothing needs sending, -1 on error. */
gint64          fd_outbox_queue_state     (FdOutbox       *self,
                                           gint64          message_id,
                                           FdMessageState  state,
                                           GError        **error);
/* A failed entry goes back to pending; so does one that may have been
 * sent (FD_OUTBOX_UNSURE): the person's "Send Again". */
gboolean        fd_outbox_retry           (FdOutbox       *self,
                                           gint64          entry_id,
                                           GError        **error);
/* Changes the text of a pending or failed reply and of its message; a
 * failed one stays failed (FD_REPLY_EDIT also retries it). */
gboolean        fd_outbox_edit            (FdOutbox       *self,
                                           gint64          entry_id,
                                           const char     *text,
                                           GError        **error);
/* The person's "It Arrived" for a reply that may have been sent
 * (FD_OUTBOX_UNSURE): it counts as sent, as fd_outbox_mark_sent() with
 * no remote id. Fails for an entry in any other state. */
gboolean        fd_outbox_mark_arrived    (FdOutbox       *self,
                                           gint64          entry_id,
                                           GError        **error);
/* Removes a pending, failed or unsure entry; for a reply also the unsent message
 * (which answered nothing yet). */
gboolean        fd_outbox_discard         (FdOutbox       *self,
                                           gint64          entry_id,
                                           GError        **error);

/* What the engine does, on the account's worker thread. */

/* Entries queued before the message had an account (imported mail…) are
 * given to @account_id when it is the only account of @channel. */
gboolean        fd_outbox_adopt_orphans   (FdOutbox       *self,
                                           gint64          account_id,
                                           const char     *channel,
                                           GError        **error);
/* In one transaction: finds the next entry of @account_id that may go
 * out, marks it sending and counts the attempt. Sets @uncertain when it
 * was already sending (an earlier attempt may have arrived). Returns
 * NULL without an error when nothing is ready. */
FdOutboxEntry  *fd_outbox_claim_next      (FdOutbox       *self,
                                           gint64          account_id,
                                           gboolean       *uncertain,
                                           GError        **error);
/* Our message takes @remote_id (a copy fetched meanwhile is merged), the
 * entry is marked sent and, for a reply, the customer's earlier messages
 * of the conversation are answered, in one transaction. */
gboolean        fd_outbox_mark_sent       (FdOutbox       *self,
                                           const FdOutboxEntry *entry,
                                           const char     *remote_id,
                                           GError        **error);
gboolean        fd_outbox_mark_failed     (FdOutbox       *self,
                                           const FdOutboxEntry *entry,
                                           const char     *message,
                                           GError        **error);
/* After an error that proves the request did not arrive. */
gboolean        fd_outbox_mark_pending    (FdOutbox       *self,
                                           const FdOutboxEntry *entry,
                                           const char     *message,
                                           GError        **error);
/* Records @message but leaves the entry sending: it is uncertain. */
gboolean        fd_outbox_note_error      (FdOutbox       *self,
                                           const FdOutboxEntry *entry,
                                           const char     *message,
                                           GError        **error);

/* Sends every ready entry of @account_id through @provider. An entry the
 * server refuses fails and the others go on; any other error stops and
 * is returned (the caller backs off). @n_done counts entries sent. */
gboolean        fd_outbox_process         (FdOutbox       *self,
                                           FdProvider     *provider,
                                           gint64          account_id,
                                           guint          *n_done,
                                           GCancellable   *cancellable,
                                           GError        **error);

G_END_DECLS
