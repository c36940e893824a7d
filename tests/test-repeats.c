/* test-repeats.c: repeated posts, topics and answering every copy, on the
 * labelled fixture in tests/data/repeats.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "fd-customers.h"
#include "fd-importer.h"
#include "fd-repeats-private.h"
#include "fd-test-util.h"

typedef struct {
  char    *dir;
  FdStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  fd_test_rmdir (f->dir);
  g_free (f->dir);
}

static void
import_fixture (FdStore *store)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "repeats", "fixture.jsonl", NULL);
  g_autoptr(FdImporter) importer = fd_importer_new (store);
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_importer_import_path (importer, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fd_importer_finish (importer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fd_importer_get_stats (importer)->added, >=, 150);
  g_assert_cmpuint (fd_importer_get_stats (importer)->skipped, ==, 0);
}

static JsonObject *
load_labels (JsonParser *parser)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "repeats", "labels.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);

  return json_node_get_object (json_parser_get_root (parser));
}

static char *
message_key (FdMessage *message)
{
  return g_strdup_printf ("%s:%s", fd_message_get_channel (message), fd_message_get_remote_id (message));
}

/* "a|b" with a < b */
static char *
pair_key (const char *a,
          const char *b)
{
  return strcmp (a, b) < 0 ? g_strconcat (a, "|", b, NULL) : g_strconcat (b, "|", a, NULL);
}

static void
add_pairs (GHashTable *pairs,
           GPtrArray  *keys)
{
  for (guint i = 0; i < keys->len; i++)
    for (guint j = i + 1; j < keys->len; j++)
      g_hash_table_add (pairs, pair_key (g_ptr_array_index (keys, i), g_ptr_array_index (keys, j)));
}

static void
test_normalize (void)
{
  static const struct {
    const char *text;
    const char *normalized;
  } cases[] = {
    { "My ORDER #4521 hasn't arrived!!! 😡 @acme https://acme.example/x", "order hasn arrived" },
    { "Otra vez: mi pedido llegó ROTO", "pedido llego roto" },
    { "Immer noch: die Rechnung für März", "rechnung marz" },
    { "Encore une fois : je n'arrive plus", "arrive plus" },
    { "Hi Acme support,\n\nThe lamp is broken.\n\nBest regards,\nTom\n-- \nTom | Baker & Sons", "lamp broken" },
    { "The lamp is broken.\n\nOn Mon, 4 Mar 2024 at 22:00, Tom <t@example.com> wrote:\n> old text", "lamp broken" },
    { "Sehr geehrte Damen und Herren,\nder Kühlschrank ist kaputt.\nMit freundlichen Grüßen\nKlaus", "kuhlschrank kaputt" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = fd_repeats_normalize (cases[i].text);
      g_assert_cmpstr (normalized, ==, cases[i].normalized);
    }

  g_assert_cmpfloat (fd_repeats_similarity ("My order 4521 has not arrived after three weeks, tracking shows nothing",
                                            "my ordr 4521 has not arived after three weeks tracking shows nothing!!"),
                     >=, 0.5);
  g_assert_cmpfloat (fd_repeats_similarity ("My order 4521 has not arrived after three weeks, tracking shows nothing",
                                            "Do you ship to Iceland? I would like to send a gift to my sister"),
                     <, 0.2);
}

/* Folding as a whole text: decomposed, case-folded, marks dropped. The
 * detector folds character by character, faster; both must agree, or
 * stored signatures would stop matching new ones. */
static char *
fold_whole_text (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  g_autofree char *folded = g_utf8_casefold (decomposed, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));

  return g_string_free (out, FALSE);
}

