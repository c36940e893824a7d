/* fd-window.c
 *
 * Three panes in an AdwLeaflet (sidebar | inbox | conversation) that fold
 * into one with back buttons on a phone. The window notices changes made
 * by other processes (frontdesk-cli import, later the sync daemon) by
 * polling the store's data version, which costs one pragma a second.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-translation-setup.h"
#include "fd-inbox-row.h"
#include "fd-window-private.h"

#define POLL_INTERVAL_MS 1000

G_DEFINE_FINAL_TYPE (FdWindow, fd_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SORT_ORDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The inbox view a sidebar scope shows; @channel is set to the channel
 * of a "channel:NAME" scope (whose view is All), or NULL. */
static FdView
view_from_scope (const char  *scope,
                 const char **channel)
{
  *channel = NULL;
  if (g_str_has_prefix (scope, "channel:"))
    {
      *channel = scope + strlen ("channel:");
      return FD_VIEW_ALL;
    }
  if (g_strcmp0 (scope, "unanswered") == 0)
    return FD_VIEW_UNANSWERED;
  if (g_strcmp0 (scope, "repeated") == 0)
    return FD_VIEW_REPEATED;
  if (g_strcmp0 (scope, "outbox") == 0)
    return FD_VIEW_OUTBOX;
  if (g_strcmp0 (scope, "archived") == 0)
    return FD_VIEW_ARCHIVED;
  if (g_strcmp0 (scope, "snoozed") == 0)
    return FD_VIEW_SNOOZED;
  return FD_VIEW_ALL;
}

static FdSortOrder
sort_order_from_name (const char *name)
{
  if (g_strcmp0 (name, "most-overdue") == 0)
    return FD_SORT_MOST_OVERDUE;
  return g_strcmp0 (name, "longest-waiting") == 0 ? FD_SORT_LONGEST_WAITING : FD_SORT_NEWEST;
}

/* The order a view is sorted in: the one last chosen in it, else the
 * default of Preferences. Unanswered starts with the longest wait, as
 * its customers should be answered. */
static char *
dup_view_sort_order (GSettings  *settings,
                     const char *scope)
{
  g_autoptr(GVariant) orders = NULL;
  const char *order = NULL;

  if (settings == NULL)
    return g_strdup (g_strcmp0 (scope, "unanswered") == 0 ? "longest-waiting" : "newest");

  orders = g_settings_get_value (settings, "view-sort-orders");
  if (scope != NULL && g_variant_lookup (orders, scope, "&s", &order) &&
      (g_str_equal (order, "newest") || g_str_equal (order, "longest-waiting") ||
       g_str_equal (order, "most-overdue")))
    return g_strdup (order);

  return g_settings_get_string (settings, "sort-order");
}

static void show_sort_order (FdWindow   *self,
                             const char *order);

/* Remembers @order for @scope, the others as they were. */
static void
store_view_sort_order (GSettings  *settings,
                       const char *scope,
                       const char *order)
{
  g_autoptr(GVariant) orders = g_settings_get_value (settings, "view-sort-orders");
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
  GVariantIter iter;
  const char *key, *value;

  g_variant_iter_init (&iter, orders);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (!g_str_equal (key, scope))
      g_variant_builder_add (&builder, "{ss}", key, value);
  g_variant_builder_add (&builder, "{ss}", scope, order);

  g_settings_set_value (settings, "view-sort-orders", g_variant_builder_end (&builder));
}

static gboolean
store_has_messages (FdWindow *self)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GError) error = NULL;

  /* One row through the keyset index: cheap on any size of profile. */
  filter->view = FD_VIEW_EVERYTHING;
  first = fd_store_list (self->store, filter, 0, 1, &error);
  if (first == NULL)
    {
      g_warning ("Could not read the store: %s", error->message);
      return TRUE;
    }

  return first->len > 0;
}

static void
update_main_page (FdWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->main_stack);

  if (self->store == NULL || g_strcmp0 (page, "error") == 0)
    return;

  if (!self->sample && !store_has_messages (self))
    {
      /* Running uninstalled, the app icon is not in the theme yet. Asked
       * here, not at start: the question makes the icon theme load at
       * once, on this thread. */
      if (adw_status_page_get_icon_name (self->welcome_page) == NULL)
        {
          GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));

          adw_status_page_set_icon_name (self->welcome_page,
                                         gtk_icon_theme_has_icon (theme, APP_ID) ? APP_ID : "mail-unread-symbolic");
        }
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }
  else
    gtk_stack_set_visible_child_name (self->main_stack, "main");
}

