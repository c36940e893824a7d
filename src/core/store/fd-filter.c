/* fd-filter.c: the search language, turned into an FTS5 expression and
 * the checks the index cannot make (phrases, authors).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-filter.h"
#include "fd-store-private.h"

G_DEFINE_QUARK (fd-filter-error-quark, fd_filter_error)

FdFilter *
fd_filter_new (void)
{
  FdFilter *filter = g_new0 (FdFilter, 1);

  filter->view = FD_VIEW_ALL;
  filter->order = FD_SORT_NEWEST;
  filter->state = -1;
  filter->terms = g_ptr_array_new_with_free_func (g_free);
  filter->authors = g_ptr_array_new_with_free_func (g_free);
  filter->not_authors = g_ptr_array_new_with_free_func (g_free);
  filter->phrases = g_ptr_array_new_with_free_func (g_free);
  filter->not_phrases = g_ptr_array_new_with_free_func (g_free);

  return filter;
}

static void
copy_strings (GPtrArray       *to,
              const GPtrArray *from)
{
  g_ptr_array_set_size (to, 0);
  for (guint i = 0; from != NULL && i < from->len; i++)
    g_ptr_array_add (to, g_strdup (g_ptr_array_index (from, i)));
}

FdFilter *
fd_filter_copy (const FdFilter *filter)
{
  FdFilter *copy;

  g_return_val_if_fail (filter != NULL, NULL);

  copy = fd_filter_new ();
  copy->view = filter->view;
  copy->order = filter->order;
  copy->channel = g_strdup (filter->channel);
  copy->account_id = filter->account_id;
  copy->lang = g_strdup (filter->lang);
  copy->from = g_strdup (filter->from);
  copy->customer_id = filter->customer_id;
  copy->state = filter->state;
  copy->direction = filter->direction;
  copy->has_direction = filter->has_direction;
  copy->fts = g_strdup (filter->fts);
  copy->fts_not = g_strdup (filter->fts_not);
  copy_strings (copy->terms, filter->terms);
  copy_strings (copy->authors, filter->authors);
  copy_strings (copy->not_authors, filter->not_authors);
  copy_strings (copy->phrases, filter->phrases);
  copy_strings (copy->not_phrases, filter->not_phrases);

  return copy;
}

static gboolean
strings_equal (const GPtrArray *a,
               const GPtrArray *b)
{
  guint na = a != NULL ? a->len : 0;
  guint nb = b != NULL ? b->len : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

gboolean
fd_filter_equal (const FdFilter *a,
                 const FdFilter *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->view == b->view &&
         a->order == b->order &&
         g_strcmp0 (a->channel, b->channel) == 0 &&
         a->account_id == b->account_id &&
         g_strcmp0 (a->lang, b->lang) == 0 &&
         g_strcmp0 (a->from, b->from) == 0 &&
         a->customer_id == b->customer_id &&
         a->state == b->state &&
         a->has_direction == b->has_direction &&
         (!a->has_direction || a->direction == b->direction) &&
         g_strcmp0 (a->fts, b->fts) == 0 &&
         g_strcmp0 (a->fts_not, b->fts_not) == 0 &&
         strings_equal (a->terms, b->terms) &&
         strings_equal (a->authors, b->authors) &&
         strings_equal (a->not_authors, b->not_authors) &&
         strings_equal (a->phrases, b->phrases) &&
         strings_equal (a->not_phrases, b->not_phrases);
}

void
fd_filter_free (FdFilter *filter)
{
  if (filter == NULL)
    return;

  g_free (filter->channel);
  g_free (filter->lang);
  g_free (filter->from);
  g_free (filter->fts);
  g_free (filter->fts_not);
  g_clear_pointer (&filter->terms, g_ptr_array_unref);
  g_clear_pointer (&filter->authors, g_ptr_array_unref);
  g_clear_pointer (&filter->not_authors, g_ptr_array_unref);
  g_clear_pointer (&filter->phrases, g_ptr_array_unref);
  g_clear_pointer (&filter->not_phrases, g_ptr_array_unref);
  g_free (filter);
}

/* An FTS5 string literal: the text in double quotes, quotes doubled. The
 * tokenizer then splits it, so a quoted run of words is a phrase. */
