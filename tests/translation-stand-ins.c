/* translation-stand-ins.c: stand-in LibreTranslate, DeepL and Mastodon servers.
 *
 * Stand-ins built from the public API documentation, no real server can
 * run here: LibreTranslate (GET /languages, POST /translate with a JSON
 * body {q, source, target, format, api_key}), DeepL API v2 (GET
 * /v2/languages?type=source|target, POST /v2/translate with a JSON body
 * and "Authorization: DeepL-Auth-Key KEY", 403 for a bad key) and
 * Mastodon (GET /api/v1/instance/translation_languages, POST
 * /api/v1/statuses/:id/translate with a form field lang and a Bearer
 * token, answering a Translation entity with HTML content).
 *
 * A "translation" is the target language in brackets before the text:
 * "[es] hello". Enough to see which engine ran and with which languages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "translation-stand-ins.h"

struct _StandIn
{
  SoupServer  *server;
  char        *url;
  char        *key;
  StandInMode  mode;
  guint        n_translations;
  GPtrArray   *held;         /* SoupServerMessage, paused, with "fd-answer" data */
};

static const char * const languages[] = { "en", "es", "fr", "de", NULL };

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *body)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, body, strlen (body));
}

static char *
to_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static JsonObject *
parse_body (SoupServerMessage *msg,
            JsonParser        *parser)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);

  if (!json_parser_load_from_data (parser, body->data, body->length, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  return json_node_get_object (json_parser_get_root (parser));
}

static gboolean
is_language (const char *code)
{
  g_autofree char *lower = g_ascii_strdown (code != NULL ? code : "", -1);
  char *dash = strchr (lower, '-');

  if (dash != NULL)
    *dash = '\0';
  return g_strv_contains (languages, lower);
}

/* The common faults; TRUE when the request was answered. */
static gboolean
answer_fault (StandIn           *self,
              SoupServerMessage *msg)
{
  switch (self->mode)
    {
    case STAND_IN_ERROR_500:
      respond (msg, 500, "{\"error\": \"Internal server error\"}");
      return TRUE;
    case STAND_IN_BAD_JSON:
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC,
                                        "<html>Gateway</html>", 20);
      return TRUE;
    case STAND_IN_OK:
    case STAND_IN_SLOW:
    default:
      return FALSE;
    }
}

static void
answer_translation (StandIn           *self,
                    SoupServerMessage *msg,
                    const char        *body)
{
  self->n_translations++;

  if (self->mode == STAND_IN_SLOW)
    {
      g_object_set_data_full (G_OBJECT (msg), "fd-answer", g_strdup (body), g_free);
      soup_server_message_pause (msg);
      g_ptr_array_add (self->held, g_object_ref (msg));
      return;
    }

  respond (msg, 200, body);
}

/* LibreTranslate */

static void
libretranslate_cb (SoupServer        *server,
                   SoupServerMessage *msg,
                   const char        *path,
                   GHashTable        *query,
                   gpointer           user_data)
{
  StandIn *self = user_data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *body = NULL;
  g_autofree char *text = NULL;
  JsonObject *request;
  const char *source, *target, *key;

  if (answer_fault (self, msg))
    return;

  if (g_str_equal (path, "/languages"))
    {
      json_builder_begin_array (builder);
      for (guint i = 0; languages[i] != NULL; i++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "code");
          json_builder_add_string_value (builder, languages[i]);
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, languages[i]);
          json_builder_set_member_name (builder, "targets");
          json_builder_begin_array (builder);
          for (guint j = 0; languages[j] != NULL; j++)
            if (j != i)
              json_builder_add_string_value (builder, languages[j]);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      body = to_json (builder);
      respond (msg, 200, body);
      return;
    }

  if ((request = parse_body (msg, parser)) == NULL)
    {
      respond (msg, 400, "{\"error\": \"Invalid request: missing q parameter\"}");
      return;
    }

  key = json_object_get_string_member_with_default (request, "api_key", NULL);
  if (self->key != NULL && g_strcmp0 (key, self->key) != 0)
    {
      respond (msg, 403, "{\"error\": \"Invalid API key\"}");
      return;
    }

  source = json_object_get_string_member_with_default (request, "source", "");
  target = json_object_get_string_member_with_default (request, "target", "");
  if ((!g_str_equal (source, "auto") && !is_language (source)) || !is_language (target))
    {
      respond (msg, 400, "{\"error\": \"Language not supported\"}");
      return;
    }

  text = g_strdup_printf ("[%s] %s", target,
                          json_object_get_string_member_with_default (request, "q", ""));
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "translatedText");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
  body = to_json (builder);
  answer_translation (self, msg, body);
}

/* DeepL */

static gboolean
deepl_authorized (StandIn           *self,
                  SoupServerMessage *msg)
{
  const char *auth = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                   "Authorization");
  g_autofree char *expected = g_strdup_printf ("DeepL-Auth-Key %s", self->key);

  return self->key == NULL || g_strcmp0 (auth, expected) == 0;
}

