/* fd-email-connection.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-email-connection.h"

/* TLS */

static void
ssl_context_cb (struct mailstream_ssl_context *ssl_context,
                void                          *data)
{
  const char *host = data;

  /* SNI: servers with several names pick their certificate by it. */
  if (g_hostname_is_ip_address (host) == FALSE)
    mailstream_ssl_set_server_name (ssl_context, (char *) host);
}

static char *
fingerprint_sha256 (const guint8 *der,
                    gsize         len)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize digest_len = sizeof digest;
  GString *out = g_string_new (NULL);

  g_checksum_update (checksum, der, len);
  g_checksum_get_digest (checksum, digest, &digest_len);
  for (gsize i = 0; i < digest_len; i++)
    g_string_append_printf (out, i == 0 ? "%02x" : ":%02x", digest[i]);

  return g_string_free (out, FALSE);
}

static const char *
describe_flags (GTlsCertificateFlags flags)
{
  if (flags & G_TLS_CERTIFICATE_UNKNOWN_CA)
    return _("it is not signed by an authority this computer trusts, for example because it is self-signed");
  if (flags & G_TLS_CERTIFICATE_BAD_IDENTITY)
    return _("it was issued for a different server name");
  if (flags & G_TLS_CERTIFICATE_EXPIRED)
    return _("it has expired");
  if (flags & G_TLS_CERTIFICATE_NOT_ACTIVATED)
    return _("it is not valid yet; check the computer’s clock");
  if (flags & G_TLS_CERTIFICATE_REVOKED)
    return _("it has been revoked");
  if (flags & G_TLS_CERTIFICATE_INSECURE)
    return _("it uses insecure cryptography");
  return _("it is not valid");
}

/* Called after the handshake and before any credential is sent. */
static gboolean
verify_stream (mailstream           *stream,
               const FdEmailConfig  *config,
               const char           *host,
               guint16               port,
               GError              **error)
{
  g_autoptr(GTlsCertificate) leaf = NULL;
  g_autoptr(GTlsDatabase) database = NULL;
  g_autoptr(GSocketConnectable) identity = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *fingerprint = NULL;
  GTlsBackend *backend = g_tls_backend_get_default ();
  GTlsCertificateFlags flags;
  carray *chain;

  chain = stream != NULL ? mailstream_get_certificate_chain (stream) : NULL;
  if (chain == NULL || carray_count (chain) == 0)
    {
      if (chain != NULL)
        mailstream_certificate_chain_free (chain);
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_TLS,
                   _("%s did not present a certificate, so the connection cannot be trusted."), host);
      return FALSE;
    }

  /* From the top of the chain down, so each certificate knows its issuer. */
  for (guint i = carray_count (chain); i > 0; i--)
    {
      MMAPString *der = carray_get (chain, i - 1);
      g_autoptr(GByteArray) bytes = g_byte_array_new ();
      GTlsCertificate *cert;

      g_byte_array_append (bytes, (const guint8 *) der->str, der->len);
      if (i == 1)
        fingerprint = fingerprint_sha256 ((const guint8 *) der->str, der->len);

      cert = g_initable_new (g_tls_backend_get_certificate_type (backend), NULL, &local_error,
                             "certificate", bytes,
                             "issuer", leaf,
                             NULL);
      if (cert == NULL)
        {
          mailstream_certificate_chain_free (chain);
          fd_email_set_untrusted_error (error, host, fingerprint != NULL ? fingerprint : "?",
                                        local_error->message);
          return FALSE;
        }
      g_clear_object (&leaf);
      leaf = cert;
    }
  mailstream_certificate_chain_free (chain);

  /* The person looked at this exact certificate and trusted it. */
  if (fd_email_config_trusts (config, fingerprint))
    return TRUE;

  if ((database = g_tls_backend_get_default_database (backend)) == NULL)
    {
      fd_email_set_untrusted_error (error, host, fingerprint, _("this computer has no list of trusted authorities"));
      return FALSE;
    }

  identity = g_network_address_new (host, port);
  flags = g_tls_database_verify_chain (database, leaf, G_TLS_DATABASE_PURPOSE_AUTHENTICATE_SERVER,
                                       identity, NULL, G_TLS_DATABASE_VERIFY_NONE, NULL, &local_error);
  if (local_error != NULL)
    {
      fd_email_set_untrusted_error (error, host, fingerprint, local_error->message);
      return FALSE;
    }
  if (flags != 0)
    {
      fd_email_set_untrusted_error (error, host, fingerprint, describe_flags (flags));
      return FALSE;
    }

  return TRUE;
}

