/* fd-composer.c
 *
 * Drafts are written to the store half a second after the last keystroke,
 * when the conversation changes and when the composer goes away, so that
 * nothing typed is lost in a crash.
 *
 * Besides a plain reply the composer can answer every copy of a repeated
 * post at once, write in the user's language and send a translation into
 * the customer's (fd-composer-translation.c), and edit a reply still
 * waiting in the outbox. Whatever the kind, Send makes one FdReplyRequest
 * and one call to fd_outbox_queue_reply(), in the store worker.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-composer"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-composer.h"
#include "fd-composer-tools.h"
#include "fd-composer-translation.h"
#include "fd-language.h"
#include "fd-outbox.h"
#include "fd-public-post.h"
#include "fd-repeats.h"
#include "fd-text-utils.h"

#define DRAFT_DELAY_MS       500

struct _FdComposer
{
  GtkWidget       parent_instance;

  FdStore        *store;
  FdStoreWorker  *worker;
  FdSyncManager  *sync_manager;
  FdMessage      *reply_to;
  gint64          conversation_id;
  guint           draft_source;
  guint           loading_draft : 1;
  guint           sending : 1;
  guint           sample : 1;
  guint           sending_edit : 1; /* the send in flight changes a waiting reply */

  /* Why the reply cannot go anywhere (an FD_OUTBOX_ERROR), and the
   * message it is about; NULL while it can. */
  GError         *unsendable;
  FdMessage      *unsendable_message;

  FdRepeatGroup  *group;           /* a copy of the reply target's group */
  gint64          edit_entry_id;   /* the outbox entry being edited, or 0 */

  FdComposerTranslation *translation;

  GtkWidget      *edit_bar;
  GtkLabel       *hint_label;
  GtkTextView    *text_view;
  GtkWidget      *translation_box;
  GtkLabel       *translated_heading;
  GtkSpinner     *translation_spinner;
  GtkLabel       *translated_label;
  GtkLabel       *back_label;
  GtkWidget      *previews_box;
  GtkCheckButton *all_copies_check;
  GtkCheckButton *translate_check;
  GtkLabel       *translate_reason_label;
  GtkCheckButton *private_check;
  GtkEntry       *public_note_entry;
  GtkLabel       *error_label;
  GtkWidget      *limits_box;
  GtkLabel       *visibility_label;
  GtkLabel       *counter_label;
  GtkWidget      *send_button;
  GtkWidget      *unsendable_box;
  GtkLabel       *unsendable_label;
  GtkWidget      *copy_button;
  GtkWidget      *open_post_button;
  GtkWidget      *add_account_button;
  FdComposerTools *tools;
};

G_DEFINE_FINAL_TYPE (FdComposer, fd_composer, GTK_TYPE_WIDGET)