static void
deepl_cb (SoupServer        *server,
          SoupServerMessage *msg,
          const char        *path,
          GHashTable        *query,
          gpointer           user_data)
{
  StandIn *self = user_data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *body = NULL;
  JsonObject *request;
  JsonArray *texts;
  const char *target;

  if (answer_fault (self, msg))
    return;

  if (!deepl_authorized (self, msg))
    {
      respond (msg, 403, "{\"message\": \"Authorization failure, check auth_key\"}");
      return;
    }

  if (g_str_equal (path, "/v2/languages"))
    {
      json_builder_begin_array (builder);
      for (guint i = 0; languages[i] != NULL; i++)
        {
          g_autofree char *code = g_ascii_strup (languages[i], -1);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "language");
          json_builder_add_string_value (builder, code);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      body = to_json (builder);
      respond (msg, 200, body);
      return;
    }

  if ((request = parse_body (msg, parser)) == NULL ||
      !json_object_has_member (request, "text") ||
      (texts = json_object_get_array_member (request, "text")) == NULL)
    {
      respond (msg, 400, "{\"message\": \"Parameter 'text' not specified.\"}");
      return;
    }

  target = json_object_get_string_member_with_default (request, "target_lang", "");
  if (!is_language (target))
    {
      respond (msg, 400, "{\"message\": \"Value for 'target_lang' not supported.\"}");
      return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "translations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < json_array_get_length (texts); i++)
    {
      g_autofree char *text = g_strdup_printf ("[%s] %s", target, json_array_get_string_element (texts, i));

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "detected_source_language");
      json_builder_add_string_value (builder, "EN");
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  body = to_json (builder);
  answer_translation (self, msg, body);
}

/* Mastodon */

static void
mastodon_cb (SoupServer        *server,
             SoupServerMessage *msg,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  StandIn *self = user_data;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GHashTable) form = NULL;
  g_autofree char *body = NULL;
  g_autofree char *expected = g_strdup_printf ("Bearer %s", self->key);
  g_autofree char *content = NULL;
  g_auto(GStrv) parts = NULL;
  SoupMessageBody *request_body;
  const char *auth;
  const char *lang;

  if (answer_fault (self, msg))
    return;

  auth = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Authorization");
  if (self->key != NULL && g_strcmp0 (auth, expected) != 0)
    {
      respond (msg, 401, "{\"error\": \"The access token is invalid\"}");
      return;
    }

  if (g_str_equal (path, "/api/v1/instance/translation_languages"))
    {
      respond (msg, 200, "{\"es\": [\"en\", \"fr\"], \"fr\": [\"en\", \"es\"], \"en\": [\"es\", \"fr\"]}");
      return;
    }

  /* /api/v1/statuses/ID/translate */
  parts = g_strsplit (path, "/", -1);
  if (g_strv_length (parts) != 6 || !g_str_equal (parts[5], "translate") ||
      g_strcmp0 (soup_server_message_get_method (msg), "POST") != 0)
    {
      respond (msg, 404, "{\"error\": \"Record not found\"}");
      return;
    }
  if (!g_str_equal (parts[4], "109876543210"))
    {
      respond (msg, 404, "{\"error\": \"Record not found\"}");
      return;
    }

  request_body = soup_server_message_get_request_body (msg);
  {
    g_autofree char *data = g_strndup (request_body->data, request_body->length);
    form = soup_form_decode (data);
  }
  lang = g_hash_table_lookup (form, "lang");

  content = g_strdup_printf ("<p>[%s] Where is my &quot;order&quot;?<br>Thanks</p>", lang != NULL ? lang : "en");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, content);
  json_builder_set_member_name (builder, "spoiler_text");
  json_builder_add_string_value (builder, "");
  json_builder_set_member_name (builder, "detected_source_language");
  json_builder_add_string_value (builder, "es");
  json_builder_set_member_name (builder, "provider");
  json_builder_add_string_value (builder, "DeepL.com");
  json_builder_end_object (builder);
  body = to_json (builder);
  answer_translation (self, msg, body);
}

/* Public */

StandIn *
stand_in_new (const char *key)
{
  StandIn *self = g_new0 (StandIn, 1);
  g_autoptr(GError) error = NULL;
  GSList *uris;

  self->key = g_strdup (key);
  self->held = g_ptr_array_new_with_free_func (g_object_unref);
  self->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (self->server, "/languages", libretranslate_cb, self, NULL);
  soup_server_add_handler (self->server, "/translate", libretranslate_cb, self, NULL);
  soup_server_add_handler (self->server, "/v2", deepl_cb, self, NULL);
  soup_server_add_handler (self->server, "/api/v1", mastodon_cb, self, NULL);

  soup_server_listen_local (self->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (self->server);
  g_assert_nonnull (uris);
  self->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  return self;
}

void
stand_in_free (StandIn *self)
{
  stand_in_release (self);
  soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_ptr_array_unref (self->held);
  g_free (self->url);
  g_free (self->key);
  g_free (self);
}

const char *
stand_in_get_url (StandIn *self)
{
  return self->url;
}

void
stand_in_set_mode (StandIn     *self,
                   StandInMode  mode)
{
  self->mode = mode;
}

guint
stand_in_get_n_translations (StandIn *self)
{
  return self->n_translations;
}

guint
stand_in_get_n_held (StandIn *self)
{
  return self->held->len;
}

void
stand_in_release (StandIn *self)
{
  while (self->held->len > 0)
    {
      SoupServerMessage *msg = g_ptr_array_steal_index (self->held, 0);

      respond (msg, 200, g_object_get_data (G_OBJECT (msg), "fd-answer"));
      soup_server_message_unpause (msg);
      g_object_unref (msg);
    }
}
