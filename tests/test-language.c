/* test-language.c: language detection, measured on a labeled set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <time.h>

#include "fd-ingest.h"
#include "fd-language.h"
#include "fd-language-private.h"
#include "fd-store-private.h"
#include "fd-test-util.h"

#if defined(__SANITIZE_ADDRESS__)
# define SANITIZED TRUE
#else
# define SANITIZED FALSE
#endif

static const char * const business[] = { "en", "es", "fr", "de", "it", "pt", "nl", "ca", NULL };

typedef struct {
  char *lang;
  char *text;
} Post;

static void
post_free (Post *post)
{
  g_free (post->lang);
  g_free (post->text);
  g_free (post);
}

static GPtrArray *
load_posts_from (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "lang", name, NULL);
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *posts = g_ptr_array_new_with_free_func ((GDestroyNotify) post_free);

  g_file_get_contents (path, &data, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *tab = strchr (lines[i], '\t');
      Post *post;

      if (lines[i][0] == '#' || tab == NULL)
        continue;
      post = g_new0 (Post, 1);
      post->lang = g_strndup (lines[i], tab - lines[i]);
      post->text = g_strdup (tab + 1);
      g_ptr_array_add (posts, post);
    }

  return posts;
}

static GPtrArray *
load_posts (void)
{
  return load_posts_from ("posts.tsv");
}

static FdLanguageDetector *
new_detector (void)
{
  g_autoptr(GError) error = NULL;
  FdLanguageDetector *detector = fd_language_detector_new (business, &error);

  g_assert_no_error (error);
  g_assert_nonnull (detector);
  return detector;
}

static void
test_accuracy (void)
{
  g_autoptr(FdLanguageDetector) detector = new_detector ();
  g_autoptr(GPtrArray) posts = load_posts ();
  g_autoptr(GHashTable) per_lang = g_hash_table_new (g_str_hash, g_str_equal);
  guint long_total = 0, long_right = 0, long_unknown = 0, long_wrong = 0;
  guint short_total = 0, short_right = 0, short_unknown = 0, short_wrong = 0;
  double accuracy;

  g_assert_cmpuint (posts->len, >=, 8 * 30);

  for (guint i = 0; i < posts->len; i++)
    {
      Post *post = g_ptr_array_index (posts, i);
      FdLanguageResult result;
      gboolean is_long = g_utf8_strlen (post->text, -1) >= 20;
      guint *counts = g_hash_table_lookup (per_lang, post->lang);

      if (counts == NULL)
        {
          counts = g_new0 (guint, 2);
          g_hash_table_insert (per_lang, post->lang, counts);
        }

      fd_language_detector_detect (detector, post->text, NULL, NULL, &result);

      if (is_long)
        {
          long_total++;
          counts[1]++;
          if (g_strcmp0 (result.lang, post->lang) == 0)
            {
              long_right++;
              counts[0]++;
            }
          else if (result.lang == NULL)
            long_unknown++;
          else
            long_wrong++;
        }
      else
        {
          short_total++;
          if (g_strcmp0 (result.lang, post->lang) == 0)
            short_right++;
          else if (result.lang == NULL)
            short_unknown++;
          else
            short_wrong++;
        }

      if (g_strcmp0 (result.lang, post->lang) != 0 && g_test_verbose ())
        g_printerr ("  %s → %s (%.2f, runner-up %s): %s\n", post->lang,
                    result.lang != NULL ? result.lang : "unknown", result.confidence,
                    result.runner_up != NULL ? result.runner_up : "-", post->text);
    }

  accuracy = (double) long_right / long_total;
  g_printerr ("\nPosts of 20 characters or more: %u, right %u (%.1f %%), unknown %u, wrong %u\n",
              long_total, long_right, 100.0 * accuracy, long_unknown, long_wrong);
  for (guint i = 0; business[i] != NULL; i++)
    {
      guint *counts = g_hash_table_lookup (per_lang, business[i]);
      g_printerr ("  %s: %u/%u\n", business[i], counts[0], counts[1]);
      g_free (counts);
    }
  g_printerr ("Shorter posts: %u, right %u, unknown %u, wrong %u\n",
              short_total, short_right, short_unknown, short_wrong);

  g_assert_cmpfloat (accuracy, >=, 0.95);
  g_assert_cmpuint (short_wrong, ==, 0);
}

/* Short messages, 20 to 80 characters, where close languages (Spanish and
 * Catalan, Spanish and Portuguese, French and Catalan) share most n-grams:
 * the common words have to tell them apart. */
