/* fd-cli-report.c: frontdesk-cli report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fd-cli-private.h"
#include "fd-reports.h"

#define DEFAULT_DAYS 30

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* Today in @tz, plus @days. */
static char *
day_from_today (GTimeZone *tz,
                int        days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);

  return format_date (&date);
}

static char *
days_before (const char *day,
             guint       n)
{
  GDate date;
  g_auto(GStrv) f = g_strsplit (day, "-", 3);

  g_date_clear (&date, 1);
  if (g_strv_length (f) != 3)
    return g_strdup (day);
  g_date_set_dmy (&date, (GDateDay) g_ascii_strtoull (f[2], NULL, 10),
                  (GDateMonth) g_ascii_strtoull (f[1], NULL, 10),
                  (GDateYear) g_ascii_strtoull (f[0], NULL, 10));
  if (!g_date_valid (&date))
    return g_strdup (day);
  g_date_subtract_days (&date, n);

  return format_date (&date);
}

static char *
format_share (const FdReportStats *stats)
{
  if (stats->fr_count == 0)
    return g_strdup ("—");
  return g_strdup_printf ("%.0f%%", stats->fr_within * 100);
}

static void
print_stats_row (const char          *name,
                 const FdReportStats *stats)
{
  g_autofree char *median = fd_reports_format_duration (stats->fr_median);
  g_autofree char *p90 = fd_reports_format_duration (stats->fr_p90);
  g_autofree char *share = format_share (stats);
  g_autofree char *safe = fd_cli_safe_line (name);

  g_print ("  %-12s %9u %9u %9u %8u %8u  %12s %12s %7s\n", safe, stats->received,
           stats->conversations, stats->answered, stats->waiting, stats->marked_answered,
           median, p90, share);
}

static void
print_text (const FdReport *report)
{
  g_autofree char *target = fd_reports_format_duration (report->target_seconds);

  /* Translators: the period of a report: first day, first day not counted, time zone, target */
  g_print (_("From %s to %s (the end not included), %s; first-response target %s\n\n"),
           report->from, report->to, report->timezone, target);
  g_print ("  %-12s %9s %9s %9s %8s %8s  %12s %12s %7s\n", "",
           /* Translators: short column headings of frontdesk-cli report; keep them short */
           C_("report column", "received"), C_("report column", "convers."),
           C_("report column", "answered"), C_("report column", "waiting"),
           C_("report column", "marked"), C_("report column", "median"),
           C_("report column", "90th pct."), C_("report column", "on time"));
  print_stats_row (_("all"), &report->total);
  for (guint i = 0; i < report->channels->len; i++)
    {
      const FdReportChannel *channel = g_ptr_array_index (report->channels, i);

      print_stats_row (channel->channel, &channel->stats);
    }

  if (report->languages->len > 0)
    {
      g_print ("\n%s", _("Languages:"));
      for (guint i = 0; i < report->languages->len; i++)
        {
          const FdReportCount *count = g_ptr_array_index (report->languages, i);
          g_autofree char *safe = fd_cli_safe_line (count->name);

          g_print ("%s %s %u", i == 0 ? "" : ",", safe, count->count);
        }
      g_print ("\n");
    }

  if (report->topics->len > 0)
    {
      g_print ("\n%s\n", _("Top topics:"));
      for (guint i = 0; i < report->topics->len; i++)
        {
          const FdReportTopic *topic = g_ptr_array_index (report->topics, i);
          g_autofree char *safe = fd_cli_safe_line (topic->title);

          /* Translators: a topic in frontdesk-cli report: messages, customers, title */
          g_print (_("  %5u messages from %u customers  %s\n"), topic->messages, topic->customers, safe);
        }
    }

  if (report->repeaters->len > 0)
    {
      g_print ("\n%s\n", _("Customers who repeat themselves most:"));
      for (guint i = 0; i < report->repeaters->len; i++)
        {
          const FdReportRepeater *repeater = g_ptr_array_index (report->repeaters, i);
          g_autofree char *safe = fd_cli_safe_line (repeater->customer);

          g_print (ngettext ("  %5u copy     %s\n", "  %5u copies   %s\n", repeater->copies),
                   repeater->copies, safe);
        }
    }
}

