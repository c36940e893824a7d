/* fd-cli-listen.c: frontdesk-cli listen — hashtags and keywords followed
 * beyond the inbox.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-cli-private.h"
#include "fd-account.h"
#include "fd-listening.h"
#include "fd-provider.h"

static const FdCliCommand command = {
  "listen", N_("add|remove|list|posts|adopt …"), N_("Follow hashtags and keywords; turn a post into a conversation"), NULL
};

/* ACCOUNT: an id, or a name as “account list” shows it. */
static gint64
find_account (FdStore     *store,
              const char  *channel,
              const char  *name,
              GError     **error)
{
  g_autoptr(GPtrArray) accounts = fd_account_load_all (store, error);
  gint64 by_id = 0;

  if (accounts == NULL)
    return 0;
  fd_cli_parse_id (name, &by_id);

  for (guint i = 0; i < accounts->len; i++)
    {
      FdAccount *account = g_ptr_array_index (accounts, i);

      if (!g_str_equal (fd_account_get_channel (account), channel))
        continue;
      if (fd_account_get_id (account) == by_id ||
          g_ascii_strcasecmp (fd_account_get_name (account), name) == 0 ||
          (name[0] != '@' && g_ascii_strcasecmp (fd_account_get_name (account) + 1, name) == 0))
        return fd_account_get_id (account);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("There is no %s account “%s”. See “frontdesk-cli account list”."), channel, name);
  return 0;
}

static int
listen_posts (FdCliOptions *options,
              FdStore      *store,
              gint64        account_id)
{
  g_autoptr(GPtrArray) posts = NULL;
  g_autoptr(GError) error = NULL;

  if (!(posts = fd_listening_list_posts (store, account_id, 0, 200, &error)))
    return fd_cli_fail (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < posts->len; i++)
        {
          FdListeningPost *post = g_ptr_array_index (posts, i);
          g_autofree char *created = fd_cli_format_time (post->created_at);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, post->id);
          json_builder_set_member_name (builder, "account");
          json_builder_add_int_value (builder, post->account_id);
          fd_cli_json_add_string (builder, "term", post->term);
          fd_cli_json_add_string (builder, "channel", post->channel);
          fd_cli_json_add_string (builder, "remote_id", post->remote_id);
          json_builder_set_member_name (builder, "author");
          json_builder_begin_object (builder);
          fd_cli_json_add_string (builder, "handle", post->author_handle);
          fd_cli_json_add_string (builder, "name", post->author_name);
          json_builder_end_object (builder);
          fd_cli_json_add_string (builder, "text", post->text);
          fd_cli_json_add_string (builder, "lang", post->lang);
          fd_cli_json_add_string (builder, "url", post->url);
          fd_cli_json_add_string (builder, "visibility", post->visibility);
          fd_cli_json_add_string (builder, "created_at", created);
          json_builder_set_member_name (builder, "message");
          if (post->message_id != 0)
            json_builder_add_int_value (builder, post->message_id);
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
      return 0;
    }

  for (guint i = 0; i < posts->len; i++)
    {
      FdListeningPost *post = g_ptr_array_index (posts, i);
      g_autofree char *created = fd_cli_format_time (post->created_at);
      g_autofree char *line = fd_cli_safe_line (post->text);
      g_autofree char *term = fd_cli_safe_line (post->term != NULL ? post->term : "-");
      g_autofree char *handle = fd_cli_safe_line (post->author_handle);

      g_print ("%6" G_GINT64_FORMAT "  %s  %-14s %s%s  %s\n", post->id, created,
               term, handle, post->message_id != 0 ? " [inbox]" : "", line);
    }

  return 0;
}

