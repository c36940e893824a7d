/* fd-test-util.h: small helpers shared by the core tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>
#include "fd-outbox.h"
#include "fd-store.h"

G_BEGIN_DECLS

/* A fresh temporary profile folder, removed by fd_test_rmdir(). */
static inline char *
fd_test_make_data_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("frontdesk-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static inline void
fd_test_rmdir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        fd_test_rmdir (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

/* A minimal incoming message. */
static inline FdParsedMessage *
fd_test_message (const char *channel,
                 const char *remote_id,
                 const char *handle,
                 const char *text,
                 gint64      created_at)
{
  FdParsedMessage *msg = fd_parsed_message_new ();

  msg->channel = g_strdup (channel);
  msg->remote_id = g_strdup (remote_id);
  msg->author_handle = g_strdup (handle);
  fd_parsed_message_set_text (msg, text, -1);
  msg->created_at = created_at;

  return msg;
}

/* Queues a plain reply to @message_id, as the composer does: the id of
 * the outgoing message, or 0 with @error set. */
static inline gint64
fd_test_queue_reply (FdStore     *store,
                     gint64       message_id,
                     const char  *text,
                     GError     **error)
{
  g_autoptr(FdOutbox) outbox = fd_outbox_new (store);
  g_autoptr(FdReplyRequest) request = fd_reply_request_new_plain (message_id, text);
  g_autoptr(GArray) ids = fd_outbox_queue_reply (outbox, request, error);

  return ids != NULL ? g_array_index (ids, gint64, 0) : 0;
}

G_END_DECLS
