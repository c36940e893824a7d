/* fd-cli-messages.c: frontdesk-cli list, search, show and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "fd-cli-private.h"
#include "fd-exporter.h"
#include "fd-snooze.h"

#define DEFAULT_LIMIT 50

int
fd_cli_list (FdCliOptions  *options,
             int            argc,
             char         **argv)
{
  static const FdCliCommand command = { "list", "", N_("List messages, newest first"), NULL };
  gboolean unanswered = FALSE, archived = FALSE, snoozed = FALSE, oldest = FALSE;
  g_autofree char *channel = NULL;
  g_autofree char *lang = NULL;
  int limit = DEFAULT_LIMIT;
  gint64 customer = 0;
  const GOptionEntry entries[] = {
    { "unanswered", 'u', 0, G_OPTION_ARG_NONE, &unanswered, N_("Only incoming messages without an answer"), NULL },
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_("Only archived messages"), NULL },
    { "snoozed", 0, 0, G_OPTION_ARG_NONE, &snoozed, N_("Only snoozed conversations (their newest message)"), NULL },
    { "channel", 'c', 0, G_OPTION_ARG_STRING, &channel, N_("Only this channel (email, mastodon, bluesky…)"), N_("CHANNEL") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("Only this language (es, fr…)"), N_("LANG") },
    { "customer", 0, 0, G_OPTION_ARG_INT64, &customer, N_("Only this customer"), N_("ID") },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("At most N messages (default 50, 0 for all)"), "N" },
    { "oldest-first", 0, 0, G_OPTION_ARG_NONE, &oldest, N_("Longest waiting first"), NULL },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GArray) woken = NULL;
  g_autoptr(GError) error = NULL;

  if (!fd_cli_parse (options, &command, entries, NULL, &argc, &argv))
    return 2;
  if (argc > 1)
    return fd_cli_usage_error (&command, _("“list” takes no arguments; use “search” to look for words."));
  if (limit < 0)
    return fd_cli_usage_error (&command, _("--limit must be 0 or more."));
  if (unanswered + archived + snoozed > 1)
    return fd_cli_usage_error (&command, _("Choose one of --unanswered, --archived and --snoozed."));
  if (!(store = fd_cli_open_store (options)))
    return 1;

  /* Snoozes whose time has come wake here too, so that the list is true
   * when the app is not running; the app announces them when it starts. */
  if (!(woken = fd_snooze_wake_due (store, g_get_real_time () / G_USEC_PER_SEC, &error)))
    return fd_cli_fail (error);

  filter->view = unanswered ? FD_VIEW_UNANSWERED : archived ? FD_VIEW_ARCHIVED
               : snoozed ? FD_VIEW_SNOOZED : FD_VIEW_EVERYTHING;
  filter->order = oldest ? FD_SORT_LONGEST_WAITING : FD_SORT_NEWEST;
  filter->channel = channel != NULL ? g_ascii_strdown (channel, -1) : NULL;
  filter->lang = lang != NULL ? g_ascii_strdown (lang, -1) : NULL;
  filter->customer_id = customer;

  if (!(messages = fd_store_list (store, filter, 0, (guint) limit, &error)))
    return fd_cli_fail (error);

  fd_cli_print_messages (options, messages);
  return 0;
}

int
fd_cli_search (FdCliOptions  *options,
               int            argc,
               char         **argv)
{
  static const FdCliCommand command = { "search", N_("QUERY"), N_("Search messages (words, \"phrases\", prefix*, from:, channel:, lang:, is:)"), NULL };
  int limit = DEFAULT_LIMIT;
  const GOptionEntry entries[] = {
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("At most N messages (default 50, 0 for all)"), "N" },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;

  if (!fd_cli_parse (options, &command, entries,
                     _("Search syntax:\n"
                       "  refund late       messages with both words (accents and case do not matter)\n"
                       "  \"not arrived\"     the exact phrase\n"
                       "  deliv*            words starting with deliv\n"
                       "  -spam             without this word\n"
                       "  from:maria        from an author whose handle or name starts with maria\n"
                       "  channel:email     one channel\n"
                       "  lang:es           one language\n"
                       "  is:unanswered     also is:unread, is:read, is:answered, is:archived"),
                     &argc, &argv))
    return 2;
  if (argc < 2)
    return fd_cli_usage_error (&command, _("Say what to search for, for example: frontdesk-cli search refund"));
  if (limit < 0)
    return fd_cli_usage_error (&command, _("--limit must be 0 or more."));

  query = g_strjoinv (" ", &argv[1]);
  filter->view = FD_VIEW_EVERYTHING;
  if (!fd_filter_parse_search (filter, query, &error))
    return fd_cli_fail (error);

  if (!(store = fd_cli_open_store (options)))
    return 1;
  if (!(messages = fd_store_list (store, filter, 0, (guint) limit, &error)))
    return fd_cli_fail (error);

  fd_cli_print_messages (options, messages);
  return 0;
}

