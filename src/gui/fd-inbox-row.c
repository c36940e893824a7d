/* fd-inbox-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-inbox-row"

#include "config.h"

#include <stdarg.h>

#include <glib/gi18n.h>

#include "fd-inbox-row.h"
#include "fd-text-utils.h"

struct _FdInboxRow
{
  GtkWidget    parent_instance;

  FdInboxItem *item;
  gulong       notify_message_id;
  char       **terms;
  /* The channels the group icons show, to rebuild them only on a change. */
  char       **group_channels;

  GtkImage    *channel_icon;
  /* GtkInscription, made for list rows: its size does not depend on its
   * text, so binding a row neither measures nor shapes text for layout. */
  GtkInscription *author_label;
  GtkWidget   *failed_icon;
  GtkLabel    *repeat_label;
  GtkLabel    *lang_label;
  GtkLabel    *waiting_label;
  GtkInscription *subject_label;
  GtkInscription *snippet_label;
  /* Made on first use: few rows need them. */
  GtkWidget   *group_box;
  GtkLabel    *group_label;
  GtkWidget   *group_icons;

  /* The state the CSS classes show, so that a bind only touches the
   * classes when it changes (each change restyles the row). */
  guint        state_known : 1;
  guint        unanswered : 1;
  guint        outgoing : 1;
};

G_DEFINE_FINAL_TYPE (FdInboxRow, fd_inbox_row, GTK_TYPE_WIDGET)

#define N_COLUMNS 6

static gboolean query_tooltip_cb (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard_mode,
                                  GtkTooltip *tooltip,
                                  FdInboxRow *self);

static void
set_text_highlighted (FdInboxRow     *self,
                      GtkInscription *inscription,
                      const char     *text)
{
  PangoAttrList *attrs = NULL;

  gtk_inscription_set_text (inscription, text);

  /* Setting attributes always lays the text out again: skip it in the
   * usual case, no search and nothing highlighted before. */
  if (self->terms != NULL && text != NULL)
    attrs = fd_text_highlight_attrs (text, (const char * const *)self->terms);
  if (attrs != NULL || gtk_inscription_get_attributes (inscription) != NULL)
    gtk_inscription_set_attributes (inscription, attrs);
  g_clear_pointer (&attrs, pango_attr_list_unref);
}

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

static const char *
author_name (FdMessage *message)
{
  const char *name = fd_message_get_author_name (message);

  if (name == NULL || name[0] == '\0')
    name = fd_message_get_author_handle (message);
  return name;
}

static void
set_state_classes (FdInboxRow *self,
                   gboolean    unanswered,
                   gboolean    outgoing)
{
  GtkWidget *widget = GTK_WIDGET (self);

  unanswered = !!unanswered;
  outgoing = !!outgoing;

  if (!self->state_known || self->unanswered != unanswered)
    {
      if (unanswered)
        {
          gtk_widget_add_css_class (widget, "unanswered");
          gtk_widget_remove_css_class (GTK_WIDGET (self->waiting_label), "dim-label");
          gtk_widget_add_css_class (GTK_WIDGET (self->waiting_label), "accent");
        }
      else
        {
          gtk_widget_remove_css_class (widget, "unanswered");
          gtk_widget_remove_css_class (GTK_WIDGET (self->waiting_label), "accent");
          gtk_widget_add_css_class (GTK_WIDGET (self->waiting_label), "dim-label");
        }
      self->unanswered = unanswered;
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

static void
set_icon_name (GtkImage   *image,
               const char *icon_name)
{
  /* gtk_image_set_from_icon_name() clears the image first, even for the
   * same name. */
  if (gtk_image_get_storage_type (image) != GTK_IMAGE_ICON_NAME ||
      g_strcmp0 (gtk_image_get_icon_name (image), icon_name) != 0)
    gtk_image_set_from_icon_name (image, icon_name);
}

static void
clear_row (FdInboxRow *self)
{
  gtk_inscription_set_text (self->author_label, NULL);
  gtk_inscription_set_text (self->subject_label, NULL);
  gtk_inscription_set_text (self->snippet_label, NULL);
  gtk_label_set_text (self->waiting_label, "");
  gtk_image_clear (self->channel_icon);
  gtk_widget_set_visible (self->failed_icon, FALSE);
  if (self->repeat_label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->repeat_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->lang_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->subject_label), FALSE);
  if (self->group_box != NULL)
    gtk_widget_set_visible (self->group_box, FALSE);
  set_state_classes (self, FALSE, FALSE);
}

static void
attach_child (FdInboxRow *self,
              GtkWidget  *child,
              GtkWidget  *previous_sibling,
              int         column,
              int         row,
              int         column_span)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkGridLayoutChild *layout_child;

  gtk_widget_insert_after (child, GTK_WIDGET (self), previous_sibling);
  layout_child = GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (layout, child));
  gtk_grid_layout_child_set_column (layout_child, column);
  gtk_grid_layout_child_set_row (layout_child, row);
  gtk_grid_layout_child_set_column_span (layout_child, column_span);
}

