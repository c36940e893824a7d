/* fd-repeats-languages.h: repeats in two languages, found through a
 * translation after ingest.
 *
 * A customer who gets no answer in Spanish may write again in English.
 * Translating every post as it arrives would hold up the import, so this
 * is a pass of its own, run after ingest a few posts at a time: for each
 * incoming post, the customer's posts within FD_REPEATS_WINDOW in another
 * language are compared with it through a translation into one language
 * (the one post's into the other's language, or both into English) by an
 * engine on this computer (never an online one: nothing leaves the
 * computer unasked). The comparison is the detector's own (near copy,
 * number, kind of complaint), with the numbers and follow-up marks of
 * the text as written kept, so a pair that is not a repeat in one
 * language is not one in two. A pair that no installed engine translates
 * is left alone. Translations go to the translation store, so the
 * person's "Translate" finds them made.
 *
 * Where it stands is kept in the store (the incoming posts looked at, by
 * id, and a queue of posts to look at again after their customer
 * changed), so a run that was stopped goes on where it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-store.h"
#include "fd-translation-manager.h"

G_BEGIN_DECLS

/* Posts looked at per run by FdRepeatsLanguagePass, and texts translated
 * per run at most. */
#define FD_REPEATS_LANGUAGES_BATCH            50
#define FD_REPEATS_LANGUAGES_MAX_TRANSLATIONS 20

typedef struct {
  guint  n_posts;         /* posts looked at (and done with) */
  guint  n_pairs;         /* pairs of posts in two languages compared */
  guint  n_translated;    /* texts an engine translated */
  guint  n_cached;        /* translations the store had already */
  guint  n_no_engine;     /* pairs no engine on this computer translates */
  guint  n_joined;        /* pairs put in one repeat group */
  gint64 n_pending;       /* posts left for a later run */
  gint64 usec;            /* time the run took */
} FdRepeatsLanguageStats;

/* One run: at most @max_posts posts (0: all there are) and
 * @max_translations texts sent to an engine (0: no limit), with the local
 * engines of @manager. Runs on the thread-default main context; SQLite
 * work is a few short transactions, translation is asynchronous. With no
 * local engine that has a pair, nothing is looked at: the posts wait. */
void      fd_repeats_languages_run_async   (FdStore                 *store,
                                            FdTranslationManager    *manager,
                                            guint                    max_posts,
                                            guint                    max_translations,
                                            GCancellable            *cancellable,
                                            GAsyncReadyCallback      callback,
                                            gpointer                 user_data);
gboolean  fd_repeats_languages_run_finish  (FdStore                 *store,
                                            GAsyncResult            *result,
                                            FdRepeatsLanguageStats  *out_stats,
                                            GError                 **error);

/* Incoming posts not looked at yet; -1 on error. */
gint64    fd_repeats_languages_count_pending (FdStore               *store,
                                              GError               **error);

#define FD_TYPE_REPEATS_LANGUAGE_PASS (fd_repeats_language_pass_get_type ())

G_DECLARE_FINAL_TYPE (FdRepeatsLanguagePass, fd_repeats_language_pass, FD, REPEATS_LANGUAGE_PASS, GObject)

/* Runs the pass in the background for a window: a while after the store
 * last changed (sync, import), one batch, then the next until none is
 * left. Stops with the object. */
FdRepeatsLanguagePass *fd_repeats_language_pass_new       (FdStore               *store,
                                                           FdTranslationManager  *manager);
/* Something was stored: run after @self's delay, unless a run is due. */
void                   fd_repeats_language_pass_poke      (FdRepeatsLanguagePass *self);
/* Seconds of quiet before a run (default 10). */
void                   fd_repeats_language_pass_set_delay (FdRepeatsLanguagePass *self,
                                                           guint                  seconds);
/* TRUE while a run is under way or due. */
gboolean               fd_repeats_language_pass_is_busy   (FdRepeatsLanguagePass *self);

G_END_DECLS
