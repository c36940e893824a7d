/* fd-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-application"

#include "config.h"

#include <glib/gi18n.h>

#include "fd-application.h"
#include "fd-background.h"
#include "fd-backup.h"
#include "fd-help.h"
#include "fd-language.h"
#include "fd-notifier.h"
#include "fd-notify-query.h"
#include "fd-preferences-window.h"
#include "fd-sample.h"
#include "fd-store.h"
#include "fd-sync-manager.h"
#include "fd-window.h"
#include "fd-window-private.h"

#define SCHEMA_ID "io.github.frontdesk.Frontdesk"

struct _FdApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *data_dir;

  /* Syncs the real profile (never the sample one) while the app runs. */
  FdSyncManager  *sync_manager;
  char           *sync_error;
  /* Notifications of what the sync brings; snoozes waking. */
  FdNotifier     *notifier;

  /* Held while "Run in background" is on: closing the window then
   * leaves the sync running. */
  gboolean        held;
  /* Started with --background (at login): no window until asked. */
  gboolean        start_hidden;
  FdBackgroundResult background_result;
  guint           n_background_requests;
  /* A window is being replaced by another (the sample profile), or
   * closed by Quit: no question about the background. */
  gboolean        replacing;

  /* The profile and its inbox, opened and loading before the first window
   * is made, for that window. */
  FdStore        *first_store;
  FdInboxModel   *first_inbox;
  /* Why the first open failed: a damaged store was checked once already. */
  GError         *first_error;
};

G_DEFINE_FINAL_TYPE (FdApplication, fd_application, ADW_TYPE_APPLICATION)

GSettings *
fd_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);

  if (schema == NULL)
    {
      g_warning ("The settings schema %s is not installed: preferences will not be kept. "
                 "Set GSETTINGS_SCHEMA_DIR to the build's data folder to run uninstalled.",
                 SCHEMA_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static gboolean
use_sample (FdApplication *self)
{
  return self->settings != NULL &&
         g_settings_get_boolean (self->settings, "use-sample-profile");
}

static gboolean
interval_get_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  /* The setting is in minutes, the manager counts milliseconds. */
  g_value_set_uint (value, g_variant_get_uint32 (variant) * 60 * 1000);
  return TRUE;
}

static gboolean
invert_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_boolean (value, !g_variant_get_boolean (variant));
  return TRUE;
}

static void
stop_sync (FdApplication *self)
{
  if (self->sync_manager == NULL)
    return;

  fd_sync_manager_stop (self->sync_manager);
  g_clear_object (&self->notifier);
  g_clear_object (&self->sync_manager);
  g_clear_pointer (&self->sync_error, g_free);
}

/* No notification about the conversation the person is looking at. */
static gboolean
conversation_shown_cb (gint64   conversation_id,
                       gpointer user_data)
{
  FdApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return FD_IS_WINDOW (window) &&
         gtk_window_is_active (window) &&
         gtk_widget_get_visible (GTK_WIDGET (window)) &&
         fd_window_get_shown_conversation (FD_WINDOW (window)) == conversation_id;
}

/* Reads the accounts (one small table) and starts syncing them. A second
 * Frontdesk, or frontdesk-cli sync, may already sync the profile: then
 * the window says so and shows what is stored. */
