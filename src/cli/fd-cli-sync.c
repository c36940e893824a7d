/* fd-cli-sync.c: frontdesk-cli sync, reply and outbox
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <signal.h>

#include "fd-cli-private.h"
#include "fd-account.h"
#include "fd-outbox.h"
#include "fd-sync-manager.h"

/* sync */

typedef struct
{
  GMainLoop     *loop;
  FdSyncManager *manager;
  FdCliOptions  *options;
  GError        *error;
  gboolean       done;
} SyncRun;

static void
account_synced_cb (FdSyncManager *manager,
                   FdAccount     *account,
                   guint          n_new,
                   guint          n_sent,
                   SyncRun       *run)
{
  g_autofree char *name = NULL;

  if (run->options->quiet || run->options->json)
    return;

  name = fd_cli_safe_line (fd_account_get_name (account));
  /* Translators: account name, then counts */
  g_print (_("%s: %u new, %u sent\n"), name, n_new, n_sent);
}

static void
account_state_cb (FdAccount  *account,
                  GParamSpec *pspec,
                  SyncRun    *run)
{
  const char *message = fd_account_get_error_message (account);

  if (run->options->quiet || message == NULL)
    return;

  switch (fd_account_get_state (account))
    {
    case FD_ACCOUNT_STATE_ERROR:
    case FD_ACCOUNT_STATE_OFFLINE:
      {
        /* The message may quote what the server said. */
        g_autofree char *name = fd_cli_safe_line (fd_account_get_name (account));
        g_autofree char *safe_message = fd_cli_safe_line (message);

        g_printerr ("%s: %s\n", name, safe_message);
      }
      break;
    case FD_ACCOUNT_STATE_IDLE:
    case FD_ACCOUNT_STATE_SYNCING:
    default:
      break;
    }
}

static void
sync_once_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SyncRun *run = user_data;

  fd_sync_manager_sync_once_finish (FD_SYNC_MANAGER (object), result, &run->error);
  run->done = TRUE;
  g_main_loop_quit (run->loop);
}

static gboolean
quit_signal_cb (gpointer user_data)
{
  SyncRun *run = user_data;

  fd_sync_manager_stop (run->manager);
  g_main_loop_quit (run->loop);
  return G_SOURCE_CONTINUE;
}

static void
print_status_json (FdSyncManager *manager)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  GListModel *accounts = fd_sync_manager_get_accounts (manager);

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(FdAccount) account = g_list_model_get_item (accounts, i);
      g_autoptr(GEnumClass) states = g_type_class_ref (FD_TYPE_ACCOUNT_STATE);
      g_autoptr(GEnumClass) kinds = g_type_class_ref (FD_TYPE_ACCOUNT_ERROR_KIND);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, fd_account_get_id (account));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, fd_account_get_name (account));
      json_builder_set_member_name (builder, "channel");
      json_builder_add_string_value (builder, fd_account_get_channel (account));
      json_builder_set_member_name (builder, "state");
      json_builder_add_string_value (builder, g_enum_get_value (states, fd_account_get_state (account))->value_nick);
      json_builder_set_member_name (builder, "error_kind");
      json_builder_add_string_value (builder, g_enum_get_value (kinds, fd_account_get_error_kind (account))->value_nick);
      json_builder_set_member_name (builder, "error");
      if (fd_account_get_error_message (account) != NULL)
        json_builder_add_string_value (builder, fd_account_get_error_message (account));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "notice");
      {
        g_autofree char *notice = fd_account_dup_setting_string (account, FD_ACCOUNT_SETTING_NOTICE);

        if (notice != NULL)
          json_builder_add_string_value (builder, notice);
        else
          json_builder_add_null_value (builder);
      }
      json_builder_set_member_name (builder, "last_synced");
      json_builder_add_int_value (builder, fd_account_get_last_synced (account));
      json_builder_set_member_name (builder, "outbox_waiting");
      json_builder_add_int_value (builder, fd_account_get_outbox_waiting (account));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  fd_cli_print_json (root);
}

