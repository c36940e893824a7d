/* fd-conversation-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-conversation-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fd-composer.h"
#include "fd-conversation-extras.h"
#include "fd-conversation-view.h"
#include "fd-language.h"
#include "fd-message-bubble.h"
#include "fd-outbox.h"
#include "fd-text-utils.h"

struct _FdConversationView
{
  GtkWidget       parent_instance;

  FdStore        *store;
  gint64          conversation_id;
  GPtrArray      *messages;
  GPtrArray      *others;
  char           *signature;
  char          **terms;
  gint64          focus_id;        /* the message whose row was chosen */
  guint           scroll_source;
  guint           tick_id;
  guint           following : 1;   /* scrolling with the layout after a load */
  guint           follow_focus : 1; /* to the chosen message, else to the end */
  guint           follow_min_done : 1;
  guint           settled_frames;
  double          last_upper;
  gulong          layout_handler;
  GdkFrameClock  *layout_clock;

  /* Bubbles are made for messages[built_first, built_last): the ones
   * around the message shown first, then the rest a batch a frame. */
  guint           built_first;
  guint           built_last;
  guint           build_tick_id;
  guint           build_frames;
  gint64          anchor_id;       /* the message shown first, 0 for the newest */

  FdStoreWorker  *worker;
  GCancellable   *extras_cancellable;
  FdConversationExtras *extras;
  FdTranslationManager *translation_manager;
  char           *user_lang;
  GHashTable     *hidden;          /* message ids waiting to be discarded */

  AdwHeaderBar   *header_bar;
  GtkWidget      *back_button;
  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkWidget      *conversation_page;
  GtkScrolledWindow *scroller;
  GtkLabel       *subject_label;
  GtkBox         *messages_box;
  GtkWidget      *translation_notice;
  GtkLabel       *translation_notice_label;
  gint64          notice_conversation_id; /* the conversation the notice is about */
  GtkWidget      *others_box;
  GtkLabel       *others_label;
  GtkListBox     *others_list;
  FdComposer     *composer;
  GtkWidget      *customer_bar;
  GtkWidget      *suggestion_box;
  GtkLabel       *suggestion_label;
  GtkWidget      *suggestion_buttons;
  GtkWidget      *link_button;
  GtkWidget      *not_same_button;
  GtkWidget      *identities_box;
  GtkWidget      *repeat_box;
  GtkLabel       *repeat_title;
  GtkLabel       *repeat_reason;
  GtkWidget      *mark_all_button;
  GtkListBox     *repeat_list;
};

G_DEFINE_FINAL_TYPE (FdConversationView, fd_conversation_view, GTK_TYPE_WIDGET)

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

/* What the thread looks like, to skip rebuilding when nothing changed. */
static char *
make_signature (GPtrArray *messages)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; messages && i < messages->len; i++)
    {
      FdMessage *message = g_ptr_array_index (messages, i);

      /* A bubble looks the same read or unread: opening a conversation
       * marks it read, which must not build it again. */
      g_string_append_printf (str, "%" G_GINT64_FORMAT ":%d:%d;",
                              fd_message_get_id (message),
                              MAX (fd_message_get_state (message), FD_MESSAGE_STATE_READ),
                              fd_message_get_outbox_state (message));
    }

  return g_string_free (str, FALSE);
}

static FdMessage *
find_reply_target (GPtrArray *messages)
{
  /* Answer the newest message from the customer. */
  for (guint i = messages->len; i > 0; i--)
    {
      FdMessage *message = g_ptr_array_index (messages, i - 1);

      if (fd_message_get_direction (message) == FD_DIRECTION_IN)
        return message;
    }

  return NULL;
}

/* The message a reply answers: the customer's message whose row was
 * chosen, else their newest. */
static FdMessage *
reply_target (FdConversationView *self)
{
  if (self->messages == NULL)
    return NULL;

  for (guint i = 0; i < self->messages->len; i++)
    {
      FdMessage *message = g_ptr_array_index (self->messages, i);

      if (fd_message_get_id (message) == self->focus_id &&
          fd_message_get_direction (message) == FD_DIRECTION_IN)
        return message;
    }

  return find_reply_target (self->messages);
}

static GtkWidget *
find_built_bubble (FdConversationView *self,
                   gint64              message_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->messages_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (fd_message_get_id (fd_message_bubble_get_message (FD_MESSAGE_BUBBLE (child))) == message_id)
      return child;

  return NULL;
}

static void build_all (FdConversationView *self);

