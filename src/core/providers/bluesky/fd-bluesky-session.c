/* fd-bluesky-session.c: signing in with an app password.
 *
 * The handle names a DID (DNS TXT _atproto.HANDLE, else
 * https://HANDLE/.well-known/atproto-did), the DID's document names the
 * account's PDS (PLC for did:plc, the host for did:web), and the PDS
 * takes the app password once (com.atproto.server.createSession, which
 * Bluesky allows only so often a day). What is kept, in the keyring only,
 * is the session it gives: an access token and the refresh token that
 * renews it (fd-bluesky-provider.c). The app password itself is kept
 * nowhere. A PDS may also be named outright ("service"): a self-hosted
 * one, or a test network.
 *
 * A later atproto OAuth sign-in would give the same kind of session, so
 * only this file would change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <string.h>

#include "fd-account-setup.h"
#include "fd-bluesky-private.h"
#include "fd-untrusted.h"

#define SIGN_IN_TIMEOUT_MS 30000

char *
_fd_bluesky_normalize_service (const char  *service,
                               GError     **error)
{
  g_autofree char *with_scheme = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (service == NULL || *service == '\0')
    {
      g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                           _("Type the address of the Bluesky server, for example https://bsky.social."));
      return NULL;
    }

  with_scheme = strstr (service, "://") != NULL ? g_strdup (service) : g_strconcat ("https://", service, NULL);
  if (!(uri = g_uri_parse (with_scheme, G_URI_FLAGS_NONE, NULL)) || (host = g_uri_get_host (uri)) == NULL ||
      *host == '\0' || (g_uri_get_path (uri)[0] != '\0' && !g_str_equal (g_uri_get_path (uri), "/")) ||
      g_uri_get_query (uri) != NULL || g_uri_get_userinfo (uri) != NULL)
    {
      g_set_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                   _("“%s” is not a server address. Type one such as https://bsky.social."), service);
      return NULL;
    }

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") == 0 && !fd_untrusted_is_loopback_host (host))
    {
      g_set_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                   _("“%s” would send the app password unencrypted. Use an https:// address."), service);
      return NULL;
    }
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    {
      g_set_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                   _("“%s” is not a server address. Type one such as https://bsky.social."), service);
      return NULL;
    }

  {
    g_autofree char *lower_host = g_ascii_strdown (host, -1);

    const char *plain = g_ascii_strcasecmp (scheme, "http") == 0 ? "http" : "https";

    if (g_uri_get_port (uri) > 0)
      return g_strdup_printf ("%s://%s:%d", plain, lower_host, g_uri_get_port (uri));
    return g_strdup_printf ("%s://%s", plain, lower_host);
  }
}

char *
_fd_bluesky_did_doc_pds (JsonObject *did_doc)
{
  JsonArray *services = fd_json_get_array (did_doc, "service");

  for (guint i = 0; services != NULL && i < json_array_get_length (services); i++)
    {
      JsonNode *node = json_array_get_element (services, i);
      JsonObject *service = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *id = fd_json_get_string (service, "id");
      const char *endpoint = fd_json_get_string (service, "serviceEndpoint");

      if (id != NULL && endpoint != NULL && g_str_has_suffix (id, "#atproto_pds"))
        return _fd_bluesky_normalize_service (endpoint, NULL);
    }

  return NULL;
}

static gboolean
is_did (const char *did)
{
  return did != NULL && (g_str_has_prefix (did, "did:plc:") || g_str_has_prefix (did, "did:web:")) &&
         strlen (did) < 2048 && strpbrk (did, " \t\r\n/?#") == NULL;
}

/* Where handles are looked up; see _fd_bluesky_set_handle_lookup(). */
static GResolver *txt_resolver;
static char      *well_known_format;

void
_fd_bluesky_set_handle_lookup (GResolver  *resolver,
                               const char *format)
{
  g_set_object (&txt_resolver, resolver);
  g_free (well_known_format);
  well_known_format = g_strdup (format);
}

