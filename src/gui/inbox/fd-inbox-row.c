/* fd-inbox-row.c: one message in the inbox list, drawn by one widget.
 *
 * A list view keeps a couple of hundred rows and rebinds a dozen of them
 * every frame while scrolling. A row made of labels and images costs a
 * CSS node, a measure and an allocation for each part, and every label
 * shapes its text to be measured. This row is a single widget: its height
 * comes from font metrics (computed once per font, not per row), so binding
 * never measures text; the texts are PangoLayouts shaped only when the row
 * is drawn, and the icons are the icon theme's paintables. Only the rare
 * "Posted N times" line of a repeat group is made of child widgets.
 *
 * The look follows the stylesheet's classes it replaces: a bold author
 * when unanswered (italic for our own replies), a dot while not opened
 * yet (the ".unread" class of style.css), ".caption" waiting times
 * in the accent colour while the customer waits, ".badge" pills for the
 * language and the repeat count, ".dim-label" icon and snippet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-inbox-row"

#include "config.h"

#include <stdarg.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fd-inbox-row.h"
#include "fd-reports.h"
#include "fd-text-utils.h"

#define SPACING       6     /* between the parts of the first line */
#define LINE_SPACING  2     /* between lines */
#define ICON_SIZE     16
#define BADGE_PAD_X   6
#define BADGE_PAD_Y   1
#define BADGE_RADIUS  9
#define DIM_OPACITY   0.55  /* Adwaita's .dim-label */
#define DIM_OPACITY_HIGH_CONTRAST 0.9
#define CAPTION_PT    9     /* Adwaita's .caption */
#define WAITING_CHARS 5

typedef enum {
  PART_NONE,
  PART_ICON,
  PART_AUTHOR,
  PART_FAILED,
  PART_REPEAT,
  PART_LANG,
  PART_TARGET,
  PART_WAITING,
  N_PARTS
} Part;

struct _FdInboxRow
{
  GtkWidget    parent_instance;

  FdInboxItem *item;
  gulong       notify_message_id;
  char       **terms;
  /* The channels the group icons show, to rebuild them only on a change. */
  char       **group_channels;

  /* What the row shows: set when bound, shaped when drawn. */
  PangoLayout *author;
  PangoLayout *subject;
  PangoLayout *snippet;
  PangoLayout *waiting;
  PangoLayout *lang;
  PangoLayout *repeat;
  PangoLayout *target;
  FdTargetState target_state;
  const char  *icon_name;         /* static strings */
  GdkPaintable *icon;
  GdkPaintable *failed_icon;
  int          icon_scale;

  /* Line heights and widths from the metrics of the row's fonts, kept
   * while the Pango context stays the same (its serial). */
  guint        metrics_serial;
  int          normal_height;
  int          subject_height;
  int          char_width;
  int          waiting_width;

  /* Where the parts were drawn, for tooltips. */
  graphene_rect_t parts[N_PARTS];

  /* Made on first use: few rows need them. */
  GtkWidget   *group_box;
  GtkLabel    *group_label;
  GtkWidget   *group_icons;

  guint        has_message : 1;
  guint        show_subject : 1;
  guint        show_lang : 1;
  guint        show_repeat : 1;
  guint        failed : 1;
  /* The state the CSS classes show, so that a bind only touches the
   * classes when it changes (each change restyles the row). */
  guint        state_known : 1;
  guint        unanswered : 1;
  guint        unread : 1;
  guint        outgoing : 1;
};

G_DEFINE_FINAL_TYPE (FdInboxRow, fd_inbox_row, GTK_TYPE_WIDGET)

/* The profile's response targets, shared by every row (main thread). */
static FdReportSettings *targets;
static FdBusinessHours *target_hours;

/* Font metrics */

/* Line heights and character widths per font, shared by every row: Pango
 * computes metrics by shaping sample text, far too slow to do per row. */
typedef struct {
  PangoFontDescription *desc;
  PangoLanguage        *language;
  double                resolution;
  int                   line_height;
  int                   char_width;
  int                   digit_width;
} FontMetrics;

static FontMetrics metrics_cache[6];
static guint metrics_next;

typedef enum {
  FONT_NORMAL,
  FONT_SUBJECT,
  FONT_CAPTION,
} Font;

