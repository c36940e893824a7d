/* fd-message-bubble.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-message-bubble"

#include "config.h"

#include <glib/gi18n.h>

#include "fd-message-bubble.h"
#include "fd-text-utils.h"

struct _FdMessageBubble
{
  GtkWidget  parent_instance;

  FdMessage *message;

  GtkImage  *channel_icon;
  GtkLabel  *author_label;
  GtkLabel  *handle_label;
  GtkLabel  *lang_label;
  GtkLabel  *text_label;
  GtkImage  *status_icon;
  GtkLabel  *status_label;
  GtkLabel  *time_label;
};

G_DEFINE_FINAL_TYPE (FdMessageBubble, fd_message_bubble, GTK_TYPE_WIDGET)

static void
set_status (FdMessageBubble *self,
            const char      *icon_name,
            const char      *text,
            const char      *css_class)
{
  gtk_widget_set_visible (GTK_WIDGET (self->status_icon), icon_name != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);

  if (icon_name != NULL)
    gtk_image_set_from_icon_name (self->status_icon, icon_name);
  if (text != NULL)
    gtk_label_set_text (self->status_label, text);

  if (css_class != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), css_class);
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), css_class);
    }
}

static void
update_status (FdMessageBubble *self)
{
  int outbox = fd_message_get_outbox_state (self->message);

  switch (outbox)
    {
    case FD_OUTBOX_PENDING:
    case FD_OUTBOX_SENDING:
      set_status (self, "mail-send-symbolic", _("Waiting to send"), "dim-label");
      return;

    case FD_OUTBOX_FAILED:
      set_status (self, "dialog-error-symbolic", _("Could not be sent"), "error");
      return;

    case FD_OUTBOX_SENT:
      set_status (self, "object-select-symbolic", C_("message state", "Sent"), "dim-label");
      return;

    default:
      break;
    }

  if (fd_message_get_direction (self->message) == FD_DIRECTION_IN &&
      fd_message_get_state (self->message) >= FD_MESSAGE_STATE_ANSWERED)
    set_status (self, "mail-replied-symbolic", C_("message state", "Answered"), "dim-label");
  else
    set_status (self, NULL, NULL, NULL);
}

static void
fd_message_bubble_dispose (GObject *object)
{
  FdMessageBubble *self = (FdMessageBubble *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_MESSAGE_BUBBLE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->message);

  G_OBJECT_CLASS (fd_message_bubble_parent_class)->dispose (object);
}

static void
fd_message_bubble_class_init (FdMessageBubbleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_message_bubble_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fd-message-bubble.ui");
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, channel_icon);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, author_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, handle_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, lang_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, text_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, status_icon);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, status_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, time_label);

  gtk_widget_class_set_css_name (widget_class, "fdmessagebubble");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fd_message_bubble_init (FdMessageBubble *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fd_message_bubble_new (FdMessage          *message,
                       const char * const *terms)
{
  FdMessageBubble *self;
  PangoAttrList *attrs;
  g_autofree char *when = NULL;
  g_autofree char *lang = NULL;
  const char *name;
  const char *text;
  gboolean outgoing;

  g_return_val_if_fail (FD_IS_MESSAGE (message), NULL);

  self = g_object_new (FD_TYPE_MESSAGE_BUBBLE, NULL);
  self->message = g_object_ref (message);
  outgoing = fd_message_get_direction (message) == FD_DIRECTION_OUT;

  gtk_widget_add_css_class (GTK_WIDGET (self), outgoing ? "outgoing" : "incoming");
  gtk_widget_set_halign (GTK_WIDGET (self), outgoing ? GTK_ALIGN_END : GTK_ALIGN_START);

  name = fd_message_get_author_name (message);
  if (name == NULL || name[0] == '\0')
    name = fd_message_get_author_handle (message);
  gtk_label_set_text (self->author_label, outgoing ? _("You") : name);
  gtk_label_set_text (self->handle_label, outgoing ? "" : fd_message_get_author_handle (message));

  gtk_image_set_from_icon_name (self->channel_icon,
                                fd_channel_icon_name (fd_message_get_channel (message)));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->channel_icon),
                               fd_channel_display_name (fd_message_get_channel (message)));

  if (fd_message_get_lang (message) != NULL && fd_message_get_lang (message)[0] != '\0')
    {
      lang = g_utf8_strup (fd_message_get_lang (message), -1);
      gtk_label_set_text (self->lang_label, lang);
      gtk_widget_set_visible (GTK_WIDGET (self->lang_label), TRUE);
    }

  text = fd_message_get_text (message);
  gtk_label_set_text (self->text_label, text ? text : "");
  attrs = fd_text_highlight_attrs (text, terms);
  gtk_label_set_attributes (self->text_label, attrs);
  g_clear_pointer (&attrs, pango_attr_list_unref);

  when = fd_format_date_time (fd_message_get_created_at (message));
  gtk_label_set_text (self->time_label, when);

  update_status (self);

  if (fd_message_get_truncated (message))
    /* Translators: shown under a message that was too long to keep whole */
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->text_label),
                                 _("This message was too long and has been shortened."));

  return GTK_WIDGET (self);
}

FdMessage *
fd_message_bubble_get_message (FdMessageBubble *self)
{
  g_return_val_if_fail (FD_IS_MESSAGE_BUBBLE (self), NULL);

  return self->message;
}
