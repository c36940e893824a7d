/* fd-response-targets-page.c: Preferences, business hours and response
 * targets.
 *
 * The fields are saved together with Save: hours, days off and time zone
 * only make sense together, and a field that cannot be read saves
 * nothing, with the reason under the fields.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-response-targets-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-reports.h"
#include "fd-response-targets-page.h"

struct _FdResponseTargetsPage
{
  AdwPreferencesPage  parent_instance;

  FdStore            *store;
  GtkWidget          *hours_row;
  GtkWidget          *timezone_row;
  GtkWidget          *days_off_row;
  GtkSpinButton      *target_spin;
  GHashTable         *channel_spins;   /* channel name -> GtkSpinButton */
  GtkLabel           *status_label;
};

G_DEFINE_FINAL_TYPE (FdResponseTargetsPage, fd_response_targets_page, ADW_TYPE_PREFERENCES_PAGE)

static GtkWidget *
spin_row (const char  *title,
          const char  *subtitle,
          guint        lower,
          guint        value,
          GtkSpinButton **out_spin)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, 7 * 24 * 60, 5);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
  *out_spin = GTK_SPIN_BUTTON (spin);

  return row;
}

static GtkWidget *
entry_row (const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");

  return row;
}

static void
save_clicked_cb (FdResponseTargetsPage *self)
{
  fd_response_targets_page_save (self, NULL);
}

static void
build (FdResponseTargetsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdReportSettings) settings = NULL;
  g_autoptr(GPtrArray) channels = fd_channel_list ();
  GtkWidget *hours_group = adw_preferences_group_new ();
  GtkWidget *target_group = adw_preferences_group_new ();
  GtkWidget *channel_group = adw_preferences_group_new ();
  GtkWidget *save_group = adw_preferences_group_new ();
  GtkWidget *button, *box;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *local_zone = g_time_zone_get_identifier (local);

  settings = self->store != NULL ? fd_report_settings_load (self->store, &error) : NULL;
  if (settings == NULL)
    {
      if (error != NULL)
        g_warning ("Could not read the response targets: %s", error->message);
      settings = fd_report_settings_new ();
    }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (hours_group), _("Business Hours"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (hours_group),
                                         _("Waiting time counts only these hours. Leave the hours empty to count every hour."));
  self->hours_row = entry_row (_("Weekly _Hours"), settings->business_hours);
  gtk_widget_set_tooltip_text (self->hours_row, _("For example: mon-fri 09:00-17:30; sat 10:00-14:00"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (hours_group), self->hours_row);

  /* An empty setting means UTC; offer the computer's zone. */
  self->timezone_row = entry_row (_("_Time Zone"), *settings->timezone != '\0' ? settings->timezone
                                                   : g_strcmp0 (local_zone, "UTC") != 0 && strchr (local_zone, '/') != NULL ? local_zone : "");
  gtk_widget_set_tooltip_text (self->timezone_row, _("A name such as Europe/Madrid; empty for UTC"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (hours_group), self->timezone_row);

  self->days_off_row = entry_row (_("_Days Off"), settings->days_off);
  gtk_widget_set_tooltip_text (self->days_off_row, _("Dates as YYYY-MM-DD, split by commas"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (hours_group), self->days_off_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (hours_group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (target_group), _("First-Response Target"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (target_group),
                             spin_row (_("_Answer Within"), _("Minutes of business time"), 1,
                                       settings->target_minutes, &self->target_spin));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (target_group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (channel_group), _("Targets per Channel"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (channel_group),
                                         _("Minutes; 0 uses the target above."));
  for (guint i = 0; i < channels->len; i++)
    {
      const FdChannelInfo *info = g_ptr_array_index (channels, i);
      GtkSpinButton *spin;

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (channel_group),
                                 spin_row (fd_channel_display_name (info->name), NULL, 0,
                                           GPOINTER_TO_UINT (g_hash_table_lookup (settings->channel_targets, info->name)),
                                           &spin));
      g_hash_table_insert (self->channel_spins, g_strdup (info->name), spin);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (channel_group));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status_label, TRUE);
  gtk_label_set_xalign (self->status_label, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Saving"), -1);
  button = gtk_button_new_with_mnemonic (_("_Save Business Hours and Targets"));
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_object (button, "clicked", G_CALLBACK (save_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status_label));
  gtk_box_append (GTK_BOX (box), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (save_group), box);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (save_group));

  gtk_widget_set_sensitive (GTK_WIDGET (self), self->store != NULL);
}

static void
fd_response_targets_page_dispose (GObject *object)
{
  FdResponseTargetsPage *self = FD_RESPONSE_TARGETS_PAGE (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->channel_spins, g_hash_table_unref);

  G_OBJECT_CLASS (fd_response_targets_page_parent_class)->dispose (object);
}

static void
fd_response_targets_page_class_init (FdResponseTargetsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fd_response_targets_page_dispose;
}

static void
fd_response_targets_page_init (FdResponseTargetsPage *self)
{
  self->channel_spins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

GtkWidget *
fd_response_targets_page_new (FdStore *store)
{
  FdResponseTargetsPage *self;

  g_return_val_if_fail (!store || FD_IS_STORE (store), NULL);

  self = g_object_new (FD_TYPE_RESPONSE_TARGETS_PAGE,
                       "title", _("Response Targets"),
                       "icon-name", "alarm-symbolic",
                       NULL);
  if (store != NULL)
    self->store = g_object_ref (store);
  build (self);

  return GTK_WIDGET (self);
}

gboolean
fd_response_targets_page_save (FdResponseTargetsPage  *self,
                               GError                **error)
{
  g_autoptr(FdReportSettings) settings = fd_report_settings_new ();
  g_autoptr(GError) local_error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (FD_IS_RESPONSE_TARGETS_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  g_free (settings->business_hours);
  g_free (settings->timezone);
  g_free (settings->days_off);
  settings->business_hours = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->hours_row))));
  settings->timezone = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->timezone_row))));
  settings->days_off = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->days_off_row))));
  settings->target_minutes = (guint) gtk_spin_button_get_value_as_int (self->target_spin);
  g_hash_table_iter_init (&iter, self->channel_spins);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int minutes = gtk_spin_button_get_value_as_int (value);

      if (minutes > 0)
        g_hash_table_insert (settings->channel_targets, g_strdup (key), GUINT_TO_POINTER ((guint) minutes));
    }

  if (!fd_report_settings_save (self->store, settings, &local_error))
    {
      gtk_label_set_text (self->status_label, local_error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
  gtk_label_set_text (self->status_label, _("Saved. Reports and the inbox use these hours from now on."));
  return TRUE;
}
