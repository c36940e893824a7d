/* fd-business-hours.c: weekly opening hours and days off in a time zone.
 *
 * Business time is measured through a table of the open intervals as
 * Unix times, with the running total before each: the business seconds
 * between two instants are the difference of that total at each, found
 * by binary search. The table covers the days asked about so far and
 * grows when asked about others, so a report over thousands of waits
 * makes the intervals of its period once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-business-hours.h"

G_DEFINE_QUARK (fd-business-hours-error-quark, fd_business_hours_error)

#define MINUTES_PER_DAY (24 * 60)
#define MAX_RANGES 8

typedef struct {
  guint16 start;   /* minutes after midnight */
  guint16 end;     /* up to MINUTES_PER_DAY */
} Range;

typedef struct {
  gint64 start;
  gint64 end;
  gint64 before;   /* business seconds in the intervals before this one */
} Interval;

struct _FdBusinessHours {
  GTimeZone *tz;
  gboolean   always;
  Range      week[7][MAX_RANGES];     /* Monday first */
  guint      n_ranges[7];
  GHashTable *days_off;               /* julian day numbers */

  /* The table, for the local days first_day .. last_day. */
  GArray    *intervals;
  guint32    first_day;
  guint32    last_day;
};

static const char * const day_names[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

static void
clear_table (FdBusinessHours *self)
{
  g_array_set_size (self->intervals, 0);
  self->first_day = self->last_day = 0;
}

FdBusinessHours *
fd_business_hours_new (GTimeZone *tz)
{
  FdBusinessHours *self = g_new0 (FdBusinessHours, 1);

  self->tz = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_utc ();
  self->always = TRUE;
  self->days_off = g_hash_table_new (NULL, NULL);
  self->intervals = g_array_new (FALSE, FALSE, sizeof (Interval));

  return self;
}

void
fd_business_hours_free (FdBusinessHours *self)
{
  if (self == NULL)
    return;

  g_time_zone_unref (self->tz);
  g_hash_table_unref (self->days_off);
  g_array_unref (self->intervals);
  g_free (self);
}

FdBusinessHours *
fd_business_hours_copy (const FdBusinessHours *self)
{
  FdBusinessHours *copy;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (self != NULL, NULL);

  copy = fd_business_hours_new (self->tz);
  copy->always = self->always;
  memcpy (copy->week, self->week, sizeof self->week);
  memcpy (copy->n_ranges, self->n_ranges, sizeof self->n_ranges);
  g_hash_table_iter_init (&iter, self->days_off);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (copy->days_off, key);

  return copy;
}

GTimeZone *
fd_business_hours_lookup_timezone (const char  *identifier,
                                   GError     **error)
{
  GTimeZone *tz;

  if (identifier == NULL || *identifier == '\0' || g_ascii_strcasecmp (identifier, "UTC") == 0)
    return g_time_zone_new_utc ();

  tz = g_time_zone_new_identifier (identifier);
  if (tz == NULL)
    g_set_error (error, FD_BUSINESS_HOURS_ERROR, FD_BUSINESS_HOURS_ERROR_TIMEZONE,
                 _("“%s” is not a time zone this system knows. Use a name such as “Europe/Madrid” or “UTC”."),
                 identifier);

  return tz;
}

static int
parse_day (const char *word)
{
  for (int i = 0; i < 7; i++)
    if (g_ascii_strncasecmp (word, day_names[i], 3) == 0 && strlen (word) >= 3)
      return i;
  return -1;
}

/* "HH:MM" into minutes, 24:00 allowed; -1 when it is not a time. */
static int
parse_clock (const char *str)
{
  guint64 hours, minutes;
  g_auto(GStrv) parts = g_strsplit (str, ":", -1);

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 0, 24, &hours, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, 59, &minutes, NULL) ||
      (hours == 24 && minutes != 0))
    return -1;

  return (int) (hours * 60 + minutes);
}

static gboolean
spec_error (GError     **error,
            const char  *part,
            const char  *why)
{
  g_set_error (error, FD_BUSINESS_HOURS_ERROR, FD_BUSINESS_HOURS_ERROR_SPEC,
               /* Translators: the first %s is a part of the business hours as typed, the second says what is wrong with it */
               _("Could not read the business hours at “%s”: %s Write them as “mon-fri 09:00-17:30; sat 10:00-14:00”."),
               part, why);
  return FALSE;
}

static gboolean
parse_days (const char  *list,
            gboolean     days[7],
            const char  *part,
            GError     **error)
{
  g_auto(GStrv) items = g_strsplit (list, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_auto(GStrv) ends = g_strsplit (g_strstrip (items[i]), "-", -1);
      guint n = g_strv_length (ends);
      int first, last;

      if (n < 1 || n > 2 ||
          (first = parse_day (g_strstrip (ends[0]))) < 0 ||
          (last = n == 2 ? parse_day (g_strstrip (ends[1])) : first) < 0)
        return spec_error (error, part, _("days are mon, tue, wed, thu, fri, sat and sun."));

      for (int d = first;; d = (d + 1) % 7)
        {
          days[d] = TRUE;
          if (d == last)
            break;
        }
    }

  return TRUE;
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const Range *ra = a, *rb = b;

  return (int) ra->start - (int) rb->start;
}

