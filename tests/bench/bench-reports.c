/* bench-reports.c: a profile for the reports benchmark, and the time a
 * report takes in the process.
 *
 *   bench-reports --data-dir DIR [--messages 1000000] [--days 90] [--runs 5]
 *
 * When DIR holds fewer than N messages, writes N through
 * fd_ingest_message() in batched transactions, so the waits are kept the
 * way the app keeps them: two years of dates, 2,000 customers on three
 * channels, conversations of a few messages, a reply to about four in
 * five waits after minutes to days, customers writing again. Texts are
 * short and tagged with a language, so the profile is made in minutes
 * (language detection and repeats are the import benchmark's business).
 * Deterministic.
 *
 * Then computes the report of the last --days days of the data (Madrid,
 * mon-fri 09:00-17:30) --runs times and prints wall and CPU time of each;
 * tests/bench/bench-reports.sh times frontdesk-cli report on the same
 * profile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <time.h>

#include <sqlite3.h>

#include "fd-ingest.h"
#include "fd-reports.h"
#include "fd-store.h"

#define N_CUSTOMERS 2000
#define SPAN_SECONDS (730 * 24 * 3600)
/* The data ends where the core corpus ends. */
#define END_TIME 1795478400   /* 2026-11-24 00:00 UTC */
#define MAX_OPEN 512

static const char *langs[] = { "en", "en", "en", "es", "es", "fr", "de", "it", "pt", "nl" };
static const char *channels[] = { "email", "email", "email", "mastodon", "bluesky" };
static const char *texts[] = {
  "Where is my order?", "My parcel never arrived.", "I want a refund.", "The charger is broken.",
  "¿Dónde está mi pedido?", "Ma commande est en retard.", "Wo ist meine Bestellung?", "Thanks!",
};

typedef struct {
  gint64  id;          /* conversation number */
  guint   customer;
  guint   n;           /* messages so far */
  gboolean waiting;
} Conv;

static guint32
next_rand (guint32 *state)
{
  guint32 x = *state;

  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return *state = x;
}

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static gint64
count_messages (FdStore *store)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  sqlite3_prepare_v2 (fd_store_get_db (store), "SELECT count (*) FROM messages", -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return n;
}

