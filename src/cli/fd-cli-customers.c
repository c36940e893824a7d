/* fd-cli-customers.c: frontdesk-cli repeats, topics, customers and customer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-cli-private.h"
#include "fd-customers.h"
#include "fd-repeats.h"

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_time (JsonBuilder *builder,
          const char  *name,
          gint64       value)
{
  g_autofree char *str = fd_cli_format_time (value);

  fd_cli_json_add_string (builder, name, str);
}

/* A copy in a group or topic: what is needed to find and answer it. */
static void
add_copy_json (JsonBuilder *builder,
               FdMessage   *message)
{
  json_builder_begin_object (builder);
  add_int (builder, "id", fd_message_get_id (message));
  fd_cli_json_add_string (builder, "remote_id", fd_message_get_remote_id (message));
  fd_cli_json_add_string (builder, "channel", fd_message_get_channel (message));
  fd_cli_json_add_string (builder, "handle", fd_message_get_author_handle (message));
  json_builder_set_member_name (builder, "customer");
  if (fd_message_get_customer_id (message) != 0)
    json_builder_add_int_value (builder, fd_message_get_customer_id (message));
  else
    json_builder_add_null_value (builder);
  add_time (builder, "created_at", fd_message_get_created_at (message));
  fd_cli_json_add_string (builder, "state", fd_message_state_to_string (fd_message_get_state (message)));
  add_int (builder, "conversation", fd_message_get_conversation_id (message));
  fd_cli_json_add_string (builder, "url", fd_message_get_url (message));
  fd_cli_json_add_string (builder, "text", fd_message_get_text (message));
  json_builder_end_object (builder);
}

static void
print_copy (FdMessage *message)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (fd_message_get_created_at (message));
  g_autofree char *date = g_date_time_format (dt, "%Y-%m-%d %H:%M");
  g_autofree char *raw_snippet = fd_message_dup_snippet (message);
  g_autofree char *snippet = fd_cli_safe_line (raw_snippet);
  g_autofree char *channel = fd_cli_safe_line (fd_message_get_channel (message));
  g_autofree char *handle = fd_cli_safe_line (fd_message_get_author_handle (message));
  const char *state = fd_message_state_to_string (fd_message_get_state (message));
  glong len = g_utf8_strlen (snippet, -1);

  if (len > 60)
    {
      char *end = g_utf8_offset_to_pointer (snippet, 59);
      *end = '\0';
    }

  g_print ("  %7" G_GINT64_FORMAT "  %s  %-9s %-24s %-9s %s%s\n",
           fd_message_get_id (message), date, channel, handle,
           state, snippet, len > 60 ? "…" : "");
}

/* "reason": why the posts were grouped, for a script ("kind", "value")
 * and in English ("text"). */
static void
add_reason_json (JsonBuilder         *builder,
                 const FdRepeatGroup *group)
{
  g_autofree char *text = fd_repeats_describe_reason (group->reason, group->reason_value, FALSE);

  json_builder_set_member_name (builder, "reason");
  json_builder_begin_object (builder);
  fd_cli_json_add_string (builder, "kind", fd_repeat_reason_to_string (group->reason));
  fd_cli_json_add_string (builder, "value", group->reason_value);
  fd_cli_json_add_string (builder, "text", text);
  json_builder_end_object (builder);
}

