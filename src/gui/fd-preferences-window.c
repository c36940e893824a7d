/* fd-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fd-preferences-window.h"

struct _FdPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *sort_row;
  GtkWidget            *sample_switch;
  GtkWidget            *sync_interval_spin;
  GtkWidget            *metered_switch;
  GtkWidget            *history_spin;
  GtkWidget            *languages_row;
  GtkWidget            *translations_switch;
  GtkWidget            *engines_row;
};

G_DEFINE_FINAL_TYPE (FdPreferencesWindow, fd_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char * const sort_orders[] = { "newest", "longest-waiting" };

static gboolean
sort_get_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char *str = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sort_orders); i++)
    {
      if (g_strcmp0 (str, sort_orders[i]) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
sort_set_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  if (i >= G_N_ELEMENTS (sort_orders))
    return NULL;

  return g_variant_new_string (sort_orders[i]);
}

/* A list of codes is edited as "en, es, fr". */
static gboolean
strv_get_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_autofree const char **strv = g_variant_get_strv (variant, NULL);

  g_value_take_string (value, g_strjoinv (", ", (char **)strv));
  return TRUE;
}

static GVariant *
strv_set_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  g_auto(GStrv) parts = g_strsplit_set (g_value_get_string (value), ", ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  result = g_strv_builder_end (builder);
  return g_variant_new_strv ((const char * const *)result, -1);
}

static void
bind_settings (FdPreferencesWindow *self)
{
  if (self->settings == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->sort_row), FALSE);
      gtk_widget_set_sensitive (self->sample_switch, FALSE);
      gtk_widget_set_sensitive (self->sync_interval_spin, FALSE);
      gtk_widget_set_sensitive (self->metered_switch, FALSE);
      gtk_widget_set_sensitive (self->history_spin, FALSE);
      gtk_widget_set_sensitive (self->languages_row, FALSE);
      gtk_widget_set_sensitive (self->translations_switch, FALSE);
      gtk_widget_set_sensitive (self->engines_row, FALSE);
      return;
    }

  g_settings_bind_with_mapping (self->settings, "sort-order",
                                self->sort_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                sort_get_mapping, sort_set_mapping, NULL, NULL);
  g_settings_bind (self->settings, "use-sample-profile",
                   self->sample_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sync-interval",
                   self->sync_interval_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sync-on-metered",
                   self->metered_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "history-days",
                   self->history_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "expected-languages",
                                self->languages_row, "text",
                                G_SETTINGS_BIND_DEFAULT,
                                strv_get_mapping, strv_set_mapping, NULL, NULL);
  g_settings_bind (self->settings, "show-translations",
                   self->translations_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "translation-engines",
                                self->engines_row, "text",
                                G_SETTINGS_BIND_DEFAULT,
                                strv_get_mapping, strv_set_mapping, NULL, NULL);
}

static void
fd_preferences_window_dispose (GObject *object)
{
  FdPreferencesWindow *self = (FdPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fd_preferences_window_parent_class)->dispose (object);
}

static void
fd_preferences_window_class_init (FdPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fd-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, sort_row);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, sample_switch);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, sync_interval_spin);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, metered_switch);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, history_spin);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, languages_row);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, translations_switch);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, engines_row);
}

static void
fd_preferences_window_init (FdPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fd_preferences_window_new (GSettings *settings)
{
  FdPreferencesWindow *self;

  g_return_val_if_fail (!settings || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (FD_TYPE_PREFERENCES_WINDOW, NULL);
  if (settings != NULL)
    self->settings = g_object_ref (settings);
  bind_settings (self);

  return GTK_WIDGET (self);
}