char *
_fd_bluesky_did_from_txt (GList *records)
{
  for (GList *l = records; l != NULL; l = l->next)
    {
      g_autofree const char **parts = NULL;

      if (!g_variant_is_of_type (l->data, G_VARIANT_TYPE ("(as)")))
        continue;
      g_variant_get (l->data, "(^a&s)", &parts);
      /* One record is one string, maybe cut in pieces of 255 bytes. */
      {
        g_autofree char *text = parts != NULL ? g_strjoinv ("", (char **) parts) : NULL;

        if (text != NULL && g_str_has_prefix (text, "did=") && is_did (text + 4))
          return g_strdup (text + 4);
      }
    }

  return NULL;
}

char *
_fd_bluesky_resolve_handle (const char    *handle,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GResolver) resolver = txt_resolver != NULL ? g_object_ref (txt_resolver) : g_resolver_get_default ();
  g_autofree char *name = g_strconcat ("_atproto.", handle, NULL);
  g_autolist(GVariant) records = NULL;
  g_autofree char *url = NULL;
  g_autofree char *from_dns = NULL;
  g_autoptr(SoupSession) session = NULL;
  g_autoptr(SoupMessage) msg = NULL;
  g_autoptr(GBytes) body = NULL;

  records = g_resolver_lookup_records (resolver, name, G_RESOLVER_RECORD_TXT, cancellable, NULL);
  if ((from_dns = _fd_bluesky_did_from_txt (records)) != NULL)
    return g_steal_pointer (&from_dns);

  session = soup_session_new_with_options ("user-agent", "Frontdesk/" PACKAGE_VERSION, "timeout", 20, NULL);
  if (well_known_format != NULL)
    {
      g_auto(GStrv) pieces = g_strsplit (well_known_format, "%s", 2);

      url = g_strjoinv (handle, pieces);
    }
  else
    url = g_strdup_printf ("https://%s/.well-known/atproto-did", handle);
  if ((msg = soup_message_new ("GET", url)) != NULL &&
      (body = soup_session_send_and_read (session, msg, cancellable, NULL)) != NULL &&
      soup_message_get_status (msg) == SOUP_STATUS_OK && g_bytes_get_size (body) < 2048)
    {
      g_autofree char *did = g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body));

      g_strstrip (did);
      if (is_did (did))
        return g_steal_pointer (&did);
    }

  g_set_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
               _("Frontdesk could not find the Bluesky account @%s. Check the handle, or give the address "
                 "of its server."), handle);
  return NULL;
}

/* The PDS of @did, from its document. */
static char *
resolve_pds (const char    *did,
             const char    *plc,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(JsonNode) doc = NULL;
  g_autofree char *url = NULL;
  g_autofree char *pds = NULL;

  if (g_str_has_prefix (did, "did:plc:"))
    url = g_strdup_printf ("%s/%s", plc, did);
  else
    url = g_strdup_printf ("https://%s/.well-known/did.json", did + strlen ("did:web:"));

  if (!(doc = fd_bluesky_fetch_json (url, SIGN_IN_TIMEOUT_MS, cancellable, error)))
    return NULL;
  if (!(pds = _fd_bluesky_did_doc_pds (json_node_get_object (doc))))
    {
      g_set_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                   _("The Bluesky account %s names no server Frontdesk can use. Give the address of its server."),
                   did);
      return NULL;
    }

  return g_steal_pointer (&pds);
}

char *
_fd_bluesky_session_to_string (const char *did,
                               const char *access_jwt,
                               const char *refresh_jwt)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "did");
  json_builder_add_string_value (builder, did);
  json_builder_set_member_name (builder, "accessJwt");
  json_builder_add_string_value (builder, access_jwt);
  json_builder_set_member_name (builder, "refreshJwt");
  json_builder_add_string_value (builder, refresh_jwt);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

