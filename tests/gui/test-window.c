/* test-window.c: the real window on the sample inbox, under Xvfb.
 *
 * Set FD_SCREENSHOT_DIR to save inbox.png, conversation.png and narrow.png.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <adwaita.h>
#include <dlfcn.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sqlite3.h>

#include "fd-account.h"
#include "fd-accounts-dialog.h"
#include "accounts/fd-account-setup-page.h"
#include "fd-application.h"
#include "fd-composer.h"
#include "fd-help.h"
#include "fd-customers.h"
#include "fd-importer.h"
#include "fd-ingest.h"
#include "fd-language.h"
#include "fd-inbox-item.h"
#include "fd-inbox-row.h"
#include "fd-message-bubble.h"
#include "fd-outbox.h"
#include "fd-preferences-window.h"
#include "fd-repeats.h"
#include "fd-sample.h"
#include "fd-sync-status.h"
#include "fd-listening.h"
#include "fd-test-missing.h"
#include "fd-test-network-monitor.h"
#include "fd-test-util.h"
#include "fd-text-utils.h"
#include "fd-inbox-model-private.h"
#include "fd-window-private.h"
#include "fd-apertium-translator.h"

#define SAMPLE_COUNT 44

typedef struct {
  char      *dir;
  FdStore   *store;
  GSettings *settings;
  FdWindow  *window;
  GArray    *changes;
} Fixture;

typedef gboolean (*Condition) (Fixture *fixture);

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
wait_for_seconds (Fixture   *fixture,
                  Condition  condition,
                  guint      seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  guint wake = g_timeout_add (10, wake_cb, NULL);
  gboolean ok;

  while (!(ok = condition (fixture)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);
  return ok;
}

static gboolean
wait_for (Fixture   *fixture,
          Condition  condition)
{
  return wait_for_seconds (fixture, condition, 15);
}

static void
spin (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + ms * 1000;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);
}

static GListModel *
model (Fixture *fixture)
{
  return G_LIST_MODEL (fixture->window->model);
}

static gboolean
model_loaded (Fixture *fixture)
{
  return fd_inbox_model_get_loaded (fixture->window->model) &&
         gtk_widget_get_mapped (GTK_WIDGET (fixture->window));
}

static FdMessage *
message_at (Fixture *fixture,
            guint    position)
{
  g_autoptr(FdInboxItem) item = g_list_model_get_item (model (fixture), position);

  g_assert_nonnull (item);
  return fd_inbox_item_get_message (item);
}

static guint
find_author (Fixture    *fixture,
             const char *name,
             guint       thread_length)
{
  guint n = g_list_model_get_n_items (model (fixture));

  for (guint i = 0; i < n; i++)
    {
      FdMessage *message = message_at (fixture, i);
      g_autoptr(GPtrArray) thread = NULL;

      if (g_strcmp0 (fd_message_get_author_name (message), name) != 0)
        continue;

      thread = fd_store_get_conversation (fixture->store,
                                          fd_message_get_conversation_id (message), NULL);
      if (thread != NULL && thread->len == thread_length)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static GtkWidget *
find_child (GtkWidget *root,
            GType      type,
            const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
        return child;

      if ((found = find_child (child, type, css_class)) != NULL)
        return found;
    }

  return NULL;
}

/* The inbox row bound to the model's item at @position, if one is. */
static FdInboxRow *
row_at (Fixture *fixture,
        guint    position)
{
  g_autoptr(FdInboxItem) item = g_list_model_get_item (model (fixture), position);
  GtkWidget *list = find_child (GTK_WIDGET (fixture->window->inbox_view), GTK_TYPE_LIST_VIEW, NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL && item != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (row != NULL && FD_IS_INBOX_ROW (row) &&
          fd_inbox_row_get_item (FD_INBOX_ROW (row)) == item)
        return FD_INBOX_ROW (row);
    }

  return NULL;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("FD_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width, height;

  if (dir == NULL)
    return;

  /* A window between two layouts can draw nothing: try again a little
   * later rather than save an empty picture. */
  for (int attempt = 0; node == NULL && attempt < 10; attempt++)
    {
      spin (300);

      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      g_clear_object (&paintable);
      paintable = gtk_widget_paintable_new (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);
}

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  guint change[3] = { position, removed, added };

  g_array_append_vals (fixture->changes, change, 3);
}

/* The application's actions, as the window's buttons expect them. */
static void
add_app_actions (GtkWidget *window)
{
  static const GActionEntry entries[] = {
    { "leave-sample", NULL },
    { "explore-sample", NULL },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), NULL);
  gtk_widget_insert_action_group (window, "app", G_ACTION_GROUP (group));
}

static void
fixture_open_window (Fixture *fixture,
                     int      width,
                     int      height)
{
  fixture->window = fd_window_new (NULL, fixture->store, fixture->settings, TRUE);
  g_object_ref_sink (fixture->window);
  add_app_actions (GTK_WIDGET (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_present (GTK_WINDOW (fixture->window));

  g_assert_true (wait_for (fixture, model_loaded));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *profile = NULL;

  fixture->dir = g_dir_make_tmp ("frontdesk-gui-XXXXXX", &error);
  g_assert_no_error (error);

  profile = g_build_filename (fixture->dir, "profile", NULL);
  fixture->store = fd_store_open (profile, &error);
  g_assert_no_error (error);
  fd_sample_import (fixture->store, &error);
  g_assert_no_error (error);

  fixture->settings = fd_settings_new ();
  g_assert_nonnull (fixture->settings);
  g_settings_set_string (fixture->settings, "last-view", "all");
  g_settings_set_string (fixture->settings, "sort-order", "newest");
  g_settings_reset (fixture->settings, "view-sort-orders");
  g_settings_set_int (fixture->settings, "window-width", 0);

  fixture->changes = g_array_new (FALSE, FALSE, sizeof (guint));

  fixture_open_window (fixture, 1280, 800);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *cmd = NULL;

  if (fixture->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      g_clear_object (&fixture->window);
    }
  spin (50);

  g_clear_object (&fixture->store);
  g_clear_object (&fixture->settings);
  g_clear_pointer (&fixture->changes, g_array_unref);

  cmd = g_strdup_printf ("rm -rf '%s'", fixture->dir);
  g_assert_cmpint (system (cmd), ==, 0);
  g_free (fixture->dir);
}

static void
select_position (Fixture *fixture,
                 guint    position)
{
  GtkSingleSelection *selection = fd_inbox_view_get_selection (fixture->window->inbox_view);

  gtk_single_selection_set_selected (selection, position);
}

typedef gboolean (*WidgetMatch) (GtkWidget *widget, gconstpointer data);
static GtkWidget *find_widget (GtkWidget *root, WidgetMatch match, gconstpointer data);
static GtkWidget *find_visible_label (GtkWidget *root, const char *css_class, const char *text);
static GtkWidget *first_incoming_bubble (Fixture *fixture);

/* Tests */

static gboolean
repeats_listed (Fixture *fixture)
{
  guint n = g_list_model_get_n_items (model (fixture));

  return !fd_inbox_model_get_loading (fixture->window->model) &&
         n > 0 && n < SAMPLE_COUNT &&
         fd_message_get_repeat_count (message_at (fixture, 0)) > 1;
}

static gboolean
rows_laid_out (Fixture *fixture)
{
  return row_at (fixture, 0) != NULL && gtk_widget_get_height (GTK_WIDGET (row_at (fixture, 0))) > 0;
}

static void
test_lists_sample (Fixture       *fixture,
                   gconstpointer  data)
{
  FdMessage *first;

  g_assert_cmpuint (g_list_model_get_n_items (model (fixture)), ==, SAMPLE_COUNT);

  /* Newest first: Ravi's post, five minutes after midnight. */
  first = message_at (fixture, 0);
  g_assert_cmpstr (fd_message_get_author_name (first), ==, "Ravi Kumar");

  /* The rows draw what the messages say: Ravi's post (no subject), then
   * Emma's mail, with its subject between the author and the text. */
  {
    g_autofree char *ravi = NULL;
    g_autofree char *emma = NULL;

    g_assert_nonnull (row_at (fixture, 0));
    ravi = fd_inbox_row_dup_text (row_at (fixture, 0));
    g_assert_true (g_str_has_prefix (ravi, "Ravi Kumar\nMorning cup of the @alderfinch house blend."));
    g_assert_nonnull (row_at (fixture, 2));
    emma = fd_inbox_row_dup_text (row_at (fixture, 2));
    g_assert_true (g_str_has_prefix (emma, "Emma Wilson\nChange order #4141 to ground\nHello"));
    g_assert_cmpuint (fd_inbox_row_get_n_highlights (row_at (fixture, 0)), ==, 0);
    /* Rows of different line counts, each as tall as what it shows. */
    g_assert_true (wait_for (fixture, rows_laid_out));
    g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (row_at (fixture, 2))), >,
                     gtk_widget_get_height (GTK_WIDGET (row_at (fixture, 0))));
  }

  g_assert_true (gtk_widget_get_visible (fixture->window->sample_strip));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->main_stack), ==, "main");
  g_assert_false (adw_leaflet_get_folded (fixture->window->leaflet));

  save_screenshot (GTK_WIDGET (fixture->window), "inbox.png");

  /* Dan's complaint, posted four times on two channels. */
  fd_sidebar_select_scope (fixture->window->sidebar, "repeated");
  g_assert_true (wait_for (fixture, repeats_listed));
  save_screenshot (GTK_WIDGET (fixture->window), "repeated.png");
}

static gboolean
has_longest_waiting_first (Fixture *fixture)
{
  return fd_inbox_model_get_loaded (fixture->window->model) &&
         !fd_inbox_model_get_loading (fixture->window->model) &&
         g_list_model_get_n_items (model (fixture)) > 0 &&
         g_strcmp0 (fd_message_get_author_name (message_at (fixture, 0)), "Anna Schmidt") == 0;
}

static void
test_sort_order (Fixture       *fixture,
                 gconstpointer  data)
{
  g_settings_set_string (fixture->settings, "sort-order", "longest-waiting");
  g_assert_true (wait_for (fixture, has_longest_waiting_first));
  g_assert_cmpuint (g_list_model_get_n_items (model (fixture)), ==, SAMPLE_COUNT);
}

static gboolean
thread_shown (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);

  return messages != NULL && messages->len == 3;
}

static void
test_select_shows_thread (Fixture       *fixture,
                          gconstpointer  data)
{
  guint position = find_author (fixture, "María García", 3);
  GtkWidget *first_bubble;
  GtkWidget *expander;

  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  select_position (fixture, position);
  g_assert_true (wait_for (fixture, thread_shown));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (
                     GTK_STACK (find_child (GTK_WIDGET (fixture->window->conversation_view),
                                            GTK_TYPE_STACK, NULL))),
                   ==, "conversation");

  /* Both sides: two from María, one answer from the shop. */
  first_bubble = find_child (GTK_WIDGET (fixture->window->conversation_view),
                             g_type_from_name ("FdMessageBubble"), "incoming");
  g_assert_nonnull (first_bubble);
  g_assert_nonnull (find_child (GTK_WIDGET (fixture->window->conversation_view),
                                g_type_from_name ("FdMessageBubble"), "outgoing"));

  save_screenshot (GTK_WIDGET (fixture->window), "conversation.png");

  /* María wrote in another conversation too. */
  expander = find_child (GTK_WIDGET (fixture->window->conversation_view), GTK_TYPE_EXPANDER, NULL);
  g_assert_nonnull (expander);
  g_assert_true (gtk_widget_get_visible (expander));
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  g_assert_nonnull (find_child (GTK_WIDGET (fixture->window->conversation_view),
                                ADW_TYPE_ACTION_ROW, NULL));
}

static guint
outbox_count (Fixture *fixture)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GError) error = NULL;
  guint count;

  filter->view = FD_VIEW_OUTBOX;
  count = fd_store_count (fixture->store, filter, &error);
  g_assert_no_error (error);

  return count;
}

static gboolean
reply_shown (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);
  FdMessage *last;

  if (messages == NULL || messages->len != 4)
    return FALSE;

  last = g_ptr_array_index (messages, 3);
  return fd_message_get_direction (last) == FD_DIRECTION_OUT &&
         fd_message_get_outbox_state (last) == FD_OUTBOX_PENDING;
}

static void
test_reply (Fixture       *fixture,
            gconstpointer  data)
{
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);
  guint position = find_author (fixture, "María García", 3);
  g_autofree char *text = NULL;
  gint64 conversation_id;

  select_position (fixture, position);
  g_assert_true (wait_for (fixture, thread_shown));
  conversation_id = fd_conversation_view_get_conversation_id (fixture->window->conversation_view);

  g_assert_cmpuint (outbox_count (fixture), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.reply", NULL);
  fd_composer_set_text (composer, "Sí, es normal: tarda unos 3 días.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.send", NULL);

  /* Queued by the store worker: the conversation shows the reply as
   * waiting to send. */
  g_assert_true (wait_for (fixture, reply_shown));
  g_assert_cmpuint (outbox_count (fixture), ==, 1);
  text = fd_composer_dup_text (composer);
  g_assert_cmpstr (text, ==, "");
  g_assert_nonnull (find_child (GTK_WIDGET (fixture->window->conversation_view),
                                g_type_from_name ("FdMessageBubble"), "outgoing"));

  {
    g_autofree char *draft = fd_store_get_draft (fixture->store, conversation_id, NULL);

    g_assert_true (draft == NULL || draft[0] == '\0');
  }
}

static int
count_unanswered_in (Fixture *fixture,
                     gint64   conversation_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM messages WHERE conversation_id = %" G_GINT64_FORMAT
                                          " AND direction = 0 AND state < 2", conversation_id);
  sqlite3_stmt *stmt = NULL;
  int count = -1;

  if (sqlite3_prepare_v2 (fd_store_get_db (fixture->store), sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

static gboolean
is_visible_button (GtkWidget     *widget,
                   gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_is_visible (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static guint find_channel (Fixture *fixture, const char *channel);

static gboolean
bluesky_thread_shown (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);

  return messages != NULL && messages->len > 0 &&
         g_strcmp0 (fd_message_get_channel (g_ptr_array_index (messages, 0)), "bluesky") == 0;
}

static gboolean
composer_sendable (Fixture *fixture)
{
  return fd_composer_get_unsendable (fd_conversation_view_get_composer (fixture->window->conversation_view)) == NULL;
}

static gboolean
one_in_outbox (Fixture *fixture)
{
  return outbox_count (fixture) == 1;
}

/* Imported messages and no account: a reply could go nowhere. It is
 * refused in the composer, with what to do instead, and nothing is
 * queued or marked answered. Once an account can send it, it is queued;
 * and the conversation is answered only when the reply went out. */
static void
test_reply_without_account (Fixture       *fixture,
                            gconstpointer  data)
{
  FdComposer *composer;
  g_autoptr(FdTestNetworkMonitor) monitor = fd_test_network_monitor_new ();
  g_autoptr(FdSyncManager) manager = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;
  gint64 conversation_id;

  /* Not the sample: a profile of imported messages. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  fixture->window = fd_window_new (NULL, fixture->store, fixture->settings, FALSE);
  g_object_ref_sink (fixture->window);
  add_app_actions (GTK_WIDGET (fixture->window));
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (wait_for (fixture, model_loaded));
  composer = fd_conversation_view_get_composer (fixture->window->conversation_view);

  select_position (fixture, find_author (fixture, "María García", 3));
  g_assert_true (wait_for (fixture, thread_shown));
  conversation_id = fd_conversation_view_get_conversation_id (fixture->window->conversation_view);
  g_assert_cmpint (count_unanswered_in (fixture, conversation_id), ==, 1);

  fd_composer_set_text (composer, "Sí, es normal: tarda unos 3 días.");
  g_assert_cmpstr (fd_composer_get_unsendable (composer), ==,
                   "No Email account can send this reply. Add the account that received this message, then send it.");
  g_assert_nonnull (find_widget (GTK_WIDGET (composer), is_visible_button, "_Add Account…"));
  g_assert_null (find_widget (GTK_WIDGET (composer), is_visible_button, "_Copy Text"));
  save_screenshot (GTK_WIDGET (fixture->window), "reply-no-account.png");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.send", NULL);
  spin (300);
  g_assert_cmpuint (outbox_count (fixture), ==, 0);
  g_assert_cmpint (count_unanswered_in (fixture, conversation_id), ==, 1);
  left = fd_composer_dup_text (composer);
  g_assert_cmpstr (left, ==, "Sí, es normal: tarda unos 3 días.");

  /* Bluesky without an account: add one to answer there. */
  select_position (fixture, find_channel (fixture, "bluesky"));
  g_assert_true (wait_for (fixture, bluesky_thread_shown));
  fd_composer_set_text (composer, "Yes, from ten to four.");
  g_assert_nonnull (strstr (fd_composer_get_unsendable (composer) ?: "", "No Bluesky account can send this reply."));
  g_assert_nonnull (find_widget (GTK_WIDGET (composer), is_visible_button, "_Add Account…"));
  g_assert_null (find_widget (GTK_WIDGET (composer), is_visible_button, "_Copy Text"));
  save_screenshot (GTK_WIDGET (fixture->window), "reply-no-bluesky-account.png");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.send", NULL);
  spin (200);
  g_assert_cmpuint (outbox_count (fixture), ==, 0);
  fd_composer_set_text (composer, "");

  /* An email account is added: María's reply can go out now. */
  select_position (fixture, find_author (fixture, "María García", 3));
  g_assert_true (wait_for (fixture, thread_shown));
  g_assert_nonnull (fd_composer_get_unsendable (composer));
  fd_test_network_monitor_set_available (monitor, FALSE);
  manager = fd_sync_manager_new (fd_store_get_data_dir (fixture->store), G_NETWORK_MONITOR (monitor));
  fd_window_set_sync_manager (fixture->window, manager, NULL);
  account = fd_account_new ("email", "Shop", "shop@example.com");
  g_assert_true (fd_account_save (account, fixture->store, &error));
  g_assert_no_error (error);
  fd_sync_manager_add_account (manager, account, NULL);
  g_assert_true (wait_for (fixture, composer_sendable));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.send", NULL);
  g_assert_true (wait_for (fixture, one_in_outbox));
  /* Queued is not answered. */
  g_assert_cmpint (count_unanswered_in (fixture, conversation_id), ==, 1);

  /* Sent: answered. */
  {
    g_autoptr(FdOutbox) outbox = fd_outbox_new (fixture->store);
    g_autoptr(GPtrArray) entries = fd_outbox_list (outbox, 0, FALSE, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (entries->len, ==, 1);
    g_assert_true (fd_outbox_mark_sent (outbox, g_ptr_array_index (entries, 0), "sent@example.com", &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (count_unanswered_in (fixture, conversation_id), ==, 0);

  fd_window_set_sync_manager (fixture->window, NULL, NULL);
}

static guint
find_remote_id (Fixture    *fixture,
                const char *remote_id)
{
  guint n = g_list_model_get_n_items (model (fixture));

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (fd_message_get_remote_id (message_at (fixture, i)), remote_id) == 0)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/* Imports JSON Lines @text into the fixture's profile, as frontdesk-cli
 * import would, through a store of its own. */
static void
import_jsonl (Fixture    *fixture,
              const char *text,
              const char *name)
{
  g_autoptr(FdStore) other = NULL;
  g_autoptr(FdImporter) importer = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  other = fd_store_open (fd_store_get_data_dir (fixture->store), &error);
  g_assert_no_error (error);
  importer = fd_importer_new (other);
  stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_assert_true (fd_importer_import_jsonl (importer, stream, name, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fd_importer_finish (importer, &error));
  g_assert_no_error (error);
}

static gboolean
series_listed (Fixture *fixture)
{
  return find_remote_id (fixture, "d07@lkml.example") != GTK_INVALID_LIST_POSITION;
}

static gboolean
series_shown (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);

  return messages != NULL && messages->len == 6;
}

static GtkWidget *
bubble_of (Fixture    *fixture,
           const char *remote_id)
{
  GtkWidget *box = gtk_widget_get_parent (first_incoming_bubble (fixture));

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (fd_message_get_remote_id (fd_message_bubble_get_message (FD_MESSAGE_BUBBLE (child))), remote_id) == 0)
      return child;

  return NULL;
}

static guint
n_focused_bubbles (Fixture *fixture)
{
  GtkWidget *box = gtk_widget_get_parent (first_incoming_bubble (fixture));
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += gtk_widget_has_css_class (child, "focused");

  return n;
}

/* Whether the top of @remote_id's message is in the visible part of the
 * conversation. */
static gboolean
bubble_top_in_view (Fixture    *fixture,
                    const char *remote_id)
{
  GtkWidget *bubble = bubble_of (fixture, remote_id);
  GtkWidget *scroller = bubble != NULL ? gtk_widget_get_ancestor (bubble, GTK_TYPE_SCROLLED_WINDOW) : NULL;
  graphene_point_t top;

  return scroller != NULL &&
         gtk_widget_compute_point (bubble, scroller, &GRAPHENE_POINT_INIT (0, 0), &top) &&
         top.y >= 0 && top.y < gtk_widget_get_height (scroller) - 40;
}

static const char *
conversation_title (Fixture *fixture)
{
  GtkWidget *title = find_child (GTK_WIDGET (fixture->window->conversation_view), ADW_TYPE_WINDOW_TITLE, NULL);

  return adw_window_title_get_title (ADW_WINDOW_TITLE (title));
}

static const char *focus_remote_id;

static gboolean
focus_in_view (Fixture *fixture)
{
  return bubble_top_in_view (fixture, focus_remote_id);
}

static gboolean
reply_to_david_queued (Fixture *fixture)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (fd_store_get_db (fixture->store),
                          "SELECT count(*) FROM outbox o JOIN messages m ON m.id = o.message_id"
                          " WHERE m.recipient = 'davem@lkml.example' AND m.in_reply_to = 'd07@lkml.example'"
                          " AND json_extract (o.payload, '$.recipient') = 'davem@lkml.example'",
                          -1, &stmt, NULL) == SQLITE_OK)
    found = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 1;
  sqlite3_finalize (stmt);

  return found;
}

/* A long thread with several people in it: the row chosen is the message
 * shown, marked and answered, wherever it is in the thread. */
static void
test_thread_focus (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct { const char *id, *handle, *name, *subject; int minutes; } posts[] = {
    { "p00@lkml.example", "joe@lkml.example", "Joe Perches", "[PATCH 00/44] remove unnecessary semicolons", 0 },
    { "p07@lkml.example", "joe@lkml.example", "Joe Perches", "[PATCH 07/44] drivers/isdn: remove semicolons", 1 },
    { "d07@lkml.example", "davem@lkml.example", "David Miller", "Re: [PATCH 07/44] drivers/isdn: remove semicolons", 60 },
    { "p13@lkml.example", "joe@lkml.example", "Joe Perches", "[PATCH 13/44] drivers/net: remove semicolons", 61 },
    { "d13@lkml.example", "davem@lkml.example", "David Miller", "Re: [PATCH 13/44] drivers/net: remove semicolons", 120 },
    { "c44@lkml.example", "cjb@lkml.example", "Chris Ball", "Re: [PATCH 44/44] mmc: remove semicolons", 180 },
  };
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) start = g_date_time_add_hours (now, -5);
  g_autoptr(GString) jsonl = g_string_new (NULL);
  g_autoptr(GString) body = g_string_new (NULL);

  for (guint line = 0; line < 30; line++)
    g_string_append_printf (body, "  drivers/part%u: Remove unnecessary semicolons\\n", line);
  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_minutes (start, posts[i].minutes);
      g_autofree char *iso = g_date_time_format_iso8601 (when);

      g_string_append_printf (jsonl,
                              "{\"channel\":\"email\",\"id\":\"%s\",\"thread\":\"p00@lkml.example\","
                              "\"author\":{\"handle\":\"%s\",\"name\":\"%s\"},\"subject\":\"%s\","
                              "\"text\":\"%s wrote:\\n%s\",\"created_at\":\"%s\",\"lang\":\"en\"}\n",
                              posts[i].id, posts[i].handle, posts[i].name, posts[i].subject,
                              posts[i].name, body->str, iso);
    }

  import_jsonl (fixture, jsonl->str, "series.jsonl");
  g_assert_true (wait_for (fixture, series_listed));

  /* David's answer to patch 7, in the middle of the thread: his name on
   * top, his message in view and marked, the reply to him. */
  select_position (fixture, find_remote_id (fixture, "d07@lkml.example"));
  g_assert_true (wait_for (fixture, series_shown));
  focus_remote_id = "d07@lkml.example";
  g_assert_true (wait_for (fixture, focus_in_view));
  spin (700);
  g_assert_true (bubble_top_in_view (fixture, "d07@lkml.example"));
  g_assert_false (bubble_top_in_view (fixture, "c44@lkml.example"));
  g_assert_cmpstr (conversation_title (fixture), ==, "David Miller");
  g_assert_true (gtk_widget_has_css_class (bubble_of (fixture, "d07@lkml.example"), "focused"));
  g_assert_cmpuint (n_focused_bubbles (fixture), ==, 1);
  g_assert_nonnull (find_visible_label (GTK_WIDGET (composer), "caption-heading",
                                        "Reply by email to davem@lkml.example"));
  save_screenshot (GTK_WIDGET (fixture->window), "thread-focus.png");

  /* Joe's first message of the same thread: the view moves up to it. */
  select_position (fixture, find_remote_id (fixture, "p00@lkml.example"));
  focus_remote_id = "p00@lkml.example";
  g_assert_true (wait_for (fixture, focus_in_view));
  spin (500);
  g_assert_true (bubble_top_in_view (fixture, "p00@lkml.example"));
  g_assert_cmpstr (conversation_title (fixture), ==, "Joe Perches");
  g_assert_true (gtk_widget_has_css_class (bubble_of (fixture, "p00@lkml.example"), "focused"));
  g_assert_cmpuint (n_focused_bubbles (fixture), ==, 1);
  g_assert_nonnull (find_visible_label (GTK_WIDGET (composer), "caption-heading",
                                        "Reply by email to joe@lkml.example"));

  /* Back to David, and answer: the reply goes to him, for patch 7. */
  select_position (fixture, find_remote_id (fixture, "d07@lkml.example"));
  focus_remote_id = "d07@lkml.example";
  g_assert_true (wait_for (fixture, focus_in_view));
  fd_composer_set_text (composer, "Thanks, applied.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.send", NULL);
  g_assert_true (wait_for (fixture, reply_to_david_queued));
}

static guint
n_bubbles (Fixture *fixture)
{
  GtkWidget *box = gtk_widget_get_parent (first_incoming_bubble (fixture));
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

static gboolean
long_thread_listed (Fixture *fixture)
{
  return find_remote_id (fixture, "long-199@shop.example") != GTK_INVALID_LIST_POSITION;
}

static gboolean
long_thread_shown (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);

  return messages != NULL && messages->len == 200 && first_incoming_bubble (fixture) != NULL;
}

static gboolean
long_thread_built (Fixture *fixture)
{
  return n_bubbles (fixture) == 200;
}

/* A conversation of 200 messages opens with the messages around the one
 * chosen, and the rest are made over the next frames while the one
 * chosen stays where it is; in the end every message is there, in
 * order. */
static void
test_long_thread (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GString) jsonl = g_string_new (NULL);
  GtkWidget *box;
  guint i = 0;

  for (guint n = 0; n < 200; n++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_minutes (now, (int) n - 400);
      g_autofree char *iso = g_date_time_format_iso8601 (when);

      g_string_append_printf (jsonl,
                              "{\"channel\":\"email\",\"id\":\"long-%03u@shop.example\","
                              "\"thread\":\"long-000@shop.example\","
                              "\"author\":{\"handle\":\"ines@example.com\",\"name\":\"Ines\"},"
                              "\"subject\":\"Order 1187\",\"text\":\"Message %u about order 1187.\\n"
                              "The parcel has still not arrived and the tracking page says nothing new.\","
                              "\"created_at\":\"%s\",\"lang\":\"en\"}\n",
                              n, n, iso);
    }

  import_jsonl (fixture, jsonl->str, "long.jsonl");
  g_assert_true (wait_for (fixture, long_thread_listed));

  /* The newest: opened with the last few, the rest made later. */
  select_position (fixture, find_remote_id (fixture, "long-199@shop.example"));
  g_assert_true (wait_for (fixture, long_thread_shown));
  g_assert_cmpuint (n_bubbles (fixture), <=, 16);
  g_assert_nonnull (bubble_of (fixture, "long-199@shop.example"));
  g_assert_true (wait_for (fixture, long_thread_built));
  spin (300);
  g_assert_true (bubble_top_in_view (fixture, "long-199@shop.example"));
  g_assert_false (bubble_top_in_view (fixture, "long-150@shop.example"));

  box = gtk_widget_get_parent (first_incoming_bubble (fixture));
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child), i++)
    {
      g_autofree char *id = g_strdup_printf ("long-%03u@shop.example", i);

      g_assert_cmpstr (fd_message_get_remote_id (fd_message_bubble_get_message (FD_MESSAGE_BUBBLE (child))), ==, id);
    }
  g_assert_cmpuint (i, ==, 200);

  /* An old one of the same conversation: the view moves up to it. */
  select_position (fixture, find_remote_id (fixture, "long-005@shop.example"));
  focus_remote_id = "long-005@shop.example";
  g_assert_true (wait_for (fixture, focus_in_view));
  spin (500);
  g_assert_true (bubble_top_in_view (fixture, "long-005@shop.example"));
  g_assert_true (gtk_widget_has_css_class (bubble_of (fixture, "long-005@shop.example"), "focused"));
}

