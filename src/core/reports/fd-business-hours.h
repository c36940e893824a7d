/* fd-business-hours.h: weekly opening hours and days off in a time zone,
 * and how much of a stretch of time falls inside them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FD_BUSINESS_HOURS_ERROR (fd_business_hours_error_quark ())

typedef enum {
  FD_BUSINESS_HOURS_ERROR_SPEC,        /* the weekly hours could not be read */
  FD_BUSINESS_HOURS_ERROR_DAYS_OFF,    /* a day off is not a date */
  FD_BUSINESS_HOURS_ERROR_TIMEZONE,    /* not a time zone this system knows */
} FdBusinessHoursError;

typedef struct _FdBusinessHours FdBusinessHours;

GQuark           fd_business_hours_error_quark (void);

/* Every hour counts, in @tz (UTC when NULL). */
FdBusinessHours *fd_business_hours_new         (GTimeZone        *tz);
/* Weekly hours as "mon-fri 09:00-17:30; sat 10:00-14:00": parts split by
 * ';' or a new line, each a list of days (mon … sun, ranges with '-',
 * lists with ',') and one or more ranges of time (HH:MM-HH:MM, the end
 * up to 24:00, several split by ','). Days not named are closed. An
 * empty or NULL @spec means every hour counts. */
FdBusinessHours *fd_business_hours_parse       (const char       *spec,
                                                GTimeZone        *tz,
                                                GError          **error);
void             fd_business_hours_free        (FdBusinessHours  *self);
FdBusinessHours *fd_business_hours_copy        (const FdBusinessHours *self);

/* Dates (YYYY-MM-DD, split by ',', ';' or spaces) on which no hour
 * counts, in the time zone of @self. Replaces the earlier list. */
gboolean         fd_business_hours_set_days_off (FdBusinessHours *self,
                                                 const char      *days_off,
                                                 GError         **error);

/* TRUE when every hour counts (no weekly hours and no days off). */
gboolean         fd_business_hours_is_always   (const FdBusinessHours *self);
/* The weekly hours written the way fd_business_hours_parse() reads
 * them, days with the same hours joined: "" when every hour counts. */
char            *fd_business_hours_to_string   (const FdBusinessHours *self);
GTimeZone       *fd_business_hours_get_timezone (const FdBusinessHours *self);

/* Seconds between @start and @end (Unix times) that fall in business
 * hours; 0 when @end is not after @start. Real seconds: a day on which
 * the clocks change has an hour more or less. */
gint64           fd_business_hours_elapsed     (FdBusinessHours  *self,
                                                gint64            start,
                                                gint64            end);

/* A time zone by its IANA name ("Europe/Madrid", "UTC"), or NULL with
 * @error set when this system does not know it. */
GTimeZone       *fd_business_hours_lookup_timezone (const char   *identifier,
                                                    GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdBusinessHours, fd_business_hours_free)

G_END_DECLS
