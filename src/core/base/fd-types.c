/* fd-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-types.h"

static const char * const state_names[] = {
  [FD_MESSAGE_STATE_UNREAD] = "unread",
  [FD_MESSAGE_STATE_READ] = "read",
  [FD_MESSAGE_STATE_ANSWERED] = "answered",
  [FD_MESSAGE_STATE_ARCHIVED] = "archived",
};

const char *
fd_message_state_to_string (FdMessageState state)
{
  if ((guint) state < G_N_ELEMENTS (state_names))
    return state_names[state];
  return "unread";
}

gboolean
fd_message_state_from_string (const char     *str,
                              FdMessageState *state)
{
  g_return_val_if_fail (state != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
    {
      if (g_ascii_strcasecmp (str, state_names[i]) == 0)
        {
          *state = (FdMessageState) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
fd_direction_to_string (FdDirection direction)
{
  return direction == FD_DIRECTION_OUT ? "out" : "in";
}

const char *
fd_outbox_state_to_string (FdOutboxState state)
{
  switch (state)
    {
    case FD_OUTBOX_PENDING: return "pending";
    case FD_OUTBOX_SENDING: return "sending";
    case FD_OUTBOX_SENT: return "sent";
    case FD_OUTBOX_FAILED: return "failed";
    case FD_OUTBOX_UNSURE: return "unsure";
    default: return "pending";
    }
}
