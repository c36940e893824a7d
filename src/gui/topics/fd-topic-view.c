/* fd-topic-view.c
 *
 * There is no "new public post" in the outbox yet, so a public answer is
 * a reply to the newest post of the topic on each channel: public where
 * the channel is public, and threaded under a post that others with the
 * same problem can find. Where no answer can go (no account, or no way
 * to send on the channel) the outbox says why, and the group says it
 * instead of offering an answer; the sample inbox, without accounts,
 * lets answers wait as the composer does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-topic-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fd-outbox.h"
#include "fd-repeats.h"
#include "fd-text-utils.h"
#include "fd-topic-view.h"

struct _FdTopicView
{
  GtkWidget       parent_instance;

  FdStoreWorker  *worker;
  GCancellable   *cancellable;
  gint64          topic_id;
  guint           n_channels;
  gboolean        sample;
  GListModel     *accounts;

  AdwHeaderBar   *header_bar;
  GtkWidget      *back_button;
  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkWidget      *groups_box;
  GtkLabel       *summary_label;
};

G_DEFINE_FINAL_TYPE (FdTopicView, fd_topic_view, GTK_TYPE_WIDGET)

enum {
  MESSAGE_ACTIVATED,
  REPLY_QUEUED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  gint64   topic_id;
  gboolean sample;
} TopicRequest;

typedef struct {
  FdTopic    *topic;
  /* channel -> GError: why an answer on it cannot go anywhere */
  GHashTable *refusals;
} TopicData;

static void
topic_data_free (TopicData *data)
{
  g_clear_pointer (&data->topic, fd_topic_free);
  g_clear_pointer (&data->refusals, g_hash_table_unref);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TopicData, topic_data_free)

/* The post an answer on @channel replies to: its newest. */
static FdMessage *
newest_on (FdTopic    *topic,
           const char *channel)
{
  FdMessage *newest = NULL;

  for (guint i = 0; i < topic->messages->len; i++)
    {
      FdMessage *message = g_ptr_array_index (topic->messages, i);

      if (g_strcmp0 (fd_message_get_channel (message), channel) == 0)
        newest = message;
    }

  return newest;
}

static gpointer
get_topic_job (FdStore       *store,
               gpointer       user_data,
               GCancellable  *cancellable,
               GError       **error)
{
  TopicRequest *request = user_data;
  g_autoptr(TopicData) data = g_new0 (TopicData, 1);
  g_autoptr(FdOutbox) outbox = fd_outbox_new (store);

  if (!(data->topic = fd_repeats_get_topic (store, request->topic_id, error)))
    return NULL;
  data->refusals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_error_free);

  for (guint c = 0; !request->sample && data->topic->channels != NULL && data->topic->channels[c] != NULL; c++)
    {
      const char *channel = data->topic->channels[c];
      FdMessage *newest = newest_on (data->topic, channel);
      g_autoptr(GError) local_error = NULL;

      if (newest == NULL || fd_outbox_can_reply (outbox, fd_message_get_id (newest), &local_error))
        continue;
      if (local_error->domain != FD_OUTBOX_ERROR)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_hash_table_insert (data->refusals, g_strdup (channel), g_steal_pointer (&local_error));
    }

  return g_steal_pointer (&data);
}

static gpointer
answer_job (FdStore       *store,
            gpointer       user_data,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(FdOutbox) outbox = fd_outbox_new (store);

  return fd_outbox_queue_reply (outbox, user_data, error);
}

static void
answered_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdTopicView) self = user_data;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  ids = fd_store_worker_run_finish (FD_STORE_WORKER (object), result, &error);
  g_signal_emit (self, signals[REPLY_QUEUED], 0, ids ? g_array_index (ids, gint64, 0) : (gint64)0, error);
}

static void
answer_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    FdTopicView      *self)
{
  GtkTextBuffer *buffer = g_object_get_data (G_OBJECT (dialog), "buffer");
  FdMessage *message = g_object_get_data (G_OBJECT (dialog), "message");
  GtkTextIter begin, end;
  g_autofree char *text = NULL;

  if (g_strcmp0 (response, "post") != 0 || self->worker == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &begin, &end, FALSE));
  if (text[0] == '\0')
    return;

  fd_store_worker_run_async (self->worker, answer_job,
                             fd_reply_request_new_plain (fd_message_get_id (message), text),
                             (GDestroyNotify)fd_reply_request_free, (GDestroyNotify)g_array_unref,
                             NULL, answered_cb, g_object_ref (self));
}

static void
answer_buffer_changed_cb (GtkTextBuffer    *buffer,
                          AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "post", gtk_text_buffer_get_char_count (buffer) > 0);
}