static void
print_message_text (FdStore   *store,
                    FdMessage *message,
                    gboolean   selected)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (fd_message_get_created_at (message));
  g_autofree char *date = g_date_time_format (dt, "%Y-%m-%d %H:%M");
  g_autoptr(GPtrArray) attachments = NULL;
  gboolean has_name = fd_message_get_author_name (message) != NULL;
  g_autofree char *name = fd_cli_safe_line (fd_message_get_author_name (message));
  g_autofree char *channel = fd_cli_safe_line (fd_message_get_channel (message));
  g_autofree char *handle = fd_cli_safe_line (fd_message_get_author_handle (message));
  g_autofree char *lang = fd_cli_safe_line (fd_message_get_lang (message));
  g_autofree char *text = fd_cli_safe_text (fd_message_get_text (message));

  g_print ("%s #%" G_GINT64_FORMAT "  %s  %s%s%s%s  [%s%s%s]\n",
           selected ? "▶" : " ",
           fd_message_get_id (message), date,
           fd_message_get_direction (message) == FD_DIRECTION_OUT ? _("You") : name,
           has_name || fd_message_get_direction (message) == FD_DIRECTION_OUT ? " <" : "",
           fd_message_get_direction (message) == FD_DIRECTION_OUT ? channel : handle,
           has_name || fd_message_get_direction (message) == FD_DIRECTION_OUT ? ">" : "",
           fd_message_state_to_string (fd_message_get_state (message)),
           *lang != '\0' ? ", " : "", lang);

  g_print ("%s\n", text);
  if (fd_message_get_truncated (message))
    g_print (_("[This message was longer; only the first 256 KB of its text were kept.]\n"));

  if (fd_message_get_n_attachments (message) > 0 &&
      (attachments = fd_store_get_attachments (store, fd_message_get_id (message), NULL)))
    for (guint i = 0; i < attachments->len; i++)
      {
        FdParsedAttachment *att = g_ptr_array_index (attachments, i);
        g_autofree char *size = g_format_size (att->size);
        g_autofree char *filename = fd_cli_safe_line (att->filename);
        g_autofree char *content_type = fd_cli_safe_line (att->content_type != NULL ? att->content_type : "?");

        /* Translators: an attachment: its name, type and size */
        g_print (_("  Attachment: %s (%s, %s)\n"), filename, content_type, size);
      }
  g_print ("\n");
}

int
fd_cli_show (FdCliOptions  *options,
             int            argc,
             char         **argv)
{
  static const FdCliCommand command = { "show", N_("ID"), N_("Show a message with its conversation"), NULL };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdMessage) message = NULL;
  g_autoptr(GPtrArray) thread = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!fd_cli_parse (options, &command, NULL, NULL, &argc, &argv))
    return 2;
  if (argc != 2 || !fd_cli_parse_id (argv[1], &id))
    return fd_cli_usage_error (&command, _("Give one message id, as shown by “list” or “search”."));

  if (!(store = fd_cli_open_store (options)))
    return 1;
  if (!(message = fd_store_get_message (store, id, &error)))
    return fd_cli_fail (error);
  if (!(thread = fd_store_get_conversation (store, fd_message_get_conversation_id (message), &error)))
    return fd_cli_fail (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GPtrArray) attachments = fd_store_get_attachments (store, id, NULL);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "message");
      fd_cli_add_message_json (builder, message);
      json_builder_set_member_name (builder, "attachments");
      json_builder_begin_array (builder);
      for (guint i = 0; attachments != NULL && i < attachments->len; i++)
        {
          FdParsedAttachment *att = g_ptr_array_index (attachments, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "filename");
          json_builder_add_string_value (builder, att->filename);
          json_builder_set_member_name (builder, "content_type");
          json_builder_add_string_value (builder, att->content_type);
          json_builder_set_member_name (builder, "size");
          json_builder_add_int_value (builder, att->size);
          json_builder_set_member_name (builder, "path");
          json_builder_add_string_value (builder, att->path);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "conversation");
      json_builder_begin_array (builder);
      for (guint i = 0; i < thread->len; i++)
        fd_cli_add_message_json (builder, g_ptr_array_index (thread, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
      return 0;
    }

  {
    g_autofree char *subject = fd_cli_safe_line (fd_message_get_subject (message));
    g_autofree char *channel = fd_cli_safe_line (fd_message_get_channel (message));

    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%s — %s, %u message\n\n",
                          "%s — %s, %u messages\n\n",
                          thread->len),
             *subject != '\0' ? subject : _("(no subject)"),
             channel, thread->len);
  }

  for (guint i = 0; i < thread->len; i++)
    {
      FdMessage *m = g_ptr_array_index (thread, i);
      print_message_text (store, m, fd_message_get_id (m) == id);
    }

  return 0;
}

int
fd_cli_export (FdCliOptions  *options,
               int            argc,
               char         **argv)
{
  static const FdCliCommand command = { "export", "", N_("Export messages as JSON Lines or mbox"), NULL };
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  gint64 customer = 0;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("jsonl (default) or mbox"), N_("FORMAT") },
    { "customer", 0, 0, G_OPTION_ARG_INT64, &customer, N_("Only this customer's messages (see the “customer” field of list --json)"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  FdExportFormat format = FD_EXPORT_JSONL;
  guint64 n = 0;

  if (!fd_cli_parse (options, &command, entries,
                     _("The result can be imported again with “frontdesk-cli import”."),
                     &argc, &argv))
    return 2;
  if (argc > 1)
    return fd_cli_usage_error (&command, _("“export” takes no arguments."));
  if (format_name != NULL && !fd_export_format_from_string (format_name, &format))
    return fd_cli_usage_error (&command, _("--format must be jsonl or mbox."));

  if (!(store = fd_cli_open_store (options)))
    return 1;

  if (output != NULL)
    {
      /* Written next to the target and renamed at the end: an interrupted
       * export never leaves a half file under the final name. */
      file = g_file_new_for_commandline_arg (output);
      out = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, &error));
      if (out == NULL)
        return fd_cli_fail (error);
    }
  else
    out = fd_cli_open_stdout ();

  filter->view = FD_VIEW_EVERYTHING;
  filter->customer_id = customer;

  if (!fd_export (store, filter, format, out, &n, NULL, &error) ||
      !fd_cli_close_output (out, &error))
    return fd_cli_fail (error);

  if (!options->quiet)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "Exported %llu message\n",
                             "Exported %llu messages\n", n), (unsigned long long) n);

  return 0;
}
