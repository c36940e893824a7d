/* test-reports-view.c: the Reports view in a window under Xvfb: its
 * figures, the charts' text alternatives, "Copy as Table", and the charts
 * drawn in light and dark style.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-reports-view"

#include "config.h"

#include <adwaita.h>

#include "fd-inbox-model.h"
#include "fd-inbox-item.h"
#include "fd-inbox-row.h"
#include "fd-ingest.h"
#include "fd-reports-view.h"
#include "fd-response-targets-page.h"
#include "fd-store-worker.h"
#include "../fd-test-util.h"

#define MADRID "Europe/Madrid"

typedef struct {
  char          *dir;
  FdStore       *store;
  FdStoreWorker *worker;
  GtkWindow     *window;
  FdReportsView *view;
} Fixture;

static gint64
madrid (int y, int mo, int d, int h, int mi)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (MADRID);
  g_autoptr(GDateTime) dt = g_date_time_new (tz, y, mo, d, h, mi, 0);

  return g_date_time_to_unix (dt);
}

static void
ingest (Fixture    *f,
        const char *channel,
        const char *remote_id,
        const char *customer,
        FdDirection direction,
        gint64      created_at)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message (channel, remote_id,
                                                    direction == FD_DIRECTION_IN ? customer : "shop",
                                                    "Where is my order?", created_at);
  g_autoptr(GError) error = NULL;

  /* Thread: the remote id up to the first letter after the second. */
  msg->thread_id = g_strndup (remote_id, 2);
  msg->direction = direction;
  if (direction == FD_DIRECTION_OUT)
    msg->recipient = g_strdup (customer);
  g_assert_cmpint (fd_ingest_message (f->store, msg, NULL, &error), ==, FD_INSERT_ADDED);
}

static void
wait_until (gboolean (*done) (Fixture *f),
            Fixture  *f)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (f))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
report_shown (Fixture *f)
{
  return fd_reports_view_get_report (f->view) != NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdReportSettings) settings = fd_report_settings_new ();

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);

  /* Mon-Fri 09:00-17:30 in Madrid; see test-reports.c for the sums. */
  ingest (f, "mastodon", "m1", "@ana@x", FD_DIRECTION_IN, madrid (2026, 3, 3, 17, 0));
  ingest (f, "mastodon", "m1r", "@ana@x", FD_DIRECTION_OUT, madrid (2026, 3, 4, 9, 30));
  ingest (f, "mastodon", "m2", "@bo@x", FD_DIRECTION_IN, madrid (2026, 3, 6, 17, 0));
  ingest (f, "mastodon", "m2r", "@bo@x", FD_DIRECTION_OUT, madrid (2026, 3, 9, 10, 0));
  ingest (f, "bluesky", "b1", "cy.bsky.social", FD_DIRECTION_IN, madrid (2026, 3, 9, 11, 0));
  ingest (f, "bluesky", "b1r", "cy.bsky.social", FD_DIRECTION_OUT, madrid (2026, 3, 9, 11, 20));
  ingest (f, "bluesky", "b1b", "cy.bsky.social", FD_DIRECTION_IN, madrid (2026, 3, 9, 15, 0));
  ingest (f, "bluesky", "b1br", "cy.bsky.social", FD_DIRECTION_OUT, madrid (2026, 3, 9, 16, 0));
  ingest (f, "mastodon", "m3", "@ed@x", FD_DIRECTION_IN, madrid (2026, 3, 10, 8, 0));

  g_free (settings->timezone);
  settings->timezone = g_strdup (MADRID);
  g_free (settings->business_hours);
  settings->business_hours = g_strdup ("mon-fri 09:00-17:30");
  g_assert_true (fd_report_settings_save (f->store, settings, &error));
  g_assert_no_error (error);

  f->worker = fd_store_worker_new (f->dir);
  f->view = g_object_new (FD_TYPE_REPORTS_VIEW, NULL);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);

  fd_reports_view_set_worker (f->view, f->worker);
  fd_reports_view_set_dates (f->view, "2026-03-02", "2026-03-16");
  wait_until (report_shown, f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->worker);
  g_clear_object (&f->store);
  fd_test_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  const FdReport *report = fd_reports_view_get_report (f->view);
  g_autofree char *summary = fd_reports_view_dup_summary_table (f->view);

  g_assert_cmpstr (report->from, ==, "2026-03-02");
  g_assert_cmpstr (report->timezone, ==, MADRID);
  g_assert_cmpuint (report->total.received, ==, 5);
  g_assert_cmpuint (report->total.answered, ==, 4);
  g_assert_cmpint (report->total.fr_median, ==, 3600);

  /* What "Copy as Table" gives for the figures per channel: the same
   * figures as frontdesk-cli report. */
  g_assert_true (g_str_has_prefix (summary, "Channel\tReceived\tConversations\tAnswered\tWaiting\tMarked Answered\t"));
  g_assert_nonnull (strstr (summary, "\nAll Channels\t5\t4\t4\t1\t0\t1 h 00 min\t1 h 30 min\t75 %\n"));
  g_assert_nonnull (strstr (summary, "\nBluesky\t2\t1\t2\t0\t0\t20 min\t1 h 00 min\t100 %\n"));
}