static void
add_group_json (JsonBuilder         *builder,
                const FdRepeatGroup *group)
{
  json_builder_begin_object (builder);
  if (group->possible)
    {
      json_builder_set_member_name (builder, "suggestion");
      json_builder_add_int_value (builder, group->suggestion_id);
    }
  else
    add_int (builder, "id", group->id);
  add_int (builder, "customer", group->customer_id);
  fd_cli_json_add_string (builder, "customer_name", group->customer_name);
  add_int (builder, "count", group->messages->len);
  add_int (builder, "unanswered", group->n_unanswered);
  json_builder_set_member_name (builder, "done");
  json_builder_add_boolean_value (builder, group->done);
  add_time (builder, "first_at", group->first_at);
  add_time (builder, "last_at", group->last_at);
  add_reason_json (builder, group);
  json_builder_set_member_name (builder, "messages");
  json_builder_begin_array (builder);
  for (guint j = 0; j < group->messages->len; j++)
    add_copy_json (builder, g_ptr_array_index (group->messages, j));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Possible repeats: posts under one name on two channels, with how to
 * make them one customer's. */
static void
print_possible (GPtrArray *possible)
{
  for (guint i = 0; i < possible->len; i++)
    {
      FdRepeatGroup *group = g_ptr_array_index (possible, i);
      g_autofree char *raw_reason = fd_repeat_group_dup_reason (group);
      g_autofree char *reason = fd_cli_safe_line (raw_reason);
      g_autofree char *name = fd_cli_safe_line (group->customer_name != NULL ? group->customer_name : "?");
      g_autoptr(GPtrArray) customers = g_ptr_array_new ();

      /* Translators: a link suggestion's id, a customer's name, and why, e.g. "possibly the same customer: same order #48213" */
      g_print (_("Possible repeat %lld — %s: %s\n"), (long long) group->suggestion_id, name, reason);
      for (guint j = 0; j < group->messages->len; j++)
        {
          FdMessage *copy = g_ptr_array_index (group->messages, j);
          gint64 customer = fd_message_get_customer_id (copy);

          print_copy (copy);
          if (customer != 0 && !g_ptr_array_find (customers, GSIZE_TO_POINTER (customer), NULL))
            g_ptr_array_add (customers, GSIZE_TO_POINTER (customer));
        }
      if (customers->len == 2)
        /* Translators: the link suggestion's id, twice */
        g_print (_("  One person? “frontdesk-cli customer link %lld”. Two people? “frontdesk-cli customer dismiss %lld”.\n"),
                 (long long) group->suggestion_id, (long long) group->suggestion_id);
      g_print ("\n");
    }
}

int
fd_cli_repeats (FdCliOptions  *options,
                int            argc,
                char         **argv)
{
  static const FdCliCommand command = { "repeats", "", N_("List customers’ repeated posts: every copy needs an answer"), NULL };
  gboolean only_open = FALSE, rebuild = FALSE, only_possible = FALSE, languages = FALSE;
  int limit = 0;
  const GOptionEntry entries[] = {
    { "open", 0, 0, G_OPTION_ARG_NONE, &only_open, N_("Only groups with a copy still unanswered"), NULL },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("At most N groups (default: all)"), "N" },
    { "rebuild", 0, 0, G_OPTION_ARG_NONE, &rebuild, N_("Find repeats again in all stored messages (after importing old history)"), NULL },
    { "possible", 0, 0, G_OPTION_ARG_NONE, &only_possible, N_("Only possible repeats: the same order number under the same name on two channels"), NULL },
    { "languages", 0, 0, G_OPTION_ARG_NONE, &languages, N_("First compare new posts with their customer’s posts in other languages, through Apertium on this computer (also done by --rebuild, and by the app in the background)"), NULL },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) possible = NULL;
  g_autoptr(GError) error = NULL;

  if (!fd_cli_parse (options, &command, entries, NULL, &argc, &argv))
    return 2;
  if (argc > 1)
    return fd_cli_usage_error (&command, _("“repeats” takes no arguments."));
  if (limit < 0)
    return fd_cli_usage_error (&command, _("--limit must be 0 or more."));
  if (!(store = fd_cli_open_store (options)))
    return 1;

  if (rebuild && !fd_customers_rebuild_repeats (store, &error))
    return fd_cli_fail (error);
  /* Repeats found under older rules are found again first. */
  for (gboolean done = FALSE; !rebuild && !done; )
    if (!fd_customers_update_repeat_rules (store, 200, &done, NULL, &error))
      return fd_cli_fail (error);
  if ((rebuild || languages) && !fd_cli_repeats_languages (options, store, TRUE, &error))
    return fd_cli_fail (error);
  if (!only_possible && !(groups = fd_repeats_list_groups (store, only_open, (guint) limit, &error)))
    return fd_cli_fail (error);
  if (!(possible = fd_customers_list_possible_repeats (store, &error)))
    return fd_cli_fail (error);
  for (guint i = possible->len; i > 0; i--)
    if (only_open && ((FdRepeatGroup *) g_ptr_array_index (possible, i - 1))->done)
      g_ptr_array_remove_index (possible, i - 1);
  if (limit > 0 && possible->len > (guint) limit)
    g_ptr_array_set_size (possible, limit);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      GPtrArray *listed = only_possible ? possible : groups;

      json_builder_begin_array (builder);
      for (guint i = 0; i < listed->len; i++)
        add_group_json (builder, g_ptr_array_index (listed, i));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
      return 0;
    }

  if (only_possible)
    {
      if (possible->len == 0)
        g_print (_("No possible repeats.\n"));
      print_possible (possible);
      return 0;
    }

  if (groups->len == 0 && possible->len == 0)
    {
      g_print (only_open ? _("No repeated post is waiting for an answer.\n") : _("No repeated posts.\n"));
      return 0;
    }

  for (guint i = 0; i < groups->len; i++)
    {
      FdRepeatGroup *group = g_ptr_array_index (groups, i);
      g_autofree char *name = fd_cli_safe_line (group->customer_name != NULL ? group->customer_name : "?");
      g_autofree char *copies = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u copy", "%u copies",
                                                              group->messages->len),
                                                 group->messages->len);

      if (group->done)
        /* Translators: group id, customer name, customer id, "3 copies" */
        g_print (_("Group %lld — %s (customer %lld): %s, all answered\n"),
                 (long long) group->id, name,
                 (long long) group->customer_id, copies);
      else
        /* Translators: group id, customer name, customer id, "3 copies", number unanswered */
        g_print (_("Group %lld — %s (customer %lld): %s, %u unanswered\n"),
                 (long long) group->id, name,
                 (long long) group->customer_id, copies, group->n_unanswered);
      {
        g_autofree char *raw_reason = fd_repeat_group_dup_reason (group);
        g_autofree char *reason = fd_cli_safe_line (raw_reason);

        /* Translators: %s says why posts were grouped, e.g. "same order #48213" or "same complaint: refund" */
        g_print (_("  Why: %s\n"), reason);
      }
      for (guint j = 0; j < group->messages->len; j++)
        print_copy (g_ptr_array_index (group->messages, j));
      g_print ("\n");
    }

  print_possible (possible);

  return 0;
}

