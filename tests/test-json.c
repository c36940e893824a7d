/* test-json.c: the depth and size check run before json-glib parses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-json.h"

static char *
repeat (const char *unit,
        guint       n)
{
  GString *str = g_string_sized_new (strlen (unit) * n + 1);

  for (guint i = 0; i < n; i++)
    g_string_append (str, unit);
  return g_string_free (str, FALSE);
}

/* n arrays, one inside the other: "[[[…]]]" */
static char *
nested (guint n)
{
  g_autofree char *open = repeat ("[", n);
  g_autofree char *close = repeat ("]", n);

  return g_strconcat (open, close, NULL);
}

static void
assert_check (const char *json,
              guint       max_depth,
              int         code)     /* -1: accepted */
{
  g_autoptr(GError) error = NULL;
  gboolean ok = fd_json_check (json, -1, FD_JSON_MAX_SIZE, max_depth, &error);

  if (code < 0)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
    }
  else
    {
      g_assert_error (error, FD_JSON_ERROR, code);
      g_assert_false (ok);
    }
}

static void
test_depth (void)
{
  g_autofree char *at_limit = nested (FD_JSON_MAX_DEPTH);
  g_autofree char *over = nested (FD_JSON_MAX_DEPTH + 1);
  g_autofree char *open = repeat ("{\"k\":[", 32);
  g_autofree char *close = repeat ("]}", 32);
  g_autofree char *objects = g_strconcat (open, close, NULL);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  assert_check ("{}", 1, -1);
  assert_check ("{\"a\":[1,{\"b\":[]}],\"c\":{}}", 4, -1);
  assert_check ("{\"a\":[1,{\"b\":[]}],\"c\":{}}", 3, FD_JSON_ERROR_TOO_DEEP);
  /* Siblings do not add up: only what is open at once counts. */
  assert_check ("[[],[],[[]],[]]", 3, -1);
  assert_check ("[[],[],[[[]]],[]]", 3, FD_JSON_ERROR_TOO_DEEP);

  assert_check (at_limit, FD_JSON_MAX_DEPTH, -1);
  assert_check (over, FD_JSON_MAX_DEPTH, FD_JSON_ERROR_TOO_DEEP);

  /* Objects count as arrays do, mixed too. */
  assert_check (objects, 64, -1);
  assert_check (objects, 63, FD_JSON_ERROR_TOO_DEEP);

  /* The limit holds through the parse functions, and the message says so. */
  node = fd_json_parse (at_limit, -1, FD_JSON_MAX_SIZE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);
  g_clear_pointer (&node, json_node_unref);
  node = fd_json_parse (over, -1, FD_JSON_MAX_SIZE, &error);
  g_assert_error (error, FD_JSON_ERROR, FD_JSON_ERROR_TOO_DEEP);
  g_assert_null (node);
  g_assert_nonnull (strstr (error->message, "64 levels"));
}

