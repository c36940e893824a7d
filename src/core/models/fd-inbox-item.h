/* fd-inbox-item.h: one row of the inbox list, loaded lazily.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-message.h"

G_BEGIN_DECLS

#define FD_TYPE_INBOX_ITEM (fd_inbox_item_get_type ())

G_DECLARE_FINAL_TYPE (FdInboxItem, fd_inbox_item, FD, INBOX_ITEM, GObject)

FdInboxItem *fd_inbox_item_new         (gint64       key);
gint64       fd_inbox_item_get_key     (FdInboxItem *self);
/* NULL until the row's page is fetched, or when the row vanished. */
FdMessage   *fd_inbox_item_get_message (FdInboxItem *self);
void         fd_inbox_item_set_message (FdInboxItem *self,
                                        FdMessage   *message);
/* When the row stands for a whole repeat group: its channels, sorted
 * (NULL otherwise). */
const char * const *fd_inbox_item_get_group_channels (FdInboxItem        *self);
void         fd_inbox_item_set_group_channels (FdInboxItem        *self,
                                               const char * const *channels);

G_END_DECLS
