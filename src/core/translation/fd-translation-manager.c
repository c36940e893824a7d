/* fd-translation-manager.c: engines in the user's order, cached, offline-aware.
 *
 * Every translation is stored (translations table, keyed by a hash of the
 * text and the two languages), so a text is sent to an engine at most
 * once, and the five copies of one complaint cost one request. While the
 * network is down only local engines run; what they cannot do waits in
 * translation_queue and is done when the network returns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-language.h"
#include "fd-message.h"
#include "fd-sql.h"
#include "fd-store-private.h"
#include "fd-translation-manager-private.h"
#include "fd-translator-private.h"

struct _FdTranslationManager
{
  GObject          parent_instance;

  FdStore         *store;
  GNetworkMonitor *monitor;
  GPtrArray       *engines;       /* FdTranslator, in the user's order */
  GList           *ops;           /* Op: requests in flight */
  GHashTable      *calls;         /* call_key() → Call: engine calls in flight */
  gboolean         online;
  gboolean         processing_queue;
};

typedef struct _Call Call;

typedef struct {
  FdTranslationManager *self;
  GTask                *task;
  Call                 *call;           /* the engine call it waits for */
  GPtrArray            *engines;        /* snapshot: the order when it started */
  char                 *text;
  char                 *hash;
  char                 *from;           /* NULL: unknown */
  char                 *to;
  char                 *engine_name;    /* NULL: any */
  char                 *channel;
  char                 *remote_id;
  gint64                message_id;
  guint                 next;
  GCancellable         *caller_cancellable;
  gulong                cancelled_id;
  GString              *errors;
  gboolean              remote_skipped;
  gboolean              queue_when_offline;
  gboolean              all_no_pair;    /* every error so far was a missing pair */
} Op;

/* One engine call, shared by the requests in flight that ask the same
 * engine the same thing: two windows translating the same post, or the
 * composer asking again before the first answer came, cost one call. It
 * is cancelled when the network goes (remote engines) or when every
 * request waiting for it was cancelled. */
struct _Call
{
  FdTranslationManager *self;
  FdTranslator         *engine;
  char                 *key;
  GCancellable         *cancellable;
  GPtrArray            *ops;            /* Op, waiting */
  gboolean              went_offline;
};

enum {
  PROP_0,
  PROP_ONLINE,
  N_PROPS
};