/* The bubble of @message_id, made now if it was still waiting. */
static GtkWidget *
find_bubble (FdConversationView *self,
             gint64              message_id)
{
  GtkWidget *bubble = find_built_bubble (self, message_id);

  if (bubble == NULL && self->build_tick_id != 0)
    {
      build_all (self);
      bubble = find_built_bubble (self, message_id);
    }

  return bubble;
}

static GtkWidget *
create_other_row (FdMessage *message)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (fd_channel_icon_name (fd_message_get_channel (message)));
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *snippet = fd_message_dup_snippet (message);
  g_autofree char *when = fd_format_date_time (fd_message_get_created_at (message));
  const char *subject = fd_message_get_subject (message);
  g_autofree char *title = NULL;

  if (subject != NULL && subject[0] != '\0')
    title = g_markup_escape_text (subject, -1);
  else
    title = g_markup_escape_text (snippet, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  gtk_widget_set_tooltip_text (icon, fd_channel_display_name (fd_message_get_channel (message)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "message", g_object_ref (message), g_object_unref);

  return row;
}

static void follow (FdConversationView *self,
                    gboolean            focus,
                    guint               ms);

static void
set_action (GtkWidget  *button,
            const char *action_name,
            GVariant   *target)
{
  /* The target first: the action takes a parameter. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
}

static const char *
state_text (FdMessage *message)
{
  switch (fd_message_get_state (message))
    {
    case FD_MESSAGE_STATE_ANSWERED:
      return C_("message state", "Answered");
    case FD_MESSAGE_STATE_ARCHIVED:
      return C_("message state", "Archived");
    case FD_MESSAGE_STATE_UNREAD:
    case FD_MESSAGE_STATE_READ:
    default:
      return C_("message state", "Unanswered");
    }
}

static GtkWidget *
create_copy_row (FdMessage *message,
                 gint64     shown_conversation)
{
  GtkWidget *row = create_other_row (message);
  GtkWidget *state = gtk_label_new (state_text (message));
  g_autofree char *when = fd_format_date_time (fd_message_get_created_at (message));
  g_autofree char *subtitle = NULL;

  gtk_widget_add_css_class (state, "caption");
  gtk_widget_add_css_class (state, fd_message_get_state (message) >= FD_MESSAGE_STATE_ANSWERED
                                     ? "dim-label" : "accent");
  gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);

  /* Translators: under one copy of a repeated post: the channel, then when */
  subtitle = g_strdup_printf (_("%s · %s"),
                              fd_channel_display_name (fd_message_get_channel (message)), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (fd_message_get_conversation_id (message) == shown_conversation)
    gtk_widget_add_css_class (row, "current-copy");

  return row;
}

static void
apply_repeat_group (FdConversationView *self,
                    FdRepeatGroup      *group)
{
  g_autofree char *title = NULL;
  g_autoptr(GVariant) target = NULL;

  g_autofree char *reason = NULL;
  g_autofree char *why = NULL;

  remove_children (GTK_WIDGET (self->repeat_list));
  gtk_widget_set_visible (self->repeat_box, group != NULL && group->messages->len > 1);
  if (group == NULL || group->messages->len <= 1)
    return;

  if (group->possible)
    /* Translators: over posts under one name on two channels that may be one person's */
    title = g_strdup (_("Possibly posted again by this customer on another channel"));
  else if (group->n_unanswered > 0)
    /* Translators: over the list of copies of a repeated post; %u is the number of copies */
    title = g_strdup_printf (ngettext ("Posted %u time by this customer, %u unanswered",
                                       "Posted %u times by this customer, %u unanswered",
                                       group->messages->len),
                             group->messages->len, group->n_unanswered);
  else
    /* Translators: over the list of copies of a repeated post */
    title = g_strdup_printf (ngettext ("Posted %u time by this customer, every copy answered",
                                       "Posted %u times by this customer, every copy answered",
                                       group->messages->len),
                             group->messages->len);
  gtk_label_set_text (self->repeat_title, title);

  /* So that a person can trust the grouping, or undo it. */
  reason = fd_repeats_describe_reason (group->reason, group->reason_value, TRUE);
  /* Translators: why posts were shown as copies of one complaint; %s is e.g. "same order #48213" or "same complaint: refund" */
  why = g_strdup_printf (_("Why: %s"), reason);
  gtk_label_set_text (self->repeat_reason, why);

  for (guint i = 0; i < group->messages->len; i++)
    gtk_list_box_append (self->repeat_list,
                         create_copy_row (g_ptr_array_index (group->messages, i), self->conversation_id));

  target = g_variant_ref_sink (g_variant_new_int64 (group->id));
  set_action (self->mark_all_button, "win.mark-all-answered", target);
  /* A possible repeat is one group once the suggestion is accepted. */
  gtk_widget_set_visible (self->mark_all_button, group->n_unanswered > 0 && !group->possible);
}

static void
apply_customer (FdConversationView *self,
                FdConversationExtras *extras)
{
  FdCustomer *customer = extras ? extras->customer : NULL;
  gboolean visible = FALSE;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->identities_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->identities_box), child);

  if (extras != NULL && extras->suggestion != NULL && extras->other != NULL)
    {
      const FdIdentity *identity = fd_customer_find_identity (extras->other, NULL, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GVariant) target = g_variant_ref_sink (g_variant_new_int64 (extras->suggestion->id));

      if (identity != NULL)
        /* Translators: a suggestion in a conversation: a handle, then a channel,
         * e.g. "This may be the same customer as @ana on Mastodon." */
        text = g_strdup_printf (_("This may be the same customer as %s on %s."),
                                identity->handle, fd_channel_display_name (identity->channel));
      else
        /* Translators: a suggestion in a conversation; %s is a name */
        text = g_strdup_printf (_("This may be the same customer as %s."), extras->other->name);

      gtk_label_set_text (self->suggestion_label, text);
      set_action (self->link_button, "win.link-customer", target);
      set_action (self->not_same_button, "win.dismiss-link", target);
      visible = TRUE;
    }
  gtk_widget_set_visible (self->suggestion_box, visible);
  gtk_widget_set_visible (self->suggestion_buttons, visible);

  /* A customer known on several channels: each other identity can be
   * split off again if the link was wrong. */
  if (customer != NULL && customer->identities != NULL && customer->identities->len > 1)
    {
      FdMessage *target_message = reply_target (self);
      const char *channel = target_message ? fd_message_get_channel (target_message) : NULL;
      const char *handle = target_message ? fd_message_get_author_handle (target_message) : NULL;

      for (guint i = 0; i < customer->identities->len; i++)
        {
          const FdIdentity *identity = g_ptr_array_index (customer->identities, i);
          GtkWidget *box;
          GtkWidget *label;
          GtkWidget *button;
          g_autofree char *text = NULL;
          g_autofree char *a11y = NULL;

          if (g_strcmp0 (identity->channel, channel) == 0 && g_strcmp0 (identity->handle, handle) == 0)
            continue;

          box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
          /* Translators: the same customer elsewhere: a handle, then a channel */
          text = g_strdup_printf (_("Also %s on %s"), identity->handle,
                                  fd_channel_display_name (identity->channel));
          label = gtk_label_new (text);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
          gtk_widget_set_hexpand (label, TRUE);
          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (GTK_BOX (box), label);

          button = gtk_button_new_with_mnemonic (_("_Unlink"));
          gtk_widget_add_css_class (button, "small");
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          /* Translators: read by screen readers for the Unlink button; %s is a handle */
          a11y = g_strdup_printf (_("Unlink %s"), identity->handle);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
          set_action (button, "win.unlink-customer",
                      g_variant_new ("(xss)", customer->id, identity->channel, identity->handle));
          gtk_box_append (GTK_BOX (box), button);
          gtk_box_append (GTK_BOX (self->identities_box), box);
          visible = TRUE;
        }
    }

  gtk_widget_set_visible (self->customer_bar, visible);
}

