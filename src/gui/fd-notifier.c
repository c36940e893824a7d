/* fd-notifier.c: the app's notifications (fd-notifier.h).
 *
 * One notification per conversation, under the same id, so that more
 * messages update it instead of stacking. Nothing for our own replies,
 * imports (they belong to no account), answered, archived or snoozed
 * conversations, or the first sync of a new account, which brings its
 * history: that gets one summary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-notifier"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-channel.h"
#include "fd-notifier.h"
#include "fd-notify-query.h"
#include "fd-reports.h"
#include "fd-snooze.h"

struct _FdNotifier
{
  GObject              parent_instance;

  GApplication        *application;   /* (unowned) it owns us */
  GSettings           *settings;
  FdStore             *store;
  FdSyncManager       *manager;

  FdNotifierClock      clock;
  gpointer             clock_data;
  FdNotifierShownFunc  shown_func;
  gpointer             shown_data;

  /* account id -> the highest message id already looked at */
  GHashTable          *last_ids;
  /* account ids whose first sync is still to come */
  GHashTable          *fresh;
  /* conversation ids with a notification out */
  GHashTable          *shown;
  guint                snooze_timeout;
  guint                overdue_timeout;
};

G_DEFINE_FINAL_TYPE (FdNotifier, fd_notifier, G_TYPE_OBJECT)

static gint64
real_clock (gpointer user_data)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gint64
now (FdNotifier *self)
{
  return self->clock (self->clock_data);
}

static gboolean
get_boolean (FdNotifier *self,
             const char *key,
             gboolean    fallback)
{
  return self->settings != NULL ? g_settings_get_boolean (self->settings, key) : fallback;
}

/* Quiet hours wrap around midnight when they end before they start. */
static gboolean
in_quiet_hours (FdNotifier *self)
{
  g_autoptr(GDateTime) local = NULL;
  guint start, end, minute;

  if (!get_boolean (self, "quiet-hours", FALSE))
    return FALSE;

  start = g_settings_get_uint (self->settings, "quiet-hours-start");
  end = g_settings_get_uint (self->settings, "quiet-hours-end");
  local = g_date_time_new_from_unix_local (now (self));
  minute = (guint) (g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local));

  if (start == end)
    return FALSE;
  if (start < end)
    return minute >= start && minute < end;
  return minute >= start || minute < end;
}

static gboolean
channel_muted (FdNotifier *self,
               const char *channel)
{
  g_auto(GStrv) muted = NULL;

  if (self->settings == NULL)
    return FALSE;
  muted = g_settings_get_strv (self->settings, "notification-muted-channels");
  return channel != NULL && g_strv_contains ((const char * const *) muted, channel);
}

static gboolean
may_notify (FdNotifier *self)
{
  return get_boolean (self, "notifications", TRUE) && !in_quiet_hours (self);
}

/* The language the person reads: a stored translation into it is shown. */
static char *
dup_user_lang (void)
{
  const char * const *names = g_get_language_names ();
  const char *name = names[0];

  if (name == NULL || g_str_equal (name, "C") || g_str_equal (name, "POSIX"))
    return g_strdup ("en");
  return g_strndup (name, strcspn (name, "_.@"));
}

char *
fd_notifier_dup_id (gint64 conversation_id)
{
  return g_strdup_printf ("conversation-%" G_GINT64_FORMAT, conversation_id);
}

static void
send_conversation (FdNotifier *self,
                   gint64      conversation_id,
                   const char *title,
                   const char *body)
{
  g_autoptr(GNotification) notification = g_notification_new (title);
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autofree char *id = fd_notifier_dup_id (conversation_id);

  if (body != NULL && *body != '\0')
    g_notification_set_body (notification, body);
  g_notification_set_icon (notification, icon);
  g_notification_set_default_action_and_target (notification, "app.open-conversation",
                                                "x", conversation_id);
  g_notification_add_button_with_target (notification, _("Mark as Answered"),
                                         "app.mark-answered", "x", conversation_id);
  g_application_send_notification (self->application, id, notification);
  g_hash_table_add (self->shown, g_memdup2 (&conversation_id, sizeof conversation_id));
}

