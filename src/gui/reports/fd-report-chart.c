/* fd-report-chart.c: day-by-day bars and a weekday x hour heat map.
 *
 * No chart library exists for GTK 4 in C: the chart is drawn with cairo
 * into the snapshot, in the theme's foreground and accent colours so that
 * it reads in light and dark style alike. What it shows is also its
 * accessible description, in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-report-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-report-chart.h"

#define MARGIN 6
#define LABEL_W 40
#define AXIS_H 18

struct _FdReportChart
{
  GtkWidget          parent_instance;

  FdReportChartKind  kind;
  GArray            *received;   /* guint per day */
  GArray            *answered;
  GPtrArray         *dates;      /* char * per day */
  guint              arrivals[7][24];
  char              *text;
};

G_DEFINE_FINAL_TYPE (FdReportChart, fd_report_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
weekday_name (guint day)
{
  switch (day)
    {
    case 0: return _("Monday");
    case 1: return _("Tuesday");
    case 2: return _("Wednesday");
    case 3: return _("Thursday");
    case 4: return _("Friday");
    case 5: return _("Saturday");
    case 6: return _("Sunday");
    default: return "";
    }
}

static const char *
weekday_abbrev (guint day)
{
  switch (day)
    {
    /* Translators: short weekday names, the rows of the heat map */
    case 0: return C_("weekday", "Mon");
    case 1: return C_("weekday", "Tue");
    case 2: return C_("weekday", "Wed");
    case 3: return C_("weekday", "Thu");
    case 4: return C_("weekday", "Fri");
    case 5: return C_("weekday", "Sat");
    case 6: return C_("weekday", "Sun");
    default: return "";
    }
}

static void
update_text (FdReportChart *self)
{
  GString *text = g_string_new (NULL);

  if (self->kind == FD_REPORT_CHART_DAYS)
    {
      for (guint i = 0; i < self->dates->len; i++)
        {
          if (text->len > 0)
            g_string_append_c (text, '\n');
          /* Translators: a day of the day-by-day chart, read out: date, customers' messages received, waits answered */
          g_string_append_printf (text, _("%s: %u received, %u answered"),
                                  (const char *) g_ptr_array_index (self->dates, i),
                                  g_array_index (self->received, guint, i),
                                  g_array_index (self->answered, guint, i));
        }
      if (self->dates->len == 0)
        g_string_append (text, _("No days to show."));
    }
  else
    {
      for (guint d = 0; d < 7; d++)
        {
          GString *hours = g_string_new (NULL);

          for (guint h = 0; h < 24; h++)
            if (self->arrivals[d][h] > 0)
              {
                if (hours->len > 0)
                  g_string_append (hours, ", ");
                /* Translators: an hour of the heat map and how many messages arrived then, such as "09:00 3" */
                g_string_append_printf (hours, _("%02u:00 %u"), h, self->arrivals[d][h]);
              }
          if (text->len > 0)
            g_string_append_c (text, '\n');
          /* Translators: a row of the heat map, read out: weekday, then the hours with arrivals */
          g_string_append_printf (text, _("%s: %s"), weekday_name (d),
                                  hours->len > 0 ? hours->str : _("no messages"));
          g_string_free (hours, TRUE);
        }
    }

  g_free (self->text);
  self->text = g_string_free (text, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->text,
                                  -1);
}

static void
get_colors (FdReportChart *self,
            GdkRGBA       *fg,
            GdkRGBA       *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", accent))
    gdk_rgba_parse (accent, "#3584e4");
}

static void
draw_label (FdReportChart *self,
            cairo_t       *cr,
            const char    *text,
            double         x,
            double         y,
            double         align)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - w * align, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_days (FdReportChart *self,
           cairo_t       *cr,
           int            width,
           int            height,
           const GdkRGBA *fg,
           const GdkRGBA *accent)
{
  guint n = self->dates->len, max = 1;
  double plot_x = LABEL_W, plot_w = width - LABEL_W - MARGIN;
  double plot_y = MARGIN, plot_h = height - MARGIN - AXIS_H;
  double slot;
  char buf[32];

  for (guint i = 0; i < n; i++)
    max = MAX (max, g_array_index (self->received, guint, i));

  gdk_cairo_set_source_rgba (cr, fg);
  g_snprintf (buf, sizeof buf, "%u", max);
  draw_label (self, cr, buf, LABEL_W - 4, plot_y + 6, 1.0);
  draw_label (self, cr, "0", LABEL_W - 4, plot_y + plot_h - 6, 1.0);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, plot_x, plot_y + plot_h + 0.5);
  cairo_line_to (cr, plot_x + plot_w, plot_y + plot_h + 0.5);
  cairo_stroke (cr);

  if (n == 0)
    return;
  slot = plot_w / n;
  for (guint i = 0; i < n; i++)
    {
      double r = g_array_index (self->received, guint, i) * plot_h / max;
      double a = g_array_index (self->answered, guint, i) * plot_h / max;
      double x = plot_x + i * slot;
      double bar = MAX (1.0, slot * 0.8);

      /* Received behind, answered in front: the gap is what was not. */
      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.25);
      cairo_rectangle (cr, x, plot_y + plot_h - r, bar, r);
      cairo_fill (cr);
      gdk_cairo_set_source_rgba (cr, accent);
      cairo_rectangle (cr, x + bar * 0.25, plot_y + plot_h - a, bar * 0.5, a);
      cairo_fill (cr);
    }

  gdk_cairo_set_source_rgba (cr, fg);
  draw_label (self, cr, g_ptr_array_index (self->dates, 0), plot_x, height - AXIS_H / 2.0, 0.0);
  if (n > 1)
    draw_label (self, cr, g_ptr_array_index (self->dates, n - 1), plot_x + plot_w, height - AXIS_H / 2.0, 1.0);
}

