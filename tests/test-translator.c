/* test-translator.c: translation engines and the manager.
 *
 * Real Apertium (Debian's pairs, through a real apertium-apy bound to
 * 127.0.0.1), stand-in LibreTranslate, DeepL and Mastodon servers
 * (translation-stand-ins.c), and a network monitor double.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "fd-apertium-translator.h"
#include "fd-apy-translator.h"
#include "fd-deepl-translator.h"
#include "fd-ingest.h"
#include "fd-libretranslate-translator.h"
#include "providers/mastodon/fd-mastodon-translator.h"
#include "fd-store-private.h"
#include "fd-test-missing.h"
#include "fd-test-network-monitor.h"
#include "fd-test-util.h"
#include "fd-translation-manager.h"
#include "fd-translator-private.h"
#include "translation-stand-ins.h"

#define APERTIUM_PACKAGES "apertium apertium-apy apertium-eng-spa apertium-fr-es apertium-spa-cat"

/* One Apertium engine for the whole run: its APy server starts once. */
static FdApertiumTranslator *apertium;

/* Helpers */

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static char *
translate (FdTranslator  *engine,
           const char    *text,
           const char    *from,
           const char    *to,
           GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  fd_translator_translate_async (engine, text, from, to, NULL, result_cb, &result);
  return fd_translator_translate_finish (engine, wait_for (&result), error);
}

static FdTranslation *
manager_translate (FdTranslationManager  *manager,
                   const char            *text,
                   const char            *from,
                   const char            *to,
                   GError               **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  fd_translation_manager_translate_async (manager, text, from, to, NULL, NULL, result_cb, &result);
  return fd_translation_manager_translate_finish (manager, wait_for (&result), error);
}

static gboolean
have_apertium (void)
{
  if (apertium == NULL)
    apertium = fd_apertium_translator_new ();

  if (!fd_apertium_translator_is_available (apertium))
    {
      fd_test_missing ("Apertium with its language pairs is not installed (packages " APERTIUM_PACKAGES ")");
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  char    *dir;
  FdStore *store;
} Profile;

static Profile *
profile_new (void)
{
  Profile *profile = g_new0 (Profile, 1);
  g_autoptr(GError) error = NULL;

  profile->dir = g_dir_make_tmp ("fd-test-translator-XXXXXX", &error);
  g_assert_no_error (error);
  profile->store = fd_store_open (profile->dir, &error);
  g_assert_no_error (error);
  return profile;
}

static void
profile_free (Profile *profile)
{
  g_autofree char *db = g_build_filename (profile->dir, FD_STORE_DB_NAME, NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_clear_object (&profile->store);
  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (profile->dir);
  g_free (profile->dir);
  g_free (profile);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Profile, profile_free)

static gint64
add_message (FdStore    *store,
             const char *channel,
             const char *remote_id,
             const char *text,
             const char *lang)
{
  g_autoptr(FdParsedMessage) msg = fd_parsed_message_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  msg->channel = g_strdup (channel);
  msg->remote_id = g_strdup (remote_id);
  msg->author_handle = g_strdup ("@lucia@example.social");
  msg->text = g_strdup (text);
  msg->lang = g_strdup (lang);
  msg->created_at = 1700000000;
  g_assert_cmpint (fd_ingest_message (store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  return id;
}

/* TRUE if something listens on @port on 127.0.0.1 and nothing on any
 * other address (reads /proc/net/tcp and tcp6). */
static gboolean
listens_on_loopback_only (guint port)
{
  static const char * const files[] = { "/proc/net/tcp", "/proc/net/tcp6" };
  g_autofree char *hex_port = g_strdup_printf (":%04X ", port);
  gboolean loopback = FALSE;

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *data = NULL;
      g_auto(GStrv) lines = NULL;

      if (!g_file_get_contents (files[f], &data, NULL, NULL))
        continue;
      lines = g_strsplit (data, "\n", -1);
      for (guint i = 1; lines[i] != NULL; i++)
        {
          g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
          g_autofree char *local = NULL;
          guint n = 0;
          const char *local_address = NULL;
          const char *state = NULL;

          for (guint j = 0; fields[j] != NULL; j++)
            {
              if (*fields[j] == '\0')
                continue;
              if (n == 1)
                local_address = fields[j];
              else if (n == 3)
                state = fields[j];
              n++;
            }
          if (local_address == NULL || state == NULL || !g_str_equal (state, "0A"))
            continue;
          local = g_strconcat (local_address, " ", NULL);
          if (!g_str_has_suffix (local, hex_port))
            continue;
          if (g_str_has_prefix (local_address, "0100007F:"))
            loopback = TRUE;
          else
            return FALSE;
        }
    }

  return loopback;
}

/* An engine that counts the calls it gets and hands them to real Apertium. */

#define TEST_TYPE_COUNTING_ENGINE (test_counting_engine_get_type ())
G_DECLARE_FINAL_TYPE (TestCountingEngine, test_counting_engine, TEST, COUNTING_ENGINE, GObject)

struct _TestCountingEngine
{
  GObject       parent_instance;
  FdTranslator *inner;
  guint         n_calls;
};

static void counting_iface_init (FdTranslatorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestCountingEngine, test_counting_engine, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_TRANSLATOR, counting_iface_init))

static const char *
counting_get_name (FdTranslator *translator)
{
  return "counting";
}

static const char *
counting_get_display_name (FdTranslator *translator)
{
  return "Counting Apertium";
}

static gboolean
counting_is_local (FdTranslator *translator)
{
  return TRUE;
}

static void
counting_forward_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *text = fd_translator_translate_finish (FD_TRANSLATOR (object), result, &error);

  if (text == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, text, g_free);
}

static void
counting_pairs_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  GPtrArray *pairs = fd_translator_load_pairs_finish (FD_TRANSLATOR (object), result, &error);

  if (pairs == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_ptr_array_ref (pairs), (GDestroyNotify) g_ptr_array_unref);
  g_clear_pointer (&pairs, g_ptr_array_unref);
}

