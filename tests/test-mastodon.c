/* test-mastodon.c: the Mastodon channel against the stand-in server.
 *
 * Needs a session bus with an unlocked keyring (tests/run-headless.sh):
 * tokens live only there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libsoup/soup.h>
#include <sqlite3.h>
#include <string.h>

#include "fd-account.h"
#include "fd-account-setup.h"
#include "fd-outbox.h"
#include "fd-secrets.h"
#include "fd-sync-manager.h"
#include "fd-test-network-monitor.h"
#include "fd-test-sync.h"
#include "fd-test-util.h"
#include "mastodon-stand-in.h"
#include "providers/mastodon/fd-mastodon-auth.h"
#include "fd-listening.h"
#include "providers/mastodon/fd-mastodon-provider.h"
#include "providers/mastodon/fd-mastodon.h"

#define CUSTOMER "alice@elsewhere.example"

typedef struct
{
  char                 *dir;
  FdStore              *store;
  MastodonStandIn      *server;
  FdTestNetworkMonitor *monitor;
  FdSyncManager        *manager;
  FdAccount            *account;
  FdProvider           *provider;
} Fixture;

static gint64
query_int (FdStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static char *
query_text (FdStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

static gint64
message_id_for (Fixture    *f,
                const char *remote_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM messages WHERE channel = 'mastodon' AND remote_id = '%s'",
                                          remote_id);
  return query_int (f->store, sql);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  f->server = mastodon_stand_in_new ();
  mastodon_stand_in_set_max_characters (f->server, 640);

  f->account = fd_account_new ("mastodon", "@shop@" MASTODON_STAND_IN_DOMAIN, mastodon_stand_in_get_url (f->server));
  fd_account_set_setting_int (f->account, "page-size", 2);
  fd_account_set_setting_int (f->account, "timeout-ms", 3000);
  fd_account_set_setting_int (f->account, "stream-retry-ms", 50);
  fd_account_save (f->account, f->store, &error);
  g_assert_no_error (error);

  /* The real keyring, as in the app. */
  fd_secrets_store_sync (f->account, "access-token", "test",
                         mastodon_stand_in_get_token (f->server), NULL, &error);
  g_assert_no_error (error);

  f->monitor = fd_test_network_monitor_new ();
  f->manager = fd_sync_manager_new (f->dir, G_NETWORK_MONITOR (f->monitor));
  g_object_set (f->manager, "poll-interval", 60000, "backoff-base", 10, "backoff-max", 100, NULL);
  f->provider = FD_PROVIDER (fd_mastodon_provider_new (f->account));
  fd_sync_manager_add_account (f->manager, f->account, f->provider);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  fd_sync_manager_stop (f->manager);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  fd_secrets_clear_sync (f->account, NULL, NULL, NULL);
  g_clear_object (&f->manager);
  g_clear_object (&f->monitor);
  g_clear_object (&f->provider);
  g_clear_object (&f->account);
  g_clear_object (&f->store);
  g_clear_pointer (&f->server, mastodon_stand_in_free);
  fd_test_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static gboolean
sync_once (Fixture  *f,
           GError  **out_error)
{
  return fd_test_sync_once (f->manager, out_error);
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* OAuth: the test plays the browser. */

typedef struct
{
  gboolean      done;
  GError       *error;
  char         *text;
  GBytes       *body;
  guint         status;
  FdTranslator *engine;
} Result;

static void
register_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Result *r = user_data;

  fd_mastodon_auth_register_finish (FD_MASTODON_AUTH (object), result, &r->error);
  r->done = TRUE;
}

static void
wait_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Result *r = user_data;

  r->text = fd_mastodon_auth_wait_for_code_finish (FD_MASTODON_AUTH (object), result, &r->error);
  r->done = TRUE;
}

static void
exchange_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Result *r = user_data;

  r->text = fd_mastodon_auth_exchange_code_finish (FD_MASTODON_AUTH (object), result, &r->error);
  r->done = TRUE;
}

static void
browser_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Result *r = user_data;

  r->body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &r->error);
  r->status = soup_message_get_status (soup_session_get_async_result_message (SOUP_SESSION (object), result));
  r->done = TRUE;
}

