/* fd-report.c: a period's figures, from the waits table and the index of
 * customers' messages (messages_arrivals), never by replaying
 * conversations.
 *
 * Local time is found through a table of the period's quarter hours (every
 * time zone's offset is a whole number of quarter hours), so each message
 * costs a division and a lookup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-repeats.h"
#include "fd-reports-private.h"
#include "fd-sql.h"
#include "fd-store-private.h"
#include "fd-waits-sql.h"

#define QUARTER 900
/* Sort keys are created_at << 10 (a multiplication: dates before 1970
 * are negative). */
/* Longer periods would make the quarter table large for no use. */
#define MAX_DAYS (5 * 366)

typedef struct {
  char       *channel;
  FdReportStats stats;
  GHashTable *conversations;    /* set of conversation ids */
  GArray     *times;            /* gint64 first-response times */
  guint       within;
  gint64      target;
} Acc;

typedef struct {
  GTimeZone *tz;
  gint64     from_ts;
  gint64     to_ts;
  guint      n_days;
  guint      n_quarters;
  guint16   *q_day;
  guint8    *q_weekday;
  guint8    *q_hour;
} Calendar;

static void
acc_free (gpointer data)
{
  Acc *acc = data;

  g_free (acc->channel);
  g_clear_pointer (&acc->conversations, g_hash_table_unref);
  g_clear_pointer (&acc->times, g_array_unref);
  g_free (acc);
}

static Acc *
acc_new (const char *channel,
         gint64      target)
{
  Acc *acc = g_new0 (Acc, 1);

  acc->channel = g_strdup (channel);
  acc->conversations = g_hash_table_new (NULL, NULL);
  acc->times = g_array_new (FALSE, FALSE, sizeof (gint64));
  acc->target = target;

  return acc;
}

static void
calendar_clear (Calendar *cal)
{
  g_clear_pointer (&cal->tz, g_time_zone_unref);
  g_clear_pointer (&cal->q_day, g_free);
  g_clear_pointer (&cal->q_weekday, g_free);
  g_clear_pointer (&cal->q_hour, g_free);
}

static void
count_free (gpointer data)
{
  FdReportCount *count = data;

  g_free (count->name);
  g_free (count);
}

static void
day_free (gpointer data)
{
  FdReportDay *day = data;

  g_free (day->date);
  g_free (day);
}

static void
topic_free (gpointer data)
{
  FdReportTopic *topic = data;

  g_free (topic->title);
  g_free (topic);
}

static void
repeater_free (gpointer data)
{
  FdReportRepeater *repeater = data;

  g_free (repeater->customer);
  g_free (repeater);
}

static void
channel_free (gpointer data)
{
  FdReportChannel *channel = data;

  g_free (channel->channel);
  g_free (channel);
}

FdReport *
_fd_report_new (void)
{
  FdReport *report = g_new0 (FdReport, 1);

  report->channels = g_ptr_array_new_with_free_func (channel_free);
  report->languages = g_ptr_array_new_with_free_func (count_free);
  report->days = g_ptr_array_new_with_free_func (day_free);
  report->topics = g_ptr_array_new_with_free_func (topic_free);
  report->repeaters = g_ptr_array_new_with_free_func (repeater_free);
  report->total.fr_median = report->total.fr_p90 = -1;
  report->total.fr_within = -1;

  return report;
}

void
fd_report_free (FdReport *report)
{
  if (report == NULL)
    return;

  g_free (report->from);
  g_free (report->to);
  g_free (report->timezone);
  g_ptr_array_unref (report->channels);
  g_ptr_array_unref (report->languages);
  g_ptr_array_unref (report->days);
  g_ptr_array_unref (report->topics);
  g_ptr_array_unref (report->repeaters);
  g_free (report);
}