enum {
  SENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_previews    (FdComposer *self);
static void schedule_translate (FdComposer *self);

static char *
dup_buffer_text (FdComposer *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter begin, end;

  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  return gtk_text_buffer_get_text (buffer, &begin, &end, FALSE);
}

static char *
dup_stripped_text (FdComposer *self)
{
  char *text = dup_buffer_text (self);

  return g_strstrip (text);
}

static gboolean
answering_all (FdComposer *self)
{
  return self->group != NULL && self->edit_entry_id == 0 &&
         gtk_widget_get_visible (GTK_WIDGET (self->all_copies_check)) &&
         gtk_check_button_get_active (self->all_copies_check);
}

static gboolean
translating (FdComposer *self)
{
  return fd_composer_translation_get_active (self->translation);
}

/* The text that goes out: the translation when writing in another
 * language, NULL while that is not ready for the current text. */
static char *
dup_outgoing_text (FdComposer *self)
{
  g_autofree char *text = dup_stripped_text (self);

  if (text[0] == '\0')
    return NULL;

  return fd_composer_translation_dup_sent (self->translation, text);
}

/* Public posts: length and audience */

static const char *
reply_channel (FdComposer *self)
{
  return self->reply_to != NULL ? fd_message_get_channel (self->reply_to) : NULL;
}

/* One reply on a channel that limits its length (a public post, a chat
 * message): the box counts what is left. (Answering all copies shows each
 * reply as it will be cut instead.) */
static gboolean
replying_with_limit (FdComposer *self)
{
  return self->reply_to != NULL && !answering_all (self) &&
         fd_channel_max_reply_chars (reply_channel (self)) > 0;
}

static FdAccount *
find_account (FdComposer *self)
{
  gint64 account_id;

  if (self->sync_manager == NULL || self->reply_to == NULL)
    return NULL;

  account_id = fd_message_get_account_id (self->reply_to);
  return account_id != 0 ? fd_sync_manager_find_account (self->sync_manager, account_id) : NULL;
}

/* Characters left for the reply, counted as the server will: the
 * provider puts a mention of the customer in front when the text has
 * none. Without a known account, the channel's usual limit applies. */
static gint
characters_left (FdComposer *self)
{
  FdAccount *account = find_account (self);
  const FdChannelInfo *info = fd_channel_lookup (reply_channel (self));
  const char *prefix = info != NULL && info->mention_prefix != NULL ? info->mention_prefix : "";
  g_autofree char *text = dup_outgoing_text (self);
  g_autofree char *counted = NULL;
  const char *handle = fd_message_get_author_handle (self->reply_to);
  guint max_characters = fd_channel_max_reply_chars (reply_channel (self));
  guint link_chars = info != NULL ? info->link_chars : 0;
  /* A direct message that is a chat message (Bluesky's): its own limit,
   * and no author named in front. */
  gboolean chat = info != NULL && info->max_chat_chars > 0 &&
                  (g_strcmp0 (fd_message_get_visibility (self->reply_to), "direct") == 0 ||
                   (gtk_widget_get_visible (GTK_WIDGET (self->private_check)) &&
                    gtk_check_button_get_active (self->private_check)));

  if (text == NULL)
    text = dup_stripped_text (self);

  if (chat)
    return (gint) info->max_chat_chars - (gint) fd_public_post_count_chars (text, 0);

  /* A public reply names its author; a chat message does not. */
  if (fd_channel_has (reply_channel (self), FD_CHANNEL_PUBLIC_POSTS) &&
      handle != NULL && handle[0] != '\0' && strstr (text, handle) == NULL)
    counted = g_strdup_printf ("%s%s %s", g_str_has_prefix (handle, prefix) ? "" : prefix, handle, text);
  else
    counted = g_steal_pointer (&text);

  /* What the account's server said at its last sync. */
  if (account != NULL)
    {
      gint64 learned = fd_account_get_setting_int (account, FD_ACCOUNT_SETTING_LINK_CHARS, 0);

      max_characters = fd_account_get_max_reply_chars (account);
      if (learned > 0 && learned <= 10000)
        link_chars = (guint) learned;
    }

  return (gint) max_characters - (gint) fd_public_post_count_chars (counted, link_chars);
}

static const char *
describe_audience (FdAudience audience)
{
  switch (audience)
    {
    case FD_AUDIENCE_PUBLIC:
      /* Translators: next to Send, who will see a reply to a public post (Mastodon…) */
      return _("Public reply");
    case FD_AUDIENCE_UNLISTED:
      /* Translators: next to Send; an unlisted post is public but kept out of timelines */
      return _("Unlisted reply");
    case FD_AUDIENCE_FOLLOWERS:
      /* Translators: next to Send; only the account's followers will see the reply */
      return _("Followers-only reply");
    case FD_AUDIENCE_MENTIONED:
    default:
      /* Translators: next to Send; only the people mentioned will see the reply */
      return _("Direct message");
    }
}

static void
update_visibility (FdComposer *self)
{
  FdAccount *account = find_account (self);
  g_autofree char *choice = NULL;
  const char *post_visibility = self->reply_to != NULL ? fd_message_get_visibility (self->reply_to) : NULL;
  FdAudience audience;

  if (!replying_with_limit (self) ||
      (post_visibility == NULL && !gtk_check_button_get_active (self->private_check)))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->visibility_label), FALSE);
      return;
    }

  if (account != NULL)
    choice = fd_account_dup_setting_string (account, FD_PUBLIC_POST_SETTING_REPLY_AUDIENCE);

  if (gtk_widget_get_visible (GTK_WIDGET (self->private_check)) &&
      gtk_check_button_get_active (self->private_check))
    audience = FD_AUDIENCE_MENTIONED;
  else
    audience = fd_audience_of_reply (fd_audience_from_string (post_visibility),
                                     g_strcmp0 (choice, "unlisted") == 0 ? FD_AUDIENCE_UNLISTED
                                                                         : FD_AUDIENCE_PUBLIC);

  gtk_label_set_text (self->visibility_label, describe_audience (audience));
  gtk_widget_set_visible (GTK_WIDGET (self->visibility_label), TRUE);
}

