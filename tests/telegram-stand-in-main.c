/* telegram-stand-in-main.c: the Telegram Bot API stand-in as a program,
 * for test-cli-telegram.sh.
 *
 * Starts the stand-in with a chat with the bot and a Telegram Business
 * chat waiting, prints "ready URL TOKEN" and serves until SIGTERM or
 * SIGINT.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib-unix.h>
#include <stdio.h>

#include "telegram-stand-in.h"

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(TelegramStandIn) server = telegram_stand_in_new ();

  telegram_stand_in_set_connection (server, "bc-shop", TRUE, TRUE);
  telegram_stand_in_add_message (server, 4242, "Ana", "es", "¿Dónde está mi pedido?");
  telegram_stand_in_add_business_message (server, "bc-shop", 4343, FALSE, "Habt ihr das in Blau?", 0);

  printf ("ready %s %s\n", telegram_stand_in_get_url (server), telegram_stand_in_get_token (server));
  fflush (stdout);

  g_unix_signal_add (SIGTERM, quit_cb, loop);
  g_unix_signal_add (SIGINT, quit_cb, loop);
  g_main_loop_run (loop);

  return 0;
}
