/* test-email-oauth.c: email accounts that sign in with OAuth 2.
 *
 * A real Dovecot whose oauth2 passdb checks every token with a stand-in
 * authorization server (tests/oauth-stand-in.c) by token introspection;
 * the test plays the browser. Run under tests/run-headless.sh: the
 * refresh token goes through libsecret as in real use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include "fd-account.h"
#include "fd-account-setup.h"
#include "fd-account-setup-form.h"
#include "fd-oauth.h"
#include "fd-provider.h"
#include "fd-secrets.h"
#include "fd-store.h"
#include "fd-sync-manager.h"
#include "fd-sync-run.h"
#include "fd-test-dovecot.h"
#include "fd-test-network-monitor.h"
#include "fd-test-sync.h"
#include "fd-test-util.h"
#include "goa-stand-in.h"
#include "oauth-stand-in.h"
#include "providers/email/fd-email-goa.h"
#include "providers/email/fd-email-autoconfig.h"

typedef struct
{
  OAuthStandIn          *oauth;
  FdTestDovecot         *dovecot;
  char                  *dir;
  FdStore               *store;
  FdTestNetworkMonitor  *monitor;
  FdSyncManager         *manager;
  FdAccount             *account;
} Fixture;

/* Everything logged while the test runs, debug messages included: no
 * token may appear in it. */
static GString *log_text;
static GMutex log_lock;

static GLogWriterOutput
capture_log_cb (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  g_mutex_lock (&log_lock);
  for (gsize i = 0; i < n_fields; i++)
    if (fields[i].length < 0 && fields[i].value != NULL)
      g_string_append_printf (log_text, "%s=%s\n", fields[i].key, (const char *) fields[i].value);
  g_mutex_unlock (&log_lock);

  return g_log_writer_default (level, fields, n_fields, user_data);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *introspection = NULL;

  f->oauth = oauth_stand_in_new (FD_TEST_FIRM);
  introspection = oauth_stand_in_dup_introspection_url (f->oauth);
  if (!(f->dovecot = fd_test_dovecot_start_oauth2 (FALSE, introspection, data != NULL ? data : "xoauth2 oauthbearer")))
    return;

  fd_oauth_forget_access_tokens ();
  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  f->monitor = fd_test_network_monitor_new ();
  f->manager = fd_sync_manager_new (f->dir, G_NETWORK_MONITOR (f->monitor));
  g_object_set (f->manager, "backoff-base", 20, "backoff-max", 200, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->manager != NULL)
    {
      fd_sync_manager_stop (f->manager);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  if (f->account != NULL)
    fd_secrets_clear_sync (f->account, NULL, NULL, NULL);
  g_clear_object (&f->manager);
  g_clear_object (&f->account);
  g_clear_object (&f->monitor);
  g_clear_object (&f->store);
  if (f->dir != NULL)
    fd_test_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->dovecot, fd_test_dovecot_free);
  g_clear_pointer (&f->oauth, oauth_stand_in_free);
  fd_oauth_forget_access_tokens ();
}

