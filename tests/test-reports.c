/* test-reports.c: business hours, the waits table and reports, against
 * figures computed by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "fd-ingest.h"
#include "fd-json.h"
#include "fd-outbox.h"
#include "fd-reports-private.h"
#include "fd-store.h"
#include "fd-test-util.h"
#include "fd-waits-sql.h"

#define MADRID "Europe/Madrid"

typedef struct {
  char    *dir;
  FdStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  fd_test_rmdir (f->dir);
  g_free (f->dir);
}

/* A wall-clock time in Madrid as a Unix time. */
static gint64
madrid (int y, int mo, int d, int h, int mi)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (MADRID);
  g_autoptr(GDateTime) dt = NULL;

  g_assert_nonnull (tz);
  dt = g_date_time_new (tz, y, mo, d, h, mi, 0);
  return g_date_time_to_unix (dt);
}

static gint64
ingest (Fixture    *f,
        const char *channel,
        const char *remote_id,
        const char *thread,
        const char *customer,
        FdDirection direction,
        gint64      created_at)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message (channel, remote_id,
                                                    direction == FD_DIRECTION_IN ? customer : "shop",
                                                    direction == FD_DIRECTION_IN ? "Where is my order?" : "It is on its way.",
                                                    created_at);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  msg->thread_id = g_strdup (thread);
  msg->direction = direction;
  if (direction == FD_DIRECTION_OUT)
    msg->recipient = g_strdup (customer);
  g_assert_cmpint (fd_ingest_message (f->store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);

  return id;
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static FdReport *
report (Fixture          *f,
        FdReportSettings *settings,
        const char       *from,
        const char       *to)
{
  g_autoptr(GError) error = NULL;
  FdReport *r = fd_report_compute (f->store, settings, from, to, &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  return r;
}

static const FdReportStats *
channel_stats (FdReport   *r,
               const char *channel)
{
  for (guint i = 0; i < r->channels->len; i++)
    {
      FdReportChannel *c = g_ptr_array_index (r->channels, i);

      if (g_str_equal (c->channel, channel))
        return &c->stats;
    }
  g_assert_not_reached ();
  return NULL;
}

static FdReportSettings *
madrid_settings (const char *hours)
{
  FdReportSettings *s = fd_report_settings_new ();

  g_free (s->timezone);
  s->timezone = g_strdup (MADRID);
  g_free (s->business_hours);
  s->business_hours = g_strdup (hours);
  return s;
}

/* Every JSON text of @r: what the CLI prints. */
static char *
json_of (const FdReport *r)
{
  g_autoptr(JsonNode) node = fd_report_to_json (r);

  return fd_json_to_string (node, FALSE);
}

/* Business hours */

static void
test_hours_spec (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdBusinessHours) h = NULL;
  g_autoptr(FdBusinessHours) always = NULL;
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;

  h = fd_business_hours_parse ("mon-fri 09:00-13:00, 12:00-17:30;\nsat 10:00-14:00", NULL, &error);
  g_assert_no_error (error);
  text = fd_business_hours_to_string (h);
  /* Overlapping ranges joined, days with the same hours joined. */
  g_assert_cmpstr (text, ==, "mon-fri 09:00-17:30; sat 10:00-14:00");
  g_assert_false (fd_business_hours_is_always (h));

  always = fd_business_hours_parse ("  ; ", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (fd_business_hours_is_always (always));
  empty = fd_business_hours_to_string (always);
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpint (fd_business_hours_elapsed (always, 100, 4000), ==, 3900);

  /* Wrapping day ranges: fri-mon is four days. */
  {
    g_autoptr(FdBusinessHours) wrap = fd_business_hours_parse ("fri-mon 10:00-11:00", NULL, &error);
    g_autofree char *wrapped = NULL;

    g_assert_no_error (error);
    wrapped = fd_business_hours_to_string (wrap);
    g_assert_cmpstr (wrapped, ==, "mon 10:00-11:00; fri-sun 10:00-11:00");
  }

  g_assert_null (fd_business_hours_parse ("mon-fry 09:00-17:00", NULL, &error));
  g_assert_error (error, FD_BUSINESS_HOURS_ERROR, FD_BUSINESS_HOURS_ERROR_SPEC);
  g_clear_error (&error);
  g_assert_null (fd_business_hours_parse ("mon 17:00-09:00", NULL, &error));
  g_assert_error (error, FD_BUSINESS_HOURS_ERROR, FD_BUSINESS_HOURS_ERROR_SPEC);
  g_clear_error (&error);
  g_assert_null (fd_business_hours_parse ("mon 9-17", NULL, &error));
  g_assert_error (error, FD_BUSINESS_HOURS_ERROR, FD_BUSINESS_HOURS_ERROR_SPEC);
  g_clear_error (&error);
  g_assert_null (fd_business_hours_parse ("mon 09:00-24:30", NULL, &error));
  g_assert_error (error, FD_BUSINESS_HOURS_ERROR, FD_BUSINESS_HOURS_ERROR_SPEC);
  g_clear_error (&error);
  g_assert_false (fd_business_hours_set_days_off (h, "2026-02-30", &error));
  g_assert_error (error, FD_BUSINESS_HOURS_ERROR, FD_BUSINESS_HOURS_ERROR_DAYS_OFF);
  g_clear_error (&error);
  g_assert_null (fd_business_hours_lookup_timezone ("Mars/Olympus_Mons", &error));
  g_assert_error (error, FD_BUSINESS_HOURS_ERROR, FD_BUSINESS_HOURS_ERROR_TIMEZONE);
}

static void
test_hours_night_weekend (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (MADRID);
  g_autoptr(FdBusinessHours) h = fd_business_hours_parse ("mon-fri 09:00-17:30", tz, &error);
  g_autoptr(FdBusinessHours) sat = fd_business_hours_parse ("mon-fri 09:00-17:30; sat 10:00-14:00", tz, &error);

  g_assert_no_error (error);

  /* Tue 17:00 to Wed 09:30: 30 min before closing, 30 after opening. */
  g_assert_cmpint (fd_business_hours_elapsed (h, madrid (2026, 3, 3, 17, 0), madrid (2026, 3, 4, 9, 30)), ==, 3600);
  /* Fri 17:00 to Mon 10:00: 30 min + 60 min; the weekend is closed. */
  g_assert_cmpint (fd_business_hours_elapsed (h, madrid (2026, 3, 6, 17, 0), madrid (2026, 3, 9, 10, 0)), ==, 5400);
  /* The same with Saturday's four hours. */
  g_assert_cmpint (fd_business_hours_elapsed (sat, madrid (2026, 3, 6, 17, 0), madrid (2026, 3, 9, 10, 0)), ==, 5400 + 4 * 3600);
  /* Arrived at night, answered before opening: no business time. */
  g_assert_cmpint (fd_business_hours_elapsed (h, madrid (2026, 3, 3, 22, 0), madrid (2026, 3, 4, 8, 0)), ==, 0);
  /* Friday a day off: Thu 17:00 to Mon 09:15 is 30 + 15 min. */
  g_assert_true (fd_business_hours_set_days_off (h, "2026-03-06, 2026-12-25", &error));
  g_assert_no_error (error);
  g_assert_cmpint (fd_business_hours_elapsed (h, madrid (2026, 3, 5, 17, 0), madrid (2026, 3, 9, 9, 15)), ==, 2700);
  /* Two weeks: ten days of 8.5 hours, minus the day off. */
  g_assert_cmpint (fd_business_hours_elapsed (h, madrid (2026, 3, 2, 0, 0), madrid (2026, 3, 16, 0, 0)), ==, 9 * 30600);
}

static void
test_hours_dst (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (MADRID);
  g_autoptr(FdBusinessHours) always = fd_business_hours_new (tz);
  g_autoptr(FdBusinessHours) sunday = fd_business_hours_parse ("sun 00:00-24:00", tz, &error);
  g_autoptr(FdBusinessHours) night = fd_business_hours_parse ("sun 01:00-04:00", tz, &error);
  gint64 start = madrid (2026, 3, 28, 23, 0);
  gint64 end = madrid (2026, 3, 30, 0, 0);

  g_assert_no_error (error);
  /* Clocks go from 02:00 to 03:00 on Sunday 29 March 2026 in Madrid:
   * 25 hours on the wall clock, 24 real ones. */
  g_assert_cmpint (end - start, ==, 24 * 3600);
  g_assert_cmpint (fd_business_hours_elapsed (always, start, end), ==, 24 * 3600);
  /* Sunday has 23 hours. */
  g_assert_cmpint (fd_business_hours_elapsed (sunday, start, end), ==, 23 * 3600);
  /* 01:00 to 04:00 that night is two real hours. */
  g_assert_cmpint (fd_business_hours_elapsed (night, start, end), ==, 2 * 3600);
  /* And in October, 25. */
  g_assert_cmpint (fd_business_hours_elapsed (sunday, madrid (2026, 10, 24, 12, 0), madrid (2026, 10, 26, 12, 0)), ==, 25 * 3600);
}

/* Waits and reports over a store */

/* Madrid, Mon-Fri 09:00-17:30, target 60 min:
 *   m1  Tue 3 Mar 17:00, replied Wed 09:30          3600 s
 *   m2  Fri 6 Mar 17:00, replied Mon 9 Mar 10:00    5400 s
 *   b1  Mon 9 Mar 11:00, replied 11:20              1200 s
 *   b1  Mon 9 Mar 15:00 again (a second wait), replied 16:00   3600 s
 *   b2  Mon 9 Mar 12:00, marked answered
 *   m3  Tue 10 Mar 08:00, waiting
 */
static void
ingest_week (Fixture *f)
{
  ingest (f, "mastodon", "m1", "m1", "@ana@x", FD_DIRECTION_IN, madrid (2026, 3, 3, 17, 0));
  ingest (f, "mastodon", "m1r", "m1", "@ana@x", FD_DIRECTION_OUT, madrid (2026, 3, 4, 9, 30));
  ingest (f, "mastodon", "m2", "m2", "@bo@x", FD_DIRECTION_IN, madrid (2026, 3, 6, 17, 0));
  ingest (f, "mastodon", "m2r", "m2", "@bo@x", FD_DIRECTION_OUT, madrid (2026, 3, 9, 10, 0));
  ingest (f, "bluesky", "b1", "b1", "cy.bsky.social", FD_DIRECTION_IN, madrid (2026, 3, 9, 11, 0));
  ingest (f, "bluesky", "b1r", "b1", "cy.bsky.social", FD_DIRECTION_OUT, madrid (2026, 3, 9, 11, 20));
  ingest (f, "bluesky", "b1b", "b1", "cy.bsky.social", FD_DIRECTION_IN, madrid (2026, 3, 9, 15, 0));
  ingest (f, "bluesky", "b1c", "b1", "cy.bsky.social", FD_DIRECTION_IN, madrid (2026, 3, 9, 15, 10));
  ingest (f, "bluesky", "b1br", "b1", "cy.bsky.social", FD_DIRECTION_OUT, madrid (2026, 3, 9, 16, 0));
  ingest (f, "bluesky", "b2", "b2", "di.bsky.social", FD_DIRECTION_IN, madrid (2026, 3, 9, 12, 0));
  ingest (f, "mastodon", "m3", "m3", "@ed@x", FD_DIRECTION_IN, madrid (2026, 3, 10, 8, 0));
}

static void
check_week (FdReport *r)
{
  const FdReportStats *m, *b;
  FdReportDay *day;

  g_assert_cmpstr (r->timezone, ==, MADRID);
  g_assert_cmpint (r->target_seconds, ==, 3600);
  g_assert_cmpuint (r->total.received, ==, 7);
  g_assert_cmpuint (r->total.conversations, ==, 5);
  g_assert_cmpuint (r->total.answered, ==, 4);
  g_assert_cmpuint (r->total.waiting, ==, 1);
  g_assert_cmpuint (r->total.marked_answered, ==, 1);
  /* 1200, 3600, 3600, 5400: nearest rank. */
  g_assert_cmpuint (r->total.fr_count, ==, 4);
  g_assert_cmpint (r->total.fr_median, ==, 3600);
  g_assert_cmpint (r->total.fr_p90, ==, 5400);
  g_assert_cmpfloat_with_epsilon (r->total.fr_within, 0.75, 1e-9);

  g_assert_cmpuint (r->channels->len, ==, 2);
  m = channel_stats (r, "mastodon");
  g_assert_cmpuint (m->received, ==, 3);
  g_assert_cmpuint (m->answered, ==, 2);
  g_assert_cmpuint (m->waiting, ==, 1);
  g_assert_cmpint (m->fr_median, ==, 3600);
  g_assert_cmpint (m->fr_p90, ==, 5400);
  g_assert_cmpfloat_with_epsilon (m->fr_within, 0.5, 1e-9);
  b = channel_stats (r, "bluesky");
  g_assert_cmpuint (b->received, ==, 4);
  g_assert_cmpuint (b->conversations, ==, 2);
  g_assert_cmpuint (b->answered, ==, 2);
  g_assert_cmpuint (b->marked_answered, ==, 1);
  g_assert_cmpint (b->fr_median, ==, 1200);
  g_assert_cmpint (b->fr_p90, ==, 3600);

  /* Monday first, local hours. */
  g_assert_cmpuint (r->arrivals[1][17], ==, 1);
  g_assert_cmpuint (r->arrivals[4][17], ==, 1);
  g_assert_cmpuint (r->arrivals[0][11], ==, 1);
  g_assert_cmpuint (r->arrivals[0][12], ==, 1);
  g_assert_cmpuint (r->arrivals[0][15], ==, 2);
  g_assert_cmpuint (r->arrivals[1][8], ==, 1);

  g_assert_cmpuint (r->days->len, ==, 14);
  day = g_ptr_array_index (r->days, 7);
  g_assert_cmpstr (day->date, ==, "2026-03-09");
  g_assert_cmpuint (day->received, ==, 4);
  g_assert_cmpuint (day->answered, ==, 2);
  day = g_ptr_array_index (r->days, 1);
  g_assert_cmpstr (day->date, ==, "2026-03-03");
  g_assert_cmpuint (day->received, ==, 1);
  g_assert_cmpuint (day->answered, ==, 1);
}

static void
test_report_week (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(FdReportSettings) s = madrid_settings ("mon-fri 09:00-17:30");
  g_autoptr(FdReport) r = NULL;
  g_autoptr(FdReport) fast = NULL;
  g_autoptr(GError) error = NULL;

  ingest_week (f);
  g_assert_true (fd_store_set_message_state (f->store, query_int (f, "SELECT id FROM messages WHERE remote_id = 'b2'"),
                                             FD_MESSAGE_STATE_ANSWERED, &error));
  g_assert_no_error (error);

  r = report (f, s, "2026-03-02", "2026-03-16");
  check_week (r);

  /* Bluesky's own target of 15 minutes: 1200 s is late there, and 3600
   * s still within the profile's hour for Mastodon. */
  g_hash_table_insert (s->channel_targets, g_strdup ("bluesky"), GUINT_TO_POINTER (15));
  fast = report (f, s, "2026-03-02", "2026-03-16");
  g_assert_cmpfloat_with_epsilon (channel_stats (fast, "bluesky")->fr_within, 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (fast->total.fr_within, 0.25, 1e-9);
}

/* Imported in any order, or made again by the migration's SQL, the
 * waits are the same. */
static void
test_waits_any_order (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(FdReportSettings) s = madrid_settings ("mon-fri 09:00-17:30");
  g_autoptr(FdReport) r = NULL;
  g_autoptr(FdReport) again = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  /* Replies first, then the customers' messages. */
  ingest (f, "mastodon", "m1r", "m1", "@ana@x", FD_DIRECTION_OUT, madrid (2026, 3, 4, 9, 30));
  ingest (f, "mastodon", "m2r", "m2", "@bo@x", FD_DIRECTION_OUT, madrid (2026, 3, 9, 10, 0));
  ingest (f, "bluesky", "b1br", "b1", "cy.bsky.social", FD_DIRECTION_OUT, madrid (2026, 3, 9, 16, 0));
  ingest (f, "bluesky", "b1c", "b1", "cy.bsky.social", FD_DIRECTION_IN, madrid (2026, 3, 9, 15, 10));
  ingest (f, "bluesky", "b1r", "b1", "cy.bsky.social", FD_DIRECTION_OUT, madrid (2026, 3, 9, 11, 20));
  ingest (f, "bluesky", "b1b", "b1", "cy.bsky.social", FD_DIRECTION_IN, madrid (2026, 3, 9, 15, 0));
  ingest (f, "bluesky", "b1", "b1", "cy.bsky.social", FD_DIRECTION_IN, madrid (2026, 3, 9, 11, 0));
  ingest (f, "mastodon", "m3", "m3", "@ed@x", FD_DIRECTION_IN, madrid (2026, 3, 10, 8, 0));
  ingest (f, "mastodon", "m2", "m2", "@bo@x", FD_DIRECTION_IN, madrid (2026, 3, 6, 17, 0));
  ingest (f, "mastodon", "m1", "m1", "@ana@x", FD_DIRECTION_IN, madrid (2026, 3, 3, 17, 0));
  ingest (f, "bluesky", "b2", "b2", "di.bsky.social", FD_DIRECTION_IN, madrid (2026, 3, 9, 12, 0));
  g_assert_true (fd_store_set_message_state (f->store, query_int (f, "SELECT id FROM messages WHERE remote_id = 'b2'"),
                                             FD_MESSAGE_STATE_ANSWERED, &error));

  r = report (f, s, "2026-03-02", "2026-03-16");
  check_week (r);
  before = json_of (r);

  /* What the migration builds for a profile from before waits were kept. */
  g_assert_cmpint (sqlite3_exec (fd_store_get_db (f->store), "DELETE FROM waits;" FD_WAITS_SQL_BUILD ("1"),
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  again = report (f, s, "2026-03-02", "2026-03-16");
  after = json_of (again);
  g_assert_cmpstr (after, ==, before);
}

/* A reply queued while offline ends the wait when it goes out, not when
 * it was written. */
static void
test_waits_queued_reply (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(FdReportSettings) s = fd_report_settings_new ();
  g_autoptr(FdOutbox) outbox = fd_outbox_new (f->store);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(FdReport) queued = NULL;
  g_autoptr(FdReport) sent = NULL;
  g_autoptr(FdReport) rebuilt = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (today, -1);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);
  g_autofree char *from = g_date_time_format (yesterday, "%Y-%m-%d");
  g_autofree char *to = g_date_time_format (tomorrow, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 asked, reply, before_send;
  g_autofree char *sql = NULL;

  /* Make sure the customer's message falls in the period. */
  asked = ingest (f, "mastodon", "q1", "q1", "@ana@x", FD_DIRECTION_IN, now - 7200);
  reply = fd_test_queue_reply (f->store, asked, "On its way.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (reply, >, 0);
  /* Written 100 minutes ago, offline since. */
  sql = g_strdup_printf ("UPDATE messages SET created_at = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                         now - 6000, reply);
  g_assert_cmpint (sqlite3_exec (fd_store_get_db (f->store), sql, NULL, NULL, NULL), ==, SQLITE_OK);

  queued = report (f, s, from, to);
  g_assert_cmpuint (queued->total.waiting, ==, 1);
  g_assert_cmpuint (queued->total.answered, ==, 0);
  g_assert_cmpint (fd_reports_get_open_wait (f->store, query_int (f, "SELECT conversation_id FROM messages WHERE remote_id = 'q1'"), &error),
                   ==, now - 7200);

  entries = fd_outbox_list (outbox, 0, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  before_send = g_get_real_time () / G_USEC_PER_SEC;
  g_assert_true (fd_outbox_mark_sent (outbox, g_ptr_array_index (entries, 0), "server-1", &error));
  g_assert_no_error (error);

  sent = report (f, s, from, to);
  g_assert_cmpuint (sent->total.waiting, ==, 0);
  g_assert_cmpuint (sent->total.answered, ==, 1);
  g_assert_cmpuint (sent->total.marked_answered, ==, 0);
  g_assert_cmpint (sent->total.fr_median, >=, before_send - (now - 7200));
  g_assert_cmpint (sent->total.fr_median, <=, g_get_real_time () / G_USEC_PER_SEC - (now - 7200));
  g_assert_cmpint (fd_reports_get_open_wait (f->store, query_int (f, "SELECT conversation_id FROM messages WHERE remote_id = 'q1'"), &error),
                   ==, 0);

  /* Made again from the messages: the outbox's sending time counts. */
  g_assert_true (_fd_waits_rebuild (f->store, query_int (f, "SELECT conversation_id FROM messages WHERE remote_id = 'q1'"), &error));
  rebuilt = report (f, s, from, to);
  g_assert_cmpint (rebuilt->total.fr_median, ==, sent->total.fr_median);
}

/* Marked answered: counted apart; marked unanswered again: waiting. A
 * customer who writes after a marked wait starts a new one. */
static void
test_waits_marked (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(FdReportSettings) s = fd_report_settings_new ();
  g_autoptr(GError) error = NULL;
  gint64 a, b;

  a = ingest (f, "mastodon", "k1", "k1", "@ana@x", FD_DIRECTION_IN, 1772614800);       /* 2026-03-04 09:00 UTC */
  b = ingest (f, "mastodon", "k2", "k1", "@ana@x", FD_DIRECTION_IN, 1772614800 + 60);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM waits"), ==, 1);

  /* One of two messages answered: the wait stays open. */
  g_assert_true (fd_store_set_message_state (f->store, a, FD_MESSAGE_STATE_ANSWERED, &error));
  g_assert_cmpint (query_int (f, "SELECT kind FROM waits"), ==, FD_WAIT_OPEN);
  /* Archived counts as done too. */
  g_assert_true (fd_store_set_message_state (f->store, b, FD_MESSAGE_STATE_ARCHIVED, &error));
  g_assert_cmpint (query_int (f, "SELECT kind FROM waits"), ==, FD_WAIT_MARKED);

  {
    g_autoptr(FdReport) r = report (f, s, "2026-03-04", "2026-03-05");

    g_assert_cmpuint (r->total.marked_answered, ==, 1);
    g_assert_cmpuint (r->total.answered, ==, 0);
    g_assert_cmpuint (r->total.fr_count, ==, 0);
    g_assert_cmpint (r->total.fr_median, ==, -1);
  }

  g_assert_true (fd_store_set_message_state (f->store, b, FD_MESSAGE_STATE_READ, &error));
  g_assert_cmpint (query_int (f, "SELECT kind FROM waits"), ==, FD_WAIT_OPEN);
  g_assert_true (fd_store_set_message_state (f->store, b, FD_MESSAGE_STATE_ANSWERED, &error));
  g_assert_cmpint (query_int (f, "SELECT kind FROM waits"), ==, FD_WAIT_MARKED);

  ingest (f, "mastodon", "k3", "k1", "@ana@x", FD_DIRECTION_IN, 1772614800 + 3600);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM waits WHERE kind = 0"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM waits"), ==, 2);
  g_assert_no_error (error);
}

/* Mail answered in another program: the server says so when the
 * customer's message arrives, and the reply comes later from the Sent
 * folder; the wait ends with that reply. Both orders of arrival. */
static void
test_waits_answered_elsewhere (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(FdReportSettings) s = fd_report_settings_new ();
  g_autoptr(FdReport) r = NULL;
  gint64 t = 1772614800;  /* 2026-03-04 09:00 UTC */
  const char *ids[] = { "e1", "e2" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", ids[i], "@ana@x", "Where is it?", t + i * 7200);
      g_autoptr(GError) error = NULL;

      msg->thread_id = g_strdup ("e");
      msg->state = FD_MESSAGE_STATE_ANSWERED;
      g_assert_cmpint (fd_ingest_message (f->store, msg, NULL, &error), ==, FD_INSERT_ADDED);
    }
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM waits WHERE kind = 2"), ==, 2);
  /* The replies, 10 and 20 minutes after each, come after both. */
  ingest (f, "mastodon", "e1r", "e", "@ana@x", FD_DIRECTION_OUT, t + 600);
  ingest (f, "mastodon", "e2r", "e", "@ana@x", FD_DIRECTION_OUT, t + 7200 + 1200);

  r = report (f, s, "2026-03-04", "2026-03-05");
  g_assert_cmpuint (r->total.answered, ==, 2);
  g_assert_cmpuint (r->total.marked_answered, ==, 0);
  g_assert_cmpint (r->total.fr_median, ==, 600);
  g_assert_cmpint (r->total.fr_p90, ==, 1200);
}

/* Each copy of a repeated post waits for its own answer. */
static void
test_waits_repeated_copies (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(FdReportSettings) s = fd_report_settings_new ();
  g_autoptr(FdReport) r = NULL;
  gint64 t = 1772614800;  /* 2026-03-04 09:00 UTC */

  for (int i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("copy%d", i);
      g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", id, "@ana@x",
                                                        "My order 48213 never arrived and nobody answers my emails, please refund me now",
                                                        t + i * 600);
      g_autoptr(GError) error = NULL;

      msg->thread_id = g_strdup (id);
      g_assert_cmpint (fd_ingest_message (f->store, msg, NULL, &error), ==, FD_INSERT_ADDED);
    }
  /* The second copy answered 20 minutes after it came. */
  ingest (f, "mastodon", "copy1r", "copy1", "@ana@x", FD_DIRECTION_OUT, t + 600 + 1200);

  r = report (f, s, "2026-03-04", "2026-03-05");
  g_assert_cmpuint (r->total.received, ==, 3);
  g_assert_cmpuint (r->total.conversations, ==, 3);
  g_assert_cmpuint (r->total.waiting, ==, 2);
  g_assert_cmpuint (r->total.answered, ==, 1);
  g_assert_cmpint (r->total.fr_median, ==, 1200);
  /* The repeats step grouped them: one customer, three copies. */
  g_assert_cmpuint (r->repeaters->len, ==, 1);
  g_assert_cmpuint (((FdReportRepeater *) g_ptr_array_index (r->repeaters, 0))->copies, ==, 3);
  g_assert_cmpstr (((FdReportRepeater *) g_ptr_array_index (r->repeaters, 0))->customer, ==, "@ana@x");
}

static void
test_report_dst (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(FdReportSettings) s = madrid_settings ("");
  g_autoptr(FdReportSettings) sundays = madrid_settings ("sun 00:00-24:00");
  g_autoptr(FdReport) r = NULL;
  g_autoptr(FdReport) rs = NULL;

  /* Sat 23:00 CET, answered Mon 00:00 CEST: 24 real hours, 23 of them Sunday's. */
  ingest (f, "mastodon", "d1", "d1", "@ana@x", FD_DIRECTION_IN, madrid (2026, 3, 28, 23, 0));
  ingest (f, "mastodon", "d1r", "d1", "@ana@x", FD_DIRECTION_OUT, madrid (2026, 3, 30, 0, 0));
  /* Before and after the change, on Sunday. */
  ingest (f, "mastodon", "d2", "d2", "@bo@x", FD_DIRECTION_IN, madrid (2026, 3, 29, 1, 30));
  ingest (f, "mastodon", "d3", "d3", "@cy@x", FD_DIRECTION_IN, madrid (2026, 3, 29, 3, 30));
  ingest (f, "mastodon", "d4", "d4", "@di@x", FD_DIRECTION_IN, madrid (2026, 3, 29, 23, 59));

  r = report (f, s, "2026-03-28", "2026-03-31");
  g_assert_cmpint (r->total.fr_median, ==, 24 * 3600);
  g_assert_cmpuint (r->arrivals[5][23], ==, 1);
  g_assert_cmpuint (r->arrivals[6][1], ==, 1);
  g_assert_cmpuint (r->arrivals[6][2], ==, 0);
  g_assert_cmpuint (r->arrivals[6][3], ==, 1);
  g_assert_cmpuint (r->arrivals[6][23], ==, 1);
  g_assert_cmpuint (r->days->len, ==, 3);
  g_assert_cmpuint (((FdReportDay *) g_ptr_array_index (r->days, 0))->received, ==, 1);
  g_assert_cmpuint (((FdReportDay *) g_ptr_array_index (r->days, 1))->received, ==, 3);

  rs = report (f, sundays, "2026-03-28", "2026-03-31");
  g_assert_cmpint (rs->total.fr_median, ==, 23 * 3600);
}

static void
test_report_empty (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(FdReportSettings) s = madrid_settings ("mon-fri 09:00-17:00");
  g_autoptr(FdReport) r = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;

  ingest_week (f);
  r = report (f, s, "2025-01-01", "2025-02-01");
  g_assert_cmpuint (r->total.received, ==, 0);
  g_assert_cmpuint (r->total.answered, ==, 0);
  g_assert_cmpuint (r->channels->len, ==, 0);
  g_assert_cmpuint (r->days->len, ==, 31);
  g_assert_cmpuint (r->languages->len, ==, 0);
  json = json_of (r);
  g_assert_nonnull (strstr (json, "\"median_seconds\":null"));
  g_assert_nonnull (strstr (json, "\"within_target\":null"));

  g_assert_null (fd_report_compute (f->store, s, "2025-02-01", "2025-02-01", &error));
  g_assert_error (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (fd_report_compute (f->store, s, "2025-02-30", "2025-03-01", &error));
  g_assert_error (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID);
}

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(FdReportSettings) s = madrid_settings ("mon-fri 09:00-17:30");
  g_autoptr(FdReportSettings) loaded = NULL;
  g_autoptr(FdReportSettings) unchanged = NULL;
  g_autoptr(FdReportSettings) defaults = NULL;
  g_autoptr(GError) error = NULL;

  defaults = fd_report_settings_load (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (defaults->target_minutes, ==, 60);
  g_assert_cmpint (fd_report_settings_get_target (defaults, "email"), ==, 3600);

  s->target_minutes = 30;
  g_free (s->days_off);
  s->days_off = g_strdup ("2026-12-25");
  g_hash_table_insert (s->channel_targets, g_strdup ("mastodon"), GUINT_TO_POINTER (15));
  g_assert_true (fd_report_settings_save (f->store, s, &error));
  g_assert_no_error (error);

  loaded = fd_report_settings_load (f->store, &error);
  g_assert_cmpstr (loaded->business_hours, ==, "mon-fri 09:00-17:30");
  g_assert_cmpstr (loaded->timezone, ==, MADRID);
  g_assert_cmpstr (loaded->days_off, ==, "2026-12-25");
  g_assert_cmpint (fd_report_settings_get_target (loaded, "mastodon"), ==, 900);
  g_assert_cmpint (fd_report_settings_get_target (loaded, "email"), ==, 1800);

  /* A wrong field saves nothing. */
  g_free (s->timezone);
  s->timezone = g_strdup ("Europe/Atlantis");
  s->target_minutes = 5;
  g_assert_false (fd_report_settings_save (f->store, s, &error));
  g_assert_error (error, FD_BUSINESS_HOURS_ERROR, FD_BUSINESS_HOURS_ERROR_TIMEZONE);
  unchanged = fd_report_settings_load (f->store, NULL);
  g_assert_cmpstr (unchanged->timezone, ==, MADRID);
  g_assert_cmpuint (unchanged->target_minutes, ==, 30);
}

static void
test_target_state (void)
{
  g_autoptr(FdReportSettings) s = madrid_settings ("mon-fri 09:00-17:30");
  g_autoptr(FdBusinessHours) h = fd_report_settings_make_hours (s, NULL);
  gint64 start = madrid (2026, 3, 6, 17, 0);   /* Friday */

  /* 30 min of Friday, then Monday 09:00-09:20: 10 min left. */
  g_assert_cmpint (fd_reports_time_left (s, h, "email", start, madrid (2026, 3, 9, 9, 20)), ==, 600);
  g_assert_cmpint (fd_reports_target_state (600), ==, FD_TARGET_DUE_SOON);
  g_assert_cmpint (fd_reports_target_state (fd_reports_time_left (s, h, "email", start, madrid (2026, 3, 7, 12, 0))),
                   ==, FD_TARGET_WITHIN);
  g_assert_cmpint (fd_reports_target_state (fd_reports_time_left (s, h, "email", start, madrid (2026, 3, 9, 9, 31))),
                   ==, FD_TARGET_OVERDUE);
}

/* Round trips */

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(FdReportSettings) s = madrid_settings ("mon-fri 09:00-17:30");
  g_autoptr(FdReport) r = NULL;
  g_autoptr(FdReport) from_json = NULL;
  g_autoptr(FdReport) from_csv = NULL;
  g_autoptr(FdReport) tricky = NULL;
  g_autoptr(FdReport) tricky_back = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json2 = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *csv2 = NULL;
  g_autofree char *json3 = NULL;
  g_autofree char *tricky_csv = NULL;
  g_autofree char *tricky_json = NULL;
  g_autofree char *tricky_json2 = NULL;

  ingest_week (f);
  r = report (f, s, "2026-03-02", "2026-03-16");
  json = json_of (r);
  node = json_from_string (json, &error);
  g_assert_no_error (error);
  from_json = fd_report_new_from_json (node, &error);
  g_assert_no_error (error);
  json2 = json_of (from_json);
  g_assert_cmpstr (json2, ==, json);

  csv = fd_report_to_csv (r);
  g_assert_true (g_str_has_prefix (csv, "section,item,key,value\r\nperiod,,from,2026-03-02\r\n"));
  g_assert_nonnull (strstr (csv, "\r\nstats,bluesky,first_response_median_seconds,1200\r\n"));
  g_assert_nonnull (strstr (csv, "\r\narrivals,tue,17,1\r\n"));
  from_csv = fd_report_new_from_csv (csv, &error);
  g_assert_no_error (error);
  csv2 = fd_report_to_csv (from_csv);
  g_assert_cmpstr (csv2, ==, csv);
  json3 = json_of (from_csv);
  g_assert_cmpstr (json3, ==, json);

  /* Texts from customers: commas, quotes, line breaks and formulas. */
  {
    const char *text =
      "{\"from\":\"2026-03-02\",\"to\":\"2026-03-03\",\"timezone\":\"UTC\",\"target_seconds\":60,"
      "\"total\":{\"received\":0,\"conversations\":0,\"answered\":0,\"waiting\":0,\"marked_answered\":0,"
      "\"first_response\":{\"count\":0,\"median_seconds\":null,\"p90_seconds\":null,\"within_target\":null}},"
      "\"channels\":{},\"arrivals_by_weekday_hour\":[[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"
      "[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"
      "[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"
      "[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3]],"
      "\"languages\":{\"es\":2,\"und\":1},"
      "\"topics\":[{\"title\":\"=HYPERLINK(\\\"http://x\\\"), \\\"click\\\"\\nnow\",\"customers\":3,\"messages\":5},"
      "{\"title\":\"'quoted' already\",\"customers\":4,\"messages\":4}],"
      "\"repeaters\":[{\"customer\":\"@ana, the \\\"best\\\"\",\"copies\":2}],"
      "\"days\":[{\"date\":\"2026-03-02\",\"received\":3,\"answered\":0}]}";
    g_autoptr(JsonNode) tricky_node = json_from_string (text, &error);

    g_assert_no_error (error);
    tricky = fd_report_new_from_json (tricky_node, &error);
    g_assert_no_error (error);
  }
  tricky_csv = fd_report_to_csv (tricky);
  /* A spreadsheet does not run it as a formula. */
  g_assert_nonnull (strstr (tricky_csv, "\r\ntopic,1,title,\"'=HYPERLINK(\"\"http://x\"\"), \"\"click\"\"\nnow\"\r\n"));
  g_assert_nonnull (strstr (tricky_csv, "\r\ntopic,2,title,''quoted' already\r\n"));
  tricky_back = fd_report_new_from_csv (tricky_csv, &error);
  g_assert_no_error (error);
  tricky_json = json_of (tricky);
  tricky_json2 = json_of (tricky_back);
  g_assert_cmpstr (tricky_json2, ==, tricky_json);

  /* Damaged files are refused with a reason. */
  g_assert_null (fd_report_new_from_csv ("section,item,key,value\r\nstats,,received,many\r\n", &error));
  g_assert_error (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (fd_report_new_from_csv ("hello\n", &error));
  g_assert_error (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  g_test_add_func ("/reports/hours/spec", test_hours_spec);
  g_test_add_func ("/reports/hours/night-weekend", test_hours_night_weekend);
  g_test_add_func ("/reports/hours/dst", test_hours_dst);
  g_test_add_func ("/reports/target-state", test_target_state);
  ADD ("/reports/settings", test_settings);
  ADD ("/reports/week", test_report_week);
  ADD ("/reports/waits/any-order", test_waits_any_order);
  ADD ("/reports/waits/queued-reply", test_waits_queued_reply);
  ADD ("/reports/waits/marked", test_waits_marked);
  ADD ("/reports/waits/repeated-copies", test_waits_repeated_copies);
  ADD ("/reports/waits/answered-elsewhere", test_waits_answered_elsewhere);
  ADD ("/reports/dst", test_report_dst);
  ADD ("/reports/empty", test_report_empty);
  ADD ("/reports/round-trip", test_round_trip);
#undef ADD

  return g_test_run ();
}