static void
draw_heat_map (FdReportChart *self,
               cairo_t       *cr,
               int            width,
               int            height,
               const GdkRGBA *fg,
               const GdkRGBA *accent)
{
  double cell_w = (width - LABEL_W - MARGIN) / 24.0;
  double cell_h = (height - AXIS_H - MARGIN) / 7.0;
  guint max = 0;

  for (guint d = 0; d < 7; d++)
    for (guint h = 0; h < 24; h++)
      max = MAX (max, self->arrivals[d][h]);

  gdk_cairo_set_source_rgba (cr, fg);
  for (guint h = 0; h < 24; h += 6)
    {
      char buf[8];

      g_snprintf (buf, sizeof buf, "%u", h);
      draw_label (self, cr, buf, LABEL_W + h * cell_w, AXIS_H / 2.0, 0.0);
    }

  for (guint d = 0; d < 7; d++)
    {
      double y = AXIS_H + d * cell_h;

      gdk_cairo_set_source_rgba (cr, fg);
      draw_label (self, cr, weekday_abbrev (d), LABEL_W - 4, y + cell_h / 2, 1.0);
      for (guint h = 0; h < 24; h++)
        {
          double x = LABEL_W + h * cell_w;
          double share = max > 0 ? (double) self->arrivals[d][h] / max : 0;

          /* An empty hour is a faint outline; a busy one is filled. */
          cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.08);
          cairo_rectangle (cr, x + 1, y + 1, cell_w - 2, cell_h - 2);
          cairo_fill (cr);
          if (share > 0)
            {
              cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.15 + 0.85 * share);
              cairo_rectangle (cr, x + 1, y + 1, cell_w - 2, cell_h - 2);
              cairo_fill (cr);
            }
        }
    }
}

static void
fd_report_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  FdReportChart *self = FD_REPORT_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA fg, accent;
  cairo_t *cr;

  if (width <= LABEL_W + MARGIN || height <= AXIS_H + MARGIN)
    return;

  get_colors (self, &fg, &accent);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->kind == FD_REPORT_CHART_DAYS)
    draw_days (self, cr, width, height, &fg, &accent);
  else
    draw_heat_map (self, cr, width, height, &fg, &accent);
  cairo_destroy (cr);
}

static void
fd_report_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  FdReportChart *self = FD_REPORT_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = LABEL_W + MARGIN + (self->kind == FD_REPORT_CHART_HEAT_MAP ? 24 * 8 : 100);
      *natural = LABEL_W + MARGIN + (self->kind == FD_REPORT_CHART_HEAT_MAP ? 24 * 22 : 500);
    }
  else
    {
      *minimum = self->kind == FD_REPORT_CHART_HEAT_MAP ? AXIS_H + MARGIN + 7 * 12 : 120;
      *natural = self->kind == FD_REPORT_CHART_HEAT_MAP ? AXIS_H + MARGIN + 7 * 22 : 180;
    }
}