gboolean
_fd_report_parse_date (const char  *str,
                       GDate       *date)
{
  guint64 y, m, d;
  g_auto(GStrv) fields = NULL;

  g_date_clear (date, 1);
  if (str == NULL)
    return FALSE;
  fields = g_strsplit (str, "-", -1);
  if (g_strv_length (fields) != 3 || strlen (fields[0]) != 4 ||
      !g_ascii_string_to_unsigned (fields[0], 10, 1, 9999, &y, NULL) ||
      !g_ascii_string_to_unsigned (fields[1], 10, 1, 12, &m, NULL) ||
      !g_ascii_string_to_unsigned (fields[2], 10, 1, 31, &d, NULL) ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);

  return TRUE;
}

static gint64
local_midnight (GTimeZone   *tz,
                const GDate *date)
{
  g_autoptr(GDateTime) dt = g_date_time_new (tz, g_date_get_year (date), g_date_get_month (date),
                                             g_date_get_day (date), 0, 0, 0);

  return g_date_time_to_unix (dt);
}

static gboolean
calendar_init (Calendar     *cal,
               GTimeZone    *tz,
               const GDate  *from,
               const GDate  *to)
{
  gint64 from_days;

  cal->tz = g_time_zone_ref (tz);
  cal->n_days = g_date_get_julian (to) - g_date_get_julian (from);
  cal->from_ts = local_midnight (tz, from);
  cal->to_ts = local_midnight (tz, to);
  if (cal->to_ts <= cal->from_ts)
    return FALSE;

  cal->n_quarters = (guint) ((cal->to_ts - cal->from_ts + QUARTER - 1) / QUARTER);
  cal->q_day = g_new (guint16, cal->n_quarters);
  cal->q_weekday = g_new (guint8, cal->n_quarters);
  cal->q_hour = g_new (guint8, cal->n_quarters);

  /* Local days since 1970 of the first day. */
  from_days = (cal->from_ts + g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, cal->from_ts))) / 86400;

  for (guint q = 0; q < cal->n_quarters; q++)
    {
      gint64 t = cal->from_ts + (gint64) q * QUARTER;
      gint64 local = t + g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, t));
      gint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;

      cal->q_day[q] = (guint16) CLAMP (days - from_days, 0, (gint64) cal->n_days - 1);
      /* 1970-01-01 was a Thursday: Monday is 0. */
      cal->q_weekday[q] = (guint8) (((days + 3) % 7 + 7) % 7);
      cal->q_hour[q] = (guint8) ((local - days * 86400) / 3600);
    }

  return TRUE;
}

static inline guint
calendar_quarter (const Calendar *cal,
                  gint64          t)
{
  gint64 q = (t - cal->from_ts) / QUARTER;

  return (guint) CLAMP (q, 0, (gint64) cal->n_quarters - 1);
}

