/* fd-mastodon-translator.c: POST /api/v1/statuses/:id/translate.
 *
 * Mastodon 4.0 and later translate a post with the service their admin
 * set up (DeepL or LibreTranslate), for a logged-in account: the text
 * never leaves the path it already took. It only translates posts, so the
 * engine only accepts requests that carry a Mastodon status.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-html-text.h"
#include "fd-mastodon-private.h"
#include "fd-mastodon-translator.h"
#include "fd-translator-private.h"

struct _FdMastodonTranslator
{
  GObject               parent_instance;

  char                 *base_url;
  char                 *token;
  char                 *display_name;
  SoupSession          *session;
  FdMastodonStatusFunc  status_func;
  gpointer              status_data;
  GDestroyNotify        status_destroy;
};

static void translator_iface_init (FdTranslatorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdMastodonTranslator, fd_mastodon_translator, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_TRANSLATOR, translator_iface_init))

/* Helpers */

static SoupMessage *
new_message (FdMastodonTranslator *self,
             const char           *method,
             const char           *path)
{
  g_autofree char *uri = _fd_http_join (self->base_url, path);
  g_autofree char *auth = g_strdup_printf ("Bearer %s", self->token);
  SoupMessage *message = soup_message_new (method, uri);

  if (message != NULL && self->token != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (message), "Authorization", auth);
  return message;
}

/* Callbacks */

static void
languages_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FdMastodonTranslator *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_translation_pair_free);
  g_autoptr(GList) members = NULL;
  JsonObject *object_map;

  root = _fd_http_json_finish (result, &error);
  if (root == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_SERVER,
                               _("%s did not list its translation languages: it may be older "
                                 "than Mastodon 4.1 or have translation turned off."),
                               self->display_name);
      return;
    }

  /* { "en": ["de", "es"], … }: sources and their targets. */
  object_map = json_node_get_object (root);
  members = json_object_get_members (object_map);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *targets = json_object_get_member (object_map, l->data);

      if (!JSON_NODE_HOLDS_ARRAY (targets))
        continue;
      for (guint j = 0; j < json_array_get_length (json_node_get_array (targets)); j++)
        _fd_translation_pairs_add (pairs, l->data,
                                   json_array_get_string_element (json_node_get_array (targets), j));
    }

  g_task_return_pointer (task, g_steal_pointer (&pairs), (GDestroyNotify) g_ptr_array_unref);
}

static void
translate_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FdMastodonTranslator *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  const char *content = NULL;

  root = _fd_http_json_finish (result, &error);
  if (root == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (JSON_NODE_HOLDS_OBJECT (root))
    content = json_object_get_string_member_with_default (json_node_get_object (root), "content", NULL);
  if (content == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_SERVER,
                               _("%s answered without a translation."), self->display_name);
      return;
    }

  /* The translation is HTML, like the post. */
  g_task_return_pointer (task, fd_html_to_text (content, -1), g_free);
}

/* FdTranslator */

static const char *
fd_mastodon_translator_get_name (FdTranslator *translator)
{
  return "mastodon";
}

static const char *
fd_mastodon_translator_get_display_name (FdTranslator *translator)
{
  return FD_MASTODON_TRANSLATOR (translator)->display_name;
}

static gboolean
fd_mastodon_translator_accepts (FdTranslator               *translator,
                                const FdTranslationRequest *request)
{
  return g_strcmp0 (request->channel, FD_MASTODON_CHANNEL) == 0 &&
         request->remote_id != NULL && *request->remote_id != '\0';
}

static void
fd_mastodon_translator_load_pairs_async (FdTranslator        *translator,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  FdMastodonTranslator *self = FD_MASTODON_TRANSLATOR (translator);
  g_autoptr(SoupMessage) message = new_message (self, SOUP_METHOD_GET, "/api/v1/instance/translation_languages");
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, fd_mastodon_translator_load_pairs_async);

  if (message == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                               _("“%s” is not a web address."), self->base_url);
      g_object_unref (task);
      return;
    }

  _fd_http_json_async (self->session, message, self->display_name, cancellable, languages_cb, task);
}

