/* fd-provider.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-channel.h"
#include "fd-provider-private.h"
#include "fd-secrets.h"

typedef struct
{
  gint64 retry_after;
} FdProviderErrorPrivate;

static void
fd_provider_error_private_init (FdProviderErrorPrivate *priv)
{
  priv->retry_after = 0;
}

static void
fd_provider_error_private_copy (const FdProviderErrorPrivate *src,
                                FdProviderErrorPrivate       *dest)
{
  dest->retry_after = src->retry_after;
}

static void
fd_provider_error_private_clear (FdProviderErrorPrivate *priv)
{
}

G_DEFINE_EXTENDED_ERROR (FdProviderError, fd_provider_error)
G_DEFINE_INTERFACE (FdProvider, fd_provider, G_TYPE_OBJECT)

enum {
  REMOTE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_LOCK_DEFINE_STATIC (registry);
static GHashTable *registry;

/* Default implementations */

static gboolean
fd_provider_real_authenticate (FdProvider    *self,
                               GCancellable  *cancellable,
                               GError       **error)
{
  return TRUE;
}

static GPtrArray *
fd_provider_real_fetch_history (FdProvider    *self,
                                const char    *cursor,
                                gint64         not_before,
                                char         **new_cursor,
                                gboolean      *done,
                                GCancellable  *cancellable,
                                GError       **error)
{
  *done = TRUE;
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);
}

static gboolean
fd_provider_real_apply_state (FdProvider           *self,
                              const FdOutboxEntry  *entry,
                              GCancellable         *cancellable,
                              GError              **error)
{
  return TRUE;
}

static void
fd_provider_real_get_rate_limit (FdProvider *self,
                                 gint64     *remaining,
                                 gint64     *reset_at)
{
  *remaining = -1;
  *reset_at = -1;
}

static void
fd_provider_real_get_reply_limits (FdProvider *self,
                                   guint      *max_chars,
                                   guint      *link_chars)
{
  *max_chars = 0;
  *link_chars = 0;
}

static gboolean
fd_provider_real_supports_push (FdProvider *self)
{
  return FALSE;
}

static gboolean
fd_provider_real_start_push (FdProvider  *self,
                             GError     **error)
{
  g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_NOT_SUPPORTED,
               _("This channel cannot notify about new messages; Frontdesk checks at regular intervals instead."));
  return FALSE;
}

static void
fd_provider_real_stop_push (FdProvider *self)
{
}