/* OAuth 2 sign-in (SASL OAUTHBEARER, RFC 7628, or XOAUTH2, the older
 * form Google and Microsoft started with). The token never reaches
 * libetpan's protocol log: the streams are private while it is sent. */

static const char *oauth_mechanisms[] = { "OAUTHBEARER", "XOAUTH2" };

static void
wipe_string (char *text)
{
  if (text != NULL)
    memset (text, 0, strlen (text));
  g_free (text);
}

typedef char FdWiped;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdWiped, wipe_string)

/* RFC 5801's saslname: ',' and '=' escaped. */
static void
append_saslname (GString    *out,
                 const char *user)
{
  for (const char *p = user; *p != '\0'; p++)
    {
      if (*p == ',')
        g_string_append (out, "=2C");
      else if (*p == '=')
        g_string_append (out, "=3D");
      else
        g_string_append_c (out, *p);
    }
}

static char *
oauth_initial_response (const char *mechanism,
                        const char *user,
                        const char *token,
                        const char *host,
                        guint16     port)
{
  GString *raw = g_string_new (NULL);
  char *encoded;

  if (g_str_equal (mechanism, "OAUTHBEARER"))
    {
      g_string_append (raw, "n,a=");
      append_saslname (raw, user);
      g_string_append_printf (raw, ",\001host=%s\001port=%u\001auth=Bearer %s\001\001", host, port, token);
    }
  else
    g_string_append_printf (raw, "user=%s\001auth=Bearer %s\001\001", user, token);

  encoded = g_base64_encode ((const guchar *) raw->str, raw->len);
  memset (raw->str, 0, raw->len);
  g_string_free (raw, TRUE);

  return encoded;
}

/* After a refused token the server sends a challenge with its reason
 * and waits for the client to end the exchange: with "\001" for
 * OAUTHBEARER (RFC 7628, 3.2.3), an empty line for XOAUTH2. */
static const char *
oauth_abort_line (const char *mechanism)
{
  return g_str_equal (mechanism, "OAUTHBEARER") ? "AQ==\r\n" : "\r\n";
}

static gboolean
stream_write_private (mailstream *stream,
                      const char *text)
{
  gboolean ok;

  mailstream_set_privacy (stream, 0);
  ok = mailstream_write (stream, text, strlen (text)) == (ssize_t) strlen (text) &&
       mailstream_flush (stream) == 0;
  mailstream_set_privacy (stream, 1);

  return ok;
}

static const char *
imap_oauth_mechanism (mailimap *imap)
{
  struct mailimap_capability_data *capabilities = NULL;

  /* The greeting's list may predate STARTTLS: ask again. */
  if (mailimap_capability (imap, &capabilities) == MAILIMAP_NO_ERROR)
    mailimap_capability_data_free (capabilities);

  for (guint i = 0; i < G_N_ELEMENTS (oauth_mechanisms); i++)
    if (mailimap_has_authentication (imap, (char *) oauth_mechanisms[i]))
      return oauth_mechanisms[i];

  return NULL;
}

