/* fd-topics-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-topics-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fd-repeats.h"
#include "fd-text-utils.h"
#include "fd-topics-view.h"

#define TOPICS_LIMIT 200

struct _FdTopicsView
{
  GtkWidget       parent_instance;

  FdStoreWorker  *worker;
  GCancellable   *cancellable;
  guint           n_topics;
  guint           loaded : 1;

  AdwHeaderBar   *header_bar;
  GtkWidget      *back_button;
  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkSpinner     *spinner;
  GtkListBox     *list_box;
};

G_DEFINE_FINAL_TYPE (FdTopicsView, fd_topics_view, GTK_TYPE_WIDGET)

enum {
  TOPIC_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gpointer
list_job (FdStore       *store,
          gpointer       data,
          GCancellable  *cancellable,
          GError       **error)
{
  return fd_repeats_list_topics (store, FD_TOPIC_MIN_CUSTOMERS, TOPICS_LIMIT, error);
}

static GtkWidget *
create_row (FdTopic *topic)
{
  GtkWidget *row = adw_action_row_new ();
  FdMessage *first = topic->messages->len > 0 ? g_ptr_array_index (topic->messages, 0) : NULL;
  g_autofree char *snippet = first ? fd_message_dup_snippet (first) : g_strdup ("");
  g_autofree char *title = g_markup_escape_text (snippet, -1);
  g_autofree char *subtitle = NULL;

  if (topic->n_unanswered > 0)
    /* Translators: under a topic: how many customers, then how many posts wait */
    subtitle = g_strdup_printf (ngettext ("%u customer reports this, %u waiting",
                                          "%u customers report this, %u waiting",
                                          topic->n_customers),
                                topic->n_customers, topic->n_unanswered);
  else
    /* Translators: under a topic */
    subtitle = g_strdup_printf (ngettext ("%u customer reports this", "%u customers report this",
                                          topic->n_customers),
                                topic->n_customers);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  for (guint i = 0; topic->channels != NULL && topic->channels[i] != NULL; i++)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (fd_channel_icon_name (topic->channels[i]));

      gtk_widget_set_tooltip_text (icon, fd_channel_display_name (topic->channels[i]));
      gtk_widget_add_css_class (icon, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
    }

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "topic-id", g_memdup2 (&topic->id, sizeof topic->id), g_free);

  return row;
}

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  FdTopicsView *self = user_data;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GError) error = NULL;
  gint64 selected_id = 0;
  GtkListBoxRow *selected;
  GtkWidget *child;

  topics = fd_store_worker_run_finish (FD_STORE_WORKER (object), result, &error);
  if (topics == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not list the topics: %s", error->message);
      return;
    }

  if ((selected = gtk_list_box_get_selected_row (self->list_box)) != NULL)
    selected_id = *(gint64 *)g_object_get_data (G_OBJECT (selected), "topic-id");

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; i < topics->len; i++)
    {
      FdTopic *topic = g_ptr_array_index (topics, i);
      GtkWidget *row = create_row (topic);

      gtk_list_box_append (self->list_box, row);
      if (topic->id == selected_id)
        gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
    }

  self->n_topics = topics->len;
  self->loaded = TRUE;

  {
    /* Translators: subtitle of the Topics list */
    g_autofree char *subtitle = g_strdup_printf (ngettext ("%u topic", "%u topics", topics->len),
                                                 topics->len);
    adw_window_title_set_subtitle (self->window_title, subtitle);
  }

  gtk_spinner_set_spinning (self->spinner, FALSE);
  gtk_stack_set_visible_child_name (self->stack, topics->len > 0 ? "list" : "empty");
}

static void
row_activated_cb (FdTopicsView  *self,
                  GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "topic-id");

  if (id != NULL)
    g_signal_emit (self, signals[TOPIC_ACTIVATED], 0, *id);
}

static void
fd_topics_view_dispose (GObject *object)
{
  FdTopicsView *self = (FdTopicsView *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->worker);

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_TOPICS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fd_topics_view_parent_class)->dispose (object);
}

static void
fd_topics_view_class_init (FdTopicsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_topics_view_dispose;

  signals[TOPIC_ACTIVATED] =
    g_signal_new ("topic-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/topics/fd-topics-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FdTopicsView, header_bar);
  gtk_widget_class_bind_template_child (widget_class, FdTopicsView, back_button);
  gtk_widget_class_bind_template_child (widget_class, FdTopicsView, window_title);
  gtk_widget_class_bind_template_child (widget_class, FdTopicsView, stack);
  gtk_widget_class_bind_template_child (widget_class, FdTopicsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, FdTopicsView, list_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "fdtopicsview");
}

static void
fd_topics_view_init (FdTopicsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_spinner_set_spinning (self->spinner, TRUE);
}

void
fd_topics_view_set_worker (FdTopicsView  *self,
                           FdStoreWorker *worker)
{
  g_return_if_fail (FD_IS_TOPICS_VIEW (self));

  g_set_object (&self->worker, worker);
}

void
fd_topics_view_reload (FdTopicsView *self)
{
  g_return_if_fail (FD_IS_TOPICS_VIEW (self));

  if (self->worker == NULL)
    return;

  /* The callback never runs on a disposed view: dispose cancels. */
  fd_store_worker_run_async (self->worker, list_job, NULL, NULL,
                             (GDestroyNotify)g_ptr_array_unref,
                             self->cancellable, listed_cb, self);
}

guint
fd_topics_view_get_n_topics (FdTopicsView *self)
{
  g_return_val_if_fail (FD_IS_TOPICS_VIEW (self), 0);

  return self->n_topics;
}

void
fd_topics_view_activate (FdTopicsView *self,
                         guint         index)
{
  GtkListBoxRow *row;

  g_return_if_fail (FD_IS_TOPICS_VIEW (self));

  if ((row = gtk_list_box_get_row_at_index (self->list_box, index)) != NULL)
    {
      gtk_list_box_select_row (self->list_box, row);
      row_activated_cb (self, row);
    }
}

GtkWidget *
fd_topics_view_get_back_button (FdTopicsView *self)
{
  g_return_val_if_fail (FD_IS_TOPICS_VIEW (self), NULL);

  return self->back_button;
}

GtkWidget *
fd_topics_view_get_header_bar (FdTopicsView *self)
{
  g_return_val_if_fail (FD_IS_TOPICS_VIEW (self), NULL);

  return GTK_WIDGET (self->header_bar);
}
