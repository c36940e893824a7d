/* fd-report-settings.c: business hours, time zone, days off and response
 * targets, kept in the profile (table profile_settings).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-reports.h"
#include "fd-sql.h"
#include "fd-store-private.h"

G_DEFINE_QUARK (fd-reports-error-quark, fd_reports_error)

#define KEY_HOURS    "business_hours"
#define KEY_TIMEZONE "timezone"
#define KEY_DAYS_OFF "days_off"
#define KEY_TARGET   "response_target"
/* One per channel with a target of its own: "response_target:email". */
#define KEY_CHANNEL_TARGET_PREFIX "response_target:"

FdReportSettings *
fd_report_settings_new (void)
{
  FdReportSettings *settings = g_new0 (FdReportSettings, 1);

  settings->business_hours = g_strdup ("");
  settings->timezone = g_strdup ("");
  settings->days_off = g_strdup ("");
  settings->target_minutes = FD_REPORTS_DEFAULT_TARGET_MINUTES;
  settings->channel_targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return settings;
}

void
fd_report_settings_free (FdReportSettings *settings)
{
  if (settings == NULL)
    return;

  g_free (settings->business_hours);
  g_free (settings->timezone);
  g_free (settings->days_off);
  g_hash_table_unref (settings->channel_targets);
  g_free (settings);
}

FdReportSettings *
fd_report_settings_copy (const FdReportSettings *settings)
{
  FdReportSettings *copy = fd_report_settings_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (settings != NULL, copy);

  g_free (copy->business_hours);
  g_free (copy->timezone);
  g_free (copy->days_off);
  copy->business_hours = g_strdup (settings->business_hours != NULL ? settings->business_hours : "");
  copy->timezone = g_strdup (settings->timezone != NULL ? settings->timezone : "");
  copy->days_off = g_strdup (settings->days_off != NULL ? settings->days_off : "");
  copy->target_minutes = settings->target_minutes;
  g_hash_table_iter_init (&iter, settings->channel_targets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->channel_targets, g_strdup (key), value);

  return copy;
}

FdReportSettings *
fd_report_settings_load (FdStore  *store,
                         GError  **error)
{
  g_autoptr(FdReportSettings) settings = fd_report_settings_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (!(stmt = _fd_store_prepare (store, "SELECT key, value FROM profile_settings", error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      const char *value = (const char *) sqlite3_column_text (stmt, 1);
      guint64 minutes;

      if (key == NULL || value == NULL)
        continue;
      if (g_str_equal (key, KEY_HOURS))
        {
          g_free (settings->business_hours);
          settings->business_hours = g_strdup (value);
        }
      else if (g_str_equal (key, KEY_TIMEZONE))
        {
          g_free (settings->timezone);
          settings->timezone = g_strdup (value);
        }
      else if (g_str_equal (key, KEY_DAYS_OFF))
        {
          g_free (settings->days_off);
          settings->days_off = g_strdup (value);
        }
      else if (g_str_equal (key, KEY_TARGET) &&
               g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &minutes, NULL))
        settings->target_minutes = (guint) minutes;
      else if (g_str_has_prefix (key, KEY_CHANNEL_TARGET_PREFIX) &&
               g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &minutes, NULL))
        g_hash_table_insert (settings->channel_targets,
                             g_strdup (key + strlen (KEY_CHANNEL_TARGET_PREFIX)),
                             GUINT_TO_POINTER ((guint) minutes));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&settings);
}

static gboolean
put (FdStore     *store,
     const char  *key,
     const char  *value,
     GError     **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _fd_store_prepare (store, "INSERT OR REPLACE INTO profile_settings (key, value) VALUES (?, ?)", error)))
    return FALSE;
  _fd_sql_bind_text (stmt, 1, key);
  _fd_sql_bind_text (stmt, 2, value);

  return _fd_sql_step (store, stmt, error);
}