int
fd_cli_topics (FdCliOptions  *options,
               int            argc,
               char         **argv)
{
  static const FdCliCommand command = { "topics", "", N_("List problems that several customers report"), NULL };
  int min_customers = FD_TOPIC_MIN_CUSTOMERS;
  int limit = 0;
  const GOptionEntry entries[] = {
    { "min-customers", 'm', 0, G_OPTION_ARG_INT, &min_customers, N_("Only topics with at least N customers (default 3)"), "N" },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("At most N topics (default: all)"), "N" },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GError) error = NULL;

  if (!fd_cli_parse (options, &command, entries, NULL, &argc, &argv))
    return 2;
  if (argc > 1)
    return fd_cli_usage_error (&command, _("“topics” takes no arguments."));
  if (min_customers < 2 || limit < 0)
    return fd_cli_usage_error (&command, _("--min-customers must be 2 or more, --limit 0 or more."));
  if (!(store = fd_cli_open_store (options)))
    return 1;
  if (!(topics = fd_repeats_list_topics (store, (guint) min_customers, (guint) limit, &error)))
    return fd_cli_fail (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < topics->len; i++)
        {
          FdTopic *topic = g_ptr_array_index (topics, i);

          json_builder_begin_object (builder);
          add_int (builder, "id", topic->id);
          add_int (builder, "customers", topic->n_customers);
          add_int (builder, "count", topic->messages->len);
          add_int (builder, "unanswered", topic->n_unanswered);
          add_time (builder, "first_at", topic->first_at);
          add_time (builder, "last_at", topic->last_at);
          json_builder_set_member_name (builder, "channels");
          json_builder_begin_array (builder);
          for (guint j = 0; topic->channels[j] != NULL; j++)
            json_builder_add_string_value (builder, topic->channels[j]);
          json_builder_end_array (builder);
          json_builder_set_member_name (builder, "messages");
          json_builder_begin_array (builder);
          for (guint j = 0; j < topic->messages->len; j++)
            add_copy_json (builder, g_ptr_array_index (topic->messages, j));
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
      return 0;
    }

  if (topics->len == 0)
    {
      g_print (_("No problem is reported by several customers.\n"));
      return 0;
    }

  for (guint i = 0; i < topics->len; i++)
    {
      FdTopic *topic = g_ptr_array_index (topics, i);
      g_autofree char *joined = g_strjoinv (", ", topic->channels);
      g_autofree char *channels = fd_cli_safe_line (joined);

      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "Topic %lld: %u customer reports this (on %s)\n",
                            "Topic %lld: %u customers report this (on %s)\n",
                            topic->n_customers),
               (long long) topic->id, topic->n_customers, channels);
      for (guint j = 0; j < topic->messages->len; j++)
        print_copy (g_ptr_array_index (topic->messages, j));
      g_print ("\n");
    }

  return 0;
}