static void
notify_item (FdNotifier         *self,
             const FdNotifyItem *item)
{
  g_autofree char *title = NULL;

  if (channel_muted (self, item->channel))
    return;
  if (self->shown_func != NULL && self->shown_func (item->conversation_id, self->shown_data))
    return;

  /* Translators: a notification's title: a customer's name and the
   * channel they wrote on, "Ana García (Mastodon)". */
  title = g_strdup_printf (_("%s (%s)"), item->customer, fd_channel_display_name (item->channel));
  send_conversation (self, item->conversation_id, title, item->first_line);
}

static void
notify_first_sync (FdNotifier *self,
                   FdAccount  *account,
                   guint       n_messages)
{
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = g_strdup_printf ("account-%" G_GINT64_FORMAT, fd_account_get_id (account));
  const char *name = fd_account_get_address (account) != NULL ? fd_account_get_address (account)
                                                              : fd_account_get_name (account);

  if (n_messages == 0 || !may_notify (self))
    return;

  /* Translators: after a new account's first sync, "412 messages from shop@example.com" */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u message from %s", "%u messages from %s", n_messages),
                           n_messages, name);
  notification = g_notification_new (title);
  g_notification_set_body (notification, _("The account’s earlier messages are in the inbox."));
  g_notification_set_default_action (notification, "app.activate");
  g_application_send_notification (self->application, id, notification);
}

static void
remember_account (FdNotifier *self,
                  FdAccount  *account)
{
  g_autoptr(GError) error = NULL;
  gint64 id = fd_account_get_id (account);
  gint64 last;

  if (g_hash_table_contains (self->last_ids, &id))
    return;

  if ((last = fd_notify_last_id (self->store, id, &error)) < 0)
    {
      g_warning ("Could not read the account’s messages: %s", error->message);
      last = 0;
    }
  g_hash_table_insert (self->last_ids, g_memdup2 (&id, sizeof id), g_memdup2 (&last, sizeof last));
  if (fd_account_get_last_synced (account) == 0)
    g_hash_table_add (self->fresh, g_memdup2 (&id, sizeof id));
}

void
fd_notifier_check_account (FdNotifier *self,
                           FdAccount  *account,
                           guint       n_new)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lang = NULL;
  gint64 id, after, last;
  gint64 *stored;

  g_return_if_fail (FD_IS_NOTIFIER (self));
  g_return_if_fail (FD_IS_ACCOUNT (account));

  id = fd_account_get_id (account);
  if (!(stored = g_hash_table_lookup (self->last_ids, &id)))
    {
      /* Added while we ran, and synced before we heard of it. */
      g_hash_table_insert (self->last_ids, g_memdup2 (&id, sizeof id), g_new0 (gint64, 1));
      g_hash_table_add (self->fresh, g_memdup2 (&id, sizeof id));
      stored = g_hash_table_lookup (self->last_ids, &id);
    }
  after = *stored;

  if ((last = fd_notify_last_id (self->store, id, &error)) < 0)
    {
      g_warning ("Could not look for new messages: %s", error->message);
      return;
    }
  if (last <= after)
    return;
  *stored = last;

  if (g_hash_table_remove (self->fresh, &id))
    {
      notify_first_sync (self, account, (guint) MAX (fd_notify_count (self->store, id, after, NULL), 0));
      return;
    }

  if (!may_notify (self))
    return;

  lang = dup_user_lang ();
  if (!(items = fd_notify_collect (self->store, id, after, lang, &error)))
    {
      g_warning ("Could not look for new messages: %s", error->message);
      return;
    }
  for (guint i = 0; i < items->len; i++)
    notify_item (self, g_ptr_array_index (items, i));
}

static void
account_synced_cb (FdNotifier    *self,
                   FdAccount     *account,
                   guint          n_new,
                   guint          n_sent,
                   FdSyncManager *manager)
{
  fd_notifier_check_account (self, account, n_new);
}

static void
accounts_changed_cb (FdNotifier *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *accounts)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(FdAccount) account = g_list_model_get_item (accounts, i);

      remember_account (self, account);
    }
}

