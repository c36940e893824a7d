/* fd-message-bubble.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-message-bubble"

#include "config.h"

#include <glib/gi18n.h>

#include "fd-channel.h"
#include "fd-language.h"
#include "fd-mail-quote.h"
#include "fd-message-bubble.h"
#include "fd-text-utils.h"

struct _FdMessageBubble
{
  GtkWidget  parent_instance;

  FdMessage *message;
  char     **terms;

  FdTranslationManager *manager;
  char      *to;
  char      *translation;
  GCancellable *cancellable;
  const char *translation_state;
  gboolean   show_original;
  char      *full_text;      /* what set_text() was given last */
  char      *written_text;   /* our reply as written, before translation */
  char      *written_lang;

  GtkImage  *channel_icon;
  GtkLabel  *author_label;
  GtkLabel  *handle_label;
  GtkLabel  *lang_label;
  GtkLabel  *text_label;
  GtkWidget *quote_button;
  GtkImage  *status_icon;
  GtkLabel  *status_label;
  GtkLabel  *time_label;
  GtkWidget *translation_box;
  GtkSpinner *translation_spinner;
  GtkLabel  *translation_label;
  GtkWidget *original_button;
  GtkWidget *translation_retry_button;
  GtkWidget *outbox_box;
  GtkLabel  *outbox_error_label;
  GtkWidget *retry_button;
  GtkWidget *arrived_button;
  GtkWidget *edit_button;
  GtkWidget *discard_button;
};

G_DEFINE_FINAL_TYPE (FdMessageBubble, fd_message_bubble, GTK_TYPE_WIDGET)

enum {
  TRANSLATION_UNAVAILABLE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

    case FD_OUTBOX_UNSURE:
      set_status (self, "dialog-question-symbolic", _("May have been sent"), "warning");
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

static gboolean
has_matches (FdMessageBubble *self,
             const char      *text)
{
  g_autoptr(GArray) matches = NULL;

  if (self->terms == NULL || text == NULL)
    return FALSE;
  matches = fd_text_find_matches (text, (const char * const *)self->terms);
  return matches != NULL && matches->len > 0;
}

/* An email's quoted text and signature are folded behind "…", unless
 * what was searched for is only there. */
static void
set_text (FdMessageBubble *self,
          const char      *text)
{
  g_autofree char *new_text = NULL;
  PangoAttrList *attrs;
  const char *shown;

  if (text == NULL)
    text = "";
  if (text != self->full_text)
    {
      g_free (self->full_text);
      self->full_text = g_strdup (text);
    }

  /* Mail quotes what it answers: the quote folds away. */
  if (fd_channel_has (fd_message_get_channel (self->message), FD_CHANNEL_MAIL))
    new_text = fd_mail_quote_dup_new_text (self->full_text);

  if (new_text != NULL && !gtk_widget_get_visible (self->quote_button) &&
      has_matches (self, self->full_text) && !has_matches (self, new_text))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->quote_button), TRUE);
  gtk_widget_set_visible (self->quote_button, new_text != NULL);

  shown = new_text != NULL && !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->quote_button))
          ? new_text : self->full_text;
  gtk_label_set_text (self->text_label, shown);
  attrs = fd_text_highlight_attrs (shown, (const char * const *)self->terms);
  gtk_label_set_attributes (self->text_label, attrs);
  g_clear_pointer (&attrs, pango_attr_list_unref);
}

static void
quote_toggled_cb (FdMessageBubble *self)
{
  gboolean shown = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->quote_button));

  gtk_widget_set_tooltip_text (self->quote_button, shown ? _("Hide Quoted Text") : _("Show Quoted Text"));
  if (self->full_text != NULL)
    set_text (self, self->full_text);
}

