/* fd-cli-backup.c: frontdesk-cli backup and restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fd-backup.h"
#include "fd-cli-private.h"

static char *
data_dir_of (FdCliOptions *options)
{
  return options->data_dir != NULL ? g_strdup (options->data_dir) : fd_store_default_data_dir ();
}

static const char *
kind_label (const FdBackupInfo *info,
            gboolean            json)
{
  if (info->kind == FD_BACKUP_BEFORE_UPGRADE)
    return json ? "before-upgrade" : _("before an upgrade");
  return json ? "daily" : _("daily");
}

static int
list_backups (FdCliOptions *options,
              const char   *data_dir)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  if (!(list = fd_backup_list (data_dir, &error)))
    return fd_cli_fail (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < list->len; i++)
        {
          FdBackupInfo *info = g_ptr_array_index (list, i);
          g_autofree char *made = fd_cli_format_time (g_date_time_to_unix (info->made));

          json_builder_begin_object (builder);
          fd_cli_json_add_string (builder, "path", info->path);
          fd_cli_json_add_string (builder, "made", made);
          json_builder_set_member_name (builder, "size");
          json_builder_add_int_value (builder, (gint64) info->size);
          fd_cli_json_add_string (builder, "kind", kind_label (info, TRUE));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
      return 0;
    }

  if (list->len == 0)
    {
      g_autofree char *dir = fd_backup_get_dir (data_dir);

      g_print (_("There are no backups in “%s” yet.\n"), dir);
      return 0;
    }

  for (guint i = 0; i < list->len; i++)
    {
      FdBackupInfo *info = g_ptr_array_index (list, i);
      g_autoptr(GDateTime) local = g_date_time_to_local (info->made);
      g_autofree char *made = g_date_time_format (local, "%Y-%m-%d %H:%M");
      g_autofree char *size = g_format_size (info->size);

      g_print ("%s  %9s  %-18s %s\n", made, size, kind_label (info, FALSE), info->path);
    }

  return 0;
}

int
fd_cli_backup (FdCliOptions  *options,
               int            argc,
               char         **argv)
{
  static const FdCliCommand command = { "backup", N_("[--output FILE]"), N_("Back up the messages (also made daily by Frontdesk)"), NULL };
  g_autofree char *output = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gboolean list = FALSE;
  gint64 started;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the backup to FILE instead of the profile’s backups folder"), N_("FILE") },
    { "list", 'l', 0, G_OPTION_ARG_NONE, &list, N_("List the backups in the profile’s backups folder, newest first"), NULL },
    { NULL }
  };

  if (!fd_cli_parse (options, &command, entries,
                     _("Copies the message store with SQLite’s backup API: safe while Frontdesk "
                       "runs. Without --output the copy goes into the backups folder of the "
                       "profile, where the seven newest daily copies are kept, and the copies "
                       "made before each upgrade of the store’s format. Restore one with "
                       "“frontdesk-cli restore FILE”."),
                     &argc, &argv))
    return 2;
  if (argc > 1)
    return fd_cli_usage_error (&command, _("Give the file with --output."));

  data_dir = data_dir_of (options);
  if (list)
    return list_backups (options, data_dir);

  started = g_get_monotonic_time ();
  if (!(path = fd_backup_make (data_dir, output, &error)))
    return fd_cli_fail (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      GStatBuf st;

      json_builder_begin_object (builder);
      fd_cli_json_add_string (builder, "path", path);
      json_builder_set_member_name (builder, "size");
      json_builder_add_int_value (builder, g_stat (path, &st) == 0 ? (gint64) st.st_size : 0);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
    }
  else if (!options->quiet)
    {
      GStatBuf st;
      g_autofree char *size = g_format_size (g_stat (path, &st) == 0 ? (guint64) st.st_size : 0);

      /* Translators: a file, its size, then seconds */
      g_print (_("Backed up the messages to “%s” (%s) in %.1f s.\n"), path, size,
               (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
    }

  return 0;
}

int
fd_cli_restore (FdCliOptions  *options,
                int            argc,
                char         **argv)
{
  static const FdCliCommand command = { "restore", N_("FILE"), N_("Put a backup in place of the messages"), NULL };
  g_autoptr(FdRestoreResult) result = NULL;
  g_autofree char *data_dir = NULL;
  g_autoptr(GError) error = NULL;
  gboolean other_profile = FALSE;
  FdRestoreFlags flags = FD_RESTORE_NONE;
  const GOptionEntry entries[] = {
    { "other-profile", 0, 0, G_OPTION_ARG_NONE, &other_profile, N_("Restore a backup of another profile over this one"), NULL },
    { NULL }
  };

  if (!fd_cli_parse (options, &command, entries,
                     _("Checks FILE (a Frontdesk message store, undamaged, of a format this "
                       "version opens, of this profile) and puts a copy of it in place of the "
                       "profile’s message store. The store it replaces is kept beside it as "
                       "frontdesk.db.before-restore-TIME. Close Frontdesk first: nothing is "
                       "restored while a window or another frontdesk-cli has the profile open. "
                       "“frontdesk-cli backup --list” lists the backups."),
                     &argc, &argv))
    return 2;
  if (argc != 2)
    return fd_cli_usage_error (&command, _("Name the backup file to restore."));

  if (other_profile)
    flags |= FD_RESTORE_OTHER_PROFILE;

  data_dir = data_dir_of (options);
  if (!(result = fd_backup_restore (data_dir, argv[1], flags, &error)))
    {
      int status = fd_cli_fail (error);

      if (g_error_matches (error, FD_STORE_ERROR, FD_STORE_ERROR_OTHER_PROFILE))
        g_printerr (_("To restore it over this profile anyway, run the restore again with --other-profile.\n"));
      return status;
    }

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      fd_cli_json_add_string (builder, "restored", argv[1]);
      fd_cli_json_add_string (builder, "kept", result->kept_path);
      json_builder_set_member_name (builder, "messages");
      json_builder_add_int_value (builder, result->n_messages);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
      return 0;
    }

  /* Translators: a file, then a count */
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Restored “%s”: %lld message.\n",
                        "Restored “%s”: %lld messages.\n",
                        (gulong) result->n_messages),
           argv[1], (long long) result->n_messages);
  if (result->kept_path != NULL)
    g_print (_("The message store it replaced was kept as “%s”.\n"), result->kept_path);

  return 0;
}