/* Helpers */

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
await (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static gpointer
browse_thread (gpointer data)
{
  g_autoptr(GError) error = NULL;
  char *page = oauth_stand_in_browse (data, &error);

  g_assert_no_error (error);
  return page;
}

/* Signs in as the browser would; returns the refresh token, or NULL and
 * @error. *@page: what the browser showed at the end. */
static char *
browser_sign_in (Fixture     *f,
                 GHashTable  *params,
                 char       **page,
                 GError     **error)
{
  g_autofree char *authorize_url = oauth_stand_in_dup_authorize_url (f->oauth);
  g_autofree char *token_url = oauth_stand_in_dup_token_url (f->oauth);
  g_autoptr(FdOAuthSignIn) sign_in = NULL;
  g_autoptr(GAsyncResult) started = NULL;
  g_autoptr(GAsyncResult) waited = NULL;
  g_autoptr(GAsyncResult) exchanged = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *code = NULL;
  GThread *browser;

  sign_in = fd_oauth_sign_in_new (authorize_url, token_url, OAUTH_STAND_IN_CLIENT_ID, "mail", error);
  g_assert_nonnull (sign_in);

  fd_browser_sign_in_start_async (FD_BROWSER_SIGN_IN (sign_in), NULL, store_result_cb, &started);
  g_assert_true (fd_browser_sign_in_start_finish (FD_BROWSER_SIGN_IN (sign_in), await (&started), error));
  g_assert_true (fd_browser_sign_in_can_receive_code (FD_BROWSER_SIGN_IN (sign_in)));

  uri = fd_browser_sign_in_build_authorize_uri (FD_BROWSER_SIGN_IN (sign_in), FALSE);
  g_assert_true (g_str_has_prefix (uri, authorize_url));
  g_assert_nonnull (strstr (uri, "code_challenge_method=S256"));

  browser = g_thread_new ("browser", browse_thread, uri);
  fd_browser_sign_in_wait_for_code_async (FD_BROWSER_SIGN_IN (sign_in), NULL, store_result_cb, &waited);
  code = fd_browser_sign_in_wait_for_code_finish (FD_BROWSER_SIGN_IN (sign_in), await (&waited), error);
  *page = g_thread_join (browser);
  if (code == NULL)
    return NULL;

  fd_browser_sign_in_exchange_code_async (FD_BROWSER_SIGN_IN (sign_in), code, NULL, store_result_cb, &exchanged);
  if (params != NULL)
    fd_browser_sign_in_update_params (FD_BROWSER_SIGN_IN (sign_in), params);

  return fd_browser_sign_in_exchange_code_finish (FD_BROWSER_SIGN_IN (sign_in), await (&exchanged), error);
}

static GHashTable *
server_params (Fixture *f)
{
  GHashTable *params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_hash_table_insert (params, g_strdup ("address"), g_strdup (FD_TEST_FIRM));
  g_hash_table_insert (params, g_strdup ("name"), g_strdup ("Shop"));
  g_hash_table_insert (params, g_strdup ("imap-host"), g_strdup ("127.0.0.1"));
  g_hash_table_insert (params, g_strdup ("imap-port"), g_strdup_printf ("%u", f->dovecot->imap_port));
  g_hash_table_insert (params, g_strdup ("imap-security"), g_strdup ("none"));
  g_hash_table_insert (params, g_strdup ("smtp-host"), g_strdup ("127.0.0.1"));
  g_hash_table_insert (params, g_strdup ("smtp-port"), g_strdup_printf ("%u", f->dovecot->submission_port));
  g_hash_table_insert (params, g_strdup ("smtp-security"), g_strdup ("none"));
  return params;
}

static void
add_account (Fixture *f)
{
  g_autoptr(GHashTable) params = server_params (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *page = NULL;
  g_autofree char *refresh_token = NULL;
  g_autofree char *kept = NULL;

  refresh_token = browser_sign_in (f, params, &page, &error);
  g_assert_no_error (error);
  g_assert_nonnull (refresh_token);
  g_assert_nonnull (strstr (page, "Frontdesk is signed in"));
  g_assert_cmpstr (g_hash_table_lookup (params, "auth"), ==, "oauth2");

  f->account = fd_account_setup_add_sync (f->dir, "email", params, refresh_token, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->account);

  /* The keyring has the refresh token, under its own kind; no password. */
  kept = fd_secrets_lookup_sync (f->account, "refresh-token", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kept, ==, refresh_token);
  g_assert_null (fd_secrets_lookup_sync (f->account, "password", NULL, NULL));

  g_assert_true (fd_sync_manager_load_accounts (f->manager, f->store, &error));
  g_assert_no_error (error);
}

static gboolean
sync_once (Fixture *f)
{
  return fd_test_sync_once (f->manager, NULL);
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gint64
count_messages (Fixture *f)
{
  return query_int (f, "SELECT count(*) FROM messages WHERE channel = 'email'");
}

static void
deliver (Fixture    *f,
         const char *message_id)
{
  g_autofree char *raw = g_strdup_printf ("From: Bob <" FD_TEST_CUSTOMER ">\nTo: " FD_TEST_FIRM "\n"
                                          "Subject: My order is late\nDate: Sun, 06 Dec 2026 10:00:00 +0000\n"
                                          "Message-ID: <%s>\nMIME-Version: 1.0\n"
                                          "Content-Type: text/plain; charset=utf-8\n\n"
                                          "Where is my parcel? I ordered two weeks ago.\n",
                                          message_id);

  g_assert_true (fd_test_dovecot_deliver (f->dovecot, FD_TEST_FIRM, "INBOX", raw));
}

static char *
read_dovecot_log (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dovecot->dir, "dovecot.log", NULL);
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return g_strdup ("");
  return text;
}

static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  gsize n = strlen (needle);

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return FALSE;
  /* SQLite files are binary: no string search. */
  for (gsize i = 0; i + n <= len; i++)
    if (contents[i] == needle[0] && memcmp (contents + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* Whether any file under @dir holds @needle. */
static gboolean
folder_contains (const char *dir,
                 const char *needle)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) ? folder_contains (path, needle) : file_contains (path, needle))
        return TRUE;
    }
  return FALSE;
}

static void
assert_no_token_leaked (Fixture *f)
{
  g_autoptr(GPtrArray) tokens = oauth_stand_in_dup_issued_tokens (f->oauth);

  g_assert_cmpuint (tokens->len, >, 0);
  for (guint i = 0; i < tokens->len; i++)
    {
      const char *token = g_ptr_array_index (tokens, i);

      if (folder_contains (f->dir, token))
        g_error ("A token is in the profile folder %s", f->dir);
      g_mutex_lock (&log_lock);
      g_assert_null (strstr (log_text->str, token));
      g_mutex_unlock (&log_lock);
    }
}

