/* fd-cli-import.c: frontdesk-cli import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <stdio.h>
#include <unistd.h>

#include "fd-cli-private.h"
#include "fd-importer.h"
#include "fd-main-context.h"

typedef struct {
  FdCliOptions  *options;
  FdStore       *store;
  char         **paths;
  GCancellable  *cancellable;
  GMainLoop     *loop;
  gint64         started;
  gint64         last_progress;
  gboolean       tty;
  gboolean       progress_shown;
  guint64        missing;
  GError        *error;
  FdImportStats  stats;
} ImportJob;

static void
warning_cb (const char *where,
            const char *reason,
            gpointer    user_data)
{
  ImportJob *job = user_data;
  /* File names and the values quoted in @reason come from the archive. */
  g_autofree char *safe_where = fd_cli_safe_line (where);
  g_autofree char *safe_reason = fd_cli_safe_line (reason);

  if (job->progress_shown && job->tty)
    {
      fd_cli_clear_progress_line ();
      job->progress_shown = FALSE;
    }
  /* Translators: "%s: skipped: %s" is a place ("file.jsonl:12") and why */
  g_printerr (_("%s: skipped: %s\n"), safe_where, safe_reason);
}

static void
progress_cb (const FdImportStats *stats,
             gpointer             user_data)
{
  ImportJob *job = user_data;
  gint64 now = g_get_monotonic_time ();
  double secs = (now - job->started) / (double) G_USEC_PER_SEC;
  guint64 done = stats->added + stats->duplicates;

  if (job->options->quiet)
    return;
  /* A terminal gets a live line; a log gets a line every 5 seconds. */
  if (now - job->last_progress < (job->tty ? G_USEC_PER_SEC / 4 : 5 * G_USEC_PER_SEC))
    return;
  job->last_progress = now;

  if (job->tty)
    fd_cli_clear_progress_line ();
  g_printerr (g_dngettext (GETTEXT_PACKAGE,
                           "Read %llu message (%.0f/s)",
                           "Read %llu messages (%.0f/s)",
                           done),
              (unsigned long long) done, secs > 0 ? done / secs : 0.0);
  if (!job->tty)
    g_printerr ("\n");
  job->progress_shown = job->tty;
}

static gboolean
quit_loop_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static gpointer
import_thread (gpointer data)
{
  ImportJob *job = data;
  g_autoptr(FdImporter) importer = fd_importer_new (job->store);
  g_autoptr(GError) finish_error = NULL;

  fd_importer_set_warning_func (importer, warning_cb, job);
  fd_importer_set_progress_func (importer, progress_cb, job);

  for (guint i = 0; job->paths[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!fd_importer_import_path (importer, job->paths[i], job->cancellable, &error))
        {
          if (g_error_matches (error, FD_IMPORT_ERROR, FD_IMPORT_ERROR_NOT_FOUND))
            {
              warning_cb (job->paths[i], error->message, job);
              job->missing++;
              continue;
            }
          job->error = g_steal_pointer (&error);
          break;
        }
    }

  /* Whole messages read before an interruption are kept. */
  if (!fd_importer_finish (importer, &finish_error) && job->error == NULL)
    job->error = g_steal_pointer (&finish_error);

  job->stats = *fd_importer_get_stats (importer);

  /* Dispatched by the loop itself: it may not be running yet, and a quit
   * before g_main_loop_run() would be lost. */
  fd_main_context_post (NULL, G_PRIORITY_DEFAULT, quit_loop_cb, job->loop, NULL, "[frontdesk] import done");

  return NULL;
}

static gboolean
interrupt_cb (gpointer user_data)
{
  ImportJob *job = user_data;

  g_cancellable_cancel (job->cancellable);
  return G_SOURCE_CONTINUE;
}

int
fd_cli_import (FdCliOptions  *options,
               int            argc,
               char         **argv)
{
  static const FdCliCommand command = { "import", N_("FILE|FOLDER…"), N_("Import JSON Lines, mbox files, Maildir folders and .eml messages"), NULL };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(FdStore) store = NULL;
  GThread *thread;
  ImportJob job = { 0 };
  guint sigint, sigterm;
  guint64 read_ok;
  gboolean interrupted;

  if (!fd_cli_parse (options, &command, NULL,
                     _("Formats are recognised from their content. A folder with cur/ and new/ "
                       "is read as a Maildir; other folders are searched for files. Importing "
                       "the same messages again changes nothing. Unreadable lines or messages "
                       "are reported on stderr and skipped."),
                     &argc, &argv))
    return 2;

  if (argc < 2)
    return fd_cli_usage_error (&command, _("Name at least one file or folder to import."));

  /* Opened here, used only by the import thread from now on. */
  if (!(store = fd_cli_open_store (options)))
    return 1;

  job.options = options;
  job.store = store;
  job.paths = &argv[1];
  job.cancellable = cancellable;
  job.loop = loop;
  job.started = g_get_monotonic_time ();
  job.tty = isatty (STDERR_FILENO);

  sigint = g_unix_signal_add (SIGINT, interrupt_cb, &job);
  sigterm = g_unix_signal_add (SIGTERM, interrupt_cb, &job);

  thread = g_thread_new ("import", import_thread, &job);
  g_main_loop_run (loop);
  g_thread_join (thread);

  g_source_remove (sigint);
  g_source_remove (sigterm);

  if (job.progress_shown)
    fd_cli_clear_progress_line ();

  interrupted = g_error_matches (job.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "imported");
      json_builder_add_int_value (builder, job.stats.added);
      json_builder_set_member_name (builder, "duplicates");
      json_builder_add_int_value (builder, job.stats.duplicates);
      json_builder_set_member_name (builder, "skipped");
      json_builder_add_int_value (builder, job.stats.skipped);
      json_builder_set_member_name (builder, "interrupted");
      json_builder_add_boolean_value (builder, interrupted);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
    }
  else
    {
      double secs = (g_get_monotonic_time () - job.started) / (double) G_USEC_PER_SEC;

      /* Translators: the summary of an import; keep it one line */
      g_print (_("imported %llu, skipped %llu (%llu already there) in %.1f s\n"),
               (unsigned long long) job.stats.added, (unsigned long long) job.stats.skipped,
               (unsigned long long) job.stats.duplicates, secs);
    }

  if (interrupted)
    {
      g_printerr (_("Interrupted: the messages read so far were kept.\n"));
      g_clear_error (&job.error);
      return 130;
    }

  if (job.error != NULL)
    {
      int status = fd_cli_fail (job.error);

      if (g_error_matches (job.error, FD_STORE_ERROR, FD_STORE_ERROR_FULL))
        g_printerr (_("Once there is space, run the same import again: messages already "
                      "imported are skipped, the rest are added.\n"));
      g_clear_error (&job.error);
      return status;
    }

  read_ok = job.stats.added + job.stats.duplicates;
  if (read_ok == 0 && (job.stats.skipped > 0 || job.missing > 0))
    {
      g_printerr (_("frontdesk-cli: nothing could be imported.\n"));
      return 1;
    }

  /* As the app does after an import: the new posts compared with their
   * customers' posts in other languages, where Apertium is here. */
  if (job.stats.added > 0 && !fd_cli_repeats_languages (options, store, FALSE, &job.error))
    {
      int status = fd_cli_fail (job.error);

      g_clear_error (&job.error);
      return status;
    }

  return 0;
}
