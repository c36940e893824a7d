/* test-account-setup.c: adding accounts through the channels' set-up
 * forms (fd-account-setup-form.h), as the window does: the fields each
 * channel asks, discover on the email channel against a stand-in
 * autoconfig server, Mastodon's browser sign-in against its stand-in, and
 * adding with a real Dovecot, where a failure leaves nothing behind.
 *
 * Run under tests/run-headless.sh (a D-Bus session with an unlocked
 * keyring): secrets go through libsecret as in real use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "fd-account.h"
#include "fd-account-setup.h"
#include "fd-account-setup-form.h"
#include "fd-secrets.h"
#include "fd-store.h"
#include "fd-test-dovecot.h"
#include "fd-test-keyring.h"
#include "fd-test-server.h"
#include "fd-test-util.h"
#include "mastodon-stand-in.h"
#include "providers/email/fd-email-config.h"
#include "providers/mastodon/fd-mastodon.h"

typedef struct
{
  gboolean    done;
  GObject    *object;
  GError     *error;
  FdAccount  *account;
  GHashTable *found;
  char       *text;
  char       *note;
  GBytes     *body;
} Result;

static void
result_clear (Result *r)
{
  g_clear_error (&r->error);
  g_clear_object (&r->account);
  g_clear_pointer (&r->found, g_hash_table_unref);
  g_clear_pointer (&r->text, g_free);
  g_clear_pointer (&r->note, g_free);
  g_clear_pointer (&r->body, g_bytes_unref);
  r->done = FALSE;
}

static void
wait_result (Result *r)
{
  while (!r->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
added_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Result *r = user_data;

  r->account = fd_account_setup_add_finish (result, &r->note, &r->error);
  r->done = TRUE;
}

static void
discovered_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Result *r = user_data;

  r->found = fd_account_setup_discover_finish (result, &r->note, &r->error);
  r->done = TRUE;
}

static void
started_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Result *r = user_data;

  fd_browser_sign_in_start_finish (FD_BROWSER_SIGN_IN (object), result, &r->error);
  r->done = TRUE;
}

static void
code_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Result *r = user_data;

  r->text = fd_browser_sign_in_wait_for_code_finish (FD_BROWSER_SIGN_IN (object), result, &r->error);
  r->done = TRUE;
}

static void
exchanged_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Result *r = user_data;

  r->text = fd_browser_sign_in_exchange_code_finish (FD_BROWSER_SIGN_IN (object), result, &r->error);
  r->done = TRUE;
}

static void
browsed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Result *r = user_data;

  r->body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &r->error);
  r->done = TRUE;
}

static GHashTable *
params_new (const char *first_key,
            ...)
{
  GHashTable *params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  va_list args;

  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    g_hash_table_insert (params, g_strdup (key), g_strdup (va_arg (args, const char *)));
  va_end (args);

  return params;
}

static gint64
count_accounts (FdStore *store)
{
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;

  accounts = fd_account_load_all (store, &error);
  g_assert_no_error (error);
  return accounts->len;
}

/* Forms */

static gboolean
lists (GPtrArray  *channels,
       const char *channel)
{
  for (guint i = 0; i < channels->len; i++)
    if (g_str_equal (g_ptr_array_index (channels, i), channel))
      return TRUE;
  return FALSE;
}

/* Every form is complete enough for the window to build its page. */
static void
check_form (const char *channel)
{
  const FdAccountSetupForm *form = fd_account_setup_get_form (channel);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_secrets = 0;

  g_assert_nonnull (form);
  g_assert_nonnull (form->title);
  g_assert_nonnull (form->summary);
  g_assert_nonnull (form->intro);
  g_assert_nonnull (form->fields);
  g_assert_nonnull (form->fields[0].id);

  for (const FdSetupField *field = form->fields; field->id != NULL; field++)
    {
      g_assert_false (g_hash_table_contains (ids, field->id));
      g_hash_table_add (ids, (gpointer) field->id);
      g_assert_nonnull (field->label);
      g_assert_true (fd_account_setup_form_get_field (form, field->id) == field);
      if (field->flags & FD_SETUP_FIELD_SECRET)
        n_secrets++;
      if (field->flags & FD_SETUP_FIELD_ADVANCED)
        g_assert_nonnull (form->advanced_title);
      if (field->flags & (FD_SETUP_FIELD_DISCOVER_FROM | FD_SETUP_FIELD_DISCOVERED))
        g_assert_nonnull (form->discover);
      if (field->kind == FD_SETUP_FIELD_CHOICE)
        {
          g_assert_nonnull (field->choices);
          g_assert_nonnull (field->choices[0].value);
        }
      if (field->kind == FD_SETUP_FIELD_NUMBER)
        g_assert_cmpint (field->min, <, field->max);
    }

  /* A secret is typed, or comes from the browser. */
  g_assert_cmpuint (n_secrets, <=, 1);
  g_assert_true (n_secrets == 1 || form->browser_sign_in_new != NULL);
}

