/* fd-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fd-language.h"
#include "fd-notifications-page.h"
#include "fd-preferences-window.h"
#include "fd-response-targets-page.h"
#include "fd-saved-replies-page.h"
#include "fd-translation-setup.h"
#include "fd-translator-secret.h"

struct _FdPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  FdStore              *store;       /* the profile API keys belong to */

  AdwComboRow          *sort_row;
  GtkWidget            *sample_switch;
  GtkWidget            *sync_interval_spin;
  GtkWidget            *metered_switch;
  GtkWidget            *history_spin;
  GtkWidget            *languages_row;
  GtkWidget            *translations_switch;
  AdwPreferencesGroup  *engines_group;
  GtkWidget            *libretranslate_url_row;
  GtkWidget            *libretranslate_key_row;
  GtkWidget            *deepl_key_row;
  GtkWidget            *apy_url_row;
  GPtrArray            *engine_rows;
  GCancellable         *cancellable;
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

/* Translation engines */

typedef struct {
  const char *name;
  const char *title;
  const char *description;
} EngineInfo;

static const EngineInfo engine_infos[] = {
  { "apertium",       N_("Apertium"),       N_("On this computer: nothing leaves it") },
  { "apy",            N_("Apertium APy"),   N_("An Apertium server") },
  { "libretranslate", N_("LibreTranslate"), N_("A LibreTranslate server") },
  { "deepl",          N_("DeepL"),          N_("DeepL’s service, with an API key") },
};

static const EngineInfo *
find_engine_info (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (engine_infos); i++)
    if (g_strcmp0 (engine_infos[i].name, name) == 0)
      return &engine_infos[i];
  return NULL;
}

/* The enabled engines in their order, then the others. */
static GStrv
dup_engine_order (FdPreferencesWindow *self,
                  guint               *n_enabled)
{
  g_auto(GStrv) enabled = g_settings_get_strv (self->settings, "translation-engines");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  *n_enabled = 0;
  for (guint i = 0; enabled[i] != NULL; i++)
    if (find_engine_info (enabled[i]) != NULL)
      {
        g_strv_builder_add (builder, enabled[i]);
        (*n_enabled)++;
      }

  for (guint i = 0; i < G_N_ELEMENTS (engine_infos); i++)
    if (!g_strv_contains ((const char * const *)enabled, engine_infos[i].name))
      g_strv_builder_add (builder, engine_infos[i].name);

  return g_strv_builder_end (builder);
}

static void
set_enabled_engines (FdPreferencesWindow *self,
                     GStrvBuilder        *builder)
{
  g_auto(GStrv) names = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, "translation-engines", (const char * const *)names);
}

static void
engine_switch_cb (GtkSwitch           *toggle,
                  GParamSpec          *pspec,
                  FdPreferencesWindow *self)
{
  const char *name = g_object_get_data (G_OBJECT (toggle), "engine");
  g_auto(GStrv) enabled = g_settings_get_strv (self->settings, "translation-engines");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean active = gtk_switch_get_active (toggle);

  if (active == g_strv_contains ((const char * const *)enabled, name))
    return;

  for (guint i = 0; enabled[i] != NULL; i++)
    if (g_strcmp0 (enabled[i], name) != 0)
      g_strv_builder_add (builder, enabled[i]);
  if (active)
    g_strv_builder_add (builder, name);

  set_enabled_engines (self, builder);
}

static void
move_engine (FdPreferencesWindow *self,
             const char          *name,
             int                  delta)
{
  g_auto(GStrv) enabled = g_settings_get_strv (self->settings, "translation-engines");
  guint n = g_strv_length (enabled);

  for (guint i = 0; i < n; i++)
    {
      int j = (int)i + delta;

      if (g_strcmp0 (enabled[i], name) == 0 && j >= 0 && j < (int)n)
        {
          char *tmp = enabled[i];

          enabled[i] = enabled[j];
          enabled[j] = tmp;
          g_settings_set_strv (self->settings, "translation-engines", (const char * const *)enabled);
          return;
        }
    }
}

static void
move_up_clicked_cb (GtkButton           *button,
                    FdPreferencesWindow *self)
{
  move_engine (self, g_object_get_data (G_OBJECT (button), "engine"), -1);
}