static void
counting_load_pairs_async (FdTranslator        *translator,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  TestCountingEngine *self = TEST_COUNTING_ENGINE (translator);

  fd_translator_load_pairs_async (self->inner, cancellable, counting_pairs_cb,
                                  g_task_new (self, cancellable, callback, user_data));
}

static GPtrArray *
counting_load_pairs_finish (FdTranslator  *translator,
                            GAsyncResult  *result,
                            GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
counting_translate_async (FdTranslator               *translator,
                          const FdTranslationRequest *request,
                          GCancellable               *cancellable,
                          GAsyncReadyCallback         callback,
                          gpointer                    user_data)
{
  TestCountingEngine *self = TEST_COUNTING_ENGINE (translator);

  self->n_calls++;
  fd_translator_translate_request_async (self->inner, request, cancellable, counting_forward_cb,
                                         g_task_new (self, cancellable, callback, user_data));
}

static char *
counting_translate_finish (FdTranslator  *translator,
                           GAsyncResult  *result,
                           GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
counting_iface_init (FdTranslatorInterface *iface)
{
  iface->get_name = counting_get_name;
  iface->get_display_name = counting_get_display_name;
  iface->is_local = counting_is_local;
  iface->load_pairs_async = counting_load_pairs_async;
  iface->load_pairs_finish = counting_load_pairs_finish;
  iface->translate_async = counting_translate_async;
  iface->translate_finish = counting_translate_finish;
}

static void
test_counting_engine_finalize (GObject *object)
{
  g_clear_object (&TEST_COUNTING_ENGINE (object)->inner);
  G_OBJECT_CLASS (test_counting_engine_parent_class)->finalize (object);
}

static void
test_counting_engine_class_init (TestCountingEngineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_counting_engine_finalize;
}

static void
test_counting_engine_init (TestCountingEngine *self)
{
}

/* Apertium */

static void
test_apertium_local (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  const char *url;
  const char *via = NULL;
  guint64 port;
  gint64 start;

  if (!have_apertium ())
    return;

  g_assert_true (fd_translator_is_local (FD_TRANSLATOR (apertium)));
  fd_translator_load_pairs_async (FD_TRANSLATOR (apertium), NULL, result_cb, &result);
  pairs = fd_translator_load_pairs_finish (FD_TRANSLATOR (apertium), wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, >=, 6);

  g_assert_true (fd_translator_can_translate (FD_TRANSLATOR (apertium), "en", "es", &via));
  g_assert_null (via);
  g_assert_true (fd_translator_can_translate (FD_TRANSLATOR (apertium), "fr", "en", &via));
  g_assert_cmpstr (via, ==, "es");

  /* The first call starts apertium-apy and its pipeline. */
  start = g_get_monotonic_time ();
  text = translate (FD_TRANSLATOR (apertium), "Where is my order?", "en", "es", &error);
  g_assert_no_error (error);
  g_printerr ("en→es first call (starts APy): %.0f ms: %s\n",
              (g_get_monotonic_time () - start) / 1000.0, text);
  g_assert_nonnull (strstr (text, "Dónde"));
  g_clear_pointer (&text, g_free);

  start = g_get_monotonic_time ();
  text = translate (FD_TRANSLATOR (apertium), "The package has not arrived.", "en", "es", &error);
  g_assert_no_error (error);
  g_printerr ("en→es second call: %.0f ms: %s\n", (g_get_monotonic_time () - start) / 1000.0, text);
  g_assert_nonnull (strstr (text, "llegado"));
  g_clear_pointer (&text, g_free);

  /* French to English has no pair: through Spanish. */
  text = translate (FD_TRANSLATOR (apertium), "Bonjour, merci beaucoup", "fr", "en", &error);
  g_assert_no_error (error);
  g_printerr ("fr→es→en: %s\n", text);
  g_assert_true (strstr (text, "Thank") != NULL || strstr (text, "thank") != NULL);

  /* The server is ours, on the loopback only. */
  url = fd_apertium_translator_get_server_url (apertium);
  g_assert_nonnull (url);
  g_assert_true (g_str_has_prefix (url, "http://127.0.0.1:"));
  g_assert_true (g_ascii_string_to_unsigned (url + strlen ("http://127.0.0.1:"), 10, 1, 65535, &port, NULL));
  g_assert_true (listens_on_loopback_only ((guint) port));
}

/* The marks Apertium puts on words never reach the user, and the text's
 * own "#" and "@" neither break the translation nor get lost. */
static void
test_apertium_marks (void)
{
  const char *source = "@AcmeShop my order from Xyzzyblorp has not arrived #fail";
  g_autoptr(FdApertiumTranslator) engine = NULL;
  g_autoptr(GError) error = NULL;

  /* What the clean-up does with each mark. */
  {
    g_autofree char *a = _fd_translator_clean_apertium_marks ("I want the frobnicated widget",
                                                              "Quiero el *frobnicated #artilugio @widget");
    g_autofree char *b = _fd_translator_clean_apertium_marks ("@AcmeShop #fail he mustn't",
                                                              "@*AcmeShop #fallar él *mustn'*t");
    g_autofree char *c = _fd_translator_clean_apertium_marks ("Hi @ana, @bob and you", "Hola @ana, @bob y #tú");
    g_autofree char *d = _fd_translator_clean_apertium_marks ("2 * 3 = 6, room #4", "2 * 3 = 6, habitación #4");

    g_assert_cmpstr (a, ==, "Quiero el frobnicated artilugio widget");
    g_assert_cmpstr (b, ==, "@AcmeShop #fallar él mustn't");
    g_assert_cmpstr (c, ==, "Hola @ana, @bob y tú");
    g_assert_cmpstr (d, ==, "2 * 3 = 6, habitación #4");
  }

  if (!have_apertium ())
    return;

  /* Through apertium-apy, and one `apertium` process per call. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *text = NULL;

      if (i == 1)
        {
          g_setenv ("FRONTDESK_APERTIUM_NO_APY", "1", TRUE);
          engine = fd_apertium_translator_new ();
          g_unsetenv ("FRONTDESK_APERTIUM_NO_APY");
        }

      text = translate (FD_TRANSLATOR (i == 0 ? apertium : engine), source, "en", "es", &error);
      g_assert_no_error (error);
      g_printerr ("%s: %s\n", i == 0 ? "APy" : "apertium", text);
      g_assert_null (strchr (text, '*'));
      g_assert_nonnull (strstr (text, "@AcmeShop"));
      g_assert_nonnull (strstr (text, "Xyzzyblorp"));
      g_assert_nonnull (strstr (text, "llegado"));
      g_assert_nonnull (strchr (text, '#'));
    }
}

typedef struct {
  guint         *n_done;
  FdTranslation *translation;
  GError        *error;
} Slot;

static void
slot_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Slot *slot = user_data;

  slot->translation = fd_translation_manager_translate_finish (FD_TRANSLATION_MANAGER (object),
                                                               result, &slot->error);
  (*slot->n_done)++;
}

static void
slot_clear (Slot *slot)
{
  g_clear_pointer (&slot->translation, fd_translation_free);
  g_clear_error (&slot->error);
}

/* Two identical requests in flight share one engine call; a different
 * one makes its own, and one whose caller gave up does not cost the other
 * its answer. */
static void
test_manager_shared_calls (void)
{
  g_autoptr(Profile) profile = profile_new ();
  g_autoptr(FdTestNetworkMonitor) monitor = fd_test_network_monitor_new ();
  g_autoptr(FdTranslationManager) manager = fd_translation_manager_new (profile->store, G_NETWORK_MONITOR (monitor));
  g_autoptr(TestCountingEngine) counting = g_object_new (TEST_TYPE_COUNTING_ENGINE, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  guint n_done = 0;
  Slot slots[3] = { { &n_done, }, { &n_done, }, { &n_done, } };

  if (!have_apertium ())
    return;

  counting->inner = g_object_ref (FD_TRANSLATOR (apertium));
  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (counting));

  for (guint i = 0; i < 2; i++)
    fd_translation_manager_translate_async (manager, "Your parcel left our shop today.", "en", "es",
                                            NULL, NULL, slot_cb, &slots[i]);
  while (n_done < 2)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (counting->n_calls, ==, 1);
  g_assert_no_error (slots[0].error);
  g_assert_no_error (slots[1].error);
  g_assert_cmpstr (slots[0].translation->text, ==, slots[1].translation->text);
  g_assert_nonnull (strstr (slots[0].translation->text, "tienda"));
  slot_clear (&slots[0]);
  slot_clear (&slots[1]);

  /* Not the same text: a call of its own. One caller cancels; the other
   * still gets the translation of the call they shared. */
  n_done = 0;
  fd_translation_manager_translate_async (manager, "We are closed on Sunday.", "en", "es",
                                          NULL, cancellable, slot_cb, &slots[0]);
  fd_translation_manager_translate_async (manager, "We are closed on Sunday.", "en", "es",
                                          NULL, NULL, slot_cb, &slots[1]);
  fd_translation_manager_translate_async (manager, "We are open on Monday.", "en", "es",
                                          NULL, NULL, slot_cb, &slots[2]);
  g_cancellable_cancel (cancellable);
  while (n_done < 3)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (counting->n_calls, ==, 3);
  g_assert_error (slots[0].error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (slots[0].translation);
  g_assert_no_error (slots[1].error);
  g_assert_nonnull (strstr (slots[1].translation->text, "domingo"));
  g_assert_no_error (slots[2].error);
  g_assert_nonnull (strstr (slots[2].translation->text, "lunes"));
  for (guint i = 0; i < 3; i++)
    slot_clear (&slots[i]);
}

static void
test_apertium_missing_pair (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!have_apertium ())
    return;

  text = translate (FD_TRANSLATOR (apertium), "Bonjour", "fr", "de", &error);
  g_assert_null (text);
  g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NO_PAIR);
  g_printerr ("%s\n", error->message);
  g_assert_nonnull (strstr (error->message, "French"));
  g_assert_nonnull (strstr (error->message, "German"));
  g_assert_nonnull (strstr (error->message, "apt-cache search apertium-deu"));
  g_clear_error (&error);

  /* No source language: Apertium cannot guess. */
  text = translate (FD_TRANSLATOR (apertium), "Bonjour", NULL, "es", &error);
  g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NO_SOURCE);
}

static void
test_apertium_without_apy (void)
{
  g_autoptr(FdApertiumTranslator) engine = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!have_apertium ())
    return;

  /* One `apertium` process per call: what runs without apertium-apy. */
  g_setenv ("FRONTDESK_APERTIUM_NO_APY", "1", TRUE);
  engine = fd_apertium_translator_new ();
  text = translate (FD_TRANSLATOR (engine), "Thank you", "en", "es", &error);
  g_unsetenv ("FRONTDESK_APERTIUM_NO_APY");
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Gracias"));
  g_assert_null (fd_apertium_translator_get_server_url (engine));
}

