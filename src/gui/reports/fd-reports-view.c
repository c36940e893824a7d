/* fd-reports-view.c: the Reports view.
 *
 * The report is computed on the store worker (a million messages are read
 * through an index, not on the main thread); the view shows a spinner
 * meanwhile. Each chart's figures are its accessible description and can
 * be copied as a table; the whole report is exported as CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-reports-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "fd-reports-view.h"

#define N_COLUMNS 9

struct _FdReportsView
{
  GtkWidget       parent_instance;

  FdStoreWorker  *worker;
  GCancellable   *cancellable;
  FdReport       *report;
  guint           days;            /* 0: the dates in from/to */
  char           *from;
  char           *to;

  GtkWidget      *header_bar;
  GtkWidget      *back_button;
  GtkDropDown    *period_dropdown;
  GtkRevealer    *dates_revealer;
  GtkEntry       *from_entry;
  GtkEntry       *to_entry;
  GtkStack       *stack;
  GtkSpinner     *spinner;
  AdwStatusPage  *error_page;
  GtkLabel       *period_label;
  GtkGrid        *summary_grid;
  FdReportChart  *days_chart;
  FdReportChart  *heat_map;
  GtkLabel       *languages_label;
  GtkLabel       *topics_label;
  GtkLabel       *repeaters_label;
};

G_DEFINE_FINAL_TYPE (FdReportsView, fd_reports_view, GTK_TYPE_WIDGET)

static const guint period_days[] = { 7, 30, 90 };

typedef struct {
  guint  days;
  char  *from;
  char  *to;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->from);
  g_free (job->to);
  g_free (job);
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* On the worker: the profile's settings, the period in its time zone. */
static gpointer
compute_job (FdStore       *store,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  Job *job = data;
  g_autoptr(FdReportSettings) settings = fd_report_settings_load (store, error);
  g_autoptr(FdBusinessHours) hours = NULL;

  if (settings == NULL)
    return NULL;

  if (job->days > 0)
    {
      g_autoptr(GDateTime) now = NULL;
      GDate to;

      if (!(hours = fd_report_settings_make_hours (settings, error)))
        return NULL;
      now = g_date_time_new_now (fd_business_hours_get_timezone (hours));
      g_date_clear (&to, 1);
      g_date_set_dmy (&to, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
      g_date_add_days (&to, 1);
      g_free (job->to);
      job->to = format_date (&to);
      g_date_subtract_days (&to, job->days);
      g_free (job->from);
      job->from = format_date (&to);
    }

  return fd_report_compute (store, settings, job->from, job->to, error);
}

static void
add_cell (FdReportsView *self,
          const char    *text,
          int            column,
          int            row,
          gboolean       heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0.0 : 1.0);
  if (heading)
    {
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    }
  else if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (self->summary_grid, label, column, row, 1, 1);
}

static const char *
column_title (guint column)
{
  switch (column)
    {
    case 0: return _("Channel");
    case 1: return _("Received");
    case 2: return _("Conversations");
    case 3: return _("Answered");
    case 4: return _("Waiting");
    case 5: return _("Marked Answered");
    case 6: return _("Median First Response");
    case 7: return _("90th Percentile");
    case 8: return _("Within Target");
    default: return "";
    }
}

/* The cells of one row of the figures per channel. */
static void
stats_cells (const char          *name,
             const FdReportStats *stats,
             char                *cells[N_COLUMNS])
{
  cells[0] = g_strdup (name);
  cells[1] = g_strdup_printf ("%u", stats->received);
  cells[2] = g_strdup_printf ("%u", stats->conversations);
  cells[3] = g_strdup_printf ("%u", stats->answered);
  cells[4] = g_strdup_printf ("%u", stats->waiting);
  cells[5] = g_strdup_printf ("%u", stats->marked_answered);
  cells[6] = fd_reports_format_duration (stats->fr_median);
  cells[7] = fd_reports_format_duration (stats->fr_p90);
  cells[8] = stats->fr_count > 0 ? g_strdup_printf ("%.0f %%", stats->fr_within * 100) : g_strdup ("—");
}

static const char *
channel_name (const char *channel)
{
  return fd_channel_display_name (channel);
}

static void
fill_summary (FdReportsView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_grid))) != NULL)
    gtk_grid_remove (self->summary_grid, child);

  for (guint c = 0; c < N_COLUMNS; c++)
    add_cell (self, column_title (c), (int) c, 0, TRUE);

  for (guint r = 0; r <= self->report->channels->len; r++)
    {
      const FdReportChannel *channel = r > 0 ? g_ptr_array_index (self->report->channels, r - 1) : NULL;
      char *cells[N_COLUMNS];

      stats_cells (channel != NULL ? channel_name (channel->channel) : _("All Channels"),
                   channel != NULL ? &channel->stats : &self->report->total, cells);
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          add_cell (self, cells[c], (int) c, (int) r + 1, FALSE);
          g_free (cells[c]);
        }
    }
}