static void
test_fold (void)
{
  static const char * const texts[] = {
    "Élodie, Grüße aus Köln: STRAßE, Ærø, Œuvre, ĲSSEL, ﬁnale",
    "Ça ne marche pas — déjà trois fois ! Où est ma commande n° 42 ?",
    "Pedido cancelado, ¿por qué? Año nuevo, Señor Muñoz",
    "Ολοκληρώθηκε ΣΊΣΥΦΟΣ ΐ ΰ, Москва ЁЖИК й",
    "한국어 텍스트 가나다, 日本語のテキスト, עברית, العربية",
    "e\xcc\x81 o\xcc\x88\xcc\x81 a\xcc\xa3\xcc\x82 combining marks, ǅ ǈ ǋ titlecase",
    "Ⅻ ① ² ½ ℃ ℡ Ω K Å, ﬀ ﬃ ﬆ, İstanbul ı",
    "Vietnamese: Tiếng Việt có dấu, Ỹ ỹ Ắ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *folded = fold_whole_text (texts[i]);
      g_autofree char *expected = fd_repeats_normalize (folded);
      g_autofree char *normalized = fd_repeats_normalize (texts[i]);

      g_assert_cmpstr (normalized, ==, expected);
      g_assert_cmpuint (strlen (normalized), >, 0);
    }

  /* Not UTF-8: nothing, as before. */
  {
    g_autofree char *bad = fd_repeats_normalize ("caf\xe9" " cr\xe8" "me br\xfb" "l\xe9" "e");
    g_assert_cmpstr (bad, ==, "");
  }
}

/* Precision and recall over pairs of copies, against labels.json. */
static void
measure (FdStore    *store,
         const char *what,
         double     *precision,
         double     *recall)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) truth = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *label_groups;
  GHashTableIter iter;
  gpointer pair;
  guint true_positives = 0;

  label_groups = json_object_get_array_member (load_labels (parser), "groups");

  for (guint i = 0; i < json_array_get_length (label_groups); i++)
    {
      JsonArray *members = json_array_get_array_element (label_groups, i);
      g_autoptr(GPtrArray) keys = g_ptr_array_new ();

      for (guint j = 0; j < json_array_get_length (members); j++)
        g_ptr_array_add (keys, (gpointer) json_array_get_string_element (members, j));
      add_pairs (truth, keys);
    }

  groups = fd_repeats_list_groups (store, FALSE, 0, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < groups->len; i++)
    {
      FdRepeatGroup *group = g_ptr_array_index (groups, i);
      g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

      g_assert_cmpuint (group->messages->len, >=, 2);
      for (guint j = 0; j < group->messages->len; j++)
        {
          FdMessage *message = g_ptr_array_index (group->messages, j);

          /* Every copy knows how many copies there are, and whose. */
          g_assert_cmpuint (fd_message_get_repeat_count (message), ==, group->messages->len);
          g_assert_cmpint (fd_message_get_customer_id (message), ==, group->customer_id);
          g_assert_cmpint (fd_repeats_get_group_id (store, fd_message_get_id (message), NULL), ==, group->id);
          g_ptr_array_add (keys, message_key (message));
        }
      add_pairs (found, keys);
    }

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &pair, NULL))
    {
      if (g_hash_table_contains (truth, pair))
        true_positives++;
      else
        g_test_message ("false repeat: %s", (const char *) pair);
    }
  g_hash_table_iter_init (&iter, truth);
  while (g_hash_table_iter_next (&iter, &pair, NULL))
    if (!g_hash_table_contains (found, pair))
      g_test_message ("missed repeat: %s", (const char *) pair);

  *precision = g_hash_table_size (found) > 0 ? (double) true_positives / g_hash_table_size (found) : 0.0;
  *recall = (double) true_positives / g_hash_table_size (truth);
  g_printerr ("# repeats (%s): %u groups, %u labelled pairs, %u found, precision %.3f, recall %.3f\n",
              what, groups->len, g_hash_table_size (truth), g_hash_table_size (found), *precision, *recall);
}

static void
test_fixture (Fixture       *f,
              gconstpointer  data)
{
  double precision, recall;

  import_fixture (f->store);
  measure (f->store, "in order", &precision, &recall);

  g_assert_cmpfloat (precision, >=, 0.95);
  g_assert_cmpfloat (recall, >=, 0.95);
}

