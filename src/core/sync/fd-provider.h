/* fd-provider.h: the seam between the sync engine and one channel.
 *
 * A provider talks to one account's server. The sync manager calls the
 * blocking methods below from that account's worker thread, never from
 * the main thread, and never two at a time for one provider. Providers
 * must not touch the store: they return data and the sync manager writes
 * it (messages and the new cursor in one transaction). What a provider
 * learns besides messages (posts for listening, the server's limits) it
 * returns as data too, through the methods below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-account.h"
#include "fd-account-setup-form.h"
#include "fd-listening.h"
#include "fd-outbox-entry.h"
#include "fd-parsed-message.h"
#include "fd-translator.h"

G_BEGIN_DECLS

#define FD_TYPE_PROVIDER  (fd_provider_get_type ())
#define FD_PROVIDER_ERROR (fd_provider_error_quark ())

G_DECLARE_INTERFACE (FdProvider, fd_provider, FD, PROVIDER, GObject)

/* The engine acts on the code; the message is for a person. */
typedef enum {
  FD_PROVIDER_ERROR_AUTH,          /* needs the person (password, token): no retry until fixed */
  FD_PROVIDER_ERROR_RATE_LIMITED,  /* retry after fd_provider_error_get_retry_after() */
  FD_PROVIDER_ERROR_TEMPORARY,     /* network, 5xx, timeout, garbage: retry with backoff */
  FD_PROVIDER_ERROR_PERMANENT,     /* the server refused this request: the entry fails */
  FD_PROVIDER_ERROR_UNCERTAIN,     /* the request may have reached the server: check before resending */
  FD_PROVIDER_ERROR_NOT_SUPPORTED, /* the channel has no such operation */
} FdProviderError;

/* History is fetched back this far unless the account says otherwise
 * (setting "history-days"). */
#define FD_PROVIDER_DEFAULT_HISTORY_DAYS 90

struct _FdProviderInterface
{
  GTypeInterface parent_iface;

  gboolean   (*authenticate)    (FdProvider           *self,
                                 GCancellable         *cancellable,
                                 GError              **error);
  /* Messages newer than @cursor (NULL: start now or from the beginning, as
   * the channel prefers), oldest first. Sets @new_cursor, and @more when
   * another page is waiting. (element-type FdParsedMessage) */
  GPtrArray *(*fetch_new)       (FdProvider           *self,
                                 const char           *cursor,
                                 char                **new_cursor,
                                 gboolean             *more,
                                 GCancellable         *cancellable,
                                 GError              **error);
  /* One page of older messages, going back from @cursor (NULL: from the
   * newest) but not before @not_before (unix time). Sets @done when
   * nothing older is left. (element-type FdParsedMessage) */
  GPtrArray *(*fetch_history)   (FdProvider           *self,
                                 const char           *cursor,
                                 gint64                not_before,
                                 char                **new_cursor,
                                 gboolean             *done,
                                 GCancellable         *cancellable,
                                 GError              **error);
  /* Sends a reply and returns the remote id the server gave it. Must use
   * entry->idempotency_key so a repeat is recognised. When @uncertain, an
   * earlier attempt may have arrived: look first (by the key) and return
   * the existing id instead of sending again. */
  char      *(*send)            (FdProvider           *self,
                                 const FdOutboxEntry  *entry,
                                 gboolean              uncertain,
                                 GCancellable         *cancellable,
                                 GError              **error);
  /* Applies entry->new_state to entry->message_remote_id where the
   * channel has such a state; a no-op (TRUE) where it has not. */
  gboolean   (*apply_state)     (FdProvider           *self,
                                 const FdOutboxEntry  *entry,
                                 GCancellable         *cancellable,
                                 GError              **error);
  /* The last rate-limit report: -1 when unknown. */
  void       (*get_rate_limit)  (FdProvider           *self,
                                 gint64               *remaining,
                                 gint64               *reset_at);
  /* Posts matching @term (a hashtag without its '#', or a keyword)
   * newer than @cursor (NULL: the newest page), oldest first. Sets
   * @new_cursor where the next call goes on (NULL: where it was). NULL
   * (the default) for a channel that cannot listen.
   * (element-type FdParsedMessage) */
  GPtrArray *(*fetch_listening) (FdProvider           *self,
                                 FdListeningKind       kind,
                                 const char           *term,
                                 const char           *cursor,
                                 char                **new_cursor,
                                 GCancellable         *cancellable,
                                 GError              **error);
  /* What the server said at the last authenticate() about replies: the
   * longest in characters and what a link counts for; 0 for what it did
   * not say (the channel's FdChannelInfo holds then). */
  void       (*get_reply_limits) (FdProvider          *self,
                                  guint               *max_chars,
                                  guint               *link_chars);
  /* The largest message in bytes the server said it takes (SMTP SIZE)
   * when it last sent; 0 when it did not say. Optional. */
  guint64    (*get_max_message_size) (FdProvider      *self);
  gboolean   (*supports_push)   (FdProvider           *self);
  /* Called on the main thread. While started, the provider emits
   * FdProvider::remote-changed on the main thread when something new waits. */
  gboolean   (*start_push)      (FdProvider           *self,
                                 GError              **error);
  void       (*stop_push)       (FdProvider           *self);

