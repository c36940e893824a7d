/* fd-sidebar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-sidebar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "fd-outbox.h"
#include "fd-repeats.h"
#include "fd-sidebar.h"
#include "fd-sync-status.h"
#include "fd-text-utils.h"

#define N_VIEW_ROWS 6
#define TOPICS_LIMIT 200

/* Rows sort by kind, then by the order they were made. */
enum {
  ORDER_VIEW    = 0,
  ORDER_TOPICS  = 100,
  ORDER_LISTENING = 101,
  ORDER_REPORTS = 102,
  ORDER_CHANNEL = 1000,
};

typedef struct {
  FdView      view;
  const char *scope;
  const char *icon_name;
  const char *title;
} ViewInfo;

static const ViewInfo view_infos[N_VIEW_ROWS] = {
  { FD_VIEW_ALL,        "all",        "mail-read-symbolic",           N_("All") },
  { FD_VIEW_UNANSWERED, "unanswered", "mail-unread-symbolic",         N_("Unanswered") },
  { FD_VIEW_REPEATED,   "repeated",   "mail-mark-important-symbolic", N_("Repeated") },
  { FD_VIEW_OUTBOX,     "outbox",     "mail-send-symbolic",           N_("Waiting to Send") },
  { FD_VIEW_SNOOZED,    "snoozed",    "alarm-symbolic",               N_("Snoozed") },
  { FD_VIEW_ARCHIVED,   "archived",   "folder-symbolic",              N_("Archived") },
};

typedef struct {
  guint       view_counts[N_VIEW_ROWS];
  GHashTable *channels;
  guint       n_topics;
  guint       n_waiting;
  guint       n_failed;
  guint       n_unsure;
} Counts;

struct _FdSidebar
{
  GtkWidget     parent_instance;

  FdStore      *store;
  char         *data_dir;
  FdStore      *worker_store;
  GCancellable *cancellable;
  guint         in_flight : 1;
  guint         reload_pending : 1;

  GtkWidget    *view_rows[N_VIEW_ROWS];
  guint         view_counts[N_VIEW_ROWS];
  GtkWidget    *topics_row;
  GtkWidget    *listening_row;
  GtkWidget    *reports_row;
  guint         n_topics;
  GHashTable   *channel_rows;

  AdwHeaderBar *header_bar;
  GtkListBox   *list_box;
  FdSyncStatus *sync_status;
};

G_DEFINE_FINAL_TYPE (FdSidebar, fd_sidebar, GTK_TYPE_WIDGET)

enum {
  SCOPE_CHANGED,
  SCOPE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_reload (FdSidebar *self);

static void
counts_free (Counts *counts)
{
  g_clear_pointer (&counts->channels, g_hash_table_unref);
  g_free (counts);
}

static GtkWidget *
create_row (const char *icon_name,
            const char *title,
            const char *scope,
            int         order)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), "scope", g_strdup (scope), g_free);
  g_object_set_data_full (G_OBJECT (row), "title", g_strdup (title), g_free);
  g_object_set_data (G_OBJECT (row), "count-label", count);
  g_object_set_data (G_OBJECT (row), "order", GINT_TO_POINTER (order));

  return row;
}

static void
set_row_count (GtkWidget *row,
               guint      count)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "count-label");
  g_autofree char *text = count > 0 ? g_strdup_printf ("%u", count) : NULL;
  g_autofree char *a11y = NULL;
  const char *title = g_object_get_data (G_OBJECT (row), "title");
  const char *scope = g_object_get_data (G_OBJECT (row), "scope");

  gtk_label_set_text (label, text ? text : "");

  if (g_strcmp0 (scope, "topics") == 0)
    /* Translators: read by screen readers for the Topics row, e.g. "Topics, 2 topics" */
    a11y = g_strdup_printf (ngettext ("%s, %u topic", "%s, %u topics", count), title, count);
  else
    /* Translators: read by screen readers for a sidebar row, e.g. "Unanswered, 12 messages" */
    a11y = g_strdup_printf (ngettext ("%s, %u message", "%s, %u messages", count), title, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y,
                                  -1);
}

