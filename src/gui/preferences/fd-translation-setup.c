/* fd-translation-setup.c
 *
 * Besides the engines of the settings, each account whose channel's
 * server translates (a Mastodon account with a sign-in: see
 * fd_provider_new_translator_async()) can have its server translate the
 * posts it knows; those come last, after the engines the person ordered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-translation-setup"

#include "config.h"

#include <string.h>

#include "fd-account.h"
#include "fd-language.h"
#include "fd-provider.h"
#include "fd-translation-setup.h"
#include "fd-translator-secret.h"
#include "fd-apertium-translator.h"
#include "fd-apy-translator.h"
#include "fd-deepl-translator.h"
#include "fd-libretranslate-translator.h"

typedef struct {
  FdTranslationManager *manager;   /* weak */
  FdStore              *store;     /* whose profile the keys are */
  GSettings            *settings;
  GListModel           *accounts;  /* of FdAccount, or NULL */
  GCancellable         *cancellable;
} Setup;

static void configure (Setup *setup);

static void
setup_free (gpointer data)
{
  Setup *setup = data;

  g_cancellable_cancel (setup->cancellable);
  g_clear_object (&setup->cancellable);
  g_clear_object (&setup->store);
  if (setup->settings != NULL)
    g_signal_handlers_disconnect_by_data (setup->settings, setup);
  g_clear_object (&setup->settings);
  if (setup->accounts != NULL)
    g_signal_handlers_disconnect_by_data (setup->accounts, setup);
  g_clear_object (&setup->accounts);
  g_free (setup);
}

FdTranslator *
fd_translation_setup_make_engine (const char *name,
                                  const char *url,
                                  const char *key)
{
  if (url != NULL && url[0] == '\0')
    url = NULL;
  if (key != NULL && key[0] == '\0')
    key = NULL;

  if (g_strcmp0 (name, "apertium") == 0)
    return FD_TRANSLATOR (fd_apertium_translator_new ());
  if (g_strcmp0 (name, "apy") == 0 && url != NULL)
    return FD_TRANSLATOR (fd_apy_translator_new (url));
  if (g_strcmp0 (name, "libretranslate") == 0 && url != NULL)
    return FD_TRANSLATOR (fd_libretranslate_translator_new (url, key));
  if (g_strcmp0 (name, "deepl") == 0 && key != NULL)
    return FD_TRANSLATOR (fd_deepl_translator_new (key, NULL));

  return NULL;
}

static char *
dup_url (Setup      *setup,
         const char *name)
{
  if (setup->settings == NULL)
    return NULL;
  if (g_strcmp0 (name, "libretranslate") == 0)
    return g_settings_get_string (setup->settings, "libretranslate-url");
  if (g_strcmp0 (name, "apy") == 0)
    return g_settings_get_string (setup->settings, "apy-url");
  return NULL;
}

static void
apply_order (Setup *setup)
{
  g_auto(GStrv) names = NULL;

  if (setup->settings == NULL || setup->manager == NULL)
    return;

  names = g_settings_get_strv (setup->settings, "translation-engines");
  fd_translation_manager_set_order (setup->manager, (const char * const *)names);
}

typedef struct {
  Setup *setup;
  char  *name;
  char  *url;
} KeyLookup;

static void
key_found_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  KeyLookup *lookup = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = fd_translator_secret_lookup_finish (result, &error);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && lookup->setup->manager != NULL)
    {
      g_autoptr(FdTranslator) engine = NULL;

      /* No keyring to read (none installed, or locked) is this
       * machine's state, not a fault: the engine is left out. */
      if (error != NULL)
        g_message ("Could not read the %s key from the keyring: %s", lookup->name, error->message);

      if ((engine = fd_translation_setup_make_engine (lookup->name, lookup->url, key)) != NULL)
        {
          fd_translation_manager_add_engine (lookup->setup->manager, engine);
          apply_order (lookup->setup);
        }
    }

  g_free (lookup->name);
  g_free (lookup->url);
  g_free (lookup);
}

static void
account_engine_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Setup *setup = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdTranslator) engine = fd_provider_new_translator_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || setup->manager == NULL)
    return;

  if (error != NULL)
    g_message ("Could not read an account's sign-in from the keyring: %s", error->message);

  if (engine != NULL)
    {
      fd_translation_manager_add_engine (setup->manager, engine);
      apply_order (setup);
    }
}

static void
add_account_engines (Setup *setup)
{
  guint n = setup->accounts != NULL ? g_list_model_get_n_items (setup->accounts) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FdAccount) account = g_list_model_get_item (setup->accounts, i);

      if (fd_provider_channel_has_translator (fd_account_get_channel (account)))
        fd_provider_new_translator_async (account, setup->cancellable, account_engine_cb, setup);
    }
}