static Acc *
get_acc (GPtrArray                *accs,
         const char               *channel,
         const FdReportSettings   *settings)
{
  for (guint i = 0; i < accs->len; i++)
    {
      Acc *acc = g_ptr_array_index (accs, i);

      if (strcmp (acc->channel, channel) == 0)
        return acc;
    }

  g_ptr_array_add (accs, acc_new (channel, fd_report_settings_get_target (settings, channel)));
  return g_ptr_array_index (accs, accs->len - 1);
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Nearest rank: the smallest value with at least @p of them at or below it. */
static gint64
percentile (GArray *sorted,
            guint   p)
{
  guint rank = (sorted->len * p + 99) / 100;

  return g_array_index (sorted, gint64, MAX (rank, 1) - 1);
}

static void
acc_finish (Acc           *acc,
            FdReportStats *stats)
{
  *stats = acc->stats;
  stats->conversations = g_hash_table_size (acc->conversations);
  stats->fr_count = acc->times->len;
  if (acc->times->len == 0)
    {
      stats->fr_median = stats->fr_p90 = -1;
      stats->fr_within = -1;
      return;
    }
  g_array_sort (acc->times, compare_gint64);
  stats->fr_median = percentile (acc->times, 50);
  stats->fr_p90 = percentile (acc->times, 90);
  stats->fr_within = (double) acc->within / acc->times->len;
}

static gboolean
read_arrivals (FdStore                 *store,
               const FdReportSettings  *settings,
               const Calendar          *cal,
               FdReport                *report,
               GPtrArray               *accs,
               Acc                     *total,
               guint                   *day_received,
               GHashTable              *languages,
               GError                 **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* created_at is the sort key's second (a second with more than 1024
   * messages lends its neighbours' keys: close enough for a count). */
  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT sort_key >> 10, channel, conversation_id, lang FROM messages"
                                  " INDEXED BY messages_arrivals"
                                  " WHERE direction = " FD_SQL_IN " AND sort_key >= ?1 AND sort_key < ?2", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cal->from_ts * 1024);
  sqlite3_bind_int64 (stmt, 2, cal->to_ts * 1024);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 t = sqlite3_column_int64 (stmt, 0);
      const char *channel = (const char *) sqlite3_column_text (stmt, 1);
      gpointer conversation = GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 2));
      const char *lang = (const char *) sqlite3_column_text (stmt, 3);
      guint q = calendar_quarter (cal, t);
      Acc *acc = get_acc (accs, channel != NULL ? channel : "", settings);
      guint *n;

      acc->stats.received++;
      total->stats.received++;
      g_hash_table_add (acc->conversations, conversation);
      g_hash_table_add (total->conversations, conversation);
      day_received[cal->q_day[q]]++;
      report->arrivals[cal->q_weekday[q]][cal->q_hour[q]]++;

      if (lang == NULL || *lang == '\0')
        lang = "und";
      if ((n = g_hash_table_lookup (languages, lang)) == NULL)
        g_hash_table_insert (languages, g_strdup (lang), (n = g_new0 (guint, 1)));
      (*n)++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