static void
move_down_clicked_cb (GtkButton           *button,
                      FdPreferencesWindow *self)
{
  move_engine (self, g_object_get_data (G_OBJECT (button), "engine"), +1);
}

static char *
format_pairs (GPtrArray *pairs)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint shown = MIN (pairs->len, 6);

  if (pairs->len == 0)
    return g_strdup (_("No language pairs installed"));

  for (guint i = 0; i < shown; i++)
    {
      const FdTranslationPair *pair = g_ptr_array_index (pairs, i);

      if (i > 0)
        /* Translators: between language pairs in a list */
        g_string_append (text, C_("list separator", ", "));
      /* Translators: a language pair, e.g. "English → Spanish" */
      g_string_append_printf (text, C_("language pair", "%s → %s"),
                              fd_language_get_name (pair->from), fd_language_get_name (pair->to));
    }

  if (pairs->len > shown)
    {
      guint more = pairs->len - shown;

      /* Translators: after a list of language pairs */
      g_string_append_printf (text, ngettext (", and %u more", ", and %u more", more), more);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
pairs_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(AdwActionRow) row = user_data;
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  pairs = fd_translator_load_pairs_finish (FD_TRANSLATOR (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (pairs != NULL && g_str_equal (fd_translator_get_name (FD_TRANSLATOR (object)), "apertium"))
    {
      g_autofree char *list = format_pairs (pairs);

      /* Translators: under the Apertium engine: the pairs it has, then how
       * to add one; keep the command as it is */
      text = g_strdup_printf (_("%s. To add a pair, install its package: look for it with "
                                "“apt-cache search apertium-” and the language’s three-letter "
                                "code, e.g. “apertium-deu” for German."),
                              list);
    }
  else if (pairs != NULL)
    text = format_pairs (pairs);
  else
    /* Translators: %s says why the engine's languages are not known */
    text = g_strdup_printf (_("Unavailable: %s"), error->message);

  adw_action_row_set_subtitle (row, text);
}

/* Holds the window's cancellable, not the window: a window closed while
 * the keyring answers is let go of, and its cancellable says so. Held,
 * it would be freed only after the window it belongs to. */
typedef struct {
  GCancellable        *cancellable;
  AdwActionRow        *row;
  char                *name;
  char                *url;
} PairsLookup;

static void
pairs_lookup_free (PairsLookup *lookup)
{
  g_object_unref (lookup->cancellable);
  g_object_unref (lookup->row);
  g_free (lookup->name);
  g_free (lookup->url);
  g_free (lookup);
}

static void
show_pairs (PairsLookup *lookup,
            const char  *key)
{
  g_autoptr(FdTranslator) engine = fd_translation_setup_make_engine (lookup->name, lookup->url, key);

  if (engine == NULL)
    adw_action_row_set_subtitle (lookup->row,
                                 g_strcmp0 (lookup->name, "deepl") == 0
                                   ? _("Needs an API key: enter it below")
                                   : _("Needs the server’s address: enter it below"));
  else
    fd_translator_load_pairs_async (engine, lookup->cancellable, pairs_loaded_cb,
                                    g_object_ref (lookup->row));

  pairs_lookup_free (lookup);
}

static void
pairs_key_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  PairsLookup *lookup = user_data;
  g_autofree char *key = fd_translator_secret_lookup_finish (result, NULL);

  if (g_cancellable_is_cancelled (lookup->cancellable))
    pairs_lookup_free (lookup);
  else
    show_pairs (lookup, key);
}

/* FALSE, with the reason under the engine, when its server's address
 * is refused (plain http:// to another computer): no key is read for
 * it and nothing is sent there. */
static gboolean
check_engine_url (FdPreferencesWindow *self,
                  AdwActionRow        *row,
                  const char          *name)
{
  g_autofree char *url = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (name, "libretranslate") == 0)
    url = g_settings_get_string (self->settings, "libretranslate-url");
  else if (g_strcmp0 (name, "apy") == 0)
    url = g_settings_get_string (self->settings, "apy-url");

  if (url == NULL || *url == '\0' || fd_translator_check_server_url (url, &error))
    return TRUE;

  text = g_strdup_printf (_("Unavailable: %s"), error->message);
  adw_action_row_set_subtitle (row, text);
  return FALSE;
}