static void
test_apy_server (void)
{
  g_autoptr(FdApyTranslator) apy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *warmup = NULL;
  g_autoptr(FdApyTranslator) nowhere = NULL;

  if (!have_apertium ())
    return;

  /* A real apertium-apy on the loopback: the one the local engine runs. */
  if (fd_apertium_translator_get_server_url (apertium) == NULL)
    {
      warmup = translate (FD_TRANSLATOR (apertium), "Hello", "en", "es", &error);
      g_assert_no_error (error);
    }
  g_assert_nonnull (fd_apertium_translator_get_server_url (apertium));

  apy = fd_apy_translator_new (fd_apertium_translator_get_server_url (apertium));
  g_assert_false (fd_translator_is_local (FD_TRANSLATOR (apy)));
  text = translate (FD_TRANSLATOR (apy), "Gracias por todo", "es", "ca", &error);
  g_assert_no_error (error);
  g_printerr ("APy es→ca: %s\n", text);
  g_assert_nonnull (strstr (text, "Gràcies"));
  g_assert_nonnull (fd_translator_get_pairs (FD_TRANSLATOR (apy)));

  /* Nobody listens there: a readable network error. */
  nowhere = fd_apy_translator_new ("http://127.0.0.1:9");
  g_clear_pointer (&text, g_free);
  text = translate (FD_TRANSLATOR (nowhere), "Hola", "es", "en", &error);
  g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NETWORK);
  g_assert_nonnull (strstr (error->message, "127.0.0.1:9"));
}