/* What a screen reader reads for each chart. */
static void
test_text_alternatives (Fixture       *f,
                        gconstpointer  data)
{
  const char *days = fd_report_chart_get_text (fd_reports_view_get_days_chart (f->view));
  const char *heat = fd_report_chart_get_text (fd_reports_view_get_heat_map (f->view));

  g_assert_true (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (fd_reports_view_get_days_chart (f->view)))
                 == GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (g_str_has_prefix (days, "2026-03-02: 0 received, 0 answered\n"));
  g_assert_nonnull (strstr (days, "\n2026-03-03: 1 received, 1 answered\n"));
  g_assert_nonnull (strstr (days, "\n2026-03-09: 2 received, 2 answered\n"));
  g_assert_nonnull (strstr (days, "\n2026-03-10: 1 received, 0 answered\n"));
  g_assert_true (g_str_has_suffix (days, "2026-03-15: 0 received, 0 answered"));

  g_assert_nonnull (strstr (heat, "Monday: 11:00 1, 15:00 1\n"));
  g_assert_nonnull (strstr (heat, "Tuesday: 08:00 1, 17:00 1\n"));
  g_assert_nonnull (strstr (heat, "Friday: 17:00 1\n"));
  g_assert_true (g_str_has_suffix (heat, "Sunday: no messages"));
}

static void
clipboard_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static char *
read_clipboard (Fixture *f)
{
  char *text = NULL;
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f->view)), NULL,
                                 clipboard_read_cb, &text);
  while (text == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }

  return text;
}

static void
test_copy_as_table (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *days = NULL;
  g_autofree char *heat = NULL;
  g_autofree char *summary = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "reports.copy-days", NULL));
  days = read_clipboard (f);
  g_assert_true (g_str_has_prefix (days, "Date\tReceived\tAnswered\n2026-03-02\t0\t0\n"));
  g_assert_nonnull (strstr (days, "\n2026-03-09\t2\t2\n"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "reports.copy-heat-map", NULL));
  heat = read_clipboard (f);
  g_assert_true (g_str_has_prefix (heat, "Weekday\t00:00\t01:00\t"));
  g_assert_nonnull (strstr (heat, "\nFriday\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\n"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "reports.copy-summary", NULL));
  summary = read_clipboard (f);
  g_assert_nonnull (strstr (summary, "\nMastodon\t3\t3\t2\t1\t0\t"));
}