static void
apply_counts (FdSidebar *self,
              Counts    *counts)
{
  g_autoptr(GList) names = NULL;

  for (guint i = 0; i < N_VIEW_ROWS; i++)
    {
      self->view_counts[i] = counts->view_counts[i];
      set_row_count (self->view_rows[i], counts->view_counts[i]);
    }

  self->n_topics = counts->n_topics;
  set_row_count (self->topics_row, counts->n_topics);
  fd_sync_status_set_outbox (self->sync_status, counts->n_waiting, counts->n_failed);
  fd_sync_status_set_outbox_unsure (self->sync_status, counts->n_unsure);

  names = g_hash_table_get_keys (counts->channels);
  names = g_list_sort (names, (GCompareFunc)g_strcmp0);

  for (const GList *l = names; l != NULL; l = l->next)
    {
      const char *channel = l->data;
      GtkWidget *row = g_hash_table_lookup (self->channel_rows, channel);

      if (row == NULL)
        {
          g_autofree char *scope = g_strconcat ("channel:", channel, NULL);

          row = create_row (fd_channel_icon_name (channel),
                            fd_channel_display_name (channel),
                            scope, ORDER_CHANNEL);
          g_hash_table_insert (self->channel_rows, g_strdup (channel), row);
          gtk_list_box_append (self->list_box, row);
        }

      set_row_count (row, GPOINTER_TO_UINT (g_hash_table_lookup (counts->channels, channel)));
    }
}

static void
count_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  FdSidebar *self = source_object;
  g_autoptr(GError) error = NULL;
  Counts *counts;

  if (self->worker_store == NULL)
    {
      self->worker_store = fd_store_open (self->data_dir, &error);
      if (self->worker_store == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }

  counts = g_new0 (Counts, 1);

  for (guint i = 0; i < N_VIEW_ROWS; i++)
    {
      g_autoptr(FdFilter) filter = fd_filter_new ();

      filter->view = view_infos[i].view;
      counts->view_counts[i] = fd_store_count (self->worker_store, filter, &error);
      if (error != NULL)
        {
          counts_free (counts);
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }

  counts->channels = fd_store_count_by_channel (self->worker_store, &error);
  if (counts->channels == NULL)
    {
      counts_free (counts);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  {
    g_autoptr(GPtrArray) topics = NULL;
    g_autoptr(GPtrArray) entries = NULL;
    g_autoptr(FdOutbox) outbox = fd_outbox_new (self->worker_store);

    topics = fd_repeats_list_topics (self->worker_store, FD_TOPIC_MIN_CUSTOMERS, TOPICS_LIMIT, &error);
    if (topics != NULL)
      counts->n_topics = topics->len;
    else
      {
        g_warning ("Could not list the topics: %s", error->message);
        g_clear_error (&error);
      }

    /* Replies only: a state change waiting to reach a server is not
     * something the person wrote. */
    entries = fd_outbox_list (outbox, 0, FALSE, &error);
    for (guint i = 0; entries != NULL && i < entries->len; i++)
      {
        const FdOutboxEntry *entry = g_ptr_array_index (entries, i);

        if (!fd_outbox_entry_is_reply (entry))
          continue;
        if (entry->state == FD_OUTBOX_FAILED)
          counts->n_failed++;
        else if (entry->state == FD_OUTBOX_UNSURE)
          counts->n_unsure++;
        else if (entry->state == FD_OUTBOX_PENDING || entry->state == FD_OUTBOX_SENDING)
          counts->n_waiting++;
      }
    if (entries == NULL)
      {
        g_warning ("Could not read the outbox: %s", error->message);
        g_clear_error (&error);
      }
  }

  g_task_return_pointer (task, counts, (GDestroyNotify)counts_free);
}

static void
count_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  FdSidebar *self = FD_SIDEBAR (object);
  g_autoptr(GError) error = NULL;
  Counts *counts;

  self->in_flight = FALSE;

  counts = g_task_propagate_pointer (G_TASK (result), &error);
  if (counts == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not count messages: %s", error->message);
    }
  else
    {
      apply_counts (self, counts);
      counts_free (counts);
    }

  if (self->reload_pending && !g_cancellable_is_cancelled (self->cancellable))
    start_reload (self);
}

static void
start_reload (FdSidebar *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->data_dir == NULL)
    return;

  if (self->in_flight)
    {
      self->reload_pending = TRUE;
      return;
    }

  self->in_flight = TRUE;
  self->reload_pending = FALSE;

  task = g_task_new (self, self->cancellable, count_cb, NULL);
  g_task_set_source_tag (task, start_reload);
  g_task_run_in_thread (task, count_thread);
}