static void
test_short_posts (void)
{
  g_autoptr(FdLanguageDetector) detector = new_detector ();
  g_autoptr(GPtrArray) posts = load_posts_from ("short-posts.tsv");
  guint right = 0, unknown = 0, wrong = 0, confident_wrong = 0;
  double accuracy;

  g_assert_cmpuint (posts->len, >=, 8 * 40);

  for (guint i = 0; i < posts->len; i++)
    {
      Post *post = g_ptr_array_index (posts, i);
      glong len = g_utf8_strlen (post->text, -1);
      FdLanguageResult result;

      g_assert_cmpint (len, >=, 20);
      g_assert_cmpint (len, <=, 80);

      fd_language_detector_detect (detector, post->text, NULL, NULL, &result);

      if (g_strcmp0 (result.lang, post->lang) == 0)
        {
          right++;
          continue;
        }
      if (result.lang == NULL)
        unknown++;
      else
        {
          wrong++;
          if (result.confidence >= 0.5)
            confident_wrong++;
        }
      if (g_test_verbose ())
        g_printerr ("  %s → %s (%.2f, runner-up %s): %s\n", post->lang,
                    result.lang != NULL ? result.lang : "unknown", result.confidence,
                    result.runner_up != NULL ? result.runner_up : "-", post->text);
    }

  accuracy = (double) right / posts->len;
  g_printerr ("\nShort posts: %u, right %u (%.1f %%), unknown %u, wrong %u (%u confident)\n",
              posts->len, right, 100.0 * accuracy, unknown, wrong, confident_wrong);

  g_assert_cmpfloat (accuracy, >=, 0.98);
  g_assert_cmpuint (confident_wrong, ==, 0);
}

/* Valgrind sets LD_PRELOAD to its own preload libraries. */
static gboolean
running_on_valgrind (void)
{
  const char *preload = g_getenv ("LD_PRELOAD");

  return preload != NULL && strstr (preload, "valgrind") != NULL;
}

static gint64
cpu_time_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
test_cost (void)
{
  g_autoptr(FdLanguageDetector) detector = new_detector ();
  g_autoptr(GPtrArray) posts = load_posts ();
  guint rounds = 20;
  gint64 start, elapsed;
  double per_message;

  /* CPU time: six other builds share this machine's two cores. */
  start = cpu_time_us ();
  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < posts->len; i++)
      {
        Post *post = g_ptr_array_index (posts, i);
        FdLanguageResult result;

        fd_language_detector_detect (detector, post->text, NULL, NULL, &result);
      }
  elapsed = cpu_time_us () - start;
  per_message = (double) elapsed / (rounds * posts->len);

  g_printerr ("\nDetection cost: %.1f µs per message (%u messages)\n",
              per_message, rounds * posts->len);

  /* The budget is 0.1 ms; the check leaves room for a loaded machine so
   * that it catches regressions, not neighbours. Sanitizers and valgrind
   * are far slower. */
  if (g_getenv ("FD_TEST_SLOW") == NULL && !SANITIZED && !running_on_valgrind ())
    g_assert_cmpfloat (per_message, <, 250.0);
}

static void
test_clean (void)
{
  g_autofree char *clean = NULL;
  guint n = 0;

  clean = fd_language_clean_text ("> you wrote this\n@Shop @ana@mastodon.social Hola, mi pedido 😡 #fail "
                                  "https://example.com/x?y=1 www.example.com ana@example.com 12345 l'heure!!",
                                  &n);
  g_assert_cmpstr (clean, ==, "hola mi pedido l'heure");
  g_assert_cmpuint (n, ==, 18);
}

static void
test_normalize (void)
{
  g_assert_cmpstr (fd_language_normalize ("es-MX"), ==, "es");
  g_assert_cmpstr (fd_language_normalize ("ES"), ==, "es");
  g_assert_cmpstr (fd_language_normalize ("spa"), ==, "es");
  g_assert_cmpstr (fd_language_normalize ("fre"), ==, "fr");
  g_assert_cmpstr (fd_language_normalize ("pt_BR.UTF-8"), ==, "pt");
  g_assert_null (fd_language_normalize ("und"));
  g_assert_null (fd_language_normalize (""));
  g_assert_null (fd_language_normalize (NULL));
  g_assert_null (fd_language_normalize ("x"));
  g_assert_true (fd_language_normalize ("es") == fd_language_normalize ("spa"));
  g_assert_cmpstr (fd_language_get_name ("es"), ==, "Spanish");
  g_assert_cmpstr (fd_language_get_name ("xx"), ==, "xx");
}