static const FontMetrics *
get_metrics (GtkWidget *widget,
             Font       font)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoLanguage *language = pango_context_get_language (context);
  double resolution = pango_cairo_context_get_resolution (context);
  g_autoptr(PangoFontDescription) desc = NULL;
  PangoFontMetrics *metrics;
  FontMetrics *slot;

  desc = pango_font_description_copy (pango_context_get_font_description (context));
  if (font == FONT_SUBJECT)
    {
      int size = pango_font_description_get_size (desc) * 0.95;

      if (pango_font_description_get_size_is_absolute (desc))
        pango_font_description_set_absolute_size (desc, size);
      else
        pango_font_description_set_size (desc, size);
    }
  else if (font == FONT_CAPTION)
    pango_font_description_set_size (desc, CAPTION_PT * PANGO_SCALE);

  for (guint i = 0; i < G_N_ELEMENTS (metrics_cache); i++)
    {
      FontMetrics *m = &metrics_cache[i];

      if (m->desc != NULL && m->language == language && m->resolution == resolution &&
          pango_font_description_equal (m->desc, desc))
        return m;
    }

  slot = &metrics_cache[metrics_next++ % G_N_ELEMENTS (metrics_cache)];
  g_clear_pointer (&slot->desc, pango_font_description_free);
  metrics = pango_context_get_metrics (context, desc, language);
  slot->line_height = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics) +
                                         pango_font_metrics_get_descent (metrics));
  slot->char_width = PANGO_PIXELS_CEIL (pango_font_metrics_get_approximate_char_width (metrics));
  slot->digit_width = PANGO_PIXELS_CEIL (pango_font_metrics_get_approximate_digit_width (metrics));
  pango_font_metrics_unref (metrics);
  slot->desc = g_steal_pointer (&desc);
  slot->language = language;
  slot->resolution = resolution;

  return slot;
}

static void
ensure_metrics (FdInboxRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint serial = pango_context_get_serial (gtk_widget_get_pango_context (widget));
  const FontMetrics *normal;

  if (self->metrics_serial == serial && self->normal_height > 0)
    return;

  normal = get_metrics (widget, FONT_NORMAL);
  self->normal_height = normal->line_height;
  self->char_width = normal->char_width;
  self->subject_height = get_metrics (widget, FONT_SUBJECT)->line_height;
  self->waiting_width = WAITING_CHARS * get_metrics (widget, FONT_CAPTION)->digit_width;
  self->metrics_serial = serial;
}

/* Texts */

static PangoLayout *
new_layout (FdInboxRow *self)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);

  pango_layout_set_single_paragraph_mode (layout, TRUE);
  /* Only texts given a width (author, subject, snippet) are cut short. */
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

static void
add_attr (PangoAttrList  *attrs,
          PangoAttribute *attr)
{
  /* Over the whole text, under any highlight already in the list. */
  attr->start_index = PANGO_ATTR_INDEX_FROM_TEXT_BEGINNING;
  attr->end_index = PANGO_ATTR_INDEX_TO_TEXT_END;
  pango_attr_list_insert_before (attrs, attr);
}

/* Sets @text with the search terms highlighted, then the attributes that
 * follow (NULL-terminated) over the whole text. */
static void
set_layout_text (FdInboxRow  *self,
                 PangoLayout *layout,
                 const char  *text,
                 gboolean     highlight,
                 ...)
{
  PangoAttrList *attrs = NULL;
  va_list args;

  if (text == NULL)
    text = "";
  if (highlight && self->terms != NULL)
    attrs = fd_text_highlight_attrs (text, (const char * const *)self->terms);
  if (attrs == NULL)
    attrs = pango_attr_list_new ();

  va_start (args, highlight);
  for (PangoAttribute *attr = va_arg (args, PangoAttribute *);
       attr != NULL;
       attr = va_arg (args, PangoAttribute *))
    add_attr (attrs, attr);
  va_end (args);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

/* Icons */

static GdkPaintable *
lookup_icon (FdInboxRow *self,
             const char *name)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));

  return GDK_PAINTABLE (gtk_icon_theme_lookup_icon (theme, name, NULL, ICON_SIZE,
                                                    gtk_widget_get_scale_factor (widget),
                                                    gtk_widget_get_direction (widget), 0));
}

static void
ensure_icons (FdInboxRow *self)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  if (scale != self->icon_scale)
    {
      g_clear_object (&self->icon);
      g_clear_object (&self->failed_icon);
      self->icon_scale = scale;
    }
  if (self->icon == NULL && self->icon_name != NULL)
    self->icon = lookup_icon (self, self->icon_name);
  if (self->failed_icon == NULL && self->failed)
    self->failed_icon = lookup_icon (self, "dialog-error-symbolic");
}

static void
set_icon_name (FdInboxRow *self,
               const char *icon_name)
{
  if (g_strcmp0 (self->icon_name, icon_name) == 0)
    return;

  self->icon_name = icon_name;
  g_clear_object (&self->icon);
}

/* State */

static gboolean
is_unanswered (FdMessage *message)
{
  FdMessageState state = fd_message_get_state (message);

  return fd_message_get_direction (message) == FD_DIRECTION_IN &&
         (state == FD_MESSAGE_STATE_UNREAD || state == FD_MESSAGE_STATE_READ);
}

static FdMessage *
get_message (FdInboxRow *self)
{
  return self->item != NULL ? fd_inbox_item_get_message (self->item) : NULL;
}

/* The customer's name; for a reply of ours, "You" and whom it went to,
 * as the conversation calls it, whatever the account's name. */
static char *
dup_author_name (FdMessage *message)
{
  const char *name = fd_message_get_author_name (message);

  if (fd_message_get_direction (message) == FD_DIRECTION_OUT)
    {
      const char *to = fd_message_get_recipient_name (message);

      if (to == NULL || to[0] == '\0')
        return g_strdup (_("You"));
      /* Translators: the author of a reply of ours in the inbox list, with
       * whom it went to, e.g. "You to María García" */
      return g_strdup_printf (C_("reply author", "You to %s"), to);
    }

  if (name == NULL || name[0] == '\0')
    name = fd_message_get_author_handle (message);
  return g_strdup (name);
}

