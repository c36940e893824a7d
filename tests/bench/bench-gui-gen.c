/* bench-gui-gen.c: a profile of N messages for the GUI benchmark.
 *
 *   bench-gui-gen --data-dir DIR --messages N [--unique U] [--seed 42] [--batch 5000]
 *
 * Writes straight through fd_ingest_message() in batched
 * transactions (much faster than frontdesk-cli import of a generated
 * corpus, which also detects languages and repeats). The rows look like
 * the real thing where the inbox list can see it: email with subjects,
 * Mastodon and Bluesky posts without, threads of a few messages, replies
 * that mark earlier messages answered, a language tag on most, 2,000
 * customers, two years of dates. Deterministic for a given seed.
 *
 * Beyond --unique messages (default 100,000) the rest are copies made in
 * SQL: each copy of a message keeps its conversation, author and text and
 * takes the next sort key in the same second (as a burst of messages
 * would), so a million rows take a minute instead of half an hour on a
 * shared machine. Copies are not in the search index (the inbox list and
 * its counts do not use it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "fd-ingest.h"
#include "fd-store.h"

#define N_CUSTOMERS 2000
#define SPAN_SECONDS (730 * 24 * 3600)

static const char *first_names[] = {
  "Ana", "Javier", "Marie", "Lukas", "Sofia", "Tom", "Chloé", "Jonas", "Lucía", "Emma",
  "Noah", "Léa", "Paul", "Inès", "Mateo", "Hannah", "Oliver", "Camille", "Diego", "Mia",
};
static const char *last_names[] = {
  "Moreno", "Dubois", "Schmidt", "García", "Smith", "Martin", "Müller", "López",
  "Bernard", "Fischer", "Jones", "Petit", "Weber", "Sánchez", "Brown", "Richard",
};
static const char *words[] = {
  "order", "refund", "delivery", "package", "late", "broken", "thanks", "please",
  "account", "password", "invoice", "charger", "size", "exchange", "tracking",
  "question", "weekend", "store", "excellent", "terrible", "waiting", "days",
  "still", "nobody", "answered", "the", "my", "and", "is", "was", "not", "for",
  "pedido", "envío", "gracias", "roto", "commande", "livraison", "merci", "cassé",
  "Bestellung", "Lieferung", "danke", "kaputt", "again", "support", "help",
};
static const char *langs[] = { "en", "en", "en", "es", "fr", "de", NULL };
static const char *channels[] = { "email", "email", "email", "mastodon", "bluesky" };

/* Copies rows of messages in SQL until there are @n_total. */
static gboolean
add_copies (FdStore  *store,
            gint64    n_unique,
            gint64    n_total,
            GError  **error)
{
  sqlite3 *db = fd_store_get_db (store);
  g_autoptr(GString) columns = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  char *errmsg = NULL;

  /* Every column but the id, whatever this schema version has. */
  sqlite3_prepare_v2 (db, "SELECT name FROM pragma_table_info('messages')", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *)sqlite3_column_text (stmt, 0);

      if (g_str_equal (name, "id"))
        continue;
      g_string_append_printf (columns, "%s%s", columns->len ? ", " : "", name);
      if (g_str_equal (name, "sort_key"))
        g_string_append_printf (values, "%ssort_key + ?1", values->len ? ", " : "");
      else if (g_str_equal (name, "remote_id"))
        g_string_append_printf (values, "%sremote_id || '-copy' || ?1", values->len ? ", " : "");
      else
        g_string_append_printf (values, "%s%s", values->len ? ", " : "", name);
    }
  sqlite3_finalize (stmt);

  for (gint64 copy = 1; n_unique * copy < n_total; copy++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO messages (%s) SELECT %s FROM messages"
                                              " WHERE remote_id NOT LIKE '%%-copy%%'"
                                              " ORDER BY id LIMIT %" G_GINT64_FORMAT,
                                              columns->str, values->str,
                                              MIN (n_unique, n_total - n_unique * copy));
      int rc;

      if (sqlite3_exec (db, "BEGIN", NULL, NULL, &errmsg) != SQLITE_OK)
        break;
      rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          sqlite3_bind_int64 (stmt, 1, copy);
          rc = sqlite3_step (stmt);
          sqlite3_finalize (stmt);
        }
      if (rc != SQLITE_DONE || sqlite3_exec (db, "COMMIT", NULL, NULL, &errmsg) != SQLITE_OK)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Copying messages: %s",
                       errmsg ? errmsg : sqlite3_errmsg (db));
          sqlite3_free (errmsg);
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      fprintf (stderr, "\r%" G_GINT64_FORMAT " messages with copies",
               MIN (n_unique * (copy + 1), n_total));
    }
  fprintf (stderr, "\n");

  if (errmsg != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Copying messages: %s", errmsg);
      sqlite3_free (errmsg);
      return FALSE;
    }
  return TRUE;
}

static guint32
next_rand (guint32 *state)
{
  /* xorshift32: the same profile for the same seed on every machine. */
  guint32 x = *state;

  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return *state = x;
}

