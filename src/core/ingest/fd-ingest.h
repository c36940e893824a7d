/* fd-ingest.h: the one path by which messages enter the store.
 *
 * The importer, a sync run and the outbox all store messages through
 * fd_ingest_message(), which does, in this order: the author's identity
 * and customer, the language, the message's rows, the customer links,
 * the repeats, and the link suggestions that the repeats point to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-parsed-message.h"
#include "fd-store.h"

G_BEGIN_DECLS

/* The half of the work that needs no store: language scores, the repeat
 * signature and the compressed text. Safe on any thread; importers and
 * sync runs call it on their parse or fetch threads, so that the writer
 * does not. fd_ingest_message() does inline what was not done ahead. */
void             fd_ingest_precompute      (FdParsedMessage        *msg);
/* The same, with what @store compresses texts with now (a dictionary
 * trained on its texts): safe on any thread while @store is open. */
void             fd_ingest_precompute_for  (FdStore                *store,
                                            FdParsedMessage        *msg);

/* Stores @msg inside the caller's transaction (or in one of its own), in
 * a savepoint: a failure undoes this message only, and @error says why.
 * FD_INSERT_DUPLICATE when its channel and id are already stored
 * (*@out_id is then that message's). */
FdInsertResult   fd_ingest_message         (FdStore                *store,
                                            const FdParsedMessage  *msg,
                                            gint64                 *out_id,
                                            GError                **error);

/* What one message of a run (an import, a sync page) came to. */
typedef enum {
  FD_INGEST_ADDED,
  FD_INGEST_DUPLICATE,
  /* This message could not be stored (not valid, or refused): @error
   * says why; the run counts it and goes on. */
  FD_INGEST_SKIPPED,
  /* The store cannot take any message (the disk is full or cannot be
   * written, another program holds it, the file is damaged): @error says what to do; the run
   * rolls back its transaction and stops. */
  FD_INGEST_STOP,
} FdIngestOutcome;

/* For runs of many messages inside the caller's transaction: checks @msg
 * as untrusted input (fd_parsed_message_sanitize()), then stores it. An
 * edit (msg->edited_at) replaces the text of the stored message of the
 * same id instead, and comes back FD_INGEST_DUPLICATE. */
FdIngestOutcome  fd_ingest_run_message     (FdStore                *store,
                                            FdParsedMessage        *msg,
                                            gint64                 *out_id,
                                            GError                **error);

/* A message whose author deleted it (@msg: state_only, with channel,
 * remote_id and deleted_at): the stored copy is kept and marked deleted;
 * nothing happens when it is not stored. Inside the caller's transaction. */
gboolean         fd_ingest_mark_deleted    (FdStore                *store,
                                            const FdParsedMessage  *msg,
                                            GError                **error);

/* The rule shared by every run: TRUE when an error storing one message
 * means no other message can be stored either. */
gboolean         fd_ingest_error_stops_run (const GError           *error);

G_END_DECLS