enum {
  TRANSLATION_READY,
  QUEUE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FdTranslationManager, fd_translation_manager, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (FdTranslation, fd_translation, fd_translation_copy, fd_translation_free)

static void try_next_engine (Op *op);

/* Boxed types */

FdTranslation *
fd_translation_copy (const FdTranslation *translation)
{
  FdTranslation *copy = g_new0 (FdTranslation, 1);

  copy->text = g_strdup (translation->text);
  copy->from = g_strdup (translation->from);
  copy->to = g_strdup (translation->to);
  copy->engine = g_strdup (translation->engine);
  copy->created_at = translation->created_at;
  copy->cached = translation->cached;
  return copy;
}

void
fd_translation_free (FdTranslation *translation)
{
  if (translation == NULL)
    return;
  g_free (translation->text);
  g_free (translation->from);
  g_free (translation->to);
  g_free (translation->engine);
  g_free (translation);
}

/* Cache (fd-translation-cache.c), and the signal its queue changes */

static gboolean
save_translation (FdTranslationManager  *self,
                  Op                    *op,
                  const char            *text,
                  const char            *engine,
                  GError               **error)
{
  gboolean dequeued = FALSE;

  if (!_fd_translation_cache_save (self->store, op->message_id, op->hash, op->from, op->to,
                                   engine, text, &dequeued, error))
    return FALSE;

  if (dequeued)
    g_signal_emit (self, signals[QUEUE_CHANGED], 0);
  return TRUE;
}

static gboolean
enqueue (FdTranslationManager  *self,
         Op                    *op,
         GError               **error)
{
  if (!_fd_translation_cache_enqueue (self->store, op->message_id, op->hash, op->text,
                                      op->from, op->to, error))
    return FALSE;

  g_signal_emit (self, signals[QUEUE_CHANGED], 0);
  return TRUE;
}

/* Requests */

static void
op_free (Op *op)
{
  if (op->caller_cancellable != NULL)
    g_cancellable_disconnect (op->caller_cancellable, op->cancelled_id);
  g_clear_object (&op->caller_cancellable);
  g_clear_pointer (&op->engines, g_ptr_array_unref);
  g_free (op->text);
  g_free (op->hash);
  g_free (op->from);
  g_free (op->to);
  g_free (op->engine_name);
  g_free (op->channel);
  g_free (op->remote_id);
  if (op->errors != NULL)
    g_string_free (op->errors, TRUE);
  g_free (op);
}

static gboolean
op_caller_cancelled (Op *op)
{
  return op->caller_cancellable != NULL && g_cancellable_is_cancelled (op->caller_cancellable);
}

/* The engine call stops once nobody waits for its answer. */
static void
caller_cancelled_cb (GCancellable *cancellable,
                     gpointer      user_data)
{
  Op *op = user_data;
  Call *call = op->call;

  if (call == NULL)
    return;
  for (guint i = 0; i < call->ops->len; i++)
    if (!op_caller_cancelled (g_ptr_array_index (call->ops, i)))
      return;
  g_cancellable_cancel (call->cancellable);
}

/* Ends @op: the task takes @translation or @error. */
static void
op_return (Op            *op,
           FdTranslation *translation,
           GError        *error)
{
  GTask *task = op->task;

  op->self->ops = g_list_remove (op->self->ops, op);
  if (translation != NULL)
    g_task_return_pointer (task, translation, (GDestroyNotify) fd_translation_free);
  else
    g_task_return_error (task, error);
  g_object_unref (task);
}

static void
op_add_error (Op           *op,
              const GError *error)
{
  if (op->errors->len > 0)
    g_string_append_c (op->errors, '\n');
  g_string_append (op->errors, error->message);
  op->all_no_pair = op->all_no_pair &&
                    g_error_matches (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NO_PAIR);
}

/* What @engine answered, for one of the requests that waited for it. */
static void
op_engine_done (Op           *op,
                FdTranslator *engine,
                const char   *text,
                const GError *error,
                gboolean      went_offline)
{
  if (text != NULL)
    {
      g_autoptr(GError) save_error = NULL;
      FdTranslation *translation = g_new0 (FdTranslation, 1);

      if (!save_translation (op->self, op, text, fd_translator_get_name (engine), &save_error))
        g_warning ("Could not store a translation: %s", save_error->message);

      translation->text = g_strdup (text);
      translation->from = g_strdup (op->from != NULL ? op->from : "");
      translation->to = g_strdup (op->to);
      translation->engine = g_strdup (fd_translator_get_name (engine));
      translation->created_at = g_get_real_time () / G_USEC_PER_SEC;
      op_return (op, translation, NULL);
      return;
    }

  if (op_caller_cancelled (op))
    {
      op_return (op, NULL, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                                _("The translation was cancelled.")));
      return;
    }

  /* The network went away under us: local engines may still do it,
   * else it waits in the queue. */
  if (went_offline && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      op->remote_skipped = TRUE;
      try_next_engine (op);
      return;
    }

  g_debug ("%s failed: %s", fd_translator_get_name (engine), error->message);
  op_add_error (op, error);

  /* A server that cannot be reached while the monitor says online is
   * more often a wrong address than a lost connection: report it rather
   * than queue it for a network change that may never come. */
  try_next_engine (op);
}

static void
call_free (Call *call)
{
  g_clear_object (&call->engine);
  g_clear_object (&call->cancellable);
  g_clear_pointer (&call->ops, g_ptr_array_unref);
  g_free (call->key);
  g_free (call);
}

