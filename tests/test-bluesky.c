/* test-bluesky.c: the Bluesky channel against a real Bluesky network.
 *
 * tests/bluesky-network.js runs PLC, a PDS and the AppView of
 * @atproto/dev-env on 127.0.0.1, once for all the cases here. The shop's
 * account (acme-store.test) signs in with an app password through
 * "frontdesk-cli account add bluesky", the customers' accounts post to
 * it, and "frontdesk-cli sync" fetches and answers. What Frontdesk wrote
 * is read back from the AppView.
 *
 * Frontdesk talks to the PDS through a loopback proxy in this program,
 * which counts the calls and can lose an answer or say 429. Last, 20
 * kill -9 of "frontdesk-cli sync" while it sends.
 *
 * Needs a session bus with an unlocked keyring (tests/run-headless.sh)
 * and the network's parts (build-aux/install-deps.sh test).
 *
 * Usage: test-bluesky PATH-TO-frontdesk-cli-test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>

#include "bluesky-chat-stand-in.h"
#include "fd-account.h"
#include "fd-account-setup.h"
#include "fd-bluesky-private.h"
#include "fd-channel.h"
#include "fd-outbox.h"
#include "fd-reply-request.h"
#include "fd-secrets.h"
#include "fd-store.h"
#include "fd-test-server.h"
#include "fd-test-util.h"

#define N_KILLS 20

static const char *cli_path;

/* The network, started once. */
static GSubprocess *network;
static JsonObject  *network_info;
static const char  *pds_url;
static const char  *appview_url;
static const char  *control_url;

/* The proxy in front of the PDS. */
typedef struct
{
  FdTestServer *http;
  SoupSession  *session;        /* the server thread's */
  GMutex        mutex;
  GHashTable   *counts;         /* nsid -> GUINT_TO_POINTER (calls) */
  guint         drop_create;    /* lose this many createRecord answers */
  guint         rate_limit;     /* answer this many listNotifications with 429 */
  gint64        rate_reset;     /* the ratelimit-reset those say */
  gint64        last_notifications_us; /* when listNotifications last went through */
} Proxy;

static Proxy proxy;

/* The chat service's stand-in (the network has none). */
static BlueskyChatStandIn *chat;

static const char *
account_string (const char *who,
                const char *member)
{
  return json_object_get_string_member (json_object_get_object_member (json_object_get_object_member (network_info,
                                                                                                      "accounts"),
                                                                       who),
                                        member);
}

/* Network */

static JsonNode *
http_json (const char *method,
           const char *url,
           const char *body)
{
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 120, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_nonnull (msg);
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }
  answer = soup_session_send_and_read (session, msg, NULL, &error);
  g_assert_no_error (error);
  if (soup_message_get_status (msg) != 200)
    g_error ("%s %s: HTTP %u: %.*s", method, url, soup_message_get_status (msg),
             (int) g_bytes_get_size (answer), (const char *) g_bytes_get_data (answer, NULL));
  json_parser_load_from_data (parser, g_bytes_get_data (answer, NULL), g_bytes_get_size (answer), &error);
  g_assert_no_error (error);

  return json_parser_steal_root (parser);
}

/* POST @path on the network's control server. */
static JsonObject *
control (const char *path,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static JsonObject *
control (const char *path,
         const char *format,
         ...)
{
  g_autofree char *body = NULL;
  g_autofree char *url = g_strconcat (control_url, path, NULL);
  g_autoptr(JsonNode) root = NULL;
  va_list ap;

  va_start (ap, format);
  body = g_strdup_vprintf (format, ap);
  va_end (ap);

  root = http_json ("POST", url, body);
  return json_object_ref (json_node_get_object (root));
}

/* An AppView query, as anyone reads it. */
static JsonObject *
appview (const char *nsid,
         const char *query)
{
  g_autofree char *url = g_strdup_printf ("%s/xrpc/%s?%s", appview_url, nsid, query);
  g_autoptr(JsonNode) root = http_json ("GET", url, NULL);

  return json_object_ref (json_node_get_object (root));
}

static JsonObject *
appview_post (const char *uri)
{
  g_autofree char *escaped = g_uri_escape_string (uri, NULL, FALSE);
  g_autofree char *query = g_strdup_printf ("uris=%s", escaped);
  g_autoptr(JsonObject) answer = appview ("app.bsky.feed.getPosts", query);
  JsonArray *posts = json_object_get_array_member (answer, "posts");

  g_assert_cmpuint (json_array_get_length (posts), ==, 1);
  return json_object_ref (json_array_get_object_element (posts, 0));
}

static void
start_network (void)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "bluesky-network.js", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *line = NULL;
  gint64 start = g_get_monotonic_time ();

  /* Our standard input keeps it running: if this program dies, it ends. */
  network = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                              "node", script, NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (network));
  line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);
  g_assert_no_error (error);
  if (line == NULL)
    g_error ("The Bluesky test network did not start; see its messages above.");

  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  network_info = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
  pds_url = json_object_get_string_member (network_info, "pds");
  appview_url = json_object_get_string_member (network_info, "appview");
  control_url = json_object_get_string_member (network_info, "control");
  g_printerr ("# Bluesky network up in %.1f s\n", (g_get_monotonic_time () - start) / 1e6);
}

static void
network_exited_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *(gboolean *) user_data = TRUE;
}

static void
stop_network (void)
{
  gint64 start = g_get_monotonic_time ();
  gboolean exited = FALSE;

  /* It stops its databases and exits; should it hang, the run must not. */
  g_subprocess_send_signal (network, SIGTERM);
  g_subprocess_wait_async (network, NULL, network_exited_cb, &exited);
  for (guint i = 0; i < 600 && !exited; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (!exited)
        g_usleep (100 * 1000);
    }
  if (!exited)
    {
      g_printerr ("# The Bluesky network did not stop in 60 s; it is killed.\n");
      g_subprocess_force_exit (network);
      while (!exited)
        g_main_context_iteration (NULL, TRUE);
    }
  g_printerr ("# Bluesky network stopped in %.1f s\n", (g_get_monotonic_time () - start) / 1e6);
  g_clear_object (&network);
  g_clear_pointer (&network_info, json_object_unref);
}

/* Proxy */

static guint
proxy_count (const char *nsid)
{
  guint n;

  g_mutex_lock (&proxy.mutex);
  n = GPOINTER_TO_UINT (g_hash_table_lookup (proxy.counts, nsid));
  g_mutex_unlock (&proxy.mutex);

  return n;
}

static gboolean
close_connection_cb (gpointer user_data)
{
  SoupServerMessage *msg = user_data;
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);

  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);

  return G_SOURCE_REMOVE;
}

static void
proxy_cb (SoupServer        *server,
          SoupServerMessage *msg,
          const char        *path,
          GHashTable        *query,
          gpointer           user_data)
{
  g_autoptr(SoupMessage) upstream = NULL;
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  const char *nsid = g_str_has_prefix (path, "/xrpc/") ? path + 6 : path;
  const char *raw_query = g_uri_get_query (soup_server_message_get_uri (msg));
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  SoupMessageHeaders *response_headers = soup_server_message_get_response_headers (msg);
  const char *header;
  gboolean drop = FALSE;
  gboolean limited = FALSE;
  gint64 reset = 0;

  g_mutex_lock (&proxy.mutex);
  g_hash_table_insert (proxy.counts, g_strdup (nsid),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (proxy.counts, nsid)) + 1));
  if (g_str_equal (nsid, "com.atproto.repo.createRecord") && proxy.drop_create > 0)
    {
      proxy.drop_create--;
      drop = TRUE;
    }
  if (g_str_equal (nsid, "app.bsky.notification.listNotifications"))
    {
      if (proxy.rate_limit > 0)
        {
          proxy.rate_limit--;
          limited = TRUE;
          reset = proxy.rate_reset;
        }
      else
        proxy.last_notifications_us = g_get_real_time ();
    }
  g_mutex_unlock (&proxy.mutex);

  if (limited)
    {
      static const char limited_answer[] = "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}";
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, reset);

      soup_message_headers_replace (response_headers, "ratelimit-limit", "3000");
      soup_message_headers_replace (response_headers, "ratelimit-remaining", "0");
      soup_message_headers_replace (response_headers, "ratelimit-reset", value);
      soup_server_message_set_status (msg, 429, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, limited_answer, strlen (limited_answer));
      return;
    }

  if (proxy.session == NULL)
    proxy.session = soup_session_new_with_options ("timeout", 60, NULL);
  url = g_strdup_printf ("%s%s%s%s", pds_url, path, raw_query != NULL ? "?" : "", raw_query != NULL ? raw_query : "");
  upstream = soup_message_new (soup_server_message_get_method (msg), url);
  if ((header = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Authorization")))
    soup_message_headers_replace (soup_message_get_request_headers (upstream), "Authorization", header);
  if (body->length > 0)
    {
      g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
      const char *type = soup_message_headers_get_content_type (soup_server_message_get_request_headers (msg), NULL);

      soup_message_set_request_body_from_bytes (upstream, type != NULL ? type : "application/json", bytes);
    }
  answer = soup_session_send_and_read (proxy.session, upstream, NULL, &error);
  if (answer == NULL)
    {
      soup_server_message_set_status (msg, 502, NULL);
      return;
    }

  if (drop)
    {
      /* The work is done; the answer is lost. */
      g_autoptr(GSource) source = g_idle_source_new ();

      soup_server_message_pause (msg);
      g_source_set_callback (source, close_connection_cb, g_object_ref (msg), g_object_unref);
      g_source_attach (source, fd_test_server_get_context (proxy.http));
      return;
    }

  soup_server_message_set_status (msg, soup_message_get_status (upstream), NULL);
  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "ratelimit-remaining" : "ratelimit-reset";

      if ((header = soup_message_headers_get_one (soup_message_get_response_headers (upstream), name)))
        soup_message_headers_replace (response_headers, name, header);
    }
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (answer, NULL), g_bytes_get_size (answer));
}

