/* fd-account-setup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-account-private.h"
#include "fd-account-setup.h"
#include "fd-channel.h"
#include "fd-provider.h"
#include "fd-secrets.h"
#include "fd-store.h"

typedef struct
{
  char *fingerprint;
} FdAccountSetupErrorPrivate;

static void
fd_account_setup_error_private_init (FdAccountSetupErrorPrivate *priv)
{
  priv->fingerprint = NULL;
}

static void
fd_account_setup_error_private_copy (const FdAccountSetupErrorPrivate *src,
                                     FdAccountSetupErrorPrivate       *dest)
{
  dest->fingerprint = g_strdup (src->fingerprint);
}

static void
fd_account_setup_error_private_clear (FdAccountSetupErrorPrivate *priv)
{
  g_clear_pointer (&priv->fingerprint, g_free);
}

G_DEFINE_EXTENDED_ERROR (FdAccountSetupError, fd_account_setup_error)

const char *
fd_account_setup_error_get_fingerprint (const GError *error)
{
  if (error == NULL || error->domain != FD_ACCOUNT_SETUP_ERROR)
    return NULL;

  return fd_account_setup_error_get_private (error)->fingerprint;
}

void
fd_account_setup_set_untrusted_error (GError     **error,
                                      const char  *fingerprint,
                                      const char  *message)
{
  GError *local_error;

  if (error == NULL)
    return;

  local_error = g_error_new_literal (FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_UNTRUSTED_CERTIFICATE, message);
  fd_account_setup_error_get_private (local_error)->fingerprint = g_strdup (fingerprint);
  g_propagate_error (error, local_error);
}

static FdProviderInterface *
peek_setup (const char  *channel,
            GError     **error)
{
  FdProviderInterface *iface = fd_provider_peek_channel (channel);

  if (iface == NULL || iface->sign_in == NULL)
    {
      g_set_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_NOT_SUPPORTED,
                   _("This build cannot add “%s” accounts."), channel);
      return NULL;
    }

  return iface;
}

gboolean
fd_account_setup_can_add (const char *channel)
{
  g_return_val_if_fail (channel != NULL, FALSE);

  return peek_setup (channel, NULL) != NULL;
}

gboolean
fd_account_setup_check (const char  *channel,
                        GHashTable  *params,
                        GError     **error)
{
  FdProviderInterface *iface;

  g_return_val_if_fail (channel != NULL, FALSE);
  g_return_val_if_fail (params != NULL, FALSE);

  if (!(iface = peek_setup (channel, error)))
    return FALSE;

  return iface->check_setup == NULL || iface->check_setup (params, error);
}

FdAccount *
fd_account_setup_add_sync (const char    *data_dir,
                           const char    *channel,
                           GHashTable    *params,
                           const char    *secret,
                           char         **note,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(FdAccount) signed_in = NULL;
  g_autofree char *local_note = NULL;
  FdProviderInterface *iface;
  const char *kept;

  g_return_val_if_fail (data_dir != NULL, NULL);
  g_return_val_if_fail (channel != NULL, NULL);
  g_return_val_if_fail (params != NULL, NULL);
  g_return_val_if_fail (secret != NULL, NULL);

  if (note != NULL)
    *note = NULL;

  if (!fd_account_setup_check (channel, params, error) || !(iface = peek_setup (channel, error)))
    return NULL;

  if (!(signed_in = iface->sign_in (params, secret, &local_note, cancellable, error)))
    return NULL;
  g_return_val_if_fail (g_str_equal (fd_account_get_channel (signed_in), channel), NULL);

  if (note != NULL)
    *note = g_steal_pointer (&local_note);

  /* Signing in to an account again (fd_account_setup_dup_params()). */
  if (g_hash_table_lookup (params, "account-id") != NULL)
    g_object_set_data (G_OBJECT (signed_in), "fd-account-setup-replaces",
                       GSIZE_TO_POINTER ((gsize) g_ascii_strtoll (g_hash_table_lookup (params, "account-id"), NULL, 10)));
  kept = g_object_get_data (G_OBJECT (signed_in), FD_ACCOUNT_SETUP_KEPT_SECRET);
  return fd_account_setup_save_sync (data_dir, signed_in, kept != NULL ? kept : secret, cancellable, error);
}

