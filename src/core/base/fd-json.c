/* fd-json.c: limits on JSON that comes from outside, checked before parsing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-json.h"

G_DEFINE_QUARK (fd-json-error-quark, fd_json_error)

static gboolean
fail_invalid (GError     **error,
              const char  *what,
              gsize        at)
{
  g_set_error (error, FD_JSON_ERROR, FD_JSON_ERROR_INVALID,
               /* Translators: the first %s says what was found, e.g. "a comment";
                * the second is a byte position, counted from 1 */
               _("not valid JSON (%s at byte %lu)"), what, (unsigned long) (at + 1));
  return FALSE;
}

static int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* The code unit of the "\uXXXX" at @at, or -1 when it is not one. */
static gint32
read_u_escape (const guchar *p,
               gsize         size,
               gsize         at)
{
  gint32 unit = 0;

  if (size - at < 6 || p[at] != '\\' || p[at + 1] != 'u')
    return -1;

  for (gsize i = at + 2; i < at + 6; i++)
    {
      int v = hex_value (p[i]);

      if (v < 0)
        return -1;
      unit = unit * 16 + v;
    }

  return unit;
}

/* Moves *@at from the opening quote of a string to its closing quote, or
 * to @size when the string does not end (json-glib reports that).
 *
 * json-glib reads a few escapes further than JSON says: a "\u" with fewer
 * than four hex digits swallows the next character, and a surrogate always
 * swallows the next two, even a closing quote. Those escapes are refused,
 * so that both readers agree on where every string ends. */
static gboolean
skip_string (const guchar  *p,
             gsize          size,
             gsize         *at,
             GError       **error)
{
  gsize i = *at + 1;

  while (i < size && p[i] != '"')
    {
      if (p[i] == '\0')
        return fail_invalid (error, _("a NUL byte"), i);

      if (p[i] == '\\' && i + 1 < size && p[i + 1] == 'u')
        {
          gint32 unit = read_u_escape (p, size, i);

          if (unit < 0)
            return fail_invalid (error, _("a broken \\u escape"), i);
          if (unit >= 0xD800 && unit <= 0xDFFF)
            {
              gint32 low = read_u_escape (p, size, i + 6);

              if (unit > 0xDBFF || low < 0xDC00 || low > 0xDFFF)
                return fail_invalid (error, _("a broken surrogate pair"), i);
              i += 6;
            }
          i += 6;
        }
      else if (p[i] == '\\')
        {
          if (i + 1 < size && p[i + 1] == '\0')
            return fail_invalid (error, _("a NUL byte"), i + 1);
          i += 2;
        }
      else
        i++;
    }

  *at = MIN (i, size);
  return TRUE;
}

gboolean
fd_json_check_size (gsize    size,
                    gsize    max_size,
                    GError **error)
{
  g_autofree char *limit = NULL;

  if (size <= max_size)
    return TRUE;

  limit = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);
  g_set_error (error, FD_JSON_ERROR, FD_JSON_ERROR_TOO_LARGE,
               /* Translators: %s is a size such as "16.0 MiB" */
               _("the JSON is larger than %s, more than Frontdesk reads at once"), limit);
  return FALSE;
}

gboolean
fd_json_check (const char  *data,
               gssize       length,
               gsize        max_size,
               guint        max_depth,
               GError     **error)
{
  const guchar *p = (const guchar *) data;
  gsize size;
  guint depth = 0;
  gboolean have_value = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  size = length < 0 ? strlen (data) : (gsize) length;
  if (!fd_json_check_size (size, max_size, error))
    return FALSE;

  for (gsize i = 0; i < size; i++)
    {
      /* json-glib 1.6 leaks the array or object that follows a scalar at
       * the top ("2[]"), before it fails on the second value. */
      if (depth == 0 && (p[i] == '"' || p[i] == '-' || g_ascii_isalnum (p[i]) ||
                         p[i] == '[' || p[i] == '{'))
        {
          if (have_value && (p[i] == '[' || p[i] == '{'))
            return fail_invalid (error, _("a second value after the first"), i);
          have_value = TRUE;
        }

      switch (p[i])
        {
        case '[':
        case '{':
          if (++depth > max_depth)
            {
              g_set_error (error, FD_JSON_ERROR, FD_JSON_ERROR_TOO_DEEP,
                           ngettext ("the JSON nests arrays and objects more than %u level deep, "
                                     "deeper than Frontdesk reads",
                                     "the JSON nests arrays and objects more than %u levels deep, "
                                     "deeper than Frontdesk reads",
                                     max_depth),
                           max_depth);
              return FALSE;
            }
          break;

        case ']':
        case '}':
          /* A closer too many is json-glib's to report; it stops there. */
          if (depth > 0)
            depth--;
          break;

        case '"':
          if (!skip_string (p, size, &i, error))
            return FALSE;
          break;

        /* json-glib reads '…' as a string and /…/ as a comment: either
         * could hide a quote that would end our idea of a string early. */
        case '\'':
          return fail_invalid (error, _("a single-quoted string"), i);
        case '/':
          return fail_invalid (error, _("a comment"), i);
        case '\0':
          return fail_invalid (error, _("a NUL byte"), i);

        default:
          break;
        }
    }

  return TRUE;
}

gboolean
fd_json_parser_load (JsonParser  *parser,
                     const char  *data,
                     gssize       length,
                     gsize        max_size,
                     GError     **error)
{
  g_return_val_if_fail (JSON_IS_PARSER (parser), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (!fd_json_check (data != NULL ? data : "", length, max_size, FD_JSON_MAX_DEPTH, error) ||
      !json_parser_load_from_data (parser, data != NULL ? data : "", length, error))
    return FALSE;

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, FD_JSON_ERROR, FD_JSON_ERROR_EMPTY, _("the JSON is empty"));
      return FALSE;
    }

  return TRUE;
}

JsonNode *
fd_json_parse (const char  *data,
               gssize       length,
               gsize        max_size,
               GError     **error)
{
  /* Mutable, as json_from_string() gives: callers edit what they parsed. */
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!fd_json_parser_load (parser, data, length, max_size, error))
    return NULL;

  return json_parser_steal_root (parser);
}

/* Characters json-glib writes raw that a strict reader refuses (U+001F)
 * or that a terminal acts on. Raw tabs and newlines in the generator's
 * output are indentation: inside strings it escapes them itself. */
static gboolean
needs_escape (gunichar c)
{
  return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x2028 || c == 0x2029;
}

char *
fd_json_to_string (JsonNode *node,
                   gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *data = NULL;
  GString *out;

  g_return_val_if_fail (node != NULL, NULL);

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, pretty);
  data = json_generator_to_data (generator, NULL);

  /* Stored text is valid UTF-8; anything else would not be JSON either. */
  if (!g_utf8_validate (data, -1, NULL))
    {
      char *valid = g_utf8_make_valid (data, -1);

      g_free (data);
      data = valid;
    }

  out = g_string_sized_new (strlen (data) + 16);
  for (const char *p = data; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (needs_escape (c))
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

const char *
fd_json_get_string (JsonObject *object,
                    const char *name)
{
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL ||
      !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

JsonObject *
fd_json_get_object (JsonObject *object,
                    const char *name)
{
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL)
    return NULL;

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
fd_json_get_array (JsonObject *object,
                   const char *name)
{
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL)
    return NULL;

  return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}
