/* bench-conversation.c: opening a long conversation, against a bare
 * GtkListView showing the same messages.
 *
 *   bench-conversation --data-dir PROFILE [--messages 200] [--runs 7]
 *
 * Adds to PROFILE (once) an email conversation of --messages messages, a
 * customer and the shop taking turns, with texts of a few lines. Then,
 * in one window of Frontdesk's default size, it alternates two programs'
 * ways of showing them:
 *
 *   fd    Frontdesk's FdConversationView: the time from
 *         fd_conversation_view_show_message() on the newest message (as a
 *         click on its inbox row does) to the end of the first frame
 *         painted with that message on screen. This includes reading the
 *         conversation from the store.
 *   bare  a GtkListView whose rows are wrapping labels with each message's
 *         author and text, read from the store the same way: from the read
 *         to the end of the first frame painted with rows.
 *
 * Between runs the window shows nothing for 300 ms. Each run prints a
 * RESULT line with wall and main-thread CPU milliseconds; the last lines
 * give the medians. Run it under tests/run-headless.sh with
 * GSK_RENDERER=cairo; tests/bench/bench-conversation.sh does all that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <time.h>

#include <sqlite3.h>

#include "fd-conversation-view.h"
#include "fd-ingest.h"
#include "fd-message-bubble.h"
#include "fd-store.h"

#define THREAD_ID "bench-long-thread@shop.example"

typedef enum { MODE_FD, MODE_BARE } Mode;

typedef struct
{
  FdStore            *store;
  GtkWindow          *window;
  FdConversationView *view;
  GtkWidget          *bare_scroller;
  GtkListView        *bare_list;
  gint64              newest_id;
  guint               n_runs;
  guint               run;
  gboolean            measuring;
  Mode                mode;
  gint64              t0;
  gint64              cpu0;
  gint64              call_us;
  GArray             *wall[2];
  GArray             *cpu[2];
  GMainLoop          *loop;
} Bench;

static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static const char *texts[] = {
  "Hello, my order 1187 has still not arrived. The tracking page has said \"in transit\" for a week now and nobody answers the phone.",
  "Sorry to hear that. I have asked the courier and will write again as soon as they answer. Could you confirm the delivery address?",
  "It is Calle Mayor 12, 3º B, 28013 Madrid. The same as always.\nI need it for Saturday, it is a present.",
  "Thank you. The courier says the parcel is at their Madrid depot; it should go out tomorrow morning.",
};

/* The conversation the benchmark opens, added once. */
static gint64
ensure_conversation (FdStore  *store,
                     guint     n,
                     GError  **error)
{
  gint64 newest = 0;
  gint64 start = g_get_real_time () / G_USEC_PER_SEC - (gint64) n * 3600;

  if (!fd_store_begin (store, error))
    return 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FdParsedMessage) msg = fd_parsed_message_new ();
      gboolean out = i % 2 == 1;
      gint64 id = 0;

      msg->channel = g_strdup ("email");
      msg->remote_id = i == 0 ? g_strdup (THREAD_ID) : g_strdup_printf ("bench-long-%u@shop.example", i);
      if (i > 0)
        msg->in_reply_to = i == 1 ? g_strdup (THREAD_ID) : g_strdup_printf ("bench-long-%u@shop.example", i - 1);
      msg->created_at = start + (gint64) i * 3600;
      msg->lang = g_strdup ("en");
      msg->subject = g_strdup (i == 0 ? "Order 1187" : "Re: Order 1187");
      msg->direction = out ? FD_DIRECTION_OUT : FD_DIRECTION_IN;
      msg->state = FD_MESSAGE_STATE_READ;
      msg->author_handle = g_strdup (out ? "support@shop.example" : "ines@mail.example");
      msg->author_name = g_strdup (out ? "Shop Support" : "Inés García");
      fd_parsed_message_set_text (msg, texts[i % G_N_ELEMENTS (texts)], -1);

      if (fd_ingest_message (store, msg, &id, error) == FD_INSERT_ERROR)
        {
          fd_store_rollback (store);
          return 0;
        }
      newest = id;
    }

  if (!fd_store_commit (store, error))
    return 0;

  return newest;
}