/* Returns whether the text fits. */
static gboolean
update_counter (FdComposer *self)
{
  g_autofree char *label = NULL;
  gint left;

  gtk_widget_set_visible (self->limits_box, replying_with_limit (self));
  update_visibility (self);

  if (!replying_with_limit (self))
    {
      gtk_widget_set_tooltip_text (self->send_button, _("Send (Ctrl+Enter)"));
      return TRUE;
    }

  left = characters_left (self);
  if (left >= 0)
    /* Translators: next to Send, while writing a reply on a channel that limits its length (Mastodon, Telegram…) */
    label = g_strdup_printf (ngettext ("%d character left", "%d characters left", left), left);
  else
    /* Translators: next to Send, when a reply is longer than its channel allows */
    label = g_strdup_printf (ngettext ("%d character too many", "%d characters too many", -left), -left);

  gtk_label_set_text (self->counter_label, label);
  if (left < 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->counter_label), "error");
      gtk_widget_set_tooltip_text (self->send_button,
                                   _("The reply is longer than this server allows. Shorten it to send."));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->counter_label), "error");
      gtk_widget_set_tooltip_text (self->send_button, _("Send (Ctrl+Enter)"));
    }

  return left >= 0;
}

static void
update_actions (FdComposer *self)
{
  g_autofree char *outgoing = dup_outgoing_text (self);
  gboolean fits = update_counter (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.send",
                                 self->store != NULL && self->reply_to != NULL &&
                                 self->unsendable == NULL &&
                                 outgoing != NULL && fits && !self->sending);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.cancel-edit", self->edit_entry_id != 0);
}

/* A private reply to a public post may come with a short public answer
 * (the provider posts it under the post). */
static void
update_public_note (FdComposer *self)
{
  gboolean shown = gtk_widget_get_visible (GTK_WIDGET (self->private_check)) &&
                   gtk_check_button_get_active (self->private_check) &&
                   fd_channel_has (reply_channel (self), FD_CHANNEL_PUBLIC_POSTS);

  gtk_widget_set_visible (GTK_WIDGET (self->public_note_entry), shown);
}

static void
private_toggled_cb (FdComposer     *self,
                    GtkCheckButton *button)
{
  update_public_note (self);
  update_actions (self);
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

  /* The text of an outbox entry being edited is not a draft. */
  if (self->store == NULL || self->conversation_id == 0 || self->edit_entry_id != 0)
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

/* The "Sent in …:" preview is there only while there is something to
 * send: ticking the option on an empty reply moves nothing, and the
 * preview closes once a reply went out and the field was emptied. */
static void
update_translation_box (FdComposer *self)
{
  g_autofree char *text = dup_stripped_text (self);

  gtk_widget_set_visible (self->translation_box, translating (self) && text[0] != '\0');
}

static void
buffer_changed_cb (FdComposer    *self,
                   GtkTextBuffer *buffer)
{
  update_translation_box (self);
  update_actions (self);
  update_previews (self);
  schedule_translate (self);

  if (self->loading_draft || self->conversation_id == 0)
    return;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_source = g_timeout_add (DRAFT_DELAY_MS, draft_timeout_cb, self);
}

/* Answer all copies */

static void
update_previews (FdComposer *self)
{
  g_autofree char *text = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->previews_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->previews_box), child);

  gtk_widget_set_visible (self->previews_box, answering_all (self));
  if (!answering_all (self))
    return;

  text = dup_outgoing_text (self);
  if (text == NULL)
    text = dup_stripped_text (self);

  for (guint i = 0; i < self->group->messages->len; i++)
    {
      FdMessage *copy = g_ptr_array_index (self->group->messages, i);
      g_autofree char *heading = NULL;
      g_autofree char *adapted = NULL;
      GtkWidget *label;

      if (fd_message_get_state (copy) >= FD_MESSAGE_STATE_ANSWERED)
        continue;

      heading = fd_channel_format_reply_hint (fd_message_get_channel (copy),
                                      fd_message_get_author_handle (copy));
      label = gtk_label_new (heading);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_box_append (GTK_BOX (self->previews_box), label);

      adapted = fd_repeats_adapt_reply (fd_message_get_channel (copy),
                                        fd_message_get_author_handle (copy), text);
      label = gtk_label_new (adapted[0] != '\0' ? adapted : _("(nothing written yet)"));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "preview");
      gtk_box_append (GTK_BOX (self->previews_box), label);
    }
}