static gboolean
read_waits (FdStore                 *store,
            const FdReportSettings  *settings,
            FdBusinessHours         *hours,
            const Calendar          *cal,
            GPtrArray               *accs,
            Acc                     *total,
            guint                   *day_answered,
            GError                 **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT channel, kind, started_at, ended_at FROM waits"
                                  " WHERE started_at >= ?1 AND started_at < ?2", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cal->from_ts);
  sqlite3_bind_int64 (stmt, 2, cal->to_ts);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *channel = (const char *) sqlite3_column_text (stmt, 0);
      int kind = sqlite3_column_int (stmt, 1);
      gint64 started = sqlite3_column_int64 (stmt, 2);
      Acc *acc = get_acc (accs, channel != NULL ? channel : "", settings);
      gint64 length;

      switch (kind)
        {
        case FD_WAIT_OPEN:
          acc->stats.waiting++;
          total->stats.waiting++;
          break;
        case FD_WAIT_MARKED:
          acc->stats.marked_answered++;
          total->stats.marked_answered++;
          break;
        case FD_WAIT_REPLIED:
          length = fd_business_hours_elapsed (hours, started, sqlite3_column_int64 (stmt, 3));
          acc->stats.answered++;
          total->stats.answered++;
          g_array_append_val (acc->times, length);
          g_array_append_val (total->times, length);
          if (length <= acc->target)
            {
              acc->within++;
              total->within++;
            }
          day_answered[cal->q_day[calendar_quarter (cal, started)]]++;
          break;
        default:
          break;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

/* A topic's title: its oldest copy's subject, else the start of its text. */
static char *
make_title (const char *subject,
            const char *text)
{
  const char *src = subject != NULL && *subject != '\0' ? subject : text != NULL ? text : "";
  g_autofree char *line = NULL;
  const char *nl = strchr (src, '\n');

  line = nl != NULL ? g_strndup (src, nl - src) : g_strdup (src);
  g_strstrip (line);
  if (g_utf8_strlen (line, -1) > 80)
    {
      const char *end = g_utf8_offset_to_pointer (line, 79);

      return g_strdup_printf ("%.*s…", (int) (end - line), line);
    }

  return g_steal_pointer (&line);
}

static gboolean
read_topics (FdStore         *store,
             const Calendar  *cal,
             FdReport        *report,
             GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _fd_store_prepare (store,
                                  "SELECT n, customers, fm.subject, fd_text (fm.text) FROM"
                                  " (SELECT t.id AS topic, count (*) AS n, count (DISTINCT i.customer_id) AS customers,"
                                  "         min (m.id) AS first"
                                  /* Topics active in the period first (an index), then
                                   * their members: not every message of the period. */
                                  "  FROM topics t CROSS JOIN topic_members tm ON tm.topic_id = t.id"
                                  "  CROSS JOIN messages m ON m.id = tm.message_id"
                                  "  JOIN identities i ON i.id = m.identity_id"
                                  "  WHERE t.last_at >= ?1 AND m.sort_key >= ?2 AND m.sort_key < ?3"
                                  "  GROUP BY t.id HAVING count (DISTINCT i.customer_id) >= ?4"
                                  "  ORDER BY n DESC, customers DESC, t.id LIMIT ?5)"
                                  " JOIN messages fm ON fm.id = first"
                                  " ORDER BY n DESC, customers DESC, topic", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cal->from_ts);
  sqlite3_bind_int64 (stmt, 2, cal->from_ts * 1024);
  sqlite3_bind_int64 (stmt, 3, cal->to_ts * 1024);
  sqlite3_bind_int (stmt, 4, FD_TOPIC_MIN_CUSTOMERS);
  sqlite3_bind_int (stmt, 5, FD_REPORT_TOP);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdReportTopic *topic = g_new0 (FdReportTopic, 1);

      topic->messages = (guint) sqlite3_column_int (stmt, 0);
      topic->customers = (guint) sqlite3_column_int (stmt, 1);
      topic->title = make_title ((const char *) sqlite3_column_text (stmt, 2),
                                 (const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (report->topics, topic);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

static gboolean
read_repeaters (FdStore         *store,
                const Calendar  *cal,
                FdReport        *report,
                GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _fd_store_prepare (store,
                                  /* Groups active in the period, counted from the group
                                   * index alone: a group's copies lie within a week of
                                   * each other (FD_REPEATS_WINDOW), so reading each
                                   * copy's date would cost a row each for a few copies
                                   * across the period's ends. */
                                  "SELECT n, coalesce (nullif (c.name, ''),"
                                  "   (SELECT handle FROM identities WHERE customer_id = c.id ORDER BY id LIMIT 1), '')"
                                  " FROM (SELECT g.customer_id AS cid, count (*) AS n"
                                  "       FROM repeat_groups g INDEXED BY repeat_groups_last"
                                  "       CROSS JOIN repeat_members rm ON rm.group_id = g.id"
                                  "       WHERE g.last_at >= ?1 AND g.created < ?2"
                                  "       GROUP BY g.customer_id HAVING count (*) >= 2"
                                  "       ORDER BY n DESC, cid LIMIT ?3)"
                                  " JOIN customers c ON c.id = cid ORDER BY n DESC, cid", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cal->from_ts);
  sqlite3_bind_int64 (stmt, 2, cal->to_ts);
  sqlite3_bind_int (stmt, 3, FD_REPORT_TOP);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdReportRepeater *repeater = g_new0 (FdReportRepeater, 1);

      repeater->copies = (guint) sqlite3_column_int (stmt, 0);
      repeater->customer = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (report->repeaters, repeater);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

static int
compare_channels (gconstpointer a,
                  gconstpointer b)
{
  const FdReportChannel *x = *(FdReportChannel * const *) a;
  const FdReportChannel *y = *(FdReportChannel * const *) b;

  return strcmp (x->channel, y->channel);
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const FdReportCount *x = *(FdReportCount * const *) a;
  const FdReportCount *y = *(FdReportCount * const *) b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return strcmp (x->name, y->name);
}

FdReport *
fd_report_compute (FdStore                 *store,
                   const FdReportSettings  *settings,
                   const char              *from,
                   const char              *to,
                   GError                 **error)
{
  g_autoptr(FdReport) report = _fd_report_new ();
  g_autoptr(FdBusinessHours) hours = NULL;
  g_autoptr(GPtrArray) accs = g_ptr_array_new_with_free_func (acc_free);
  g_autoptr(GHashTable) languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree guint *day_received = NULL;
  g_autofree guint *day_answered = NULL;
  Acc *total;
  Calendar cal = { 0, };
  GDate from_date, to_date, day;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);
  g_return_val_if_fail (settings != NULL, NULL);

  if (!_fd_report_parse_date (from, &from_date) || !_fd_report_parse_date (to, &to_date))
    {
      g_set_error (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID,
                   _("Dates are written YYYY-MM-DD, such as 2026-03-01."));
      return NULL;
    }
  if (g_date_compare (&from_date, &to_date) >= 0)
    {
      g_set_error (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID,
                   _("The period ends before it starts: the end date (%s) is the first day not counted and must come after the start (%s)."),
                   to, from);
      return NULL;
    }
  if (g_date_get_julian (&to_date) - g_date_get_julian (&from_date) > MAX_DAYS)
    {
      g_set_error (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID,
                   _("A report covers at most five years. Choose a shorter period."));
      return NULL;
    }

  if (!(hours = fd_report_settings_make_hours (settings, error)))
    return NULL;
  if (!calendar_init (&cal, fd_business_hours_get_timezone (hours), &from_date, &to_date))
    {
      calendar_clear (&cal);
      g_set_error (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID,
                   _("The period has no time in it. Choose an end date after the start."));
      return NULL;
    }

  report->from = g_strdup (from);
  report->to = g_strdup (to);
  report->timezone = g_strdup (settings->timezone != NULL && *settings->timezone != '\0' ? settings->timezone : "UTC");
  report->target_seconds = fd_report_settings_get_target (settings, NULL);

  total = acc_new ("", report->target_seconds);
  day_received = g_new0 (guint, cal.n_days);
  day_answered = g_new0 (guint, cal.n_days);

  /* One snapshot for every query, so that the figures agree with each
   * other: a savepoint is a deferred read transaction, which no writer
   * waits for. */
  ok = _fd_sql_exec (store, "SAVEPOINT fd_report", error);
  ok = ok &&
       read_arrivals (store, settings, &cal, report, accs, total, day_received, languages, error) &&
       read_waits (store, settings, hours, &cal, accs, total, day_answered, error) &&
       read_topics (store, &cal, report, error) &&
       read_repeaters (store, &cal, report, error);
  _fd_sql_exec (store, "RELEASE fd_report", NULL);

  if (!ok)
    {
      calendar_clear (&cal);
      acc_free (total);
      return NULL;
    }

  acc_finish (total, &report->total);
  acc_free (total);
  for (guint i = 0; i < accs->len; i++)
    {
      Acc *acc = g_ptr_array_index (accs, i);
      FdReportChannel *channel = g_new0 (FdReportChannel, 1);

      channel->channel = g_strdup (acc->channel);
      acc_finish (acc, &channel->stats);
      g_ptr_array_add (report->channels, channel);
    }
  g_ptr_array_sort (report->channels, compare_channels);

  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, languages);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        FdReportCount *count = g_new0 (FdReportCount, 1);

        count->name = g_strdup (key);
        count->count = *(guint *) value;
        g_ptr_array_add (report->languages, count);
      }
    g_ptr_array_sort (report->languages, compare_counts);
  }

  day = from_date;
  for (guint i = 0; i < cal.n_days; i++, g_date_add_days (&day, 1))
    {
      FdReportDay *d = g_new0 (FdReportDay, 1);

      d->date = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day),
                                 g_date_get_month (&day), g_date_get_day (&day));
      d->received = day_received[i];
      d->answered = day_answered[i];
      g_ptr_array_add (report->days, d);
    }

  calendar_clear (&cal);

  return g_steal_pointer (&report);
}
