/* main.c: frontdesk-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-cli.h"

int
main (int    argc,
      char **argv)
{
  return fd_cli_main (argc, argv);
}
