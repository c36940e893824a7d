/* fd-mail-quote.c: what of a mail body is new, and what is quoted text
 * or a signature.
 *
 * Mail programs quote the message answered below a line such as "On Mon,
 * 5 Dec 2026, Ana <ana@example.com> wrote:" (in the sender's language),
 * with "> " before each quoted line, or below "-----Original Message-----"
 * or a line of underscores and a "From:" header without any marks; a
 * signature follows a "-- " line. Only line shapes are used, so that
 * every language is covered: a line ending in ":" just above quoted
 * lines introduces them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-mail-quote.h"

typedef struct {
  gsize start;        /* first byte of the line */
  gsize end;          /* after its newline, if it has one */
  gsize text_len;     /* without the newline and a carriage return */
} Line;

static gboolean
is_blank (const char *text,
          const Line *line)
{
  for (gsize i = 0; i < line->text_len; i++)
    if (!g_ascii_isspace (text[line->start + i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_quoted (const char *text,
           const Line *line)
{
  return line->text_len > 0 && text[line->start] == '>';
}

/* The line without the spaces at its end. */
static gsize
trimmed_len (const char *text,
             const Line *line)
{
  gsize len = line->text_len;

  while (len > 0 && g_ascii_isspace (text[line->start + len - 1]))
    len--;
  return len;
}

static gboolean
ends_with_colon (const char *text,
                 const Line *line)
{
  gsize len = trimmed_len (text, line);

  return len > 0 && text[line->start + len - 1] == ':';
}

static gboolean
has_digit (const char *text,
           const Line *line)
{
  for (gsize i = 0; i < line->text_len; i++)
    if (g_ascii_isdigit (text[line->start + i]))
      return TRUE;
  return FALSE;
}

static gboolean
starts_with (const char *text,
             const Line *line,
             const char *prefix)
{
  gsize len = strlen (prefix);

  return line->text_len >= len && g_ascii_strncasecmp (text + line->start, prefix, len) == 0;
}

/* "-----Original Message-----", or a line of underscores that Outlook
 * puts above the headers of the message answered. */
static gboolean
is_original_marker (const char *text,
                    const Line *lines,
                    guint       n_lines,
                    guint       i)
{
  const Line *line = &lines[i];
  g_autofree char *lower = NULL;
  gsize len = trimmed_len (text, line);
  gsize underscores = 0;

  if (len >= 3 && strncmp (text + line->start, "---", 3) == 0)
    {
      lower = g_ascii_strdown (text + line->start, len);
      return strstr (lower, "original message") != NULL;
    }

  while (underscores < len && text[line->start + underscores] == '_')
    underscores++;
  if (underscores < 10 || underscores != len)
    return FALSE;

  for (guint j = i + 1; j < n_lines; j++)
    if (!is_blank (text, &lines[j]))
      return starts_with (text, &lines[j], "From:");
  return FALSE;
}

static gboolean
is_signature_marker (const char *text,
                     const Line *line)
{
  return (line->text_len == 3 && strncmp (text + line->start, "-- ", 3) == 0) ||
         (line->text_len == 2 && strncmp (text + line->start, "--", 2) == 0);
}

static GArray *
split_lines (const char *text)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  gsize pos = 0;
  gsize len = strlen (text);

  while (pos < len)
    {
      const char *nl = memchr (text + pos, '\n', len - pos);
      Line line = { pos, nl != NULL ? (gsize) (nl - text) + 1 : len, 0 };

      line.text_len = (nl != NULL ? (gsize) (nl - text) : len) - pos;
      if (line.text_len > 0 && text[pos + line.text_len - 1] == '\r')
        line.text_len--;
      g_array_append_val (lines, line);
      pos = line.end;
    }

  return lines;
}

GArray *
fd_mail_quote_split (const char *text)
{
  g_autoptr(GArray) lines = NULL;
  g_autofree FdQuotePartKind *kinds = NULL;
  GArray *parts = g_array_new (FALSE, FALSE, sizeof (FdQuotePart));
  const Line *l;
  guint n;

  g_return_val_if_fail (text != NULL, parts);

  lines = split_lines (text);
  n = lines->len;
  l = (const Line *) lines->data;
  kinds = g_new0 (FdQuotePartKind, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      if (is_original_marker (text, l, n, i))
        {
          for (guint j = i; j < n; j++)
            kinds[j] = FD_QUOTE_PART_QUOTED;
          break;
        }
      if (is_quoted (text, &l[i]))
        kinds[i] = FD_QUOTE_PART_QUOTED;
    }

  /* The line introducing a quote, and the blank lines before the quote;
   * a long introduction may be wrapped over two lines, the date on the
   * first. */
  for (guint i = 0; i < n; i++)
    {
      guint j;

      if (!is_quoted (text, &l[i]) || (i > 0 && kinds[i - 1] == FD_QUOTE_PART_QUOTED))
        continue;

      for (j = i; j > 0 && is_blank (text, &l[j - 1]); j--)
        ;
      if (j == 0 || kinds[j - 1] != FD_QUOTE_PART_TEXT || !ends_with_colon (text, &l[j - 1]))
        continue;

      j--;
      if (j > 0 && !has_digit (text, &l[j]) && !is_blank (text, &l[j - 1]) &&
          kinds[j - 1] == FD_QUOTE_PART_TEXT && has_digit (text, &l[j - 1]))
        j--;
      for (guint k = j; k < i; k++)
        kinds[k] = FD_QUOTE_PART_QUOTED;
    }

  /* Blank lines between quoted ones belong to the quote. */
  for (guint i = 0; i < n; i++)
    {
      guint j;

      if (!is_blank (text, &l[i]) || i == 0 || kinds[i - 1] != FD_QUOTE_PART_QUOTED)
        continue;
      for (j = i; j < n && is_blank (text, &l[j]); j++)
        ;
      if (j < n && kinds[j] == FD_QUOTE_PART_QUOTED)
        for (guint k = i; k < j; k++)
          kinds[k] = FD_QUOTE_PART_QUOTED;
      i = j;
    }

  /* The signature: from "-- " to the next quote or the end. */
  for (guint i = 0; i < n; i++)
    {
      if (kinds[i] != FD_QUOTE_PART_TEXT || !is_signature_marker (text, &l[i]))
        continue;
      for (guint j = i; j < n && kinds[j] == FD_QUOTE_PART_TEXT; j++)
        kinds[j] = FD_QUOTE_PART_SIGNATURE;
      break;
    }

  /* A phone's own line, alone at the end. */
  for (guint i = n; i > 0; i--)
    {
      const Line *line = &l[i - 1];

      if (is_blank (text, line))
        continue;
      if (kinds[i - 1] == FD_QUOTE_PART_TEXT && line->text_len < 80 &&
          (starts_with (text, line, "Sent from my ") || starts_with (text, line, "Get Outlook for ")) &&
          (i == 1 || is_blank (text, &l[i - 2])))
        kinds[i - 1] = FD_QUOTE_PART_SIGNATURE;
      break;
    }

  for (guint i = 0; i < n; i++)
    {
      FdQuotePart *last = parts->len > 0 ? &g_array_index (parts, FdQuotePart, parts->len - 1) : NULL;

      if (last != NULL && last->kind == kinds[i])
        last->end = l[i].end;
      else
        {
          FdQuotePart part = { kinds[i], l[i].start, l[i].end };

          g_array_append_val (parts, part);
        }
    }

  return parts;
}

/* @text from @start to @end without blank lines at either end. */
static void
append_trimmed (GString    *out,
                const char *text,
                gsize       start,
                gsize       end)
{
  gsize first = start;

  /* From the start of the first line that is not blank. */
  for (gsize i = start; i < end && g_ascii_isspace (text[i]); i++)
    if (text[i] == '\n')
      first = i + 1;
  while (end > first && g_ascii_isspace (text[end - 1]))
    end--;
  if (end <= first)
    return;

  if (out->len > 0)
    g_string_append (out, "\n\n");
  g_string_append_len (out, text + first, end - first);
}

char *
fd_mail_quote_dup_new_text (const char *text)
{
  g_autoptr(GArray) parts = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean folded = FALSE;

  if (text == NULL)
    return NULL;

  parts = fd_mail_quote_split (text);
  for (guint i = 0; i < parts->len; i++)
    {
      const FdQuotePart *part = &g_array_index (parts, FdQuotePart, i);

      if (part->kind == FD_QUOTE_PART_TEXT)
        append_trimmed (out, text, part->start, part->end);
      else
        folded = TRUE;
    }

  if (!folded || out->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}
