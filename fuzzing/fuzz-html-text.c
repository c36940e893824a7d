/* fuzz-html-text.c: HTML to readable plain text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz.h"
#include "fd-html-text.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autofree char *text = NULL;

  fuzz_set_logging_func ();

  /* With an explicit length: the input has no NUL at its end. */
  text = fd_html_to_text ((const char *) data, size);
  g_assert (text != NULL);

  return 0;
}