static void
fd_provider_default_init (FdProviderInterface *iface)
{
  iface->authenticate = fd_provider_real_authenticate;
  iface->fetch_history = fd_provider_real_fetch_history;
  iface->apply_state = fd_provider_real_apply_state;
  iface->get_rate_limit = fd_provider_real_get_rate_limit;
  iface->get_reply_limits = fd_provider_real_get_reply_limits;
  iface->supports_push = fd_provider_real_supports_push;
  iface->start_push = fd_provider_real_start_push;
  iface->stop_push = fd_provider_real_stop_push;

  /**
   * FdProvider:account:
   *
   * The account this provider syncs. Set at construction.
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_object ("account", NULL, NULL,
                                                            FD_TYPE_ACCOUNT,
                                                            G_PARAM_READWRITE |
                                                            G_PARAM_CONSTRUCT_ONLY |
                                                            G_PARAM_STATIC_STRINGS));

  /**
   * FdProvider::remote-changed:
   *
   * Emitted on the main thread by a provider with push when the server
   * has something new: the sync manager fetches it.
   */
  signals[REMOTE_CHANGED] =
    g_signal_new ("remote-changed",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

/* Errors */

gint64
fd_provider_error_get_retry_after (const GError *error)
{
  if (error == NULL || error->domain != FD_PROVIDER_ERROR)
    return 0;

  return fd_provider_error_get_private (error)->retry_after;
}

void
fd_provider_set_rate_limited_error (GError     **error,
                                    gint64       retry_after,
                                    const char  *message)
{
  GError *local_error;

  if (error == NULL)
    return;

  local_error = g_error_new_literal (FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_RATE_LIMITED, message);
  fd_provider_error_get_private (local_error)->retry_after = MAX (retry_after, 0);
  g_propagate_error (error, local_error);
}

/* Public API */

FdAccount *
fd_provider_get_account (FdProvider *self)
{
  g_autoptr(FdAccount) account = NULL;

  g_return_val_if_fail (FD_IS_PROVIDER (self), NULL);

  g_object_get (self, "account", &account, NULL);
  /* The provider keeps its own reference for its whole life. */
  return account;
}

gboolean
fd_provider_authenticate (FdProvider    *self,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_return_val_if_fail (FD_IS_PROVIDER (self), FALSE);

  return FD_PROVIDER_GET_IFACE (self)->authenticate (self, cancellable, error);
}

static void
authenticate_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GError *error = NULL;

  if (fd_provider_authenticate (source_object, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fd_provider_authenticate_async (FdProvider          *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FD_IS_PROVIDER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_provider_authenticate_async);
  g_task_run_in_thread (task, authenticate_thread);
}

gboolean
fd_provider_authenticate_finish (FdProvider    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (FD_IS_PROVIDER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_provider_authenticate_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

GPtrArray *
fd_provider_fetch_new (FdProvider    *self,
                       const char    *cursor,
                       char         **new_cursor,
                       gboolean      *more,
                       GCancellable  *cancellable,
                       GError       **error)
{
  gboolean more_dummy = FALSE;

  g_return_val_if_fail (FD_IS_PROVIDER (self), NULL);
  g_return_val_if_fail (new_cursor != NULL, NULL);

  *new_cursor = NULL;
  return FD_PROVIDER_GET_IFACE (self)->fetch_new (self, cursor, new_cursor,
                                                  more != NULL ? more : &more_dummy,
                                                  cancellable, error);
}

GPtrArray *
fd_provider_fetch_history (FdProvider    *self,
                           const char    *cursor,
                           gint64         not_before,
                           char         **new_cursor,
                           gboolean      *done,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_return_val_if_fail (FD_IS_PROVIDER (self), NULL);
  g_return_val_if_fail (new_cursor != NULL, NULL);
  g_return_val_if_fail (done != NULL, NULL);

  *new_cursor = NULL;
  *done = FALSE;
  return FD_PROVIDER_GET_IFACE (self)->fetch_history (self, cursor, not_before, new_cursor,
                                                      done, cancellable, error);
}

char *
fd_provider_send (FdProvider           *self,
                  const FdOutboxEntry  *entry,
                  gboolean              uncertain,
                  GCancellable         *cancellable,
                  GError              **error)
{
  g_return_val_if_fail (FD_IS_PROVIDER (self), NULL);
  g_return_val_if_fail (entry != NULL, NULL);
  g_return_val_if_fail (entry->idempotency_key != NULL, NULL);

  return FD_PROVIDER_GET_IFACE (self)->send (self, entry, uncertain, cancellable, error);
}

gboolean
fd_provider_can_check_sent (FdProvider *self)
{
  g_return_val_if_fail (FD_IS_PROVIDER (self), FALSE);

  return !FD_PROVIDER_GET_IFACE (self)->cannot_check_sent;
}

guint
fd_provider_get_write_cost (FdProvider           *self,
                            const FdOutboxEntry  *entry)
{
  g_return_val_if_fail (FD_IS_PROVIDER (self), 0);
  g_return_val_if_fail (entry != NULL, 0);

  if (FD_PROVIDER_GET_IFACE (self)->write_cost == NULL)
    return 0;
  return FD_PROVIDER_GET_IFACE (self)->write_cost (self, entry);
}

char *
fd_provider_dup_reply_thread (FdProvider           *self,
                              const FdOutboxEntry  *entry,
                              const char           *remote_id)
{
  g_return_val_if_fail (FD_IS_PROVIDER (self), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  if (FD_PROVIDER_GET_IFACE (self)->dup_reply_thread == NULL || remote_id == NULL)
    return NULL;
  return FD_PROVIDER_GET_IFACE (self)->dup_reply_thread (self, entry, remote_id);
}

char *
fd_provider_dup_notice (FdProvider *self)
{
  g_return_val_if_fail (FD_IS_PROVIDER (self), NULL);

  if (FD_PROVIDER_GET_IFACE (self)->dup_notice == NULL)
    return NULL;
  return FD_PROVIDER_GET_IFACE (self)->dup_notice (self);
}

gboolean
fd_provider_apply_state (FdProvider           *self,
                         const FdOutboxEntry  *entry,
                         GCancellable         *cancellable,
                         GError              **error)
{
  g_return_val_if_fail (FD_IS_PROVIDER (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  return FD_PROVIDER_GET_IFACE (self)->apply_state (self, entry, cancellable, error);
}

void
fd_provider_get_rate_limit (FdProvider *self,
                            gint64     *remaining,
                            gint64     *reset_at)
{
  gint64 r = -1, t = -1;

  g_return_if_fail (FD_IS_PROVIDER (self));

  FD_PROVIDER_GET_IFACE (self)->get_rate_limit (self, &r, &t);
  if (remaining != NULL)
    *remaining = r;
  if (reset_at != NULL)
    *reset_at = t;
}

gboolean
fd_provider_can_listen (FdProvider *self)
{
  g_return_val_if_fail (FD_IS_PROVIDER (self), FALSE);

  return FD_PROVIDER_GET_IFACE (self)->fetch_listening != NULL;
}

GPtrArray *
fd_provider_fetch_listening (FdProvider       *self,
                             FdListeningKind   kind,
                             const char       *term,
                             const char       *cursor,
                             char            **new_cursor,
                             GCancellable     *cancellable,
                             GError          **error)
{
  FdProviderInterface *iface;

  g_return_val_if_fail (FD_IS_PROVIDER (self), NULL);
  g_return_val_if_fail (term != NULL, NULL);
  g_return_val_if_fail (new_cursor != NULL, NULL);

  *new_cursor = NULL;
  iface = FD_PROVIDER_GET_IFACE (self);
  if (iface->fetch_listening == NULL)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_NOT_SUPPORTED,
                   _("Frontdesk cannot follow hashtags or keywords on this channel."));
      return NULL;
    }

  return iface->fetch_listening (self, kind, term, cursor, new_cursor, cancellable, error);
}

guint64
fd_provider_get_max_message_size (FdProvider *self)
{
  FdProviderInterface *iface;

  g_return_val_if_fail (FD_IS_PROVIDER (self), 0);

  iface = FD_PROVIDER_GET_IFACE (self);
  return iface->get_max_message_size != NULL ? iface->get_max_message_size (self) : 0;
}

void
fd_provider_get_reply_limits (FdProvider *self,
                              guint      *max_chars,
                              guint      *link_chars)
{
  guint m = 0, l = 0;

  g_return_if_fail (FD_IS_PROVIDER (self));

  FD_PROVIDER_GET_IFACE (self)->get_reply_limits (self, &m, &l);
  if (max_chars != NULL)
    *max_chars = m;
  if (link_chars != NULL)
    *link_chars = l;
}

gboolean
fd_provider_supports_push (FdProvider *self)
{
  g_return_val_if_fail (FD_IS_PROVIDER (self), FALSE);

  return FD_PROVIDER_GET_IFACE (self)->supports_push (self);
}

gboolean
fd_provider_start_push (FdProvider  *self,
                        GError     **error)
{
  g_return_val_if_fail (FD_IS_PROVIDER (self), FALSE);

  return FD_PROVIDER_GET_IFACE (self)->start_push (self, error);
}

void
fd_provider_stop_push (FdProvider *self)
{
  g_return_if_fail (FD_IS_PROVIDER (self));

  FD_PROVIDER_GET_IFACE (self)->stop_push (self);
}

void
fd_provider_emit_remote_changed (FdProvider *self)
{
  g_return_if_fail (FD_IS_PROVIDER (self));

  g_signal_emit (self, signals[REMOTE_CHANGED], 0);
}

/* Registry */

static void
ensure_registry_locked (void)
{
  if (registry != NULL)
    return;

  registry = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
fd_provider_register (const char *channel,
                      GType       provider_type)
{
  g_return_if_fail (channel != NULL);
  g_return_if_fail (g_type_is_a (provider_type, FD_TYPE_PROVIDER));

  G_LOCK (registry);
  ensure_registry_locked ();
  g_hash_table_insert (registry, g_strdup (channel), GSIZE_TO_POINTER (provider_type));
  G_UNLOCK (registry);
}

static void
register_builtin_once (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      _fd_providers_register_builtin ();

      g_once_init_leave (&done, 1);
    }
}

GType
fd_provider_lookup (const char *channel)
{
  GType type;

  g_return_val_if_fail (channel != NULL, G_TYPE_INVALID);

  register_builtin_once ();

  G_LOCK (registry);
  ensure_registry_locked ();
  type = GPOINTER_TO_SIZE (g_hash_table_lookup (registry, channel));
  G_UNLOCK (registry);

  return type;
}

/* The class stays loaded: a registered provider type is never unloaded. */
FdProviderInterface *
fd_provider_peek_channel (const char *channel)
{
  GType type;
  gpointer klass;

  if (channel == NULL || (type = fd_provider_lookup (channel)) == G_TYPE_INVALID)
    return NULL;

  if ((klass = g_type_class_peek (type)) == NULL)
    klass = g_type_class_ref (type);
  return g_type_interface_peek (klass, FD_TYPE_PROVIDER);
}

gboolean
fd_provider_channel_can_send (const char *channel)
{
  FdProviderInterface *iface;

  g_return_val_if_fail (channel != NULL, FALSE);

  iface = fd_provider_peek_channel (channel);
  return iface != NULL && iface->send != NULL;
}

gboolean
fd_provider_channel_can_listen (const char *channel)
{
  FdProviderInterface *iface;

  g_return_val_if_fail (channel != NULL, FALSE);

  iface = fd_provider_peek_channel (channel);
  return iface != NULL && iface->fetch_listening != NULL;
}

gboolean
fd_provider_channel_has_translator (const char *channel)
{
  FdProviderInterface *iface;

  g_return_val_if_fail (channel != NULL, FALSE);

  iface = fd_provider_peek_channel (channel);
  return iface != NULL && iface->new_translator != NULL;
}

static void
translator_secret_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FdAccount *account = g_task_get_task_data (task);
  FdProviderInterface *iface = fd_provider_peek_channel (fd_account_get_channel (account));
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = fd_secrets_lookup_finish (result, &error);
  FdTranslator *translator = NULL;

  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Without a sign-in the server does not translate. */
  if (secret != NULL && *secret != '\0' && iface != NULL && iface->new_translator != NULL)
    translator = iface->new_translator (account, secret);
  if (secret != NULL)
    memset (secret, 0, strlen (secret));

  g_task_return_pointer (task, translator, g_object_unref);
}

void
fd_provider_new_translator_async (FdAccount           *account,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const char *channel;

  g_return_if_fail (FD_IS_ACCOUNT (account));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_provider_new_translator_async);
  g_task_set_task_data (task, g_object_ref (account), g_object_unref);

  channel = fd_account_get_channel (account);
  if (!fd_provider_channel_has_translator (channel))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  fd_secrets_lookup_async (account, fd_channel_secret_kind (channel), cancellable,
                           translator_secret_cb, g_steal_pointer (&task));
}

FdTranslator *
fd_provider_new_translator_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_provider_new_translator_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

FdProvider *
fd_provider_new_for_account (FdAccount   *account,
                             const char  *data_dir,
                             GError     **error)
{
  g_autoptr(GTypeClass) klass = NULL;
  GType type;

  g_return_val_if_fail (FD_IS_ACCOUNT (account), NULL);
  g_return_val_if_fail (data_dir != NULL, NULL);

  type = fd_provider_lookup (fd_account_get_channel (account));
  if (type == G_TYPE_INVALID)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_NOT_SUPPORTED,
                   _("This version of Frontdesk cannot sync “%s” accounts. Update Frontdesk or remove the account “%s”."),
                   fd_account_get_channel (account), fd_account_get_name (account));
      return NULL;
    }

  klass = g_type_class_ref (type);
  if (g_object_class_find_property (G_OBJECT_CLASS (klass), "data-dir") != NULL)
    return g_object_new (type, "account", account, "data-dir", data_dir, NULL);

  return g_object_new (type, "account", account, NULL);
}

/* Blocking HTTP for providers' worker threads */

typedef struct
{
  GBytes       *body;
  GError       *error;
  GCancellable *cancellable;
  GMainContext *context;
  gboolean      done;
  gboolean      timed_out;
} HttpRequest;

static void
http_sent_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  HttpRequest *request = user_data;

  request->body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &request->error);
  request->done = TRUE;
}