static void
call_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Call *call = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = fd_translator_translate_finish (call->engine, result, &error);

  /* Out of the table first: a request that tries its next engine may
   * start a new call under the same key. */
  g_hash_table_steal (call->self->calls, call->key);
  for (guint i = 0; i < call->ops->len; i++)
    {
      Op *op = g_ptr_array_index (call->ops, i);

      op->call = NULL;
      op_engine_done (op, call->engine, text, error, call->went_offline);
    }
  call_free (call);
}

/* Everything an engine's answer depends on. */
static char *
call_key (FdTranslator               *engine,
          const FdTranslationRequest *request)
{
  return g_strjoin ("\x1f", fd_translator_get_name (engine),
                    request->from != NULL ? request->from : "",
                    request->to,
                    request->channel != NULL ? request->channel : "",
                    request->remote_id != NULL ? request->remote_id : "",
                    request->text, NULL);
}

/* Asks @engine for @op, or joins the same call already in flight. */
static void
op_call_engine (Op                         *op,
                FdTranslator               *engine,
                const FdTranslationRequest *request)
{
  FdTranslationManager *self = op->self;
  g_autofree char *key = call_key (engine, request);
  Call *call = g_hash_table_lookup (self->calls, key);

  if (call != NULL)
    {
      g_ptr_array_add (call->ops, op);
      op->call = call;
      caller_cancelled_cb (NULL, op);
      return;
    }

  call = g_new0 (Call, 1);
  call->self = self;
  call->engine = g_object_ref (engine);
  call->key = g_steal_pointer (&key);
  call->cancellable = g_cancellable_new ();
  call->ops = g_ptr_array_new ();
  g_ptr_array_add (call->ops, op);
  op->call = call;
  g_hash_table_insert (self->calls, call->key, call);
  /* Already cancelled: the engine returns at once. */
  caller_cancelled_cb (NULL, op);

  fd_translator_translate_request_async (engine, request, call->cancellable, call_done_cb, call);
}

static void
try_next_engine (Op *op)
{
  FdTranslationManager *self = op->self;
  FdTranslationRequest request = {
    op->text, op->from, op->to, op->channel, op->remote_id
  };

  while (op->next < op->engines->len)
    {
      FdTranslator *engine = g_ptr_array_index (op->engines, op->next++);

      if (op->engine_name != NULL && !g_str_equal (op->engine_name, fd_translator_get_name (engine)))
        continue;
      if (!fd_translator_accepts (engine, &request))
        continue;
      /* Known pairs that cannot do it: say so, ask nobody. */
      if (op->from != NULL && fd_translator_get_pairs (engine) != NULL &&
          !fd_translator_can_translate (engine, op->from, op->to, NULL))
        {
          g_autoptr(GError) error = NULL;

          _fd_translator_set_no_pair_error (engine, op->from, op->to, &error);
          op_add_error (op, error);
          continue;
        }
      if (!fd_translator_is_local (engine) && !self->online)
        {
          op->remote_skipped = TRUE;
          continue;
        }

      op_call_engine (op, engine, &request);
      return;
    }

  if (op->remote_skipped && op->queue_when_offline)
    {
      g_autoptr(GError) error = NULL;

      if (!enqueue (self, op, &error))
        {
          op_return (op, NULL, g_steal_pointer (&error));
          return;
        }
      op_return (op, NULL,
                 g_error_new (FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_OFFLINE,
                              _("There is no connection and no engine on this computer can "
                                "translate from %s to %s. It will be translated when the "
                                "connection is back."),
                              op->from != NULL ? fd_language_get_name (op->from) : _("an unknown language"),
                              fd_language_get_name (op->to)));
      return;
    }

  if (op->errors->len > 0)
    {
      /* One engine: its own words. Several: each one's, a line each. */
      op_return (op, NULL,
                 g_error_new (FD_TRANSLATOR_ERROR,
                              op->all_no_pair ? FD_TRANSLATOR_ERROR_NO_PAIR : FD_TRANSLATOR_ERROR_FAILED,
                              "%s", op->errors->str));
      return;
    }

  if (op->engine_name != NULL && fd_translation_manager_find_engine (self, op->engine_name) == NULL)
    {
      op_return (op, NULL,
                 g_error_new (FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                              _("There is no translation engine “%s”. Set it up in the "
                                "translation settings first."), op->engine_name));
      return;
    }

  if (op->from == NULL)
    {
      op_return (op, NULL,
                 g_error_new (FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NO_SOURCE,
                              _("The language of the text could not be told: say which it is.")));
      return;
    }

  op_return (op, NULL,
             g_error_new (FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NO_PAIR,
                          _("No translation engine can translate from %s to %s. Install an "
                            "Apertium pair for them or add an online engine in the "
                            "translation settings."),
                          fd_language_get_name (op->from), fd_language_get_name (op->to)));
}