/* Asks the core whether the reply can go out (an account that can send
 * it), and when not, says so with what the person can do instead. The
 * sample inbox has no accounts: there replies only wait to send. */
static void
check_sendable (FdComposer *self)
{
  g_autoptr(GError) error = NULL;
  FdMessage *blocked = NULL;
  gboolean no_account;
  const char *url;

  g_clear_error (&self->unsendable);
  g_clear_object (&self->unsendable_message);

  if (self->store != NULL && self->reply_to != NULL && !self->sample && self->edit_entry_id == 0)
    {
      g_autoptr(FdOutbox) outbox = fd_outbox_new (self->store);

      if (answering_all (self))
        {
          for (guint i = 0; i < self->group->messages->len && blocked == NULL; i++)
            {
              FdMessage *copy = g_ptr_array_index (self->group->messages, i);

              if (fd_message_get_state (copy) < FD_MESSAGE_STATE_ANSWERED &&
                  !fd_outbox_can_reply (outbox, fd_message_get_id (copy), &error))
                blocked = copy;
            }
        }
      else if (!fd_outbox_can_reply (outbox, fd_message_get_id (self->reply_to), &error))
        blocked = self->reply_to;
    }

  if (error != NULL && error->domain == FD_OUTBOX_ERROR)
    {
      self->unsendable = g_steal_pointer (&error);
      self->unsendable_message = g_object_ref (blocked);
    }
  else if (error != NULL)
    g_warning ("Could not tell whether the reply can be sent: %s", error->message);

  gtk_widget_set_visible (self->unsendable_box, self->unsendable != NULL);
  if (self->unsendable == NULL)
    return;

  no_account = self->unsendable->code == FD_OUTBOX_ERROR_NO_ACCOUNT;
  url = fd_message_get_url (self->unsendable_message);
  gtk_label_set_text (self->unsendable_label, self->unsendable->message);
  gtk_widget_set_visible (self->add_account_button, no_account);
  gtk_widget_set_visible (self->copy_button, !no_account);
  gtk_button_set_label (GTK_BUTTON (self->copy_button), _("_Copy Text"));
  gtk_widget_set_visible (self->open_post_button, !no_account && url != NULL && url[0] != '\0');
}

static void
update_modes (FdComposer *self)
{
  g_autofree char *hint = NULL;
  const char *channel = self->reply_to ? fd_message_get_channel (self->reply_to) : NULL;

  if (answering_all (self))
    {
      /* Translators: over the reply box when one text answers every copy */
      hint = g_strdup_printf (ngettext ("Reply to %u copy, each in its own channel",
                                        "Reply to %u copies, each in its own channel",
                                        self->group->n_unanswered),
                              self->group->n_unanswered);
    }
  else if (self->reply_to != NULL)
    hint = fd_channel_format_reply_hint (channel, fd_message_get_author_handle (self->reply_to));

  gtk_label_set_text (self->hint_label, hint ? hint : "");
  check_sendable (self);
  /* Refused, the reply goes nowhere: not privately either. */
  gtk_widget_set_visible (GTK_WIDGET (self->private_check),
                          fd_channel_has (channel, FD_CHANNEL_PRIVATE_REPLY) &&
                          self->unsendable == NULL &&
                          !answering_all (self) && self->edit_entry_id == 0);
  gtk_widget_set_visible (self->edit_bar, self->edit_entry_id != 0);
  update_public_note (self);
  update_translation_box (self);

  update_previews (self);
  update_actions (self);
}

static void
mode_toggled_cb (FdComposer *self)
{
  fd_composer_translation_set_chosen (self->translation,
                                      gtk_widget_get_visible (GTK_WIDGET (self->translate_check)) &&
                                      gtk_check_button_get_active (self->translate_check));
  update_modes (self);
  schedule_translate (self);
}

/* Write in one language, send in another: FdComposerTranslation keeps
 * the written and the sent text; here its state is shown. */

