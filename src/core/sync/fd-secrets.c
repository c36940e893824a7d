/* fd-secrets.c: libsecret, with errors a person can act on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <string.h>

#include "fd-channel.h"
#include "fd-keyring-task.h"
#include "fd-secrets.h"

/* An account's key, read from it on the calling thread. */
typedef struct
{
  char               *profile;
  char               *account;      /* the account id, in decimal */
  char               *server;
  char               *user;
  char               *title;        /* the account, in messages */

  /* What tells an entry of the older schema to be this account's. */
  gint64              account_id;
  const char * const *legacy_formats;  /* the channel's, or NULL */
  char               *legacy_user;  /* the address or handle those labels name */
  GPtrArray          *hosts;        /* every host the secret is sent to */
} SecretKey;

/* Account ids restarted at 1 in every profile, so an entry of the older
 * schema, found by account id and kind, may be another profile's: that
 * profile's account 1 on another server. It is moved under the new key
 * only when it is unambiguous that sending it to this account's servers
 * is what it was saved for:
 *
 *  - it is the only such entry;
 *  - its label is one the older code wrote for this account's user (the
 *    address of a mailbox, the @user@server handle on Mastodon: the
 *    channel's FdChannelKeyring.labels), in English or in the language
 *    in use now; the label is all the entry says about where it belongs;
 *  - every server the secret would go to (IMAP and SMTP for mail, the
 *    instance for Mastodon: FdChannelKeyring.host_settings) is the
 *    domain of that address or handle, or one of its subdomains.
 *
 * So another profile's password for another user is never used, nor is
 * one for the same address but kept by a profile that sends it to another
 * domain (a test server, say). Anything else is left where it is, for the
 * profile it belongs to, and the lookup fails with
 * FD_SECRETS_ERROR_SIGN_IN_AGAIN: signing in again costs less than a
 * password sent to the wrong server. A moved entry is deleted; a second
 * profile with the very same account then asks to sign in again too. */

G_DEFINE_QUARK (fd-secrets-error-quark, fd_secrets_error)

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    FD_SECRETS_SCHEMA_NAME, SECRET_SCHEMA_NONE,
    {
      { "profile", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "account", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "kind", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  };

  return &schema;
}