static void
proxy_stop_cb (gpointer user_data)
{
  g_clear_object (&proxy.session);
}

/* CLI */

/* Runs the CLI in @dir; returns its standard output, parsed when @json. */
static char *
run_cli (const char  *dir,
         const char  *input,
         int          expected_status,
         ...)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *arg;
  va_list ap;

  g_subprocess_launcher_setenv (launcher, "GIO_USE_NETWORK_MONITOR", "base", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  g_ptr_array_add (args, (gpointer) cli_path);
  g_ptr_array_add (args, (gpointer) "--data-dir");
  g_ptr_array_add (args, (gpointer) dir);
  va_start (ap, expected_status);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) args->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (err != NULL && *err != '\0')
    g_printerr ("# %s: %s", (const char *) args->pdata[3], err);
  if (expected_status >= 0)
    {
      g_assert_true (g_subprocess_get_if_exited (process));
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, expected_status);
    }

  return g_steal_pointer (&out);
}

static JsonNode *
run_cli_json (const char *dir,
              ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *arg;
  va_list ap;

  va_start (ap, dir);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  while (args->len < 4)
    g_ptr_array_add (args, NULL);

  out = run_cli (dir, NULL, 0, "--json", args->pdata[0], args->pdata[1], args->pdata[2], args->pdata[3], NULL);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);

  return json_parser_steal_root (parser);
}

/* A profile with the shop's account, signed in through the proxy. */
static char *
add_shop_account (void)
{
  char *dir = fd_test_make_data_dir ();
  g_autofree char *input = g_strdup_printf ("%s\n", account_string ("shop", "appPassword"));
  g_autofree char *out = NULL;

  out = run_cli (dir, input, 0, "account", "add", "bluesky", "--handle", account_string ("shop", "handle"),
                 "--service", fd_test_server_get_url (proxy.http), "--password-stdin", NULL);
  g_assert_nonnull (strstr (out, "@acme-store.test"));

  return dir;
}

/* The message of @dir whose remote id is @uri, or NULL. */
static JsonObject *
find_message (JsonNode   *list,
              const char *uri)
{
  JsonArray *array = json_node_get_array (list);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *msg = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (msg, "remote_id"), uri) == 0)
        return msg;
    }

  return NULL;
}

/* A post by @by; @extra_json: more members of the request. */
static JsonObject *
post (const char *by,
      const char *extra_json,
      const char *text)
{
  g_autofree char *request = g_strdup_printf ("{%s}", extra_json != NULL ? extra_json : "");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  JsonObject *object;

  json_parser_load_from_data (parser, request, -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  json_object_set_string_member (object, "by", by);
  json_object_set_string_member (object, "text", text);
  body = json_to_string (json_parser_get_root (parser), FALSE);

  return control ("/post", "%s", body);
}

/* A post that starts by mentioning the shop: "@acme-store.test …", with
 * the facet that makes it a mention. */
static JsonObject *
post_mention (const char *by,
              const char *text_after)
{
  g_autofree char *text = g_strconcat ("@acme-store.test ", text_after, NULL);
  g_autofree char *extra = g_strdup_printf ("\"langs\": [\"en\"], \"facets\": ["
                                            "{\"index\": {\"byteStart\": 0, \"byteEnd\": 16}, \"features\": "
                                            "[{\"$type\": \"app.bsky.richtext.facet#mention\", \"did\": \"%s\"}]}]",
                                            account_string ("shop", "did"));

  return post (by, extra, text);
}

static char *
ref_json (JsonObject *ref)
{
  return g_strdup_printf ("{\"uri\": \"%s\", \"cid\": \"%s\"}",
                          json_object_get_string_member (ref, "uri"), json_object_get_string_member (ref, "cid"));
}

/* The id of the message @uri in @dir. */
static char *
message_id (const char *dir,
            const char *uri)
{
  g_autoptr(JsonNode) list = run_cli_json (dir, "list", "--limit", "1000", NULL);
  JsonObject *msg = find_message (list, uri);

  g_assert_nonnull (msg);
  return g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (msg, "id"));
}

/* How many posts of the shop's repository end with @text. */
static guint
count_shop_posts (const char *text)
{
  g_autofree char *escaped = g_uri_escape_string (account_string ("shop", "did"), NULL, FALSE);
  g_autofree char *url = g_strdup_printf ("%s/xrpc/com.atproto.repo.listRecords?repo=%s&collection=app.bsky.feed.post&limit=100",
                                          pds_url, escaped);
  g_autoptr(JsonNode) root = http_json ("GET", url, NULL);
  JsonArray *records = json_object_get_array_member (json_node_get_object (root), "records");
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *value = json_object_get_object_member (json_array_get_object_element (records, i), "value");

      const char *found = json_object_get_string_member (value, "text");

      /* Replies start with the customer's handle. */
      if (found != NULL && g_str_has_suffix (found, text))
        n++;
    }

  return n;
}

/* Cases */

/* Rich text without the network: facets at UTF-8 byte offsets both ways,
 * and record keys. */
static void
test_rich_text (void)
{
  /* "🙂" is four bytes, "ü" and "ß" two each. */
  const char *text = "\xf0\x9f\x99\x82 Gr\xc3\xbc\xc3\x9f @ben-lopez.test, see https://example.com/a?b=c. "
                     "Not a mention: mail@shop.test, @nodot.";
  g_autoptr(GHashTable) dids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) handles = _fd_bluesky_find_mentions (text);
  g_autoptr(JsonArray) facets = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *readable = NULL;
  JsonObject *index;

  g_assert_cmpuint (handles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (handles, 0), ==, "ben-lopez.test");

  g_hash_table_insert (dids, (gpointer) "ben-lopez.test", (gpointer) "did:plc:ben");
  facets = _fd_bluesky_make_facets (text, dids);
  g_assert_cmpuint (json_array_get_length (facets), ==, 2);
  index = json_object_get_object_member (json_array_get_object_element (facets, 0), "index");
  g_assert_cmpint (json_object_get_int_member (index, "byteStart"), ==, 12);
  g_assert_cmpint (json_object_get_int_member (index, "byteEnd"), ==, 27);
  index = json_object_get_object_member (json_array_get_object_element (facets, 1), "index");
  g_assert_cmpint (json_object_get_int_member (index, "byteStart"), ==, 33);
  /* The full stop after the address is not part of it. */
  g_assert_cmpint (json_object_get_int_member (index, "byteEnd"), ==, 58);

  /* A shortened link shows whole; a titled one keeps its title and shows
   * where it goes; facets out of range are ignored. */
  json_parser_load_from_data (parser,
                              "[{\"index\": {\"byteStart\": 6, \"byteEnd\": 26}, \"features\": [{\"$type\": "
                              "\"app.bsky.richtext.facet#link\", \"uri\": \"https://example.com/orders/1\"}]},"
                              " {\"index\": {\"byteStart\": 31, \"byteEnd\": 35}, \"features\": [{\"$type\": "
                              "\"app.bsky.richtext.facet#link\", \"uri\": \"https://example.com/help\"}]},"
                              " {\"index\": {\"byteStart\": 31, \"byteEnd\": 400}, \"features\": [{\"$type\": "
                              "\"app.bsky.richtext.facet#link\", \"uri\": \"https://evil.example\"}]}]",
                              -1, &error);
  g_assert_no_error (error);
  readable = _fd_bluesky_facets_to_text ("Look: example.com/order... and help.",
                                         json_node_get_array (json_parser_get_root (parser)));
  g_assert_cmpstr (readable, ==, "Look: https://example.com/orders/1 and help (https://example.com/help).");

  g_assert_true (_fd_bluesky_is_tid ("3n3zfmkg62k2g"));
  g_assert_false (_fd_bluesky_is_tid ("3n3zfmkg62k2"));
  g_assert_false (_fd_bluesky_is_tid ("kn3zfmkg62k2g"));
  g_assert_false (_fd_bluesky_is_tid ("3n3zfmkg62k2-"));
}

/* Sign in, sync mentions, replies and quotes, answer one, read the answer
 * back from the AppView. */