/* Tooltips are computed when asked for (query_tooltip_cb), not at bind. */
static void
ask_for_tooltip (FdInboxRow *self,
                 GtkWidget  *widget)
{
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
}

static GtkLabel *
ensure_repeat_label (FdInboxRow *self)
{
  GtkWidget *label;

  if (self->repeat_label != NULL)
    return self->repeat_label;

  label = gtk_label_new (NULL);
  gtk_widget_add_css_class (label, "badge");
  gtk_widget_add_css_class (label, "repeat");
  ask_for_tooltip (self, label);
  attach_child (self, label, self->failed_icon, 3, 0, 1);
  self->repeat_label = GTK_LABEL (label);

  return self->repeat_label;
}

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
  attach_child (self, self->group_box, gtk_widget_get_last_child (GTK_WIDGET (self)), 0, 3, N_COLUMNS);
}

/* A row standing for a repeat group: "Posted 4 times" and where. */
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

/* Tooltips are not set when binding: in GTK 4.8 every
 * gtk_widget_set_tooltip_text() on a visible widget runs a tooltip query,
 * with text layout, at the pointer. They are filled in here, on demand. */
static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  FdInboxRow *self)
{
  FdMessage *message = get_message (self);

  if (message == NULL)
    return FALSE;

  if (widget == GTK_WIDGET (self->author_label))
    {
      const char *handle = fd_message_get_author_handle (message);

      if (handle == NULL || handle[0] == '\0')
        return FALSE;
      gtk_tooltip_set_text (tooltip, handle);
    }
  else if (widget == GTK_WIDGET (self->channel_icon))
    {
      gtk_tooltip_set_text (tooltip, fd_channel_display_name (fd_message_get_channel (message)));
    }
  else if (widget == GTK_WIDGET (self->waiting_label))
    {
      g_autofree char *when = fd_format_date_time (fd_message_get_created_at (message));

      gtk_tooltip_set_text (tooltip, when);
    }
  else if (widget == GTK_WIDGET (self->repeat_label))
    {
      guint repeats = fd_message_get_repeat_count (message);
      g_autofree char *text = NULL;

      /* Translators: tooltip of the "×4" badge */
      text = g_strdup_printf (ngettext ("Posted %u time by this customer",
                                        "Posted %u times by this customer",
                                        repeats),
                              repeats);
      gtk_tooltip_set_text (tooltip, text);
    }
  else
    return FALSE;

  return TRUE;
}

static void
update (FdInboxRow *self)
{
  FdMessage *message = get_message (self);
  g_autofree char *snippet = NULL;
  g_autofree char *waiting = NULL;
  g_autofree char *a11y = NULL;
  const char *name;
  const char *subject;
  const char *channel;
  const char *lang;
  const char * const *group_channels;
  gboolean unanswered;
  guint repeats;
  gint64 age;

  if (message == NULL)
    {
      clear_row (self);
      return;
    }

  channel = fd_message_get_channel (message);
  name = author_name (message);
  unanswered = is_unanswered (message);
  repeats = fd_message_get_repeat_count (message);
  group_channels = fd_inbox_item_get_group_channels (self->item);

  set_text_highlighted (self, self->author_label, name);
  set_icon_name (self->channel_icon, fd_channel_icon_name (channel));

  subject = fd_message_get_subject (message);
  gtk_widget_set_visible (GTK_WIDGET (self->subject_label), subject != NULL && subject[0] != '\0');
  set_text_highlighted (self, self->subject_label, subject);

  snippet = fd_message_dup_snippet (message);
  set_text_highlighted (self, self->snippet_label, snippet);

  age = g_get_real_time () / G_USEC_PER_SEC - fd_message_get_created_at (message);
  waiting = fd_format_waiting (MAX (age, 0));
  gtk_label_set_text (self->waiting_label, waiting);

  lang = fd_message_get_lang (message);
  if (lang != NULL && lang[0] != '\0')
    {
      g_autofree char *upper = g_utf8_strup (lang, -1);

      gtk_label_set_text (self->lang_label, upper);
      gtk_widget_set_visible (GTK_WIDGET (self->lang_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->lang_label), FALSE);

  update_group (self, repeats, group_channels);

  if (repeats > 1 && group_channels == NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: a badge on a message posted several times, e.g. "×4" */
      text = g_strdup_printf (C_("repeat count", "×%u"), repeats);
      gtk_label_set_text (ensure_repeat_label (self), text);
      gtk_widget_set_visible (GTK_WIDGET (self->repeat_label), TRUE);
    }
  else if (self->repeat_label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->repeat_label), FALSE);

  gtk_widget_set_visible (self->failed_icon,
                          fd_message_get_outbox_state (message) == FD_OUTBOX_FAILED);

  set_state_classes (self, unanswered, fd_message_get_direction (message) == FD_DIRECTION_OUT);

  if (unanswered)
    /* Translators: read by screen readers for an inbox row: author, channel,
     * waiting time, text */
    a11y = g_strdup_printf (_("%s on %s, waiting %s, unanswered: %s"),
                            name, fd_channel_display_name (channel), waiting, snippet);
  else
    /* Translators: read by screen readers for an inbox row: author, channel,
     * age, text */
    a11y = g_strdup_printf (_("%s on %s, %s ago: %s"),
                            name, fd_channel_display_name (channel), waiting, snippet);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y,
                                  -1);
}