static void
show_translation_state (FdComposer *self)
{
  FdComposerTranslation *translation = self->translation;
  gboolean offered = fd_composer_translation_get_offered (translation);
  const char *why = fd_composer_translation_get_unavailable (translation);
  const char *translated = fd_composer_translation_get_translated (translation);
  const char *back = fd_composer_translation_get_back_translated (translation);

  /* A new translation: an earlier failure to translate is over. */
  if (translated != NULL && g_strcmp0 (translated, gtk_label_get_text (self->translated_label)) != 0)
    show_error (self, NULL);

  if (!offered || why != NULL)
    gtk_check_button_set_active (self->translate_check, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->translate_check), offered);

  if (offered && why != NULL)
    {
      /* Said in a line of its own, not in a tooltip that would cover
       * the Send button below. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->translate_check), FALSE);
      gtk_label_set_text (self->translate_reason_label, why);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->translate_check),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, why, -1);
    }
  else if (offered)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->translate_check), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->translate_check),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Your text is translated, and the translation is what is sent"), -1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->translate_reason_label), offered && why != NULL);

  gtk_spinner_set_spinning (self->translation_spinner, fd_composer_translation_get_busy (translation));
  gtk_label_set_text (self->translated_label, translated ? translated : "");
  gtk_label_set_text (self->back_label, back ? back : "");
}

static void
translation_changed_cb (FdComposer            *self,
                        FdComposerTranslation *translation)
{
  show_translation_state (self);
  update_translation_box (self);
  update_previews (self);
  update_actions (self);
}

static void
translation_failed_cb (FdComposer            *self,
                       const GError          *error,
                       FdComposerTranslation *translation)
{
  /* Translators: %s says why */
  g_autofree char *text = g_strdup_printf (_("Translation unavailable: %s"), error->message);

  show_error (self, text);
}

static void
schedule_translate (FdComposer *self)
{
  g_autofree char *text = dup_buffer_text (self);

  fd_composer_translation_set_written (self->translation,
                                       self->reply_to ? fd_message_get_conversation_id (self->reply_to) : 0,
                                       text);
}

static void
reset_translation (FdComposer *self)
{
  fd_composer_translation_reset (self->translation);
}

/* Sending */

/* Every kind of reply is one request and one call to the outbox. */
static gpointer
send_job (FdStore       *store,
          gpointer       user_data,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(FdOutbox) outbox = fd_outbox_new (store);

  return fd_outbox_queue_reply (outbox, user_data, error);
}

static void
sent_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(FdComposer) self = user_data;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  gboolean edit = self->sending_edit;

  self->sending = FALSE;
  self->sending_edit = FALSE;

  if (!(ids = fd_store_worker_run_finish (FD_STORE_WORKER (object), result, &error)))
    {
      /* Keep the text: nothing is lost, and the person can try again. */
      /* Translators: %s is the reason, from the store */
      g_autofree char *message = g_strdup_printf (_("The reply could not be queued: %s"),
                                                  error->message);
      show_error (self, message);
      update_actions (self);
      return;
    }

  show_error (self, NULL);
  fd_composer_tools_reset (self->tools);
  self->edit_entry_id = 0;
  self->loading_draft = TRUE;
  fd_composer_set_text (self, "");
  self->loading_draft = FALSE;
  reset_translation (self);
  gtk_check_button_set_active (self->all_copies_check, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->public_note_entry), "");
  write_draft (self);
  update_modes (self);

  /* An edit changes a reply already counted. */
  g_signal_emit (self, signals[SENT], 0, g_array_index (ids, gint64, 0), edit ? 0 : ids->len);
}