gboolean
_fd_bluesky_session_parse (const char  *secret,
                           char       **did,
                           char       **access_jwt,
                           char       **refresh_jwt)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;

  if (secret == NULL || !json_parser_load_from_data (parser, secret, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return FALSE;

  object = json_node_get_object (json_parser_get_root (parser));
  if (fd_json_get_string (object, "refreshJwt") == NULL || fd_json_get_string (object, "did") == NULL)
    return FALSE;

  *did = g_strdup (fd_json_get_string (object, "did"));
  *access_jwt = g_strdup (fd_json_get_string (object, "accessJwt"));
  *refresh_jwt = g_strdup (fd_json_get_string (object, "refreshJwt"));
  return TRUE;
}

static char *
dup_handle (GHashTable *params)
{
  const char *handle = g_hash_table_lookup (params, "handle");

  if (handle == NULL)
    return NULL;
  while (*handle == '@')
    handle++;

  return g_strstrip (g_ascii_strdown (handle, -1));
}

gboolean
_fd_bluesky_check_setup (GHashTable  *params,
                         GError     **error)
{
  g_autofree char *handle = dup_handle (params);
  const char *service = g_hash_table_lookup (params, "service");

  if (handle == NULL || *handle == '\0')
    {
      g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                           _("Type the account’s handle, such as shop.bsky.social."));
      return FALSE;
    }
  if (strchr (handle, '@') != NULL && (service == NULL || *service == '\0'))
    {
      g_set_error_literal (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                           _("To sign in with an email address, also give the address of the Bluesky server; "
                             "or type the handle instead."));
      return FALSE;
    }
  if (strchr (handle, '@') == NULL &&
      (strchr (handle, '.') == NULL || strspn (handle, "abcdefghijklmnopqrstuvwxyz0123456789.-") != strlen (handle)))
    {
      g_set_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                   _("“%s” is not a Bluesky handle. A handle looks like shop.bsky.social."), handle);
      return FALSE;
    }
  if (service != NULL && *service != '\0')
    {
      g_autofree char *normalized = _fd_bluesky_normalize_service (service, error);

      if (normalized == NULL)
        return FALSE;
    }

  return TRUE;
}

FdAccount *
_fd_bluesky_sign_in (GHashTable    *params,
                     const char    *secret,
                     char         **note,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *handle = dup_handle (params);
  const char *service = g_hash_table_lookup (params, "service");
  const char *plc = g_hash_table_lookup (params, FD_BLUESKY_SETTING_PLC);
  g_autofree char *base = NULL;
  g_autofree char *pds = NULL;
  g_autofree char *name = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(FdBlueskyClient) client = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *xrpc_error = NULL;
  g_autoptr(FdAccount) account = NULL;
  JsonObject *session;
  const char *did;
  const char *access;
  const char *refresh;
  const char *signed_handle;

  if (plc == NULL || *plc == '\0')
    plc = FD_BLUESKY_DEFAULT_PLC;

  if (service != NULL && *service != '\0')
    {
      if (!(base = _fd_bluesky_normalize_service (service, error)))
        return NULL;
    }
  else
    {
      g_autofree char *resolved = NULL;

      if (!(resolved = _fd_bluesky_resolve_handle (handle, cancellable, error)) ||
          !(base = resolve_pds (resolved, plc, cancellable, error)))
        return NULL;
    }

  client = fd_bluesky_client_new (base);
  fd_bluesky_client_set_one_off (client, TRUE);
  fd_bluesky_client_set_timeout (client, SIGN_IN_TIMEOUT_MS);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "identifier");
  json_builder_add_string_value (builder, handle);
  json_builder_set_member_name (builder, "password");
  json_builder_add_string_value (builder, secret);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  root = fd_bluesky_client_call (client, "com.atproto.server.createSession", NULL, body, NULL, FALSE,
                                 &xrpc_error, cancellable, &local_error);
  json_builder_reset (builder);
  if (root == NULL)
    {
      if (g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH) ||
          g_strcmp0 (xrpc_error, "AuthenticationRequired") == 0 || g_strcmp0 (xrpc_error, "AuthFactorTokenRequired") == 0)
        g_set_error (error, FD_ACCOUNT_SETUP_ERROR, FD_ACCOUNT_SETUP_ERROR_INVALID,
                     _("Bluesky did not accept this handle and app password. Check the handle, and make a new "
                       "app password in Bluesky’s Settings → Privacy and security → App passwords."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  session = json_node_get_object (root);
  did = fd_json_get_string (session, "did");
  access = fd_json_get_string (session, "accessJwt");
  refresh = fd_json_get_string (session, "refreshJwt");
  signed_handle = fd_json_get_string (session, "handle");
  if (!is_did (did) || access == NULL || refresh == NULL || signed_handle == NULL)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                           _("The Bluesky server sent an answer Frontdesk does not understand. Try again in a moment."));
      return NULL;
    }

  /* The server named is the one to talk to (a self-hosted PDS, an
   * entryway that passes requests on); else the account's own, as its
   * DID document says, when it is one Frontdesk may send the tokens to. */
  if (service == NULL || *service == '\0')
    pds = _fd_bluesky_did_doc_pds (fd_json_get_object (session, "didDoc"));
  if (pds == NULL)
    pds = g_strdup (base);

  name = g_strconcat ("@", signed_handle, NULL);
  account = fd_account_new (FD_BLUESKY_CHANNEL, name, pds);
  fd_account_set_setting_string (account, FD_BLUESKY_SETTING_DID, did);
  fd_account_set_setting_string (account, FD_BLUESKY_SETTING_HANDLE, signed_handle);
  if (g_hash_table_lookup (params, FD_BLUESKY_SETTING_PLC) != NULL)
    fd_account_set_setting_string (account, FD_BLUESKY_SETTING_PLC, plc);
  if (g_hash_table_lookup (params, "history-days") != NULL)
    fd_account_set_setting_int (account, "history-days",
                                g_ascii_strtoll (g_hash_table_lookup (params, "history-days"), NULL, 10));

  kept = _fd_bluesky_session_to_string (did, access, refresh);
  g_object_set_data_full (G_OBJECT (account), FD_ACCOUNT_SETUP_KEPT_SECRET, g_steal_pointer (&kept), g_free);

  return g_steal_pointer (&account);
}

