/* test-snooze.c: conversations put aside until a time (fd-snooze.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-ingest.h"
#include "fd-reports.h"
#include "fd-snooze.h"
#include "fd-snooze-times.h"
#include "fd-store-private.h"
#include "fd-test-util.h"

/* The tests' clock: every call gets its time from here, never from the
 * machine's. */
#define T0 ((gint64) 1767254400)   /* 2026-01-01 08:00:00 UTC, a Thursday */

typedef struct {
  char    *dir;
  FdStore *store;
  gint64   ana_conversation;
  gint64   ana_message;
  gint64   ben_conversation;
  gint64   ben_message;
} Fixture;

static gint64
add (FdStore    *store,
     const char *remote_id,
     const char *thread,
     const char *handle,
     gint64      created_at)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", remote_id, handle, "Where is my parcel?", created_at);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  msg->thread_id = g_strdup (thread);
  g_assert_cmpint (fd_ingest_message (store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  return id;
}

static gint64
conversation_of (FdStore *store,
                 gint64   message_id)
{
  g_autoptr(FdMessage) message = fd_store_get_message (store, message_id, NULL);

  g_assert_nonnull (message);
  return fd_message_get_conversation_id (message);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);

  f->ana_message = add (f->store, "a1", "ta", "ana@example.social", T0 - 600);
  f->ben_message = add (f->store, "b1", "tb", "ben@example.social", T0 - 300);
  f->ana_conversation = conversation_of (f->store, f->ana_message);
  f->ben_conversation = conversation_of (f->store, f->ben_message);
  g_assert_cmpint (f->ana_conversation, !=, f->ben_conversation);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  fd_test_rmdir (f->dir);
  g_free (f->dir);
}

/* The ids of the messages @view lists, in order. */
static GArray *
list_ids (FdStore *store,
          FdView   view)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GError) error = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  filter->view = view;
  messages = fd_store_list (store, filter, 0, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < messages->len; i++)
    {
      gint64 id = fd_message_get_id (g_ptr_array_index (messages, i));
      g_array_append_val (ids, id);
    }
  g_assert_cmpuint (fd_store_count (store, filter, NULL), ==, ids->len);
  return ids;
}

static gboolean
lists (FdStore *store,
       FdView   view,
       gint64   message_id)
{
  g_autoptr(GArray) ids = list_ids (store, view);

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == message_id)
      return TRUE;
  return FALSE;
}

static gint64
snoozed_until (FdStore *store,
               gint64   message_id)
{
  g_autoptr(FdMessage) message = fd_store_get_message (store, message_id, NULL);

  return fd_message_get_snoozed_until (message);
}

