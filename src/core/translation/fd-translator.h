/* fd-translator.h: one translation engine (Apertium, LibreTranslate, DeepL…).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FD_TYPE_TRANSLATOR (fd_translator_get_type ())
#define FD_TYPE_TRANSLATION_PAIR (fd_translation_pair_get_type ())
#define FD_TRANSLATOR_ERROR (fd_translator_error_quark ())

G_DECLARE_INTERFACE (FdTranslator, fd_translator, FD, TRANSLATOR, GObject)

typedef enum {
  FD_TRANSLATOR_ERROR_FAILED,
  FD_TRANSLATOR_ERROR_NO_PAIR,        /* this engine cannot translate these languages */
  FD_TRANSLATOR_ERROR_NOT_INSTALLED,  /* a program or data package is missing */
  FD_TRANSLATOR_ERROR_AUTH,           /* missing or refused key */
  FD_TRANSLATOR_ERROR_QUOTA,          /* too many requests, or the quota is used up */
  FD_TRANSLATOR_ERROR_SERVER,         /* the service answered an error or nonsense */
  FD_TRANSLATOR_ERROR_NETWORK,        /* the service could not be reached */
  FD_TRANSLATOR_ERROR_OFFLINE,        /* no network: queued, done when it is back */
  FD_TRANSLATOR_ERROR_NO_SOURCE,      /* the source language is unknown */
  FD_TRANSLATOR_ERROR_NOT_APPLICABLE, /* e.g. the Mastodon engine for an e-mail */
  FD_TRANSLATOR_ERROR_INSECURE,       /* plain http:// to another computer: refused */
} FdTranslatorError;

/* A language pair an engine translates directly. Codes are ISO 639-1
 * ("en", "es") wherever one exists. */
typedef struct {
  char *from;
  char *to;
} FdTranslationPair;

/* What to translate. channel and remote_id are for engines that
 * translate a post on its own server (Mastodon); others ignore them. */
typedef struct {
  const char *text;
  const char *from;        /* NULL: the engine detects it, if it can */
  const char *to;
  const char *channel;     /* may be NULL */
  const char *remote_id;   /* may be NULL */
} FdTranslationRequest;

struct _FdTranslatorInterface
{
  GTypeInterface parent_iface;

  /* A stable id: "apertium", "apy", "libretranslate", "deepl", or the name
   * of the channel whose server translates (fd_provider_new_translator_async()). */
  const char *(*get_name)          (FdTranslator               *self);
  /* For people: "Apertium (on this computer)". */
  const char *(*get_display_name)  (FdTranslator               *self);
  /* TRUE when nothing leaves this computer: runs offline. */
  gboolean    (*is_local)          (FdTranslator               *self);
  /* FALSE when the engine cannot serve this request whatever the
   * languages (the Mastodon engine and an e-mail). Optional. */
  gboolean    (*accepts)           (FdTranslator               *self,
                                    const FdTranslationRequest *request);

  void        (*load_pairs_async)  (FdTranslator               *self,
                                    GCancellable               *cancellable,
                                    GAsyncReadyCallback         callback,
                                    gpointer                    user_data);
  GPtrArray  *(*load_pairs_finish) (FdTranslator               *self,
                                    GAsyncResult               *result,
                                    GError                    **error);

  /* Direct pairs only: the interface pivots through a third language. */
  void        (*translate_async)   (FdTranslator               *self,
                                    const FdTranslationRequest *request,
                                    GCancellable               *cancellable,
                                    GAsyncReadyCallback         callback,
                                    gpointer                    user_data);
  char       *(*translate_finish)  (FdTranslator               *self,
                                    GAsyncResult               *result,
                                    GError                    **error);
};

GQuark              fd_translator_error_quark       (void);
GType               fd_translation_pair_get_type    (void) G_GNUC_CONST;
FdTranslationPair  *fd_translation_pair_new         (const char                 *from,
                                                     const char                 *to);
FdTranslationPair  *fd_translation_pair_copy        (const FdTranslationPair    *pair);
void                fd_translation_pair_free        (FdTranslationPair          *pair);

/* Whether text and keys may go to the server at @url: any https://
 * address, and plain http:// only to this computer (127.0.0.0/8, ::1,
 * localhost). Otherwise FALSE with an error a person can act on:
 * FD_TRANSLATOR_ERROR_INSECURE for plain http:// elsewhere,
 * FD_TRANSLATOR_ERROR_FAILED for what is not a web address. Every
 * request of the online engines goes through the same check. */
gboolean            fd_translator_check_server_url  (const char                 *url,
                                                     GError                    **error);

const char         *fd_translator_get_name          (FdTranslator               *self);
const char         *fd_translator_get_display_name  (FdTranslator               *self);
gboolean            fd_translator_is_local          (FdTranslator               *self);
gboolean            fd_translator_accepts           (FdTranslator               *self,
                                                     const FdTranslationRequest *request);

/* Asks the engine which pairs it has (a network call for remote ones)
 * and remembers them. (element-type FdTranslationPair) */
void                fd_translator_load_pairs_async  (FdTranslator               *self,
                                                     GCancellable               *cancellable,
                                                     GAsyncReadyCallback         callback,
                                                     gpointer                    user_data);
GPtrArray          *fd_translator_load_pairs_finish (FdTranslator               *self,
                                                     GAsyncResult               *result,
                                                     GError                    **error);

/* The pairs remembered by the last load, or NULL before one succeeded.
 * (element-type FdTranslationPair) (transfer none) */
GPtrArray          *fd_translator_get_pairs         (FdTranslator               *self);

/* TRUE if the remembered pairs translate @from into @to directly or
 * through one other language, which is then set in @via (interned;
 * NULL when direct). FALSE before pairs are loaded. */
gboolean            fd_translator_can_translate     (FdTranslator               *self,
                                                     const char                 *from,
                                                     const char                 *to,
                                                     const char                **via);

/* Translates @text, pivoting through a third language when needed
 * (fr → es → en). Loads the pairs first if they are not known. */
void                fd_translator_translate_async   (FdTranslator               *self,
                                                     const char                 *text,
                                                     const char                 *from,
                                                     const char                 *to,
                                                     GCancellable               *cancellable,
                                                     GAsyncReadyCallback         callback,
                                                     gpointer                    user_data);
void                fd_translator_translate_request_async (FdTranslator               *self,
                                                           const FdTranslationRequest *request,
                                                           GCancellable               *cancellable,
                                                           GAsyncReadyCallback         callback,
                                                           gpointer                    user_data);
char               *fd_translator_translate_finish  (FdTranslator               *self,
                                                     GAsyncResult               *result,
                                                     GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdTranslationPair, fd_translation_pair_free)

G_END_DECLS