static void
test_defaults (void)
{
  g_auto(GStrv) langs = fd_language_get_default_languages ();

  /* The locale first (C here, so none), then the business defaults. */
  g_assert_true (g_strv_contains ((const char * const *) langs, "en"));
  g_assert_true (g_strv_contains ((const char * const *) langs, "ca"));
  g_assert_cmpuint (g_strv_length (langs), >=, 8);
}

static void
test_hint_and_prior (void)
{
  g_autoptr(FdLanguageDetector) detector = new_detector ();
  FdLanguageResult result;

  /* Mastodon says "en" (the app's default) but the post is Spanish. */
  g_assert_true (fd_language_detector_detect (detector,
                 "Hola, me cobraron dos veces el mismo pedido, alguien lo puede revisar?",
                 "en", NULL, &result));
  g_assert_cmpstr (result.lang, ==, "es");
  g_assert_cmpint (result.source, ==, FD_LANGUAGE_SOURCE_TEXT);

  /* A consistent hint is kept. */
  g_assert_true (fd_language_detector_detect (detector,
                 "Hola, me cobraron dos veces el mismo pedido, alguien lo puede revisar?",
                 "es-ES", NULL, &result));
  g_assert_cmpstr (result.lang, ==, "es");
  g_assert_cmpint (result.source, ==, FD_LANGUAGE_SOURCE_HINT);

  /* Too short to tell: the hint stands, and nothing without it. */
  g_assert_true (fd_language_detector_detect (detector, "ok 👍", "pt", NULL, &result));
  g_assert_cmpstr (result.lang, ==, "pt");
  g_assert_false (fd_language_detector_detect (detector, "ok 👍", NULL, NULL, &result));
  g_assert_null (result.lang);

  /* A hint outside the business's languages is kept: we cannot judge it. */
  g_assert_true (fd_language_detector_detect (detector, "注文した商品がまだ届いていません", "ja", NULL, &result));
  g_assert_cmpstr (result.lang, ==, "ja");

  /* Other scripts: not one of ours, so no guess. */
  g_assert_false (fd_language_detector_detect (detector, "注文した商品がまだ届いていません。確認してください。", NULL, NULL, &result));
  g_assert_false (fd_language_detector_detect (detector, "https://example.com @ana #sale 12345 !!!", NULL, NULL, &result));

  /* Catalan or Spanish? "Gràcies per tot, molt amable" leans Catalan; a
   * customer who always writes Catalan settles what the text leaves open. */
  fd_language_detector_detect (detector, "perfecte, gracies per tot", NULL, "ca", &result);
  g_assert_cmpstr (result.lang, ==, "ca");

  /* Too close to call from the text: whichever of the two the customer
   * usually writes settles it, though the text leans the other way for
   * one of them. */
  g_assert_false (fd_language_detector_detect (detector, "molt bé, gracias", NULL, NULL, &result));
  g_assert_true (fd_language_detector_detect (detector, "molt bé, gracias", NULL, "ca", &result));
  g_assert_cmpstr (result.lang, ==, "ca");
  g_assert_cmpint (result.source, ==, FD_LANGUAGE_SOURCE_PRIOR);
  g_assert_true (fd_language_detector_detect (detector, "molt bé, gracias", NULL, "es", &result));
  g_assert_cmpstr (result.lang, ==, "es");
  g_assert_cmpint (result.source, ==, FD_LANGUAGE_SOURCE_PRIOR);
}