/* Sorts a day's ranges and joins those that overlap or touch. */
static void
normalize_day (FdBusinessHours *self,
               guint            day)
{
  Range *ranges = self->week[day];
  guint n = self->n_ranges[day], out = 0;

  qsort (ranges, n, sizeof (Range), compare_ranges);
  for (guint i = 0; i < n; i++)
    {
      if (out > 0 && ranges[i].start <= ranges[out - 1].end)
        ranges[out - 1].end = MAX (ranges[out - 1].end, ranges[i].end);
      else
        ranges[out++] = ranges[i];
    }
  self->n_ranges[day] = out;
}

static gboolean
parse_part (FdBusinessHours  *self,
            char             *part,
            GError          **error)
{
  gboolean days[7] = { FALSE, };
  char *space;
  g_auto(GStrv) ranges = NULL;

  g_strstrip (part);
  if (*part == '\0')
    return TRUE;

  space = strpbrk (part, " \t");
  if (space == NULL)
    return spec_error (error, part, _("each part needs days and hours."));

  {
    g_autofree char *day_list = g_strndup (part, space - part);

    if (!parse_days (day_list, days, part, error))
      return FALSE;
  }

  ranges = g_strsplit (space + 1, ",", -1);
  for (guint i = 0; ranges[i] != NULL; i++)
    {
      g_auto(GStrv) ends = g_strsplit (g_strstrip (ranges[i]), "-", -1);
      int start, end;

      if (g_strv_length (ends) != 2 ||
          (start = parse_clock (g_strstrip (ends[0]))) < 0 ||
          (end = parse_clock (g_strstrip (ends[1]))) < 0)
        return spec_error (error, part, _("hours are written HH:MM-HH:MM."));
      if (end <= start)
        return spec_error (error, part, _("each range must end after it starts, on the same day (24:00 at the latest)."));

      for (guint d = 0; d < 7; d++)
        {
          if (!days[d])
            continue;
          if (self->n_ranges[d] == MAX_RANGES)
            return spec_error (error, part, _("a day can have at most 8 ranges."));
          self->week[d][self->n_ranges[d]++] = (Range) { start, end };
        }
    }

  return TRUE;
}

FdBusinessHours *
fd_business_hours_parse (const char  *spec,
                         GTimeZone   *tz,
                         GError     **error)
{
  g_autoptr(FdBusinessHours) self = fd_business_hours_new (tz);
  g_auto(GStrv) parts = NULL;

  if (spec == NULL || *spec == '\0')
    return g_steal_pointer (&self);

  parts = g_strsplit_set (spec, ";\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (!parse_part (self, parts[i], error))
      return NULL;

  for (guint d = 0; d < 7; d++)
    normalize_day (self, d);

  /* Only blanks and separators: every hour counts, as with no text. */
  self->always = TRUE;
  for (guint d = 0; d < 7; d++)
    if (self->n_ranges[d] > 0)
      self->always = FALSE;

  return g_steal_pointer (&self);
}

gboolean
fd_business_hours_set_days_off (FdBusinessHours  *self,
                                const char       *days_off,
                                GError          **error)
{
  g_auto(GStrv) items = NULL;
  g_autoptr(GHashTable) days = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (self != NULL, FALSE);

  items = g_strsplit_set (days_off != NULL ? days_off : "", ",; \t\n", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      guint64 y, m, d;
      g_auto(GStrv) fields = NULL;

      if (*items[i] == '\0')
        continue;
      fields = g_strsplit (items[i], "-", -1);
      if (g_strv_length (fields) != 3 ||
          !g_ascii_string_to_unsigned (fields[0], 10, 1, 9999, &y, NULL) ||
          !g_ascii_string_to_unsigned (fields[1], 10, 1, 12, &m, NULL) ||
          !g_ascii_string_to_unsigned (fields[2], 10, 1, 31, &d, NULL) ||
          !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
        {
          g_set_error (error, FD_BUSINESS_HOURS_ERROR, FD_BUSINESS_HOURS_ERROR_DAYS_OFF,
                       _("“%s” is not a date. Write days off as YYYY-MM-DD, split by commas."),
                       items[i]);
          return FALSE;
        }

      {
        GDate date;

        g_date_clear (&date, 1);
        g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
        g_hash_table_add (days, GUINT_TO_POINTER (g_date_get_julian (&date)));
      }
    }

  g_hash_table_remove_all (self->days_off);
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, days);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (self->days_off, key);
  }
  clear_table (self);

  return TRUE;
}

gboolean
fd_business_hours_is_always (const FdBusinessHours *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->always && g_hash_table_size (self->days_off) == 0;
}

