/* fd-main-context.h: hand work to the thread that owns a main context.
 *
 * g_main_context_invoke() runs its callback at once, on the calling
 * thread, whenever no thread holds the context at that moment: a worker
 * would then emit signals or touch widgets that belong to the main
 * thread, and deadlock if it holds a lock the callback takes. Work posted
 * here always waits for the context's own loop to dispatch it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void fd_main_context_post (GMainContext   *context,
                           int             priority,
                           GSourceFunc     func,
                           gpointer        data,
                           GDestroyNotify  notify,
                           const char     *name);

G_END_DECLS