static guint
find_channel (Fixture    *fixture,
              const char *channel)
{
  guint n = g_list_model_get_n_items (model (fixture));

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (fd_message_get_channel (message_at (fixture, i)), channel) == 0)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

static gboolean
mastodon_thread_shown (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);

  return messages != NULL && messages->len > 0 &&
         g_strcmp0 (fd_message_get_channel (g_ptr_array_index (messages, 0)), "mastodon") == 0;
}

static void
test_mastodon_counter (Fixture       *fixture,
                       gconstpointer  data)
{
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);
  guint position = find_channel (fixture, "mastodon");
  g_autofree char *long_text = g_strnfill (600, 'a');
  GtkWidget *counter;
  GtkWidget *send;

  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  select_position (fixture, position);
  g_assert_true (wait_for (fixture, mastodon_thread_shown));

  counter = find_child (GTK_WIDGET (composer), GTK_TYPE_LABEL, "numeric");
  send = find_child (GTK_WIDGET (composer), GTK_TYPE_BUTTON, "suggested-action");
  g_assert_nonnull (counter);
  g_assert_nonnull (send);

  /* The sample has no accounts: Mastodon's default limit of 500. */
  fd_composer_set_text (composer, "Thanks!");
  g_assert_true (gtk_widget_get_visible (counter));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (counter)), "characters left"));
  g_assert_false (gtk_widget_has_css_class (counter, "error"));
  g_assert_false (fd_composer_get_too_long (composer));
  g_assert_true (gtk_widget_get_sensitive (send));

  fd_composer_set_text (composer, long_text);
  g_assert_true (fd_composer_get_too_long (composer));
  g_assert_true (gtk_widget_has_css_class (counter, "error"));
  g_assert_false (gtk_widget_get_sensitive (send));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (send), "longer"));

  fd_composer_set_text (composer, "");
}

static gboolean
telegram_listed (Fixture *fixture)
{
  return find_remote_id (fixture, "tg-counter-1") != GTK_INVALID_LIST_POSITION;
}

static gboolean
telegram_shown (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);

  return messages != NULL && messages->len > 0 &&
         g_strcmp0 (fd_message_get_channel (g_ptr_array_index (messages, 0)), "telegram") == 0;
}

/* A chat message has a limit too (Telegram's 4,096 characters): counted
 * as written, with no author named in front of it. */
static void
test_telegram_counter (Fixture       *fixture,
                       gconstpointer  data)
{
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *iso = g_date_time_format_iso8601 (now);
  g_autofree char *jsonl = g_strdup_printf ("{\"channel\":\"telegram\",\"id\":\"tg-counter-1\","
                                            "\"author\":{\"handle\":\"4711\",\"name\":\"Olena\"},"
                                            "\"text\":\"Is the shop open on Sunday?\",\"created_at\":\"%s\"}\n", iso);
  g_autofree char *long_text = g_strnfill (4097, 'a');
  GtkWidget *counter;

  import_jsonl (fixture, jsonl, "telegram.jsonl");
  g_assert_true (wait_for (fixture, telegram_listed));

  select_position (fixture, find_remote_id (fixture, "tg-counter-1"));
  g_assert_true (wait_for (fixture, telegram_shown));
  counter = find_child (GTK_WIDGET (composer), GTK_TYPE_LABEL, "numeric");
  g_assert_nonnull (counter);

  fd_composer_set_text (composer, "Yes, from ten.");
  g_assert_true (gtk_widget_get_visible (counter));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (counter)), ==, "4082 characters left");

  fd_composer_set_text (composer, long_text);
  g_assert_true (fd_composer_get_too_long (composer));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (counter)), ==, "1 character too many");
  fd_composer_set_text (composer, "");
}

static gboolean
bluesky_shown (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);

  return messages != NULL && messages->len > 0 &&
         g_strcmp0 (fd_message_get_channel (g_ptr_array_index (messages, 0)), "bluesky") == 0;
}

static gboolean is_private_check (GtkWidget *widget, gconstpointer data);

/* A Bluesky direct message is a chat message: 1,000 characters, no
 * author named in front; a public reply keeps the post's 300. */
static void
test_bluesky_private_counter (Fixture       *fixture,
                              gconstpointer  data)
{
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);
  guint position = find_channel (fixture, "bluesky");
  GtkWidget *counter;
  GtkWidget *private_check;

  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  select_position (fixture, position);
  g_assert_true (wait_for (fixture, bluesky_shown));
  counter = find_child (GTK_WIDGET (composer), GTK_TYPE_LABEL, "numeric");
  private_check = find_widget (GTK_WIDGET (composer), is_private_check, NULL);
  g_assert_nonnull (counter);
  g_assert_nonnull (private_check);

  fd_composer_set_text (composer, "Thanks!");
  /* In public: the author's handle goes in front, within 300. */
  g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (counter)), "characters left"));
  g_assert_cmpint (atoi (gtk_label_get_text (GTK_LABEL (counter))), <, 300 - 7);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (private_check), TRUE);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (counter)), ==, "993 characters left");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (private_check), FALSE);
  fd_composer_set_text (composer, "");
}

static gboolean
listening_loaded (Fixture *fixture)
{
  return fd_listening_view_get_n_posts (fixture->window->listening_view) == 1;
}

static gint64 answered_message_id;

static void
post_answered_cb (FdListeningView *view,
                  gint64           message_id,
                  gpointer         user_data)
{
  answered_message_id = message_id;
}

static gboolean
report_shown (Fixture *fixture)
{
  return fd_reports_view_get_report (fixture->window->reports_view) != NULL &&
         gtk_widget_get_mapped (GTK_WIDGET (fixture->window->reports_view));
}

/* Reports in the sidebar: the report takes the list's pane too, and the
 * lists come back with another view. */
static void
test_reports (Fixture       *fixture,
              gconstpointer  data)
{
  const FdReport *report;
  g_autofree char *last_view = NULL;

  fd_sidebar_select_scope (fixture->window->sidebar, "reports");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->conversation_stack), ==, "report");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->window->inbox_stack)));
  g_assert_true (wait_for (fixture, report_shown));
  report = fd_reports_view_get_report (fixture->window->reports_view);
  /* The last 30 days up to today, in the profile's time zone (UTC). */
  g_assert_cmpuint (report->days->len, ==, 30);
  g_assert_cmpstr (report->timezone, ==, "UTC");
  last_view = g_settings_get_string (fixture->settings, "last-view");
  g_assert_cmpstr (last_view, ==, "reports");
  g_assert_null (fd_window_dup_initial_filter (fixture->settings));

  fd_sidebar_select_scope (fixture->window->sidebar, "all");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window->inbox_stack)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->inbox_stack), ==, "messages");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->conversation_stack), ==, "conversation");
}

static gboolean
post_answered (Fixture *fixture)
{
  return answered_message_id != 0 && mastodon_thread_shown (fixture);
}

static void
test_listening (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(FdAccount) account = fd_account_new ("mastodon", "@shop@mastodon.example", "https://mastodon.example");
  g_autoptr(GError) error = NULL;
  g_autoptr(FdMessage) message = NULL;
  g_autofree char *sql = NULL;
  GtkWidget *empty;
  gint64 term_id;

  /* Nothing followed yet: the empty page says what Listening is for. */
  fd_sidebar_select_scope (fixture->window->sidebar, "listening");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->inbox_stack), ==, "listening");
  spin (200);
  empty = find_child (GTK_WIDGET (fixture->window->listening_view), ADW_TYPE_STATUS_PAGE, NULL);
  g_assert_nonnull (empty);
  g_assert_true (gtk_widget_get_mapped (empty));

  fd_account_save (account, fixture->store, &error);
  g_assert_no_error (error);
  term_id = fd_listening_add (fixture->store, fd_account_get_id (account), "#coffee", &error);
  g_assert_no_error (error);
  g_assert_cmpint (term_id, >, 0);
  sql = g_strdup_printf ("INSERT INTO listening_posts (account_id, term_id, channel, remote_id,"
                         " author_handle, author_name, text, visibility, created_at, fetched_at)"
                         " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 'mastodon', '990001',"
                         " '@ana@coffee.example', 'Ana Lima', 'Which #coffee grinder should I buy?',"
                         " 'public', 1795000000, 1795000000)",
                         fd_account_get_id (account), term_id);
  g_assert_cmpint (sqlite3_exec (fd_store_get_db (fixture->store), sql, NULL, NULL, NULL), ==, SQLITE_OK);

  fd_listening_view_reload (fixture->window->listening_view);
  g_assert_true (wait_for (fixture, listening_loaded));
  g_assert_nonnull (find_child (GTK_WIDGET (fixture->window->listening_view), GTK_TYPE_BUTTON, "answer-button"));

  answered_message_id = 0;
  g_signal_connect (fixture->window->listening_view, "post-answered", G_CALLBACK (post_answered_cb), NULL);
  fd_listening_view_answer (fixture->window->listening_view, 0);
  g_assert_true (wait_for (fixture, post_answered));

  message = fd_store_get_message (fixture->store, answered_message_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (message);
  g_assert_cmpstr (fd_message_get_channel (message), ==, "mastodon");
  g_assert_cmpstr (fd_message_get_author_handle (message), ==, "@ana@coffee.example");
  g_assert_cmpint (fd_message_get_account_id (message), ==, fd_account_get_id (account));
}

static void
test_draft (Fixture       *fixture,
            gconstpointer  data)
{
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);
  guint position = find_author (fixture, "María García", 3);
  g_autofree char *draft = NULL;
  g_autofree char *restored = NULL;
  gint64 conversation_id;

  select_position (fixture, position);
  g_assert_true (wait_for (fixture, thread_shown));
  conversation_id = fd_conversation_view_get_conversation_id (fixture->window->conversation_view);

  fd_composer_set_text (composer, "Hola María,");
  spin (800);
  draft = fd_store_get_draft (fixture->store, conversation_id, NULL);
  g_assert_cmpstr (draft, ==, "Hola María,");

  /* Away and back: the draft comes back. */
  select_position (fixture, 0);
  spin (100);
  select_position (fixture, position);
  g_assert_true (wait_for (fixture, thread_shown));
  restored = fd_composer_dup_text (composer);
  g_assert_cmpstr (restored, ==, "Hola María,");
}

static gboolean
grew_by_one (Fixture *fixture)
{
  return g_list_model_get_n_items (model (fixture)) == SAMPLE_COUNT + 1;
}

static void
test_live_update (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(FdStore) other = NULL;
  g_autoptr(FdParsedMessage) msg = fd_parsed_message_new ();
  g_autoptr(GError) error = NULL;
  FdMessage *first;
  gint64 id = 0;

  g_signal_connect (model (fixture), "items-changed", G_CALLBACK (items_changed_cb), fixture);

  /* Another connection stands in for another process (the CLI). */
  other = fd_store_open (fd_store_get_data_dir (fixture->store), &error);
  g_assert_no_error (error);

  msg->channel = g_strdup ("mastodon");
  msg->remote_id = g_strdup ("live-1");
  msg->author_handle = g_strdup ("@newcomer@mastodon.example");
  msg->author_name = g_strdup ("New Customer");
  fd_parsed_message_set_text (msg, "@alderfinch do you ship to Norway?", -1);
  msg->lang = g_strdup ("en");
  msg->created_at = g_get_real_time () / G_USEC_PER_SEC;
  msg->direction = FD_DIRECTION_IN;
  g_assert_cmpint (fd_ingest_message (other, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);

  g_assert_true (wait_for (fixture, grew_by_one));

  /* Exactly one insertion at the top, no reset. */
  g_assert_cmpuint (fixture->changes->len, ==, 3);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 1), ==, 0);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 2), ==, 1);

  first = message_at (fixture, 0);
  g_assert_cmpstr (fd_message_get_author_name (first), ==, "New Customer");

  g_signal_handlers_disconnect_by_func (model (fixture), items_changed_cb, fixture);
}

static gboolean
cli_message_listed (Fixture *fixture)
{
  return g_list_model_get_n_items (model (fixture)) == SAMPLE_COUNT + 1 &&
         g_strcmp0 (fd_message_get_author_name (message_at (fixture, 0)), "CLI Customer") == 0;
}

static void
test_cli_import (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *cli = g_getenv ("FRONTDESK_CLI");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *when = g_date_time_format_iso8601 (now);
  g_autofree char *line = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "new.jsonl", NULL);
  g_autofree char *stderr_path = g_build_filename (fixture->dir, "cli-stderr.txt", NULL);
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      fd_test_missing ("frontdesk-cli was not found: FRONTDESK_CLI must name the built program (meson test sets it)");
      return;
    }

  g_signal_connect (model (fixture), "items-changed", G_CALLBACK (items_changed_cb), fixture);

  line = g_strdup_printf ("{\"channel\":\"email\",\"id\":\"<cli-1@example.com>\","
                          "\"author\":{\"handle\":\"cli@example.com\",\"name\":\"CLI Customer\"},"
                          "\"text\":\"Hello from the command line\",\"created_at\":\"%s\"}\n", when);
  g_file_set_contents (path, line, -1, &error);
  g_assert_no_error (error);

  /* Waited for on the main loop, so the window keeps polling meanwhile,
   * and killed if it hangs rather than hanging the suite. What it says
   * on stderr goes to a file, for the failure message. */
  {
    g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
    g_autoptr(GSubprocess) proc = NULL;
    gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
    guint wake = g_timeout_add (10, wake_cb, NULL);

    g_subprocess_launcher_set_stderr_file_path (launcher, stderr_path);
    proc = g_subprocess_launcher_spawn (launcher, &error,
                                        cli, "--data-dir", fd_store_get_data_dir (fixture->store),
                                        "import", path, NULL);
    g_assert_no_error (error);
    g_subprocess_wait_async (proc, NULL, NULL, NULL);

    while (g_subprocess_get_identifier (proc) != NULL && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (wake);

    if (g_subprocess_get_identifier (proc) != NULL)
      {
        g_subprocess_force_exit (proc);
        g_error ("frontdesk-cli import did not finish within a minute");
      }

    status = g_subprocess_get_status (proc);
  }

  if (!g_spawn_check_wait_status (status, &error))
    {
      g_autofree char *said = NULL;

      g_file_get_contents (stderr_path, &said, NULL, NULL);
      g_test_fail_printf ("frontdesk-cli import failed (%s); it said: %s", error->message,
                          said != NULL ? g_strstrip (said) : "");
      g_signal_handlers_disconnect_by_func (model (fixture), items_changed_cb, fixture);
      return;
    }

  g_assert_true (wait_for (fixture, cli_message_listed));
  g_assert_cmpuint (fixture->changes->len, ==, 3);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 1), ==, 0);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 2), ==, 1);

  g_signal_handlers_disconnect_by_func (model (fixture), items_changed_cb, fixture);
}

static gboolean
search_narrowed (Fixture *fixture)
{
  return !fd_inbox_model_get_loading (fixture->window->model) &&
         fd_inbox_model_get_loaded (fixture->window->model) &&
         g_list_model_get_n_items (model (fixture)) == 4;
}