static int
imap_authenticate_oauth (mailimap   *imap,
                         const char *mechanism,
                         const char *user,
                         const char *token,
                         const char *host,
                         guint16     port)
{
  g_autoptr(FdWiped) response = oauth_initial_response (mechanism, user, token, host, port);
  g_autoptr(FdWiped) line = NULL;
  struct mailimap_response *reply = NULL;
  int r, state;

  if ((r = mailimap_send_current_tag (imap)) != MAILIMAP_NO_ERROR)
    return r;
  line = g_strdup_printf ("AUTHENTICATE %s %s\r\n", mechanism, response);
  if (!stream_write_private (imap->imap_stream, line))
    return MAILIMAP_ERROR_STREAM;

  if (mailimap_read_line (imap) == NULL)
    return MAILIMAP_ERROR_STREAM;
  if (imap->imap_stream_buffer->str[0] == '+')
    {
      if (!stream_write_private (imap->imap_stream, oauth_abort_line (mechanism)) ||
          mailimap_read_line (imap) == NULL)
        return MAILIMAP_ERROR_STREAM;
    }

  if ((r = mailimap_parse_response (imap, &reply)) != MAILIMAP_NO_ERROR)
    return r;
  state = reply->rsp_resp_done->rsp_data.rsp_tagged->rsp_cond_state->rsp_type;
  mailimap_response_free (reply);
  if (state != MAILIMAP_RESP_COND_STATE_OK)
    return MAILIMAP_ERROR_LOGIN;

  imap->imap_state = MAILIMAP_STATE_AUTHENTICATED;
  return MAILIMAP_NO_ERROR;
}

/* IMAP */

void
fd_email_imap_set_error (mailimap    *imap,
                         int          r,
                         const char  *what,
                         GError     **error)
{
  const char *server_text = NULL;

  if (imap != NULL && imap->imap_response != NULL)
    server_text = imap->imap_response;

  switch (r)
    {
    case MAILIMAP_ERROR_STREAM:
    case MAILIMAP_ERROR_CONNECTION_REFUSED:
    case MAILIMAP_ERROR_DONT_ACCEPT_CONNECTION:
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_CONNECT,
                   _("The connection to the mail server was lost while it was asked to %s."), what);
      break;

    case MAILIMAP_ERROR_SSL:
    case MAILIMAP_ERROR_STARTTLS:
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_TLS,
                   _("The mail server did not set up an encrypted connection. Check the security setting of the incoming server."));
      break;

    case MAILIMAP_ERROR_LOGIN:
    case MAILIMAP_ERROR_SASL:
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_AUTH,
                   _("The mail server did not accept the user name or password (%s). Check them and try again; some providers need an app password."),
                   server_text != NULL ? server_text : _("no reason given"));
      break;

    default:
      /* Translators: the first %s is an action ("fetch messages"), the second the server's words */
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_PROTOCOL,
                   _("The mail server refused to %s: %s"), what,
                   server_text != NULL ? server_text : _("no reason given"));
      break;
    }
}