/* The address rows show a refused address in the error style. */
static void
mark_url_row (GtkWidget  *row,
              const char *url)
{
  if (url != NULL && *url != '\0' && !fd_translator_check_server_url (url, NULL))
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
load_pairs (FdPreferencesWindow *self,
            AdwActionRow        *row,
            const char          *name)
{
  PairsLookup *lookup;

  if (!check_engine_url (self, row, name))
    return;

  lookup = g_new0 (PairsLookup, 1);
  adw_action_row_set_subtitle (row, _("Looking up its languages…"));

  lookup->cancellable = g_object_ref (self->cancellable);
  lookup->row = g_object_ref (row);
  lookup->name = g_strdup (name);
  if (g_strcmp0 (name, "libretranslate") == 0)
    lookup->url = g_settings_get_string (self->settings, "libretranslate-url");
  else if (g_strcmp0 (name, "apy") == 0)
    lookup->url = g_settings_get_string (self->settings, "apy-url");

  if (self->store != NULL)
    fd_translator_secret_lookup_async (self->store, name, lookup->url ? lookup->url : "", self->cancellable,
                                       pairs_key_cb, lookup);
  else
    show_pairs (lookup, NULL);
}

static GtkWidget *
create_move_button (FdPreferencesWindow *self,
                    const char          *name,
                    gboolean             up,
                    gboolean             sensitive)
{
  const EngineInfo *info = find_engine_info (name);
  GtkWidget *button = gtk_button_new_from_icon_name (up ? "go-up-symbolic" : "go-down-symbolic");
  g_autofree char *a11y = NULL;

  /* Translators: read by screen readers and shown as a tooltip; %s is an engine */
  a11y = g_strdup_printf (up ? _("Try %s Earlier") : _("Try %s Later"), _(info->title));
  gtk_widget_set_tooltip_text (button, a11y);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, sensitive);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "engine", g_strdup (name), g_free);
  g_signal_connect_object (button, "clicked",
                           up ? G_CALLBACK (move_up_clicked_cb) : G_CALLBACK (move_down_clicked_cb),
                           self, 0);
  return button;
}

static void
rebuild_engines (FdPreferencesWindow *self)
{
  guint n_enabled = 0;
  g_auto(GStrv) order = NULL;

  for (guint i = 0; i < self->engine_rows->len; i++)
    adw_preferences_group_remove (self->engines_group, g_ptr_array_index (self->engine_rows, i));
  g_ptr_array_set_size (self->engine_rows, 0);

  if (self->settings == NULL)
    return;

  {
    g_autofree char *libretranslate_url = g_settings_get_string (self->settings, "libretranslate-url");
    g_autofree char *apy_url = g_settings_get_string (self->settings, "apy-url");

    mark_url_row (self->libretranslate_url_row, libretranslate_url);
    mark_url_row (self->apy_url_row, apy_url);
  }

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  order = dup_engine_order (self, &n_enabled);
  for (guint i = 0; order[i] != NULL; i++)
    {
      const EngineInfo *info = find_engine_info (order[i]);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();
      gboolean enabled = i < n_enabled;
      g_autofree char *title = NULL;

      /* Translators: an engine's name, then what it is */
      title = g_strdup_printf (_("%s — %s"), _(info->title), _(info->description));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

      if (enabled)
        {
          /* Prefixes are packed from the row's start inwards. */
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), create_move_button (self, order[i], FALSE, i + 1 < n_enabled));
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), create_move_button (self, order[i], TRUE, i > 0));
          load_pairs (self, ADW_ACTION_ROW (row), order[i]);
        }
      else
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not used"));

      gtk_switch_set_active (GTK_SWITCH (toggle), enabled);
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->title), -1);
      g_object_set_data_full (G_OBJECT (toggle), "engine", g_strdup (order[i]), g_free);
      g_signal_connect_object (toggle, "notify::active", G_CALLBACK (engine_switch_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);

      adw_preferences_group_add (self->engines_group, row);
      g_ptr_array_add (self->engine_rows, row);
    }
}

