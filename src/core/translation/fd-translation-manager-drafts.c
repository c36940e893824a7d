/* fd-translation-manager-drafts.c: "write in English, send in Spanish".
 *
 * The draft is translated into the customer's language, and that
 * translation back, so the writer can check what the customer will read.
 * Both go through the manager (cache, engines, offline rules) and are
 * kept per conversation in draft_translations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-language.h"
#include "fd-sql.h"
#include "fd-store-private.h"
#include "fd-translation-manager-private.h"

G_DEFINE_BOXED_TYPE (FdDraftTranslation, fd_draft_translation,
                     fd_draft_translation_copy, fd_draft_translation_free)

typedef struct {
  gint64              conversation_id;
  FdDraftTranslation *draft;
} DraftData;

FdDraftTranslation *
fd_draft_translation_copy (const FdDraftTranslation *draft)
{
  FdDraftTranslation *copy = g_new0 (FdDraftTranslation, 1);

  copy->text = g_strdup (draft->text);
  copy->from = g_strdup (draft->from);
  copy->to = g_strdup (draft->to);
  copy->translated = g_strdup (draft->translated);
  copy->back_translated = g_strdup (draft->back_translated);
  copy->engine = g_strdup (draft->engine);
  copy->updated_at = draft->updated_at;
  return copy;
}

void
fd_draft_translation_free (FdDraftTranslation *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->text);
  g_free (draft->from);
  g_free (draft->to);
  g_free (draft->translated);
  g_free (draft->back_translated);
  g_free (draft->engine);
  g_free (draft);
}

static void
draft_data_free (DraftData *data)
{
  fd_draft_translation_free (data->draft);
  g_free (data);
}

static gboolean
save_draft (FdTranslationManager  *self,
            gint64                 conversation_id,
            FdDraftTranslation    *draft,
            GError               **error)
{
  FdStore *store = _fd_translation_manager_get_store (self);
  sqlite3_stmt *stmt;
  int rc;

  if (!fd_store_begin (store, error))
    return FALSE;

  stmt = _fd_store_prepare (store,
                            "INSERT OR REPLACE INTO draft_translations (conversation_id, text, source_lang,"
                            " target_lang, translated, back_translated, engine, updated_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    {
      fd_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, conversation_id);
  _fd_sql_bind_text (stmt, 2, draft->text);
  _fd_sql_bind_text (stmt, 3, draft->from);
  _fd_sql_bind_text (stmt, 4, draft->to);
  _fd_sql_bind_text (stmt, 5, draft->translated);
  _fd_sql_bind_text (stmt, 6, draft->back_translated);
  _fd_sql_bind_text (stmt, 7, draft->engine);
  sqlite3_bind_int64 (stmt, 8, draft->updated_at);
  _fd_store_mark_written (store);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    _fd_store_set_error (fd_store_get_db (store), rc, error);
  if (rc != SQLITE_DONE || !fd_store_commit (store, error))
    {
      fd_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}

static void
draft_back_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  FdTranslationManager *self = FD_TRANSLATION_MANAGER (object);
  g_autoptr(GTask) task = user_data;
  DraftData *data = g_task_get_task_data (task);
  g_autoptr(FdTranslation) back = NULL;
  g_autoptr(GError) error = NULL;

  if ((back = fd_translation_manager_translate_finish (self, result, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data->draft->back_translated = g_steal_pointer (&back->text);
  data->draft->updated_at = g_get_real_time () / G_USEC_PER_SEC;

  if (data->conversation_id > 0 && !save_draft (self, data->conversation_id, data->draft, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&data->draft), (GDestroyNotify) fd_draft_translation_free);
}

static void
draft_forward_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  FdTranslationManager *self = FD_TRANSLATION_MANAGER (object);
  g_autoptr(GTask) task = user_data;
  DraftData *data = g_task_get_task_data (task);
  g_autoptr(FdTranslation) forward = NULL;
  g_autoptr(GError) error = NULL;

  if ((forward = fd_translation_manager_translate_finish (self, result, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data->draft->translated = g_strdup (forward->text);
  data->draft->engine = g_strdup (forward->engine);

  /* Back with the same engine, so the check says what that engine did. */
  fd_translation_manager_translate_async (self, forward->text, data->draft->to, data->draft->from,
                                          NULL, g_task_get_cancellable (task),
                                          draft_back_cb, g_object_ref (task));
}

void
fd_translation_manager_translate_draft_async (FdTranslationManager *self,
                                              gint64                conversation_id,
                                              const char           *text,
                                              const char           *from,
                                              const char           *to,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data)
{
  GTask *task;
  DraftData *data;

  g_return_if_fail (FD_IS_TRANSLATION_MANAGER (self));
  g_return_if_fail (text != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_translation_manager_translate_draft_async);

  if (fd_language_normalize (from) == NULL || fd_language_normalize (to) == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NO_SOURCE,
                               _("Say which language the draft is in and which the customer reads."));
      g_object_unref (task);
      return;
    }

  data = g_new0 (DraftData, 1);
  data->conversation_id = conversation_id;
  data->draft = g_new0 (FdDraftTranslation, 1);
  data->draft->text = g_strdup (text);
  data->draft->from = g_strdup (fd_language_normalize (from));
  data->draft->to = g_strdup (fd_language_normalize (to));
  g_task_set_task_data (task, data, (GDestroyNotify) draft_data_free);

  fd_translation_manager_translate_async (self, text, data->draft->from, data->draft->to, NULL,
                                          cancellable, draft_forward_cb, task);
}

FdDraftTranslation *
fd_translation_manager_translate_draft_finish (FdTranslationManager  *self,
                                               GAsyncResult          *result,
                                               GError               **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

FdDraftTranslation *
fd_translation_manager_get_draft_translation (FdTranslationManager  *self,
                                              gint64                 conversation_id,
                                              GError               **error)
{
  FdDraftTranslation *draft = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_TRANSLATION_MANAGER (self), NULL);

  stmt = _fd_store_prepare (_fd_translation_manager_get_store (self),
                            "SELECT text, source_lang, target_lang, translated, back_translated, engine,"
                            " updated_at FROM draft_translations WHERE conversation_id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, conversation_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      draft = g_new0 (FdDraftTranslation, 1);
      draft->text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      draft->from = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      draft->to = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      draft->translated = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      draft->back_translated = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      draft->engine = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      draft->updated_at = sqlite3_column_int64 (stmt, 6);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _fd_store_set_error (fd_store_get_db (_fd_translation_manager_get_store (self)), rc, error);

  return draft;
}