/* Tests */

/* Signs in with the browser, syncs, and replies over SMTP: with only
 * XOAUTH2 offered, then with OAUTHBEARER too (which Frontdesk prefers). */
static void
test_sign_in_sync_reply (Fixture       *f,
                         gconstpointer  data)
{
  const char *mechanism = data != NULL && g_str_equal (data, "xoauth2") ? "XOAUTH2" : "OAUTHBEARER";
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;
  g_autofree char *imap_login = g_strdup_printf ("imap-login: Info: Login: user=<%s>, method=%s", FD_TEST_FIRM, mechanism);
  g_autofree char *smtp_login = g_strdup_printf ("submission-login: Info: Login: user=<%s>, method=%s", FD_TEST_FIRM, mechanism);
  g_autofree char *sent = NULL;
  g_autofree char *customer = NULL;
  gint64 reply_id;

  if (f->dovecot == NULL)
    return;

  deliver (f, "o1@test.local");
  deliver (f, "o2@test.local");
  add_account (f);
  g_assert_cmpuint (oauth_stand_in_count_code_grants (f->oauth), ==, 1);

  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 2);
  /* The access token from the sign-in is still good: no refresh yet. */
  g_assert_cmpuint (oauth_stand_in_count_refresh_grants (f->oauth), ==, 0);

  reply_id = fd_test_queue_reply (f->store, query_int (f, "SELECT id FROM messages WHERE remote_id = 'o1@test.local'"),
                                  "Your parcel left today.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (reply_id, >, 0);
  g_assert_true (sync_once (f));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM outbox WHERE state = 2"), ==, 1);

  /* Out through Dovecot's submission service, signed in with a token. */
  for (guint i = 0; i < 100 && (customer == NULL || strstr (customer, "In-Reply-To") == NULL); i++)
    {
      g_free (customer);
      customer = fd_test_dovecot_doveadm (f->dovecot, NULL, "fetch", "-u", FD_TEST_CUSTOMER, "hdr",
                                          "mailbox", "INBOX", NULL);
      g_usleep (50 * 1000);
    }
  g_assert_nonnull (customer);
  g_assert_nonnull (strstr (customer, "In-Reply-To: <o1@test.local>"));

  /* And filed in Sent. */
  sent = fd_test_dovecot_doveadm (f->dovecot, NULL, "fetch", "-u", FD_TEST_FIRM, "hdr", "mailbox", "Sent", NULL);
  g_assert_nonnull (sent);
  g_assert_nonnull (strstr (sent, "In-Reply-To: <o1@test.local>"));

  log = read_dovecot_log (f);
  g_assert_nonnull (strstr (log, imap_login));
  g_assert_nonnull (strstr (log, smtp_login));
  g_assert_null (strstr (log, "method=PLAIN"));
  g_assert_cmpuint (oauth_stand_in_count_introspections (f->oauth), >=, 2);

  assert_no_token_leaked (f);
}

/* Drops the firm's IMAP connections and waits until Dovecot has let
 * them go: a kicked connection may still answer for a moment. */
static void
kick (Fixture *f)
{
  g_free (fd_test_dovecot_doveadm (f->dovecot, NULL, "kick", FD_TEST_FIRM, NULL));
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *who = fd_test_dovecot_doveadm (f->dovecot, NULL, "who", FD_TEST_FIRM, NULL);

      if (who == NULL || strstr (who, FD_TEST_FIRM) == NULL)
        return;
      g_usleep (25 * 1000);
    }
  g_error ("Dovecot kept the connections of %s", FD_TEST_FIRM);
}

/* A token with less than a minute left is renewed before it is used,
 * not after a server refuses it. */
static void
test_renew_before_expiry (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *log = NULL;
  guint renewed;

  if (f->dovecot == NULL)
    return;

  deliver (f, "x1@test.local");
  oauth_stand_in_set_lifetime (f->oauth, 30);
  /* Adding tests the login: already with a renewed token. */
  add_account (f);
  renewed = oauth_stand_in_count_refresh_grants (f->oauth);
  g_assert_cmpuint (renewed, ==, 1);
  oauth_stand_in_set_lifetime (f->oauth, 3600);

  g_assert_true (sync_once (f));
  g_assert_cmpuint (oauth_stand_in_count_refresh_grants (f->oauth), ==, renewed + 1);
  deliver (f, "x2@test.local");
  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 2);
  /* The renewed one lasts: no more renewing. */
  g_assert_cmpuint (oauth_stand_in_count_refresh_grants (f->oauth), ==, renewed + 1);

  log = read_dovecot_log (f);
  g_assert_null (strstr (log, "auth failed"));
}

typedef struct
{
  Fixture  *f;
  gboolean  done;
} MidSync;