static void
set_state_classes (FdInboxRow *self,
                   gboolean    unanswered,
                   gboolean    unread,
                   gboolean    outgoing)
{
  GtkWidget *widget = GTK_WIDGET (self);

  unanswered = !!unanswered;
  unread = !!unread;
  outgoing = !!outgoing;

  if (!self->state_known || self->unanswered != unanswered)
    {
      if (unanswered)
        gtk_widget_add_css_class (widget, "unanswered");
      else
        gtk_widget_remove_css_class (widget, "unanswered");
      self->unanswered = unanswered;
    }

  if (!self->state_known || self->unread != unread)
    {
      if (unread)
        gtk_widget_add_css_class (widget, "unread");
      else
        gtk_widget_remove_css_class (widget, "unread");
      self->unread = unread;
    }

  if (!self->state_known || self->outgoing != outgoing)
    {
      if (outgoing)
        gtk_widget_add_css_class (widget, "outgoing");
      else
        gtk_widget_remove_css_class (widget, "outgoing");
      self->outgoing = outgoing;
    }

  self->state_known = TRUE;
}

/* The "Posted 4 times" line of a repeat group */

static void
ensure_group_box (FdInboxRow *self)
{
  GtkWidget *label;

  if (self->group_box != NULL)
    return;

  self->group_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "repeat-group");
  gtk_box_append (GTK_BOX (self->group_box), label);
  self->group_label = GTK_LABEL (label);
  self->group_icons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  gtk_box_append (GTK_BOX (self->group_box), self->group_icons);
  gtk_widget_set_parent (self->group_box, GTK_WIDGET (self));
}

static gboolean
group_shown (FdInboxRow *self)
{
  return self->group_box != NULL && gtk_widget_get_visible (self->group_box);
}