static void
fd_report_chart_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (fd_report_chart_parent_class)->css_changed (widget, change);
  /* Light and dark style change the colours. */
  gtk_widget_queue_draw (widget);
}

static void
fd_report_chart_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FdReportChart *self = FD_REPORT_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_report_chart_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FdReportChart *self = FD_REPORT_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      update_text (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_report_chart_finalize (GObject *object)
{
  FdReportChart *self = FD_REPORT_CHART (object);

  g_array_unref (self->received);
  g_array_unref (self->answered);
  g_ptr_array_unref (self->dates);
  g_free (self->text);

  G_OBJECT_CLASS (fd_report_chart_parent_class)->finalize (object);
}

static void
fd_report_chart_class_init (FdReportChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fd_report_chart_finalize;
  object_class->get_property = fd_report_chart_get_property;
  object_class->set_property = fd_report_chart_set_property;
  widget_class->snapshot = fd_report_chart_snapshot;
  widget_class->measure = fd_report_chart_measure;
  widget_class->css_changed = fd_report_chart_css_changed;

  /* FdReportChartKind: 0 days, 1 heat map. */
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, FD_REPORT_CHART_DAYS, FD_REPORT_CHART_HEAT_MAP,
                      FD_REPORT_CHART_DAYS,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "reportchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fd_report_chart_init (FdReportChart *self)
{
  self->received = g_array_new (FALSE, TRUE, sizeof (guint));
  self->answered = g_array_new (FALSE, TRUE, sizeof (guint));
  self->dates = g_ptr_array_new_with_free_func (g_free);
  update_text (self);
}

GtkWidget *
fd_report_chart_new (FdReportChartKind kind)
{
  return g_object_new (FD_TYPE_REPORT_CHART, "kind", kind, NULL);
}

void
fd_report_chart_set_report (FdReportChart  *self,
                            const FdReport *report)
{
  g_return_if_fail (FD_IS_REPORT_CHART (self));

  g_array_set_size (self->received, 0);
  g_array_set_size (self->answered, 0);
  g_ptr_array_set_size (self->dates, 0);
  memset (self->arrivals, 0, sizeof self->arrivals);

  if (report != NULL)
    {
      for (guint i = 0; i < report->days->len; i++)
        {
          const FdReportDay *day = g_ptr_array_index (report->days, i);

          g_array_append_val (self->received, day->received);
          g_array_append_val (self->answered, day->answered);
          g_ptr_array_add (self->dates, g_strdup (day->date));
        }
      memcpy (self->arrivals, report->arrivals, sizeof self->arrivals);
    }

  update_text (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
fd_report_chart_get_text (FdReportChart *self)
{
  g_return_val_if_fail (FD_IS_REPORT_CHART (self), NULL);

  return self->text;
}

char *
fd_report_chart_dup_table (FdReportChart *self)
{
  GString *table = g_string_new (NULL);

  g_return_val_if_fail (FD_IS_REPORT_CHART (self), NULL);

  if (self->kind == FD_REPORT_CHART_DAYS)
    {
      /* Translators: the heading row of the day-by-day table; keep the tabs */
      g_string_append (table, _("Date\tReceived\tAnswered"));
      g_string_append_c (table, '\n');
      for (guint i = 0; i < self->dates->len; i++)
        g_string_append_printf (table, "%s\t%u\t%u\n", (const char *) g_ptr_array_index (self->dates, i),
                                g_array_index (self->received, guint, i),
                                g_array_index (self->answered, guint, i));
    }
  else
    {
      g_string_append (table, _("Weekday"));
      for (guint h = 0; h < 24; h++)
        g_string_append_printf (table, "\t%02u:00", h);
      g_string_append_c (table, '\n');
      for (guint d = 0; d < 7; d++)
        {
          g_string_append (table, weekday_name (d));
          for (guint h = 0; h < 24; h++)
            g_string_append_printf (table, "\t%u", self->arrivals[d][h]);
          g_string_append_c (table, '\n');
        }
    }

  return g_string_free (table, FALSE);
}
