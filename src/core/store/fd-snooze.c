/* fd-snooze.c: conversations put aside until a time (fd-snooze.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-snooze.h"
#include "fd-sql.h"
#include "fd-store-private.h"

/* The hour a snooze to another day wakes at. */
#define MORNING_HOUR 9

static gboolean
finish_write (FdStore  *store,
              gboolean  ok,
              GError  **error)
{
  if (!ok)
    {
      fd_store_rollback (store);
      return FALSE;
    }
  _fd_store_mark_written (store);
  if (!fd_store_commit (store, error))
    {
      fd_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

gboolean
fd_snooze_set (FdStore  *store,
               gint64    conversation_id,
               gint64    until,
               gint64    now,
               GError  **error)
{
  gint64 exists;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (until <= now)
    {
      g_set_error_literal (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                           _("That time has already passed: choose a time in the future."));
      return FALSE;
    }

  if (!fd_store_begin (store, error))
    return FALSE;

  if (!(stmt = _fd_store_prepare (store, "SELECT count(*) FROM conversations WHERE id = ?", error)))
    return finish_write (store, FALSE, error);
  sqlite3_bind_int64 (stmt, 1, conversation_id);
  if ((exists = _fd_sql_query_int (store, stmt, error)) < 0)
    return finish_write (store, FALSE, error);
  if (exists == 0)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND,
                   _("There is no conversation %lld."), (long long) conversation_id);
      return finish_write (store, FALSE, error);
    }

  return finish_write (store,
                       _fd_sql_exec_ints (store,
                                          "INSERT OR REPLACE INTO snoozes (conversation_id, until, created_at)"
                                          " VALUES (?1, ?2, ?3)",
                                          error, 3, conversation_id, until, now),
                       error);
}

gboolean
fd_snooze_cancel (FdStore  *store,
                  gint64    conversation_id,
                  GError  **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if (!fd_store_begin (store, error))
    return FALSE;

  if (!_fd_sql_exec_ints (store, "DELETE FROM snoozes WHERE conversation_id = ?1 AND woken_at IS NULL",
                          error, 1, conversation_id))
    return finish_write (store, FALSE, error);

  if (sqlite3_changes (fd_store_get_db (store)) == 0)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND,
                   _("Conversation %lld is not snoozed."), (long long) conversation_id);
      return finish_write (store, FALSE, error);
    }

  return finish_write (store, TRUE, error);
}

gint64
fd_snooze_get_until (FdStore  *store,
                     gint64    conversation_id,
                     GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), -1);

  if (!(stmt = _fd_store_prepare (store, "SELECT until FROM snoozes WHERE conversation_id = ? AND woken_at IS NULL", error)))
    return -1;
  sqlite3_bind_int64 (stmt, 1, conversation_id);
  return _fd_sql_query_int (store, stmt, error);
}

gint64
fd_snooze_next_due (FdStore  *store,
                    GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), -1);

  if (!(stmt = _fd_store_prepare (store, "SELECT coalesce (min (until), 0) FROM snoozes WHERE woken_at IS NULL", error)))
    return -1;
  return _fd_sql_query_int (store, stmt, error);
}

static GArray *
read_snoozes (FdStore       *store,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  g_autoptr(GArray) snoozes = g_array_new (FALSE, TRUE, sizeof (FdSnooze));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdSnooze snooze = {
        .conversation_id = sqlite3_column_int64 (stmt, 0),
        .until = sqlite3_column_int64 (stmt, 1),
        .woken_at = sqlite3_column_int64 (stmt, 2),
        .woken_by = (FdSnoozeWake) sqlite3_column_int (stmt, 3),
      };
      g_array_append_val (snoozes, snooze);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }
  return g_steal_pointer (&snoozes);
}

GArray *
fd_snooze_wake_due (FdStore  *store,
                    gint64    now,
                    GError  **error)
{
  g_autoptr(GArray) snoozes = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (!fd_store_begin (store, error))
    return NULL;

  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT conversation_id, until, woken_at, woken_by FROM snoozes"
                                  " WHERE woken_at IS NULL AND until <= ? ORDER BY until",
                                  error)))
    {
      fd_store_rollback (store);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, now);
  if (!(snoozes = read_snoozes (store, stmt, error)))
    {
      fd_store_rollback (store);
      return NULL;
    }

  if (snoozes->len == 0)
    {
      fd_store_rollback (store);
      return g_steal_pointer (&ids);
    }

  if (!_fd_sql_exec_ints (store,
                          "UPDATE snoozes SET woken_at = ?1, woken_by = 0"
                          " WHERE woken_at IS NULL AND until <= ?1",
                          error, 1, now) ||
      !finish_write (store, TRUE, error))
    {
      fd_store_rollback (store);
      return NULL;
    }

  for (guint i = 0; i < snoozes->len; i++)
    g_array_append_val (ids, g_array_index (snoozes, FdSnooze, i).conversation_id);

  return g_steal_pointer (&ids);
}