static void
row_selected_cb (FdSidebar     *self,
                 GtkListBoxRow *row)
{
  const char *scope;
  const char *title;

  if (row == NULL)
    return;

  scope = g_object_get_data (G_OBJECT (row), "scope");
  title = g_object_get_data (G_OBJECT (row), "title");

  g_signal_emit (self, signals[SCOPE_CHANGED], 0, scope, title);
}

/* Also for the row already selected: a narrow window shows the view's
 * list again when its row is tapped. */
static void
row_activated_cb (FdSidebar     *self,
                  GtkListBoxRow *row)
{
  g_signal_emit (self, signals[SCOPE_ACTIVATED], 0,
                 g_object_get_data (G_OBJECT (row), "scope"));
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  const char *scope = g_object_get_data (G_OBJECT (row), "scope");
  const char *before_scope = before ? g_object_get_data (G_OBJECT (before), "scope") : NULL;

  if (g_strcmp0 (scope, "topics") == 0)
    {
      /* A thin line between the views of messages and the topics. */
      if (gtk_list_box_row_get_header (row) == NULL)
        gtk_list_box_row_set_header (row, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
    }
  else if (g_str_has_prefix (scope, "channel:") &&
      (before_scope == NULL || !g_str_has_prefix (before_scope, "channel:")))
    {
      if (gtk_list_box_row_get_header (row) == NULL)
        {
          GtkWidget *header = gtk_label_new (_("Channels"));

          gtk_label_set_xalign (GTK_LABEL (header), 0);
          gtk_widget_add_css_class (header, "heading");
          gtk_widget_add_css_class (header, "dim-label");
          gtk_widget_add_css_class (header, "sidebar-header");
          gtk_list_box_row_set_header (row, header);
        }
    }
  else if (gtk_list_box_row_get_header (row) != NULL)
    gtk_list_box_row_set_header (row, NULL);
}

static int
sort_func (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       user_data)
{
  int order_a = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (a), "order"));
  int order_b = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (b), "order"));

  if (order_a != order_b)
    return order_a < order_b ? -1 : 1;

  return g_utf8_collate (g_object_get_data (G_OBJECT (a), "title"),
                         g_object_get_data (G_OBJECT (b), "title"));
}

static void
fd_sidebar_dispose (GObject *object)
{
  FdSidebar *self = (FdSidebar *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_SIDEBAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fd_sidebar_parent_class)->dispose (object);
}

static void
fd_sidebar_finalize (GObject *object)
{
  FdSidebar *self = (FdSidebar *)object;

  g_clear_object (&self->worker_store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->channel_rows, g_hash_table_unref);
  g_clear_pointer (&self->data_dir, g_free);

  G_OBJECT_CLASS (fd_sidebar_parent_class)->finalize (object);
}

static void
fd_sidebar_class_init (FdSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_sidebar_dispose;
  object_class->finalize = fd_sidebar_finalize;

  signals[SCOPE_CHANGED] =
    g_signal_new ("scope-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[SCOPE_ACTIVATED] =
    g_signal_new ("scope-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/inbox/fd-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, FdSidebar, header_bar);
  gtk_widget_class_bind_template_child (widget_class, FdSidebar, list_box);
  gtk_widget_class_bind_template_child (widget_class, FdSidebar, sync_status);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "fdsidebar");
}

static void
fd_sidebar_init (FdSidebar *self)
{
  g_type_ensure (FD_TYPE_SYNC_STATUS);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->channel_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < N_VIEW_ROWS; i++)
    {
      self->view_rows[i] = create_row (view_infos[i].icon_name,
                                       _(view_infos[i].title),
                                       view_infos[i].scope,
                                       ORDER_VIEW + i);
      set_row_count (self->view_rows[i], 0);
      gtk_list_box_append (self->list_box, self->view_rows[i]);
    }

  /* Translators: a sidebar row: problems that many customers report */
  self->topics_row = create_row ("system-users-symbolic", _("Topics"), "topics", ORDER_TOPICS);
  gtk_widget_set_tooltip_text (self->topics_row, _("Problems that several customers report"));
  set_row_count (self->topics_row, 0);
  gtk_list_box_append (self->list_box, self->topics_row);

  /* Translators: a sidebar row: Mastodon posts that mention followed hashtags and keywords */
  self->listening_row = create_row ("system-search-symbolic", _("Listening"), "listening", ORDER_LISTENING);
  gtk_widget_set_tooltip_text (self->listening_row, _("Posts about your business from people who did not write to you"));
  gtk_list_box_append (self->list_box, self->listening_row);

  /* Translators: a sidebar row: response times and what customers wrote about */
  self->reports_row = create_row ("frontdesk-reports-symbolic", _("Reports"), "reports", ORDER_REPORTS);
  gtk_widget_set_tooltip_text (self->reports_row, _("How fast customers were answered, and what they wrote about"));
  gtk_list_box_append (self->list_box, self->reports_row);

  gtk_list_box_set_header_func (self->list_box, header_func, self, NULL);
  gtk_list_box_set_sort_func (self->list_box, sort_func, self, NULL);
}