static void
apply_extras (FdConversationView *self)
{
  FdConversationExtras *extras = self->extras;
  const char *customer_lang = NULL;
  FdMessage *target;

  if (extras != NULL && extras->conversation_id != self->conversation_id)
    extras = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->messages_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      FdMessage *message = fd_message_bubble_get_message (FD_MESSAGE_BUBBLE (child));
      gint64 id = fd_message_get_id (message);
      FdWrittenReply *written = extras && extras->written ? g_hash_table_lookup (extras->written, &id) : NULL;

      fd_message_bubble_set_outbox_entry (FD_MESSAGE_BUBBLE (child),
                                          extras ? g_hash_table_lookup (extras->entries, &id) : NULL);
      fd_message_bubble_set_written (FD_MESSAGE_BUBBLE (child), written ? written->text : NULL,
                                     written ? written->lang : NULL);
    }

  apply_repeat_group (self, extras == NULL ? NULL : extras->group != NULL ? extras->group : extras->possible);
  apply_customer (self, extras);

  target = reply_target (self);
  if (target != NULL)
    customer_lang = fd_language_normalize (fd_message_get_lang (target));
  if (customer_lang == NULL && extras != NULL)
    customer_lang = extras->customer_lang;

  fd_composer_set_group (self->composer, extras ? extras->group : NULL);
  fd_composer_set_translation (self->composer, self->translation_manager,
                               self->user_lang, customer_lang);
}

