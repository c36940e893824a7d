/* fd-cli-saved.c: frontdesk-cli saved add|list|remove|use|import|export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-apertium-translator.h"
#include "fd-cli-private.h"
#include "fd-language.h"
#include "fd-saved-replies.h"
#include "fd-saved-reply-context.h"
#include "fd-translation-manager.h"

static const FdCliCommand command = {
  "saved", N_("add|list|remove|use …"), N_("Keep replies you write often, with a text per language"), NULL
};

static const char usage[] =
  N_("Use “saved add”, “saved list”, “saved remove”, “saved use”, “saved import” or “saved export”.");

static int
saved_add (FdCliOptions *options,
           const char   *title,
           const char   *lang,
           const char   *text)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean replaced = FALSE;

  if (title == NULL || lang == NULL || text == NULL)
    return fd_cli_usage_error (&command, _("Give the reply with --title, --lang and --text."));
  if (!(store = fd_cli_open_store (options)))
    return 1;
  if (!fd_saved_replies_set_variant (store, title, lang, text, &replaced, &error))
    return fd_cli_fail (error);

  if (!options->quiet && !options->json)
    {
      g_autofree char *safe = fd_cli_safe_line (title);

      if (replaced)
        /* Translators: “Where is my order” (Spanish) */
        g_print (_("Replaced the %s text of “%s”.\n"), fd_language_get_name (lang), safe);
      else
        g_print (_("Saved the %s text of “%s”.\n"), fd_language_get_name (lang), safe);
    }
  return 0;
}

static int
saved_list (FdCliOptions *options)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GPtrArray) replies = NULL;
  g_autoptr(GError) error = NULL;

  if (!(store = fd_cli_open_store (options)))
    return 1;
  if (!(replies = fd_saved_replies_list (store, &error)))
    return fd_cli_fail (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < replies->len; i++)
        {
          FdSavedReply *reply = g_ptr_array_index (replies, i);

          json_builder_begin_object (builder);
          fd_cli_json_add_string (builder, "title", reply->title);
          fd_cli_json_add_string (builder, "default_lang", reply->default_lang);
          json_builder_set_member_name (builder, "uses");
          json_builder_add_int_value (builder, reply->uses);
          json_builder_set_member_name (builder, "variants");
          json_builder_begin_object (builder);
          for (guint j = 0; j < reply->variants->len; j++)
            {
              FdSavedReplyVariant *variant = g_ptr_array_index (reply->variants, j);

              fd_cli_json_add_string (builder, variant->lang, variant->text);
            }
          json_builder_end_object (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
      return 0;
    }

  if (replies->len == 0 && !options->quiet)
    g_print (_("No saved replies yet. Add one with: frontdesk-cli saved add --title T --lang L --text TEXT\n"));

  for (guint i = 0; i < replies->len; i++)
    {
      FdSavedReply *reply = g_ptr_array_index (replies, i);
      g_autofree char *title = fd_cli_safe_line (reply->title);

      g_print ("%s\n", title);
      for (guint j = 0; j < reply->variants->len; j++)
        {
          FdSavedReplyVariant *variant = g_ptr_array_index (reply->variants, j);
          g_autofree char *text = fd_cli_safe_line (variant->text);

          g_print ("  %s%s  %s\n", variant->lang,
                   g_str_equal (variant->lang, reply->default_lang) ? "*" : " ", text);
        }
    }
  return 0;
}

static int
saved_remove (FdCliOptions  *options,
              int            argc,
              char         **argv)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 3)
    return fd_cli_usage_error (&command, _("Give the title of the saved reply to remove."));
  if (!(store = fd_cli_open_store (options)))
    return 1;
  if (!fd_saved_replies_remove (store, argv[2], &error))
    return fd_cli_fail (error);

  if (!options->quiet && !options->json)
    {
      g_autofree char *safe = fd_cli_safe_line (argv[2]);
      g_print (_("Removed the saved reply “%s”.\n"), safe);
    }
  return 0;
}

typedef struct {
  GMainLoop       *loop;
  FdSavedReplyUse *use;
  GError          *error;
} UseRun;

static void
used_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  UseRun *run = user_data;

  run->use = fd_saved_replies_use_finish (result, &run->error);
  g_main_loop_quit (run->loop);
}