static void
item_notify_message_cb (FdInboxRow  *self,
                        GParamSpec  *pspec,
                        FdInboxItem *item)
{
  update (self);
}

/* Drops the item without touching the widgets: an unbound row is not
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
  GtkWidget *child;

  release_item (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fd_inbox_row_parent_class)->dispose (object);
}

static void
fd_inbox_row_finalize (GObject *object)
{
  FdInboxRow *self = (FdInboxRow *)object;

  g_clear_pointer (&self->terms, g_strfreev);
  g_clear_pointer (&self->group_channels, g_strfreev);

  G_OBJECT_CLASS (fd_inbox_row_parent_class)->finalize (object);
}

static void
fd_inbox_row_class_init (FdInboxRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_inbox_row_dispose;
  object_class->finalize = fd_inbox_row_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "fdinboxrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* Appends @child at @column, @row of the row's grid, @span columns wide,
 * with the CSS classes that follow (NULL-terminated). */
static GtkWidget *
add_child (FdInboxRow *self,
           GtkWidget  *child,
           int         column,
           int         row,
           int         span,
           const char *css_class,
           ...)
{
  va_list args;

  attach_child (self, child, gtk_widget_get_last_child (GTK_WIDGET (self)), column, row, span);

  va_start (args, css_class);
  for (const char *name = css_class; name != NULL; name = va_arg (args, const char *))
    gtk_widget_add_css_class (child, name);
  va_end (args);

  return child;
}

static GtkInscription *
new_inscription (void)
{
  GtkInscription *inscription = GTK_INSCRIPTION (gtk_inscription_new (NULL));

  gtk_inscription_set_text_overflow (inscription, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  return inscription;
}

/* A list keeps a couple of hundred rows: each is one grid of the fewest
 * widgets, built in code (a template is parsed for every row). The
 * unanswered dot is drawn by CSS; the repeat badge (column 3) and the
 * group line (row 3) are made only for rows that need them. */
static void
fd_inbox_row_init (FdInboxRow *self)
{
  GtkGridLayout *layout = GTK_GRID_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));

  gtk_grid_layout_set_column_spacing (layout, 6);
  gtk_grid_layout_set_row_spacing (layout, 2);
  gtk_widget_add_css_class (GTK_WIDGET (self), "inbox-row");

  self->channel_icon = GTK_IMAGE (add_child (self, gtk_image_new (), 0, 0, 1, "dim-label", NULL));
  ask_for_tooltip (self, GTK_WIDGET (self->channel_icon));

  self->author_label = new_inscription ();
  add_child (self, GTK_WIDGET (self->author_label), 1, 0, 1, "author", NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->author_label), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->author_label), GTK_ALIGN_CENTER);
  ask_for_tooltip (self, GTK_WIDGET (self->author_label));

  self->failed_icon = add_child (self, gtk_image_new_from_icon_name ("dialog-error-symbolic"),
                                    2, 0, 1, "error", NULL);
  gtk_widget_set_visible (self->failed_icon, FALSE);
  gtk_widget_set_tooltip_text (self->failed_icon, _("The reply could not be sent"));

  self->lang_label = GTK_LABEL (add_child (self, gtk_label_new (NULL), 4, 0, 1, "badge", NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->lang_label), FALSE);

  self->waiting_label = GTK_LABEL (add_child (self, gtk_label_new (NULL), 5, 0, 1,
                                                 "caption", "numeric", "waiting", NULL));
  gtk_label_set_width_chars (self->waiting_label, 5);
  gtk_label_set_xalign (self->waiting_label, 1);
  ask_for_tooltip (self, GTK_WIDGET (self->waiting_label));

  self->subject_label = new_inscription ();
  add_child (self, GTK_WIDGET (self->subject_label), 0, 1, 6, "subject", NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->subject_label), FALSE);

  self->snippet_label = new_inscription ();
  add_child (self, GTK_WIDGET (self->snippet_label), 0, 2, 6, "dim-label", "snippet", NULL);
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
fd_inbox_row_set_item (FdInboxRow  *self,
                       FdInboxItem *item)
{
  g_return_if_fail (FD_IS_INBOX_ROW (self));
  g_return_if_fail (!item || FD_IS_INBOX_ITEM (item));

  if (self->item == item)
    return;

  take_item (self, item);
  update (self);
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