static void
test_snooze_leaves_unanswered (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) snoozed = NULL;
  g_autoptr(GArray) sleeping = NULL;
  gint64 second;

  g_assert_true (lists (f->store, FD_VIEW_UNANSWERED, f->ana_message));
  g_assert_cmpint (snoozed_until (f->store, f->ana_message), ==, 0);
  g_assert_cmpint (fd_snooze_next_due (f->store, NULL), ==, 0);

  g_assert_true (fd_snooze_set (f->store, f->ana_conversation, T0 + 3600, T0, &error));
  g_assert_no_error (error);

  g_assert_false (lists (f->store, FD_VIEW_UNANSWERED, f->ana_message));
  g_assert_true (lists (f->store, FD_VIEW_UNANSWERED, f->ben_message));
  g_assert_cmpint (snoozed_until (f->store, f->ana_message), ==, T0 + 3600);
  g_assert_cmpint (snoozed_until (f->store, f->ben_message), ==, 0);
  g_assert_cmpint (fd_snooze_get_until (f->store, f->ana_conversation, NULL), ==, T0 + 3600);
  g_assert_cmpint (fd_snooze_next_due (f->store, NULL), ==, T0 + 3600);

  /* The Snoozed view: the newest message of each snoozed conversation. */
  second = add (f->store, "a0", "ta", "ana@example.social", T0 - 900);
  snoozed = list_ids (f->store, FD_VIEW_SNOOZED);
  g_assert_cmpuint (snoozed->len, ==, 1);
  g_assert_cmpint (g_array_index (snoozed, gint64, 0), ==, f->ana_message);
  g_assert_false (lists (f->store, FD_VIEW_UNANSWERED, second));

  sleeping = fd_snooze_list (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sleeping->len, ==, 1);
  g_assert_cmpint (g_array_index (sleeping, FdSnooze, 0).conversation_id, ==, f->ana_conversation);
  g_assert_cmpint (g_array_index (sleeping, FdSnooze, 0).until, ==, T0 + 3600);

  /* Snoozed again: the new time replaces the old one. */
  g_assert_true (fd_snooze_set (f->store, f->ana_conversation, T0 + 7200, T0, &error));
  g_assert_cmpint (snoozed_until (f->store, f->ana_message), ==, T0 + 7200);

  /* Cancelled: back at once, and cancelling again says it is not snoozed. */
  g_assert_true (fd_snooze_cancel (f->store, f->ana_conversation, &error));
  g_assert_no_error (error);
  g_assert_true (lists (f->store, FD_VIEW_UNANSWERED, f->ana_message));
  g_assert_cmpint (snoozed_until (f->store, f->ana_message), ==, 0);
  g_assert_false (fd_snooze_cancel (f->store, f->ana_conversation, &error));
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* No snooze into the past, nor of a conversation that is not there. */
  g_assert_false (fd_snooze_set (f->store, f->ana_conversation, T0, T0, &error));
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (fd_snooze_set (f->store, 9999, T0 + 60, T0, &error));
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (fd_snooze_next_due (f->store, NULL), ==, 0);
}

static void
test_wake_at_time (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) early = NULL;
  g_autoptr(GArray) woken = NULL;
  g_autoptr(GArray) again = NULL;
  g_autoptr(GArray) notices = NULL;
  g_autoptr(GArray) no_notices = NULL;

  g_assert_true (fd_snooze_set (f->store, f->ana_conversation, T0 + 3600, T0, &error));
  g_assert_true (fd_snooze_set (f->store, f->ben_conversation, T0 + 7200, T0, &error));

  /* A second early: nothing wakes. */
  early = fd_snooze_wake_due (f->store, T0 + 3599, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (early->len, ==, 0);
  g_assert_false (lists (f->store, FD_VIEW_UNANSWERED, f->ana_message));

  /* At the time: Ana's wakes, Ben's sleeps on. */
  woken = fd_snooze_wake_due (f->store, T0 + 3600, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (woken->len, ==, 1);
  g_assert_cmpint (g_array_index (woken, gint64, 0), ==, f->ana_conversation);
  g_assert_true (lists (f->store, FD_VIEW_UNANSWERED, f->ana_message));
  g_assert_false (lists (f->store, FD_VIEW_UNANSWERED, f->ben_message));
  g_assert_cmpint (snoozed_until (f->store, f->ana_message), ==, 0);
  g_assert_cmpint (fd_snooze_next_due (f->store, NULL), ==, T0 + 7200);

  again = fd_snooze_wake_due (f->store, T0 + 3700, &error);
  g_assert_cmpuint (again->len, ==, 0);

  /* Announced once. */
  notices = fd_snooze_take_woken (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notices->len, ==, 1);
  g_assert_cmpint (g_array_index (notices, FdSnooze, 0).conversation_id, ==, f->ana_conversation);
  g_assert_cmpint (g_array_index (notices, FdSnooze, 0).woken_by, ==, FD_SNOOZE_WOKEN_BY_TIME);
  g_assert_cmpint (g_array_index (notices, FdSnooze, 0).woken_at, ==, T0 + 3600);
  no_notices = fd_snooze_take_woken (f->store, &error);
  g_assert_cmpuint (no_notices->len, ==, 0);
}

static void
test_wake_on_new_message (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) notices = NULL;
  g_autoptr(GArray) woken = NULL;
  g_autoptr(GArray) snoozed = NULL;
  gint64 reply;

  g_assert_true (fd_snooze_set (f->store, f->ana_conversation, T0 + 86400, T0, &error));

  /* An older message of the conversation (an import, a late fetch) does
   * not wake it. */
  add (f->store, "a-old", "ta", "ana@example.social", T0 - 7200);
  g_assert_cmpint (fd_snooze_get_until (f->store, f->ana_conversation, NULL), ==, T0 + 86400);

  /* Another customer's message does not either. */
  add (f->store, "b2", "tb", "ben@example.social", T0 + 60);
  g_assert_cmpint (fd_snooze_get_until (f->store, f->ana_conversation, NULL), ==, T0 + 86400);

  /* Ana writes again: awake at once, back in Unanswered. */
  reply = add (f->store, "a2", "ta", "ana@example.social", T0 + 120);
  g_assert_cmpint (fd_snooze_get_until (f->store, f->ana_conversation, NULL), ==, 0);
  g_assert_true (lists (f->store, FD_VIEW_UNANSWERED, reply));
  g_assert_true (lists (f->store, FD_VIEW_UNANSWERED, f->ana_message));
  snoozed = list_ids (f->store, FD_VIEW_SNOOZED);
  g_assert_cmpuint (snoozed->len, ==, 0);

  /* Its own notification is the message's: no "is back" notice. */
  notices = fd_snooze_take_woken (f->store, &error);
  g_assert_cmpuint (notices->len, ==, 0);
  woken = fd_snooze_wake_due (f->store, T0 + 86400, &error);
  g_assert_cmpuint (woken->len, ==, 0);
}