mailimap *
fd_email_imap_open (const FdEmailConfig  *config,
                    const char           *password,
                    guint                 timeout_seconds,
                    GError              **error)
{
  mailimap *imap;
  const char *user;
  int r;

  g_return_val_if_fail (config != NULL, NULL);

  if (!fd_email_config_validate (config, error))
    return NULL;

  imap = mailimap_new (0, NULL);
  mailimap_set_timeout (imap, timeout_seconds);

  switch (config->imap_security)
    {
    case FD_EMAIL_SECURITY_TLS:
      r = mailimap_ssl_connect_with_callback (imap, config->imap_host, config->imap_port,
                                              ssl_context_cb, config->imap_host);
      break;
    case FD_EMAIL_SECURITY_STARTTLS:
    case FD_EMAIL_SECURITY_NONE:
    default:
      r = mailimap_socket_connect (imap, config->imap_host, config->imap_port);
      break;
    }

  if (r != MAILIMAP_NO_ERROR_AUTHENTICATED && r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED)
    {
      if (r == MAILIMAP_ERROR_SSL)
        g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_TLS,
                     _("Could not set up an encrypted connection to %s port %u. Check the port and the security setting (TLS or STARTTLS)."),
                     config->imap_host, config->imap_port);
      else
        g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_CONNECT,
                     _("Could not connect to the incoming mail server %s port %u. Check the server name, the port and the network connection."),
                     config->imap_host, config->imap_port);
      mailimap_free (imap);
      return NULL;
    }

  if (config->imap_security == FD_EMAIL_SECURITY_STARTTLS)
    {
      r = mailimap_socket_starttls_with_callback (imap, ssl_context_cb, config->imap_host);
      if (r != MAILIMAP_NO_ERROR)
        {
          g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_TLS,
                       _("The incoming mail server %s does not offer STARTTLS encryption. Choose TLS (usually port 993) instead."),
                       config->imap_host);
          mailimap_free (imap);
          return NULL;
        }
    }

  if (config->imap_security != FD_EMAIL_SECURITY_NONE &&
      !verify_stream (imap->imap_stream, config, config->imap_host, config->imap_port, error))
    {
      mailimap_free (imap);
      return NULL;
    }

  user = config->username != NULL && *config->username != '\0' ? config->username : config->address;
  if (config->auth == FD_EMAIL_AUTH_OAUTH2)
    {
      const char *mechanism = imap_oauth_mechanism (imap);

      if (mechanism == NULL)
        {
          g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_AUTH,
                       _("The incoming mail server %s does not offer signing in with OAuth (OAUTHBEARER or XOAUTH2). Sign in with a password instead."),
                       config->imap_host);
          fd_email_imap_close (imap);
          return NULL;
        }
      r = imap_authenticate_oauth (imap, mechanism, user, password != NULL ? password : "",
                                   config->imap_host, config->imap_port);
      if (r != MAILIMAP_NO_ERROR)
        {
          if (r == MAILIMAP_ERROR_STREAM)
            fd_email_imap_set_error (imap, r, _("log in"), error);
          else
            g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_AUTH,
                         _("The mail server did not accept Frontdesk’s sign-in (%s). Sign in again in the account settings."),
                         imap->imap_response != NULL ? imap->imap_response : _("no reason given"));
          fd_email_imap_close (imap);
          return NULL;
        }
    }
  else if ((r = mailimap_login (imap, user, password != NULL ? password : "")) != MAILIMAP_NO_ERROR)
    {
      fd_email_imap_set_error (imap, r == MAILIMAP_ERROR_STREAM ? r : MAILIMAP_ERROR_LOGIN, _("log in"), error);
      fd_email_imap_close (imap);
      return NULL;
    }

  /* The capabilities after login are the ones that count (CONDSTORE, IDLE). */
  {
    struct mailimap_capability_data *capabilities = NULL;

    if (mailimap_capability (imap, &capabilities) == MAILIMAP_NO_ERROR)
      mailimap_capability_data_free (capabilities);
  }

  return imap;
}

void
fd_email_imap_close (mailimap *imap)
{
  if (imap == NULL)
    return;

  if (imap->imap_stream != NULL)
    mailimap_logout (imap);
  mailimap_free (imap);
}

/* SMTP */