/* Every listed copy of Dan's complaint shows "grinder" highlighted. */
static gboolean
matches_highlighted (Fixture *fixture)
{
  for (guint i = 0; i < g_list_model_get_n_items (model (fixture)); i++)
    {
      FdInboxRow *row = row_at (fixture, i);
      g_autofree char *text = row ? fd_inbox_row_dup_text (row) : NULL;

      if (text == NULL || strstr (text, "grinder") == NULL ||
          fd_inbox_row_get_n_highlights (row) == 0)
        return FALSE;
    }

  return TRUE;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *entry;
  GtkWidget *error_label;
  const char * const *terms;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  entry = find_child (GTK_WIDGET (fixture->window->inbox_view), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (entry);

  /* Dan's four copies of the same complaint, on two channels. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "grinder");
  g_assert_true (wait_for (fixture, search_narrowed));
  terms = fd_inbox_view_get_terms (fixture->window->inbox_view);
  g_assert_nonnull (terms);
  g_assert_cmpstr (terms[0], ==, "grinder");
  g_assert_true (wait_for (fixture, matches_highlighted));

  /* A syntax error is said inline and keeps the last results. */
  {
    int position = -1;

    /* Typed at the end, as a person would: no empty text in between. */
    gtk_editable_set_position (GTK_EDITABLE (entry), -1);
    position = gtk_editable_get_position (GTK_EDITABLE (entry));
    gtk_editable_insert_text (GTK_EDITABLE (entry), " \"broken", -1, &position);
  }
  spin (400);
  error_label = find_child (GTK_WIDGET (fixture->window->inbox_view), GTK_TYPE_LABEL, "error");
  g_assert_nonnull (error_label);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpuint (g_list_model_get_n_items (model (fixture)), ==, 4);
}

static gboolean
archived (Fixture *fixture)
{
  return g_list_model_get_n_items (model (fixture)) == SAMPLE_COUNT - 1;
}

static gboolean
restored (Fixture *fixture)
{
  return g_list_model_get_n_items (model (fixture)) == SAMPLE_COUNT;
}

static void
test_archive_undo (Fixture       *fixture,
                   gconstpointer  data)
{
  select_position (fixture, 0);
  spin (100);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.archive", NULL);
  g_assert_true (wait_for (fixture, archived));
  g_assert_nonnull (fixture->window->undo_toast);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_true (wait_for (fixture, restored));
  g_assert_cmpstr (fd_message_get_author_name (message_at (fixture, 0)), ==, "Ravi Kumar");
}

static gboolean
is_folded (Fixture *fixture)
{
  return adw_leaflet_get_folded (fixture->window->leaflet);
}

static gboolean
on_conversation_pane (Fixture *fixture)
{
  return g_strcmp0 (adw_leaflet_get_visible_child_name (fixture->window->leaflet), "conversation") == 0;
}

static gboolean
on_inbox_pane (Fixture *fixture)
{
  return g_strcmp0 (adw_leaflet_get_visible_child_name (fixture->window->leaflet), "inbox") == 0;
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(FdMessage) message = NULL;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  fixture_open_window (fixture, 360, 700);

  g_assert_true (wait_for (fixture, is_folded));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);

  adw_leaflet_set_visible_child_name (fixture->window->leaflet, "inbox");
  g_assert_true (wait_for (fixture, on_inbox_pane));
  g_assert_true (gtk_widget_get_visible (fd_inbox_view_get_back_button (fixture->window->inbox_view)));
  spin (300);
  save_screenshot (GTK_WIDGET (fixture->window), "narrow.png");

  /* Opening a message goes to the conversation, Back returns. */
  message = g_object_ref (message_at (fixture, find_author (fixture, "María García", 3)));
  select_position (fixture, find_author (fixture, "María García", 3));
  g_signal_emit_by_name (fixture->window->inbox_view, "message-activated", message);
  g_assert_true (wait_for (fixture, on_conversation_pane));
  g_assert_true (gtk_widget_get_visible (fd_conversation_view_get_back_button (fixture->window->conversation_view)));
  spin (300);
  save_screenshot (GTK_WIDGET (fixture->window), "narrow-conversation.png");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  g_assert_true (wait_for (fixture, on_inbox_pane));
}

static void click_widget (GtkWidget *widget);
static void resize_window (Fixture *fixture, int width, int height);

static gboolean
on_sidebar_pane (Fixture *fixture)
{
  return g_strcmp0 (adw_leaflet_get_visible_child_name (fixture->window->leaflet), "sidebar") == 0;
}

static FdView tapped_view;

static gboolean
tapped_view_listed (Fixture *fixture)
{
  const FdFilter *filter = fd_inbox_model_get_filter (fixture->window->model);

  return on_inbox_pane (fixture) && filter != NULL && filter->view == tapped_view &&
         fd_inbox_model_get_loaded (fixture->window->model) &&
         !fd_inbox_model_get_loading (fixture->window->model);
}

static gboolean
is_sidebar_row (GtkWidget     *widget,
                gconstpointer  scope)
{
  return GTK_IS_LIST_BOX_ROW (widget) &&
         g_strcmp0 (g_object_get_data (G_OBJECT (widget), "scope"), scope) == 0;
}

/* In a narrow window, tapping a view shows its list, also when the view
 * is the one already highlighted (going back leaves it highlighted). */
static void
test_narrow_tap_view (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct { const char *scope; FdView view; } views[] = {
    { "unanswered", FD_VIEW_UNANSWERED },
    { "unanswered", FD_VIEW_UNANSWERED },
    { "repeated", FD_VIEW_REPEATED },
    { "repeated", FD_VIEW_REPEATED },
  };

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  fixture_open_window (fixture, 400, 700);
  g_assert_true (wait_for (fixture, is_folded));
  g_assert_true (wait_for (fixture, on_sidebar_pane));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *row = find_widget (GTK_WIDGET (fixture->window->sidebar), is_sidebar_row, views[i].scope);

      g_assert_nonnull (row);
      /* The leaflet's transition; and two clicks in a row are a double
       * click, which does not activate. */
      spin (800);
      g_assert_true (on_sidebar_pane (fixture));
      click_widget (row);
      tapped_view = views[i].view;
      g_assert_true (wait_for_seconds (fixture, tapped_view_listed, 5));
      if (i == 1)
        save_screenshot (GTK_WIDGET (fixture->window), "narrow-tap-again.png");

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
      g_assert_true (wait_for (fixture, on_sidebar_pane));
      g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (row)));
    }
}

static gboolean
is_narrow_folded (Fixture *fixture)
{
  return is_folded (fixture) && gtk_widget_get_width (GTK_WIDGET (fixture->window)) <= 400;
}

static gboolean
is_wide_unfolded (Fixture *fixture)
{
  return !is_folded (fixture) && gtk_widget_get_width (GTK_WIDGET (fixture->window)) > 1000;
}

/* Making the window narrow keeps the pane the person was on: the
 * conversation being read, or the list. */
static void
test_narrow_keeps_pane (Fixture       *fixture,
                        gconstpointer  data)
{
  /* Reading María's conversation. */
  select_position (fixture, find_author (fixture, "María García", 3));
  g_assert_true (wait_for (fixture, thread_shown));
  resize_window (fixture, 400, 700);
  g_assert_true (wait_for (fixture, is_narrow_folded));
  spin (300);
  g_assert_true (on_conversation_pane (fixture));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->conversation_stack), ==, "conversation");
  save_screenshot (GTK_WIDGET (fixture->window), "narrowed-reading.png");

  /* Back to the list, wide again, then narrow: still the list. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  g_assert_true (wait_for (fixture, on_inbox_pane));
  resize_window (fixture, 1280, 800);
  g_assert_true (wait_for (fixture, is_wide_unfolded));
  resize_window (fixture, 400, 700);
  g_assert_true (wait_for (fixture, is_narrow_folded));
  spin (300);
  g_assert_true (on_inbox_pane (fixture));

  /* A view chosen in the wide window: its list. */
  resize_window (fixture, 1280, 800);
  g_assert_true (wait_for (fixture, is_wide_unfolded));
  select_position (fixture, find_author (fixture, "María García", 3));
  g_assert_true (wait_for (fixture, thread_shown));
  click_widget (find_widget (GTK_WIDGET (fixture->window->sidebar), is_sidebar_row, "unanswered"));
  tapped_view = FD_VIEW_UNANSWERED;
  g_assert_true (wait_for_seconds (fixture, tapped_view_listed, 5));
  resize_window (fixture, 400, 700);
  g_assert_true (wait_for (fixture, is_narrow_folded));
  spin (300);
  g_assert_true (on_inbox_pane (fixture));
}


/* Sync status, outbox, repeats, topics, translation */

static FdSyncStatus *
sync_status (Fixture *fixture)
{
  return fd_sidebar_get_sync_status (fixture->window->sidebar);
}

static gboolean
status_offline (Fixture *fixture)
{
  return g_strcmp0 (fd_sync_status_get_status_text (sync_status (fixture)), "Offline") == 0;
}

static gboolean
one_waiting (Fixture *fixture)
{
  return g_strcmp0 (fd_sync_status_get_outbox_text (sync_status (fixture)), "1 reply waiting to send") == 0;
}

static gboolean
one_error_row (Fixture *fixture)
{
  return fd_sync_status_get_n_errors (sync_status (fixture)) == 1;
}

static void
test_sync_status (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(FdTestNetworkMonitor) monitor = fd_test_network_monitor_new ();
  g_autoptr(FdSyncManager) manager = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);

  /* The sample profile has no status line: nothing syncs it. */
  g_assert_null (fd_sync_status_get_status_text (sync_status (fixture)));

  fd_test_network_monitor_set_available (monitor, FALSE);
  manager = fd_sync_manager_new (fd_store_get_data_dir (fixture->store), G_NETWORK_MONITOR (monitor));
  account = fd_account_new ("email", "Shop", "shop@example.com");
  g_assert_true (fd_account_save (account, fixture->store, &error));
  g_assert_no_error (error);
  /* No provider for this test: the account only shows its status. */
  fd_sync_manager_add_account (manager, account, NULL);
  g_assert_true (fd_sync_manager_start (manager, &error));
  g_assert_no_error (error);

  fd_window_set_sync_manager (fixture->window, manager, NULL);
  g_assert_true (wait_for (fixture, status_offline));

  /* A reply: "1 reply waiting to send". */
  select_position (fixture, find_author (fixture, "María García", 3));
  g_assert_true (wait_for (fixture, thread_shown));
  fd_composer_set_text (composer, "Gracias, María.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.send", NULL);
  g_assert_true (wait_for (fixture, one_waiting));

  /* A password refused: the row that asks for it again. */
  fd_account_set_state (account, FD_ACCOUNT_STATE_ERROR, FD_ACCOUNT_ERROR_NEEDS_PASSWORD,
                        "The server refused the password.");
  g_assert_true (wait_for (fixture, one_error_row));
  save_screenshot (GTK_WIDGET (fixture->window), "sync-status.png");

  fd_window_set_sync_manager (fixture->window, NULL, NULL);
  fd_sync_manager_stop (manager);
}

static gint64 failed_entry_id;

static GtkWidget *
find_visible_label (GtkWidget  *root,
                    const char *css_class,
                    const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, css_class) &&
          gtk_widget_is_visible (child) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;

      if ((found = find_visible_label (child, css_class, text)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
failure_shown (Fixture *fixture)
{
  return find_visible_label (GTK_WIDGET (fixture->window->conversation_view), "error",
                             "The server refused the reply: it is too long.") != NULL;
}

static gboolean
entry_pending (Fixture *fixture)
{
  g_autoptr(FdOutbox) outbox = fd_outbox_new (fixture->store);
  g_autoptr(FdOutboxEntry) entry = fd_outbox_get (outbox, failed_entry_id, NULL);

  return entry != NULL && entry->state == FD_OUTBOX_PENDING;
}

static void
test_outbox_failed_retry (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(FdOutbox) outbox = fd_outbox_new (fixture->store);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  guint position = find_author (fixture, "María García", 3);
  FdMessage *message = message_at (fixture, position);
  FdOutboxEntry *entry;

  g_assert_cmpint (fd_test_queue_reply (fixture->store, fd_message_get_id (message),
                                        "Hola María, " "es normal.", &error), >, 0);
  g_assert_no_error (error);
  entries = fd_outbox_list (outbox, 0, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  failed_entry_id = entry->id;
  g_assert_true (fd_outbox_mark_failed (outbox, entry, "The server refused the reply: it is too long.", &error));
  g_assert_no_error (error);

  fd_sidebar_select_scope (fixture->window->sidebar, "outbox");
  g_assert_true (wait_for (fixture, model_loaded));
  select_position (fixture, 0);
  g_assert_true (wait_for (fixture, failure_shown));
  save_screenshot (GTK_WIDGET (fixture->window), "outbox-failed.png");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.outbox-retry", "x", failed_entry_id);
  g_assert_true (wait_for (fixture, entry_pending));
}

static gint64 unsure_entry_id;

static gboolean
unsure_shown (Fixture *fixture)
{
  return find_visible_label (GTK_WIDGET (fixture->window->conversation_view), "warning",
                             "May have been sent") != NULL;
}

static gboolean
is_shown_button_labelled (GtkWidget     *widget,
                          gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
unsure_counted (Fixture *fixture)
{
  return g_strcmp0 (fd_sync_status_get_outbox_text (sync_status (fixture)), "1 reply may have been sent") == 0;
}

static gboolean
unsure_buttons_shown (Fixture *fixture)
{
  GtkWidget *view = GTK_WIDGET (fixture->window->conversation_view);

  return find_widget (view, is_shown_button_labelled, "_Send Again") != NULL &&
         find_widget (view, is_shown_button_labelled, "It _Arrived") != NULL;
}

static gboolean
unsure_entry_sent (Fixture *fixture)
{
  g_autoptr(FdOutbox) outbox = fd_outbox_new (fixture->store);
  g_autoptr(FdOutboxEntry) entry = fd_outbox_get (outbox, unsure_entry_id, NULL);

  return entry != NULL && entry->state == FD_OUTBOX_SENT;
}

/* A reply on a channel that cannot tell whether an uncertain attempt
 * arrived: the window says it may have been sent and offers both
 * answers; "It Arrived" counts it as sent. */
static void
test_outbox_unsure (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(FdOutbox) outbox = fd_outbox_new (fixture->store);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  guint position = find_author (fixture, "María García", 3);
  FdMessage *message = message_at (fixture, position);
  GtkWidget *arrived;

  g_assert_cmpint (fd_test_queue_reply (fixture->store, fd_message_get_id (message),
                                        "Hola María, ya está en camino.", &error), >, 0);
  g_assert_no_error (error);
  entries = fd_outbox_list (outbox, 0, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  unsure_entry_id = ((FdOutboxEntry *) g_ptr_array_index (entries, 0))->id;
  /* As the outbox leaves it after an answer lost on the way back. */
  sql = g_strdup_printf ("UPDATE outbox SET state = %d, error = 'This reply may have been sent.' WHERE id = %"
                         G_GINT64_FORMAT, FD_OUTBOX_UNSURE, unsure_entry_id);
  g_assert_cmpint (sqlite3_exec (fd_store_get_db (fixture->store), sql, NULL, NULL, NULL), ==, SQLITE_OK);

  fd_sidebar_select_scope (fixture->window->sidebar, "outbox");
  g_assert_true (wait_for (fixture, model_loaded));
  select_position (fixture, 0);
  g_assert_true (wait_for (fixture, unsure_shown));
  g_assert_true (wait_for (fixture, unsure_buttons_shown));
  g_assert_true (wait_for (fixture, unsure_counted));
  arrived = find_widget (GTK_WIDGET (fixture->window->conversation_view), is_shown_button_labelled, "It _Arrived");
  g_assert_nonnull (arrived);
  save_screenshot (GTK_WIDGET (fixture->window), "outbox-unsure.png");

  g_assert_true (gtk_widget_activate (arrived));
  g_assert_true (wait_for (fixture, unsure_entry_sent));
}

static guint
count_author (Fixture    *fixture,
              const char *name)
{
  guint n = g_list_model_get_n_items (model (fixture));
  guint count = 0;

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (fd_message_get_author_name (message_at (fixture, i)), name) == 0)
      count++;

  return count;
}

static gboolean
groups_folded (Fixture *fixture)
{
  return !fd_inbox_model_get_loading (fixture->window->model) &&
         fd_inbox_model_get_loaded (fixture->window->model) &&
         g_list_model_get_n_items (model (fixture)) == 2;
}

static gboolean
dan_folded (Fixture *fixture)
{
  return !fd_inbox_model_get_loading (fixture->window->model) &&
         fd_inbox_model_get_loaded (fixture->window->model) &&
         g_list_model_get_n_items (model (fixture)) > 2 &&
         count_author (fixture, "Dan Fischer") == 2;
}

static gboolean
group_loaded (Fixture *fixture)
{
  FdConversationExtras *extras = fd_conversation_view_get_extras (fixture->window->conversation_view);

  return extras != NULL && extras->group != NULL;
}

static guint
group_unanswered;


static gboolean
copies_queued (Fixture *fixture)
{
  return outbox_count (fixture) == group_unanswered;
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* The label the conversation shows for why a group was made; it is
 * built after the group loads, so it is waited for. */
static char *expected_why;

static gboolean
why_label_shown (Fixture *fixture)
{
  return find_widget (GTK_WIDGET (fixture->window), is_label_with_text, expected_why) != NULL;
}

static gboolean
two_replies_toast (Fixture *fixture)
{
  return find_widget (GTK_WIDGET (fixture->window), is_label_with_text,
                      "2 replies added to Waiting to Send") != NULL;
}

static void
test_repeat_group (Fixture       *fixture,
                   gconstpointer  data)
{
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);
  FdConversationExtras *extras;
  g_autoptr(FdInboxItem) item = NULL;

  /* Dan posted twice on Mastodon and twice on Bluesky: one row each, in
   * Unanswered as in Repeated. */
  fd_sidebar_select_scope (fixture->window->sidebar, "unanswered");
  g_assert_true (wait_for (fixture, dan_folded));

  fd_sidebar_select_scope (fixture->window->sidebar, "repeated");
  g_assert_true (wait_for (fixture, groups_folded));
  g_assert_cmpuint (count_author (fixture, "Dan Fischer"), ==, 2);
  item = g_list_model_get_item (model (fixture), 0);
  g_assert_nonnull (fd_inbox_item_get_group_channels (item));
  g_assert_cmpuint (fd_message_get_repeat_count (fd_inbox_item_get_message (item)), ==, 2);
  save_screenshot (GTK_WIDGET (fixture->window), "repeated.png");

  select_position (fixture, 0);
  g_assert_true (wait_for (fixture, group_loaded));
  extras = fd_conversation_view_get_extras (fixture->window->conversation_view);
  g_assert_cmpuint (extras->group->messages->len, ==, 2);
  group_unanswered = extras->group->n_unanswered;
  g_assert_cmpuint (group_unanswered, ==, 2);

  /* The window says why the posts were grouped. */
  {
    g_autofree char *reason = fd_repeats_describe_reason (extras->group->reason, extras->group->reason_value, TRUE);
    g_autofree char *why = g_strdup_printf ("Why: %s", reason);

    g_assert_cmpint (extras->group->reason, !=, FD_REPEAT_REASON_UNKNOWN);
    expected_why = why;
    g_assert_true (wait_for (fixture, why_label_shown));
    expected_why = NULL;
  }

  fd_composer_set_answer_all (composer, TRUE);
  fd_composer_set_text (composer, "Sorry about the grinder, Dan: a new one is on its way.");
  spin (100);
  save_screenshot (GTK_WIDGET (fixture->window), "answer-all.png");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.send", NULL);

  /* One reply per copy, each in its own conversation, and a toast that
   * counts them. */
  g_assert_true (wait_for (fixture, copies_queued));
  g_assert_true (wait_for (fixture, two_replies_toast));
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
lucia_listed (Fixture *fixture)
{
  return find_remote_id (fixture, "pr-mastodon") != GTK_INVALID_LIST_POSITION &&
         find_remote_id (fixture, "pr-bluesky") != GTK_INVALID_LIST_POSITION;
}

static gboolean
possible_loaded (Fixture *fixture)
{
  FdConversationExtras *extras = fd_conversation_view_get_extras (fixture->window->conversation_view);

  return extras != NULL && extras->possible != NULL && extras->suggestion != NULL;
}

static gboolean
possible_gone (Fixture *fixture)
{
  FdConversationExtras *extras = fd_conversation_view_get_extras (fixture->window->conversation_view);

  return extras != NULL && extras->possible == NULL && extras->suggestion == NULL &&
         find_widget (GTK_WIDGET (fixture->window), is_label_with_text,
                      "Possibly posted again by this customer on another channel") == NULL;
}

/* One display name, one order number, two channels: the conversation
 * shows both posts as a possible repeat, says why, offers no "answer all"
 * until the two are known to be one person, and "Not the Same" takes
 * the suggestion and the possible repeat away. */
static void
test_possible_repeat (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_hours (now, -30);
  g_autofree char *now_iso = g_date_time_format_iso8601 (now);
  g_autofree char *then_iso = g_date_time_format_iso8601 (then);
  g_autofree char *jsonl = g_strdup_printf (
    "{\"channel\":\"mastodon\",\"id\":\"pr-mastodon\",\"author\":{\"handle\":\"@lucia@social.example\",\"name\":\"Lucía Moreno\"},"
    "\"text\":\"I ordered a desk lamp on the 24th, order #48213, and the tracking has not moved in 6 days.\",\"created_at\":\"%s\",\"lang\":\"en\"}\n"
    "{\"channel\":\"bluesky\",\"id\":\"pr-bluesky\",\"author\":{\"handle\":\"luciamoreno.bsky.social\",\"name\":\"Lucía Moreno\"},"
    "\"text\":\"Still nothing on #48213. More than a week for a lamp, seriously?\",\"created_at\":\"%s\",\"lang\":\"en\"}\n",
    then_iso, now_iso);
  g_autoptr(GError) error = NULL;
  FdConversationExtras *extras;
  GtkWidget *not_same;
  gint64 suggestion_id;

  import_jsonl (fixture, jsonl, "lucia.jsonl");
  g_assert_true (wait_for (fixture, lucia_listed));

  select_position (fixture, find_remote_id (fixture, "pr-mastodon"));
  g_assert_true (wait_for (fixture, possible_loaded));
  extras = fd_conversation_view_get_extras (fixture->window->conversation_view);
  g_assert_true (extras->possible->possible);
  g_assert_cmpuint (extras->possible->messages->len, ==, 2);
  g_assert_cmpint (extras->possible->reason, ==, FD_REPEAT_REASON_SAME_REFERENCE);

  {
    g_autofree char *reason = fd_repeats_describe_reason (extras->possible->reason, extras->possible->reason_value, TRUE);
    g_autofree char *why = g_strdup_printf ("Why: %s", reason);

    g_assert_nonnull (strstr (reason, "#48213"));
    expected_why = why;
    g_assert_true (wait_for (fixture, why_label_shown));
    expected_why = NULL;
  }
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), is_label_with_text,
                                 "Possibly posted again by this customer on another channel"));
  /* Not one customer's repeat yet: nothing answers both at once. */
  g_assert_null (find_widget (GTK_WIDGET (fixture->window), is_button_labelled, "_Mark All Answered"));
  save_screenshot (GTK_WIDGET (fixture->window), "possible-repeat.png");

  /* The details may have been read again meanwhile. */
  g_assert_true (wait_for (fixture, possible_loaded));
  extras = fd_conversation_view_get_extras (fixture->window->conversation_view);
  suggestion_id = extras->suggestion->id;
  not_same = find_widget (GTK_WIDGET (fixture->window), is_button_labelled, "_Not the Same");
  g_assert_nonnull (not_same);
  g_assert_true (gtk_widget_activate (not_same));
  g_assert_true (wait_for (fixture, possible_gone));
  {
    g_autoptr(GPtrArray) suggestions = fd_customers_list_suggestions (fixture->store, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < suggestions->len; i++)
      g_assert_cmpint (((FdLinkSuggestion *) g_ptr_array_index (suggestions, i))->id, !=, suggestion_id);
  }
}

static guint count_answer_buttons (GtkWidget *root, gboolean sensitive);

/* The sample's own: one problem reported by three customers. */
static guint sample_topics;

static gboolean
sample_counted (Fixture *fixture)
{
  return fd_sidebar_get_n_topics (fixture->window->sidebar) > 0 &&
         fd_sidebar_get_count (fixture->window->sidebar, FD_VIEW_ALL) == SAMPLE_COUNT;
}

static gboolean
topics_counted (Fixture *fixture)
{
  return fd_sidebar_get_n_topics (fixture->window->sidebar) == sample_topics + 1;
}

static gboolean
topics_listed (Fixture *fixture)
{
  return fd_topics_view_get_n_topics (fixture->window->topics_view) == sample_topics + 1;
}

static gboolean
topic_shown (Fixture *fixture)
{
  return fd_topic_view_get_n_channels (fixture->window->topic_view) == 2;
}

static void
test_topic (Fixture       *fixture,
            gconstpointer  data)
{
#define TOPIC_POSTS \
    "{\"channel\":\"mastodon\",\"id\":\"t1\",\"author\":{\"handle\":\"@ines@mastodon.example\",\"name\":\"Inés\"},\"text\":\"@alderfinch the checkout page shows an error when I pay with my card\",\"created_at\":\"%s\"}\n" \
    "{\"channel\":\"mastodon\",\"id\":\"t2\",\"author\":{\"handle\":\"@olaf@mastodon.example\",\"name\":\"Olaf\"},\"text\":\"@alderfinch checkout page shows an error when I pay with my card!\",\"created_at\":\"%s\"}\n" \
    "{\"channel\":\"bluesky\",\"id\":\"t3\",\"author\":{\"handle\":\"pia.bsky.social\",\"name\":\"Pia\"},\"text\":\"the alderfinch checkout page shows an error when I pay with my card\",\"created_at\":\"%s\"}\n"
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *when = g_date_time_format_iso8601 (now);
  g_autofree char *text = g_strdup_printf (TOPIC_POSTS, when, when, when);
  g_autoptr(GError) error = NULL;

  g_assert_true (wait_for (fixture, sample_counted));
  sample_topics = fd_sidebar_get_n_topics (fixture->window->sidebar);
  import_jsonl (fixture, text, "topic.jsonl");

  g_assert_true (wait_for (fixture, topics_counted));

  fd_sidebar_select_scope (fixture->window->sidebar, "topics");
  g_assert_true (wait_for (fixture, topics_listed));
  fd_topics_view_activate (fixture->window->topics_view, 0);
  g_assert_true (wait_for (fixture, topic_shown));
  save_screenshot (GTK_WIDGET (fixture->window), "topic.png");

  /* The sample inbox has no accounts: answers wait to send there, as
   * replies do. */
  g_assert_cmpuint (count_answer_buttons (GTK_WIDGET (fixture->window->topic_view), TRUE), ==, 2);
}

static GtkWidget *
first_incoming_bubble (Fixture *fixture)
{
  return find_child (GTK_WIDGET (fixture->window->conversation_view),
                     FD_TYPE_MESSAGE_BUBBLE, "incoming");
}

static gboolean
translation_settled (Fixture *fixture)
{
  GtkWidget *bubble = first_incoming_bubble (fixture);
  const char *state = bubble ? fd_message_bubble_get_translation_state (FD_MESSAGE_BUBBLE (bubble)) : NULL;

  return g_strcmp0 (state, "translated") == 0 || g_strcmp0 (state, "failed") == 0;
}

static gboolean
is_translate_check (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_CHECK_BUTTON (widget) && gtk_widget_get_visible (widget) &&
         strstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) ?: "", "send in") != NULL;
}

