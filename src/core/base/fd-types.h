/* fd-types.h: shared enums and forward declarations for the core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fd-channel.h"

G_BEGIN_DECLS

typedef struct _FdStore   FdStore;
typedef struct _FdMessage FdMessage;

/* Stored as integers: never renumber. */
typedef enum {
  FD_DIRECTION_IN  = 0,
  FD_DIRECTION_OUT = 1,
} FdDirection;

/* Stored as integers: never renumber. The order matters: a state only
 * moves forward on import (unread < read < answered < archived). */
typedef enum {
  FD_MESSAGE_STATE_UNREAD   = 0,
  FD_MESSAGE_STATE_READ     = 1,
  FD_MESSAGE_STATE_ANSWERED = 2,
  FD_MESSAGE_STATE_ARCHIVED = 3,
} FdMessageState;

/* Stored as integers: never renumber. */
typedef enum {
  FD_OUTBOX_PENDING = 0,
  FD_OUTBOX_SENDING = 1,
  FD_OUTBOX_SENT    = 2,
  FD_OUTBOX_FAILED  = 3,
  /* An attempt may have arrived and the channel cannot tell: it is not
   * sent again until the person says so ("may have been sent"). */
  FD_OUTBOX_UNSURE  = 4,
} FdOutboxState;

typedef enum {
  FD_VIEW_ALL = 0,        /* everything but archived */
  FD_VIEW_EVERYTHING,     /* archived too (CLI default) */
  FD_VIEW_UNANSWERED,     /* incoming, unread or read, not snoozed */
  FD_VIEW_REPEATED,       /* incoming, flagged as a repeat */
  FD_VIEW_OUTBOX,         /* outgoing with a pending/sending/failed outbox entry */
  FD_VIEW_ARCHIVED,
  FD_VIEW_SNOOZED,        /* the newest message of each snoozed conversation (fd-snooze.h) */
} FdView;

typedef enum {
  FD_SORT_NEWEST = 0,     /* newest first */
  FD_SORT_LONGEST_WAITING,/* oldest first */
  /* Waiting messages by how far past their response target they are,
   * then the rest oldest first: the store lists them oldest first, the
   * inbox model orders them (it knows the business hours). */
  FD_SORT_MOST_OVERDUE,
} FdSortOrder;

const char     *fd_message_state_to_string (FdMessageState  state);
gboolean        fd_message_state_from_string (const char     *str,
                                              FdMessageState *state);
const char     *fd_direction_to_string     (FdDirection     direction);
const char     *fd_outbox_state_to_string  (FdOutboxState   state);

G_END_DECLS
