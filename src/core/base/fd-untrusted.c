/* fd-untrusted.c: checks for values that come from outside.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <gmime/gmime.h>
#include <string.h>

#include "fd-untrusted.h"

G_DEFINE_QUARK (fd-untrusted-error-quark, fd_untrusted_error)

gboolean
fd_untrusted_has_control (const char *str)
{
  if (str == NULL)
    return FALSE;

  for (const guchar *p = (const guchar *) str; *p != '\0'; p++)
    {
      if (*p < 0x20 || *p == 0x7F)
        return TRUE;
      /* U+0080-U+009F are 0xC2 0x80-0x9F in UTF-8 */
      if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
        return TRUE;
    }

  return FALSE;
}

gboolean
fd_untrusted_check_line_value (const char  *value,
                               const char  *what,
                               GError     **error)
{
  g_return_val_if_fail (what != NULL, FALSE);

  if (value == NULL)
    return TRUE;

  if (fd_untrusted_has_control (value))
    {
      g_set_error (error, FD_UNTRUSTED_ERROR, FD_UNTRUSTED_ERROR_CONTROL,
                   /* Translators: %s names a value, e.g. "the recipient's address" */
                   _("Refused to use %s: it contains control characters such as line breaks, "
                     "which could be used to send commands to the server."),
                   what);
      return FALSE;
    }

  if (strlen (value) > FD_UNTRUSTED_MAX_ID_BYTES)
    {
      g_set_error (error, FD_UNTRUSTED_ERROR, FD_UNTRUSTED_ERROR_TOO_LONG,
                   /* Translators: %s names a value, e.g. "the message id" */
                   _("Refused to use %s: it is longer than any real one."),
                   what);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_plain_address (const char *addr)
{
  const char *at;

  if (addr == NULL || *addr == '\0' || strlen (addr) > 254)
    return FALSE;
  if (!g_utf8_validate (addr, -1, NULL) || fd_untrusted_has_control (addr))
    return FALSE;

  /* Nothing that SMTP or IMAP would read as syntax around an address */
  for (const char *p = addr; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || strchr ("<>()[]\\,;:\"", *p) != NULL)
      return FALSE;

  at = strrchr (addr, '@');
  return at != NULL && at != addr && at[1] != '\0' && strchr (addr, '@') == at;
}

char *
fd_untrusted_parse_address (const char  *value,
                            GError     **error)
{
  InternetAddressList *list;
  InternetAddress *address;
  const char *addr;
  char *result = NULL;

  if (value != NULL && !fd_untrusted_has_control (value))
    {
      g_mime_init ();
      list = internet_address_list_parse (NULL, value);
      if (list != NULL && internet_address_list_length (list) == 1 &&
          INTERNET_ADDRESS_IS_MAILBOX ((address = internet_address_list_get_address (list, 0))))
        {
          addr = internet_address_mailbox_get_addr (INTERNET_ADDRESS_MAILBOX (address));
          if (is_plain_address (addr))
            result = g_strdup (addr);
        }
      g_clear_object (&list);
    }

  if (result == NULL)
    {
      g_autofree char *shown = fd_untrusted_to_single_line (value != NULL ? value : "");

      g_set_error (error, FD_UNTRUSTED_ERROR, FD_UNTRUSTED_ERROR_ADDRESS,
                   _("“%s” is not one valid email address."), shown);
    }

  return result;
}

char *
fd_untrusted_to_single_line (const char *str)
{
  GString *out;

  if (str == NULL)
    return NULL;

  out = g_string_sized_new (strlen (str));
  for (const guchar *p = (const guchar *) str; *p != '\0'; p++)
    {
      if (*p < 0x20 || *p == 0x7F)
        g_string_append_c (out, ' ');
      else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
        {
          g_string_append_c (out, ' ');
          p++;
        }
      else
        g_string_append_c (out, (char) *p);
    }

  return g_string_free (out, FALSE);
}

gboolean
fd_untrusted_is_https_url (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (url == NULL || fd_untrusted_has_control (url) || strpbrk (url, " \"<>\\^`{|}") != NULL)
    return FALSE;
  if (g_ascii_strncasecmp (url, "https://", 8) != 0)
    return FALSE;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  host = g_uri_get_host (uri);
  return host != NULL && *host != '\0';
}

gboolean
fd_untrusted_is_language_tag (const char *tag)
{
  g_auto(GStrv) parts = NULL;

  if (tag == NULL || *tag == '\0' || strlen (tag) > 35)
    return FALSE;

  parts = g_strsplit (tag, "-", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gsize len = strlen (parts[i]);

      if (i == 0 && (len < 2 || len > 3))
        return FALSE;
      if (len < 1 || len > 8)
        return FALSE;
      for (const char *p = parts[i]; *p != '\0'; p++)
        if (i == 0 ? !g_ascii_isalpha (*p) : !g_ascii_isalnum (*p))
          return FALSE;
    }

  return TRUE;
}

gboolean
fd_untrusted_is_loopback_host (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;
  g_autofree char *bare = NULL;
  gsize len;

  if (host == NULL || *host == '\0')
    return FALSE;
  /* Not "*.localhost": a resolver may send those anywhere. */
  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;

  /* GUri keeps the brackets of an IPv6 literal */
  len = strlen (host);
  if (host[0] == '[' && host[len - 1] == ']')
    bare = g_strndup (host + 1, len - 2);
  else
    bare = g_strdup (host);

  /* 127.0.0.0/8 and ::1; names that only look like them are not */
  address = g_inet_address_new_from_string (bare);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

gboolean
fd_untrusted_is_channel_name (const char *channel)
{
  gsize len;

  if (channel == NULL || (len = strlen (channel)) == 0 || len > 32)
    return FALSE;
  if (!g_ascii_islower (channel[0]))
    return FALSE;
  for (const char *p = channel; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}