static void
extras_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  FdConversationView *self = user_data;
  g_autoptr(GError) error = NULL;
  FdConversationExtras *extras;

  extras = fd_conversation_extras_load_finish (FD_STORE_WORKER (object), result, &error);
  if (extras == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not load the conversation's details: %s", error->message);
      return;
    }

  if (self->extras == NULL || self->extras->conversation_id != extras->conversation_id)
    {
      /* New details (a copy list, an error) grow the page: keep the
       * message in view as after a load. */
      follow (self, self->follow_focus, 300);
    }

  g_clear_pointer (&self->extras, fd_conversation_extras_free);
  self->extras = extras;
  apply_extras (self);
}

static void
load_extras (FdConversationView *self)
{
  FdMessage *target;

  g_cancellable_cancel (self->extras_cancellable);
  g_clear_object (&self->extras_cancellable);

  if (self->worker == NULL || self->messages == NULL || self->messages->len == 0)
    return;

  target = reply_target (self);
  if (target == NULL)
    target = g_ptr_array_index (self->messages, 0);

  self->extras_cancellable = g_cancellable_new ();
  /* The callback only runs while we live: the cancellable is cancelled
   * in dispose, and a cancelled job does not touch us. */
  fd_conversation_extras_load_async (self->worker, self->conversation_id,
                                     fd_message_get_direction (target) == FD_DIRECTION_IN
                                       ? fd_message_get_id (target) : 0,
                                     fd_message_get_customer_id (target),
                                     self->extras_cancellable,
                                     extras_loaded_cb, self);
}

/* The message whose text has the focus, 0 when the focus is elsewhere;
 * the focus is let go of. Removed with its message, GTK would give it
 * to the next text while the removed one is being freed, and GTK 4.8's
 * label then reads the freed one. */
static gint64
release_message_focus (FdConversationView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *bubble;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->messages_box)))
    return 0;

  bubble = gtk_widget_get_ancestor (focus, FD_TYPE_MESSAGE_BUBBLE);
  gtk_root_set_focus (root, NULL);

  return bubble != NULL ? fd_message_get_id (fd_message_bubble_get_message (FD_MESSAGE_BUBBLE (bubble))) : -1;
}

/* Said once for the whole conversation, not under every message: the
 * language badges show what each message is in, and Preferences says
 * how to add a pair. */
static void
translation_unavailable_cb (FdConversationView *self,
                            const char         *lang,
                            const char         *detail,
                            FdMessageBubble    *bubble)
{
  g_autofree char *text = NULL;

  if (gtk_widget_get_visible (self->translation_notice) &&
      self->notice_conversation_id == self->conversation_id)
    return;

  /* Translators: one line over a conversation; %s is a language, e.g.
   * "No translation from German on this computer". The button beside
   * it reads "Set Up…". */
  text = g_strdup_printf (_("No translation from %s on this computer"),
                          fd_language_get_name (lang));
  gtk_label_set_text (self->translation_notice_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->translation_notice_label), detail);
  gtk_widget_set_visible (self->translation_notice, TRUE);
  self->notice_conversation_id = self->conversation_id;
}

/* The first screen: the message opened and a few around it. A long
 * conversation gets the rest a batch a frame after that screen is up,
 * so that opening it costs the same as opening a short one. */
#define FIRST_BUBBLES 10
#define BUBBLES_PER_FRAME 8

static GtkWidget *
make_bubble (FdConversationView *self,
             FdMessage          *message)
{
  FdConversationExtras *extras = fd_conversation_view_get_extras (self);
  gint64 id = fd_message_get_id (message);
  GtkWidget *bubble = fd_message_bubble_new (message, (const char * const *)self->terms);

  gtk_widget_set_visible (bubble, !g_hash_table_contains (self->hidden, &id));
  if (id == self->focus_id && self->messages->len > 1)
    gtk_widget_add_css_class (bubble, "focused");
  g_signal_connect_object (bubble, "translation-unavailable",
                           G_CALLBACK (translation_unavailable_cb), self,
                           G_CONNECT_SWAPPED);
  fd_message_bubble_translate (FD_MESSAGE_BUBBLE (bubble), self->translation_manager, self->user_lang);
  if (extras != NULL)
    {
      FdWrittenReply *written = extras->written ? g_hash_table_lookup (extras->written, &id) : NULL;

      fd_message_bubble_set_outbox_entry (FD_MESSAGE_BUBBLE (bubble), g_hash_table_lookup (extras->entries, &id));
      fd_message_bubble_set_written (FD_MESSAGE_BUBBLE (bubble), written ? written->text : NULL,
                                     written ? written->lang : NULL);
    }

  return bubble;
}

