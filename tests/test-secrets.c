/* test-secrets.c: secrets in the real keyring, kept apart per profile.
 *
 * Needs a session bus with an unlocked keyring (tests/run-headless.sh).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-account.h"
#include "fd-provider.h"
#include "fd-secrets.h"
#include "fd-store.h"
#include "fd-test-keyring.h"
#include "fd-test-util.h"
#include "fd-translator-secret.h"
#include "providers/email/fd-email-provider.h"
#include "providers/mastodon/fd-mastodon-provider.h"

/* Two profiles, as two --data-dir folders would be. */
typedef struct
{
  char    *dir_a;
  char    *dir_b;
  FdStore *a;
  FdStore *b;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir_a = fd_test_make_data_dir ();
  f->dir_b = fd_test_make_data_dir ();
  f->a = fd_store_open (f->dir_a, &error);
  g_assert_no_error (error);
  f->b = fd_store_open (f->dir_b, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GHashTable) attributes = g_hash_table_new (g_str_hash, g_str_equal);

  /* Each test starts with an empty keyring. */
  secret_password_clearv_sync (fd_test_keyring_schema (), attributes, NULL, NULL);
  fd_test_keyring_clear_legacy ();
  g_clear_object (&f->a);
  g_clear_object (&f->b);
  fd_test_rmdir (f->dir_a);
  fd_test_rmdir (f->dir_b);
  g_free (f->dir_a);
  g_free (f->dir_b);
}