/* The inbox rows' response target badges follow the profile's settings,
 * which Preferences may just have changed. */
static void
load_targets (FdWindow *self)
{
  g_autoptr(FdReportSettings) settings = NULL;
  g_autoptr(GError) error = NULL;

  if (!(settings = fd_report_settings_load (self->store, &error)))
    g_warning ("Could not read the response targets: %s", error->message);
  fd_inbox_row_set_targets (settings);
}

static gboolean
refresh_cb (gpointer data)
{
  FdWindow *self = data;

  self->refresh_source = 0;
  load_targets (self);

  fd_inbox_model_reload (self->model);
  fd_sidebar_reload (self->sidebar);
  fd_conversation_view_reload (self->conversation_view);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->inbox_stack), "topics") == 0)
    fd_topics_view_reload (self->topics_view);
  /* Not while posts are listed: that would lose the person's place. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->inbox_stack), "listening") == 0 &&
      fd_listening_view_get_n_posts (self->listening_view) == 0)
    fd_listening_view_reload (self->listening_view);
  if (fd_topic_view_get_topic_id (self->topic_view) != 0)
    fd_topic_view_reload (self->topic_view);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0)
    update_main_page (self);

  fd_window_update_actions (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (FdWindow *self)
{
  /* Many commits in a row (an import) cost one reload. */
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (50, refresh_cb, self);
}

/* After a sync or an import, and when the window opens with posts not
 * looked at yet: posts in two languages are compared in the background. */
static void
restart_language_pass (FdWindow *self)
{
  g_clear_object (&self->language_pass);
  if (self->translation_manager == NULL || self->store == NULL)
    return;
  self->language_pass = fd_repeats_language_pass_new (self->store, self->translation_manager);
  fd_repeats_language_pass_poke (self->language_pass);
}

/* Repeats found under older rules are found again under the current
 * ones, on the worker, a few customers a job, so that the window and
 * other store work go on meanwhile. */
#define RULES_BATCH 50

static gpointer
update_rules_job (FdStore       *store,
                  gpointer       data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  gboolean done = FALSE;
  guint n_customers = 0;

  if (!fd_customers_update_repeat_rules (store, RULES_BATCH, &done, &n_customers, error))
    return NULL;

  /* 1: done, nothing changed; 2: done; 3: more to do. */
  return GINT_TO_POINTER (!done ? 3 : n_customers > 0 ? 2 : 1);
}

static void update_rules (FdWindow *self);

static void
update_rules_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FdWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  int state = GPOINTER_TO_INT (fd_store_worker_run_finish (FD_STORE_WORKER (object), result, &error));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->worker == NULL)
    return;
  if (state == 0)
    {
      g_warning ("Repeats were not found again under the current rules: %s", error->message);
      return;
    }

  if (state > 1)
    queue_refresh (self);
  if (state == 3)
    update_rules (self);
}

static void
update_rules (FdWindow *self)
{
  fd_store_worker_run_async (self->worker, update_rules_job, NULL, NULL, NULL, self->rules_cancellable,
                             update_rules_cb, g_object_ref (self));
}

static void
store_changed_cb (FdWindow *self)
{
  queue_refresh (self);
  if (self->language_pass != NULL)
    fd_repeats_language_pass_poke (self->language_pass);
}

static gboolean
poll_cb (gpointer data)
{
  FdWindow *self = data;
  gint64 version = fd_store_get_data_version (self->store);

  if (version != self->data_version)
    {
      self->data_version = version;
      queue_refresh (self);
      if (self->language_pass != NULL)
        fd_repeats_language_pass_poke (self->language_pass);
    }

  return G_SOURCE_CONTINUE;
}

static void
update_title_buttons (FdWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  GtkWidget *middle[] = {
    fd_inbox_view_get_header_bar (self->inbox_view),
    fd_topics_view_get_header_bar (self->topics_view),
    fd_listening_view_get_header_bar (self->listening_view),
  };
  GtkWidget *last[] = {
    fd_conversation_view_get_header_bar (self->conversation_view),
    fd_topic_view_get_header_bar (self->topic_view),
    NULL,
  };

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (fd_sidebar_get_header_bar (self->sidebar)), folded);
  for (guint i = 0; i < G_N_ELEMENTS (middle); i++)
    {
      adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (middle[i]), folded);
      adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (middle[i]), folded);
      if (last[i] != NULL)
        adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (last[i]), folded);
    }

  gtk_widget_set_visible (fd_inbox_view_get_back_button (self->inbox_view), folded);
  gtk_widget_set_visible (fd_topics_view_get_back_button (self->topics_view), folded);
  gtk_widget_set_visible (fd_listening_view_get_back_button (self->listening_view), folded);
  gtk_widget_set_visible (fd_conversation_view_get_back_button (self->conversation_view), folded);
  gtk_widget_set_visible (fd_topic_view_get_back_button (self->topic_view), folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (fd_reports_view_get_header_bar (self->reports_view)), folded);
  gtk_widget_set_visible (fd_reports_view_get_back_button (self->reports_view), folded);
}