/* Up to @n more bubbles: the older ones first, above what is shown (the
 * follower keeps the shown message in place), then the newer ones. */
static void
build_more (FdConversationView *self,
            guint               n)
{
  guint len = self->messages != NULL ? self->messages->len : 0;

  while (n > 0 && self->built_first > 0)
    {
      self->built_first--;
      gtk_box_prepend (self->messages_box, make_bubble (self, g_ptr_array_index (self->messages, self->built_first)));
      n--;
    }
  while (n > 0 && self->built_last < len)
    {
      gtk_box_append (self->messages_box, make_bubble (self, g_ptr_array_index (self->messages, self->built_last)));
      self->built_last++;
      n--;
    }
}

static gboolean
building (FdConversationView *self)
{
  return self->messages != NULL &&
         (self->built_first > 0 || self->built_last < self->messages->len);
}

static void
stop_building (FdConversationView *self)
{
  if (self->build_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->build_tick_id);
  self->build_tick_id = 0;
}

static void
build_all (FdConversationView *self)
{
  build_more (self, G_MAXUINT);
  stop_building (self);
}

static gboolean
build_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  FdConversationView *self = FD_CONVERSATION_VIEW (widget);

  /* The first tick comes before the first screen is drawn. */
  if (self->build_frames++ == 0)
    return G_SOURCE_CONTINUE;

  build_more (self, BUBBLES_PER_FRAME);
  if (building (self))
    return G_SOURCE_CONTINUE;

  self->build_tick_id = 0;
  return G_SOURCE_REMOVE;
}

/* Where the first screen is: the message chosen, else the newest. */
static void
build_first_screen (FdConversationView *self,
                    gint64              anchor_id)
{
  guint len = self->messages->len;
  guint anchor = len - 1;

  for (guint i = 0; i < len; i++)
    if (fd_message_get_id (g_ptr_array_index (self->messages, i)) == anchor_id)
      anchor = i;

  if (anchor == len - 1)
    self->built_first = len > FIRST_BUBBLES ? len - FIRST_BUBBLES : 0;
  else
    self->built_first = anchor > 2 ? anchor - 2 : 0;
  self->built_last = self->built_first;
  for (guint i = self->built_first; i < MIN (len, self->built_first + FIRST_BUBBLES); i++)
    {
      gtk_box_append (self->messages_box, make_bubble (self, g_ptr_array_index (self->messages, i)));
      self->built_last = i + 1;
    }

  self->build_frames = 0;
  if (building (self) && self->build_tick_id == 0)
    self->build_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), build_tick_cb, NULL, NULL);
}

static void
rebuild (FdConversationView *self)
{
  FdMessage *first;
  const char *subject = NULL;
  const char *name;
  gint64 focused = release_message_focus (self);

  stop_building (self);
  self->built_first = self->built_last = 0;
  remove_children (GTK_WIDGET (self->messages_box));
  remove_children (GTK_WIDGET (self->others_list));
  if (self->notice_conversation_id != self->conversation_id)
    gtk_widget_set_visible (self->translation_notice, FALSE);

  if (self->messages == NULL || self->messages->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      adw_window_title_set_title (self->window_title, NULL);
      adw_window_title_set_subtitle (self->window_title, NULL);
      fd_composer_set_reply_to (self->composer, NULL);
      return;
    }

  first = g_ptr_array_index (self->messages, 0);
  for (guint i = 0; i < self->messages->len && subject == NULL; i++)
    {
      const char *s = fd_message_get_subject (g_ptr_array_index (self->messages, i));

      if (s != NULL && s[0] != '\0')
        subject = s;
    }

  gtk_label_set_text (self->subject_label, subject ? subject : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subject_label), subject != NULL);

  build_first_screen (self, self->anchor_id);

  /* Back to the message that had it, if it is still there. */
  if (focused != 0 && find_bubble (self, focused) != NULL)
    gtk_widget_child_focus (find_bubble (self, focused), GTK_DIR_TAB_FORWARD);

  for (guint i = 0; self->others != NULL && i < self->others->len; i++)
    gtk_list_box_append (self->others_list, create_other_row (g_ptr_array_index (self->others, i)));
  gtk_widget_set_visible (self->others_box, self->others != NULL && self->others->len > 0);
  if (self->others != NULL && self->others->len > 0)
    {
      /* Translators: a heading that opens to show the list */
      g_autofree char *label = g_strdup_printf (ngettext ("%u other conversation with this customer",
                                                          "%u other conversations with this customer",
                                                          self->others->len),
                                                self->others->len);
      gtk_label_set_text (self->others_label, label);
    }

  {
    FdMessage *customer_message = reply_target (self);

    if (customer_message == NULL)
      customer_message = first;
    name = fd_message_get_author_name (customer_message);
    if (name == NULL || name[0] == '\0')
      name = fd_message_get_author_handle (customer_message);
    adw_window_title_set_title (self->window_title, name);
    adw_window_title_set_subtitle (self->window_title,
                                   fd_channel_display_name (fd_message_get_channel (customer_message)));
  }

  fd_composer_set_reply_to (self->composer, reply_target (self));
  gtk_widget_set_visible (self->conversation_page, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "conversation");

  apply_extras (self);
  load_extras (self);
}