/* A folder a customer's attachment or a download could have put where
 * Frontdesk happens to run: Python modules that APy imports (tornado),
 * one that every Python runs (sitecustomize) and a program the Apertium
 * pipeline runs (lt-proc). Each writes @marker when it runs. */
static char *
make_trap_dir (const char *marker)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *tornado = g_build_filename (dir, "tornado", NULL);
  g_autofree char *bin = g_build_filename (dir, "bin", NULL);
  g_autofree char *python = g_strdup_printf ("open(%s, 'a').write(__name__ + '\\n')\n", marker);
  g_autofree char *module = g_build_filename (tornado, "__init__.py", NULL);
  g_autofree char *site = g_build_filename (dir, "sitecustomize.py", NULL);
  g_autofree char *program = g_build_filename (bin, "lt-proc", NULL);
  g_autofree char *shell = g_strdup_printf ("#!/bin/sh\necho lt-proc >> %s\nexec /usr/bin/lt-proc \"$@\"\n", marker);

  g_assert_cmpint (g_mkdir (tornado, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (bin, 0700), ==, 0);
  g_assert_true (g_file_set_contents (module, python, -1, NULL));
  g_assert_true (g_file_set_contents (site, python, -1, NULL));
  g_assert_true (g_file_set_contents (program, shell, -1, NULL));
  g_assert_cmpint (g_chmod (program, 0700), ==, 0);
  return g_steal_pointer (&dir);
}

static void
assert_no_marker (const char *marker)
{
  g_autofree char *ran = NULL;

  if (g_file_get_contents (marker, &ran, NULL, NULL))
    g_error ("a planted file ran in a child of the Apertium engine: %s", ran);
}