static void
expire_mid_sync_cb (double   progress,
                    gpointer user_data)
{
  MidSync *mid = user_data;

  /* After the run signed in and before it fetches: the token dies, and so
   * does the connection, so the fetch must sign in again. */
  if (mid->done)
    return;
  mid->done = TRUE;
  oauth_stand_in_expire_access_tokens (mid->f->oauth);
  kick (mid->f);
}

static void
test_expired_mid_sync (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdProvider) provider = NULL;
  FdSyncRun *run;
  FdSyncRunResult *result;
  MidSync mid = { f, FALSE };

  if (f->dovecot == NULL)
    return;

  deliver (f, "e1@test.local");
  deliver (f, "e2@test.local");
  deliver (f, "e3@test.local");
  add_account (f);

  provider = fd_provider_new_for_account (f->account, f->dir, &error);
  g_assert_no_error (error);
  run = fd_sync_run_new (f->account, provider, f->dir);
  result = fd_sync_run_once (run, expire_mid_sync_cb, &mid, NULL);
  g_assert_true (mid.done);
  g_assert_no_error (result->error);
  fd_sync_run_result_free (result);

  /* One refresh after the refused login, and every message once. */
  g_assert_cmpuint (oauth_stand_in_count_refresh_grants (f->oauth), ==, 1);
  g_assert_cmpint (count_messages (f), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT remote_id) FROM messages WHERE channel = 'email'"), ==, 3);

  /* The next run finds nothing new and signs in with the renewed token. */
  deliver (f, "e4@test.local");
  result = fd_sync_run_once (run, NULL, NULL, NULL);
  g_assert_no_error (result->error);
  fd_sync_run_result_free (result);
  g_assert_cmpint (count_messages (f), ==, 4);
  g_assert_cmpuint (oauth_stand_in_count_refresh_grants (f->oauth), ==, 1);
  fd_sync_run_free (run);

  assert_no_token_leaked (f);
}

static gboolean
deadline_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_revoked (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdAccount) card = NULL;
  GListModel *accounts;
  gboolean waited = FALSE;
  guint refused;

  if (f->dovecot == NULL)
    return;

  deliver (f, "r1@test.local");
  add_account (f);
  g_assert_true (sync_once (f));

  /* The person revoked Frontdesk's access at the provider. */
  oauth_stand_in_revoke_refresh_tokens (f->oauth);
  oauth_stand_in_expire_access_tokens (f->oauth);
  fd_oauth_forget_access_tokens ();
  /* Open connections outlive it; the next one must sign in. */
  kick (f);

  sync_once (f);
  accounts = fd_sync_manager_get_accounts (f->manager);
  g_assert_cmpuint (g_list_model_get_n_items (accounts), ==, 1);
  card = g_list_model_get_item (accounts, 0);
  g_assert_cmpint (fd_account_get_error_kind (card), ==, FD_ACCOUNT_ERROR_NEEDS_PASSWORD);
  g_test_message ("%s", fd_account_get_error_message (card));
  g_assert_nonnull (strstr (fd_account_get_error_message (card), "Sign in again"));
  refused = oauth_stand_in_count_refused_refreshes (f->oauth);
  g_assert_cmpuint (refused, ==, 1);

  /* Running on its own, the engine does not keep asking. */
  g_assert_true (fd_sync_manager_start (f->manager, &error));
  g_assert_no_error (error);
  g_timeout_add (1500, deadline_cb, &waited);
  while (!waited)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (oauth_stand_in_count_refused_refreshes (f->oauth), ==, refused);
  fd_sync_manager_stop (f->manager);

  /* Signing in again, as the account page does: the same account, with
   * a new refresh token, syncs again. */
  {
    g_autoptr(GHashTable) params = fd_account_setup_dup_params (card);
    g_autoptr(FdAccount) again = NULL;
    g_autofree char *page = NULL;
    g_autofree char *refresh_token = NULL;
    g_autofree char *kept = NULL;
    g_autofree char *description = NULL;

    g_assert_nonnull (params);
    g_assert_cmpstr (g_hash_table_lookup (params, "auth"), ==, "oauth2");
    g_assert_true (fd_account_setup_offers_browser_sign_in ("email", params));
    description = fd_account_setup_describe_sign_in (card);
    g_assert_nonnull (strstr (description, "browser"));

    refresh_token = browser_sign_in (f, params, &page, &error);
    g_assert_no_error (error);
    again = fd_account_setup_add_sync (f->dir, "email", params, refresh_token, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (fd_account_get_id (again), ==, fd_account_get_id (f->account));
    kept = fd_secrets_lookup_sync (again, "refresh-token", NULL, &error);
    g_assert_cmpstr (kept, ==, refresh_token);

    deliver (f, "r2@test.local");
    {
      g_autoptr(FdProvider) provider = fd_provider_new_for_account (again, f->dir, &error);

      g_assert_no_error (error);
      fd_sync_manager_add_account (f->manager, again, provider);
    }
    g_assert_true (sync_once (f));
    g_assert_cmpint (count_messages (f), ==, 2);
  }
}