/* The chosen message at the top, a little of the one before it
 * showing; or the newest message. */
static void
apply_follow (FdConversationView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scroller);
  GtkWidget *bubble = self->follow_focus ? find_built_bubble (self, self->focus_id) : NULL;
  graphene_point_t top;

  if (bubble != NULL && self->built_first == 0 &&
      bubble == gtk_widget_get_first_child (GTK_WIDGET (self->messages_box)))
    gtk_adjustment_set_value (adjustment, 0);  /* with the subject above it */
  else if (bubble != NULL && viewport != NULL &&
           gtk_widget_compute_point (bubble, viewport, &GRAPHENE_POINT_INIT (0, 0), &top))
    gtk_adjustment_set_value (adjustment, MAX (0, gtk_adjustment_get_value (adjustment) + top.y - 24));
  else
    gtk_adjustment_set_value (adjustment,
                              gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
}

/* Right after each layout, in the same frame: bubbles made above the
 * one shown move it down, and it is put back before anything is drawn
 * (the frame clock lays out again when a layout asks for one). */
static void
layout_cb (FdConversationView *self,
           GdkFrameClock      *clock)
{
  if (self->following)
    apply_follow (self);
}

static void
stop_following (FdConversationView *self)
{
  self->following = FALSE;
  /* A window that went away disposed of its clock, and of our handler. */
  if (self->layout_handler != 0 &&
      g_signal_handler_is_connected (self->layout_clock, self->layout_handler))
    g_signal_handler_disconnect (self->layout_clock, self->layout_handler);
  self->layout_handler = 0;
  g_clear_object (&self->layout_clock);
}

static gboolean
follow_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  FdConversationView *self = FD_CONVERSATION_VIEW (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double upper = gtk_adjustment_get_upper (adjustment);

  if (!self->following)
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  /* Each frame until the layout after a load has settled and every
   * bubble is made. */
  apply_follow (self);

  /* Settled: a few frames of the same height, counted from frames that
   * had a layout, so that a slow first frame does not end it early. */
  if (gtk_adjustment_get_page_size (adjustment) > 0 && upper == self->last_upper)
    self->settled_frames++;
  else
    self->settled_frames = 0;
  self->last_upper = upper;

  if (self->follow_min_done && self->settled_frames >= 3 && !building (self))
    {
      stop_following (self);
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
stop_following_cb (gpointer data)
{
  FdConversationView *self = data;

  /* Follow only through the layouts right after a load, so that
   * scrolling by hand is not undone by the next resize. */
  self->follow_min_done = TRUE;
  self->scroll_source = 0;

  return G_SOURCE_REMOVE;
}

/* Keeps the chosen message (@focus) or the newest in view for @ms. */
static void
follow (FdConversationView *self,
        gboolean            focus,
        guint               ms)
{
  self->following = TRUE;
  self->follow_focus = focus;
  self->follow_min_done = FALSE;
  self->settled_frames = 0;
  self->last_upper = -1;
  g_clear_handle_id (&self->scroll_source, g_source_remove);
  self->scroll_source = g_timeout_add (ms, stop_following_cb, self);
  if (self->layout_handler == 0 && gtk_widget_get_frame_clock (GTK_WIDGET (self)) != NULL)
    {
      self->layout_clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
      self->layout_handler = g_signal_connect_object (self->layout_clock, "layout",
                                                      G_CALLBACK (layout_cb), self,
                                                      G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), follow_tick_cb, NULL, NULL);
}

/* Another message of the thread shown was chosen: it is the one to read
 * and to answer. */
static void
refocus (FdConversationView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->messages_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      FdMessage *message = fd_message_bubble_get_message (FD_MESSAGE_BUBBLE (child));

      if (fd_message_get_id (message) == self->focus_id && self->messages->len > 1)
        gtk_widget_add_css_class (child, "focused");
      else
        gtk_widget_remove_css_class (child, "focused");
    }

  if (reply_target (self) != NULL)
    {
      FdMessage *target = reply_target (self);
      const char *name = fd_message_get_author_name (target);

      adw_window_title_set_title (self->window_title,
                                  name != NULL && name[0] != '\0' ? name : fd_message_get_author_handle (target));
      fd_composer_set_reply_to (self->composer, target);
      apply_extras (self);
      load_extras (self);
    }

  follow (self, TRUE, 300);
}

static void
load (FdConversationView *self,
      gboolean            force)
{
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GPtrArray) others = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *signature = NULL;

  if (self->store == NULL || self->conversation_id == 0)
    {
      g_clear_pointer (&self->messages, g_ptr_array_unref);
      g_clear_pointer (&self->others, g_ptr_array_unref);
      g_clear_pointer (&self->signature, g_free);
      rebuild (self);
      return;
    }

  messages = fd_store_get_conversation (self->store, self->conversation_id, &error);
  if (messages == NULL)
    {
      g_warning ("Could not load the conversation: %s", error->message);
      return;
    }

  if (messages->len > 0)
    {
      FdMessage *first = g_ptr_array_index (messages, 0);
      FdMessage *customer = find_reply_target (messages);
      gint64 customer_id = fd_message_get_customer_id (customer ? customer : first);

      if (customer_id != 0)
        others = fd_store_get_customer_conversations (self->store, customer_id,
                                                      self->conversation_id, &error);
      if (error != NULL)
        g_warning ("Could not load the customer's other conversations: %s", error->message);
    }

  signature = make_signature (messages);
  if (!force && g_strcmp0 (signature, self->signature) == 0 &&
      (others ? others->len : 0) == (self->others ? self->others->len : 0))
    {
      /* The thread is the same, but a copy elsewhere, a link or an
       * outbox error may have changed, or a message was read: the
       * bubbles stay, the messages are the new ones. */
      g_clear_pointer (&self->messages, g_ptr_array_unref);
      self->messages = g_steal_pointer (&messages);
      load_extras (self);
      return;
    }

  g_clear_pointer (&self->messages, g_ptr_array_unref);
  g_clear_pointer (&self->others, g_ptr_array_unref);
  self->messages = g_steal_pointer (&messages);
  self->others = g_steal_pointer (&others);
  g_free (self->signature);
  self->signature = g_steal_pointer (&signature);

  /* Opened from a row: that message. Changed under us: the newest. */
  self->anchor_id = force ? self->focus_id : 0;
  rebuild (self);
  follow (self, force && find_built_bubble (self, self->focus_id) != NULL, 500);
}

