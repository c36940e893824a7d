/* fd-browser-sign-in.h: signing in to a channel in the browser (OAuth 2).
 *
 * The channel's set-up (fd-account-setup-form.h) makes one for what the
 * person typed; then, in this order:
 *
 *   fd_browser_sign_in_start_async ()          // e.g. register the app, listen on 127.0.0.1
 *   uri = fd_browser_sign_in_build_authorize_uri (self, paste_code);
 *                                              // the window opens it in the browser
 *   fd_browser_sign_in_wait_for_code_async ()  // the browser comes back to Frontdesk,
 *                                              // or the person pastes the code
 *   fd_browser_sign_in_exchange_code_async ()  // returns the secret for the keyring
 *   fd_account_setup_add_async (…, params, secret, …)
 *
 * Everything runs on the thread default main context it was started on.
 * Errors carry a sentence for the person.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FD_TYPE_BROWSER_SIGN_IN (fd_browser_sign_in_get_type ())

G_DECLARE_INTERFACE (FdBrowserSignIn, fd_browser_sign_in, FD, BROWSER_SIGN_IN, GObject)

struct _FdBrowserSignInInterface
{
  GTypeInterface parent_iface;

  void      (*start_async)          (FdBrowserSignIn      *self,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);
  gboolean  (*start_finish)         (FdBrowserSignIn      *self,
                                     GAsyncResult         *result,
                                     GError              **error);
  /* Whether the browser can hand the code back to Frontdesk itself (a
   * loopback server listens); else the person pastes it. */
  gboolean  (*can_receive_code)     (FdBrowserSignIn      *self);
  char     *(*build_authorize_uri)  (FdBrowserSignIn      *self,
                                     gboolean              paste_code);
  void      (*wait_for_code_async)  (FdBrowserSignIn      *self,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);
  char     *(*wait_for_code_finish) (FdBrowserSignIn      *self,
                                     GAsyncResult         *result,
                                     GError              **error);
  void      (*exchange_code_async)  (FdBrowserSignIn      *self,
                                     const char           *code,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);
  char     *(*exchange_code_finish) (FdBrowserSignIn      *self,
                                     GAsyncResult         *result,
                                     GError              **error);
  /* Optional: adds to @params what the sign-in learnt (a server it was
   * sent to, how the account signs in), before they are handed to
   * fd_account_setup_add_async(). */
  void      (*update_params)        (FdBrowserSignIn      *self,
                                     GHashTable           *params);
};

void      fd_browser_sign_in_start_async          (FdBrowserSignIn      *self,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean  fd_browser_sign_in_start_finish         (FdBrowserSignIn      *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
/* Only after starting. */
gboolean  fd_browser_sign_in_can_receive_code     (FdBrowserSignIn      *self);
/* The page to open in the browser. @paste_code: the server shows the
 * code to the person instead of sending the browser back to Frontdesk. */
char     *fd_browser_sign_in_build_authorize_uri  (FdBrowserSignIn      *self,
                                                   gboolean              paste_code);
/* Completes once the browser comes back with the code; fails when it
 * does not come back in time. */
void      fd_browser_sign_in_wait_for_code_async  (FdBrowserSignIn      *self,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
char     *fd_browser_sign_in_wait_for_code_finish (FdBrowserSignIn      *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
/* Returns the secret (a token) to add the account with: hand it on and
 * forget it. */
void      fd_browser_sign_in_exchange_code_async  (FdBrowserSignIn      *self,
                                                   const char           *code,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
char     *fd_browser_sign_in_exchange_code_finish (FdBrowserSignIn      *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
void      fd_browser_sign_in_update_params        (FdBrowserSignIn      *self,
                                                   GHashTable           *params);

G_END_DECLS
