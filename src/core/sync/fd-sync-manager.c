/* fd-sync-manager.c: which account runs when.
 *
 * Timers, push, backoff and the network; the run itself (sign in, send,
 * fetch, write) is fd-sync-run.c.
 *
 * Threads: everything in this file runs on the main thread except
 * run_thread() and what it calls, which owns AccountSync.run. A run of
 * one account never overlaps another run of the same account
 * (AccountSync.running), so the run needs no lock.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <unistd.h>

#include "fd-backup.h"
#include "fd-main-context.h"
#include "fd-store-private.h"
#include "fd-sync-manager.h"
#include "fd-sync-run.h"

#define DEFAULT_POLL_INTERVAL_MS (5 * 60 * 1000)
#define DEFAULT_BACKOFF_BASE_MS  2000
#define DEFAULT_BACKOFF_MAX_MS   (15 * 60 * 1000)
#define PUSH_POLL_FACTOR         6      /* with push, poll only as a safety net */
#define ONCE_MAX_ATTEMPTS        6
#define LOCK_NAME                FD_SYNC_LOCK_NAME

typedef struct
{
  FdSyncManager *manager;        /* not a reference: cleared on removal */
  FdAccount     *account;
  FdProvider    *provider;

  /* Worker only. */
  FdSyncRun     *run;

  /* Main thread only. */
  GCancellable  *cancellable;
  guint          timeout_id;
  guint          failures;
  gulong         push_handler;
  guint          running : 1;
  guint          again : 1;
  guint          blocked : 1;    /* waits for the person (AUTH, no provider) */
  guint          removed : 1;
  guint          push_active : 1;
  guint          once_pending : 1;
  guint          once_attempts;
} AccountSync;

struct _FdSyncManager
{
  GObject          parent_instance;

  char            *data_dir;
  GNetworkMonitor *monitor;
  GMainContext    *main_context;
  GListStore      *accounts;       /* FdAccount, for the UI */
  GPtrArray       *syncs;          /* AccountSync */

  guint            poll_interval_ms;
  guint            backoff_base_ms;
  guint            backoff_max_ms;
  int              lock_fd;

  GTask           *once_task;
  GError          *once_error;
  GCancellable    *backup_cancellable;

  guint            started : 1;
  guint            online : 1;
  guint            pause_on_metered : 1;
  guint            backup_running : 1;
};

G_DEFINE_FINAL_TYPE (FdSyncManager, fd_sync_manager, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATA_DIR,
  PROP_NETWORK_MONITOR,
  PROP_POLL_INTERVAL,
  PROP_BACKOFF_BASE,
  PROP_BACKOFF_MAX,
  PROP_PAUSE_ON_METERED,
  PROP_ONLINE,
  N_PROPS
};

enum {
  ACCOUNT_SYNCED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void start_run (FdSyncManager *self,
                       AccountSync   *as);

/* AccountSync */

static void
account_sync_free (AccountSync *as)
{
  g_assert (as->timeout_id == 0);

  g_clear_pointer (&as->run, fd_sync_run_free);
  g_clear_object (&as->cancellable);
  g_clear_object (&as->provider);
  g_clear_object (&as->account);
}

static AccountSync *
account_sync_ref (AccountSync *as)
{
  return g_atomic_rc_box_acquire (as);
}

static void
account_sync_unref (AccountSync *as)
{
  g_atomic_rc_box_release_full (as, (GDestroyNotify) account_sync_free);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccountSync, account_sync_unref)

/* Helpers */

static AccountSync *
find_sync (FdSyncManager *self,
           gint64         account_id)
{
  for (guint i = 0; i < self->syncs->len; i++)
    {
      AccountSync *as = g_ptr_array_index (self->syncs, i);

      if (fd_account_get_id (as->account) == account_id)
        return as;
    }

  return NULL;
}

static guint
get_poll_interval (FdSyncManager *self,
                   AccountSync   *as)
{
  gint64 seconds = fd_account_get_setting_int (as->account, "poll-interval", 0);
  guint interval = seconds > 0 ? (guint) MIN (seconds * 1000, G_MAXUINT) : self->poll_interval_ms;

  if (as->push_active)
    interval = (guint) MIN ((guint64) interval * PUSH_POLL_FACTOR, G_MAXUINT);

  return interval;
}

/* Exponential, with "equal jitter": half fixed, half random, so that many
 * clients that failed together do not come back together. */
static guint
get_backoff (FdSyncManager *self,
             guint          failures)
{
  guint64 delay = self->backoff_base_ms;

  for (guint i = 1; i < failures && delay < self->backoff_max_ms; i++)
    delay *= 2;
  delay = MIN (delay, self->backoff_max_ms);

  return (guint) (delay / 2 + (guint64) g_random_double_range (0, (double) delay / 2 + 1));
}

static void complete_once_if_done (FdSyncManager *self);

static void
daily_backup_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FdSyncManager) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fd_backup_make_daily_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->backup_running = FALSE;
  if (error != NULL)
    g_warning ("No daily backup of the messages was made: %s", error->message);
  else if (path != NULL)
    g_debug ("Daily backup of the messages: %s", path);

  complete_once_if_done (self);
}

