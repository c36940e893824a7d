/* fd-email-goa.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#define GOA_API_IS_SUBJECT_TO_CHANGE
#include <goa/goa.h>
#include <glib/gi18n.h>

#include "fd-email-goa.h"
#include "fd-provider.h"

void
fd_email_goa_account_free (FdEmailGoaAccount *account)
{
  if (account == NULL)
    return;

  g_free (account->id);
  g_free (account->name);
  g_free (account->address);
  g_free (account);
}

static gboolean
usable (GoaObject *object)
{
  GoaAccount *account = goa_object_peek_account (object);
  GoaMail *mail = goa_object_peek_mail (object);

  return account != NULL && mail != NULL && !goa_account_get_mail_disabled (account) &&
         goa_mail_get_imap_supported (mail) && goa_mail_get_smtp_supported (mail) &&
         goa_mail_get_email_address (mail) != NULL;
}

GPtrArray *
fd_email_goa_list (GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GoaClient) client = NULL;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_email_goa_account_free);
  GList *objects;

  /* No GOA on this desktop is no account, not a failure. */
  if (!(client = goa_client_new_sync (cancellable, &local_error)))
    {
      g_debug ("No GNOME Online Accounts: %s", local_error->message);
      return accounts;
    }

  objects = goa_client_get_accounts (client);
  for (GList *l = objects; l != NULL; l = l->next)
    {
      GoaObject *object = l->data;
      FdEmailGoaAccount *account;

      if (!usable (object))
        continue;
      account = g_new0 (FdEmailGoaAccount, 1);
      account->id = g_strdup (goa_account_get_id (goa_object_peek_account (object)));
      account->name = g_strdup (goa_account_get_provider_name (goa_object_peek_account (object)));
      account->address = g_strdup (goa_mail_get_email_address (goa_object_peek_mail (object)));
      g_ptr_array_add (accounts, account);
    }
  g_list_free_full (objects, g_object_unref);

  return accounts;
}

static GoaObject *
lookup (const char    *goa_id,
        GoaClient    **client_out,
        GCancellable  *cancellable,
        GError       **error)
{
  g_autoptr(GoaClient) client = NULL;
  g_autoptr(GError) local_error = NULL;
  GoaObject *object;

  if (!(client = goa_client_new_sync (cancellable, &local_error)))
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                   _("GNOME Online Accounts is not available (%s). Frontdesk tries again later."),
                   local_error->message);
      return NULL;
    }
  if (!(object = goa_client_lookup_by_id (client, goa_id)) || !usable (object))
    {
      g_clear_object (&object);
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                           _("This account is no longer in Online Accounts, or its mail is switched off there. "
                             "Open Online Accounts Settings."));
      return NULL;
    }

  *client_out = g_steal_pointer (&client);
  return object;
}

FdEmailConfig *
fd_email_goa_dup_config (const char    *goa_id,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GoaClient) client = NULL;
  g_autoptr(GoaObject) object = NULL;
  FdEmailConfig *config;
  GoaMail *mail;

  g_return_val_if_fail (goa_id != NULL, NULL);

  if (!(object = lookup (goa_id, &client, cancellable, error)))
    return NULL;
  mail = goa_object_peek_mail (object);

  config = fd_email_config_new ();
  config->address = g_strdup (goa_mail_get_email_address (mail));
  config->display_name = g_strdup (goa_mail_get_name (mail));
  config->username = g_strdup (goa_mail_get_imap_user_name (mail));
  /* GOA's hosts may carry a port ("host:port"); else the usual ones. */
  config->imap_security = goa_mail_get_imap_use_ssl (mail) ? FD_EMAIL_SECURITY_TLS
                          : goa_mail_get_imap_use_tls (mail) ? FD_EMAIL_SECURITY_STARTTLS : FD_EMAIL_SECURITY_NONE;
  config->smtp_security = goa_mail_get_smtp_use_ssl (mail) ? FD_EMAIL_SECURITY_TLS
                          : goa_mail_get_smtp_use_tls (mail) ? FD_EMAIL_SECURITY_STARTTLS : FD_EMAIL_SECURITY_NONE;
  {
    g_auto(GStrv) imap = g_strsplit (goa_mail_get_imap_host (mail), ":", 2);
    g_auto(GStrv) smtp = g_strsplit (goa_mail_get_smtp_host (mail), ":", 2);

    config->imap_host = g_strdup (imap[0]);
    config->imap_port = imap[1] != NULL ? (guint16) g_ascii_strtoull (imap[1], NULL, 10)
                        : config->imap_security == FD_EMAIL_SECURITY_TLS ? 993 : 143;
    config->smtp_host = g_strdup (smtp[0]);
    config->smtp_port = smtp[1] != NULL ? (guint16) g_ascii_strtoull (smtp[1], NULL, 10)
                        : config->smtp_security == FD_EMAIL_SECURITY_TLS ? 465 : 587;
  }
  config->auth = goa_object_peek_oauth2_based (object) != NULL ? FD_EMAIL_AUTH_OAUTH2 : FD_EMAIL_AUTH_PASSWORD;
  config->source = g_strdup (_("Online Accounts"));

  return config;
}

char *
fd_email_goa_dup_secret (const char    *goa_id,
                         gboolean       renew,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GoaClient) client = NULL;
  g_autoptr(GoaObject) object = NULL;
  g_autoptr(GError) local_error = NULL;
  GoaAccount *account;
  char *secret = NULL;

  g_return_val_if_fail (goa_id != NULL, NULL);

  if (!(object = lookup (goa_id, &client, cancellable, error)))
    return NULL;
  account = goa_object_peek_account (object);

  if (renew && !goa_account_call_ensure_credentials_sync (account, NULL, cancellable, &local_error))
    g_debug ("Online Accounts could not renew the sign-in: %s", local_error->message);
  g_clear_error (&local_error);

  if (goa_account_get_attention_needed (account))
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                   _("Online Accounts needs you to sign in to %s again. Open Online Accounts Settings."),
                   goa_account_get_presentation_identity (account));
      return NULL;
    }

  if (goa_object_peek_oauth2_based (object) != NULL)
    goa_oauth2_based_call_get_access_token_sync (goa_object_peek_oauth2_based (object), &secret, NULL,
                                                 cancellable, &local_error);
  else if (goa_object_peek_password_based (object) != NULL)
    goa_password_based_call_get_password_sync (goa_object_peek_password_based (object), "imap-password", &secret,
                                               cancellable, &local_error);
  else
    local_error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "no credentials interface");

  if (secret == NULL)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                   _("Online Accounts did not give Frontdesk the sign-in for %s (%s). Open Online Accounts Settings."),
                   goa_account_get_presentation_identity (account),
                   local_error != NULL ? local_error->message : _("no reason given"));
      return NULL;
    }

  return secret;
}
