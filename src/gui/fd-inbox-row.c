/* fd-inbox-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-inbox-row"

#include "config.h"

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

  GtkWidget   *dot;
  GtkImage    *channel_icon;
  GtkLabel    *author_label;
  GtkWidget   *failed_icon;
  GtkLabel    *repeat_label;
  GtkLabel    *lang_label;
  GtkLabel    *waiting_label;
  GtkLabel    *subject_label;
  GtkLabel    *snippet_label;
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

static void
set_label_highlighted (FdInboxRow *self,
                       GtkLabel   *label,
                       const char *text)
{
  PangoAttrList *attrs = NULL;

  gtk_label_set_text (label, text ? text : "");

  /* Setting attributes always lays the label out again: skip it in the
   * usual case, no search and nothing highlighted before. */
  if (self->terms != NULL)
    attrs = fd_text_highlight_attrs (text, (const char * const *)self->terms);
  if (attrs != NULL || gtk_label_get_attributes (label) != NULL)
    gtk_label_set_attributes (label, attrs);
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
  gtk_label_set_text (self->author_label, "");
  gtk_label_set_text (self->subject_label, "");
  gtk_label_set_text (self->snippet_label, "");
  gtk_label_set_text (self->waiting_label, "");
  gtk_image_clear (self->channel_icon);
  gtk_widget_set_visible (self->failed_icon, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->repeat_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->lang_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->subject_label), FALSE);
  gtk_widget_set_visible (self->dot, FALSE);
  gtk_widget_set_visible (self->group_box, FALSE);
  set_state_classes (self, FALSE, FALSE);
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
      gtk_widget_set_visible (self->group_box, FALSE);
      return;
    }

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

  set_label_highlighted (self, self->author_label, name);
  set_icon_name (self->channel_icon, fd_channel_icon_name (channel));

  subject = fd_message_get_subject (message);
  gtk_widget_set_visible (GTK_WIDGET (self->subject_label), subject != NULL && subject[0] != '\0');
  set_label_highlighted (self, self->subject_label, subject);

  snippet = fd_message_dup_snippet (message);
  set_label_highlighted (self, self->snippet_label, snippet);

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
      gtk_label_set_text (self->repeat_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->repeat_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->repeat_label), FALSE);

  gtk_widget_set_visible (self->failed_icon,
                          fd_message_get_outbox_state (message) == FD_OUTBOX_FAILED);

  gtk_widget_set_visible (self->dot, unanswered);
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
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_INBOX_ROW);
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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fd-inbox-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdInboxRow, dot);
  gtk_widget_class_bind_template_child (widget_class, FdInboxRow, channel_icon);
  gtk_widget_class_bind_template_child (widget_class, FdInboxRow, author_label);
  gtk_widget_class_bind_template_child (widget_class, FdInboxRow, failed_icon);
  gtk_widget_class_bind_template_child (widget_class, FdInboxRow, repeat_label);
  gtk_widget_class_bind_template_child (widget_class, FdInboxRow, lang_label);
  gtk_widget_class_bind_template_child (widget_class, FdInboxRow, waiting_label);
  gtk_widget_class_bind_template_child (widget_class, FdInboxRow, subject_label);
  gtk_widget_class_bind_template_child (widget_class, FdInboxRow, snippet_label);
  gtk_widget_class_bind_template_child (widget_class, FdInboxRow, group_box);
  gtk_widget_class_bind_template_child (widget_class, FdInboxRow, group_label);
  gtk_widget_class_bind_template_child (widget_class, FdInboxRow, group_icons);
  gtk_widget_class_bind_template_callback (widget_class, query_tooltip_cb);

  gtk_widget_class_set_css_name (widget_class, "fdinboxrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fd_inbox_row_init (FdInboxRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
