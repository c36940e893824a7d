/* fd-apy-translator.c: GET /listPairs and GET /translate of Apertium APy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-apy-translator.h"
#include "fd-language.h"
#include "fd-translator-private.h"

struct _FdApyTranslator
{
  GObject      parent_instance;

  char        *url;
  char        *display_name;
  SoupSession *session;
  GHashTable  *codes;   /* "en" → "eng": what the server calls each language */
};

enum {
  PROP_0,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void translator_iface_init (FdTranslatorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdApyTranslator, fd_apy_translator, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_TRANSLATOR, translator_iface_init))

/* Callbacks */

static void
list_pairs_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FdApyTranslator *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_translation_pair_free);
  JsonNode *data;

  root = _fd_http_json_finish (result, &error);
  if (root == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = JSON_NODE_HOLDS_OBJECT (root) ? json_object_get_member (json_node_get_object (root), "responseData") : NULL;
  if (data == NULL || !JSON_NODE_HOLDS_ARRAY (data))
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_SERVER,
                               _("%s did not list its language pairs: is it an Apertium APy server?"),
                               self->display_name);
      return;
    }

  for (guint i = 0; i < json_array_get_length (json_node_get_array (data)); i++)
    {
      JsonObject *pair = json_array_get_object_element (json_node_get_array (data), i);
      const char *from, *to;

      if (pair == NULL)
        continue;
      from = json_object_get_string_member_with_default (pair, "sourceLanguage", NULL);
      to = json_object_get_string_member_with_default (pair, "targetLanguage", NULL);

      /* Variants such as cat_valencia are a choice for later. */
      if (from == NULL || to == NULL || strchr (from, '_') != NULL || strchr (to, '_') != NULL)
        continue;
      if (fd_language_normalize (from) == NULL || fd_language_normalize (to) == NULL)
        continue;

      g_hash_table_replace (self->codes, g_strdup (fd_language_normalize (from)), g_strdup (from));
      g_hash_table_replace (self->codes, g_strdup (fd_language_normalize (to)), g_strdup (to));
      _fd_translation_pairs_add (pairs, from, to);
    }

  g_task_return_pointer (task, g_steal_pointer (&pairs), (GDestroyNotify) g_ptr_array_unref);
}

static void
translate_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FdApyTranslator *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *data = NULL;
  const char *text = NULL;

  root = _fd_http_json_finish (result, &error);
  if (root == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (JSON_NODE_HOLDS_OBJECT (root) &&
      json_object_has_member (json_node_get_object (root), "responseData") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (json_node_get_object (root), "responseData")))
    data = json_object_get_object_member (json_node_get_object (root), "responseData");
  if (data != NULL)
    text = json_object_get_string_member_with_default (data, "translatedText", NULL);

  if (text == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_SERVER,
                               _("%s answered without a translation."), self->display_name);
      return;
    }

  g_task_return_pointer (task, _fd_translator_clean_apertium_marks (g_task_get_task_data (task), text), g_free);
}

/* FdTranslator */

static const char *
fd_apy_translator_get_name (FdTranslator *translator)
{
  return "apy";
}

static const char *
fd_apy_translator_get_display_name (FdTranslator *translator)
{
  return FD_APY_TRANSLATOR (translator)->display_name;
}

static void
fd_apy_translator_load_pairs_async (FdTranslator        *translator,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  FdApyTranslator *self = FD_APY_TRANSLATOR (translator);
  g_autoptr(SoupMessage) message = NULL;
  g_autofree char *uri = _fd_http_join (self->url, "/listPairs");
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, fd_apy_translator_load_pairs_async);

  if ((message = soup_message_new (SOUP_METHOD_GET, uri)) == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                               _("“%s” is not a web address."), self->url);
      g_object_unref (task);
      return;
    }

  _fd_http_json_async (self->session, message, self->display_name, cancellable, list_pairs_cb, task);
}