/* Once a day, on a worker thread of its own. */
static void
start_daily_backup (FdSyncManager *self)
{
  if (self->backup_running)
    return;

  self->backup_running = TRUE;
  fd_backup_make_daily_async (self->data_dir, self->backup_cancellable,
                              daily_backup_cb, g_object_ref (self));
}

static gboolean
acquire_lock (FdSyncManager  *self,
              GError        **error)
{
  g_autofree char *path = NULL;
  int fd;

  if (self->lock_fd >= 0)
    return TRUE;

  if (g_mkdir_with_parents (self->data_dir, 0700) != 0)
    {
      int errsv = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not create the data folder “%s”: %s"), self->data_dir, g_strerror (errsv));
      return FALSE;
    }

  path = g_build_filename (self->data_dir, LOCK_NAME, NULL);
  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int errsv = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not open “%s”: %s"), path, g_strerror (errsv));
      return FALSE;
    }

  /* Released by the kernel if we crash: no stale locks. */
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                   _("Another Frontdesk window or “frontdesk-cli sync” is already syncing this profile. "
                     "Close it, or wait until it is done, and try again."));
      return FALSE;
    }

  self->lock_fd = fd;
  return TRUE;
}

static void
release_lock (FdSyncManager *self)
{
  if (self->lock_fd >= 0)
    {
      close (self->lock_fd);
      self->lock_fd = -1;
    }
}

static gboolean
is_active (FdSyncManager *self,
           AccountSync   *as)
{
  return !as->removed && (self->started || as->once_pending);
}

static gboolean
run_timeout_cb (gpointer user_data)
{
  AccountSync *as = user_data;

  as->timeout_id = 0;
  if (as->manager != NULL)
    start_run (as->manager, as);

  return G_SOURCE_REMOVE;
}

static void
schedule (FdSyncManager *self,
          AccountSync   *as,
          guint          delay_ms)
{
  g_clear_handle_id (&as->timeout_id, g_source_remove);

  if (!is_active (self, as) || as->blocked)
    return;

  g_debug ("Account %" G_GINT64_FORMAT ": next sync in %u ms", fd_account_get_id (as->account), delay_ms);
  as->timeout_id = g_timeout_add_full (G_PRIORITY_DEFAULT, delay_ms, run_timeout_cb,
                                       account_sync_ref (as), (GDestroyNotify) account_sync_unref);
}

static void
set_offline_state (FdSyncManager *self,
                   AccountSync   *as)
{
  const char *message;

  if (as->blocked)
    return;

  if (g_network_monitor_get_network_available (self->monitor))
    message = _("Paused on a metered connection. Syncing resumes on an unmetered network, "
                "or switch on “Sync on Metered Connections” in Preferences.");
  else
    message = _("Offline. Replies wait in the outbox and go out when the connection returns.");

  fd_account_set_state (as->account, FD_ACCOUNT_STATE_OFFLINE, FD_ACCOUNT_ERROR_NONE, message);
}