static void
send_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  FdComposer *self = FD_COMPOSER (widget);
  g_autofree char *text = dup_outgoing_text (self);
  FdReplyRequest *request;

  if (self->store == NULL || self->worker == NULL || self->reply_to == NULL ||
      text == NULL || self->sending || self->unsendable != NULL || !update_counter (self))
    return;

  if (self->edit_entry_id != 0)
    request = fd_reply_request_new_edit (self->edit_entry_id, text);
  else if (answering_all (self))
    request = fd_reply_request_new_all_copies (self->group->id, text);
  else if (gtk_widget_get_visible (GTK_WIDGET (self->private_check)) &&
           gtk_check_button_get_active (self->private_check))
    request = fd_reply_request_new_private (fd_message_get_id (self->reply_to), text,
                                            gtk_widget_get_visible (GTK_WIDGET (self->public_note_entry))
                                              ? gtk_editable_get_text (GTK_EDITABLE (self->public_note_entry))
                                              : NULL);
  else
    {
      g_autoptr(GPtrArray) files = fd_composer_tools_dup_attachments (self->tools);

      request = fd_reply_request_new_plain (fd_message_get_id (self->reply_to), text);
      for (guint i = 0; i < files->len; i++)
        fd_reply_request_add_attachment (request, g_ptr_array_index (files, i));
    }

  /* Sent in translation: what was written goes along, to be shown next
   * to what was sent. */
  if (fd_composer_translation_get_active (self->translation))
    {
      g_autofree char *written = dup_stripped_text (self);

      if (g_strcmp0 (written, text) != 0 && fd_composer_translation_get_user_lang (self->translation) != NULL)
        fd_reply_request_set_written (request, written, fd_composer_translation_get_user_lang (self->translation));
    }

  self->sending = TRUE;
  self->sending_edit = request->kind == FD_REPLY_EDIT;
  update_actions (self);
  fd_store_worker_run_async (self->worker, send_job, request, (GDestroyNotify)fd_reply_request_free,
                             (GDestroyNotify)g_array_unref, NULL, sent_cb, g_object_ref (self));
}

/* Where Frontdesk cannot send: the text goes to the clipboard, to be
 * pasted where the customer wrote. */
static void
copy_text_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  FdComposer *self = FD_COMPOSER (widget);
  g_autofree char *text = dup_outgoing_text (self);

  if (text == NULL)
    text = dup_stripped_text (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  /* Translators: the Copy Text button, once the reply is on the clipboard */
  gtk_button_set_label (GTK_BUTTON (self->copy_button), _("Copied"));
}

static void
open_post_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  FdComposer *self = FD_COMPOSER (widget);
  g_autoptr(GdkAppLaunchContext) context = NULL;
  const char *url;

  if (self->unsendable_message == NULL ||
      (url = fd_message_get_url (self->unsendable_message)) == NULL)
    return;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_app_info_launch_default_for_uri_async (url, G_APP_LAUNCH_CONTEXT (context), NULL, NULL, NULL);
}

static void
saved_replies_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  FdComposer *self = FD_COMPOSER (widget);

  if (self->reply_to != NULL)
    fd_composer_tools_show_saved (self->tools);
}

/* A saved reply, made ready for this customer, replaces the text. It is
 * in the customer's language already: not translated again. */
static void
tools_insert_cb (FdComposer *self,
                 const char *text)
{
  gtk_check_button_set_active (self->translate_check, FALSE);
  fd_composer_set_text (self, text);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
cancel_edit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  FdComposer *self = FD_COMPOSER (widget);
  g_autofree char *draft = NULL;

  if (self->edit_entry_id == 0)
    return;

  self->edit_entry_id = 0;
  if (self->store != NULL && self->conversation_id != 0)
    draft = fd_store_get_draft (self->store, self->conversation_id, NULL);

  self->loading_draft = TRUE;
  fd_composer_set_text (self, draft ? draft : "");
  self->loading_draft = FALSE;
  update_modes (self);
}

static void
fd_composer_dispose (GObject *object)
{
  FdComposer *self = (FdComposer *)object;
  GtkWidget *child;

  if (self->draft_source != 0)
    write_draft (self);
  if (self->translation != NULL)
    g_signal_handlers_disconnect_by_data (self->translation, self);
  g_clear_object (&self->translation);

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_COMPOSER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->reply_to);
  g_clear_object (&self->unsendable_message);
  g_clear_error (&self->unsendable);
  g_clear_object (&self->store);
  g_clear_object (&self->worker);
  g_clear_object (&self->sync_manager);
  g_clear_pointer (&self->group, fd_repeat_group_free);

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
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/conversation/fd-composer.ui");
  gtk_widget_class_bind_template_child (widget_class, FdComposer, edit_bar);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, hint_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, text_view);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, translation_box);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, translated_heading);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, translation_spinner);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, translated_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, back_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, previews_box);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, all_copies_check);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, translate_check);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, translate_reason_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, private_check);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, public_note_entry);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, error_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, limits_box);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, visibility_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, counter_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, send_button);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, unsendable_box);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, unsendable_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, copy_button);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, open_post_button);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, add_account_button);
  gtk_widget_class_bind_template_child (widget_class, FdComposer, tools);
  gtk_widget_class_bind_template_callback (widget_class, mode_toggled_cb);

  gtk_widget_class_install_action (widget_class, "composer.send", NULL, send_action);
  gtk_widget_class_install_action (widget_class, "composer.cancel-edit", NULL, cancel_edit_action);
  gtk_widget_class_install_action (widget_class, "composer.copy-text", NULL, copy_text_action);
  gtk_widget_class_install_action (widget_class, "composer.open-post", NULL, open_post_action);
  gtk_widget_class_install_action (widget_class, "composer.saved-replies", NULL, saved_replies_action);

  g_type_ensure (FD_TYPE_COMPOSER_TOOLS);

  gtk_widget_class_set_css_name (widget_class, "fdcomposer");
}

