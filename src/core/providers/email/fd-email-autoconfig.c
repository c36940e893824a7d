/* fd-email-autoconfig.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "fd-account.h"
#include "fd-email-autoconfig.h"
#include "fd-email-connection.h"

#define HTTP_TIMEOUT_SECONDS 10

typedef struct
{
  const char      *domains;    /* space separated */
  const char      *imap_host;
  guint16          imap_port;
  FdEmailSecurity  imap_security;
  const char      *smtp_host;
  guint16          smtp_port;
  FdEmailSecurity  smtp_security;
  gboolean         saves_sent;
} KnownProvider;

static const KnownProvider known_providers[] = {
  { "gmail.com googlemail.com", "imap.gmail.com", 993, FD_EMAIL_SECURITY_TLS, "smtp.gmail.com", 465, FD_EMAIL_SECURITY_TLS, TRUE },
  { "outlook.com hotmail.com live.com msn.com outlook.de hotmail.de hotmail.fr hotmail.co.uk live.de",
    "outlook.office365.com", 993, FD_EMAIL_SECURITY_TLS, "smtp-mail.outlook.com", 587, FD_EMAIL_SECURITY_STARTTLS, TRUE },
  { "yahoo.com yahoo.de yahoo.fr yahoo.co.uk ymail.com", "imap.mail.yahoo.com", 993, FD_EMAIL_SECURITY_TLS,
    "smtp.mail.yahoo.com", 465, FD_EMAIL_SECURITY_TLS, FALSE },
  { "icloud.com me.com mac.com", "imap.mail.me.com", 993, FD_EMAIL_SECURITY_TLS, "smtp.mail.me.com", 587, FD_EMAIL_SECURITY_STARTTLS, FALSE },
  { "fastmail.com fastmail.fm", "imap.fastmail.com", 993, FD_EMAIL_SECURITY_TLS, "smtp.fastmail.com", 465, FD_EMAIL_SECURITY_TLS, FALSE },
  { "gmx.net gmx.de gmx.at gmx.ch", "imap.gmx.net", 993, FD_EMAIL_SECURITY_TLS, "mail.gmx.net", 465, FD_EMAIL_SECURITY_TLS, FALSE },
  { "gmx.com", "imap.gmx.com", 993, FD_EMAIL_SECURITY_TLS, "mail.gmx.com", 465, FD_EMAIL_SECURITY_TLS, FALSE },
  { "web.de", "imap.web.de", 993, FD_EMAIL_SECURITY_TLS, "smtp.web.de", 587, FD_EMAIL_SECURITY_STARTTLS, FALSE },
  { "posteo.de posteo.net posteo.org posteo.eu", "posteo.de", 993, FD_EMAIL_SECURITY_TLS, "posteo.de", 465, FD_EMAIL_SECURITY_TLS, FALSE },
  { "mailbox.org", "imap.mailbox.org", 993, FD_EMAIL_SECURITY_TLS, "smtp.mailbox.org", 465, FD_EMAIL_SECURITY_TLS, FALSE },
  { "ionos.de ionos.com ionos.co.uk 1und1.de online.de", "imap.ionos.de", 993, FD_EMAIL_SECURITY_TLS, "smtp.ionos.de", 465, FD_EMAIL_SECURITY_TLS, FALSE },
  { "aol.com aol.de", "imap.aol.com", 993, FD_EMAIL_SECURITY_TLS, "smtp.aol.com", 465, FD_EMAIL_SECURITY_TLS, FALSE },
  { "zoho.com zohomail.com", "imap.zoho.com", 993, FD_EMAIL_SECURITY_TLS, "smtp.zoho.com", 465, FD_EMAIL_SECURITY_TLS, FALSE },
  { "t-online.de", "secureimap.t-online.de", 993, FD_EMAIL_SECURITY_TLS, "securesmtp.t-online.de", 465, FD_EMAIL_SECURITY_TLS, FALSE },
};

