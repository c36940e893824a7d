/* fuzz-filter.c: the search language parser.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz.h"
#include "fd-filter.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autofree char *query = NULL;
  g_autoptr(FdFilter) filter = NULL;
  g_autoptr(FdFilter) copy = NULL;

  fuzz_set_logging_func ();

  /* The search entry hands the parser UTF-8 text. */
  if (!g_utf8_validate ((const char *) data, size, NULL))
    return 0;
  query = fuzz_dup_string (data, size);

  filter = fd_filter_new ();
  if (fd_filter_parse_search (filter, query, NULL))
    {
      copy = fd_filter_copy (filter);
      g_assert (fd_filter_equal (filter, copy));
    }

  return 0;
}