static void
append_fts_string (GString    *out,
                   const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Does @text contain anything the tokenizer keeps (a letter or digit)? */
static gboolean
has_token_chars (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* @words joined with AND; the last one a prefix if asked. */
static void
append_words (GString   *out,
              GPtrArray *words,
              gboolean   last_prefix)
{
  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append (out, " AND ");
      append_fts_string (out, g_ptr_array_index (words, i));
      if (last_prefix && i + 1 == words->len)
        g_string_append (out, " *");
    }
}

typedef struct {
  char     *text;
  gboolean  quoted;
  gboolean  negated;
} Token;

static void
token_clear (gpointer data)
{
  Token *token = data;

  g_free (token->text);
}

static GArray *
tokenize (const char  *query,
          GError     **error)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  const char *p = query;

  g_array_set_clear_func (tokens, token_clear);

  while (*p != '\0')
    {
      Token token = { NULL, FALSE, FALSE };
      GString *text;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;

      if (*p == '-' && p[1] != '\0' && !g_ascii_isspace (p[1]))
        {
          token.negated = TRUE;
          p++;
        }

      text = g_string_new (NULL);
      while (*p != '\0' && !g_ascii_isspace (*p))
        {
          if (*p == '"')
            {
              const char *end = strchr (p + 1, '"');

              if (end == NULL)
                {
                  g_string_free (text, TRUE);
                  g_set_error (error, FD_FILTER_ERROR, FD_FILTER_ERROR_SYNTAX,
                               _("A quotation mark is not closed. Put a closing \" after the phrase."));
                  return NULL;
                }
              g_string_append_len (text, p + 1, end - p - 1);
              token.quoted = TRUE;
              p = end + 1;
            }
          else
            {
              g_string_append_c (text, *p);
              p++;
            }
        }

      token.text = g_string_free (text, FALSE);
      g_array_append_val (tokens, token);
    }

  return g_steal_pointer (&tokens);
}

static gboolean
apply_is (FdFilter    *filter,
          const char  *value,
          GError     **error)
{
  FdMessageState state;

  if (g_ascii_strcasecmp (value, "unanswered") == 0)
    {
      filter->view = FD_VIEW_UNANSWERED;
      return TRUE;
    }
  if (g_ascii_strcasecmp (value, "repeated") == 0)
    {
      filter->view = FD_VIEW_REPEATED;
      return TRUE;
    }
  if (g_ascii_strcasecmp (value, "archived") == 0)
    {
      filter->view = FD_VIEW_ARCHIVED;
      return TRUE;
    }
  if (g_ascii_strcasecmp (value, "incoming") == 0 || g_ascii_strcasecmp (value, "outgoing") == 0)
    {
      filter->has_direction = TRUE;
      filter->direction = g_ascii_tolower (value[0]) == 'i' ? FD_DIRECTION_IN : FD_DIRECTION_OUT;
      return TRUE;
    }
  if (fd_message_state_from_string (value, &state))
    {
      filter->state = state;
      if (state == FD_MESSAGE_STATE_ARCHIVED)
        filter->view = FD_VIEW_ARCHIVED;
      return TRUE;
    }

  g_set_error (error, FD_FILTER_ERROR, FD_FILTER_ERROR_SYNTAX,
               /* Translators: "is:%s" is what the user typed; keep the
                * is:… operator words untranslated, they are typed as is. */
               _("“is:%s” is not known. Use is:unanswered, is:unread, is:read, is:answered, is:archived, is:repeated, is:incoming or is:outgoing."),
               value);
  return FALSE;
}