static void
start_sync (FdApplication *self,
            FdStore       *store)
{
  g_autoptr(GError) error = NULL;

  if (self->sync_manager != NULL)
    return;

  self->sync_manager = fd_sync_manager_new (fd_store_get_data_dir (store), NULL);

  if (self->settings != NULL)
    {
      g_settings_bind_with_mapping (self->settings, "sync-interval",
                                    self->sync_manager, "poll-interval",
                                    G_SETTINGS_BIND_GET,
                                    interval_get_mapping, NULL, NULL, NULL);
      g_settings_bind_with_mapping (self->settings, "sync-on-metered",
                                    self->sync_manager, "pause-on-metered",
                                    G_SETTINGS_BIND_GET,
                                    invert_get_mapping, NULL, NULL, NULL);
    }

  if (!fd_sync_manager_load_accounts (self->sync_manager, store, &error))
    {
      g_warning ("Sync is not running: %s", error->message);
      self->sync_error = g_strdup (error->message);
      return;
    }

  /* Before the first run ends: what is stored now is not new. */
  self->notifier = fd_notifier_new (G_APPLICATION (self), self->settings, store);
  fd_notifier_set_shown_func (self->notifier, conversation_shown_cb, self);
  fd_notifier_set_sync_manager (self->notifier, self->sync_manager);
  fd_notifier_check_snoozes (self->notifier);

  if (!fd_sync_manager_start (self->sync_manager, &error))
    {
      g_warning ("Sync is not running: %s", error->message);
      self->sync_error = g_strdup (error->message);
    }
}

static char *
dup_data_dir (FdApplication *self)
{
  return self->data_dir != NULL ? g_strdup (self->data_dir) : fd_store_default_data_dir ();
}

static void
daily_backup_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FdApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fd_backup_make_daily_finish (result, &error);
  GtkWindow *window;

  if (path != NULL)
    g_debug ("Daily backup of the messages: %s", path);
  if (error == NULL)
    return;

  g_warning ("No daily backup of the messages was made: %s", error->message);
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (FD_IS_WINDOW (window))
    fd_window_toast (FD_WINDOW (window), _("Today’s backup of the messages could not be made. "
                                           "Run “frontdesk-cli backup” to see why."));
}

static void reopen_window (FdApplication *self);

/* Damaged: the window offers the backups, then opens the profile again. */
static void
show_open_error (FdApplication *self,
                 FdWindow      *window,
                 const GError  *error)
{
  const char *title = _("Could Not Open the Messages");

  if (g_error_matches (error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT))
    {
      g_autofree char *data_dir = dup_data_dir (self);
      FdRestorePage *page = fd_window_show_damaged (window, data_dir, error->message);

      g_signal_connect_object (page, "restored", G_CALLBACK (reopen_window), self, G_CONNECT_SWAPPED);
      return;
    }

  if (g_error_matches (error, FD_STORE_ERROR, FD_STORE_ERROR_TOO_NEW))
    title = _("Written by a Newer Frontdesk");

  fd_window_show_error (window, title, error->message);
}

static void
background_request_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(FdApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  FdBackgroundResult outcome = fd_background_request_finish (result, &error);

  if (error != NULL)
    {
      g_debug ("No answer about running in the background: %s", error->message);
      return;
    }

  self->background_result = outcome;
  if (outcome == FD_BACKGROUND_DENIED)
    g_message ("The desktop does not let Frontdesk run in the background: it stops when its window is closed.");
}

/* Tells the desktop, through the Background portal where there is one. */
static void
request_background (FdApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  self->n_background_requests++;
  fd_background_request_async (window,
                               self->settings != NULL && g_settings_get_boolean (self->settings, "start-at-login"),
                               NULL, background_request_cb, g_object_ref (self));
}

static gboolean
run_in_background (FdApplication *self)
{
  return self->settings != NULL && g_settings_get_boolean (self->settings, "run-in-background");
}

static void
update_hold (FdApplication *self)
{
  gboolean want = run_in_background (self);

  if (want && !self->held)
    g_application_hold (G_APPLICATION (self));
  else if (!want && self->held)
    g_application_release (G_APPLICATION (self));
  self->held = want;
}

static void
background_setting_changed_cb (FdApplication *self)
{
  update_hold (self);
  if (run_in_background (self))
    request_background (self);
}

static void
first_close_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         GtkWindow        *window)
{
  FdApplication *self = FD_APPLICATION (gtk_window_get_application (window));

  if (self != NULL && self->settings != NULL)
    g_settings_set_boolean (self->settings, "run-in-background", g_strcmp0 (response, "quit") != 0);
  gtk_window_close (window);
}

