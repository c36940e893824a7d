/* fuzz-importer-jsonl.c: one line of a JSON Lines import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz.h"
#include "fd-importer.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_set_logging_func ();

  /* The importer hands over a line by length, without its newline. */
  msg = fd_importer_parse_json_line ((const char *) data, size, &error);
  g_assert ((msg == NULL) != (error == NULL));

  return 0;
}