gboolean
fd_filter_parse_search (FdFilter    *filter,
                        const char  *query,
                        GError     **error)
{
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GString) positive = g_string_new (NULL);
  g_autoptr(GString) negative = g_string_new (NULL);
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) authors_in = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) authors_out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) phrases_in = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) phrases_out = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  if (!(tokens = tokenize (query, error)))
    return FALSE;

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = &g_array_index (tokens, Token, i);
      const char *colon = token->quoted ? NULL : strchr (token->text, ':');
      GString *target = token->negated ? negative : positive;

      if (colon != NULL && colon > token->text && colon[1] != '/')
        {
          g_autofree char *op = g_ascii_strdown (token->text, colon - token->text);
          const char *value = colon + 1;

          if (*value == '\0')
            {
              g_set_error (error, FD_FILTER_ERROR, FD_FILTER_ERROR_SYNTAX,
                           _("“%s” needs a value after the colon, for example from:maria."),
                           token->text);
              return FALSE;
            }

          if (g_str_equal (op, "from"))
            {
              g_autoptr(GPtrArray) words = NULL;
              GString *expr;

              if (!has_token_chars (value))
                continue;
              /* Every word of the name, the last one as a prefix. */
              expr = g_string_new (NULL);
              words = _fd_store_split_words (value, -1, FALSE);
              append_words (expr, words, TRUE);
              g_ptr_array_add (token->negated ? authors_out : authors_in, g_string_free (expr, FALSE));
              continue;
            }
          else if (g_str_equal (op, "channel"))
            {
              g_free (filter->channel);
              filter->channel = g_ascii_strdown (value, -1);
              continue;
            }
          else if (g_str_equal (op, "lang"))
            {
              g_free (filter->lang);
              filter->lang = g_ascii_strdown (value, -1);
              continue;
            }
          else if (g_str_equal (op, "is"))
            {
              if (!apply_is (filter, value, error))
                return FALSE;
              continue;
            }
          else if (g_str_is_ascii (op) && strspn (op, "abcdefghijklmnopqrstuvwxyz") == strlen (op))
            {
              g_set_error (error, FD_FILTER_ERROR, FD_FILTER_ERROR_SYNTAX,
                           /* Translators: keep from:, channel:, lang: and is: untranslated */
                           _("“%s:” is not a search operator. Use from:, channel:, lang: or is:, or put the word in quotes."),
                           op);
              return FALSE;
            }
          /* Anything else with a colon (10:30, ratio 1:2) is plain text. */
        }

      {
        gsize len = strlen (token->text);
        gboolean prefix = !token->quoted && len > 1 && token->text[len - 1] == '*';
        g_autofree char *word = g_strndup (token->text, prefix ? len - 1 : len);
        g_autoptr(GPtrArray) words = NULL;

        if (!has_token_chars (word))
          continue;

        /* The index keeps no positions: a phrase is its words, and the
         * order is checked on the rows they find. */
        words = _fd_store_split_words (word, -1, FALSE);
        if (words->len > 1)
          {
            if (token->negated)
              {
                g_ptr_array_add (phrases_out, g_strdup (word));
                continue;
              }
            if (!prefix)
              g_ptr_array_add (phrases_in, g_strdup (word));
            if (target->len > 0)
              g_string_append (target, " AND ");
            append_words (target, words, prefix);
          }
        else
          {
            if (target->len > 0)
              g_string_append (target, token->negated ? " OR " : " AND ");
            append_fts_string (target, word);
            if (prefix)
              g_string_append (target, " *");
          }

        if (!token->negated)
          g_ptr_array_add (terms, g_steal_pointer (&word));
      }
    }

  if ((negative->len > 0 || phrases_out->len > 0 || authors_out->len > 0) &&
      positive->len == 0 && authors_in->len == 0)
    {
      g_set_error (error, FD_FILTER_ERROR, FD_FILTER_ERROR_SYNTAX,
                   _("Add a word to search for: a search cannot consist only of excluded words."));
      return FALSE;
    }

  g_clear_pointer (&filter->fts, g_free);
  g_clear_pointer (&filter->fts_not, g_free);
  if (positive->len > 0)
    {
      if (negative->len > 0)
        filter->fts = g_strdup_printf ("(%s) NOT (%s)", positive->str, negative->str);
      else
        filter->fts = g_strdup (positive->str);
    }
  else if (negative->len > 0)
    {
      filter->fts_not = g_strdup (negative->str);
    }

  copy_strings (filter->authors, authors_in);
  copy_strings (filter->not_authors, authors_out);
  copy_strings (filter->phrases, phrases_in);
  copy_strings (filter->not_phrases, phrases_out);

  g_ptr_array_set_size (filter->terms, 0);
  for (guint i = 0; i < terms->len; i++)
    g_ptr_array_add (filter->terms, g_strdup (g_ptr_array_index (terms, i)));

  return TRUE;
}