static void
folded_changed_cb (FdWindow *self)
{
  /* A leaflet shows the child last made visible, which in a wide window
   * is not where the person was (setting it there would move the focus
   * out of the list), so a narrowed window would show the sidebar. */
  if (adw_leaflet_get_folded (self->leaflet) && self->pane != NULL)
    adw_leaflet_set_visible_child_name (self->leaflet, self->pane);

  update_title_buttons (self);
  fd_window_update_actions (self);
}

/* Back, swipes and the window's own changes in a narrow window. */
static void
visible_pane_changed_cb (FdWindow *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    self->pane = g_intern_string (adw_leaflet_get_visible_child_name (self->leaflet));
}

static void
scope_changed_cb (FdWindow   *self,
                  const char *scope,
                  const char *title,
                  FdSidebar  *sidebar)
{
  const char *channel;
  FdView view = view_from_scope (scope, &channel);
  gboolean topics = g_strcmp0 (scope, "topics") == 0;
  gboolean listening = g_strcmp0 (scope, "listening") == 0;
  gboolean reports = g_strcmp0 (scope, "reports") == 0;

  /* A report needs the width: it takes the list's pane too. */
  gtk_widget_set_visible (GTK_WIDGET (self->inbox_stack), !reports);
  if (reports)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->reports_view), TRUE);
      gtk_stack_set_visible_child_name (self->conversation_stack, "report");
      fd_reports_view_reload (self->reports_view);
      g_free (self->scope);
      self->scope = g_strdup (scope);
      if (self->settings != NULL)
        g_settings_set_string (self->settings, "last-view", scope);
      return;
    }

  if (topics)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->topics_view), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->topic_view), TRUE);
    }
  if (listening)
    gtk_widget_set_visible (GTK_WIDGET (self->listening_view), TRUE);
  gtk_stack_set_visible_child_name (self->inbox_stack,
                                    topics ? "topics" : listening ? "listening" : "messages");
  gtk_stack_set_visible_child_name (self->conversation_stack, topics ? "topic" : "conversation");
  if (topics)
    fd_topics_view_reload (self->topics_view);
  if (listening)
    fd_listening_view_reload (self->listening_view);

  g_free (self->scope);
  self->scope = g_strdup (scope);
  if (!topics && !listening)
    {
      g_autofree char *order = dup_view_sort_order (self->settings, scope);

      show_sort_order (self, order);
      fd_inbox_view_set_scope (self->inbox_view, view, channel, title, sort_order_from_name (order));
    }

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-view", scope);
}

/* A click or tap on a view, the highlighted one too, shows its list;
 * moving through the views with the arrow keys does not. */
static void
scope_activated_cb (FdWindow   *self,
                    const char *scope,
                    FdSidebar  *sidebar)
{
  fd_window_show_pane (self, g_strcmp0 (scope, "reports") == 0 ? "conversation" : "inbox");
}

static void
message_selected_cb (FdWindow    *self,
                     FdMessage   *message,
                     FdInboxView *view)
{
  fd_conversation_view_set_terms (self->conversation_view, fd_inbox_view_get_terms (view));
  fd_conversation_view_show_message (self->conversation_view, message);
  gtk_stack_set_visible_child_name (self->conversation_stack, "conversation");
  fd_window_update_actions (self);

  /* In a narrow window only opening a row leaves the list, and only then
   * has the conversation been read. */
  if (!adw_leaflet_get_folded (self->leaflet))
    {
      self->pane = g_intern_static_string ("conversation");
      fd_window_mark_shown_read (self);
    }
}

static void
message_activated_cb (FdWindow    *self,
                      FdMessage   *message,
                      FdInboxView *view)
{
  message_selected_cb (self, message, view);
  fd_window_show_pane (self, "conversation");
  if (adw_leaflet_get_folded (self->leaflet))
    fd_window_mark_shown_read (self);
}