static void
fill_lists (FdReportsView *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->report->languages->len; i++)
    {
      const FdReportCount *count = g_ptr_array_index (self->report->languages, i);

      if (i > 0)
        g_string_append (text, ", ");
      /* Translators: a language code and how many customers' messages were in it */
      g_string_append_printf (text, _("%s: %u"), count->name, count->count);
    }
  gtk_label_set_text (self->languages_label, text->len > 0 ? text->str : _("No messages in this period."));
  g_string_truncate (text, 0);

  for (guint i = 0; i < self->report->topics->len; i++)
    {
      const FdReportTopic *topic = g_ptr_array_index (self->report->topics, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      /* Translators: a topic in the report: its title, its messages and customers in the period */
      g_string_append_printf (text, _("%s — %u messages from %u customers"),
                              topic->title, topic->messages, topic->customers);
    }
  gtk_label_set_text (self->topics_label, text->len > 0 ? text->str : _("No topic in this period."));
  g_string_truncate (text, 0);

  for (guint i = 0; i < self->report->repeaters->len; i++)
    {
      const FdReportRepeater *repeater = g_ptr_array_index (self->report->repeaters, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("%s — %u copy", "%s — %u copies", repeater->copies),
                              repeater->customer, repeater->copies);
    }
  gtk_label_set_text (self->repeaters_label, text->len > 0 ? text->str : _("No repeated posts in this period."));
  g_string_free (text, TRUE);
}

static void
computed_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  FdReportsView *self = user_data;
  g_autoptr(GError) error = NULL;
  FdReport *report = fd_store_worker_run_finish (FD_STORE_WORKER (object), result, &error);
  g_autofree char *target = NULL;
  g_autofree char *period = NULL;

  if (report == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_spinner_stop (self->spinner);
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  g_clear_pointer (&self->report, fd_report_free);
  self->report = report;

  target = fd_reports_format_duration (report->target_seconds);
  /* Translators: the period of a report: first day, first day not counted, time zone, the response target */
  period = g_strdup_printf (_("From %s until %s (not included), in %s. First-response target: %s."),
                            report->from, report->to, report->timezone, target);
  gtk_label_set_text (self->period_label, period);

  fill_summary (self);
  fd_report_chart_set_report (self->days_chart, report);
  fd_report_chart_set_report (self->heat_map, report);
  fill_lists (self);

  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "report");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-csv", TRUE);
}

static void
copy_text (FdReportsView *self,
           const char    *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
copy_days_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FdReportsView *self = FD_REPORTS_VIEW (widget);
  g_autofree char *table = fd_report_chart_dup_table (self->days_chart);

  copy_text (self, table);
}

static void
copy_heat_map_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FdReportsView *self = FD_REPORTS_VIEW (widget);
  g_autofree char *table = fd_report_chart_dup_table (self->heat_map);

  copy_text (self, table);
}

static void
copy_summary_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FdReportsView *self = FD_REPORTS_VIEW (widget);
  g_autofree char *table = fd_reports_view_dup_summary_table (self);

  copy_text (self, table);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FdReportsView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  _("Could Not Export the Report"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  FdReportsView *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT && self->report != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      char *csv = fd_report_to_csv (self->report);
      g_autoptr(GBytes) bytes = g_bytes_new_take (csv, strlen (csv));

      g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                           NULL, saved_cb, g_object_ref (self));
    }
  g_object_unref (dialog);
}

static void
export_csv_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FdReportsView *self = FD_REPORTS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  if (self->report == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Export Report"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the file name an exported report gets: first day, first day not counted */
  name = g_strdup_printf (_("report-%s-%s.csv"), self->report->from, self->report->to);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
period_changed_cb (FdReportsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);

  if (selected < G_N_ELEMENTS (period_days))
    {
      gtk_revealer_set_reveal_child (self->dates_revealer, FALSE);
      self->days = period_days[selected];
      fd_reports_view_reload (self);
    }
  else
    {
      gtk_revealer_set_reveal_child (self->dates_revealer, TRUE);
      if (self->report != NULL && *gtk_editable_get_text (GTK_EDITABLE (self->from_entry)) == '\0')
        {
          gtk_editable_set_text (GTK_EDITABLE (self->from_entry), self->report->from);
          gtk_editable_set_text (GTK_EDITABLE (self->to_entry), self->report->to);
        }
      gtk_widget_grab_focus (GTK_WIDGET (self->from_entry));
    }
}

static void
dates_apply_cb (FdReportsView *self)
{
  g_free (self->from);
  g_free (self->to);
  self->from = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->from_entry))));
  self->to = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->to_entry))));
  self->days = 0;
  fd_reports_view_reload (self);
}

static void
fd_reports_view_dispose (GObject *object)
{
  FdReportsView *self = FD_REPORTS_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_REPORTS_VIEW);
  g_clear_object (&self->worker);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->report, fd_report_free);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);

  G_OBJECT_CLASS (fd_reports_view_parent_class)->dispose (object);
}

