/* fd-account-setup-page-browser.c: signing in with the browser.
 *
 * Start the channel's browser sign-in (fd-browser-sign-in.h), open its
 * page in the browser, wait for the browser to come back with the code or
 * for the person to paste it, exchange the code for the secret, then add
 * the account with it (fd-account-setup-page.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-account-setup-page-private.h"

/* Whether a callback of @sign_in still concerns the page. */
static gboolean
is_current (FdAccountSetupPage *self,
            gpointer            sign_in,
            const GError       *error)
{
  return !self->disposed && sign_in == self->sign_in &&
         !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
ask_for_code (FdAccountSetupPage *self,
              const GError       *error)
{
  _fd_account_setup_page_set_state (self, FD_SETUP_STATE_PASTE, _("The sign-in page is open in the browser."));
  if (error != NULL)
    _fd_account_setup_page_show_error (self, error);
  gtk_widget_grab_focus (GTK_WIDGET (self->code_row));
}

static void
exchanged_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FdAccountSetupPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(FdSecret) token = NULL;

  token = fd_browser_sign_in_exchange_code_finish (FD_BROWSER_SIGN_IN (object), result, &error);
  if (!is_current (self, object, error))
    return;

  if (token == NULL)
    {
      /* A code copied wrong can be pasted again. */
      if (self->paste_code)
        ask_for_code (self, error);
      else
        _fd_account_setup_page_fail (self, error);
      return;
    }

  params = _fd_account_setup_page_collect (self);
  fd_browser_sign_in_update_params (self->sign_in, params);
  _fd_account_setup_page_start_add (self, params, token);
}

static void
exchange_code (FdAccountSetupPage *self,
               const char         *code)
{
  _fd_account_setup_page_clear_error (self);
  _fd_account_setup_page_set_state (self, FD_SETUP_STATE_BUSY, _("Signing in…"));
  fd_browser_sign_in_exchange_code_async (self->sign_in, code, self->cancellable,
                                          exchanged_cb, g_object_ref (self));
}

static void
code_received_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(FdAccountSetupPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;

  code = fd_browser_sign_in_wait_for_code_finish (FD_BROWSER_SIGN_IN (object), result, &error);
  if (!is_current (self, object, error))
    return;

  if (code == NULL)
    _fd_account_setup_page_fail (self, error);
  else
    exchange_code (self, code);
}

static void
launched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdAccountSetupPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error) ||
      self->disposed || self->sign_in == NULL ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* The sign-in still waits: the person can open the page themselves. */
  message = g_strdup_printf (_("Frontdesk could not open the browser (%s). Copy the sign-in link with the "
                               "button next to Cancel and open it in a browser."), error->message);
  _fd_account_setup_page_show_message (self, NULL, message);
}

static void
started_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(FdAccountSetupPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkAppLaunchContext) context = NULL;
  FdBrowserSignIn *sign_in = FD_BROWSER_SIGN_IN (object);
  gboolean started = fd_browser_sign_in_start_finish (sign_in, result, &error);

  if (!is_current (self, object, error))
    return;
  if (!started)
    {
      _fd_account_setup_page_fail (self, error);
      return;
    }

  /* Without a loopback server the code can only be pasted. */
  if (!fd_browser_sign_in_can_receive_code (sign_in))
    self->paste_code = TRUE;

  g_free (self->authorize_uri);
  self->authorize_uri = fd_browser_sign_in_build_authorize_uri (sign_in, self->paste_code);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));
  g_app_info_launch_default_for_uri_async (self->authorize_uri, G_APP_LAUNCH_CONTEXT (context),
                                           self->cancellable, launched_cb, g_object_ref (self));

  if (self->paste_code)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->code_row), "");
      ask_for_code (self, NULL);
      return;
    }

  _fd_account_setup_page_set_state (self, FD_SETUP_STATE_BROWSER,
                                    _("Waiting for the browser… Choose “Authorize” there."));
  fd_browser_sign_in_wait_for_code_async (sign_in, self->cancellable, code_received_cb, g_object_ref (self));
}

void
_fd_account_setup_page_stop_browser (FdAccountSetupPage *self)
{
  g_clear_object (&self->sign_in);
  g_clear_pointer (&self->authorize_uri, g_free);
  self->paste_code = FALSE;
}

void
_fd_account_setup_page_start_browser (FdAccountSetupPage *self,
                                      gboolean            paste_code)
{
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GError) error = NULL;

  if (self->state != FD_SETUP_STATE_EDIT || !_fd_account_setup_page_check_filled (self, FALSE))
    return;

  _fd_account_setup_page_clear_error (self);
  _fd_account_setup_page_reset_cancellable (self);
  _fd_account_setup_page_stop_browser (self);

  params = _fd_account_setup_page_collect (self);
  if (!(self->sign_in = fd_account_setup_browser_sign_in_new (self->channel, params, &error)))
    {
      _fd_account_setup_page_fail (self, error);
      return;
    }

  self->paste_code = paste_code;
  _fd_account_setup_page_set_state (self, FD_SETUP_STATE_BUSY, _("Contacting the server…"));
  fd_browser_sign_in_start_async (self->sign_in, self->cancellable, started_cb, g_object_ref (self));
}

void
_fd_account_setup_page_submit_code (FdAccountSetupPage *self)
{
  g_autofree char *code = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->code_row))));

  if (self->state != FD_SETUP_STATE_PASTE || self->sign_in == NULL)
    return;

  if (*code == '\0')
    {
      _fd_account_setup_page_show_message (self, NULL,
                                           _("Paste the code the server showed after you chose “Authorize”."));
      gtk_widget_grab_focus (GTK_WIDGET (self->code_row));
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->code_row), "");
  exchange_code (self, code);
}

void
_fd_account_setup_page_copy_link (FdAccountSetupPage *self)
{
  if (self->authorize_uri == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->authorize_uri);
  _fd_account_setup_page_clear_error (self);
  _fd_account_setup_page_set_state (self, self->state, _("The sign-in link is copied. Open it in a browser."));
}
