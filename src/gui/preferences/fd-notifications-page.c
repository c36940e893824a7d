/* fd-notifications-page.c: Preferences, notifications and the background
 * (fd-notifications-page.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "fd-channel.h"
#include "fd-notifications-page.h"

static GtkWidget *
switch_row (GSettings  *settings,
            const char *key,
            const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_settings_bind (settings, key, toggle, "active", G_SETTINGS_BIND_DEFAULT);
  return row;
}

/* Channels: a switch on means the channel is not in the muted list. */
static void
channel_toggled_cb (GtkSwitch  *toggle,
                    GParamSpec *pspec,
                    GSettings  *settings)
{
  const char *channel = g_object_get_data (G_OBJECT (toggle), "channel");
  g_auto(GStrv) muted = g_settings_get_strv (settings, "notification-muted-channels");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  gboolean on = gtk_switch_get_active (toggle);

  for (guint i = 0; muted[i] != NULL; i++)
    if (!g_str_equal (muted[i], channel))
      g_strv_builder_add (builder, muted[i]);
  if (!on)
    g_strv_builder_add (builder, channel);
  updated = g_strv_builder_end (builder);

  if (!g_strv_equal ((const char * const *) muted, (const char * const *) updated))
    g_settings_set_strv (settings, "notification-muted-channels", (const char * const *) updated);
}

static gboolean
minutes_to_hour (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_uint32 (variant) / 60);
  return TRUE;
}

static GVariant *
hour_to_minutes (const GValue       *value,
                 const GVariantType *type,
                 gpointer            user_data)
{
  return g_variant_new_uint32 ((guint32) g_value_get_double (value) * 60);
}

static GtkWidget *
hour_row (GSettings  *settings,
          const char *key,
          const char *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 23, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Hour of the day, 0 to 23"));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_settings_bind_with_mapping (settings, key, gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (spin)), "value",
                                G_SETTINGS_BIND_DEFAULT, minutes_to_hour, hour_to_minutes, NULL, NULL);
  g_settings_bind (settings, "quiet-hours", row, "sensitive", G_SETTINGS_BIND_GET);
  return row;
}

GtkWidget *
fd_notifications_page_new (GSettings *settings)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group;
  g_autoptr(GPtrArray) channels = fd_channel_list ();
  g_auto(GStrv) muted = NULL;

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Notifications"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "preferences-system-notifications-symbolic");
  /* What adw_preferences_window_set_visible_page_name() looks for. */
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (page), "notifications");
  if (settings == NULL)
    {
      gtk_widget_set_sensitive (page, FALSE);
      return page;
    }

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Notifications"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (settings, "notifications", _("_New Messages"),
                                         _("One notification for each conversation a customer writes in")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (settings, "overdue-reminders", _("_Overdue Reminders"),
                                         _("Once, when a customer has waited longer than the response target")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Channels"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("New messages from these channels notify"));
  muted = g_settings_get_strv (settings, "notification-muted-channels");
  for (guint i = 0; i < channels->len; i++)
    {
      const FdChannelInfo *info = g_ptr_array_index (channels, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fd_channel_display_name (info->name));
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle), !g_strv_contains ((const char * const *) muted, info->name));
      g_object_set_data (G_OBJECT (toggle), "channel", (gpointer) info->name);
      g_signal_connect_object (toggle, "notify::active", G_CALLBACK (channel_toggled_cb), settings, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Quiet Hours"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (settings, "quiet-hours", _("_Quiet Hours"),
                                         _("No notification between these hours")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), hour_row (settings, "quiet-hours-start", _("_From")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), hour_row (settings, "quiet-hours-end", _("_Until")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Background"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (settings, "run-in-background", _("Run in _Background"),
                                         _("Keep fetching messages and notifying after the window is closed")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (settings, "start-at-login", _("Start at _Login"),
                                         _("Start without a window when you log in")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  return page;
}