/* One post of @handle on Mastodon; returns its local id. */
static gint64
insert_post (FdStore    *store,
             const char *id,
             const char *handle,
             const char *created_at,
             const char *text)
{
  g_autofree char *line = g_strdup_printf ("{\"channel\": \"mastodon\", \"id\": \"%s\", \"author\": {\"handle\": \"%s\"},"
                                           " \"text\": \"%s\", \"created_at\": \"%s\"}",
                                           id, handle, text, created_at);
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(GError) error = NULL;
  gint64 message_id = 0;

  msg = fd_importer_parse_json_line (line, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd_store_insert_message (store, msg, &message_id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);

  return message_id;
}

static guint
repeat_count (FdStore *store,
              gint64   id)
{
  g_autoptr(FdMessage) message = NULL;
  g_autoptr(GError) error = NULL;

  message = fd_store_get_message (store, id, &error);
  g_assert_no_error (error);

  return fd_message_get_repeat_count (message);
}

#define COMPLAINT "My order 4521 has not arrived after three weeks and the tracking page shows nothing at all"

/* The index of recent posts is kept in memory: a copy written by another
 * process (the CLI beside the window) must still be found, and a post
 * whose transaction was rolled back must not. */
static void
test_index_follows_store (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(FdStore) other = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first, second, third, fourth;

  /* The week is read into this connection's index. */
  insert_post (f->store, "p-0", "@dana@example.social", "2024-03-04T08:00:00Z",
               "Do you ship to Iceland? I would like to send a gift to my sister there");

  other = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  first = insert_post (other, "p-1", "@dana@example.social", "2024-03-04T09:00:00Z", COMPLAINT);
  g_clear_object (&other);

  second = insert_post (f->store, "p-2", "@dana@example.social", "2024-03-05T09:00:00Z", COMPLAINT "!");
  g_assert_cmpuint (repeat_count (f->store, first), ==, 2);
  g_assert_cmpuint (repeat_count (f->store, second), ==, 2);

  /* Rolled back: the post is gone from the store and from the index. */
  g_assert_true (fd_store_begin (f->store, &error));
  insert_post (f->store, "p-3a", "@erik@example.social", "2024-03-05T09:30:00Z", "Hello there");
  insert_post (f->store, "p-3", "@erik@example.social", "2024-03-05T10:00:00Z",
               "The espresso machine I bought last month leaks water from the bottom every single morning");
  fd_store_rollback (f->store);

  third = insert_post (f->store, "p-4", "@erik@example.social", "2024-03-05T11:00:00Z",
                       "The espresso machine I bought last month leaks water from the bottom every single morning!");
  g_assert_cmpuint (repeat_count (f->store, third), ==, 0);
  fourth = insert_post (f->store, "p-5", "@erik@example.social", "2024-03-06T11:00:00Z",
                        "The espresso machine I bought last month leaks water from the bottom every single morning");
  g_assert_cmpuint (repeat_count (f->store, third), ==, 2);
  g_assert_cmpuint (repeat_count (f->store, fourth), ==, 2);
}

/* Newest first, as a sync that pages backwards delivers them; then a full
 * rebuild gives the same groups. */
static void
test_out_of_order (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "repeats", "fixture.jsonl", NULL);
  g_autoptr(FdImporter) importer = fd_importer_new (f->store);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GString) reversed = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  double precision, recall;
  guint n;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  lines = g_strsplit (contents, "\n", -1);
  for (n = g_strv_length (lines); n > 0; n--)
    if (*lines[n - 1] != '\0')
      g_string_append_printf (reversed, "%s\n", lines[n - 1]);

  stream = g_memory_input_stream_new_from_data (reversed->str, reversed->len, NULL);
  g_assert_true (fd_importer_import_jsonl (importer, stream, "reversed", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fd_importer_finish (importer, &error));
  g_assert_no_error (error);

  measure (f->store, "newest first", &precision, &recall);
  g_assert_cmpfloat (precision, >=, 0.95);
  g_assert_cmpfloat (recall, >=, 0.95);

  g_assert_true (fd_repeats_rebuild (f->store, &error));
  g_assert_no_error (error);
  measure (f->store, "rebuilt", &precision, &recall);
  g_assert_cmpfloat (precision, >=, 0.95);
  g_assert_cmpfloat (recall, >=, 0.95);
}

static gboolean
topic_matches (FdTopic   *topic,
               JsonArray *expected)
{
  guint hits = 0;

  for (guint i = 0; i < topic->messages->len; i++)
    {
      g_autofree char *key = message_key (g_ptr_array_index (topic->messages, i));

      for (guint j = 0; j < json_array_get_length (expected); j++)
        if (g_str_equal (key, json_array_get_string_element (expected, j)))
          hits++;
    }

  return hits == json_array_get_length (expected) && hits == topic->messages->len;
}