static void
test_sync_and_reply (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(JsonObject) root_post = NULL;
  g_autoptr(JsonObject) mention = NULL;
  g_autoptr(JsonObject) reply = NULL;
  g_autoptr(JsonObject) quote = NULL;
  g_autoptr(JsonObject) sent = NULL;
  g_autoptr(JsonNode) list = NULL;
  g_autoptr(JsonNode) accounts = NULL;
  g_autofree char *extra = NULL;
  g_autofree char *root_ref = NULL;
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  JsonObject *msg;
  JsonObject *record;
  JsonArray *facets;
  const char *shop_did = account_string ("shop", "did");
  const char *ana_did = account_string ("ana", "did");
  /* Sent as "@ben-lopez.test ¡Hola @ana-perez.test! Mira
   * https://example.com/ayuda …": Ben's mention put in front at bytes 0
   * to 15, Ana's at 23 to 38 (the ¡ is two bytes), the link at 45 to 70. */
  const char *answer = "\xc2\xa1Hola @ana-perez.test! Mira https://example.com/ayuda por favor, "
                       "tu pedido ya est\xc3\xa1 en camino y llegar\xc3\xa1 ma\xc3\xb1" "ana.";
  gint64 start = g_get_monotonic_time ();

  /* The shop's own post, answered by Ben; Ana mentions and quotes the shop. */
  root_post = post ("shop", "\"langs\": [\"en\"]", "Our spring sale starts today!");
  root_ref = ref_json (root_post);
  extra = g_strdup_printf ("\"reply\": {\"root\": %s, \"parent\": %s}, \"langs\": [\"es\"]", root_ref, root_ref);
  reply = post ("ben", extra, "\xc2\xbfHay env\xc3\xado gratis a Canarias para los pedidos de la oferta?");
  g_free (extra);
  extra = g_strdup_printf ("\"langs\": [\"en\"], \"facets\": ["
                           "{\"index\": {\"byteStart\": 0, \"byteEnd\": 16}, \"features\": "
                           "[{\"$type\": \"app.bsky.richtext.facet#mention\", \"did\": \"%s\"}]},"
                           "{\"index\": {\"byteStart\": 40, \"byteEnd\": 59}, \"features\": "
                           "[{\"$type\": \"app.bsky.richtext.facet#link\", \"uri\": \"https://example.com/orders/12345\"}]}]",
                           shop_did);
  mention = post ("ana", extra, "@acme-store.test my order is late, see: example.com/orde...");
  g_free (extra);
  extra = g_strdup_printf ("\"quote\": %s, \"langs\": [\"en\"]", root_ref);
  quote = post ("ana", extra, "Their sale never ships on time.");

  dir = add_shop_account ();
  g_assert_cmpuint (proxy_count ("com.atproto.server.createSession"), ==, 1);
  /* Only the session is kept: the app password is in neither the
   * profile nor the keyring. */
  accounts = run_cli_json (dir, "account", "list", NULL);
  out = json_to_string (accounts, FALSE);
  g_assert_null (strstr (out, account_string ("shop", "appPassword")));
  g_clear_pointer (&out, g_free);

  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  list = run_cli_json (dir, "list", "--limit", "1000", NULL);

  msg = find_message (list, json_object_get_string_member (mention, "uri"));
  g_assert_nonnull (msg);
  g_assert_cmpstr (json_object_get_string_member (msg, "channel"), ==, "bluesky");
  g_assert_cmpstr (json_object_get_string_member (msg, "direction"), ==, "in");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (msg, "author"), "handle"), ==,
                   "@ana-perez.test");
  /* The shortened link shows whole. */
  g_assert_cmpstr (json_object_get_string_member (msg, "text"), ==,
                   "@acme-store.test my order is late, see: https://example.com/orders/12345");
  g_assert_cmpstr (json_object_get_string_member (msg, "lang"), ==, "en");

  msg = find_message (list, json_object_get_string_member (reply, "uri"));
  g_assert_nonnull (msg);
  g_assert_cmpstr (json_object_get_string_member (msg, "lang"), ==, "es");
  g_assert_cmpstr (json_object_get_string_member (msg, "in_reply_to"), ==,
                   json_object_get_string_member (root_post, "uri"));
  /* The thread is a conversation, named by its root; the shop's post is
   * in it, as ours. */
  g_assert_cmpstr (json_object_get_string_member (msg, "thread"), ==, json_object_get_string_member (root_post, "uri"));
  msg = find_message (list, json_object_get_string_member (root_post, "uri"));
  g_assert_nonnull (msg);
  g_assert_cmpstr (json_object_get_string_member (msg, "direction"), ==, "out");

  g_assert_nonnull (find_message (list, json_object_get_string_member (quote, "uri")));
  /* Ana's mention and quote: one customer, known by her handle. */
  {
    g_autoptr(JsonNode) customers = run_cli_json (dir, "customers", NULL);
    JsonArray *array = json_node_get_array (customers);
    guint n_found = 0;

    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *customer = json_array_get_object_element (array, i);
        JsonArray *identities = json_object_get_array_member (customer, "identities");

        for (guint j = 0; j < json_array_get_length (identities); j++)
          {
            JsonObject *identity = json_array_get_object_element (identities, j);

            if (g_strcmp0 (json_object_get_string_member (identity, "channel"), "bluesky") == 0 &&
                g_strcmp0 (json_object_get_string_member (identity, "handle"), "@ana-perez.test") == 0)
              {
                g_assert_cmpint (json_object_get_int_member (customer, "messages"), ==, 2);
                n_found++;
              }
          }
      }
    g_assert_cmpuint (n_found, ==, 1);
  }
  g_assert_cmpuint (proxy_count ("app.bsky.notification.updateSeen"), >=, 1);

  /* The answer to Ben, in Spanish, mentioning Ana. */
  id = message_id (dir, json_object_get_string_member (reply, "uri"));
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "reply", id, "--text", answer, NULL);
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  g_assert_cmpuint (proxy_count ("com.atproto.server.createSession"), ==, 1);
  json_object_unref (control ("/process", "{}"));

  g_clear_pointer (&list, json_node_unref);
  list = run_cli_json (dir, "list", "--limit", "1000", NULL);
  {
    JsonArray *array = json_node_get_array (list);

    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *m = json_array_get_object_element (array, i);

        if (g_strcmp0 (json_object_get_string_member (m, "direction"), "out") == 0 &&
            g_strcmp0 (json_object_get_string_member (m, "text"), answer) == 0)
          sent = appview_post (json_object_get_string_member (m, "remote_id"));
      }
  }
  g_assert_nonnull (sent);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (sent, "author"), "did"), ==, shop_did);
  /* The record key is a TID. */
  g_assert_true (_fd_bluesky_is_tid (strrchr (json_object_get_string_member (sent, "uri"), '/') + 1));
  record = json_object_get_object_member (sent, "record");
  {
    g_autofree char *sent_text = g_strconcat ("@ben-lopez.test ", answer, NULL);

    g_assert_cmpstr (json_object_get_string_member (record, "text"), ==, sent_text);
  }
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_object_get_object_member (record, "reply"), "root"), "uri"),
                   ==, json_object_get_string_member (root_post, "uri"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_object_get_object_member (record, "reply"), "root"), "cid"),
                   ==, json_object_get_string_member (root_post, "cid"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_object_get_object_member (record, "reply"), "parent"), "uri"),
                   ==, json_object_get_string_member (reply, "uri"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_object_get_object_member (record, "reply"), "parent"), "cid"),
                   ==, json_object_get_string_member (reply, "cid"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (record, "langs"), 0), ==, "es");
  facets = json_object_get_array_member (record, "facets");
  g_assert_cmpuint (json_array_get_length (facets), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      static const struct {
        gint64      start;
        gint64      end;
        const char *type;
        const char *words;
      } expected[] = {
        { 0, 15, "app.bsky.richtext.facet#mention", "@ben-lopez.test" },
        { 23, 38, "app.bsky.richtext.facet#mention", "@ana-perez.test" },
        { 45, 70, "app.bsky.richtext.facet#link", "https://example.com/ayuda" },
      };
      JsonObject *facet = json_array_get_object_element (facets, i);
      JsonObject *index = json_object_get_object_member (facet, "index");
      JsonObject *feature = json_array_get_object_element (json_object_get_array_member (facet, "features"), 0);
      const char *text = json_object_get_string_member (record, "text");

      g_assert_cmpint (json_object_get_int_member (index, "byteStart"), ==, expected[i].start);
      g_assert_cmpint (json_object_get_int_member (index, "byteEnd"), ==, expected[i].end);
      g_assert_cmpstr (json_object_get_string_member (feature, "$type"), ==, expected[i].type);
      g_assert_true (strncmp (text + expected[i].start, expected[i].words, expected[i].end - expected[i].start) == 0);
      if (i == 0)
        g_assert_cmpstr (json_object_get_string_member (feature, "did"), ==, account_string ("ben", "did"));
      else if (i == 1)
        g_assert_cmpstr (json_object_get_string_member (feature, "did"), ==, ana_did);
      else
        g_assert_cmpstr (json_object_get_string_member (feature, "uri"), ==, expected[i].words);
    }

  fd_test_rmdir (dir);
  g_printerr ("# sync and reply: %.1f s\n", (g_get_monotonic_time () - start) / 1e6);
}

static void
queue_answer (const char *dir,
              const char *text,
              JsonObject *to)
{
  g_autofree char *id = message_id (dir, json_object_get_string_member (to, "uri"));
  g_autofree char *out = run_cli (dir, NULL, 0, "reply", id, "--text", text, NULL);
}

/* The answer to createRecord is lost: the next attempt finds the record
 * under its key and does not write another. */
static void
test_lost_answer (void)
{
  g_autofree char *dir = add_shop_account ();
  g_autoptr(JsonObject) mention = NULL;
  g_autoptr(JsonNode) outbox = NULL;
  g_autofree char *out = NULL;
  const char *text = "Thanks for telling us, we are looking at your order now.";
  gint64 start = g_get_monotonic_time ();
  guint creates;

  mention = post_mention ("ben", "where is my parcel?");
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  queue_answer (dir, text, mention);

  g_mutex_lock (&proxy.mutex);
  proxy.drop_create = 1;
  g_mutex_unlock (&proxy.mutex);
  creates = proxy_count ("com.atproto.repo.createRecord");

  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, -1, "sync", "--once", NULL);
  g_assert_cmpuint (proxy_count ("com.atproto.repo.createRecord"), ==, creates + 1);
  g_assert_cmpuint (count_shop_posts (text), ==, 1);

  /* Until it is sent, the entry waits; the next sync asks first. */
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, -1, "sync", "--once", NULL);
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, -1, "sync", "--once", NULL);
  g_assert_cmpuint (proxy_count ("com.atproto.repo.getRecord"), >=, 1);
  g_assert_cmpuint (count_shop_posts (text), ==, 1);
  outbox = run_cli_json (dir, "outbox", NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (outbox)), ==, 0);

  fd_test_rmdir (dir);
  g_printerr ("# lost answer: %.1f s\n", (g_get_monotonic_time () - start) / 1e6);
}