/* From the browser to a password and back, as the account page lets
 * the person choose: one secret at a time in the keyring. */
static void
test_switch (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(FdAccount) switched = NULL;
  g_autofree char *description = NULL;
  g_autofree char *kept = NULL;

  if (f->dovecot == NULL)
    return;

  deliver (f, "s1@test.local");
  add_account (f);

  params = fd_account_setup_dup_params (f->account);
  g_hash_table_replace (params, g_strdup ("auth"), g_strdup ("password"));
  g_assert_false (fd_account_setup_offers_browser_sign_in ("email", params));
  switched = fd_account_setup_add_sync (f->dir, "email", params, FD_TEST_PASSWORD, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd_account_get_id (switched), ==, fd_account_get_id (f->account));
  description = fd_account_setup_describe_sign_in (switched);
  g_assert_nonnull (strstr (description, "password"));
  kept = fd_secrets_lookup_sync (switched, "password", NULL, &error);
  g_assert_cmpstr (kept, ==, FD_TEST_PASSWORD);
  g_assert_null (fd_secrets_lookup_sync (switched, "refresh-token", NULL, &error));
  g_assert_no_error (error);

  /* Syncs with the password now, once the window hands the account to
   * the engine again. */
  {
    g_autoptr(FdProvider) provider = fd_provider_new_for_account (switched, f->dir, &error);

    g_assert_no_error (error);
    fd_sync_manager_add_account (f->manager, switched, provider);
  }
  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 1);
  {
    g_autofree char *log = read_dovecot_log (f);

    g_assert_nonnull (strstr (log, "method=PLAIN"));
  }

  /* And back to the browser. */
  g_clear_pointer (&params, g_hash_table_unref);
  g_clear_object (&switched);
  {
    g_autoptr(FdAccount) account = fd_account_load (f->store, fd_account_get_id (f->account), &error);
    g_autofree char *page = NULL;
    g_autofree char *refresh_token = NULL;

    params = fd_account_setup_dup_params (account);
    g_hash_table_replace (params, g_strdup ("auth"), g_strdup ("oauth2"));
    refresh_token = browser_sign_in (f, params, &page, &error);
    g_assert_no_error (error);
    switched = fd_account_setup_add_sync (f->dir, "email", params, refresh_token, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_null (fd_secrets_lookup_sync (switched, "password", NULL, &error));
    g_clear_pointer (&kept, g_free);
    kept = fd_secrets_lookup_sync (switched, "refresh-token", NULL, &error);
    g_assert_cmpstr (kept, ==, refresh_token);
  }
}

static void
test_wrong_verifier (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *page = NULL;
  g_autofree char *refresh_token = NULL;

  if (f->dovecot == NULL)
    return;

  oauth_stand_in_set_wrong_challenge (f->oauth, TRUE);
  refresh_token = browser_sign_in (f, NULL, &page, &error);
  g_assert_null (refresh_token);
  g_assert_error (error, FD_OAUTH_ERROR, FD_OAUTH_ERROR_DENIED);
  g_assert_nonnull (strstr (error->message, "PKCE verification failed"));
  g_assert_nonnull (strstr (error->message, "Start signing in again"));
  g_assert_cmpuint (oauth_stand_in_count_code_grants (f->oauth), ==, 0);
}

/* A resolver that knows only MX records. */
#define TEST_TYPE_MX_RESOLVER (test_mx_resolver_get_type ())
G_DECLARE_FINAL_TYPE (TestMxResolver, test_mx_resolver, TEST, MX_RESOLVER, GResolver)

struct _TestMxResolver
{
  GResolver parent_instance;
};

G_DEFINE_FINAL_TYPE (TestMxResolver, test_mx_resolver, G_TYPE_RESOLVER)

static GList *
test_mx_resolver_lookup_records (GResolver            *resolver,
                                 const char           *rrname,
                                 GResolverRecordType   record_type,
                                 GCancellable         *cancellable,
                                 GError              **error)
{
  const char *host = NULL;

  if (record_type == G_RESOLVER_RECORD_MX && g_str_equal (rrname, "workspace.example"))
    host = "aspmx.l.google.com";
  else if (record_type == G_RESOLVER_RECORD_MX && g_str_equal (rrname, "m365.example"))
    host = "m365-example.mail.protection.outlook.com";
  else if (record_type == G_RESOLVER_RECORD_MX && g_str_equal (rrname, "own.example"))
    host = "mx.own.example";

  if (host == NULL)
    {
      g_set_error (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND, "no record");
      return NULL;
    }
  return g_list_append (NULL, g_variant_ref_sink (g_variant_new ("(qs)", 10, host)));
}

static void
test_mx_resolver_class_init (TestMxResolverClass *klass)
{
  G_RESOLVER_CLASS (klass)->lookup_records = test_mx_resolver_lookup_records;
}

static void
test_mx_resolver_init (TestMxResolver *self)
{
}