static void
test_apertium_child_isolation (void)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *marker_dir = fd_test_make_data_dir ();
  g_autofree char *marker = g_build_filename (marker_dir, "ran", NULL);
  g_autofree char *quoted = g_strdup_printf ("'%s'", marker);
  g_autofree char *trap = make_trap_dir (quoted);
  g_autofree char *trap_bin = g_build_filename (trap, "bin", NULL);
  g_autofree char *old_path = g_strdup (g_getenv ("PATH"));
  g_autofree char *path = g_strdup_printf ("%s:%s", trap_bin, old_path ? old_path : "/usr/bin:/bin");

  if (!have_apertium ())
    return;
  if (!g_file_test ("/usr/lib/python3/dist-packages/apertium_apy", G_FILE_TEST_IS_DIR))
    {
      fd_test_missing ("apertium-apy is not installed (packages " APERTIUM_PACKAGES ")");
      return;
    }

  /* APy started from inside the trap, with the trap on PYTHONPATH and PATH. */
  g_assert_cmpint (g_chdir (trap), ==, 0);
  g_setenv ("PYTHONPATH", trap, TRUE);
  g_setenv ("PATH", path, TRUE);

  for (guint with_apy = 0; with_apy < 2; with_apy++)
    {
      g_autoptr(FdApertiumTranslator) engine = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      if (!with_apy)
        g_setenv ("FRONTDESK_APERTIUM_NO_APY", "1", TRUE);
      engine = fd_apertium_translator_new ();
      text = translate (FD_TRANSLATOR (engine), "Thank you", "en", "es", &error);
      g_unsetenv ("FRONTDESK_APERTIUM_NO_APY");

      g_assert_no_error (error);
      g_assert_nonnull (strstr (text, "Gracias"));
      assert_no_marker (marker);
      /* The real APy answered, not the fallback. */
      if (with_apy)
        g_assert_nonnull (fd_apertium_translator_get_server_url (engine));
      fd_apertium_translator_stop (engine);
    }

  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_unsetenv ("PYTHONPATH");
  g_setenv ("PATH", old_path, TRUE);
  fd_test_rmdir (trap);
  fd_test_rmdir (marker_dir);
}

/* Online engines against stand-ins */

static void
test_libretranslate (void)
{
  g_autoptr(StandIn) server = stand_in_new ("secret-key");
  g_autoptr(FdLibretranslateTranslator) good = fd_libretranslate_translator_new (stand_in_get_url (server), "secret-key");
  g_autoptr(FdLibretranslateTranslator) bad = fd_libretranslate_translator_new (stand_in_get_url (server), "wrong");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = translate (FD_TRANSLATOR (good), "hello", "en", "es", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "[es] hello");
  g_assert_true (fd_translator_can_translate (FD_TRANSLATOR (good), "de", "fr", NULL));
  g_clear_pointer (&text, g_free);

  /* The server detects the source. */
  text = translate (FD_TRANSLATOR (good), "hello", NULL, "fr", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "[fr] hello");

  /* /languages is public, /translate wants the key. */
  g_clear_pointer (&text, g_free);
  text = translate (FD_TRANSLATOR (bad), "hello", "en", "es", &error);
  g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_AUTH);
  g_printerr ("%s\n", error->message);
  g_assert_nonnull (strstr (error->message, "Invalid API key"));
}

static void
test_deepl (void)
{
  g_autoptr(StandIn) server = stand_in_new ("abc:fx");
  g_autoptr(FdDeeplTranslator) good = fd_deepl_translator_new ("abc:fx", stand_in_get_url (server));
  g_autoptr(FdDeeplTranslator) bad = fd_deepl_translator_new ("nope", stand_in_get_url (server));
  g_autoptr(FdDeeplTranslator) free_key = fd_deepl_translator_new ("k:fx", NULL);
  g_autoptr(FdDeeplTranslator) pro_key = fd_deepl_translator_new ("k", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpstr (fd_deepl_translator_get_url (free_key), ==, "https://api-free.deepl.com");
  g_assert_cmpstr (fd_deepl_translator_get_url (pro_key), ==, "https://api.deepl.com");

  text = translate (FD_TRANSLATOR (good), "hola", "es", "en", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "[EN-US] hola");

  g_clear_pointer (&text, g_free);
  text = translate (FD_TRANSLATOR (bad), "hola", "es", "en", &error);
  g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_AUTH);
  g_printerr ("%s\n", error->message);
  g_assert_nonnull (strstr (error->message, "DeepL"));
  g_assert_nonnull (strstr (error->message, "key"));
}

/* A server on the loopback that sends every request on to plain http://
 * elsewhere. */
static void
redirect_elsewhere_cb (SoupServer        *server,
                       SoupServerMessage *msg,
                       const char        *path,
                       GHashTable        *query,
                       gpointer           user_data)
{
  g_autofree char *target = g_strconcat ("http://translate.example", path, NULL);

  soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, target);
}

