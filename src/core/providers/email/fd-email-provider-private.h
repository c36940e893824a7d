/* fd-email-provider-private.h: shared by fd-email-provider.c (connection,
 * sending, flags, push) and fd-email-sync.c (fetching).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-account-setup-form.h"
#include "fd-email-config.h"
#include "fd-email-connection.h"
#include "fd-email-provider.h"

G_BEGIN_DECLS

#define FD_EMAIL_CHANNEL "email"

typedef struct _FdEmailPush FdEmailPush;

struct _FdEmailProvider
{
  GObject        parent_instance;

  FdAccount     *account;
  char          *data_dir;
  guint          timeout;

  /* Used by the worker thread only (the sync manager never runs two
   * calls at a time for one provider). */
  mailimap      *imap;
  gboolean       condstore;
  char          *sent_folder;
  GHashTable    *uid_maps;      /* folder name -> GHashTable uid -> remote id */

  FdEmailPush   *push;          /* main thread */
  guint64        max_message_size;  /* SMTP SIZE at the last send, 0 if unsaid */
};

/* Adding an account (fd-email-setup.c): the provider's class methods. */
gboolean    _fd_email_check_setup            (GHashTable       *params,
                                              GError          **error);
FdAccount  *_fd_email_sign_in                (GHashTable       *params,
                                              const char       *secret,
                                              char            **note,
                                              GCancellable     *cancellable,
                                              GError          **error);

/* What the window asks (fd-email-setup-form.c). */
extern const FdAccountSetupForm _fd_email_setup_form;

/* Connects when needed. Errors are FD_PROVIDER_ERROR. */
gboolean    _fd_email_provider_ensure_imap   (FdEmailProvider  *self,
                                              GError          **error);
void        _fd_email_provider_drop_imap     (FdEmailProvider  *self);
FdEmailConfig *_fd_email_provider_dup_config (FdEmailProvider  *self);
/* Maps an FD_EMAIL_ERROR to an FD_PROVIDER_ERROR; @lost is the code for a
 * failed connection (TEMPORARY, or UNCERTAIN when a change may have
 * reached the server). Takes @email_error. */
void        _fd_email_provider_propagate     (FdEmailProvider  *self,
                                              GError          **error,
                                              GError           *email_error,
                                              int               lost);
/* The Sent folder: the "sent-folder" setting, else the one marked \Sent,
 * else one with a usual name, else "Sent". */
const char *_fd_email_provider_get_sent_folder (FdEmailProvider *self);
/* UIDs matching @key (consumed) in the selected folder, ascending. */
GArray     *_fd_email_uid_search             (FdEmailProvider  *self,
                                              struct mailimap_search_key *key,
                                              GError          **error);

/* fd-email-oauth.c. The secret a connection signs in with: the
 * password, or an access token (@renew: a fresh one even when the one in
 * memory has time left). Errors are FD_PROVIDER_ERROR; a refused refresh
 * token is FD_PROVIDER_ERROR_AUTH, which stops retries until the person
 * signs in again. */
char       *_fd_email_dup_sign_in_secret     (FdAccount            *account,
                                              const FdEmailConfig  *config,
                                              gboolean              renew,
                                              GCancellable         *cancellable,
                                              GError              **error);
/* Whether @email_error from a connection is worth a fresh access token. */
gboolean    _fd_email_should_renew           (const FdEmailConfig  *config,
                                              const GError         *email_error);
/* fd_email_imap_open() with the account's secret, renewing an access
 * token the server refused once. Errors are FD_PROVIDER_ERROR. */
mailimap   *_fd_email_imap_open_account      (FdAccount            *account,
                                              const FdEmailConfig  *config,
                                              guint                 timeout,
                                              GCancellable         *cancellable,
                                              GError              **error);

/* fd-email-sync.c */
GPtrArray  *_fd_email_sync_fetch_new         (FdEmailProvider  *self,
                                              const char       *cursor,
                                              char            **new_cursor,
                                              gboolean         *more,
                                              GCancellable     *cancellable,
                                              GError          **error);

G_END_DECLS
