/* fd-report-chart.h: a report's day-by-day bars or weekday x hour heat
 * map, drawn with cairo, with its figures as text for assistive
 * technologies and for "Copy as Table".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-reports.h"

G_BEGIN_DECLS

typedef enum {
  FD_REPORT_CHART_DAYS,      /* received and answered per day */
  FD_REPORT_CHART_HEAT_MAP,  /* arrivals by weekday and hour */
} FdReportChartKind;

#define FD_TYPE_REPORT_CHART (fd_report_chart_get_type ())

G_DECLARE_FINAL_TYPE (FdReportChart, fd_report_chart, FD, REPORT_CHART, GtkWidget)

GtkWidget *fd_report_chart_new        (FdReportChartKind  kind);
/* Shows @report (not kept: its figures are copied); NULL for none. */
void       fd_report_chart_set_report (FdReportChart     *self,
                                       const FdReport    *report);
/* The chart's figures as text, one line per row: the accessible
 * description. */
const char *fd_report_chart_get_text  (FdReportChart     *self);
/* The same figures as tab-separated columns with a heading row, to
 * paste into a spreadsheet. */
char      *fd_report_chart_dup_table  (FdReportChart     *self);

G_END_DECLS
