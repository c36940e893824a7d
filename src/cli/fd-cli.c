/* fd-cli.c: frontdesk-cli, the command-line face of the core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "fd-cli.h"
#include "fd-cli-private.h"
#include "fd-json.h"

static const FdCliCommand commands[] = {
  { "import", N_("FILE|FOLDER…"), N_("Import JSON Lines, mbox files, Maildir folders and .eml messages"), fd_cli_import },
  { "list", "", N_("List messages, newest first"), fd_cli_list },
  { "search", N_("QUERY"), N_("Search messages (words, \"phrases\", prefix*, from:, channel:, lang:, is:)"), fd_cli_search },
  { "show", N_("ID"), N_("Show a message with its conversation"), fd_cli_show },
  { "export", "", N_("Export messages as JSON Lines or mbox"), fd_cli_export },
  { "repeats", "", N_("List customers’ repeated posts: every copy needs an answer"), fd_cli_repeats },
  { "topics", "", N_("List problems that several customers report"), fd_cli_topics },
  { "report", N_("[--from DATE] [--to DATE]"), N_("Response times and what customers wrote about, for a period"), fd_cli_report },
  { "customers", "", N_("List customers with their identities on each channel"), fd_cli_customers },
  { "customer", N_("merge|split|undo|export|erase …"), N_("Merge, split, export or erase customers"), fd_cli_customer },
  { "translate", N_("TEXT"), N_("Translate a text (offline with Apertium when it can)"), fd_cli_translate },
  { "lang", N_("TEXT"), N_("Detect the language of a text"), fd_cli_lang },
  { "sync", "", N_("Sync every account: send the outbox and fetch new messages"), fd_cli_sync },
  { "reply", N_("ID"), N_("Queue a reply to a message; “sync” sends it"), fd_cli_reply },
  { "snooze", N_("ID"), N_("Put a conversation aside until a time"), fd_cli_snooze },
  { "outbox", N_("[retry|send-again|arrived|edit|discard ID]"),
    N_("Show what waits to be sent; retry, edit or discard an entry, or settle one that may have been sent"), fd_cli_outbox },
  { "account", N_("add|list|remove …"), N_("Add, list or remove accounts"), fd_cli_account },
  { "listen", N_("add|remove|list|posts|adopt …"), N_("Follow hashtags and keywords; turn a post into a conversation"), fd_cli_listen },
  { "backup", N_("[--output FILE]"), N_("Back up the messages (also made daily by Frontdesk)"), fd_cli_backup },
  { "restore", N_("FILE"), N_("Put a backup in place of the messages"), fd_cli_restore },
  { "saved", N_("add|list|remove|use …"), N_("Keep replies you write often, with a text per language"), fd_cli_saved },
};

static const FdCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n  frontdesk-cli [--data-dir DIR] [--json] [--quiet] %s\n\n%s\n",
           _("Usage:"), _("COMMAND [ARGUMENTS…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %s", commands[i].name, _(commands[i].args));
      fprintf (out, "  %-22s %s\n", name, _(commands[i].summary));
    }
  fprintf (out, "\n%s\n  --data-dir DIR   %s\n  --json           %s\n  --quiet          %s\n\n%s\n",
           _("Options for every command:"),
           _("Profile folder (default: $FRONTDESK_DATA_DIR or ~/.local/share/frontdesk)"),
           _("Machine-readable JSON output"),
           _("No progress output"),
           _("Run “frontdesk-cli COMMAND --help” for the options of a command."));
}

gboolean
fd_cli_parse (FdCliOptions        *options,
              const FdCliCommand  *command,
              const GOptionEntry  *entries,
              const char          *description,
              int                 *argc,
              char              ***argv)
{
  const GOptionEntry common[] = {
    { "data-dir", 'd', 0, G_OPTION_ARG_FILENAME, &options->data_dir, N_("Profile folder"), N_("DIR") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->json, N_("Machine-readable JSON output"), NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &options->quiet, N_("No progress output"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *param = g_strdup_printf ("%s %s", command->name, _(command->args));

  context = g_option_context_new (param);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(command->summary));
  if (description != NULL)
    g_option_context_set_description (context, description);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      fd_cli_usage_error (command, error->message);
      return FALSE;
    }

  /* Drop the command name: (*argv)[0] is the program, [1] the command. */
  if (*argc >= 2 && g_str_equal ((*argv)[1], command->name))
    {
      memmove (&(*argv)[1], &(*argv)[2], sizeof (char *) * (*argc - 1));
      (*argc)--;
    }

  return TRUE;
}