static gboolean
generate (FdStore  *store,
          gint64    n_messages,
          GError  **error)
{
  guint32 rng = 42;
  Conv open[MAX_OPEN];
  guint n_open = 0;
  gint64 n_convs = 0;
  gint64 t0 = g_get_monotonic_time ();
  double c0 = cpu_seconds ();

  for (gint64 i = 0; i < n_messages; i++)
    {
      g_autoptr(FdParsedMessage) msg = fd_parsed_message_new ();
      gint64 t = END_TIME - SPAN_SECONDS + (i * (gint64) SPAN_SECONDS) / n_messages;
      guint r = next_rand (&rng) % 100;
      Conv *conv;
      const char *channel;

      /* Answer a waiting conversation, hear again from one, or a new one. */
      conv = NULL;
      if (n_open > 0 && r < 45)
        {
          for (int tries = 0; tries < 8 && conv == NULL; tries++)
            {
              Conv *c = &open[next_rand (&rng) % n_open];

              if (c->waiting)
                conv = c;
            }
          if (conv != NULL)
            msg->direction = FD_DIRECTION_OUT;
        }
      if (conv == NULL && n_open > 0 && r < 60)
        {
          conv = &open[next_rand (&rng) % n_open];
          msg->direction = FD_DIRECTION_IN;
        }
      if (conv == NULL)
        {
          /* A conversation nobody answered is left behind. */
          if (n_open == MAX_OPEN)
            {
              guint k = next_rand (&rng) % n_open;

              n_open--;
              open[k] = open[n_open];
            }
          conv = &open[n_open++];
          conv->id = n_convs++;
          conv->customer = next_rand (&rng) % N_CUSTOMERS;
          conv->n = 0;
          msg->direction = FD_DIRECTION_IN;
        }
      conv->waiting = msg->direction == FD_DIRECTION_IN;

      channel = channels[conv->id % G_N_ELEMENTS (channels)];
      msg->channel = g_strdup (channel);
      msg->remote_id = g_strdup_printf ("rb-%" G_GINT64_FORMAT, i);
      msg->thread_id = g_strdup_printf ("rb-thread-%" G_GINT64_FORMAT, conv->id);
      msg->created_at = t;
      msg->lang = g_strdup (langs[conv->customer % G_N_ELEMENTS (langs)]);
      fd_parsed_message_set_text (msg, texts[next_rand (&rng) % G_N_ELEMENTS (texts)], -1);
      if (msg->direction == FD_DIRECTION_OUT)
        {
          msg->author_handle = g_strdup (g_str_equal (channel, "email") ? "support@shop.example" : "@support@shop.example");
          msg->recipient = g_strdup_printf (g_str_equal (channel, "email") ? "customer%u@mail.example"
                                                                           : "@customer%u@social.example", conv->customer);
          msg->state = FD_MESSAGE_STATE_READ;
          /* Most conversations end with our reply; some go on. */
          if (next_rand (&rng) % 3 != 0)
            *conv = open[--n_open];
        }
      else
        {
          msg->author_handle = g_strdup_printf (g_str_equal (channel, "email") ? "customer%u@mail.example"
                                                                               : "@customer%u@social.example", conv->customer);
          msg->state = FD_MESSAGE_STATE_READ;
        }
      conv->n++;

      if (i % 5000 == 0 && !fd_store_begin (store, error))
        return FALSE;
      if (fd_ingest_message (store, msg, NULL, error) == FD_INSERT_ERROR)
        return FALSE;
      if ((i + 1) % 5000 == 0 || i + 1 == n_messages)
        {
          if (!fd_store_commit (store, error))
            return FALSE;
          fprintf (stderr, "\r%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT " messages, %.0f s",
                   i + 1, n_messages, (g_get_monotonic_time () - t0) / 1e6);
        }
    }
  fprintf (stderr, "\nmade %" G_GINT64_FORMAT " messages in %.1f s (%.1f s CPU)\n",
           n_messages, (g_get_monotonic_time () - t0) / 1e6, cpu_seconds () - c0);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = NULL;
  gint64 n_messages = 1000000;
  int days = 90, runs = 5;
  GOptionEntry entries[] = {
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &data_dir, "Profile folder", "DIR" },
    { "messages", 0, 0, G_OPTION_ARG_INT64, &n_messages, "Messages in the profile", "N" },
    { "days", 0, 0, G_OPTION_ARG_INT, &days, "Days in the report", "D" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Reports to time", "R" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdReportSettings) settings = fd_report_settings_new ();
  g_autoptr(GDateTime) end = g_date_time_new_from_unix_utc (END_TIME);
  g_autoptr(GDateTime) start = g_date_time_add_days (end, -days);
  g_autofree char *to = g_date_time_format (end, "%Y-%m-%d");
  g_autofree char *from = g_date_time_format (start, "%Y-%m-%d");

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || data_dir == NULL)
    {
      fprintf (stderr, "bench-reports: %s\n", error ? error->message : "--data-dir is needed");
      return 2;
    }

  if (!(store = fd_store_open (data_dir, &error)))
    goto fail;
  if (count_messages (store) < n_messages &&
      !generate (store, n_messages - count_messages (store), &error))
    goto fail;

  g_free (settings->timezone);
  settings->timezone = g_strdup ("Europe/Madrid");
  g_free (settings->business_hours);
  settings->business_hours = g_strdup ("mon-fri 09:00-17:30");
  if (!fd_report_settings_save (store, settings, &error))
    goto fail;

  printf ("report %s .. %s over %" G_GINT64_FORMAT " messages\n", from, to, count_messages (store));
  for (int r = 0; r < runs; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double c0 = cpu_seconds ();
      g_autoptr(FdReport) report = fd_report_compute (store, settings, from, to, &error);

      if (report == NULL)
        goto fail;
      printf ("run %d: %.1f ms (%.1f ms CPU): received %u, conversations %u, waits answered %u, waiting %u,"
              " median %" G_GINT64_FORMAT " s\n",
              r + 1, (g_get_monotonic_time () - t0) / 1e3, (cpu_seconds () - c0) * 1e3,
              report->total.received, report->total.conversations, report->total.answered,
              report->total.waiting, report->total.fr_median);
    }

  return 0;

fail:
  fprintf (stderr, "bench-reports: %s\n", error->message);
  return 1;
}