static void
update_translation (FdMessageBubble *self)
{
  const char *lang = fd_message_get_lang (self->message);
  const char *name = fd_language_get_name (lang);
  g_autofree char *label = NULL;
  gboolean translated = g_strcmp0 (self->translation_state, "translated") == 0 ||
                        g_strcmp0 (self->translation_state, "original") == 0 ||
                        g_strcmp0 (self->translation_state, "sent") == 0 ||
                        g_strcmp0 (self->translation_state, "written") == 0;

  /* No engine has the pair: the language badge says what the message is
   * in, and the conversation says once that it cannot be translated. */
  gtk_widget_set_visible (self->translation_box,
                          self->translation_state != NULL &&
                          g_strcmp0 (self->translation_state, "unavailable") != 0);
  if (self->translation_state == NULL)
    return;

  gtk_spinner_set_spinning (self->translation_spinner,
                            g_strcmp0 (self->translation_state, "translating") == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->translation_spinner),
                          g_strcmp0 (self->translation_state, "translating") == 0);
  gtk_widget_set_visible (self->original_button, translated);
  gtk_widget_set_visible (self->translation_retry_button,
                          g_strcmp0 (self->translation_state, "failed") == 0);

  if (g_strcmp0 (self->translation_state, "translating") == 0)
    /* Translators: %s is a language, e.g. "Translating from Spanish…" */
    label = g_strdup_printf (_("Translating from %s…"), name);
  else if (g_strcmp0 (self->translation_state, "translated") == 0)
    /* Translators: under a message shown in translation; %s is a language */
    label = g_strdup_printf (_("Translated from %s"), name);
  else if (g_strcmp0 (self->translation_state, "original") == 0)
    /* Translators: under a message shown as written; %s is a language */
    label = g_strdup_printf (_("Original in %s"), name);
  else if (g_strcmp0 (self->translation_state, "sent") == 0)
    /* Translators: under our reply, shown as the customer got it; the
     * first %s is their language, the second the one it was written in */
    label = g_strdup_printf (_("Sent in %s, written in %s"), name, fd_language_get_name (self->written_lang));
  else if (g_strcmp0 (self->translation_state, "written") == 0)
    /* Translators: under our reply, shown as it was written; the first %s
     * is the language it was written in, the second the customer's */
    label = g_strdup_printf (_("Written in %s, sent in %s"), fd_language_get_name (self->written_lang), name);

  if (label != NULL)
    {
      gtk_label_set_text (self->translation_label, label);
      gtk_widget_remove_css_class (GTK_WIDGET (self->translation_label), "error");
    }

  if (g_strcmp0 (self->translation_state, "sent") == 0)
    gtk_button_set_label (GTK_BUTTON (self->original_button), _("Show What You Wrote"));
  else if (g_strcmp0 (self->translation_state, "written") == 0)
    gtk_button_set_label (GTK_BUTTON (self->original_button), _("Show What Was Sent"));
  else
    gtk_button_set_label (GTK_BUTTON (self->original_button),
                          g_strcmp0 (self->translation_state, "original") == 0
                            ? _("Show Translation") : _("Show Original"));

  if (g_strcmp0 (self->translation_state, "translated") == 0)
    set_text (self, self->translation);
  else if (g_strcmp0 (self->translation_state, "written") == 0)
    set_text (self, self->written_text);
  else
    set_text (self, fd_message_get_text (self->message));
}

static void translate (FdMessageBubble *self);

static void
translated_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FdMessageBubble) self = user_data;
  g_autoptr(FdTranslation) translation = NULL;
  g_autoptr(GError) error = NULL;

  translation = fd_translation_manager_translate_finish (FD_TRANSLATION_MANAGER (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NO_PAIR))
    {
      self->translation_state = "unavailable";
      update_translation (self);
      g_signal_emit (self, signals[TRANSLATION_UNAVAILABLE], 0,
                     fd_message_get_lang (self->message), error->message);
      return;
    }

  if (translation == NULL)
    {
      /* Translators: %s says why, e.g. "No engine translates Catalan into English." */
      g_autofree char *text = g_strdup_printf (_("Translation unavailable: %s"), error->message);

      self->translation_state = "failed";
      update_translation (self);
      gtk_label_set_text (self->translation_label, text);
      gtk_widget_add_css_class (GTK_WIDGET (self->translation_label), "error");
      return;
    }

  g_free (self->translation);
  self->translation = g_strdup (translation->text);
  self->translation_state = self->show_original ? "original" : "translated";
  update_translation (self);
}