static void
test_wake_after_restart (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) woken = NULL;
  g_autoptr(GArray) notices = NULL;

  g_assert_true (fd_snooze_set (f->store, f->ana_conversation, T0 + 3600, T0, &error));
  g_clear_object (&f->store);

  /* The computer was off at the time; the next start is a day later. */
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  g_assert_false (lists (f->store, FD_VIEW_UNANSWERED, f->ana_message));
  g_assert_cmpint (fd_snooze_next_due (f->store, NULL), ==, T0 + 3600);

  woken = fd_snooze_wake_due (f->store, T0 + 86400, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (woken->len, ==, 1);
  g_assert_true (lists (f->store, FD_VIEW_UNANSWERED, f->ana_message));

  /* Woken by one process, announced by another (the app after the CLI). */
  g_clear_object (&f->store);
  f->store = fd_store_open (f->dir, &error);
  notices = fd_snooze_take_woken (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notices->len, ==, 1);
  g_assert_cmpint (g_array_index (notices, FdSnooze, 0).until, ==, T0 + 3600);
}

static gint64
parse (GDateTime  *now,
       const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 until = 0;

  g_assert_true (fd_snooze_parse_time (text, now, &until, &error));
  g_assert_no_error (error);
  return until;
}

static gint64
utc (int year, int month, int day, int hour, int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (dt);
}

