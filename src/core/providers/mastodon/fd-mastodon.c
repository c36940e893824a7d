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

static const char * const visibility_names[] = { "public", "unlisted", "private", "direct" };

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

/* Visibility */

FdMastodonVisibility
fd_mastodon_visibility_from_string (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (visibility_names); i++)
    if (g_str_equal (name, visibility_names[i]))
      return (FdMastodonVisibility) i;

  return FD_MASTODON_VISIBILITY_DIRECT;
}

const char *
fd_mastodon_visibility_to_string (FdMastodonVisibility visibility)
{
  g_return_val_if_fail (visibility <= FD_MASTODON_VISIBILITY_DIRECT, "direct");

  return visibility_names[visibility];
}

FdMastodonVisibility
fd_mastodon_reply_visibility (FdMastodonVisibility parent,
                              FdMastodonVisibility public_choice)
{
  if (parent == FD_MASTODON_VISIBILITY_PUBLIC)
    return public_choice == FD_MASTODON_VISIBILITY_UNLISTED ? FD_MASTODON_VISIBILITY_UNLISTED
                                                             : FD_MASTODON_VISIBILITY_PUBLIC;
  /* The enum runs from wide to narrow: the larger is the narrower. */
  return MAX (parent, public_choice);
}

/* Counting, as Mastodon's StatusLengthValidator: URLs have a fixed
 * length, remote mentions count by their local part, and length is in
 * grapheme clusters (approximated: combining marks, joiners, emoji
 * modifiers and the second half of a flag do not count). */

static gboolean
is_word_char (gunichar c)
{
  return c == '_' || g_unichar_isalnum (c);
}

static gboolean
is_username_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

static gsize
match_url (const char *p)
{
  const char *start = p;
  const char *end;

  if (g_ascii_strncasecmp (p, "https://", 8) == 0)
    p += 8;
  else if (g_ascii_strncasecmp (p, "http://", 7) == 0)
    p += 7;
  else
    return 0;

  end = p;
  while (*end != '\0' && !g_ascii_isspace (*end))
    end++;
  while (end > p && strchr (".,:;!?'\")]}>", end[-1]) != NULL)
    end--;

  return end > p ? (gsize) (end - start) : 0;
}

/* Returns the bytes of "@user@domain" and sets @counted to the length of
 * "@user". */
static gsize
match_mention (const char *p,
               guint      *counted)
{
  const char *user = p + 1;
  const char *q = user;
  const char *user_end;

  while (is_username_char (*q) || *q == '.' || *q == '-')
    q++;
  /* The username ends on a word character. */
  while (q > user && (q[-1] == '.' || q[-1] == '-'))
    q--;
  if (q == user)
    return 0;
  user_end = q;
  *counted = 1 + (guint) (user_end - user);

  if (*q == '@')
    {
      const char *domain = q + 1;
      const char *d = domain;

      while (*d != '\0' && ((guchar) *d >= 0x80 || g_ascii_isalnum (*d) || *d == '.' || *d == '-' || *d == '_'))
        d++;
      while (d > domain && (d[-1] == '.' || d[-1] == '-'))
        d--;
      if (d > domain)
        return (gsize) (d - p);
    }

  return (gsize) (user_end - p);
}

static gboolean
is_extender (gunichar c)
{
  return g_unichar_ismark (c) ||
         (c >= 0x1F3FB && c <= 0x1F3FF) ||  /* skin tones */
         (c >= 0xE0020 && c <= 0xE007F);    /* tag sequences (flags of regions) */
}

guint
fd_mastodon_count_characters (const char *text,
                              guint       url_length)
{
  const char *p = text;
  gunichar previous = 0;
  gboolean joined = FALSE;
  gboolean open_flag = FALSE;
  guint count = 0;

  if (text == NULL)
    return 0;

  while (*p != '\0')
    {
      gboolean at_boundary = previous == 0 || !is_word_char (previous);
      gunichar c;
      gsize len;
      guint counted;

      if (at_boundary && previous != '/' && (len = match_url (p)) > 0)
        {
          count += url_length;
          p += len;
          previous = ' ';
          joined = open_flag = FALSE;
          continue;
        }
      if (*p == '@' && at_boundary && previous != '=' && previous != '/' &&
          (len = match_mention (p, &counted)) > 0)
        {
          count += counted;
          p += len;
          previous = 'a';
          joined = open_flag = FALSE;
          continue;
        }

      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8: one byte, one character. */
          count++;
          p++;
          previous = '?';
          continue;
        }

      if (joined || is_extender (c) || (c == '\n' && previous == '\r'))
        joined = FALSE;
      else if (c == 0x200D)
        joined = TRUE;
      else if (c >= 0x1F1E6 && c <= 0x1F1FF)
        {
          /* Regional indicators pair up into one flag. */
          if (!open_flag)
            count++;
          open_flag = !open_flag;
          previous = c;
          p = g_utf8_next_char (p);
          continue;
        }
      else
        count++;

      open_flag = FALSE;
      previous = c;
      p = g_utf8_next_char (p);
    }

  return count;
}

guint
fd_mastodon_get_max_characters (FdAccount *account)
{
  gint64 value;

  g_return_val_if_fail (FD_IS_ACCOUNT (account), FD_MASTODON_DEFAULT_MAX_CHARACTERS);

  value = fd_account_get_setting_int (account, "max-characters", FD_MASTODON_DEFAULT_MAX_CHARACTERS);
  return value > 0 && value <= G_MAXINT ? (guint) value : FD_MASTODON_DEFAULT_MAX_CHARACTERS;
}

guint
fd_mastodon_get_url_length (FdAccount *account)
{
  gint64 value;

  g_return_val_if_fail (FD_IS_ACCOUNT (account), FD_MASTODON_DEFAULT_URL_LENGTH);

  value = fd_account_get_setting_int (account, "characters-reserved-per-url", FD_MASTODON_DEFAULT_URL_LENGTH);
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

/* Store */

char *
fd_mastodon_dup_message_visibility (FdStore  *store,
                                    gint64    message_id,
                                    GError  **error)
{
  g_autoptr(FdMessage) message = NULL;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (!(message = fd_store_get_message (store, message_id, error)))
    return NULL;

  return g_strdup (fd_message_get_visibility (message));
}