static const FdEmailOAuthProvider oauth_providers[] = {
  {
    .id = "google",
    .name = N_("Google"),
    .domains = "gmail.com googlemail.com",
    /* aspmx.l.google.com, alt1.aspmx.l.google.com, smtp.google.com */
    .mx_suffixes = "google.com googlemail.com",
    .authorize_url = "https://accounts.google.com/o/oauth2/v2/auth",
    .token_url = "https://oauth2.googleapis.com/token",
    .scope = "https://mail.google.com/",
    /* A refresh token only comes with offline access, asked every time. */
    .authorize_params = "access_type=offline&prompt=consent",
    .client_id = GOOGLE_CLIENT_ID,
    .imap_host = "imap.gmail.com",
    .imap_port = 993,
    .smtp_host = "smtp.gmail.com",
    .smtp_port = 465,
    .smtp_security = FD_EMAIL_SECURITY_TLS,
  },
  {
    .id = "microsoft",
    .name = N_("Microsoft 365"),
    .domains = "outlook.com hotmail.com live.com msn.com outlook.de hotmail.de hotmail.fr hotmail.co.uk live.de",
    /* example-com.mail.protection.outlook.com */
    .mx_suffixes = "mail.protection.outlook.com",
    .authorize_url = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
    .token_url = "https://login.microsoftonline.com/common/oauth2/v2.0/token",
    .scope = "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access",
    .authorize_params = "",
    .client_id = MICROSOFT_CLIENT_ID,
    .imap_host = "outlook.office365.com",
    .imap_port = 993,
    .smtp_host = "smtp.office365.com",
    .smtp_port = 587,
    .smtp_security = FD_EMAIL_SECURITY_STARTTLS,
  },
};

static gboolean host_in_domain (const char *host,
                                const char *domain);

const FdEmailOAuthProvider *
fd_email_oauth_provider_for_address (const char *address)
{
  g_autofree char *domain = fd_email_address_get_domain (address);

  for (guint i = 0; domain != NULL && i < G_N_ELEMENTS (oauth_providers); i++)
    {
      g_auto(GStrv) domains = g_strsplit (oauth_providers[i].domains, " ", -1);

      if (g_strv_contains ((const char * const *) domains, domain))
        return &oauth_providers[i];
    }

  return NULL;
}

const FdEmailOAuthProvider *
fd_email_oauth_provider_for_mx (const char *mx_host)
{
  for (guint i = 0; mx_host != NULL && i < G_N_ELEMENTS (oauth_providers); i++)
    {
      g_auto(GStrv) suffixes = g_strsplit (oauth_providers[i].mx_suffixes, " ", -1);

      for (guint j = 0; suffixes[j] != NULL; j++)
        if (host_in_domain (mx_host, suffixes[j]))
          return &oauth_providers[i];
    }

  return NULL;
}

const FdEmailOAuthProvider *
fd_email_oauth_provider_for_token_url (const char *token_url)
{
  for (guint i = 0; token_url != NULL && i < G_N_ELEMENTS (oauth_providers); i++)
    if (g_str_equal (oauth_providers[i].token_url, token_url))
      return &oauth_providers[i];

  return NULL;
}

void
fd_email_config_use_oauth_provider (FdEmailConfig              *config,
                                    const FdEmailOAuthProvider *provider)
{
  g_return_if_fail (config != NULL && provider != NULL);

  config->auth = FD_EMAIL_AUTH_OAUTH2;
  g_free (config->oauth_authorize_url);
  config->oauth_authorize_url = g_strdup (provider->authorize_url);
  g_free (config->oauth_token_url);
  config->oauth_token_url = g_strdup (provider->token_url);
  g_free (config->oauth_client_id);
  config->oauth_client_id = *provider->client_id != '\0' ? g_strdup (provider->client_id) : NULL;
  g_free (config->oauth_scope);
  config->oauth_scope = g_strdup (provider->scope);
}

