/* fd-text-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-text-utils"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-text-utils.h"

/* Local times of @unix_time and @now, and whether they fall in the same
 * year; FALSE when @unix_time cannot be shown. */
static gboolean
local_times (gint64      unix_time,
             gint64      now,
             GDateTime **out_local,
             gboolean   *out_this_year)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) now_utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) now_local = NULL;

  if (utc == NULL || now_utc == NULL)
    return FALSE;

  *out_local = g_date_time_to_local (utc);
  now_local = g_date_time_to_local (now_utc);
  *out_this_year = g_date_time_get_year (*out_local) == g_date_time_get_year (now_local);
  return TRUE;
}

char *
fd_format_waiting (gint64 since,
                   gint64 now)
{
  gint64 seconds = MAX (now - since, 0);
  g_autoptr(GDateTime) local = NULL;
  gboolean this_year;
  gint64 n;

  if (seconds < 60)
    /* Translators: how long a customer has waited, less than a minute */
    return g_strdup (C_("waiting time", "now"));

  if (seconds < 60 * 60)
    {
      n = seconds / 60;
      /* Translators: how long a customer has waited, in minutes; keep it short */
      return g_strdup_printf (ngettext ("%u min", "%u min", (gulong) n), (guint) n);
    }

  if (seconds < 24 * 60 * 60)
    {
      n = seconds / (60 * 60);
      /* Translators: how long a customer has waited, in hours; keep it short */
      return g_strdup_printf (ngettext ("%u h", "%u h", (gulong) n), (guint) n);
    }

  if (seconds < FD_WAITING_AS_DAY || !local_times (since, now, &local, &this_year))
    {
      n = seconds / (24 * 60 * 60);
      /* Translators: how long a customer has waited, in days; keep it short */
      return g_strdup_printf (ngettext ("%u d", "%u d", (gulong) n), (guint) MIN (n, G_MAXUINT));
    }

  if (this_year)
    /* Translators: the day a customer has waited since, this year, e.g.
     * "6 Dec"; see g_date_time_format(), "%-d" is the day without padding */
    return g_date_time_format (local, C_("waiting since", "%-d %b"));

  /* Translators: the day a customer has waited since, another year, e.g.
   * "6 Dec 2025"; see g_date_time_format() */
  return g_date_time_format (local, C_("waiting since", "%-d %b %Y"));
}

char *
fd_format_date_time_at (gint64 unix_time,
                        gint64 now)
{
  g_autoptr(GDateTime) local = NULL;
  gboolean this_year;

  if (!local_times (unix_time, now, &local, &this_year))
    return g_strdup ("");

  if (this_year)
    /* Translators: date and time of a message this year, e.g. "Sun 6 Dec,
     * 18:40"; see g_date_time_format(), "%-d" is the day without padding */
    return g_date_time_format (local, _("%a %-d %b, %H:%M"));

  /* Translators: date and time of a message of another year, e.g.
   * "Sat 6 Dec 2025, 18:40"; see g_date_time_format() */
  return g_date_time_format (local, _("%a %-d %b %Y, %H:%M"));
}

char *
fd_format_date_time (gint64 unix_time)
{
  return fd_format_date_time_at (unix_time, g_get_real_time () / G_USEC_PER_SEC);
}

/* Folds one character the way the search does: transliterated to ASCII
 * where possible (é → e), then case-folded. */
static char *
fold_char (const char *p,
           const char *next)
{
  g_autofree char *one = g_strndup (p, next - p);
  g_autofree char *ascii = NULL;

  /* Characters without a transliteration (CJK, emoji) stay as they are. */
  ascii = g_str_to_ascii (one, "C");
  if (ascii == NULL || ascii[0] == '\0' || (strchr (ascii, '?') && !strchr (one, '?')))
    return g_utf8_casefold (one, -1);

  return g_utf8_casefold (ascii, -1);
}