/* Loads the profile's only account. */
static FdAccount *
load_account (const char *dir,
              FdStore   **store_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = fd_store_open (dir, &error);
  g_autoptr(GPtrArray) accounts = NULL;

  g_assert_no_error (error);
  accounts = fd_account_load_all (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (accounts->len, ==, 1);
  *store_out = g_steal_pointer (&store);

  return g_object_ref (g_ptr_array_index (accounts, 0));
}

/* Puts an expired access token in the keyring, keeping the refresh token. */
static void
expire_access_token (const char *dir)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdAccount) account = load_account (dir, &store);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) expired = control ("/expired-token", "{\"by\": \"shop\"}");
  g_autofree char *secret = fd_secrets_lookup_sync (account, FD_BLUESKY_SESSION_KIND, NULL, &error);
  g_autofree char *did = NULL;
  g_autofree char *access = NULL;
  g_autofree char *refresh = NULL;
  g_autofree char *changed = NULL;

  g_assert_no_error (error);
  g_assert_true (_fd_bluesky_session_parse (secret, &did, &access, &refresh));
  changed = _fd_bluesky_session_to_string (did, json_object_get_string_member (expired, "accessJwt"), refresh);
  fd_secrets_store_sync (account, FD_BLUESKY_SESSION_KIND, "Frontdesk test", changed, NULL, &error);
  g_assert_no_error (error);
}

/* An expired access token is renewed with the refresh token, not a new
 * session; the renewed pair is kept. */
static void
test_expired_token (void)
{
  g_autofree char *dir = add_shop_account ();
  g_autoptr(JsonNode) accounts = NULL;
  g_autofree char *out = NULL;
  guint sessions = proxy_count ("com.atproto.server.createSession");
  guint refreshes = proxy_count ("com.atproto.server.refreshSession");
  JsonObject *account;

  expire_access_token (dir);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  g_assert_cmpuint (proxy_count ("com.atproto.server.refreshSession"), ==, refreshes + 1);
  g_assert_cmpuint (proxy_count ("com.atproto.server.createSession"), ==, sessions);

  /* The renewed access token was kept: no refresh the next time. */
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  g_assert_cmpuint (proxy_count ("com.atproto.server.refreshSession"), ==, refreshes + 1);

  accounts = run_cli_json (dir, "sync", "--once", NULL);
  account = json_array_get_object_element (json_node_get_array (accounts), 0);
  g_assert_cmpstr (json_object_get_string_member (account, "error_kind"), ==, "none");

  fd_test_rmdir (dir);
}

/* A revoked app password: the refresh token is refused, and the account
 * asks the person to sign in again. */
static void
test_revoked (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(JsonObject) made = control ("/app-password", "{\"by\": \"shop\", \"name\": \"revoked-one\"}");
  g_autofree char *input = g_strdup_printf ("%s\n", json_object_get_string_member (made, "password"));
  g_autoptr(JsonNode) accounts = NULL;
  g_autofree char *out = NULL;
  JsonObject *account;

  out = run_cli (dir, input, 0, "account", "add", "bluesky", "--handle", account_string ("shop", "handle"),
                 "--service", fd_test_server_get_url (proxy.http), "--password-stdin", NULL);
  g_clear_pointer (&out, g_free);
  json_object_unref (control ("/revoke-app-password", "{\"by\": \"shop\", \"name\": \"revoked-one\"}"));
  expire_access_token (dir);

  out = run_cli (dir, NULL, -1, "--json", "sync", "--once", NULL);
  accounts = json_from_string (out, NULL);
  g_assert_nonnull (accounts);
  account = json_array_get_object_element (json_node_get_array (accounts), 0);
  g_assert_cmpstr (json_object_get_string_member (account, "error_kind"), ==, "needs-password");
  g_assert_nonnull (strstr (json_object_get_string_member (account, "error"), "Sign in again"));

  /* A new app password, typed where the window asks for the password
   * (it keeps what is typed as the account's secret): exchanged for a
   * session at the next sync, which replaces it in the keyring. */
  {
    g_autoptr(FdStore) store = NULL;
    g_autoptr(FdAccount) loaded = load_account (dir, &store);
    g_autoptr(JsonObject) fresh = control ("/app-password", "{\"by\": \"shop\", \"name\": \"second-one\"}");
    g_autoptr(GError) error = NULL;
    g_autofree char *kept = NULL;
    g_autofree char *did = NULL;
    g_autofree char *access = NULL;
    g_autofree char *refresh = NULL;

    fd_secrets_store_sync (loaded, fd_channel_secret_kind ("bluesky"), "Frontdesk test",
                           json_object_get_string_member (fresh, "password"), NULL, &error);
    g_assert_no_error (error);
    g_clear_pointer (&accounts, json_node_unref);
    g_clear_pointer (&out, g_free);
    out = run_cli (dir, NULL, 0, "--json", "sync", "--once", NULL);
    accounts = json_from_string (out, NULL);
    account = json_array_get_object_element (json_node_get_array (accounts), 0);
    g_assert_cmpstr (json_object_get_string_member (account, "error_kind"), ==, "none");
    kept = fd_secrets_lookup_sync (loaded, FD_BLUESKY_SESSION_KIND, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (_fd_bluesky_session_parse (kept, &did, &access, &refresh));
    g_assert_cmpstr (did, ==, account_string ("shop", "did"));
  }

  fd_test_rmdir (dir);
}

/* 429 with ratelimit-reset: the account says so, and the sync engine
 * asks again only once the reset has come. */
static void
test_rate_limit (void)
{
  g_autofree char *dir = add_shop_account ();
  g_autofree char *out = NULL;
  g_autoptr(GSubprocess) sync = NULL;
  g_autoptr(GError) error = NULL;
  gint64 reset = g_get_real_time () / G_USEC_PER_SEC + 4;
  gint64 answered_us = 0;

  g_mutex_lock (&proxy.mutex);
  proxy.rate_limit = 2;
  proxy.rate_reset = reset;
  proxy.last_notifications_us = 0;
  g_mutex_unlock (&proxy.mutex);

  /* One sync: refused, and asked again, if at all, after the reset. */
  out = run_cli (dir, NULL, -1, "sync", "--once", NULL);
  g_mutex_lock (&proxy.mutex);
  g_assert_cmpuint (proxy.rate_limit, <, 2);
  if (proxy.last_notifications_us != 0)
    g_assert_cmpint (proxy.last_notifications_us, >=, reset * G_USEC_PER_SEC);
  proxy.last_notifications_us = 0;
  reset = g_get_real_time () / G_USEC_PER_SEC + 4;
  proxy.rate_limit = 1;
  proxy.rate_reset = reset;
  g_mutex_unlock (&proxy.mutex);

  /* The engine's own schedule: one more 429, then a wait to the reset. */
  sync = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                           cli_path, "--data-dir", dir, "sync", "--interval", "600", NULL);
  g_assert_no_error (error);
  for (guint i = 0; i < 300 && answered_us == 0; i++)
    {
      g_usleep (100 * 1000);
      g_mutex_lock (&proxy.mutex);
      answered_us = proxy.last_notifications_us;
      g_mutex_unlock (&proxy.mutex);
    }
  g_subprocess_send_signal (sync, SIGTERM);
  g_subprocess_wait (sync, NULL, NULL);

  g_assert_cmpint (answered_us, >=, reset * G_USEC_PER_SEC);
  g_mutex_lock (&proxy.mutex);
  g_assert_cmpuint (proxy.rate_limit, ==, 0);
  g_mutex_unlock (&proxy.mutex);

  fd_test_rmdir (dir);
}

/* The post answered was deleted meanwhile: the reply fails with a
 * sentence that says so. */
static void
test_deleted_parent (void)
{
  g_autofree char *dir = add_shop_account ();
  g_autoptr(JsonObject) mention = NULL;
  g_autoptr(JsonNode) outbox = NULL;
  g_autofree char *out = NULL;
  JsonObject *entry;

  mention = post_mention ("ana", "never mind, found it");
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  queue_answer (dir, "Glad to hear it!", mention);
  json_object_unref (control ("/delete", "{\"by\": \"ana\", \"uri\": \"%s\"}", json_object_get_string_member (mention, "uri")));

  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, -1, "sync", "--once", NULL);
  outbox = run_cli_json (dir, "outbox", NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (outbox)), ==, 1);
  entry = json_array_get_object_element (json_node_get_array (outbox), 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "state"), ==, "failed");
  g_assert_nonnull (strstr (json_object_get_string_member (entry, "error"), "deleted"));
  g_assert_cmpuint (count_shop_posts ("Glad to hear it!"), ==, 0);

  fd_test_rmdir (dir);
}

/* A keyword and a hashtag followed: matching posts from anyone (not
 * addressed to the shop) come in through searchPosts; one adopted into
 * the inbox is answered in its thread. */