static void
other_row_activated_cb (FdConversationView *self,
                        GtkListBoxRow      *row)
{
  FdMessage *message = g_object_get_data (G_OBJECT (row), "message");

  if (message != NULL)
    fd_conversation_view_show_message (self, message);
}

static void
fd_conversation_view_dispose (GObject *object)
{
  FdConversationView *self = (FdConversationView *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->scroll_source, g_source_remove);
  stop_following (self);
  stop_building (self);
  g_cancellable_cancel (self->extras_cancellable);
  g_clear_object (&self->extras_cancellable);

  if (self->composer != NULL)
    fd_composer_save_draft (self->composer);

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_CONVERSATION_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->store);
  g_clear_object (&self->worker);
  g_clear_object (&self->translation_manager);
  g_clear_pointer (&self->messages, g_ptr_array_unref);
  g_clear_pointer (&self->others, g_ptr_array_unref);
  g_clear_pointer (&self->extras, fd_conversation_extras_free);

  G_OBJECT_CLASS (fd_conversation_view_parent_class)->dispose (object);
}

static void
fd_conversation_view_finalize (GObject *object)
{
  FdConversationView *self = (FdConversationView *)object;

  g_clear_pointer (&self->signature, g_free);
  g_clear_pointer (&self->terms, g_strfreev);
  g_clear_pointer (&self->user_lang, g_free);
  g_clear_pointer (&self->hidden, g_hash_table_unref);

  G_OBJECT_CLASS (fd_conversation_view_parent_class)->finalize (object);
}

static void
fd_conversation_view_class_init (FdConversationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_conversation_view_dispose;
  object_class->finalize = fd_conversation_view_finalize;

  g_type_ensure (FD_TYPE_COMPOSER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/conversation/fd-conversation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, header_bar);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, back_button);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, window_title);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, stack);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, conversation_page);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, scroller);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, subject_label);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, messages_box);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, translation_notice);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, translation_notice_label);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, others_box);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, others_list);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, others_label);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, composer);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, customer_bar);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, suggestion_box);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, suggestion_label);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, suggestion_buttons);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, link_button);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, not_same_button);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, identities_box);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, repeat_box);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, repeat_title);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, repeat_reason);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, mark_all_button);
  gtk_widget_class_bind_template_child (widget_class, FdConversationView, repeat_list);
  gtk_widget_class_bind_template_callback (widget_class, other_row_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "fdconversationview");
}