static void
test_insecure_servers (void)
{
  const char *allowed[] = {
    "https://translate.example", "https://translate.example:8443/api/", "http://127.0.0.1:5000",
    "http://127.8.9.10", "http://localhost:5000", "HTTP://LOCALHOST", "http://[::1]:2737",
  };
  const char *insecure[] = {
    "http://translate.example", "http://translate.example:5000/", "http://10.0.0.2:5000",
    "http://[::2]:5000", "http://127.0.0.1.example.com", "http://localhost.example.com",
    "http://128.0.0.1",
  };
  const char *invalid[] = { "", "translate.example", "ftp://translate.example", "https://" };
  g_autoptr(StandIn) server = stand_in_new ("secret-key");
  g_autoptr(SoupServer) redirector = soup_server_new (NULL, NULL);
  g_autofree char *loopback_name = NULL;
  g_autofree char *redirector_url = NULL;
  GSList *uris;

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (fd_translator_check_server_url (allowed[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (insecure); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (fd_translator_check_server_url (insecure[i], &error));
      g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_INSECURE);
      g_assert_nonnull (strstr (error->message, "https://"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (fd_translator_check_server_url (invalid[i], &error));
      g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED);
    }

  /* Each online engine refuses before anything leaves: the text and the
   * key would travel unencrypted. */
  {
    g_autoptr(FdLibretranslateTranslator) lt = fd_libretranslate_translator_new ("http://translate.example:5000", "secret-key");
    g_autoptr(FdApyTranslator) apy = fd_apy_translator_new ("http://apy.example");
    g_autoptr(FdDeeplTranslator) deepl = fd_deepl_translator_new ("abc:fx", "http://deepl.example");
    FdTranslator *engines[] = { FD_TRANSLATOR (lt), FD_TRANSLATOR (apy), FD_TRANSLATOR (deepl) };

    for (guint i = 0; i < G_N_ELEMENTS (engines); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GAsyncResult) result = NULL;
        g_autofree char *text = NULL;
        g_autoptr(GPtrArray) pairs = NULL;

        text = translate (engines[i], "Mi pedido no ha llegado", "es", "en", &error);
        g_assert_null (text);
        g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_INSECURE);
        g_printerr ("%s\n", error->message);
        g_clear_error (&error);

        fd_translator_load_pairs_async (engines[i], NULL, result_cb, &result);
        pairs = fd_translator_load_pairs_finish (engines[i], wait_for (&result), &error);
        g_assert_null (pairs);
        g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_INSECURE);
      }
  }

  /* Plain http:// to this computer is fine, by name too. */
  {
    g_autoptr(FdLibretranslateTranslator) local = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *text = NULL;

    g_assert_true (g_str_has_prefix (stand_in_get_url (server), "http://127.0.0.1:"));
    loopback_name = g_strconcat ("http://localhost", stand_in_get_url (server) + strlen ("http://127.0.0.1"), NULL);
    local = fd_libretranslate_translator_new (loopback_name, "secret-key");
    text = translate (FD_TRANSLATOR (local), "hello", "en", "es", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (text, ==, "[es] hello");
  }

  /* A server that sends the request on to plain http:// elsewhere is not
   * followed. */
  soup_server_add_handler (redirector, NULL, redirect_elsewhere_cb, NULL, NULL);
  g_assert_true (soup_server_listen_local (redirector, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, NULL));
  uris = soup_server_get_uris (redirector);
  redirector_url = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  {
    g_autoptr(FdLibretranslateTranslator) lt = fd_libretranslate_translator_new (redirector_url, "secret-key");
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GPtrArray) pairs = NULL;
    g_autoptr(GError) error = NULL;

    fd_translator_load_pairs_async (FD_TRANSLATOR (lt), NULL, result_cb, &result);
    pairs = fd_translator_load_pairs_finish (FD_TRANSLATOR (lt), wait_for (&result), &error);
    g_assert_null (pairs);
    g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_INSECURE);
    g_printerr ("%s\n", error->message);
    g_assert_nonnull (strstr (error->message, "http://translate.example"));
    g_assert_null (strstr (error->message, "languages"));
  }
}

static char *
status_for_remote_id (const char *remote_id,
                      gpointer    user_data)
{
  /* The provider stores the post's URL; the server knows its id. */
  if (g_str_equal (remote_id, "https://example.social/@lucia/109876543210"))
    return g_strdup ("109876543210");
  return NULL;
}

static void
test_mastodon (void)
{
  g_autoptr(StandIn) server = stand_in_new ("token123");
  g_autoptr(FdMastodonTranslator) engine = fd_mastodon_translator_new (stand_in_get_url (server), "token123");
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *text = NULL;
  FdTranslationRequest request = {
    "¿Dónde está mi pedido?", "es", "en", "mastodon", "https://example.social/@lucia/109876543210"
  };
  FdTranslationRequest email = { "¿Dónde está mi pedido?", "es", "en", "email", "<a@b>" };

  fd_mastodon_translator_set_status_func (engine, status_for_remote_id, NULL, NULL);
  g_assert_false (fd_translator_accepts (FD_TRANSLATOR (engine), &email));
  g_assert_true (fd_translator_accepts (FD_TRANSLATOR (engine), &request));

  fd_translator_translate_request_async (FD_TRANSLATOR (engine), &request, NULL, result_cb, &result);
  text = fd_translator_translate_finish (FD_TRANSLATOR (engine), wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "[en] Where is my \"order\"?\nThanks");
  g_clear_object (&result);
  g_clear_pointer (&text, g_free);

  /* Plain text cannot go through Mastodon. */
  text = translate (FD_TRANSLATOR (engine), "hola", "es", "en", &error);
  g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NOT_APPLICABLE);
}

/* The manager */