static void
wait_result (Result *r)
{
  while (!r->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
result_clear (Result *r)
{
  g_clear_error (&r->error);
  g_clear_pointer (&r->text, g_free);
  g_clear_pointer (&r->body, g_bytes_unref);
  r->done = FALSE;
  r->status = 0;
}

static void
browse (SoupSession *session,
        const char  *url,
        Result      *r)
{
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", url);

  g_assert_nonnull (msg);
  soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, NULL, browser_cb, r);
}

static void
test_oauth (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdMastodonAuth) auth = fd_mastodon_auth_new (mastodon_stand_in_get_url (f->server), &error);
  g_autoptr(SoupSession) browser = soup_session_new ();
  g_autoptr(FdAccount) account = NULL;
  g_autofree char *url = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *page = NULL;
  g_autofree char *code = NULL;
  Result r = { 0 };
  Result b = { 0 };

  g_assert_no_error (error);

  fd_mastodon_auth_register_async (auth, NULL, register_cb, &r);
  wait_result (&r);
  g_assert_no_error (r.error);
  result_clear (&r);
  g_assert_true (g_str_has_prefix (fd_mastodon_auth_get_redirect_uri (auth), "http://127.0.0.1:"));

  url = fd_mastodon_auth_build_authorize_url (auth, FALSE);
  g_assert_nonnull (strstr (url, "code_challenge_method=S256"));
  g_assert_nonnull (strstr (url, "scope=read%3Aaccounts"));

  /* The browser follows the server's redirect to the loopback callback. */
  fd_mastodon_auth_wait_for_code_async (auth, NULL, wait_cb, &r);
  browse (browser, url, &b);
  wait_result (&b);
  wait_result (&r);
  g_assert_no_error (b.error);
  g_assert_cmpuint (b.status, ==, 200);
  page = g_strndup (g_bytes_get_data (b.body, NULL), g_bytes_get_size (b.body));
  g_assert_nonnull (strstr (page, "You can close this tab"));
  g_assert_no_error (r.error);
  code = g_strdup (r.text);
  result_clear (&r);
  result_clear (&b);

  fd_mastodon_auth_exchange_code_async (auth, code, NULL, exchange_cb, &r);
  wait_result (&r);
  g_assert_no_error (r.error);
  g_assert_cmpstr (r.text, ==, mastodon_stand_in_get_token (f->server));
  result_clear (&r);

  /* A code works once. */
  fd_mastodon_auth_exchange_code_async (auth, code, NULL, exchange_cb, &r);
  wait_result (&r);
  g_assert_error (r.error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_DENIED);
  result_clear (&r);

  /* The loopback server served once and is gone. */
  {
    g_autofree char *callback = g_strdup_printf ("%s?code=x&state=y", fd_mastodon_auth_get_redirect_uri (auth));

    browse (browser, callback, &b);
    wait_result (&b);
    g_assert_true (b.error != NULL || b.status == SOUP_STATUS_GONE);
    result_clear (&b);
  }

  /* Pasting the code instead. */
  g_free (url);
  url = fd_mastodon_auth_build_authorize_url (auth, TRUE);
  g_assert_nonnull (strstr (url, "urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob"));
  browse (browser, url, &b);
  wait_result (&b);
  g_assert_no_error (b.error);
  g_free (page);
  page = g_strndup (g_bytes_get_data (b.body, NULL), g_bytes_get_size (b.body));
  g_free (code);
  code = g_strndup (strstr (page, "code-"), strcspn (strstr (page, "code-"), "<"));
  result_clear (&b);
  fd_mastodon_auth_exchange_code_async (auth, code, NULL, exchange_cb, &r);
  wait_result (&r);
  g_assert_no_error (r.error);

  /* The token goes to the keyring, the account to the store. */
  account = fd_mastodon_account_add_sync (f->dir, mastodon_stand_in_get_url (f->server), r.text, NULL, &error);
  g_assert_no_error (error);
  result_clear (&r);
  g_assert_cmpstr (fd_account_get_name (account), ==, "@shop@" MASTODON_STAND_IN_DOMAIN);
  stored = fd_secrets_lookup_sync (account, "access-token", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, mastodon_stand_in_get_token (f->server));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM accounts WHERE settings LIKE '%token%'"), ==, 0);

  /* A wrong token is refused and nothing is saved. */
  g_clear_object (&account);
  account = fd_mastodon_account_add_sync (f->dir, mastodon_stand_in_get_url (f->server), "wrong", NULL, &error);
  g_assert_null (account);
  g_assert_error (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_DENIED);
}

/* Nobody comes back from the browser: the loopback server stops
 * listening after its timeout and the sign-in says so. */
static void
test_listen_timeout (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdMastodonAuth) auth = fd_mastodon_auth_new (mastodon_stand_in_get_url (f->server), &error);
  g_autoptr(SoupSession) browser = soup_session_new ();
  g_autofree char *callback = NULL;
  g_autofree char *url = NULL;
  g_autofree char *page = NULL;
  g_autofree char *code = NULL;
  gboolean expired = FALSE;
  gint64 started;
  guint guard;
  Result r = { 0 };
  Result b = { 0 };

  g_assert_no_error (error);
  fd_mastodon_auth_set_listen_timeout (auth, 300);
  /* The server starts listening when Frontdesk registers. */
  started = g_get_monotonic_time ();
  fd_mastodon_auth_register_async (auth, NULL, register_cb, &r);
  wait_result (&r);
  g_assert_no_error (r.error);
  result_clear (&r);
  callback = g_strdup_printf ("%s?code=late&state=x", fd_mastodon_auth_get_redirect_uri (auth));

  fd_mastodon_auth_wait_for_code_async (auth, NULL, wait_cb, &r);
  guard = g_timeout_add_seconds (20, timeout_cb, &expired);
  while (!r.done && !expired)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (expired);
  g_source_remove (guard);
  g_assert_error (r.error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_TIMED_OUT);
  g_assert_nonnull (strstr (r.error->message, "Start signing in again"));
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 300 * 1000);
  g_assert_null (r.text);
  result_clear (&r);

  /* Nothing listens on that port any more. */
  browse (browser, callback, &b);
  wait_result (&b);
  g_assert_error (b.error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED);
  result_clear (&b);

  /* Waiting again says the same at once. */
  fd_mastodon_auth_wait_for_code_async (auth, NULL, wait_cb, &r);
  wait_result (&r);
  g_assert_error (r.error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_TIMED_OUT);
  result_clear (&r);

  /* Pasting the code the server shows still signs in. */
  url = fd_mastodon_auth_build_authorize_url (auth, TRUE);
  browse (browser, url, &b);
  wait_result (&b);
  g_assert_no_error (b.error);
  page = g_strndup (g_bytes_get_data (b.body, NULL), g_bytes_get_size (b.body));
  code = g_strndup (strstr (page, "code-"), strcspn (strstr (page, "code-"), "<"));
  result_clear (&b);
  fd_mastodon_auth_exchange_code_async (auth, code, NULL, exchange_cb, &r);
  wait_result (&r);
  g_assert_no_error (r.error);
  g_assert_cmpstr (r.text, ==, mastodon_stand_in_get_token (f->server));
  result_clear (&r);
}