static void
fd_conversation_view_init (FdConversationView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

void
fd_conversation_view_set_store (FdConversationView *self,
                                FdStore            *store)
{
  g_return_if_fail (FD_IS_CONVERSATION_VIEW (self));

  g_set_object (&self->store, store);
  fd_composer_set_store (self->composer, store);
}

void
fd_conversation_view_show_message (FdConversationView *self,
                                   FdMessage          *message)
{
  gint64 conversation_id;

  g_return_if_fail (FD_IS_CONVERSATION_VIEW (self));
  g_return_if_fail (!message || FD_IS_MESSAGE (message));

  conversation_id = message ? fd_message_get_conversation_id (message) : 0;
  if (conversation_id == self->conversation_id && self->messages != NULL)
    {
      if (message != NULL && fd_message_get_id (message) != self->focus_id)
        {
          self->focus_id = fd_message_get_id (message);
          refocus (self);
        }
      return;
    }

  self->focus_id = message ? fd_message_get_id (message) : 0;
  self->conversation_id = conversation_id;
  load (self, TRUE);
}

void
fd_conversation_view_reload (FdConversationView *self)
{
  g_return_if_fail (FD_IS_CONVERSATION_VIEW (self));

  if (self->conversation_id != 0)
    load (self, FALSE);
}

gint64
fd_conversation_view_get_conversation_id (FdConversationView *self)
{
  g_return_val_if_fail (FD_IS_CONVERSATION_VIEW (self), 0);

  return self->conversation_id;
}

GPtrArray *
fd_conversation_view_get_messages (FdConversationView *self)
{
  g_return_val_if_fail (FD_IS_CONVERSATION_VIEW (self), NULL);

  return self->messages;
}

void
fd_conversation_view_set_terms (FdConversationView *self,
                                const char * const *terms)
{
  g_return_if_fail (FD_IS_CONVERSATION_VIEW (self));

  g_clear_pointer (&self->terms, g_strfreev);
  self->terms = g_strdupv ((char **)terms);

  if (self->messages != NULL)
    {
      stop_following (self);
      rebuild (self);
    }
}

FdComposer *
fd_conversation_view_get_composer (FdConversationView *self)
{
  g_return_val_if_fail (FD_IS_CONVERSATION_VIEW (self), NULL);

  return self->composer;
}

GtkWidget *
fd_conversation_view_get_back_button (FdConversationView *self)
{
  g_return_val_if_fail (FD_IS_CONVERSATION_VIEW (self), NULL);

  return self->back_button;
}

GtkWidget *
fd_conversation_view_get_header_bar (FdConversationView *self)
{
  g_return_val_if_fail (FD_IS_CONVERSATION_VIEW (self), NULL);

  return GTK_WIDGET (self->header_bar);
}

void
fd_conversation_view_set_worker (FdConversationView *self,
                                 FdStoreWorker      *worker)
{
  g_return_if_fail (FD_IS_CONVERSATION_VIEW (self));

  g_set_object (&self->worker, worker);
  fd_composer_set_worker (self->composer, worker);
}

void
fd_conversation_view_set_translation (FdConversationView   *self,
                                      FdTranslationManager *manager,
                                      const char           *user_lang)
{
  g_return_if_fail (FD_IS_CONVERSATION_VIEW (self));

  g_set_object (&self->translation_manager, manager);
  g_free (self->user_lang);
  self->user_lang = g_strdup (user_lang);
  /* Engines changed: the bubbles say again whether a pair is missing. */
  self->notice_conversation_id = 0;

  if (self->messages != NULL)
    rebuild (self);
}

void
fd_conversation_view_set_message_hidden (FdConversationView *self,
                                         gint64              message_id,
                                         gboolean            hidden)
{
  g_return_if_fail (FD_IS_CONVERSATION_VIEW (self));

  if (hidden)
    g_hash_table_add (self->hidden, g_memdup2 (&message_id, sizeof message_id));
  else
    g_hash_table_remove (self->hidden, &message_id);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->messages_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      FdMessage *message = fd_message_bubble_get_message (FD_MESSAGE_BUBBLE (child));

      if (fd_message_get_id (message) == message_id)
        gtk_widget_set_visible (child, !hidden);
    }
}

FdConversationExtras *
fd_conversation_view_get_extras (FdConversationView *self)
{
  g_return_val_if_fail (FD_IS_CONVERSATION_VIEW (self), NULL);

  if (self->extras == NULL || self->extras->conversation_id != self->conversation_id)
    return NULL;

  return self->extras;
}
