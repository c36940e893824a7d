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
  char       **terms;

  GtkWidget   *dot;
  GtkImage    *channel_icon;
  GtkLabel    *author_label;
  GtkWidget   *failed_icon;
  GtkLabel    *repeat_label;
  GtkLabel    *lang_label;
  GtkLabel    *waiting_label;
  GtkLabel    *subject_label;
  GtkLabel    *snippet_label;
};

G_DEFINE_FINAL_TYPE (FdInboxRow, fd_inbox_row, GTK_TYPE_WIDGET)

static void
set_label_highlighted (FdInboxRow *self,
                       GtkLabel   *label,
                       const char *text)
{
  PangoAttrList *attrs;

  gtk_label_set_text (label, text ? text : "");
  attrs = fd_text_highlight_attrs (text, (const char * const *)self->terms);
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
  gtk_widget_remove_css_class (GTK_WIDGET (self), "unanswered");
}

static void
update (FdInboxRow *self)
{
  FdMessage *message = self->item ? fd_inbox_item_get_message (self->item) : NULL;
  g_autofree char *snippet = NULL;
  g_autofree char *waiting = NULL;
  g_autofree char *when = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *a11y = NULL;
  const char *name;
  const char *subject;
  const char *channel;
  gboolean unanswered;
  guint repeats;
  gint64 age;

  if (message == NULL)
    {
      clear_row (self);
      return;
    }

  channel = fd_message_get_channel (message);
  name = fd_message_get_author_name (message);
  if (name == NULL || name[0] == '\0')
    name = fd_message_get_author_handle (message);
  unanswered = is_unanswered (message);
  repeats = fd_message_get_repeat_count (message);

  set_label_highlighted (self, self->author_label, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->author_label),
                               fd_message_get_author_handle (message));

  gtk_image_set_from_icon_name (self->channel_icon, fd_channel_icon_name (channel));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->channel_icon), fd_channel_display_name (channel));

  subject = fd_message_get_subject (message);
  gtk_widget_set_visible (GTK_WIDGET (self->subject_label), subject != NULL && subject[0] != '\0');
  set_label_highlighted (self, self->subject_label, subject);

  snippet = fd_message_dup_snippet (message);
  set_label_highlighted (self, self->snippet_label, snippet);

  age = g_get_real_time () / G_USEC_PER_SEC - fd_message_get_created_at (message);
  waiting = fd_format_waiting (MAX (age, 0));
  gtk_label_set_text (self->waiting_label, waiting);
  when = fd_format_date_time (fd_message_get_created_at (message));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->waiting_label), when);

  if (fd_message_get_lang (message) != NULL && fd_message_get_lang (message)[0] != '\0')
    {
      lang = g_utf8_strup (fd_message_get_lang (message), -1);
      gtk_label_set_text (self->lang_label, lang);
      gtk_widget_set_visible (GTK_WIDGET (self->lang_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->lang_label), FALSE);

  if (repeats > 1)
    {
      g_autofree char *text = NULL;
      g_autofree char *tooltip = NULL;

      /* Translators: a badge on a message posted several times, e.g. "×4" */
      text = g_strdup_printf (C_("repeat count", "×%u"), repeats);
      /* Translators: tooltip of the "×4" badge */
      tooltip = g_strdup_printf (ngettext ("Posted %u time by this customer",
                                           "Posted %u times by this customer",
                                           repeats),
                                 repeats);
      gtk_label_set_text (self->repeat_label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->repeat_label), tooltip);
      gtk_widget_set_visible (GTK_WIDGET (self->repeat_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->repeat_label), FALSE);

  gtk_widget_set_visible (self->failed_icon,
                          fd_message_get_outbox_state (message) == FD_OUTBOX_FAILED);

  gtk_widget_set_visible (self->dot, unanswered);
  if (unanswered)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "unanswered");
      gtk_widget_add_css_class (GTK_WIDGET (self->waiting_label), "accent");
      gtk_widget_remove_css_class (GTK_WIDGET (self->waiting_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "unanswered");
      gtk_widget_remove_css_class (GTK_WIDGET (self->waiting_label), "accent");
      gtk_widget_add_css_class (GTK_WIDGET (self->waiting_label), "dim-label");
    }

  if (fd_message_get_direction (message) == FD_DIRECTION_OUT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "outgoing");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "outgoing");

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

static void
fd_inbox_row_dispose (GObject *object)
{
  FdInboxRow *self = (FdInboxRow *)object;
  GtkWidget *child;

  fd_inbox_row_set_item (self, NULL);
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

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, item_notify_message_cb, self);

  g_set_object (&self->item, item);

  if (self->item != NULL)
    g_signal_connect_object (self->item, "notify::message",
                             G_CALLBACK (item_notify_message_cb), self,
                             G_CONNECT_SWAPPED);

  update (self);
}

void
fd_inbox_row_set_terms (FdInboxRow         *self,
                        const char * const *terms)
{
  g_return_if_fail (FD_IS_INBOX_ROW (self));

  g_clear_pointer (&self->terms, g_strfreev);
  self->terms = g_strdupv ((char **)terms);
  update (self);
}
