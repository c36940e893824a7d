/* fd-cli.h: frontdesk-cli as a function.
 *
 * main.c is frontdesk-cli; a test program can register a provider of its
 * own (fd_provider_register()) and then run the same commands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets up the locale and the output, runs the command in @argv and
 * returns the exit status. */
int fd_cli_main (int    argc,
                 char **argv);

G_END_DECLS