/* The first time the window of a synced profile is closed, say what
 * running in the background is and ask. */
static gboolean
window_close_request_cb (GtkWindow     *window,
                         FdApplication *self)
{
  AdwMessageDialog *dialog;

  if (self->settings == NULL || self->sync_manager == NULL || self->replacing ||
      fd_window_get_sample (FD_WINDOW (window)) ||
      g_settings_get_boolean (self->settings, "run-in-background-asked"))
    return FALSE;

  g_settings_set_boolean (self->settings, "run-in-background-asked", TRUE);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Keep Running in the Background?"),
                                                       _("Frontdesk can keep fetching messages after its window "
                                                         "is closed, and tell you when customers write. Quit in "
                                                         "the menu stops it; Preferences can change this later.")));
  adw_message_dialog_add_responses (dialog,
                                    "quit", _("_Quit When Closed"),
                                    "background", _("_Keep Running"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "background", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "background");
  adw_message_dialog_set_close_response (dialog, "background");
  g_signal_connect_object (dialog, "response", G_CALLBACK (first_close_response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static FdWindow *
create_window (FdApplication *self)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdInboxModel) inbox = NULL;
  g_autoptr(GError) error = NULL;
  gboolean sample = use_sample (self);
  FdWindow *window;

  if (sample)
    store = fd_sample_open (&error);
  else if (self->first_store != NULL)
    {
      /* The first window: its inbox is already loading. */
      store = g_steal_pointer (&self->first_store);
      inbox = g_steal_pointer (&self->first_inbox);
    }
  else if (self->first_error != NULL)
    error = g_steal_pointer (&self->first_error);
  else
    {
      g_autofree char *data_dir = dup_data_dir (self);

      store = fd_store_open (data_dir, &error);
    }

  if (sample || store == NULL)
    stop_sync (self);
  else
    {
      start_sync (self, store);
      /* The sync manager asks too; one copy is made. */
      fd_backup_make_daily_async (fd_store_get_data_dir (store), NULL,
                                  daily_backup_cb, g_object_ref (self));
    }

  window = fd_window_new_with_inbox (GTK_APPLICATION (self), store, inbox, self->settings, sample);
  g_signal_connect_object (window, "close-request", G_CALLBACK (window_close_request_cb), self, 0);
  if (!sample && self->sync_manager != NULL)
    fd_window_set_sync_manager (window, self->sync_manager, self->sync_error);

  if (store == NULL)
    show_open_error (self, window, error);

  return window;
}

/* Replaces the window, e.g. when entering or leaving the sample profile:
 * the two profiles never share a store. */
static void
reopen_window (FdApplication *self)
{
  GtkWindow *old = gtk_application_get_active_window (GTK_APPLICATION (self));
  FdWindow *window = create_window (self);

  gtk_window_present (GTK_WINDOW (window));

  if (old != NULL)
    {
      self->replacing = TRUE;
      gtk_window_close (old);
      self->replacing = FALSE;
    }
}

static void
use_sample_changed_cb (FdApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL || !FD_IS_WINDOW (window))
    return;

  if (fd_window_get_sample (FD_WINDOW (window)) != use_sample (self))
    reopen_window (self);
}

static void
fd_application_activate (GApplication *app)
{
  FdApplication *self = FD_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* Started at login: sync and notify, and show a window when asked. */
  if (window == NULL && self->start_hidden)
    {
      g_autofree char *data_dir = dup_data_dir (self);
      g_autoptr(FdStore) store = NULL;
      g_autoptr(GError) error = NULL;

      self->start_hidden = FALSE;
      if (!use_sample (self) && (store = fd_store_open (data_dir, &error)) != NULL)
        {
          start_sync (self, store);
          return;
        }
      if (error != NULL)
        g_warning ("Could not open the messages in the background: %s", error->message);
    }

  if (window == NULL)
    window = GTK_WINDOW (create_window (self));

  gtk_window_present (window);
}