static void
key_stored_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(FdPreferencesWindow) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;
  gboolean stored = fd_translator_secret_store_finish (result, &error);

  g_weak_ref_clear (weak);
  g_free (weak);
  /* Stored all the same when the window was closed meanwhile. */
  if (self == NULL)
    return;

  if (!stored)
    {
      /* Translators: %s says why */
      g_autofree char *text = g_strdup_printf (_("The key could not be saved: %s"), error->message);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (text));
      return;
    }

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Key saved in the keyring")));
  rebuild_engines (self);
}

static void
store_key (FdPreferencesWindow *self,
           const char          *engine,
           const char          *url,
           GtkEditable         *row)
{
  GWeakRef *weak = g_new0 (GWeakRef, 1);

  g_return_if_fail (self->store != NULL);

  /* Not a reference: the window may close before the keyring answers. */
  g_weak_ref_init (weak, self);
  fd_translator_secret_store_async (self->store, engine, url ? url : "", gtk_editable_get_text (row),
                                    NULL, key_stored_cb, weak);
  gtk_editable_set_text (row, "");
}

static void
libretranslate_key_apply_cb (FdPreferencesWindow *self)
{
  g_autofree char *url = self->settings ? g_settings_get_string (self->settings, "libretranslate-url") : NULL;

  store_key (self, "libretranslate", url, GTK_EDITABLE (self->libretranslate_key_row));
}

static void
deepl_key_apply_cb (FdPreferencesWindow *self)
{
  store_key (self, "deepl", NULL, GTK_EDITABLE (self->deepl_key_row));
}

static void
engines_changed_cb (FdPreferencesWindow *self,
                    const char          *key)
{
  rebuild_engines (self);
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
      gtk_widget_set_sensitive (GTK_WIDGET (self->engines_group), FALSE);
      gtk_widget_set_sensitive (self->libretranslate_url_row, FALSE);
      gtk_widget_set_sensitive (self->libretranslate_key_row, FALSE);
      gtk_widget_set_sensitive (self->deepl_key_row, FALSE);
      gtk_widget_set_sensitive (self->apy_url_row, FALSE);
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
  g_settings_bind (self->settings, "libretranslate-url",
                   self->libretranslate_url_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "apy-url",
                   self->apy_url_row, "text", G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->settings, "changed::translation-engines",
                           G_CALLBACK (engines_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::libretranslate-url",
                           G_CALLBACK (engines_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::apy-url",
                           G_CALLBACK (engines_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild_engines (self);
}

static void
fd_preferences_window_dispose (GObject *object)
{
  FdPreferencesWindow *self = (FdPreferencesWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->engine_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (fd_preferences_window_parent_class)->dispose (object);
}

static void
fd_preferences_window_class_init (FdPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/preferences/fd-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, sort_row);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, sample_switch);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, sync_interval_spin);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, metered_switch);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, history_spin);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, languages_row);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, translations_switch);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, engines_group);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, libretranslate_url_row);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, libretranslate_key_row);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, deepl_key_row);
  gtk_widget_class_bind_template_child (widget_class, FdPreferencesWindow, apy_url_row);
  gtk_widget_class_bind_template_callback (widget_class, libretranslate_key_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, deepl_key_apply_cb);
}

static void
fd_preferences_window_init (FdPreferencesWindow *self)
{
  self->engine_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fd_preferences_window_new (GSettings *settings,
                           FdStore   *store)
{
  FdPreferencesWindow *self;

  g_return_val_if_fail (!settings || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (!store || FD_IS_STORE (store), NULL);

  self = g_object_new (FD_TYPE_PREFERENCES_WINDOW, NULL);
  if (settings != NULL)
    self->settings = g_object_ref (settings);
  if (store != NULL)
    self->store = g_object_ref (store);
  bind_settings (self);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (fd_notifications_page_new (settings)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (fd_response_targets_page_new (store)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (fd_saved_replies_page_new (store)));
  if (store == NULL)
    {
      gtk_widget_set_sensitive (self->libretranslate_key_row, FALSE);
      gtk_widget_set_sensitive (self->deepl_key_row, FALSE);
    }

  return GTK_WIDGET (self);
}