static void
test_topics (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *expected;

  import_fixture (f->store);
  expected = json_object_get_array_member (load_labels (parser), "topics");

  topics = fd_repeats_list_topics (f->store, FD_TOPIC_MIN_CUSTOMERS, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (topics->len, ==, json_array_get_length (expected));

  for (guint i = 0; i < json_array_get_length (expected); i++)
    {
      JsonArray *members = json_array_get_array_element (expected, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < topics->len; j++)
        {
          FdTopic *topic = g_ptr_array_index (topics, j);

          if (topic_matches (topic, members))
            {
              g_assert_cmpuint (topic->n_customers, ==, json_array_get_length (members));
              g_assert_cmpuint (topic->n_unanswered, ==, json_array_get_length (members));
              g_assert_nonnull (topic->channels);
              g_assert_cmpuint (g_strv_length (topic->channels), >=, 2);
              g_printerr ("# topic %" G_GINT64_FORMAT ": %u customers report this, on %s\n",
                          topic->id, topic->n_customers, topic->channels[0]);
              seen = TRUE;
            }
        }
      g_assert_true (seen);
    }

  /* Two customers only: a topic with a lower threshold, none by default. */
  pairs = fd_repeats_list_topics (f->store, 2, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, >, topics->len);

  {
    g_autoptr(FdTopic) topic = fd_repeats_get_topic (f->store, ((FdTopic *) g_ptr_array_index (topics, 0))->id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (topic->messages->len, >=, 3);
  }
}

static void
test_reply_all (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) open_before = NULL;
  g_autoptr(GPtrArray) open_after = NULL;
  g_autoptr(FdRepeatGroup) after = NULL;
  g_autoptr(GError) error = NULL;
  FdRepeatGroup *target = NULL;
  FdRepeatGroup *other = NULL;
  sqlite3_stmt *stmt;
  gint64 outbox_before, outbox_after;
  sqlite3 *db;

  import_fixture (f->store);
  db = fd_store_get_db (f->store);

  groups = fd_repeats_list_groups (f->store, TRUE, 0, &error);
  g_assert_no_error (error);
  open_before = fd_repeats_list_groups (f->store, TRUE, 0, &error);
  for (guint i = 0; i < groups->len; i++)
    {
      FdRepeatGroup *group = g_ptr_array_index (groups, i);
      g_autoptr(GHashTable) conversations = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      /* One copy per conversation: one reply each. */
      for (guint j = 0; j < group->messages->len; j++)
        {
          FdMessage *m = g_ptr_array_index (group->messages, j);
          g_hash_table_add (conversations, g_memdup2 (&(gint64) { fd_message_get_conversation_id (m) }, sizeof (gint64)));
        }
      if (g_hash_table_size (conversations) == group->messages->len &&
          g_str_equal (fd_message_get_channel (g_ptr_array_index (group->messages, 0)), "mastodon") &&
          (target == NULL || group->messages->len > target->messages->len))
        target = group;
      else if (other == NULL)
        other = group;
    }
  g_assert_nonnull (target);
  g_assert_nonnull (other);
  g_assert_false (target->done);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM outbox", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  outbox_before = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  g_assert_true (fd_repeats_reply_all (f->store, target->id, "Sorry for the wait: we have sent a new parcel today.", &error));
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  outbox_after = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (outbox_after - outbox_before, ==, target->messages->len);

  /* Each reply went to its own copy, in its channel, with the mention. */
  for (guint j = 0; j < target->messages->len; j++)
    {
      FdMessage *copy = g_ptr_array_index (target->messages, j);
      g_autoptr(GPtrArray) thread = fd_store_get_conversation (f->store, fd_message_get_conversation_id (copy), &error);
      FdMessage *reply = NULL;

      g_assert_no_error (error);
      for (guint k = 0; k < thread->len; k++)
        if (g_strcmp0 (fd_message_get_in_reply_to (g_ptr_array_index (thread, k)), fd_message_get_remote_id (copy)) == 0 &&
            fd_message_get_direction (g_ptr_array_index (thread, k)) == FD_DIRECTION_OUT)
          reply = g_ptr_array_index (thread, k);
      g_assert_nonnull (reply);
      g_assert_cmpstr (fd_message_get_channel (reply), ==, fd_message_get_channel (copy));
      g_assert_true (g_str_has_prefix (fd_message_get_text (reply), "@"));
      g_assert_nonnull (strstr (fd_message_get_text (reply), "new parcel"));
    }

  after = fd_repeats_get_group (f->store, target->id, &error);
  g_assert_no_error (error);
  g_assert_true (after->done);

  /* Nothing left to answer: an error that says so, and nothing queued. */
  g_assert_false (fd_repeats_reply_all (f->store, target->id, "again", &error));
  g_assert_error (error, FD_REPEATS_ERROR, FD_REPEATS_ERROR_NOTHING_TO_DO);
  g_clear_error (&error);

  g_assert_true (fd_repeats_mark_all_answered (f->store, other->id, &error));
  g_assert_no_error (error);
  open_after = fd_repeats_list_groups (f->store, TRUE, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open_after->len, ==, open_before->len - 2);

  g_assert_false (fd_repeats_mark_all_answered (f->store, 999999, &error));
  g_assert_error (error, FD_REPEATS_ERROR, FD_REPEATS_ERROR_NOT_FOUND);
}

static void
test_adapt_reply (void)
{
  g_autofree char *email = fd_repeats_adapt_reply ("email", "ana@example.com", "Dear Ana,\nthanks.");
  g_autofree char *masto = fd_repeats_adapt_reply ("mastodon", "@dana@mastodon.social", "We are on it.");
  g_autofree char *already = fd_repeats_adapt_reply ("mastodon", "@dana@mastodon.social", "@Dana@mastodon.social we are on it.");
  g_autofree char *bsky = fd_repeats_adapt_reply ("bluesky", "luis.bsky.social", "Hola Luis.");
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *cut = NULL;

  g_assert_cmpstr (email, ==, "Dear Ana,\nthanks.");
  g_assert_cmpstr (masto, ==, "@dana@mastodon.social We are on it.");
  g_assert_cmpstr (already, ==, "@Dana@mastodon.social we are on it.");
  g_assert_cmpstr (bsky, ==, "@luis.bsky.social Hola Luis.");

  for (guint i = 0; i < 100; i++)
    g_string_append (long_text, "señal ");
  cut = fd_repeats_adapt_reply ("bluesky", "luis.bsky.social", long_text->str);
  g_assert_cmpint (g_utf8_strlen (cut, -1), <=, FD_REPEATS_SOCIAL_MAX_CHARS);
  g_assert_true (g_str_has_suffix (cut, "señal…"));
}

/* Synthetic load: many customers, some repeats and shared posts, over
 * two months. The cost of a message must not grow with history. */
static void
test_cost (Fixture       *f,
           gconstpointer  data)
{
  /* Syllables make a vocabulary of thousands of words; picking them with
   * a skew gives the few very common words real posts share. */
  static const char * const syllables[] = {
    "or", "der", "par", "cel", "re", "fund", "bro", "ken", "de", "li", "ver", "y", "la", "te",
    "in", "voice", "char", "ged", "ac", "count", "pass", "word", "log", "app", "cra", "sh", "up",
    "da", "scr", "een", "si", "ze", "co", "lour", "ex", "chan", "ge", "tur", "n", "war", "ran",
    "ty", "pe", "di", "do", "ro", "to", "fac", "tu", "ra", "en", "vi", "com", "man", "lie",
    "fe", "rung", "kap", "putt", "pa", "ket", "ck", "ste", "ll", "ung",
  };
  /* FD_TEST_NO_TIMING: under valgrind or sanitizers, a smaller run. */
  gboolean timing = g_getenv ("FD_TEST_NO_TIMING") == NULL;
  guint n_messages = timing ? 20000 : 2000;
  guint n_customers = n_messages / 10;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GPtrArray) last_text = g_ptr_array_new_full (n_customers, g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  guint64 calls_half = 0, calls_all = 0;
  gint64 usec_half = 0, usec_all = 0;
  gint64 start = 0;
  gint64 t0 = 1709251200;   /* 2024-03-01 */
  gint64 step = 60 * 24 * 3600 / n_messages;   /* two months */
  double first_half, second_half;

  for (guint c = 0; c < n_customers; c++)
    g_ptr_array_add (last_text, NULL);

  _fd_repeats_reset_cost ();

  for (guint i = 0; i < n_messages; i++)
    {
      guint c = g_rand_int_range (rand, 0, n_customers);
      g_autofree char *handle = g_strdup_printf ("@user%u@social.example", c);
      g_autofree char *remote = g_strdup_printf ("syn-%u", i);
      g_autoptr(FdParsedMessage) msg = NULL;
      g_autoptr(GString) text = g_string_new (NULL);
      double kind = g_rand_double (rand);
      FdInsertResult result;

      if (kind < 0.1 && g_ptr_array_index (last_text, c) != NULL)
        {
          /* A repeat of this customer's last post, shouted. */
          g_string_append_printf (text, "AGAIN!!! %s", (const char *) g_ptr_array_index (last_text, c));
        }
      else if (kind < 0.12)
        {
          g_string_append (text, "The app crashes when I open the camera to scan a barcode since version 5.2");
        }
      else
        {
          guint n_words = g_rand_int_range (rand, 8, 30);

          for (guint w = 0; w < n_words; w++)
            {
              double u = g_rand_double (rand);
              guint word = (guint) (4000 * u * u * u);
              guint n_syl = G_N_ELEMENTS (syllables);

              if (w > 0)
                g_string_append_c (text, ' ');
              g_string_append (text, syllables[word % n_syl]);
              g_string_append (text, syllables[(word / n_syl) % n_syl]);
              if (word >= n_syl * n_syl / 2)
                g_string_append (text, syllables[(word * 7) % n_syl]);
            }
          g_string_append_printf (text, " %u", g_rand_int_range (rand, 1000, 99999));
          g_free (g_ptr_array_index (last_text, c));
          g_ptr_array_index (last_text, c) = g_strdup (text->str);
        }

      msg = fd_test_message ("mastodon", remote, handle, text->str, t0 + (gint64) i * step);
      if (i % 500 == 0)
        {
          if (i > 0)
            {
              g_assert_true (fd_store_commit (f->store, &error));
              g_assert_no_error (error);
            }
          g_assert_true (fd_store_begin (f->store, &error));
        }
      result = fd_store_insert_message (f->store, msg, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (result, ==, FD_INSERT_ADDED);

      if (i == n_messages / 2)
        {
          _fd_repeats_get_cost (&calls_half, &usec_half);
          start = g_get_monotonic_time ();
        }
    }
  g_assert_true (fd_store_commit (f->store, &error));
  g_assert_no_error (error);

  _fd_repeats_get_cost (&calls_all, &usec_all);
  first_half = (double) usec_half / calls_half / 1000.0;
  second_half = (double) (usec_all - usec_half) / (calls_all - calls_half) / 1000.0;
  g_printerr ("# repeat detection: %" G_GUINT64_FORMAT " messages, %.3f ms per message"
              " (first half %.3f ms, second half %.3f ms); whole insert %.3f ms per message\n",
              calls_all, (double) usec_all / calls_all / 1000.0, first_half, second_half,
              (double) (g_get_monotonic_time () - start) / (n_messages - n_messages / 2) / 1000.0);

  groups = fd_repeats_list_groups (f->store, FALSE, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 10);

  /* Loose bounds: this machine is shared, and tests also run under
   * valgrind. The figure to report is the one printed above. */
  if (timing)
    {
      g_assert_cmpfloat (second_half, <, 2.0);
      g_assert_cmpfloat (second_half, <, first_half * 3 + 0.05);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/repeats/normalize", test_normalize);
  g_test_add_func ("/repeats/fold", test_fold);
  g_test_add_func ("/repeats/adapt-reply", test_adapt_reply);
  g_test_add ("/repeats/fixture", Fixture, NULL, fixture_setup, test_fixture, fixture_teardown);
  g_test_add ("/repeats/out-of-order", Fixture, NULL, fixture_setup, test_out_of_order, fixture_teardown);
  g_test_add ("/repeats/topics", Fixture, NULL, fixture_setup, test_topics, fixture_teardown);
  g_test_add ("/repeats/reply-all", Fixture, NULL, fixture_setup, test_reply_all, fixture_teardown);
  g_test_add ("/repeats/index-follows-store", Fixture, NULL, fixture_setup, test_index_follows_store, fixture_teardown);
  g_test_add ("/repeats/cost", Fixture, NULL, fixture_setup, test_cost, fixture_teardown);

  return g_test_run ();
}