/* Signing in is done once, when the person asks: a failure that may
 * pass says to try again, not that Frontdesk will (it will not). */
static void
test_signin_errors (Fixture       *f,
                    gconstpointer  data)
{
  static const MastodonFault faults[] = { MASTODON_FAULT_500, MASTODON_FAULT_BAD_JSON, MASTODON_FAULT_429 };

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FdMastodonAuth) auth = fd_mastodon_auth_new (mastodon_stand_in_get_url (f->server), &error);
      g_autoptr(FdAccount) account = NULL;
      Result r = { 0 };

      g_assert_no_error (error);
      mastodon_stand_in_add_fault (f->server, "POST /api/v1/apps", faults[i], 1);
      fd_mastodon_auth_register_async (auth, NULL, register_cb, &r);
      wait_result (&r);
      g_assert_nonnull (r.error);
      g_test_message ("%s", r.error->message);
      g_assert_null (strstr (r.error->message, "Frontdesk will try again"));
      g_assert_null (strstr (r.error->message, "resumes by itself"));
      g_assert_nonnull (strstr (r.error->message, "Try again"));
      result_clear (&r);

      /* Checking a pasted token is signing in too. */
      mastodon_stand_in_add_fault (f->server, "/api/v1/accounts/verify_credentials", faults[i], 1);
      account = fd_mastodon_account_add_sync (f->dir, mastodon_stand_in_get_url (f->server),
                                              mastodon_stand_in_get_token (f->server), NULL, &error);
      g_assert_null (account);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_null (strstr (error->message, "Frontdesk will try again"));
      g_assert_nonnull (strstr (error->message, "Try again"));
      mastodon_stand_in_clear_faults (f->server);
    }
}

static FdAccount *
load_account (Fixture *f,
              gint64   id)
{
  g_autoptr(GError) error = NULL;
  FdAccount *account = fd_account_load (f->store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (account);
  return account;
}

/* A second server that reports the very handle (and account id) of an
 * account on the first: signing in there is another account, and the
 * first one keeps its server. */
static void
test_signin_other_server (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(MastodonStandIn) other = mastodon_stand_in_new ();
  g_autoptr(FdAccount) on_a = NULL;
  g_autoptr(FdAccount) on_b = NULL;
  g_autoptr(FdAccount) again_a = NULL;
  g_autoptr(FdAccount) again_b = NULL;
  g_autoptr(FdAccount) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url_a = fd_mastodon_normalize_server (mastodon_stand_in_get_url (f->server), NULL);
  g_autofree char *url_b = fd_mastodon_normalize_server (mastodon_stand_in_get_url (other), NULL);

  g_assert_cmpstr (url_a, !=, url_b);

  /* The fixture's account, saved before sign-ins kept the server's id. */
  on_a = fd_mastodon_account_add_sync (f->dir, mastodon_stand_in_get_url (f->server),
                                       mastodon_stand_in_get_token (f->server), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd_account_get_id (on_a), ==, fd_account_get_id (f->account));

  on_b = fd_mastodon_account_add_sync (f->dir, mastodon_stand_in_get_url (other),
                                       mastodon_stand_in_get_token (other), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fd_account_get_name (on_b), ==, fd_account_get_name (on_a));
  g_assert_cmpint (fd_account_get_id (on_b), !=, fd_account_get_id (on_a));
  g_assert_cmpstr (fd_account_get_address (on_b), ==, url_b);

  reloaded = load_account (f, fd_account_get_id (on_a));
  g_assert_cmpstr (fd_account_get_address (reloaded), ==, url_a);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM accounts WHERE channel = 'mastodon'"), ==, 2);

  /* Signing in again finds each account on its own server. */
  again_a = fd_mastodon_account_add_sync (f->dir, mastodon_stand_in_get_url (f->server),
                                          mastodon_stand_in_get_token (f->server), NULL, &error);
  g_assert_no_error (error);
  again_b = fd_mastodon_account_add_sync (f->dir, mastodon_stand_in_get_url (other),
                                          mastodon_stand_in_get_token (other), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd_account_get_id (again_a), ==, fd_account_get_id (on_a));
  g_assert_cmpint (fd_account_get_id (again_b), ==, fd_account_get_id (on_b));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM accounts WHERE channel = 'mastodon'"), ==, 2);
  g_clear_object (&reloaded);
  reloaded = load_account (f, fd_account_get_id (on_a));
  g_assert_cmpstr (fd_account_get_address (reloaded), ==, url_a);
}

/* Adding the account as frontdesk-cli does, by the channel's name and
 * parameters (fd-account-setup.h): signing in again finds it. */
static void
test_setup_by_parameters (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GHashTable) params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(FdAccount) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;

  g_assert_false (fd_account_setup_check ("mastodon", params, &error));
  g_assert_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID);
  g_clear_error (&error);

  g_hash_table_insert (params, g_strdup ("server"), g_strdup (mastodon_stand_in_get_url (f->server)));
  g_assert_null (fd_account_setup_add_sync (f->dir, "mastodon", params, "wrong", NULL, NULL, &error));
  g_assert_error (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_DENIED);
  g_clear_error (&error);

  account = fd_account_setup_add_sync (f->dir, "mastodon", params, mastodon_stand_in_get_token (f->server),
                                       NULL, NULL, &error);
  g_assert_no_error (error);
  /* The fixture's account, signed in again. */
  g_assert_cmpint (fd_account_get_id (account), ==, fd_account_get_id (f->account));
  token = fd_secrets_lookup_sync (account, "access-token", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (token, ==, mastodon_stand_in_get_token (f->server));

  again = fd_account_setup_add_sync (f->dir, "mastodon", params, mastodon_stand_in_get_token (f->server),
                                     NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd_account_get_id (again), ==, fd_account_get_id (account));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM accounts"), ==, 1);
}