int
fd_cli_sync (FdCliOptions  *options,
             int            argc,
             char         **argv)
{
  static const FdCliCommand command = { "sync", "", N_("Sync every account: send the outbox and fetch new messages"), NULL };
  gboolean once = FALSE;
  gint64 only_account = 0;
  int interval = 0;
  const GOptionEntry entries[] = {
    { "account", 'a', 0, G_OPTION_ARG_INT64, &only_account, N_("Only this account"), N_("ID") },
    { "once", 0, 0, G_OPTION_ARG_NONE, &once, N_("Send the outbox, fetch new messages once and exit"), NULL },
    { "interval", 0, 0, G_OPTION_ARG_INT, &interval, N_("Seconds between checks of accounts without push (default 300)"), N_("SECONDS") },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdSyncManager) manager = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;
  SyncRun run = { NULL, NULL, options, NULL, FALSE };
  GListModel *accounts;
  guint sigint_id, sigterm_id;
  int status = 0;

  if (!fd_cli_parse (options, &command, entries, NULL, &argc, &argv))
    return 2;
  if (argc > 1)
    return fd_cli_usage_error (&command, _("“sync” takes no arguments."));
  if (interval < 0)
    return fd_cli_usage_error (&command, _("--interval must be 1 or more."));
  if (!(store = fd_cli_open_store (options)))
    return 1;

  data_dir = g_strdup (fd_store_get_data_dir (store));
  manager = fd_sync_manager_new (data_dir, NULL);
  if (interval > 0)
    g_object_set (manager, "poll-interval", (guint) MIN ((gint64) interval * 1000, G_MAXUINT), NULL);
  if (!fd_sync_manager_load_accounts (manager, store, &error))
    return fd_cli_fail (error);
  /* The store stays open only for the engine's own connections. */
  g_clear_object (&store);

  accounts = fd_sync_manager_get_accounts (manager);
  if (only_account != 0)
    {
      if (fd_sync_manager_find_account (manager, only_account) == NULL)
        {
          g_printerr (_("frontdesk-cli: there is no account %lld.\n"), (long long) only_account);
          return 1;
        }
      for (guint i = g_list_model_get_n_items (accounts); i > 0; i--)
        {
          g_autoptr(FdAccount) account = g_list_model_get_item (accounts, i - 1);

          if (fd_account_get_id (account) != only_account)
            fd_sync_manager_remove_account (manager, fd_account_get_id (account));
        }
    }

  if (g_list_model_get_n_items (accounts) == 0)
    {
      if (!options->quiet)
        g_printerr (_("There are no accounts to sync. Add one in Frontdesk’s preferences.\n"));
      return 0;
    }

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(FdAccount) account = g_list_model_get_item (accounts, i);

      g_signal_connect (account, "notify::error-message", G_CALLBACK (account_state_cb), &run);
      g_signal_connect (account, "notify::state", G_CALLBACK (account_state_cb), &run);
    }

  loop = g_main_loop_new (NULL, FALSE);
  run.loop = loop;
  run.manager = manager;
  g_signal_connect (manager, "account-synced", G_CALLBACK (account_synced_cb), &run);
  sigint_id = g_unix_signal_add (SIGINT, quit_signal_cb, &run);
  sigterm_id = g_unix_signal_add (SIGTERM, quit_signal_cb, &run);

  if (once)
    {
      fd_sync_manager_sync_once_async (manager, NULL, sync_once_cb, &run);
      if (!run.done)
        g_main_loop_run (loop);
    }
  else
    {
      if (!fd_sync_manager_start (manager, &error))
        status = fd_cli_fail (error);
      else
        g_main_loop_run (loop);
    }

  fd_sync_manager_stop (manager);
  g_source_remove (sigint_id);
  g_source_remove (sigterm_id);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(FdAccount) account = g_list_model_get_item (accounts, i);
      g_signal_handlers_disconnect_by_data (account, &run);
    }

  if (options->json)
    print_status_json (manager);

  if (run.error != NULL)
    {
      status = fd_cli_fail (run.error);
      g_clear_error (&run.error);
    }

  /* As the app does after a sync: the new posts compared with their
   * customers' posts in other languages, where Apertium is here. */
  if (once && status == 0)
    {
      if (!(store = fd_cli_open_store (options)))
        return 1;
      if (!fd_cli_repeats_languages (options, store, FALSE, &error))
        status = fd_cli_fail (error);
    }

  return status;
}

/* reply */

