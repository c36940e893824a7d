/* fd-language.h: which language a customer wrote in.
 *
 * N-gram fingerprints from libexttextcat, restricted to the languages the
 * business expects, scored against each other. A text too short or too
 * mixed to tell gives no language rather than a confident wrong one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "fd-types.h"

G_BEGIN_DECLS

#define FD_LANGUAGE_ERROR (fd_language_error_quark ())

typedef enum {
  FD_LANGUAGE_ERROR_NO_DATA,      /* libexttextcat-data is not installed */
  FD_LANGUAGE_ERROR_UNKNOWN_LANGUAGE,
} FdLanguageError;

/* Where a result came from. */
typedef enum {
  FD_LANGUAGE_SOURCE_NONE = 0,    /* unknown */
  FD_LANGUAGE_SOURCE_TEXT,        /* the text alone was clear */
  FD_LANGUAGE_SOURCE_HINT,        /* the channel said so and the text agrees or cannot tell */
  FD_LANGUAGE_SOURCE_PRIOR,       /* a near tie, settled by the customer's usual language */
} FdLanguageSource;

typedef struct {
  const char       *lang;         /* interned ISO 639-1 code, NULL when unknown */
  const char       *runner_up;    /* interned, the second best, or NULL */
  double            confidence;   /* 0 (no idea) to 1 (certain) */
  guint             n_letters;    /* letters left once URLs, mentions… are gone */
  FdLanguageSource  source;
} FdLanguageResult;

typedef struct _FdLanguageDetector FdLanguageDetector;

/* The text's distance to each language: the expensive, pure half of
 * detection, which may run on any thread. */
typedef struct _FdLanguageScores FdLanguageScores;

GQuark              fd_language_error_quark            (void);

/* @languages: ISO 639-1 codes the business expects. Fingerprints are read
 * once; detection is thread-safe and allocation-light. */
FdLanguageDetector *fd_language_detector_new           (const char * const  *languages,
                                                        GError             **error);
FdLanguageDetector *fd_language_detector_ref           (FdLanguageDetector  *self);
void                fd_language_detector_unref         (FdLanguageDetector  *self);
const char * const *fd_language_detector_get_languages (FdLanguageDetector  *self);

/* Detects the language of @text. @hint is what the channel said (may be
 * NULL): kept unless the text clearly says otherwise. @prior is the
 * customer's usual language (may be NULL): settles near ties. Returns
 * TRUE when @result->lang is set. */
gboolean            fd_language_detector_detect        (FdLanguageDetector  *self,
                                                        const char          *text,
                                                        const char          *hint,
                                                        const char          *prior,
                                                        FdLanguageResult    *result);

/* The shared detector for the business's languages (see
 * fd_language_set_business_languages()), or NULL with @error set when the
 * data files are missing. Thread-safe; transfer full. */
FdLanguageDetector *fd_language_get_default_detector   (GError             **error);

/* Replaces the business's languages (NULL: back to the default list). */
gboolean            fd_language_set_business_languages (const char * const  *languages,
                                                        GError             **error);

/* The user's locale language followed by en es fr de it pt nl ca, without
 * duplicates. Free with g_strfreev(). */
char              **fd_language_get_default_languages  (void);

/* What detection looks at: quoted lines, URLs, e-mail addresses, @mentions,
 * #hashtags, emoji, digits and punctuation removed, lower case. */
char               *fd_language_clean_text             (const char          *text,
                                                        guint               *n_letters);

/* "es-MX", "ES", "spa" → "es" (interned); NULL for NULL, "" or "und". */
const char         *fd_language_normalize              (const char          *tag);

/* A person's name for @code in the UI language ("Spanish"), or @code. */
const char         *fd_language_get_name               (const char          *code);

/* The language @customer_id usually writes in (the most frequent among
 * their messages, kept up to date on import), interned, or NULL when not
 * known yet or on error. For "usually writes in Spanish". */
const char         *fd_language_get_customer_language  (FdStore             *store,
                                                        gint64               customer_id,
                                                        GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdLanguageDetector, fd_language_detector_unref)

/* Detection in two halves: scoring the text (expensive, thread-safe, no
 * state), then deciding with the channel's hint and the customer's usual
 * language (cheap). fd_language_detector_detect() does both. */
FdLanguageScores   *fd_language_detector_score         (FdLanguageDetector      *self,
                                                        const char              *text);
gboolean            fd_language_detector_decide        (FdLanguageDetector      *self,
                                                        const FdLanguageScores  *scores,
                                                        const char              *hint,
                                                        const char              *prior,
                                                        FdLanguageResult        *result);
void                fd_language_scores_free            (FdLanguageScores        *scores);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdLanguageScores, fd_language_scores_free)

G_END_DECLS