static int
fd_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  FdApplication *self = FD_APPLICATION (app);
  const char *data_dir = NULL;

  if (g_variant_dict_lookup (options, "data-dir", "^&ay", &data_dir))
    self->data_dir = g_canonicalize_filename (data_dir, NULL);

  if (g_variant_dict_contains (options, "background"))
    {
      g_autoptr(GError) error = NULL;

      /* Already running: nothing to start, and no window to raise. */
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (g_application_get_is_remote (app))
        return 0;
      self->start_hidden = TRUE;
    }

  return G_APPLICATION_CLASS (fd_application_parent_class)->handle_local_options (app, options);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  FdApplication *self = user_data;
  /* A copy: a window closed leaves the application's list. */
  g_autolist(GtkWindow) windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                                                    (GCopyFunc) g_object_ref, NULL);

  /* Closing each window saves its draft and size. */
  /* Quit stops everything, running in the background or not, without
   * the question of a first close. */
  self->replacing = TRUE;
  for (const GList *l = windows; l != NULL; l = l->next)
    if (FD_IS_WINDOW (l->data))
      gtk_window_close (l->data);
  self->replacing = FALSE;

  stop_sync (self);
  if (self->held)
    g_application_release (G_APPLICATION (self));
  self->held = FALSE;
  g_application_quit (G_APPLICATION (self));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  FdApplication *self = user_data;
  static const char *developers[] = { "The Frontdesk developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Frontdesk"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Frontdesk developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Answer every customer in the channel they used"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
show_preferences (FdApplication *self,
                  const char    *page)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  /* Translation keys belong to the profile the window shows. */
  FdStore *store = FD_IS_WINDOW (active) ? fd_window_get_store (FD_WINDOW (active)) : NULL;
  GtkWidget *prefs = fd_preferences_window_new (self->settings, store);

  if (page != NULL)
    adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), page);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), active);
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  show_preferences (user_data, NULL);
}

/* "Set Up…" where a message cannot be translated: the engines and pairs */
static void
preferences_languages_action (GSimpleAction *action,
                              GVariant      *param,
                              gpointer       user_data)
{
  show_preferences (user_data, "languages");
}

static void
help_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  FdApplication *self = user_data;

  fd_help_show (gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
set_sample (FdApplication *self,
            gboolean       sample)
{
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "use-sample-profile", sample);
  else
    {
      /* Without settings nothing notifies us: switch directly. */
      GtkWindow *old = gtk_application_get_active_window (GTK_APPLICATION (self));
      g_autoptr(GError) error = NULL;
      g_autoptr(FdStore) store = NULL;
      FdWindow *window;

      if (sample)
        store = fd_sample_open (&error);
      else
        {
          g_autofree char *data_dir = dup_data_dir (self);

          store = fd_store_open (data_dir, &error);
        }

      if (sample || store == NULL)
        stop_sync (self);
      else
        start_sync (self, store);

      window = fd_window_new (GTK_APPLICATION (self), store, NULL, sample);
      if (!sample && self->sync_manager != NULL)
        fd_window_set_sync_manager (window, self->sync_manager, self->sync_error);
      if (store == NULL)
        show_open_error (self, window, error);
      gtk_window_present (GTK_WINDOW (window));
      if (old != NULL)
        {
          self->replacing = TRUE;
          gtk_window_close (old);
          self->replacing = FALSE;
        }
    }
}

static void
explore_sample_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  set_sample (user_data, TRUE);
}

static void
leave_sample_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  set_sample (user_data, FALSE);
}

/* The newest message of @conversation_id a customer wrote, else the
 * newest: what opening the conversation shows. */
