/* fd-snooze.h: conversations put aside until a time.
 *
 * A snooze is a row of the store (table snoozes), one per conversation.
 * While it sleeps, the conversation's messages leave Unanswered and are
 * listed in FD_VIEW_SNOOZED. It wakes when fd_snooze_wake_due() is called
 * at or after its time (the app calls it at start, so a snooze missed
 * while the computer was off wakes at the next start, and then when the
 * next one is due), or at once when the customer writes again (a trigger
 * on new incoming messages). Nothing here reads the clock: every call that
 * needs the time takes it, so tests decide what time it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

/* Stored as integers: never renumber. */
typedef enum {
  FD_SNOOZE_WOKEN_BY_TIME    = 0,
  FD_SNOOZE_WOKEN_BY_MESSAGE = 1,   /* the customer wrote again */
} FdSnoozeWake;

typedef struct {
  gint64        conversation_id;
  gint64        until;             /* Unix time it was snoozed until */
  gint64        woken_at;          /* 0 while it sleeps */
  FdSnoozeWake  woken_by;
} FdSnooze;

/* Snoozes @conversation_id until @until (Unix time, after @now),
 * replacing a snooze it had. */
gboolean   fd_snooze_set            (FdStore     *store,
                                     gint64       conversation_id,
                                     gint64       until,
                                     gint64       now,
                                     GError     **error);

/* Wakes @conversation_id now, without a notice. FALSE with
 * FD_STORE_ERROR_NOT_FOUND when it was not snoozed. */
gboolean   fd_snooze_cancel         (FdStore     *store,
                                     gint64       conversation_id,
                                     GError     **error);

/* The time @conversation_id sleeps until: 0 when it is not snoozed, -1
 * with @error set on error. */
gint64     fd_snooze_get_until      (FdStore     *store,
                                     gint64       conversation_id,
                                     GError     **error);

/* The earliest time a sleeping snooze is due: 0 when none sleeps, -1 on
 * error. */
gint64     fd_snooze_next_due       (FdStore     *store,
                                     GError     **error);

/* Wakes every snooze due at @now. Returns the ids of the conversations
 * woken (element-type gint64), or NULL with @error set. */
GArray    *fd_snooze_wake_due       (FdStore     *store,
                                     gint64       now,
                                     GError     **error);

/* The snoozes woken (by time, by this or another process) that nobody
 * has announced yet, marked announced as they are returned: what the app
 * notifies about. A snooze woken by a message is announced by the
 * message's own notification and is not returned. (element-type FdSnooze) */
GArray    *fd_snooze_take_woken     (FdStore     *store,
                                     GError     **error);

/* Sleeping snoozes, soonest first. (element-type FdSnooze) */
GArray    *fd_snooze_list           (FdStore     *store,
                                     GError     **error);

/* The time @text names, after @now in @now's time zone:
 *   an RFC 3339 date and time     2026-03-02T09:00:00+01:00 (a date and
 *                                 time without an offset is local)
 *   later-today                   three hours from now
 *   tomorrow                      tomorrow at 09:00
 *   monday, next-monday,          the next Monday (or other day) at 09:00
 *   next-week
 *   30m, 2h, 3d                   minutes, hours or days from now
 * FALSE with FD_STORE_ERROR_FAILED and a sentence listing the forms when
 * @text is none of them, or names a time not after @now. */
gboolean   fd_snooze_parse_time     (const char  *text,
                                     GDateTime   *now,
                                     gint64      *until,
                                     GError     **error);

/* The times the app offers, after @now in its time zone. */
gint64     fd_snooze_later_today    (GDateTime   *now);
gint64     fd_snooze_tomorrow       (GDateTime   *now);
gint64     fd_snooze_next_monday    (GDateTime   *now);

G_END_DECLS