static void
test_store (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fd-test-language-XXXXXX", NULL);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *texts[] = {
    "Hola, mi pedido todavía no ha llegado, ya van dos semanas",
    "Gracias",                                  /* too short: no language */
    "Me pueden decir cuándo llega el paquete? Sigo esperando",
    "Sorry, one more thing: can you send the invoice by email?",
  };
  const char *hints[] = { NULL, NULL, "en", NULL };
  const char *expected[] = { "es", NULL, "es", "en" };
  sqlite3_stmt *stmt;
  gint64 start, elapsed;

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(FdParsedMessage) msg = fd_parsed_message_new ();
      g_autoptr(FdMessage) message = NULL;
      gint64 id = 0;

      msg->channel = g_strdup ("mastodon");
      msg->remote_id = g_strdup_printf ("%u", i);
      msg->author_handle = g_strdup ("@maria@example.social");
      msg->text = g_strdup (texts[i]);
      msg->lang = g_strdup (hints[i]);
      msg->created_at = 1700000000 + i;
      g_assert_cmpint (fd_ingest_message (store, msg, &id, &error), ==, FD_INSERT_ADDED);
      g_assert_no_error (error);

      message = fd_store_get_message (store, id, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (fd_message_get_lang (message), ==, expected[i]);
    }

  /* She usually writes in Spanish, one English message notwithstanding. */
  stmt = NULL;
  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store),
                                       "SELECT lang FROM customers", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "es");
  sqlite3_finalize (stmt);
  {
    g_autoptr(FdMessage) first = fd_store_get_message (store, 1, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (fd_language_get_customer_language (store, fd_message_get_customer_id (first), &error), ==, "es");
    g_assert_no_error (error);
  }

  /* What the hook adds to an import: the same inserts with and without
   * detection (a hint that the text cannot contradict skips nothing, so
   * compare against messages in an unknown script). */
  {
    g_autoptr(GPtrArray) posts = load_posts ();
    guint n = posts->len;
    double with_detection;

    fd_store_begin (store, &error);
    start = cpu_time_us ();
    for (guint i = 0; i < n; i++)
      {
        Post *post = g_ptr_array_index (posts, i);
        g_autoptr(FdParsedMessage) msg = fd_parsed_message_new ();

        msg->channel = g_strdup ("bluesky");
        msg->remote_id = g_strdup_printf ("post-%u", i);
        msg->author_handle = g_strdup_printf ("user%u.example.com", i % 40);
        msg->text = g_strdup (post->text);
        msg->created_at = 1700001000 + i;
        g_assert_cmpint (fd_ingest_message (store, msg, NULL, &error), ==, FD_INSERT_ADDED);
      }
    elapsed = cpu_time_us () - start;
    fd_store_commit (store, &error);
    g_assert_no_error (error);
    with_detection = (double) elapsed / n;
    g_printerr ("\nImport with detection: %.1f µs per message (%u messages, in one transaction)\n",
                with_detection, n);
  }

  g_clear_object (&store);
  {
    g_autofree char *db = g_build_filename (dir, FD_STORE_DB_NAME, NULL);
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);

    g_unlink (db);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
}

static const char *
stored_lang (FdStore    *store,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  const char *lang;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  lang = fd_language_normalize ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return lang;
}