void
fd_email_smtp_set_error (mailsmtp    *smtp,
                         int          r,
                         const char  *what,
                         GError     **error)
{
  g_autofree char *server_text = smtp != NULL && smtp->response != NULL ? g_strstrip (g_strdup (smtp->response)) : NULL;

  switch (r)
    {
    case MAILSMTP_ERROR_STREAM:
    case MAILSMTP_ERROR_CONNECTION_REFUSED:
    case MAILSMTP_ERROR_SERVICE_NOT_AVAILABLE:
    case MAILSMTP_ERROR_IN_PROCESSING:
    case MAILSMTP_ERROR_INSUFFICIENT_SYSTEM_STORAGE:
    case MAILSMTP_ERROR_AUTH_TEMPORARY_FAILTURE:
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_CONNECT,
                   _("The outgoing mail server is not available right now (while asked to %s)."), what);
      break;

    case MAILSMTP_ERROR_SSL:
    case MAILSMTP_ERROR_STARTTLS_NOT_SUPPORTED:
    case MAILSMTP_ERROR_STARTTLS_TEMPORARY_FAILURE:
    case MAILSMTP_ERROR_AUTH_ENCRYPTION_REQUIRED:
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_TLS,
                   _("The outgoing mail server did not set up an encrypted connection. Check its security setting (TLS for port 465, STARTTLS for port 587)."));
      break;

    case MAILSMTP_ERROR_AUTH_LOGIN:
    case MAILSMTP_ERROR_AUTH_AUTHENTICATION_FAILED:
    case MAILSMTP_ERROR_AUTH_REQUIRED:
    case MAILSMTP_ERROR_AUTH_NOT_SUPPORTED:
    case MAILSMTP_ERROR_AUTH_TOO_WEAK:
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_AUTH,
                   _("The outgoing mail server did not accept the user name or password (%s). Check them and try again."),
                   server_text != NULL ? server_text : _("no reason given"));
      break;

    default:
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_PROTOCOL,
                   _("The outgoing mail server refused to %s: %s"), what,
                   server_text != NULL ? server_text : mailsmtp_strerror (r));
      break;
    }
}

/* The mechanisms in the EHLO reply, which libetpan keeps whole (one
 * line per extension) but does not parse for OAuth. */
static const char *
smtp_oauth_mechanism (mailsmtp *smtp)
{
  g_auto(GStrv) lines = NULL;

  if (smtp->response == NULL)
    return NULL;

  lines = g_strsplit (smtp->response, "\n", -1);
  for (guint i = 0; i < G_N_ELEMENTS (oauth_mechanisms); i++)
    for (guint j = 0; lines[j] != NULL; j++)
      {
        g_auto(GStrv) words = NULL;

        if (g_ascii_strncasecmp (lines[j], "AUTH", 4) != 0 || (lines[j][4] != ' ' && lines[j][4] != '='))
          continue;
        words = g_strsplit_set (lines[j] + 5, " =\r", -1);
        for (guint k = 0; words[k] != NULL; k++)
          if (g_ascii_strcasecmp (words[k], oauth_mechanisms[i]) == 0)
            return oauth_mechanisms[i];
      }

  return NULL;
}

/* One SMTP reply, its lines joined; returns the code, 0 when the
 * connection is gone. */
static int
smtp_read_reply (mailsmtp  *smtp,
                 char     **text)
{
  MMAPString *buffer = mmap_string_new ("");
  GString *joined = g_string_new (NULL);
  int code = 0;

  for (;;)
    {
      char *line = mailstream_read_line_remove_eol (smtp->stream, buffer);

      if (line == NULL || strlen (line) < 3)
        {
          code = 0;
          break;
        }
      code = (int) g_ascii_strtoll (line, NULL, 10);
      if (joined->len > 0)
        g_string_append_c (joined, ' ');
      g_string_append (joined, line[3] != '\0' ? line + 4 : "");
      if (line[3] != '-')
        break;
    }

  mmap_string_free (buffer);
  *text = g_string_free (joined, FALSE);
  return code;
}