void
fd_notifier_set_sync_manager (FdNotifier    *self,
                              FdSyncManager *manager)
{
  GListModel *accounts;

  g_return_if_fail (FD_IS_NOTIFIER (self));
  g_return_if_fail (manager == NULL || FD_IS_SYNC_MANAGER (manager));

  if (self->manager != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->manager, self);
      g_signal_handlers_disconnect_by_data (fd_sync_manager_get_accounts (self->manager), self);
    }
  g_set_object (&self->manager, manager);
  if (manager == NULL)
    return;

  accounts = fd_sync_manager_get_accounts (manager);
  accounts_changed_cb (self, 0, 0, g_list_model_get_n_items (accounts), accounts);
  g_signal_connect_object (accounts, "items-changed", G_CALLBACK (accounts_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "account-synced", G_CALLBACK (account_synced_cb),
                           self, G_CONNECT_SWAPPED);
}

/* Snoozes */

static void schedule_snoozes (FdNotifier *self);

static gboolean
snooze_timeout_cb (gpointer user_data)
{
  FdNotifier *self = user_data;

  self->snooze_timeout = 0;
  fd_notifier_check_snoozes (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_snoozes (FdNotifier *self)
{
  g_autoptr(GError) error = NULL;
  gint64 due;

  g_clear_handle_id (&self->snooze_timeout, g_source_remove);
  if ((due = fd_snooze_next_due (self->store, &error)) <= 0)
    return;

  /* At most an hour at a time: a suspended computer's clock jumps. */
  self->snooze_timeout = g_timeout_add_seconds ((guint) CLAMP (due - now (self), 1, 3600),
                                                snooze_timeout_cb, self);
}

void
fd_notifier_check_snoozes (FdNotifier *self)
{
  g_autoptr(GArray) woken = NULL;
  g_autoptr(GArray) back = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (FD_IS_NOTIFIER (self));

  if (!(woken = fd_snooze_wake_due (self->store, now (self), &error)) ||
      !(back = fd_snooze_take_woken (self->store, &error)))
    {
      g_warning ("Could not wake snoozed conversations: %s", error->message);
      return;
    }

  for (guint i = 0; i < back->len && may_notify (self); i++)
    {
      const FdSnooze *snooze = &g_array_index (back, FdSnooze, i);
      g_autofree char *customer = NULL;
      g_autofree char *channel = NULL;
      g_autofree char *title = NULL;

      if (!fd_notify_describe (self->store, snooze->conversation_id, &customer, &channel, NULL) ||
          channel_muted (self, channel))
        continue;

      /* Translators: a notification, %s is a customer's name */
      title = g_strdup_printf (_("Snoozed conversation with %s is back"), customer);
      send_conversation (self, snooze->conversation_id, title,
                         _("It is in Unanswered again."));
    }

  schedule_snoozes (self);
}

/* Overdue reminders */

/* Only waits begun this recently are reminded of: a new account's
 * history, or a week away, does not bring a reminder for each old
 * message. */
#define OVERDUE_LOOKBACK (2 * 24 * 3600)

void
fd_notifier_check_overdue (FdNotifier *self)
{
  g_autoptr(FdReportSettings) settings = NULL;
  g_autoptr(FdBusinessHours) hours = NULL;
  g_autoptr(GPtrArray) waits = NULL;
  g_autoptr(GError) error = NULL;
  gint64 when;

  g_return_if_fail (FD_IS_NOTIFIER (self));

  if (!get_boolean (self, "overdue-reminders", TRUE) || !may_notify (self))
    return;

  /* The response target and business hours the reports use. */
  if (!(settings = fd_report_settings_load (self->store, &error)) ||
      !(hours = fd_report_settings_make_hours (settings, &error)) ||
      !(waits = fd_notify_open_waits (self->store, now (self) - OVERDUE_LOOKBACK, &error)))
    {
      g_warning ("Could not look for customers waiting too long: %s", error->message);
      return;
    }

  when = now (self);
  for (guint i = 0; i < waits->len; i++)
    {
      const FdNotifyWait *wait = g_ptr_array_index (waits, i);
      g_autofree char *customer = NULL;
      g_autofree char *channel = NULL;
      g_autofree char *title = NULL;

      if (fd_reports_time_left (settings, hours, wait->channel, wait->started_at, when) >= 0)
        continue;
      if (!fd_notify_mark_reminded (self->store, wait->conversation_id, wait->started_at, when, &error))
        {
          g_warning ("Could not keep an overdue reminder: %s", error->message);
          return;
        }
      if (channel_muted (self, wait->channel) ||
          (self->shown_func != NULL && self->shown_func (wait->conversation_id, self->shown_data)) ||
          !fd_notify_describe (self->store, wait->conversation_id, &customer, &channel, NULL))
        continue;

      /* Translators: a notification, %s is a customer's name */
      title = g_strdup_printf (_("%s has waited longer than your response target"), customer);
      send_conversation (self, wait->conversation_id, title, _("They are still waiting for an answer."));
    }
}

/* Each minute: what another connection wrote (a snooze set in a window
 * of its own, the CLI), snoozes due, customers waiting too long. */
static gboolean
minute_cb (gpointer user_data)
{
  FdNotifier *self = user_data;

  fd_store_check_changed (self->store);
  fd_notifier_check_snoozes (self);
  fd_notifier_check_overdue (self);
  return G_SOURCE_CONTINUE;
}

void
fd_notifier_withdraw (FdNotifier *self,
                      gint64      conversation_id)
{
  g_autofree char *id = fd_notifier_dup_id (conversation_id);

  g_return_if_fail (FD_IS_NOTIFIER (self));

  g_application_withdraw_notification (self->application, id);
  g_hash_table_remove (self->shown, &conversation_id);
}

/* Answered (here, in another window, from the CLI) or archived: its
 * notification has nothing more to say. */
static void
withdraw_answered (FdNotifier *self)
{
  g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gint64 *id;

  g_hash_table_iter_init (&iter, self->shown);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    if (fd_notify_count_waiting (self->store, *id, NULL) == 0)
      g_array_append_val (done, *id);

  for (guint i = 0; i < done->len; i++)
    fd_notifier_withdraw (self, g_array_index (done, gint64, i));
}

static void
store_changed_cb (FdNotifier *self)
{
  /* A snooze set or cancelled moves the next wake. */
  schedule_snoozes (self);
  withdraw_answered (self);
}

void
fd_notifier_set_clock (FdNotifier      *self,
                       FdNotifierClock  clock,
                       gpointer         user_data)
{
  g_return_if_fail (FD_IS_NOTIFIER (self));

  self->clock = clock != NULL ? clock : real_clock;
  self->clock_data = user_data;
}

void
fd_notifier_set_shown_func (FdNotifier          *self,
                            FdNotifierShownFunc  func,
                            gpointer             user_data)
{
  g_return_if_fail (FD_IS_NOTIFIER (self));

  self->shown_func = func;
  self->shown_data = user_data;
}

static void
fd_notifier_dispose (GObject *object)
{
  FdNotifier *self = FD_NOTIFIER (object);

  fd_notifier_set_sync_manager (self, NULL);
  g_clear_handle_id (&self->snooze_timeout, g_source_remove);
  g_clear_handle_id (&self->overdue_timeout, g_source_remove);

  G_OBJECT_CLASS (fd_notifier_parent_class)->dispose (object);
}

static void
fd_notifier_finalize (GObject *object)
{
  FdNotifier *self = FD_NOTIFIER (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->last_ids, g_hash_table_unref);
  g_clear_pointer (&self->fresh, g_hash_table_unref);
  g_clear_pointer (&self->shown, g_hash_table_unref);

  G_OBJECT_CLASS (fd_notifier_parent_class)->finalize (object);
}

static void
fd_notifier_class_init (FdNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_notifier_dispose;
  object_class->finalize = fd_notifier_finalize;
}

static void
fd_notifier_init (FdNotifier *self)
{
  self->clock = real_clock;
  self->last_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->fresh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->shown = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

FdNotifier *
fd_notifier_new (GApplication *application,
                 GSettings    *settings,
                 FdStore      *store)
{
  FdNotifier *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  self = g_object_new (FD_TYPE_NOTIFIER, NULL);
  self->application = application;
  g_set_object (&self->settings, settings);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  /* A wait passes its target with nothing happening: look each minute. */
  self->overdue_timeout = g_timeout_add_seconds (60, minute_cb, self);

  return self;
}