static void
test_manager_fallback (void)
{
  g_autoptr(Profile) profile = profile_new ();
  g_autoptr(FdTestNetworkMonitor) monitor = fd_test_network_monitor_new ();
  g_autoptr(FdTranslationManager) manager = fd_translation_manager_new (profile->store, G_NETWORK_MONITOR (monitor));
  g_autoptr(StandIn) broken = stand_in_new (NULL);
  g_autoptr(StandIn) garbage = stand_in_new (NULL);
  g_autoptr(StandIn) deepl = stand_in_new ("right");
  g_autoptr(StandIn) good = stand_in_new (NULL);
  g_autoptr(FdLibretranslateTranslator) e1 = fd_libretranslate_translator_new (stand_in_get_url (broken), NULL);
  g_autoptr(FdLibretranslateTranslator) e2 = fd_libretranslate_translator_new (stand_in_get_url (garbage), NULL);
  g_autoptr(FdDeeplTranslator) e3 = fd_deepl_translator_new ("wrong", stand_in_get_url (deepl));
  g_autoptr(FdLibretranslateTranslator) e4 = fd_libretranslate_translator_new (stand_in_get_url (good), NULL);
  g_autoptr(FdTranslation) translation = NULL;
  g_autoptr(GError) error = NULL;

  stand_in_set_mode (broken, STAND_IN_ERROR_500);
  stand_in_set_mode (garbage, STAND_IN_BAD_JSON);
  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (e1));
  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (e2));
  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (e3));

  /* 500, not JSON, 403: each a readable error, all of them reported. */
  translation = manager_translate (manager, "Where is my order?", "en", "es", &error);
  g_assert_null (translation);
  g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED);
  g_printerr ("%s\n", error->message);
  g_assert_nonnull (strstr (error->message, "500"));
  g_assert_nonnull (strstr (error->message, "not JSON"));
  g_assert_nonnull (strstr (error->message, "403"));
  g_clear_error (&error);

  /* With a working engine last, it is used. */
  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (e4));
  translation = manager_translate (manager, "Where is my order?", "en", "es", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (translation->text, ==, "[es] Where is my order?");
  g_assert_cmpstr (translation->engine, ==, "libretranslate");
  g_assert_false (translation->cached);
  g_clear_pointer (&translation, fd_translation_free);

  /* Never asked twice: the store answers, also for the same text again. */
  translation = manager_translate (manager, "Where is my order?", "en", "es", &error);
  g_assert_no_error (error);
  g_assert_true (translation->cached);
  g_assert_cmpuint (stand_in_get_n_translations (good), ==, 1);
  g_clear_pointer (&translation, fd_translation_free);

  /* The user's order: the good one first now. */
  {
    const char * const order[] = { "libretranslate", NULL };
    fd_translation_manager_set_order (manager, order);
    g_assert_true (g_ptr_array_index (fd_translation_manager_get_engines (manager), 0) == (gpointer) e1);
  }

  /* An engine by name that is not there. */
  {
    g_autoptr(GAsyncResult) result = NULL;

    fd_translation_manager_translate_async (manager, "x y z", "en", "es", "nosuch", NULL, result_cb, &result);
    translation = fd_translation_manager_translate_finish (manager, wait_for (&result), &error);
    g_assert_null (translation);
    g_assert_nonnull (strstr (error->message, "nosuch"));
  }
}

static void
translation_ready_cb (FdTranslationManager *manager,
                      gint64                message_id,
                      const char           *to,
                      gpointer              user_data)
{
  gint64 *ready = user_data;

  *ready = message_id;
}

static void
test_manager_offline (void)
{
  g_autoptr(Profile) profile = profile_new ();
  g_autoptr(FdTestNetworkMonitor) monitor = fd_test_network_monitor_new ();
  g_autoptr(FdTranslationManager) manager = fd_translation_manager_new (profile->store, G_NETWORK_MONITOR (monitor));
  g_autoptr(StandIn) server = stand_in_new (NULL);
  g_autoptr(FdLibretranslateTranslator) remote = fd_libretranslate_translator_new (stand_in_get_url (server), NULL);
  g_autoptr(FdTranslation) translation = NULL;
  g_autoptr(GError) error = NULL;
  gint64 message_id;
  gint64 ready = -1;

  if (!have_apertium ())
    return;

  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (remote));
  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (apertium));
  g_signal_connect (manager, "translation-ready", G_CALLBACK (translation_ready_cb), &ready);

  message_id = add_message (profile->store, "email", "<1@example.com>",
                            "Meine Bestellung ist immer noch nicht angekommen.", "de");

  fd_test_network_monitor_set_available (monitor, FALSE);
  g_assert_false (fd_translation_manager_is_online (manager));

  /* Offline, Apertium still translates what it can. */
  translation = manager_translate (manager, "Thank you very much", "en", "es", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (translation->engine, ==, "apertium");
  g_clear_pointer (&translation, fd_translation_free);

  /* German needs the network: queued. */
  {
    g_autoptr(GAsyncResult) result = NULL;

    fd_translation_manager_translate_message_async (manager, message_id, "en", NULL, result_cb, &result);
    translation = fd_translation_manager_translate_finish (manager, wait_for (&result), &error);
  }
  g_assert_null (translation);
  g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_OFFLINE);
  g_printerr ("%s\n", error->message);
  g_clear_error (&error);
  g_assert_cmpuint (fd_translation_manager_get_queue_length (manager), ==, 1);
  g_assert_cmpuint (stand_in_get_n_translations (server), ==, 0);

  /* Back online: done without being asked again. */
  fd_test_network_monitor_set_available (monitor, TRUE);
  while (ready < 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (ready, ==, message_id);
  g_assert_cmpuint (fd_translation_manager_get_queue_length (manager), ==, 0);

  translation = fd_translation_manager_lookup_message (manager, message_id, "en", &error);
  g_assert_no_error (error);
  g_assert_nonnull (translation);
  g_assert_cmpstr (translation->text, ==, "[en] Meine Bestellung ist immer noch nicht angekommen.");
  g_assert_cmpstr (translation->from, ==, "de");
}

static gboolean
go_offline_cb (gpointer user_data)
{
  fd_test_network_monitor_set_available (user_data, FALSE);
  return G_SOURCE_REMOVE;
}