int
fd_cli_listen (FdCliOptions  *options,
               int            argc,
               char         **argv)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *verb;
  gint64 id = 0;

  if (!fd_cli_parse (options, &command, NULL,
                     _("Subcommands:\n"
                       "  listen add mastodon ACCOUNT #hashtag|keyword\n"
                       "  listen remove ID\n"
                       "  listen list\n"
                       "  listen posts [--json]\n"
                       "  listen adopt ID       turn a post into an inbox conversation"),
                     &argc, &argv))
    return 2;

  if (argc < 2)
    return fd_cli_usage_error (&command, _("Use “listen add”, “listen remove”, “listen list”, “listen posts” or “listen adopt”."));
  verb = argv[1];

  if (g_str_equal (verb, "add"))
    {
      gint64 account_id;

      if (argc != 5)
        return fd_cli_usage_error (&command, _("Use “listen add mastodon ACCOUNT #hashtag” or “listen add mastodon ACCOUNT keyword”."));
      if (!fd_provider_channel_can_listen (argv[2]))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” accounts cannot follow hashtags or keywords."), argv[2]);

          return fd_cli_usage_error (&command, message);
        }
      if (!(store = fd_cli_open_store (options)))
        return 1;
      if (!(account_id = find_account (store, argv[2], argv[3], &error)) ||
          !(id = fd_listening_add (store, account_id, argv[4], &error)))
        return fd_cli_fail (error);
      if (options->json)
        g_print ("{\"id\": %" G_GINT64_FORMAT "}\n", id);
      else if (!options->quiet)
        g_print (_("Listening for %s (term %lld); “frontdesk-cli sync” fetches matching posts.\n"),
                 argv[4], (long long) id);
      return 0;
    }

  if (g_str_equal (verb, "remove") || g_str_equal (verb, "adopt"))
    {
      if (argc != 3 || !fd_cli_parse_id (argv[2], &id))
        return fd_cli_usage_error (&command, _("Give the id, as shown by “listen list” or “listen posts”."));
      if (!(store = fd_cli_open_store (options)))
        return 1;

      if (g_str_equal (verb, "remove"))
        {
          if (!fd_listening_remove_term (store, id, &error))
            return fd_cli_fail (error);
          return 0;
        }
      else
        {
          gint64 message_id = fd_listening_adopt_post (store, id, &error);

          if (message_id == 0)
            return fd_cli_fail (error);
          if (options->json)
            g_print ("{\"message\": %" G_GINT64_FORMAT "}\n", message_id);
          else if (!options->quiet)
            g_print (_("Post %lld is now message %lld in the inbox; answer it with “reply %lld”.\n"),
                     (long long) id, (long long) message_id, (long long) message_id);
          return 0;
        }
    }

  if (g_str_equal (verb, "list") || g_str_equal (verb, "posts"))
    {
      if (!(store = fd_cli_open_store (options)))
        return 1;

      if (g_str_equal (verb, "posts"))
        return listen_posts (options, store, 0);

      {
        g_autoptr(GPtrArray) terms = fd_listening_list_terms (store, 0, &error);

        if (terms == NULL)
          return fd_cli_fail (error);

        if (options->json)
          {
            g_autoptr(JsonBuilder) builder = json_builder_new ();
            g_autoptr(JsonNode) root = NULL;

            json_builder_begin_array (builder);
            for (guint i = 0; i < terms->len; i++)
              {
                FdListeningTerm *term = g_ptr_array_index (terms, i);

                json_builder_begin_object (builder);
                json_builder_set_member_name (builder, "id");
                json_builder_add_int_value (builder, term->id);
                json_builder_set_member_name (builder, "account");
                json_builder_add_int_value (builder, term->account_id);
                fd_cli_json_add_string (builder, "kind", term->kind == FD_LISTENING_HASHTAG ? "hashtag" : "keyword");
                fd_cli_json_add_string (builder, "term", term->term);
                json_builder_set_member_name (builder, "posts");
                json_builder_add_int_value (builder, term->n_posts);
                json_builder_end_object (builder);
              }
            json_builder_end_array (builder);
            root = json_builder_get_root (builder);
            fd_cli_print_json (root);
            return 0;
          }

        for (guint i = 0; i < terms->len; i++)
          {
            FdListeningTerm *term = g_ptr_array_index (terms, i);
            g_autofree char *text = fd_cli_safe_line (term->term);

            g_print ("%4" G_GINT64_FORMAT "  account %-3" G_GINT64_FORMAT " %s%s  (%u)\n", term->id, term->account_id,
                     term->kind == FD_LISTENING_HASHTAG ? "#" : "", text, term->n_posts);
          }
        return 0;
      }
    }

  return fd_cli_usage_error (&command, _("Use “listen add”, “listen remove”, “listen list”, “listen posts” or “listen adopt”."));
}