void
fd_sidebar_set_store (FdSidebar *self,
                      FdStore   *store)
{
  g_return_if_fail (FD_IS_SIDEBAR (self));
  g_return_if_fail (FD_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->data_dir = g_strdup (fd_store_get_data_dir (store));
  /* The counts come with the first fd_sidebar_reload(): the window asks
   * once the inbox is listed, so that counting a large store does not
   * compete with the first screen for the processor. */
}

void
fd_sidebar_reload (FdSidebar *self)
{
  g_return_if_fail (FD_IS_SIDEBAR (self));

  start_reload (self);
}

void
fd_sidebar_select_scope (FdSidebar  *self,
                         const char *scope)
{
  GtkWidget *row = NULL;

  g_return_if_fail (FD_IS_SIDEBAR (self));

  if (scope != NULL && g_str_has_prefix (scope, "channel:"))
    {
      const char *channel = scope + strlen ("channel:");

      row = g_hash_table_lookup (self->channel_rows, channel);
      if (row == NULL)
        {
          /* Counts arrive later: make the row now so the choice sticks. */
          row = create_row (fd_channel_icon_name (channel),
                            fd_channel_display_name (channel),
                            scope, ORDER_CHANNEL);
          g_hash_table_insert (self->channel_rows, g_strdup (channel), row);
          gtk_list_box_append (self->list_box, row);
        }
    }
  else if (g_strcmp0 (scope, "topics") == 0)
    row = self->topics_row;
  else if (g_strcmp0 (scope, "listening") == 0)
    row = self->listening_row;
  else if (g_strcmp0 (scope, "reports") == 0)
    row = self->reports_row;
  else
    {
      for (guint i = 0; i < N_VIEW_ROWS; i++)
        if (g_strcmp0 (scope, view_infos[i].scope) == 0)
          row = self->view_rows[i];
    }

  if (row == NULL)
    row = self->view_rows[0];

  if (gtk_list_box_get_selected_row (self->list_box) == GTK_LIST_BOX_ROW (row))
    row_selected_cb (self, GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
}

char *
fd_sidebar_dup_scope (FdSidebar *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (FD_IS_SIDEBAR (self), NULL);

  row = gtk_list_box_get_selected_row (self->list_box);
  if (row == NULL)
    return g_strdup ("all");

  return g_strdup (g_object_get_data (G_OBJECT (row), "scope"));
}

GtkWidget *
fd_sidebar_get_header_bar (FdSidebar *self)
{
  g_return_val_if_fail (FD_IS_SIDEBAR (self), NULL);

  return GTK_WIDGET (self->header_bar);
}

guint
fd_sidebar_get_count (FdSidebar *self,
                      FdView     view)
{
  g_return_val_if_fail (FD_IS_SIDEBAR (self), 0);

  for (guint i = 0; i < N_VIEW_ROWS; i++)
    if (view_infos[i].view == view)
      return self->view_counts[i];

  return 0;
}

guint
fd_sidebar_get_n_topics (FdSidebar *self)
{
  g_return_val_if_fail (FD_IS_SIDEBAR (self), 0);

  return self->n_topics;
}

FdSyncStatus *
fd_sidebar_get_sync_status (FdSidebar *self)
{
  g_return_val_if_fail (FD_IS_SIDEBAR (self), NULL);

  return self->sync_status;
}
