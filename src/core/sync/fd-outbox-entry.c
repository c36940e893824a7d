/* fd-outbox-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "fd-outbox-entry.h"
#include "fd-json.h"

G_DEFINE_BOXED_TYPE (FdOutboxEntry, fd_outbox_entry, fd_outbox_entry_copy, fd_outbox_entry_free)

static void
attachment_free (FdOutboxAttachment *attachment)
{
  g_free (attachment->filename);
  g_free (attachment->content_type);
  g_free (attachment->path);
  g_free (attachment);
}

FdOutboxEntry *
fd_outbox_entry_new (void)
{
  return g_new0 (FdOutboxEntry, 1);
}

FdOutboxEntry *
fd_outbox_entry_copy (const FdOutboxEntry *entry)
{
  FdOutboxEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->action = g_strdup (entry->action);
  copy->idempotency_key = g_strdup (entry->idempotency_key);
  copy->error = g_strdup (entry->error);
  copy->channel = g_strdup (entry->channel);
  copy->conversation_remote_id = g_strdup (entry->conversation_remote_id);
  copy->message_remote_id = g_strdup (entry->message_remote_id);
  copy->subject = g_strdup (entry->subject);
  copy->payload = g_strdup (entry->payload);
  copy->text = g_strdup (entry->text);
  copy->in_reply_to = g_strdup (entry->in_reply_to);
  copy->recipient = g_strdup (entry->recipient);
  copy->attachments = entry->attachments != NULL ? g_ptr_array_ref (entry->attachments) : NULL;

  return copy;
}

void
fd_outbox_entry_free (FdOutboxEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->action);
  g_free (entry->idempotency_key);
  g_free (entry->error);
  g_free (entry->channel);
  g_free (entry->conversation_remote_id);
  g_free (entry->message_remote_id);
  g_free (entry->subject);
  g_free (entry->payload);
  g_free (entry->text);
  g_free (entry->in_reply_to);
  g_free (entry->recipient);
  g_clear_pointer (&entry->attachments, g_ptr_array_unref);
  g_free (entry);
}

gboolean
fd_outbox_entry_is_reply (const FdOutboxEntry *entry)
{
  g_return_val_if_fail (entry != NULL, FALSE);

  return g_strcmp0 (entry->action, FD_OUTBOX_ACTION_REPLY) == 0 ||
         g_strcmp0 (entry->action, FD_OUTBOX_ACTION_PRIVATE_REPLY) == 0;
}

static char *
dup_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return g_strdup (json_node_get_string (node));
}

gboolean
fd_outbox_entry_parse_payload (FdOutboxEntry  *entry,
                               GError        **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;
  g_autofree char *state = NULL;

  g_return_val_if_fail (entry != NULL, FALSE);

  if (!fd_json_parser_load (parser, entry->payload != NULL ? entry->payload : "{}", -1, FD_JSON_MAX_SIZE, &local_error) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Outbox entry %lld is damaged and cannot be sent. Discard it and write it again."),
                   (long long) entry->id);
      return FALSE;
    }

  object = json_node_get_object (json_parser_get_root (parser));

  g_clear_pointer (&entry->text, g_free);
  g_clear_pointer (&entry->in_reply_to, g_free);
  g_clear_pointer (&entry->recipient, g_free);
  entry->text = dup_member (object, "text");
  entry->in_reply_to = dup_member (object, "in_reply_to");
  entry->recipient = dup_member (object, "recipient");
  entry->private_reply = json_object_get_boolean_member_with_default (object, "private", FALSE);

  g_clear_pointer (&entry->attachments, g_ptr_array_unref);
  if (json_object_has_member (object, "attachments") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "attachments")))
    {
      JsonArray *array = json_object_get_array_member (object, "attachments");

      entry->attachments = g_ptr_array_new_with_free_func ((GDestroyNotify) attachment_free);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          FdOutboxAttachment *attachment;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          attachment = g_new0 (FdOutboxAttachment, 1);
          attachment->filename = dup_member (json_node_get_object (node), "filename");
          attachment->content_type = dup_member (json_node_get_object (node), "content_type");
          attachment->path = dup_member (json_node_get_object (node), "path");
          attachment->size = json_object_get_int_member_with_default (json_node_get_object (node), "size", 0);
          if (attachment->path == NULL)
            {
              attachment_free (attachment);
              continue;
            }
          g_ptr_array_add (entry->attachments, attachment);
        }
    }

  state = dup_member (object, "state");
  if (state != NULL && !fd_message_state_from_string (state, &entry->new_state))
    entry->new_state = FD_MESSAGE_STATE_READ;

  return TRUE;
}