static void
translator_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Result *r = user_data;

  r->engine = fd_provider_new_translator_finish (result, &r->error);
  r->done = TRUE;
}

/* The server translates the posts it knows: the engine comes from the
 * account through its channel's provider, signed in from the keyring. */
static void
test_translator_from_account (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(FdAccount) mail = fd_account_new ("email", "shop@example.com", "shop@example.com");
  FdTranslationRequest post = { "Hola", "es", "en", "mastodon", "109348", };
  FdTranslationRequest letter = { "Hola", "es", "en", "email", "<a@example.com>", };
  Result r = { 0, };

  g_assert_true (fd_provider_channel_has_translator ("mastodon"));
  g_assert_false (fd_provider_channel_has_translator ("email"));

  fd_provider_new_translator_async (f->account, NULL, translator_cb, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (r.error);
  g_assert_nonnull (r.engine);
  g_assert_cmpstr (fd_translator_get_name (r.engine), ==, "mastodon");
  g_assert_true (fd_translator_accepts (r.engine, &post));
  g_assert_false (fd_translator_accepts (r.engine, &letter));
  g_clear_object (&r.engine);

  /* No engine for a channel whose server does not translate. */
  r.done = FALSE;
  fd_provider_new_translator_async (mail, NULL, translator_cb, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (r.error);
  g_assert_null (r.engine);

  /* Nor without a sign-in. */
  fd_secrets_clear_sync (f->account, NULL, NULL, NULL);
  r.done = FALSE;
  fd_provider_new_translator_async (f->account, NULL, translator_cb, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (r.error);
  g_assert_null (r.engine);
}

static void
test_insecure (Fixture       *f,
               gconstpointer  data)
{
  const struct {
    const char *input;
    const char *expected;
  } good[] = {
    { "mastodon.social", "https://mastodon.social" },
    { "https://Mastodon.Example/", "https://mastodon.example" },
    { "@ana@mastodon.example", "https://mastodon.example" },
    { "http://127.0.0.1:3000", "http://127.0.0.1:3000" },
    { "http://127.9.9.9", "http://127.9.9.9" },
    { "http://localhost:8080", "http://localhost:8080" },
    { "http://[::1]:3000", "http://[::1]:3000" },
  };
  const char *insecure[] = { "http://mastodon.example", "http://10.0.0.1", "http://128.0.0.1", "http://[::2]" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = fd_mastodon_normalize_server (good[i].input, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (normalized, ==, good[i].expected);
    }

  for (guint i = 0; i < G_N_ELEMENTS (insecure); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FdMastodonAuth) auth = fd_mastodon_auth_new (insecure[i], &error);
      g_autoptr(FdAccount) account = NULL;

      g_assert_null (auth);
      g_assert_error (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_INSECURE);
      g_test_message ("%s", error->message);
      g_clear_error (&error);

      account = fd_mastodon_account_add_sync (f->dir, insecure[i], "token", NULL, &error);
      g_assert_null (account);
      g_assert_error (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_INSECURE);
    }
}

static void
test_sync_pages (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *root = NULL;
  g_autofree char *reply = NULL;
  g_autofree char *thread = NULL;
  g_autofree char *text = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *handle = NULL;
  g_autofree char *sql = NULL;
  guint requests;

  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *text_i = g_strdup_printf ("Order %u did not arrive", i);
      g_autofree char *id = mastodon_stand_in_add_status (f->server, CUSTOMER, text_i, "public", NULL, TRUE, "en");
    }
  mastodon_stand_in_add_favourite (f->server, "bob@elsewhere.example");

  g_assert_true (sync_once (f, NULL));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 7);
  requests = mastodon_stand_in_count_requests (f->server, "/api/v1/notifications");
  g_assert_cmpuint (requests, >=, 4);

  /* New mentions, one in a thread, over several pages forward. */
  root = mastodon_stand_in_add_status (f->server, "bob@elsewhere.example", "Is the shop open on Sunday?", "public",
                                       NULL, FALSE, "en");
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *text_i = g_strdup_printf ("¿Dónde está mi pedido %u?", i);
      g_autofree char *id = mastodon_stand_in_add_status (f->server, CUSTOMER, text_i, "public", NULL, TRUE, "es");
    }
  reply = mastodon_stand_in_add_status (f->server, CUSTOMER, "Same question & more", "public", root, TRUE, "en");

  g_assert_true (sync_once (f, NULL));
  g_assert_cmpuint (mastodon_stand_in_count_requests (f->server, "/api/v1/notifications"), >=, requests + 3);
  /* 7 + 4 + the reply + the root as context */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 13);

  sql = g_strdup_printf ("SELECT c.remote_id FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                         " WHERE m.remote_id = '%s'", reply);
  thread = query_text (f->store, sql);
  g_assert_cmpstr (thread, ==, root);
  g_free (sql);
  sql = g_strdup_printf ("SELECT state FROM messages WHERE remote_id = '%s'", root);
  g_assert_cmpint (query_int (f->store, sql), ==, FD_MESSAGE_STATE_READ);
  g_free (sql);
  sql = g_strdup_printf ("SELECT text FROM messages WHERE remote_id = '%s'", reply);
  text = query_text (f->store, sql);
  g_assert_cmpstr (text, ==, "@shop Same question & more");

  lang = query_text (f->store, "SELECT lang FROM messages WHERE text LIKE '%pedido 2%'");
  g_assert_cmpstr (lang, ==, "es");
  handle = query_text (f->store, "SELECT i.handle FROM messages m JOIN identities i ON i.id = m.identity_id"
                                 " WHERE m.text LIKE '%pedido 2%'");
  g_assert_cmpstr (handle, ==, "@" CUSTOMER);

  /* Nothing new: nothing added. */
  g_assert_true (sync_once (f, NULL));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 13);

  /* The server's limits reached the account for the composer. */
  g_assert_cmpuint (fd_mastodon_get_max_characters (f->account), ==, 640);
  g_assert_cmpint (query_int (f->store, "SELECT json_extract(settings, '$.max-characters') FROM accounts"), ==, 640);
  {
    gint64 remaining = -1;

    fd_provider_get_rate_limit (f->provider, &remaining, NULL);
    g_assert_cmpint (remaining, >=, 0);
  }
}