FdEmailConfig *
fd_email_autoconfig_lookup_builtin (const char *address)
{
  g_autofree char *domain = fd_email_address_get_domain (address);

  if (domain == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (known_providers); i++)
    {
      const KnownProvider *known = &known_providers[i];
      g_auto(GStrv) domains = g_strsplit (known->domains, " ", -1);

      if (g_strv_contains ((const char * const *) domains, domain))
        {
          FdEmailConfig *config = fd_email_config_new ();

          config->address = g_strdup (address);
          config->username = g_strdup (address);
          config->imap_host = g_strdup (known->imap_host);
          config->imap_port = known->imap_port;
          config->imap_security = known->imap_security;
          config->smtp_host = g_strdup (known->smtp_host);
          config->smtp_port = known->smtp_port;
          config->smtp_security = known->smtp_security;
          config->server_saves_sent = known->saves_sent;
          config->source = g_strdup (_("Frontdesk’s list of mail providers"));
          /* Signing in with a password is off or hard there. */
          if (fd_email_oauth_provider_for_address (address) != NULL)
            fd_email_config_use_oauth_provider (config, fd_email_oauth_provider_for_address (address));
          return config;
        }
    }

  return NULL;
}

/* Autoconfig XML */

static char *
expand_placeholders (const char *value,
                     const char *address)
{
  g_autofree char *local = g_strdup (address);
  g_autofree char *domain = fd_email_address_get_domain (address);
  GString *out = g_string_new (value);
  char *at = strrchr (local, '@');

  if (at != NULL)
    *at = '\0';
  g_string_replace (out, "%EMAILADDRESS%", address, 0);
  g_string_replace (out, "%EMAILLOCALPART%", local, 0);
  g_string_replace (out, "%EMAILDOMAIN%", domain != NULL ? domain : "", 0);

  return g_strstrip (g_string_free (out, FALSE));
}

static char *
child_text (xmlNode    *node,
            const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && g_strcmp0 ((const char *) child->name, name) == 0)
      {
        xmlChar *content = xmlNodeGetContent (child);
        char *text = g_strdup ((const char *) content);

        xmlFree (content);
        return text;
      }

  return NULL;
}

static gboolean
read_server (xmlNode          *node,
             const char       *address,
             char            **host,
             guint16          *port,
             FdEmailSecurity  *security,
             char            **username)
{
  g_autofree char *hostname = child_text (node, "hostname");
  g_autofree char *port_text = child_text (node, "port");
  g_autofree char *socket_type = child_text (node, "socketType");
  g_autofree char *user = child_text (node, "username");
  guint64 port_number = 0;

  if (hostname == NULL || port_text == NULL ||
      !g_ascii_string_to_unsigned (g_strstrip (port_text), 10, 1, G_MAXUINT16, &port_number, NULL))
    return FALSE;

  if (socket_type != NULL && g_ascii_strcasecmp (g_strstrip (socket_type), "SSL") == 0)
    *security = FD_EMAIL_SECURITY_TLS;
  else if (socket_type != NULL && g_ascii_strcasecmp (socket_type, "STARTTLS") == 0)
    *security = FD_EMAIL_SECURITY_STARTTLS;
  else
    *security = FD_EMAIL_SECURITY_NONE;

  *host = expand_placeholders (hostname, address);
  *port = (guint16) port_number;
  if (username != NULL && user != NULL && *username == NULL)
    *username = expand_placeholders (user, address);

  return TRUE;
}

/* Reads @node into the slots unless they already hold a server and
 * @node's is no better (not encrypted where the one held is not either). */