static int
saved_use (FdCliOptions  *options,
           int            argc,
           char         **argv,
           const char    *for_message)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdSavedReply) reply = NULL;
  g_autoptr(FdSavedReplyContext) context = NULL;
  g_autoptr(FdTranslationManager) manager = NULL;
  g_autoptr(FdApertiumTranslator) apertium = NULL;
  g_autoptr(FdSavedReplyUse) use = NULL;
  g_autoptr(GError) error = NULL;
  FdSavedReplyFields fields;
  UseRun run = { NULL, };
  gint64 id = 0;

  if (argc != 3)
    return fd_cli_usage_error (&command, _("Give the title of the saved reply to use."));
  if (for_message == NULL || !fd_cli_parse_id (for_message, &id))
    return fd_cli_usage_error (&command, _("Give the message to answer with --for, as shown by “list”."));
  if (!(store = fd_cli_open_store (options)))
    return 1;
  if (!(reply = fd_saved_replies_get (store, argv[2], &error)) ||
      !(context = fd_saved_reply_context_new_for_message (store, id, &error)))
    return fd_cli_fail (error);

  /* Apertium, on this computer, for a language the reply lacks. */
  manager = fd_translation_manager_new (store, NULL);
  apertium = fd_apertium_translator_new ();
  if (fd_apertium_translator_is_available (apertium))
    fd_translation_manager_add_engine (manager, FD_TRANSLATOR (apertium));

  fd_saved_reply_context_get_fields (context, &fields);
  run.loop = g_main_loop_new (NULL, FALSE);
  fd_saved_replies_use_async (store, manager, reply, context->lang, &fields,
                              context->max_chars, context->link_chars, NULL, used_cb, &run);
  g_main_loop_run (run.loop);
  g_main_loop_unref (run.loop);
  fd_apertium_translator_stop (apertium);

  if (run.use == NULL)
    {
      g_autoptr(GError) use_error = run.error;
      return fd_cli_fail (use_error);
    }
  use = run.use;

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      fd_cli_json_add_string (builder, "title", use->title);
      fd_cli_json_add_string (builder, "lang", use->lang);
      fd_cli_json_add_string (builder, "text", use->text);
      json_builder_set_member_name (builder, "machine_translated");
      json_builder_add_boolean_value (builder, use->machine_translated);
      fd_cli_json_add_string (builder, "back_translation", use->back_translation);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      fd_cli_print_json (root);
    }
  else
    {
      g_print ("%s\n", use->text);
      if (use->machine_translated)
        {
          g_printerr (_("Machine translation from %s, check before sending.\n"),
                      fd_language_get_name (use->source_lang));
          if (use->back_translation != NULL)
            g_printerr (_("Back-translation: %s\n"), use->back_translation);
        }
    }

  /* Printed all the same: the person may shorten it. */
  if (use->max_chars > 0 && use->n_chars > use->max_chars)
    g_printerr (_("This reply has %u characters; replies here take at most %u. Shorten it before sending.\n"),
                use->n_chars, use->max_chars);

  return 0;
}

static int
saved_export (FdCliOptions *options)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  if (!(store = fd_cli_open_store (options)))
    return 1;
  if (!(json = fd_saved_replies_export_json (store, &error)))
    return fd_cli_fail (error);
  g_print ("%s\n", json);
  return 0;
}

static int
saved_import (FdCliOptions  *options,
              int            argc,
              char         **argv)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  guint n = 0;

  if (argc != 3)
    return fd_cli_usage_error (&command, _("Give the file to import, as written by “saved export”."));
  if (!g_file_get_contents (argv[2], &json, NULL, &error))
    return fd_cli_fail (error);
  if (!(store = fd_cli_open_store (options)))
    return 1;
  if (!fd_saved_replies_import_json (store, json, &n, &error))
    return fd_cli_fail (error);

  if (!options->quiet && !options->json)
    g_print (ngettext ("Imported %u saved reply.\n", "Imported %u saved replies.\n", n), n);
  return 0;
}

int
fd_cli_saved (FdCliOptions  *options,
              int            argc,
              char         **argv)
{
  g_autofree char *title = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *text = NULL;
  g_autofree char *for_message = NULL;
  const GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("For “add”: the reply’s title"), N_("TITLE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("For “add”: the language of the text, such as “es”"), N_("LANG") },
    { "text", 0, 0, G_OPTION_ARG_STRING, &text, N_("For “add”: the text; {first_name}, {name}, {handle} and {shop} are filled in"), N_("TEXT") },
    { "for", 0, 0, G_OPTION_ARG_STRING, &for_message, N_("For “use”: the message to answer"), N_("ID") },
    { NULL }
  };

  if (!fd_cli_parse (options, &command, entries,
                     _("Subcommands:\n"
                       "  saved add --title T --lang L --text TEXT   (the same title again adds or replaces\n"
                       "      that language’s text)\n"
                       "  saved list\n"
                       "  saved remove T\n"
                       "  saved use T --for MESSAGE_ID   (the text for that message’s customer)\n"
                       "  saved export > FILE\n"
                       "  saved import FILE"),
                     &argc, &argv))
    return 2;

  if (argc < 2)
    return fd_cli_usage_error (&command, _(usage));
  if (g_str_equal (argv[1], "add") && argc == 2)
    return saved_add (options, title, lang, text);
  if (g_str_equal (argv[1], "list") && argc == 2)
    return saved_list (options);
  if (g_str_equal (argv[1], "remove"))
    return saved_remove (options, argc, argv);
  if (g_str_equal (argv[1], "use"))
    return saved_use (options, argc, argv, for_message);
  if (g_str_equal (argv[1], "export") && argc == 2)
    return saved_export (options);
  if (g_str_equal (argv[1], "import"))
    return saved_import (options, argc, argv);
  return fd_cli_usage_error (&command, _(usage));
}
