/* fd-composer-translation.h: the composer's "write in my language, send
 * in the customer's".
 *
 * The person writes in their language; what goes out is the translation
 * into the customer's. This object keeps the written text and the sent
 * text apart: it is offered when the two languages differ, says why it is
 * off when no engine translates the pair, translates the written text a
 * moment after typing stops, and gives a text to send only once the
 * translation is of the text as written now. The translation manager
 * stores the draft and both versions with the conversation.
 *
 * It has no widgets: the composer shows its state on ::changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "fd-translation-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_COMPOSER_TRANSLATION (fd_composer_translation_get_type ())

G_DECLARE_FINAL_TYPE (FdComposerTranslation, fd_composer_translation, FD, COMPOSER_TRANSLATION, GObject)

/* Signals:
 * ::changed: what is offered, why it is off, the translation or whether
 *   one is under way changed.
 * ::failed (GError): the engine could not translate the written text. */

FdComposerTranslation *fd_composer_translation_new              (void);

/* Offered when there is a @manager and the two languages (normalized)
 * are known and differ. New languages forget the translation. */
void        fd_composer_translation_set_languages   (FdComposerTranslation *self,
                                                     FdTranslationManager  *manager,
                                                     const char            *user_lang,
                                                     const char            *customer_lang);
/* Forgets the languages: nothing is offered until set again. */
void        fd_composer_translation_withdraw        (FdComposerTranslation *self);
const char *fd_composer_translation_get_user_lang     (FdComposerTranslation *self);
const char *fd_composer_translation_get_customer_lang (FdComposerTranslation *self);
gboolean    fd_composer_translation_get_offered     (FdComposerTranslation *self);
/* Why it is offered but off: no engine here translates the pair. NULL
 * while one may (an engine whose pairs are not known yet is asked once
 * and counts as able meanwhile). */
const char *fd_composer_translation_get_unavailable (FdComposerTranslation *self);

/* Whether the person chose to write in their language. */
void        fd_composer_translation_set_chosen      (FdComposerTranslation *self,
                                                     gboolean               chosen);
/* Offered, available and chosen: the text that goes out is translated. */
gboolean    fd_composer_translation_get_active      (FdComposerTranslation *self);

/* The text as written now in @conversation_id, stripped; translated a
 * moment later while active. */
void        fd_composer_translation_set_written     (FdComposerTranslation *self,
                                                     gint64                 conversation_id,
                                                     const char            *written);
/* What goes out for @written (stripped): @written itself while not
 * active, else the translation once it is of @written, else NULL. */
char       *fd_composer_translation_dup_sent        (FdComposerTranslation *self,
                                                     const char            *written);
gboolean    fd_composer_translation_get_busy        (FdComposerTranslation *self);
/* The last translation and its translation back, or NULL. */
const char *fd_composer_translation_get_translated  (FdComposerTranslation *self);
const char *fd_composer_translation_get_back_translated (FdComposerTranslation *self);

/* Forgets the translation and stops one under way (a reply was sent, the
 * conversation changed). */
void        fd_composer_translation_reset           (FdComposerTranslation *self);

G_END_DECLS
