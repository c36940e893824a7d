/* fd-composer.c
 *
 * Drafts are written to the store half a second after the last keystroke,
 * when the conversation changes and when the composer goes away, so that
 * nothing typed is lost in a crash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-composer"

#include "config.h"

#include <glib/gi18n.h>

#include "fd-composer.h"
#include "fd-text-utils.h"

#define DRAFT_DELAY_MS 500

struct _FdComposer
{
  GtkWidget       parent_instance;

  FdStore        *store;
  FdMessage      *reply_to;
  gint64          conversation_id;
  guint           draft_source;
  guint           loading_draft : 1;

  GtkLabel       *hint_label;
  GtkTextView    *text_view;
  GtkCheckButton *private_check;
  GtkLabel       *error_label;
  GtkWidget      *send_button;
};

G_DEFINE_FINAL_TYPE (FdComposer, fd_composer, GTK_TYPE_WIDGET)

enum {
  SENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_buffer_text (FdComposer *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter begin, end;

  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  return gtk_text_buffer_get_text (buffer, &begin, &end, FALSE);
}

static void
update_actions (FdComposer *self)
{
  g_autofree char *text = dup_buffer_text (self);

  g_strstrip (text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.send",
                                 self->store != NULL && self->reply_to != NULL && text[0] != '\0');
}

static void
show_error (FdComposer *self,
            const char *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
write_draft (FdComposer *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->draft_source, g_source_remove);

  if (self->store == NULL || self->conversation_id == 0)
    return;

  text = dup_buffer_text (self);
  if (!fd_store_save_draft (self->store, self->conversation_id, text, &error))
    g_warning ("Could not save the draft: %s", error->message);
}

static gboolean
draft_timeout_cb (gpointer data)
{
  FdComposer *self = data;

  self->draft_source = 0;
  write_draft (self);

  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (FdComposer    *self,
                   GtkTextBuffer *buffer)
{
  update_actions (self);

  if (self->loading_draft || self->conversation_id == 0)
    return;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_source = g_timeout_add (DRAFT_DELAY_MS, draft_timeout_cb, self);
}

static void
send_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  FdComposer *self = FD_COMPOSER (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = dup_buffer_text (self);
  gint64 id;

  g_strstrip (text);
  if (self->store == NULL || self->reply_to == NULL || text[0] == '\0')
    return;

  id = fd_store_queue_reply (self->store,
                             fd_message_get_id (self->reply_to),
                             text,
                             gtk_check_button_get_active (self->private_check),
                             &error);
  if (id == 0)
    {
      /* Keep the text: nothing is lost, and the person can try again. */
      /* Translators: %s is the reason, from the store */
      g_autofree char *message = g_strdup_printf (_("The reply could not be queued: %s"),
                                                  error->message);
      show_error (self, message);
      return;
    }

  show_error (self, NULL);
  fd_composer_set_text (self, "");
  write_draft (self);

  g_signal_emit (self, signals[SENT], 0, id);
}

static void
fd_composer_dispose (GObject *object)
{
  FdComposer *self = (FdComposer *)object;
  GtkWidget *child;

  if (self->draft_source != 0)
    write_draft (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_COMPOSER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->reply_to);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fd_composer_parent_class)->dispose (object);
}

static gboolean
fd_composer_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (FD_COMPOSER (widget)->text_view));
}

static void
fd_composer_class_init (FdComposerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_composer_dispose;
  widget_class->grab_focus = fd_composer_grab_focus;

  signals[SENT] =
    g_signal_new ("sent",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fd-composer.ui");
  gtk_widget_class_bind_template_child (widget_class, FdComposer, hint_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, text_view);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, private_check);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, error_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, send_button);

  gtk_widget_class_install_action (widget_class, "composer.send", NULL, send_action);

  gtk_widget_class_set_css_name (widget_class, "fdcomposer");
}

static void
fd_composer_init (FdComposer *self)
{
  GtkEventController *shortcuts;
  GtkShortcutAction *action;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);

  /* The text view would take Ctrl+Enter as a new line: catch it first. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  action = gtk_named_action_new ("composer.send");
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                                          g_object_ref (action)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_CONTROL_MASK),
                                                          action));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  update_actions (self);
}

void
fd_composer_set_store (FdComposer *self,
                       FdStore    *store)
{
  g_return_if_fail (FD_IS_COMPOSER (self));

  g_set_object (&self->store, store);
  update_actions (self);
}

void
fd_composer_set_reply_to (FdComposer *self,
                          FdMessage  *message)
{
  g_autofree char *draft = NULL;
  g_autofree char *hint = NULL;
  g_autoptr(GError) error = NULL;
  gint64 conversation_id;
  const char *channel;

  g_return_if_fail (FD_IS_COMPOSER (self));
  g_return_if_fail (!message || FD_IS_MESSAGE (message));

  conversation_id = message ? fd_message_get_conversation_id (message) : 0;

  if (conversation_id != self->conversation_id)
    {
      if (self->draft_source != 0)
        write_draft (self);

      self->conversation_id = conversation_id;

      if (self->store != NULL && conversation_id != 0)
        draft = fd_store_get_draft (self->store, conversation_id, &error);
      if (error != NULL)
        g_warning ("Could not load the draft: %s", error->message);

      self->loading_draft = TRUE;
      fd_composer_set_text (self, draft ? draft : "");
      self->loading_draft = FALSE;
      show_error (self, NULL);
      gtk_check_button_set_active (self->private_check, FALSE);
    }

  g_set_object (&self->reply_to, message);

  channel = message ? fd_message_get_channel (message) : NULL;
  if (message != NULL)
    hint = fd_format_reply_hint (channel, fd_message_get_author_handle (message));
  gtk_label_set_text (self->hint_label, hint ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->private_check),
                          channel != NULL && g_strcmp0 (channel, "email") != 0);

  update_actions (self);
}

void
fd_composer_save_draft (FdComposer *self)
{
  g_return_if_fail (FD_IS_COMPOSER (self));

  if (self->draft_source != 0)
    write_draft (self);
}

void
fd_composer_set_text (FdComposer *self,
                      const char *text)
{
  g_return_if_fail (FD_IS_COMPOSER (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text ? text : "", -1);
}

char *
fd_composer_dup_text (FdComposer *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER (self), NULL);

  return dup_buffer_text (self);
}

void
fd_composer_focus (FdComposer *self)
{
  g_return_if_fail (FD_IS_COMPOSER (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}