static FdEmailConfig *
lookup_settings (const char *address)
{
  g_autoptr(GError) error = NULL;
  FdEmailConfig *config = fd_email_autoconfig_lookup (address, NULL, &error);

  if (error != NULL)
    g_test_message ("%s: %s", address, error->message);
  return config;
}

/* Autoconfig picks OAuth for Google's and Microsoft's domains, and for
 * domains whose mail they take (MX); the form fills it in; without a
 * client id in this build, the sign-in says what to do. */
static void
test_autoconfig (void)
{
  g_autoptr(GResolver) saved = g_resolver_get_default ();
  g_autoptr(GResolver) resolver = g_object_new (TEST_TYPE_MX_RESOLVER, NULL);
  const char *oauth_addresses[][2] = {
    { "shop@gmail.com", "https://oauth2.googleapis.com/token" },
    { "shop@googlemail.com", "https://oauth2.googleapis.com/token" },
    { "shop@outlook.com", "https://login.microsoftonline.com/common/oauth2/v2.0/token" },
    { "shop@hotmail.com", "https://login.microsoftonline.com/common/oauth2/v2.0/token" },
    { "shop@live.com", "https://login.microsoftonline.com/common/oauth2/v2.0/token" },
    { "shop@workspace.example", "https://oauth2.googleapis.com/token" },
    { "shop@m365.example", "https://login.microsoftonline.com/common/oauth2/v2.0/token" },
  };
  g_autoptr(FdEmailConfig) own = NULL;
  g_autoptr(FdEmailConfig) yahoo = NULL;
  g_autoptr(GHashTable) params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(FdBrowserSignIn) sign_in = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("FRONTDESK_AUTOCONFIG_URL", "http://127.0.0.1:1/config-v1.1.xml", TRUE);
  g_resolver_set_default (resolver);

  for (guint i = 0; i < G_N_ELEMENTS (oauth_addresses); i++)
    {
      g_autoptr(FdEmailConfig) config = lookup_settings (oauth_addresses[i][0]);

      g_assert_nonnull (config);
      g_assert_cmpint (config->auth, ==, FD_EMAIL_AUTH_OAUTH2);
      g_assert_cmpstr (config->oauth_token_url, ==, oauth_addresses[i][1]);
      g_assert_nonnull (config->oauth_authorize_url);
      g_assert_nonnull (config->oauth_scope);
    }
  {
    g_autoptr(FdEmailConfig) config = lookup_settings ("shop@m365.example");

    g_assert_cmpstr (config->imap_host, ==, "outlook.office365.com");
    g_assert_cmpstr (config->smtp_host, ==, "smtp.office365.com");
    g_assert_cmpint (config->smtp_security, ==, FD_EMAIL_SECURITY_STARTTLS);
  }

  /* Elsewhere, passwords as before. */
  yahoo = lookup_settings ("shop@yahoo.com");
  g_assert_nonnull (yahoo);
  g_assert_cmpint (yahoo->auth, ==, FD_EMAIL_AUTH_PASSWORD);
  own = lookup_settings ("shop@own.example");
  g_assert_null (own);

  /* The form offers the browser for OAuth only. */
  g_hash_table_insert (params, g_strdup ("address"), g_strdup ("shop@gmail.com"));
  g_hash_table_insert (params, g_strdup ("auth"), g_strdup ("password"));
  g_assert_false (fd_account_setup_offers_browser_sign_in ("email", params));
  g_hash_table_insert (params, g_strdup ("auth"), g_strdup ("oauth2"));
  g_assert_true (fd_account_setup_offers_browser_sign_in ("email", params));

  sign_in = fd_account_setup_browser_sign_in_new ("email", params, &error);
  if (*GOOGLE_CLIENT_ID == '\0')
    {
      g_assert_null (sign_in);
      g_assert_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "client id"));
      g_clear_error (&error);
    }
  else
    g_clear_object (&sign_in);

  /* A client id typed in is enough: the endpoints are Google's. */
  g_hash_table_insert (params, g_strdup ("oauth-client-id"), g_strdup ("typed-client-id"));
  sign_in = fd_account_setup_browser_sign_in_new ("email", params, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sign_in);
  {
    g_autoptr(GAsyncResult) started = NULL;
    g_autofree char *uri = NULL;

    fd_browser_sign_in_start_async (sign_in, NULL, store_result_cb, &started);
    g_assert_true (fd_browser_sign_in_start_finish (sign_in, await (&started), &error));
    uri = fd_browser_sign_in_build_authorize_uri (sign_in, FALSE);
    g_assert_true (g_str_has_prefix (uri, "https://accounts.google.com/"));
    g_assert_nonnull (strstr (uri, "client_id=typed-client-id"));
    g_assert_nonnull (strstr (uri, "access_type=offline"));
    g_assert_nonnull (strstr (uri, "login_hint=shop%40gmail.com"));
    g_assert_nonnull (strstr (uri, "redirect_uri=http%3A%2F%2F127.0.0.1%3A"));
  }

  g_resolver_set_default (saved);
  g_unsetenv ("FRONTDESK_AUTOCONFIG_URL");
}

