/* fd-sample.h: the sample inbox, kept apart from real data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

/* $XDG_DATA_HOME/frontdesk-sample: never the real profile. */
char    *fd_sample_data_dir (void);

/* Opens the sample profile, filling it from the bundled JSON Lines file
 * the first time. */
FdStore *fd_sample_open     (GError  **error);

/* Imports the bundled sample messages into @store. */
gboolean fd_sample_import   (FdStore  *store,
                             GError  **error);

G_END_DECLS
