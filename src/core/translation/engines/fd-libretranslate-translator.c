/* fd-libretranslate-translator.c: GET /languages and POST /translate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-libretranslate-translator.h"
#include "fd-translator-private.h"

struct _FdLibretranslateTranslator
{
  GObject      parent_instance;

  char        *url;
  char        *api_key;
  char        *display_name;
  SoupSession *session;
};

static void translator_iface_init (FdTranslatorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdLibretranslateTranslator, fd_libretranslate_translator, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_TRANSLATOR, translator_iface_init))

/* Callbacks */

static void
languages_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FdLibretranslateTranslator *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_translation_pair_free);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  gboolean has_targets = FALSE;
  JsonArray *array;

  root = _fd_http_json_finish (result, &error);
  if (root == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_SERVER,
                               _("%s did not list its languages: is it a LibreTranslate server?"),
                               self->display_name);
      return;
    }

  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *language = json_array_get_object_element (array, i);
      const char *code = language != NULL ? json_object_get_string_member_with_default (language, "code", NULL) : NULL;

      if (code == NULL)
        continue;
      g_ptr_array_add (codes, (gpointer) code);

      /* Newer servers say which targets each language has. */
      if (json_object_has_member (language, "targets"))
        {
          JsonArray *targets = json_object_get_array_member (language, "targets");

          has_targets = TRUE;
          for (guint j = 0; targets != NULL && j < json_array_get_length (targets); j++)
            _fd_translation_pairs_add (pairs, code, json_array_get_string_element (targets, j));
        }
    }

  if (!has_targets)
    for (guint i = 0; i < codes->len; i++)
      for (guint j = 0; j < codes->len; j++)
        _fd_translation_pairs_add (pairs, g_ptr_array_index (codes, i), g_ptr_array_index (codes, j));

  g_task_return_pointer (task, g_steal_pointer (&pairs), (GDestroyNotify) g_ptr_array_unref);
}

static void
translate_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FdLibretranslateTranslator *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  const char *text = NULL;

  root = _fd_http_json_finish (result, &error);
  if (root == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (JSON_NODE_HOLDS_OBJECT (root))
    text = json_object_get_string_member_with_default (json_node_get_object (root), "translatedText", NULL);
  if (text == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_SERVER,
                               _("%s answered without a translation."), self->display_name);
      return;
    }

  g_task_return_pointer (task, g_strdup (text), g_free);
}

/* FdTranslator */

static const char *
fd_libretranslate_translator_get_name (FdTranslator *translator)
{
  return "libretranslate";
}

static const char *
fd_libretranslate_translator_get_display_name (FdTranslator *translator)
{
  return FD_LIBRETRANSLATE_TRANSLATOR (translator)->display_name;
}

static void
fd_libretranslate_translator_load_pairs_async (FdTranslator        *translator,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data)
{
  FdLibretranslateTranslator *self = FD_LIBRETRANSLATE_TRANSLATOR (translator);
  g_autofree char *uri = _fd_http_join (self->url, "/languages");
  g_autoptr(SoupMessage) message = soup_message_new (SOUP_METHOD_GET, uri);
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, fd_libretranslate_translator_load_pairs_async);

  if (message == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                               _("“%s” is not a web address."), self->url);
      g_object_unref (task);
      return;
    }

  _fd_http_json_async (self->session, message, self->display_name, cancellable, languages_cb, task);
}

static GPtrArray *
fd_libretranslate_translator_load_pairs_finish (FdTranslator  *translator,
                                                GAsyncResult  *result,
                                                GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
fd_libretranslate_translator_translate_async (FdTranslator               *translator,
                                              const FdTranslationRequest *request,
                                              GCancellable               *cancellable,
                                              GAsyncReadyCallback         callback,
                                              gpointer                    user_data)
{
  FdLibretranslateTranslator *self = FD_LIBRETRANSLATE_TRANSLATOR (translator);
  g_autofree char *uri = _fd_http_join (self->url, "/translate");
  g_autoptr(JsonBuilder) body = json_builder_new ();
  g_autoptr(SoupMessage) message = NULL;
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, fd_libretranslate_translator_translate_async);

  json_builder_begin_object (body);
  json_builder_set_member_name (body, "q");
  json_builder_add_string_value (body, request->text);
  json_builder_set_member_name (body, "source");
  json_builder_add_string_value (body, request->from != NULL ? request->from : "auto");
  json_builder_set_member_name (body, "target");
  json_builder_add_string_value (body, request->to);
  json_builder_set_member_name (body, "format");
  json_builder_add_string_value (body, "text");
  if (self->api_key != NULL)
    {
      json_builder_set_member_name (body, "api_key");
      json_builder_add_string_value (body, self->api_key);
    }
  json_builder_end_object (body);

  message = _fd_http_new_json_post (uri, body);
  if (message == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                               _("“%s” is not a web address."), self->url);
      g_object_unref (task);
      return;
    }

  _fd_http_json_async (self->session, message, self->display_name, cancellable, translate_cb, task);
}

static char *
fd_libretranslate_translator_translate_finish (FdTranslator  *translator,
                                               GAsyncResult  *result,
                                               GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
translator_iface_init (FdTranslatorInterface *iface)
{
  iface->get_name = fd_libretranslate_translator_get_name;
  iface->get_display_name = fd_libretranslate_translator_get_display_name;
  iface->load_pairs_async = fd_libretranslate_translator_load_pairs_async;
  iface->load_pairs_finish = fd_libretranslate_translator_load_pairs_finish;
  iface->translate_async = fd_libretranslate_translator_translate_async;
  iface->translate_finish = fd_libretranslate_translator_translate_finish;
}

/* GObject */

static void
fd_libretranslate_translator_finalize (GObject *object)
{
  FdLibretranslateTranslator *self = FD_LIBRETRANSLATE_TRANSLATOR (object);

  g_clear_object (&self->session);
  g_free (self->url);
  g_free (self->display_name);
  if (self->api_key != NULL)
    memset (self->api_key, 0, strlen (self->api_key));
  g_free (self->api_key);

  G_OBJECT_CLASS (fd_libretranslate_translator_parent_class)->finalize (object);
}

static void
fd_libretranslate_translator_class_init (FdLibretranslateTranslatorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fd_libretranslate_translator_finalize;
}

static void
fd_libretranslate_translator_init (FdLibretranslateTranslator *self)
{
  self->session = _fd_http_new_session ();
}

/* Public API */

FdLibretranslateTranslator *
fd_libretranslate_translator_new (const char *url,
                                  const char *api_key)
{
  FdLibretranslateTranslator *self;

  g_return_val_if_fail (url != NULL, NULL);

  self = g_object_new (FD_TYPE_LIBRETRANSLATE_TRANSLATOR, NULL);
  self->url = g_strdup (url);
  self->api_key = api_key != NULL && *api_key != '\0' ? g_strdup (api_key) : NULL;
  /* Translators: %s is the server's address */
  self->display_name = g_strdup_printf (_("LibreTranslate at %s"), url);
  return self;
}