static void
test_listening (void)
{
  g_autofree char *dir = add_shop_account ();
  g_autoptr(JsonObject) chairs = NULL;
  g_autoptr(JsonObject) lamp = NULL;
  g_autoptr(JsonObject) other = NULL;
  g_autoptr(JsonObject) sent = NULL;
  g_autoptr(JsonNode) posts = NULL;
  g_autoptr(JsonNode) adopted = NULL;
  g_autoptr(JsonNode) list = NULL;
  g_autofree char *out = NULL;
  g_autofree char *post_id = NULL;
  g_autofree char *message_id = NULL;
  JsonArray *array;
  guint n_chairs = 0, n_lamp = 0;

  out = run_cli (dir, NULL, 0, "listen", "add", "bluesky", "@acme-store.test", "alderwood", NULL);
  g_free (out);
  out = run_cli (dir, NULL, 0, "listen", "add", "bluesky", "@acme-store.test", "#acmelamps", NULL);
  g_free (out);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);

  chairs = post ("ben", "\"langs\": [\"en\"]", "Has anyone tried the alderwood chairs? Mine wobble.");
  lamp = post ("ana", "\"langs\": [\"en\"]", "The new desk lamp is lovely #acmelamps");
  other = post ("ana", "\"langs\": [\"en\"]", "Nothing to do with the shop.");
  g_free (out);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  g_assert_cmpuint (proxy_count ("app.bsky.feed.searchPosts"), >=, 4);

  posts = run_cli_json (dir, "listen", "posts", NULL);
  array = json_node_get_array (posts);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *p = json_array_get_object_element (array, i);
      const char *uri = json_object_get_string_member (p, "remote_id");

      g_assert_cmpstr (json_object_get_string_member (p, "channel"), ==, "bluesky");
      g_assert_cmpstr (uri, !=, json_object_get_string_member (other, "uri"));
      if (g_strcmp0 (uri, json_object_get_string_member (chairs, "uri")) == 0)
        {
          n_chairs++;
          post_id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (p, "id"));
        }
      if (g_strcmp0 (uri, json_object_get_string_member (lamp, "uri")) == 0)
        n_lamp++;
    }
  g_assert_cmpuint (n_chairs, ==, 1);
  g_assert_cmpuint (n_lamp, ==, 1);

  /* The next sync finds nothing new. */
  g_free (out);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  g_clear_pointer (&posts, json_node_unref);
  posts = run_cli_json (dir, "listen", "posts", NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (posts)), ==, 2);

  adopted = run_cli_json (dir, "listen", "adopt", post_id, NULL);
  message_id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                json_object_get_int_member (json_node_get_object (adopted), "message"));
  g_free (out);
  out = run_cli (dir, NULL, 0, "reply", message_id, "--text", "Sorry about that: tighten the screws under the seat, or write to us for new ones.", NULL);
  g_free (out);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  json_object_unref (control ("/process", "{}"));

  list = run_cli_json (dir, "list", "--limit", "1000", NULL);
  array = json_node_get_array (list);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *m = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (m, "direction"), "out") == 0 &&
          g_str_has_prefix (json_object_get_string_member (m, "text"), "Sorry about that") &&
          g_str_has_prefix (json_object_get_string_member (m, "remote_id"), "at://"))
        sent = appview_post (json_object_get_string_member (m, "remote_id"));
    }
  g_assert_nonnull (sent);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_object_get_object_member (json_object_get_object_member (sent, "record"), "reply"), "parent"), "uri"),
                   ==, json_object_get_string_member (chairs, "uri"));

  fd_test_rmdir (dir);
}

/* kill -9 of "frontdesk-cli sync" while it sends, 20 times: afterwards
 * every reply is in the shop's repository exactly once. */
static void
test_kill_9 (void)
{
  g_autofree char *dir = add_shop_account ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (1717);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonNode) outbox = NULL;
  g_autofree char *out = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < N_KILLS; i++)
    {
      g_autofree char *question = g_strdup_printf ("is order %u on its way?", 7000 + i);
      g_autoptr(JsonObject) mention = post_mention ("ben", question);
      g_autoptr(GSubprocess) sync = NULL;
      g_autoptr(GError) error = NULL;
      char *text = g_strdup_printf ("Order %u left our warehouse this morning.", 7000 + i);

      g_ptr_array_add (texts, text);
      g_free (out);
      out = run_cli (dir, NULL, -1, "sync", "--once", NULL);
      queue_answer (dir, text, mention);

      sync = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                               cli_path, "--data-dir", dir, "sync", "--once", NULL);
      g_assert_no_error (error);
      g_usleep (g_rand_int_range (rand, 0, 400) * 1000);
      g_subprocess_force_exit (sync);
      g_subprocess_wait (sync, NULL, NULL);
    }

  /* Clean runs settle what the kills left. */
  for (guint i = 0; i < 3; i++)
    {
      g_free (out);
      out = run_cli (dir, NULL, -1, "sync", "--once", NULL);
    }
  outbox = run_cli_json (dir, "outbox", NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (outbox)), ==, 0);
  for (guint i = 0; i < texts->len; i++)
    g_assert_cmpuint (count_shop_posts (g_ptr_array_index (texts, i)), ==, 1);

  fd_test_rmdir (dir);
  g_printerr ("# kill -9 x %u: %.1f s\n", N_KILLS, (g_get_monotonic_time () - start) / 1e6);
}

/* Direct messages */

static gint64
query_int (const char *dir,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = fd_store_open (dir, &error);
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* A profile with the shop's account, signed in with a new app password
 * (@privileged: with "Allow access to your direct messages"), its chat
 * calls sent to the stand-in. */
static char *
add_shop_account_for_chat (const char *name,
                           gboolean    privileged)
{
  char *dir = fd_test_make_data_dir ();
  g_autoptr(JsonObject) made = control ("/app-password", "{\"by\": \"shop\", \"name\": \"%s\", \"privileged\": %s}",
                                        name, privileged ? "true" : "false");
  g_autofree char *input = g_strdup_printf ("%s\n", json_object_get_string_member (made, "password"));
  g_autofree char *out = NULL;
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GError) error = NULL;

  out = run_cli (dir, input, 0, "account", "add", "bluesky", "--handle", account_string ("shop", "handle"),
                 "--service", fd_test_server_get_url (proxy.http), "--password-stdin", NULL);
  account = load_account (dir, &store);
  fd_account_set_setting_string (account, FD_BLUESKY_SETTING_CHAT_URL, bluesky_chat_stand_in_get_url (chat));
  g_assert_true (fd_account_save (account, store, &error));
  g_assert_no_error (error);

  return dir;
}

/* The message of @list whose text is @text, or NULL. */
static JsonObject *
find_text (JsonNode   *list,
           const char *text)
{
  JsonArray *array = json_node_get_array (list);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *msg = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (msg, "text"), text) == 0)
        return msg;
    }

  return NULL;
}

/* Direct messages sync through the log into direct conversations; an
 * answer goes out with sendMessage, once, even when its answer is lost. */
static void
test_direct_messages (void)
{
  g_autofree char *dir = add_shop_account_for_chat ("chat-one", TRUE);
  g_autofree char *convo = NULL;
  g_autofree char *thread = NULL;
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonNode) list = NULL;
  g_autoptr(JsonNode) outbox = NULL;
  const char *shop_did = account_string ("shop", "did");
  const char *ana_did = account_string ("ana", "did");
  const char *first = "Hi, my order 1234 has not arrived. Can you check?";
  const char *second = "Also, can I change the address?";
  const char *answer = "Sorry about that! It left our store yesterday, you will get it tomorrow.";
  JsonObject *msg;
  guint sends;

  guint lists = bluesky_chat_stand_in_count_calls (chat, "chat.bsky.convo.listConvos");
  guint logs;

  /* The first sync finds the conversations there are with listConvos. */
  convo = bluesky_chat_stand_in_say (chat, ana_did, shop_did, first);
  thread = g_strconcat ("bluesky-chat:", convo, NULL);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  g_assert_cmpuint (bluesky_chat_stand_in_count_calls (chat, "chat.bsky.convo.listConvos"), ==, lists + 1);
  logs = bluesky_chat_stand_in_count_calls (chat, "chat.bsky.convo.getLog");
  list = run_cli_json (dir, "list", "--limit", "1000", NULL);
  msg = find_text (list, first);
  g_assert_nonnull (msg);
  g_assert_cmpstr (json_object_get_string_member (msg, "channel"), ==, "bluesky");
  g_assert_cmpstr (json_object_get_string_member (msg, "direction"), ==, "in");
  g_assert_cmpstr (json_object_get_string_member (msg, "thread"), ==, thread);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (msg, "remote_id"), thread));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (msg, "author"), "handle"), ==,
                   "@ana-perez.test");
  g_assert_cmpint (query_int (dir, "SELECT count(*) FROM messages WHERE visibility = 'direct'"), ==, 1);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (msg, "id"));
  {
    g_autoptr(JsonNode) listed = run_cli_json (dir, "account", "list", NULL);
    JsonObject *row = json_array_get_object_element (json_node_get_array (listed), 0);

    g_assert_true (json_object_has_member (row, "notice"));
    g_assert_null (json_object_get_string_member (row, "notice"));
  }

  /* The next message comes from the log's cursor; the first stays one. */
  g_free (bluesky_chat_stand_in_say (chat, ana_did, shop_did, second));
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  g_clear_pointer (&list, json_node_unref);
  list = run_cli_json (dir, "list", "--limit", "1000", NULL);
  msg = find_text (list, second);
  g_assert_nonnull (msg);
  g_assert_cmpstr (json_object_get_string_member (msg, "thread"), ==, thread);
  g_assert_cmpuint (bluesky_chat_stand_in_count_calls (chat, "chat.bsky.convo.listConvos"), ==, lists + 1);
  g_assert_cmpuint (bluesky_chat_stand_in_count_calls (chat, "chat.bsky.convo.getLog"), >, logs);
  g_assert_cmpint (query_int (dir, "SELECT count(*) FROM messages WHERE visibility = 'direct'"), ==, 2);

  /* The answer's HTTP answer is lost: the message is there, once. */
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "reply", id, "--text", answer, NULL);
  bluesky_chat_stand_in_drop_sends (chat, 1);
  sends = bluesky_chat_stand_in_count_calls (chat, "chat.bsky.convo.sendMessage");
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, -1, "sync", "--once", NULL);
  g_assert_cmpuint (bluesky_chat_stand_in_count_calls (chat, "chat.bsky.convo.sendMessage"), ==, sends + 1);
  g_assert_cmpuint (bluesky_chat_stand_in_count_messages (chat, convo, shop_did, answer), ==, 1);

  /* Retried, it is found in getMessages and not sent again. */
  for (guint i = 0; i < 3; i++)
    {
      g_clear_pointer (&out, g_free);
      out = run_cli (dir, NULL, -1, "sync", "--once", NULL);
    }
  g_assert_cmpuint (bluesky_chat_stand_in_count_calls (chat, "chat.bsky.convo.sendMessage"), ==, sends + 1);
  g_assert_cmpuint (bluesky_chat_stand_in_count_messages (chat, convo, shop_did, answer), ==, 1);
  outbox = run_cli_json (dir, "outbox", NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (outbox)), ==, 0);
  g_clear_pointer (&list, json_node_unref);
  list = run_cli_json (dir, "list", "--limit", "1000", NULL);
  msg = find_text (list, answer);
  g_assert_nonnull (msg);
  g_assert_cmpstr (json_object_get_string_member (msg, "direction"), ==, "out");
  g_assert_cmpstr (json_object_get_string_member (msg, "thread"), ==, thread);

  fd_test_rmdir (dir);
}