static double
median (GArray *values)
{
  g_autoptr(GArray) sorted = g_array_copy (values);
  double *v;

  if (sorted->len == 0)
    return 0;
  v = (double *) sorted->data;
  for (guint i = 1; i < sorted->len; i++)
    for (guint j = i; j > 0 && v[j - 1] > v[j]; j--)
      {
        double t = v[j];

        v[j] = v[j - 1];
        v[j - 1] = t;
      }

  return sorted->len % 2 ? v[sorted->len / 2] : (v[sorted->len / 2 - 1] + v[sorted->len / 2]) / 2;
}

static GtkWidget *
find_bubble (GtkWidget *root,
             gint64     message_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (FD_IS_MESSAGE_BUBBLE (child) &&
          fd_message_get_id (fd_message_bubble_get_message (FD_MESSAGE_BUBBLE (child))) == message_id)
        return child;
      if ((found = find_bubble (child, message_id)) != NULL)
        return found;
    }

  return NULL;
}

/* The newest message is on screen: its bubble is drawn inside the
 * visible part of the conversation. */
static gboolean
fd_shown (Bench *bench)
{
  GtkWidget *bubble = find_bubble (GTK_WIDGET (bench->view), bench->newest_id);
  GtkWidget *scroller = bubble != NULL ? gtk_widget_get_ancestor (bubble, GTK_TYPE_SCROLLED_WINDOW) : NULL;
  graphene_point_t top;

  return scroller != NULL && gtk_widget_get_mapped (bubble) &&
         gtk_widget_compute_point (bubble, scroller, &GRAPHENE_POINT_INIT (0, 0), &top) &&
         top.y >= 0 && top.y < gtk_widget_get_height (scroller);
}

static gboolean
bare_shown (Bench *bench)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (bench->bare_list));

  return row != NULL && gtk_widget_get_mapped (row) && gtk_widget_get_height (row) > 0;
}

static gboolean next_run_cb (gpointer data);

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 wall, cpu;

  if (!bench->measuring)
    return;
  if (bench->mode == MODE_FD ? !fd_shown (bench) : !bare_shown (bench))
    return;

  wall = g_get_monotonic_time () - bench->t0;
  cpu = thread_cpu_us () - bench->cpu0;
  bench->measuring = FALSE;
  g_array_append_val (bench->wall[bench->mode], (double) { wall / 1000.0 });
  g_array_append_val (bench->cpu[bench->mode], (double) { cpu / 1000.0 });
  printf ("RESULT %s run=%u first_screen_ms=%.1f cpu_ms=%.1f call_ms=%.1f\n",
          bench->mode == MODE_FD ? "fd" : "bare", bench->run / 2 + 1, wall / 1000.0, cpu / 1000.0,
          bench->mode == MODE_FD ? bench->call_us / 1000.0 : 0.0);
  fflush (stdout);

  bench->run++;
  g_timeout_add (300, next_run_cb, bench);
}

static GListModel *
bare_model (Bench *bench)
{
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GError) error = NULL;
  GtkStringList *list = gtk_string_list_new (NULL);
  FdMessage *newest = fd_store_get_message (bench->store, bench->newest_id, &error);

  if (newest != NULL)
    messages = fd_store_get_conversation (bench->store, fd_message_get_conversation_id (newest), &error);
  for (guint i = 0; messages != NULL && i < messages->len; i++)
    {
      FdMessage *message = g_ptr_array_index (messages, i);
      g_autofree char *line = g_strdup_printf ("%s\n%s", fd_message_get_author_name (message),
                                               fd_message_get_text (message));

      gtk_string_list_append (list, line);
    }
  g_clear_object (&newest);

  return G_LIST_MODEL (list);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static gboolean
