/* test-filter.c: the search language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-filter.h"

static FdFilter *
parse_ok (const char *query)
{
  g_autoptr(GError) error = NULL;
  FdFilter *filter = fd_filter_new ();

  g_assert_true (fd_filter_parse_search (filter, query, &error));
  g_assert_no_error (error);

  return filter;
}

static void
parse_fails (const char *query,
             const char *expected_fragment)
{
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (fd_filter_parse_search (filter, query, &error));
  g_assert_error (error, FD_FILTER_ERROR, FD_FILTER_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, expected_fragment));
}

static void
test_words (void)
{
  g_autoptr(FdFilter) f = parse_ok ("  refund   late ");

  g_assert_cmpstr (f->fts, ==, "\"refund\" AND \"late\"");
  g_assert_cmpuint (f->terms->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (f->terms, 0), ==, "refund");
}

static void
test_phrase_prefix_negation (void)
{
  g_autoptr(FdFilter) a = parse_ok ("\"not arrived\" deliv* -spam -\"bulk offer\"");

  g_assert_cmpstr (a->fts, ==, "(\"not arrived\" AND \"deliv\" *) NOT (\"spam\" OR \"bulk offer\")");
  g_assert_cmpuint (a->terms->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (a->terms, 0), ==, "not arrived");
}

static void
test_quotes_are_escaped (void)
{
  /* Whatever the user types, the result is a valid FTS5 string. */
  g_autoptr(FdFilter) f = parse_ok ("a\"b\"c AND OR NEAR(x)");

  g_assert_cmpstr (f->fts, ==, "\"abc\" AND \"AND\" AND \"OR\" AND \"NEAR(x)\"");
}

static void
test_operators (void)
{
  g_autoptr(FdFilter) f = parse_ok ("from:maria channel:Email lang:ES is:unanswered refund");
  g_autoptr(FdFilter) g = parse_ok ("is:read is:outgoing");
  g_autoptr(FdFilter) h = parse_ok ("meeting at 10:30 https://x.example/a");

  g_assert_cmpstr (f->fts, ==, "author : \"maria\" * AND \"refund\"");
  g_assert_cmpstr (f->channel, ==, "email");
  g_assert_cmpstr (f->lang, ==, "es");
  g_assert_cmpint (f->view, ==, FD_VIEW_UNANSWERED);

  g_assert_cmpint (g->state, ==, FD_MESSAGE_STATE_READ);
  g_assert_true (g->has_direction);
  g_assert_cmpint (g->direction, ==, FD_DIRECTION_OUT);
  g_assert_null (g->fts);

  /* Colons in times and links are text. */
  g_assert_nonnull (strstr (h->fts, "\"10:30\""));
  g_assert_nonnull (strstr (h->fts, "\"https://x.example/a\""));
}

static void
test_errors (void)
{
  parse_fails ("\"unterminated phrase", "quotation mark");
  parse_fails ("subject:refund", "subject:");
  parse_fails ("is:happy", "is:happy");
  parse_fails ("-spam", "excluded");
  parse_fails ("from:", "needs a value");
}

static void
test_copy (void)
{
  g_autoptr(FdFilter) f = parse_ok ("channel:email hello");
  g_autoptr(FdFilter) c = fd_filter_copy (f);

  g_assert_cmpstr (c->fts, ==, f->fts);
  g_assert_cmpstr (c->channel, ==, "email");
  g_assert_cmpuint (c->terms->len, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/filter/words", test_words);
  g_test_add_func ("/filter/phrase-prefix-negation", test_phrase_prefix_negation);
  g_test_add_func ("/filter/quotes-are-escaped", test_quotes_are_escaped);
  g_test_add_func ("/filter/operators", test_operators);
  g_test_add_func ("/filter/errors", test_errors);
  g_test_add_func ("/filter/copy", test_copy);

  return g_test_run ();
}
