/* fd-account-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-account.h"
#include "fd-store.h"

G_BEGIN_DECLS

/* For a sync run on its own store connection: sets the integer setting
 * @key of account @account_id in the accounts table, leaving the other
 * settings as they are. The FdAccount objects are the main thread's. */
gboolean _fd_account_store_setting_int (FdStore     *store,
                                        gint64       account_id,
                                        const char  *key,
                                        gint64       value,
                                        GError     **error);

/* The same for a string setting; @value NULL removes it. */
gboolean _fd_account_store_setting_string (FdStore     *store,
                                           gint64       account_id,
                                           const char  *key,
                                           const char  *value,
                                           GError     **error);

/* Copies every setting of @from into @into (not saved). */
void     _fd_account_merge_settings    (FdAccount   *into,
                                        FdAccount   *from);

G_END_DECLS
