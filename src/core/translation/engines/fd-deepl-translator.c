/* fd-deepl-translator.c: GET /v2/languages and POST /v2/translate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-deepl-translator.h"
#include "fd-language.h"
#include "fd-translator-private.h"

#define FREE_URL "https://api-free.deepl.com"
#define PRO_URL "https://api.deepl.com"

struct _FdDeeplTranslator
{
  GObject      parent_instance;

  char        *api_key;
  char        *url;
  SoupSession *session;
};

typedef struct {
  GPtrArray *sources;   /* (element-type utf8) */
  GPtrArray *targets;
  guint      pending;
  GError    *error;
} LanguagesData;

static void translator_iface_init (FdTranslatorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdDeeplTranslator, fd_deepl_translator, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_TRANSLATOR, translator_iface_init))

/* Helpers */

static void
languages_data_free (LanguagesData *data)
{
  g_ptr_array_unref (data->sources);
  g_ptr_array_unref (data->targets);
  g_clear_error (&data->error);
  g_free (data);
}

static SoupMessage *
new_message (FdDeeplTranslator *self,
             const char        *method,
             const char        *path,
             JsonBuilder       *body)
{
  g_autofree char *uri = _fd_http_join (self->url, path);
  g_autofree char *auth = g_strdup_printf ("DeepL-Auth-Key %s", self->api_key);
  SoupMessage *message;

  message = body != NULL ? _fd_http_new_json_post (uri, body) : soup_message_new (method, uri);
  if (message != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (message), "Authorization", auth);
  return message;
}

/* DeepL wants a variant for English and Portuguese targets. */
static char *
target_code (const char *to)
{
  if (g_ascii_strcasecmp (to, "en") == 0)
    return g_strdup ("EN-US");
  if (g_ascii_strcasecmp (to, "pt") == 0)
    return g_strdup ("PT-PT");
  return g_ascii_strup (to, -1);
}

/* Callbacks */

static void
languages_done (GTask        *task,
                GAsyncResult *result,
                gboolean      sources)
{
  LanguagesData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  GPtrArray *list = sources ? data->sources : data->targets;

  root = _fd_http_json_finish (result, &error);
  data->pending--;

  if (root == NULL)
    {
      if (data->error == NULL)
        data->error = g_steal_pointer (&error);
    }
  else if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *language = json_array_get_object_element (array, i);
          const char *code = language != NULL ? json_object_get_string_member_with_default (language, "language", NULL) : NULL;

          if (code != NULL)
            g_ptr_array_add (list, g_strdup (code));
        }
    }

  if (data->pending > 0)
    return;

  if (data->error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&data->error));
      return;
    }

  {
    g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_translation_pair_free);

    for (guint i = 0; i < data->sources->len; i++)
      for (guint j = 0; j < data->targets->len; j++)
        _fd_translation_pairs_add (pairs, g_ptr_array_index (data->sources, i),
                                   g_ptr_array_index (data->targets, j));
    g_task_return_pointer (task, g_steal_pointer (&pairs), (GDestroyNotify) g_ptr_array_unref);
  }
}

static void
sources_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  languages_done (task, result, TRUE);
}

static void
targets_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  languages_done (task, result, FALSE);
}

static void
translate_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *translations = NULL;
  JsonObject *first = NULL;
  const char *text = NULL;

  root = _fd_http_json_finish (result, &error);
  if (root == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (JSON_NODE_HOLDS_OBJECT (root) &&
      json_object_has_member (json_node_get_object (root), "translations") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "translations")))
    translations = json_object_get_array_member (json_node_get_object (root), "translations");
  if (translations != NULL && json_array_get_length (translations) > 0)
    first = json_array_get_object_element (translations, 0);
  if (first != NULL)
    text = json_object_get_string_member_with_default (first, "text", NULL);

  if (text == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_SERVER,
                               _("%s answered without a translation."), "DeepL");
      return;
    }

  g_task_return_pointer (task, g_strdup (text), g_free);
}

/* FdTranslator */

static const char *
fd_deepl_translator_get_name (FdTranslator *translator)
{
  return "deepl";
}

static const char *
fd_deepl_translator_get_display_name (FdTranslator *translator)
{
  return "DeepL";
}