gboolean
fd_report_settings_save (FdStore                 *store,
                         const FdReportSettings  *settings,
                         GError                 **error)
{
  g_autoptr(FdBusinessHours) hours = NULL;
  g_autofree char *target = NULL;
  GHashTableIter iter;
  gpointer key, value;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!(hours = fd_report_settings_make_hours (settings, error)))
    return FALSE;
  if (settings->target_minutes == 0)
    {
      g_set_error (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID,
                   _("A response target must be at least one minute."));
      return FALSE;
    }

  if (!fd_store_begin (store, error))
    return FALSE;

  target = g_strdup_printf ("%u", settings->target_minutes);
  ok = _fd_sql_exec (store, "DELETE FROM profile_settings WHERE key LIKE 'response_target:%'", error) &&
       put (store, KEY_HOURS, settings->business_hours != NULL ? settings->business_hours : "", error) &&
       put (store, KEY_TIMEZONE, settings->timezone != NULL ? settings->timezone : "", error) &&
       put (store, KEY_DAYS_OFF, settings->days_off != NULL ? settings->days_off : "", error) &&
       put (store, KEY_TARGET, target, error);

  g_hash_table_iter_init (&iter, settings->channel_targets);
  while (ok && g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *channel_key = g_strconcat (KEY_CHANNEL_TARGET_PREFIX, key, NULL);
      g_autofree char *minutes = g_strdup_printf ("%u", GPOINTER_TO_UINT (value));

      if (GPOINTER_TO_UINT (value) > 0)
        ok = put (store, channel_key, minutes, error);
    }

  if (!ok)
    {
      fd_store_rollback (store);
      return FALSE;
    }
  _fd_store_mark_written (store);

  return fd_store_commit (store, error);
}

gint64
fd_report_settings_get_target (const FdReportSettings *settings,
                               const char             *channel)
{
  guint minutes;

  g_return_val_if_fail (settings != NULL, FD_REPORTS_DEFAULT_TARGET_MINUTES * 60);

  minutes = channel != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (settings->channel_targets, channel)) : 0;
  if (minutes == 0)
    minutes = settings->target_minutes > 0 ? settings->target_minutes : FD_REPORTS_DEFAULT_TARGET_MINUTES;

  return (gint64) minutes * 60;
}

FdBusinessHours *
fd_report_settings_make_hours (const FdReportSettings  *settings,
                               GError                 **error)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(FdBusinessHours) hours = NULL;

  g_return_val_if_fail (settings != NULL, NULL);

  if (!(tz = fd_business_hours_lookup_timezone (settings->timezone, error)) ||
      !(hours = fd_business_hours_parse (settings->business_hours, tz, error)) ||
      !fd_business_hours_set_days_off (hours, settings->days_off, error))
    return NULL;

  return g_steal_pointer (&hours);
}

gint64
fd_reports_time_left (const FdReportSettings *settings,
                      FdBusinessHours        *hours,
                      const char             *channel,
                      gint64                  started_at,
                      gint64                  now)
{
  return fd_report_settings_get_target (settings, channel) -
         fd_business_hours_elapsed (hours, started_at, now);
}

FdTargetState
fd_reports_target_state (gint64 time_left)
{
  if (time_left < 0)
    return FD_TARGET_OVERDUE;
  if (time_left <= FD_REPORTS_DUE_SOON_SECONDS)
    return FD_TARGET_DUE_SOON;
  return FD_TARGET_WITHIN;
}

char *
fd_reports_format_duration (gint64 seconds)
{
  if (seconds < 0)
    return g_strdup ("—");
  if (seconds < 60)
    /* Translators: a duration in seconds */
    return g_strdup_printf (_("%d s"), (int) seconds);
  if (seconds < 3600)
    /* Translators: a duration in minutes */
    return g_strdup_printf (_("%d min"), (int) (seconds / 60));
  if (seconds < 48 * 3600)
    /* Translators: a duration in hours and minutes */
    return g_strdup_printf (_("%d h %02d min"), (int) (seconds / 3600), (int) (seconds % 3600 / 60));
  /* Translators: a duration in days and hours */
  return g_strdup_printf (_("%d d %d h"), (int) (seconds / 86400), (int) (seconds % 86400 / 3600));
}