GArray *
fd_snooze_take_woken (FdStore  *store,
                      GError  **error)
{
  g_autoptr(GArray) snoozes = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (!fd_store_begin (store, error))
    return NULL;

  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT conversation_id, until, woken_at, woken_by FROM snoozes"
                                  " WHERE woken_at IS NOT NULL AND announced = 0 ORDER BY woken_at",
                                  error)) ||
      !(snoozes = read_snoozes (store, stmt, error)))
    {
      fd_store_rollback (store);
      return NULL;
    }

  if (snoozes->len == 0)
    {
      fd_store_rollback (store);
      return g_steal_pointer (&snoozes);
    }

  if (!_fd_sql_exec_ints (store, "UPDATE snoozes SET announced = 1 WHERE woken_at IS NOT NULL AND announced = 0",
                          error, 0) ||
      !finish_write (store, TRUE, error))
    {
      fd_store_rollback (store);
      return NULL;
    }

  return g_steal_pointer (&snoozes);
}

GArray *
fd_snooze_list (FdStore  *store,
                GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT conversation_id, until, 0, 0 FROM snoozes"
                                  " WHERE woken_at IS NULL ORDER BY until",
                                  error)))
    return NULL;
  return read_snoozes (store, stmt, error);
}

/* Times */

static gint64
day_at_morning (GDateTime *now,
                int        days_ahead)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days_ahead);
  g_autoptr(GDateTime) morning = g_date_time_new (g_date_time_get_timezone (now),
                                                  g_date_time_get_year (day),
                                                  g_date_time_get_month (day),
                                                  g_date_time_get_day_of_month (day),
                                                  MORNING_HOUR, 0, 0);

  return g_date_time_to_unix (morning);
}

gint64
fd_snooze_later_today (GDateTime *now)
{
  /* On the minute: a wake time a person reads. */
  return (g_date_time_to_unix (now) + 3 * 3600) / 60 * 60;
}

gint64
fd_snooze_tomorrow (GDateTime *now)
{
  return day_at_morning (now, 1);
}

/* The next @weekday (1 Monday .. 7 Sunday) at the morning hour, a week on
 * when today is that day. */
static gint64
next_weekday (GDateTime *now,
              int        weekday)
{
  int days = (weekday - g_date_time_get_day_of_week (now) + 7) % 7;

  return day_at_morning (now, days == 0 ? 7 : days);
}

gint64
fd_snooze_next_monday (GDateTime *now)
{
  return next_weekday (now, 1);
}

static gboolean
parse_duration (const char *text,
                gint64     *seconds)
{
  char *end = NULL;
  guint64 n;

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  n = g_ascii_strtoull (text, &end, 10);
  if (end == text || end[0] == '\0' || end[1] != '\0' || n == 0 || n > 3650)
    return FALSE;

  switch (end[0])
    {
    case 'm': *seconds = (gint64) n * 60; return TRUE;
    case 'h': *seconds = (gint64) n * 3600; return TRUE;
    case 'd': *seconds = (gint64) n * 86400; return TRUE;
    default: return FALSE;
    }
}

gboolean
fd_snooze_parse_time (const char  *text,
                      GDateTime   *now,
                      gint64      *until,
                      GError     **error)
{
  static const char * const weekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  };
  g_autofree char *word = NULL;
  g_autoptr(GDateTime) when = NULL;
  gint64 seconds = 0;
  gint64 result = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (until != NULL, FALSE);

  word = g_ascii_strdown (text, -1);
  g_strstrip (word);
  if (g_str_has_prefix (word, "next-"))
    memmove (word, word + 5, strlen (word + 5) + 1);

  if (g_str_equal (word, "later-today") || g_str_equal (word, "later"))
    result = fd_snooze_later_today (now);
  else if (g_str_equal (word, "tomorrow"))
    result = fd_snooze_tomorrow (now);
  else if (g_str_equal (word, "week"))
    result = fd_snooze_next_monday (now);
  else if (parse_duration (word, &seconds))
    result = g_date_time_to_unix (now) + seconds;
  else if ((when = g_date_time_new_from_iso8601 (text, g_date_time_get_timezone (now))))
    result = g_date_time_to_unix (when);
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (weekdays); i++)
        if (g_str_equal (word, weekdays[i]))
          result = next_weekday (now, (int) i + 1);
    }

  if (result == 0)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   /* Translators: the words in quotes are typed as they are; do not translate them. */
                   _("“%s” is not a time Frontdesk knows. Use a date and time such as "
                     "2026-03-02T09:00:00+01:00, “later-today”, “tomorrow”, a day such as "
                     "“monday”, “next-week”, or a span such as 30m, 2h or 3d."),
                   text);
      return FALSE;
    }
  if (result <= g_date_time_to_unix (now))
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("“%s” has already passed: choose a time in the future."), text);
      return FALSE;
    }

  *until = result;
  return TRUE;
}