static void
configure (Setup *setup)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) old = NULL;
  GPtrArray *engines;

  if (setup->manager == NULL)
    return;

  g_cancellable_cancel (setup->cancellable);
  g_clear_object (&setup->cancellable);
  setup->cancellable = g_cancellable_new ();

  engines = fd_translation_manager_get_engines (setup->manager);
  old = g_ptr_array_copy (engines, (GCopyFunc)(GCallback)g_object_ref, NULL);
  g_ptr_array_set_free_func (old, g_object_unref);
  for (guint i = 0; i < old->len; i++)
    fd_translation_manager_remove_engine (setup->manager, g_ptr_array_index (old, i));

  if (setup->settings != NULL)
    names = g_settings_get_strv (setup->settings, "translation-engines");
  else
    names = g_strdupv ((char *[]) { (char *)"apertium", NULL });

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *url = dup_url (setup, names[i]);
      g_autoptr(GError) url_error = NULL;

      /* A refused address (plain http:// to another computer) gets no key
       * from the keyring; its engine refuses every request and says why,
       * as Preferences does. */
      if (url != NULL && *url != '\0' && !fd_translator_check_server_url (url, &url_error))
        {
          g_autoptr(FdTranslator) engine = fd_translation_setup_make_engine (names[i], url, NULL);

          g_debug ("%s", url_error->message);
          if (engine != NULL)
            fd_translation_manager_add_engine (setup->manager, engine);
          continue;
        }

      if (g_strcmp0 (names[i], "libretranslate") == 0 || g_strcmp0 (names[i], "deepl") == 0)
        {
          KeyLookup *lookup = g_new0 (KeyLookup, 1);

          /* The key may be missing: LibreTranslate servers may not ask
           * for one. The engine joins when the keyring answered. */
          lookup->setup = setup;
          lookup->name = g_strdup (names[i]);
          lookup->url = g_steal_pointer (&url);
          fd_translator_secret_lookup_async (setup->store, names[i], lookup->url ? lookup->url : "",
                                             setup->cancellable, key_found_cb, lookup);
        }
      else
        {
          g_autoptr(FdTranslator) engine = fd_translation_setup_make_engine (names[i], url, NULL);

          if (engine != NULL)
            fd_translation_manager_add_engine (setup->manager, engine);
        }
    }

  add_account_engines (setup);
}

static void
settings_changed_cb (GSettings  *settings,
                     const char *key,
                     Setup      *setup)
{
  if (g_strcmp0 (key, "translation-engines") == 0 ||
      g_strcmp0 (key, "libretranslate-url") == 0 ||
      g_strcmp0 (key, "apy-url") == 0)
    configure (setup);
}

FdTranslationManager *
fd_translation_setup_new (FdStore   *store,
                          GSettings *settings)
{
  FdTranslationManager *manager;
  Setup *setup;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  manager = fd_translation_manager_new (store, NULL);

  setup = g_new0 (Setup, 1);
  setup->manager = manager;
  setup->store = g_object_ref (store);
  setup->settings = settings ? g_object_ref (settings) : NULL;
  g_object_add_weak_pointer (G_OBJECT (manager), (gpointer *)&setup->manager);
  /* Key lookups in flight end with the manager: they are cancelled. */
  g_object_set_data_full (G_OBJECT (manager), "fd-translation-setup", setup, setup_free);

  if (settings != NULL)
    g_signal_connect (settings, "changed", G_CALLBACK (settings_changed_cb), setup);

  configure (setup);

  return manager;
}

static void
accounts_changed_cb (GListModel *accounts,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Setup      *setup)
{
  configure (setup);
}

void
fd_translation_setup_set_accounts (FdTranslationManager *manager,
                                   GListModel           *accounts)
{
  Setup *setup;

  g_return_if_fail (FD_IS_TRANSLATION_MANAGER (manager));
  g_return_if_fail (!accounts || G_IS_LIST_MODEL (accounts));

  /* A manager not made here (tests) keeps its engines. */
  if (!(setup = g_object_get_data (G_OBJECT (manager), "fd-translation-setup")) ||
      setup->accounts == accounts)
    return;

  if (setup->accounts != NULL)
    g_signal_handlers_disconnect_by_data (setup->accounts, setup);
  g_set_object (&setup->accounts, accounts);
  if (accounts != NULL)
    g_signal_connect (accounts, "items-changed", G_CALLBACK (accounts_changed_cb), setup);

  configure (setup);
}

char *
fd_translation_setup_user_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *code = g_strndup (names[i], strcspn (names[i], "_.@"));
      const char *lang;

      if (g_strcmp0 (code, "C") == 0 || g_strcmp0 (code, "POSIX") == 0)
        continue;
      if ((lang = fd_language_normalize (code)) != NULL)
        return g_strdup (lang);
    }

  return g_strdup ("en");
}