static void
translate (FdMessageBubble *self)
{
  self->translation_state = "translating";
  update_translation (self);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  fd_translation_manager_translate_message_async (self->manager,
                                                  fd_message_get_id (self->message),
                                                  self->to,
                                                  self->cancellable,
                                                  translated_cb,
                                                  g_object_ref (self));
}

static void
original_clicked_cb (FdMessageBubble *self)
{
  if (self->written_text != NULL)
    {
      self->translation_state = g_strcmp0 (self->translation_state, "written") == 0 ? "sent" : "written";
      update_translation (self);
      return;
    }

  self->show_original = !self->show_original;
  self->translation_state = self->show_original ? "original" : "translated";
  update_translation (self);
}

static void
translation_retry_clicked_cb (FdMessageBubble *self)
{
  if (self->manager != NULL)
    translate (self);
}

static void
fd_message_bubble_dispose (GObject *object)
{
  FdMessageBubble *self = (FdMessageBubble *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->manager);

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_MESSAGE_BUBBLE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->message);

  G_OBJECT_CLASS (fd_message_bubble_parent_class)->dispose (object);
}

static void
fd_message_bubble_finalize (GObject *object)
{
  FdMessageBubble *self = (FdMessageBubble *)object;

  g_clear_pointer (&self->terms, g_strfreev);
  g_clear_pointer (&self->to, g_free);
  g_clear_pointer (&self->translation, g_free);
  g_clear_pointer (&self->full_text, g_free);
  g_clear_pointer (&self->written_text, g_free);
  g_clear_pointer (&self->written_lang, g_free);

  G_OBJECT_CLASS (fd_message_bubble_parent_class)->finalize (object);
}

static void
fd_message_bubble_class_init (FdMessageBubbleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_message_bubble_dispose;
  object_class->finalize = fd_message_bubble_finalize;

  /* No engine translates the message's language (the first argument)
   * into the user's; the second says so in detail. */
  signals[TRANSLATION_UNAVAILABLE] =
    g_signal_new ("translation-unavailable",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/conversation/fd-message-bubble.ui");
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, channel_icon);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, author_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, handle_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, lang_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, text_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, quote_button);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, status_icon);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, status_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, time_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, translation_box);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, translation_spinner);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, translation_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, original_button);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, translation_retry_button);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, outbox_box);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, outbox_error_label);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, retry_button);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, arrived_button);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, edit_button);
  gtk_widget_class_bind_template_child (widget_class, FdMessageBubble, discard_button);
  gtk_widget_class_bind_template_callback (widget_class, original_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, quote_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, translation_retry_clicked_cb);

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
  g_autofree char *when = NULL;
  g_autofree char *lang = NULL;
  const char *name;
  const char *text;
  gboolean outgoing;

  g_return_val_if_fail (FD_IS_MESSAGE (message), NULL);

  self = g_object_new (FD_TYPE_MESSAGE_BUBBLE, NULL);
  self->message = g_object_ref (message);
  self->terms = g_strdupv ((char **)terms);
  outgoing = fd_message_get_direction (message) == FD_DIRECTION_OUT;

  gtk_widget_add_css_class (GTK_WIDGET (self), outgoing ? "outgoing" : "incoming");
  gtk_widget_set_halign (GTK_WIDGET (self), outgoing ? GTK_ALIGN_END : GTK_ALIGN_START);

  name = fd_message_get_author_name (message);
  if (name == NULL || name[0] == '\0')
    name = fd_message_get_author_handle (message);
  gtk_label_set_text (self->author_label, outgoing ? _("You") : name);
  if (outgoing && fd_message_get_recipient_name (message) != NULL)
    {
      /* Translators: after "You" on a reply of ours, whom it went to */
      g_autofree char *to = g_strdup_printf (C_("reply recipient", "to %s"),
                                             fd_message_get_recipient_name (message));

      gtk_label_set_text (self->handle_label, to);
    }
  else
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
  set_text (self, text);

  when = fd_format_date_time (fd_message_get_created_at (message));
  if (fd_message_get_deleted_at (message) > 0)
    {
      /* Translators: under a message its author withdrew; %s is when it was written */
      g_autofree char *shown = g_strdup_printf (_("%s, deleted by its author"), when);

      gtk_label_set_text (self->time_label, shown);
      gtk_widget_add_css_class (GTK_WIDGET (self->text_label), "dim-label");
    }
  else if (fd_message_get_edited_at (message) > 0)
    {
      g_autofree char *edited = fd_format_date_time (fd_message_get_edited_at (message));
      /* Translators: under a message its author changed; %s is when it was written */
      g_autofree char *shown = g_strdup_printf (_("%s, edited"), when);

      /* Translators: %s is when the author last changed the message */
      g_autofree char *tooltip = g_strdup_printf (_("Edited %s"), edited);

      gtk_label_set_text (self->time_label, shown);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->time_label), tooltip);
    }
  else
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

