/* fd-browser-sign-in.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-browser-sign-in.h"

G_DEFINE_INTERFACE (FdBrowserSignIn, fd_browser_sign_in, G_TYPE_OBJECT)

static void
fd_browser_sign_in_default_init (FdBrowserSignInInterface *iface)
{
}

void
fd_browser_sign_in_start_async (FdBrowserSignIn     *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (FD_IS_BROWSER_SIGN_IN (self));

  FD_BROWSER_SIGN_IN_GET_IFACE (self)->start_async (self, cancellable, callback, user_data);
}

gboolean
fd_browser_sign_in_start_finish (FdBrowserSignIn  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (FD_IS_BROWSER_SIGN_IN (self), FALSE);

  return FD_BROWSER_SIGN_IN_GET_IFACE (self)->start_finish (self, result, error);
}

gboolean
fd_browser_sign_in_can_receive_code (FdBrowserSignIn *self)
{
  FdBrowserSignInInterface *iface;

  g_return_val_if_fail (FD_IS_BROWSER_SIGN_IN (self), FALSE);

  iface = FD_BROWSER_SIGN_IN_GET_IFACE (self);
  return iface->can_receive_code != NULL && iface->can_receive_code (self);
}

char *
fd_browser_sign_in_build_authorize_uri (FdBrowserSignIn *self,
                                        gboolean         paste_code)
{
  g_return_val_if_fail (FD_IS_BROWSER_SIGN_IN (self), NULL);

  return FD_BROWSER_SIGN_IN_GET_IFACE (self)->build_authorize_uri (self, paste_code);
}

void
fd_browser_sign_in_wait_for_code_async (FdBrowserSignIn     *self,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_return_if_fail (FD_IS_BROWSER_SIGN_IN (self));

  FD_BROWSER_SIGN_IN_GET_IFACE (self)->wait_for_code_async (self, cancellable, callback, user_data);
}

char *
fd_browser_sign_in_wait_for_code_finish (FdBrowserSignIn  *self,
                                         GAsyncResult     *result,
                                         GError          **error)
{
  g_return_val_if_fail (FD_IS_BROWSER_SIGN_IN (self), NULL);

  return FD_BROWSER_SIGN_IN_GET_IFACE (self)->wait_for_code_finish (self, result, error);
}

void
fd_browser_sign_in_exchange_code_async (FdBrowserSignIn     *self,
                                        const char          *code,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_return_if_fail (FD_IS_BROWSER_SIGN_IN (self));
  g_return_if_fail (code != NULL);

  FD_BROWSER_SIGN_IN_GET_IFACE (self)->exchange_code_async (self, code, cancellable, callback, user_data);
}

char *
fd_browser_sign_in_exchange_code_finish (FdBrowserSignIn  *self,
                                         GAsyncResult     *result,
                                         GError          **error)
{
  g_return_val_if_fail (FD_IS_BROWSER_SIGN_IN (self), NULL);

  return FD_BROWSER_SIGN_IN_GET_IFACE (self)->exchange_code_finish (self, result, error);
}

void
fd_browser_sign_in_update_params (FdBrowserSignIn *self,
                                  GHashTable      *params)
{
  FdBrowserSignInInterface *iface;

  g_return_if_fail (FD_IS_BROWSER_SIGN_IN (self));
  g_return_if_fail (params != NULL);

  iface = FD_BROWSER_SIGN_IN_GET_IFACE (self);
  if (iface->update_params != NULL)
    iface->update_params (self, params);
}
