/* fd-reply-request.h: what a person asks for when they press Send.
 *
 * One request is one call to fd_outbox_queue_reply(), which queues
 * everything the request means in one transaction: the composer, the
 * Topics page and frontdesk-cli build a request and make that call, and
 * nothing else writes replies into the outbox.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FD_TYPE_REPLY_REQUEST (fd_reply_request_get_type ())

typedef enum {
  /* One reply to message_id, in its conversation and channel. */
  FD_REPLY_PLAIN,
  /* One reply per copy of repeat group group_id that is still to
   * answer, each in its own conversation, the text adapted to each
   * channel (fd_repeats_adapt_reply()). */
  FD_REPLY_ALL_COPIES,
  /* A direct message to the author of message_id and, when public_note
   * is set, a short public answer that says so (never the private text). */
  FD_REPLY_PRIVATE,
  /* New text for outbox entry entry_id, a reply still pending or failed;
   * a failed one goes back to pending: editing it is the person's
   * "try again". */
  FD_REPLY_EDIT,
} FdReplyKind;

typedef struct _FdReplyRequest FdReplyRequest;

struct _FdReplyRequest
{
  FdReplyKind  kind;
  gint64       message_id;   /* PLAIN, PRIVATE: the message answered */
  gint64       group_id;     /* ALL_COPIES */
  gint64       entry_id;     /* EDIT */
  char        *text;         /* what is sent, as it is sent */
  char        *public_note;  /* PRIVATE only; NULL or blank for none */
  /* PLAIN on a mail channel: paths of files to attach, copied into the
   * profile's attachment store when queued. NULL for none. */
  GPtrArray   *attachments;
  /* PLAIN, PRIVATE, ALL_COPIES, EDIT: when @text is the composer's
   * translation, what the person wrote and its language, kept to show
   * next to what was sent. NULL for none. */
  char        *written_text;
  char        *written_lang;
};

GType           fd_reply_request_get_type        (void) G_GNUC_CONST;

FdReplyRequest *fd_reply_request_new_plain       (gint64                message_id,
                                                  const char           *text);
FdReplyRequest *fd_reply_request_new_all_copies  (gint64                group_id,
                                                  const char           *text);
FdReplyRequest *fd_reply_request_new_private     (gint64                message_id,
                                                  const char           *text,
                                                  const char           *public_note);
FdReplyRequest *fd_reply_request_new_edit        (gint64                entry_id,
                                                  const char           *text);
/* Adds a file to attach (PLAIN replies on mail channels). */
void            fd_reply_request_add_attachment  (FdReplyRequest       *request,
                                                  const char           *path);
/* @text was written in @lang and translated into the request's text. */
void            fd_reply_request_set_written     (FdReplyRequest       *request,
                                                  const char           *text,
                                                  const char           *lang);
FdReplyRequest *fd_reply_request_copy            (const FdReplyRequest *request);
void            fd_reply_request_free            (FdReplyRequest       *request);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdReplyRequest, fd_reply_request_free)

G_END_DECLS
