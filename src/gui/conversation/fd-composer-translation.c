/* fd-composer-translation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-composer-translation"

#include "config.h"

#include <glib/gi18n.h>

#include "fd-composer-translation.h"
#include "fd-language.h"

#define TRANSLATE_DELAY_MS 700

struct _FdComposerTranslation
{
  GObject               parent_instance;

  FdTranslationManager *manager;
  char                 *user_lang;
  char                 *customer_lang;
  char                 *unavailable;
  gboolean              chosen;

  gint64                conversation_id;
  char                 *written;
  guint                 translate_source;
  GCancellable         *translate_cancellable;
  gboolean              busy;
  char                 *translated_for;   /* the written text the translation below is of */
  char                 *translated;
  char                 *back_translated;

  GCancellable         *pairs_cancellable;
  GPtrArray            *pairs_asked;      /* engines asked for their pairs */
};

G_DEFINE_FINAL_TYPE (FdComposerTranslation, fd_composer_translation, G_TYPE_OBJECT)

enum {
  CHANGED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_unavailable (FdComposerTranslation *self);
static void schedule           (FdComposerTranslation *self);

static void
emit_changed (FdComposerTranslation *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Callbacks. Work under way holds the object weakly: once the composer
 * lets it go, it is disposed, which cancels that work. */

static GWeakRef *
weak_ref_new (gpointer object)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, object);
  return ref;
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

static void
pairs_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(FdComposerTranslation) self = g_weak_ref_get (ref);
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GError) error = NULL;

  weak_ref_free (ref);
  pairs = fd_translator_load_pairs_finish (FD_TRANSLATOR (object), result, &error);
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    g_debug ("Could not list the pairs of %s: %s",
             fd_translator_get_name (FD_TRANSLATOR (object)), error->message);

  update_unavailable (self);
  emit_changed (self);
  schedule (self);
}

typedef struct {
  GWeakRef  self;
  char     *written;
} TranslateOp;

static void
translate_op_free (TranslateOp *op)
{
  g_weak_ref_clear (&op->self);
  g_free (op->written);
  g_free (op);
}

/* The draft, its translation and the translation back were stored for
 * the conversation by the manager: both versions stay with the reply. */
static void
draft_translated_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  TranslateOp *op = user_data;
  g_autoptr(FdComposerTranslation) self = g_weak_ref_get (&op->self);
  g_autoptr(FdDraftTranslation) draft = NULL;
  g_autoptr(GError) error = NULL;

  draft = fd_translation_manager_translate_draft_finish (FD_TRANSLATION_MANAGER (object), result, &error);
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      translate_op_free (op);
      return;
    }

  self->busy = FALSE;
  if (draft == NULL)
    {
      g_clear_pointer (&self->translated_for, g_free);
      g_clear_pointer (&self->translated, g_free);
      g_clear_pointer (&self->back_translated, g_free);
      emit_changed (self);
      g_signal_emit (self, signals[FAILED], 0, error);
      translate_op_free (op);
      return;
    }

  g_free (self->translated_for);
  g_free (self->translated);
  g_free (self->back_translated);
  self->translated_for = g_strdup (op->written);
  self->translated = g_strdup (draft->translated);
  self->back_translated = g_strdup (draft->back_translated);
  emit_changed (self);

  translate_op_free (op);
}

static gboolean
translate_timeout_cb (gpointer data)
{
  FdComposerTranslation *self = data;
  TranslateOp *op;

  self->translate_source = 0;

  if (!fd_composer_translation_get_active (self) || self->written == NULL ||
      self->written[0] == '\0' || g_strcmp0 (self->written, self->translated_for) == 0)
    return G_SOURCE_REMOVE;

  g_cancellable_cancel (self->translate_cancellable);
  g_clear_object (&self->translate_cancellable);
  self->translate_cancellable = g_cancellable_new ();

  self->busy = TRUE;
  emit_changed (self);

  op = g_new0 (TranslateOp, 1);
  g_weak_ref_init (&op->self, self);
  op->written = g_strdup (self->written);
  fd_translation_manager_translate_draft_async (self->manager, self->conversation_id,
                                                op->written, self->user_lang, self->customer_lang,
                                                self->translate_cancellable,
                                                draft_translated_cb, op);

  return G_SOURCE_REMOVE;
}