static gboolean
smtp_authenticate_oauth (mailsmtp             *smtp,
                         const FdEmailConfig  *config,
                         const char           *user,
                         const char           *token,
                         GError              **error)
{
  const char *mechanism = smtp_oauth_mechanism (smtp);
  g_autoptr(FdWiped) response = NULL;
  g_autoptr(FdWiped) line = NULL;
  g_autofree char *text = NULL;
  int code;

  if (mechanism == NULL)
    {
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_AUTH,
                   _("The outgoing mail server %s does not offer signing in with OAuth (OAUTHBEARER or XOAUTH2). Sign in with a password instead."),
                   config->smtp_host);
      return FALSE;
    }

  /* RFC 4954 allows an initial response this long; libetpan's own
   * XOAUTH2 cuts the command at 512 bytes, shorter than many tokens. */
  response = oauth_initial_response (mechanism, user, token, config->smtp_host, config->smtp_port);
  line = g_strdup_printf ("AUTH %s %s\r\n", mechanism, response);
  if (!stream_write_private (smtp->stream, line))
    code = 0;
  else if ((code = smtp_read_reply (smtp, &text)) == 334)
    {
      g_clear_pointer (&text, g_free);
      code = stream_write_private (smtp->stream, oauth_abort_line (mechanism)) ? smtp_read_reply (smtp, &text) : 0;
    }

  if (code == 235)
    return TRUE;
  if (code == 0)
    fd_email_smtp_set_error (smtp, MAILSMTP_ERROR_STREAM, _("sign in"), error);
  else if (code >= 400 && code < 500)
    g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_CONNECT,
                 _("The outgoing mail server could not check the sign-in right now (%s)."), text);
  else
    g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_AUTH,
                 _("The outgoing mail server did not accept Frontdesk’s sign-in (%s). Sign in again in the account settings."),
                 text != NULL && *text != '\0' ? text : _("no reason given"));
  return FALSE;
}

static gboolean
smtp_authenticate (mailsmtp             *smtp,
                   const FdEmailConfig  *config,
                   const char           *password,
                   GError              **error)
{
  const char *user = config->username != NULL && *config->username != '\0' ? config->username : config->address;
  const char *mechanism;
  int r;

  /* A relay that asks for nothing (a local test server) gets nothing. */
  if (smtp->auth == MAILSMTP_AUTH_NOT_CHECKED || smtp->auth == MAILSMTP_AUTH_CHECKED)
    return TRUE;

  if (config->auth == FD_EMAIL_AUTH_OAUTH2)
    return smtp_authenticate_oauth (smtp, config, user, password != NULL ? password : "", error);

  if (smtp->auth & MAILSMTP_AUTH_PLAIN)
    mechanism = "PLAIN";
  else if (smtp->auth & MAILSMTP_AUTH_LOGIN)
    mechanism = "LOGIN";
  else if (smtp->auth & MAILSMTP_AUTH_CRAM_MD5)
    mechanism = "CRAM-MD5";
  else
    {
      g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_AUTH,
                   _("The outgoing mail server offers no sign-in method Frontdesk knows (PLAIN, LOGIN or CRAM-MD5)."));
      return FALSE;
    }

  r = mailesmtp_auth_sasl (smtp, mechanism, config->smtp_host, NULL, NULL,
                           user, user, password != NULL ? password : "", NULL);
  if (r != MAILSMTP_NO_ERROR)
    {
      fd_email_smtp_set_error (smtp, r == MAILSMTP_ERROR_STREAM ? r : MAILSMTP_ERROR_AUTH_AUTHENTICATION_FAILED,
                               _("sign in"), error);
      return FALSE;
    }

  return TRUE;
}