static void
add_customer_json (JsonBuilder *builder,
                   FdCustomer  *customer)
{
  json_builder_begin_object (builder);
  add_int (builder, "id", customer->id);
  fd_cli_json_add_string (builder, "name", customer->name);
  fd_cli_json_add_string (builder, "lang", customer->lang);
  add_int (builder, "messages", customer->n_messages);
  add_time (builder, "created_at", customer->created_at);
  json_builder_set_member_name (builder, "identities");
  json_builder_begin_array (builder);
  for (guint j = 0; j < customer->identities->len; j++)
    {
      FdIdentity *identity = g_ptr_array_index (customer->identities, j);

      json_builder_begin_object (builder);
      fd_cli_json_add_string (builder, "channel", identity->channel);
      fd_cli_json_add_string (builder, "handle", identity->handle);
      fd_cli_json_add_string (builder, "name", identity->name);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

int
fd_cli_customers (FdCliOptions  *options,
                  int            argc,
                  char         **argv)
{
  static const FdCliCommand command = { "customers", "", N_("List customers with their identities on each channel"), NULL };
  gboolean suggestions = FALSE;
  gint64 after = 0;
  int limit = 0;
  const GOptionEntry entries[] = {
    { "after", 0, 0, G_OPTION_ARG_INT64, &after, N_("Start after customer ID (paging)"), N_("ID") },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("At most N customers (default: all)"), "N" },
    { "suggestions", 's', 0, G_OPTION_ARG_NONE, &suggestions, N_("List suggested links between customers instead"), NULL },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GPtrArray) customers = NULL;
  g_autoptr(GError) error = NULL;

  if (!fd_cli_parse (options, &command, entries, NULL, &argc, &argv))
    return 2;
  if (argc > 1)
    return fd_cli_usage_error (&command, _("“customers” takes no arguments."));
  if (limit < 0 || after < 0)
    return fd_cli_usage_error (&command, _("--limit and --after must be 0 or more."));
  if (!(store = fd_cli_open_store (options)))
    return 1;

  if (suggestions)
    {
      g_autoptr(GPtrArray) list = fd_customers_list_suggestions (store, &error);

      if (list == NULL)
        return fd_cli_fail (error);
      if (options->json)
        {
          g_autoptr(JsonBuilder) builder = json_builder_new ();
          g_autoptr(JsonNode) root = NULL;

          json_builder_begin_array (builder);
          for (guint i = 0; i < list->len; i++)
            {
              FdLinkSuggestion *s = g_ptr_array_index (list, i);

              json_builder_begin_object (builder);
              add_int (builder, "id", s->id);
              add_int (builder, "customer_a", s->customer_a);
              add_int (builder, "customer_b", s->customer_b);
              add_int (builder, "message_a", s->message_a);
              add_int (builder, "message_b", s->message_b);
              fd_cli_json_add_string (builder, "reason", s->reason);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
          root = json_builder_get_root (builder);
          fd_cli_print_json (root);
        }
      else
        for (guint i = 0; i < list->len; i++)
          {
            FdLinkSuggestion *s = g_ptr_array_index (list, i);

            /* Translators: the suggestion's id, the customer ids, the messages that
             * look alike, then the suggestion's id twice */
            g_print (_("%lld: customers %lld and %lld may be one person: same name, same post (messages %lld and %lld). "
                       "Link them with “frontdesk-cli customer link %lld”, or “customer dismiss %lld”.\n"),
                     (long long) s->id, (long long) s->customer_a, (long long) s->customer_b,
                     (long long) s->message_a, (long long) s->message_b,
                     (long long) s->id, (long long) s->id);
          }
      return 0;
    }

  if (!(customers = fd_customers_list (store, after, (guint) limit, &error)))
    return fd_cli_fail (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < customers->len; i++)
        add_customer_json (builder, g_ptr_array_index (customers, i));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
      return 0;
    }

  for (guint i = 0; i < customers->len; i++)
    {
      FdCustomer *customer = g_ptr_array_index (customers, i);
      g_autoptr(GString) identities = g_string_new (NULL);
      g_autofree char *name = fd_cli_safe_line (customer->name);
      g_autofree char *lang = fd_cli_safe_line (customer->lang);
      g_autofree char *safe_identities = NULL;

      for (guint j = 0; j < customer->identities->len; j++)
        {
          FdIdentity *identity = g_ptr_array_index (customer->identities, j);

          g_string_append_printf (identities, "%s%s:%s", j > 0 ? ", " : "", identity->channel, identity->handle);
        }
      safe_identities = fd_cli_safe_line (identities->str);
      g_print ("%7" G_GINT64_FORMAT "  %-24s %-3s %5u  %s\n", customer->id,
               name, lang, customer->n_messages, safe_identities);
    }

  return 0;
}

static int
customer_export (FdCliOptions *options,
                 FdStore      *store,
                 gint64        id,
                 const char   *output)
{
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  guint64 n = 0;

  if (output != NULL)
    {
      file = g_file_new_for_commandline_arg (output);
      out = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, &error));
      if (out == NULL)
        return fd_cli_fail (error);
    }
  else
    out = fd_cli_open_stdout ();

  if (!fd_customers_export (store, id, out, &n, NULL, &error) ||
      !fd_cli_close_output (out, &error))
    return fd_cli_fail (error);

  if (!options->quiet)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "Exported %llu message\n",
                             "Exported %llu messages\n", n), (unsigned long long) n);
  return 0;
}