static const SecretSchema *
get_legacy_schema (void)
{
  static const SecretSchema schema = {
    FD_SECRETS_LEGACY_SCHEMA_NAME, SECRET_SCHEMA_NONE,
    {
      { "account-id", SECRET_SCHEMA_ATTRIBUTE_INTEGER },
      { "kind", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  };

  return &schema;
}

/* Keys */

static void
secret_key_free (SecretKey *key)
{
  g_free (key->profile);
  g_free (key->account);
  g_free (key->server);
  g_free (key->user);
  g_free (key->title);
  g_free (key->legacy_user);
  g_clear_pointer (&key->hosts, g_ptr_array_unref);
  g_free (key);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SecretKey, secret_key_free)

static void
add_host (GPtrArray  *hosts,
          const char *host)
{
  if (host != NULL && *host != '\0')
    g_ptr_array_add (hosts, g_ascii_strdown (host, -1));
}

static char *
dup_url_host (const char *url)
{
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, G_URI_FLAGS_NONE, NULL) : NULL;

  return uri != NULL ? g_strdup (g_uri_get_host (uri)) : NULL;
}

/* What each channel sends its secret to, and as whom, as its
 * FdChannelKeyring says: for mail the IMAP server and login (the
 * password goes to the SMTP server too), for Mastodon the instance and
 * the handle. */
static SecretKey *
secret_key_new (FdAccount  *account,
                GError    **error)
{
  g_autoptr(SecretKey) key = g_new0 (SecretKey, 1);
  const char *channel = fd_account_get_channel (account);
  const char *address = fd_account_get_address (account);
  const char *name = fd_account_get_name (account);
  const FdChannelInfo *info = fd_channel_lookup (channel);
  const FdChannelKeyring *keyring = info != NULL ? &info->keyring : NULL;

  g_return_val_if_fail (fd_account_get_id (account) > 0, NULL);
  g_return_val_if_fail (fd_account_get_profile_id (account) != NULL, NULL);

  key->profile = g_strdup (fd_account_get_profile_id (account));
  key->account_id = fd_account_get_id (account);
  key->account = g_strdup_printf ("%" G_GINT64_FORMAT, key->account_id);
  key->title = g_strdup (name != NULL && *name != '\0' ? name : address != NULL ? address : channel);
  key->hosts = g_ptr_array_new_with_free_func (g_free);

  if (keyring != NULL && keyring->server_setting != NULL)
    {
      g_autofree char *host = fd_account_dup_setting_string (account, keyring->server_setting);

      key->server = host != NULL ? g_ascii_strdown (host, -1) : NULL;
    }
  else
    key->server = g_strdup (address);

  if (keyring != NULL && keyring->user_setting != NULL)
    {
      key->user = fd_account_dup_setting_string (account, keyring->user_setting);
      if (key->user == NULL)
        key->user = g_strdup (address);
    }
  else
    key->user = g_strdup (name);

  if (keyring != NULL && keyring->labels[0] != NULL)
    {
      key->legacy_formats = keyring->labels;
      key->legacy_user = g_strdup (keyring->label_names_address ? address : name);

      if (keyring->host_settings[0] != NULL)
        {
          for (guint i = 0; i < G_N_ELEMENTS (keyring->host_settings) && keyring->host_settings[i] != NULL; i++)
            {
              g_autofree char *host = fd_account_dup_setting_string (account, keyring->host_settings[i]);

              add_host (key->hosts, host);
            }
        }
      else
        {
          g_autofree char *host = dup_url_host (address);

          add_host (key->hosts, host);
        }
    }

  if (key->server == NULL || *key->server == '\0' || key->user == NULL || *key->user == '\0')
    {
      g_set_error (error, FD_SECRETS_ERROR, FD_SECRETS_ERROR_INCOMPLETE,
                   _("“%s” has no server or user name, so its sign-in cannot be kept in the keyring. "
                     "Remove the account and add it again."),
                   key->title != NULL ? key->title : "");
      return NULL;
    }

  return g_steal_pointer (&key);
}

/* @kind NULL: every kind. */
static GHashTable *
make_attributes (const SecretKey *key,
                 const char      *kind,
                 gboolean         whole_key)
{
  GHashTable *attributes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  g_hash_table_insert (attributes, (gpointer) "profile", g_strdup (key->profile));
  g_hash_table_insert (attributes, (gpointer) "account", g_strdup (key->account));
  if (whole_key)
    {
      g_hash_table_insert (attributes, (gpointer) "server", g_strdup (key->server));
      g_hash_table_insert (attributes, (gpointer) "user", g_strdup (key->user));
    }
  if (kind != NULL)
    g_hash_table_insert (attributes, (gpointer) "kind", g_strdup (kind));

  return attributes;
}

static GHashTable *
make_legacy_attributes (const SecretKey *key,
                        const char      *kind)
{
  GHashTable *attributes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  /* The older code stored the id as a 32-bit integer. */
  g_hash_table_insert (attributes, (gpointer) "account-id", g_strdup_printf ("%d", (int) key->account_id));
  if (kind != NULL)
    g_hash_table_insert (attributes, (gpointer) "kind", g_strdup (kind));

  return attributes;
}

/* Entries of the older schema */

/* TRUE if @label is @format with @value in place of its one %s. */
static gboolean
label_is (const char *label,
          const char *format,
          const char *value)
{
  const char *hole = strstr (format, "%s");
  gsize hole_len = 2;
  gsize prefix_len;
  gsize value_len = strlen (value);

  /* A translation may number its placeholder. */
  if (hole == NULL && (hole = strstr (format, "%1$s")) != NULL)
    hole_len = 4;
  if (hole == NULL)
    return FALSE;

  prefix_len = hole - format;
  return strncmp (label, format, prefix_len) == 0 &&
         strncmp (label + prefix_len, value, value_len) == 0 &&
         strcmp (label + prefix_len + value_len, hole + hole_len) == 0;
}

static gboolean
host_in_domain (const char *host,
                const char *domain)
{
  gsize host_len = strlen (host);
  gsize domain_len = strlen (domain);

  if (g_ascii_strcasecmp (host, domain) == 0)
    return TRUE;
  return host_len > domain_len &&
         host[host_len - domain_len - 1] == '.' &&
         g_ascii_strcasecmp (host + host_len - domain_len, domain) == 0;
}

/* The rule at the top of this file. */
static gboolean
legacy_is_ours (const SecretKey   *key,
                SecretRetrievable *item)
{
  g_autofree char *label = secret_retrievable_get_label (item);
  const char *domain;
  gboolean named = FALSE;

  if (key->legacy_formats == NULL || key->legacy_user == NULL || label == NULL || key->hosts->len == 0)
    return FALSE;

  for (guint i = 0; !named && key->legacy_formats[i] != NULL; i++)
    named = label_is (label, key->legacy_formats[i], key->legacy_user) ||
            label_is (label, _(key->legacy_formats[i]), key->legacy_user);
  if (!named)
    return FALSE;

  domain = strrchr (key->legacy_user, '@');
  if (domain == NULL || domain[1] == '\0')
    return FALSE;
  domain++;

  for (guint i = 0; i < key->hosts->len; i++)
    if (!host_in_domain (g_ptr_array_index (key->hosts, i), domain))
      return FALSE;

  return TRUE;
}

/* Entries of the older schema for the account's id and @kind (NULL for
 * any), with their secrets loaded. */
static GList *
search_legacy (const SecretKey  *key,
               const char       *kind,
               GCancellable     *cancellable,
               GError          **error)
{
  g_autoptr(GHashTable) attributes = make_legacy_attributes (key, kind);
  GError *local_error = NULL;
  GList *items;

  items = secret_password_searchv_sync (get_legacy_schema (), attributes,
                                        SECRET_SEARCH_ALL | SECRET_SEARCH_UNLOCK | SECRET_SEARCH_LOAD_SECRETS,
                                        cancellable, &local_error);
  if (local_error != NULL)
    {
      fd_keyring_propagate_error (error, local_error);
      return NULL;
    }

  return items;
}

static gboolean
clear_legacy (const SecretKey  *key,
              const char       *kind,
              GCancellable     *cancellable,
              GError          **error)
{
  g_autoptr(GHashTable) attributes = make_legacy_attributes (key, kind);

  return fd_keyring_clear (get_legacy_schema (), attributes, cancellable, error);
}

/* Blocking calls, on a key */

static gboolean
store_with_key (const SecretKey  *key,
                const char       *kind,
                const char       *label,
                const char       *secret,
                GCancellable     *cancellable,
                GError          **error)
{
  g_autoptr(GHashTable) attributes = make_attributes (key, kind, TRUE);

  return fd_keyring_store (get_schema (), attributes, label != NULL ? label : "Frontdesk", secret,
                           cancellable, error);
}

/* Moves the account's entry of the older schema under its key, by the
 * rule at the top of this file. */
static char *
lookup_legacy (const SecretKey  *key,
               const char       *kind,
               GCancellable     *cancellable,
               GError          **error)
{
  GList *items;
  SecretRetrievable *item;
  g_autoptr(SecretValue) value = NULL;
  g_autofree char *label = NULL;
  GError *local_error = NULL;
  const char *text;
  char *secret;

  items = search_legacy (key, kind, cancellable, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (items == NULL)
    return NULL;

  item = items->data;
  if (items->next != NULL || !legacy_is_ours (key, item))
    {
      g_list_free_full (items, g_object_unref);
      g_set_error (error, FD_SECRETS_ERROR, FD_SECRETS_ERROR_SIGN_IN_AGAIN,
                   _("A sign-in saved by an earlier version of Frontdesk was not used for “%s”: "
                     "it may belong to an account of another profile. Sign in again."),
                   key->title);
      return NULL;
    }

  label = secret_retrievable_get_label (item);
  value = secret_retrievable_retrieve_secret_sync (item, cancellable, &local_error);
  g_list_free_full (items, g_object_unref);
  if (local_error != NULL)
    {
      fd_keyring_propagate_error (error, local_error);
      return NULL;
    }
  if (value == NULL || (text = secret_value_get_text (value)) == NULL)
    return NULL;

  if (!store_with_key (key, kind, label, text, cancellable, error))
    return NULL;
  secret = g_strdup (text);

  /* Moved: the secret is kept under the new key whatever happens here. */
  if (!clear_legacy (key, kind, cancellable, &local_error))
    {
      g_warning ("The older keyring entry of “%s” stays: %s", key->title, local_error->message);
      g_clear_error (&local_error);
    }

  return secret;
}

static char *
lookup_with_key (const SecretKey  *key,
                 const char       *kind,
                 GCancellable     *cancellable,
                 GError          **error)
{
  g_autoptr(GHashTable) attributes = make_attributes (key, kind, TRUE);
  GError *local_error = NULL;
  char *secret;

  secret = fd_keyring_lookup (get_schema (), attributes, cancellable, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (secret == NULL)
    return lookup_legacy (key, kind, cancellable, error);

  return secret;
}

/* Every entry of the account under the new schema, whatever its server
 * and user were then; of the older schema only those the rule gives to
 * this account. */
static gboolean
clear_with_key (const SecretKey  *key,
                const char       *kind,
                GCancellable     *cancellable,
                GError          **error)
{
  g_autoptr(GHashTable) attributes = make_attributes (key, kind, FALSE);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GError *local_error = NULL;
  GList *items;

  if (!fd_keyring_clear (get_schema (), attributes, cancellable, error))
    return FALSE;

  items = search_legacy (key, kind, cancellable, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  /* One kind at a time: an entry is this account's only when it is the
   * one entry of its kind. */
  for (GList *l = items; l != NULL; l = l->next)
    {
      g_autoptr(GHashTable) item_attributes = secret_retrievable_get_attributes (l->data);
      const char *item_kind = g_hash_table_lookup (item_attributes, "kind");
      g_autoptr(GList) same = NULL;

      if (item_kind == NULL || g_hash_table_contains (seen, item_kind))
        continue;
      g_hash_table_add (seen, g_strdup (item_kind));

      for (GList *m = items; m != NULL; m = m->next)
        {
          g_autoptr(GHashTable) other = secret_retrievable_get_attributes (m->data);

          if (g_strcmp0 (g_hash_table_lookup (other, "kind"), item_kind) == 0)
            same = g_list_prepend (same, m->data);
        }

      if (same->next == NULL && legacy_is_ours (key, same->data) &&
          !clear_legacy (key, item_kind, cancellable, &local_error))
        {
          g_list_free_full (items, g_object_unref);
          g_propagate_error (error, local_error);
          return FALSE;
        }
    }
  g_list_free_full (items, g_object_unref);

  return TRUE;
}

/* Public API: blocking */

gboolean
fd_secrets_store_sync (FdAccount     *account,
                       const char    *kind,
                       const char    *label,
                       const char    *secret,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(SecretKey) key = NULL;

  g_return_val_if_fail (FD_IS_ACCOUNT (account), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (secret != NULL, FALSE);

  if (!(key = secret_key_new (account, error)))
    return FALSE;

  return store_with_key (key, kind, label, secret, cancellable, error);
}

char *
fd_secrets_lookup_sync (FdAccount     *account,
                        const char    *kind,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(SecretKey) key = NULL;

  g_return_val_if_fail (FD_IS_ACCOUNT (account), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  if (!(key = secret_key_new (account, error)))
    return NULL;

  return lookup_with_key (key, kind, cancellable, error);
}

gboolean
fd_secrets_clear_sync (FdAccount     *account,
                       const char    *kind,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(SecretKey) key = NULL;

  g_return_val_if_fail (FD_IS_ACCOUNT (account), FALSE);

  if (!(key = secret_key_new (account, error)))
    return FALSE;

  return clear_with_key (key, kind, cancellable, error);
}

/* Async: the blocking calls above, in a thread (fd-keyring-task.h). */

typedef struct
{
  SecretKey *key;
  char      *kind;
} EntryKey;

static void
entry_key_free (EntryKey *entry)
{
  g_clear_pointer (&entry->key, secret_key_free);
  g_free (entry->kind);
  g_free (entry);
}

static gboolean
entry_store (gpointer       data,
             const char    *label,
             const char    *secret,
             GCancellable  *cancellable,
             GError       **error)
{
  EntryKey *entry = data;

  return store_with_key (entry->key, entry->kind, label, secret, cancellable, error);
}

static char *
entry_lookup (gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  EntryKey *entry = data;

  return lookup_with_key (entry->key, entry->kind, cancellable, error);
}

static gboolean
entry_clear (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  EntryKey *entry = data;

  return clear_with_key (entry->key, entry->kind, cancellable, error);
}

static const FdKeyringOps entry_ops = {
  entry_store, entry_lookup, entry_clear, (GDestroyNotify) entry_key_free,
};

/* NULL, with the callback told why, when the account has no key. */
static EntryKey *
entry_key_new (FdAccount           *account,
               const char          *kind,
               gpointer             source_tag,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  GError *error = NULL;
  SecretKey *key = secret_key_new (account, &error);
  EntryKey *entry;

  if (key == NULL)
    {
      if (error == NULL)
        error = g_error_new_literal (FD_SECRETS_ERROR, FD_SECRETS_ERROR_INCOMPLETE,
                                     _("The account is not saved yet, so its sign-in cannot be kept."));
      g_task_report_error (NULL, callback, user_data, source_tag, error);
      return NULL;
    }

  entry = g_new0 (EntryKey, 1);
  entry->key = key;
  entry->kind = g_strdup (kind);

  return entry;
}

void
fd_secrets_store_async (FdAccount           *account,
                        const char          *kind,
                        const char          *label,
                        const char          *secret,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  EntryKey *entry;

  g_return_if_fail (FD_IS_ACCOUNT (account));
  g_return_if_fail (kind != NULL);
  g_return_if_fail (secret != NULL);

  if ((entry = entry_key_new (account, kind, fd_secrets_store_async, callback, user_data)))
    fd_keyring_task_store (&entry_ops, entry, label, secret, fd_secrets_store_async,
                           cancellable, callback, user_data);
}

gboolean
fd_secrets_store_finish (GAsyncResult  *result,
                         GError       **error)
{
  return fd_keyring_task_finish_boolean (result, fd_secrets_store_async, error);
}

void
fd_secrets_lookup_async (FdAccount           *account,
                         const char          *kind,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  EntryKey *entry;

  g_return_if_fail (FD_IS_ACCOUNT (account));
  g_return_if_fail (kind != NULL);

  if ((entry = entry_key_new (account, kind, fd_secrets_lookup_async, callback, user_data)))
    fd_keyring_task_lookup (&entry_ops, entry, fd_secrets_lookup_async, cancellable, callback, user_data);
}

char *
fd_secrets_lookup_finish (GAsyncResult  *result,
                          GError       **error)
{
  return fd_keyring_task_finish_secret (result, fd_secrets_lookup_async, error);
}

void
fd_secrets_clear_async (FdAccount           *account,
                        const char          *kind,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  EntryKey *entry;

  g_return_if_fail (FD_IS_ACCOUNT (account));

  if ((entry = entry_key_new (account, kind, fd_secrets_clear_async, callback, user_data)))
    fd_keyring_task_clear (&entry_ops, entry, fd_secrets_clear_async, cancellable, callback, user_data);
}

gboolean
fd_secrets_clear_finish (GAsyncResult  *result,
                         GError       **error)
{
  return fd_keyring_task_finish_boolean (result, fd_secrets_clear_async, error);
}