static gboolean
read_better_server (xmlNode          *node,
                    const char       *address,
                    char            **host,
                    guint16          *port,
                    FdEmailSecurity  *security,
                    char            **username)
{
  g_autofree char *new_host = NULL;
  g_autofree char *new_username = NULL;
  FdEmailSecurity new_security;
  guint16 new_port;

  if (!read_server (node, address, &new_host, &new_port, &new_security, username != NULL ? &new_username : NULL))
    return FALSE;
  if (*host != NULL && new_security == FD_EMAIL_SECURITY_NONE)
    return FALSE;

  g_free (*host);
  *host = g_steal_pointer (&new_host);
  *port = new_port;
  *security = new_security;
  if (username != NULL && new_username != NULL)
    {
      g_free (*username);
      *username = g_steal_pointer (&new_username);
    }
  return TRUE;
}

FdEmailConfig *
fd_email_autoconfig_parse_xml (const char  *data,
                               gsize        len,
                               const char  *address,
                               GError     **error)
{
  g_autoptr(FdEmailConfig) config = fd_email_config_new ();
  xmlDoc *doc;
  xmlNode *root;
  gboolean have_imap = FALSE, have_smtp = FALSE;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (address != NULL, NULL);

  doc = xmlReadMemory (data, (int) MIN (len, G_MAXINT), "config-v1.1.xml", NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || (root = xmlDocGetRootElement (doc)) == NULL ||
      g_strcmp0 ((const char *) root->name, "clientConfig") != 0)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_NOT_FOUND,
                   _("The mail settings file of the domain cannot be read."));
      return NULL;
    }

  for (xmlNode *provider = root->children; provider != NULL; provider = provider->next)
    {
      if (provider->type != XML_ELEMENT_NODE || g_strcmp0 ((const char *) provider->name, "emailProvider") != 0)
        continue;

      for (xmlNode *node = provider->children; node != NULL; node = node->next)
        {
          xmlChar *type;

          if (node->type != XML_ELEMENT_NODE)
            continue;
          type = xmlGetProp (node, (const xmlChar *) "type");

          /* The first encrypted server of each kind is the provider's
           * preferred one; a plain one only when nothing better is offered,
           * wherever it stands in the file. */
          if (g_strcmp0 ((const char *) node->name, "incomingServer") == 0 &&
              g_strcmp0 ((const char *) type, "imap") == 0 &&
              (!have_imap || config->imap_security == FD_EMAIL_SECURITY_NONE))
            have_imap = read_better_server (node, address, &config->imap_host, &config->imap_port,
                                            &config->imap_security, &config->username) || have_imap;
          else if (g_strcmp0 ((const char *) node->name, "outgoingServer") == 0 &&
                   g_strcmp0 ((const char *) type, "smtp") == 0 &&
                   (!have_smtp || config->smtp_security == FD_EMAIL_SECURITY_NONE))
            have_smtp = read_better_server (node, address, &config->smtp_host, &config->smtp_port,
                                            &config->smtp_security, NULL) || have_smtp;
          xmlFree (type);
        }
      break;
    }
  xmlFreeDoc (doc);

  if (!have_imap || !have_smtp)
    {
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_NOT_FOUND,
                   _("The mail settings file of the domain names no IMAP or no SMTP server."));
      return NULL;
    }

  config->address = g_strdup (address);
  if (config->username == NULL)
    config->username = g_strdup (address);

  return g_steal_pointer (&config);
}