static void
test_dm_dedupe (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *id = NULL;
  g_autofree char *sql = NULL;

  id = mastodon_stand_in_add_status (f->server, CUSTOMER, "My address is 1 Main St", "direct", NULL, TRUE, "en");

  g_assert_true (sync_once (f, NULL));
  g_assert_cmpuint (mastodon_stand_in_count_requests (f->server, "/api/v1/conversations"), >=, 1);
  sql = g_strdup_printf ("SELECT count(*) FROM messages WHERE remote_id = '%s'", id);
  g_assert_cmpint (query_int (f->store, sql), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 1);
  {
    g_autoptr(FdMessage) message = fd_store_get_message (f->store, message_id_for (f, id), NULL);

    g_assert_cmpstr (fd_message_get_visibility (message), ==, "direct");
  }

  /* And again, through both paths forward. */
  g_free (id);
  id = mastodon_stand_in_add_status (f->server, CUSTOMER, "And my phone is 555", "direct", NULL, TRUE, "en");
  g_assert_true (sync_once (f, NULL));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 2);
}

static GPtrArray *
own_statuses (Fixture *f)
{
  return mastodon_stand_in_dup_own_statuses (f->server);
}

static void
test_lost_reply (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) posted = NULL;
  g_autofree char *id = mastodon_stand_in_add_status (f->server, CUSTOMER, "Where is my parcel?", "public", NULL, TRUE, "en");
  g_autofree char *key = NULL;
  g_autofree char *remote = NULL;
  MastodonOwnStatus *status;
  gint64 reply_id;

  g_assert_true (sync_once (f, NULL));
  reply_id = fd_test_queue_reply (f->store, message_id_for (f, id), "It left today.", &error);
  g_assert_no_error (error);

  /* The server posts it, then the connection drops: the answer is lost. */
  mastodon_stand_in_add_fault (f->server, "POST /api/v1/statuses", MASTODON_FAULT_DROP_AFTER, 1);
  g_assert_true (sync_once (f, NULL));

  posted = own_statuses (f);
  g_assert_cmpuint (posted->len, ==, 1);
  status = g_ptr_array_index (posted, 0);
  g_assert_cmpuint (status->n_posts, ==, 2);
  g_assert_cmpstr (status->in_reply_to, ==, id);
  g_assert_nonnull (strstr (status->text, "@" CUSTOMER));

  key = query_text (f->store, "SELECT idempotency_key FROM outbox");
  g_assert_cmpstr (status->key, ==, key);
  g_assert_cmpint (query_int (f->store, "SELECT state FROM outbox"), ==, FD_OUTBOX_SENT);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT remote_id FROM messages WHERE id = %" G_GINT64_FORMAT, reply_id);

    remote = query_text (f->store, sql);
  }
  g_assert_cmpstr (remote, ==, status->id);
}