int
fd_cli_customer (FdCliOptions  *options,
                 int            argc,
                 char         **argv)
{
  static const FdCliCommand command = {
    "customer", N_("merge A B | split A --identity CHANNEL:HANDLE | undo | link SUGGESTION | dismiss SUGGESTION | export ID | erase ID --yes"),
    N_("Merge, split, export or erase customers"), NULL
  };
  g_autofree char *identity = NULL;
  g_autofree char *output = NULL;
  gboolean yes = FALSE;
  const GOptionEntry entries[] = {
    { "identity", 'i', 0, G_OPTION_ARG_STRING, &identity, N_("The identity to split off, e.g. bluesky:ana.bsky.social"), N_("CHANNEL:HANDLE") },
    { "yes", 'y', 0, G_OPTION_ARG_NONE, &yes, N_("Confirm erasing: it cannot be undone"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Export to FILE instead of standard output"), N_("FILE") },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *action;
  gint64 a = 0, b = 0;

  if (!fd_cli_parse (options, &command, entries,
                     _("A merge moves every identity and conversation of B to A; a split moves one identity,\n"
                       "with its conversations, to a new customer. “undo” reverts the last merge or split exactly.\n"
                       "“link” merges the two customers of a link suggestion (“customers --suggestions”, “repeats”);\n"
                       "“dismiss” says they are not the same person, and the suggestion is not made again.\n"
                       "“erase” deletes the customer’s messages, conversations, identities and files for good."),
                     &argc, &argv))
    return 2;
  if (argc < 2)
    return fd_cli_usage_error (&command, _("Say what to do: merge, split, undo, link, dismiss, export or erase."));

  action = argv[1];
  if (g_str_equal (action, "merge"))
    {
      if (argc != 4 || !fd_cli_parse_id (argv[2], &a) || !fd_cli_parse_id (argv[3], &b))
        return fd_cli_usage_error (&command, _("Give two customer ids: “customer merge A B” merges B into A."));
    }
  else if (g_str_equal (action, "split"))
    {
      if (argc != 3 || !fd_cli_parse_id (argv[2], &a) || identity == NULL || strchr (identity, ':') == NULL)
        return fd_cli_usage_error (&command, _("Give a customer id and the identity: “customer split 12 --identity mastodon:@ana@host”."));
    }
  else if (g_str_equal (action, "undo"))
    {
      if (argc != 2)
        return fd_cli_usage_error (&command, _("“customer undo” takes no arguments."));
    }
  else if (g_str_equal (action, "link") || g_str_equal (action, "dismiss"))
    {
      if (argc != 3 || !fd_cli_parse_id (argv[2], &a))
        return fd_cli_usage_error (&command, _("Give one link suggestion id, as shown by “frontdesk-cli customers --suggestions”."));
    }
  else if (g_str_equal (action, "export") || g_str_equal (action, "erase"))
    {
      if (argc != 3 || !fd_cli_parse_id (argv[2], &a))
        return fd_cli_usage_error (&command, _("Give one customer id, as shown by “frontdesk-cli customers”."));
      if (g_str_equal (action, "erase") && !yes)
        return fd_cli_usage_error (&command, _("Erasing cannot be undone: add --yes to confirm."));
    }
  else
    return fd_cli_usage_error (&command, _("Unknown action: use merge, split, undo, link, dismiss, export or erase."));

  if (!(store = fd_cli_open_store (options)))
    return 1;

  if (g_str_equal (action, "merge"))
    {
      if (!fd_customers_merge (store, a, b, &error))
        return fd_cli_fail (error);
      if (!options->quiet)
        g_printerr (_("Merged customer %lld into customer %lld. “frontdesk-cli customer undo” reverts it.\n"),
                    (long long) b, (long long) a);
    }
  else if (g_str_equal (action, "split"))
    {
      g_auto(GStrv) parts = g_strsplit (identity, ":", 2);
      gint64 new_id = fd_customers_split (store, a, parts[0], parts[1], &error);

      if (new_id == 0)
        return fd_cli_fail (error);
      if (options->json)
        {
          g_autoptr(FdCustomer) customer = fd_customers_get (store, new_id, NULL);
          g_autoptr(JsonBuilder) builder = json_builder_new ();
          g_autoptr(JsonNode) root = NULL;

          if (customer != NULL)
            {
              add_customer_json (builder, customer);
              root = json_builder_get_root (builder);
              fd_cli_print_json (root);
            }
        }
      else
        g_print ("%lld\n", (long long) new_id);
      if (!options->quiet)
        g_printerr (_("%s is now customer %lld. “frontdesk-cli customer undo” reverts it.\n"),
                    identity, (long long) new_id);
    }
  else if (g_str_equal (action, "undo"))
    {
      g_autoptr(FdCustomerOperation) op = NULL;

      if (!fd_customers_undo (store, &op, &error))
        return fd_cli_fail (error);
      if (!options->quiet && g_str_equal (op->kind, "merge"))
        g_printerr (_("Undid the merge: customer %lld is separate from customer %lld again.\n"),
                    (long long) op->other_id, (long long) op->customer_id);
      else if (!options->quiet)
        g_printerr (_("Undid the split: the identity is back with customer %lld.\n"),
                    (long long) op->customer_id);
    }
  else if (g_str_equal (action, "link"))
    {
      if (!fd_customers_accept_suggestion (store, a, &error))
        return fd_cli_fail (error);
      if (!options->quiet)
        g_printerr (_("Linked: the two customers of suggestion %lld are one. “frontdesk-cli customer undo” reverts it.\n"),
                    (long long) a);
    }
  else if (g_str_equal (action, "dismiss"))
    {
      if (!fd_customers_dismiss_suggestion (store, a, &error))
        return fd_cli_fail (error);
      if (!options->quiet)
        g_printerr (_("Dismissed suggestion %lld: the two customers stay apart.\n"), (long long) a);
    }
  else if (g_str_equal (action, "export"))
    return customer_export (options, store, a, output);
  else
    {
      if (!fd_customers_erase (store, a, &error))
        return fd_cli_fail (error);
      if (!options->quiet)
        g_printerr (_("Erased customer %lld and everything stored about them.\n"), (long long) a);
    }

  /* A merge, split, link or undo found the customers' repeats again from
   * their texts as written: those across languages come back through the
   * translations kept, as the app does a moment later. */
  if (!g_str_equal (action, "dismiss") && !g_str_equal (action, "erase") &&
      !fd_cli_repeats_languages (options, store, FALSE, &error))
    return fd_cli_fail (error);

  return 0;
}