int
fd_cli_reply (FdCliOptions  *options,
              int            argc,
              char         **argv)
{
  static const FdCliCommand command = { "reply", N_("ID"), N_("Queue a reply to a message; “sync” sends it"), NULL };
  g_autofree char *text = NULL;
  g_autofree char *public_note = NULL;
  g_auto(GStrv) attach = NULL;
  gboolean private_reply = FALSE;
  const GOptionEntry entries[] = {
    { "text", 't', 0, G_OPTION_ARG_STRING, &text, N_("The reply"), N_("TEXT") },
    { "attach", 'a', 0, G_OPTION_ARG_FILENAME_ARRAY, &attach,
      N_("Attach a file to an e-mail reply (repeat for more files)"), N_("FILE") },
    { "private", 'p', 0, G_OPTION_ARG_NONE, &private_reply, N_("Reply privately (direct message) instead of publicly"), NULL },
    { "public-note", 0, 0, G_OPTION_ARG_STRING, &public_note,
      N_("With --private on Mastodon: also post this short public answer (never the private text)"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdOutbox) outbox = NULL;
  g_autoptr(FdReplyRequest) request = NULL;
  g_autoptr(GArray) queued = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  gint64 reply_id;

  if (!fd_cli_parse (options, &command, entries, NULL, &argc, &argv))
    return 2;
  if (argc != 2 || !fd_cli_parse_id (argv[1], &id))
    return fd_cli_usage_error (&command, _("Give the id of the message to answer, as shown by “list”."));
  if (text == NULL)
    return fd_cli_usage_error (&command, _("Give the reply with --text."));
  if (!(store = fd_cli_open_store (options)))
    return 1;

  if (public_note != NULL && !private_reply)
    return fd_cli_usage_error (&command, _("--public-note goes with --private: it is the public answer to a private reply."));

  /* Queued, a reply no account can send would wait forever. */
  outbox = fd_outbox_new (store);
  if (!fd_outbox_can_reply (outbox, id, &error))
    return fd_cli_fail (error);

  if (private_reply)
    request = fd_reply_request_new_private (id, text, public_note);
  else
    request = fd_reply_request_new_plain (id, text);
  if (attach != NULL && private_reply)
    return fd_cli_usage_error (&command, _("Files go with e-mail replies, not with private replies."));
  for (guint i = 0; attach != NULL && attach[i] != NULL; i++)
    fd_reply_request_add_attachment (request, attach[i]);
  if (!(queued = fd_outbox_queue_reply (outbox, request, &error)))
    return fd_cli_fail (error);
  reply_id = g_array_index (queued, gint64, 0);

  /* Queued all the same: the person decides whether to send it. */
  if (attach != NULL)
    {
      guint64 total = 0, limit = 0;

      if (!fd_outbox_get_attachment_limit (outbox, reply_id, &total, &limit, &error))
        return fd_cli_fail (error);
      if (total > limit)
        {
          g_autofree char *total_text = g_format_size (total);
          g_autofree char *limit_text = g_format_size (limit);

          g_printerr (_("The files come to %s; this account’s mail server takes messages of up to %s. "
                        "The reply may be refused: send a link for the largest files instead.\n"),
                      total_text, limit_text);
        }
    }

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, reply_id);
      json_builder_set_member_name (builder, "outbox");
      json_builder_add_string_value (builder, fd_outbox_state_to_string (FD_OUTBOX_PENDING));
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", reply_id);

  return 0;
}

/* outbox */

static void
print_entries (FdCliOptions *options,
               GPtrArray    *entries)
{
  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < entries->len; i++)
        {
          FdOutboxEntry *entry = g_ptr_array_index (entries, i);
          g_autofree char *created = fd_cli_format_time (entry->created_at);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, entry->id);
          json_builder_set_member_name (builder, "account");
          json_builder_add_int_value (builder, entry->account_id);
          json_builder_set_member_name (builder, "conversation");
          json_builder_add_int_value (builder, entry->conversation_id);
          json_builder_set_member_name (builder, "message");
          json_builder_add_int_value (builder, entry->message_id);
          json_builder_set_member_name (builder, "action");
          json_builder_add_string_value (builder, entry->action);
          json_builder_set_member_name (builder, "state");
          json_builder_add_string_value (builder, fd_outbox_state_to_string (entry->state));
          json_builder_set_member_name (builder, "attempts");
          json_builder_add_int_value (builder, entry->attempts);
          json_builder_set_member_name (builder, "error");
          if (entry->error != NULL)
            json_builder_add_string_value (builder, entry->error);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "remote_id");
          json_builder_add_string_value (builder, entry->message_remote_id);
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, entry->text);
          json_builder_set_member_name (builder, "created_at");
          json_builder_add_string_value (builder, created);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
      return;
    }

  if (entries->len == 0 && !options->quiet)
    g_print ("%s\n", _("The outbox is empty."));

  for (guint i = 0; i < entries->len; i++)
    {
      FdOutboxEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *what = NULL;
      g_autofree char *error = fd_cli_safe_line (entry->error);

      if (fd_outbox_entry_is_reply (entry))
        what = fd_cli_safe_line (entry->text);
      else
        /* Translators: a queued change of a message's state, e.g. "mark archived" */
        what = g_strdup_printf (_("mark %s"), fd_message_state_to_string (entry->new_state));

      g_print ("%7" G_GINT64_FORMAT "  %-8s %-14s %2u  %s\n", entry->id,
               fd_outbox_state_to_string (entry->state), entry->action, entry->attempts, what);
      if (entry->error != NULL && entry->state != FD_OUTBOX_SENT)
        g_print ("         %s\n", error);
      if (entry->state == FD_OUTBOX_UNSURE)
        {
          g_print ("         %s\n", _("May have been sent."));
          /* Translators: %lld is an outbox entry's id, twice */
          g_print (_("         Send Again: “outbox send-again %lld”; It Arrived: “outbox arrived %lld”.\n"),
                   (long long) entry->id, (long long) entry->id);
        }
    }
}