static void
terms_changed_cb (FdWindow    *self,
                  FdInboxView *view)
{
  fd_conversation_view_set_terms (self->conversation_view, fd_inbox_view_get_terms (view));
}

static void
topic_activated_cb (FdWindow     *self,
                    gint64        topic_id,
                    FdTopicsView *view)
{
  fd_topic_view_show_topic (self->topic_view, topic_id);
  gtk_widget_set_visible (GTK_WIDGET (self->topic_view), TRUE);
  gtk_stack_set_visible_child_name (self->conversation_stack, "topic");
  fd_window_show_pane (self, "conversation");
}

/* A listening post became an inbox message: open its conversation. */
static void
listening_post_answered_cb (FdWindow        *self,
                            gint64           message_id,
                            FdListeningView *view)
{
  g_autoptr(FdMessage) message = NULL;
  g_autoptr(GError) error = NULL;

  fd_window_check_store (self);

  if (!(message = fd_store_get_message (self->store, message_id, &error)))
    {
      g_warning ("Could not open the answered post: %s", error ? error->message : "not found");
      return;
    }

  fd_conversation_view_show_message (self->conversation_view, message);
  gtk_stack_set_visible_child_name (self->conversation_stack, "conversation");
  fd_window_update_actions (self);
  fd_window_show_pane (self, "conversation");
  fd_composer_focus (fd_conversation_view_get_composer (self->conversation_view));
}

gboolean
fd_window_open_message (FdWindow *self,
                        gint64    message_id)
{
  g_autoptr(FdMessage) message = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FD_IS_WINDOW (self), FALSE);

  if (self->store == NULL)
    return FALSE;
  fd_window_check_store (self);
  if (!(message = fd_store_get_message (self->store, message_id, &error)))
    {
      g_debug ("Could not open message %" G_GINT64_FORMAT ": %s", message_id, error->message);
      return FALSE;
    }

  fd_conversation_view_show_message (self->conversation_view, message);
  gtk_stack_set_visible_child_name (self->conversation_stack, "conversation");
  fd_window_update_actions (self);
  fd_window_show_pane (self, "conversation");
  fd_window_mark_shown_read (self);
  return TRUE;
}

gint64
fd_window_get_shown_conversation (FdWindow *self)
{
  g_return_val_if_fail (FD_IS_WINDOW (self), 0);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->conversation_stack), "conversation") != 0)
    return 0;
  return fd_conversation_view_get_conversation_id (self->conversation_view);
}

static void
topic_message_activated_cb (FdWindow    *self,
                            FdMessage   *message,
                            FdTopicView *view)
{
  fd_conversation_view_show_message (self->conversation_view, message);
  gtk_stack_set_visible_child_name (self->conversation_stack, "conversation");
  fd_window_update_actions (self);
  fd_window_show_pane (self, "conversation");
  fd_window_mark_shown_read (self);
}

static void
queued (FdWindow   *self,
        const char *toast_title)
{
  AdwToast *toast = adw_toast_new (toast_title);

  adw_toast_set_timeout (toast, 3);
  fd_window_add_toast (self, toast);

  fd_window_check_store (self);
  /* Out as soon as possible, not at the next scheduled sync. */
  if (self->sync_manager != NULL)
    fd_sync_manager_sync_now (self->sync_manager, 0);
}

static void
topic_reply_queued_cb (FdWindow     *self,
                       gint64        message_id,
                       const GError *error,
                       FdTopicView  *view)
{
  if (error != NULL)
    {
      /* Translators: %s says why */
      g_autofree char *text = g_strdup_printf (_("The answer could not be queued: %s"), error->message);

      fd_window_toast (self, text);
      return;
    }

  queued (self, _("Answer added to Waiting to Send"));
}

static void
reply_sent_cb (FdWindow   *self,
               gint64      message_id,
               guint       n_replies,
               FdComposer *composer)
{
  g_autofree char *title = NULL;

  if (n_replies == 0)
    title = g_strdup (_("Reply changed; it is still waiting to send"));
  else if (n_replies == 1)
    title = g_strdup (_("Reply added to Waiting to Send"));
  else
    /* Translators: after answering every copy of a repeated post */
    title = g_strdup_printf (ngettext ("%u reply added to Waiting to Send",
                                       "%u replies added to Waiting to Send", n_replies),
                             n_replies);

  queued (self, title);
}

static void
show_translations_changed_cb (FdWindow *self)
{
  gboolean show = self->settings == NULL ||
                  g_settings_get_boolean (self->settings, "show-translations");

  fd_conversation_view_set_translation (self->conversation_view,
                                        show ? self->translation_manager : NULL,
                                        self->user_lang);
}