static char *
make_sentence (guint32 *rng,
               guint    n_words)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      const char *w = words[next_rand (rng) % G_N_ELEMENTS (words)];

      if (i > 0)
        g_string_append_c (s, ' ');
      if (i == 0)
        {
          g_autofree char *up = g_utf8_strup (w, 1);

          g_string_append (s, up);
          g_string_append (s, w + 1);
        }
      else
        g_string_append (s, w);
    }
  g_string_append_c (s, '.');
  return g_string_free (s, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = NULL;
  gint64 n_messages = 100000;
  gint64 seed = 42;
  gint64 batch = 5000;
  gint64 n_unique = 100000;
  GOptionEntry entries[] = {
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &data_dir, "Profile to create", "DIR" },
    { "messages", 0, 0, G_OPTION_ARG_INT64, &n_messages, "Number of messages", "N" },
    { "unique", 0, 0, G_OPTION_ARG_INT64, &n_unique, "Messages made by the store; the rest are copies", "U" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Random seed", "N" },
    { "batch", 0, 0, G_OPTION_ARG_INT64, &batch, "Messages per transaction", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- GUI benchmark profile");
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = NULL;
  guint32 rng;
  gint64 start_time = 1700000000;   /* fixed: the same profile every run */
  gint64 t0 = g_get_monotonic_time ();

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || data_dir == NULL)
    {
      fprintf (stderr, "bench-gui-gen: %s\n", error ? error->message : "--data-dir is required");
      return 2;
    }

  rng = (guint32)(seed * 2654435761u) | 1;

  store = fd_store_open (data_dir, &error);
  if (store == NULL)
    {
      fprintf (stderr, "bench-gui-gen: %s\n", error->message);
      return 1;
    }

  n_unique = CLAMP (n_unique, 1, MAX (n_messages, 1));

  for (gint64 i = 0; i < n_unique; i++)
    {
      g_autoptr(FdParsedMessage) msg = fd_parsed_message_new ();
      guint customer = next_rand (&rng) % N_CUSTOMERS;
      const char *channel = channels[customer % G_N_ELEMENTS (channels)];
      /* Threads of about four messages, each with one customer. */
      gint64 thread = i / 4;
      gboolean out = (i % 4) == 3 && next_rand (&rng) % 2 == 0;
      const char *lang = langs[next_rand (&rng) % G_N_ELEMENTS (langs)];
      g_autofree char *text = make_sentence (&rng, 8 + next_rand (&rng) % 40);

      msg->channel = g_strdup (channel);
      msg->remote_id = g_strdup_printf ("gui-bench-%" G_GINT64_FORMAT, i);
      msg->thread_id = g_strdup_printf ("gui-bench-thread-%" G_GINT64_FORMAT, thread);
      if (i % 4 != 0)
        msg->in_reply_to = g_strdup_printf ("gui-bench-%" G_GINT64_FORMAT, i - 1);
      msg->created_at = start_time + (i * (gint64)SPAN_SECONDS) / n_unique;
      msg->lang = g_strdup (lang);
      fd_parsed_message_set_text (msg, text, -1);

      if (out)
        {
          msg->direction = FD_DIRECTION_OUT;
          msg->state = FD_MESSAGE_STATE_READ;
          msg->author_handle = g_strdup (g_str_equal (channel, "email") ? "support@shop.example"
                                                                        : "@support@shop.example");
          msg->author_name = g_strdup ("Shop Support");
        }
      else
        {
          const char *first = first_names[customer % G_N_ELEMENTS (first_names)];
          const char *last = last_names[(customer / G_N_ELEMENTS (first_names)) % G_N_ELEMENTS (last_names)];

          msg->direction = FD_DIRECTION_IN;
          msg->state = next_rand (&rng) % 3 == 0 ? FD_MESSAGE_STATE_UNREAD : FD_MESSAGE_STATE_READ;
          msg->author_name = g_strdup_printf ("%s %s", first, last);
          if (g_str_equal (channel, "email"))
            msg->author_handle = g_strdup_printf ("customer%u@mail.example", customer);
          else
            msg->author_handle = g_strdup_printf ("@customer%u@social.example", customer);
        }

      if (g_str_equal (channel, "email"))
        {
          g_autofree char *subject = make_sentence (&rng, 3 + next_rand (&rng) % 5);

          msg->subject = i % 4 == 0 ? g_strdup (subject) : g_strdup_printf ("Re: %s", subject);
        }

      if (i % batch == 0 && !fd_store_begin (store, &error))
        break;

      if (fd_ingest_message (store, msg, NULL, &error) == FD_INSERT_ERROR)
        break;

      if ((i + 1) % batch == 0 || i + 1 == n_unique)
        {
          if (!fd_store_commit (store, &error))
            break;
          fprintf (stderr, "\r%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT " messages, %.0f s",
                   i + 1, n_unique, (g_get_monotonic_time () - t0) / 1e6);
        }
    }

  fprintf (stderr, "\n");
  if (error != NULL)
    fd_store_rollback (store);
  else if (n_messages > n_unique)
    add_copies (store, n_unique, n_messages, &error);

  if (error != NULL)
    {
      fprintf (stderr, "bench-gui-gen: %s\n", error->message);
      return 1;
    }

  return 0;
}