static void
update_group (FdInboxRow         *self,
              guint               repeats,
              const char * const *channels)
{
  g_autofree char *text = NULL;
  GtkWidget *child;

  if (channels == NULL || repeats <= 1)
    {
      if (self->group_box != NULL)
        gtk_widget_set_visible (self->group_box, FALSE);
      return;
    }

  ensure_group_box (self);

  /* Translators: on an inbox row that stands for every copy of a post */
  text = g_strdup_printf (ngettext ("Posted %u time", "Posted %u times", repeats), repeats);
  gtk_label_set_text (self->group_label, text);
  gtk_widget_set_visible (self->group_box, TRUE);

  if (self->group_channels != NULL &&
      g_strv_equal ((const char * const *)self->group_channels, channels))
    return;

  g_clear_pointer (&self->group_channels, g_strfreev);
  self->group_channels = g_strdupv ((char **)channels);

  while ((child = gtk_widget_get_first_child (self->group_icons)) != NULL)
    gtk_box_remove (GTK_BOX (self->group_icons), child);

  for (guint i = 0; channels[i] != NULL; i++)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (fd_channel_icon_name (channels[i]));

      /* Before the icon is in the window, where setting a tooltip costs
       * nothing. */
      gtk_widget_set_tooltip_text (icon, fd_channel_display_name (channels[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      fd_channel_display_name (channels[i]), -1);
      gtk_box_append (GTK_BOX (self->group_icons), icon);
    }
}

/* "Posted 4 times by this customer": the repeat badge's tooltip, and what
 * a screen reader says of it. */
static char *
dup_repeats_text (guint repeats)
{
  /* Translators: tooltip of the "×4" badge */
  return g_strdup_printf (ngettext ("Posted %u time by this customer",
                                    "Posted %u times by this customer",
                                    repeats),
                          repeats);
}

static char *
join_sentences (const char *first,
                const char *second)
{
  /* Translators: joins two sentences read by screen readers, e.g. a
   * subject and the text of a message */
  return g_strdup_printf (C_("accessible sentences", "%s. %s"), first, second);
}

/* The badge of a waiting message. */
static const char *
target_text (FdTargetState state)
{
  switch (state)
    {
    /* Translators: badges on a waiting message: its response target is not reached yet, is near, is past */
    case FD_TARGET_WITHIN: return C_("response target", "On time");
    case FD_TARGET_DUE_SOON: return C_("response target", "Due soon");
    case FD_TARGET_OVERDUE: return C_("response target", "Overdue");
    case FD_TARGET_NONE:
    default:
      return "";
    }
}

static const char *
target_sentence (FdTargetState state)
{
  switch (state)
    {
    case FD_TARGET_WITHIN: return _("Within the response target");
    case FD_TARGET_DUE_SOON: return _("The response target is less than 15 minutes away");
    case FD_TARGET_OVERDUE: return _("Past the response target");
    case FD_TARGET_NONE:
    default:
      return NULL;
    }
}

/* What a screen reader says for the row: everything it shows. */
static void
update_accessible_label (FdInboxRow *self,
                         FdMessage  *message,
                         const char *name,
                         const char *waiting,
                         gboolean    waiting_is_day,
                         const char *snippet,
                         const char *target)
{
  const char *channel = fd_channel_display_name (fd_message_get_channel (message));
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  guint repeats = fd_message_get_repeat_count (message);

  text = self->show_subject ? join_sentences (fd_message_get_subject (message), snippet)
                            : g_strdup (snippet);

  if (self->unanswered && waiting_is_day)
    /* Translators: read by screen readers for an inbox row: author, channel,
     * the day the customer has waited since (e.g. "6 Dec"), text */
    label = g_strdup_printf (_("%s on %s, waiting since %s, unanswered: %s"),
                             name, channel, waiting, text);
  else if (self->unanswered)
    /* Translators: read by screen readers for an inbox row: author, channel,
     * waiting time, text */
    label = g_strdup_printf (_("%s on %s, waiting %s, unanswered: %s"),
                             name, channel, waiting, text);
  else if (waiting_is_day)
    /* Translators: read by screen readers for an inbox row: author, channel,
     * the day it was written (e.g. "6 Dec"), text */
    label = g_strdup_printf (_("%s on %s, on %s: %s"), name, channel, waiting, text);
  else
    /* Translators: read by screen readers for an inbox row: author, channel,
     * age, text */
    label = g_strdup_printf (_("%s on %s, %s ago: %s"), name, channel, waiting, text);

  if (repeats > 1)
    {
      g_autofree char *repeated = dup_repeats_text (repeats);
      g_autofree char *shorter = g_steal_pointer (&label);

      label = join_sentences (shorter, repeated);
    }

  if (self->failed)
    {
      g_autofree char *shorter = g_steal_pointer (&label);

      label = join_sentences (shorter, _("The reply could not be sent"));
    }

  if (target != NULL)
    {
      g_autofree char *shorter = g_steal_pointer (&label);

      label = join_sentences (shorter, target);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
update (FdInboxRow *self)
{
  FdMessage *message = get_message (self);
  g_autofree char *snippet = NULL;
  g_autofree char *waiting = NULL;
  g_autofree char *name = NULL;
  const char *subject;
  const char *lang;
  const char * const *group_channels;
  gboolean had_subject = self->show_subject;
  gboolean had_group = group_shown (self);
  gboolean unanswered, outgoing;
  guint repeats;
  gint64 now;
  gint64 age;

  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (message == NULL)
    {
      self->has_message = FALSE;
      self->show_subject = FALSE;
      update_group (self, 0, NULL);
      set_state_classes (self, FALSE, FALSE, FALSE);
      if (had_subject || had_group)
        gtk_widget_queue_resize (GTK_WIDGET (self));
      return;
    }

  name = dup_author_name (message);
  unanswered = is_unanswered (message);
  outgoing = fd_message_get_direction (message) == FD_DIRECTION_OUT;
  repeats = fd_message_get_repeat_count (message);
  group_channels = fd_inbox_item_get_group_channels (self->item);
  subject = fd_message_get_subject (message);
  lang = fd_message_get_lang (message);

  self->has_message = TRUE;
  self->show_subject = subject != NULL && subject[0] != '\0';
  self->show_lang = lang != NULL && lang[0] != '\0';
  self->show_repeat = repeats > 1 && group_channels == NULL;
  self->failed = fd_message_get_outbox_state (message) == FD_OUTBOX_FAILED;
  set_state_classes (self, unanswered,
                     unanswered && fd_message_get_state (message) == FD_MESSAGE_STATE_UNREAD,
                     outgoing);
  set_icon_name (self, fd_channel_icon_name (fd_message_get_channel (message)));

  set_layout_text (self, self->author, name, TRUE,
                   pango_attr_weight_new (unanswered ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL),
                   pango_attr_style_new (outgoing ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL),
                   NULL);
  if (self->show_subject)
    set_layout_text (self, self->subject, subject, TRUE, pango_attr_scale_new (0.95), NULL);

  snippet = fd_message_dup_snippet (message);
  set_layout_text (self, self->snippet, snippet, TRUE, NULL);

  now = g_get_real_time () / G_USEC_PER_SEC;
  age = now - fd_message_get_created_at (message);
  if (fd_message_get_snoozed_until (message) != 0)
    {
      g_autofree char *until = fd_format_date_time (fd_message_get_snoozed_until (message));

      /* Translators: when a snoozed conversation comes back, "until Tue 09:00" */
      waiting = g_strdup_printf (_("until %s"), until);
    }
  else
    waiting = fd_format_waiting (fd_message_get_created_at (message), now);
  set_layout_text (self, self->waiting, waiting, FALSE,
                   pango_attr_size_new (CAPTION_PT * PANGO_SCALE),
                   pango_attr_font_features_new ("tnum"),
                   pango_attr_weight_new (unanswered ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL),
                   NULL);

  if (self->show_lang)
    {
      g_autofree char *upper = g_utf8_strup (lang, -1);

      set_layout_text (self, self->lang, upper, FALSE,
                       pango_attr_scale_new (0.75), pango_attr_weight_new (PANGO_WEIGHT_BOLD), NULL);
    }

  if (self->show_repeat)
    {
      g_autofree char *text = NULL;

      /* Translators: a badge on a message posted several times, e.g. "×4" */
      text = g_strdup_printf (C_("repeat count", "×%u"), repeats);
      set_layout_text (self, self->repeat, text, FALSE,
                       pango_attr_scale_new (0.75), pango_attr_weight_new (PANGO_WEIGHT_BOLD), NULL);
    }

  /* Where the wait stands against the response target, in words as well
   * as in colour. Counted from this message's arrival, as its waiting
   * time is. */
  self->target_state = FD_TARGET_NONE;
  if (unanswered && targets != NULL && fd_message_get_snoozed_until (message) == 0)
    {
      gint64 left = fd_reports_time_left (targets, target_hours, fd_message_get_channel (message),
                                          fd_message_get_created_at (message), now);

      self->target_state = fd_reports_target_state (left);
      set_layout_text (self, self->target, target_text (self->target_state), FALSE,
                       pango_attr_scale_new (0.75), pango_attr_weight_new (PANGO_WEIGHT_BOLD), NULL);
    }

  update_group (self, repeats, group_channels);
  update_accessible_label (self, message, name, waiting, age >= FD_WAITING_AS_DAY, snippet,
                           target_sentence (self->target_state));

  if (had_subject != self->show_subject || had_group != group_shown (self))
    gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Size and drawing */

static int
first_line_height (FdInboxRow *self)
{
  ensure_metrics (self);
  return MAX (ICON_SIZE, self->normal_height);
}

/* The height of the drawn lines, without the group line. */
static int
lines_height (FdInboxRow *self)
{
  int height = first_line_height (self);

  if (self->show_subject)
    height += LINE_SPACING + self->subject_height;
  height += LINE_SPACING + self->normal_height;

  return height;
}

static void
fd_inbox_row_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  FdInboxRow *self = FD_INBOX_ROW (widget);
  int group_min = 0, group_nat = 0;

  if (group_shown (self))
    gtk_widget_measure (self->group_box, orientation, orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1,
                        &group_min, &group_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int width;

      /* The icon, three characters of the author's name and the waiting
       * time, as the labels this row replaces asked for. */
      ensure_metrics (self);
      width = ICON_SIZE + SPACING + 3 * self->char_width + SPACING + self->waiting_width;

      *minimum = *natural = MAX (width, group_min);
    }
  else
    {
      int height = lines_height (self);

      *minimum = height + (group_shown (self) ? LINE_SPACING + group_min : 0);
      *natural = height + (group_shown (self) ? LINE_SPACING + group_nat : 0);
    }
}

static void
fd_inbox_row_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  FdInboxRow *self = FD_INBOX_ROW (widget);

  if (group_shown (self))
    {
      int y = lines_height (self) + LINE_SPACING;

      gtk_widget_allocate (self->group_box, width, MAX (height - y, 0), -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, y)));
    }
}