static Op *
op_new (FdTranslationManager *self,
        GTask                *task,
        const char           *text,
        const char           *from,
        const char           *to,
        const char           *engine)
{
  Op *op = g_new0 (Op, 1);

  op->self = self;
  op->task = task;
  op->engines = g_ptr_array_copy (self->engines, (GCopyFunc) g_object_ref, NULL);
  g_ptr_array_set_free_func (op->engines, g_object_unref);
  op->text = g_strdup (text);
  op->hash = _fd_translation_text_hash (text);
  op->from = g_strdup (fd_language_normalize (from));
  op->to = g_strdup (fd_language_normalize (to));
  op->engine_name = g_strdup (engine);
  op->errors = g_string_new (NULL);
  op->queue_when_offline = TRUE;
  op->all_no_pair = TRUE;

  if (g_task_get_cancellable (task) != NULL)
    {
      op->caller_cancellable = g_object_ref (g_task_get_cancellable (task));
      op->cancelled_id = g_cancellable_connect (op->caller_cancellable,
                                                G_CALLBACK (caller_cancelled_cb),
                                                op, NULL);
    }

  g_task_set_task_data (task, op, (GDestroyNotify) op_free);
  return op;
}

static void
op_start (Op *op)
{
  FdTranslation *cached;

  if (op->to == NULL)
    {
      op_return (op, NULL,
                 g_error_new (FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                              _("Say which language to translate into, with a code such as “en” or “es”.")));
      return;
    }

  /* Unknown source: detect it; engines that detect themselves still
   * can when this fails. */
  if (op->from == NULL)
    {
      g_autoptr(FdLanguageDetector) detector = fd_language_get_default_detector (NULL);
      FdLanguageResult result;

      if (detector != NULL && fd_language_detector_detect (detector, op->text, NULL, NULL, &result))
        op->from = g_strdup (result.lang);
    }

  if (op->from != NULL && g_str_equal (op->from, op->to))
    {
      FdTranslation *same = g_new0 (FdTranslation, 1);

      same->text = g_strdup (op->text);
      same->from = g_strdup (op->from);
      same->to = g_strdup (op->to);
      same->engine = g_strdup ("none");
      op_return (op, same, NULL);
      return;
    }

  if ((cached = _fd_translation_cache_lookup (op->self->store, op->hash, op->from, op->to)) != NULL)
    {
      op_return (op, cached, NULL);
      return;
    }

  op->self->ops = g_list_prepend (op->self->ops, op);
  try_next_engine (op);
}

/* Network */

static void process_queue_step (GTask *task);

static void
network_changed_cb (GNetworkMonitor      *monitor,
                    gboolean              available,
                    FdTranslationManager *self)
{
  gboolean online = g_network_monitor_get_network_available (monitor);

  if (online == self->online)
    return;

  self->online = online;
  g_debug ("Translation: %s", online ? "online" : "offline");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLINE]);

  if (!online)
    {
      /* Stop what is on its way to a server: it goes to the queue. */
      GHashTableIter iter;
      Call *call;

      g_hash_table_iter_init (&iter, self->calls);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &call))
        if (!fd_translator_is_local (call->engine))
          {
            call->went_offline = TRUE;
            g_cancellable_cancel (call->cancellable);
          }
      return;
    }

  if (fd_translation_manager_get_queue_length (self) > 0)
    fd_translation_manager_process_queue_async (self, NULL, NULL, NULL);
}