static const char *cli_path;

static char *
goa_token_cb (gpointer user_data)
{
  Fixture *f = user_data;

  return oauth_stand_in_issue_access_token (f->oauth);
}

/* GNOME Online Accounts: the account is listed, its token asked for at
 * each connect and never kept; AttentionNeeded gives the card. */
static void
test_goa (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GHashTable) params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(FdAccount) card = NULL;
  g_autofree char *imap_host = NULL;
  g_autofree char *smtp_host = NULL;
  g_autofree char *description = NULL;
  FdEmailGoaAccount *goa_account;
  GoaStandIn *goa;
  guint asked;

  if (f->dovecot == NULL)
    return;

  imap_host = g_strdup_printf ("127.0.0.1:%u", f->dovecot->imap_port);
  smtp_host = g_strdup_printf ("127.0.0.1:%u", f->dovecot->submission_port);
  goa = goa_stand_in_new (FD_TEST_FIRM, imap_host, smtp_host, goa_token_cb, f);

  listed = fd_email_goa_list (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  goa_account = g_ptr_array_index (listed, 0);
  g_assert_cmpstr (goa_account->id, ==, GOA_STAND_IN_ACCOUNT_ID);
  g_assert_cmpstr (goa_account->address, ==, FD_TEST_FIRM);
  g_assert_cmpstr (goa_account->name, ==, "Google");

  deliver (f, "g1@test.local");
  g_hash_table_insert (params, g_strdup ("goa-account-id"), g_strdup (goa_account->id));
  f->account = fd_account_setup_add_sync (f->dir, "email", params, "", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->account);
  g_assert_cmpstr (fd_account_get_address (f->account), ==, FD_TEST_FIRM);
  description = fd_account_setup_describe_sign_in (f->account);
  g_assert_nonnull (strstr (description, "Online Accounts"));
  /* Nothing of it in the keyring. */
  g_assert_null (fd_secrets_lookup_sync (f->account, "password", NULL, NULL));
  g_assert_null (fd_secrets_lookup_sync (f->account, "refresh-token", NULL, NULL));
  g_assert_null (fd_secrets_lookup_sync (f->account, "none", NULL, NULL));

  asked = goa_stand_in_count_token_requests (goa);
  g_assert_cmpuint (asked, >=, 1);
  g_assert_true (fd_sync_manager_load_accounts (f->manager, f->store, &error));
  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 1);
  /* Asked again for the connection, not taken from anywhere Frontdesk kept it. */
  g_assert_cmpuint (goa_stand_in_count_token_requests (goa), >, asked);
  g_assert_cmpuint (oauth_stand_in_count_refresh_grants (f->oauth), ==, 0);

  /* Online Accounts needs the person: the card says where to go. */
  goa_stand_in_set_attention_needed (goa, TRUE);
  kick (f);
  sync_once (f);
  card = g_list_model_get_item (fd_sync_manager_get_accounts (f->manager), 0);
  g_assert_cmpint (fd_account_get_error_kind (card), ==, FD_ACCOUNT_ERROR_NEEDS_PASSWORD);
  g_test_message ("%s", fd_account_get_error_message (card));
  g_assert_nonnull (strstr (fd_account_get_error_message (card), "Open Online Accounts Settings"));

  /* The command line lists it and adds it (to another profile). */
  {
    g_autofree char *other = fd_test_make_data_dir ();
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autoptr(GSubprocess) cli = NULL;

    goa_stand_in_set_attention_needed (goa, FALSE);
    cli = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                            cli_path, "--data-dir", other, "account", "online-accounts", NULL);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_communicate_utf8 (cli, NULL, NULL, &out, &err, &error));
    g_assert_true (g_subprocess_get_successful (cli));
    g_assert_nonnull (strstr (out, "email --goa-account " GOA_STAND_IN_ACCOUNT_ID "  " FD_TEST_FIRM));
    g_clear_object (&cli);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);

    cli = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                            cli_path, "--data-dir", other, "account", "add", "email",
                            "--goa-account", GOA_STAND_IN_ACCOUNT_ID, NULL);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_communicate_utf8 (cli, NULL, NULL, &out, &err, &error));
    g_test_message ("%s", err);
    g_assert_true (g_subprocess_get_successful (cli));
    g_assert_nonnull (strstr (out, "Added account"));
    g_mutex_lock (&log_lock);
    g_string_append_printf (log_text, "%s\n%s\n", out, err);
    g_mutex_unlock (&log_lock);
    fd_test_rmdir (other);
  }

  assert_no_token_leaked (f);
  goa_stand_in_free (goa);
}