gboolean
fd_cli_parse_id (const char *str,
                 gint64     *id)
{
  guint64 value;

  if (str == NULL || !g_ascii_string_to_unsigned (str, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;

  *id = (gint64) value;
  return TRUE;
}

int
fd_cli_usage_error (const FdCliCommand *command,
                    const char         *message)
{
  g_printerr ("frontdesk-cli %s: %s\n", command->name, message);
  g_printerr (_("Run “frontdesk-cli %s --help” for usage.\n"), command->name);
  return 2;
}

int
fd_cli_fail (const GError *error)
{
  g_printerr ("frontdesk-cli: %s\n", error->message);
  return 1;
}

FdStore *
fd_cli_open_store (FdCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  FdStore *store;

  dir = options->data_dir != NULL ? g_strdup (options->data_dir) : fd_store_default_data_dir ();
  store = fd_store_open (dir, &error);
  if (store == NULL)
    fd_cli_fail (error);

  return store;
}

char *
fd_cli_format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
}

void
fd_cli_json_add_string (JsonBuilder *builder,
                        const char  *name,
                        const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
fd_cli_add_message_json (JsonBuilder *builder,
                         FdMessage   *message)
{
  g_autofree char *created = fd_cli_format_time (fd_message_get_created_at (message));
  int outbox = fd_message_get_outbox_state (message);
  g_autofree char *snoozed_until = fd_message_get_snoozed_until (message) != 0
                                   ? fd_cli_format_time (fd_message_get_snoozed_until (message)) : NULL;
  g_autofree char *edited_at = fd_message_get_edited_at (message) != 0
                               ? fd_cli_format_time (fd_message_get_edited_at (message)) : NULL;
  g_autofree char *deleted_at = fd_message_get_deleted_at (message) != 0
                                ? fd_cli_format_time (fd_message_get_deleted_at (message)) : NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, fd_message_get_id (message));
  fd_cli_json_add_string (builder, "remote_id", fd_message_get_remote_id (message));
  fd_cli_json_add_string (builder, "channel", fd_message_get_channel (message));
  json_builder_set_member_name (builder, "author");
  json_builder_begin_object (builder);
  fd_cli_json_add_string (builder, "handle", fd_message_get_author_handle (message));
  fd_cli_json_add_string (builder, "name", fd_message_get_author_name (message));
  json_builder_end_object (builder);
  fd_cli_json_add_string (builder, "subject", fd_message_get_subject (message));
  fd_cli_json_add_string (builder, "text", fd_message_get_text (message));
  fd_cli_json_add_string (builder, "created_at", created);
  fd_cli_json_add_string (builder, "lang", fd_message_get_lang (message));
  fd_cli_json_add_string (builder, "state", fd_message_state_to_string (fd_message_get_state (message)));
  fd_cli_json_add_string (builder, "direction", fd_direction_to_string (fd_message_get_direction (message)));
  json_builder_set_member_name (builder, "conversation");
  json_builder_add_int_value (builder, fd_message_get_conversation_id (message));
  fd_cli_json_add_string (builder, "thread", fd_message_get_conversation_remote_id (message));
  fd_cli_json_add_string (builder, "in_reply_to", fd_message_get_in_reply_to (message));
  fd_cli_json_add_string (builder, "url", fd_message_get_url (message));
  json_builder_set_member_name (builder, "customer");
  if (fd_message_get_customer_id (message) != 0)
    json_builder_add_int_value (builder, fd_message_get_customer_id (message));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "truncated");
  json_builder_add_boolean_value (builder, fd_message_get_truncated (message));
  fd_cli_json_add_string (builder, "outbox", outbox >= 0 ? fd_outbox_state_to_string (outbox) : NULL);
  fd_cli_json_add_string (builder, "snoozed_until", snoozed_until);
  /* The author changed or withdrew it (a channel such as Telegram). */
  fd_cli_json_add_string (builder, "edited_at", edited_at);
  fd_cli_json_add_string (builder, "deleted_at", deleted_at);
  json_builder_end_object (builder);
}

void
fd_cli_print_json (JsonNode *node)
{
  /* Every control character escaped: harmless on a terminal, and strict. */
  g_autofree char *data = fd_json_to_string (node, TRUE);

  g_print ("%s\n", data);
}