/* The current view's order, without choosing it for the view. */
static void
show_sort_order (FdWindow   *self,
                 const char *order)
{
  if (g_strcmp0 (self->sort_order, order) == 0)
    return;

  g_free (self->sort_order);
  self->sort_order = g_strdup (order);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_ORDER]);
}

/* The default of Preferences, or a view's own order, changed. */
static void
sort_orders_changed_cb (FdWindow *self)
{
  g_autofree char *order = dup_view_sort_order (self->settings, self->scope);

  show_sort_order (self, order);
  fd_inbox_view_set_sort_order (self->inbox_view, sort_order_from_name (order));
}

static void
save_window_state (FdWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
fd_window_close_request (GtkWindow *window)
{
  FdWindow *self = FD_WINDOW (window);

  fd_composer_save_draft (fd_conversation_view_get_composer (self->conversation_view));
  fd_window_finish_discard (self);
  save_window_state (self);

  return GTK_WINDOW_CLASS (fd_window_parent_class)->close_request (window);
}

static void
fd_window_dispose (GObject *object)
{
  FdWindow *self = (FdWindow *)object;

  g_clear_handle_id (&self->poll_source, g_source_remove);
  g_clear_handle_id (&self->counts_source, g_source_remove);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->toast_css != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->toast_css));
  g_clear_object (&self->toast_css);

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_WINDOW);

  g_clear_object (&self->model);
  g_clear_object (&self->settings);
  g_cancellable_cancel (self->rules_cancellable);
  g_clear_object (&self->rules_cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->worker);
  g_clear_object (&self->sync_manager);
  g_clear_handle_id (&self->toast_dismiss_source, g_source_remove);
  g_clear_object (&self->language_pass);
  g_clear_object (&self->translation_manager);

  G_OBJECT_CLASS (fd_window_parent_class)->dispose (object);
}

static void
fd_window_finalize (GObject *object)
{
  FdWindow *self = (FdWindow *)object;

  g_clear_pointer (&self->undo_entries, g_array_unref);
  g_queue_clear_full (&self->toasts_to_dismiss, g_object_unref);
  g_clear_pointer (&self->sort_order, g_free);
  g_clear_pointer (&self->scope, g_free);
  g_clear_pointer (&self->user_lang, g_free);

  G_OBJECT_CLASS (fd_window_parent_class)->finalize (object);
}

static void
fd_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FdWindow *self = FD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SORT_ORDER:
      g_value_set_string (value, self->sort_order);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FdWindow *self = FD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SORT_ORDER:
      /* Chosen in the list's menu: for this view, from now on. */
      if (g_strcmp0 (self->sort_order, g_value_get_string (value)) != 0)
        {
          show_sort_order (self, g_value_get_string (value));
          fd_inbox_view_set_sort_order (self->inbox_view, sort_order_from_name (self->sort_order));
          if (self->settings != NULL && self->scope != NULL)
            store_view_sort_order (self->settings, self->scope, self->sort_order);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_window_class_init (FdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fd_window_dispose;
  object_class->finalize = fd_window_finalize;
  object_class->get_property = fd_window_get_property;
  object_class->set_property = fd_window_set_property;
  window_class->close_request = fd_window_close_request;

  properties[PROP_SORT_ORDER] =
    g_param_spec_string ("sort-order", NULL, NULL,
                         "newest",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FD_TYPE_SIDEBAR);
  g_type_ensure (FD_TYPE_INBOX_VIEW);
  g_type_ensure (FD_TYPE_CONVERSATION_VIEW);
  g_type_ensure (FD_TYPE_TOPICS_VIEW);
  g_type_ensure (FD_TYPE_TOPIC_VIEW);
  g_type_ensure (FD_TYPE_LISTENING_VIEW);
  g_type_ensure (FD_TYPE_REPORTS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, sample_strip);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, inbox_stack);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, inbox_view);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, topics_view);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, listening_view);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, reports_view);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, conversation_stack);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, conversation_view);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, topic_view);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, FdWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, scope_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, message_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, message_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, terms_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_message_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, listening_post_answered_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_reply_queued_cb);

  fd_window_class_install_actions (widget_class);
  fd_window_class_install_job_actions (widget_class);
  fd_window_class_install_snooze_actions (widget_class);
}