/* The profile's account @signed_in is, if any. */
static FdAccount *
find_same_account (FdStore    *store,
                   FdAccount  *signed_in,
                   GError    **error)
{
  FdProviderInterface *iface = fd_provider_peek_channel (fd_account_get_channel (signed_in));
  g_autoptr(GPtrArray) accounts = NULL;
  gint64 replaces = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (signed_in), "fd-account-setup-replaces"));

  /* The account the person chose to sign in to again, if it is still
   * there and of the same channel. */
  if (replaces > 0)
    {
      g_autoptr(FdAccount) account = fd_account_load (store, replaces, NULL);

      if (account != NULL && g_str_equal (fd_account_get_channel (account), fd_account_get_channel (signed_in)))
        return g_steal_pointer (&account);
    }

  if (iface == NULL || iface->is_same_account == NULL)
    return NULL;
  if (!(accounts = fd_account_load_all (store, error)))
    return NULL;

  for (guint i = 0; i < accounts->len; i++)
    {
      FdAccount *account = g_ptr_array_index (accounts, i);

      if (g_str_equal (fd_account_get_channel (account), fd_account_get_channel (signed_in)) &&
          iface->is_same_account (account, signed_in))
        return g_object_ref (account);
    }

  return NULL;
}

static char *
make_label (FdAccount *account)
{
  const FdChannelInfo *info = fd_channel_lookup (fd_account_get_channel (account));
  const char *who;

  if (info == NULL || info->keyring.labels[0] == NULL)
    /* Translators: the keyring's label for a stored password; %s is the account */
    return g_strdup_printf (_("Frontdesk: %s"), fd_account_get_name (account));

  who = info->keyring.label_names_address ? fd_account_get_address (account) : fd_account_get_name (account);
  /* The format is the channel's own, and translated; @who goes in as text. */
  {
    GString *label = g_string_new (g_dgettext (GETTEXT_PACKAGE, info->keyring.labels[0]));

    g_string_replace (label, "%s", who != NULL ? who : "", 1);
    return g_string_free (label, FALSE);
  }
}

FdAccount *
fd_account_setup_save_sync (const char    *data_dir,
                            FdAccount     *signed_in,
                            const char    *secret,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *kind_setting = NULL;
  g_autofree char *replaced_kind = NULL;
  const char *kind;
  gboolean created = FALSE;

  g_return_val_if_fail (data_dir != NULL, NULL);
  g_return_val_if_fail (FD_IS_ACCOUNT (signed_in), NULL);
  g_return_val_if_fail (fd_account_get_id (signed_in) == 0, NULL);
  g_return_val_if_fail (secret != NULL, NULL);

  /* An account may sign in another way than its channel usually does
   * (an email account with OAuth keeps a refresh token). */
  kind_setting = fd_account_dup_setting_string (signed_in, "secret-kind");
  kind = kind_setting != NULL ? kind_setting : fd_channel_secret_kind (fd_account_get_channel (signed_in));

  if (!(store = fd_store_open (data_dir, error)))
    return NULL;

  if ((account = find_same_account (store, signed_in, &local_error)))
    {
      g_autofree char *old_kind = fd_account_dup_setting_string (account, "secret-kind");

      /* Switched from a password to the browser or back: the old secret
       * goes once the new one is kept (below). */
      if (old_kind != NULL && !g_str_equal (old_kind, kind))
        replaced_kind = g_steal_pointer (&old_kind);
      else if (old_kind == NULL && !g_str_equal (kind, fd_channel_secret_kind (fd_account_get_channel (account))))
        replaced_kind = g_strdup (fd_channel_secret_kind (fd_account_get_channel (account)));

      if (g_strcmp0 (fd_account_get_address (account), fd_account_get_address (signed_in)) != 0)
        {
          /* The old server's sign-in is kept under the old address. */
          fd_secrets_clear_sync (account, kind, cancellable, NULL);
          fd_account_set_address (account, fd_account_get_address (signed_in));
        }
      _fd_account_merge_settings (account, signed_in);
      if (!fd_account_save (account, store, error))
        return NULL;
    }
  else if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  else
    {
      account = g_object_ref (signed_in);
      if (!fd_account_save (account, store, error))
        return NULL;
      created = TRUE;
    }

  /* "none": another program keeps the sign-in (GNOME Online Accounts). */
  label = make_label (account);
  if (!g_str_equal (kind, "none") &&
      !fd_secrets_store_sync (account, kind, label, secret, cancellable, &local_error))
    {
      /* Never keep an account whose sign-in is nowhere. */
      if (created)
        fd_account_delete (account, store, NULL);
      g_set_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_KEYRING,
                   _("Frontdesk could not keep the sign-in in the keyring (%s). Unlock the keyring and try again."),
                   local_error->message);
      return NULL;
    }
  if (replaced_kind != NULL)
    fd_secrets_clear_sync (account, replaced_kind, cancellable, NULL);

  return g_steal_pointer (&account);
}
