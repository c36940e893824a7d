/* fd-reports.h: response targets, waits and reports.
 *
 * A *wait* starts at a customer's message in a conversation that has no
 * open wait, and ends at our first reply sent in that conversation after
 * it; a reply queued but not sent does not end it. Marking the
 * conversation answered (or archiving it) ends it without a response
 * time. The *first-response time* of a wait is its length in business
 * time (fd-business-hours.h). docs/reports.md has the definitions of
 * every figure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fd-business-hours.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_REPORTS_ERROR (fd_reports_error_quark ())

typedef enum {
  FD_REPORTS_ERROR_INVALID,     /* a setting, a date or a file that cannot be read */
} FdReportsError;

/* The default first-response target, in minutes. */
#define FD_REPORTS_DEFAULT_TARGET_MINUTES 60
/* A waiting message is "due soon" this long before its target. */
#define FD_REPORTS_DUE_SOON_SECONDS (15 * 60)

GQuark  fd_reports_error_quark (void);

/* The profile's settings (table profile_settings). */
typedef struct {
  char       *business_hours;   /* a spec for fd_business_hours_parse(); "" every hour counts */
  char       *timezone;         /* an IANA name; "" UTC */
  char       *days_off;         /* "2026-12-25, 2026-12-26" */
  guint       target_minutes;   /* first-response target */
  GHashTable *channel_targets;  /* channel name -> GUINT_TO_POINTER (minutes) */
} FdReportSettings;

FdReportSettings *fd_report_settings_new      (void);
void              fd_report_settings_free     (FdReportSettings        *settings);
FdReportSettings *fd_report_settings_copy     (const FdReportSettings  *settings);
FdReportSettings *fd_report_settings_load     (FdStore                 *store,
                                               GError                 **error);
/* Checks every field first (a time zone this system knows, hours and
 * days off that parse, targets of at least a minute) and writes nothing
 * when one is wrong. */
gboolean          fd_report_settings_save     (FdStore                 *store,
                                               const FdReportSettings  *settings,
                                               GError                 **error);
/* The target of @channel in seconds: its own, else the profile's. */
gint64            fd_report_settings_get_target (const FdReportSettings *settings,
                                                 const char             *channel);
/* Hours, days off and time zone as one calculator. */
FdBusinessHours  *fd_report_settings_make_hours (const FdReportSettings *settings,
                                                 GError                **error);

/* Where a waiting message stands against its target. */
typedef enum {
  FD_TARGET_NONE,        /* not waiting */
  FD_TARGET_WITHIN,
  FD_TARGET_DUE_SOON,    /* within FD_REPORTS_DUE_SOON_SECONDS of the target */
  FD_TARGET_OVERDUE,
} FdTargetState;

/* The start of the open wait of @conversation_id, 0 when nothing waits,
 * -1 on error. */
gint64            fd_reports_get_open_wait    (FdStore     *store,
                                               gint64       conversation_id,
                                               GError     **error);
/* Business seconds left before the target (negative: overdue by that
 * much) of a wait that started at @started_at, at @now. */
gint64            fd_reports_time_left        (const FdReportSettings *settings,
                                               FdBusinessHours        *hours,
                                               const char             *channel,
                                               gint64                  started_at,
                                               gint64                  now);
FdTargetState     fd_reports_target_state     (gint64                  time_left);

/* Figures for a channel or for all of them. */
typedef struct {
  guint   received;         /* customers' messages that arrived in the period */
  guint   conversations;    /* conversations those messages are in */
  guint   answered;         /* waits started in the period, ended by a sent reply */
  guint   waiting;          /* waits started in the period, still open */
  guint   marked_answered;  /* waits started in the period, ended by Mark as Answered */
  guint   fr_count;         /* = answered: waits with a first-response time */
  gint64  fr_median;        /* seconds; -1 when fr_count is 0 */
  gint64  fr_p90;
  double  fr_within;        /* share of fr_count within the target, 0-1; -1 when fr_count is 0 */
} FdReportStats;

typedef struct {
  char          *channel;
  FdReportStats  stats;
} FdReportChannel;

typedef struct {
  char  *date;              /* YYYY-MM-DD in the report's time zone */
  guint  received;
  guint  answered;          /* of the waits that started that day */
} FdReportDay;

typedef struct {
  char  *name;              /* a language code; "und" when not known */
  guint  count;
} FdReportCount;

typedef struct {
  char  *title;
  guint  customers;
  guint  messages;
} FdReportTopic;

typedef struct {
  char  *customer;
  guint  copies;
} FdReportRepeater;

typedef struct {
  char          *from;              /* YYYY-MM-DD, inclusive */
  char          *to;                /* YYYY-MM-DD, exclusive */
  char          *timezone;
  gint64         target_seconds;
  FdReportStats  total;
  GPtrArray     *channels;          /* (element-type FdReportChannel), by name */
  guint          arrivals[7][24];   /* Monday first, local hours */
  GPtrArray     *languages;         /* (element-type FdReportCount), most first */
  GPtrArray     *days;              /* (element-type FdReportDay), every day of the period */
  GPtrArray     *topics;            /* (element-type FdReportTopic), most messages first */
  GPtrArray     *repeaters;         /* (element-type FdReportRepeater), most copies first */
} FdReport;

/* How many topics and repeating customers a report lists. */
#define FD_REPORT_TOP 10

void        fd_report_free        (FdReport                *report);

/* The report of the days @from (inclusive) to @to (exclusive), YYYY-MM-DD
 * in the settings' time zone, as things stand now. Blocking: the
 * window runs it on its store worker (fd-store-worker.h). */
FdReport   *fd_report_compute     (FdStore                 *store,
                                   const FdReportSettings  *settings,
                                   const char              *from,
                                   const char              *to,
                                   GError                 **error);
/* frontdesk-cli report --json: the shape docs/reports.md describes. */
JsonNode   *fd_report_to_json     (const FdReport          *report);
FdReport   *fd_report_new_from_json (JsonNode              *node,
                                     GError               **error);
/* One table, a row per figure: section,channel,key,value. */
char       *fd_report_to_csv      (const FdReport          *report);
FdReport   *fd_report_new_from_csv (const char             *csv,
                                    GError                **error);

/* Seconds as "1 h 05 min", "12 min", "45 s", "—" when negative. */
char       *fd_reports_format_duration (gint64 seconds);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdReportSettings, fd_report_settings_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdReport, fd_report_free)

G_END_DECLS