int
fd_cli_outbox (FdCliOptions  *options,
               int            argc,
               char         **argv)
{
  static const FdCliCommand command = { "outbox", N_("[retry|send-again|arrived|edit|discard ID]"),
                                        N_("Show what waits to be sent; retry, edit or discard an entry, or settle one that may have been sent"),
                                        NULL };
  gboolean all = FALSE;
  g_autofree char *text = NULL;
  const GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Include entries already sent"), NULL },
    { "text", 't', 0, G_OPTION_ARG_STRING, &text, N_("New text, for “edit”"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdOutbox) outbox = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!fd_cli_parse (options, &command, entries, NULL, &argc, &argv))
    return 2;

  if (argc > 1)
    {
      const char *verb = argv[1];

      if (argc != 3 || !fd_cli_parse_id (argv[2], &id))
        return fd_cli_usage_error (&command, _("Give the id of the outbox entry, as shown by “outbox”."));
      if (!g_str_equal (verb, "retry") && !g_str_equal (verb, "discard") && !g_str_equal (verb, "edit") &&
          !g_str_equal (verb, "send-again") && !g_str_equal (verb, "arrived"))
        return fd_cli_usage_error (&command, _("Use “outbox retry ID”, “outbox edit ID --text TEXT”, “outbox discard ID”, "
                                               "or for a reply that may have been sent “outbox send-again ID” or “outbox arrived ID”."));
      if (g_str_equal (verb, "edit") && text == NULL)
        return fd_cli_usage_error (&command, _("Give the new text with --text."));

      if (!(store = fd_cli_open_store (options)))
        return 1;
      outbox = fd_outbox_new (store);

      /* send-again: the person's "Send Again", which is a retry. */
      if (((g_str_equal (verb, "retry") || g_str_equal (verb, "send-again")) && !fd_outbox_retry (outbox, id, &error)) ||
          (g_str_equal (verb, "arrived") && !fd_outbox_mark_arrived (outbox, id, &error)) ||
          (g_str_equal (verb, "edit") && !fd_outbox_edit (outbox, id, text, &error)) ||
          (g_str_equal (verb, "discard") && !fd_outbox_discard (outbox, id, &error)))
        return fd_cli_fail (error);

      return 0;
    }

  if (!(store = fd_cli_open_store (options)))
    return 1;
  outbox = fd_outbox_new (store);

  if (!(list = fd_outbox_list (outbox, 0, all, &error)))
    return fd_cli_fail (error);

  print_entries (options, list);
  return 0;
}
