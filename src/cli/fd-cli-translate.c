/* fd-cli-translate.c: frontdesk-cli translate and lang
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fd-apertium-translator.h"
#include "fd-apy-translator.h"
#include "fd-cli-private.h"
#include "fd-deepl-translator.h"
#include "fd-language.h"
#include "fd-libretranslate-translator.h"
#include "fd-translation-manager.h"
#include "fd-translator-secret.h"

typedef struct {
  GMainLoop     *loop;
  FdTranslation *translation;
  GError        *error;
} TranslateRun;

static void
translated_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  TranslateRun *run = user_data;

  run->translation = fd_translation_manager_translate_finish (FD_TRANSLATION_MANAGER (object),
                                                              result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
add_member (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL && *value != '\0')
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* Engines for the command line: Apertium when installed, then those
 * named on the command line, with keys from the keyring. */
static gboolean
add_engines (FdTranslationManager  *manager,
             FdStore               *store,
             const char            *engine,
             const char            *url,
             GError               **error)
{
  g_autoptr(FdApertiumTranslator) apertium = fd_apertium_translator_new ();
  const char *apy_url = url != NULL && g_strcmp0 (engine, "apy") == 0 ? url : g_getenv ("FRONTDESK_APY_URL");
  const char *lt_url = url != NULL && g_strcmp0 (engine, "libretranslate") == 0 ? url : g_getenv ("FRONTDESK_LIBRETRANSLATE_URL");

  if (fd_apertium_translator_is_available (apertium) || g_strcmp0 (engine, "apertium") == 0)
    fd_translation_manager_add_engine (manager, FD_TRANSLATOR (apertium));

  /* Before the keyring is read: a refused address gets no key. */
  if ((apy_url != NULL && *apy_url != '\0' && !fd_translator_check_server_url (apy_url, error)) ||
      (lt_url != NULL && *lt_url != '\0' && !fd_translator_check_server_url (lt_url, error)) ||
      (url != NULL && g_strcmp0 (engine, "deepl") == 0 && !fd_translator_check_server_url (url, error)))
    return FALSE;

  if (apy_url != NULL && *apy_url != '\0')
    {
      g_autoptr(FdApyTranslator) apy = fd_apy_translator_new (apy_url);
      fd_translation_manager_add_engine (manager, FD_TRANSLATOR (apy));
    }

  if (lt_url != NULL && *lt_url != '\0')
    {
      g_autofree char *key = fd_translator_secret_lookup_sync (store, "libretranslate", lt_url, NULL, NULL);
      g_autoptr(FdLibretranslateTranslator) lt = fd_libretranslate_translator_new (lt_url, key);

      fd_translation_manager_add_engine (manager, FD_TRANSLATOR (lt));
    }

  if (g_strcmp0 (engine, "deepl") == 0)
    {
      g_autofree char *key = fd_translator_secret_lookup_sync (store, "deepl", NULL, NULL, error);
      g_autoptr(FdDeeplTranslator) deepl = NULL;

      if (key == NULL)
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_AUTH,
                         _("No DeepL key is stored. Store one with: frontdesk-cli translate --store-key deepl (the key is read from standard input)."));
          return FALSE;
        }
      deepl = fd_deepl_translator_new (key, url);
      fd_translation_manager_add_engine (manager, FD_TRANSLATOR (deepl));
    }

  return TRUE;
}

/* Keys belong to the profile chosen with --data-dir. */
static int
store_key (FdStore    *store,
           const char *engine,
           const char *url)
{
  g_autoptr(GError) error = NULL;
  char line[4096];

  /* A key is only for a server it may safely go to. */
  if (url != NULL && *url != '\0' && !fd_translator_check_server_url (url, &error))
    return fd_cli_fail (error);

  if (fgets (line, sizeof line, stdin) == NULL)
    {
      g_printerr (_("frontdesk-cli: give the key on standard input.\n"));
      return 2;
    }
  g_strstrip (line);
  if (*line == '\0')
    {
      g_printerr (_("frontdesk-cli: the key is empty.\n"));
      return 2;
    }

  if (!fd_translator_secret_store_sync (store, engine, url, line, NULL, &error))
    return fd_cli_fail (error);

  memset (line, 0, sizeof line);
  g_print (_("The key for %s is stored in the keyring.\n"), engine);
  return 0;
}