typedef struct {
  GdkRGBA fg;
  GdkRGBA dim;
  GdkRGBA accent;
  GdkRGBA error;
  GdkRGBA warning_bg;
  GdkRGBA warning_fg;
  GdkRGBA badge_bg;
} Colors;

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              const GdkRGBA   *fallback,
              GdkRGBA         *color)
{
  if (!gtk_style_context_lookup_color (context, name, color))
    *color = *fallback;
}

static void
get_colors (FdInboxRow *self,
            Colors     *colors)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &colors->fg);
  colors->dim = colors->fg;
  colors->dim.alpha *= adw_style_manager_get_high_contrast (adw_style_manager_get_default ())
                       ? DIM_OPACITY_HIGH_CONTRAST : DIM_OPACITY;
  colors->badge_bg = colors->fg;
  colors->badge_bg.alpha *= 0.1;
  lookup_color (context, "accent_color", &colors->fg, &colors->accent);
  lookup_color (context, "error_color", &colors->fg, &colors->error);
  lookup_color (context, "warning_bg_color", &colors->badge_bg, &colors->warning_bg);
  lookup_color (context, "warning_fg_color", &colors->fg, &colors->warning_fg);
}

static void
draw_icon (GtkSnapshot           *snapshot,
           GdkPaintable          *icon,
           const graphene_rect_t *rect,
           const GdkRGBA         *color,
           const Colors          *colors)
{
  /* Foreground, error, warning, success: as GtkImage passes them. */
  GdkRGBA symbolic[4] = { *color, colors->error, colors->warning_fg, colors->accent };

  if (icon == NULL)
    return;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &rect->origin);
  if (GTK_IS_SYMBOLIC_PAINTABLE (icon))
    gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                              rect->size.width, rect->size.height,
                                              symbolic, G_N_ELEMENTS (symbolic));
  else
    gdk_paintable_snapshot (icon, snapshot, rect->size.width, rect->size.height);
  gtk_snapshot_restore (snapshot);
}