static gboolean
draft_translation_stored (Fixture *fixture)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (fd_store_get_db (fixture->store),
                          "SELECT count(*) FROM draft_translations"
                          " WHERE translated != '' AND back_translated != ''",
                          -1, &stmt, NULL) == SQLITE_OK)
    found = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 1;
  sqlite3_finalize (stmt);

  return found;
}

static void
test_translation (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(FdApertiumTranslator) apertium = fd_apertium_translator_new ();
  g_autoptr(FdTranslationManager) manager = NULL;
  GtkWidget *bubble;

  if (!fd_apertium_translator_is_available (apertium))
    {
      fd_test_missing ("Apertium with the English-Spanish pair is not installed (packages apertium apertium-apy apertium-eng-spa)");
      return;
    }

  manager = fd_translation_manager_new (fixture->store, NULL);
  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (apertium));
  fd_window_set_translation_manager (fixture->window, manager, "en");

  /* María writes in Spanish. */
  select_position (fixture, find_author (fixture, "María García", 3));
  g_assert_true (wait_for (fixture, thread_shown));
  bubble = first_incoming_bubble (fixture);
  g_assert_nonnull (bubble);
  g_assert_cmpstr (fd_message_bubble_get_translation_state (FD_MESSAGE_BUBBLE (bubble)), ==, "translating");

  g_assert_true (wait_for_seconds (fixture, translation_settled, 90));
  bubble = first_incoming_bubble (fixture);
  g_assert_cmpstr (fd_message_bubble_get_translation_state (FD_MESSAGE_BUBBLE (bubble)), ==, "translated");
  g_assert_nonnull (find_visible_label (bubble, "dim-label", "Translated from Spanish"));
  g_assert_true (fd_composer_get_can_translate (fd_conversation_view_get_composer (fixture->window->conversation_view)));
  save_screenshot (GTK_WIDGET (fixture->window), "translation.png");

  /* Write in English, send in Spanish: the translation and the way back
   * are shown, and both are stored with the conversation. */
  {
    FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);
    GtkWidget *toggle = find_widget (GTK_WIDGET (composer), is_translate_check, NULL);

    g_assert_nonnull (toggle);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (toggle), TRUE);
    fd_composer_set_text (composer, "Your order left today.");
    g_assert_true (wait_for_seconds (fixture, draft_translation_stored, 90));
    g_assert_nonnull (fd_composer_get_back_translated (composer));
  }

  fd_apertium_translator_stop (apertium);
}

static gboolean
german_thread_shown (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);

  return messages != NULL && messages->len == 2 &&
         g_strcmp0 (fd_message_get_author_name (g_ptr_array_index (messages, 0)), "Klaus Becker") == 0;
}

static guint
count_bubbles_in_state (Fixture    *fixture,
                        const char *state)
{
  GtkWidget *view = GTK_WIDGET (fixture->window->conversation_view);
  GtkWidget *first = find_child (view, FD_TYPE_MESSAGE_BUBBLE, NULL);
  guint n = 0;

  for (GtkWidget *child = first; child != NULL; child = gtk_widget_get_next_sibling (child))
    if (FD_IS_MESSAGE_BUBBLE (child) &&
        g_strcmp0 (fd_message_bubble_get_translation_state (FD_MESSAGE_BUBBLE (child)), state) == 0)
      n++;

  return n;
}

static gboolean
german_settled (Fixture *fixture)
{
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);

  return count_bubbles_in_state (fixture, "translating") == 0 &&
         count_bubbles_in_state (fixture, "unavailable") + count_bubbles_in_state (fixture, "failed") == 2 &&
         !fd_composer_get_can_translate (composer);
}

static guint
count_visible_labels (GtkWidget  *root,
                      const char *needle)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_is_visible (child) &&
          strstr (gtk_label_get_text (GTK_LABEL (child)), needle) != NULL)
        n++;
      n += count_visible_labels (child, needle);
    }

  return n;
}

static gboolean
is_visible_button_labelled (GtkWidget     *widget,
                            gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_is_visible (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
is_visible_check_labelled (GtkWidget     *widget,
                           gconstpointer  needle)
{
  return GTK_IS_CHECK_BUTTON (widget) && gtk_widget_is_visible (widget) &&
         strstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) ?: "", needle) != NULL;
}

/* German messages and no engine with German: one quiet line for the
 * conversation, no advice or Try Again under each message, and the
 * composer says why it cannot write in English and send in German. */
static void
test_translation_missing_pair (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(FdApertiumTranslator) apertium = fd_apertium_translator_new ();
  g_autoptr(FdTranslationManager) manager = NULL;
  GtkWidget *view = GTK_WIDGET (fixture->window->conversation_view);
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);
  GtkWidget *check;

  if (!fd_apertium_translator_is_available (apertium))
    {
      fd_test_missing ("Apertium with the English-Spanish pair is not installed (packages apertium apertium-apy apertium-eng-spa)");
      return;
    }

  manager = fd_translation_manager_new (fixture->store, NULL);
  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (apertium));
  fd_window_set_translation_manager (fixture->window, manager, "en");

  select_position (fixture, find_author (fixture, "Klaus Becker", 2));
  g_assert_true (wait_for (fixture, german_thread_shown));
  g_assert_true (wait_for_seconds (fixture, german_settled, 60));

  /* This machine has no German pair: otherwise there is nothing to test. */
  g_assert_false (fd_translator_can_translate (FD_TRANSLATOR (apertium), "de", "en", NULL));
  g_assert_cmpuint (count_bubbles_in_state (fixture, "unavailable"), ==, 2);

  g_assert_cmpuint (count_visible_labels (view, "No translation from German on this computer"), ==, 1);
  g_assert_cmpuint (count_visible_labels (view, "apt-cache"), ==, 0);
  g_assert_cmpuint (count_visible_labels (view, "Translation unavailable"), ==, 0);
  g_assert_null (find_widget (view, is_visible_button_labelled, "_Try Again"));
  g_assert_nonnull (find_widget (view, is_visible_button_labelled, "_Set Up…"));

  /* The option is in sight but off, and says why in a line of its own:
   * a tooltip there would cover the Send button. */
  check = find_widget (GTK_WIDGET (composer), is_visible_check_labelled, "send in German");
  g_assert_nonnull (check);
  g_assert_false (gtk_widget_get_sensitive (check));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_null (gtk_widget_get_tooltip_text (check));
  g_assert_cmpuint (count_visible_labels (GTK_WIDGET (composer), "from English to German"), ==, 1);
  g_assert_false (fd_composer_get_can_translate (composer));
  save_screenshot (GTK_WIDGET (fixture->window), "german.png");

  /* Another message arriving in the same conversation: still one line. */
  fd_conversation_view_reload (fixture->window->conversation_view);
  g_assert_true (wait_for (fixture, german_thread_shown));
  g_assert_true (wait_for_seconds (fixture, german_settled, 60));
  g_assert_cmpuint (count_visible_labels (view, "No translation from German on this computer"), ==, 1);

  fd_apertium_translator_stop (apertium);
}

static gboolean
text_view_origin (GtkWidget        *text_view,
                  GtkWidget        *window,
                  graphene_point_t *point)
{
  return gtk_widget_compute_point (text_view, window, &GRAPHENE_POINT_INIT (0, 0), point);
}

/* Ticking "Write in English, send in Spanish" on an empty reply leaves
 * the text field where it was; the "Sent in Spanish:" preview is there
 * only while there is text, and closes when the field is emptied the
 * way a sent reply empties it. */
static gboolean
send_until_queued_written (Fixture *fixture)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (fd_store_get_db (fixture->store),
                          "SELECT count(*) FROM written_replies w JOIN messages m ON m.id = w.message_id"
                          " WHERE w.lang = 'en' AND w.text = 'Your order left today.' AND m.text != w.text",
                          -1, &stmt, NULL) == SQLITE_OK)
    found = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 1;
  sqlite3_finalize (stmt);

  /* Send goes once the translation of the text is ready. */
  if (!found)
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.send", NULL);

  return found;
}

static gboolean
written_note_shown (Fixture *fixture)
{
  return count_visible_labels (GTK_WIDGET (fixture->window->conversation_view),
                               "Sent in Spanish, written in English") == 1;
}

static gboolean
written_text_shown (Fixture *fixture)
{
  return count_visible_labels (GTK_WIDGET (fixture->window->conversation_view),
                               "Written in English, sent in Spanish") == 1 &&
         count_visible_labels (GTK_WIDGET (fixture->window->conversation_view),
                               "Your order left today.") == 1;
}

static void
test_translation_preview (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(FdApertiumTranslator) apertium = fd_apertium_translator_new ();
  g_autoptr(FdTranslationManager) manager = NULL;
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *text_view = find_child (GTK_WIDGET (composer), GTK_TYPE_TEXT_VIEW, NULL);
  graphene_point_t before, after;
  GtkWidget *toggle;

  if (!fd_apertium_translator_is_available (apertium))
    {
      fd_test_missing ("Apertium with the English-Spanish pair is not installed (packages apertium apertium-apy apertium-eng-spa)");
      return;
    }

  manager = fd_translation_manager_new (fixture->store, NULL);
  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (apertium));
  fd_window_set_translation_manager (fixture->window, manager, "en");

  select_position (fixture, find_author (fixture, "María García", 3));
  g_assert_true (wait_for (fixture, thread_shown));
  g_assert_true (wait_for_seconds (fixture, translation_settled, 90));
  toggle = find_widget (GTK_WIDGET (composer), is_translate_check, NULL);
  g_assert_nonnull (toggle);
  g_assert_true (gtk_widget_get_sensitive (toggle));
  /* Its tooltip would open over the Send button. */
  g_assert_false (gtk_widget_get_has_tooltip (toggle));

  spin (200);
  g_assert_true (text_view_origin (text_view, window, &before));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (toggle), TRUE);
  spin (200);
  g_assert_true (text_view_origin (text_view, window, &after));
  g_assert_cmpfloat (before.y, ==, after.y);
  g_assert_cmpuint (count_visible_labels (GTK_WIDGET (composer), "Sent in Spanish:"), ==, 0);

  fd_composer_set_text (composer, "Your order left today.");
  g_assert_cmpuint (count_visible_labels (GTK_WIDGET (composer), "Sent in Spanish:"), ==, 1);

  fd_composer_set_text (composer, "");
  g_assert_cmpuint (count_visible_labels (GTK_WIDGET (composer), "Sent in Spanish:"), ==, 0);

  /* Sent in Spanish: the reply in the conversation says it was written
   * in English, and shows what was written on request. */
  fd_composer_set_text (composer, "Your order left today.");
  g_assert_true (wait_for_seconds (fixture, send_until_queued_written, 60));
  g_assert_true (wait_for (fixture, written_note_shown));
  {
    GtkWidget *show = find_widget (GTK_WIDGET (fixture->window->conversation_view),
                                   is_button_labelled, "Show What You Wrote");

    g_assert_nonnull (show);
    g_assert_true (gtk_widget_activate (show));
  }
  g_assert_true (wait_for (fixture, written_text_shown));
  save_screenshot (window, "written-and-sent.png");

  fd_apertium_translator_stop (apertium);
}

static GtkWidget *
shown_toast (Fixture *fixture)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->window->toast_overlay));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (gtk_widget_get_css_name (child), "toast") && gtk_widget_get_mapped (child))
      return child;

  return NULL;
}

static gboolean
toast_shown (Fixture *fixture)
{
  return shown_toast (fixture) != NULL;
}

static gboolean
is_send_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Send") == 0;
}

static gboolean
has_tooltip_besides (GtkWidget     *widget,
                     gconstpointer  allowed)
{
  return widget != allowed && gtk_widget_get_has_tooltip (widget) &&
         (gtk_widget_get_tooltip_text (widget) != NULL || gtk_widget_get_tooltip_markup (widget) != NULL);
}

static gboolean
overlaps (GtkWidget *a,
          GtkWidget *b,
          GtkWidget *root)
{
  graphene_rect_t ra, rb;

  g_assert_true (gtk_widget_compute_bounds (a, root, &ra));
  g_assert_true (gtk_widget_compute_bounds (b, root, &rb));
  return graphene_rect_intersection (&ra, &rb, NULL);
}

/* A toast shown while a conversation is open sits above the reply box:
 * the Send button and the options under the text stay uncovered. */
static void
test_toast_clear_of_composer (Fixture       *fixture,
                              gconstpointer  data)
{
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);
  GtkWidget *root = GTK_WIDGET (fixture->window);
  GtkWidget *send;
  GtkWidget *toast;

  select_position (fixture, find_author (fixture, "María García", 3));
  g_assert_true (wait_for (fixture, thread_shown));
  spin (200);
  send = find_widget (GTK_WIDGET (composer), is_send_button, NULL);
  g_assert_nonnull (send);

  fd_window_toast (fixture->window, "Reply added to Waiting to Send");
  g_assert_true (wait_for (fixture, toast_shown));
  spin (500);   /* the toast's slide-in */
  toast = shown_toast (fixture);

  g_assert_false (overlaps (toast, send, root));
  g_assert_false (overlaps (toast, GTK_WIDGET (composer), root));
  save_screenshot (root, "toast.png");

  /* Tooltips open under or over the pointer: in the reply box only the
   * Send button has one, about itself. */
  g_assert_null (find_widget (GTK_WIDGET (composer), has_tooltip_besides, send));
}

static gboolean
private_reply_queued (Fixture *fixture)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (fd_store_get_db (fixture->store),
                          "SELECT count(*) FROM outbox o JOIN messages m ON m.id = o.message_id"
                          " WHERE o.action = 'private-reply' AND m.channel = 'mastodon'"
                          " AND json_extract (o.payload, '$.private') = 1"
                          " AND json_extract (o.payload, '$.public_note') = 'We wrote to you privately.'",
                          -1, &stmt, NULL) == SQLITE_OK)
    found = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 1;
  sqlite3_finalize (stmt);

  return found;
}


static gboolean
is_private_check (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_CHECK_BUTTON (widget) &&
         strstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) ?: "", "privately") != NULL;
}

static gboolean
is_public_note (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_ENTRY (widget) &&
         strstr (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)) ?: "", "Public answer") != NULL;
}

/* "Move to private": a direct message, and a short public answer that
 * carries none of the private text. */
static void
test_private_reply_with_note (Fixture       *fixture,
                              gconstpointer  data)
{
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);
  guint position = find_channel (fixture, "mastodon");
  GtkWidget *check;
  GtkWidget *note;

  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  select_position (fixture, position);
  g_assert_true (wait_for (fixture, mastodon_thread_shown));

  check = find_widget (GTK_WIDGET (composer), is_private_check, NULL);
  note = find_widget (GTK_WIDGET (composer), is_public_note, NULL);
  g_assert_nonnull (check);
  g_assert_nonnull (note);
  g_assert_false (gtk_widget_get_visible (note));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (gtk_widget_get_visible (note));

  fd_composer_set_text (composer, "Your order 4102 left today, tracking 123.");
  gtk_editable_set_text (GTK_EDITABLE (note), "We wrote to you privately.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.send", NULL);
  g_assert_true (wait_for (fixture, private_reply_queued));
}

static gboolean
is_visible_private_check (GtkWidget     *widget,
                          gconstpointer  data)
{
  return is_private_check (widget, data) && gtk_widget_is_visible (widget);
}

/* A window on the sample's messages that is not the sample inbox: no
 * account, so replies are refused where no account can send them. */
static void
open_window_without_accounts (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  fixture->window = fd_window_new (NULL, fixture->store, fixture->settings, FALSE);
  g_object_ref_sink (fixture->window);
  add_app_actions (GTK_WIDGET (fixture->window));
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (wait_for (fixture, model_loaded));
}

/* An offline sync manager on the window, with @account added to it. */
static FdSyncManager *
add_account_offline (Fixture              *fixture,
                     FdTestNetworkMonitor *monitor,
                     FdAccount            *account)
{
  g_autoptr(GError) error = NULL;
  FdSyncManager *manager;

  fd_test_network_monitor_set_available (monitor, FALSE);
  manager = fd_sync_manager_new (fd_store_get_data_dir (fixture->store), G_NETWORK_MONITOR (monitor));
  fd_window_set_sync_manager (fixture->window, manager, NULL);
  g_assert_true (fd_account_save (account, fixture->store, &error));
  g_assert_no_error (error);
  fd_sync_manager_add_account (manager, account, NULL);

  return manager;
}

static gboolean
private_offered (Fixture *fixture)
{
  FdComposer *composer = fd_conversation_view_get_composer (fixture->window->conversation_view);

  return find_widget (GTK_WIDGET (composer), is_visible_private_check, NULL) != NULL;
}

/* Refused, a reply goes nowhere, privately neither: the box does not
 * offer "Reply privately" until an account can send it. */
static void
test_refused_offers_no_private (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(FdTestNetworkMonitor) monitor = fd_test_network_monitor_new ();
  g_autoptr(FdSyncManager) manager = NULL;
  g_autoptr(FdAccount) account = fd_account_new ("mastodon", "Shop", "@shop@mastodon.example");
  FdComposer *composer;

  open_window_without_accounts (fixture);
  composer = fd_conversation_view_get_composer (fixture->window->conversation_view);

  /* Bluesky without an account; no private replies there yet. */
  select_position (fixture, find_channel (fixture, "bluesky"));
  g_assert_true (wait_for (fixture, bluesky_thread_shown));
  g_assert_nonnull (strstr (fd_composer_get_unsendable (composer) ?: "", "No Bluesky account"));
  g_assert_false (private_offered (fixture));
  g_assert_false (gtk_widget_is_visible (find_widget (GTK_WIDGET (composer), is_public_note, NULL)));

  /* Mastodon without an account. */
  select_position (fixture, find_channel (fixture, "mastodon"));
  g_assert_true (wait_for (fixture, mastodon_thread_shown));
  g_assert_nonnull (strstr (fd_composer_get_unsendable (composer) ?: "", "No Mastodon account"));
  g_assert_false (private_offered (fixture));

  /* An account that can send it: now it may go privately too. */
  manager = add_account_offline (fixture, monitor, account);
  g_assert_true (wait_for (fixture, composer_sendable));
  g_assert_true (private_offered (fixture));
}

static guint
count_answer_buttons (GtkWidget *root,
                      gboolean   sensitive)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_widget_is_visible (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), "_Answer Publicly…") == 0 &&
          gtk_widget_get_sensitive (child) == sensitive)
        n++;
      n += count_answer_buttons (child, sensitive);
    }

  return n;
}

static guint topics_before;

static gboolean
topic_added (Fixture *fixture)
{
  return fd_sidebar_get_n_topics (fixture->window->sidebar) == topics_before + 1;
}

static gboolean
topic_added_listed (Fixture *fixture)
{
  return fd_topics_view_get_n_topics (fixture->window->topics_view) == topics_before + 1;
}

static gboolean
topic_all_refused (Fixture *fixture)
{
  GtkWidget *view = GTK_WIDGET (fixture->window->topic_view);

  return fd_topic_view_get_n_channels (fixture->window->topic_view) == 2 &&
         count_answer_buttons (view, FALSE) == 2 && count_answer_buttons (view, TRUE) == 0;
}

static gboolean
topic_mastodon_answerable (Fixture *fixture)
{
  GtkWidget *view = GTK_WIDGET (fixture->window->topic_view);

  return count_answer_buttons (view, TRUE) == 1 && count_answer_buttons (view, FALSE) == 1;
}

/* The Topics page asks the outbox whether an answer can go out on each
 * channel, as the reply box does: where it cannot, it says why instead of
 * queuing an answer that would wait forever. */
static void
test_topic_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *when = g_date_time_format_iso8601 (now);
  g_autofree char *text = g_strdup_printf (TOPIC_POSTS, when, when, when);
  g_autoptr(FdTestNetworkMonitor) monitor = fd_test_network_monitor_new ();
  g_autoptr(FdSyncManager) manager = NULL;
  g_autoptr(FdAccount) account = fd_account_new ("mastodon", "Shop", "@alderfinch@mastodon.example");
  GtkWidget *view;

  open_window_without_accounts (fixture);
  view = GTK_WIDGET (fixture->window->topic_view);
  g_assert_true (wait_for (fixture, sample_counted));
  topics_before = fd_sidebar_get_n_topics (fixture->window->sidebar);

  import_jsonl (fixture, text, "topic.jsonl");
  g_assert_true (wait_for (fixture, topic_added));

  fd_sidebar_select_scope (fixture->window->sidebar, "topics");
  g_assert_true (wait_for (fixture, topic_added_listed));
  fd_topics_view_activate (fixture->window->topics_view, 0);
  g_assert_true (wait_for (fixture, topic_all_refused));
  g_assert_cmpuint (count_visible_labels (view, "No Bluesky account can send this reply."), ==, 1);
  g_assert_cmpuint (count_visible_labels (view, "No Mastodon account can send this reply."), ==, 1);
  save_screenshot (GTK_WIDGET (fixture->window), "topic-refused.png");

  /* A Mastodon account: the answer there can go out; Bluesky still not. */
  manager = add_account_offline (fixture, monitor, account);
  g_assert_true (wait_for (fixture, topic_mastodon_answerable));
  g_assert_cmpuint (count_visible_labels (view, "No Bluesky account can send this reply."), ==, 1);
  g_assert_cmpuint (count_visible_labels (view, "No Mastodon account"), ==, 0);
}

