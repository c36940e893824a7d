/* fd-translation-manager.h: engines in the user's order, cached, offline-aware.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-store.h"
#include "fd-translator.h"

G_BEGIN_DECLS

#define FD_TYPE_TRANSLATION_MANAGER (fd_translation_manager_get_type ())
#define FD_TYPE_TRANSLATION (fd_translation_get_type ())
#define FD_TYPE_DRAFT_TRANSLATION (fd_draft_translation_get_type ())

G_DECLARE_FINAL_TYPE (FdTranslationManager, fd_translation_manager, FD, TRANSLATION_MANAGER, GObject)

typedef struct {
  char     *text;
  char     *from;         /* the source language, "" when the engine detected it */
  char     *to;
  char     *engine;       /* fd_translator_get_name() of the engine that made it */
  gint64    created_at;   /* unix seconds */
  gboolean  cached;       /* TRUE when it came from the store, not an engine */
} FdTranslation;

/* "Write in English, send in Spanish": the draft, its translation, and
 * that translation translated back so the writer can check the meaning. */
typedef struct {
  char   *text;
  char   *from;
  char   *to;
  char   *translated;
  char   *back_translated;
  char   *engine;
  gint64  updated_at;
} FdDraftTranslation;

GType                 fd_translation_get_type                  (void) G_GNUC_CONST;
FdTranslation        *fd_translation_copy                      (const FdTranslation  *translation);
void                  fd_translation_free                      (FdTranslation        *translation);
GType                 fd_draft_translation_get_type            (void) G_GNUC_CONST;
FdDraftTranslation   *fd_draft_translation_copy                (const FdDraftTranslation *draft);
void                  fd_draft_translation_free                (FdDraftTranslation   *draft);

/* @monitor: NULL for g_network_monitor_get_default(); tests pass a double. */
FdTranslationManager *fd_translation_manager_new               (FdStore              *store,
                                                                GNetworkMonitor      *monitor);

/* Engines are tried in the order they were added. */
void                  fd_translation_manager_add_engine        (FdTranslationManager *self,
                                                                FdTranslator         *engine);
void                  fd_translation_manager_remove_engine     (FdTranslationManager *self,
                                                                FdTranslator         *engine);
/* Reorders by name; engines not named keep their order after the named. */
void                  fd_translation_manager_set_order         (FdTranslationManager *self,
                                                                const char * const   *names);
/* (element-type FdTranslator) (transfer none) */
GPtrArray            *fd_translation_manager_get_engines       (FdTranslationManager *self);
FdTranslator         *fd_translation_manager_find_engine       (FdTranslationManager *self,
                                                                const char           *name);
gboolean              fd_translation_manager_is_online         (FdTranslationManager *self);

/* The stored translation of @text, or NULL. A single indexed read. @from
 * may be NULL (any source language). */
FdTranslation        *fd_translation_manager_lookup            (FdTranslationManager *self,
                                                                const char           *text,
                                                                const char           *from,
                                                                const char           *to);
FdTranslation        *fd_translation_manager_lookup_message    (FdTranslationManager *self,
                                                                gint64                message_id,
                                                                const char           *to,
                                                                GError              **error);

/* Translates @text into @to: the store first, then each engine in order
 * (only local ones while offline) until one succeeds; the result is
 * stored and never asked for again. @from NULL: detected. @engine NULL:
 * any. Offline with no local engine for the pair, the request is queued
 * and FD_TRANSLATOR_ERROR_OFFLINE returned; ::translation-ready tells when
 * it is done. Going offline during the request does the same. */
void                  fd_translation_manager_translate_async   (FdTranslationManager *self,
                                                                const char           *text,
                                                                const char           *from,
                                                                const char           *to,
                                                                const char           *engine,
                                                                GCancellable         *cancellable,
                                                                GAsyncReadyCallback   callback,
                                                                gpointer              user_data);
/* The same for a stored message: its text, language, channel and id. */
void                  fd_translation_manager_translate_message_async (FdTranslationManager *self,
                                                                      gint64                message_id,
                                                                      const char           *to,
                                                                      GCancellable         *cancellable,
                                                                      GAsyncReadyCallback   callback,
                                                                      gpointer              user_data);
FdTranslation        *fd_translation_manager_translate_finish  (FdTranslationManager *self,
                                                                GAsyncResult         *result,
                                                                GError              **error);

/* Translations waiting for the network. */
guint                 fd_translation_manager_get_queue_length  (FdTranslationManager *self);
/* Runs the queue now (it also runs by itself when the network returns).
 * Returns the number of translations done. */
void                  fd_translation_manager_process_queue_async  (FdTranslationManager *self,
                                                                   GCancellable         *cancellable,
                                                                   GAsyncReadyCallback   callback,
                                                                   gpointer              user_data);
guint                 fd_translation_manager_process_queue_finish (FdTranslationManager *self,
                                                                   GAsyncResult         *result,
                                                                   GError              **error);

/* Translates a reply draft into the customer's language and back, and
 * stores both for the conversation (one per conversation). */
void                  fd_translation_manager_translate_draft_async  (FdTranslationManager *self,
                                                                     gint64                conversation_id,
                                                                     const char           *text,
                                                                     const char           *from,
                                                                     const char           *to,
                                                                     GCancellable         *cancellable,
                                                                     GAsyncReadyCallback   callback,
                                                                     gpointer              user_data);
FdDraftTranslation   *fd_translation_manager_translate_draft_finish (FdTranslationManager *self,
                                                                     GAsyncResult         *result,
                                                                     GError              **error);
FdDraftTranslation   *fd_translation_manager_get_draft_translation  (FdTranslationManager *self,
                                                                     gint64                conversation_id,
                                                                     GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdTranslation, fd_translation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdDraftTranslation, fd_draft_translation_free)

G_END_DECLS