static void
fd_deepl_translator_load_pairs_async (FdTranslator        *translator,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  FdDeeplTranslator *self = FD_DEEPL_TRANSLATOR (translator);
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  LanguagesData *data = g_new0 (LanguagesData, 1);
  static const char * const types[] = { "source", "target" };

  g_task_set_source_tag (task, fd_deepl_translator_load_pairs_async);
  data->sources = g_ptr_array_new_with_free_func (g_free);
  data->targets = g_ptr_array_new_with_free_func (g_free);
  g_task_set_task_data (task, data, (GDestroyNotify) languages_data_free);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autofree char *path = g_strdup_printf ("/v2/languages?type=%s", types[i]);
      g_autoptr(SoupMessage) message = new_message (self, SOUP_METHOD_GET, path, NULL);

      if (message == NULL)
        {
          if (data->pending == 0)
            {
              g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                                       _("“%s” is not a web address."), self->url);
              g_object_unref (task);
            }
          return;
        }

      data->pending++;
      _fd_http_json_async (self->session, message, "DeepL", cancellable,
                           i == 0 ? sources_cb : targets_cb, g_object_ref (task));
    }

  g_object_unref (task);
}

static GPtrArray *
fd_deepl_translator_load_pairs_finish (FdTranslator  *translator,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
fd_deepl_translator_translate_async (FdTranslator               *translator,
                                     const FdTranslationRequest *request,
                                     GCancellable               *cancellable,
                                     GAsyncReadyCallback         callback,
                                     gpointer                    user_data)
{
  FdDeeplTranslator *self = FD_DEEPL_TRANSLATOR (translator);
  g_autoptr(JsonBuilder) body = json_builder_new ();
  g_autoptr(SoupMessage) message = NULL;
  g_autofree char *target = target_code (request->to);
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, fd_deepl_translator_translate_async);

  json_builder_begin_object (body);
  json_builder_set_member_name (body, "text");
  json_builder_begin_array (body);
  json_builder_add_string_value (body, request->text);
  json_builder_end_array (body);
  json_builder_set_member_name (body, "target_lang");
  json_builder_add_string_value (body, target);
  if (request->from != NULL)
    {
      g_autofree char *source = g_ascii_strup (request->from, -1);

      json_builder_set_member_name (body, "source_lang");
      json_builder_add_string_value (body, source);
    }
  json_builder_end_object (body);

  message = new_message (self, SOUP_METHOD_POST, "/v2/translate", body);
  if (message == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                               _("“%s” is not a web address."), self->url);
      g_object_unref (task);
      return;
    }

  _fd_http_json_async (self->session, message, "DeepL", cancellable, translate_cb, task);
}

static char *
fd_deepl_translator_translate_finish (FdTranslator  *translator,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
translator_iface_init (FdTranslatorInterface *iface)
{
  iface->get_name = fd_deepl_translator_get_name;
  iface->get_display_name = fd_deepl_translator_get_display_name;
  iface->load_pairs_async = fd_deepl_translator_load_pairs_async;
  iface->load_pairs_finish = fd_deepl_translator_load_pairs_finish;
  iface->translate_async = fd_deepl_translator_translate_async;
  iface->translate_finish = fd_deepl_translator_translate_finish;
}

/* GObject */

static void
fd_deepl_translator_finalize (GObject *object)
{
  FdDeeplTranslator *self = FD_DEEPL_TRANSLATOR (object);

  g_clear_object (&self->session);
  if (self->api_key != NULL)
    memset (self->api_key, 0, strlen (self->api_key));
  g_free (self->api_key);
  g_free (self->url);

  G_OBJECT_CLASS (fd_deepl_translator_parent_class)->finalize (object);
}

static void
fd_deepl_translator_class_init (FdDeeplTranslatorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fd_deepl_translator_finalize;
}

static void
fd_deepl_translator_init (FdDeeplTranslator *self)
{
  self->session = _fd_http_new_session ();
}

/* Public API */

FdDeeplTranslator *
fd_deepl_translator_new (const char *api_key,
                         const char *url)
{
  FdDeeplTranslator *self;

  g_return_val_if_fail (api_key != NULL, NULL);

  self = g_object_new (FD_TYPE_DEEPL_TRANSLATOR, NULL);
  self->api_key = g_strdup (api_key);
  if (url != NULL)
    self->url = g_strdup (url);
  else
    self->url = g_strdup (g_str_has_suffix (api_key, ":fx") ? FREE_URL : PRO_URL);
  return self;
}

const char *
fd_deepl_translator_get_url (FdDeeplTranslator *self)
{
  g_return_val_if_fail (FD_IS_DEEPL_TRANSLATOR (self), NULL);

  return self->url;
}