/* Depth-first search for a widget @match accepts. */

static GtkWidget *
find_widget (GtkWidget     *root,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_row_saying (GtkWidget     *widget,
               gconstpointer  text)
{
  const char *subtitle = ADW_IS_ACTION_ROW (widget) ? adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)) : NULL;

  return subtitle != NULL && strstr (subtitle, text) != NULL;
}

static gboolean
is_mastodon_page (GtkWidget     *widget,
                  gconstpointer  data)
{
  return FD_IS_ACCOUNT_SETUP_PAGE (widget) && gtk_widget_get_mapped (widget) &&
         g_str_equal (fd_account_setup_page_get_channel (FD_ACCOUNT_SETUP_PAGE (widget)), "mastodon");
}

static GtkWidget *accounts_dialog;

static gboolean
is_email_page (GtkWidget     *widget,
               gconstpointer  data)
{
  return FD_IS_ACCOUNT_SETUP_PAGE (widget) && gtk_widget_get_mapped (widget) &&
         g_str_equal (fd_account_setup_page_get_channel (FD_ACCOUNT_SETUP_PAGE (widget)), "email");
}

static gboolean
email_page_shown (Fixture *fixture)
{
  return find_widget (accounts_dialog, is_email_page, NULL) != NULL;
}

static gboolean
mastodon_page_shown (Fixture *fixture)
{
  return find_widget (accounts_dialog, is_mastodon_page, NULL) != NULL;
}

static gboolean
account_row_shown (Fixture *fixture)
{
  return find_widget (accounts_dialog, is_row_titled, "Shop") != NULL;
}

static void
test_accounts_dialog (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(FdTestNetworkMonitor) monitor = fd_test_network_monitor_new ();
  g_autoptr(FdSyncManager) manager = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  fd_test_network_monitor_set_available (monitor, FALSE);
  manager = fd_sync_manager_new (fd_store_get_data_dir (fixture->store), G_NETWORK_MONITOR (monitor));
  account = fd_account_new ("email", "Shop", "shop@example.com");
  g_assert_true (fd_account_save (account, fixture->store, &error));
  g_assert_no_error (error);
  fd_sync_manager_add_account (manager, account, NULL);

  accounts_dialog = fd_accounts_dialog_new (GTK_WINDOW (fixture->window), manager,
                                            fd_store_get_data_dir (fixture->store));
  gtk_window_present (GTK_WINDOW (accounts_dialog));

  /* The account is listed, with a labelled way to remove it. */
  g_assert_true (wait_for (fixture, account_row_shown));

  /* Adding a Mastodon account opens its sign-in page in the dialog. */
  row = find_widget (accounts_dialog, is_row_titled, "_Mastodon");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (row));
  g_signal_emit_by_name (row, "activated");
  g_assert_true (wait_for (fixture, mastodon_page_shown));
  save_screenshot (accounts_dialog, "accounts.png");

  /* And back, then to the email page. */
  gtk_widget_activate_action (accounts_dialog, "window.close", NULL);
  accounts_dialog = fd_accounts_dialog_new (GTK_WINDOW (fixture->window), manager,
                                            fd_store_get_data_dir (fixture->store));
  gtk_window_present (GTK_WINDOW (accounts_dialog));
  row = find_widget (accounts_dialog, is_row_titled, "_Email");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (row));
  g_signal_emit_by_name (row, "activated");
  g_assert_true (wait_for (fixture, email_page_shown));
  save_screenshot (accounts_dialog, "email-account.png");

  gtk_window_destroy (GTK_WINDOW (accounts_dialog));
  accounts_dialog = NULL;
}

/* Every mapped widget under @root lies within @window's width. */
static GtkWidget *
find_wider_than (GtkWidget *root,
                 GtkWidget *window)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      GtkWidget *found;

      /* An overlay scrollbar's slider may reach past the edge. */
      if (!gtk_widget_get_mapped (child) || GTK_IS_SCROLLBAR (child))
        continue;
      if (gtk_widget_compute_bounds (child, window, &bounds) &&
          (bounds.origin.x < -1 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (window) + 1))
        return child;
      if ((found = find_wider_than (child, window)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_titled_combo (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_mapped_header_bar (GtkWidget     *widget,
                      gconstpointer  data)
{
  return ADW_IS_HEADER_BAR (widget) && gtk_widget_get_mapped (widget);
}

static gboolean
is_error_label (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error");
}

/* A button whose label (its own child) says @label. */
static gboolean
is_button_saying (GtkWidget     *widget,
                  gconstpointer  label)
{
  GtkWidget *child = GTK_IS_BUTTON (widget) ? gtk_button_get_child (GTK_BUTTON (widget)) : NULL;

  return GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), label) == 0;
}

/* Opening "Server Settings" with an error shown and an unencrypted
 * choice: the dialog keeps its size, the page scrolls, long texts wrap
 * inside it and the header stays. */
static void
test_email_page_layout (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(FdTestNetworkMonitor) monitor = fd_test_network_monitor_new ();
  g_autoptr(FdSyncManager) manager = NULL;
  GtkWidget *page, *expander, *error_label, *combo, *scroller, *wide, *header;
  int width, height;

  fd_test_network_monitor_set_available (monitor, FALSE);
  manager = fd_sync_manager_new (fd_store_get_data_dir (fixture->store), G_NETWORK_MONITOR (monitor));
  accounts_dialog = fd_accounts_dialog_new (GTK_WINDOW (fixture->window), manager,
                                            fd_store_get_data_dir (fixture->store));
  gtk_window_present (GTK_WINDOW (accounts_dialog));
  g_signal_emit_by_name (find_widget (accounts_dialog, is_row_titled, "_Email"), "activated");
  g_assert_true (wait_for (fixture, email_page_shown));
  spin (300);
  width = gtk_widget_get_width (accounts_dialog);
  height = gtk_widget_get_height (accounts_dialog);
  g_assert_cmpint (width, >, 0);

  page = find_widget (accounts_dialog, is_email_page, NULL);
  expander = find_child (page, ADW_TYPE_EXPANDER_ROW, NULL);
  /* An error the page shows itself: adding with nothing filled in. */
  g_signal_emit_by_name (find_widget (page, is_button_saying, "_Add Account"), "clicked");
  error_label = find_widget (page, is_error_label, NULL);
  g_assert_nonnull (expander);
  g_assert_nonnull (error_label);

  gtk_label_set_text (GTK_LABEL (error_label),
                      "Could not find settings for alderfinch.example. Enter the server names and ports "
                      "from your mail provider under Server Settings, then add the account again.");
  gtk_widget_set_visible (error_label, TRUE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  combo = find_widget (page, is_titled_combo, "Incoming Security");
  g_assert_nonnull (combo);
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 2);
  g_assert_true (gtk_widget_get_visible (find_widget (page, is_row_titled, "Allow _Unencrypted Connection")));
  spin (800);

  g_assert_cmpint (gtk_widget_get_width (accounts_dialog), ==, width);
  g_assert_cmpint (gtk_widget_get_height (accounts_dialog), ==, height);
  wide = find_wider_than (accounts_dialog, accounts_dialog);
  if (wide != NULL)
    g_test_message ("A %s is wider than the dialog", G_OBJECT_TYPE_NAME (wide));
  g_assert_null (wide);

  header = find_widget (accounts_dialog, is_mapped_header_bar, NULL);
  g_assert_nonnull (header);
  {
    graphene_rect_t bounds;

    /* Adwaita draws the header bar over the window's 1 px border. */
    g_assert_true (gtk_widget_compute_bounds (header, accounts_dialog, &bounds));
    g_assert_cmpfloat (bounds.origin.y, >=, -1);
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <, height / 4);
  }
  scroller = gtk_widget_get_ancestor (expander, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  {
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  }
  save_screenshot (accounts_dialog, "email-server-settings.png");
  {
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    spin (200);
    g_assert_null (find_wider_than (accounts_dialog, accounts_dialog));
    save_screenshot (accounts_dialog, "email-server-settings-end.png");
  }

  gtk_window_destroy (GTK_WINDOW (accounts_dialog));
  accounts_dialog = NULL;
}

/* Real key presses, through the X server as a keyboard sends them
 * (XTest), so that they reach whatever widget has the focus. libXtst is
 * opened at run time: it comes with the X libraries, without headers. */
typedef int (*FakeKeyEvent) (Display *display, unsigned int keycode, int is_press, unsigned long delay);

static void
fake_key (GdkDisplay *display,
          guint       keyval,
          gboolean    press)
{
  static FakeKeyEvent fake_key_event;
  g_autofree GdkKeymapKey *keys = NULL;
  int n_keys = 0;

  if (fake_key_event == NULL)
    {
      void *xtst = dlopen ("libXtst.so.6", RTLD_NOW);

      g_assert_nonnull (xtst);
      fake_key_event = (FakeKeyEvent) dlsym (xtst, "XTestFakeKeyEvent");
      g_assert_nonnull (fake_key_event);
    }

  g_assert_true (gdk_display_map_keyval (display, keyval, &keys, &n_keys));
  g_assert_cmpint (n_keys, >, 0);
  fake_key_event (gdk_x11_display_get_xdisplay (display), keys[0].keycode, press, 0);
}

typedef int (*FakeButtonEvent) (Display *display, unsigned int button, int is_press, unsigned long delay);
typedef int (*FakeMotionEvent) (Display *display, int screen, int x, int y, unsigned long delay);
typedef int (*TranslateCoordinates) (Display *display, Window src, Window dest, int src_x, int src_y,
                                     int *dest_x, int *dest_y, Window *child);

typedef int (*ResizeWindow) (Display *display, Window window, unsigned int width, unsigned int height);

/* As a person resizing it would: a window already shown keeps its size
 * when its default size changes. */
static void
resize_window (Fixture *fixture,
               int      width,
               int      height)
{
  static ResizeWindow resize;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (fixture->window));
  GdkDisplay *display = gdk_surface_get_display (surface);

  if (resize == NULL)
    resize = (ResizeWindow) dlsym (RTLD_DEFAULT, "XResizeWindow");
  g_assert_nonnull (resize);
  g_assert_true (GDK_IS_X11_DISPLAY (display));
  resize (gdk_x11_display_get_xdisplay (display), gdk_x11_surface_get_xid (surface), width, height);
  gdk_display_flush (display);
}

/* A real click in the middle of @widget, through the X server. */
static void
click_widget (GtkWidget *widget)
{
  static FakeButtonEvent fake_button_event;
  static FakeMotionEvent fake_motion_event;
  static TranslateCoordinates translate_coordinates;
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  GdkDisplay *display = gtk_widget_get_display (widget);
  Display *xdisplay;
  graphene_point_t point;
  double dx, dy;
  int x, y;
  Window child;

  if (fake_button_event == NULL)
    {
      void *xtst = dlopen ("libXtst.so.6", RTLD_NOW);

      g_assert_nonnull (xtst);
      fake_button_event = (FakeButtonEvent) dlsym (xtst, "XTestFakeButtonEvent");
      fake_motion_event = (FakeMotionEvent) dlsym (xtst, "XTestFakeMotionEvent");
      /* GTK has libX11 loaded already. */
      translate_coordinates = (TranslateCoordinates) dlsym (RTLD_DEFAULT, "XTranslateCoordinates");
      g_assert_nonnull (fake_button_event);
      g_assert_nonnull (fake_motion_event);
      g_assert_nonnull (translate_coordinates);
    }

  g_assert_true (GDK_IS_X11_DISPLAY (display));
  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                                 gtk_widget_get_height (widget) / 2.0),
                                           &point));
  gtk_native_get_surface_transform (native, &dx, &dy);
  xdisplay = gdk_x11_display_get_xdisplay (display);
  translate_coordinates (xdisplay, gdk_x11_surface_get_xid (surface),
                         DefaultRootWindow (xdisplay),
                         (int) (point.x + dx), (int) (point.y + dy), &x, &y, &child);

  fake_motion_event (xdisplay, -1, x, y, 0);
  fake_button_event (xdisplay, 1, TRUE, 0);
  fake_button_event (xdisplay, 1, FALSE, 0);
  gdk_display_flush (display);
}

static void
press_ctrl_shift (GtkWidget *widget,
                  guint      keyval)
{
  GdkDisplay *display = gtk_widget_get_display (widget);

  g_assert_true (GDK_IS_X11_DISPLAY (display));
  fake_key (display, GDK_KEY_Control_L, TRUE);
  fake_key (display, GDK_KEY_Shift_L, TRUE);
  fake_key (display, keyval, TRUE);
  fake_key (display, keyval, FALSE);
  fake_key (display, GDK_KEY_Shift_L, FALSE);
  fake_key (display, GDK_KEY_Control_L, FALSE);
  gdk_display_flush (display);
}

static gint64 shortcut_conversation;

static gboolean
conversation_answered (Fixture *fixture)
{
  return count_unanswered_in (fixture, shortcut_conversation) == 0;
}

static gboolean
conversation_unanswered (Fixture *fixture)
{
  return count_unanswered_in (fixture, shortcut_conversation) == 1;
}

static gboolean
window_focused (Fixture *fixture)
{
  return gtk_window_is_active (GTK_WINDOW (fixture->window));
}

/* A message's text (or its translation), not its author's name. */
static gboolean
is_message_text (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_label_get_selectable (GTK_LABEL (widget)) &&
         gtk_widget_get_mapped (widget) &&
         g_utf8_strlen (gtk_label_get_text (GTK_LABEL (widget)), -1) > 30;
}

static gboolean
is_last_incoming_bubble (GtkWidget     *widget,
                         gconstpointer  data)
{
  GtkWidget *next;

  if (!FD_IS_MESSAGE_BUBBLE (widget) || !gtk_widget_has_css_class (widget, "incoming"))
    return FALSE;
  for (next = gtk_widget_get_next_sibling (widget); next != NULL; next = gtk_widget_get_next_sibling (next))
    if (gtk_widget_has_css_class (next, "incoming"))
      return FALSE;
  return TRUE;
}

/* Ctrl+Shift+A marks the conversation answered wherever the focus is:
 * the list and a message's text both have a meaning of their own for
 * it (unselect all). */
static void
test_shortcuts_any_focus (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *list = find_child (GTK_WIDGET (fixture->window->inbox_view), GTK_TYPE_LIST_VIEW, NULL);
  GtkWidget *text;

  g_assert_true (wait_for (fixture, window_focused));
  select_position (fixture, find_author (fixture, "María García", 3));
  g_assert_true (wait_for (fixture, thread_shown));
  shortcut_conversation = fd_conversation_view_get_conversation_id (fixture->window->conversation_view);
  g_assert_cmpint (count_unanswered_in (fixture, shortcut_conversation), ==, 1);

  /* In the list. */
  g_assert_true (gtk_widget_grab_focus (list));
  spin (100);
  press_ctrl_shift (GTK_WIDGET (fixture->window), GDK_KEY_a);
  g_assert_true (wait_for (fixture, conversation_answered));

  /* Again from María's words in the conversation. */
  spin (300);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_true (wait_for (fixture, conversation_unanswered));
  spin (500);  /* the conversation shows the change */
  text = find_widget (find_widget (GTK_WIDGET (fixture->window->conversation_view), is_last_incoming_bubble, NULL),
                      is_message_text, NULL);
  g_assert_nonnull (text);
  g_assert_true (gtk_widget_grab_focus (text));
  spin (100);
  g_assert_true (gtk_widget_has_focus (text));
  press_ctrl_shift (GTK_WIDGET (fixture->window), GDK_KEY_a);
  g_assert_true (wait_for (fixture, conversation_answered));
}

static int
count_incoming_in_state (Fixture        *fixture,
                         gint64          conversation_id,
                         FdMessageState  state)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM messages WHERE conversation_id = %" G_GINT64_FORMAT
                                          " AND direction = 0 AND state = %d", conversation_id, (int) state);
  sqlite3_stmt *stmt = NULL;
  int count = -1;

  if (sqlite3_prepare_v2 (fd_store_get_db (fixture->store), sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

static gint64 read_conversation;

static gboolean
is_action_button (GtkWidget     *widget,
                  gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
conversation_read (Fixture *fixture)
{
  return count_incoming_in_state (fixture, read_conversation, FD_MESSAGE_STATE_UNREAD) == 0;
}

static gboolean
conversation_unread (Fixture *fixture)
{
  return count_incoming_in_state (fixture, read_conversation, FD_MESSAGE_STATE_READ) == 0 &&
         count_incoming_in_state (fixture, read_conversation, FD_MESSAGE_STATE_UNREAD) > 0;
}

static gint64 marked_row_id;

static gboolean
marked_row_read (Fixture *fixture)
{
  guint n = g_list_model_get_n_items (model (fixture));

  for (guint i = 0; i < n; i++)
    if (fd_message_get_id (message_at (fixture, i)) == marked_row_id)
      {
        FdInboxRow *row = row_at (fixture, i);

        return row != NULL && fd_message_get_state (message_at (fixture, i)) == FD_MESSAGE_STATE_READ &&
               !gtk_widget_has_css_class (GTK_WIDGET (row), "unread") &&
               gtk_widget_has_css_class (GTK_WIDGET (row), "unanswered");
      }

  return FALSE;
}

/* What "frontdesk-cli show" says of the message @id, on its first line. */
static char *
cli_show_header (Fixture *fixture,
                 gint64   id)
{
  const char *cli = g_getenv ("FRONTDESK_CLI");
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      fd_test_missing ("frontdesk-cli was not found: FRONTDESK_CLI must name the built program (meson test sets it)");
      return NULL;
    }

  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                           cli, "--data-dir", fd_store_get_data_dir (fixture->store), "show", id_text, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (proc));

  /* The line of the message asked for is marked with ▶. */
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "▶"))
      return g_strdup (lines[i]);

  return NULL;
}

/* Opening a conversation marks the customer's messages read, in the
 * store (as the command line shows), and Mark as Unread undoes it. */
static void
test_open_marks_read (Fixture       *fixture,
                      gconstpointer  data)
{
  guint position = find_author (fixture, "María García", 3);
  gint64 id = fd_message_get_id (message_at (fixture, position));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *unread = NULL;
  GtkWidget *unread_button;

  read_conversation = fd_message_get_conversation_id (message_at (fixture, position));
  g_assert_cmpint (count_incoming_in_state (fixture, read_conversation, FD_MESSAGE_STATE_UNREAD), >, 0);
  g_assert_true (wait_for (fixture, rows_laid_out));
  g_assert_nonnull (row_at (fixture, position));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row_at (fixture, position)), "unread"));
  before = cli_show_header (fixture, id);
  if (before == NULL && g_test_failed ())
    return;
  g_assert_nonnull (strstr (before, "[unread"));

  select_position (fixture, position);
  g_assert_true (wait_for (fixture, thread_shown));
  g_assert_true (wait_for (fixture, conversation_read));
  after = cli_show_header (fixture, id);
  g_assert_nonnull (strstr (after, "[read"));
  /* The list shows it: no dot, still unanswered. */
  marked_row_id = id;
  g_assert_true (wait_for (fixture, marked_row_read));

  /* The header's button, once the window has seen the change. */
  unread_button = find_widget (GTK_WIDGET (fixture->window->conversation_view), is_action_button, "win.mark-unread");
  g_assert_nonnull (unread_button);
  spin (600);
  g_assert_true (gtk_widget_is_sensitive (unread_button));
  save_screenshot (GTK_WIDGET (fixture->window), "read.png");

  g_signal_emit_by_name (unread_button, "clicked");
  g_assert_true (wait_for (fixture, conversation_unread));
  unread = cli_show_header (fixture, id);
  g_assert_nonnull (strstr (unread, "[unread"));
  spin (600);
  g_assert_false (gtk_widget_is_sensitive (unread_button));

  /* Undo reads it again. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_true (wait_for (fixture, conversation_read));
}

static gint64 quoted_id;

static gboolean is_body_label (GtkWidget *widget, gconstpointer data);

static gboolean
quoted_first (Fixture *fixture)
{
  return fd_inbox_model_get_loaded (fixture->window->model) &&
         !fd_inbox_model_get_loading (fixture->window->model) &&
         g_list_model_get_n_items (model (fixture)) > 0 &&
         fd_message_get_id (message_at (fixture, 0)) == quoted_id &&
         row_at (fixture, 0) != NULL;
}

static gboolean is_quote_button (GtkWidget *widget, gconstpointer data);

static gboolean quoted_shown (Fixture *fixture);

static gboolean
quote_button_mapped (Fixture *fixture)
{
  GtkWidget *button;

  if (!quoted_shown (fixture))
    return FALSE;
  button = find_widget (first_incoming_bubble (fixture), is_quote_button, NULL);
  return button != NULL && gtk_widget_get_mapped (button) &&
         gtk_widget_get_width (button) > 0;
}

static gboolean
quote_unfolded (Fixture *fixture)
{
  GtkWidget *bubble = first_incoming_bubble (fixture);
  GtkWidget *body = bubble ? find_widget (bubble, is_body_label, NULL) : NULL;

  return body != NULL && strstr (gtk_label_get_text (GTK_LABEL (body)), "wrote:") != NULL;
}

static gboolean
quoted_shown (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);

  return messages != NULL && messages->len == 1 && first_incoming_bubble (fixture) != NULL &&
         fd_message_get_id (g_ptr_array_index (messages, 0)) == quoted_id;
}

static gboolean
is_body_label (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "body");
}

static gboolean
is_labelled (GtkWidget     *widget,
             gconstpointer  css_class)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class);
}

static gboolean
is_quote_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_has_css_class (widget, "quote-button");
}

static gboolean
has_double_space (const char *text)
{
  /* Any two spaces in a row, U+2007 FIGURE SPACE (g_date_time_format's
   * %e) included. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar next = g_utf8_get_char (g_utf8_next_char (p));

      if ((c == ' ' || c == 0x2007) && (next == ' ' || next == 0x2007))
        return TRUE;
    }
  return FALSE;
}

/* A customer waiting for more than a year: the list shows the day with
 * its year, the snippet and the conversation the customer's own words,
 * with the quote and the signature behind "…". */