/* The heat map drawn to pixels; NULL-free and the size of the widget. */
static GBytes *
render (GtkWidget *widget,
        int       *out_width,
        int       *out_height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guchar *pixels;

  g_assert_cmpint (width, >, 100);
  g_assert_cmpint (height, >, 50);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  pixels = g_malloc (width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  *out_width = width;
  *out_height = height;

  {
    g_autofree char *name = g_strdup_printf ("reports-heat-map-%s.png",
                                             adw_style_manager_get_dark (adw_style_manager_get_default ()) ? "dark" : "light");
    g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

    /* Kept for a person to look at. */
    gdk_texture_save_to_png (texture, path);
  }

  return g_bytes_new_take (pixels, width * height * 4);
}

static gboolean
frames_done (Fixture *f)
{
  static int frames;

  return ++frames % 30 == 0;
}

/* Light and dark: the chart is drawn in the theme's colours, so it is
 * drawn differently, and in both some cells are filled. */
static void
test_light_and_dark (Fixture       *f,
                     gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *heat = GTK_WIDGET (fd_reports_view_get_heat_map (f->view));
  g_autoptr(GBytes) light = NULL;
  g_autoptr(GBytes) dark = NULL;
  int w1, h1, w2, h2;
  gsize n;
  const guchar *a, *b;
  guint differ = 0, opaque = 0;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  wait_until (frames_done, f);
  light = render (heat, &w1, &h1);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  wait_until (frames_done, f);
  g_assert_true (adw_style_manager_get_dark (manager));
  dark = render (heat, &w2, &h2);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_cmpint (w1, ==, w2);
  g_assert_cmpint (h1, ==, h2);
  a = g_bytes_get_data (light, &n);
  b = g_bytes_get_data (dark, NULL);
  for (gsize i = 0; i < n; i += 4)
    {
      /* BGRA premultiplied (GDK_MEMORY_DEFAULT): alpha last. */
      if (memcmp (a + i, b + i, 4) != 0)
        differ++;
      if (a[i + 3] > 200)
        opaque++;
    }
  /* The labels change colour; the busiest hours are filled. */
  g_assert_cmpuint (differ, >, 100);
  g_assert_cmpuint (opaque, >, 100);
}

/* Preferences: what is typed is saved in the profile, or nothing is and
 * the page says why. */
static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *page = fd_response_targets_page_new (f->store);
  GtkWidget *window = adw_preferences_window_new ();
  g_autoptr(FdReportSettings) before = fd_report_settings_load (f->store, NULL);
  g_autoptr(FdReportSettings) after = NULL;
  g_autoptr(FdReportSettings) unchanged = NULL;
  g_autoptr(GError) error = NULL;
  GList *entries = NULL;
  GtkWidget *w;

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));

  /* The rows show the profile's settings. */
  for (w = page; w != NULL; )
    {
      if (ADW_IS_ENTRY_ROW (w))
        entries = g_list_append (entries, w);
      if (gtk_widget_get_first_child (w) != NULL && !ADW_IS_ENTRY_ROW (w))
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != page && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == page) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_cmpuint (g_list_length (entries), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (entries->data), ==, "mon-fri 09:00-17:30");
  g_assert_cmpstr (gtk_editable_get_text (entries->next->data), ==, MADRID);

  gtk_editable_set_text (entries->data, "mon-sat 08:00-20:00");
  gtk_editable_set_text (entries->next->next->data, "2026-12-25");
  g_assert_true (fd_response_targets_page_save (FD_RESPONSE_TARGETS_PAGE (page), &error));
  g_assert_no_error (error);
  after = fd_report_settings_load (f->store, NULL);
  g_assert_cmpstr (after->business_hours, ==, "mon-sat 08:00-20:00");
  g_assert_cmpstr (after->days_off, ==, "2026-12-25");
  g_assert_cmpstr (after->timezone, ==, MADRID);
  g_assert_cmpuint (after->target_minutes, ==, before->target_minutes);

  gtk_editable_set_text (entries->next->data, "Europe/Nowhere");
  g_assert_false (fd_response_targets_page_save (FD_RESPONSE_TARGETS_PAGE (page), &error));
  g_assert_error (error, FD_BUSINESS_HOURS_ERROR, FD_BUSINESS_HOURS_ERROR_TIMEZONE);
  unchanged = fd_report_settings_load (f->store, NULL);
  g_assert_cmpstr (unchanged->timezone, ==, MADRID);

  g_list_free (entries);
  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
row_target (Fixture    *f,
            const char *remote_id,
            gint64      created_at,
            FdMessageState state)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", remote_id, "@ana@x", "Hello?", created_at);
  g_autoptr(FdMessage) message = NULL;
  g_autoptr(FdInboxItem) item = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row = g_object_ref_sink (fd_inbox_row_new ());
  char *target;
  gint64 id = 0;

  msg->thread_id = g_strdup (remote_id);
  msg->state = state;
  g_assert_cmpint (fd_ingest_message (f->store, msg, &id, &error), ==, FD_INSERT_ADDED);
  message = fd_store_get_message (f->store, id, &error);
  g_assert_no_error (error);
  item = fd_inbox_item_new (fd_message_get_sort_key (message));
  fd_inbox_item_set_message (item, message);
  fd_inbox_row_bind (FD_INBOX_ROW (row), item, NULL);
  target = fd_inbox_row_dup_target (FD_INBOX_ROW (row));
  fd_inbox_row_unbind (FD_INBOX_ROW (row));
  g_object_unref (row);

  return target;
}

/* Inbox rows of waiting messages say where they stand against the target
 * (60 minutes; every hour counts here). */
