/* test-composer-translation.c: the reply box's "write in my language,
 * send in the customer's", without the box: what is offered, why it is
 * off, and that the text sent is always the translation of the text as
 * written now, never of an earlier one. A LibreTranslate stand-in
 * translates "hello" into Spanish as "[es] hello".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-composer-translation.h"
#include "fd-ingest.h"
#include "fd-libretranslate-translator.h"
#include "fd-test-network-monitor.h"
#include "fd-test-util.h"
#include "translation-stand-ins.h"

typedef struct
{
  char                  *dir;
  FdStore               *store;
  StandIn               *server;
  FdTestNetworkMonitor  *monitor;
  FdTranslationManager  *manager;
  FdComposerTranslation *translation;
  gint64                 conversation_id;
  guint                  n_changed;
  GError                *failure;
} Fixture;

static void
changed_cb (FdComposerTranslation *translation,
            Fixture               *f)
{
  f->n_changed++;
}

static void
failed_cb (FdComposerTranslation *translation,
           const GError          *error,
           Fixture               *f)
{
  g_clear_error (&f->failure);
  f->failure = g_error_copy (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdLibretranslateTranslator) engine = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  f->server = stand_in_new (NULL);
  f->monitor = fd_test_network_monitor_new ();
  fd_test_network_monitor_set_available (f->monitor, TRUE);
  f->manager = fd_translation_manager_new (f->store, G_NETWORK_MONITOR (f->monitor));
  engine = fd_libretranslate_translator_new (stand_in_get_url (f->server), NULL);
  fd_translation_manager_add_engine (f->manager, FD_TRANSLATOR (engine));

  /* The customer's message: its conversation keeps the draft's versions. */
  {
    g_autoptr(FdParsedMessage) msg = fd_test_message ("email", "<q@example.es>", "ana@example.es",
                                                      "¿Dónde está mi pedido?", 1700000000);
    g_autoptr(FdMessage) message = NULL;
    gint64 id = 0;

    g_assert_cmpint (fd_ingest_message (f->store, msg, &id, &error), ==, FD_INSERT_ADDED);
    g_assert_no_error (error);
    message = fd_store_get_message (f->store, id, &error);
    g_assert_no_error (error);
    f->conversation_id = fd_message_get_conversation_id (message);
  }

  f->translation = fd_composer_translation_new ();
  g_signal_connect (f->translation, "changed", G_CALLBACK (changed_cb), f);
  g_signal_connect (f->translation, "failed", G_CALLBACK (failed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* Gone with its last reference: what it had under way is cancelled
   * and reports to no one. */
  {
    GWeakRef ref;

    g_weak_ref_init (&ref, f->translation);
    g_clear_object (&f->translation);
    g_assert_null (g_weak_ref_get (&ref));
    g_weak_ref_clear (&ref);
  }
  g_clear_object (&f->manager);
  g_clear_object (&f->monitor);
  g_clear_pointer (&f->server, stand_in_free);
  g_clear_object (&f->store);
  g_clear_error (&f->failure);
  fd_test_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

typedef gboolean (*Condition) (Fixture *f);

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
wait_for (Fixture   *f,
          Condition  condition)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  /* Wakes the loop up now and then, so that the deadline is seen. */
  guint tick = g_timeout_add (50, wake_cb, NULL);

  while (!condition (f) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);

  return condition (f);
}

static gboolean
available (Fixture *f)
{
  return fd_composer_translation_get_offered (f->translation) &&
         fd_composer_translation_get_unavailable (f->translation) == NULL &&
         f->n_changed >= 2;
}

static gboolean
translated (Fixture *f)
{
  return fd_composer_translation_get_translated (f->translation) != NULL &&
         !fd_composer_translation_get_busy (f->translation);
}

static gboolean
failed (Fixture *f)
{
  return f->failure != NULL;
}

static gboolean
unavailable (Fixture *f)
{
  return fd_composer_translation_get_unavailable (f->translation) != NULL;
}

/* Offered only where it means something. */
static void
test_offered (Fixture       *f,
              gconstpointer  data)
{
  fd_composer_translation_set_languages (f->translation, NULL, "en", "es");
  g_assert_false (fd_composer_translation_get_offered (f->translation));
  fd_composer_translation_set_languages (f->translation, f->manager, "en", "en-GB");
  g_assert_false (fd_composer_translation_get_offered (f->translation));
  fd_composer_translation_set_languages (f->translation, f->manager, "en", NULL);
  g_assert_false (fd_composer_translation_get_offered (f->translation));

  fd_composer_translation_set_languages (f->translation, f->manager, "en", "es");
  g_assert_true (fd_composer_translation_get_offered (f->translation));
  g_assert_cmpstr (fd_composer_translation_get_customer_lang (f->translation), ==, "es");
  /* The engine's pairs are not known yet: it counts as able meanwhile. */
  g_assert_null (fd_composer_translation_get_unavailable (f->translation));
  g_assert_true (wait_for (f, available));

  /* Not chosen: what is written is what is sent. */
  g_assert_false (fd_composer_translation_get_active (f->translation));
  {
    g_autofree char *sent = fd_composer_translation_dup_sent (f->translation, "  hello \n");

    g_assert_cmpstr (sent, ==, "hello");
  }

  fd_composer_translation_withdraw (f->translation);
  g_assert_false (fd_composer_translation_get_offered (f->translation));
}

/* The text sent is the translation of the text as written now. */
static void
test_written_and_sent (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *sent = NULL;
  g_autofree char *stale = NULL;
  g_autoptr(FdDraftTranslation) stored = NULL;
  g_autoptr(GError) error = NULL;

  fd_composer_translation_set_languages (f->translation, f->manager, "en", "es");
  g_assert_true (wait_for (f, available));
  fd_composer_translation_set_chosen (f->translation, TRUE);
  g_assert_true (fd_composer_translation_get_active (f->translation));

  fd_composer_translation_set_written (f->translation, f->conversation_id, "hello");
  /* Not translated yet: nothing can be sent. */
  before = fd_composer_translation_dup_sent (f->translation, "hello");
  g_assert_null (before);

  g_assert_true (wait_for (f, translated));
  g_assert_no_error (f->failure);
  sent = fd_composer_translation_dup_sent (f->translation, "hello");
  g_assert_cmpstr (sent, ==, "[es] hello");
  g_assert_nonnull (fd_composer_translation_get_back_translated (f->translation));

  /* Both versions are kept with the conversation. */
  stored = fd_translation_manager_get_draft_translation (f->manager, f->conversation_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
  g_assert_cmpstr (stored->translated, ==, "[es] hello");

  /* Written on: the translation of "hello" is not sent for "hello again". */
  fd_composer_translation_set_written (f->translation, f->conversation_id, "hello again");
  stale = fd_composer_translation_dup_sent (f->translation, "hello again");
  g_assert_null (stale);

  /* Sent, the translation is forgotten. */
  fd_composer_translation_reset (f->translation);
  g_assert_null (fd_composer_translation_get_translated (f->translation));
  g_assert_false (fd_composer_translation_get_busy (f->translation));
}

/* No engine translates the pair: off, with a sentence that says what to
 * do; chosen or not, the text is not sent untranslated as if translated. */
static void
test_unavailable (Fixture       *f,
                  gconstpointer  data)
{
  fd_composer_translation_set_languages (f->translation, f->manager, "en", "ja");
  fd_composer_translation_set_chosen (f->translation, TRUE);
  g_assert_true (wait_for (f, unavailable));
  g_assert_nonnull (strstr (fd_composer_translation_get_unavailable (f->translation), "Preferences"));
  g_assert_false (fd_composer_translation_get_active (f->translation));
}

static void
test_failure (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *sent = NULL;

  fd_composer_translation_set_languages (f->translation, f->manager, "en", "es");
  g_assert_true (wait_for (f, available));
  stand_in_set_mode (f->server, STAND_IN_ERROR_500);
  fd_composer_translation_set_chosen (f->translation, TRUE);
  fd_composer_translation_set_written (f->translation, f->conversation_id, "hello");

  g_assert_true (wait_for (f, failed));
  g_assert_null (fd_composer_translation_get_translated (f->translation));
  g_assert_false (fd_composer_translation_get_busy (f->translation));
  sent = fd_composer_translation_dup_sent (f->translation, "hello");
  g_assert_null (sent);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/composer-translation/offered", test_offered);
  ADD ("/composer-translation/written-and-sent", test_written_and_sent);
  ADD ("/composer-translation/unavailable", test_unavailable);
  ADD ("/composer-translation/failure", test_failure);

#undef ADD

  return g_test_run ();
}
