/* fd-test-cli-main.c: frontdesk-cli-test, frontdesk-cli with the tests'
 * loopback provider registered for the "loopback" channel, for tests
 * that run the real commands against tests/fault-server.c or
 * tests/cli-stand-in.py. The tests add the loopback account themselves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-cli.h"
#include "fd-loopback-provider.h"

int
main (int    argc,
      char **argv)
{
  fd_provider_register ("loopback", FD_TYPE_LOOPBACK_PROVIDER);

  return fd_cli_main (argc, argv);
}
