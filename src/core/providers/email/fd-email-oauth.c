/* fd-email-oauth.c: what an email connection signs in with.
 *
 * A password from the keyring, or for an account that signs in with
 * OAuth an access token, renewed with the refresh token the keyring
 * keeps (fd-oauth.h). Access tokens stay in memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-email-goa.h"
#include "fd-email-provider-private.h"
#include "fd-oauth.h"
#include "fd-provider.h"
#include "fd-secrets.h"

static void
wipe (char *secret)
{
  if (secret != NULL)
    memset (secret, 0, strlen (secret));
  g_free (secret);
}

static char *
lookup_secret (FdAccount     *account,
               const char    *kind,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char *secret;

  secret = fd_secrets_lookup_sync (account, kind, cancellable, &local_error);
  if (local_error != NULL && local_error->domain == FD_SECRETS_ERROR)
    {
      /* Nothing this account may use: signing in again is the way out. */
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH, local_error->message);
      return NULL;
    }
  if (local_error != NULL)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                   _("The keyring could not be read (%s). Unlock it, then sync again."), local_error->message);
      return NULL;
    }
  if (secret == NULL && g_str_equal (kind, "password"))
    g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                 _("No password is stored for “%s”. Enter it again in the account settings."),
                 fd_account_get_name (account));
  else if (secret == NULL)
    g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                 _("Frontdesk is not signed in to “%s”. Sign in again in the account settings."),
                 fd_account_get_name (account));

  return secret;
}

char *
_fd_email_dup_sign_in_secret (FdAccount            *account,
                              const FdEmailConfig  *config,
                              gboolean              renew,
                              GCancellable         *cancellable,
                              GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *new_refresh_token = NULL;
  char *refresh_token;
  char *access_token;

  /* GOA keeps the sign-in and is asked each time. */
  if (config->goa_account_id != NULL)
    return fd_email_goa_dup_secret (config->goa_account_id, renew, cancellable, error);

  if (config->auth != FD_EMAIL_AUTH_OAUTH2)
    return lookup_secret (account, "password", cancellable, error);

  if (config->oauth_token_url == NULL || config->oauth_client_id == NULL)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                   _("The sign-in settings of “%s” are incomplete. Sign in again in the account settings."),
                   fd_account_get_name (account));
      return NULL;
    }

  if (!(refresh_token = lookup_secret (account, "refresh-token", cancellable, error)))
    return NULL;

  access_token = fd_oauth_dup_access_token (config->oauth_token_url, config->oauth_client_id, refresh_token,
                                            renew, &new_refresh_token, cancellable, &local_error);
  wipe (refresh_token);
  if (access_token == NULL)
    {
      /* A refused refresh needs the person; trouble reaching the server
       * is worth another try later. */
      g_set_error_literal (error, FD_PROVIDER_ERROR,
                           g_error_matches (local_error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_TEMPORARY) ||
                           g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                           ? FD_PROVIDER_ERROR_TEMPORARY : FD_PROVIDER_ERROR_AUTH,
                           local_error->message);
      return NULL;
    }

  /* The server replaced the refresh token: the old one is void. */
  if (new_refresh_token != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("Frontdesk sign-in for %s"), fd_account_get_name (account));

      if (!fd_secrets_store_sync (account, "refresh-token", label, new_refresh_token, cancellable, &local_error))
        g_warning ("The renewed sign-in of account %" G_GINT64_FORMAT " could not be kept in the keyring: %s",
                   fd_account_get_id (account), local_error->message);
      wipe (g_steal_pointer (&new_refresh_token));
    }

  return access_token;
}

gboolean
_fd_email_should_renew (const FdEmailConfig *config,
                        const GError        *email_error)
{
  return (config->auth == FD_EMAIL_AUTH_OAUTH2 || config->goa_account_id != NULL) &&
         g_error_matches (email_error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_AUTH);
}

mailimap *
_fd_email_imap_open_account (FdAccount            *account,
                             const FdEmailConfig  *config,
                             guint                 timeout,
                             GCancellable         *cancellable,
                             GError              **error)
{
  /* A token the server refuses may have been revoked early or expired
   * on a clock that runs ahead: one more try with a fresh one. */
  for (guint attempt = 0; attempt < 2; attempt++)
    {
      GError *local_error = NULL;
      char *secret;
      mailimap *imap;

      if (!(secret = _fd_email_dup_sign_in_secret (account, config, attempt > 0, cancellable, error)))
        return NULL;
      imap = fd_email_imap_open (config, secret, timeout, &local_error);
      wipe (secret);
      if (imap != NULL)
        return imap;

      if (attempt == 0 && _fd_email_should_renew (config, local_error))
        {
          g_debug ("The mail server refused the access token; renewing it once");
          g_error_free (local_error);
          continue;
        }
      _fd_email_provider_propagate (NULL, error, local_error, FD_PROVIDER_ERROR_TEMPORARY);
      return NULL;
    }

  g_assert_not_reached ();
}
