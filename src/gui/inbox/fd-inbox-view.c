/* fd-inbox-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-inbox-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fd-inbox-item.h"
#include "fd-inbox-row.h"
#include "fd-inbox-view.h"

struct _FdInboxView
{
  GtkWidget           parent_instance;

  FdInboxModel       *model;
  GtkSingleSelection *selection;

  FdView              view;
  char               *channel;
  FdSortOrder         order;
  char              **terms;

  guint               tick_source;
  guint               advance_position;
  guint               advance_on_removal : 1;
  guint               scroll_to_top : 1;   /* another view or order: start at its top */
  guint               activate_source;

  AdwHeaderBar       *header_bar;
  GtkWidget          *back_button;
  AdwWindowTitle     *window_title;
  GtkWidget          *sort_button;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkLabel           *search_error;
  GtkStack           *stack;
  GtkSpinner         *spinner;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
};

G_DEFINE_FINAL_TYPE (FdInboxView, fd_inbox_view, GTK_TYPE_WIDGET)

enum {
  MESSAGE_SELECTED,
  MESSAGE_ACTIVATED,
  TERMS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_rows (FdInboxView *self)
{
  /* The rows are the children of the list's item widgets. */
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (item);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          if (FD_IS_INBOX_ROW (child))
            fd_inbox_row_set_terms (FD_INBOX_ROW (child), (const char * const *)self->terms);
        }
    }
}

static gboolean
is_searching (FdInboxView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return gtk_search_bar_get_search_mode (self->search_bar) && text != NULL && text[0] != '\0';
}

static void
update_empty_page (FdInboxView *self)
{
  const char *icon = "mail-read-symbolic";
  const char *title = NULL;
  const char *description = NULL;

  if (is_searching (self))
    {
      icon = "edit-find-symbolic";
      title = _("No Results");
      description = _("No message matches this search. Try fewer words, or another view.");
    }
  else if (self->channel != NULL)
    {
      title = _("No Messages");
      description = _("Nothing from this channel yet.");
    }
  else
    {
      switch (self->view)
        {
        case FD_VIEW_UNANSWERED:
          icon = "object-select-symbolic";
          title = _("Everyone Has an Answer");
          description = _("No customer is waiting for a reply.");
          break;

        case FD_VIEW_REPEATED:
          icon = "object-select-symbolic";
          title = _("No Repeated Posts");
          description = _("When a customer posts the same thing several times, the copies show up here so that each one gets an answer.");
          break;

        case FD_VIEW_OUTBOX:
          icon = "mail-send-symbolic";
          title = _("Nothing Waiting to Send");
          description = _("Replies you write are kept here until they have been sent.");
          break;

        case FD_VIEW_SNOOZED:
          icon = "alarm-symbolic";
          title = _("Nothing Snoozed");
          description = _("A snoozed conversation waits here until its time, then returns to Unanswered.");
          break;

        case FD_VIEW_ARCHIVED:
          icon = "folder-symbolic";
          title = _("Nothing Archived");
          description = _("Archived conversations leave the inbox and are kept here.");
          break;

        case FD_VIEW_ALL:
        case FD_VIEW_EVERYTHING:
        default:
          icon = "mail-unread-symbolic";
          title = _("Your Inbox Is Empty");
          description = _("Add an account or import messages with frontdesk-cli import.");
          break;
        }
    }

  adw_status_page_set_icon_name (self->empty_page, icon);
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
}

