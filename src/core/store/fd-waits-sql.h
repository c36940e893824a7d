/* fd-waits-sql.h: how the waits of stored messages are found, in SQL, for
 * the migration that makes the waits table and for the reports folder,
 * which keeps it up to date (fd-waits.c). Internal.
 *
 * A wait starts at a customer's message in a conversation with no open
 * wait and ends at our first reply sent after it. In time order, a
 * customer's message starts one when the event before it in its
 * conversation is a reply of ours, or there is none. A reply is sent
 * when it has no outbox entry (it came from the server or an import) or
 * all its entries are sent; it counts from when it was sent. A wait with
 * no reply after it whose customer's messages are all answered was
 * marked answered; when is not known here, so it ends where it started.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* The end of a wait (waits.kind). Stored as integers: never renumber. */
#define FD_WAIT_OPEN      0
#define FD_WAIT_REPLIED   1
#define FD_WAIT_MARKED    2

/* Adds the waits of the messages that @WHERE (an SQL condition on the
 * messages m) selects: whole conversations only. A reply's time and id
 * are packed into one integer (time << 32 | id) to take the first one
 * after each message in one window. */
#define FD_WAITS_SQL_BUILD(WHERE) \
  "INSERT INTO waits (conversation_id, message_id, channel, started_at, ended_at, kind, reply_id)" \
  " SELECT conversation_id, id, channel, t," \
  "        CASE WHEN nxt IS NOT NULL THEN nxt >> 32 WHEN open_after = 0 THEN t END," \
  "        CASE WHEN nxt IS NOT NULL THEN 1 WHEN open_after = 0 THEN 2 ELSE 0 END," \
  "        nxt & 4294967295" \
  " FROM (SELECT *, lag (direction) OVER w AS prev," \
  "              min (CASE WHEN direction = 1 THEN (max (t, 0) << 32) | id END)" \
  "                OVER (w ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS nxt," \
  "              sum (direction = 0 AND state < 2)" \
  "                OVER (w ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS open_after" \
  "       FROM (SELECT m.id, m.conversation_id, m.channel, m.direction, m.state, m.sort_key," \
  "                    CASE WHEN m.direction = 1 THEN coalesce ((SELECT max (o.updated_at) FROM outbox o" \
  "                      WHERE o.message_id = m.id), m.created_at) ELSE m.created_at END AS t" \
  "             FROM messages m WHERE (" WHERE ")" \
  "             AND (m.direction = 0 OR NOT EXISTS (SELECT 1 FROM outbox o" \
  "                  WHERE o.message_id = m.id AND o.state != 2)))" \
  "       WINDOW w AS (PARTITION BY conversation_id ORDER BY t, sort_key))" \
  " WHERE direction = 0 AND (prev IS NULL OR prev = 1)"