static void
test_quoted_mail_and_old_dates (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -400);
  g_autoptr(FdParsedMessage) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_day = g_date_time_format (then, "%-d %b %Y");
  g_autofree char *waiting = NULL;
  g_autofree char *row_text = NULL;
  GtkWidget *bubble, *body, *time_label, *button;

  parsed = fd_test_message ("email", "<quoted@example.com>", "ana@example.com",
                            "On Mon, 30 Nov 2026 at 09:12, Alder & Finch <hello@alderfinch.example> wrote:\n"
                            "> Your parcel left on Friday.\n"
                            ">\n"
                            "> Kind regards\n"
                            "\n"
                            "It has still not arrived, can you check the tracking?\n"
                            "\n"
                            "-- \n"
                            "Ana Lima\n"
                            "Lima Ceramics\n",
                            g_date_time_to_unix (then));
  parsed->author_name = g_strdup ("Ana Lima");
  g_assert_cmpint (fd_ingest_message (fixture->store, parsed, &quoted_id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);

  g_settings_set_string (fixture->settings, "sort-order", "longest-waiting");
  fd_window_check_store (fixture->window);
  g_assert_true (wait_for (fixture, quoted_first));

  waiting = fd_inbox_row_dup_waiting (row_at (fixture, 0));
  g_assert_cmpstr (waiting, ==, expected_day);
  row_text = fd_inbox_row_dup_text (row_at (fixture, 0));
  g_assert_cmpstr (row_text, ==, "Ana Lima\nIt has still not arrived, can you check the tracking?");

  select_position (fixture, 0);
  g_assert_true (wait_for (fixture, quoted_shown));
  bubble = first_incoming_bubble (fixture);
  body = find_widget (bubble, is_body_label, NULL);
  button = find_widget (bubble, is_quote_button, NULL);
  g_assert_nonnull (body);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (body)), ==, "It has still not arrived, can you check the tracking?");
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "…");

  /* The date in full has the year and single spaces. */
  time_label = find_widget (bubble, is_labelled, "numeric");
  g_assert_nonnull (time_label);
  {
    g_autofree char *year = g_strdup_printf ("%d", g_date_time_get_year (then));
    g_autofree char *expected = g_date_time_format (then, "%a %-d %b %Y, %H:%M");

    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (time_label)), year));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (time_label)), ==, expected);
    g_assert_false (has_double_space (gtk_label_get_text (GTK_LABEL (time_label))));
  }
  save_screenshot (GTK_WIDGET (fixture->window), "quoted-folded.png");

  /* Opening it marked it read; the conversation may have been read again. */
  g_assert_true (wait_for (fixture, quote_button_mapped));
  click_widget (find_widget (first_incoming_bubble (fixture), is_quote_button, NULL));
  g_assert_true (wait_for (fixture, quote_unfolded));
  body = find_widget (first_incoming_bubble (fixture), is_body_label, NULL);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (body)), "wrote:"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (body)), "Lima Ceramics"));
  save_screenshot (GTK_WIDGET (fixture->window), "quoted-unfolded.png");
}

static FdView sorted_view;
static FdSortOrder sorted_order;

/* The list shows @sorted_view in @sorted_order, by its messages' times. */
static gboolean
view_sorted (Fixture *fixture)
{
  const FdFilter *filter = fd_inbox_model_get_filter (fixture->window->model);
  guint n = g_list_model_get_n_items (model (fixture));

  if (filter == NULL || filter->view != sorted_view || filter->order != sorted_order ||
      !fd_inbox_model_get_loaded (fixture->window->model) ||
      fd_inbox_model_get_loading (fixture->window->model) || n < 3)
    return FALSE;

  /* Shown from its first row, not scrolled to where the last view's
   * first row went. */
  {
    GtkWidget *list = find_child (GTK_WIDGET (fixture->window->inbox_view), GTK_TYPE_LIST_VIEW, NULL);

    if (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list))) != 0)
      return FALSE;
  }

  for (guint i = 1; i < n; i++)
    {
      gint64 before = fd_message_get_created_at (message_at (fixture, i - 1));
      gint64 after = fd_message_get_created_at (message_at (fixture, i));

      if (sorted_order == FD_SORT_NEWEST ? before < after : before > after)
        return FALSE;
    }

  return TRUE;
}

static void
expect_sorted (Fixture     *fixture,
               FdView       view,
               FdSortOrder  order)
{
  g_autofree char *property = NULL;

  sorted_view = view;
  sorted_order = order;
  g_assert_true (wait_for (fixture, view_sorted));
  g_object_get (fixture->window, "sort-order", &property, NULL);
  g_assert_cmpstr (property, ==, order == FD_SORT_NEWEST ? "newest"
                                 : order == FD_SORT_MOST_OVERDUE ? "most-overdue" : "longest-waiting");
}

/* Unanswered starts with the customer who has waited longest; the order
 * chosen in a view's menu stays with that view, in the settings. */
static void
test_sort_per_view (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GVariant) orders = NULL;
  g_autoptr(FdFilter) initial = NULL;
  const char *order = NULL;

  fd_sidebar_select_scope (fixture->window->sidebar, "unanswered");
  expect_sorted (fixture, FD_VIEW_UNANSWERED, FD_SORT_LONGEST_WAITING);
  save_screenshot (GTK_WIDGET (fixture->window), "unanswered-longest-first.png");

  /* As the list's Sort Order menu does. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.sort-order", "s", "most-overdue");
  expect_sorted (fixture, FD_VIEW_UNANSWERED, FD_SORT_MOST_OVERDUE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.sort-order", "s", "newest");
  expect_sorted (fixture, FD_VIEW_UNANSWERED, FD_SORT_NEWEST);

  fd_sidebar_select_scope (fixture->window->sidebar, "all");
  expect_sorted (fixture, FD_VIEW_ALL, FD_SORT_NEWEST);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.sort-order", "s", "longest-waiting");
  expect_sorted (fixture, FD_VIEW_ALL, FD_SORT_LONGEST_WAITING);

  fd_sidebar_select_scope (fixture->window->sidebar, "unanswered");
  expect_sorted (fixture, FD_VIEW_UNANSWERED, FD_SORT_NEWEST);
  fd_sidebar_select_scope (fixture->window->sidebar, "all");
  expect_sorted (fixture, FD_VIEW_ALL, FD_SORT_LONGEST_WAITING);

  /* The default of Preferences is not a choice for the views sorted. */
  g_settings_set_string (fixture->settings, "sort-order", "newest");
  spin (200);
  expect_sorted (fixture, FD_VIEW_ALL, FD_SORT_LONGEST_WAITING);

  orders = g_settings_get_value (fixture->settings, "view-sort-orders");
  g_assert_true (g_variant_lookup (orders, "unanswered", "&s", &order));
  g_assert_cmpstr (order, ==, "newest");
  g_assert_true (g_variant_lookup (orders, "all", "&s", &order));
  g_assert_cmpstr (order, ==, "longest-waiting");

  /* The next window, and the first list read before it, keep them. */
  g_settings_set_string (fixture->settings, "last-view", "unanswered");
  initial = fd_window_dup_initial_filter (fixture->settings);
  g_assert_cmpint (initial->order, ==, FD_SORT_NEWEST);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  fixture_open_window (fixture, 1280, 800);
  expect_sorted (fixture, FD_VIEW_UNANSWERED, FD_SORT_NEWEST);
}

static gboolean
thread_shown_with_reply (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);

  return messages != NULL && messages->len == 4;
}

static gboolean
outbox_listed (Fixture *fixture)
{
  const FdFilter *filter = fd_inbox_model_get_filter (fixture->window->model);

  return filter != NULL && filter->view == FD_VIEW_OUTBOX &&
         fd_inbox_model_get_loaded (fixture->window->model) &&
         !fd_inbox_model_get_loading (fixture->window->model) &&
         g_list_model_get_n_items (model (fixture)) == 1 && row_at (fixture, 0) != NULL;
}

static gboolean
is_outgoing_bubble (GtkWidget     *widget,
                    gconstpointer  data)
{
  return FD_IS_MESSAGE_BUBBLE (widget) && gtk_widget_has_css_class (widget, "outgoing");
}

static gboolean
is_label_saying (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* Rows of every reply of ours in the list, the one waiting to send and
 * one imported under the shop's name alike. */
static gboolean
own_rows_say_you (Fixture *fixture)
{
  guint n = g_list_model_get_n_items (model (fixture));
  guint seen = 0;

  for (guint i = 0; i < n; i++)
    {
      FdInboxRow *row = row_at (fixture, i);
      g_autofree char *text = NULL;

      if (fd_message_get_direction (message_at (fixture, i)) != FD_DIRECTION_OUT || row == NULL)
        continue;
      text = fd_inbox_row_dup_text (row);
      if (!g_str_has_prefix (text, "You to "))
        return FALSE;
      seen++;
    }

  return seen >= 2;
}

/* A reply of ours is "You" wherever it shows, never the account's or the
 * shop's name, nor "me"; a reply waiting to send says whom it is for. */
static void
test_own_replies_named (Fixture       *fixture,
                        gconstpointer  data)
{
  guint position = find_author (fixture, "María García", 3);
  FdMessage *maria = message_at (fixture, position);
  g_autoptr(GError) error = NULL;
  g_autofree char *row_text = NULL;
  GtkWidget *bubble;

  g_assert_cmpint (fd_test_queue_reply (fixture->store, fd_message_get_id (maria),
                                        "¡Hola María! Lo miramos ahora mismo.", &error), >, 0);
  g_assert_no_error (error);
  fd_window_check_store (fixture->window);

  fd_sidebar_select_scope (fixture->window->sidebar, "outbox");
  g_assert_true (wait_for (fixture, outbox_listed));
  row_text = fd_inbox_row_dup_text (row_at (fixture, 0));
  g_assert_true (g_str_has_prefix (row_text, "You to María García\n"));
  save_screenshot (GTK_WIDGET (fixture->window), "waiting-to-send.png");

  /* The sample's own replies were imported under "Alder & Finch". */
  fd_sidebar_select_scope (fixture->window->sidebar, "all");
  g_assert_true (wait_for (fixture, own_rows_say_you));

  /* In the conversation too, with whom each went to. */
  fd_sidebar_select_scope (fixture->window->sidebar, "outbox");
  g_assert_true (wait_for (fixture, outbox_listed));
  select_position (fixture, 0);
  g_assert_true (wait_for (fixture, thread_shown_with_reply));
  for (bubble = find_widget (GTK_WIDGET (fixture->window->conversation_view), is_outgoing_bubble, NULL);
       bubble != NULL;
       bubble = gtk_widget_get_next_sibling (bubble))
    {
      if (!is_outgoing_bubble (bubble, NULL))
        continue;
      g_assert_nonnull (find_widget (bubble, is_label_saying, "You"));
      g_assert_nonnull (find_widget (bubble, is_label_saying, "to María García"));
      g_assert_null (find_widget (bubble, is_label_saying, "Alder & Finch"));
      g_assert_null (find_widget (bubble, is_label_saying, "me"));
    }
  save_screenshot (GTK_WIDGET (fixture->window), "own-reply-conversation.png");
}

/* F1 without a help viewer: the guide's HTML pages, else its web
 * address, in the web browser; with neither a viewer nor a browser, a
 * dialog that says so. Each case in a process of its own, whose
 * applications are only the stand-ins written here. */

typedef enum {
  HELP_HAS_VIEWER  = 1 << 0,
  HELP_HAS_BROWSER = 1 << 1,
  HELP_HAS_HTML    = 1 << 2,
} HelpCase;

static char *opened_log;
/* The default applications a help case set up, as GIO must see them. */
static const char *expected_html_app;
static const char *expected_help_app;

static void
write_stand_in (const char *apps,
                const char *name,
                const char *mime_types)
{
  g_autofree char *script = g_build_filename (apps, name, NULL);
  g_autofree char *desktop_name = g_strconcat (name, ".desktop", NULL);
  g_autofree char *desktop = g_build_filename (apps, desktop_name, NULL);
  g_autofree char *script_text = g_strdup_printf ("#!/bin/sh\nprintf '%%s %%s\\n' '%s' \"$1\" >> '%s'\n",
                                                  name, opened_log);
  g_autofree char *desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=%s\n"
                                                   "Exec=%s %%u\nMimeType=%s\nNoDisplay=true\n",
                                                   name, script, mime_types);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (script, script_text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (script, 0700), ==, 0);
  g_file_set_contents (desktop, desktop_text, -1, &error);
  g_assert_no_error (error);
}

static gboolean
default_app_is (const char *type,
                const char *expected)
{
  g_autoptr(GAppInfo) app = g_app_info_get_default_for_type (type, FALSE);

  return g_strcmp0 (app != NULL ? g_app_info_get_id (app) : NULL, expected) == 0;
}

/* GIO learns of new desktop files and mimeapps.list through file
 * monitors, so a lookup right after writing them can still see the old
 * applications. */
static gboolean
help_apps_seen (Fixture *fixture)
{
  return default_app_is ("text/html", expected_html_app) &&
         default_app_is ("x-scheme-handler/https", expected_html_app) &&
         default_app_is ("x-scheme-handler/help", expected_help_app);
}

/* Only the applications of @help_case, before GIO has looked for any:
 * written where this process already looks (GLib keeps the folders it
 * found first), the system's own taken away in mimeapps.list. */
static char *
set_up_help_case (HelpCase help_case)
{
  const char *apps_home = g_get_user_data_dir ();
  g_autofree char *apps = g_build_filename (apps_home, "applications", NULL);
  g_autofree char *mimeapps = g_build_filename (apps, "mimeapps.list", NULL);
  g_autofree char *help_stand_in = g_build_filename (apps, "frontdesk-test-help.desktop", NULL);
  g_autofree char *home = g_dir_make_tmp ("frontdesk-help-XXXXXX", NULL);
  g_autofree char *html = g_build_filename (home, "html", NULL);
  g_autoptr(GString) defaults = g_string_new ("[Default Applications]\n");
  g_autoptr(GString) removed = g_string_new ("[Removed Associations]\n");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (html, 0700), ==, 0);
  opened_log = g_build_filename (home, "opened.txt", NULL);
  g_remove (help_stand_in);

  /* Whatever this computer has for them: Debian's vim says it opens
   * HTML. */
  for (const char * const *type = (const char * const[]) { "text/html", "x-scheme-handler/http",
                                                            "x-scheme-handler/https",
                                                            "x-scheme-handler/help", NULL };
       *type != NULL; type++)
    {
      g_autolist(GAppInfo) all = g_app_info_get_all_for_type (*type);

      for (GList *l = all; l != NULL; l = l->next)
        g_string_append_printf (removed, "%s=%s\n", *type, g_app_info_get_id (l->data));
    }

  if (help_case & HELP_HAS_VIEWER)
    {
      write_stand_in (apps, "viewer", "x-scheme-handler/help;");
      g_string_append (defaults, "x-scheme-handler/help=viewer.desktop\n");
    }
  if (help_case & HELP_HAS_BROWSER)
    {
      write_stand_in (apps, "browser", "text/html;x-scheme-handler/http;x-scheme-handler/https;");
      g_string_append (defaults, "text/html=browser.desktop\n"
                                 "x-scheme-handler/http=browser.desktop\n"
                                 "x-scheme-handler/https=browser.desktop\n");
    }
  g_string_append (defaults, removed->str);
  g_file_set_contents (mimeapps, defaults->str, -1, &error);
  g_assert_no_error (error);
  expected_html_app = (help_case & HELP_HAS_BROWSER) ? "browser.desktop" : NULL;
  expected_help_app = (help_case & HELP_HAS_VIEWER) ? "viewer.desktop" : NULL;
  g_assert_true (wait_for_seconds (NULL, help_apps_seen, 10));

  if (help_case & HELP_HAS_HTML)
    {
      g_autofree char *index = g_build_filename (html, "index.html", NULL);

      g_file_set_contents (index, "<html><title>Frontdesk</title></html>\n", -1, &error);
      g_assert_no_error (error);
    }

  return g_steal_pointer (&html);
}

static gboolean
something_opened (Fixture *fixture)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (opened_log, &contents, NULL, NULL) && strchr (contents, '\n') != NULL;
}

static GtkWidget *
find_nowhere_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }
  return NULL;
}

static gboolean
nowhere_dialog_shown (Fixture *fixture)
{
  return find_nowhere_dialog () != NULL;
}

static void
run_help_case (HelpCase    help_case,
               const char *expected)
{
  g_autofree char *html = set_up_help_case (help_case);
  g_autofree char *contents = NULL;
  g_autofree char *index_uri = NULL;

  fd_help_show_full (NULL, html, "https://help.example/frontdesk/");

  if (expected == NULL)
    {
      g_assert_true (wait_for_seconds (NULL, nowhere_dialog_shown, 10));
      g_assert_false (g_file_test (opened_log, G_FILE_TEST_EXISTS));
      g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (find_nowhere_dialog ())), html));
      save_screenshot (find_nowhere_dialog (), "help-nowhere.png");
      return;
    }

  g_assert_true (wait_for_seconds (NULL, something_opened, 10));
  g_assert_true (g_file_get_contents (opened_log, &contents, NULL, NULL));
  g_test_message ("Opened: %s", contents);
  if (g_str_equal (expected, "html"))
    {
      g_autofree char *index = g_build_filename (html, "index.html", NULL);

      /* A local file goes to the browser as a URI or as its path. */
      index_uri = g_filename_to_uri (index, NULL, NULL);
      g_assert_true (g_str_has_prefix (contents, "browser "));
      g_assert_true (strstr (contents, index_uri) != NULL || strstr (contents, index) != NULL);
    }
  else
    g_assert_nonnull (strstr (contents, expected));
  g_assert_false (nowhere_dialog_shown (NULL));
}

static void
test_help_case_viewer (void)
{
  run_help_case (HELP_HAS_VIEWER | HELP_HAS_BROWSER | HELP_HAS_HTML, "viewer help:frontdesk");
}

static void
test_help_case_html (void)
{
  run_help_case (HELP_HAS_BROWSER | HELP_HAS_HTML, "html");
}

static void
test_help_case_web (void)
{
  run_help_case (HELP_HAS_BROWSER, "browser https://help.example/frontdesk/");
}

static void
test_help_case_nowhere (void)
{
  run_help_case (HELP_HAS_HTML, NULL);
}

static void
test_help_without_viewer (void)
{
  static const char * const cases[] = { "viewer", "html", "web", "nowhere" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/window/help/subprocess/%s", cases[i]);

      g_test_message ("%s", cases[i]);
      g_test_trap_subprocess (path, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
    }
}

/* Bluesky has a symbol of its own, from the resources, like the other
 * channels' symbolic icons (not a weather icon). */
static void
test_bluesky_icon (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (fixture->window)));
  const char *name = fd_channel_icon_name ("bluesky");
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  g_assert_true (g_str_has_suffix (name, "-symbolic"));
  g_assert_null (strstr (name, "weather"));
  g_assert_true (gtk_icon_theme_has_icon (theme, name));

  icon = gtk_icon_theme_lookup_icon (theme, name, NULL, 16, 1, GTK_TEXT_DIR_LTR, 0);
  g_assert_true (gtk_icon_paintable_is_symbolic (icon));
  file = gtk_icon_paintable_get_file (icon);
  g_assert_nonnull (file);
  uri = g_file_get_uri (file);
  g_assert_true (g_str_has_prefix (uri, "resource://" RESOURCE_PREFIX "/icons/"));

  fd_sidebar_select_scope (fixture->window->sidebar, "channel:bluesky");
  spin (500);
  save_screenshot (GTK_WIDGET (fixture->window), "bluesky.png");
}

/* The sample shows what Frontdesk is for, whenever it is opened: waits of
 * minutes, hours and days; a problem three customers report; a customer
 * repeating a complaint on two channels. */
static void
test_sample_shows_features (Fixture       *fixture,
                            gconstpointer  data)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) channels = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean minutes = FALSE, hours = FALSE, days = FALSE;
  guint n = g_list_model_get_n_items (model (fixture));

  for (guint i = 0; i < n; i++)
    {
      FdMessage *message = message_at (fixture, i);
      gint64 age = now - fd_message_get_created_at (message);

      if (fd_message_get_direction (message) != FD_DIRECTION_IN ||
          fd_message_get_state (message) >= FD_MESSAGE_STATE_ANSWERED)
        continue;
      g_assert_cmpint (age, >=, 0);
      minutes |= age < 3600;
      hours |= age >= 3600 && age < 86400;
      days |= age >= 86400;
    }
  g_assert_true (minutes);
  g_assert_true (hours);
  g_assert_true (days);

  topics = fd_repeats_list_topics (fixture->store, FD_TOPIC_MIN_CUSTOMERS, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (topics->len, >=, 1);
  g_assert_cmpuint (((FdTopic *) g_ptr_array_index (topics, 0))->n_customers, >=, 3);
  g_assert_true (wait_for (fixture, sample_counted));

  /* Dan's complaint: copies on Mastodon and on Bluesky. */
  groups = fd_repeats_list_groups (fixture->store, FALSE, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < groups->len; i++)
    {
      FdRepeatGroup *group = g_ptr_array_index (groups, i);

      for (guint j = 0; j < group->messages->len; j++)
        if (g_strcmp0 (group->customer_name, "Dan Fischer") == 0)
          g_hash_table_add (channels, (gpointer) fd_message_get_channel (g_ptr_array_index (group->messages, j)));
    }
  g_assert_true (g_hash_table_contains (channels, "mastodon"));
  g_assert_true (g_hash_table_contains (channels, "bluesky"));

  fd_sidebar_select_scope (fixture->window->sidebar, "topics");
  spin (800);
  save_screenshot (GTK_WIDGET (fixture->window), "sample-topics.png");
}

static FdView counted_view;

static gboolean
view_counted (Fixture *fixture)
{
  const FdFilter *filter = fd_inbox_model_get_filter (fixture->window->model);

  return filter != NULL && filter->view == counted_view &&
         fd_inbox_model_get_loaded (fixture->window->model) &&
         !fd_inbox_model_get_loading (fixture->window->model) &&
         fd_sidebar_get_count (fixture->window->sidebar, counted_view) > 0;
}

/* The list's header counts what the sidebar counts: messages, a row of
 * folded copies counting each copy. */
static void
test_counts_agree (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct { const char *scope; FdView view; } views[] = {
    { "unanswered", FD_VIEW_UNANSWERED },
    { "repeated", FD_VIEW_REPEATED },
  };
  GtkWidget *title = find_child (GTK_WIDGET (fixture->window->inbox_view), ADW_TYPE_WINDOW_TITLE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *expected = NULL;
      guint count;

      fd_sidebar_select_scope (fixture->window->sidebar, views[i].scope);
      counted_view = views[i].view;
      g_assert_true (wait_for (fixture, view_counted));
      spin (100);

      count = fd_sidebar_get_count (fixture->window->sidebar, views[i].view);
      /* Dan's copies are folded: fewer rows than messages. */
      g_assert_cmpuint (g_list_model_get_n_items (model (fixture)), <, count);
      expected = g_strdup_printf ("%u messages", count);
      g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==, expected);
    }
}

/* Every shortcut of the shortcuts window, pressed as keys.
 *
 * The shortcuts are read from the shortcuts window's own file; each is
 * pressed through the X server with the focus in the list, in a message's
 * text and in the reply box, in a window of the real application, and
 * judged by what it visibly does. A shortcut listed there that no key
 * reaches, or that no check below judges, fails. */

typedef enum {
  KEY_FOCUS_LIST,
  KEY_FOCUS_TEXT,
  KEY_FOCUS_COMPOSER,
  N_KEY_FOCUSES
} KeyFocus;

static const char * const key_focus_names[] = { "the list", "a message's text", "the reply box" };

static FdApplication *keys_application;
/* Where the stand-in help viewer writes each address it is asked to open. */
static char *help_log;
static gint64 maria_conversation;
static int maria_unanswered;
static GtkWidget *key_target;