static void
update_page (FdInboxView *self)
{
  guint n_items = self->model ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  gboolean loaded = self->model && fd_inbox_model_get_loaded (self->model);
  g_autofree char *subtitle = NULL;

  if (n_items > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (!loaded)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else
    {
      update_empty_page (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }

  gtk_spinner_set_spinning (self->spinner, !loaded && n_items == 0);

  if (loaded)
    {
      guint n_messages = fd_inbox_model_get_n_messages (self->model);

      /* Translators: subtitle of the message list */
      subtitle = g_strdup_printf (ngettext ("%u message", "%u messages", n_messages), n_messages);
    }
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
apply_filter (FdInboxView *self)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GError) error = NULL;
  const char *text = "";

  if (self->model == NULL)
    return;

  filter->view = self->view;
  filter->order = self->order;
  filter->channel = g_strdup (self->channel);

  if (gtk_search_bar_get_search_mode (self->search_bar))
    text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (text[0] != '\0' && !fd_filter_parse_search (filter, text, &error))
    {
      /* Keep the last good list; say what is wrong right under the entry. */
      gtk_label_set_text (self->search_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->search_error), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->search_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");

  g_clear_pointer (&self->terms, g_strfreev);
  if (filter->terms != NULL && filter->terms->len > 0)
    {
      self->terms = g_new0 (char *, filter->terms->len + 1);
      for (guint i = 0; i < filter->terms->len; i++)
        self->terms[i] = g_strdup (g_ptr_array_index (filter->terms, i));
    }

  /* The list keeps the row at its top in view across a change, which
   * for another order would show the end of the new one. */
  {
    const FdFilter *shown = fd_inbox_model_get_filter (self->model);

    if (shown == NULL || shown->view != filter->view || shown->order != filter->order ||
        g_strcmp0 (shown->channel, filter->channel) != 0)
      self->scroll_to_top = TRUE;
  }

  fd_inbox_model_set_filter (self->model, filter);
  update_rows (self);
  update_page (self);
  g_signal_emit (self, signals[TERMS_CHANGED], 0);
}

static FdMessage *
selected_message (FdInboxView *self)
{
  FdInboxItem *item;

  if (self->selection == NULL)
    return NULL;

  item = gtk_single_selection_get_selected_item (self->selection);
  return item ? fd_inbox_item_get_message (item) : NULL;
}

static gboolean
activate_selected_cb (gpointer data)
{
  FdInboxView *self = data;
  FdMessage *message = selected_message (self);

  self->activate_source = 0;

  if (message != NULL)
    g_signal_emit (self, signals[MESSAGE_ACTIVATED], 0, message);

  return G_SOURCE_REMOVE;
}

static void
search_changed_cb (FdInboxView *self)
{
  apply_filter (self);
}

static void
stop_search_cb (FdInboxView *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  fd_inbox_view_focus_list (self);
}

static void
search_activate_cb (FdInboxView *self)
{
  fd_inbox_view_focus_list (self);
}

static void
search_mode_changed_cb (FdInboxView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* Closing the bar shows everything again; reopening restores the search. */
  if (text != NULL && text[0] != '\0')
    apply_filter (self);
}

static void
list_activate_cb (FdInboxView *self,
                  guint        position)
{
  gtk_single_selection_set_selected (self->selection, position);
  g_clear_handle_id (&self->activate_source, g_source_remove);
  activate_selected_cb (self);
}

static void
click_released_cb (FdInboxView *self)
{
  /* After the row's own gesture has selected it. */
  g_clear_handle_id (&self->activate_source, g_source_remove);
  self->activate_source = g_idle_add (activate_selected_cb, self);
}

static void
selected_item_changed_cb (FdInboxView        *self,
                          GParamSpec         *pspec,
                          GtkSingleSelection *selection)
{
  FdMessage *message = selected_message (self);

  /* A row that vanished from the list leaves the conversation shown. */
  if (message != NULL)
    g_signal_emit (self, signals[MESSAGE_SELECTED], 0, message);
}

static void
setup_row_cb (FdInboxView  *self,
              GtkListItem  *list_item)
{
  GtkWidget *row = fd_inbox_row_new ();

  gtk_list_item_set_child (list_item, row);
}

static void
bind_row_cb (FdInboxView *self,
             GtkListItem *list_item)
{
  fd_inbox_row_bind (FD_INBOX_ROW (gtk_list_item_get_child (list_item)),
                     gtk_list_item_get_item (list_item),
                     (const char * const *)self->terms);
}

static void
unbind_row_cb (FdInboxView *self,
               GtkListItem *list_item)
{
  fd_inbox_row_unbind (FD_INBOX_ROW (gtk_list_item_get_child (list_item)));
}

static gboolean
tick_cb (gpointer data)
{
  /* Waiting times go on growing while nothing else changes. */
  update_rows (data);
  return G_SOURCE_CONTINUE;
}

static void
fd_inbox_view_dispose (GObject *object)
{
  FdInboxView *self = (FdInboxView *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_handle_id (&self->activate_source, g_source_remove);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_INBOX_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fd_inbox_view_parent_class)->dispose (object);
}

static void
fd_inbox_view_finalize (GObject *object)
{
  FdInboxView *self = (FdInboxView *)object;

  g_clear_pointer (&self->channel, g_free);
  g_clear_pointer (&self->terms, g_strfreev);

  G_OBJECT_CLASS (fd_inbox_view_parent_class)->finalize (object);
}

static gboolean
fd_inbox_view_grab_focus (GtkWidget *widget)
{
  FdInboxView *self = FD_INBOX_VIEW (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
fd_inbox_view_class_init (FdInboxViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_inbox_view_dispose;
  object_class->finalize = fd_inbox_view_finalize;

  widget_class->grab_focus = fd_inbox_view_grab_focus;

  signals[MESSAGE_SELECTED] =
    g_signal_new ("message-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FD_TYPE_MESSAGE);

  signals[MESSAGE_ACTIVATED] =
    g_signal_new ("message-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FD_TYPE_MESSAGE);

  signals[TERMS_CHANGED] =
    g_signal_new ("terms-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/inbox/fd-inbox-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FdInboxView, header_bar);
  gtk_widget_class_bind_template_child (widget_class, FdInboxView, back_button);
  gtk_widget_class_bind_template_child (widget_class, FdInboxView, window_title);
  gtk_widget_class_bind_template_child (widget_class, FdInboxView, sort_button);
  gtk_widget_class_bind_template_child (widget_class, FdInboxView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, FdInboxView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FdInboxView, search_error);
  gtk_widget_class_bind_template_child (widget_class, FdInboxView, stack);
  gtk_widget_class_bind_template_child (widget_class, FdInboxView, spinner);
  gtk_widget_class_bind_template_child (widget_class, FdInboxView, list_view);
  gtk_widget_class_bind_template_child (widget_class, FdInboxView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_set_css_name (widget_class, "fdinboxview");
}

static void
fd_inbox_view_init (FdInboxView *self)
{
  GtkListItemFactory *factory;
  GtkGesture *click;

  self->view = FD_VIEW_ALL;
  self->order = FD_SORT_NEWEST;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "released", G_CALLBACK (click_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  self->tick_source = g_timeout_add_seconds (60, tick_cb, self);

  update_page (self);
}

static void
model_items_changed_cb (FdInboxView *self,
                        guint        position,
                        guint        removed,
                        guint        added)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  /* The row just archived or answered left the list: go on with the one
   * that took its place, as mail apps do. */
  if (self->advance_on_removal && removed > 0 &&
      gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION &&
      self->advance_position >= position && self->advance_position < position + removed &&
      n_items > 0)
    {
      self->advance_on_removal = FALSE;
      gtk_single_selection_set_selected (self->selection, MIN (position, n_items - 1));
    }

  update_page (self);
}

static void
model_loading_changed_cb (FdInboxView *self)
{
  if (fd_inbox_model_get_loading (self->model))
    return;

  self->advance_on_removal = FALSE;
  if (self->scroll_to_top)
    {
      self->scroll_to_top = FALSE;
      if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
        gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
    }
}

void
fd_inbox_view_set_model (FdInboxView  *self,
                         FdInboxModel *model)
{
  g_return_if_fail (FD_IS_INBOX_VIEW (self));
  g_return_if_fail (!model || FD_IS_INBOX_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->model, update_page, self);
      g_signal_handlers_disconnect_by_func (self->model, model_loading_changed_cb, self);
    }

  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_set_object (&self->model, model);

  if (model != NULL)
    {
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (model)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_object (self->selection, "notify::selected-item",
                               G_CALLBACK (selected_item_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

      g_signal_connect_object (model, "items-changed",
                               G_CALLBACK (model_items_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::loaded",
                               G_CALLBACK (update_page), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::n-messages",
                               G_CALLBACK (update_page), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::loading",
                               G_CALLBACK (model_loading_changed_cb), self, G_CONNECT_SWAPPED);
      apply_filter (self);
    }

  update_page (self);
}

FdInboxModel *
fd_inbox_view_get_model (FdInboxView *self)
{
  g_return_val_if_fail (FD_IS_INBOX_VIEW (self), NULL);

  return self->model;
}

GtkSingleSelection *
fd_inbox_view_get_selection (FdInboxView *self)
{
  g_return_val_if_fail (FD_IS_INBOX_VIEW (self), NULL);

  return self->selection;
}

static void
set_order (FdInboxView *self,
           FdSortOrder  order)
{
  self->order = order;
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->sort_button),
                                 order == FD_SORT_NEWEST ? "view-sort-descending-symbolic"
                                                         : "view-sort-ascending-symbolic");
}

void
fd_inbox_view_set_scope (FdInboxView *self,
                         FdView       view,
                         const char  *channel,
                         const char  *title,
                         FdSortOrder  order)
{
  g_return_if_fail (FD_IS_INBOX_VIEW (self));

  /* One new filter, so one reading of the store. */
  set_order (self, order);
  self->view = view;
  g_free (self->channel);
  self->channel = g_strdup (channel);
  adw_window_title_set_title (self->window_title, title);

  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  apply_filter (self);
}

void
fd_inbox_view_set_sort_order (FdInboxView *self,
                              FdSortOrder  order)
{
  g_return_if_fail (FD_IS_INBOX_VIEW (self));

  if (self->order == order)
    return;

  set_order (self, order);
  apply_filter (self);
}

const char * const *
fd_inbox_view_get_terms (FdInboxView *self)
{
  g_return_val_if_fail (FD_IS_INBOX_VIEW (self), NULL);

  return (const char * const *)self->terms;
}

void
fd_inbox_view_start_search (FdInboxView *self)
{
  g_return_if_fail (FD_IS_INBOX_VIEW (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
fd_inbox_view_focus_list (FdInboxView *self)
{
  g_return_if_fail (FD_IS_INBOX_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

GtkWidget *
fd_inbox_view_get_back_button (FdInboxView *self)
{
  g_return_val_if_fail (FD_IS_INBOX_VIEW (self), NULL);

  return self->back_button;
}

GtkWidget *
fd_inbox_view_get_header_bar (FdInboxView *self)
{
  g_return_val_if_fail (FD_IS_INBOX_VIEW (self), NULL);

  return GTK_WIDGET (self->header_bar);
}

/* When the selected row leaves the list at the next reload (archived,
 * answered), select the row that takes its place. */
void
fd_inbox_view_advance_after_removal (FdInboxView *self)
{
  g_return_if_fail (FD_IS_INBOX_VIEW (self));

  if (self->selection == NULL)
    return;

  self->advance_position = gtk_single_selection_get_selected (self->selection);
  self->advance_on_removal = self->advance_position != GTK_INVALID_LIST_POSITION;
}