static void
complete_once_if_done (FdSyncManager *self)
{
  g_autoptr(GTask) task = NULL;

  /* frontdesk-cli sync exits when the run is done: the copy too. */
  if (self->once_task == NULL || self->backup_running)
    return;

  for (guint i = 0; i < self->syncs->len; i++)
    {
      AccountSync *as = g_ptr_array_index (self->syncs, i);

      if (as->once_pending)
        return;
    }

  task = g_steal_pointer (&self->once_task);
  if (self->once_error != NULL)
    g_task_return_error (task, g_steal_pointer (&self->once_error));
  else
    g_task_return_boolean (task, TRUE);

  if (!self->started)
    release_lock (self);
}

static void
once_account_done (FdSyncManager *self,
                   AccountSync   *as,
                   const GError  *error)
{
  if (!as->once_pending)
    return;

  as->once_pending = FALSE;
  if (error != NULL && self->once_error == NULL)
    self->once_error = g_error_new (error->domain, error->code,
                                    /* Translators: account name, then the error */
                                    _("%s: %s"), fd_account_get_name (as->account), error->message);

  complete_once_if_done (self);
}

static void
update_online (FdSyncManager *self)
{
  gboolean online = g_network_monitor_get_network_available (self->monitor) &&
                    !(self->pause_on_metered && g_network_monitor_get_network_metered (self->monitor));

  if (online == (gboolean) self->online)
    {
      /* Still paused, maybe for another reason: say which. */
      for (guint i = 0; !online && i < self->syncs->len; i++)
        set_offline_state (self, g_ptr_array_index (self->syncs, i));
      return;
    }

  self->online = online;
  g_debug ("Network %s", online ? "back: catching up" : "gone: pausing sync");

  for (guint i = 0; i < self->syncs->len; i++)
    {
      AccountSync *as = g_ptr_array_index (self->syncs, i);

      if (!online)
        {
          g_clear_handle_id (&as->timeout_id, g_source_remove);
          if (as->cancellable != NULL)
            g_cancellable_cancel (as->cancellable);
          set_offline_state (self, as);
        }
      else if (is_active (self, as) && !as->blocked)
        {
          as->failures = 0;
          fd_account_set_state (as->account, FD_ACCOUNT_STATE_IDLE, FD_ACCOUNT_ERROR_NONE, NULL);
          /* A little jitter: not every account at the same instant. */
          schedule (self, as, g_random_int_range (0, 50));
        }
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLINE]);
}

/* The worker */

typedef struct
{
  AccountSync *as;
  double       progress;
} Progress;

static gboolean
progress_cb (gpointer user_data)
{
  Progress *progress = user_data;

  if (!progress->as->removed)
    fd_account_set_progress (progress->as->account, progress->progress);

  return G_SOURCE_REMOVE;
}

static void
progress_free (Progress *progress)
{
  account_sync_unref (progress->as);
  g_free (progress);
}

typedef struct
{
  GMainContext *main_context;
  AccountSync  *as;
} ProgressTarget;

/* On the worker: the account hears of it on the main thread. */
static void
report_progress (double   value,
                 gpointer user_data)
{
  ProgressTarget *target = user_data;
  Progress *progress = g_new0 (Progress, 1);

  progress->as = account_sync_ref (target->as);
  progress->progress = value;
  fd_main_context_post (target->main_context, G_PRIORITY_DEFAULT, progress_cb, progress,
                        (GDestroyNotify) progress_free, "[frontdesk] sync progress");
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  FdSyncManager *self = source_object;
  AccountSync *as = task_data;
  ProgressTarget target = { self->main_context, as };

  g_task_return_pointer (task, fd_sync_run_once (as->run, report_progress, &target, cancellable),
                         (GDestroyNotify) fd_sync_run_result_free);
}

/* Back on the main thread */