static void
fd_reports_view_class_init (FdReportsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_reports_view_dispose;

  g_type_ensure (FD_TYPE_REPORT_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/frontdesk/Frontdesk/reports/fd-reports-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, header_bar);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, back_button);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, dates_revealer);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, stack);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, error_page);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, period_label);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, summary_grid);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, days_chart);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, heat_map);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, languages_label);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, topics_label);
  gtk_widget_class_bind_template_child (widget_class, FdReportsView, repeaters_label);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, dates_apply_cb);

  gtk_widget_class_install_action (widget_class, "reports.copy-summary", NULL, copy_summary_cb);
  gtk_widget_class_install_action (widget_class, "reports.copy-days", NULL, copy_days_cb);
  gtk_widget_class_install_action (widget_class, "reports.copy-heat-map", NULL, copy_heat_map_cb);
  gtk_widget_class_install_action (widget_class, "reports.export-csv", NULL, export_csv_cb);
}

static void
fd_reports_view_init (FdReportsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->days = period_days[1];
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-csv", FALSE);
}

void
fd_reports_view_set_worker (FdReportsView *self,
                            FdStoreWorker *worker)
{
  g_return_if_fail (FD_IS_REPORTS_VIEW (self));

  g_set_object (&self->worker, worker);
  /* Shown before there was a worker (the last view of the window). */
  if (worker != NULL && self->report == NULL && gtk_widget_get_visible (GTK_WIDGET (self)))
    fd_reports_view_reload (self);
}

void
fd_reports_view_reload (FdReportsView *self)
{
  Job *job;

  g_return_if_fail (FD_IS_REPORTS_VIEW (self));

  if (self->worker == NULL)
    return;

  /* Only the newest request is shown. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  job = g_new0 (Job, 1);
  job->days = self->days;
  job->from = g_strdup (self->from);
  job->to = g_strdup (self->to);

  if (self->report == NULL)
    {
      gtk_spinner_start (self->spinner);
      gtk_stack_set_visible_child_name (self->stack, "loading");
    }

  fd_store_worker_run_async (self->worker, compute_job, job, job_free,
                             (GDestroyNotify) fd_report_free,
                             self->cancellable, computed_cb, self);
}

void
fd_reports_view_set_period_days (FdReportsView *self,
                                 guint          days)
{
  g_return_if_fail (FD_IS_REPORTS_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (period_days); i++)
    if (period_days[i] == days)
      {
        if (gtk_drop_down_get_selected (self->period_dropdown) != i)
          {
            gtk_drop_down_set_selected (self->period_dropdown, i);
            return;
          }
      }
  self->days = days;
  fd_reports_view_reload (self);
}

void
fd_reports_view_set_dates (FdReportsView *self,
                           const char    *from,
                           const char    *to)
{
  g_return_if_fail (FD_IS_REPORTS_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to);
  if (gtk_drop_down_get_selected (self->period_dropdown) != G_N_ELEMENTS (period_days))
    gtk_drop_down_set_selected (self->period_dropdown, G_N_ELEMENTS (period_days));
  dates_apply_cb (self);
}

const FdReport *
fd_reports_view_get_report (FdReportsView *self)
{
  g_return_val_if_fail (FD_IS_REPORTS_VIEW (self), NULL);

  return self->report;
}

FdReportChart *
fd_reports_view_get_days_chart (FdReportsView *self)
{
  g_return_val_if_fail (FD_IS_REPORTS_VIEW (self), NULL);

  return self->days_chart;
}

FdReportChart *
fd_reports_view_get_heat_map (FdReportsView *self)
{
  g_return_val_if_fail (FD_IS_REPORTS_VIEW (self), NULL);

  return self->heat_map;
}

char *
fd_reports_view_dup_summary_table (FdReportsView *self)
{
  GString *table = g_string_new (NULL);

  g_return_val_if_fail (FD_IS_REPORTS_VIEW (self), NULL);

  for (guint c = 0; c < N_COLUMNS; c++)
    g_string_append_printf (table, "%s%s", c > 0 ? "\t" : "", column_title (c));
  g_string_append_c (table, '\n');

  for (guint r = 0; self->report != NULL && r <= self->report->channels->len; r++)
    {
      const FdReportChannel *channel = r > 0 ? g_ptr_array_index (self->report->channels, r - 1) : NULL;
      char *cells[N_COLUMNS];

      stats_cells (channel != NULL ? channel_name (channel->channel) : _("All Channels"),
                   channel != NULL ? &channel->stats : &self->report->total, cells);
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          g_string_append_printf (table, "%s%s", c > 0 ? "\t" : "", cells[c]);
          g_free (cells[c]);
        }
      g_string_append_c (table, '\n');
    }

  return g_string_free (table, FALSE);
}

GtkWidget *
fd_reports_view_get_header_bar (FdReportsView *self)
{
  g_return_val_if_fail (FD_IS_REPORTS_VIEW (self), NULL);

  return self->header_bar;
}

GtkWidget *
fd_reports_view_get_back_button (FdReportsView *self)
{
  g_return_val_if_fail (FD_IS_REPORTS_VIEW (self), NULL);

  return self->back_button;
}
