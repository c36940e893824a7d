/* fd-cli-snooze.c: frontdesk-cli snooze
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-cli-private.h"
#include "fd-snooze.h"
#include "fd-snooze-times.h"

int
fd_cli_snooze (FdCliOptions  *options,
               int            argc,
               char         **argv)
{
  static const FdCliCommand command = { "snooze", N_("ID"), N_("Put a conversation aside until a time"), NULL };
  g_autofree char *until_text = NULL;
  gboolean cancel = FALSE;
  const GOptionEntry entries[] = {
    { "until", 0, 0, G_OPTION_ARG_STRING, &until_text,
      N_("When it comes back: a date and time (RFC 3339), later-today, tomorrow, monday, next-week, 30m, 2h, 3d"), N_("TIME") },
    { "cancel", 0, 0, G_OPTION_ARG_NONE, &cancel, N_("Bring it back now"), NULL },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdMessage) message = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  gint64 until = 0;
  gint64 conversation;

  if (!fd_cli_parse (options, &command, entries,
                     _("ID is a message of the conversation, as “list” shows it. A snoozed "
                       "conversation leaves “list --unanswered” until its time, or until the "
                       "customer writes again; “list --snoozed” shows it meanwhile."),
                     &argc, &argv))
    return 2;
  if (argc != 2 || !fd_cli_parse_id (argv[1], &id))
    return fd_cli_usage_error (&command, _("Give the id of one message, as “list” shows it."));
  if (cancel == (until_text != NULL))
    return fd_cli_usage_error (&command, _("Say when it comes back with --until, or bring it back now with --cancel."));
  if (until_text != NULL && !fd_snooze_parse_time (until_text, now, &until, &error))
    return fd_cli_usage_error (&command, error->message);

  if (!(store = fd_cli_open_store (options)))
    return 1;

  /* A morning is when business opens, where the profile has hours. */
  if (until_text != NULL)
    {
      g_autofree char *word = g_ascii_strdown (until_text, -1);

      g_strstrip (word);
      if (g_str_equal (word, "tomorrow"))
        until = fd_snooze_times_tomorrow (store, now);
      else if (g_str_equal (word, "monday") || g_str_equal (word, "next-monday") || g_str_equal (word, "next-week"))
        until = fd_snooze_times_next_monday (store, now);
    }
  if (!(message = fd_store_get_message (store, id, &error)))
    return fd_cli_fail (error);
  conversation = fd_message_get_conversation_id (message);

  if (cancel ? !fd_snooze_cancel (store, conversation, &error)
             : !fd_snooze_set (store, conversation, until, g_date_time_to_unix (now), &error))
    return fd_cli_fail (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *when = until != 0 ? fd_cli_format_time (until) : NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "conversation");
      json_builder_add_int_value (builder, conversation);
      fd_cli_json_add_string (builder, "snoozed_until", when);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
    }
  else if (!options->quiet)
    {
      if (cancel)
        g_print (_("Conversation %lld is back.\n"), (long long) conversation);
      else
        {
          g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (until);
          g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");

          g_print (_("Conversation %lld is snoozed until %s.\n"), (long long) conversation, when);
        }
    }

  return 0;
}
