/* fd-outbox-entry.h: one outgoing action, as the engine hands it to a provider.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "fd-types.h"

G_BEGIN_DECLS

#define FD_TYPE_OUTBOX_ENTRY (fd_outbox_entry_get_type ())

/* The action column of the outbox table. */
#define FD_OUTBOX_ACTION_REPLY         "reply"
#define FD_OUTBOX_ACTION_PRIVATE_REPLY "private-reply"
#define FD_OUTBOX_ACTION_SET_STATE     "set-state"

typedef struct _FdOutboxEntry FdOutboxEntry;

/* A file a reply carries, copied into the profile's attachment store
 * when the reply was queued. */
typedef struct {
  char    *filename;      /* the name the person gave it, for the recipient */
  char    *content_type;
  char    *path;          /* absolute, in the attachment store */
  gint64   size;
} FdOutboxAttachment;

struct _FdOutboxEntry
{
  gint64          id;
  gint64          account_id;        /* 0 when not yet assigned */
  gint64          conversation_id;
  gint64          message_id;        /* the outgoing message, or the target of set-state */
  char           *action;            /* FD_OUTBOX_ACTION_* */
  char           *idempotency_key;   /* made when queued; the same on every attempt */
  FdOutboxState   state;
  guint           attempts;
  char           *error;             /* readable, for a person */
  gint64          created_at;
  gint64          updated_at;

  /* Context joined from the store, so a provider needs no query. */
  char           *channel;
  char           *conversation_remote_id;
  char           *message_remote_id; /* our message's current remote id, or the target's */
  char           *subject;
  /* When the customer last wrote in the conversation (unix time), 0 if
   * never: channels that only let a reply follow recent messages check it. */
  gint64          last_incoming_at;

  /* From the JSON payload. */
  char           *payload;
  char           *text;              /* reply text */
  char           *in_reply_to;       /* remote id of the message answered */
  char           *recipient;         /* handle written to, may be NULL */
  gboolean        private_reply;
  FdMessageState  new_state;         /* for set-state */
  GPtrArray      *attachments;       /* FdOutboxAttachment, NULL for none */
};

GType           fd_outbox_entry_get_type   (void) G_GNUC_CONST;
FdOutboxEntry  *fd_outbox_entry_new        (void);
FdOutboxEntry  *fd_outbox_entry_copy       (const FdOutboxEntry *entry);
void            fd_outbox_entry_free       (FdOutboxEntry       *entry);
gboolean        fd_outbox_entry_is_reply   (const FdOutboxEntry *entry);

/* Fills the payload fields from entry->payload; FALSE if it is not JSON. */
gboolean        fd_outbox_entry_parse_payload (FdOutboxEntry    *entry,
                                               GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdOutboxEntry, fd_outbox_entry_free)

G_END_DECLS
