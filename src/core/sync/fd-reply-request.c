/* fd-reply-request.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-reply-request.h"

G_DEFINE_BOXED_TYPE (FdReplyRequest, fd_reply_request, fd_reply_request_copy, fd_reply_request_free)

static FdReplyRequest *
request_new (FdReplyKind  kind,
             const char  *text)
{
  FdReplyRequest *request = g_new0 (FdReplyRequest, 1);

  request->kind = kind;
  request->text = g_strdup (text);

  return request;
}

FdReplyRequest *
fd_reply_request_new_plain (gint64      message_id,
                            const char *text)
{
  FdReplyRequest *request;

  g_return_val_if_fail (text != NULL, NULL);

  request = request_new (FD_REPLY_PLAIN, text);
  request->message_id = message_id;

  return request;
}

FdReplyRequest *
fd_reply_request_new_all_copies (gint64      group_id,
                                 const char *text)
{
  FdReplyRequest *request;

  g_return_val_if_fail (text != NULL, NULL);

  request = request_new (FD_REPLY_ALL_COPIES, text);
  request->group_id = group_id;

  return request;
}

FdReplyRequest *
fd_reply_request_new_private (gint64      message_id,
                              const char *text,
                              const char *public_note)
{
  FdReplyRequest *request;

  g_return_val_if_fail (text != NULL, NULL);

  request = request_new (FD_REPLY_PRIVATE, text);
  request->message_id = message_id;
  request->public_note = g_strdup (public_note);

  return request;
}

FdReplyRequest *
fd_reply_request_new_edit (gint64      entry_id,
                           const char *text)
{
  FdReplyRequest *request;

  g_return_val_if_fail (text != NULL, NULL);

  request = request_new (FD_REPLY_EDIT, text);
  request->entry_id = entry_id;

  return request;
}

void
fd_reply_request_add_attachment (FdReplyRequest *request,
                                 const char     *path)
{
  g_return_if_fail (request != NULL);
  g_return_if_fail (path != NULL);

  if (request->attachments == NULL)
    request->attachments = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (request->attachments, g_strdup (path));
}

void
fd_reply_request_set_written (FdReplyRequest *request,
                              const char     *text,
                              const char     *lang)
{
  g_return_if_fail (request != NULL);
  g_return_if_fail ((text == NULL) == (lang == NULL));

  g_free (request->written_text);
  g_free (request->written_lang);
  request->written_text = g_strdup (text);
  request->written_lang = g_strdup (lang);
}

FdReplyRequest *
fd_reply_request_copy (const FdReplyRequest *request)
{
  FdReplyRequest *copy;

  g_return_val_if_fail (request != NULL, NULL);

  copy = g_memdup2 (request, sizeof *request);
  copy->text = g_strdup (request->text);
  copy->public_note = g_strdup (request->public_note);
  copy->written_text = g_strdup (request->written_text);
  copy->written_lang = g_strdup (request->written_lang);
  copy->attachments = request->attachments != NULL
                      ? g_ptr_array_copy (request->attachments, (GCopyFunc) g_strdup, NULL) : NULL;
  if (copy->attachments != NULL)
    g_ptr_array_set_free_func (copy->attachments, g_free);

  return copy;
}

void
fd_reply_request_free (FdReplyRequest *request)
{
  if (request == NULL)
    return;

  g_free (request->text);
  g_free (request->public_note);
  g_free (request->written_text);
  g_free (request->written_lang);
  g_clear_pointer (&request->attachments, g_ptr_array_unref);
  g_free (request);
}