static void
fd_composer_init (FdComposer *self)
{
  GtkEventController *shortcuts;
  GtkShortcutAction *action;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->translation = fd_composer_translation_new ();
  g_signal_connect_object (self->translation, "changed",
                           G_CALLBACK (translation_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->translation, "failed",
                           G_CALLBACK (translation_failed_cb), self, G_CONNECT_SWAPPED);

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

  g_signal_connect_object (self->private_check, "toggled",
                           G_CALLBACK (private_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tools, "insert",
                           G_CALLBACK (tools_insert_cb), self, G_CONNECT_SWAPPED);

  update_actions (self);
}

void
fd_composer_set_store (FdComposer *self,
                       FdStore    *store)
{
  g_return_if_fail (FD_IS_COMPOSER (self));

  g_set_object (&self->store, store);
  fd_composer_tools_set_store (self->tools, store);
  update_actions (self);
}

void
fd_composer_set_worker (FdComposer    *self,
                        FdStoreWorker *worker)
{
  g_return_if_fail (FD_IS_COMPOSER (self));

  g_set_object (&self->worker, worker);
  update_actions (self);
}

void
fd_composer_set_reply_to (FdComposer *self,
                          FdMessage  *message)
{
  g_autofree char *draft = NULL;
  g_autoptr(GError) error = NULL;
  gint64 conversation_id;

  g_return_if_fail (FD_IS_COMPOSER (self));
  g_return_if_fail (!message || FD_IS_MESSAGE (message));

  conversation_id = message ? fd_message_get_conversation_id (message) : 0;

  if (conversation_id != self->conversation_id)
    {
      if (self->draft_source != 0)
        write_draft (self);

      self->conversation_id = conversation_id;
      self->edit_entry_id = 0;
      g_clear_pointer (&self->group, fd_repeat_group_free);

      if (self->store != NULL && conversation_id != 0)
        draft = fd_store_get_draft (self->store, conversation_id, &error);
      if (error != NULL)
        g_warning ("Could not load the draft: %s", error->message);

      self->loading_draft = TRUE;
      fd_composer_set_text (self, draft ? draft : "");
      self->loading_draft = FALSE;
      show_error (self, NULL);
      gtk_check_button_set_active (self->private_check, FALSE);
      gtk_check_button_set_active (self->all_copies_check, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->all_copies_check), FALSE);
      /* Offered again once the new conversation's languages are known. */
      fd_composer_translation_withdraw (self->translation);
    }

  g_set_object (&self->reply_to, message);
  fd_composer_tools_set_reply_to (self->tools, message);
  update_modes (self);
}

static void
accounts_changed_cb (FdComposer *self)
{
  update_modes (self);
}

void
fd_composer_set_sync_manager (FdComposer    *self,
                              FdSyncManager *manager)
{
  g_return_if_fail (FD_IS_COMPOSER (self));
  g_return_if_fail (!manager || FD_IS_SYNC_MANAGER (manager));

  if (self->sync_manager != NULL)
    g_signal_handlers_disconnect_by_func (fd_sync_manager_get_accounts (self->sync_manager),
                                          accounts_changed_cb, self);
  g_set_object (&self->sync_manager, manager);
  /* An account added or removed changes whether replies can go out. */
  if (manager != NULL)
    g_signal_connect_object (fd_sync_manager_get_accounts (manager), "items-changed",
                             G_CALLBACK (accounts_changed_cb), self, G_CONNECT_SWAPPED);
  update_modes (self);
}

void
fd_composer_set_sample (FdComposer *self,
                        gboolean    sample)
{
  g_return_if_fail (FD_IS_COMPOSER (self));

  self->sample = !!sample;
  update_modes (self);
}

const char *
fd_composer_get_unsendable (FdComposer *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER (self), NULL);

  return self->unsendable ? self->unsendable->message : NULL;
}