/* A mailbox as fd_email_account_add() saves it. */
static FdAccount *
add_email (FdStore    *store,
           const char *address,
           const char *imap_host,
           const char *smtp_host)
{
  g_autoptr(FdAccount) account = fd_account_new ("email", address, address);
  g_autoptr(GError) error = NULL;

  fd_account_set_setting_string (account, "username", address);
  fd_account_set_setting_string (account, "imap-host", imap_host);
  fd_account_set_setting_string (account, "smtp-host", smtp_host);
  g_assert_true (fd_account_save (account, store, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&account);
}

static FdAccount *
add_mastodon (FdStore    *store,
              const char *handle,
              const char *server)
{
  g_autoptr(FdAccount) account = fd_account_new ("mastodon", handle, server);
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_account_save (account, store, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&account);
}

static void
assert_lookup (FdAccount  *account,
               const char *kind,
               const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = fd_secrets_lookup_sync (account, kind, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, expected);
}

static void
store_secret (FdAccount  *account,
              const char *kind,
              const char *secret)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_secrets_store_sync (account, kind, "test", secret, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_sign_in_again (FdAccount  *account,
                      const char *kind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = fd_secrets_lookup_sync (account, kind, NULL, &error);

  g_assert_null (secret);
  g_assert_error (error, FD_SECRETS_ERROR, FD_SECRETS_ERROR_SIGN_IN_AGAIN);
  g_assert_nonnull (strstr (error->message, "Sign in again"));
}

/* Account 1 of one profile never signs in with account 1's password of
 * another. */
static void
test_profiles_apart (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FdAccount) ana = add_email (f->a, "ana@a.example", "imap.a.example", "smtp.a.example");
  g_autoptr(FdAccount) bob = add_email (f->b, "bob@b.example", "imap.b.example", "smtp.b.example");
  g_autoptr(FdAccount) ana_social = add_mastodon (f->a, "@ana@social.example", "https://social.example");
  g_autoptr(FdAccount) bob_social = add_mastodon (f->b, "@bob@other.example", "https://other.example");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (fd_store_get_profile_id (f->a), !=, fd_store_get_profile_id (f->b));
  g_assert_cmpint (fd_account_get_id (ana), ==, 1);
  g_assert_cmpint (fd_account_get_id (bob), ==, 1);
  g_assert_cmpint (fd_account_get_id (ana_social), ==, 2);
  g_assert_cmpint (fd_account_get_id (bob_social), ==, 2);

  store_secret (ana, "password", "ana-password");
  assert_lookup (bob, "password", NULL);
  store_secret (bob, "password", "bob-password");
  store_secret (ana_social, "access-token", "ana-token");
  store_secret (bob_social, "access-token", "bob-token");

  assert_lookup (ana, "password", "ana-password");
  assert_lookup (bob, "password", "bob-password");
  assert_lookup (ana_social, "access-token", "ana-token");
  assert_lookup (bob_social, "access-token", "bob-token");
  g_assert_cmpuint (fd_test_keyring_count (fd_store_get_profile_id (f->a)), ==, 2);
  g_assert_cmpuint (fd_test_keyring_count (fd_store_get_profile_id (f->b)), ==, 2);

  /* Removing one profile's account leaves the other's secrets. */
  g_assert_true (fd_secrets_clear_sync (ana, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_lookup (ana, "password", NULL);
  assert_lookup (bob, "password", "bob-password");
  assert_lookup (ana_social, "access-token", "ana-token");
}

/* The same account loaded again, in the same process or another, finds
 * its secret; the async calls agree with the blocking ones. */
static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  char **secret = user_data;
  g_autoptr(GError) error = NULL;

  *secret = fd_secrets_lookup_finish (result, &error);
  g_assert_no_error (error);
  if (*secret == NULL)
    *secret = g_strdup ("(none)");
}

static void
test_reload_and_async (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(FdAccount) ana = add_email (f->a, "ana@a.example", "imap.a.example", "smtp.a.example");
  g_autoptr(FdAccount) bob = add_email (f->b, "bob@b.example", "imap.b.example", "smtp.b.example");
  g_autoptr(FdStore) again = NULL;
  g_autoptr(FdAccount) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;

  store_secret (ana, "password", "ana-password");
  store_secret (bob, "password", "bob-password");

  again = fd_store_open (f->dir_a, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fd_store_get_profile_id (again), ==, fd_store_get_profile_id (f->a));
  reloaded = fd_account_load (again, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fd_account_get_profile_id (reloaded), ==, fd_store_get_profile_id (f->a));
  assert_lookup (reloaded, "password", "ana-password");

  fd_secrets_lookup_async (reloaded, "password", NULL, lookup_cb, &secret);
  while (secret == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (secret, ==, "ana-password");
}

/* A secret goes only to the server it was saved for: the account now
 * pointing elsewhere does not find it. */
static void
test_other_server (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(FdAccount) ana = add_email (f->a, "ana@a.example", "imap.a.example", "smtp.a.example");

  store_secret (ana, "password", "ana-password");
  fd_account_set_setting_string (ana, "imap-host", "imap.elsewhere.example");
  assert_lookup (ana, "password", NULL);
  fd_account_set_setting_string (ana, "imap-host", "imap.a.example");
  fd_account_set_setting_string (ana, "username", "someone-else");
  assert_lookup (ana, "password", NULL);
  fd_account_set_setting_string (ana, "username", "ana@a.example");
  assert_lookup (ana, "password", "ana-password");
}

/* An entry as the older code kept it, whose label names this account's
 * user and whose domain holds its servers, moves under the new key. */
static void
test_legacy_migrated (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(FdAccount) ana = add_email (f->a, "ana@a.example", "imap.a.example", "a.example");
  g_autoptr(FdAccount) social = add_mastodon (f->a, "@ana@social.example", "https://social.example");
  g_autoptr(FdAccount) bob = add_email (f->b, "bob@b.example", "imap.b.example", "smtp.b.example");
  g_autofree char *left = NULL;

  fd_test_keyring_store_legacy (1, "password", "Frontdesk password for ana@a.example", "old-ana-password");
  fd_test_keyring_store_legacy (2, "access-token", "Frontdesk: Mastodon sign-in of @ana@social.example",
                                "old-ana-token");

  /* Another profile's account 1 does not take it. */
  assert_sign_in_again (bob, "password");
  g_assert_cmpuint (fd_test_keyring_count (fd_store_get_profile_id (f->b)), ==, 0);

  assert_lookup (ana, "password", "old-ana-password");
  assert_lookup (social, "access-token", "old-ana-token");

  /* Moved: the older entries are gone, the new ones found directly. */
  left = fd_test_keyring_lookup_legacy (1, "password");
  g_assert_null (left);
  left = fd_test_keyring_lookup_legacy (2, "access-token");
  g_assert_null (left);
  g_assert_cmpuint (fd_test_keyring_count (fd_store_get_profile_id (f->a)), ==, 2);
  assert_lookup (ana, "password", "old-ana-password");
  assert_lookup (bob, "password", NULL);
}

/* The password dialog's label names the account: moved when that is its
 * address. */
static void
test_legacy_dialog_label (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(FdAccount) ana = add_email (f->a, "ana@a.example", "mail.a.example", "mail.a.example");

  fd_test_keyring_store_legacy (1, "password", "Frontdesk: ana@a.example", "typed-again");
  assert_lookup (ana, "password", "typed-again");
}

/* An entry of the older schema that is not certainly this account's is
 * not used, and stays for the profile it belongs to. */
static void
test_legacy_not_ours (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(FdAccount) ana = add_email (f->a, "ana@a.example", "imap.a.example", "smtp.a.example");
  g_autoptr(FdAccount) bob = add_email (f->b, "bob@b.example", "imap.b.example", "smtp.b.example");
  g_autoptr(FdAccount) social = add_mastodon (f->a, "@ana@social.example", "https://social.example");
  g_autofree char *left = NULL;

  /* Profile B's account 1, on another server. */
  fd_test_keyring_store_legacy (1, "password", "Frontdesk password for bob@b.example", "bob-password");
  assert_sign_in_again (ana, "password");
  left = fd_test_keyring_lookup_legacy (1, "password");
  g_assert_cmpstr (left, ==, "bob-password");
  g_assert_cmpuint (fd_test_keyring_count (fd_store_get_profile_id (f->a)), ==, 0);

  /* Its own profile still takes it. */
  assert_lookup (bob, "password", "bob-password");

  /* A name the person chose says nothing about the server. */
  fd_test_keyring_store_legacy (2, "access-token", "Frontdesk: Shop", "shop-token");
  assert_sign_in_again (social, "access-token");

  /* Signing in again stores under the new key, which wins. */
  store_secret (social, "access-token", "fresh-token");
  assert_lookup (social, "access-token", "fresh-token");
}

/* The same address, but this profile sends the password to a server
 * outside its domain (a test server, say): not moved. */
static void
test_legacy_same_user_other_domain (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(FdAccount) local = add_email (f->a, "ana@a.example", "127.0.0.1", "127.0.0.1");
  g_autoptr(FdAccount) split = add_email (f->b, "ana@a.example", "imap.a.example", "smtp.relay.example");
  g_autoptr(FdEmailProvider) provider = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  fd_test_keyring_store_legacy (1, "password", "Frontdesk password for ana@a.example", "real-password");
  assert_sign_in_again (local, "password");
  assert_sign_in_again (split, "password");
  left = fd_test_keyring_lookup_legacy (1, "password");
  g_assert_cmpstr (left, ==, "real-password");

  /* The provider asks the person to sign in, not to wait for the keyring. */
  provider = fd_email_provider_new (local, f->dir_a);
  g_assert_false (fd_provider_authenticate (FD_PROVIDER (provider), NULL, &error));
  g_assert_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH);
  g_assert_nonnull (strstr (error->message, "Sign in again"));
}

static void
test_legacy_mastodon_provider (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(FdAccount) other = add_mastodon (f->a, "@ana@social.example", "http://127.0.0.1:9");
  g_autoptr(FdMastodonProvider) provider = NULL;
  g_autoptr(GError) error = NULL;

  fd_test_keyring_store_legacy (1, "access-token", "Frontdesk: Mastodon sign-in of @ana@social.example",
                                "real-token");
  provider = fd_mastodon_provider_new (other);
  g_assert_false (fd_provider_authenticate (FD_PROVIDER (provider), NULL, &error));
  g_assert_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH);
  g_assert_nonnull (strstr (error->message, "Sign in again"));
}

/* Several older entries for one id and kind: no telling which. */
static void
test_legacy_ambiguous (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(FdAccount) ana = add_email (f->a, "ana@a.example", "imap.a.example", "smtp.a.example");
  g_autoptr(GError) error = NULL;

  /* One entry per collection: the same attributes twice. */
  fd_test_keyring_store_legacy (1, "password", "Frontdesk password for ana@a.example", "one");
  g_assert_true (secret_password_store_sync (fd_test_keyring_legacy_schema (), SECRET_COLLECTION_SESSION,
                                             "Frontdesk password for ana@a.example", "two", NULL, &error,
                                             "account-id", 1, "kind", "password", NULL));
  g_assert_no_error (error);
  {
    g_autoptr(GHashTable) attributes = g_hash_table_new (g_str_hash, g_str_equal);
    GList *items = secret_password_searchv_sync (fd_test_keyring_legacy_schema (), attributes,
                                                 SECRET_SEARCH_ALL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_length (items), ==, 2);
    g_list_free_full (items, g_object_unref);
  }

  assert_sign_in_again (ana, "password");
}

/* Removing an account forgets its older entry too, not another's. */
static void
test_clear_legacy (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(FdAccount) ana = add_email (f->a, "ana@a.example", "imap.a.example", "smtp.a.example");
  g_autoptr(FdAccount) social = add_mastodon (f->a, "@ana@social.example", "https://social.example");
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  fd_test_keyring_store_legacy (1, "password", "Frontdesk password for ana@a.example", "ana-password");
  fd_test_keyring_store_legacy (1, "refresh-token", "Frontdesk password for bob@b.example", "bob-refresh");
  fd_test_keyring_store_legacy (2, "access-token", "Frontdesk: Mastodon sign-in of @bob@b.example", "bob-token");

  g_assert_true (fd_secrets_clear_sync (ana, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fd_secrets_clear_sync (social, NULL, NULL, &error));
  g_assert_no_error (error);

  left = fd_test_keyring_lookup_legacy (1, "password");
  g_assert_null (left);
  left = fd_test_keyring_lookup_legacy (1, "refresh-token");
  g_assert_cmpstr (left, ==, "bob-refresh");
  g_free (left);
  left = fd_test_keyring_lookup_legacy (2, "access-token");
  g_assert_cmpstr (left, ==, "bob-token");
}

/* A removed account's id is not given again, so nothing left under it
 * reaches the next account. */
static void
test_new_account_new_id (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(FdAccount) first = add_email (f->a, "ana@a.example", "imap.a.example", "smtp.a.example");
  g_autoptr(FdAccount) second = NULL;
  g_autoptr(GError) error = NULL;

  store_secret (first, "password", "first-password");
  g_assert_true (fd_account_delete (first, f->a, &error));
  g_assert_no_error (error);

  second = add_email (f->a, "ana@a.example", "imap.a.example", "smtp.a.example");
  g_assert_cmpint (fd_account_get_id (second), ==, 2);
  assert_lookup (second, "password", NULL);
}

/* Translation keys belong to a profile too. */
static void
test_translator_keys (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  g_assert_true (fd_translator_secret_store_sync (f->a, "deepl", NULL, "key-a", NULL, &error));
  g_assert_no_error (error);
  key = fd_translator_secret_lookup_sync (f->b, "deepl", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (key);

  g_assert_true (fd_translator_secret_store_sync (f->b, "deepl", NULL, "key-b", NULL, &error));
  g_assert_no_error (error);
  key = fd_translator_secret_lookup_sync (f->a, "deepl", NULL, NULL, &error);
  g_assert_cmpstr (key, ==, "key-a");
  g_clear_pointer (&key, g_free);
  key = fd_translator_secret_lookup_sync (f->b, "deepl", "", NULL, &error);
  g_assert_cmpstr (key, ==, "key-b");
  g_clear_pointer (&key, g_free);

  g_assert_true (fd_translator_secret_clear_sync (f->a, "deepl", NULL, NULL, &error));
  g_assert_no_error (error);
  key = fd_translator_secret_lookup_sync (f->a, "deepl", NULL, NULL, &error);
  g_assert_null (key);
  key = fd_translator_secret_lookup_sync (f->b, "deepl", NULL, NULL, &error);
  g_assert_cmpstr (key, ==, "key-b");
  g_clear_pointer (&key, g_free);

  fd_translator_secret_clear_sync (f->b, "deepl", NULL, NULL, NULL);
}

/* A key kept for every profile goes to the first profile that asks. */
static void
test_translator_legacy_key (Fixture       *f,
                            gconstpointer  data)
{
  static const SecretSchema legacy = {
    "io.github.frontdesk.Frontdesk.Translator", SECRET_SCHEMA_NONE,
    {
      { "engine", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "url", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  char *left;

  g_assert_true (secret_password_store_sync (&legacy, SECRET_COLLECTION_DEFAULT, "old", "old-key",
                                             NULL, &error, "engine", "libretranslate",
                                             "url", "https://lt.example", NULL));
  g_assert_no_error (error);

  key = fd_translator_secret_lookup_sync (f->a, "libretranslate", "https://lt.example", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, "old-key");
  g_clear_pointer (&key, g_free);
  key = fd_translator_secret_lookup_sync (f->b, "libretranslate", "https://lt.example", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (key);
  key = fd_translator_secret_lookup_sync (f->a, "libretranslate", "https://lt.example", NULL, &error);
  g_assert_cmpstr (key, ==, "old-key");

  left = secret_password_lookup_sync (&legacy, NULL, &error, "engine", "libretranslate",
                                      "url", "https://lt.example", NULL);
  g_assert_no_error (error);
  g_assert_null (left);

  fd_translator_secret_clear_sync (f->a, "libretranslate", "https://lt.example", NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/secrets/profiles-apart", test_profiles_apart);
  ADD ("/secrets/reload-and-async", test_reload_and_async);
  ADD ("/secrets/other-server", test_other_server);
  ADD ("/secrets/legacy-migrated", test_legacy_migrated);
  ADD ("/secrets/legacy-dialog-label", test_legacy_dialog_label);
  ADD ("/secrets/legacy-not-ours", test_legacy_not_ours);
  ADD ("/secrets/legacy-same-user-other-domain", test_legacy_same_user_other_domain);
  ADD ("/secrets/legacy-mastodon-provider", test_legacy_mastodon_provider);
  ADD ("/secrets/legacy-ambiguous", test_legacy_ambiguous);
  ADD ("/secrets/clear-legacy", test_clear_legacy);
  ADD ("/secrets/new-account-new-id", test_new_account_new_id);
  ADD ("/secrets/translator-keys", test_translator_keys);
  ADD ("/secrets/translator-legacy-key", test_translator_legacy_key);

#undef ADD

  return g_test_run ();
}