static void
test_parse_time (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) madrid = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (T0);   /* Thursday 08:00 */
  g_autoptr(GDateTime) monday = g_date_time_new (tz, 2026, 1, 5, 10, 0, 0);
  g_autoptr(GDateTime) now_madrid = g_date_time_new (madrid, 2026, 1, 1, 23, 30, 0);
  g_autoptr(GError) error = NULL;
  gint64 until = 0;

  g_assert_cmpint (parse (now, "tomorrow"), ==, utc (2026, 1, 2, 9, 0));
  g_assert_cmpint (parse (now, "Tomorrow"), ==, utc (2026, 1, 2, 9, 0));
  g_assert_cmpint (parse (now, "later-today"), ==, T0 + 3 * 3600);
  g_assert_cmpint (parse (now, "monday"), ==, utc (2026, 1, 5, 9, 0));
  g_assert_cmpint (parse (now, "next-monday"), ==, utc (2026, 1, 5, 9, 0));
  g_assert_cmpint (parse (now, "next-week"), ==, utc (2026, 1, 5, 9, 0));
  g_assert_cmpint (parse (now, "friday"), ==, utc (2026, 1, 2, 9, 0));
  /* On a Monday, "monday" is a week on. */
  g_assert_cmpint (parse (monday, "monday"), ==, utc (2026, 1, 12, 9, 0));
  g_assert_cmpint (parse (now, "30m"), ==, T0 + 1800);
  g_assert_cmpint (parse (now, "2h"), ==, T0 + 7200);
  g_assert_cmpint (parse (now, "3d"), ==, T0 + 3 * 86400);
  g_assert_cmpint (parse (now, "2026-01-01T10:15:00+01:00"), ==, utc (2026, 1, 1, 9, 15));
  g_assert_cmpint (parse (now, "2026-01-01T10:15:00Z"), ==, utc (2026, 1, 1, 10, 15));
  /* Without an offset, the time zone of now. */
  g_assert_cmpint (parse (now_madrid, "2026-01-02T09:00:00"), ==, utc (2026, 1, 2, 8, 0));
  /* Tomorrow in the user's time zone, not in UTC. */
  g_assert_cmpint (parse (now_madrid, "tomorrow"), ==, utc (2026, 1, 2, 8, 0));

  g_assert_false (fd_snooze_parse_time ("someday", now, &until, &error));
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "tomorrow"));
  g_clear_error (&error);
  g_assert_false (fd_snooze_parse_time ("2025-12-31T10:00:00Z", now, &until, &error));
  g_assert_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (fd_snooze_parse_time ("0h", now, &until, &error));
  g_clear_error (&error);
  g_assert_false (fd_snooze_parse_time ("5x", now, &until, &error));
  g_clear_error (&error);
  g_assert_cmpint (until, ==, 0);
}

/* With business hours, "tomorrow" and "next Monday" are when business
 * opens, on the next day it is open. */
static void
test_business_hours (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FdReportSettings) settings = fd_report_settings_new ();
  g_autoptr(GDateTime) friday = g_date_time_new_utc (2026, 1, 2, 8, 0, 0);
  g_autoptr(GDateTime) thursday = g_date_time_new_from_unix_utc (T0);
  g_autoptr(GError) error = NULL;

  /* Without hours: 09:00. */
  g_assert_cmpint (fd_snooze_times_tomorrow (f->store, thursday), ==, fd_snooze_tomorrow (thursday));
  g_assert_cmpint (fd_snooze_times_next_monday (f->store, thursday), ==, fd_snooze_next_monday (thursday));

  g_free (settings->business_hours);
  settings->business_hours = g_strdup ("mon-fri 10:30-18:00");
  g_free (settings->timezone);
  settings->timezone = g_strdup ("UTC");
  g_assert_true (fd_report_settings_save (f->store, settings, &error));
  g_assert_no_error (error);

  /* Thursday: tomorrow is Friday at 10:30. */
  g_assert_cmpint (fd_snooze_times_tomorrow (f->store, thursday), ==, utc (2026, 1, 2, 10, 30));
  /* Friday: the next open day is Monday. */
  g_assert_cmpint (fd_snooze_times_tomorrow (f->store, friday), ==, utc (2026, 1, 5, 10, 30));
  g_assert_cmpint (fd_snooze_times_next_monday (f->store, friday), ==, utc (2026, 1, 5, 10, 30));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/snooze/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("leaves-unanswered", test_snooze_leaves_unanswered);
  ADD ("wake-at-time", test_wake_at_time);
  ADD ("wake-on-new-message", test_wake_on_new_message);
  ADD ("wake-after-restart", test_wake_after_restart);
  ADD ("business-hours", test_business_hours);
#undef ADD
  g_test_add_func ("/snooze/parse-time", test_parse_time);

  return g_test_run ();
}