static void
queue_private (const char *dir,
               const char *uri,
               const char *text,
               const char *note)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = fd_store_open (dir, &error);
  g_autoptr(FdOutbox) outbox = NULL;
  g_autoptr(FdReplyRequest) request = NULL;
  g_autoptr(GArray) queued = NULL;
  g_autofree char *id = message_id (dir, uri);

  g_assert_no_error (error);
  outbox = fd_outbox_new (store);
  request = fd_reply_request_new_private (g_ascii_strtoll (id, NULL, 10), text, note);
  queued = fd_outbox_queue_reply (outbox, request, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (queued->len, ==, 1);
}

/* Reply privately on a public post: a direct message in the
 * conversation with its author (made once, then reused), and the public
 * note in the thread. */
static void
test_reply_privately (void)
{
  g_autofree char *dir = add_shop_account_for_chat ("chat-two", TRUE);
  g_autoptr(JsonObject) mention = post_mention ("ben", "you charged me twice for order 777!");
  g_autoptr(JsonNode) outbox = NULL;
  g_autofree char *out = NULL;
  g_autofree char *convo = NULL;
  const char *shop_did = account_string ("shop", "did");
  const char *ben_did = account_string ("ben", "did");
  const char *secret = "The refund of 42 EUR to your card ending 1234 is on its way.";
  const char *again = "It should show on your statement within three days.";
  const char *note = "Sorry about that, we sent you a private message.";
  guint convos = bluesky_chat_stand_in_count_convos (chat);

  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  queue_private (dir, json_object_get_string_member (mention, "uri"), secret, note);
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);

  g_assert_cmpuint (bluesky_chat_stand_in_count_convos (chat), ==, convos + 1);
  convo = bluesky_chat_stand_in_say (chat, ben_did, shop_did, "Thanks!");
  g_assert_cmpuint (bluesky_chat_stand_in_count_messages (chat, convo, shop_did, secret), ==, 1);
  g_assert_cmpuint (count_shop_posts (note), ==, 1);
  g_assert_cmpuint (count_shop_posts (secret), ==, 0);

  /* The same conversation again; the answer to sendMessage is lost, and
   * the next attempt finds the message instead of sending it twice. */
  queue_private (dir, json_object_get_string_member (mention, "uri"), again, NULL);
  bluesky_chat_stand_in_drop_sends (chat, 1);
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, -1, "sync", "--once", NULL);
  g_assert_cmpuint (bluesky_chat_stand_in_count_messages (chat, convo, shop_did, again), ==, 1);
  for (guint i = 0; i < 3; i++)
    {
      g_clear_pointer (&out, g_free);
      out = run_cli (dir, NULL, -1, "sync", "--once", NULL);
    }
  g_assert_cmpuint (bluesky_chat_stand_in_count_convos (chat), ==, convos + 1);
  g_assert_cmpuint (bluesky_chat_stand_in_count_messages (chat, convo, shop_did, again), ==, 1);
  g_assert_cmpuint (bluesky_chat_stand_in_count_calls (chat, "chat.bsky.convo.getConvoForMembers"), >=, 2);
  outbox = run_cli_json (dir, "outbox", NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (outbox)), ==, 0);

  fd_test_rmdir (dir);
}

/* An app password without the direct-message permission: public posts
 * and replies work, and a private reply fails saying how to make an app
 * password that may. */
static void
test_chat_not_allowed (void)
{
  g_autofree char *dir = add_shop_account_for_chat ("no-chat", FALSE);
  g_autoptr(JsonObject) mention = post_mention ("ana", "do you ship to Portugal?");
  g_autoptr(JsonNode) accounts = NULL;
  g_autoptr(JsonNode) outbox = NULL;
  g_autoptr(JsonNode) list = NULL;
  g_autofree char *out = NULL;
  const char *public_answer = "Yes, we ship to Portugal in 3 to 5 days.";
  const char *error_text;
  JsonObject *account;
  JsonObject *entry;
  guint lists = bluesky_chat_stand_in_count_calls (chat, "chat.bsky.convo.listConvos");

  g_free (bluesky_chat_stand_in_say (chat, account_string ("ben", "did"), account_string ("shop", "did"),
                                     "Is anyone there?"));
  out = run_cli (dir, NULL, 0, "--json", "sync", "--once", NULL);
  accounts = json_from_string (out, NULL);
  account = json_array_get_object_element (json_node_get_array (accounts), 0);
  g_assert_cmpstr (json_object_get_string_member (account, "error_kind"), ==, "none");
  /* Asked, and refused: once in a run. */
  g_assert_cmpuint (bluesky_chat_stand_in_count_calls (chat, "chat.bsky.convo.listConvos"), ==, lists + 1);
  list = run_cli_json (dir, "list", "--limit", "1000", NULL);
  g_assert_nonnull (find_message (list, json_object_get_string_member (mention, "uri")));
  g_assert_null (find_text (list, "Is anyone there?"));
  /* The account says what direct messages need, at once, as it syncs on. */
  g_assert_nonnull (json_object_get_string_member (account, "notice"));
  g_assert_nonnull (strstr (json_object_get_string_member (account, "notice"), "Allow access to your direct messages"));
  {
    g_autoptr(JsonNode) listed = run_cli_json (dir, "account", "list", NULL);
    JsonObject *row = json_array_get_object_element (json_node_get_array (listed), 0);
    const char *notice = json_object_get_string_member (row, "notice");

    g_assert_nonnull (notice);
    g_assert_nonnull (strstr (notice, "Allow access to your direct messages"));
    g_assert_nonnull (strstr (notice, "App passwords"));
  }

  /* A public reply goes out; the private one fails with what to do. */
  queue_answer (dir, public_answer, mention);
  queue_private (dir, json_object_get_string_member (mention, "uri"), "Your tracking number is 555.", NULL);
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, -1, "sync", "--once", NULL);
  g_assert_cmpuint (count_shop_posts (public_answer), ==, 1);
  outbox = run_cli_json (dir, "outbox", NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (outbox)), ==, 1);
  entry = json_array_get_object_element (json_node_get_array (outbox), 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "state"), ==, "failed");
  error_text = json_object_get_string_member (entry, "error");
  g_assert_nonnull (strstr (error_text, "Allow access to your direct messages"));
  g_assert_nonnull (strstr (error_text, "App passwords"));

  /* The account itself is fine. */
  g_clear_pointer (&accounts, json_node_unref);
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "--json", "sync", "--once", NULL);
  accounts = json_from_string (out, NULL);
  account = json_array_get_object_element (json_node_get_array (accounts), 0);
  g_assert_cmpstr (json_object_get_string_member (account, "error_kind"), ==, "none");

  fd_test_rmdir (dir);
}

/* Reply privately, and the customer answers in the direct conversation:
 * the answer joins the conversation of the post and of our private
 * message, as the answers to a Mastodon private reply do; so do the
 * direct messages from before (a conversation of their own until then). */