static FdEmailConfig *
lookup_autoconfig_file (const char    *address,
                        const char    *domain,
                        GCancellable  *cancellable)
{
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", HTTP_TIMEOUT_SECONDS,
                                                                  "user-agent", "Frontdesk/" PACKAGE_VERSION,
                                                                  NULL);
  g_autoptr(GPtrArray) urls = g_ptr_array_new_with_free_func (g_free);
  const char *override = g_getenv ("FRONTDESK_AUTOCONFIG_URL");

  if (override != NULL)
    g_ptr_array_add (urls, g_strdup (override));
  else
    {
      g_autofree char *escaped = g_uri_escape_string (address, NULL, FALSE);

      g_ptr_array_add (urls, g_strdup_printf ("https://autoconfig.%s/mail/config-v1.1.xml?emailaddress=%s", domain, escaped));
      g_ptr_array_add (urls, g_strdup_printf ("https://%s/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=%s", domain, escaped));
    }

  for (guint i = 0; i < urls->len; i++)
    {
      g_autoptr(SoupMessage) msg = soup_message_new ("GET", g_ptr_array_index (urls, i));
      g_autoptr(GBytes) body = NULL;
      g_autoptr(GError) error = NULL;
      FdEmailConfig *config;

      if (msg == NULL)
        continue;
      body = soup_session_send_and_read (session, msg, cancellable, &error);
      if (body == NULL || soup_message_get_status (msg) != SOUP_STATUS_OK)
        {
          g_debug ("No autoconfig at %s: %s", (const char *) g_ptr_array_index (urls, i),
                   error != NULL ? error->message : soup_message_get_reason_phrase (msg));
          continue;
        }

      config = fd_email_autoconfig_parse_xml (g_bytes_get_data (body, NULL), g_bytes_get_size (body), address, NULL);
      if (config != NULL)
        {
          g_free (config->source);
          config->source = g_strdup_printf (_("the settings file at %s"), (const char *) g_ptr_array_index (urls, i));
          return config;
        }
    }

  return NULL;
}

/* @host is @domain or a name under it ("imap.example.com" under
 * "example.com"), ignoring case and a final dot. */
static gboolean
host_in_domain (const char *host,
                const char *domain)
{
  g_autofree char *h = g_ascii_strdown (host, -1);
  g_autofree char *d = g_ascii_strdown (domain, -1);
  gsize hl, dl;

  if ((hl = strlen (h)) > 0 && h[hl - 1] == '.')
    h[--hl] = '\0';
  if ((dl = strlen (d)) > 0 && d[dl - 1] == '.')
    d[--dl] = '\0';
  if (dl == 0 || hl < dl)
    return FALSE;

  return g_str_equal (h, d) || (hl > dl && h[hl - dl - 1] == '.' && g_str_equal (h + hl - dl, d));
}

static gboolean
lookup_srv (GResolver        *resolver,
            const char       *service,
            const char       *domain,
            GCancellable     *cancellable,
            char            **host,
            guint16          *port)
{
  GList *targets;
  GSrvTarget *target;
  gboolean found = FALSE;

  targets = g_resolver_lookup_service (resolver, service, "tcp", domain, cancellable, NULL);
  if (targets == NULL)
    return FALSE;

  target = targets->data;
  /* "." means: this service is not offered (RFC 2782). A target outside
   * the domain is not taken without asking (RFC 6186, section 6): DNS
   * without DNSSEC can be forged to send the password elsewhere. The
   * person enters such a server under Server Settings. */
  if (g_strcmp0 (g_srv_target_get_hostname (target), ".") != 0 && g_srv_target_get_port (target) != 0 &&
      host_in_domain (g_srv_target_get_hostname (target), domain))
    {
      *host = g_strdup (g_srv_target_get_hostname (target));
      *port = g_srv_target_get_port (target);
      found = TRUE;
    }
  g_resolver_free_targets (targets);

  return found;
}

static FdEmailConfig *
lookup_dns_srv (const char   *address,
                const char   *domain,
                GCancellable *cancellable)
{
  g_autoptr(GResolver) resolver = g_resolver_get_default ();
  g_autoptr(FdEmailConfig) config = fd_email_config_new ();

  if (lookup_srv (resolver, "imaps", domain, cancellable, &config->imap_host, &config->imap_port))
    config->imap_security = FD_EMAIL_SECURITY_TLS;
  else if (lookup_srv (resolver, "imap", domain, cancellable, &config->imap_host, &config->imap_port))
    config->imap_security = FD_EMAIL_SECURITY_STARTTLS;
  else
    return NULL;

  if (lookup_srv (resolver, "submissions", domain, cancellable, &config->smtp_host, &config->smtp_port))
    config->smtp_security = FD_EMAIL_SECURITY_TLS;
  else if (lookup_srv (resolver, "submission", domain, cancellable, &config->smtp_host, &config->smtp_port))
    config->smtp_security = config->smtp_port == 465 ? FD_EMAIL_SECURITY_TLS : FD_EMAIL_SECURITY_STARTTLS;
  else
    return NULL;

  config->address = g_strdup (address);
  config->username = g_strdup (address);
  config->source = g_strdup (_("the domain’s DNS records"));

  return g_steal_pointer (&config);
}