static void
test_manager_offline_midway (void)
{
  g_autoptr(Profile) profile = profile_new ();
  g_autoptr(FdTestNetworkMonitor) monitor = fd_test_network_monitor_new ();
  g_autoptr(FdTranslationManager) manager = fd_translation_manager_new (profile->store, G_NETWORK_MONITOR (monitor));
  g_autoptr(StandIn) server = stand_in_new (NULL);
  g_autoptr(FdLibretranslateTranslator) remote = fd_libretranslate_translator_new (stand_in_get_url (server), NULL);
  g_autoptr(FdTranslation) translation = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 message_id;
  gint64 ready = -1;

  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (remote));
  g_signal_connect (manager, "translation-ready", G_CALLBACK (translation_ready_cb), &ready);
  message_id = add_message (profile->store, "bluesky", "at://did:plc:x/app.bsky.feed.post/1",
                            "Ma commande n'est toujours pas arrivée, aidez-moi svp", NULL);

  /* The server holds the answer; the network goes while it waits. */
  stand_in_set_mode (server, STAND_IN_SLOW);
  fd_translation_manager_translate_message_async (manager, message_id, "en", NULL, result_cb, &result);
  while (stand_in_get_n_held (server) == 0)
    g_main_context_iteration (NULL, TRUE);
  g_idle_add (go_offline_cb, monitor);

  translation = fd_translation_manager_translate_finish (manager, wait_for (&result), &error);
  g_assert_null (translation);
  g_assert_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_OFFLINE);
  g_assert_cmpuint (fd_translation_manager_get_queue_length (manager), ==, 1);

  /* The held answer arrives at nobody; back online, it is filled in. */
  stand_in_release (server);
  stand_in_set_mode (server, STAND_IN_OK);
  fd_test_network_monitor_set_available (monitor, TRUE);
  while (ready < 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (ready, ==, message_id);

  translation = fd_translation_manager_lookup_message (manager, message_id, "en", NULL);
  g_assert_nonnull (translation);
  g_assert_cmpstr (translation->from, ==, "fr");
  g_assert_true (g_str_has_prefix (translation->text, "[en] Ma commande"));
}

static void
test_manager_draft (void)
{
  g_autoptr(Profile) profile = profile_new ();
  g_autoptr(FdTestNetworkMonitor) monitor = fd_test_network_monitor_new ();
  g_autoptr(FdTranslationManager) manager = fd_translation_manager_new (profile->store, G_NETWORK_MONITOR (monitor));
  g_autoptr(FdDraftTranslation) draft = NULL;
  g_autoptr(FdDraftTranslation) stored = NULL;
  g_autoptr(FdMessage) message = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 message_id;

  if (!have_apertium ())
    return;

  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (apertium));
  message_id = add_message (profile->store, "mastodon", "https://example.social/@lucia/1",
                            "Hola, mi pedido todavía no ha llegado y ya van dos semanas", NULL);
  message = fd_store_get_message (profile->store, message_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fd_message_get_lang (message), ==, "es");

  /* Write in English, send in Spanish, read it back in English. */
  fd_translation_manager_translate_draft_async (manager, fd_message_get_conversation_id (message),
                                                "We are sorry. Your order will arrive tomorrow.",
                                                "en", fd_message_get_lang (message),
                                                NULL, result_cb, &result);
  draft = fd_translation_manager_translate_draft_finish (manager, wait_for (&result), &error);
  g_assert_no_error (error);
  g_printerr ("draft: %s\n  → %s\n  ← %s\n", draft->text, draft->translated, draft->back_translated);
  g_assert_nonnull (strstr (draft->translated, "mañana"));
  g_assert_nonnull (strstr (draft->back_translated, "arrive"));

  stored = fd_translation_manager_get_draft_translation (manager, fd_message_get_conversation_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->translated, ==, draft->translated);
  g_assert_cmpstr (stored->back_translated, ==, draft->back_translated);
  g_assert_cmpstr (stored->to, ==, "es");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/translator/apertium/local", test_apertium_local);
  g_test_add_func ("/translator/apertium/missing-pair", test_apertium_missing_pair);
  g_test_add_func ("/translator/apertium/marks", test_apertium_marks);
  g_test_add_func ("/translator/manager/shared-calls", test_manager_shared_calls);
  g_test_add_func ("/translator/apertium/without-apy", test_apertium_without_apy);
  g_test_add_func ("/translator/apertium/child-isolation", test_apertium_child_isolation);
  g_test_add_func ("/translator/apy", test_apy_server);
  g_test_add_func ("/translator/libretranslate", test_libretranslate);
  g_test_add_func ("/translator/deepl", test_deepl);
  g_test_add_func ("/translator/insecure-servers", test_insecure_servers);
  g_test_add_func ("/translator/mastodon", test_mastodon);
  g_test_add_func ("/translator/manager/fallback", test_manager_fallback);
  g_test_add_func ("/translator/manager/offline", test_manager_offline);
  g_test_add_func ("/translator/manager/offline-midway", test_manager_offline_midway);
  g_test_add_func ("/translator/manager/draft", test_manager_draft);

  status = g_test_run ();

  if (apertium != NULL)
    fd_apertium_translator_stop (apertium);
  g_clear_object (&apertium);

  return status;
}