static FdAccountErrorKind
classify (const GError *error,
          gboolean     *retry,
          gboolean     *counts_as_failure)
{
  *retry = TRUE;
  *counts_as_failure = TRUE;

  if (error->domain == FD_PROVIDER_ERROR)
    {
      switch ((FdProviderError) error->code)
        {
        case FD_PROVIDER_ERROR_AUTH:
          *retry = FALSE;
          return FD_ACCOUNT_ERROR_NEEDS_PASSWORD;
        case FD_PROVIDER_ERROR_RATE_LIMITED:
          return FD_ACCOUNT_ERROR_RATE_LIMITED;
        case FD_PROVIDER_ERROR_TEMPORARY:
        case FD_PROVIDER_ERROR_UNCERTAIN:
          return FD_ACCOUNT_ERROR_NETWORK;
        case FD_PROVIDER_ERROR_PERMANENT:
          return FD_ACCOUNT_ERROR_SERVER;
        case FD_PROVIDER_ERROR_NOT_SUPPORTED:
          *retry = FALSE;
          return FD_ACCOUNT_ERROR_NO_PROVIDER;
        default:
          return FD_ACCOUNT_ERROR_NETWORK;
        }
    }

  if (error->domain == FD_STORE_ERROR)
    return FD_ACCOUNT_ERROR_STORE;

  return FD_ACCOUNT_ERROR_NETWORK;
}

static void
run_done_cb (GObject      *object,
             GAsyncResult *res,
             gpointer      user_data)
{
  FdSyncManager *self = FD_SYNC_MANAGER (object);
  g_autoptr(AccountSync) as = user_data;
  FdSyncRunResult *result = g_task_propagate_pointer (G_TASK (res), NULL);
  const GError *error = result->error;
  gboolean again = as->again;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint delay;

  as->running = FALSE;
  as->again = FALSE;
  g_clear_object (&as->cancellable);

  if (as->removed)
    {
      fd_sync_run_result_free (result);
      return;
    }

  if (result->max_reply_chars > 0)
    fd_account_set_setting_int (as->account, FD_ACCOUNT_SETTING_MAX_REPLY_CHARS, result->max_reply_chars);
  if (result->link_chars > 0)
    fd_account_set_setting_int (as->account, FD_ACCOUNT_SETTING_LINK_CHARS, result->link_chars);
  if (result->notice_changed)
    fd_account_set_setting_string (as->account, FD_ACCOUNT_SETTING_NOTICE, result->notice);
  if (result->outbox_waiting >= 0)
    fd_account_set_outbox_waiting (as->account, (guint) result->outbox_waiting);
  fd_account_set_progress (as->account, 1.0);

  if (error == NULL)
    {
      as->failures = 0;
      fd_account_set_last_synced (as->account, result->finished_at);
      fd_account_set_state (as->account, FD_ACCOUNT_STATE_IDLE, FD_ACCOUNT_ERROR_NONE, NULL);
      g_signal_emit (self, signals[ACCOUNT_SYNCED], 0, as->account, result->n_new, result->n_sent);

      delay = get_poll_interval (self, as);
      /* Spend the rest of the quota slowly rather than hit the wall. */
      if (result->rate_remaining == 0 && result->rate_reset > now)
        delay = (guint) MAX ((gint64) delay, MIN ((result->rate_reset - now) * 1000, G_MAXUINT));

      once_account_done (self, as, NULL);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Stopped, or the network went away: update_online() said so. */
      if (!self->online)
        set_offline_state (self, as);
      else if (fd_account_get_state (as->account) == FD_ACCOUNT_STATE_SYNCING)
        fd_account_set_state (as->account, FD_ACCOUNT_STATE_IDLE, FD_ACCOUNT_ERROR_NONE, NULL);

      if (as->once_pending)
        once_account_done (self, as, error);

      fd_sync_run_result_free (result);
      if (self->online && is_active (self, as))
        schedule (self, as, again ? 0 : get_poll_interval (self, as));
      return;
    }
  else
    {
      gboolean retry, counts;
      FdAccountErrorKind kind = classify (error, &retry, &counts);

      g_debug ("Account %" G_GINT64_FORMAT " failed: %s", fd_account_get_id (as->account), error->message);

      fd_account_set_state (as->account, FD_ACCOUNT_STATE_ERROR, kind, error->message);
      if (counts)
        as->failures++;
      delay = get_backoff (self, as->failures);

      if (kind == FD_ACCOUNT_ERROR_RATE_LIMITED)
        {
          gint64 retry_after = fd_provider_error_get_retry_after (error);

          if (retry_after <= 0 && result->rate_reset > now)
            retry_after = result->rate_reset - now;
          delay = (guint) MAX ((gint64) delay, MIN (retry_after * 1000, G_MAXUINT));
        }

      if (!retry)
        as->blocked = TRUE;

      if (as->once_pending && (!retry || ++as->once_attempts >= ONCE_MAX_ATTEMPTS))
        once_account_done (self, as, error);
    }

  fd_sync_run_result_free (result);

  if (again && !as->blocked)
    delay = 0;
  schedule (self, as, delay);
}

