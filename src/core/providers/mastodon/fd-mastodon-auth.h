/* fd-mastodon-auth.h: signing in to a Mastodon server.
 *
 * OAuth 2 with PKCE (S256): register Frontdesk as an app on the server,
 * open the authorization page in the browser, receive the code on a
 * one-time web server on 127.0.0.1 (a random port) — or let the person
 * paste it — and exchange it for a token, which goes to the keyring only.
 *
 *   auth = fd_mastodon_auth_new ("mastodon.example", &error);
 *   fd_mastodon_auth_register_async (auth, …);          // also starts the loopback server
 *   url = fd_mastodon_auth_build_authorize_url (auth, FALSE);  // open it in the browser
 *   fd_mastodon_auth_wait_for_code_async (auth, …);     // or ask the person for the code,
 *                                                       // with build_authorize_url (auth, TRUE)
 *   fd_mastodon_auth_exchange_code_async (auth, code, …);
 *   fd_mastodon_account_add_async (data_dir, server, token, …);
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-account.h"
#include "fd-mastodon.h"

G_BEGIN_DECLS

#define FD_TYPE_MASTODON_AUTH (fd_mastodon_auth_get_type ())

G_DECLARE_FINAL_TYPE (FdMastodonAuth, fd_mastodon_auth, FD, MASTODON_AUTH, GObject)

#define FD_MASTODON_OOB_REDIRECT "urn:ietf:wg:oauth:2.0:oob"

/* @server: as the person typed it; see fd_mastodon_normalize_server(). */
FdMastodonAuth *fd_mastodon_auth_new                 (const char          *server,
                                                      GError             **error);
const char     *fd_mastodon_auth_get_server          (FdMastodonAuth      *self);
/* NULL until registered without a loopback server. */
const char     *fd_mastodon_auth_get_redirect_uri    (FdMastodonAuth      *self);

void            fd_mastodon_auth_register_async      (FdMastodonAuth      *self,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean        fd_mastodon_auth_register_finish     (FdMastodonAuth      *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

/* The authorization page; @paste_code: the server shows the code for the
 * person to copy instead of sending it to the loopback server. */
char           *fd_mastodon_auth_build_authorize_url (FdMastodonAuth      *self,
                                                      gboolean             paste_code);

/* How long the loopback server waits for the browser after registering:
 * five minutes unless set (before registering). Then it stops listening
 * and waiting for the code fails with FD_MASTODON_ERROR_TIMED_OUT; the
 * pasted code still works. */
void            fd_mastodon_auth_set_listen_timeout  (FdMastodonAuth      *self,
                                                      guint                timeout_ms);

/* Completes when the browser reaches the loopback server (once). */
void            fd_mastodon_auth_wait_for_code_async (FdMastodonAuth      *self,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
char           *fd_mastodon_auth_wait_for_code_finish (FdMastodonAuth     *self,
                                                       GAsyncResult       *result,
                                                       GError            **error);

/* Returns the access token. Hand it to the keyring and forget it. */
void            fd_mastodon_auth_exchange_code_async (FdMastodonAuth      *self,
                                                      const char          *code,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
char           *fd_mastodon_auth_exchange_code_finish (FdMastodonAuth     *self,
                                                       GAsyncResult       *result,
                                                       GError            **error);

/* Checks @token with GET /api/v1/accounts/verify_credentials, then saves
 * the account (or finds the one already signed in as the same person) in
 * the profile @data_dir and the token in the keyring. Blocking: call it
 * from a thread, or use the async variant. */
FdAccount      *fd_mastodon_account_add_sync         (const char          *data_dir,
                                                      const char          *server,
                                                      const char          *token,
                                                      GCancellable        *cancellable,
                                                      GError             **error);
void            fd_mastodon_account_add_async        (const char          *data_dir,
                                                      const char          *server,
                                                      const char          *token,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
FdAccount      *fd_mastodon_account_add_finish       (GAsyncResult        *result,
                                                      GError             **error);

G_END_DECLS