mailsmtp *
fd_email_smtp_open (const FdEmailConfig  *config,
                    const char           *password,
                    guint                 timeout_seconds,
                    GError              **error)
{
  mailsmtp *smtp;
  int r;

  g_return_val_if_fail (config != NULL, NULL);

  if (!fd_email_config_validate (config, error))
    return NULL;

  smtp = mailsmtp_new (0, NULL);
  mailsmtp_set_timeout (smtp, timeout_seconds);

  if (config->smtp_security == FD_EMAIL_SECURITY_TLS)
    r = mailsmtp_ssl_connect_with_callback (smtp, config->smtp_host, config->smtp_port,
                                            ssl_context_cb, config->smtp_host);
  else
    r = mailsmtp_socket_connect (smtp, config->smtp_host, config->smtp_port);

  if (r != MAILSMTP_NO_ERROR)
    {
      if (r == MAILSMTP_ERROR_SSL)
        g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_TLS,
                     _("Could not set up an encrypted connection to %s port %u. Check the port and the security setting (TLS or STARTTLS)."),
                     config->smtp_host, config->smtp_port);
      else
        g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_CONNECT,
                     _("Could not connect to the outgoing mail server %s port %u. Check the server name, the port and the network connection."),
                     config->smtp_host, config->smtp_port);
      mailsmtp_free (smtp);
      return NULL;
    }

  if ((r = mailsmtp_init (smtp)) != MAILSMTP_NO_ERROR)
    {
      fd_email_smtp_set_error (smtp, r, _("greet it"), error);
      fd_email_smtp_close (smtp);
      return NULL;
    }

  if (config->smtp_security == FD_EMAIL_SECURITY_STARTTLS)
    {
      if (!(smtp->esmtp & MAILSMTP_ESMTP_STARTTLS))
        {
          g_set_error (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_TLS,
                       _("The outgoing mail server %s does not offer STARTTLS encryption. Choose TLS (usually port 465) instead."),
                       config->smtp_host);
          fd_email_smtp_close (smtp);
          return NULL;
        }
      if ((r = mailsmtp_socket_starttls_with_callback (smtp, ssl_context_cb, config->smtp_host)) != MAILSMTP_NO_ERROR)
        {
          fd_email_smtp_set_error (smtp, MAILSMTP_ERROR_SSL, _("encrypt the connection"), error);
          fd_email_smtp_close (smtp);
          return NULL;
        }
    }

  if (config->smtp_security != FD_EMAIL_SECURITY_NONE &&
      !verify_stream (smtp->stream, config, config->smtp_host, config->smtp_port, error))
    {
      mailsmtp_free (smtp);
      return NULL;
    }

  if (config->smtp_security == FD_EMAIL_SECURITY_STARTTLS &&
      (r = mailesmtp_ehlo (smtp)) != MAILSMTP_NO_ERROR)
    {
      fd_email_smtp_set_error (smtp, r, _("greet it"), error);
      fd_email_smtp_close (smtp);
      return NULL;
    }

  if (!smtp_authenticate (smtp, config, password, error))
    {
      fd_email_smtp_close (smtp);
      return NULL;
    }

  return smtp;
}

void
fd_email_smtp_close (mailsmtp *smtp)
{
  if (smtp == NULL)
    return;

  if (smtp->stream != NULL)
    mailsmtp_quit (smtp);
  mailsmtp_free (smtp);
}

/* Login test */

gboolean
fd_email_test_login (const FdEmailConfig  *config,
                     const char           *password,
                     GCancellable         *cancellable,
                     GError              **error)
{
  mailimap *imap;
  mailsmtp *smtp;

  g_return_val_if_fail (config != NULL, FALSE);

  if (!(imap = fd_email_imap_open (config, password, FD_EMAIL_DEFAULT_TIMEOUT, error)))
    return FALSE;
  fd_email_imap_close (imap);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!(smtp = fd_email_smtp_open (config, password, FD_EMAIL_DEFAULT_TIMEOUT, error)))
    return FALSE;
  fd_email_smtp_close (smtp);

  return TRUE;
}

typedef struct
{
  FdEmailConfig *config;
  char          *password;
} TestLoginData;

static void
test_login_data_free (TestLoginData *data)
{
  fd_email_config_free (data->config);
  if (data->password != NULL)
    memset (data->password, 0, strlen (data->password));
  g_free (data->password);
  g_free (data);
}

static void
test_login_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  TestLoginData *data = task_data;
  GError *error = NULL;

  if (fd_email_test_login (data->config, data->password, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fd_email_test_login_async (const FdEmailConfig *config,
                           const char          *password,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TestLoginData *data;

  g_return_if_fail (config != NULL);

  data = g_new0 (TestLoginData, 1);
  data->config = fd_email_config_copy (config);
  data->password = g_strdup (password);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_email_test_login_async);
  g_task_set_task_data (task, data, (GDestroyNotify) test_login_data_free);
  g_task_run_in_thread (task, test_login_thread);
}

gboolean
fd_email_test_login_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