int
fd_cli_report (FdCliOptions  *options,
               int            argc,
               char         **argv)
{
  static const FdCliCommand command = {
    "report", "", N_("Response times and what customers wrote about, for a period"), NULL
  };
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *hours_spec = NULL;
  g_autofree char *time_zone = NULL;
  int target = 0;
  gboolean csv = FALSE;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("First day, YYYY-MM-DD (default: 30 days before --to)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("First day not counted, YYYY-MM-DD (default: tomorrow)"), N_("DATE") },
    { "target", 0, 0, G_OPTION_ARG_INT, &target, N_("First-response target in minutes, for every channel"), N_("MINUTES") },
    { "business-hours", 0, 0, G_OPTION_ARG_STRING, &hours_spec, N_("Weekly hours, such as \"mon-fri 09:00-17:30; sat 10:00-14:00\" (\"\" every hour counts)"), N_("SPEC") },
    { "timezone", 0, 0, G_OPTION_ARG_STRING, &time_zone, N_("Time zone of the dates and hours, such as Europe/Madrid"), N_("TZ") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("One CSV table (section,item,key,value)"), NULL },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdReportSettings) settings = NULL;
  g_autoptr(FdReport) report = NULL;
  g_autoptr(FdBusinessHours) hours = NULL;
  g_autoptr(GError) error = NULL;

  if (!fd_cli_parse (options, &command, entries,
                     _("Without --business-hours and --timezone the profile's settings (Preferences) are used; "
                       "with no business hours set, every hour counts. docs/reports.md defines each figure."),
                     &argc, &argv))
    return 2;
  if (argc > 1)
    return fd_cli_usage_error (&command, _("“report” takes no arguments; give the period with --from and --to."));
  if (target < 0)
    return fd_cli_usage_error (&command, _("The target is a number of minutes, 1 or more."));
  if (csv && options->json)
    return fd_cli_usage_error (&command, _("Choose one of --json and --csv."));

  if (!(store = fd_cli_open_store (options)))
    return 1;
  if (!(settings = fd_report_settings_load (store, &error)))
    return fd_cli_fail (error);

  if (hours_spec != NULL)
    {
      g_free (settings->business_hours);
      settings->business_hours = g_steal_pointer (&hours_spec);
    }
  if (time_zone != NULL)
    {
      g_free (settings->timezone);
      settings->timezone = g_steal_pointer (&time_zone);
    }
  if (target > 0)
    {
      settings->target_minutes = (guint) target;
      g_hash_table_remove_all (settings->channel_targets);
    }

  if (!(hours = fd_report_settings_make_hours (settings, &error)))
    return fd_cli_usage_error (&command, error->message);
  if (to == NULL)
    to = day_from_today (fd_business_hours_get_timezone (hours), 1);
  if (from == NULL)
    from = days_before (to, DEFAULT_DAYS);

  if (!(report = fd_report_compute (store, settings, from, to, &error)))
    {
      if (g_error_matches (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID))
        return fd_cli_usage_error (&command, error->message);
      return fd_cli_fail (error);
    }

  if (options->json)
    {
      g_autoptr(JsonNode) root = fd_report_to_json (report);

      fd_cli_print_json (root);
    }
  else if (csv)
    {
      g_autofree char *text = fd_report_to_csv (report);
      g_autoptr(GOutputStream) out = fd_cli_open_stdout ();

      if (!g_output_stream_write_all (out, text, strlen (text), NULL, NULL, &error) ||
          !fd_cli_close_output (out, &error))
        return fd_cli_fail (error);
    }
  else
    print_text (report);

  return 0;
}