static void
test_private_reply (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) posted = NULL;
  g_autofree char *id = mastodon_stand_in_add_status (f->server, CUSTOMER, "You charged me twice!", "public", NULL, TRUE, "en");
  const char *secret = "Refund of 42 EUR to card ending 1234 is on its way.";
  g_autoptr(FdOutbox) outbox = fd_outbox_new (f->store);
  g_autoptr(FdReplyRequest) leak = NULL;
  g_autoptr(FdReplyRequest) request = NULL;
  g_autoptr(GArray) queued = NULL;
  MastodonOwnStatus *dm;
  MastodonOwnStatus *note;

  g_assert_true (sync_once (f, NULL));

  /* A note repeating the private text is refused at once. */
  leak = fd_reply_request_new_private (message_id_for (f, id), secret,
                                       "Sorry! Refund of 42 EUR to card ending 1234 is on its way.");
  g_assert_null (fd_outbox_queue_reply (outbox, leak, &error));
  g_assert_error (error, FD_OUTBOX_ERROR, FD_OUTBOX_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM outbox"), ==, 0);

  request = fd_reply_request_new_private (message_id_for (f, id), secret,
                                          "Sorry about that, we sent you a private message.");
  queued = fd_outbox_queue_reply (outbox, request, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (queued->len, ==, 1);
  g_assert_true (sync_once (f, NULL));

  posted = own_statuses (f);
  g_assert_cmpuint (posted->len, ==, 2);
  dm = g_ptr_array_index (posted, 0);
  note = g_ptr_array_index (posted, 1);
  g_assert_cmpstr (dm->visibility, ==, "direct");
  g_assert_true (g_str_has_prefix (dm->text, "@" CUSTOMER " "));
  g_assert_nonnull (strstr (dm->text, secret));
  g_assert_cmpstr (note->visibility, ==, "public");
  g_assert_nonnull (strstr (note->text, "@" CUSTOMER));
  g_assert_null (strstr (note->text, "42 EUR"));
  g_assert_cmpstr (note->in_reply_to, ==, id);
  g_assert_cmpint (query_int (f->store, "SELECT state FROM outbox"), ==, FD_OUTBOX_SENT);
}

static void
test_visibility (Fixture       *f,
                 gconstpointer  data)
{
  const struct {
    const char *visibility;
    const char *expected;
    gboolean    unlisted_setting;
  } cases[] = {
    { "public", "public", FALSE },
    { "unlisted", "unlisted", FALSE },
    { "private", "private", FALSE },
    { "direct", "direct", FALSE },
    { "public", "unlisted", TRUE },
    { "private", "private", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) posted = NULL;
      g_autofree char *text = g_strdup_printf ("Question %u", i);
      g_autofree char *id = mastodon_stand_in_add_status (f->server, CUSTOMER, text, cases[i].visibility, NULL, TRUE, "en");
      MastodonOwnStatus *status;

      fd_account_set_setting_string (f->account, FD_MASTODON_SETTING_PUBLIC_REPLY,
                                     cases[i].unlisted_setting ? "unlisted" : "public");
      g_assert_true (sync_once (f, NULL));
      /* Already mentioned: not mentioned twice. */
      fd_test_queue_reply (f->store, message_id_for (f, id), "@" CUSTOMER " here is the answer", &error);
      g_assert_no_error (error);
      g_assert_true (sync_once (f, NULL));

      posted = own_statuses (f);
      g_assert_cmpuint (posted->len, ==, i + 1);
      status = g_ptr_array_index (posted, i);
      g_assert_cmpstr (status->visibility, ==, cases[i].expected);
      g_assert_cmpstr (status->text, ==, "@" CUSTOMER " here is the answer");
    }

  g_assert_cmpint (fd_mastodon_reply_visibility (FD_MASTODON_VISIBILITY_DIRECT, FD_MASTODON_VISIBILITY_PUBLIC),
                   ==, FD_MASTODON_VISIBILITY_DIRECT);
  g_assert_cmpint (fd_mastodon_visibility_from_string ("limited"), ==, FD_MASTODON_VISIBILITY_DIRECT);
}

static void
error_kind_cb (FdAccount  *account,
               GParamSpec *pspec,
               gboolean   *seen)
{
  if (fd_account_get_error_kind (account) == FD_ACCOUNT_ERROR_RATE_LIMITED)
    *seen = TRUE;
}

static void
test_rate_limit (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *id = mastodon_stand_in_add_status (f->server, CUSTOMER, "Hello?", "public", NULL, TRUE, "en");
  gboolean seen = FALSE;
  gint64 start;

  g_signal_connect (f->account, "notify::error-kind", G_CALLBACK (error_kind_cb), &seen);
  mastodon_stand_in_set_retry_after (f->server, 2);
  mastodon_stand_in_add_fault (f->server, "/api/v1/notifications", MASTODON_FAULT_429, 1);

  start = g_get_monotonic_time ();
  g_assert_true (sync_once (f, NULL));
  /* The backoff is 10 ms; only Retry-After explains the wait. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 1900 * 1000);
  g_assert_true (seen);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 1);
  g_signal_handlers_disconnect_by_func (f->account, error_kind_cb, &seen);
}

static void
test_bad_answers (Fixture       *f,
                  gconstpointer  data)
{
  const MastodonFault faults[] = { MASTODON_FAULT_BAD_JSON, MASTODON_FAULT_DEEP_JSON, MASTODON_FAULT_500 };

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = g_strdup_printf ("Message %u", i);
      g_autofree char *id = mastodon_stand_in_add_status (f->server, CUSTOMER, text, "public", NULL, TRUE, "en");

      /* More failures than one run retries. */
      mastodon_stand_in_add_fault (f->server, "/api/v1/notifications", faults[i], 20);
      g_assert_false (sync_once (f, &error));
      g_assert_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY);
      g_assert_cmpint (fd_account_get_state (f->account), ==, FD_ACCOUNT_STATE_ERROR);
      g_assert_cmpint (fd_account_get_error_kind (f->account), ==, FD_ACCOUNT_ERROR_NETWORK);
      g_assert_nonnull (strstr (fd_account_get_error_message (f->account), "Frontdesk will try again"));
      g_test_message ("%s", fd_account_get_error_message (f->account));
      /* Refused before json-glib recurses into it, and said why. */
      if (faults[i] == MASTODON_FAULT_DEEP_JSON)
        g_assert_nonnull (strstr (fd_account_get_error_message (f->account), "more than 64 levels deep"));

      /* The server recovers: so does the account. */
      mastodon_stand_in_clear_faults (f->server);
      g_assert_true (sync_once (f, NULL));
      g_assert_cmpint (fd_account_get_state (f->account), ==, FD_ACCOUNT_STATE_IDLE);
      g_assert_cmpint (message_id_for (f, id), >, 0);
    }
}