/* Draws @layout in @rect, centred vertically and placed across by @xalign
 * (0 start, 1 end, already mirrored for right-to-left) as GtkLabel places
 * its text: by the logical extents, so that a paragraph Pango aligns by its
 * own direction still starts where the row's direction says. */
static void
draw_layout (GtkSnapshot           *snapshot,
             PangoLayout           *layout,
             const graphene_rect_t *rect,
             float                  xalign,
             const GdkRGBA         *color)
{
  PangoRectangle logical;
  float x, y;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  x = rect->origin.x + floorf (xalign * (rect->size.width - logical.width)) - logical.x;
  y = rect->origin.y + floorf ((rect->size.height - logical.height) / 2.f) - logical.y;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_badge (GtkSnapshot           *snapshot,
            PangoLayout           *layout,
            const graphene_rect_t *rect,
            const GdkRGBA         *bg,
            const GdkRGBA         *fg)
{
  GskRoundedRect pill;
  float radius = MIN (BADGE_RADIUS, rect->size.height / 2);

  gsk_rounded_rect_init_from_rect (&pill, rect, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &pill);
  gtk_snapshot_append_color (snapshot, bg, rect);
  gtk_snapshot_pop (snapshot);
  draw_layout (snapshot, layout,
               &GRAPHENE_RECT_INIT (rect->origin.x + BADGE_PAD_X, rect->origin.y,
                                    rect->size.width - 2 * BADGE_PAD_X, rect->size.height),
               0.5f, fg);
}

/* Places a part of @width at the right end of the first line, left of
 * what is there, and returns its box. */
static graphene_rect_t *
place_right (FdInboxRow *self,
             Part        part,
             int        *right,
             int         width,
             int         height,
             int         line_height)
{
  graphene_rect_t *rect = &self->parts[part];

  *right -= width;
  graphene_rect_init (rect, *right, floorf ((line_height - height) / 2.f), width, height);
  *right -= SPACING;

  return rect;
}

static void
badge_size (PangoLayout *layout,
            int         *width,
            int         *height)
{
  pango_layout_get_pixel_size (layout, width, height);
  *width += 2 * BADGE_PAD_X;
  *height += 2 * BADGE_PAD_Y;
}

/* Lays out the first line from the right: waiting time, language, repeat
 * count, failure icon; the author takes what is left. */
static void
place_first_line (FdInboxRow *self,
                  int         width)
{
  int line = first_line_height (self);
  int right = width;
  int w, h;

  for (guint i = 0; i < N_PARTS; i++)
    graphene_rect_init (&self->parts[i], 0, 0, 0, 0);

  pango_layout_get_pixel_size (self->waiting, &w, &h);
  w = MAX (w, self->waiting_width);
  place_right (self, PART_WAITING, &right, w, line, line);

  if (self->target_state != FD_TARGET_NONE)
    {
      badge_size (self->target, &w, &h);
      place_right (self, PART_TARGET, &right, w, h, line);
    }
  if (self->show_lang)
    {
      badge_size (self->lang, &w, &h);
      place_right (self, PART_LANG, &right, w, h, line);
    }
  if (self->show_repeat)
    {
      badge_size (self->repeat, &w, &h);
      place_right (self, PART_REPEAT, &right, w, h, line);
    }
  if (self->failed)
    place_right (self, PART_FAILED, &right, ICON_SIZE, ICON_SIZE, line);

  graphene_rect_init (&self->parts[PART_ICON], 0, floorf ((line - ICON_SIZE) / 2.f), ICON_SIZE, ICON_SIZE);
  graphene_rect_init (&self->parts[PART_AUTHOR], ICON_SIZE + SPACING, 0,
                      MAX (right - ICON_SIZE - SPACING, 0), line);

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    for (guint i = 0; i < N_PARTS; i++)
      self->parts[i].origin.x = width - self->parts[i].origin.x - self->parts[i].size.width;
}

static void
fd_inbox_row_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  FdInboxRow *self = FD_INBOX_ROW (widget);
  int width = gtk_widget_get_width (widget);
  int line = first_line_height (self);
  /* Where lines start: the left, or the right in right-to-left locales. */
  float start = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? 1.f : 0.f;
  int y;
  Colors colors;

  if (!self->has_message || width <= 0)
    return;

  get_colors (self, &colors);
  ensure_icons (self);

  place_first_line (self, width);

  draw_icon (snapshot, self->icon, &self->parts[PART_ICON], &colors.dim, &colors);

  if (self->parts[PART_AUTHOR].size.width > 0)
    {
      pango_layout_set_width (self->author, self->parts[PART_AUTHOR].size.width * PANGO_SCALE);
      draw_layout (snapshot, self->author, &self->parts[PART_AUTHOR], start, &colors.fg);
    }

  if (self->failed)
    draw_icon (snapshot, self->failed_icon, &self->parts[PART_FAILED], &colors.error, &colors);
  if (self->show_repeat)
    draw_badge (snapshot, self->repeat, &self->parts[PART_REPEAT], &colors.warning_bg, &colors.warning_fg);
  if (self->show_lang)
    draw_badge (snapshot, self->lang, &self->parts[PART_LANG], &colors.badge_bg, &colors.fg);
  if (self->target_state == FD_TARGET_OVERDUE)
    {
      GdkRGBA bg = colors.error;

      bg.alpha *= 0.15;
      draw_badge (snapshot, self->target, &self->parts[PART_TARGET], &bg, &colors.error);
    }
  else if (self->target_state == FD_TARGET_DUE_SOON)
    draw_badge (snapshot, self->target, &self->parts[PART_TARGET], &colors.warning_bg, &colors.warning_fg);
  else if (self->target_state == FD_TARGET_WITHIN)
    draw_badge (snapshot, self->target, &self->parts[PART_TARGET], &colors.badge_bg, &colors.dim);
  draw_layout (snapshot, self->waiting, &self->parts[PART_WAITING], 1.f - start,
               self->unanswered ? &colors.accent : &colors.dim);

  y = line + LINE_SPACING;
  if (self->show_subject)
    {
      int height = self->subject_height;

      pango_layout_set_width (self->subject, width * PANGO_SCALE);
      draw_layout (snapshot, self->subject, &GRAPHENE_RECT_INIT (0, y, width, height), start, &colors.fg);
      y += height + LINE_SPACING;
    }

  pango_layout_set_width (self->snippet, width * PANGO_SCALE);
  draw_layout (snapshot, self->snippet,
               &GRAPHENE_RECT_INIT (0, y, width, self->normal_height),
               start, &colors.dim);

  if (group_shown (self))
    gtk_widget_snapshot_child (widget, self->group_box, snapshot);
}

