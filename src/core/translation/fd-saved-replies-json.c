/* fd-saved-replies-json.c: saved replies in and out as JSON.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "fd-json.h"
#include "fd-saved-replies.h"
#include "fd-saved-replies-private.h"

#define MAX_IMPORT_BYTES (16 * 1024 * 1024)

char *
fd_saved_replies_export_json (FdStore  *store,
                              GError  **error)
{
  g_autoptr(GPtrArray) replies = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if ((replies = fd_saved_replies_list (store, error)) == NULL)
    return NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "saved_replies");
  json_builder_begin_array (builder);
  for (guint i = 0; i < replies->len; i++)
    {
      FdSavedReply *reply = g_ptr_array_index (replies, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, reply->title);
      json_builder_set_member_name (builder, "default_lang");
      json_builder_add_string_value (builder, reply->default_lang);
      json_builder_set_member_name (builder, "variants");
      json_builder_begin_object (builder);
      for (guint j = 0; j < reply->variants->len; j++)
        {
          FdSavedReplyVariant *variant = g_ptr_array_index (reply->variants, j);

          json_builder_set_member_name (builder, variant->lang);
          json_builder_add_string_value (builder, variant->text);
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return fd_json_to_string (root, TRUE);
}

static gboolean
format_error (GError **error)
{
  g_set_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_FORMAT,
               _("This file does not hold saved replies: choose a file exported from Frontdesk’s saved replies."));
  return FALSE;
}

static gboolean
import_reply (FdStore     *store,
              JsonNode    *node,
              GError     **error)
{
  JsonObject *object, *variants;
  const char *title, *default_lang;
  g_autofree char *clean = NULL;
  g_autoptr(GList) langs = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return format_error (error);
  object = json_node_get_object (node);
  title = json_object_get_string_member_with_default (object, "title", NULL);
  default_lang = json_object_get_string_member_with_default (object, "default_lang", NULL);
  if (title == NULL || !json_object_has_member (object, "variants") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "variants")))
    return format_error (error);
  if ((clean = _fd_saved_replies_check_title (title, error)) == NULL)
    return FALSE;
  variants = json_object_get_object_member (object, "variants");
  langs = json_object_get_members (variants);
  if (langs == NULL)
    return format_error (error);

  /* The default first: the first variant of a new reply is its default. */
  if (default_lang != NULL && json_object_has_member (variants, default_lang))
    {
      GList *l = g_list_find_custom (langs, default_lang, (GCompareFunc) g_strcmp0);

      langs = g_list_remove_link (langs, l);
      langs = g_list_concat (l, langs);
    }

  for (GList *l = langs; l != NULL; l = l->next)
    {
      JsonNode *text = json_object_get_member (variants, l->data);
      const char *code;

      if (!JSON_NODE_HOLDS_VALUE (text) || json_node_get_value_type (text) != G_TYPE_STRING)
        return format_error (error);
      if ((code = _fd_saved_replies_check_lang (l->data, error)) == NULL || !_fd_saved_replies_check_text (json_node_get_string (text), error) ||
          !_fd_saved_replies_set_variant_unlocked (store, clean, code, json_node_get_string (text), NULL, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
fd_saved_replies_import_json (FdStore     *store,
                              const char  *json,
                              guint       *out_n_replies,
                              GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;
  JsonNode *member;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);

  if ((root = fd_json_parse (json, -1, MAX_IMPORT_BYTES, NULL)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (root) ||
      (member = json_object_get_member (json_node_get_object (root), "saved_replies")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (member))
    return format_error (error);

  array = json_node_get_array (member);
  if (!fd_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!import_reply (store, json_array_get_element (array, i), error))
      {
        fd_store_rollback (store);
        return FALSE;
      }
  if (!fd_store_commit (store, error))
    return FALSE;

  if (out_n_replies != NULL)
    *out_n_replies = json_array_get_length (array);
  return TRUE;
}