/* frontdesk-cli account add email --auth oauth2: the address to open on
 * a line of its own, then waiting for the browser's redirect. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *authorize_url = NULL;
  g_autofree char *token_url = NULL;
  g_autofree char *imap_port = NULL;
  g_autofree char *smtp_port = NULL;
  g_autofree char *line = NULL;
  g_autofree char *page = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GSubprocess) cli = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  FdAccount *account;

  if (f->dovecot == NULL)
    return;

  deliver (f, "c1@test.local");
  authorize_url = oauth_stand_in_dup_authorize_url (f->oauth);
  token_url = oauth_stand_in_dup_token_url (f->oauth);
  imap_port = g_strdup_printf ("%u", f->dovecot->imap_port);
  smtp_port = g_strdup_printf ("%u", f->dovecot->submission_port);
  cli = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                          cli_path, "--data-dir", f->dir, "account", "add", "email",
                          "--name", "Shop", "--address", FD_TEST_FIRM,
                          "--imap-host", "127.0.0.1", "--imap-port", imap_port, "--imap-security", "none",
                          "--smtp-host", "127.0.0.1", "--smtp-port", smtp_port, "--smtp-security", "none",
                          "--auth", "oauth2", "--oauth-authorize-url", authorize_url,
                          "--oauth-token-url", token_url, "--oauth-client-id", OAUTH_STAND_IN_CLIENT_ID,
                          "--oauth-scope", "mail", NULL);
  g_assert_no_error (error);

  /* The first line on standard output is the address, alone. */
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (cli));
  line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, authorize_url));
  g_assert_true (g_uri_is_valid (line, G_URI_FLAGS_NONE, NULL));

  /* It is still waiting for the browser. */
  g_usleep (200 * 1000);
  {
    siginfo_t info = { 0, };

    g_assert_cmpint (waitid (P_PID, (id_t) g_ascii_strtoll (g_subprocess_get_identifier (cli), NULL, 10), &info,
                             WEXITED | WNOHANG | WNOWAIT), ==, 0);
    g_assert_cmpint (info.si_pid, ==, 0);
  }

  page = oauth_stand_in_browse (line, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (page, "Frontdesk is signed in"));

  /* Nothing else was written before the browser came back, so the rest
   * is still in the pipe. */
  g_assert_true (g_subprocess_communicate_utf8 (cli, NULL, NULL, &out, &err, &error));
  g_assert_no_error (error);
  g_mutex_lock (&log_lock);
  g_string_append_printf (log_text, "%s\n%s\n%s\n", line, out != NULL ? out : "", err);
  g_mutex_unlock (&log_lock);
  g_test_message ("%s", err);
  g_assert_true (g_subprocess_get_successful (cli));
  g_assert_nonnull (strstr (out, "Added account"));

  accounts = fd_account_load_all (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (accounts->len, ==, 1);
  account = g_ptr_array_index (accounts, 0);
  f->account = g_object_ref (account);
  kept = fd_secrets_lookup_sync (account, "refresh-token", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);

  /* This process has no access token in memory: it renews one from the
   * keyring's refresh token, and syncs. */
  g_assert_true (fd_sync_manager_load_accounts (f->manager, f->store, &error));
  g_assert_no_error (error);
  g_assert_true (sync_once (f));
  g_assert_cmpint (count_messages (f), ==, 1);
  g_assert_cmpuint (oauth_stand_in_count_refresh_grants (f->oauth), ==, 1);

  assert_no_token_leaked (f);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    {
      g_printerr ("Usage: %s PATH-TO-frontdesk-cli\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];
  log_text = g_string_new (NULL);
  g_log_set_writer_func (capture_log_cb, NULL, NULL);

  g_test_add ("/email-oauth/sign-in-sync-reply/xoauth2", Fixture, "xoauth2",
              fixture_set_up, test_sign_in_sync_reply, fixture_tear_down);
  g_test_add ("/email-oauth/sign-in-sync-reply/oauthbearer", Fixture, "xoauth2 oauthbearer",
              fixture_set_up, test_sign_in_sync_reply, fixture_tear_down);
  g_test_add ("/email-oauth/expired-mid-sync", Fixture, NULL, fixture_set_up, test_expired_mid_sync, fixture_tear_down);
  g_test_add ("/email-oauth/revoked", Fixture, NULL, fixture_set_up, test_revoked, fixture_tear_down);
  g_test_add ("/email-oauth/wrong-verifier", Fixture, NULL, fixture_set_up, test_wrong_verifier, fixture_tear_down);
  g_test_add ("/email-oauth/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);
  g_test_add ("/email-oauth/switch", Fixture, NULL, fixture_set_up, test_switch, fixture_tear_down);
  g_test_add ("/email-oauth/renew-before-expiry", Fixture, NULL, fixture_set_up, test_renew_before_expiry,
              fixture_tear_down);
  g_test_add_func ("/email-oauth/autoconfig", test_autoconfig);
  g_test_add ("/email-oauth/goa", Fixture, NULL, fixture_set_up, test_goa, fixture_tear_down);

  return g_test_run ();
}