/* Helpers */

static void
schedule (FdComposerTranslation *self)
{
  g_clear_handle_id (&self->translate_source, g_source_remove);

  if (fd_composer_translation_get_active (self))
    self->translate_source = g_timeout_add (TRANSLATE_DELAY_MS, translate_timeout_cb, self);
}

/* Off, with the reason, when every engine is known to lack the pair. */
static void
update_unavailable (FdComposerTranslation *self)
{
  GPtrArray *engines;
  gboolean missing = TRUE;

  g_clear_pointer (&self->unavailable, g_free);
  if (!fd_composer_translation_get_offered (self))
    return;

  engines = fd_translation_manager_get_engines (self->manager);
  for (guint i = 0; engines != NULL && i < engines->len; i++)
    {
      FdTranslator *engine = g_ptr_array_index (engines, i);

      if (fd_translator_get_pairs (engine) == NULL)
        {
          guint index;

          if (!g_ptr_array_find (self->pairs_asked, engine, &index))
            {
              g_ptr_array_add (self->pairs_asked, g_object_ref (engine));
              if (self->pairs_cancellable == NULL)
                self->pairs_cancellable = g_cancellable_new ();
              fd_translator_load_pairs_async (engine, self->pairs_cancellable,
                                              pairs_loaded_cb, weak_ref_new (self));
              missing = FALSE;
            }
          continue;
        }
      if (fd_translator_can_translate (engine, self->user_lang, self->customer_lang, NULL))
        missing = FALSE;
    }

  if (missing)
    /* Translators: why "Write in English, send in German" is off; the
     * languages are names */
    self->unavailable = g_strdup_printf (_("No translation engine here translates from %s "
                                           "to %s. Add a language pair or an online engine "
                                           "in Preferences, under Languages."),
                                         fd_language_get_name (self->user_lang),
                                         fd_language_get_name (self->customer_lang));
}

static void
forget (FdComposerTranslation *self)
{
  g_cancellable_cancel (self->translate_cancellable);
  g_clear_object (&self->translate_cancellable);
  g_clear_handle_id (&self->translate_source, g_source_remove);
  g_clear_pointer (&self->translated_for, g_free);
  g_clear_pointer (&self->translated, g_free);
  g_clear_pointer (&self->back_translated, g_free);
  self->busy = FALSE;
}

/* Overrides */

static void
fd_composer_translation_dispose (GObject *object)
{
  FdComposerTranslation *self = FD_COMPOSER_TRANSLATION (object);

  forget (self);
  g_cancellable_cancel (self->pairs_cancellable);
  g_clear_object (&self->pairs_cancellable);
  g_clear_pointer (&self->pairs_asked, g_ptr_array_unref);
  g_clear_object (&self->manager);

  G_OBJECT_CLASS (fd_composer_translation_parent_class)->dispose (object);
}

static void
fd_composer_translation_finalize (GObject *object)
{
  FdComposerTranslation *self = FD_COMPOSER_TRANSLATION (object);

  g_free (self->user_lang);
  g_free (self->customer_lang);
  g_free (self->unavailable);
  g_free (self->written);

  G_OBJECT_CLASS (fd_composer_translation_parent_class)->finalize (object);
}

