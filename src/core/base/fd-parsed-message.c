/* fd-parsed-message.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-parsed-message.h"
#include "fd-untrusted.h"

FdParsedMessage *
fd_parsed_message_new (void)
{
  FdParsedMessage *msg = g_new0 (FdParsedMessage, 1);

  msg->references = g_ptr_array_new_with_free_func (g_free);
  msg->attachments = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_attachment_free);
  msg->direction = FD_DIRECTION_IN;
  msg->state = FD_MESSAGE_STATE_UNREAD;

  return msg;
}

void
fd_parsed_message_free (FdParsedMessage *msg)
{
  if (msg == NULL)
    return;

  g_free (msg->channel);
  g_free (msg->remote_id);
  g_free (msg->thread_id);
  g_free (msg->in_reply_to);
  g_clear_pointer (&msg->references, g_ptr_array_unref);
  g_free (msg->author_handle);
  g_free (msg->author_name);
  g_clear_pointer (&msg->author_links, g_ptr_array_unref);
  g_free (msg->recipient);
  g_free (msg->subject);
  g_free (msg->text);
  g_free (msg->html);
  g_free (msg->lang);
  g_free (msg->url);
  g_free (msg->visibility);
  g_clear_pointer (&msg->attachments, g_ptr_array_unref);
  g_free (msg->language_scores);
  g_free (msg->repeats_signature);
  g_clear_pointer (&msg->stored_text, g_bytes_unref);
  g_clear_pointer (&msg->stored_html, g_bytes_unref);
  g_free (msg);
}

/* Cuts @len bytes of valid UTF-8 back to a character boundary. */
static gsize
utf8_floor (const char *str,
            gsize       len)
{
  while (len > 0 && (str[len] & 0xC0) == 0x80)
    len--;
  return len;
}

void
fd_parsed_message_set_text (FdParsedMessage *msg,
                            const char      *text,
                            gssize           len)
{
  g_autofree char *repaired = NULL;
  gsize n;

  g_return_if_fail (msg != NULL);

  g_clear_pointer (&msg->text, g_free);
  g_clear_pointer (&msg->stored_text, g_bytes_unref);
  g_clear_pointer (&msg->stored_html, g_bytes_unref);
  msg->stored_ready = FALSE;
  if (text == NULL)
    return;

  repaired = fd_utf8_repair (text, len);
  n = strlen (repaired);

  if (n > FD_MAX_TEXT_BYTES)
    {
      n = utf8_floor (repaired, FD_MAX_TEXT_BYTES);
      repaired[n] = '\0';
      msg->truncated = TRUE;
    }

  msg->text = g_steal_pointer (&repaired);
}

FdParsedAttachment *
fd_parsed_attachment_new (void)
{
  return g_new0 (FdParsedAttachment, 1);
}

void
fd_parsed_attachment_free (FdParsedAttachment *att)
{
  if (att == NULL)
    return;

  g_free (att->filename);
  g_free (att->content_type);
  g_free (att->path);
  g_clear_pointer (&att->content, g_bytes_unref);
  g_free (att);
}

char *
fd_utf8_repair (const char *str,
                gssize      len)
{
  g_autofree char *no_nul = NULL;
  gsize n;
  gsize j = 0;

  if (str == NULL)
    return NULL;

  n = len < 0 ? strlen (str) : (gsize) len;

  /* Fast path: valid and without embedded NULs. */
  if (g_utf8_validate_len (str, n, NULL) && memchr (str, '\0', n) == NULL)
    return g_strndup (str, n);

  no_nul = g_malloc (n + 1);
  for (gsize i = 0; i < n; i++)
    if (str[i] != '\0')
      no_nul[j++] = str[i];
  no_nul[j] = '\0';

  return g_utf8_make_valid (no_nul, j);
}

/* Drops @slot's value when it fails @check. */
static void
keep_if (char     **slot,
         gboolean (*check) (const char *))
{
  if (*slot != NULL && !check (*slot))
    g_clear_pointer (slot, g_free);
}

static gboolean
is_id (const char *value)
{
  return *value != '\0' && fd_untrusted_check_line_value (value, "id", NULL);
}

static gboolean
is_word (const char *value)
{
  for (const char *p = value; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return *value != '\0' && strlen (value) <= 32;
}

static void
filter_ids (GPtrArray *ids)
{
  if (ids == NULL)
    return;

  for (guint i = ids->len; i > 0; i--)
    if (!is_id (g_ptr_array_index (ids, i - 1)))
      g_ptr_array_remove_index (ids, i - 1);
}

static void
to_single_line (char **slot)
{
  char *clean;

  if (*slot == NULL || !fd_untrusted_has_control (*slot))
    return;

  clean = fd_untrusted_to_single_line (*slot);
  g_free (*slot);
  *slot = clean;
}

gboolean
fd_parsed_message_sanitize (FdParsedMessage  *msg,
                            GError          **error)
{
  g_return_val_if_fail (msg != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!fd_untrusted_is_channel_name (msg->channel))
    {
      g_autofree char *shown = fd_untrusted_to_single_line (msg->channel != NULL ? msg->channel : "");

      g_set_error (error, FD_UNTRUSTED_ERROR, FD_UNTRUSTED_ERROR_CONTROL,
                   _("“%s” is not a channel name."), shown);
      return FALSE;
    }

  if (msg->remote_id == NULL || *msg->remote_id == '\0' ||
      !fd_untrusted_check_line_value (msg->remote_id, _("the message’s id"), error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, FD_UNTRUSTED_ERROR, FD_UNTRUSTED_ERROR_CONTROL,
                             _("A message needs a channel and an id."));
      return FALSE;
    }

  if (!fd_untrusted_check_line_value (msg->author_handle, _("the author’s address"), error))
    return FALSE;

  keep_if (&msg->thread_id, is_id);
  keep_if (&msg->in_reply_to, is_id);
  keep_if (&msg->recipient, is_id);
  keep_if (&msg->url, fd_untrusted_is_https_url);
  keep_if (&msg->lang, fd_untrusted_is_language_tag);
  keep_if (&msg->visibility, is_word);
  filter_ids (msg->references);
  filter_ids (msg->author_links);

  to_single_line (&msg->author_name);
  to_single_line (&msg->subject);
  for (guint i = 0; msg->attachments != NULL && i < msg->attachments->len; i++)
    {
      FdParsedAttachment *att = g_ptr_array_index (msg->attachments, i);

      to_single_line (&att->filename);
      to_single_line (&att->content_type);
    }

  return TRUE;
}
