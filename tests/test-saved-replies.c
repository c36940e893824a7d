/* test-saved-replies.c: saved replies (fd-saved-replies.h): variants by
 * language, placeholders, the machine-translated fallback with its
 * back-translation through real Apertium, channel limits, JSON import and
 * export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-apertium-translator.h"
#include "fd-channel.h"
#include "fd-ingest.h"
#include "fd-saved-replies.h"
#include "fd-saved-reply-context.h"
#include "fd-test-missing.h"
#include "fd-test-util.h"

#define APERTIUM_PACKAGES "apertium apertium-eng-spa apertium-spa-cat"

typedef struct {
  char    *dir;
  FdStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  fd_test_rmdir (f->dir);
  g_free (f->dir);
}

static void
add (Fixture    *f,
     const char *title,
     const char *lang,
     const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_saved_replies_set_variant (f->store, title, lang, text, NULL, &error));
  g_assert_no_error (error);
}

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static FdSavedReplyUse *
use (Fixture                  *f,
     FdTranslationManager     *manager,
     const char               *title,
     const char               *lang,
     const FdSavedReplyFields *fields,
     guint                     max_chars,
     GError                  **error)
{
  g_autoptr(FdSavedReply) reply = fd_saved_replies_get (f->store, title, NULL);
  g_autoptr(GAsyncResult) result = NULL;

  g_assert_nonnull (reply);
  fd_saved_replies_use_async (f->store, manager, reply, lang, fields, max_chars, 0, NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return fd_saved_replies_use_finish (result, error);
}

static void
test_variants (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(FdSavedReply) reply = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  const FdSavedReplyVariant *variant;
  gboolean replaced = TRUE;
  gboolean exact = FALSE;

  g_assert_true (fd_saved_replies_set_variant (f->store, "Canary Islands", "en",
                                               "Yes, we ship to the Canary Islands.", &replaced, &error));
  g_assert_no_error (error);
  g_assert_false (replaced);
  add (f, "Canary Islands", "es", "Sí, enviamos a Canarias.");
  add (f, "canary islands", "ca-ES", "Sí, enviem a les Canàries.");
  g_assert_true (fd_saved_replies_set_variant (f->store, "Canary Islands", "es",
                                               "Sí, hacemos envíos a Canarias.", &replaced, &error));
  g_assert_true (replaced);

  reply = fd_saved_replies_get (f->store, "CANARY ISLANDS", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (reply->title, ==, "Canary Islands");
  g_assert_cmpstr (reply->default_lang, ==, "en");
  g_assert_cmpuint (reply->variants->len, ==, 3);

  variant = fd_saved_reply_choose (reply, "es-MX", &exact);
  g_assert_true (exact);
  g_assert_cmpstr (variant->text, ==, "Sí, hacemos envíos a Canarias.");
  variant = fd_saved_reply_choose (reply, "ca", &exact);
  g_assert_cmpstr (variant->lang, ==, "ca");
  variant = fd_saved_reply_choose (reply, "de", &exact);
  g_assert_false (exact);
  g_assert_cmpstr (variant->lang, ==, "en");

  /* Search: title or any language's text, without case or accents. */
  g_assert_true (fd_saved_reply_matches (reply, "canarias envios"));
  g_assert_true (fd_saved_reply_matches (reply, "CANÀRIES"));
  g_assert_false (fd_saved_reply_matches (reply, "refund"));

  /* Another default; removing it makes the next one the default. */
  g_assert_true (fd_saved_replies_set_default_lang (f->store, "Canary Islands", "es", &error));
  g_assert_false (fd_saved_replies_set_default_lang (f->store, "Canary Islands", "pt", &error));
  g_assert_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (fd_saved_replies_remove_variant (f->store, "Canary Islands", "es", &error));
  g_assert_no_error (error);
  g_clear_pointer (&reply, fd_saved_reply_free);
  reply = fd_saved_replies_get (f->store, "Canary Islands", &error);
  g_assert_cmpuint (reply->variants->len, ==, 2);
  g_assert_cmpstr (reply->default_lang, ==, "ca");

  /* Refused: no title, no text, no language. */
  g_assert_false (fd_saved_replies_set_variant (f->store, "  ", "en", "Text", NULL, &error));
  g_assert_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fd_saved_replies_set_variant (f->store, "Title", "en", " \n ", NULL, &error));
  g_assert_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fd_saved_replies_set_variant (f->store, "Title", "spanish!", "Text", NULL, &error));
  g_assert_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_INVALID);
  g_clear_error (&error);

  /* Most used first. */
  add (f, "Opening hours", "en", "We open at nine.");
  g_assert_true (fd_saved_replies_count_use (f->store, reply->id, &error));
  g_assert_true (fd_saved_replies_count_use (f->store, reply->id, &error));
  list = fd_saved_replies_list (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((FdSavedReply *) g_ptr_array_index (list, 0))->title, ==, "Canary Islands");
  g_assert_cmpuint (((FdSavedReply *) g_ptr_array_index (list, 0))->uses, ==, 2);

  g_assert_true (fd_saved_replies_rename (f->store, "Opening hours", "Hours", &error));
  g_assert_true (fd_saved_replies_remove (f->store, "Hours", &error));
  g_assert_false (fd_saved_replies_remove (f->store, "Hours", &error));
  g_assert_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_NOT_FOUND);
}