static void
answer_clicked_cb (GtkButton   *button,
                   FdTopicView *self)
{
  FdMessage *message = g_object_get_data (G_OBJECT (button), "message");
  const char *channel = fd_message_get_channel (message);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *scroller;
  GtkWidget *text_view;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Translators: a dialog title; %s is a channel, e.g. "Answer Publicly on Mastodon" */
  heading = g_strdup_printf (_("Answer Publicly on %s"), fd_channel_display_name (channel));
  /* Translators: %s is the customer's handle */
  body = g_strdup_printf (_("The answer is posted as a reply to the newest post, by %s, where everyone can see it. Leave personal details out: continue in private with those who need it."),
                          fd_message_get_author_handle (message));
  dialog = adw_message_dialog_new (root ? GTK_WINDOW (root) : NULL, heading, body);

  text_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Public answer"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), text_view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 96);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_add_css_class (scroller, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "post", _("_Queue Answer"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "post", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "post", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "buffer", gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)));
  g_object_set_data_full (G_OBJECT (dialog), "message", g_object_ref (message), g_object_unref);
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)), "changed",
                           G_CALLBACK (answer_buffer_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (answer_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (text_view);
}

static void
post_activated_cb (AdwActionRow *row,
                   FdTopicView  *self)
{
  FdMessage *message = g_object_get_data (G_OBJECT (row), "message");

  g_signal_emit (self, signals[MESSAGE_ACTIVATED], 0, message);
}

static GtkWidget *
create_group (FdTopicView  *self,
              const char   *channel,
              GPtrArray    *posts,
              const GError *refusal)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *button;
  FdMessage *newest = g_ptr_array_index (posts, posts->len - 1);
  g_autofree char *description = NULL;
  g_autofree char *a11y = NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), fd_channel_display_name (channel));
  /* Translators: under a channel's name in a topic */
  description = g_strdup_printf (ngettext ("%u post", "%u posts", posts->len), posts->len);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  button = gtk_button_new_with_mnemonic (_("_Answer Publicly…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "small");
  /* Translators: read by screen readers; %s is a channel */
  a11y = g_strdup_printf (_("Answer publicly on %s"), fd_channel_display_name (channel));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  g_object_set_data_full (G_OBJECT (button), "message", g_object_ref (newest), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (answer_clicked_cb), self, 0);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);

  if (refusal != NULL)
    {
      GtkWidget *reason = gtk_label_new (refusal->message);

      /* An answer would wait forever: say why, in a line of its own. */
      gtk_widget_set_sensitive (button, FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, refusal->message, -1);
      gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
      gtk_label_set_xalign (GTK_LABEL (reason), 0);
      gtk_widget_add_css_class (reason, "dim-label");
      gtk_widget_add_css_class (reason, "caption");
      gtk_widget_add_css_class (reason, "refusal");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), reason);
    }

  for (guint i = 0; i < posts->len; i++)
    {
      FdMessage *message = g_ptr_array_index (posts, i);
      GtkWidget *row = adw_action_row_new ();
      const char *name = fd_message_get_author_name (message);
      g_autofree char *snippet = fd_message_dup_snippet (message);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *when = fd_format_date_time (fd_message_get_created_at (message));

      if (name == NULL || name[0] == '\0')
        name = fd_message_get_author_handle (message);
      title = g_markup_escape_text (name, -1);
      subtitle = g_markup_escape_text (snippet, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_widget_set_tooltip_text (row, when);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "message", g_object_ref (message), g_object_unref);
      g_signal_connect_object (row, "activated", G_CALLBACK (post_activated_cb), self, 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

static void
clear_groups (FdTopicView *self)
{
  GtkWidget *child = gtk_widget_get_first_child (self->groups_box);

  /* The summary and the explanation stay. */
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (ADW_IS_PREFERENCES_GROUP (child))
        gtk_box_remove (GTK_BOX (self->groups_box), child);
      child = next;
    }
  self->n_channels = 0;
}

static void
topic_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  FdTopicView *self = user_data;
  g_autoptr(TopicData) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  FdTopic *topic;

  data = fd_store_worker_run_finish (FD_STORE_WORKER (object), result, &error);
  if (data == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_warning ("Could not read the topic: %s", error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  clear_groups (self);
  topic = data->topic;

  /* Translators: the heading of a topic */
  summary = g_strdup_printf (ngettext ("%u customer reports this", "%u customers report this",
                                       topic->n_customers),
                             topic->n_customers);
  gtk_label_set_text (self->summary_label, summary);
  adw_window_title_set_subtitle (self->window_title, summary);

  for (guint c = 0; topic->channels != NULL && topic->channels[c] != NULL; c++)
    {
      g_autoptr(GPtrArray) posts = g_ptr_array_new ();

      for (guint i = 0; i < topic->messages->len; i++)
        {
          FdMessage *message = g_ptr_array_index (topic->messages, i);

          if (g_strcmp0 (fd_message_get_channel (message), topic->channels[c]) == 0)
            g_ptr_array_add (posts, message);
        }

      if (posts->len == 0)
        continue;

      gtk_box_append (GTK_BOX (self->groups_box),
                      create_group (self, topic->channels[c], posts,
                                    g_hash_table_lookup (data->refusals, topic->channels[c])));
      self->n_channels++;
    }

  gtk_stack_set_visible_child_name (self->stack, "topic");
}

static void
fd_topic_view_dispose (GObject *object)
{
  FdTopicView *self = (FdTopicView *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->worker);
  if (self->accounts != NULL)
    g_signal_handlers_disconnect_by_data (self->accounts, self);
  g_clear_object (&self->accounts);

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_TOPIC_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fd_topic_view_parent_class)->dispose (object);
}

static void
fd_topic_view_class_init (FdTopicViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_topic_view_dispose;

  signals[MESSAGE_ACTIVATED] =
    g_signal_new ("message-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FD_TYPE_MESSAGE);

  /* The new message id (0 on failure) and the error, or NULL. */
  signals[REPLY_QUEUED] =
    g_signal_new ("reply-queued",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_ERROR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/topics/fd-topic-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FdTopicView, header_bar);
  gtk_widget_class_bind_template_child (widget_class, FdTopicView, back_button);
  gtk_widget_class_bind_template_child (widget_class, FdTopicView, window_title);
  gtk_widget_class_bind_template_child (widget_class, FdTopicView, stack);
  gtk_widget_class_bind_template_child (widget_class, FdTopicView, groups_box);
  gtk_widget_class_bind_template_child (widget_class, FdTopicView, summary_label);

  gtk_widget_class_set_css_name (widget_class, "fdtopicview");
}

static void
fd_topic_view_init (FdTopicView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

void
fd_topic_view_set_worker (FdTopicView   *self,
                          FdStoreWorker *worker)
{
  g_return_if_fail (FD_IS_TOPIC_VIEW (self));

  g_set_object (&self->worker, worker);
}

void
fd_topic_view_show_topic (FdTopicView *self,
                          gint64       topic_id)
{
  g_return_if_fail (FD_IS_TOPIC_VIEW (self));

  self->topic_id = topic_id;
  fd_topic_view_reload (self);
}

void
fd_topic_view_reload (FdTopicView *self)
{
  TopicRequest *request;

  g_return_if_fail (FD_IS_TOPIC_VIEW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (self->topic_id == 0 || self->worker == NULL)
    {
      clear_groups (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  request = g_new0 (TopicRequest, 1);
  request->topic_id = self->topic_id;
  request->sample = self->sample;
  fd_store_worker_run_async (self->worker, get_topic_job, request, g_free,
                             (GDestroyNotify)topic_data_free,
                             self->cancellable, topic_loaded_cb, self);
}

void
fd_topic_view_set_sample (FdTopicView *self,
                          gboolean     sample)
{
  g_return_if_fail (FD_IS_TOPIC_VIEW (self));

  self->sample = !!sample;
}

/* An account added or removed changes where an answer can go. */
static void
accounts_changed_cb (FdTopicView *self)
{
  if (self->topic_id != 0)
    fd_topic_view_reload (self);
}

void
fd_topic_view_set_accounts (FdTopicView *self,
                            GListModel  *accounts)
{
  g_return_if_fail (FD_IS_TOPIC_VIEW (self));
  g_return_if_fail (!accounts || G_IS_LIST_MODEL (accounts));

  if (self->accounts == accounts)
    return;

  if (self->accounts != NULL)
    g_signal_handlers_disconnect_by_data (self->accounts, self);
  g_set_object (&self->accounts, accounts);
  if (accounts != NULL)
    g_signal_connect_object (accounts, "items-changed",
                             G_CALLBACK (accounts_changed_cb), self, G_CONNECT_SWAPPED);
  accounts_changed_cb (self);
}

gint64
fd_topic_view_get_topic_id (FdTopicView *self)
{
  g_return_val_if_fail (FD_IS_TOPIC_VIEW (self), 0);

  return self->topic_id;
}

guint
fd_topic_view_get_n_channels (FdTopicView *self)
{
  g_return_val_if_fail (FD_IS_TOPIC_VIEW (self), 0);

  return self->n_channels;
}

GtkWidget *
fd_topic_view_get_back_button (FdTopicView *self)
{
  g_return_val_if_fail (FD_IS_TOPIC_VIEW (self), NULL);

  return self->back_button;
}

GtkWidget *
fd_topic_view_get_header_bar (FdTopicView *self)
{
  g_return_val_if_fail (FD_IS_TOPIC_VIEW (self), NULL);

  return GTK_WIDGET (self->header_bar);
}
