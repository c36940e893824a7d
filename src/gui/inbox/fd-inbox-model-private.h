/* fd-inbox-model-private.h: internals exposed for the unit tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-inbox-model.h"

G_BEGIN_DECLS

/* One items-changed emission. */
typedef struct {
  guint position;
  guint removed;
  guint added;
} FdInboxChange;

/* The items-changed runs that turn @old_keys into @new_keys, in order of
 * position; each run is meant to be applied (and emitted) after the ones
 * before it. Unchanged keys are never part of a run when both arrays are
 * sorted the same way (the store's key order); otherwise the runs still
 * give the right result but may be larger than needed.
 * (element-type FdInboxChange) */
GArray *fd_inbox_diff_keys (const gint64 *old_keys,
                            guint         n_old,
                            const gint64 *new_keys,
                            guint         n_new);

/* How many key loads the model started (tests). */
guint _fd_inbox_model_get_n_loads (FdInboxModel *self);

/* Above this many runs, the diff collapses them into one. */
#define FD_INBOX_MAX_RUNS 64

G_END_DECLS