static void
test_placeholders (Fixture       *f,
                   gconstpointer  data)
{
  const FdSavedReplyFields full = { NULL, "Lucía Pérez", "@lucia@social.example", "Café Sol" };
  const FdSavedReplyFields handle_only = { NULL, NULL, "lucia@example.com", NULL };
  g_autofree char *a = fd_saved_reply_fill ("Hola {first_name} ({name}, {handle}): gracias, {shop}. {price}", &full);
  g_autofree char *b = fd_saved_reply_fill ("Hi {first_name}, thanks from {shop}!", &handle_only);
  g_autofree char *c = fd_saved_reply_fill ("{first_name", &full);
  g_autoptr(FdSavedReplyUse) filled = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (a, ==, "Hola Lucía (Lucía Pérez, @lucia@social.example): gracias, Café Sol. {price}");
  g_assert_cmpstr (b, ==, "Hi lucia@example.com, thanks from !");
  g_assert_cmpstr (c, ==, "{first_name");

  /* Used in the customer's language: that variant, filled, not translated. */
  add (f, "Thanks", "en", "Thank you, {first_name}!");
  add (f, "Thanks", "es", "¡Gracias, {first_name}!");
  filled = use (f, NULL, "Thanks", "es", &full, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (filled->text, ==, "¡Gracias, Lucía!");
  g_assert_cmpstr (filled->lang, ==, "es");
  g_assert_false (filled->machine_translated);
  g_assert_null (filled->back_translation);
}

/* A language without a variant: the default, translated by Apertium
 * (English to Catalan goes through Spanish), placeholders kept through
 * the translation and filled after it, and translated back. */
static void
test_machine_translated (Fixture       *f,
                         gconstpointer  data)
{
  const FdSavedReplyFields fields = { NULL, "Pau Serra", "@pau@social.example", "Sunny Bikes" };
  g_autoptr(FdApertiumTranslator) apertium = fd_apertium_translator_new ();
  g_autoptr(FdTranslationManager) manager = fd_translation_manager_new (f->store, NULL);
  g_autoptr(FdSavedReplyUse) result = NULL;
  g_autoptr(FdSavedReply) reply = NULL;
  g_autoptr(GError) error = NULL;

  if (!fd_apertium_translator_is_available (apertium))
    {
      fd_test_missing ("Apertium with its language pairs is not installed (packages " APERTIUM_PACKAGES ")");
      return;
    }
  fd_translation_manager_add_engine (manager, FD_TRANSLATOR (apertium));

  add (f, "Order left", "en", "Hello {first_name}, your order left {shop} today.");
  result = use (f, manager, "Order left", "ca", &fields, 0, &error);
  g_assert_no_error (error);
  g_printerr ("ca: %s\nback: %s\n", result->text, result->back_translation);
  g_assert_cmpstr (result->lang, ==, "ca");
  g_assert_cmpstr (result->source_lang, ==, "en");
  g_assert_true (result->machine_translated);
  g_assert_nonnull (strstr (result->text, "Pau"));
  g_assert_nonnull (strstr (result->text, "Sunny Bikes"));
  g_assert_nonnull (strstr (result->text, "avui"));
  g_assert_null (strchr (result->text, '{'));
  g_assert_nonnull (result->back_translation);
  g_assert_nonnull (strstr (result->back_translation, "Pau"));
  g_assert_nonnull (strstr (result->back_translation, "today"));

  /* Each use counts. */
  reply = fd_saved_replies_get (f->store, "Order left", &error);
  g_assert_cmpuint (reply->uses, ==, 1);

  fd_apertium_translator_stop (apertium);
}

/* Too long for the channel: said with the count, the text unchanged. */
static void
test_channel_limit (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message ("mastodon", "https://social.example/@ana/1",
                                                    "@ana@social.example", "Do you ship to Tenerife?", 1767254400);
  g_autoptr(FdSavedReplyContext) context = NULL;
  g_autoptr(FdSavedReplyUse) result = NULL;
  g_autoptr(GString) long_text = g_string_new ("Hi {first_name}! ");
  g_autoptr(GError) error = NULL;
  const FdChannelInfo *mastodon = fd_channel_lookup ("mastodon");
  FdSavedReplyFields fields;
  gint64 id = 0;

  g_assert_nonnull (mastodon);
  g_assert_cmpuint (mastodon->max_reply_chars, >, 0);

  msg->author_name = g_strdup ("Ana Gil");
  msg->lang = g_strdup ("en");
  g_assert_cmpint (fd_ingest_message (f->store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);

  context = fd_saved_reply_context_new_for_message (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (context->lang, ==, "en");
  g_assert_cmpstr (context->name, ==, "Ana Gil");
  g_assert_cmpuint (context->max_chars, ==, mastodon->max_reply_chars);
  fd_saved_reply_context_get_fields (context, &fields);

  while (long_text->len < mastodon->max_reply_chars + 20)
    g_string_append (long_text, "Our shipping to the islands takes three to five days. ");
  add (f, "Islands", "en", long_text->str);

  result = use (f, NULL, "Islands", context->lang, &fields, context->max_chars, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (result->text, "Hi Ana! "));
  g_assert_cmpuint (result->max_chars, ==, mastodon->max_reply_chars);
  g_assert_cmpuint (result->n_chars, >, result->max_chars);
  g_clear_pointer (&result, fd_saved_reply_use_free);

  add (f, "Short", "en", "Yes, we do, {first_name}.");
  result = use (f, NULL, "Short", context->lang, &fields, context->max_chars, &error);
  g_assert_cmpuint (result->n_chars, ==, strlen ("Yes, we do, Ana."));
  g_assert_cmpuint (result->n_chars, <=, result->max_chars);
}

static void
test_import_export (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *other_dir = fd_test_make_data_dir ();
  g_autoptr(FdStore) other = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  g_autoptr(FdSavedReply) reply = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  add (f, "Dogs", "en", "Dogs are welcome on the terrace, {first_name}.");
  add (f, "Dogs", "es", "Los perros son bienvenidos en la terraza, {first_name}.");
  add (f, "Dogs", "de", "Hunde sind auf der Terrasse willkommen.");
  g_assert_true (fd_saved_replies_set_default_lang (f->store, "Dogs", "es", &error));
  add (f, "Hours \"late\"", "fr", "Nous fermons à 22 h.\nÀ bientôt !");

  json = fd_saved_replies_export_json (f->store, &error);
  g_assert_no_error (error);

  other = fd_store_open (other_dir, &error);
  g_assert_no_error (error);
  g_assert_true (fd_saved_replies_import_json (other, json, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);

  reply = fd_saved_replies_get (other, "Dogs", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (reply->default_lang, ==, "es");
  g_assert_cmpuint (reply->variants->len, ==, 3);
  g_clear_pointer (&reply, fd_saved_reply_free);
  reply = fd_saved_replies_get (other, "Hours \"late\"", &error);
  g_assert_cmpstr (((FdSavedReplyVariant *) g_ptr_array_index (reply->variants, 0))->text, ==,
                   "Nous fermons à 22 h.\nÀ bientôt !");

  /* The same file again: the same replies, not copies. */
  g_assert_true (fd_saved_replies_import_json (other, json, &n, &error));
  again = fd_saved_replies_export_json (other, &error);
  g_assert_cmpstr (again, ==, json);

  /* Not saved replies, or one bad reply: nothing imported. */
  g_assert_false (fd_saved_replies_import_json (other, "{\"messages\": []}", &n, &error));
  g_assert_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (fd_saved_replies_import_json (other, "not json", &n, &error));
  g_assert_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (fd_saved_replies_import_json (other,
                                                "{\"saved_replies\": ["
                                                "{\"title\": \"New\", \"variants\": {\"en\": \"New text\"}},"
                                                "{\"title\": \"Bad\", \"variants\": {\"english\": \"Text\"}}]}",
                                                &n, &error));
  g_assert_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_INVALID);
  g_clear_error (&error);
  list = fd_saved_replies_list (other, &error);
  g_assert_cmpuint (list->len, ==, 2);

  g_clear_object (&other);
  fd_test_rmdir (other_dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/saved-replies/variants", Fixture, NULL, fixture_setup, test_variants, fixture_teardown);
  g_test_add ("/saved-replies/placeholders", Fixture, NULL, fixture_setup, test_placeholders, fixture_teardown);
  g_test_add ("/saved-replies/machine-translated", Fixture, NULL, fixture_setup, test_machine_translated, fixture_teardown);
  g_test_add ("/saved-replies/channel-limit", Fixture, NULL, fixture_setup, test_channel_limit, fixture_teardown);
  g_test_add ("/saved-replies/import-export", Fixture, NULL, fixture_setup, test_import_export, fixture_teardown);

  return g_test_run ();
}