/* The input that crashed json-glib: it must be refused, quickly. */
static void
test_million_brackets (void)
{
  g_autofree char *deep = repeat ("[", 1000000);
  g_autofree char *in_object = g_strconcat ("{\"a\":", deep, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (fd_json_parser_load (parser, deep, -1, FD_JSON_MAX_SIZE, &error));
  g_assert_error (error, FD_JSON_ERROR, FD_JSON_ERROR_TOO_DEEP);
  g_clear_error (&error);

  g_assert_null (fd_json_parse (in_object, -1, FD_JSON_MAX_SIZE, &error));
  g_assert_error (error, FD_JSON_ERROR, FD_JSON_ERROR_TOO_DEEP);
}

static void
test_strings (void)
{
  g_autofree char *brackets = repeat ("[{", 200);
  g_autofree char *in_string = g_strdup_printf ("[\"%s\", \"}}]]\"]", brackets);

  /* Brackets inside strings do not count, nor do closers lower the count. */
  assert_check (in_string, 1, -1);
  assert_check ("[\"]]]]]]\", [[]]]", 3, -1);
  assert_check ("[\"]]]]]]\", [[]]]", 2, FD_JSON_ERROR_TOO_DEEP);

  /* An escaped quote does not end the string; an escaped backslash does
   * not escape the quote after it. */
  assert_check ("[\"\\\"[[[[\"]", 1, -1);
  assert_check ("[\"\\\\\", [[[]]]]", 4, -1);
  assert_check ("[\"\\\\\", [[[]]]]", 3, FD_JSON_ERROR_TOO_DEEP);
  assert_check ("[\"\\\\\\\"[[[[\"]", 1, -1);

  /* \u escapes, including an escaped quote and a surrogate pair. */
  assert_check ("[\"\\u0022[[[[\", \"\\ud83d\\ude00\", \"\\u00e9\"]", 1, -1);

  /* Quotes, slashes and single quotes inside strings are just text. */
  assert_check ("{\"url\":\"https://x.example/a?b='c'\",\"t\":\"it's /* not */ a comment\"}", 1, -1);

  /* An unterminated string is json-glib's to report. */
  assert_check ("[\"[[[[", 1, -1);
  assert_check ("[\"abc\\", 1, -1);
}

/* What json-glib reads more leniently than JSON is refused: each of these
 * would otherwise hide the brackets that follow from the scan. */
static void
test_lenient_forms (void)
{
  g_autofree char *deep = repeat ("[", 100000);
  const char *prefixes[] = {
    "['\"', ",              /* a single-quoted string holding a quote */
    "[/\"/ ",               /* json-glib's /…/ comment */
    "[\"\\u1\", \"",        /* a short \u swallows the closing quote */
    "[\"\\ud800\", \"",     /* a lone surrogate swallows two characters */
    "[\"\\udc00\\u0041\", \"",
    "[\"\\ud800\\u0041\", \"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *json = g_strconcat (prefixes[i], deep, NULL);
      g_autoptr(GError) error = NULL;

      g_test_message ("prefix %s", prefixes[i]);
      g_assert_null (fd_json_parse (json, -1, FD_JSON_MAX_SIZE, &error));
      g_assert_error (error, FD_JSON_ERROR, FD_JSON_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "not valid JSON"));
    }

  assert_check ("['a']", 4, FD_JSON_ERROR_INVALID);
  assert_check ("[1] // note", 4, FD_JSON_ERROR_INVALID);
  assert_check ("[\"\\u00G0\"]", 4, FD_JSON_ERROR_INVALID);

  /* A NUL byte, inside or outside a string, when a length is given. */
  {
    static const char outside[] = "[1]\0[[[[";
    static const char inside[] = "[\"a\0b\"]";
    g_autoptr(GError) error = NULL;

    g_assert_false (fd_json_check (outside, sizeof outside - 1, 100, 4, &error));
    g_assert_error (error, FD_JSON_ERROR, FD_JSON_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (fd_json_check (inside, sizeof inside - 1, 100, 4, &error));
    g_assert_error (error, FD_JSON_ERROR, FD_JSON_ERROR_INVALID);
  }

  /* json-glib 1.6 reads a second top-level array or object as if it were
   * the only one, and leaks what it read after a scalar ("2[]"). */
  assert_check ("2[]", 4, FD_JSON_ERROR_INVALID);
  assert_check ("\"a\" {}", 4, FD_JSON_ERROR_INVALID);
  assert_check ("{\"id\":\"1\"}{\"id\":\"2\"}", 4, FD_JSON_ERROR_INVALID);
  assert_check ("[] []", 4, FD_JSON_ERROR_INVALID);
  g_assert_true (fd_json_check (" {\"a\":[{}]} \n", -1, 100, 4, NULL));
  g_assert_true (fd_json_check ("\"[]\"", -1, 100, 4, NULL));
  g_assert_true (fd_json_check ("-1", -1, 100, 4, NULL));
}

static void
test_size (void)
{
  static const char json[] = "{\"text\":\"0123456789\"}";
  gsize len = sizeof json - 1;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (fd_json_check (json, -1, len, 4, &error));
  g_assert_no_error (error);
  g_assert_true (fd_json_check (json, (gssize) len, len, 4, &error));
  g_assert_no_error (error);

  g_assert_false (fd_json_check (json, -1, len - 1, 4, &error));
  g_assert_error (error, FD_JSON_ERROR, FD_JSON_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* A length shorter than the string limits what is read. */
  g_assert_true (fd_json_check (json, 8, 8, 4, &error));
  g_assert_no_error (error);

  g_assert_false (fd_json_parser_load (parser, json, -1, 10, &error));
  g_assert_error (error, FD_JSON_ERROR, FD_JSON_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_true (fd_json_check_size (FD_JSON_LINE_MAX_SIZE, FD_JSON_LINE_MAX_SIZE, &error));
  g_assert_false (fd_json_check_size (FD_JSON_LINE_MAX_SIZE + 1, FD_JSON_LINE_MAX_SIZE, &error));
  g_assert_error (error, FD_JSON_ERROR, FD_JSON_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "16.0\xc2\xa0MiB"));
}

static void
test_parse (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  /* Empty input is an error, so a root is never NULL after success. */
  g_assert_false (fd_json_parser_load (parser, "  \n", -1, 100, &error));
  g_assert_error (error, FD_JSON_ERROR, FD_JSON_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_null (fd_json_parse ("", -1, 100, &error));
  g_assert_error (error, FD_JSON_ERROR, FD_JSON_ERROR_EMPTY);
  g_clear_error (&error);

  /* json-glib's own errors come through. */
  g_assert_null (fd_json_parse ("{\"a\":", -1, 100, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == JSON_PARSER_ERROR);
  g_clear_error (&error);

  /* As json_from_string(): the tree can be edited. */
  node = fd_json_parse ("{\"text\":\"old\"}", -1, 100, &error);
  g_assert_no_error (error);
  json_object_set_string_member (json_node_get_object (node), "text", "new");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "text"), ==, "new");
}

/* json-glib 1.6 writes U+001F, C1 and bidi controls raw in strings; the
 * output here escapes them, and reads back the same. */
static void
test_to_string (void)
{
  static const char text[] = "a\x1f b\x7f c\xc2\x9b d\xe2\x80\xae e\xe2\x81\xa6 f\xe2\x80\xa8 "
                             "\x1b]0;t\x07 \r\n\t caf\xc3\xa9 \"q\" \\";
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  g_autoptr(JsonNode) back = NULL;
  g_autofree char *raw = NULL;
  g_autoptr(GError) error = NULL;

  json_object_set_string_member (json_node_get_object (node), "text\x1f", text);

  /* What json-glib alone gives: the reason for fd_json_to_string(). */
  raw = json_to_string (node, FALSE);
  g_assert_nonnull (strchr (raw, 0x1f));
  g_assert_nonnull (strstr (raw, "\xc2\x9b"));

  for (int pretty = 0; pretty < 2; pretty++)
    {
      g_autofree char *json = fd_json_to_string (node, pretty);

      for (const guchar *p = (const guchar *) json; *p != '\0'; p++)
        g_assert_true (*p >= 0x20 || *p == '\n');
      g_assert_null (strstr (json, "\xc2\x9b"));
      g_assert_null (strstr (json, "\xe2\x80\xae"));
      g_assert_null (strstr (json, "\xe2\x81\xa6"));
      g_assert_null (strstr (json, "\xe2\x80\xa8"));
      g_assert_nonnull (strstr (json, "a\\u001f b\\u007f c\\u009b d\\u202e e\\u2066 f\\u2028"));
      g_assert_nonnull (strstr (json, "caf\xc3\xa9"));

      g_clear_pointer (&back, json_node_unref);
      back = fd_json_parse (json, -1, FD_JSON_MAX_SIZE, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (json_object_get_string_member (json_node_get_object (back), "text\x1f"), ==, text);
    }
}

static guint
tree_depth (JsonNode *node)
{
  guint deepest = 0;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        deepest = MAX (deepest, tree_depth (json_array_get_element (array, i)));
      return deepest + 1;
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) members = json_object_get_values (json_node_get_object (node));

      for (GList *l = members; l != NULL; l = l->next)
        deepest = MAX (deepest, tree_depth (l->data));
      return deepest + 1;
    }
  return 0;
}

/* Random texts made of the characters that matter: whenever the check
 * accepts one that json-glib then parses, the tree is no deeper than the
 * limit, i.e. both agree on what is inside a string. */
static void
test_agrees_with_json_glib (void)
{
  static const char *pieces[] = {
    "[", "]", "{", "}", ",", ":", "\"", "\\", "\\\"", "\\\\", "\\u0022", "\\ud83d\\ude00",
    "\"a\"", "\"k\":", "1", "null", " ", "'", "/", "u", "x",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  guint parsed = 0;

  for (guint n = 0; n < 200000; n++)
    {
      g_autoptr(GString) json = g_string_new (NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      guint len = (guint) g_rand_int_range (rand, 1, 16);

      for (guint i = 0; i < len; i++)
        g_string_append (json, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

      if (!fd_json_check (json->str, -1, 1000, 3, NULL) ||
          !json_parser_load_from_data (parser, json->str, -1, NULL) ||
          json_parser_get_root (parser) == NULL)
        continue;

      parsed++;
      if (tree_depth (json_parser_get_root (parser)) > 3)
        g_error ("accepted at depth 3 but json-glib reads it deeper: %s", json->str);
    }

  /* Enough of them parse for the comparison to mean something. */
  g_test_message ("%u parsed", parsed);
  g_assert_cmpuint (parsed, >, 500);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/depth", test_depth);
  g_test_add_func ("/json/million-brackets", test_million_brackets);
  g_test_add_func ("/json/strings", test_strings);
  g_test_add_func ("/json/lenient-forms", test_lenient_forms);
  g_test_add_func ("/json/size", test_size);
  g_test_add_func ("/json/parse", test_parse);
  g_test_add_func ("/json/to-string", test_to_string);
  g_test_add_func ("/json/agrees-with-json-glib", test_agrees_with_json_glib);

  return g_test_run ();
}