/* The accelerators the shortcuts window lists, each with its title. */
static GPtrArray *
listed_shortcuts (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  GSList *objects = gtk_builder_get_objects (builder);
  GPtrArray *listed = g_ptr_array_new_with_free_func (g_free);

  for (const GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerators = NULL;
      g_autofree char *title = NULL;
      g_auto(GStrv) each = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerators, "title", &title, NULL);
      g_assert_nonnull (accelerators);
      each = g_strsplit (accelerators, " ", -1);
      for (guint i = 0; each[i] != NULL; i++)
        if (*each[i] != '\0')
          {
            g_ptr_array_add (listed, g_strdup (each[i]));
            g_ptr_array_add (listed, g_strdup (title));
          }
    }
  g_slist_free (objects);

  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  return listed;
}

/* What pressing @accelerator in @window runs: the action of the one
 * shortcut that has this key among the window's own, its class's key
 * bindings and the application's accelerators. NULL when none has. */
static char *
bound_action (GtkWidget  *window,
              const char *accelerator)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  char *found = NULL;

  g_assert_nonnull (wanted);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          const char *name;

          if (!GTK_IS_NAMED_ACTION (action) ||
              !gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          if (found != NULL && !g_str_equal (found, name))
            g_error ("%s runs both %s and %s", accelerator, found, name);
          g_free (found);
          found = g_strdup (name);
        }
    }

  return found;
}

static GtkApplication *
keys_app (void)
{
  if (keys_application == NULL)
    {
      g_autoptr(GError) error = NULL;

      keys_application = fd_application_new ();
      /* Not the name on the bus: another test program may hold it. */
      g_application_set_flags (G_APPLICATION (keys_application), G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (keys_application), NULL, &error));
      g_assert_no_error (error);
    }

  return GTK_APPLICATION (keys_application);
}

static GtkWindow *new_window;

static gboolean
new_window_active (Fixture *fixture)
{
  return gtk_window_is_active (new_window);
}

/* Shown and given the keyboard: a window still on its way could take it
 * from the one a test then presses keys in. */
static FdWindow *
new_app_window (Fixture *fixture)
{
  FdWindow *window = fd_window_new (keys_app (), fixture->store, fixture->settings, TRUE);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  new_window = GTK_WINDOW (window);
  g_assert_true (wait_for (fixture, new_window_active));
  new_window = NULL;
  return window;
}

/* The sample in a window of the application, María's conversation
 * chosen. */
static void
open_app_window (Fixture *fixture)
{
  if (fixture->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      g_clear_object (&fixture->window);
    }
  fixture->window = g_object_ref_sink (new_app_window (fixture));
  g_assert_true (wait_for (fixture, model_loaded));
  g_assert_true (wait_for (fixture, window_focused));

  if (maria_conversation == 0)
    {
      select_position (fixture, find_author (fixture, "María García", 3));
      g_assert_true (wait_for (fixture, thread_shown));
      maria_conversation = fd_conversation_view_get_conversation_id (fixture->window->conversation_view);
      maria_unanswered = count_unanswered_in (fixture, maria_conversation);
      g_assert_cmpint (maria_unanswered, >, 0);
    }
}

static void
keys_fixture_set_up (Fixture       *fixture,
                     gconstpointer  data)
{
  fixture_set_up (fixture, data);
  maria_conversation = 0;
  open_app_window (fixture);
}

static gboolean
is_toplevel (GtkWidget *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (toplevel == window)
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
find_mapped_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_mapped (toplevel))
        return toplevel;
    }

  return NULL;
}

/* Dialogs and other windows a shortcut opened; the inbox windows stay. */
static void
close_other_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i - 1);

      if (FD_IS_WINDOW (toplevel) || !gtk_widget_get_visible (toplevel))
        continue;
      if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
        gtk_widget_set_visible (toplevel, FALSE);
      else
        gtk_window_destroy (GTK_WINDOW (toplevel));
    }
}

static gboolean
focus_within (Fixture   *fixture,
              GtkWidget *target)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));

  return focus != NULL && target != NULL && (focus == target || gtk_widget_is_ancestor (focus, target));
}

static GtkWidget *
composer_text_view (Fixture *fixture)
{
  return find_child (GTK_WIDGET (fd_conversation_view_get_composer (fixture->window->conversation_view)),
                     GTK_TYPE_TEXT_VIEW, NULL);
}

static char *
composer_text (Fixture *fixture)
{
  return fd_composer_dup_text (fd_conversation_view_get_composer (fixture->window->conversation_view));
}

static GtkWidget *
find_focus_target (Fixture  *fixture,
                   KeyFocus  focus)
{
  switch (focus)
    {
    case KEY_FOCUS_LIST:
      return find_child (GTK_WIDGET (fixture->window->inbox_view), GTK_TYPE_LIST_VIEW, NULL);
    case KEY_FOCUS_TEXT:
      return find_widget (find_widget (GTK_WIDGET (fixture->window->conversation_view), is_last_incoming_bubble, NULL),
                          is_message_text, NULL);
    case KEY_FOCUS_COMPOSER:
      return composer_text_view (fixture);
    case N_KEY_FOCUSES:
    default:
      g_assert_not_reached ();
    }
}

static KeyFocus wanted_focus;

static gboolean
focus_target_shown (Fixture *fixture)
{
  return find_focus_target (fixture, wanted_focus) != NULL;
}

/* A conversation that reloads rebuilds its messages' widgets: a
 * focused one may go, so look again. */
static void
focus_on (Fixture  *fixture,
          KeyFocus  focus)
{
  wanted_focus = focus;
  for (guint attempt = 0; attempt < 5; attempt++)
    {
      g_assert_true (wait_for (fixture, focus_target_shown));
      /* Weak: the widget may go with the next reload. */
      g_set_weak_pointer (&key_target, find_focus_target (fixture, focus));
      g_assert_nonnull (key_target);
      g_assert_true (gtk_widget_grab_focus (key_target));
      spin (200);
      if (focus_within (fixture, key_target))
        return;
    }
  g_assert_true (focus_within (fixture, key_target));
}

static guint
find_conversation (Fixture *fixture,
                   gint64   conversation_id)
{
  guint n = g_list_model_get_n_items (model (fixture));

  for (guint i = 0; i < n; i++)
    if (fd_message_get_conversation_id (message_at (fixture, i)) == conversation_id)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

static gboolean
maria_listed (Fixture *fixture)
{
  return fd_inbox_model_get_loaded (fixture->window->model) &&
         !fd_inbox_model_get_loading (fixture->window->model) &&
         find_conversation (fixture, maria_conversation) != GTK_INVALID_LIST_POSITION;
}

static gboolean
maria_shown (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);

  return fd_conversation_view_get_conversation_id (fixture->window->conversation_view) == maria_conversation &&
         messages != NULL && messages->len >= 3 &&
         find_widget (GTK_WIDGET (fixture->window->conversation_view), is_last_incoming_bubble, NULL) != NULL;
}

typedef int (*SetInputFocus) (Display *display, Window window, int revert_to, unsigned long time);

/* The keyboard to the window, as a window manager gives it. GTK asks with
 * the time of the last key pressed, and the X server ignores a request
 * older than the last change of focus. */
static void
give_keyboard (Fixture *fixture)
{
  static SetInputFocus set_input_focus;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (fixture->window));
  GdkDisplay *display = gdk_surface_get_display (surface);

  if (set_input_focus == NULL)
    set_input_focus = (SetInputFocus) dlsym (RTLD_DEFAULT, "XSetInputFocus");
  g_assert_nonnull (set_input_focus);
  set_input_focus (gdk_x11_display_get_xdisplay (display), gdk_x11_surface_get_xid (surface),
                   RevertToParent, CurrentTime);
  gdk_display_flush (display);
}

/* The window in front with María's conversation shown, @draft in the
 * reply box and the focus in @focus. */
static void
prepare_keys (Fixture    *fixture,
              KeyFocus    focus,
              const char *draft)
{
  close_other_windows ();
  if (fixture->window == NULL)
    open_app_window (fixture);
  gtk_window_present (GTK_WINDOW (fixture->window));
  give_keyboard (fixture);
  g_assert_true (wait_for (fixture, window_focused));

  if (!maria_shown (fixture))
    {
      g_assert_true (wait_for (fixture, maria_listed));
      select_position (fixture, find_conversation (fixture, maria_conversation));
      g_assert_true (wait_for (fixture, maria_shown));
      spin (300);  /* the conversation settles */
    }

  fd_composer_set_text (fd_conversation_view_get_composer (fixture->window->conversation_view), draft);
  focus_on (fixture, focus);
}

typedef struct {
  GdkModifierType mask;
  guint           keyval;
} ModifierKey;

static const ModifierKey modifier_keys[] = {
  { GDK_CONTROL_MASK, GDK_KEY_Control_L },
  { GDK_SHIFT_MASK, GDK_KEY_Shift_L },
  { GDK_ALT_MASK, GDK_KEY_Alt_L },
  { GDK_SUPER_MASK, GDK_KEY_Super_L },
};

/* Presses @accelerator as a person would: the modifiers, then the key
 * that gives its symbol ("?" is Shift and "/" on this keyboard). */
static void
press_accelerator (Fixture    *fixture,
                   const char *accelerator)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (fixture->window));
  g_autofree GdkKeymapKey *keys = NULL;
  g_autofree GdkKeymapKey *on_key = NULL;
  g_autofree guint *keyvals = NULL;
  GdkModifierType modifiers;
  guint keyval, base = 0;
  int n_keys = 0, n_on_key = 0, best = -1;

  g_assert_true (GDK_IS_X11_DISPLAY (display));
  g_assert_true (gtk_window_is_active (GTK_WINDOW (fixture->window)));
  g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &modifiers));
  g_assert_true (gdk_display_map_keyval (display, keyval, &keys, &n_keys));
  for (int i = 0; i < n_keys; i++)
    if (keys[i].group == 0 && (best < 0 || keys[i].level < keys[best].level))
      best = i;
  g_assert_cmpint (best, >=, 0);
  g_assert_cmpint (keys[best].level, <=, 1);
  if (keys[best].level == 1)
    modifiers |= GDK_SHIFT_MASK;

  g_assert_true (gdk_display_map_keycode (display, keys[best].keycode, &on_key, &keyvals, &n_on_key));
  for (int i = 0; i < n_on_key; i++)
    if (on_key[i].group == 0 && on_key[i].level == 0)
      base = keyvals[i];
  g_assert_cmpuint (base, !=, 0);

  for (guint i = 0; i < G_N_ELEMENTS (modifier_keys); i++)
    if (modifiers & modifier_keys[i].mask)
      fake_key (display, modifier_keys[i].keyval, TRUE);
  fake_key (display, base, TRUE);
  fake_key (display, base, FALSE);
  for (guint i = G_N_ELEMENTS (modifier_keys); i > 0; i--)
    if (modifiers & modifier_keys[i - 1].mask)
      fake_key (display, modifier_keys[i - 1].keyval, FALSE);
  gdk_display_flush (display);
}

static void
type_text (Fixture    *fixture,
           const char *letters)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (fixture->window));

  for (const char *c = letters; *c != '\0'; c++)
    {
      fake_key (display, gdk_unicode_to_keyval (*c), TRUE);
      fake_key (display, gdk_unicode_to_keyval (*c), FALSE);
    }
  gdk_display_flush (display);
}

/* What each shortcut does. */

static gboolean
search_focused (Fixture *fixture)
{
  GtkWidget *entry = find_child (GTK_WIDGET (fixture->window->inbox_view), GTK_TYPE_SEARCH_ENTRY, NULL);

  return entry != NULL && gtk_widget_get_mapped (entry) && focus_within (fixture, entry);
}

static void
check_search (Fixture    *fixture,
              KeyFocus    focus,
              const char *accelerator)
{
  GtkWidget *bar = find_child (GTK_WIDGET (fixture->window->inbox_view), GTK_TYPE_SEARCH_BAR, NULL);

  prepare_keys (fixture, focus, "");
  g_assert_false (search_focused (fixture));
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, search_focused));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (bar), FALSE);
}

static gboolean
preferences_shown (Fixture *fixture)
{
  return find_mapped_toplevel (FD_TYPE_PREFERENCES_WINDOW) != NULL;
}

static void
check_preferences (Fixture    *fixture,
                   KeyFocus    focus,
                   const char *accelerator)
{
  prepare_keys (fixture, focus, "");
  g_assert_false (preferences_shown (fixture));
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, preferences_shown));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (find_mapped_toplevel (FD_TYPE_PREFERENCES_WINDOW))) ==
                 GTK_WINDOW (fixture->window));
  close_other_windows ();
}

static gboolean
shortcuts_shown (Fixture *fixture)
{
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window));

  return overlay != NULL && gtk_widget_get_mapped (GTK_WIDGET (overlay));
}

static void
check_shortcuts_window (Fixture    *fixture,
                        KeyFocus    focus,
                        const char *accelerator)
{
  prepare_keys (fixture, focus, "");
  g_assert_false (shortcuts_shown (fixture));
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, shortcuts_shown));
  close_other_windows ();
}

static guint help_opened_before;

static guint
help_opened (void)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  if (!g_file_get_contents (help_log, &contents, NULL, NULL))
    return 0;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (*lines[i] == '\0')
        continue;
      g_assert_cmpstr (lines[i], ==, "help:frontdesk");
      n++;
    }

  return n;
}

static gboolean
help_shown (Fixture *fixture)
{
  return help_opened () == help_opened_before + 1;
}

static void
check_help (Fixture    *fixture,
            KeyFocus    focus,
            const char *accelerator)
{
  prepare_keys (fixture, focus, "");
  help_opened_before = help_opened ();
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, help_shown));
}

/* Back in a narrow window: from the list to the views, from the
 * conversation to the list. A wide window shows every pane: nothing to
 * go back to. */
static void
check_go_back (Fixture    *fixture,
               KeyFocus    focus,
               const char *accelerator)
{
  prepare_keys (fixture, focus, "");
  press_accelerator (fixture, accelerator);
  spin (300);
  g_assert_false (is_folded (fixture));
  g_assert_true (focus_within (fixture, key_target));

  resize_window (fixture, 400, 700);
  g_assert_true (wait_for (fixture, is_narrow_folded));
  adw_leaflet_set_visible_child_name (fixture->window->leaflet,
                                      focus == KEY_FOCUS_LIST ? "inbox" : "conversation");
  g_assert_true (wait_for (fixture, focus == KEY_FOCUS_LIST ? on_inbox_pane : on_conversation_pane));
  spin (500);  /* the leaflet's transition */
  focus_on (fixture, focus);
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, focus == KEY_FOCUS_LIST ? on_sidebar_pane : on_inbox_pane));

  resize_window (fixture, 1280, 800);
  g_assert_true (wait_for (fixture, is_wide_unfolded));
}

static GtkWidget *closing_windows[2];

static gboolean
windows_closed (Fixture *fixture)
{
  for (guint i = 0; i < G_N_ELEMENTS (closing_windows); i++)
    if (closing_windows[i] != NULL && is_toplevel (closing_windows[i]))
      return FALSE;

  return TRUE;
}

static void
check_close (Fixture    *fixture,
             KeyFocus    focus,
             const char *accelerator)
{
  g_autoptr(FdWindow) other = NULL;

  /* Another window of the application stays open. */
  other = g_object_ref_sink (new_app_window (fixture));
  prepare_keys (fixture, focus, "");
  closing_windows[0] = GTK_WIDGET (fixture->window);
  closing_windows[1] = NULL;
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, windows_closed));
  g_assert_true (is_toplevel (GTK_WIDGET (other)));
  g_clear_object (&fixture->window);
  gtk_window_destroy (GTK_WINDOW (other));
}

static void
check_quit (Fixture    *fixture,
            KeyFocus    focus,
            const char *accelerator)
{
  g_autoptr(FdWindow) other = NULL;

  /* Every window closes, each saving what it keeps. */
  other = g_object_ref_sink (new_app_window (fixture));
  prepare_keys (fixture, focus, "");
  closing_windows[0] = GTK_WIDGET (fixture->window);
  closing_windows[1] = GTK_WIDGET (other);
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, windows_closed));
  g_assert_null (gtk_application_get_windows (keys_app ()));
  g_clear_object (&fixture->window);
}

static gboolean
composer_focused (Fixture *fixture)
{
  return focus_within (fixture, composer_text_view (fixture));
}

static void
check_reply (Fixture    *fixture,
             KeyFocus    focus,
             const char *accelerator)
{
  g_autofree char *left = NULL;

  prepare_keys (fixture, focus, "");
  g_assert_true (composer_focused (fixture) == (focus == KEY_FOCUS_COMPOSER));
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, composer_focused));
  spin (200);
  /* Nothing typed on the way. */
  left = composer_text (fixture);
  g_assert_cmpstr (left, ==, "");
}

static gboolean
saved_replies_open (Fixture *fixture)
{
  GtkWidget *composer = GTK_WIDGET (fd_conversation_view_get_composer (fixture->window->conversation_view));
  GtkWidget *button = find_child (composer, GTK_TYPE_MENU_BUTTON, NULL);
  GtkPopover *popover = button != NULL ? gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)) : NULL;

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

/* The saved replies open over the reply box, from wherever the focus is. */
static void
check_saved_replies (Fixture    *fixture,
                     KeyFocus    focus,
                     const char *accelerator)
{
  prepare_keys (fixture, focus, "");
  g_assert_false (saved_replies_open (fixture));
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, saved_replies_open));
  gtk_popover_popdown (gtk_menu_button_get_popover (GTK_MENU_BUTTON (
    find_child (GTK_WIDGET (fd_conversation_view_get_composer (fixture->window->conversation_view)),
                GTK_TYPE_MENU_BUTTON, NULL))));
  spin (200);
}

static const char *sent_text;

static gboolean
reply_sent (Fixture *fixture)
{
  g_autofree char *left = composer_text (fixture);
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (fd_store_get_db (fixture->store),
                          "SELECT count(*) FROM outbox o JOIN messages m ON m.id = o.message_id"
                          " WHERE m.conversation_id = ? AND m.direction = 1 AND fd_text (m.text) = ?",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, maria_conversation);
      sqlite3_bind_text (stmt, 2, sent_text, -1, SQLITE_STATIC);
      found = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 1;
    }
  sqlite3_finalize (stmt);

  return found && g_strcmp0 (left, "") == 0;
}

static void
check_send (Fixture    *fixture,
            KeyFocus    focus,
            const char *accelerator)
{
  g_autofree char *text = g_strdup_printf ("Sent from %s.", key_focus_names[focus]);

  sent_text = text;
  prepare_keys (fixture, focus, text);
  g_assert_false (reply_sent (fixture));
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, reply_sent));
}

static int
count_in_conversation (Fixture    *fixture,
                       const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM messages WHERE conversation_id = %" G_GINT64_FORMAT
                                          " AND %s", maria_conversation, where);
  sqlite3_stmt *stmt = NULL;
  int count = -1;

  if (sqlite3_prepare_v2 (fd_store_get_db (fixture->store), sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

static gboolean
maria_archived (Fixture *fixture)
{
  return count_in_conversation (fixture, "state < 3") == 0;
}

static gboolean
maria_answered (Fixture *fixture)
{
  return count_unanswered_in (fixture, maria_conversation) == 0;
}

/* In the store and in the conversation shown. */
static gboolean
maria_as_before (Fixture *fixture)
{
  GPtrArray *messages = fd_conversation_view_get_messages (fixture->window->conversation_view);
  int shown_unanswered = 0;

  if (count_in_conversation (fixture, "state = 3") != 0 ||
      count_unanswered_in (fixture, maria_conversation) != maria_unanswered)
    return FALSE;
  if (fd_conversation_view_get_conversation_id (fixture->window->conversation_view) != maria_conversation)
    return TRUE;

  for (guint i = 0; messages != NULL && i < messages->len; i++)
    {
      FdMessage *message = g_ptr_array_index (messages, i);

      if (fd_message_get_direction (message) == FD_DIRECTION_IN &&
          fd_message_get_state (message) < FD_MESSAGE_STATE_ANSWERED)
        shown_unanswered++;
    }

  return shown_unanswered == maria_unanswered;
}

/* Undo, so that the next check starts from the same conversation. */
static void
undo_change (Fixture *fixture)
{
  spin (300);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_true (wait_for (fixture, maria_as_before));
}

static void
check_archive (Fixture    *fixture,
               KeyFocus    focus,
               const char *accelerator)
{
  prepare_keys (fixture, focus, "");
  g_assert_true (maria_as_before (fixture));
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, maria_archived));
  undo_change (fixture);
}

static void
check_mark_answered (Fixture    *fixture,
                     KeyFocus    focus,
                     const char *accelerator)
{
  prepare_keys (fixture, focus, "");
  g_assert_true (maria_as_before (fixture));
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, maria_answered));
  undo_change (fixture);
}

static gboolean
maria_read (Fixture *fixture)
{
  return count_in_conversation (fixture, "direction = 0 AND state = 1") > 0;
}

static gboolean
maria_unread (Fixture *fixture)
{
  return count_in_conversation (fixture, "direction = 0 AND state = 1") == 0 &&
         count_in_conversation (fixture, "direction = 0 AND state = 0") > 0;
}

static void
check_mark_unread (Fixture    *fixture,
                   KeyFocus    focus,
                   const char *accelerator)
{
  prepare_keys (fixture, focus, "");
  /* Read by opening it. */
  g_assert_true (wait_for (fixture, maria_read));
  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, maria_unread));
  spin (300);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_true (wait_for (fixture, maria_read));
}

static gboolean
maria_unanswered_again (Fixture *fixture)
{
  return count_unanswered_in (fixture, maria_conversation) == maria_unanswered;
}

/* Undoes marking the conversation answered. In the reply box the box's
 * own typing is undone first: the conversation stays as it is until the
 * box has nothing left to undo. */
static void
check_undo (Fixture    *fixture,
            KeyFocus    focus,
            const char *accelerator)
{
  prepare_keys (fixture, focus, "");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.mark-answered", NULL);
  g_assert_true (wait_for (fixture, maria_answered));
  spin (500);  /* the conversation shows the change */
  g_assert_true (maria_shown (fixture));
  focus_on (fixture, focus);

  if (focus == KEY_FOCUS_COMPOSER)
    {
      g_autofree char *typed = NULL;
      g_autofree char *undone = NULL;

      type_text (fixture, "ok");
      spin (200);
      typed = composer_text (fixture);
      g_assert_cmpstr (typed, ==, "ok");

      press_accelerator (fixture, accelerator);
      spin (500);
      undone = composer_text (fixture);
      g_assert_cmpstr (undone, ==, "");
      g_assert_true (maria_answered (fixture));
    }

  press_accelerator (fixture, accelerator);
  g_assert_true (wait_for (fixture, maria_unanswered_again));
}

typedef void (*ShortcutCheck) (Fixture *fixture, KeyFocus focus, const char *accelerator);

static const struct {
  const char    *action;
  ShortcutCheck  check;
} shortcut_checks[] = {
  { "win.search", check_search },
  { "app.preferences", check_preferences },
  { "win.show-help-overlay", check_shortcuts_window },
  { "app.help", check_help },
  { "win.go-back", check_go_back },
  { "win.close", check_close },
  { "app.quit", check_quit },
  { "win.reply", check_reply },
  { "win.saved-replies", check_saved_replies },
  { "win.send", check_send },
  { "win.archive", check_archive },
  { "win.mark-answered", check_mark_answered },
  { "win.mark-unread", check_mark_unread },
  { "win.undo", check_undo },
};