static gboolean
http_timeout_cb (gpointer user_data)
{
  HttpRequest *request = user_data;

  request->timed_out = TRUE;
  g_cancellable_cancel (request->cancellable);
  return G_SOURCE_REMOVE;
}

static gboolean
http_cancel_in_context_cb (gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
  return G_SOURCE_REMOVE;
}

/* The caller's cancellable is cancelled from another thread (the sync
 * manager's). The request's own cancellable is only ever cancelled on the
 * thread that runs the request: GLib 2.74 can leak a GCancellableSource
 * when a cancellation races with libsoup disposing of that source on
 * another thread. */
static void
http_forward_cancel_cb (GCancellable *cancellable,
                        HttpRequest  *request)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_callback (source, http_cancel_in_context_cb,
                         g_object_ref (request->cancellable), g_object_unref);
  g_source_attach (source, request->context);
}

GBytes *
_fd_provider_http_send (SoupSession   *session,
                        SoupMessage   *msg,
                        guint          timeout_ms,
                        GCancellable  *cancellable,
                        gboolean      *timed_out,
                        GError       **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GCancellable) request_cancellable = g_cancellable_new ();
  g_autoptr(GSource) timeout = NULL;
  HttpRequest request = { NULL, NULL, request_cancellable, context, FALSE, FALSE };
  gulong handler = 0;

  g_return_val_if_fail (SOUP_IS_SESSION (session), NULL);
  g_return_val_if_fail (SOUP_IS_MESSAGE (msg), NULL);

  g_main_context_push_thread_default (context);

  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (http_forward_cancel_cb), &request, NULL);

  timeout = g_timeout_source_new (timeout_ms);
  g_source_set_callback (timeout, http_timeout_cb, &request, NULL);
  g_source_attach (timeout, context);

  soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, request_cancellable, http_sent_cb, &request);
  while (!request.done)
    g_main_context_iteration (context, TRUE);

  g_source_destroy (timeout);
  if (cancellable != NULL)
    g_cancellable_disconnect (cancellable, handler);
  /* Let libsoup finish its clean-up on this context. */
  while (g_main_context_pending (context))
    g_main_context_iteration (context, FALSE);
  g_main_context_pop_thread_default (context);

  if (timed_out != NULL)
    *timed_out = request.timed_out;

  if (request.error != NULL)
    {
      g_propagate_error (error, request.error);
      return NULL;
    }

  return request.body;
}
