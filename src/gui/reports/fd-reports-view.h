/* fd-reports-view.h: the Reports view: a period's figures, charts and
 * lists, computed on the store worker.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-report-chart.h"
#include "fd-reports.h"
#include "fd-store-worker.h"

G_BEGIN_DECLS

#define FD_TYPE_REPORTS_VIEW (fd_reports_view_get_type ())

G_DECLARE_FINAL_TYPE (FdReportsView, fd_reports_view, FD, REPORTS_VIEW, GtkWidget)

void            fd_reports_view_set_worker      (FdReportsView *self,
                                                 FdStoreWorker *worker);
/* Computes the report of the chosen period again. */
void            fd_reports_view_reload          (FdReportsView *self);
/* The last @days days up to today, or the dates given (YYYY-MM-DD, @to
 * the first day not counted). */
void            fd_reports_view_set_period_days (FdReportsView *self,
                                                 guint          days);
void            fd_reports_view_set_dates       (FdReportsView *self,
                                                 const char    *from,
                                                 const char    *to);
/* The report shown, NULL while it is computed. */
const FdReport *fd_reports_view_get_report      (FdReportsView *self);
FdReportChart  *fd_reports_view_get_days_chart  (FdReportsView *self);
FdReportChart  *fd_reports_view_get_heat_map    (FdReportsView *self);
/* The figures per channel as tab-separated text ("Copy as Table"). */
char           *fd_reports_view_dup_summary_table (FdReportsView *self);
GtkWidget      *fd_reports_view_get_header_bar  (FdReportsView *self);
GtkWidget      *fd_reports_view_get_back_button (FdReportsView *self);

G_END_DECLS