static void
test_count (Fixture       *f,
            gconstpointer  data)
{
  const struct {
    const char *text;
    guint       count;
  } cases[] = {
    { "", 0 },
    { "hello", 5 },
    { "https://example.com/a/very/long/path/that/is/long?x=1", 23 },
    { "see https://x.org.", 4 + 23 + 1 },
    { "http://a.b and https://c.d", 23 + 5 + 23 },
    { "@alice@mastodon.example hi", 9 },
    { "@alice hi", 9 },
    { "mail me: ana@example.com", 24 },
    { "caf\xc3\xa9", 4 },
    { "cafe\xcc\x81", 4 },                                         /* e + combining acute */
    { "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", 1 },                         /* thumbs up, skin tone */
    { "\xf0\x9f\x87\xab\xf0\x9f\x87\xb7", 1 },                         /* flag of France */
    { "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7", 1 },  /* family (ZWJ) */
    { "\xe2\x9d\xa4\xef\xb8\x8f", 1 },                                 /* heart + VS16 */
    { "a\r\nb", 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpuint (fd_mastodon_count_characters (cases[i].text, 23), ==, cases[i].count);
    }

  /* Defaults before the first sync (the channel's), the server's after it. */
  g_assert_cmpuint (fd_mastodon_get_max_characters (f->account), ==, 500);
  g_assert_cmpuint (fd_account_get_max_reply_chars (f->account), ==, 500);
  g_assert_cmpint (fd_mastodon_get_characters_left (f->account, "hello"), ==, 495);
  mastodon_stand_in_set_v1_only (f->server, TRUE);
  g_assert_true (sync_once (f, NULL));
  g_assert_cmpuint (mastodon_stand_in_count_requests (f->server, "/api/v1/instance"), ==, 1);
  g_assert_cmpuint (fd_mastodon_get_max_characters (f->account), ==, 640);
  g_assert_cmpuint (fd_account_get_max_reply_chars (f->account), ==, 640);
  {
    g_autoptr(FdAccount) mail = fd_account_new ("email", "shop@example.com", "shop@example.com");

    /* No limit for a letter. */
    g_assert_cmpuint (fd_account_get_max_reply_chars (mail), ==, 0);
  }
}

static void
remote_changed_cb (FdProvider *provider,
                   guint      *n)
{
  (*n)++;
}

static gboolean
wait_until (gboolean (*cond) (gpointer), gpointer data, guint timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_cb, &timed_out);

  while (!cond (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);

  return cond (data);
}

static gboolean
has_stream (gpointer data)
{
  return mastodon_stand_in_get_n_streams (((Fixture *) data)->server) == 1;
}

static gboolean
changed_once (gpointer data)
{
  return *(guint *) data >= 1;
}

static gboolean
changed_twice (gpointer data)
{
  return *(guint *) data >= 2;
}

static void
test_streaming (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  g_signal_connect (f->provider, "remote-changed", G_CALLBACK (remote_changed_cb), &n_changed);
  g_assert_true (fd_provider_supports_push (f->provider));
  g_assert_true (fd_provider_start_push (f->provider, &error));
  g_assert_no_error (error);
  g_assert_true (wait_until (has_stream, f, 5000));

  /* Not a mention: nothing to fetch. */
  mastodon_stand_in_stream_event (f->server, "notification", "{\"id\":\"9-x\",\"type\":\"favourite\"}");
  mastodon_stand_in_stream_event (f->server, "notification", "{\"id\":\"8-x\",\"type\":\"mention\"}");
  g_assert_true (wait_until (changed_once, &n_changed, 5000));
  g_assert_cmpuint (n_changed, ==, 1);
  mastodon_stand_in_stream_event (f->server, "conversation", "{\"id\":\"c\"}");
  g_assert_true (wait_until (changed_twice, &n_changed, 5000));

  /* An event nested too deep to parse is checked like a malformed one. */
  {
    g_autofree char *deep = g_strnfill (500000, '[');

    n_changed = 0;
    mastodon_stand_in_stream_event (f->server, "notification", deep);
    g_assert_true (wait_until (changed_once, &n_changed, 5000));
    g_assert_cmpuint (mastodon_stand_in_get_n_streams (f->server), ==, 1);
  }

  /* The server goes away and comes back: reconnect, then catch up. */
  n_changed = 0;
  mastodon_stand_in_close_streams (f->server);
  g_assert_true (wait_until (changed_once, &n_changed, 5000));
  g_assert_true (wait_until (has_stream, f, 5000));

  /* Stopped: events no longer reach the engine. */
  fd_provider_stop_push (f->provider);
  n_changed = 0;
  mastodon_stand_in_stream_event (f->server, "conversation", "{\"id\":\"c\"}");
  g_assert_false (wait_until (changed_once, &n_changed, 300));
  g_signal_handlers_disconnect_by_func (f->provider, remote_changed_cb, &n_changed);
}

static void
test_listening (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) posts = NULL;
  g_autofree char *tagged = NULL;
  g_autofree char *keyword = NULL;
  g_autofree char *other = NULL;
  g_autofree char *later = NULL;
  gint64 account_id = fd_account_get_id (f->account);
  gint64 message_id;

  g_assert_cmpint (fd_listening_add (f->store, account_id, "#FrontDesk", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (fd_listening_add (f->store, account_id, "broken widget", &error), >, 0);
  g_assert_cmpint (fd_listening_add (f->store, account_id, "#frontdesk", &error), ==, 1);
  g_assert_cmpint (fd_listening_add (f->store, account_id, "#no spaces", &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  tagged = mastodon_stand_in_add_status (f->server, "bob@elsewhere.example", "Loving #frontdesk today", "public",
                                         NULL, FALSE, "en");
  keyword = mastodon_stand_in_add_status (f->server, "carol@elsewhere.example", "My broken widget again", "public",
                                          NULL, FALSE, "en");
  other = mastodon_stand_in_add_status (f->server, "dan@elsewhere.example", "Nice weather", "public", NULL, FALSE, "en");

  g_assert_true (sync_once (f, NULL));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM messages"), ==, 0);
  posts = fd_listening_list_posts (f->store, account_id, 0, 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (posts->len, ==, 2);

  terms = fd_listening_list_terms (f->store, account_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (terms->len, ==, 2);

  /* Forward from the cursor: only what is new. */
  later = mastodon_stand_in_add_status (f->server, "erin@elsewhere.example", "#FrontDesk rocks", "public",
                                        NULL, FALSE, "en");
  g_assert_true (sync_once (f, NULL));
  g_clear_pointer (&posts, g_ptr_array_unref);
  posts = fd_listening_list_posts (f->store, account_id, 0, 50, &error);
  g_assert_cmpuint (posts->len, ==, 3);
  g_assert_cmpstr (((FdListeningPost *) g_ptr_array_index (posts, 0))->remote_id, ==, later);
  g_assert_cmpstr (((FdListeningPost *) g_ptr_array_index (posts, 0))->term, ==, "#frontdesk");

  /* Keyset paging */
  {
    g_autoptr(GPtrArray) older = fd_listening_list_posts (f->store, account_id,
                                                          ((FdListeningPost *) g_ptr_array_index (posts, 0))->id,
                                                          50, &error);
    g_assert_cmpuint (older->len, ==, 2);
  }

  /* Adopting: an unread message of the account, answerable. */
  message_id = fd_listening_adopt_post (f->store, ((FdListeningPost *) g_ptr_array_index (posts, 0))->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (message_id, >, 0);
  g_assert_cmpint (message_id, ==, message_id_for (f, later));
  g_assert_cmpint (fd_listening_adopt_post (f->store, ((FdListeningPost *) g_ptr_array_index (posts, 0))->id, &error),
                   ==, message_id);
  {
    g_autoptr(FdMessage) message = fd_store_get_message (f->store, message_id, &error);

    g_assert_no_error (error);
    g_assert_cmpint (fd_message_get_state (message), ==, FD_MESSAGE_STATE_UNREAD);
    g_assert_cmpint (fd_message_get_account_id (message), ==, account_id);
  }
  g_assert_cmpint (fd_test_queue_reply (f->store, message_id, "Thanks for the kind words!", &error), >, 0);
  g_assert_true (sync_once (f, NULL));
  {
    g_autoptr(GPtrArray) posted = own_statuses (f);

    g_assert_cmpuint (posted->len, ==, 1);
    g_assert_cmpstr (((MastodonOwnStatus *) g_ptr_array_index (posted, 0))->in_reply_to, ==, later);
  }
  (void) tagged;
  (void) keyword;
  (void) other;
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/mastodon/oauth", test_oauth);
  ADD ("/mastodon/insecure", test_insecure);
  ADD ("/mastodon/signin-other-server", test_signin_other_server);
  ADD ("/mastodon/setup-by-parameters", test_setup_by_parameters);
  ADD ("/mastodon/translator-from-account", test_translator_from_account);
  ADD ("/mastodon/listen-timeout", test_listen_timeout);
  ADD ("/mastodon/signin-errors", test_signin_errors);
  ADD ("/mastodon/sync-pages", test_sync_pages);
  ADD ("/mastodon/dm-dedupe", test_dm_dedupe);
  ADD ("/mastodon/lost-reply", test_lost_reply);
  ADD ("/mastodon/private-reply", test_private_reply);
  ADD ("/mastodon/visibility", test_visibility);
  ADD ("/mastodon/rate-limit", test_rate_limit);
  ADD ("/mastodon/bad-answers", test_bad_answers);
  ADD ("/mastodon/count", test_count);
  ADD ("/mastodon/streaming", test_streaming);
  ADD ("/mastodon/listening", test_listening);

  return g_test_run ();
}