static void
test_forms (void)
{
  g_autoptr(GPtrArray) channels = fd_account_setup_list_channels ();
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GError) error = NULL;
  const FdAccountSetupForm *form;
  const FdSetupField *field;
  static const char *const email_ids[] = {
    "address", "auth", "password", "name", "username", "imap-host", "imap-port", "imap-security",
    "smtp-host", "smtp-port", "smtp-security", "allow-unencrypted",
    "oauth-authorize-url", "oauth-token-url", "oauth-client-id", "oauth-scope",
  };
  guint i = 0;

  /* The channels the window offers come from the providers. */
  g_assert_true (lists (channels, "email"));
  g_assert_true (lists (channels, "mastodon"));
  g_assert_true (lists (channels, "bluesky"));
  /* Bluesky: the handle and an app password; the server only for an
   * account on a server of its own. */
  form = fd_account_setup_get_form ("bluesky");
  g_assert_nonnull (form);
  g_assert_cmpstr (form->fields[0].id, ==, "handle");
  g_assert_true (fd_account_setup_form_get_secret_field (form) == fd_account_setup_form_get_field (form, "app-password"));
  g_assert_true (fd_account_setup_form_get_field (form, "service")->flags & FD_SETUP_FIELD_ADVANCED);
  g_assert_true (fd_account_setup_form_get_field (form, "service")->flags & FD_SETUP_FIELD_OPTIONAL);
  g_assert_null (form->browser_sign_in_new);
  g_assert_null (fd_account_setup_get_form ("fax"));
  for (guint c = 0; c < channels->len; c++)
    check_form (g_ptr_array_index (channels, c));

  /* Email: the address and password, the servers folded away and found
   * from the address. */
  form = fd_account_setup_get_form ("email");
  for (field = form->fields; field->id != NULL; field++, i++)
    {
      g_assert_cmpuint (i, <, G_N_ELEMENTS (email_ids));
      g_assert_cmpstr (field->id, ==, email_ids[i]);
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (email_ids));
  g_assert_cmpstr (fd_account_setup_form_get_secret_field (form)->id, ==, "password");
  g_assert_cmpint (fd_account_setup_form_get_secret_field (form)->kind, ==, FD_SETUP_FIELD_PASSWORD);
  field = fd_account_setup_form_get_field (form, "address");
  g_assert_cmpint (field->kind, ==, FD_SETUP_FIELD_EMAIL);
  g_assert_true (field->flags & FD_SETUP_FIELD_DISCOVER_FROM);
  g_assert_false (field->flags & (FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_OPTIONAL));
  g_assert_true (fd_account_setup_form_get_field (form, "name")->flags & FD_SETUP_FIELD_OPTIONAL);
  field = fd_account_setup_form_get_field (form, "imap-host");
  g_assert_cmpint (field->flags, ==, FD_SETUP_FIELD_ADVANCED | FD_SETUP_FIELD_DISCOVERED);
  field = fd_account_setup_form_get_field (form, "imap-port");
  g_assert_cmpint (field->kind, ==, FD_SETUP_FIELD_NUMBER);
  g_assert_cmpstr (field->default_value, ==, "993");
  g_assert_cmpint (field->max, ==, 65535);
  field = fd_account_setup_form_get_field (form, "smtp-security");
  g_assert_cmpint (field->kind, ==, FD_SETUP_FIELD_CHOICE);
  g_assert_cmpstr (field->choices[0].value, ==, "tls");
  g_assert_cmpstr (field->choices[1].value, ==, "starttls");
  g_assert_cmpstr (field->choices[2].value, ==, "none");
  g_assert_null (field->choices[3].value);
  g_assert_true (fd_account_setup_can_discover ("email"));

  /* "Allow unencrypted" is asked only once a server goes without. */
  field = fd_account_setup_form_get_field (form, "allow-unencrypted");
  g_assert_cmpint (field->kind, ==, FD_SETUP_FIELD_SWITCH);
  g_assert_true (field->flags & FD_SETUP_FIELD_WARNING);
  params = params_new ("imap-security", "tls", "smtp-security", "starttls", NULL);
  g_assert_false (fd_setup_field_is_shown (field, params));
  g_hash_table_replace (params, g_strdup ("smtp-security"), g_strdup ("none"));
  g_assert_true (fd_setup_field_is_shown (field, params));
  g_assert_true (fd_setup_field_is_shown (fd_account_setup_form_get_field (form, "address"), params));
  g_assert_false (fd_account_setup_offers_browser_sign_in ("email", params));
  g_assert_null (fd_account_setup_browser_sign_in_new ("email", params, &error));
  g_assert_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_NOT_SUPPORTED);
  g_clear_error (&error);
  g_clear_pointer (&params, g_hash_table_unref);

  /* Mastodon: only the server; the secret comes from the browser. */
  form = fd_account_setup_get_form ("mastodon");
  g_assert_cmpstr (form->fields[0].id, ==, "server");
  g_assert_cmpint (form->fields[0].kind, ==, FD_SETUP_FIELD_URL);
  g_assert_null (form->fields[1].id);
  g_assert_null (fd_account_setup_form_get_secret_field (form));
  g_assert_false (fd_account_setup_can_discover ("mastodon"));
  params = params_new ("server", "mastodon.example", NULL);
  g_assert_true (fd_account_setup_offers_browser_sign_in ("mastodon", params));
}

