/* fuzz-message.h: what every message a parser makes must hold, for the
 * fuzz targets of the channels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

#include "fd-parsed-message.h"

static inline void
fuzz_assert_utf8 (const char *str)
{
  g_assert (str == NULL || g_utf8_validate (str, -1, NULL));
}

/* @msg as a provider hands it to the sync run, which then sanitizes it
 * (fd_parsed_message_sanitize()) as every path into the store does: its
 * strings are valid UTF-8 (fd-parsed-message.h says so) before and after,
 * and the text is no longer than the store keeps. */
static inline void
fuzz_check_message (FdParsedMessage *msg,
                    const char      *channel)
{
  g_autoptr(GError) error = NULL;

  g_assert (msg != NULL);
  g_assert_cmpstr (msg->channel, ==, channel);
  g_assert (msg->remote_id != NULL);
  g_assert (msg->text == NULL || strlen (msg->text) <= FD_MAX_TEXT_BYTES);

  for (guint pass = 0; pass < 2; pass++)
    {
      fuzz_assert_utf8 (msg->remote_id);
      fuzz_assert_utf8 (msg->thread_id);
      fuzz_assert_utf8 (msg->in_reply_to);
      fuzz_assert_utf8 (msg->author_handle);
      fuzz_assert_utf8 (msg->author_name);
      fuzz_assert_utf8 (msg->recipient);
      fuzz_assert_utf8 (msg->subject);
      fuzz_assert_utf8 (msg->text);
      fuzz_assert_utf8 (msg->lang);
      fuzz_assert_utf8 (msg->url);
      fuzz_assert_utf8 (msg->visibility);
      for (guint i = 0; i < msg->references->len; i++)
        fuzz_assert_utf8 (g_ptr_array_index (msg->references, i));
      for (guint i = 0; i < msg->attachments->len; i++)
        {
          FdParsedAttachment *att = g_ptr_array_index (msg->attachments, i);

          fuzz_assert_utf8 (att->filename);
          fuzz_assert_utf8 (att->content_type);
          g_assert (att->path == NULL);
        }

      if (pass == 0 && !fd_parsed_message_sanitize (msg, &error))
        {
          g_assert (error != NULL);
          return;
        }
    }
}