static char *
fold_string (const char *text,
             GArray     *starts,
             GArray     *ends)
{
  GString *folded = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);
      g_autofree char *f = fold_char (p, next);
      guint start = p - text;
      guint end = next - text;

      for (guint i = 0; f[i] != '\0'; i++)
        {
          if (starts != NULL)
            g_array_append_val (starts, start);
          if (ends != NULL)
            g_array_append_val (ends, end);
        }

      g_string_append (folded, f);
    }

  return g_string_free (folded, FALSE);
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const FdTextSpan *sa = a;
  const FdTextSpan *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  return sa->end < sb->end ? -1 : (sa->end > sb->end);
}

GArray *
fd_text_find_matches (const char         *text,
                      const char * const *terms)
{
  g_autoptr(GArray) starts = NULL;
  g_autoptr(GArray) ends = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) merged = NULL;
  g_autofree char *folded = NULL;

  merged = g_array_new (FALSE, FALSE, sizeof (FdTextSpan));

  if (text == NULL || terms == NULL || !g_utf8_validate (text, -1, NULL))
    return g_steal_pointer (&merged);

  starts = g_array_new (FALSE, FALSE, sizeof (guint));
  ends = g_array_new (FALSE, FALSE, sizeof (guint));
  spans = g_array_new (FALSE, FALSE, sizeof (FdTextSpan));
  folded = fold_string (text, starts, ends);

  for (guint t = 0; terms[t] != NULL; t++)
    {
      g_autofree char *term = g_strdup (terms[t]);
      g_autofree char *folded_term = NULL;
      gsize len;

      /* "pre*" highlights what "pre" matches. */
      g_strstrip (term);
      len = strlen (term);
      while (len > 0 && term[len - 1] == '*')
        term[--len] = '\0';
      if (len == 0 || !g_utf8_validate (term, -1, NULL))
        continue;

      folded_term = fold_string (term, NULL, NULL);
      len = strlen (folded_term);
      if (len == 0)
        continue;

      for (const char *hit = strstr (folded, folded_term);
           hit != NULL;
           hit = strstr (hit + len, folded_term))
        {
          guint fs = hit - folded;
          guint fe = fs + len - 1;
          FdTextSpan span;

          span.start = g_array_index (starts, guint, fs);
          span.end = g_array_index (ends, guint, fe);
          g_array_append_val (spans, span);
        }
    }

  g_array_sort (spans, compare_spans);

  for (guint i = 0; i < spans->len; i++)
    {
      FdTextSpan *span = &g_array_index (spans, FdTextSpan, i);

      if (merged->len > 0)
        {
          FdTextSpan *last = &g_array_index (merged, FdTextSpan, merged->len - 1);

          if (span->start <= last->end)
            {
              last->end = MAX (last->end, span->end);
              continue;
            }
        }

      g_array_append_val (merged, *span);
    }

  return g_steal_pointer (&merged);
}

PangoAttrList *
fd_text_highlight_attrs (const char         *text,
                         const char * const *terms)
{
  g_autoptr(GArray) spans = fd_text_find_matches (text, terms);
  PangoAttrList *attrs;

  if (spans->len == 0)
    return NULL;

  attrs = pango_attr_list_new ();

  for (guint i = 0; i < spans->len; i++)
    {
      const FdTextSpan *span = &g_array_index (spans, FdTextSpan, i);
      PangoAttribute *attr;

      /* A translucent yellow reads well on light and dark styles alike;
       * bold keeps the match visible without colour. */
      attr = pango_attr_background_new (0xf600, 0xd300, 0x2d00);
      attr->start_index = span->start;
      attr->end_index = span->end;
      pango_attr_list_insert (attrs, attr);

      attr = pango_attr_background_alpha_new (0x6000);
      attr->start_index = span->start;
      attr->end_index = span->end;
      pango_attr_list_insert (attrs, attr);

      attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      attr->start_index = span->start;
      attr->end_index = span->end;
      pango_attr_list_insert (attrs, attr);
    }

  return attrs;
}