static GPtrArray *
fd_apy_translator_load_pairs_finish (FdTranslator  *translator,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
fd_apy_translator_translate_async (FdTranslator               *translator,
                                   const FdTranslationRequest *request,
                                   GCancellable               *cancellable,
                                   GAsyncReadyCallback         callback,
                                   gpointer                    user_data)
{
  FdApyTranslator *self = FD_APY_TRANSLATOR (translator);
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *base = _fd_http_join (self->url, "/translate");
  g_autofree char *pair = NULL;
  g_autofree char *query = NULL;
  g_autofree char *uri = NULL;
  const char *from, *to;

  g_task_set_source_tag (task, fd_apy_translator_translate_async);
  g_task_set_task_data (task, g_strdup (request->text), g_free);

  if (request->from == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NO_SOURCE,
                               _("Apertium needs to know the language of the text: say which it is."));
      return;
    }

  from = g_hash_table_lookup (self->codes, request->from);
  to = g_hash_table_lookup (self->codes, request->to);
  pair = g_strdup_printf ("%s|%s", from != NULL ? from : request->from, to != NULL ? to : request->to);
  /* markUnknown=no: words Apertium does not know stay as they are,
   * without the asterisk. */
  query = soup_form_encode ("langpair", pair, "q", request->text, "markUnknown", "no", NULL);
  uri = g_strconcat (base, "?", query, NULL);

  message = soup_message_new (SOUP_METHOD_GET, uri);
  g_assert (message != NULL);
  _fd_http_json_async (self->session, message, self->display_name, cancellable,
                       translate_cb, g_steal_pointer (&task));
}

static char *
fd_apy_translator_translate_finish (FdTranslator  *translator,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
translator_iface_init (FdTranslatorInterface *iface)
{
  iface->get_name = fd_apy_translator_get_name;
  iface->get_display_name = fd_apy_translator_get_display_name;
  iface->load_pairs_async = fd_apy_translator_load_pairs_async;
  iface->load_pairs_finish = fd_apy_translator_load_pairs_finish;
  iface->translate_async = fd_apy_translator_translate_async;
  iface->translate_finish = fd_apy_translator_translate_finish;
}

/* GObject */

static void
fd_apy_translator_constructed (GObject *object)
{
  FdApyTranslator *self = FD_APY_TRANSLATOR (object);

  G_OBJECT_CLASS (fd_apy_translator_parent_class)->constructed (object);

  /* Translators: %s is the server's address */
  self->display_name = g_strdup_printf (_("Apertium server at %s"), self->url);
}

static void
fd_apy_translator_finalize (GObject *object)
{
  FdApyTranslator *self = FD_APY_TRANSLATOR (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->codes, g_hash_table_unref);
  g_free (self->url);
  g_free (self->display_name);

  G_OBJECT_CLASS (fd_apy_translator_parent_class)->finalize (object);
}

static void
fd_apy_translator_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FdApyTranslator *self = FD_APY_TRANSLATOR (object);

  switch (prop_id)
    {
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_apy_translator_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FdApyTranslator *self = FD_APY_TRANSLATOR (object);

  switch (prop_id)
    {
    case PROP_URL:
      self->url = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_apy_translator_class_init (FdApyTranslatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = fd_apy_translator_constructed;
  object_class->finalize = fd_apy_translator_finalize;
  object_class->get_property = fd_apy_translator_get_property;
  object_class->set_property = fd_apy_translator_set_property;

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fd_apy_translator_init (FdApyTranslator *self)
{
  self->session = _fd_http_new_session ();
  self->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Public API */

FdApyTranslator *
fd_apy_translator_new (const char *url)
{
  g_return_val_if_fail (url != NULL, NULL);

  return g_object_new (FD_TYPE_APY_TRANSLATOR, "url", url, NULL);
}

const char *
fd_apy_translator_get_url (FdApyTranslator *self)
{
  g_return_val_if_fail (FD_IS_APY_TRANSLATOR (self), NULL);

  return self->url;
}