/* Tooltips: computed when asked for, for the part under the pointer. */
static Part
part_at (FdInboxRow *self,
         int         x,
         int         y)
{
  for (Part part = PART_ICON; part < N_PARTS; part++)
    if (graphene_rect_contains_point (&self->parts[part], &GRAPHENE_POINT_INIT (x, y)))
      return part;

  return PART_NONE;
}

static gboolean
fd_inbox_row_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard_mode,
                            GtkTooltip *tooltip)
{
  FdInboxRow *self = FD_INBOX_ROW (widget);
  FdMessage *message = get_message (self);
  g_autofree char *text = NULL;

  if (message == NULL || keyboard_mode)
    return FALSE;

  switch (part_at (self, x, y))
    {
    case PART_AUTHOR:
      {
        const char *handle = fd_message_get_direction (message) == FD_DIRECTION_OUT
                             ? fd_message_get_recipient (message)
                             : fd_message_get_author_handle (message);

        if (handle == NULL || handle[0] == '\0')
          return FALSE;
        text = g_strdup (handle);
      }
      break;

    case PART_ICON:
      text = g_strdup (fd_channel_display_name (fd_message_get_channel (message)));
      break;

    case PART_WAITING:
      text = fd_format_date_time (fd_message_get_created_at (message));
      break;

    case PART_REPEAT:
      text = dup_repeats_text (fd_message_get_repeat_count (message));
      break;

    case PART_FAILED:
      text = g_strdup (_("The reply could not be sent"));
      break;

    case PART_TARGET:
      {
        g_autofree char *target = fd_reports_format_duration (fd_report_settings_get_target (targets, fd_message_get_channel (message)));

        /* Translators: tooltip of the response target badge; %s is a duration such as "1 h 00 min" */
        text = g_strdup_printf (_("Answer within %s of business time"), target);
      }
      break;

    case PART_LANG:
    case PART_NONE:
    case N_PARTS:
    default:
      return FALSE;
    }

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Binding */

static void
item_notify_message_cb (FdInboxRow  *self,
                        GParamSpec  *pspec,
                        FdInboxItem *item)
{
  update (self);
}

/* Drops the item without touching what is drawn: an unbound row is not
 * shown, and the next bind sets everything anyway. */
static void
release_item (FdInboxRow *self)
{
  if (self->item == NULL)
    return;

  g_clear_signal_handler (&self->notify_message_id, self->item);
  g_clear_object (&self->item);
}

static void
take_item (FdInboxRow  *self,
           FdInboxItem *item)
{
  release_item (self);

  if (item == NULL)
    return;

  /* The row always lets go of the item (unbind, dispose) before it is
   * finalized, so no weak reference is needed. */
  self->item = g_object_ref (item);
  self->notify_message_id =
    g_signal_connect_swapped (item, "notify::message",
                              G_CALLBACK (item_notify_message_cb), self);
}

static void
set_terms (FdInboxRow         *self,
           const char * const *terms)
{
  if (terms != NULL && terms[0] == NULL)
    terms = NULL;

  if (self->terms == NULL && terms == NULL)
    return;
  if (self->terms != NULL && terms != NULL &&
      g_strv_equal ((const char * const *)self->terms, terms))
    return;

  g_clear_pointer (&self->terms, g_strfreev);
  self->terms = g_strdupv ((char **)terms);
}

static void
fd_inbox_row_dispose (GObject *object)
{
  FdInboxRow *self = (FdInboxRow *)object;

  release_item (self);
  g_clear_pointer (&self->group_box, gtk_widget_unparent);

  G_OBJECT_CLASS (fd_inbox_row_parent_class)->dispose (object);
}

static void
fd_inbox_row_finalize (GObject *object)
{
  FdInboxRow *self = (FdInboxRow *)object;

  g_clear_pointer (&self->terms, g_strfreev);
  g_clear_pointer (&self->group_channels, g_strfreev);
  g_clear_object (&self->author);
  g_clear_object (&self->subject);
  g_clear_object (&self->snippet);
  g_clear_object (&self->waiting);
  g_clear_object (&self->lang);
  g_clear_object (&self->repeat);
  g_clear_object (&self->target);
  g_clear_object (&self->icon);
  g_clear_object (&self->failed_icon);

  G_OBJECT_CLASS (fd_inbox_row_parent_class)->finalize (object);
}

static void
fd_inbox_row_class_init (FdInboxRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_inbox_row_dispose;
  object_class->finalize = fd_inbox_row_finalize;

  widget_class->measure = fd_inbox_row_measure;
  widget_class->size_allocate = fd_inbox_row_size_allocate;
  widget_class->snapshot = fd_inbox_row_snapshot;
  widget_class->query_tooltip = fd_inbox_row_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "fdinboxrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fd_inbox_row_init (FdInboxRow *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "inbox-row");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  self->author = new_layout (self);
  self->subject = new_layout (self);
  self->snippet = new_layout (self);
  self->waiting = new_layout (self);
  self->lang = new_layout (self);
  self->repeat = new_layout (self);
  self->target = new_layout (self);
}

GtkWidget *
fd_inbox_row_new (void)
{
  return g_object_new (FD_TYPE_INBOX_ROW, NULL);
}

FdInboxItem *
fd_inbox_row_get_item (FdInboxRow *self)
{
  g_return_val_if_fail (FD_IS_INBOX_ROW (self), NULL);

  return self->item;
}

void
fd_inbox_row_set_terms (FdInboxRow         *self,
                        const char * const *terms)
{
  g_return_if_fail (FD_IS_INBOX_ROW (self));

  set_terms (self, terms);
  update (self);
}

/* What a list item factory's "bind" needs: one update for both. */
void
fd_inbox_row_bind (FdInboxRow         *self,
                   FdInboxItem        *item,
                   const char * const *terms)
{
  g_return_if_fail (FD_IS_INBOX_ROW (self));
  g_return_if_fail (!item || FD_IS_INBOX_ITEM (item));

  set_terms (self, terms);
  if (self->item != item)
    take_item (self, item);
  update (self);
}

/* What "unbind" needs: the row lets go of its item and keeps showing it
 * until the next bind, so that nothing is laid out twice. */
void
fd_inbox_row_unbind (FdInboxRow *self)
{
  g_return_if_fail (FD_IS_INBOX_ROW (self));

  release_item (self);
}

char *
fd_inbox_row_dup_text (FdInboxRow *self)
{
  GString *text;

  g_return_val_if_fail (FD_IS_INBOX_ROW (self), NULL);

  if (!self->has_message)
    return NULL;

  text = g_string_new (pango_layout_get_text (self->author));
  if (self->show_subject)
    g_string_append_printf (text, "\n%s", pango_layout_get_text (self->subject));
  g_string_append_printf (text, "\n%s", pango_layout_get_text (self->snippet));

  return g_string_free (text, FALSE);
}

char *
fd_inbox_row_dup_waiting (FdInboxRow *self)
{
  g_return_val_if_fail (FD_IS_INBOX_ROW (self), NULL);

  return self->has_message ? g_strdup (pango_layout_get_text (self->waiting)) : NULL;
}

static guint
count_highlights (PangoLayout *layout)
{
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  g_autoptr(GSList) list = NULL;
  guint n = 0;

  if (attrs == NULL)
    return 0;

  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_BACKGROUND)
        n++;
      pango_attribute_destroy (attr);
    }

  return n;
}

guint
fd_inbox_row_get_n_highlights (FdInboxRow *self)
{
  guint n;

  g_return_val_if_fail (FD_IS_INBOX_ROW (self), 0);

  if (!self->has_message)
    return 0;

  n = count_highlights (self->author) + count_highlights (self->snippet);
  if (self->show_subject)
    n += count_highlights (self->subject);

  return n;
}

void
fd_inbox_row_set_targets (const FdReportSettings *settings)
{
  g_autoptr(FdBusinessHours) hours = NULL;

  g_clear_pointer (&targets, fd_report_settings_free);
  g_clear_pointer (&target_hours, fd_business_hours_free);
  if (settings == NULL || !(hours = fd_report_settings_make_hours (settings, NULL)))
    return;

  targets = fd_report_settings_copy (settings);
  target_hours = g_steal_pointer (&hours);
}

char *
fd_inbox_row_dup_target (FdInboxRow *self)
{
  g_return_val_if_fail (FD_IS_INBOX_ROW (self), NULL);

  return self->has_message && self->target_state != FD_TARGET_NONE
         ? g_strdup (target_text (self->target_state)) : NULL;
}
