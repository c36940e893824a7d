/* fd-mastodon.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "fd-mastodon.h"
#include "fd-untrusted.h"

G_DEFINE_QUARK (fd-mastodon-error-quark, fd_mastodon_error)

/* Servers */

char *
fd_mastodon_normalize_server (const char  *input,
                              GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *with_scheme = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;
  const char *path;

  g_return_val_if_fail (input != NULL, NULL);

  text = g_strstrip (g_strdup (input));
  if (*text == '\0')
    {
      g_set_error_literal (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_INVALID_SERVER,
                           _("Enter the address of your Mastodon server, for example “mastodon.social”."));
      return NULL;
    }

  /* "@ana@mastodon.example" and "ana@mastodon.example": the server part. */
  if (strchr (text, '@') != NULL && strstr (text, "://") == NULL)
    with_scheme = g_strconcat ("https://", strrchr (text, '@') + 1, NULL);
  else if (strstr (text, "://") == NULL)
    with_scheme = g_strconcat ("https://", text, NULL);
  else
    with_scheme = g_strdup (text);

  uri = g_uri_parse (with_scheme, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || (host = g_uri_get_host (uri)) == NULL || *host == '\0')
    {
      g_set_error (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_INVALID_SERVER,
                   _("“%s” is not a server address. Enter it like “mastodon.social” or “https://mastodon.social”."),
                   text);
      return NULL;
    }

  scheme = g_uri_get_scheme (uri);
  path = g_uri_get_path (uri);
  if (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0)
    {
      g_set_error (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_INVALID_SERVER,
                   _("“%s” is not a web address. Enter it like “https://mastodon.social”."), text);
      return NULL;
    }
  if (g_ascii_strcasecmp (scheme, "http") == 0 && !fd_untrusted_is_loopback_host (host))
    {
      g_set_error (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_INSECURE,
                   _("“%s” uses plain http://, which would send your sign-in unencrypted. "
                     "Use https:// (plain http:// is only accepted for a server on this computer)."),
                   text);
      return NULL;
    }
  if (path != NULL && *path != '\0' && !g_str_equal (path, "/"))
    {
      g_set_error (error, FD_MASTODON_ERROR, FD_MASTODON_ERROR_INVALID_SERVER,
                   _("Enter only the server’s address, without a path: “%s://%s”."), scheme, host);
      return NULL;
    }

  {
    g_autofree char *lower_host = strchr (host, ':') != NULL && host[0] != '['
                                  ? g_strdup_printf ("[%s]", host) : g_ascii_strdown (host, -1);
    g_autofree char *lower_scheme = g_ascii_strdown (scheme, -1);

    if (g_uri_get_port (uri) > 0)
      return g_strdup_printf ("%s://%s:%d", lower_scheme, lower_host, g_uri_get_port (uri));
    return g_strdup_printf ("%s://%s", lower_scheme, lower_host);
  }
}

/* Visibility: the audiences of fd-public-post.h, under Mastodon's names. */

G_STATIC_ASSERT ((int) FD_MASTODON_VISIBILITY_PUBLIC == (int) FD_AUDIENCE_PUBLIC);
G_STATIC_ASSERT ((int) FD_MASTODON_VISIBILITY_UNLISTED == (int) FD_AUDIENCE_UNLISTED);
G_STATIC_ASSERT ((int) FD_MASTODON_VISIBILITY_PRIVATE == (int) FD_AUDIENCE_FOLLOWERS);
G_STATIC_ASSERT ((int) FD_MASTODON_VISIBILITY_DIRECT == (int) FD_AUDIENCE_MENTIONED);

FdMastodonVisibility
fd_mastodon_visibility_from_string (const char *name)
{
  return (FdMastodonVisibility) fd_audience_from_string (name);
}

const char *
fd_mastodon_visibility_to_string (FdMastodonVisibility visibility)
{
  return fd_audience_to_string ((FdAudience) visibility);
}

FdMastodonVisibility
fd_mastodon_reply_visibility (FdMastodonVisibility parent,
                              FdMastodonVisibility public_choice)
{
  return (FdMastodonVisibility) fd_audience_of_reply ((FdAudience) parent, (FdAudience) public_choice);
}

/* Counting: fd_public_post_count_chars(), which counts as Mastodon's
 * StatusLengthValidator does. */

guint
fd_mastodon_count_characters (const char *text,
                              guint       url_length)
{
  return fd_public_post_count_chars (text, url_length);
}

guint
fd_mastodon_get_max_characters (FdAccount *account)
{
  gint64 value;

  g_return_val_if_fail (FD_IS_ACCOUNT (account), FD_MASTODON_DEFAULT_MAX_CHARACTERS);

  value = fd_account_get_setting_int (account, FD_ACCOUNT_SETTING_MAX_REPLY_CHARS, FD_MASTODON_DEFAULT_MAX_CHARACTERS);
  return value > 0 && value <= G_MAXINT ? (guint) value : FD_MASTODON_DEFAULT_MAX_CHARACTERS;
}

guint
fd_mastodon_get_url_length (FdAccount *account)
{
  gint64 value;

  g_return_val_if_fail (FD_IS_ACCOUNT (account), FD_MASTODON_DEFAULT_URL_LENGTH);

  value = fd_account_get_setting_int (account, FD_ACCOUNT_SETTING_LINK_CHARS, FD_MASTODON_DEFAULT_URL_LENGTH);
  return value > 0 && value <= 10000 ? (guint) value : FD_MASTODON_DEFAULT_URL_LENGTH;
}

gint
fd_mastodon_get_characters_left (FdAccount  *account,
                                 const char *text)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (account), 0);

  return (gint) fd_mastodon_get_max_characters (account) -
         (gint) fd_mastodon_count_characters (text, fd_mastodon_get_url_length (account));
}