static void
test_inbox_row_target (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(FdReportSettings) settings = fd_report_settings_new ();
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autofree char *fresh = NULL;
  g_autofree char *soon = NULL;
  g_autofree char *late = NULL;
  g_autofree char *answered = NULL;
  g_autofree char *none = NULL;

  fd_inbox_row_set_targets (settings);
  fresh = row_target (f, "t1", now - 10 * 60, FD_MESSAGE_STATE_UNREAD);
  soon = row_target (f, "t2", now - 50 * 60, FD_MESSAGE_STATE_READ);
  late = row_target (f, "t3", now - 2 * 3600, FD_MESSAGE_STATE_READ);
  answered = row_target (f, "t4", now - 2 * 3600, FD_MESSAGE_STATE_ANSWERED);
  g_assert_cmpstr (fresh, ==, "On time");
  g_assert_cmpstr (soon, ==, "Due soon");
  g_assert_cmpstr (late, ==, "Overdue");
  g_assert_null (answered);

  /* Mastodon's own target of three hours. */
  g_hash_table_insert (settings->channel_targets, g_strdup ("mastodon"), GUINT_TO_POINTER (180));
  fd_inbox_row_set_targets (settings);
  g_clear_pointer (&late, g_free);
  late = row_target (f, "t5", now - 2 * 3600, FD_MESSAGE_STATE_READ);
  g_assert_cmpstr (late, ==, "On time");

  fd_inbox_row_set_targets (NULL);
  none = row_target (f, "t6", now - 2 * 3600, FD_MESSAGE_STATE_READ);
  g_assert_null (none);
}

static gint64
waiting_message (Fixture    *f,
                 const char *channel,
                 const char *remote_id,
                 gint64      created_at)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message (channel, remote_id,
                                                    g_str_equal (channel, "email") ? "ana@example.com" : "@ana@x",
                                                    "Hello?", created_at);
  g_autoptr(FdMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  msg->thread_id = g_strdup (remote_id);
  g_assert_cmpint (fd_ingest_message (f->store, msg, &id, &error), ==, FD_INSERT_ADDED);
  message = fd_store_get_message (f->store, id, &error);
  return fd_message_get_sort_key (message);
}

static FdInboxModel *sorted_model;

static gboolean
model_loaded (Fixture *f)
{
  return fd_inbox_model_get_loaded (sorted_model) && !fd_inbox_model_get_loading (sorted_model);
}

/* Unanswered, most overdue first: by when each target falls due (email
 * 60 minutes, Mastodon 180; every hour counts here). */
static void
test_most_overdue (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(FdReportSettings) settings = fd_report_settings_new ();
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 a, b, c, d;
  gint64 expected[4];

  g_hash_table_insert (settings->channel_targets, g_strdup ("mastodon"), GUINT_TO_POINTER (180));
  g_assert_true (fd_report_settings_save (f->store, settings, &error));
  g_assert_no_error (error);

  /* Longest waiting first would be d, a, b, c. */
  a = waiting_message (f, "mastodon", "o-a", now - 150 * 60);   /* due in 30 min */
  b = waiting_message (f, "email", "o-b@x", now - 100 * 60);    /* 40 min late */
  c = waiting_message (f, "email", "o-c@x", now - 20 * 60);     /* due in 40 min */
  d = waiting_message (f, "mastodon", "o-d", now - 200 * 60);   /* 20 min late */
  expected[0] = b;
  expected[1] = d;
  expected[2] = a;
  expected[3] = c;

  filter->view = FD_VIEW_UNANSWERED;
  filter->order = FD_SORT_MOST_OVERDUE;
  sorted_model = fd_inbox_model_new (f->store);
  fd_inbox_model_set_filter (sorted_model, filter);
  fd_inbox_model_load_now (sorted_model);
  wait_until (model_loaded, f);

  /* The fixture's m3, waiting since March, first. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sorted_model)), ==, 5);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(FdInboxItem) item = g_list_model_get_item (G_LIST_MODEL (sorted_model), i + 1);

      g_assert_cmpint (fd_inbox_item_get_key (item), ==, expected[i]);
    }
  g_clear_object (&sorted_model);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_assert_true (g_main_context_acquire (NULL));
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/reports-view/figures", test_figures);
  ADD ("/reports-view/text-alternatives", test_text_alternatives);
  ADD ("/reports-view/copy-as-table", test_copy_as_table);
  ADD ("/reports-view/light-and-dark", test_light_and_dark);
  ADD ("/reports-view/preferences", test_preferences);
  ADD ("/reports-view/inbox-row-target", test_inbox_row_target);
  ADD ("/reports-view/most-overdue", test_most_overdue);
#undef ADD

  return g_test_run ();
}