/* One listed accelerator (@data), from each focus. */
static void
test_shortcut (Fixture       *fixture,
               gconstpointer  data)
{
  const char *accelerator = data;
  g_autofree char *action = bound_action (GTK_WIDGET (fixture->window), accelerator);
  ShortcutCheck check = NULL;

  if (action == NULL)
    g_error ("The shortcuts window lists %s, but no shortcut of the window or the application has it", accelerator);
  for (guint i = 0; i < G_N_ELEMENTS (shortcut_checks); i++)
    if (g_str_equal (shortcut_checks[i].action, action))
      check = shortcut_checks[i].check;
  if (check == NULL)
    g_error ("%s runs %s, which test-window.c has no check for: add one to shortcut_checks", accelerator, action);

  for (KeyFocus focus = 0; focus < N_KEY_FOCUSES; focus++)
    {
      g_test_message ("%s (%s) from %s", accelerator, action, key_focus_names[focus]);
      check (fixture, focus, accelerator);
    }
}

/* The other way round: every action a key of the window or the
 * application runs is in the shortcuts window. */
static void
test_shortcuts_listed (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) listed = listed_shortcuts ();
  g_autoptr(GPtrArray) listed_actions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));

  for (guint i = 0; i < listed->len; i += 2)
    {
      char *action = bound_action (GTK_WIDGET (fixture->window), g_ptr_array_index (listed, i));

      /* One that runs nothing fails its own test. */
      if (action != NULL)
        g_ptr_array_add (listed_actions, action);
    }

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          const char *name;

          if (!GTK_IS_NAMED_ACTION (action))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          if (!g_str_has_prefix (name, "win.") && !g_str_has_prefix (name, "app."))
            continue;
          if (!g_ptr_array_find_with_equal_func (listed_actions, name, g_str_equal, NULL))
            {
              g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

              g_error ("%s runs %s, which the shortcuts window does not list", trigger, name);
            }
        }
    }
}

/* The languages typed in Preferences are the ones detection chooses
 * from, in the running application; emptied, the system's again. */
static void
test_expected_languages (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char * const english_german[] = { "en", "de", NULL };
  g_auto(GStrv) defaults = fd_language_get_default_languages ();
  g_autoptr(FdLanguageDetector) detector = NULL;
  GtkWidget *prefs;
  GtkWidget *row;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "app.preferences", NULL);
  g_assert_true (wait_for (fixture, preferences_shown));
  prefs = find_mapped_toplevel (FD_TYPE_PREFERENCES_WINDOW);
  row = find_widget (prefs, is_row_titled, "Expected _Languages");
  g_assert_nonnull (row);

  gtk_editable_set_text (GTK_EDITABLE (row), "en, de");
  spin (100);
  detector = fd_language_get_default_detector (NULL);
  g_assert_nonnull (detector);
  g_assert_true (g_strv_equal (fd_language_detector_get_languages (detector), english_german));
  g_clear_pointer (&detector, fd_language_detector_unref);

  /* Half typed: the list in use stays. */
  gtk_editable_set_text (GTK_EDITABLE (row), "en, d");
  spin (100);
  detector = fd_language_get_default_detector (NULL);
  g_assert_true (g_strv_equal (fd_language_detector_get_languages (detector), english_german));
  g_clear_pointer (&detector, fd_language_detector_unref);

  gtk_editable_set_text (GTK_EDITABLE (row), "");
  spin (100);
  detector = fd_language_get_default_detector (NULL);
  g_assert_true (g_strv_equal (fd_language_detector_get_languages (detector), (const char * const *) defaults));

  close_other_windows ();
}

/* Dan wrote the same complaint on Mastodon and on Bluesky: the window
 * suggests that the two are one customer. */

static gint64
dan_customer (Fixture    *fixture,
              const char *channel)
{
  g_autoptr(GError) error = NULL;
  gint64 id = fd_customers_find (fixture->store, channel,
                                 g_str_equal (channel, "mastodon") ? "@dan@mastodon.example" : "dan.bsky.social",
                                 &error);

  g_assert_no_error (error);
  return id;
}

static gboolean
dan_linked (Fixture *fixture)
{
  return dan_customer (fixture, "mastodon") == dan_customer (fixture, "bluesky");
}

static gboolean
dan_apart (Fixture *fixture)
{
  return dan_customer (fixture, "mastodon") != dan_customer (fixture, "bluesky");
}

static gboolean
is_visible_label_starting (GtkWidget     *widget,
                           gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static gboolean
suggestion_shown (Fixture *fixture)
{
  return find_widget (GTK_WIDGET (fixture->window->conversation_view), is_visible_label_starting,
                      "This may be the same customer as dan.bsky.social on Bluesky") != NULL;
}

static gboolean
also_on_bluesky_shown (Fixture *fixture)
{
  return find_widget (GTK_WIDGET (fixture->window->conversation_view), is_visible_label_starting,
                      "Also dan.bsky.social on Bluesky") != NULL;
}

static gboolean
is_mapped_button (GtkWidget     *widget,
                  gconstpointer  label)
{
  return is_visible_button (widget, label) && gtk_widget_get_mapped (widget);
}

static GtkWidget *
conversation_button (Fixture    *fixture,
                     const char *label)
{
  GtkWidget *button = find_widget (GTK_WIDGET (fixture->window->conversation_view), is_mapped_button, label);

  g_assert_nonnull (button);
  return button;
}

static guint
find_channel_author (Fixture    *fixture,
                     const char *channel,
                     const char *name)
{
  guint n = g_list_model_get_n_items (model (fixture));

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (fd_message_get_channel (message_at (fixture, i)), channel) == 0 &&
        g_strcmp0 (fd_message_get_author_name (message_at (fixture, i)), name) == 0)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

static gboolean
toast_saying (Fixture    *fixture,
              const char *title)
{
  return find_widget (GTK_WIDGET (fixture->window), is_label_with_text, title) != NULL;
}

static gboolean
linked_toast (Fixture *fixture)
{
  return toast_saying (fixture, "Linked as one customer");
}

static gboolean
unlinked_toast (Fixture *fixture)
{
  return toast_saying (fixture, "Unlinked");
}

static gboolean
kept_apart_toast (Fixture *fixture)
{
  return toast_saying (fixture, "Kept as different customers");
}

static void
show_dan (Fixture *fixture)
{
  guint position;

  position = find_channel_author (fixture, "mastodon", "Dan Fischer");
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  select_position (fixture, position);
  g_assert_true (wait_for (fixture, mastodon_thread_shown));
}

/* Link from the suggestion, unlink from the customer's identities, and
 * undo the unlinking: clicked, as a person would. */
static void
test_link_unlink_customer (Fixture       *fixture,
                           gconstpointer  data)
{
  g_assert_true (dan_apart (fixture));
  show_dan (fixture);
  g_assert_true (wait_for (fixture, suggestion_shown));
  spin (500);  /* the conversation settles where it scrolls to */
  save_screenshot (GTK_WIDGET (fixture->window), "link-suggestion.png");

  click_widget (conversation_button (fixture, "_Link"));
  g_assert_true (wait_for (fixture, dan_linked));
  g_assert_true (wait_for (fixture, linked_toast));
  g_assert_true (wait_for (fixture, also_on_bluesky_shown));
  g_assert_false (suggestion_shown (fixture));

  /* Wrong after all. */
  spin (800);  /* a second click is not a double click */
  click_widget (conversation_button (fixture, "_Unlink"));
  g_assert_true (wait_for (fixture, dan_apart));
  g_assert_true (wait_for (fixture, unlinked_toast));
  spin (300);
  g_assert_false (also_on_bluesky_shown (fixture));

  /* Undone from the toast: one customer again. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo-customer", NULL);
  g_assert_true (wait_for (fixture, dan_linked));
  g_assert_true (wait_for (fixture, also_on_bluesky_shown));
}

static void
count_dismissed_cb (AdwToast *toast,
                    guint    *n_dismissed)
{
  (*n_dismissed)++;
}

/* A toast with Undo, a second one at once, and Undo at once: libadwaita
 * 1.2 aborts, or reads freed memory, when a toast goes before its
 * animations are over. The window lets them finish first. */
static void
test_toasts_quick_undo (Fixture       *fixture,
                        gconstpointer  data)
{
  AdwToast *first = adw_toast_new ("First");
  AdwToast *second = adw_toast_new ("Second");
  guint n_first = 0;
  guint n_second = 0;

  adw_toast_set_priority (first, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_priority (second, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (first, "dismissed", G_CALLBACK (count_dismissed_cb), &n_first);
  g_signal_connect (second, "dismissed", G_CALLBACK (count_dismissed_cb), &n_second);
  g_object_ref (first);
  g_object_ref (second);

  fd_window_add_toast (fixture->window, first);
  spin (100);
  fd_window_add_toast (fixture->window, second);
  spin (50);
  fd_window_dismiss_toast (fixture->window, second);
  spin (1500);
  g_assert_cmpuint (n_second, ==, 1);

  /* The first one is back, and goes as quickly. */
  g_assert_cmpuint (n_first, ==, 0);
  fd_window_dismiss_toast (fixture->window, first);
  spin (1500);
  g_assert_cmpuint (n_first, ==, 1);

  g_signal_handlers_disconnect_by_data (first, &n_first);
  g_signal_handlers_disconnect_by_data (second, &n_second);
  g_object_unref (first);
  g_object_unref (second);
}

static gboolean
no_open_suggestion (Fixture *fixture)
{
  g_autoptr(GPtrArray) open = fd_customers_list_suggestions (fixture->store, NULL);

  return open != NULL && open->len == 0;
}

/* "Not the Same": the suggestion goes for good, and Dan stays two
 * customers. */
static void
test_dismiss_link (Fixture       *fixture,
                   gconstpointer  data)
{
  show_dan (fixture);
  g_assert_true (wait_for (fixture, suggestion_shown));
  spin (500);

  click_widget (conversation_button (fixture, "_Not the Same"));
  g_assert_true (wait_for (fixture, no_open_suggestion));
  g_assert_true (wait_for (fixture, kept_apart_toast));
  g_assert_true (dan_apart (fixture));
  spin (300);
  g_assert_false (suggestion_shown (fixture));

  /* Away and back: still no suggestion. */
  select_position (fixture, find_author (fixture, "María García", 3));
  g_assert_true (wait_for (fixture, thread_shown));
  show_dan (fixture);
  spin (1000);
  g_assert_false (suggestion_shown (fixture));
  g_assert_true (dan_apart (fixture));
}

/* "/window/shortcut/ctrl-shift-a" for "<Control><Shift>a". */
static char *
shortcut_test_path (const char *accelerator)
{
  GString *path = g_string_new ("/window/shortcut/");
  g_autofree char *name = NULL;
  GdkModifierType modifiers;
  guint keyval;

  g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &modifiers));
  if (modifiers & GDK_CONTROL_MASK)
    g_string_append (path, "ctrl-");
  if (modifiers & GDK_SHIFT_MASK)
    g_string_append (path, "shift-");
  if (modifiers & GDK_ALT_MASK)
    g_string_append (path, "alt-");
  name = g_ascii_strdown (gdk_keyval_name (keyval), -1);
  g_string_append (path, name);

  return g_string_free (path, FALSE);
}

/* A help viewer that writes down what it is asked to open. */
static void
install_help_stand_in (const char *data_home)
{
  g_autofree char *script = g_build_filename (data_home, "open-help.sh", NULL);
  g_autofree char *apps = g_build_filename (data_home, "applications", NULL);
  g_autofree char *desktop = g_build_filename (apps, "frontdesk-test-help.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (apps, "mimeapps.list", NULL);
  g_autofree char *script_text = NULL;
  g_autofree char *desktop_text = NULL;
  g_autoptr(GError) error = NULL;

  help_log = g_build_filename (data_home, "help-opened.txt", NULL);
  script_text = g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n' \"$1\" >> '%s'\n", help_log);
  desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Help stand-in\n"
                                  "Exec=%s %%u\nMimeType=x-scheme-handler/help;\nNoDisplay=true\n", script);

  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
  g_file_set_contents (script, script_text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (script, 0700), ==, 0);
  g_file_set_contents (desktop, desktop_text, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (mimeapps, "[Default Applications]\nx-scheme-handler/help=frontdesk-test-help.desktop\n",
                       -1, &error);
  g_assert_no_error (error);
}

/* A test for each accelerator the shortcuts window lists. */
static void
add_shortcut_tests (void)
{
  g_autoptr(GPtrArray) listed = listed_shortcuts ();

  g_assert_cmpuint (listed->len, >, 0);
  for (guint i = 0; i < listed->len; i += 2)
    {
      g_autofree char *path = shortcut_test_path (g_ptr_array_index (listed, i));

      /* The accelerator lives as long as the tests. */
      g_test_add (path, Fixture, g_strdup (g_ptr_array_index (listed, i)),
                  keys_fixture_set_up, test_shortcut, fixture_tear_down);
    }
  g_test_add ("/window/shortcuts-listed", Fixture, NULL, keys_fixture_set_up, test_shortcuts_listed, fixture_tear_down);
}

static void
test_welcome (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("frontdesk-empty-XXXXXX", &error);
  g_autoptr(FdStore) store = NULL;
  g_autofree char *cmd = NULL;
  FdWindow *window;

  g_assert_no_error (error);
  store = fd_store_open (dir, &error);
  g_assert_no_error (error);

  window = fd_window_new (NULL, store, NULL, FALSE);
  add_app_actions (GTK_WIDGET (window));
  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "welcome");
  save_screenshot (GTK_WIDGET (window), "welcome.png");
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);

  cmd = g_strdup_printf ("rm -rf '%s'", dir);
  g_assert_cmpint (system (cmd), ==, 0);
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = fd_settings_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("frontdesk-prefs-XXXXXX", &error);
  g_autoptr(FdStore) store = NULL;
  g_autofree char *cmd = NULL;
  GtkWidget *prefs;
  GtkWidget *combo;

  g_assert_no_error (error);
  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  prefs = fd_preferences_window_new (settings, store);
  gtk_window_present (GTK_WINDOW (prefs));
  spin (100);

  /* The combo row follows the setting both ways. */
  combo = find_child (prefs, ADW_TYPE_COMBO_ROW, NULL);
  g_assert_nonnull (combo);
  g_settings_set_string (settings, "sort-order", "longest-waiting");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)), ==, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 0);
  {
    g_autofree char *order = g_settings_get_string (settings, "sort-order");

    g_assert_cmpstr (order, ==, "newest");
  }

  save_screenshot (prefs, "preferences.png");

  /* The engines, in the setting's order, each with a switch. */
  g_settings_set_strv (settings, "translation-engines", (const char * const[]) { "apertium", NULL });
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "languages");
  spin (1500);
  g_assert_nonnull (find_child (prefs, GTK_TYPE_SWITCH, NULL));
  save_screenshot (prefs, "preferences-languages.png");
  g_settings_set_strv (settings, "translation-engines", (const char * const[]) { "apertium", "libretranslate", NULL });
  spin (200);
  {
    g_auto(GStrv) engines = g_settings_get_strv (settings, "translation-engines");

    g_assert_cmpuint (g_strv_length (engines), ==, 2);
  }

  /* A LibreTranslate server on plain http:// elsewhere: the engine's row
   * says why it is not used, and the address row shows the error. */
  g_settings_set_string (settings, "libretranslate-url", "http://translate.example:5000");
  spin (200);
  g_assert_nonnull (find_widget (prefs, is_row_saying, "plain http://"));
  g_assert_true (gtk_widget_has_css_class (find_widget (prefs, is_row_titled, "_LibreTranslate Server"), "error"));
  g_settings_set_string (settings, "libretranslate-url", "https://translate.example");
  spin (200);
  g_assert_null (find_widget (prefs, is_row_saying, "plain http://"));
  g_assert_false (gtk_widget_has_css_class (find_widget (prefs, is_row_titled, "_LibreTranslate Server"), "error"));
  g_settings_reset (settings, "libretranslate-url");
  gtk_window_destroy (GTK_WINDOW (prefs));
  spin (50);

  cmd = g_strdup_printf ("rm -rf '%s'", dir);
  g_assert_cmpint (system (cmd), ==, 0);
}

static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static gboolean
inbox_loaded (gpointer model)
{
  return fd_inbox_model_get_loaded (model);
}

static guint
count_for (FdStore        *store,
           const FdFilter *filter)
{
  g_autoptr(FdInboxModel) model = fd_inbox_model_new (store);
  gint64 deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;

  fd_inbox_model_set_filter (model, filter);
  fd_inbox_model_load_now (model);
  while (!inbox_loaded (model) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (inbox_loaded (model));

  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/* The application starts loading the first window's inbox before the
 * window exists, with the filter fd_window_dup_initial_filter() predicts:
 * the window must end up with that same filter and keep the load. */
static void
test_first_inbox (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const scopes[] = { "all", "unanswered", "repeated", "archived", "channel:mastodon" };
  static const char * const orders[] = { "newest", "longest-waiting" };

  for (guint i = 0; i < G_N_ELEMENTS (scopes); i++)
    for (guint j = 0; j < G_N_ELEMENTS (orders); j++)
      {
        g_autoptr(FdFilter) initial = NULL;
        g_autoptr(FdInboxModel) inbox = NULL;

        g_settings_set_string (fixture->settings, "last-view", scopes[i]);
        g_settings_set_string (fixture->settings, "sort-order", orders[j]);
        initial = fd_window_dup_initial_filter (fixture->settings);
        g_assert_nonnull (initial);

        inbox = fd_inbox_model_new (fixture->store);
        fd_inbox_model_set_filter (inbox, initial);
        fd_inbox_model_load_now (inbox);
        g_assert_true (fd_inbox_model_get_loading (inbox));

        fixture->window = fd_window_new_with_inbox (NULL, fixture->store, inbox, fixture->settings, TRUE);
        g_object_ref_sink (fixture->window);
        add_app_actions (GTK_WIDGET (fixture->window));
        gtk_window_present (GTK_WINDOW (fixture->window));
        g_assert_true (wait_for (fixture, model_loaded));

        g_assert_true (fixture->window->model == inbox);
        g_assert_true (fd_filter_equal (fd_inbox_model_get_filter (inbox), initial));
        /* The load started before the window was the only one. */
        g_assert_cmpuint (_fd_inbox_model_get_n_loads (inbox), ==, 1);
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (inbox)), ==,
                          count_for (fixture->store, initial));

        gtk_window_destroy (GTK_WINDOW (fixture->window));
        g_clear_object (&fixture->window);
      }

  /* Topics and listening are not inbox lists: nothing to start early. */
  g_settings_set_string (fixture->settings, "last-view", "topics");
  g_assert_null (fd_window_dup_initial_filter (fixture->settings));
  g_settings_set_string (fixture->settings, "last-view", "listening");
  g_assert_null (fd_window_dup_initial_filter (fixture->settings));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;

  /* The sample profile and anything else stay out of the real HOME;
   * set before any thread starts. */
  data_home = g_dir_make_tmp ("frontdesk-xdg-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  install_help_stand_in (data_home);

  gtk_test_init (&argc, &argv, NULL);
  /* Held for the whole run, as g_application_run() holds it in the app:
   * work done on other threads and handed to the main loop runs there,
   * not on the thread that hands it over between two iterations. */
  g_assert_true (g_main_context_acquire (NULL));
  adw_init ();

  /* AdwApplication loads style.css itself; these windows have no application. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/window/lists-sample", test_lists_sample);
  ADD ("/window/sample-shows-features", test_sample_shows_features);
  ADD ("/window/first-inbox", test_first_inbox);
  ADD ("/window/sort-order", test_sort_order);
  ADD ("/window/translation-missing-pair", test_translation_missing_pair);
  ADD ("/window/translation-preview", test_translation_preview);
  ADD ("/window/toast-clear-of-composer", test_toast_clear_of_composer);
  ADD ("/window/sort-per-view", test_sort_per_view);
  ADD ("/window/select-shows-thread", test_select_shows_thread);
  ADD ("/window/reply", test_reply);
  ADD ("/window/reply-without-account", test_reply_without_account);
  ADD ("/window/long-thread", test_long_thread);
  ADD ("/window/thread-focus", test_thread_focus);
  ADD ("/window/draft", test_draft);
  ADD ("/window/mastodon-counter", test_mastodon_counter);
  ADD ("/window/listening", test_listening);
  ADD ("/window/reports", test_reports);
  ADD ("/window/live-update", test_live_update);
  ADD ("/window/cli-import", test_cli_import);
  ADD ("/window/search", test_search);
  ADD ("/window/archive-undo", test_archive_undo);
  ADD ("/window/narrow", test_narrow);
  ADD ("/window/narrow-tap-view", test_narrow_tap_view);
  ADD ("/window/narrow-keeps-pane", test_narrow_keeps_pane);
  ADD ("/window/sync-status", test_sync_status);
  ADD ("/window/outbox-failed-retry", test_outbox_failed_retry);
  ADD ("/window/outbox-unsure", test_outbox_unsure);
  ADD ("/window/repeat-group", test_repeat_group);
  ADD ("/window/possible-repeat", test_possible_repeat);
  ADD ("/window/telegram-counter", test_telegram_counter);
  ADD ("/window/bluesky-private-counter", test_bluesky_private_counter);
  ADD ("/window/topic", test_topic);
  ADD ("/window/translation", test_translation);
  ADD ("/window/accounts-dialog", test_accounts_dialog);
  ADD ("/window/private-reply-with-note", test_private_reply_with_note);
  ADD ("/window/refused-offers-no-private", test_refused_offers_no_private);
  ADD ("/window/topic-refused", test_topic_refused);
  ADD ("/window/email-page-layout", test_email_page_layout);
  ADD ("/window/shortcuts-any-focus", test_shortcuts_any_focus);
  ADD ("/window/counts-agree", test_counts_agree);
  ADD ("/window/bluesky-icon", test_bluesky_icon);
  ADD ("/window/own-replies-named", test_own_replies_named);
  ADD ("/window/open-marks-read", test_open_marks_read);
  ADD ("/window/quoted-mail-and-old-dates", test_quoted_mail_and_old_dates);
  g_test_add_func ("/window/welcome", test_welcome);
  g_test_add_func ("/window/help-without-viewer", test_help_without_viewer);
  g_test_add_func ("/window/help/subprocess/viewer", test_help_case_viewer);
  g_test_add_func ("/window/help/subprocess/html", test_help_case_html);
  g_test_add_func ("/window/help/subprocess/web", test_help_case_web);
  g_test_add_func ("/window/help/subprocess/nowhere", test_help_case_nowhere);
  g_test_add_func ("/window/preferences", test_preferences);
  g_test_add_func ("/window/shortcuts-window", test_shortcuts_window);

  ADD ("/window/link-unlink-customer", test_link_unlink_customer);
  ADD ("/window/dismiss-link", test_dismiss_link);
  ADD ("/window/toasts-quick-undo", test_toasts_quick_undo);
  g_test_add ("/window/expected-languages", Fixture, NULL, keys_fixture_set_up, test_expected_languages, fixture_tear_down);

#undef ADD

  add_shortcut_tests ();

  return g_test_run ();
}