int
fd_cli_translate (FdCliOptions  *options,
                  int            argc,
                  char         **argv)
{
  static const FdCliCommand command = { "translate", N_("TEXT"), N_("Translate a text (offline with Apertium when it can)"), NULL };
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *engine = NULL;
  g_autofree char *url = NULL;
  g_autofree char *key_engine = NULL;
  const GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_STRING, &from, N_("Language of the text (default: detected)"), N_("LANG") },
    { "to", 't', 0, G_OPTION_ARG_STRING, &to, N_("Language to translate into"), N_("LANG") },
    { "engine", 'e', 0, G_OPTION_ARG_STRING, &engine, N_("Only this engine: apertium, apy, libretranslate or deepl"), N_("NAME") },
    { "url", 0, 0, G_OPTION_ARG_STRING, &url, N_("Address of the engine's server"), N_("URL") },
    { "store-key", 0, 0, G_OPTION_ARG_STRING, &key_engine, N_("Store an engine's API key (read from standard input) in the keyring"), N_("ENGINE") },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdTranslationManager) manager = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  TranslateRun run = { NULL, NULL, NULL };

  if (!fd_cli_parse (options, &command, entries,
                     _("Engines: Apertium on this computer when installed; an Apertium server "
                       "with --engine apy --url URL (or $FRONTDESK_APY_URL); LibreTranslate with "
                       "--engine libretranslate --url URL (or $FRONTDESK_LIBRETRANSLATE_URL); "
                       "DeepL with --engine deepl. Keys live in the keyring: "
                       "echo KEY | frontdesk-cli translate --store-key deepl"),
                     &argc, &argv))
    return 2;

  if (key_engine != NULL)
    {
      if (!(store = fd_cli_open_store (options)))
        return 1;
      return store_key (store, key_engine, url);
    }

  if (to == NULL)
    return fd_cli_usage_error (&command, _("Say which language to translate into, for example: --to en"));
  if (argc < 2)
    return fd_cli_usage_error (&command, _("Give the text to translate, for example: frontdesk-cli translate --to en \"Hola\""));
  if (fd_language_normalize (to) == NULL)
    return fd_cli_usage_error (&command, _("--to takes a language code such as “en” or “es”."));
  if (from != NULL && fd_language_normalize (from) == NULL)
    return fd_cli_usage_error (&command, _("--from takes a language code such as “en” or “es”."));

  text = g_strjoinv (" ", &argv[1]);

  if (!(store = fd_cli_open_store (options)))
    return 1;

  manager = fd_translation_manager_new (store, NULL);
  if (!add_engines (manager, store, engine, url, &error))
    return fd_cli_fail (error);

  run.loop = g_main_loop_new (NULL, FALSE);
  fd_translation_manager_translate_async (manager, text, from, to, engine, NULL, translated_cb, &run);
  g_main_loop_run (run.loop);
  g_main_loop_unref (run.loop);

  if (run.translation == NULL)
    {
      int status = fd_cli_fail (run.error);

      g_clear_error (&run.error);
      return status;
    }

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      add_member (builder, "text", run.translation->text);
      add_member (builder, "from", run.translation->from);
      add_member (builder, "to", run.translation->to);
      add_member (builder, "engine", run.translation->engine);
      json_builder_set_member_name (builder, "detected");
      json_builder_add_boolean_value (builder, from == NULL);
      json_builder_set_member_name (builder, "cached");
      json_builder_add_boolean_value (builder, run.translation->cached);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
    }
  else
    {
      g_print ("%s\n", run.translation->text);
      if (!options->quiet)
        /* Translators: after a translation: source and target language names and the engine */
        g_printerr (_("(%s → %s, %s%s)\n"),
                    *run.translation->from != '\0' ? fd_language_get_name (run.translation->from) : "?",
                    fd_language_get_name (run.translation->to), run.translation->engine,
                    run.translation->cached ? _(", from the store") : "");
    }

  fd_translation_free (run.translation);
  return 0;
}

static const char *
source_to_string (FdLanguageSource source)
{
  switch (source)
    {
    case FD_LANGUAGE_SOURCE_TEXT: return "text";
    case FD_LANGUAGE_SOURCE_HINT: return "hint";
    case FD_LANGUAGE_SOURCE_PRIOR: return "prior";
    case FD_LANGUAGE_SOURCE_NONE:
    default: return "none";
    }
}

int
fd_cli_lang (FdCliOptions  *options,
             int            argc,
             char         **argv)
{
  static const FdCliCommand command = { "lang", N_("TEXT"), N_("Detect the language of a text"), NULL };
  g_autofree char *hint = NULL;
  g_autofree char *prior = NULL;
  g_autofree char *languages = NULL;
  const GOptionEntry entries[] = {
    { "hint", 0, 0, G_OPTION_ARG_STRING, &hint, N_("What the channel said the language is"), N_("LANG") },
    { "usual", 0, 0, G_OPTION_ARG_STRING, &prior, N_("The customer's usual language"), N_("LANG") },
    { "languages", 'l', 0, G_OPTION_ARG_STRING, &languages, N_("Languages to choose from, comma-separated (default: the business's)"), N_("LIST") },
    { NULL }
  };
  g_autoptr(FdLanguageDetector) detector = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  FdLanguageResult result;

  if (!fd_cli_parse (options, &command, entries, NULL, &argc, &argv))
    return 2;
  if (argc < 2)
    return fd_cli_usage_error (&command, _("Give the text, for example: frontdesk-cli lang \"¿Dónde está mi pedido?\""));

  if (languages != NULL)
    {
      g_auto(GStrv) list = g_strsplit (languages, ",", -1);

      for (guint i = 0; list[i] != NULL; i++)
        g_strstrip (list[i]);
      detector = fd_language_detector_new ((const char * const *) list, &error);
    }
  else
    detector = fd_language_get_default_detector (&error);
  if (detector == NULL)
    return fd_cli_fail (error);

  text = g_strjoinv (" ", &argv[1]);
  fd_language_detector_detect (detector, text, hint, prior, &result);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      add_member (builder, "lang", result.lang);
      add_member (builder, "name", result.lang != NULL ? fd_language_get_name (result.lang) : NULL);
      json_builder_set_member_name (builder, "confidence");
      json_builder_add_double_value (builder, result.confidence);
      add_member (builder, "runner_up", result.runner_up);
      json_builder_set_member_name (builder, "letters");
      json_builder_add_int_value (builder, result.n_letters);
      add_member (builder, "source", source_to_string (result.source));
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
      return 0;
    }

  if (result.lang == NULL)
    g_print (_("unknown (too short or too mixed to tell)\n"));
  else
    /* Translators: e.g. "es (Spanish), confidence 0.87" */
    g_print (_("%s (%s), confidence %.2f\n"), result.lang, fd_language_get_name (result.lang),
             result.confidence);
  return 0;
}