void
fd_message_bubble_set_outbox_entry (FdMessageBubble     *self,
                                    const FdOutboxEntry *entry)
{
  GVariant *target;
  gboolean failed;
  gboolean unsure;

  g_return_if_fail (FD_IS_MESSAGE_BUBBLE (self));

  if (entry == NULL || !fd_outbox_entry_is_reply (entry) ||
      entry->state == FD_OUTBOX_SENT || entry->state == FD_OUTBOX_SENDING)
    {
      gtk_widget_set_visible (self->outbox_box, FALSE);
      return;
    }

  failed = entry->state == FD_OUTBOX_FAILED;
  /* It may have arrived, and the channel cannot tell: the person looks
   * in the chat and says which. */
  unsure = entry->state == FD_OUTBOX_UNSURE;
  gtk_widget_set_visible (self->outbox_box, TRUE);
  /* A waiting reply says why it waits too (the server's write limit
   * until a time, a connection that failed). */
  gtk_widget_set_visible (GTK_WIDGET (self->outbox_error_label), entry->error != NULL);
  gtk_label_set_text (self->outbox_error_label, entry->error ? entry->error : "");
  gtk_widget_set_visible (self->retry_button, failed || unsure);
  gtk_button_set_label (GTK_BUTTON (self->retry_button), unsure ? _("_Send Again") : _("_Retry"));
  gtk_widget_set_visible (self->arrived_button, unsure);

  target = g_variant_ref_sink (g_variant_new_int64 (entry->id));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->retry_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->arrived_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->discard_button), target);
  g_variant_unref (target);
  /* Named only now that the target is set: the actions take an id. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->retry_button), "win.outbox-retry");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->arrived_button), "win.outbox-arrived");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "win.outbox-edit");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->discard_button), "win.outbox-discard");
}

void
fd_message_bubble_translate (FdMessageBubble      *self,
                             FdTranslationManager *manager,
                             const char           *to)
{
  const char *lang;

  g_return_if_fail (FD_IS_MESSAGE_BUBBLE (self));
  g_return_if_fail (!manager || FD_IS_TRANSLATION_MANAGER (manager));

  lang = fd_language_normalize (fd_message_get_lang (self->message));

  if (manager == NULL || to == NULL || lang == NULL ||
      fd_message_get_direction (self->message) != FD_DIRECTION_IN ||
      g_strcmp0 (lang, fd_language_normalize (to)) == 0)
    {
      self->translation_state = NULL;
      update_translation (self);
      return;
    }

  g_set_object (&self->manager, manager);
  g_free (self->to);
  self->to = g_strdup (to);
  translate (self);
}

void
fd_message_bubble_set_written (FdMessageBubble *self,
                               const char      *text,
                               const char      *lang)
{
  g_return_if_fail (FD_IS_MESSAGE_BUBBLE (self));

  if (g_strcmp0 (text, self->written_text) == 0 && g_strcmp0 (lang, self->written_lang) == 0)
    return;
  g_free (self->written_text);
  g_free (self->written_lang);
  self->written_text = text != NULL && lang != NULL ? g_strdup (text) : NULL;
  self->written_lang = text != NULL && lang != NULL ? g_strdup (lang) : NULL;
  if (fd_message_get_direction (self->message) != FD_DIRECTION_OUT)
    return;

  self->translation_state = self->written_text != NULL ? "sent" : NULL;
  update_translation (self);
}

const char *
fd_message_bubble_get_translation_state (FdMessageBubble *self)
{
  g_return_val_if_fail (FD_IS_MESSAGE_BUBBLE (self), NULL);

  return self->translation_state;
}
