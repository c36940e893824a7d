/* fd-language-private.h: language bookkeeping for the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-language.h"
#include "fd-parsed-message.h"
#include "fd-store.h"

G_BEGIN_DECLS

/* The language step of the ingest pipeline (fd-ingest.c), inside its
 * savepoint, before the message row is written: sets @out_lang (interned, may be NULL) to the
 * channel's hint when the text agrees or cannot tell, else to the detected
 * language, and counts it toward the customer's usual language
 * (customers.lang). FALSE only on a store error. */
gboolean     _fd_language_tag_message (FdStore                *store,
                                       const FdParsedMessage  *msg,
                                       gint64                  customer_id,
                                       const char            **out_lang,
                                       GError                **error);

/* "es" → "spa", for Apertium; NULL when unknown. */
const char  *_fd_language_to_iso3     (const char             *code);

/* Scores @msg's text into msg->language_scores, for the writer to decide
 * on later. Safe on any thread. */
void     _fd_language_precompute  (FdParsedMessage *msg);

/* Character n-gram profiles of languages, from libexttextcat's language
 * files, and a text's out-of-place distance to each
 * (fd-language-profile.c). */
typedef struct _FdNgramProfiles FdNgramProfiles;

FdNgramProfiles *_fd_ngram_profiles_new      (guint                  max_languages);
void         _fd_ngram_profiles_free          (FdNgramProfiles       *self);
/* Adds the next language: the first @max_ngrams n-grams of @path. */
gboolean     _fd_ngram_profiles_add_file      (FdNgramProfiles       *self,
                                               const char            *path,
                                               guint                  max_ngrams,
                                               GError               **error);
/* The distance of @clean (see fd_language_clean_text()) to each language
 * into @distances, in the order they were added: its @max_text_ngrams most
 * frequent n-grams, each adding @out_of_place when a language lacks it.
 * FALSE when the text has no n-grams. */
gboolean     _fd_ngram_profiles_distances     (const FdNgramProfiles *self,
                                               const char            *clean,
                                               guint                  max_text_ngrams,
                                               guint                  out_of_place,
                                               int                   *distances);

G_END_DECLS
