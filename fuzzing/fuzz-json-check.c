/* fuzz-json-check.c: the size and depth check run on JSON from outside,
 * then json-glib on what it lets through.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz.h"
#include "fd-json.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autofree char *str = NULL;
  g_autoptr(JsonNode) node = NULL;

  fuzz_set_logging_func ();

  /* By length, where the check must not read past the end... */
  fd_json_check ((const char *) data, size, FD_JSON_MAX_SIZE, FD_JSON_MAX_DEPTH, NULL);
  fd_json_check ((const char *) data, size, FD_JSON_MAX_SIZE, 4, NULL);

  /* ...and NUL-terminated, then parsed when the check passes. */
  str = fuzz_dup_string (data, size);
  node = fd_json_parse (str, -1, FD_JSON_MAX_SIZE, NULL);

  return 0;
}