next_run_cb (gpointer data)
{
  Bench *bench = data;
  Mode mode = bench->run % 2 == 0 ? MODE_FD : MODE_BARE;

  if (bench->run >= bench->n_runs * 2)
    {
      g_main_loop_quit (bench->loop);
      return G_SOURCE_REMOVE;
    }

  /* What the previous run showed goes first, and the window settles. */
  if (gtk_window_get_child (bench->window) != (mode == MODE_FD ? GTK_WIDGET (bench->view) : bench->bare_scroller))
    {
      fd_conversation_view_show_message (bench->view, NULL);
      gtk_list_view_set_model (bench->bare_list, NULL);
      gtk_window_set_child (bench->window, mode == MODE_FD ? GTK_WIDGET (bench->view) : bench->bare_scroller);
      g_timeout_add (300, next_run_cb, bench);
      return G_SOURCE_REMOVE;
    }

  bench->mode = mode;
  bench->measuring = TRUE;
  bench->t0 = g_get_monotonic_time ();
  bench->cpu0 = thread_cpu_us ();

  if (mode == MODE_FD)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FdMessage) newest = fd_store_get_message (bench->store, bench->newest_id, &error);

      fd_conversation_view_show_message (bench->view, newest);
      bench->call_us = g_get_monotonic_time () - bench->t0;
    }
  else
    {
      g_autoptr(GListModel) model = bare_model (bench);
      g_autoptr(GtkSelectionModel) selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (model)));

      gtk_list_view_set_model (bench->bare_list, selection);
    }

  return G_SOURCE_REMOVE;
}

static void
realize_cb (GtkWidget *window,
            Bench     *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = NULL;
  int n_messages = 200, n_runs = 7;
  GOptionEntry entries[] = {
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &data_dir, "The profile", "DIR" },
    { "messages", 0, 0, G_OPTION_ARG_INT, &n_messages, "Messages in the conversation (200)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Runs of each program (7)", "N" },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  Bench bench = { 0 };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || data_dir == NULL || n_messages < 2 || n_runs < 1)
    {
      fprintf (stderr, "bench-conversation: %s\n", error ? error->message : "--data-dir is required");
      return 2;
    }

  bench.store = fd_store_open (data_dir, &error);
  if (bench.store == NULL ||
      (bench.newest_id = ensure_conversation (bench.store, (guint) n_messages, &error)) == 0)
    {
      fprintf (stderr, "bench-conversation: %s\n", error->message);
      return 1;
    }
  {
    sqlite3_stmt *stmt = NULL;

    if (sqlite3_prepare_v2 (fd_store_get_db (bench.store), "SELECT count(*) FROM messages", -1, &stmt, NULL) == SQLITE_OK &&
        sqlite3_step (stmt) == SQLITE_ROW)
      printf ("messages in profile: %lld\n", (long long) sqlite3_column_int64 (stmt, 0));
    sqlite3_finalize (stmt);
  }

  gtk_init ();
  adw_init ();

  bench.n_runs = (guint) n_runs;
  for (guint i = 0; i < 2; i++)
    {
      bench.wall[i] = g_array_new (FALSE, FALSE, sizeof (double));
      bench.cpu[i] = g_array_new (FALSE, FALSE, sizeof (double));
    }

  bench.view = g_object_ref_sink (g_object_new (FD_TYPE_CONVERSATION_VIEW, NULL));
  fd_conversation_view_set_store (bench.view, bench.store);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  bench.bare_list = GTK_LIST_VIEW (gtk_list_view_new (NULL, g_object_ref (factory)));
  bench.bare_scroller = g_object_ref_sink (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (bench.bare_scroller), GTK_WIDGET (bench.bare_list));

  bench.window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (bench.window, 1100, 720);
  g_signal_connect (bench.window, "realize", G_CALLBACK (realize_cb), &bench);
  gtk_window_present (bench.window);

  bench.loop = g_main_loop_new (NULL, FALSE);
  g_timeout_add (1000, next_run_cb, &bench);
  g_main_loop_run (bench.loop);

  printf ("RESULT median fd_first_screen_ms=%.1f fd_cpu_ms=%.1f bare_first_screen_ms=%.1f bare_cpu_ms=%.1f\n",
          median (bench.wall[MODE_FD]), median (bench.cpu[MODE_FD]),
          median (bench.wall[MODE_BARE]), median (bench.cpu[MODE_BARE]));

  gtk_window_destroy (bench.window);
  g_object_unref (bench.view);
  g_object_unref (bench.bare_scroller);
  g_main_loop_unref (bench.loop);
  g_object_unref (bench.store);

  return 0;
}