static const char *
import_post (FdStore    *store,
             const char *handle,
             const char *remote_id,
             const char *text,
             const char *hint)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", remote_id, handle, text, 1700000000);
  g_autoptr(FdMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  msg->lang = g_strdup (hint);
  g_assert_cmpint (fd_ingest_message (store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  message = fd_store_get_message (store, id, &error);
  g_assert_no_error (error);

  return fd_language_normalize (fd_message_get_lang (message));
}

/* The business's languages are what detection chooses from, for every
 * user of the shared detector: the language a message is stored with on
 * import, and the customer's usual language, which the composer offers to
 * translate the reply into. */
static void
test_business_languages (void)
{
  static const char * const english_german[] = { "en", "de", NULL };
  static const char * const misspelt[] = { "en", "espanol", NULL };
  const char *spanish = "Hola, mi pedido todavía no ha llegado, ya van dos semanas. ¿Me pueden ayudar?";
  const char *german = "Hallo, meine Bestellung ist immer noch nicht angekommen, es sind schon zwei Wochen.";
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdLanguageDetector) defaults = NULL;
  g_autoptr(FdLanguageDetector) chosen = NULL;
  g_autoptr(FdParsedMessage) scored_before = NULL;
  g_auto(GStrv) default_codes = fd_language_get_default_languages ();
  g_autoptr(GError) error = NULL;
  FdLanguageResult result;

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);

  /* The defaults know Spanish. */
  defaults = fd_language_get_default_detector (&error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains (fd_language_detector_get_languages (defaults), "es"));
  g_assert_true (fd_language_detector_detect (defaults, spanish, NULL, NULL, &result));
  g_assert_cmpstr (result.lang, ==, "es");
  g_assert_cmpstr (import_post (store, "@lucia@example.social", "1", spanish, NULL), ==, "es");
  g_assert_cmpstr (stored_lang (store, "SELECT lang FROM customers"), ==, "es");

  /* Scored on the importer's thread now, stored after the change below. */
  scored_before = fd_test_message ("mastodon", "4", "@lucia@example.social", spanish, 1700000100);
  _fd_language_precompute (scored_before);
  g_assert_nonnull (scored_before->language_scores);

  /* A business that expects English and German. */
  g_assert_true (fd_language_set_business_languages (english_german, &error));
  g_assert_no_error (error);
  chosen = fd_language_get_default_detector (&error);
  g_assert_no_error (error);
  g_assert_true (chosen != defaults);
  g_assert_true (g_strv_equal (fd_language_detector_get_languages (chosen), english_german));

  /* Spanish is no longer an answer; German still is. A detector taken
   * before the change keeps working as it was. */
  g_assert_false (fd_language_detector_detect (chosen, spanish, NULL, NULL, &result) &&
                  g_strcmp0 (result.lang, "es") == 0);
  g_assert_true (fd_language_detector_detect (chosen, german, NULL, NULL, &result));
  g_assert_cmpstr (result.lang, ==, "de");
  g_assert_true (fd_language_detector_detect (defaults, spanish, NULL, NULL, &result));
  g_assert_cmpstr (result.lang, ==, "es");

  /* On import: detection picks from the new list, and scores made with
   * the old one are not trusted. A channel's own tag outside the list is
   * kept: the detector cannot judge it. */
  g_assert_cmpstr (import_post (store, "@lucia@example.social", "2", german, NULL), ==, "de");
  g_assert_cmpstr (import_post (store, "@lucia@example.social", "3", spanish, NULL), !=, "es");
  {
    g_autoptr(GError) insert_error = NULL;
    g_autoptr(FdMessage) message = NULL;
    gint64 id = 0;

    g_assert_cmpint (fd_ingest_message (store, scored_before, &id, &insert_error), ==, FD_INSERT_ADDED);
    g_assert_no_error (insert_error);
    message = fd_store_get_message (store, id, &insert_error);
    g_assert_no_error (insert_error);
    g_assert_cmpstr (fd_language_normalize (fd_message_get_lang (message)), !=, "es");
  }
  g_assert_cmpstr (import_post (store, "@lucia@example.social", "5", spanish, "es"), ==, "es");

  /* A new customer writing Spanish is not taken for one who usually
   * writes it: the composer will not offer to answer in Spanish. */
  import_post (store, "@pablo@example.social", "7", spanish, NULL);
  g_assert_cmpstr (stored_lang (store, "SELECT c.lang FROM customers c JOIN identities i ON i.customer_id = c.id"
                                       " WHERE i.handle = '@pablo@example.social'"), !=, "es");

  /* A list with a mistake is refused, with the reason, and the list in
   * use stays. */
  g_assert_false (fd_language_set_business_languages (misspelt, &error));
  g_assert_error (error, FD_LANGUAGE_ERROR, FD_LANGUAGE_ERROR_UNKNOWN_LANGUAGE);
  g_assert_nonnull (strstr (error->message, "espanol"));
  g_clear_error (&error);
  g_clear_pointer (&chosen, fd_language_detector_unref);
  chosen = fd_language_get_default_detector (&error);
  g_assert_no_error (error);
  g_assert_true (g_strv_equal (fd_language_detector_get_languages (chosen), english_german));

  /* NULL: back to the defaults. */
  g_assert_true (fd_language_set_business_languages (NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&chosen, fd_language_detector_unref);
  chosen = fd_language_get_default_detector (&error);
  g_assert_no_error (error);
  g_assert_true (g_strv_equal (fd_language_detector_get_languages (chosen), (const char * const *) default_codes));
  g_assert_cmpstr (import_post (store, "@lucia@example.social", "6", spanish, NULL), ==, "es");

  g_clear_object (&store);
  fd_test_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/language/clean", test_clean);
  g_test_add_func ("/language/normalize", test_normalize);
  g_test_add_func ("/language/defaults", test_defaults);
  g_test_add_func ("/language/accuracy", test_accuracy);
  g_test_add_func ("/language/short-posts", test_short_posts);
  g_test_add_func ("/language/hint-and-prior", test_hint_and_prior);
  g_test_add_func ("/language/cost", test_cost);
  g_test_add_func ("/language/store", test_store);
  g_test_add_func ("/language/business-languages", test_business_languages);

  return g_test_run ();
}