static void
start_run (FdSyncManager *self,
           AccountSync   *as)
{
  g_autoptr(GTask) task = NULL;

  g_clear_handle_id (&as->timeout_id, g_source_remove);

  if (as->running)
    {
      as->again = TRUE;
      return;
    }
  if (!is_active (self, as) || as->blocked)
    return;
  if (!self->online)
    {
      set_offline_state (self, as);
      return;
    }

  as->running = TRUE;
  as->cancellable = g_cancellable_new ();
  fd_account_set_progress (as->account, 0.0);
  fd_account_set_state (as->account, FD_ACCOUNT_STATE_SYNCING,
                        fd_account_get_error_kind (as->account),
                        fd_account_get_error_message (as->account));

  task = g_task_new (self, as->cancellable, run_done_cb, account_sync_ref (as));
  g_task_set_source_tag (task, start_run);
  g_task_set_task_data (task, account_sync_ref (as), (GDestroyNotify) account_sync_unref);
  /* Our own cancellation handling: the result carries what was done. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, run_thread);
}

/* Callbacks */

static void
network_changed_cb (FdSyncManager *self)
{
  update_online (self);
}

static void
remote_changed_cb (FdProvider    *provider,
                   FdSyncManager *self)
{
  for (guint i = 0; i < self->syncs->len; i++)
    {
      AccountSync *as = g_ptr_array_index (self->syncs, i);

      if (as->provider == provider)
        start_run (self, as);
    }
}

static void
start_push (FdSyncManager *self,
            AccountSync   *as)
{
  g_autoptr(GError) error = NULL;

  if (as->push_active || as->provider == NULL || !fd_provider_supports_push (as->provider))
    return;

  if (!fd_provider_start_push (as->provider, &error))
    {
      g_debug ("No push for account %" G_GINT64_FORMAT ": %s", fd_account_get_id (as->account), error->message);
      return;
    }

  as->push_active = TRUE;
  as->push_handler = g_signal_connect_object (as->provider, "remote-changed",
                                              G_CALLBACK (remote_changed_cb), self, 0);
}

static void
stop_push (AccountSync *as)
{
  if (!as->push_active)
    return;

  g_clear_signal_handler (&as->push_handler, as->provider);
  fd_provider_stop_push (as->provider);
  as->push_active = FALSE;
}

/* GObject */

static void
fd_sync_manager_constructed (GObject *object)
{
  FdSyncManager *self = (FdSyncManager *) object;

  G_OBJECT_CLASS (fd_sync_manager_parent_class)->constructed (object);

  if (self->data_dir == NULL)
    self->data_dir = fd_store_default_data_dir ();
  if (self->monitor == NULL)
    self->monitor = g_object_ref (g_network_monitor_get_default ());

  g_signal_connect_object (self->monitor, "notify::network-available",
                           G_CALLBACK (network_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->monitor, "notify::network-metered",
                           G_CALLBACK (network_changed_cb), self, G_CONNECT_SWAPPED);

  self->online = g_network_monitor_get_network_available (self->monitor) &&
                 !(self->pause_on_metered && g_network_monitor_get_network_metered (self->monitor));
}

static void
fd_sync_manager_dispose (GObject *object)
{
  FdSyncManager *self = (FdSyncManager *) object;

  fd_sync_manager_stop (self);

  for (guint i = 0; self->syncs != NULL && i < self->syncs->len; i++)
    {
      AccountSync *as = g_ptr_array_index (self->syncs, i);

      as->removed = TRUE;
      as->manager = NULL;
    }
  g_clear_pointer (&self->syncs, g_ptr_array_unref);
  g_clear_object (&self->accounts);
  g_clear_object (&self->monitor);
  g_clear_object (&self->once_task);
  g_clear_error (&self->once_error);

  G_OBJECT_CLASS (fd_sync_manager_parent_class)->dispose (object);
}

static void
fd_sync_manager_finalize (GObject *object)
{
  FdSyncManager *self = (FdSyncManager *) object;

  release_lock (self);
  g_clear_pointer (&self->main_context, g_main_context_unref);
  g_clear_pointer (&self->data_dir, g_free);
  g_clear_object (&self->backup_cancellable);

  G_OBJECT_CLASS (fd_sync_manager_parent_class)->finalize (object);
}

static void
fd_sync_manager_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FdSyncManager *self = FD_SYNC_MANAGER (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_value_set_string (value, self->data_dir);
      break;
    case PROP_NETWORK_MONITOR:
      g_value_set_object (value, self->monitor);
      break;
    case PROP_POLL_INTERVAL:
      g_value_set_uint (value, self->poll_interval_ms);
      break;
    case PROP_BACKOFF_BASE:
      g_value_set_uint (value, self->backoff_base_ms);
      break;
    case PROP_BACKOFF_MAX:
      g_value_set_uint (value, self->backoff_max_ms);
      break;
    case PROP_PAUSE_ON_METERED:
      g_value_set_boolean (value, self->pause_on_metered);
      break;
    case PROP_ONLINE:
      g_value_set_boolean (value, self->online);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_sync_manager_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FdSyncManager *self = FD_SYNC_MANAGER (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      self->data_dir = g_value_dup_string (value);
      break;
    case PROP_NETWORK_MONITOR:
      self->monitor = g_value_dup_object (value);
      break;
    case PROP_POLL_INTERVAL:
      self->poll_interval_ms = g_value_get_uint (value);
      break;
    case PROP_BACKOFF_BASE:
      self->backoff_base_ms = g_value_get_uint (value);
      break;
    case PROP_BACKOFF_MAX:
      self->backoff_max_ms = g_value_get_uint (value);
      break;
    case PROP_PAUSE_ON_METERED:
      self->pause_on_metered = g_value_get_boolean (value);
      if (self->monitor != NULL)
        update_online (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_sync_manager_class_init (FdSyncManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = fd_sync_manager_constructed;
  object_class->dispose = fd_sync_manager_dispose;
  object_class->finalize = fd_sync_manager_finalize;
  object_class->get_property = fd_sync_manager_get_property;
  object_class->set_property = fd_sync_manager_set_property;

  properties[PROP_DATA_DIR] =
    g_param_spec_string ("data-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Tests pass their own implementation to play offline and online. */
  properties[PROP_NETWORK_MONITOR] =
    g_param_spec_object ("network-monitor", NULL, NULL, G_TYPE_NETWORK_MONITOR,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Milliseconds between polls of an account without push; an account's
   * "poll-interval" setting (seconds) wins. */
  properties[PROP_POLL_INTERVAL] =
    g_param_spec_uint ("poll-interval", NULL, NULL, 1, G_MAXUINT, DEFAULT_POLL_INTERVAL_MS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BACKOFF_BASE] =
    g_param_spec_uint ("backoff-base", NULL, NULL, 1, G_MAXUINT, DEFAULT_BACKOFF_BASE_MS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BACKOFF_MAX] =
    g_param_spec_uint ("backoff-max", NULL, NULL, 1, G_MAXUINT, DEFAULT_BACKOFF_MAX_MS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAUSE_ON_METERED] =
    g_param_spec_boolean ("pause-on-metered", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ONLINE] =
    g_param_spec_boolean ("online", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FdSyncManager::account-synced:
   * @account: the account
   * @n_new: messages added to the store
   * @n_sent: outbox entries carried out
   *
   * Emitted on the main thread after each successful run.
   */
  signals[ACCOUNT_SYNCED] =
    g_signal_new ("account-synced",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, FD_TYPE_ACCOUNT, G_TYPE_UINT, G_TYPE_UINT);
}

static void
fd_sync_manager_init (FdSyncManager *self)
{
  self->accounts = g_list_store_new (FD_TYPE_ACCOUNT);
  self->syncs = g_ptr_array_new_with_free_func ((GDestroyNotify) account_sync_unref);
  self->main_context = g_main_context_ref_thread_default ();
  self->poll_interval_ms = DEFAULT_POLL_INTERVAL_MS;
  self->backoff_base_ms = DEFAULT_BACKOFF_BASE_MS;
  self->backoff_max_ms = DEFAULT_BACKOFF_MAX_MS;
  self->lock_fd = -1;
  self->online = TRUE;
  self->backup_cancellable = g_cancellable_new ();
}

/* Public API */

FdSyncManager *
fd_sync_manager_new (const char      *data_dir,
                     GNetworkMonitor *monitor)
{
  g_return_val_if_fail (monitor == NULL || G_IS_NETWORK_MONITOR (monitor), NULL);

  return g_object_new (FD_TYPE_SYNC_MANAGER,
                       "data-dir", data_dir,
                       "network-monitor", monitor,
                       NULL);
}

void
fd_sync_manager_add_account (FdSyncManager *self,
                             FdAccount     *account,
                             FdProvider    *provider)
{
  AccountSync *as;

  g_return_if_fail (FD_IS_SYNC_MANAGER (self));
  g_return_if_fail (FD_IS_ACCOUNT (account));
  g_return_if_fail (fd_account_get_id (account) > 0);
  g_return_if_fail (provider == NULL || FD_IS_PROVIDER (provider));

  fd_sync_manager_remove_account (self, fd_account_get_id (account));

  as = g_atomic_rc_box_new0 (AccountSync);
  as->manager = self;
  as->account = g_object_ref (account);
  as->provider = provider != NULL ? g_object_ref (provider) : NULL;
  as->run = provider != NULL ? fd_sync_run_new (account, provider, self->data_dir) : NULL;
  as->blocked = provider == NULL;
  g_ptr_array_add (self->syncs, as);
  g_list_store_append (self->accounts, account);

  if (provider == NULL)
    return;

  if (self->started)
    {
      start_push (self, as);
      schedule (self, as, 0);
    }
}

gboolean
fd_sync_manager_load_accounts (FdSyncManager  *self,
                               FdStore        *store,
                               GError        **error)
{
  g_autoptr(GPtrArray) accounts = NULL;

  g_return_val_if_fail (FD_IS_SYNC_MANAGER (self), FALSE);
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if (!(accounts = fd_account_load_all (store, error)))
    return FALSE;

  for (guint i = 0; i < accounts->len; i++)
    {
      FdAccount *account = g_ptr_array_index (accounts, i);
      g_autoptr(FdProvider) provider = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *last = NULL;

      if (find_sync (self, fd_account_get_id (account)) != NULL)
        continue;

      if ((last = fd_sync_run_read_cursor (store, fd_account_get_id (account), "last-synced", NULL)) != NULL)
        fd_account_set_last_synced (account, g_ascii_strtoll (last, NULL, 10));

      if (!(provider = fd_provider_new_for_account (account, self->data_dir, &local_error)))
        fd_account_set_state (account, FD_ACCOUNT_STATE_ERROR, FD_ACCOUNT_ERROR_NO_PROVIDER,
                              local_error->message);

      fd_sync_manager_add_account (self, account, provider);
    }

  return TRUE;
}

void
fd_sync_manager_remove_account (FdSyncManager *self,
                                gint64         account_id)
{
  AccountSync *as;
  guint position;

  g_return_if_fail (FD_IS_SYNC_MANAGER (self));

  if (!(as = find_sync (self, account_id)))
    return;

  as->removed = TRUE;
  as->manager = NULL;
  g_clear_handle_id (&as->timeout_id, g_source_remove);
  if (as->cancellable != NULL)
    g_cancellable_cancel (as->cancellable);
  stop_push (as);

  if (g_list_store_find (self->accounts, as->account, &position))
    g_list_store_remove (self->accounts, position);
  if (as->once_pending)
    {
      as->once_pending = FALSE;
      complete_once_if_done (self);
    }
  g_ptr_array_remove (self->syncs, as);
}

GListModel *
fd_sync_manager_get_accounts (FdSyncManager *self)
{
  g_return_val_if_fail (FD_IS_SYNC_MANAGER (self), NULL);

  return G_LIST_MODEL (self->accounts);
}

FdAccount *
fd_sync_manager_find_account (FdSyncManager *self,
                              gint64         account_id)
{
  AccountSync *as;

  g_return_val_if_fail (FD_IS_SYNC_MANAGER (self), NULL);

  as = find_sync (self, account_id);
  return as != NULL ? as->account : NULL;
}

gboolean
fd_sync_manager_start (FdSyncManager  *self,
                       GError        **error)
{
  g_return_val_if_fail (FD_IS_SYNC_MANAGER (self), FALSE);

  if (self->started)
    return TRUE;

  if (!acquire_lock (self, error))
    return FALSE;

  self->started = TRUE;
  update_online (self);
  start_daily_backup (self);

  for (guint i = 0; i < self->syncs->len; i++)
    {
      AccountSync *as = g_ptr_array_index (self->syncs, i);

      /* An account waiting for the person to sign in again would only be
       * refused: its push starts when it is asked to sync again. */
      if (!as->blocked)
        start_push (self, as);
      if (self->online)
        schedule (self, as, g_random_int_range (0, 50));
      else
        set_offline_state (self, as);
    }

  return TRUE;
}

void
fd_sync_manager_stop (FdSyncManager *self)
{
  g_return_if_fail (FD_IS_SYNC_MANAGER (self));

  self->started = FALSE;

  /* A copy under way finishes on its own; nothing waits for it. */
  if (self->backup_running)
    {
      g_cancellable_cancel (self->backup_cancellable);
      g_object_unref (self->backup_cancellable);
      self->backup_cancellable = g_cancellable_new ();
      self->backup_running = FALSE;
    }

  for (guint i = 0; self->syncs != NULL && i < self->syncs->len; i++)
    {
      AccountSync *as = g_ptr_array_index (self->syncs, i);

      g_clear_handle_id (&as->timeout_id, g_source_remove);
      if (as->cancellable != NULL)
        g_cancellable_cancel (as->cancellable);
      stop_push (as);
      if (as->once_pending)
        {
          as->once_pending = FALSE;
          if (self->once_error == NULL)
            self->once_error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Sync was stopped."));
        }
    }

  if (self->syncs != NULL)
    complete_once_if_done (self);
  if (self->once_task == NULL)
    release_lock (self);
}

void
fd_sync_manager_sync_now (FdSyncManager *self,
                          gint64         account_id)
{
  g_return_if_fail (FD_IS_SYNC_MANAGER (self));

  for (guint i = 0; i < self->syncs->len; i++)
    {
      AccountSync *as = g_ptr_array_index (self->syncs, i);

      if (account_id != 0 && fd_account_get_id (as->account) != account_id)
        continue;
      if (as->provider == NULL)
        continue;

      /* The person asked: an account waiting for them gets another go. */
      as->blocked = FALSE;
      as->failures = 0;
      if (self->started)
        start_push (self, as);
      start_run (self, as);
    }
}

void
fd_sync_manager_sync_once_async (FdSyncManager       *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (FD_IS_SYNC_MANAGER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_sync_manager_sync_once_async);

  if (self->once_task != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("A sync is already running. Wait until it is done."));
      return;
    }
  if (!self->started && !acquire_lock (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!self->online)
    {
      if (!self->started)
        release_lock (self);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE,
                               _("Frontdesk is offline. Connect to a network and try again; "
                                 "queued replies are kept until then."));
      return;
    }

  self->once_task = g_steal_pointer (&task);
  g_clear_error (&self->once_error);
  start_daily_backup (self);

  for (guint i = 0; i < self->syncs->len; i++)
    {
      AccountSync *as = g_ptr_array_index (self->syncs, i);

      if (as->provider == NULL)
        continue;
      as->blocked = FALSE;
      as->once_pending = TRUE;
      as->once_attempts = 0;
      start_run (self, as);
    }

  complete_once_if_done (self);
}

gboolean
fd_sync_manager_sync_once_finish (FdSyncManager  *self,
                                  GAsyncResult   *result,
                                  GError        **error)
{
  g_return_val_if_fail (FD_IS_SYNC_MANAGER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_sync_manager_sync_once_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
fd_sync_manager_get_online (FdSyncManager *self)
{
  g_return_val_if_fail (FD_IS_SYNC_MANAGER (self), FALSE);

  return self->online;
}