/* Discover */

static const char autoconfig_xml[] =
  "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"shop.example\">"
  "<incomingServer type=\"imap\"><hostname>imap.shop.example</hostname><port>993</port>"
  "<socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>"
  "<outgoingServer type=\"smtp\"><hostname>smtp.shop.example</hostname><port>587</port>"
  "<socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username></outgoingServer>"
  "</emailProvider></clientConfig>";

static void
autoconfig_cb (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  if (!g_str_equal (path, "/config-v1.1.xml"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/xml", SOUP_MEMORY_STATIC,
                                    autoconfig_xml, strlen (autoconfig_xml));
}

/* A resolver that knows no name: no DNS records for the domain. */
#define TEST_TYPE_RESOLVER (test_resolver_get_type ())
G_DECLARE_FINAL_TYPE (TestResolver, test_resolver, TEST, RESOLVER, GResolver)

struct _TestResolver
{
  GResolver parent_instance;
};

G_DEFINE_FINAL_TYPE (TestResolver, test_resolver, G_TYPE_RESOLVER)

static GList *
test_resolver_lookup_service (GResolver     *resolver,
                              const char    *rrname,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_set_error (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND, "no record for %s", rrname);
  return NULL;
}

static void
test_resolver_class_init (TestResolverClass *klass)
{
  G_RESOLVER_CLASS (klass)->lookup_service = test_resolver_lookup_service;
}

static void
test_resolver_init (TestResolver *self)
{
}

static void
test_discover_email (void)
{
  FdTestServer *server = fd_test_server_start ("autoconfig", autoconfig_cb, NULL, NULL, NULL);
  g_autoptr(GResolver) saved = g_resolver_get_default ();
  g_autoptr(TestResolver) resolver = g_object_new (TEST_TYPE_RESOLVER, NULL);
  g_autoptr(GHashTable) params = params_new ("address", "ann@shop.example", NULL);
  g_autofree char *url = g_strdup_printf ("%s/config-v1.1.xml", fd_test_server_get_url (server));
  const FdAccountSetupForm *form = fd_account_setup_get_form ("email");
  Result r = { 0 };
  GHashTableIter iter;
  gpointer key;

  g_setenv ("FRONTDESK_AUTOCONFIG_URL", url, TRUE);
  g_resolver_set_default (G_RESOLVER (resolver));

  fd_account_setup_discover_async ("email", params, NULL, discovered_cb, &r);
  wait_result (&r);
  g_assert_no_error (r.error);
  g_assert_nonnull (r.found);
  g_assert_cmpstr (g_hash_table_lookup (r.found, "imap-host"), ==, "imap.shop.example");
  g_assert_cmpstr (g_hash_table_lookup (r.found, "imap-port"), ==, "993");
  g_assert_cmpstr (g_hash_table_lookup (r.found, "imap-security"), ==, "tls");
  g_assert_cmpstr (g_hash_table_lookup (r.found, "smtp-host"), ==, "smtp.shop.example");
  g_assert_cmpstr (g_hash_table_lookup (r.found, "smtp-port"), ==, "587");
  g_assert_cmpstr (g_hash_table_lookup (r.found, "smtp-security"), ==, "starttls");
  g_assert_cmpstr (g_hash_table_lookup (r.found, "username"), ==, "ann@shop.example");
  /* Says where the settings came from. */
  g_assert_nonnull (r.note);
  g_assert_nonnull (strstr (r.note, url));
  /* Only what the form says discover fills in. */
  g_hash_table_iter_init (&iter, r.found);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (fd_account_setup_form_get_field (form, key)->flags & FD_SETUP_FIELD_DISCOVERED);
  result_clear (&r);

  /* Nothing to discover from: the person is told what to type. */
  g_hash_table_replace (params, g_strdup ("address"), g_strdup ("ann"));
  fd_account_setup_discover_async ("email", params, NULL, discovered_cb, &r);
  wait_result (&r);
  g_assert_null (r.found);
  g_assert_error (r.error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID);
  result_clear (&r);

  /* No settings anywhere: the error points at the server settings. */
  fd_test_server_stop (server);
  g_setenv ("FRONTDESK_AUTOCONFIG_URL", "http://127.0.0.1:1/config-v1.1.xml", TRUE);
  g_hash_table_replace (params, g_strdup ("address"), g_strdup ("ann@shop.example"));
  fd_account_setup_discover_async ("email", params, NULL, discovered_cb, &r);
  wait_result (&r);
  g_assert_null (r.found);
  g_assert_error (r.error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (r.error->message, "shop.example"));
  g_assert_cmpstr (fd_account_setup_error_field ("email", r.error), ==, "imap-host");
  result_clear (&r);

  /* Mastodon has nothing to discover. */
  fd_account_setup_discover_async ("mastodon", params, NULL, discovered_cb, &r);
  wait_result (&r);
  g_assert_error (r.error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_NOT_SUPPORTED);
  result_clear (&r);

  g_resolver_set_default (saved);
  g_unsetenv ("FRONTDESK_AUTOCONFIG_URL");
}

/* Adding an email account with a real Dovecot */

static GHashTable *
dovecot_params (FdTestDovecot *dovecot)
{
  g_autofree char *imap_port = g_strdup_printf ("%u", dovecot->imap_port);
  g_autofree char *smtp_port = g_strdup_printf ("%u", dovecot->submission_port);

  return params_new ("address", FD_TEST_FIRM, "name", "Shop",
                     "imap-host", "127.0.0.1", "imap-port", imap_port, "imap-security", "none",
                     "smtp-host", "127.0.0.1", "smtp-port", smtp_port, "smtp-security", "none",
                     NULL);
}

static void
test_add_email (void)
{
  g_autoptr(FdTestDovecot) dovecot = fd_test_dovecot_start (FALSE);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *stored = NULL;
  const char *profile;
  Result r = { 0 };

  if (dovecot == NULL)
    return;

  dir = fd_test_make_data_dir ();
  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  profile = fd_store_get_profile_id (store);
  params = dovecot_params (dovecot);

  /* A wrong password: the error says so and points at the password;
   * nothing is kept, neither the account nor a secret. */
  fd_account_setup_add_async (dir, "email", params, "wrong", NULL, added_cb, &r);
  wait_result (&r);
  g_assert_null (r.account);
  g_assert_error (r.error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_AUTH);
  g_assert_cmpstr (fd_account_setup_error_field ("email", r.error), ==, "password");
  result_clear (&r);
  g_assert_cmpint (count_accounts (store), ==, 0);
  g_assert_cmpuint (fd_test_keyring_count (profile), ==, 0);

  /* No server there: the error points at the server settings. */
  g_hash_table_replace (params, g_strdup ("imap-port"), g_strdup ("1"));
  fd_account_setup_add_async (dir, "email", params, FD_TEST_PASSWORD, NULL, added_cb, &r);
  wait_result (&r);
  g_assert_null (r.account);
  g_assert_error (r.error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_CONNECT);
  g_assert_cmpstr (fd_account_setup_error_field ("email", r.error), ==, "imap-host");
  result_clear (&r);
  g_assert_cmpint (count_accounts (store), ==, 0);
  g_assert_cmpuint (fd_test_keyring_count (profile), ==, 0);
  g_clear_pointer (&params, g_hash_table_unref);
  params = dovecot_params (dovecot);

  /* Cancelled before the servers answered: nothing either. */
  g_cancellable_cancel (cancellable);
  fd_account_setup_add_async (dir, "email", params, FD_TEST_PASSWORD, cancellable, added_cb, &r);
  wait_result (&r);
  g_assert_null (r.account);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  result_clear (&r);
  g_assert_cmpint (count_accounts (store), ==, 0);
  g_assert_cmpuint (fd_test_keyring_count (profile), ==, 0);

  /* The right one: the account and its password, together. */
  fd_account_setup_add_async (dir, "email", params, FD_TEST_PASSWORD, NULL, added_cb, &r);
  wait_result (&r);
  g_assert_no_error (r.error);
  g_assert_nonnull (r.account);
  g_assert_cmpint (fd_account_get_id (r.account), >, 0);
  g_assert_cmpstr (fd_account_get_name (r.account), ==, "Shop");
  g_assert_cmpstr (fd_account_get_address (r.account), ==, FD_TEST_FIRM);
  /* The servers were given: nothing was looked up. */
  g_assert_null (r.note);
  g_assert_cmpint (count_accounts (store), ==, 1);
  stored = fd_secrets_lookup_sync (r.account, "password", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, FD_TEST_PASSWORD);
  fd_secrets_clear_sync (r.account, "password", NULL, NULL);
  result_clear (&r);

  fd_test_rmdir (dir);
}

/* A server with a certificate of its own: refused with its fingerprint,
 * accepted once that fingerprint is trusted, among others (the window
 * sends every one the person trusted on the page). */
static void
test_trust_certificates (void)
{
  g_autoptr(FdTestDovecot) dovecot = fd_test_dovecot_start (TRUE);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *imap_port = NULL;
  g_autofree char *smtp_port = NULL;
  g_autofree char *trusted = NULL;
  Result r = { 0 };

  if (dovecot == NULL)
    return;

  dir = fd_test_make_data_dir ();
  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  imap_port = g_strdup_printf ("%u", dovecot->imaps_port);
  smtp_port = g_strdup_printf ("%u", dovecot->submission_port);
  params = params_new ("address", FD_TEST_FIRM,
                       "imap-host", "127.0.0.1", "imap-port", imap_port, "imap-security", "tls",
                       "smtp-host", "127.0.0.1", "smtp-port", smtp_port, "smtp-security", "starttls",
                       NULL);

  fd_account_setup_add_async (dir, "email", params, FD_TEST_PASSWORD, NULL, added_cb, &r);
  wait_result (&r);
  g_assert_null (r.account);
  g_assert_error (r.error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_UNTRUSTED_CERTIFICATE);
  g_assert_cmpstr (fd_account_setup_error_get_fingerprint (r.error), ==, dovecot->cert_fingerprint);
  result_clear (&r);
  g_assert_cmpint (count_accounts (store), ==, 0);

  trusted = g_strdup_printf ("00:11:22:33 %s", dovecot->cert_fingerprint);
  g_hash_table_insert (params, g_strdup ("trust-certificate"), g_strdup (trusted));
  fd_account_setup_add_async (dir, "email", params, FD_TEST_PASSWORD, NULL, added_cb, &r);
  wait_result (&r);
  g_assert_no_error (r.error);
  g_assert_nonnull (r.account);
  g_assert_cmpint (count_accounts (store), ==, 1);
  fd_secrets_clear_sync (r.account, "password", NULL, NULL);
  result_clear (&r);

  fd_test_rmdir (dir);
}

/* Signing in to Mastodon with the browser */

static void
browse (SoupSession *session,
        const char  *url,
        Result      *r)
{
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", url);

  g_assert_nonnull (msg);
  soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, NULL, browsed_cb, r);
}