static GPtrArray *
fd_mastodon_translator_load_pairs_finish (FdTranslator  *translator,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
fd_mastodon_translator_translate_async (FdTranslator               *translator,
                                        const FdTranslationRequest *request,
                                        GCancellable               *cancellable,
                                        GAsyncReadyCallback         callback,
                                        gpointer                    user_data)
{
  FdMastodonTranslator *self = FD_MASTODON_TRANSLATOR (translator);
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *status_id = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, fd_mastodon_translator_translate_async);

  if (self->status_func != NULL)
    status_id = self->status_func (request->remote_id, self->status_data);
  else
    status_id = g_strdup (request->remote_id);

  if (status_id == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NOT_APPLICABLE,
                               _("%s does not know this post."), self->display_name);
      g_object_unref (task);
      return;
    }

  escaped = g_uri_escape_string (status_id, NULL, FALSE);
  path = g_strdup_printf ("/api/v1/statuses/%s/translate", escaped);
  message = new_message (self, SOUP_METHOD_POST, path);
  if (message == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                               _("“%s” is not a web address."), self->base_url);
      g_object_unref (task);
      return;
    }

  {
    char *form = soup_form_encode ("lang", request->to, NULL);

    body = g_bytes_new_take (form, strlen (form));
  }
  soup_message_set_request_body_from_bytes (message, "application/x-www-form-urlencoded", body);

  _fd_http_json_async (self->session, message, self->display_name, cancellable, translate_cb, task);
}

static char *
fd_mastodon_translator_translate_finish (FdTranslator  *translator,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
translator_iface_init (FdTranslatorInterface *iface)
{
  iface->get_name = fd_mastodon_translator_get_name;
  iface->get_display_name = fd_mastodon_translator_get_display_name;
  iface->accepts = fd_mastodon_translator_accepts;
  iface->load_pairs_async = fd_mastodon_translator_load_pairs_async;
  iface->load_pairs_finish = fd_mastodon_translator_load_pairs_finish;
  iface->translate_async = fd_mastodon_translator_translate_async;
  iface->translate_finish = fd_mastodon_translator_translate_finish;
}

/* GObject */

static void
fd_mastodon_translator_finalize (GObject *object)
{
  FdMastodonTranslator *self = FD_MASTODON_TRANSLATOR (object);

  if (self->status_destroy != NULL)
    self->status_destroy (self->status_data);
  g_clear_object (&self->session);
  g_free (self->base_url);
  g_free (self->display_name);
  if (self->token != NULL)
    memset (self->token, 0, strlen (self->token));
  g_free (self->token);

  G_OBJECT_CLASS (fd_mastodon_translator_parent_class)->finalize (object);
}

static void
fd_mastodon_translator_class_init (FdMastodonTranslatorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fd_mastodon_translator_finalize;
}

static void
fd_mastodon_translator_init (FdMastodonTranslator *self)
{
  self->session = _fd_http_new_session ();
}

/* Public API */

FdMastodonTranslator *
fd_mastodon_translator_new (const char *base_url,
                            const char *token)
{
  FdMastodonTranslator *self;

  g_return_val_if_fail (base_url != NULL, NULL);

  self = g_object_new (FD_TYPE_MASTODON_TRANSLATOR, NULL);
  self->base_url = g_strdup (base_url);
  self->token = g_strdup (token);
  /* Translators: %s is the Mastodon server's address */
  self->display_name = g_strdup_printf (_("Mastodon server %s"), base_url);
  return self;
}

void
fd_mastodon_translator_set_status_func (FdMastodonTranslator *self,
                                        FdMastodonStatusFunc  func,
                                        gpointer              user_data,
                                        GDestroyNotify        destroy)
{
  g_return_if_fail (FD_IS_MASTODON_TRANSLATOR (self));

  if (self->status_destroy != NULL)
    self->status_destroy (self->status_data);
  self->status_func = func;
  self->status_data = user_data;
  self->status_destroy = destroy;
}

/* Mastodon messages keep the bare status id as their remote id. Ids
 * are numbers; anything else is not a status of this server. */
static char *
status_id_from_remote_id (const char *remote_id,
                          gpointer    user_data)
{
  if (remote_id == NULL || remote_id[0] == '\0')
    return NULL;

  for (const char *p = remote_id; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return NULL;

  return g_strdup (remote_id);
}

FdTranslator *
_fd_mastodon_new_translator (FdAccount  *account,
                             const char *token)
{
  g_autofree char *base_url = NULL;
  FdMastodonTranslator *engine;

  if (fd_account_get_address (account) == NULL ||
      !(base_url = fd_mastodon_normalize_server (fd_account_get_address (account), NULL)))
    return NULL;

  engine = fd_mastodon_translator_new (base_url, token);
  fd_mastodon_translator_set_status_func (engine, status_id_from_remote_id, NULL, NULL);
  return FD_TRANSLATOR (engine);
}
