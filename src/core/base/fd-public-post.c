/* fd-public-post.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-public-post.h"

static const char * const audience_names[] = { "public", "unlisted", "private", "direct" };

G_STATIC_ASSERT (G_N_ELEMENTS (audience_names) == FD_AUDIENCE_MENTIONED + 1);

/* Audience */

FdAudience
fd_audience_from_string (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (audience_names); i++)
    if (g_str_equal (name, audience_names[i]))
      return (FdAudience) i;

  return FD_AUDIENCE_MENTIONED;
}

const char *
fd_audience_to_string (FdAudience audience)
{
  g_return_val_if_fail (audience <= FD_AUDIENCE_MENTIONED, "direct");

  return audience_names[audience];
}

FdAudience
fd_audience_of_reply (FdAudience post,
                      FdAudience public_choice)
{
  if (post == FD_AUDIENCE_PUBLIC)
    return public_choice == FD_AUDIENCE_UNLISTED ? FD_AUDIENCE_UNLISTED : FD_AUDIENCE_PUBLIC;
  /* The enum runs from wide to narrow: the larger is the narrower. */
  return MAX (post, public_choice);
}

/* Counting, as Mastodon's StatusLengthValidator does: web addresses have
 * a fixed length, remote mentions count by their local part, and length
 * is in grapheme clusters (approximated: combining marks, joiners, emoji
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
fd_public_post_count_chars (const char *text,
                            guint       link_chars)
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

      if (link_chars > 0 && at_boundary && previous != '/' && (len = match_url (p)) > 0)
        {
          count += link_chars;
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
