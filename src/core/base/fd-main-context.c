/* fd-main-context.c: hand work to the thread that owns a main context.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-main-context.h"

/**
 * fd_main_context_post:
 * @context: (nullable): the context to run @func in; %NULL for the global
 *   default context
 * @priority: the source priority
 * @func: called from @context's loop; returns %G_SOURCE_REMOVE to run once
 * @data: passed to @func
 * @notify: (nullable): frees @data after @func ran, or when @context is
 *   destroyed before it could
 * @name: a static name for the source, shown by profilers
 *
 * Runs @func on the thread that iterates @context, never on the calling
 * thread, even when that thread could acquire @context.
 */
void
fd_main_context_post (GMainContext   *context,
                      int             priority,
                      GSourceFunc     func,
                      gpointer        data,
                      GDestroyNotify  notify,
                      const char     *name)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_return_if_fail (func != NULL);

  g_source_set_priority (source, priority);
  g_source_set_callback (source, func, data, notify);
  g_source_set_static_name (source, name);
  g_source_attach (source, context);
}
