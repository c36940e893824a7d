/* fd-oauth.h: signing in with OAuth 2 to any authorization server.
 *
 * The authorization code grant (RFC 6749, 4.1) with PKCE (RFC 7636, S256)
 * and a one-shot redirect to a loopback server on 127.0.0.1 (RFC 8252,
 * 7.3), in the person's default browser. FdOAuthSignIn is the channel-
 * independent FdBrowserSignIn: its exchange returns the refresh token,
 * the secret that goes to the keyring and nowhere else. Access tokens
 * live in memory only (fd_oauth_dup_access_token()), are refreshed a
 * minute before they expire, and once more when a server refuses one.
 *
 *   sign_in = fd_oauth_sign_in_new (authorize_url, token_url, client_id, scope, &error);
 *   fd_browser_sign_in_start_async ()            // listens on 127.0.0.1
 *   uri = fd_browser_sign_in_build_authorize_uri ()  // open it in the browser
 *   fd_browser_sign_in_wait_for_code_async ()
 *   fd_browser_sign_in_exchange_code_async ()    // the refresh token
 *
 * The loopback server alone (fd-oauth-loopback.h) also serves other
 * sign-ins that receive a code from the browser (Mastodon's).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-browser-sign-in.h"
#include "fd-oauth-loopback.h"

G_BEGIN_DECLS

#define FD_OAUTH_ERROR (fd_oauth_error_quark ())

typedef enum {
  FD_OAUTH_ERROR_DENIED,     /* the person or the server refused: sign in again */
  FD_OAUTH_ERROR_REVOKED,    /* the refresh token is no longer valid: sign in again */
  FD_OAUTH_ERROR_TIMED_OUT,  /* the browser did not come back in time */
  FD_OAUTH_ERROR_TEMPORARY,  /* network or server trouble: try later */
  FD_OAUTH_ERROR_INVALID,    /* the endpoints or client id are unusable */
} FdOAuthError;

GQuark    fd_oauth_error_quark       (void);

/* RFC 7636: a verifier of @n_bytes random bytes, base64url. */
char     *fd_oauth_random_token      (gsize        n_bytes);
char     *fd_oauth_pkce_challenge    (const char  *verifier);

/* Generic sign-in */

#define FD_TYPE_OAUTH_SIGN_IN (fd_oauth_sign_in_get_type ())

G_DECLARE_FINAL_TYPE (FdOAuthSignIn, fd_oauth_sign_in, FD, OAUTH_SIGN_IN, GObject)

/* The URLs must be https, or http to this computer. */
FdOAuthSignIn *fd_oauth_sign_in_new                (const char     *authorize_url,
                                                    const char     *token_url,
                                                    const char     *client_id,
                                                    const char     *scope,
                                                    GError        **error);
/* Extra query parameters of the authorization page (login_hint,
 * Google's access_type=offline), set before building it. */
void           fd_oauth_sign_in_add_authorize_param (FdOAuthSignIn  *self,
                                                     const char     *name,
                                                     const char     *value);
void           fd_oauth_sign_in_set_listen_timeout (FdOAuthSignIn  *self,
                                                    guint           timeout_ms);

/* Token endpoint (blocking: from a thread) */

typedef struct {
  char   *access_token;
  char   *refresh_token;   /* NULL when the server kept the old one */
  gint64  expires_at;      /* g_get_real_time() seconds; 0: not said */
} FdOAuthTokens;

void           fd_oauth_tokens_free      (FdOAuthTokens  *tokens);

FdOAuthTokens *fd_oauth_exchange_code_sync (const char     *token_url,
                                            const char     *client_id,
                                            const char     *code,
                                            const char     *redirect_uri,
                                            const char     *verifier,
                                            GCancellable   *cancellable,
                                            GError        **error);
FdOAuthTokens *fd_oauth_refresh_sync       (const char     *token_url,
                                            const char     *client_id,
                                            const char     *refresh_token,
                                            GCancellable   *cancellable,
                                            GError        **error);

/* An access token for @refresh_token: the one in memory while it has
 * more than a minute left and @force is FALSE, else a fresh one. When the
 * server hands out a new refresh token, *@new_refresh_token gets it: the
 * caller keeps it in the keyring instead of the old one. Blocking. */
char          *fd_oauth_dup_access_token (const char     *token_url,
                                          const char     *client_id,
                                          const char     *refresh_token,
                                          gboolean        force,
                                          char          **new_refresh_token,
                                          GCancellable   *cancellable,
                                          GError        **error);
/* Forgets every access token in memory (tests; signing out). */
void           fd_oauth_forget_access_tokens (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdOAuthTokens, fd_oauth_tokens_free)

G_END_DECLS
