/* fd-cli-repeats-languages.c: the pass that finds repeats in two
 * languages, for "frontdesk-cli repeats --rebuild" and "repeats
 * --languages", and after "import" and "sync --once", as the app runs it
 * after an import or a sync: run to the end with Apertium on this
 * computer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "fd-apertium-translator.h"
#include "fd-cli-private.h"
#include "fd-repeats-languages.h"

/* Posts the pass takes on unasked, after an import or a sync. */
#define MAX_UNASKED 1000

typedef struct {
  GMainLoop    *loop;
  GAsyncResult *result;
} Wait;

static void
run_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

gboolean
fd_cli_repeats_languages (FdCliOptions  *options,
                          FdStore       *store,
                          gboolean       asked,
                          GError       **error)
{
  g_autoptr(FdApertiumTranslator) apertium = NULL;
  g_autoptr(FdTranslationManager) manager = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  FdRepeatsLanguageStats total = { 0, };
  gint64 pending, started = g_get_monotonic_time ();
  gboolean progress = !options->quiet && !options->json && isatty (STDERR_FILENO);
  gboolean progress_shown = FALSE;

  /* Nothing new, and no post waits for an engine: nothing to start. */
  if ((pending = fd_repeats_languages_count_pending (store, error)) < 0)
    return FALSE;
  if (pending == 0 && !asked)
    return TRUE;

  /* After a large import, the comparisons and their translations could
   * take far longer than the import: the app makes them in the
   * background, or the person asks for them. */
  if (!asked && pending > MAX_UNASKED)
    {
      if (!options->quiet && !options->json)
        g_printerr (g_dngettext (GETTEXT_PACKAGE,
                                 "%lld post is yet to be compared with its customer’s posts in other languages: "
                                 "Frontdesk does it in the background, or run “frontdesk-cli repeats --languages”.\n",
                                 "%lld posts are yet to be compared with their customers’ posts in other languages: "
                                 "Frontdesk does it in the background, or run “frontdesk-cli repeats --languages”.\n",
                                 pending),
                    (long long) pending);
      return TRUE;
    }

  apertium = fd_apertium_translator_new ();
  loop = g_main_loop_new (NULL, FALSE);
  if (!fd_apertium_translator_is_available (apertium))
    {
      if (!options->quiet && asked)
        g_printerr (_("Posts in two languages were not compared: Apertium is not installed. "
                      "Install it with a language pair (for example the package “apertium-eng-spa”) "
                      "and run “frontdesk-cli repeats --languages”.\n"));
      return TRUE;
    }

  manager = fd_translation_manager_new (store, NULL);
  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (apertium));

  /* Batch after batch, as the app does in the background, until none is
   * left or one gets nowhere. */
  for (;;)
    {
      Wait wait = { loop, NULL };
      FdRepeatsLanguageStats stats = { 0, };
      gboolean ok;

      fd_repeats_languages_run_async (store, manager, FD_REPEATS_LANGUAGES_BATCH * 10,
                                      FD_REPEATS_LANGUAGES_MAX_TRANSLATIONS * 10, NULL, run_cb, &wait);
      g_main_loop_run (loop);
      ok = fd_repeats_languages_run_finish (store, wait.result, &stats, error);
      g_object_unref (wait.result);
      if (!ok)
        {
          fd_apertium_translator_stop (apertium);
          return FALSE;
        }

      total.n_posts += stats.n_posts;
      total.n_translated += stats.n_translated;
      total.n_joined += stats.n_joined;
      total.n_pending = stats.n_pending;
      if (stats.n_pending == 0 || (stats.n_posts == 0 && stats.n_translated == 0))
        break;

      /* A long one (after a large import) says how far it is. */
      if (progress && g_get_monotonic_time () - started > G_USEC_PER_SEC)
        {
          fd_cli_clear_progress_line ();
          g_printerr (g_dngettext (GETTEXT_PACKAGE,
                                   "Comparing posts in other languages: %lld left",
                                   "Comparing posts in other languages: %lld left",
                                   stats.n_pending),
                      (long long) stats.n_pending);
          progress_shown = TRUE;
        }
    }

  if (progress_shown)
    fd_cli_clear_progress_line ();

  fd_apertium_translator_stop (apertium);

  /* After an import or a sync, only what was found. */
  if (!options->quiet && !options->json && !asked && total.n_joined > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "%u pair of posts was grouped as the same complaint in another language.\n",
                             "%u pairs of posts were grouped as the same complaint in another language.\n",
                             total.n_joined), total.n_joined);
  else if (!options->quiet && !options->json && asked && total.n_posts > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "Compared %u post with its customer’s posts in other languages.\n",
                               "Compared %u posts with their customers’ posts in other languages.\n",
                               total.n_posts), total.n_posts);
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "Apertium translated %u text on this computer.\n",
                               "Apertium translated %u texts on this computer.\n",
                               total.n_translated), total.n_translated);
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "%u pair of posts was grouped as the same complaint in another language.\n",
                               "%u pairs of posts were grouped as the same complaint in another language.\n",
                               total.n_joined), total.n_joined);
    }

  return TRUE;
}