static void
fd_window_init (FdWindow *self)
{
  self->sort_order = g_strdup ("newest");
  self->undo_entries = g_array_new (FALSE, FALSE, sizeof (FdUndoEntry));

  gtk_widget_init_template (GTK_WIDGET (self));
  fd_window_add_shortcuts (self);
  fd_window_add_snooze_button (self);

  /* Icons of our own (the Bluesky butterfly), whatever the application's
   * resource path: the development build's differs. */
  {
    static GdkDisplay *icons_added;
    GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));

    if (icons_added != display)
      {
        gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                          RESOURCE_PREFIX "/icons");
        icons_added = display;
      }
  }

  g_signal_connect_object (fd_conversation_view_get_composer (self->conversation_view), "sent",
                           G_CALLBACK (reply_sent_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (folded_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child-name",
                           G_CALLBACK (visible_pane_changed_cb), self, G_CONNECT_SWAPPED);
  update_title_buttons (self);

  if (g_str_has_suffix (APP_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void inbox_loaded_cb (FdWindow *self);

/* The sidebar's counts wait for the first listing of the inbox, or two
 * seconds when the window opens on a page without the inbox. */
static void
start_counts (FdWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  g_clear_handle_id (&self->counts_source, g_source_remove);
  if (clock != NULL)
    g_signal_handlers_disconnect_by_func (clock, start_counts, self);
  g_signal_handlers_disconnect_by_func (self->model, inbox_loaded_cb, self);
  fd_sidebar_reload (self->sidebar);
}

/* Once the list is there, the counts wait for it to be painted: their
 * queries and the sidebar's new layout come a frame later. */
static void
inbox_loaded_cb (FdWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (!fd_inbox_model_get_loaded (self->model))
    return;

  g_signal_handlers_disconnect_by_func (self->model, inbox_loaded_cb, self);
  if (clock != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (start_counts), self, G_CONNECT_SWAPPED);
  else
    start_counts (self);
}

static gboolean
counts_timeout_cb (gpointer data)
{
  FdWindow *self = data;

  self->counts_source = 0;
  start_counts (self);
  return G_SOURCE_REMOVE;
}

static void
setup_store (FdWindow     *self,
             FdInboxModel *inbox)
{
  g_autofree char *scope = NULL;

  self->model = inbox != NULL ? g_object_ref (inbox) : fd_inbox_model_new (self->store);
  self->worker = fd_store_worker_new (fd_store_get_data_dir (self->store));
  fd_inbox_view_set_model (self->inbox_view, self->model);
  fd_sidebar_set_store (self->sidebar, self->store);
  fd_conversation_view_set_store (self->conversation_view, self->store);
  fd_conversation_view_set_worker (self->conversation_view, self->worker);
  fd_topics_view_set_worker (self->topics_view, self->worker);
  fd_listening_view_set_worker (self->listening_view, self->worker);
  fd_reports_view_set_worker (self->reports_view, self->worker);
  load_targets (self);
  fd_topic_view_set_worker (self->topic_view, self->worker);

  self->user_lang = fd_translation_setup_user_language ();
  self->translation_manager = fd_translation_setup_new (self->store, self->settings);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::show-translations",
                             G_CALLBACK (show_translations_changed_cb), self, G_CONNECT_SWAPPED);
  show_translations_changed_cb (self);

  if (g_signal_lookup ("changed", FD_TYPE_STORE) != 0)
    g_signal_connect_object (self->store, "changed",
                             G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  self->data_version = fd_store_get_data_version (self->store);
  self->poll_source = g_timeout_add (POLL_INTERVAL_MS, poll_cb, self);
  restart_language_pass (self);
  self->rules_cancellable = g_cancellable_new ();
  update_rules (self);

  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::sort-order",
                               G_CALLBACK (sort_orders_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::view-sort-orders",
                               G_CALLBACK (sort_orders_changed_cb), self, G_CONNECT_SWAPPED);
      scope = g_settings_get_string (self->settings, "last-view");
    }

  fd_sidebar_select_scope (self->sidebar, scope ? scope : "all");
  g_signal_connect_object (self->model, "notify::loaded",
                           G_CALLBACK (inbox_loaded_cb), self, G_CONNECT_SWAPPED);
  /* The worker reads the inbox while the window is laid out and drawn
   * for the first time, instead of after. */
  g_signal_connect_object (self, "map", G_CALLBACK (fd_inbox_model_load_now),
                           self->model, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  self->counts_source = g_timeout_add_seconds (2, counts_timeout_cb, self);

  gtk_widget_set_visible (self->sample_strip, self->sample);
  update_main_page (self);
  fd_window_update_actions (self);
}

FdWindow *
fd_window_new (GtkApplication *application,
               FdStore        *store,
               GSettings      *settings,
               gboolean        sample)
{
  return fd_window_new_with_inbox (application, store, NULL, settings, sample);
}

FdFilter *
fd_window_dup_initial_filter (GSettings *settings)
{
  g_autofree char *scope = NULL;
  g_autofree char *order = NULL;
  const char *channel;
  FdFilter *filter;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  scope = g_settings_get_string (settings, "last-view");
  if (g_str_equal (scope, "topics") || g_str_equal (scope, "listening") ||
      g_str_equal (scope, "reports"))
    return NULL;
  order = dup_view_sort_order (settings, scope);

  /* As the sidebar selects the scope and the inbox view filters by it. */
  filter = fd_filter_new ();
  filter->view = view_from_scope (scope, &channel);
  filter->channel = g_strdup (channel);
  filter->order = sort_order_from_name (order);

  return filter;
}

FdWindow *
fd_window_new_with_inbox (GtkApplication *application,
                          FdStore        *store,
                          FdInboxModel   *inbox,
                          GSettings      *settings,
                          gboolean        sample)
{
  FdWindow *self;

  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (!store || FD_IS_STORE (store), NULL);
  g_return_val_if_fail (!inbox || (store && fd_inbox_model_get_store (inbox) == store), NULL);
  g_return_val_if_fail (!settings || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (FD_TYPE_WINDOW,
                       "application", application,
                       NULL);

  self->sample = !!sample;
  fd_composer_set_sample (fd_conversation_view_get_composer (self->conversation_view), self->sample);
  fd_topic_view_set_sample (self->topic_view, self->sample);

  if (settings != NULL)
    {
      int width = g_settings_get_int (settings, "window-width");
      int height = g_settings_get_int (settings, "window-height");

      self->settings = g_object_ref (settings);
      if (width > 0 && height > 0)
        gtk_window_set_default_size (GTK_WINDOW (self), width, height);
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  if (store != NULL)
    {
      self->store = g_object_ref (store);
      setup_store (self, inbox);
    }

  return self;
}

FdStore *
fd_window_get_store (FdWindow *self)
{
  g_return_val_if_fail (FD_IS_WINDOW (self), NULL);

  return self->store;
}

gboolean
fd_window_get_sample (FdWindow *self)
{
  g_return_val_if_fail (FD_IS_WINDOW (self), FALSE);

  return self->sample;
}

void
fd_window_show_error (FdWindow   *self,
                      const char *title,
                      const char *description)
{
  g_return_if_fail (FD_IS_WINDOW (self));

  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

void
fd_window_set_sync_manager (FdWindow      *self,
                            FdSyncManager *manager,
                            const char    *start_error)
{
  g_return_if_fail (FD_IS_WINDOW (self));
  g_return_if_fail (!manager || FD_IS_SYNC_MANAGER (manager));

  g_set_object (&self->sync_manager, manager);
  fd_composer_set_sync_manager (fd_conversation_view_get_composer (self->conversation_view), manager);
  fd_listening_view_set_accounts (self->listening_view, manager ? fd_sync_manager_get_accounts (manager) : NULL);
  fd_topic_view_set_accounts (self->topic_view, manager ? fd_sync_manager_get_accounts (manager) : NULL);
  if (self->translation_manager != NULL)
    fd_translation_setup_set_accounts (self->translation_manager,
                                       manager ? fd_sync_manager_get_accounts (manager) : NULL);
  fd_sync_status_set_sync_manager (fd_sidebar_get_sync_status (self->sidebar), manager, start_error);
}

void
fd_window_set_translation_manager (FdWindow             *self,
                                   FdTranslationManager *manager,
                                   const char           *user_lang)
{
  g_return_if_fail (FD_IS_WINDOW (self));
  g_return_if_fail (!manager || FD_IS_TRANSLATION_MANAGER (manager));

  g_set_object (&self->translation_manager, manager);
  g_free (self->user_lang);
  self->user_lang = g_strdup (user_lang);
  show_translations_changed_cb (self);
  restart_language_pass (self);
}

void
fd_window_check_store (FdWindow *self)
{
  g_return_if_fail (FD_IS_WINDOW (self));

  if (self->store != NULL)
    poll_cb (self);
}

/* libadwaita 1.2 frees a toast when it has faded out, but the animation
 * that brought it in may still run and then touch the freed toast; and
 * a toast put aside for a newer one (high priority) that comes back
 * while it still fades out aborts the program. Both happen only when a
 * toast goes less than half a second after a toast came or went, so the
 * window's own dismissals wait until then. */
#define TOAST_SETTLE_US (600 * G_TIME_SPAN_MILLISECOND)

static void schedule_toast_dismissal (FdWindow *self);

static gboolean
dismiss_toast_cb (gpointer data)
{
  FdWindow *self = data;
  g_autoptr(AdwToast) toast = NULL;

  self->toast_dismiss_source = 0;
  if (g_get_monotonic_time () < self->toasts_settle_at)
    {
      schedule_toast_dismissal (self);
      return G_SOURCE_REMOVE;
    }

  toast = g_queue_pop_head (&self->toasts_to_dismiss);
  if (toast != NULL && g_object_get_data (G_OBJECT (toast), "fd-dismissed") == NULL)
    adw_toast_dismiss (toast);
  if (!g_queue_is_empty (&self->toasts_to_dismiss))
    schedule_toast_dismissal (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_toast_dismissal (FdWindow *self)
{
  gint64 wait = self->toasts_settle_at - g_get_monotonic_time ();

  if (self->toast_dismiss_source != 0)
    return;
  self->toast_dismiss_source = g_timeout_add ((guint) (MAX (wait, 0) / G_TIME_SPAN_MILLISECOND) + 1,
                                              dismiss_toast_cb, self);
  g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->toast_dismiss_source),
                            "[frontdesk] dismiss toast");
}

static void
toast_dismissed_cb (FdWindow *self,
                    AdwToast *toast)
{
  /* The next toast in line may come in now. */
  g_object_set_data (G_OBJECT (toast), "fd-dismissed", GINT_TO_POINTER (TRUE));
  self->toasts_settle_at = g_get_monotonic_time () + TOAST_SETTLE_US;
}

/**
 * fd_window_dismiss_toast:
 * @self: a window
 * @toast: a toast added with fd_window_add_toast()
 *
 * Takes @toast away, as adw_toast_dismiss() does, once the toasts on
 * screen are done coming and going (at most about half a second later).
 */
void
fd_window_dismiss_toast (FdWindow *self,
                         AdwToast *toast)
{
  g_return_if_fail (FD_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_queue_push_tail (&self->toasts_to_dismiss, g_object_ref (toast));
  schedule_toast_dismissal (self);
}

void
fd_window_add_toast (FdWindow *self,
                     AdwToast *toast)
{
  GtkWidget *overlay = GTK_WIDGET (self->toast_overlay);
  GtkWidget *composer = GTK_WIDGET (fd_conversation_view_get_composer (self->conversation_view));
  graphene_point_t top;
  g_autofree char *css = NULL;
  int lift = 0;

  g_return_if_fail (FD_IS_WINDOW (self));

  /* Toasts sit at the bottom of the window, where the reply box is: lift
   * them over its top while it is on screen. */
  if (gtk_widget_get_mapped (composer) &&
      gtk_widget_compute_point (composer, overlay, &GRAPHENE_POINT_INIT (0, 0), &top))
    lift = MAX (0, gtk_widget_get_height (overlay) - (int) top.y);

  if (self->toast_css == NULL)
    {
      g_autofree char *name = g_strdup_printf ("fd-toasts-%p", (gpointer) self);

      self->toast_css = gtk_css_provider_new ();
      gtk_widget_set_name (overlay, name);
      gtk_style_context_add_provider_for_display (gtk_widget_get_display (overlay),
                                                  GTK_STYLE_PROVIDER (self->toast_css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
    }
  /* Restyled only when the reply box moved: a toast on screen keeps still. */
  if (lift + 12 != self->toast_lift)
    {
      self->toast_lift = lift + 12;
      css = g_strdup_printf ("#%s > toast { margin-bottom: %dpx; }",
                             gtk_widget_get_name (overlay), self->toast_lift);
      gtk_css_provider_load_from_data (self->toast_css, css, -1);
    }

  self->toasts_settle_at = g_get_monotonic_time () + TOAST_SETTLE_US;
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
fd_window_toast (FdWindow   *self,
                 const char *title)
{
  g_return_if_fail (FD_IS_WINDOW (self));

  fd_window_add_toast (self, adw_toast_new (title));
}

void
fd_window_show_pane (FdWindow   *self,
                     const char *name)
{
  g_return_if_fail (FD_IS_WINDOW (self));

  self->pane = g_intern_string (name);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, name);
}