gboolean
fd_composer_get_too_long (FdComposer *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER (self), FALSE);

  return replying_with_limit (self) && characters_left (self) < 0;
}

void
fd_composer_set_group (FdComposer          *self,
                       const FdRepeatGroup *group)
{
  g_autofree char *label = NULL;
  gboolean offer;

  g_return_if_fail (FD_IS_COMPOSER (self));

  g_clear_pointer (&self->group, fd_repeat_group_free);
  offer = group != NULL && group->n_unanswered > 1;

  if (group != NULL)
    {
      self->group = g_new0 (FdRepeatGroup, 1);
      self->group->id = group->id;
      self->group->customer_id = group->customer_id;
      self->group->customer_name = g_strdup (group->customer_name);
      self->group->n_unanswered = group->n_unanswered;
      self->group->done = group->done;
      self->group->messages = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < group->messages->len; i++)
        g_ptr_array_add (self->group->messages, g_object_ref (g_ptr_array_index (group->messages, i)));
    }

  if (offer)
    {
      /* Translators: a check box in the reply box of a repeated post */
      label = g_strdup_printf (ngettext ("Answer _All %u Copies", "Answer _All %u Copies",
                                         group->n_unanswered),
                               group->n_unanswered);
      gtk_check_button_set_label (self->all_copies_check, label);
    }
  else
    gtk_check_button_set_active (self->all_copies_check, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->all_copies_check), offer);

  update_modes (self);
}

void
fd_composer_set_translation (FdComposer           *self,
                             FdTranslationManager *manager,
                             const char           *user_lang,
                             const char           *customer_lang)
{
  g_return_if_fail (FD_IS_COMPOSER (self));

  /* The labels first: ::changed shows the option. */
  user_lang = fd_language_normalize (user_lang);
  customer_lang = fd_language_normalize (customer_lang);
  if (user_lang != NULL && customer_lang != NULL)
    {
      g_autofree char *label = NULL;
      g_autofree char *heading = NULL;

      /* Translators: a check box in the reply box: the user's language, then the
       * customer's, e.g. "Write in English, send in Spanish" */
      label = g_strdup_printf (_("_Write in %s, send in %s"),
                               fd_language_get_name (user_lang),
                               fd_language_get_name (customer_lang));
      gtk_check_button_set_label (self->translate_check, label);
      /* Translators: over the translation of the reply; %s is a language */
      heading = g_strdup_printf (_("Sent in %s:"), fd_language_get_name (customer_lang));
      gtk_label_set_text (self->translated_heading, heading);
    }

  fd_composer_translation_set_languages (self->translation, manager, user_lang, customer_lang);
  fd_composer_tools_set_translation (self->tools, manager);

  update_modes (self);
  schedule_translate (self);
}

void
fd_composer_edit_entry (FdComposer *self,
                        gint64      entry_id,
                        const char *text)
{
  g_return_if_fail (FD_IS_COMPOSER (self));

  if (self->draft_source != 0)
    write_draft (self);

  self->edit_entry_id = entry_id;
  gtk_check_button_set_active (self->all_copies_check, FALSE);
  gtk_check_button_set_active (self->translate_check, FALSE);
  self->loading_draft = TRUE;
  fd_composer_set_text (self, text);
  self->loading_draft = FALSE;
  update_modes (self);
  fd_composer_focus (self);
}

gint64
fd_composer_get_edit_entry (FdComposer *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER (self), 0);

  return self->edit_entry_id;
}

void
fd_composer_set_answer_all (FdComposer *self,
                            gboolean    answer_all)
{
  g_return_if_fail (FD_IS_COMPOSER (self));

  gtk_check_button_set_active (self->all_copies_check, answer_all);
}

void
fd_composer_set_translate (FdComposer *self,
                           gboolean    translate)
{
  g_return_if_fail (FD_IS_COMPOSER (self));

  gtk_check_button_set_active (self->translate_check, translate);
}

gboolean
fd_composer_get_can_translate (FdComposer *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->translate_check)) &&
         gtk_widget_get_sensitive (GTK_WIDGET (self->translate_check));
}

const char *
fd_composer_get_translated (FdComposer *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER (self), NULL);

  return fd_composer_translation_get_translated (self->translation);
}

const char *
fd_composer_get_back_translated (FdComposer *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER (self), NULL);

  return fd_composer_translation_get_back_translated (self->translation);
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
