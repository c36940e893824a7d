/* fuzz-json-check.c: the size and depth check run on JSON from outside,
 * then json-glib on what it lets through, which must be no deeper than
 * the check allowed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz.h"
#include "fd-json.h"

/* Arrays and objects nested in @node, counted as fd_json_check() does. */
static guint
node_depth (JsonNode *node)
{
  guint max = 0;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          guint depth = node_depth (json_array_get_element (array, i));

          max = MAX (max, depth);
        }
      return max + 1;
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        {
          guint depth = node_depth (member);

          max = MAX (max, depth);
        }
      return max + 1;
    }

  return 0;
}

static void
check_and_parse (const char *data,
                 gssize      length,
                 guint       max_depth)
{
  g_autoptr(JsonParser) parser = NULL;

  if (!fd_json_check (data, length, FD_JSON_MAX_SIZE, max_depth, NULL))
    return;

  parser = json_parser_new_immutable ();
  if (json_parser_load_from_data (parser, data, length, NULL) &&
      json_parser_get_root (parser) != NULL)
    g_assert_cmpuint (node_depth (json_parser_get_root (parser)), <=, max_depth);
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autofree char *str = NULL;
  g_autoptr(JsonNode) node = NULL;

  fuzz_set_logging_func ();

  /* By length, where the check must not read past the end... */
  check_and_parse ((const char *) data, size, 4);
  check_and_parse ((const char *) data, size, FD_JSON_MAX_DEPTH);

  /* ...and NUL-terminated, through the function every caller uses. */
  str = fuzz_dup_string (data, size);
  node = fd_json_parse (str, -1, FD_JSON_MAX_SIZE, NULL);
  if (node != NULL)
    g_assert_cmpuint (node_depth (node), <=, FD_JSON_MAX_DEPTH);

  return 0;
}
