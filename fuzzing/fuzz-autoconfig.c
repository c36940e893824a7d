/* fuzz-autoconfig.c: a Thunderbird-style autoconfig XML answer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz.h"
#include "providers/email/fd-email-autoconfig.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(FdEmailConfig) config = NULL;

  fuzz_set_logging_func ();

  config = fd_email_autoconfig_parse_xml ((const char *) data, size, "ana@example.com", NULL);

  return 0;
}
