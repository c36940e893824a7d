/* fd-saved-replies.h: replies written once, with a text per language.
 *
 * A saved reply has a title and one or more variants, each a text in one
 * language; one of them is the default, translated by machine when the
 * customer's language has none. Texts may hold the placeholders
 * {first_name}, {name}, {handle} and {shop}, filled from the
 * conversation when the reply is used.
 *
 * They live in the store (schema 18), so that backups carry them and the
 * app and frontdesk-cli see the same list; JSON import and export move
 * them between profiles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-store.h"
#include "fd-translation-manager.h"

G_BEGIN_DECLS

#define FD_SAVED_REPLIES_ERROR (fd_saved_replies_error_quark ())

typedef enum {
  FD_SAVED_REPLIES_ERROR_NOT_FOUND,
  FD_SAVED_REPLIES_ERROR_INVALID,     /* an empty title or text, a bad language code */
  FD_SAVED_REPLIES_ERROR_FORMAT,      /* an import file that is not saved replies */
} FdSavedRepliesError;

typedef struct {
  char *lang;                /* ISO 639-1 */
  char *text;
} FdSavedReplyVariant;

typedef struct {
  gint64     id;
  char      *title;
  char      *default_lang;
  guint      uses;
  gint64     used_at;        /* unix seconds, 0 when never used */
  GPtrArray *variants;       /* FdSavedReplyVariant, default first, then by language */
} FdSavedReply;

/* What fills the placeholders. Any may be NULL: {first_name} falls back
 * to the first word of the name, then to the handle; {name} and {handle}
 * to each other; {shop} to nothing. */
typedef struct {
  const char *first_name;
  const char *name;
  const char *handle;
  const char *shop;
} FdSavedReplyFields;

/* A saved reply made ready for one customer. */
typedef struct {
  char     *title;
  char     *lang;              /* the language of text */
  char     *text;              /* placeholders filled */
  gboolean  machine_translated;
  char     *back_translation;  /* text translated back to the default's language, or NULL */
  char     *source_lang;       /* the variant's language (== lang unless translated) */
  guint     n_chars;           /* as the channel counts them */
  guint     max_chars;         /* the channel's limit, 0 for none */
} FdSavedReplyUse;

GQuark         fd_saved_replies_error_quark  (void);

void           fd_saved_reply_free           (FdSavedReply        *reply);
void           fd_saved_reply_use_free       (FdSavedReplyUse     *use);

/* Most used first, then by title. (element-type FdSavedReply) */
GPtrArray     *fd_saved_replies_list         (FdStore             *store,
                                              GError             **error);
/* By title, without regard to case; NULL with FD_SAVED_REPLIES_ERROR_NOT_FOUND. */
FdSavedReply  *fd_saved_replies_get          (FdStore             *store,
                                              const char          *title,
                                              GError             **error);
/* Adds the reply @title, or adds or replaces its @lang variant. The
 * first variant of a reply is its default. *@out_replaced (may be NULL)
 * says whether a variant in @lang was there. */
gboolean       fd_saved_replies_set_variant  (FdStore             *store,
                                              const char          *title,
                                              const char          *lang,
                                              const char          *text,
                                              gboolean            *out_replaced,
                                              GError             **error);
gboolean       fd_saved_replies_remove_variant (FdStore           *store,
                                              const char          *title,
                                              const char          *lang,
                                              GError             **error);
gboolean       fd_saved_replies_set_default_lang (FdStore         *store,
                                              const char          *title,
                                              const char          *lang,
                                              GError             **error);
gboolean       fd_saved_replies_rename       (FdStore             *store,
                                              const char          *title,
                                              const char          *new_title,
                                              GError             **error);
gboolean       fd_saved_replies_remove       (FdStore             *store,
                                              const char          *title,
                                              GError             **error);
/* Counts a use: the list shows the most used first. */
gboolean       fd_saved_replies_count_use    (FdStore             *store,
                                              gint64               id,
                                              GError             **error);

/* TRUE when every word of @query is in the title or in a variant's text,
 * without regard to case or accents. */
gboolean       fd_saved_reply_matches        (const FdSavedReply  *reply,
                                              const char          *query);
/* The variant in @lang, else the default one (*@out_exact FALSE). */
const FdSavedReplyVariant *fd_saved_reply_choose (const FdSavedReply *reply,
                                              const char          *lang,
                                              gboolean            *out_exact);

/* @text with its placeholders filled; an unknown {word} stays as written. */
char          *fd_saved_reply_fill           (const char               *text,
                                              const FdSavedReplyFields *fields);

/* JSON: {"saved_replies": [{"title", "default_lang", "variants": {"es": "…"}}]} */
char          *fd_saved_replies_export_json  (FdStore             *store,
                                              GError             **error);
/* Adds the replies of @json, replacing variants of the same title and
 * language. All or nothing. */
gboolean       fd_saved_replies_import_json  (FdStore             *store,
                                              const char          *json,
                                              guint               *out_n_replies,
                                              GError             **error);

/* @reply for a customer who writes @lang (NULL: the default variant):
 * that variant filled, or the default variant translated by @manager
 * (which may be NULL: no translation, the default as it is) and
 * translated back so the writer can check it. @max_chars is the
 * channel's limit (0: none); @link_chars what a web address counts for
 * there. Counts the use. */
void           fd_saved_replies_use_async    (FdStore                  *store,
                                              FdTranslationManager     *manager,
                                              const FdSavedReply       *reply,
                                              const char               *lang,
                                              const FdSavedReplyFields *fields,
                                              guint                     max_chars,
                                              guint                     link_chars,
                                              GCancellable             *cancellable,
                                              GAsyncReadyCallback       callback,
                                              gpointer                  user_data);
FdSavedReplyUse *fd_saved_replies_use_finish (GAsyncResult             *result,
                                              GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSavedReply, fd_saved_reply_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSavedReplyUse, fd_saved_reply_use_free)

G_END_DECLS