/* Pads or cuts @str to @width characters. */
static char *
fit (const char *str,
     guint       width)
{
  glong len = g_utf8_strlen (str != NULL ? str : "", -1);
  GString *out = g_string_new (NULL);

  if (len > (glong) width)
    {
      const char *end = g_utf8_offset_to_pointer (str, width - 1);
      g_string_append_len (out, str, end - str);
      g_string_append (out, "…");
    }
  else
    {
      g_string_append (out, str != NULL ? str : "");
      for (glong i = len; i < (glong) width; i++)
        g_string_append_c (out, ' ');
    }

  return g_string_free (out, FALSE);
}

static const char *
state_label (FdMessage *message)
{
  if (fd_message_get_outbox_state (message) == FD_OUTBOX_FAILED)
    return _("failed to send");
  if (fd_message_get_outbox_state (message) == FD_OUTBOX_UNSURE)
    /* Translators: a reply's state in a column of 15 characters */
    return _("maybe sent");
  if (fd_message_get_outbox_state (message) == FD_OUTBOX_PENDING ||
      fd_message_get_outbox_state (message) == FD_OUTBOX_SENDING)
    return _("waiting to send");
  if (fd_message_get_direction (message) == FD_DIRECTION_OUT)
    return _("sent");
  if (fd_message_get_snoozed_until (message) != 0 && fd_message_get_state (message) < FD_MESSAGE_STATE_ANSWERED)
    return _("snoozed");

  switch (fd_message_get_state (message))
    {
    case FD_MESSAGE_STATE_UNREAD: return _("unread");
    case FD_MESSAGE_STATE_READ: return _("unanswered");
    case FD_MESSAGE_STATE_ANSWERED: return _("answered");
    case FD_MESSAGE_STATE_ARCHIVED: return _("archived");
    default: return "";
    }
}

void
fd_cli_print_messages (FdCliOptions *options,
                       GPtrArray    *messages)
{
  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < messages->len; i++)
        fd_cli_add_message_json (builder, g_ptr_array_index (messages, i));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
      return;
    }

  for (guint i = 0; i < messages->len; i++)
    {
      FdMessage *message = g_ptr_array_index (messages, i);
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (fd_message_get_created_at (message));
      g_autofree char *date = g_date_time_format (dt, "%Y-%m-%d %H:%M");
      g_autofree char *raw_snippet = fd_message_dup_snippet (message);
      g_autofree char *snippet = fd_cli_safe_line (raw_snippet);
      g_autofree char *subject = fd_cli_safe_line (fd_message_get_subject (message));
      g_autofree char *what = *subject != '\0'
                              ? g_strdup_printf ("%s — %s", subject, snippet)
                              : g_strdup (snippet);
      g_autofree char *safe_channel = fd_cli_safe_line (fd_message_get_channel (message));
      g_autofree char *safe_handle = fd_cli_safe_line (fd_message_get_author_handle (message));
      g_autofree char *channel = fit (safe_channel, 9);
      g_autofree char *author = fit (fd_message_get_direction (message) == FD_DIRECTION_OUT
                                     ? _("you") : safe_handle, 24);
      g_autofree char *state = fit (state_label (message), 15);
      g_autofree char *text = fit (what, 60);

      g_print ("%7" G_GINT64_FORMAT "  %s  %s %s %s %s\n",
               fd_message_get_id (message), date, channel, author, state, text);
    }
}

int
fd_cli_main (int    argc,
             char **argv)
{
  FdCliOptions options = { NULL, FALSE, FALSE };
  const FdCliCommand *command = NULL;
  int status;

  setlocale (LC_ALL, "");
  fd_cli_output_init ();
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The command is the first argument that is not an option (or the
   * value of --data-dir). */
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--data-dir") || g_str_equal (argv[i], "-d"))
        {
          i++;
          continue;
        }
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h") || g_str_equal (argv[i], "help"))
        {
          if (command == NULL)
            {
              print_help (stdout);
              return 0;
            }
          continue;
        }
      if (argv[i][0] == '-')
        continue;
      if ((command = find_command (argv[i])) == NULL)
        {
          g_printerr (_("frontdesk-cli: “%s” is not a command.\n\n"), argv[i]);
          print_help (stderr);
          return 2;
        }
      /* Put the command at argv[1] so each command parses the rest. */
      memmove (&argv[2], &argv[1], sizeof (char *) * (i - 1));
      argv[1] = (char *) command->name;
      break;
    }

  if (command == NULL)
    {
      print_help (stderr);
      return 2;
    }

  status = command->run (&options, argc, argv);
  g_free (options.data_dir);

  return status;
}