static gint64
conversation_message (FdStore *store,
                      gint64   conversation_id)
{
  g_autoptr(GPtrArray) messages = fd_store_get_conversation (store, conversation_id, NULL);
  gint64 id = 0;

  for (guint i = 0; messages != NULL && i < messages->len; i++)
    {
      FdMessage *message = g_ptr_array_index (messages, i);

      if (id == 0 || fd_message_get_direction (message) == FD_DIRECTION_IN)
        id = fd_message_get_id (message);
    }
  return id;
}

static FdWindow *
ensure_window (FdApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!FD_IS_WINDOW (window))
    window = GTK_WINDOW (create_window (self));
  gtk_window_present (window);
  return FD_WINDOW (window);
}

/* A notification's default action. */
static void
open_conversation_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  FdApplication *self = user_data;
  gint64 conversation_id = g_variant_get_int64 (param);
  FdWindow *window = ensure_window (self);
  FdStore *store = fd_window_get_store (window);
  gint64 message_id;

  if (store == NULL || fd_window_get_sample (window))
    return;
  if ((message_id = conversation_message (store, conversation_id)) != 0)
    fd_window_open_message (window, message_id);
  if (self->notifier != NULL)
    fd_notifier_withdraw (self->notifier, conversation_id);
}

/* A notification's "Mark as Answered", with or without a window. */
static void
mark_answered_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  FdApplication *self = user_data;
  gint64 conversation_id = g_variant_get_int64 (param);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (FD_IS_WINDOW (window) && fd_window_get_store (FD_WINDOW (window)) != NULL &&
      !fd_window_get_sample (FD_WINDOW (window)))
    store = g_object_ref (fd_window_get_store (FD_WINDOW (window)));
  else
    {
      g_autofree char *data_dir = dup_data_dir (self);

      store = fd_store_open (data_dir, &error);
    }

  if (store == NULL || !fd_notify_mark_answered (store, conversation_id, &error))
    {
      g_warning ("Could not mark the conversation answered: %s", error->message);
      return;
    }
  if (self->notifier != NULL)
    fd_notifier_withdraw (self->notifier, conversation_id);
}

static const GActionEntry app_actions[] = {
  { "open-conversation", open_conversation_action, "x" },
  { "mark-answered", mark_answered_action, "x" },
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "preferences-languages", preferences_languages_action },
  { "help", help_action },
  { "explore-sample", explore_sample_action },
  { "leave-sample", leave_sample_action },
};

/* Opens the profile and starts reading the inbox the first window will
 * show, on a worker thread, while GTK and libadwaita start up. */
static void
open_first_inbox (FdApplication *self)
{
  g_autofree char *data_dir = NULL;
  g_autoptr(FdFilter) filter = NULL;

  if (self->settings == NULL || use_sample (self))
    return;

  data_dir = dup_data_dir (self);
  /* On failure the window says why. */
  g_clear_error (&self->first_error);
  self->first_store = fd_store_open (data_dir, &self->first_error);
  /* Kept only when it took a check of the whole file to find out. */
  if (self->first_error != NULL &&
      !g_error_matches (self->first_error, FD_STORE_ERROR, FD_STORE_ERROR_CORRUPT))
    g_clear_error (&self->first_error);
  filter = fd_window_dup_initial_filter (self->settings);
  if (self->first_store == NULL || filter == NULL)
    return;

  self->first_inbox = fd_inbox_model_new (self->first_store);
  fd_inbox_model_set_filter (self->first_inbox, filter);
  fd_inbox_model_load_now (self->first_inbox);
}

/* What the customers write in, as set in Preferences: what language
 * detection chooses from (empty: the system's languages). A list being
 * typed, or with a mistake, leaves the one in use. */
static void
expected_languages_changed_cb (FdApplication *self)
{
  g_auto(GStrv) languages = g_settings_get_strv (self->settings, "expected-languages");
  g_autoptr(GError) error = NULL;

  if (!fd_language_set_business_languages (languages[0] != NULL ? (const char * const *) languages : NULL, &error))
    g_debug ("The expected languages stay as they were: %s", error->message);
}

