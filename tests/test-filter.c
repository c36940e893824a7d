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

  /* The index keeps no positions: a phrase is searched as its words and
   * its order checked on each row found; an excluded phrase only there. */
  g_assert_cmpstr (a->fts, ==, "(\"not\" AND \"arrived\" AND \"deliv\" *) NOT (\"spam\")");
  g_assert_cmpuint (a->phrases->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (a->phrases, 0), ==, "not arrived");
  g_assert_cmpuint (a->not_phrases->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (a->not_phrases, 0), ==, "bulk offer");
  g_assert_cmpuint (a->terms->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (a->terms, 0), ==, "not arrived");
}

static void
test_quotes_are_escaped (void)
{
  /* Whatever the user types, the result is a valid FTS5 string. */
  g_autoptr(FdFilter) f = parse_ok ("a\"b\"c AND OR NEAR(x)");

  g_assert_cmpstr (f->fts, ==, "\"abc\" AND \"AND\" AND \"OR\" AND \"NEAR\" AND \"x\"");
  g_assert_cmpuint (f->phrases->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->phrases, 0), ==, "NEAR(x)");
}

static void
test_operators (void)
{
  g_autoptr(FdFilter) f = parse_ok ("from:maria channel:Email lang:ES is:unanswered refund");
  g_autoptr(FdFilter) g = parse_ok ("is:read is:outgoing");
  g_autoptr(FdFilter) h = parse_ok ("meeting at 10:30 https://x.example/a");

  g_assert_cmpstr (f->fts, ==, "\"refund\"");
  g_assert_cmpuint (f->authors->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->authors, 0), ==, "\"maria\" *");
  g_assert_cmpstr (f->channel, ==, "email");
  g_assert_cmpstr (f->lang, ==, "es");
  g_assert_cmpint (f->view, ==, FD_VIEW_UNANSWERED);

  g_assert_cmpint (g->state, ==, FD_MESSAGE_STATE_READ);
  g_assert_true (g->has_direction);
  g_assert_cmpint (g->direction, ==, FD_DIRECTION_OUT);
  g_assert_null (g->fts);

  /* Colons in times and links are text: their words, in that order. */
  g_assert_nonnull (strstr (h->fts, "\"10\" AND \"30\""));
  g_assert_nonnull (strstr (h->fts, "\"https\" AND \"x\" AND \"example\" AND \"a\""));
  g_assert_cmpuint (h->phrases->len, ==, 2);
}

static void
test_errors (void)
{
  parse_fails ("\"unterminated phrase", "quotation mark");
  parse_fails ("subject:refund", "subject:");
  parse_fails ("is:happy", "is:happy");
  parse_fails ("-spam", "excluded");
  parse_fails ("-\"bulk offer\"", "excluded");
  parse_fails ("-from:maria", "excluded");
  parse_fails ("from:", "needs a value");
}

static void
test_copy (void)
{
  g_autoptr(FdFilter) f = parse_ok ("channel:email hello \"big box\" -\"red tape\" from:ana -from:bo");
  g_autoptr(FdFilter) c = fd_filter_copy (f);

  g_assert_cmpstr (c->fts, ==, f->fts);
  g_assert_cmpuint (c->phrases->len, ==, 1);
  g_assert_cmpuint (c->not_phrases->len, ==, 1);
  g_assert_cmpuint (c->authors->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (c->not_authors, 0), ==, "\"bo\" *");
  g_assert_cmpstr (c->channel, ==, "email");
  g_assert_cmpuint (c->terms->len, ==, 2);
}

static void
test_equal (void)
{
  g_autoptr(FdFilter) a = fd_filter_new ();
  g_autoptr(FdFilter) b = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_filter_parse_search (a, "lamp from:ana -\"too late\"", &error));
  g_assert_no_error (error);
  a->view = FD_VIEW_UNANSWERED;
  a->channel = g_strdup ("email");

  b = fd_filter_copy (a);
  g_assert_true (fd_filter_equal (a, b));

  b->order = FD_SORT_LONGEST_WAITING;
  g_assert_false (fd_filter_equal (a, b));
  b->order = a->order;

  g_clear_pointer (&b->channel, g_free);
  g_assert_false (fd_filter_equal (a, b));
  b->channel = g_strdup ("email");
  g_assert_true (fd_filter_equal (a, b));

  g_ptr_array_add (b->terms, g_strdup ("extra"));
  g_assert_false (fd_filter_equal (a, b));
  g_ptr_array_set_size (b->terms, b->terms->len - 1);
  g_assert_true (fd_filter_equal (a, b));

  g_ptr_array_set_size (b->not_phrases, 0);
  g_assert_false (fd_filter_equal (a, b));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/filter/equal", test_equal);
  g_test_add_func ("/filter/words", test_words);
  g_test_add_func ("/filter/phrase-prefix-negation", test_phrase_prefix_negation);
  g_test_add_func ("/filter/quotes-are-escaped", test_quotes_are_escaped);
  g_test_add_func ("/filter/operators", test_operators);
  g_test_add_func ("/filter/errors", test_errors);
  g_test_add_func ("/filter/copy", test_copy);

  return g_test_run ();
}