/* GObject */

static void
fd_translation_manager_dispose (GObject *object)
{
  FdTranslationManager *self = FD_TRANSLATION_MANAGER (object);

  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_clear_object (&self->monitor);
  g_clear_pointer (&self->engines, g_ptr_array_unref);

  G_OBJECT_CLASS (fd_translation_manager_parent_class)->dispose (object);
}

static void
fd_translation_manager_finalize (GObject *object)
{
  FdTranslationManager *self = FD_TRANSLATION_MANAGER (object);

  g_assert (self->ops == NULL);
  g_assert (g_hash_table_size (self->calls) == 0);
  g_clear_pointer (&self->calls, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fd_translation_manager_parent_class)->finalize (object);
}

static void
fd_translation_manager_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  FdTranslationManager *self = FD_TRANSLATION_MANAGER (object);

  switch (prop_id)
    {
    case PROP_ONLINE:
      g_value_set_boolean (value, self->online);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_translation_manager_class_init (FdTranslationManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_translation_manager_dispose;
  object_class->finalize = fd_translation_manager_finalize;
  object_class->get_property = fd_translation_manager_get_property;

  properties[PROP_ONLINE] =
    g_param_spec_boolean ("online", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FdTranslationManager::translation-ready:
   * @message_id: the message, or 0 for a text without one
   * @to: the target language
   *
   * A queued translation was done: fetch it with
   * fd_translation_manager_lookup_message().
   */
  signals[TRANSLATION_READY] =
    g_signal_new ("translation-ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  /**
   * FdTranslationManager::queue-changed:
   *
   * Something was added to or removed from the offline queue.
   */
  signals[QUEUE_CHANGED] =
    g_signal_new ("queue-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fd_translation_manager_init (FdTranslationManager *self)
{
  self->engines = g_ptr_array_new_with_free_func (g_object_unref);
  self->calls = g_hash_table_new (g_str_hash, g_str_equal);
  self->online = TRUE;
}

/* Public API */

FdTranslationManager *
fd_translation_manager_new (FdStore         *store,
                            GNetworkMonitor *monitor)
{
  FdTranslationManager *self;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);
  g_return_val_if_fail (monitor == NULL || G_IS_NETWORK_MONITOR (monitor), NULL);

  self = g_object_new (FD_TYPE_TRANSLATION_MANAGER, NULL);
  self->store = g_object_ref (store);
  self->monitor = g_object_ref (monitor != NULL ? monitor : g_network_monitor_get_default ());
  self->online = g_network_monitor_get_network_available (self->monitor);
  g_signal_connect_object (self->monitor, "network-changed",
                           G_CALLBACK (network_changed_cb), self, 0);
  return self;
}

void
fd_translation_manager_add_engine (FdTranslationManager *self,
                                   FdTranslator         *engine)
{
  g_return_if_fail (FD_IS_TRANSLATION_MANAGER (self));
  g_return_if_fail (FD_IS_TRANSLATOR (engine));

  g_ptr_array_add (self->engines, g_object_ref (engine));
}

void
fd_translation_manager_remove_engine (FdTranslationManager *self,
                                      FdTranslator         *engine)
{
  g_return_if_fail (FD_IS_TRANSLATION_MANAGER (self));

  g_ptr_array_remove (self->engines, engine);
}

void
fd_translation_manager_set_order (FdTranslationManager *self,
                                  const char * const   *names)
{
  g_autoptr(GPtrArray) ordered = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (FD_IS_TRANSLATION_MANAGER (self));

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    for (guint j = 0; j < self->engines->len; j++)
      {
        FdTranslator *engine = g_ptr_array_index (self->engines, j);

        if (g_str_equal (fd_translator_get_name (engine), names[i]) &&
            !g_ptr_array_find (ordered, engine, NULL))
          g_ptr_array_add (ordered, g_object_ref (engine));
      }

  for (guint j = 0; j < self->engines->len; j++)
    if (!g_ptr_array_find (ordered, g_ptr_array_index (self->engines, j), NULL))
      g_ptr_array_add (ordered, g_object_ref (g_ptr_array_index (self->engines, j)));

  g_ptr_array_unref (self->engines);
  self->engines = g_steal_pointer (&ordered);
}

GPtrArray *
fd_translation_manager_get_engines (FdTranslationManager *self)
{
  g_return_val_if_fail (FD_IS_TRANSLATION_MANAGER (self), NULL);

  return self->engines;
}

FdTranslator *
fd_translation_manager_find_engine (FdTranslationManager *self,
                                    const char           *name)
{
  g_return_val_if_fail (FD_IS_TRANSLATION_MANAGER (self), NULL);

  for (guint i = 0; i < self->engines->len; i++)
    if (g_str_equal (fd_translator_get_name (g_ptr_array_index (self->engines, i)), name))
      return g_ptr_array_index (self->engines, i);
  return NULL;
}

gboolean
fd_translation_manager_is_online (FdTranslationManager *self)
{
  g_return_val_if_fail (FD_IS_TRANSLATION_MANAGER (self), FALSE);

  return self->online;
}

FdTranslation *
fd_translation_manager_lookup (FdTranslationManager *self,
                               const char           *text,
                               const char           *from,
                               const char           *to)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (FD_IS_TRANSLATION_MANAGER (self), NULL);
  g_return_val_if_fail (text != NULL && to != NULL, NULL);

  hash = _fd_translation_text_hash (text);
  return _fd_translation_cache_lookup (self->store, hash, fd_language_normalize (from), fd_language_normalize (to));
}

FdTranslation *
fd_translation_manager_lookup_message (FdTranslationManager  *self,
                                       gint64                 message_id,
                                       const char            *to,
                                       GError               **error)
{
  g_autoptr(FdMessage) message = NULL;

  g_return_val_if_fail (FD_IS_TRANSLATION_MANAGER (self), NULL);

  if ((message = fd_store_get_message (self->store, message_id, error)) == NULL)
    return NULL;

  return fd_translation_manager_lookup (self, fd_message_get_text (message),
                                        fd_message_get_lang (message), to);
}

void
fd_translation_manager_translate_async (FdTranslationManager *self,
                                        const char           *text,
                                        const char           *from,
                                        const char           *to,
                                        const char           *engine,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data)
{
  GTask *task;
  Op *op;

  g_return_if_fail (FD_IS_TRANSLATION_MANAGER (self));
  g_return_if_fail (text != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_translation_manager_translate_async);
  op = op_new (self, task, text, from, to != NULL ? to : "", engine);
  op_start (op);
}

void
fd_translation_manager_translate_message_async (FdTranslationManager *self,
                                                gint64                message_id,
                                                const char           *to,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data)
{
  g_autoptr(FdMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  GTask *task;
  Op *op;

  g_return_if_fail (FD_IS_TRANSLATION_MANAGER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_translation_manager_translate_message_async);

  if ((message = fd_store_get_message (self->store, message_id, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  op = op_new (self, task, fd_message_get_text (message), fd_message_get_lang (message),
               to != NULL ? to : "", NULL);
  op->message_id = message_id;
  op->channel = g_strdup (fd_message_get_channel (message));
  op->remote_id = g_strdup (fd_message_get_remote_id (message));
  op_start (op);
}

FdTranslation *
fd_translation_manager_translate_finish (FdTranslationManager  *self,
                                         GAsyncResult          *result,
                                         GError               **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The queue */

guint
fd_translation_manager_get_queue_length (FdTranslationManager *self)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (FD_IS_TRANSLATION_MANAGER (self), 0);

  stmt = _fd_store_prepare (self->store, "SELECT count(*) FROM translation_queue", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return n;
}

typedef struct {
  gint64  last_id;
  guint   done;
  gint64  message_id;
  char   *to;
} QueueData;

static void
queue_data_free (QueueData *data)
{
  g_free (data->to);
  g_free (data);
}

static void
queue_item_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  FdTranslationManager *self = FD_TRANSLATION_MANAGER (object);
  GTask *task = user_data;
  QueueData *data = g_task_get_task_data (task);
  g_autoptr(FdTranslation) translation = NULL;
  g_autoptr(GError) error = NULL;

  translation = g_task_propagate_pointer (G_TASK (result), &error);
  if (translation != NULL)
    {
      data->done++;
      g_signal_emit (self, signals[TRANSLATION_READY], 0, data->message_id, data->to);
    }
  else
    {
      sqlite3_stmt *stmt = _fd_store_prepare (self->store,
                                              "UPDATE translation_queue SET attempts = attempts + 1,"
                                              " error = ? WHERE id = ?", NULL);
      if (stmt != NULL)
        {
          _fd_sql_bind_text (stmt, 1, error->message);
          sqlite3_bind_int64 (stmt, 2, data->last_id);
          _fd_sql_step (self->store, stmt, NULL);
        }
    }

  if (g_task_return_error_if_cancelled (task))
    {
      self->processing_queue = FALSE;
      g_object_unref (task);
      return;
    }

  process_queue_step (task);
}

static void
process_queue_step (GTask *task)
{
  FdTranslationManager *self = g_task_get_source_object (task);
  QueueData *data = g_task_get_task_data (task);
  g_autofree char *text = NULL;
  g_autofree char *from = NULL;
  sqlite3_stmt *stmt;
  GTask *item;
  Op *op;

  stmt = _fd_store_prepare (self->store,
                            "SELECT id, message_id, text, source_lang, target_lang FROM translation_queue"
                            " WHERE id > ? ORDER BY id LIMIT 1", NULL);
  if (stmt == NULL || !self->online)
    {
      self->processing_queue = FALSE;
      g_task_return_int (task, data->done);
      g_object_unref (task);
      return;
    }

  sqlite3_bind_int64 (stmt, 1, data->last_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      self->processing_queue = FALSE;
      g_task_return_int (task, data->done);
      g_object_unref (task);
      return;
    }

  data->last_id = sqlite3_column_int64 (stmt, 0);
  data->message_id = sqlite3_column_int64 (stmt, 1);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  from = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  g_free (data->to);
  data->to = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  sqlite3_reset (stmt);

  item = g_task_new (self, g_task_get_cancellable (task), queue_item_cb, task);
  op = op_new (self, item, text, *from != '\0' ? from : NULL, data->to, NULL);
  op->message_id = data->message_id;
  /* Already queued: fail rather than queue it twice. */
  op->queue_when_offline = FALSE;

  if (data->message_id > 0)
    {
      g_autoptr(FdMessage) message = fd_store_get_message (self->store, data->message_id, NULL);

      if (message != NULL)
        {
          op->channel = g_strdup (fd_message_get_channel (message));
          op->remote_id = g_strdup (fd_message_get_remote_id (message));
        }
    }

  op_start (op);
}

void
fd_translation_manager_process_queue_async (FdTranslationManager *self,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data)
{
  GTask *task;

  g_return_if_fail (FD_IS_TRANSLATION_MANAGER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_translation_manager_process_queue_async);
  g_task_set_task_data (task, g_new0 (QueueData, 1), (GDestroyNotify) queue_data_free);

  if (self->processing_queue)
    {
      g_task_return_int (task, 0);
      g_object_unref (task);
      return;
    }

  self->processing_queue = TRUE;
  process_queue_step (task);
}

guint
fd_translation_manager_process_queue_finish (FdTranslationManager  *self,
                                             GAsyncResult          *result,
                                             GError               **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  n = g_task_propagate_int (G_TASK (result), error);
  return n > 0 ? (guint) n : 0;
}

FdStore *
_fd_translation_manager_get_store (FdTranslationManager *self)
{
  return self->store;
}