static void
fd_composer_translation_class_init (FdComposerTranslationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_composer_translation_dispose;
  object_class->finalize = fd_composer_translation_finalize;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
fd_composer_translation_init (FdComposerTranslation *self)
{
  self->pairs_asked = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

FdComposerTranslation *
fd_composer_translation_new (void)
{
  return g_object_new (FD_TYPE_COMPOSER_TRANSLATION, NULL);
}

void
fd_composer_translation_set_languages (FdComposerTranslation *self,
                                       FdTranslationManager  *manager,
                                       const char            *user_lang,
                                       const char            *customer_lang)
{
  g_return_if_fail (FD_IS_COMPOSER_TRANSLATION (self));
  g_return_if_fail (!manager || FD_IS_TRANSLATION_MANAGER (manager));

  user_lang = fd_language_normalize (user_lang);
  customer_lang = fd_language_normalize (customer_lang);

  if (g_strcmp0 (customer_lang, self->customer_lang) != 0 ||
      g_strcmp0 (user_lang, self->user_lang) != 0)
    forget (self);

  g_set_object (&self->manager, manager);
  g_free (self->user_lang);
  self->user_lang = g_strdup (user_lang);
  g_free (self->customer_lang);
  self->customer_lang = g_strdup (customer_lang);

  update_unavailable (self);
  emit_changed (self);
  schedule (self);
}

void
fd_composer_translation_withdraw (FdComposerTranslation *self)
{
  g_return_if_fail (FD_IS_COMPOSER_TRANSLATION (self));

  forget (self);
  self->chosen = FALSE;
  g_clear_pointer (&self->user_lang, g_free);
  g_clear_pointer (&self->customer_lang, g_free);
  g_clear_pointer (&self->unavailable, g_free);
  emit_changed (self);
}

const char *
fd_composer_translation_get_user_lang (FdComposerTranslation *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER_TRANSLATION (self), NULL);

  return self->user_lang;
}

const char *
fd_composer_translation_get_customer_lang (FdComposerTranslation *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER_TRANSLATION (self), NULL);

  return self->customer_lang;
}

gboolean
fd_composer_translation_get_offered (FdComposerTranslation *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER_TRANSLATION (self), FALSE);

  return self->manager != NULL && self->user_lang != NULL && self->customer_lang != NULL &&
         g_strcmp0 (self->user_lang, self->customer_lang) != 0;
}

const char *
fd_composer_translation_get_unavailable (FdComposerTranslation *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER_TRANSLATION (self), NULL);

  return self->unavailable;
}

void
fd_composer_translation_set_chosen (FdComposerTranslation *self,
                                    gboolean               chosen)
{
  g_return_if_fail (FD_IS_COMPOSER_TRANSLATION (self));

  chosen = !!chosen;
  if (self->chosen == chosen)
    return;

  self->chosen = chosen;
  emit_changed (self);
  schedule (self);
}

gboolean
fd_composer_translation_get_active (FdComposerTranslation *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER_TRANSLATION (self), FALSE);

  return self->chosen && self->unavailable == NULL && fd_composer_translation_get_offered (self);
}

void
fd_composer_translation_set_written (FdComposerTranslation *self,
                                     gint64                 conversation_id,
                                     const char            *written)
{
  g_return_if_fail (FD_IS_COMPOSER_TRANSLATION (self));

  self->conversation_id = conversation_id;
  g_free (self->written);
  self->written = g_strstrip (g_strdup (written != NULL ? written : ""));
  schedule (self);
}

char *
fd_composer_translation_dup_sent (FdComposerTranslation *self,
                                  const char            *written)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (FD_IS_COMPOSER_TRANSLATION (self), NULL);

  stripped = g_strstrip (g_strdup (written != NULL ? written : ""));
  if (!fd_composer_translation_get_active (self))
    return g_steal_pointer (&stripped);

  if (self->translated != NULL && g_strcmp0 (self->translated_for, stripped) == 0)
    return g_strdup (self->translated);

  return NULL;
}

gboolean
fd_composer_translation_get_busy (FdComposerTranslation *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER_TRANSLATION (self), FALSE);

  return self->busy;
}

const char *
fd_composer_translation_get_translated (FdComposerTranslation *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER_TRANSLATION (self), NULL);

  return self->translated;
}

const char *
fd_composer_translation_get_back_translated (FdComposerTranslation *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER_TRANSLATION (self), NULL);

  return self->back_translated;
}

void
fd_composer_translation_reset (FdComposerTranslation *self)
{
  g_return_if_fail (FD_IS_COMPOSER_TRANSLATION (self));

  forget (self);
  emit_changed (self);
}