gboolean
_fd_bluesky_is_same_account (FdAccount *existing,
                             FdAccount *signed_in)
{
  g_autofree char *a = fd_account_dup_setting_string (existing, FD_BLUESKY_SETTING_DID);
  g_autofree char *b = fd_account_dup_setting_string (signed_in, FD_BLUESKY_SETTING_DID);

  return a != NULL && g_strcmp0 (a, b) == 0;
}

/* The form */

static const FdSetupField fields[] = {
  {
    .id = "handle",
    .label = N_("Handle"),
    .kind = FD_SETUP_FIELD_TEXT,
    .placeholder = N_("shop.bsky.social"),
    .description = N_("The account’s handle, without the @."),
  },
  {
    .id = "app-password",
    .label = N_("App password"),
    .kind = FD_SETUP_FIELD_PASSWORD,
    .flags = FD_SETUP_FIELD_SECRET,
    .description = N_("Make one in Bluesky’s Settings → Privacy and security → App passwords. "
                      "Frontdesk uses it once to sign in and keeps only the sign-in it gives."),
  },
  {
    .id = "service",
    .label = N_("Server"),
    .kind = FD_SETUP_FIELD_URL,
    .flags = FD_SETUP_FIELD_OPTIONAL | FD_SETUP_FIELD_ADVANCED,
    .placeholder = N_("https://bsky.social"),
    .description = N_("Only for an account on a server of its own: empty, Frontdesk finds the server from the handle."),
  },
  { NULL }
};

static const char *
error_field (const GError *error)
{
  if (error != NULL && error->domain == FD_ACCOUNT_SETUP_ERROR && error->code == FD_ACCOUNT_SETUP_ERROR_INVALID)
    return "handle";

  return NULL;
}

const FdAccountSetupForm _fd_bluesky_setup_form = {
  .title = N_("Add a Bluesky Account"),
  .summary = N_("Mentions, replies and quotes of one Bluesky account"),
  .intro = N_("Frontdesk reads the posts that mention, answer or quote your account and answers them in the same "
              "thread. Sign in with an app password, not your account’s password."),
  .advanced_title = N_("Own Server"),
  .fields = fields,
  .error_field = error_field,
};