  /* Class methods, called without an instance when an account is added
   * (fd-account-setup.h); NULL for a channel whose accounts cannot be
   * added. check_setup: whether @params are complete and well formed,
   * before a server or the person is asked anything. sign_in (blocking):
   * checks @secret with the server for the account @params describe and
   * returns that account, not saved; @note (never NULL) may get a
   * sentence for the person. is_same_account: whether @existing, an
   * account of the profile, is the one @signed_in signed in to again (it
   * is then updated instead of added); NULL: never. */
  gboolean   (*check_setup)     (GHashTable           *params,
                                 GError              **error);
  FdAccount *(*sign_in)         (GHashTable           *params,
                                 const char           *secret,
                                 char                **note,
                                 GCancellable         *cancellable,
                                 GError              **error);
  gboolean   (*is_same_account) (FdAccount            *existing,
                                 FdAccount            *signed_in);
  /* What the window asks to add an account (fd-account-setup-form.h);
   * NULL: the channel's accounts are added from the command line only. */
  const FdAccountSetupForm *setup_form;

  /* Class method: a translation engine the account's server offers
   * (Mastodon translates the posts it knows), signed in with the
   * account's @secret; NULL (the default) when the channel has none. See
   * fd_provider_new_translator_async(). */
  FdTranslator *(*new_translator) (FdAccount          *account,
                                   const char         *secret);

  /* Class data: TRUE when the channel cannot tell whether an earlier
   * attempt of a reply arrived (no idempotency key, no way to look).
   * After an attempt that may have arrived the outbox then never sends
   * the reply again by itself: the entry becomes FD_OUTBOX_UNSURE ("may
   * have been sent") until the person sends it again or says it arrived
   * (fd_outbox_retry(), fd_outbox_mark_arrived()). */
  gboolean   cannot_check_sent;

  /* The points @entry spends of the channel's write budgets
   * (FdChannelInfo.write_budgets) when it goes out; 0 (the default)
   * when it writes nothing they count. */
  guint      (*write_cost)      (FdProvider           *self,
                                 const FdOutboxEntry  *entry);
  /* The thread id under which the answers to @entry, sent as
   * @remote_id, will arrive, when that is not its conversation's: a
   * private reply that went into a direct conversation of its own (a
   * Bluesky chat). The outbox then joins that thread to the
   * conversation. NULL (the default): answers thread as they come. */
  char      *(*dup_reply_thread) (FdProvider          *self,
                                  const FdOutboxEntry *entry,
                                  const char          *remote_id);
  /* After a fetch: a problem the person should know about that does not
   * stop the account syncing (the sign-in lacks a permission part of the
   * channel needs), as a sentence that says what to do; NULL (the
   * default) when there is none. The sync keeps it with the account
   * (FD_ACCOUNT_SETTING_NOTICE). */
  char      *(*dup_notice)      (FdProvider           *self);
};

GQuark      fd_provider_error_quark         (void);

/* For RATE_LIMITED errors: seconds to wait, 0 when the server said nothing. */
gint64      fd_provider_error_get_retry_after (const GError *error);
void        fd_provider_set_rate_limited_error (GError     **error,
                                                gint64       retry_after,
                                                const char  *message);

FdAccount  *fd_provider_get_account         (FdProvider           *self);