static void
test_browser_mastodon (void)
{
  MastodonStandIn *server = mastodon_stand_in_new ();
  g_autoptr(SoupSession) browser = soup_session_new ();
  g_autoptr(FdBrowserSignIn) sign_in = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *uri = NULL;
  g_autofree char *token = NULL;
  g_autofree char *stored = NULL;
  Result r = { 0 };
  Result b = { 0 };

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);

  /* Without a server, or with one that would get the token in clear. */
  params = params_new (NULL, NULL);
  g_assert_null (fd_account_setup_browser_sign_in_new ("mastodon", params, &error));
  g_assert_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID);
  g_clear_error (&error);
  g_hash_table_replace (params, g_strdup ("server"), g_strdup ("http://social.example"));
  g_assert_null (fd_account_setup_browser_sign_in_new ("mastodon", params, &error));
  g_assert_error (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_INSECURE);
  g_assert_cmpstr (fd_account_setup_error_field ("mastodon", error), ==, "server");
  g_clear_error (&error);

  g_hash_table_replace (params, g_strdup ("server"), g_strdup (mastodon_stand_in_get_url (server)));
  sign_in = fd_account_setup_browser_sign_in_new ("mastodon", params, &error);
  g_assert_no_error (error);
  g_assert_true (FD_IS_BROWSER_SIGN_IN (sign_in));

  fd_browser_sign_in_start_async (sign_in, NULL, started_cb, &r);
  wait_result (&r);
  g_assert_no_error (r.error);
  result_clear (&r);
  g_assert_true (fd_browser_sign_in_can_receive_code (sign_in));

  /* The browser comes back to Frontdesk with the code. */
  uri = fd_browser_sign_in_build_authorize_uri (sign_in, FALSE);
  g_assert_true (g_str_has_prefix (uri, mastodon_stand_in_get_url (server)));
  fd_browser_sign_in_wait_for_code_async (sign_in, NULL, code_cb, &r);
  browse (browser, uri, &b);
  wait_result (&b);
  wait_result (&r);
  g_assert_no_error (b.error);
  g_assert_no_error (r.error);
  g_assert_nonnull (r.text);

  fd_browser_sign_in_exchange_code_async (sign_in, r.text, NULL, exchanged_cb, &r);
  r.done = FALSE;
  g_clear_pointer (&r.text, g_free);
  wait_result (&r);
  g_assert_no_error (r.error);
  token = g_steal_pointer (&r.text);
  g_assert_cmpstr (token, ==, mastodon_stand_in_get_token (server));
  result_clear (&r);
  result_clear (&b);

  /* Adding with the token saves the account as the server names it. */
  fd_browser_sign_in_update_params (sign_in, params);
  g_assert_nonnull (g_hash_table_lookup (params, "server"));
  fd_account_setup_add_async (dir, "mastodon", params, token, NULL, added_cb, &r);
  wait_result (&r);
  g_assert_no_error (r.error);
  g_assert_nonnull (r.account);
  g_assert_cmpstr (fd_account_get_name (r.account), ==, "@shop@" MASTODON_STAND_IN_DOMAIN);
  g_assert_cmpint (count_accounts (store), ==, 1);
  stored = fd_secrets_lookup_sync (r.account, "access-token", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, token);

  /* A token the server refuses adds nothing more. */
  fd_secrets_clear_sync (r.account, "access-token", NULL, NULL);
  result_clear (&r);
  fd_account_setup_add_async (dir, "mastodon", params, "not-a-token", NULL, added_cb, &r);
  wait_result (&r);
  g_assert_null (r.account);
  g_assert_nonnull (r.error);
  result_clear (&r);
  g_assert_cmpint (count_accounts (store), ==, 1);
  g_assert_cmpuint (fd_test_keyring_count (fd_store_get_profile_id (store)), ==, 0);

  mastodon_stand_in_free (server);
  fd_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/account-setup/forms", test_forms);
  g_test_add_func ("/account-setup/discover-email", test_discover_email);
  g_test_add_func ("/account-setup/add-email", test_add_email);
  g_test_add_func ("/account-setup/trust-certificates", test_trust_certificates);
  g_test_add_func ("/account-setup/browser-mastodon", test_browser_mastodon);

  return g_test_run ();
}