static void
test_private_answer_joins (void)
{
  g_autofree char *dir = add_shop_account_for_chat ("chat-join", TRUE);
  g_autoptr(JsonObject) mention = post_mention ("ana", "my parcel came open, what now?");
  g_autoptr(JsonNode) list = NULL;
  g_autofree char *out = NULL;
  g_autofree char *convo = NULL;
  const char *shop_did = account_string ("shop", "did");
  const char *ana_did = account_string ("ana", "did");
  const char *before = "Hello? I wrote about my parcel on your page.";
  const char *secret = "So sorry! Send us a photo and your address, we will ship a new one.";
  const char *answer = "Here it is: Rua Augusta 12, Lisboa.";
  const char *thread;
  JsonObject *msg;

  convo = bluesky_chat_stand_in_say (chat, ana_did, shop_did, before);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  list = run_cli_json (dir, "list", "--limit", "1000", NULL);
  g_assert_nonnull (find_text (list, before));

  queue_private (dir, json_object_get_string_member (mention, "uri"), secret, NULL);
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  g_assert_cmpuint (bluesky_chat_stand_in_count_messages (chat, convo, shop_did, secret), ==, 1);

  g_free (bluesky_chat_stand_in_say (chat, ana_did, shop_did, answer));
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);

  g_clear_pointer (&list, json_node_unref);
  list = run_cli_json (dir, "list", "--limit", "1000", NULL);
  msg = find_message (list, json_object_get_string_member (mention, "uri"));
  g_assert_nonnull (msg);
  thread = json_object_get_string_member (msg, "thread");
  g_assert_cmpstr (thread, ==, json_object_get_string_member (mention, "uri"));
  msg = find_text (list, secret);
  g_assert_nonnull (msg);
  g_assert_cmpstr (json_object_get_string_member (msg, "direction"), ==, "out");
  g_assert_cmpstr (json_object_get_string_member (msg, "thread"), ==, thread);
  msg = find_text (list, answer);
  g_assert_nonnull (msg);
  g_assert_cmpstr (json_object_get_string_member (msg, "direction"), ==, "in");
  g_assert_cmpstr (json_object_get_string_member (msg, "thread"), ==, thread);
  msg = find_text (list, before);
  g_assert_nonnull (msg);
  g_assert_cmpstr (json_object_get_string_member (msg, "thread"), ==, thread);
  /* Our private message once: the copy getMessages brings back is it. */
  {
    JsonArray *array = json_node_get_array (list);
    guint n = 0;

    for (guint i = 0; i < json_array_get_length (array); i++)
      if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (array, i), "text"), secret) == 0)
        n++;
    g_assert_cmpuint (n, ==, 1);
  }

  fd_test_rmdir (dir);
}

/* A direct conversation longer than a page of getMessages (two, here)
 * comes whole, back to the account's history-days and not further; what
 * is written later comes through the log. */
static void
test_chat_history (void)
{
  g_autofree char *dir = add_shop_account_for_chat ("chat-history", TRUE);
  g_autoptr(JsonNode) list = NULL;
  g_autofree char *out = NULL;
  const char *shop_did = account_string ("shop", "did");
  const char *cleo_did = "did:plc:cleohistorytest000000";

  bluesky_chat_stand_in_add_member (chat, cleo_did, "cleo-history.test", "Cleo");
  {
    g_autoptr(FdStore) store = NULL;
    g_autoptr(FdAccount) account = load_account (dir, &store);
    g_autoptr(GError) error = NULL;

    fd_account_set_setting_int (account, "page-size", 2);
    fd_account_set_setting_int (account, "history-days", 30);
    g_assert_true (fd_account_save (account, store, &error));
    g_assert_no_error (error);
  }

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = g_strdup_printf ("Old message %u, from last year.", i);

      g_free (bluesky_chat_stand_in_say_before (chat, cleo_did, shop_did, text, 200 - i));
    }
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *text = g_strdup_printf ("History message %u.", i);

      g_free (bluesky_chat_stand_in_say (chat, i % 3 == 2 ? shop_did : cleo_did, i % 3 == 2 ? cleo_did : shop_did,
                                         text));
    }

  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  list = run_cli_json (dir, "list", "--limit", "1000", NULL);
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *text = g_strdup_printf ("History message %u.", i);
      JsonObject *msg = find_text (list, text);

      g_assert_nonnull (msg);
      g_assert_cmpstr (json_object_get_string_member (msg, "direction"), ==, i % 3 == 2 ? "out" : "in");
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = g_strdup_printf ("Old message %u, from last year.", i);

      g_assert_null (find_text (list, text));
    }

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("Later message %u.", i);

      g_free (bluesky_chat_stand_in_say (chat, cleo_did, shop_did, text));
    }
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  g_clear_pointer (&list, json_node_unref);
  list = run_cli_json (dir, "list", "--limit", "1000", NULL);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("Later message %u.", i);

      g_assert_nonnull (find_text (list, text));
    }

  fd_test_rmdir (dir);
}

/* Handles */

/* DNS cannot be served to a test here: this resolver answers the TXT
 * lookups of _atproto.HANDLE from a table (handle -> the record's
 * strings), and nothing else. */
typedef struct {
  GResolver   parent_instance;
  GHashTable *txt;   /* "_atproto.HANDLE" -> GStrv */
} TestResolver;

typedef struct {
  GResolverClass parent_class;
} TestResolverClass;

static GType test_resolver_get_type (void);
G_DEFINE_TYPE (TestResolver, test_resolver, G_TYPE_RESOLVER)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestResolver, g_object_unref)

static GList *
test_resolver_lookup_records (GResolver           *resolver,
                              const char          *rrname,
                              GResolverRecordType  type,
                              GCancellable        *cancellable,
                              GError             **error)
{
  TestResolver *self = (TestResolver *) resolver;
  GList *records = NULL;
  char **strings = g_hash_table_lookup (self->txt, rrname);

  if (type != G_RESOLVER_RECORD_TXT || strings == NULL)
    {
      g_set_error (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND, "No TXT record for %s", rrname);
      return NULL;
    }
  /* Each string its own record, as several TXT records of one name. */
  for (guint i = 0; strings[i] != NULL; i++)
    {
      const char *one[] = { strings[i], NULL };

      records = g_list_append (records, g_variant_ref_sink (g_variant_new ("(^as)", one)));
    }

  return records;
}

static void
test_resolver_finalize (GObject *object)
{
  g_hash_table_unref (((TestResolver *) object)->txt);
  G_OBJECT_CLASS (test_resolver_parent_class)->finalize (object);
}

static void
test_resolver_class_init (TestResolverClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_resolver_finalize;
  G_RESOLVER_CLASS (klass)->lookup_records = test_resolver_lookup_records;
}

static void
test_resolver_init (TestResolver *self)
{
  self->txt = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
}

/* https://HANDLE/.well-known/atproto-did cannot be served for a handle
 * here either: this server answers http://127.0.0.1:PORT/HANDLE/.well-known/atproto-did. */
typedef struct {
  GMutex      mutex;
  GHashTable *dids;      /* handle -> DID */
  guint       requests;
} WellKnown;

static void
well_known_cb (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  WellKnown *well_known = user_data;
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  const char *did = NULL;

  g_mutex_lock (&well_known->mutex);
  well_known->requests++;
  if (g_strv_length (parts) == 4 && g_str_equal (parts[2], ".well-known") && g_str_equal (parts[3], "atproto-did"))
    did = g_hash_table_lookup (well_known->dids, parts[1]);
  if (did != NULL)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_COPY, did, strlen (did));
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
  g_mutex_unlock (&well_known->mutex);
}

/* Signs in as @handle with @password the way "account add bluesky"
 * without --service does: handle -> DID -> the DID document at the
 * network's PLC -> the PDS it names. */
static FdAccount *
sign_in_by_handle (const char  *handle,
                   const char  *password,
                   GError     **error)
{
  g_autoptr(GHashTable) params = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *note = NULL;

  g_hash_table_insert (params, (gpointer) "handle", (gpointer) handle);
  g_hash_table_insert (params, (gpointer) FD_BLUESKY_SETTING_PLC,
                       (gpointer) json_object_get_string_member (network_info, "plc"));
  return _fd_bluesky_sign_in (params, password, &note, NULL, error);
}

/* Handle -> DID -> PDS without a server given: the DID from the
 * _atproto TXT record, else from the well-known file; the PDS from the
 * DID document the network's PLC keeps. */
static void
test_resolve_handle (void)
{
  g_autoptr(TestResolver) resolver = g_object_new (test_resolver_get_type (), NULL);
  g_autofree char *format = NULL;
  g_autofree char *pds = _fd_bluesky_normalize_service (pds_url, NULL);
  g_autoptr(GError) error = NULL;
  FdTestServer *http;
  WellKnown well_known = { 0, };

  g_mutex_init (&well_known.mutex);
  well_known.dids = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (well_known.dids, (gpointer) account_string ("ana", "handle"),
                       (gpointer) account_string ("ana", "did"));
  http = fd_test_server_start ("bluesky-well-known", well_known_cb, NULL, NULL, &well_known);
  format = g_strdup_printf ("%s/%%s/.well-known/atproto-did", fd_test_server_get_url (http));
  _fd_bluesky_set_handle_lookup (G_RESOLVER (resolver), format);

  /* A TXT record longer than 255 bytes comes in pieces: they are one. */
  {
    const char *split[] = { "did=did:plc:ab", "cdef", NULL };
    const char *other[] = { "did=", NULL };
    g_autolist(GVariant) records = NULL;
    g_autofree char *did = NULL;

    records = g_list_append (records, g_variant_ref_sink (g_variant_new ("(^as)", other)));
    records = g_list_append (records, g_variant_ref_sink (g_variant_new ("(^as)", split)));
    did = _fd_bluesky_did_from_txt (records);
    g_assert_cmpstr (did, ==, "did:plc:abcdef");
  }

  /* The TXT records of a name: only a valid "did=" one counts. */
  {
    const char *shop[] = { "v=spf1 -all", "did=not a did", NULL };
    g_autofree char *record = g_strconcat ("did=", account_string ("shop", "did"), NULL);
    g_auto(GStrv) strings = NULL;
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_autoptr(FdAccount) account = NULL;
    g_autofree char *did = NULL;

    g_strv_builder_addv (builder, shop);
    g_strv_builder_add (builder, record);
    strings = g_strv_builder_end (builder);
    g_hash_table_insert (resolver->txt, g_strconcat ("_atproto.", account_string ("shop", "handle"), NULL),
                         g_strdupv (strings));

    account = sign_in_by_handle (account_string ("shop", "handle"), account_string ("shop", "appPassword"), &error);
    g_assert_no_error (error);
    g_assert_nonnull (account);
    did = fd_account_dup_setting_string (account, FD_BLUESKY_SETTING_DID);
    g_assert_cmpstr (did, ==, account_string ("shop", "did"));
    g_assert_cmpstr (fd_account_get_address (account), ==, pds);
    g_assert_cmpstr (fd_account_get_name (account), ==, "@acme-store.test");
    /* Found in DNS: the well-known file was not needed. */
    g_assert_cmpuint (well_known.requests, ==, 0);
  }

  /* No TXT record: the well-known file names the DID. */
  {
    g_autoptr(FdAccount) account = sign_in_by_handle (account_string ("ana", "handle"),
                                                      account_string ("ana", "password"), &error);
    g_autofree char *did = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (account);
    did = fd_account_dup_setting_string (account, FD_BLUESKY_SETTING_DID);
    g_assert_cmpstr (did, ==, account_string ("ana", "did"));
    g_assert_cmpstr (fd_account_get_address (account), ==, pds);
    g_assert_cmpuint (well_known.requests, ==, 1);
  }

  /* Neither: the handle is said to be unknown. */
  {
    g_autoptr(FdAccount) account = sign_in_by_handle ("nobody-here.test", "whatever", &error);

    g_assert_null (account);
    g_assert_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "could not find the Bluesky account @nobody-here.test"));
    g_assert_cmpuint (well_known.requests, ==, 2);
  }

  _fd_bluesky_set_handle_lookup (NULL, NULL);
  fd_test_server_stop (http);
  g_hash_table_unref (well_known.dids);
  g_mutex_clear (&well_known.mutex);
}

