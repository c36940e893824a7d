/* fd-composer.h: the reply box under a conversation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-repeats.h"
#include "fd-store.h"
#include "fd-store-worker.h"
#include "fd-sync-manager.h"
#include "fd-translation-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_COMPOSER (fd_composer_get_type ())

G_DECLARE_FINAL_TYPE (FdComposer, fd_composer, FD, COMPOSER, GtkWidget)

/* Signals: "sent" (gint64 message id, guint number of replies queued, 0
 * when a waiting reply was changed). */

void     fd_composer_set_store    (FdComposer *self,
                                   FdStore    *store);
/* The message a reply answers (NULL: nothing to answer). Saves the draft
 * of the previous conversation and restores the one of the new. */
void     fd_composer_set_reply_to (FdComposer *self,
                                   FdMessage  *message);
/* Writes a pending draft now. */
void     fd_composer_save_draft   (FdComposer *self);
void     fd_composer_set_text     (FdComposer *self,
                                   const char *text);
char    *fd_composer_dup_text     (FdComposer *self);
void     fd_composer_focus        (FdComposer *self);
/* Where the accounts of the messages answered are found: replies to
 * public posts are counted against their server's limits. */
void     fd_composer_set_sync_manager (FdComposer    *self,
                                       FdSyncManager *manager);
/* The sample inbox: replies wait to send without an account. */
void     fd_composer_set_sample   (FdComposer *self,
                                   gboolean    sample);
/* Why the reply cannot go anywhere (no account can send it), or NULL.
 * Refused, the box offers no private reply either. */
const char *fd_composer_get_unsendable (FdComposer *self);
/* Whether a reply to a public post is longer than its server allows
 * (the channel's max_reply_chars, or what the account learned). */
gboolean fd_composer_get_too_long (FdComposer *self);

/* Replies are queued through @worker, off the main thread. */
void     fd_composer_set_worker   (FdComposer    *self,
                                   FdStoreWorker *worker);
/* The repeat group of the message answered (NULL: none): offers
 * "Answer All Copies" while more than one copy is unanswered. */
void     fd_composer_set_group    (FdComposer          *self,
                                   const FdRepeatGroup *group);
/* Offers "Write in @user_lang, send in @customer_lang" when they differ. */
void     fd_composer_set_translation (FdComposer           *self,
                                      FdTranslationManager *manager,
                                      const char           *user_lang,
                                      const char           *customer_lang);
/* Puts the text of an outbox entry in the box; sending changes that
 * entry (and retries it when it had failed) instead of adding a reply. */
void     fd_composer_edit_entry   (FdComposer *self,
                                   gint64      entry_id,
                                   const char *text);
gint64   fd_composer_get_edit_entry (FdComposer *self);
void     fd_composer_set_answer_all (FdComposer *self,
                                     gboolean    answer_all);
void     fd_composer_set_translate  (FdComposer *self,
                                     gboolean    translate);
gboolean fd_composer_get_can_translate (FdComposer *self);
/* The translation that will be sent and its back-translation, or NULL. */
const char *fd_composer_get_translated      (FdComposer *self);
const char *fd_composer_get_back_translated (FdComposer *self);

G_END_DECLS
