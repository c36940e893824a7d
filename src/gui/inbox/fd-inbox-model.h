/* fd-inbox-model.h: the inbox as a GListModel of FdInboxItem.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-filter.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_INBOX_MODEL (fd_inbox_model_get_type ())

G_DECLARE_FINAL_TYPE (FdInboxModel, fd_inbox_model, FD, INBOX_MODEL, GObject)

FdInboxModel   *fd_inbox_model_new             (FdStore        *store);
FdStore        *fd_inbox_model_get_store       (FdInboxModel   *self);
const FdFilter *fd_inbox_model_get_filter      (FdInboxModel   *self);
/* Copies @filter and loads its keys in a worker thread. */
void            fd_inbox_model_set_filter      (FdInboxModel   *self,
                                                const FdFilter *filter);
/* Loads the keys again and tells the views exactly what changed. */
void            fd_inbox_model_reload          (FdInboxModel   *self);
gboolean        fd_inbox_model_get_loading     (FdInboxModel   *self);
/* TRUE once the keys of the current filter are known. */
gboolean        fd_inbox_model_get_loaded      (FdInboxModel   *self);
/* The messages the list holds, as the sidebar counts them: a row that
 * stands for several copies of a repeated post counts each. */
guint           fd_inbox_model_get_n_messages  (FdInboxModel   *self);
/* Starts a load that is waiting for the main loop to be idle now. */
void            fd_inbox_model_load_now        (FdInboxModel   *self);
/* Position of the row with sort key @key, or GTK_INVALID_LIST_POSITION. */
guint           fd_inbox_model_find_key        (FdInboxModel   *self,
                                                gint64          key);

G_END_DECLS
