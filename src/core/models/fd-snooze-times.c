/* fd-snooze-times.c: snooze times in business hours (fd-snooze-times.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-reports.h"
#include "fd-snooze.h"
#include "fd-snooze-times.h"

/* How far ahead an opening is looked for (days off around a holiday). */
#define LOOK_AHEAD (21 * 86400)

/* The profile's business hours, NULL when every hour counts. */
static FdBusinessHours *
load_hours (FdStore *store)
{
  g_autoptr(FdReportSettings) settings = NULL;
  g_autoptr(FdBusinessHours) hours = NULL;
  g_autoptr(GError) error = NULL;

  if (store == NULL ||
      !(settings = fd_report_settings_load (store, &error)) ||
      !(hours = fd_report_settings_make_hours (settings, &error)))
    {
      if (error != NULL)
        g_debug ("Snoozing at 09:00: %s", error->message);
      return NULL;
    }
  if (fd_business_hours_is_always (hours))
    return NULL;
  return g_steal_pointer (&hours);
}

/* The first business minute at or after @from, 0 when none comes soon. */
static gint64
next_opening (FdBusinessHours *hours,
              gint64           from)
{
  for (gint64 t = from; t < from + LOOK_AHEAD; t += 900)
    {
      if (fd_business_hours_elapsed (hours, t, t + 900) == 0)
        continue;
      for (gint64 m = t; m < t + 900; m += 60)
        if (fd_business_hours_elapsed (hours, m, m + 60) > 0)
          return m;
    }
  return 0;
}

/* Midnight starting the day @days after @now's, in @hours' time zone. */
static gint64
day_start (FdBusinessHours *hours,
           GDateTime       *now,
           int              days)
{
  g_autoptr(GDateTime) there = g_date_time_to_timezone (now, fd_business_hours_get_timezone (hours));
  g_autoptr(GDateTime) later = g_date_time_add_days (there, days);
  g_autoptr(GDateTime) midnight = g_date_time_new (fd_business_hours_get_timezone (hours),
                                                   g_date_time_get_year (later),
                                                   g_date_time_get_month (later),
                                                   g_date_time_get_day_of_month (later), 0, 0, 0);

  return g_date_time_to_unix (midnight);
}

gint64
fd_snooze_times_tomorrow (FdStore   *store,
                          GDateTime *now)
{
  g_autoptr(FdBusinessHours) hours = load_hours (store);
  gint64 opening;

  g_return_val_if_fail (now != NULL, 0);

  if (hours != NULL && (opening = next_opening (hours, day_start (hours, now, 1))) > 0)
    return opening;
  return fd_snooze_tomorrow (now);
}

gint64
fd_snooze_times_next_monday (FdStore   *store,
                             GDateTime *now)
{
  g_autoptr(FdBusinessHours) hours = load_hours (store);
  g_autoptr(GDateTime) there = NULL;
  gint64 opening;
  int days;

  g_return_val_if_fail (now != NULL, 0);

  if (hours == NULL)
    return fd_snooze_next_monday (now);

  there = g_date_time_to_timezone (now, fd_business_hours_get_timezone (hours));
  days = (8 - g_date_time_get_day_of_week (there)) % 7;
  if ((opening = next_opening (hours, day_start (hours, now, days == 0 ? 7 : days))) > 0)
    return opening;
  return fd_snooze_next_monday (now);
}