/* A domain whose mail Google or Microsoft 365 takes (Workspace, a
 * business domain): their servers, with OAuth. */
static FdEmailConfig *
lookup_mx (const char   *address,
           const char   *domain,
           GCancellable *cancellable)
{
  g_autoptr(GResolver) resolver = g_resolver_get_default ();
  const FdEmailOAuthProvider *provider = NULL;
  FdEmailConfig *config;
  GList *records;

  /* A resolver that only knows addresses and services (a stand-in) has
   * no record lookup. */
  if (G_RESOLVER_GET_CLASS (resolver)->lookup_records == NULL)
    return NULL;

  records = g_resolver_lookup_records (resolver, domain, G_RESOLVER_RECORD_MX, cancellable, NULL);
  for (GList *l = records; l != NULL && provider == NULL; l = l->next)
    {
      const char *host = NULL;
      guint16 preference = 0;

      g_variant_get (l->data, "(q&s)", &preference, &host);
      provider = fd_email_oauth_provider_for_mx (host);
    }
  g_list_free_full (records, (GDestroyNotify) g_variant_unref);
  if (provider == NULL)
    return NULL;

  config = fd_email_config_new ();
  config->address = g_strdup (address);
  config->username = g_strdup (address);
  config->imap_host = g_strdup (provider->imap_host);
  config->imap_port = provider->imap_port;
  config->imap_security = FD_EMAIL_SECURITY_TLS;
  config->smtp_host = g_strdup (provider->smtp_host);
  config->smtp_port = provider->smtp_port;
  config->smtp_security = provider->smtp_security;
  config->server_saves_sent = TRUE;
  /* Translators: %s is a provider, "Google" or "Microsoft 365" */
  config->source = g_strdup_printf (_("the domain’s DNS records, which name %s"), _(provider->name));
  fd_email_config_use_oauth_provider (config, provider);

  return config;
}

FdEmailConfig *
fd_email_autoconfig_lookup (const char    *address,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autofree char *domain = fd_email_address_get_domain (address);
  FdEmailConfig *config;

  if (domain == NULL || address == NULL || strchr (address, '@') == address)
    {
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_INVALID,
                   _("Enter the full email address, such as name@example.com."));
      return NULL;
    }

  if ((config = fd_email_autoconfig_lookup_builtin (address)) != NULL ||
      (config = lookup_autoconfig_file (address, domain, cancellable)) != NULL ||
      (config = lookup_mx (address, domain, cancellable)) != NULL ||
      (config = lookup_dns_srv (address, domain, cancellable)) != NULL)
    return config;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_NOT_FOUND,
               _("No mail settings were found for %s. Enter the server names and ports from your mail provider under “Server Settings”."),
               domain);
  return NULL;
}

static void
lookup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  FdEmailConfig *config = fd_email_autoconfig_lookup (task_data, cancellable, &error);

  if (config != NULL)
    g_task_return_pointer (task, config, (GDestroyNotify) fd_email_config_free);
  else
    g_task_return_error (task, error);
}

void
fd_email_autoconfig_lookup_async (const char          *address,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, fd_email_autoconfig_lookup_async);
  g_task_set_task_data (task, g_strdup (address), g_free);
  g_task_run_in_thread (task, lookup_thread);
}

FdEmailConfig *
fd_email_autoconfig_lookup_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