/* Write budgets */

/* Moves the write points the profile counted @seconds into the past, as
 * if that much time had gone by since they were spent. */
static void
age_write_points (const char *dir,
                  gint64      seconds,
                  gint64     *oldest_minute)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = fd_store_open (dir, &error);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) aged = NULL;
  g_autofree char *value = NULL;
  sqlite3_stmt *stmt = NULL;
  JsonArray *spent;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store),
                                       "SELECT value FROM sync_cursors WHERE key = 'write-points'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  root = json_from_string ((const char *) sqlite3_column_text (stmt, 0), &error);
  sqlite3_finalize (stmt);
  g_assert_no_error (error);
  spent = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (spent), >=, 1);
  if (oldest_minute != NULL)
    *oldest_minute = json_array_get_int_element (json_array_get_array_element (spent, 0), 0);

  json_builder_begin_array (builder);
  for (guint i = 0; i < json_array_get_length (spent); i++)
    {
      JsonArray *pair = json_array_get_array_element (spent, i);

      json_builder_begin_array (builder);
      json_builder_add_int_value (builder, json_array_get_int_element (pair, 0) - seconds);
      json_builder_add_int_value (builder, json_array_get_int_element (pair, 1));
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  aged = json_builder_get_root (builder);
  value = json_to_string (aged, FALSE);

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (store),
                                       "UPDATE sync_cursors SET value = ? WHERE key = 'write-points'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

/* More answers than the hour's write points allow (lowered to 9: three
 * posts): the first three go out, the others wait, saying until when,
 * without a refusal from the server, and a direct message queued after
 * them, which costs no points, goes all the same; once the hour has
 * passed the others go. */
static void
test_write_budget (void)
{
  g_autofree char *dir = add_shop_account_for_chat ("chat-budget", TRUE);
  g_autofree char *convo = NULL;
  g_autofree char *dm_id = NULL;
  const char *dm_question = "Do you also sell the teapot in green?";
  const char *dm_answer = "Not yet, but we will by spring.";
  g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(JsonNode) outbox = NULL;
  g_autofree char *out = NULL;
  g_autofree char *expected_time = NULL;
  gint64 oldest_minute = 0;
  guint creates;
  guint n_sent = 0;

  {
    g_autoptr(FdStore) store = NULL;
    g_autoptr(FdAccount) account = load_account (dir, &store);
    g_autoptr(GError) error = NULL;

    fd_account_set_setting_int (account, "write-points-per-hour", 9);
    g_assert_true (fd_account_save (account, store, &error));
    g_assert_no_error (error);
  }

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("is the blue teapot back in stock? (%u)", i);

      g_ptr_array_add (mentions, post_mention (i % 2 == 0 ? "ana" : "ben", text));
    }
  convo = bluesky_chat_stand_in_say (chat, account_string ("ana", "did"), account_string ("shop", "did"), dm_question);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  for (guint i = 0; i < mentions->len; i++)
    {
      g_autofree char *answer = g_strdup_printf ("Yes, since this morning. Budget answer %u.", i);

      queue_answer (dir, answer, g_ptr_array_index (mentions, i));
    }
  {
    g_autoptr(JsonNode) list = run_cli_json (dir, "list", "--limit", "1000", NULL);
    JsonObject *question = find_text (list, dm_question);

    g_assert_nonnull (question);
    dm_id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (question, "id"));
    g_clear_pointer (&out, g_free);
    out = run_cli (dir, NULL, 0, "reply", dm_id, "--text", dm_answer, NULL);
  }

  creates = proxy_count ("com.atproto.repo.createRecord");
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  /* Three posts, and no attempt at a fourth. */
  g_assert_cmpuint (proxy_count ("com.atproto.repo.createRecord"), ==, creates + 3);
  for (guint i = 0; i < mentions->len; i++)
    {
      g_autofree char *answer = g_strdup_printf ("Budget answer %u.", i);

      n_sent += count_shop_posts (answer);
    }
  g_assert_cmpuint (n_sent, ==, 3);
  g_assert_cmpuint (bluesky_chat_stand_in_count_messages (chat, convo, account_string ("shop", "did"), dm_answer),
                    ==, 1);

  /* The two others wait, saying when they go. */
  age_write_points (dir, 0, &oldest_minute);
  {
    g_autoptr(GDateTime) at = g_date_time_new_from_unix_local (oldest_minute + 60 + 60 * 60);

    expected_time = g_date_time_format (at, "%H:%M");
  }
  outbox = run_cli_json (dir, "outbox", NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (outbox)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *entry = json_array_get_object_element (json_node_get_array (outbox), i);
      const char *error_text = json_object_get_string_member (entry, "error");

      g_assert_cmpstr (json_object_get_string_member (entry, "state"), ==, "pending");
      g_assert_nonnull (error_text);
      g_assert_nonnull (strstr (error_text, "Bluesky’s hourly limit"));
      g_assert_nonnull (strstr (error_text, expected_time));
    }

  /* Another sync within the hour sends nothing. */
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  g_assert_cmpuint (proxy_count ("com.atproto.repo.createRecord"), ==, creates + 3);

  /* An hour later. */
  age_write_points (dir, 60 * 60 + 60, NULL);
  g_clear_pointer (&out, g_free);
  out = run_cli (dir, NULL, 0, "sync", "--once", NULL);
  g_assert_cmpuint (proxy_count ("com.atproto.repo.createRecord"), ==, creates + 5);
  n_sent = 0;
  for (guint i = 0; i < mentions->len; i++)
    {
      g_autofree char *answer = g_strdup_printf ("Budget answer %u.", i);

      g_assert_cmpuint (count_shop_posts (answer), ==, 1);
    }
  g_clear_pointer (&outbox, json_node_unref);
  outbox = run_cli_json (dir, "outbox", NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (outbox)), ==, 0);

  fd_test_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("Usage: %s PATH-TO-frontdesk-cli-test\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];

  start_network ();
  g_mutex_init (&proxy.mutex);
  proxy.counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  proxy.http = fd_test_server_start ("bluesky-proxy", proxy_cb, proxy_stop_cb, NULL, NULL);
  chat = bluesky_chat_stand_in_new (pds_url);
  for (guint i = 0; i < 3; i++)
    {
      const char *who = (const char *[]) { "shop", "ana", "ben" }[i];

      bluesky_chat_stand_in_add_member (chat, account_string (who, "did"), account_string (who, "handle"), NULL);
    }

  g_test_add_func ("/bluesky/rich-text", test_rich_text);
  g_test_add_func ("/bluesky/sync-and-reply", test_sync_and_reply);
  g_test_add_func ("/bluesky/lost-answer", test_lost_answer);
  g_test_add_func ("/bluesky/expired-token", test_expired_token);
  g_test_add_func ("/bluesky/revoked", test_revoked);
  g_test_add_func ("/bluesky/rate-limit", test_rate_limit);
  g_test_add_func ("/bluesky/deleted-parent", test_deleted_parent);
  g_test_add_func ("/bluesky/listening", test_listening);
  g_test_add_func ("/bluesky/kill-9", test_kill_9);
  g_test_add_func ("/bluesky/direct-messages", test_direct_messages);
  g_test_add_func ("/bluesky/reply-privately", test_reply_privately);
  g_test_add_func ("/bluesky/chat-not-allowed", test_chat_not_allowed);
  g_test_add_func ("/bluesky/private-answer-joins", test_private_answer_joins);
  g_test_add_func ("/bluesky/chat-history", test_chat_history);
  g_test_add_func ("/bluesky/resolve-handle", test_resolve_handle);
  g_test_add_func ("/bluesky/write-budget", test_write_budget);

  status = g_test_run ();

  g_clear_pointer (&chat, bluesky_chat_stand_in_free);
  fd_test_server_stop (proxy.http);
  g_hash_table_unref (proxy.counts);
  stop_network ();

  return status;
}
