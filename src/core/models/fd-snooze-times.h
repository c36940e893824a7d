/* fd-snooze-times.h: the times the snooze menu offers, in the profile's
 * business hours when it has them (fd-reports.h), else at 09:00.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

/* Tomorrow morning: when business opens on the next day it is open,
 * else tomorrow at 09:00 in @now's time zone. */
gint64  fd_snooze_times_tomorrow    (FdStore    *store,
                                     GDateTime  *now);
/* Next Monday: when business opens on it (or on the next open day after
 * it), else Monday at 09:00. */
gint64  fd_snooze_times_next_monday (FdStore    *store,
                                     GDateTime  *now);

G_END_DECLS