static void
fd_application_startup (GApplication *app)
{
  FdApplication *self = FD_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  self->settings = fd_settings_new ();
  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::expected-languages",
                               G_CALLBACK (expected_languages_changed_cb), self, G_CONNECT_SWAPPED);
      expected_languages_changed_cb (self);
    }
  open_first_inbox (self);

  G_APPLICATION_CLASS (fd_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", prefs_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", shortcuts_accels);

  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::use-sample-profile",
                             G_CALLBACK (use_sample_changed_cb), self, G_CONNECT_SWAPPED);

  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::run-in-background",
                               G_CALLBACK (background_setting_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::start-at-login",
                               G_CALLBACK (background_setting_changed_cb), self, G_CONNECT_SWAPPED);
      update_hold (self);
      if (run_in_background (self))
        request_background (self);
    }
}

/* How long quitting waits for work in threads (a count, a backup) to
 * finish with the profile. */
#define CLOSE_WAIT_USEC (5 * G_USEC_PER_SEC)

static void
fd_application_shutdown (GApplication *app)
{
  FdApplication *self = FD_APPLICATION (app);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  gint64 deadline;

  /* Cancels running work; a reply half sent is checked by its
   * idempotency key at the next start. */
  stop_sync (self);

  /* The windows let go of the profile, and work still running in
   * threads finishes with it: the last store to close marks the profile
   * closed cleanly, and the next start needs no check of the whole file. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_clear_object (&self->first_inbox);
  g_clear_object (&self->first_store);
  deadline = g_get_monotonic_time () + CLOSE_WAIT_USEC;
  while (fd_store_count_live () > 0 && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (5000);
    }
  if (fd_store_count_live () > 0)
    g_debug ("Quitting with %u stores still open", fd_store_count_live ());

  G_APPLICATION_CLASS (fd_application_parent_class)->shutdown (app);
}

static void
fd_application_finalize (GObject *object)
{
  FdApplication *self = (FdApplication *)object;

  g_clear_object (&self->notifier);
  g_clear_object (&self->sync_manager);
  g_clear_pointer (&self->sync_error, g_free);
  g_clear_object (&self->first_inbox);
  g_clear_object (&self->first_store);
  g_clear_error (&self->first_error);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->data_dir, g_free);

  G_OBJECT_CLASS (fd_application_parent_class)->finalize (object);
}

static void
fd_application_class_init (FdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = fd_application_finalize;

  app_class->activate = fd_application_activate;
  app_class->startup = fd_application_startup;
  app_class->shutdown = fd_application_shutdown;
  app_class->handle_local_options = fd_application_handle_local_options;
}

static void
fd_application_init (FdApplication *self)
{
  static const GOptionEntry entries[] = {
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Keep messages in DIR instead of the default profile"), N_("DIR") },
    { "background", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Start without a window: sync and notify (as at login)"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  self->background_result = FD_BACKGROUND_DENIED;
}

FdApplication *
fd_application_new (void)
{
  return g_object_new (FD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

GSettings *
fd_application_get_settings (FdApplication *self)
{
  g_return_val_if_fail (FD_IS_APPLICATION (self), NULL);

  return self->settings;
}

FdSyncManager *
fd_application_get_sync_manager (FdApplication *self)
{
  g_return_val_if_fail (FD_IS_APPLICATION (self), NULL);

  return self->sync_manager;
}

FdNotifier *
fd_application_get_notifier (FdApplication *self)
{
  g_return_val_if_fail (FD_IS_APPLICATION (self), NULL);

  return self->notifier;
}

/* How many times the app asked to run in the background, and what the
 * last answer was (tests). */
guint
fd_application_get_background_requests (FdApplication      *self,
                                        FdBackgroundResult *last)
{
  g_return_val_if_fail (FD_IS_APPLICATION (self), 0);

  if (last != NULL)
    *last = self->background_result;
  return self->n_background_requests;
}
