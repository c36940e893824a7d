/* fd-json.h: limits on JSON that comes from outside, checked before parsing.
 *
 * json-glib recurses once per nesting level, so a line of a million "["
 * overflows the stack before json-glib reports anything. Every parse of
 * untrusted JSON (import lines, server answers, what the store keeps from
 * them) goes through these functions, which first scan the buffer without
 * recursion and refuse it when it is too deep or too large.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define FD_JSON_ERROR (fd_json_error_quark ())

typedef enum {
  FD_JSON_ERROR_TOO_DEEP,
  FD_JSON_ERROR_TOO_LARGE,
  FD_JSON_ERROR_INVALID,   /* something json-glib would read leniently */
  FD_JSON_ERROR_EMPTY,
} FdJsonError;

/* Deeper than any message, answer or setting Frontdesk reads; shallow
 * enough for json-glib's recursion on a worker thread's stack. */
#define FD_JSON_MAX_DEPTH 64

/* One JSON Lines record. */
#define FD_JSON_LINE_MAX_SIZE (16 * 1024 * 1024)
/* A server answer, a streaming event, or what the store keeps of one. */
#define FD_JSON_MAX_SIZE (32 * 1024 * 1024)

GQuark    fd_json_error_quark  (void);

/* Fails when @size is larger than @max_size. */
gboolean  fd_json_check_size   (gsize         size,
                                gsize         max_size,
                                GError      **error);

/* Scans @data (@length bytes, or up to its NUL when @length is -1) and
 * fails when it is larger than @max_size bytes or nests arrays and
 * objects more than @max_depth levels deep. Brackets inside strings do
 * not count. Since the scan must agree with json-glib on where strings
 * end, it also refuses what only json-glib's lenient reader accepts:
 * single-quoted strings, comments, NUL bytes and malformed \u escapes. */
gboolean  fd_json_check        (const char   *data,
                                gssize        length,
                                gsize         max_size,
                                guint         max_depth,
                                GError      **error);

/* fd_json_check() with FD_JSON_MAX_DEPTH, then json_parser_load_from_data().
 * Also fails when @data holds no value at all, so that on success
 * json_parser_get_root() is never NULL. */
gboolean  fd_json_parser_load  (JsonParser   *parser,
                                const char   *data,
                                gssize        length,
                                gsize         max_size,
                                GError      **error);

/* Like json_from_string(), with the checks of fd_json_parser_load(). */
JsonNode *fd_json_parse        (const char   *data,
                                gssize        length,
                                gsize         max_size,
                                GError      **error);

/* The member @name of @object when it is of that JSON type; NULL when
 * @object is NULL, or the member is missing or of another type (what a
 * server sends is read as it is, never trusted to match its schema). */
const char *fd_json_get_string (JsonObject   *object,
                                const char   *name);
JsonObject *fd_json_get_object (JsonObject   *object,
                                const char   *name);
JsonArray  *fd_json_get_array  (JsonObject   *object,
                                const char   *name);

/* JSON text for other programs, and for terminals: json-glib 1.6 leaves
 * U+001F (which makes the JSON invalid), the C1 controls and the bidi
 * controls raw inside strings; here they come out as \u escapes. */
char     *fd_json_to_string    (JsonNode     *node,
                                gboolean      pretty);

G_END_DECLS