gboolean    fd_provider_authenticate        (FdProvider           *self,
                                             GCancellable         *cancellable,
                                             GError              **error);
void        fd_provider_authenticate_async  (FdProvider           *self,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
gboolean    fd_provider_authenticate_finish (FdProvider           *self,
                                             GAsyncResult         *result,
                                             GError              **error);
GPtrArray  *fd_provider_fetch_new           (FdProvider           *self,
                                             const char           *cursor,
                                             char                **new_cursor,
                                             gboolean             *more,
                                             GCancellable         *cancellable,
                                             GError              **error);
GPtrArray  *fd_provider_fetch_history       (FdProvider           *self,
                                             const char           *cursor,
                                             gint64                not_before,
                                             char                **new_cursor,
                                             gboolean             *done,
                                             GCancellable         *cancellable,
                                             GError              **error);
char       *fd_provider_send                (FdProvider           *self,
                                             const FdOutboxEntry  *entry,
                                             gboolean              uncertain,
                                             GCancellable         *cancellable,
                                             GError              **error);
gboolean    fd_provider_apply_state         (FdProvider           *self,
                                             const FdOutboxEntry  *entry,
                                             GCancellable         *cancellable,
                                             GError              **error);
/* Whether send() can find an earlier attempt of a reply (see
 * FdProviderInterface.cannot_check_sent). */
gboolean    fd_provider_can_check_sent      (FdProvider           *self);
guint       fd_provider_get_write_cost      (FdProvider           *self,
                                             const FdOutboxEntry  *entry);
char       *fd_provider_dup_reply_thread    (FdProvider           *self,
                                             const FdOutboxEntry  *entry,
                                             const char           *remote_id);
char       *fd_provider_dup_notice          (FdProvider           *self);
void        fd_provider_get_rate_limit      (FdProvider           *self,
                                             gint64               *remaining,
                                             gint64               *reset_at);
gboolean    fd_provider_can_listen          (FdProvider           *self);
GPtrArray  *fd_provider_fetch_listening     (FdProvider           *self,
                                             FdListeningKind       kind,
                                             const char           *term,
                                             const char           *cursor,
                                             char                **new_cursor,
                                             GCancellable         *cancellable,
                                             GError              **error);
void        fd_provider_get_reply_limits    (FdProvider           *self,
                                             guint                *max_chars,
                                             guint                *link_chars);
guint64     fd_provider_get_max_message_size (FdProvider          *self);
gboolean    fd_provider_supports_push       (FdProvider           *self);
gboolean    fd_provider_start_push          (FdProvider           *self,
                                             GError              **error);
void        fd_provider_stop_push           (FdProvider           *self);
void        fd_provider_emit_remote_changed (FdProvider           *self);

/* The registry: channel name -> provider type. Each channel lives in
 * src/core/providers/<channel>/ and is listed in providers/meson.build. */
void        fd_provider_register            (const char           *channel,
                                             GType                 provider_type);
GType       fd_provider_lookup              (const char           *channel);
/* Whether this build has a provider for @channel that sends replies. */
gboolean    fd_provider_channel_can_send    (const char           *channel);
/* Whether @channel's provider follows hashtags and keywords (fd-listening.h). */
gboolean    fd_provider_channel_can_listen  (const char           *channel);
/* Whether @channel's server translates for its accounts. */
gboolean    fd_provider_channel_has_translator (const char        *channel);
/* The engine @account's server offers, with the account's secret from
 * the keyring: NULL without an error when its channel has none or the
 * account has no secret. */
void        fd_provider_new_translator_async  (FdAccount          *account,
                                               GCancellable       *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer            user_data);
FdTranslator *fd_provider_new_translator_finish (GAsyncResult     *result,
                                                 GError          **error);
/* The methods of @channel's provider, for its class methods; NULL when
 * this build has none. */
FdProviderInterface *fd_provider_peek_channel (const char         *channel);
/* (transfer full) (nullable). A provider that keeps files of its own
 * (mail folder state, attachment files) has a "data-dir"
 * property, set here to @data_dir: the profile folder @account is in. */
FdProvider *fd_provider_new_for_account     (FdAccount            *account,
                                             const char           *data_dir,
                                             GError              **error);

G_END_DECLS