GTimeZone *
fd_business_hours_get_timezone (const FdBusinessHours *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->tz;
}

static gboolean
same_day (const FdBusinessHours *self,
          guint                  a,
          guint                  b)
{
  return self->n_ranges[a] == self->n_ranges[b] &&
         memcmp (self->week[a], self->week[b], self->n_ranges[a] * sizeof (Range)) == 0;
}

char *
fd_business_hours_to_string (const FdBusinessHours *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  if (self->always)
    return g_string_free (out, FALSE);

  for (guint d = 0; d < 7;)
    {
      guint last = d;

      while (last + 1 < 7 && same_day (self, d, last + 1))
        last++;

      if (self->n_ranges[d] > 0)
        {
          if (out->len > 0)
            g_string_append (out, "; ");
          g_string_append (out, day_names[d]);
          if (last > d)
            g_string_append_printf (out, "-%s", day_names[last]);
          for (guint r = 0; r < self->n_ranges[d]; r++)
            g_string_append_printf (out, "%s%02u:%02u-%02u:%02u", r == 0 ? " " : ",",
                                    self->week[d][r].start / 60, self->week[d][r].start % 60,
                                    self->week[d][r].end / 60, self->week[d][r].end % 60);
        }
      d = last + 1;
    }

  return g_string_free (out, FALSE);
}

/* The local midnight starting @date plus @minutes, as a Unix time. A
 * time the clocks skip is moved forward, as GLib does. */
static gint64
local_time (FdBusinessHours *self,
            const GDate     *date,
            guint            minutes)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate day = *date;

  if (minutes >= MINUTES_PER_DAY)
    {
      g_date_add_days (&day, 1);
      minutes -= MINUTES_PER_DAY;
    }
  dt = g_date_time_new (self->tz, g_date_get_year (&day), g_date_get_month (&day),
                        g_date_get_day (&day), minutes / 60, minutes % 60, 0);

  return dt != NULL ? g_date_time_to_unix (dt) : 0;
}

static guint32
local_julian (FdBusinessHours *self,
              gint64           t)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);
  g_autoptr(GDateTime) dt = utc != NULL ? g_date_time_to_timezone (utc, self->tz) : NULL;
  GDate date;

  if (dt == NULL)
    return 1;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (dt),
                  (GDateMonth) g_date_time_get_month (dt), (GDateYear) g_date_time_get_year (dt));

  return g_date_get_julian (&date);
}

/* Makes the table cover the local days of @start and @end, with a week
 * to spare on each side so that times near them need no rebuild. */
static void
ensure_table (FdBusinessHours *self,
              gint64           start,
              gint64           end)
{
  guint32 first = local_julian (self, start);
  guint32 last = local_julian (self, end);
  gint64 before = 0;
  GDate date;

  if (self->intervals->len > 0 && first >= self->first_day && last <= self->last_day)
    return;

  if (self->intervals->len > 0)
    {
      first = MIN (first, self->first_day);
      last = MAX (last, self->last_day);
    }
  first = first > 8 ? first - 7 : 1;
  last += 7;

  g_array_set_size (self->intervals, 0);
  g_date_clear (&date, 1);
  for (guint32 j = first; j <= last; j++)
    {
      static const Range whole_day = { 0, MINUTES_PER_DAY };
      const Range *ranges;
      guint n_ranges;
      guint wd;

      if (g_hash_table_contains (self->days_off, GUINT_TO_POINTER (j)))
        continue;
      g_date_set_julian (&date, j);
      wd = g_date_get_weekday (&date) - 1;   /* Monday 0 */
      /* Days off alone: the other days count whole. */
      ranges = self->always ? &whole_day : self->week[wd];
      n_ranges = self->always ? 1 : self->n_ranges[wd];

      for (guint r = 0; r < n_ranges; r++)
        {
          Interval iv;

          iv.start = local_time (self, &date, ranges[r].start);
          iv.end = local_time (self, &date, ranges[r].end);
          if (iv.end <= iv.start)
            continue;
          iv.before = before;
          before += iv.end - iv.start;
          g_array_append_val (self->intervals, iv);
        }
    }

  self->first_day = first;
  self->last_day = last;
}

/* Business seconds from the start of the table to @t. */
static gint64
business_before (FdBusinessHours *self,
                 gint64           t)
{
  const Interval *iv = (const Interval *) (gpointer) self->intervals->data;
  guint lo = 0, hi = self->intervals->len;

  /* The first interval that starts after t. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (iv[mid].start <= t)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return 0;

  iv = &iv[lo - 1];
  return iv->before + MIN (t, iv->end) - iv->start;
}

gint64
fd_business_hours_elapsed (FdBusinessHours *self,
                           gint64           start,
                           gint64           end)
{
  g_return_val_if_fail (self != NULL, 0);

  if (end <= start)
    return 0;
  if (fd_business_hours_is_always (self))
    return end - start;

  ensure_table (self, start, end);

  return business_before (self, end) - business_before (self, start);
}
