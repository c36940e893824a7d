/* fd-sql.h: the small SQL helpers every core module that writes the store
 * shares, instead of each keeping its own copy. Internal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>
#include "fd-store.h"

G_BEGIN_DECLS

/* Binds @text, or NULL as SQL NULL; SQLite keeps its own copy. */
void      _fd_sql_bind_text   (sqlite3_stmt  *stmt,
                               int            idx,
                               const char    *text);

/* Steps @stmt once and resets it: FALSE with @error set unless the step
 * gave a row or finished. Use it for statements that write. */
gboolean  _fd_sql_step        (FdStore       *store,
                               sqlite3_stmt  *stmt,
                               GError       **error);

/* The first column of the first row of @stmt, 0 without a row, -1 with
 * @error set on error. Resets @stmt. */
gint64    _fd_sql_query_int   (FdStore       *store,
                               sqlite3_stmt  *stmt,
                               GError       **error);

/* Runs @sql (one or more statements, nothing bound, not cached). */
gboolean  _fd_sql_exec        (FdStore       *store,
                               const char    *sql,
                               GError       **error);

/* Runs the cached statement @sql once, binding @n gint64 arguments to
 * ?1..?n. Pass them as gint64: an int literal is read wrongly. */
gboolean  _fd_sql_exec_ints   (FdStore       *store,
                               const char    *sql,
                               GError       **error,
                               guint          n,
                               ...);

/* The full-text index has external content, so its rows follow the
 * message's by hand. Add after a message's indexed columns were written;
 * remove before they change or go (it indexes any row still pending in
 * this transaction first, as a 'delete' of a row not yet indexed would
 * damage the index). */
gboolean  _fd_sql_fts_add     (FdStore       *store,
                               gint64         message_id,
                               GError       **error);
gboolean  _fd_sql_fts_remove  (FdStore       *store,
                               gint64         message_id,
                               GError       **error);

G_END_DECLS
