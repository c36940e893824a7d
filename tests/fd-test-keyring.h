/* fd-test-keyring.h: looking into the real keyring from tests, past
 * fd-secrets.h: what it holds for a profile, and entries as an older
 * Frontdesk wrote them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsecret/secret.h>

#include "fd-secrets.h"

G_BEGIN_DECLS

static inline const SecretSchema *
fd_test_keyring_schema (void)
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

/* As the code before profile ids stored them. */
static inline const SecretSchema *
fd_test_keyring_legacy_schema (void)
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

/* How many entries the keyring holds for @profile_id. */
static inline guint
fd_test_keyring_count (const char *profile_id)
{
  g_autoptr(GHashTable) attributes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GList *items;
  guint n;

  g_hash_table_insert (attributes, (gpointer) "profile", (gpointer) profile_id);
  items = secret_password_searchv_sync (fd_test_keyring_schema (), attributes, SECRET_SEARCH_ALL,
                                        NULL, &error);
  g_assert_no_error (error);
  n = g_list_length (items);
  g_list_free_full (items, g_object_unref);

  return n;
}

static inline void
fd_test_keyring_store_legacy (int         account_id,
                              const char *kind,
                              const char *label,
                              const char *secret)
{
  g_autoptr(GError) error = NULL;

  secret_password_store_sync (fd_test_keyring_legacy_schema (), SECRET_COLLECTION_DEFAULT, label, secret,
                              NULL, &error, "account-id", account_id, "kind", kind, NULL);
  g_assert_no_error (error);
}

/* The secret of the older entry, or NULL. */
static inline char *
fd_test_keyring_lookup_legacy (int         account_id,
                               const char *kind)
{
  g_autoptr(GError) error = NULL;
  char *secret;
  char *copy;

  secret = secret_password_lookup_sync (fd_test_keyring_legacy_schema (), NULL, &error,
                                        "account-id", account_id, "kind", kind, NULL);
  g_assert_no_error (error);
  copy = g_strdup (secret);
  secret_password_free (secret);

  return copy;
}

static inline void
fd_test_keyring_clear_legacy (void)
{
  g_autoptr(GHashTable) attributes = g_hash_table_new (g_str_hash, g_str_equal);

  secret_password_clearv_sync (fd_test_keyring_legacy_schema (), attributes, NULL, NULL);
}

G_END_DECLS
