/* fd-filter.h: what a list or search shows, and the search language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include "fd-types.h"

G_BEGIN_DECLS

#define FD_FILTER_ERROR (fd_filter_error_quark ())

typedef enum {
  FD_FILTER_ERROR_SYNTAX,
} FdFilterError;

typedef struct {
  FdView       view;
  FdSortOrder  order;
  char        *channel;      /* NULL: any */
  gint64       account_id;   /* 0: any */
  char        *lang;         /* NULL: any */
  char        *from;         /* substring of author handle or name, NULL: any */
  gint64       customer_id;  /* 0: any */
  int          state;        /* an FdMessageState, or -1: any */
  FdDirection  direction;    /* with has_direction */
  gboolean     has_direction;
  char        *fts;          /* FTS5 MATCH expression built by the parser, NULL: none */
  char        *fts_not;      /* FTS5 expression no message may match, when there is no fts */
  GPtrArray   *terms;        /* (element-type utf8): the plain search words, for highlighting */
  /* What the full-text index cannot answer alone: it keeps no word
   * positions and no columns. Each is an FTS5 expression over authors
   * (from:) or a phrase of several words, checked row by row. */
  GPtrArray   *authors;      /* (element-type utf8) */
  GPtrArray   *not_authors;  /* (element-type utf8) */
  GPtrArray   *phrases;      /* (element-type utf8) */
  GPtrArray   *not_phrases;  /* (element-type utf8) */
} FdFilter;

GQuark    fd_filter_error_quark (void);
FdFilter *fd_filter_new         (void);
FdFilter *fd_filter_copy        (const FdFilter *filter);
void      fd_filter_free        (FdFilter       *filter);
/* TRUE when both select and order the same messages. */
gboolean  fd_filter_equal       (const FdFilter *a,
                                 const FdFilter *b);

/* Parses a search string into @filter (which keeps its view and order):
 *   words            all must match (diacritics and case folded)
 *   "a phrase"       the words in that order
 *   pre*             prefix
 *   -word            must not match
 *   from:x           author handle or name contains x
 *   channel:email    one channel
 *   lang:es          one language
 *   is:unanswered    incoming, not answered yet (also is:unread, is:archived,
 *                    is:answered)
 * Returns FALSE with FD_FILTER_ERROR_SYNTAX (a readable message) on an
 * unknown operator or an unterminated quote. */
gboolean  fd_filter_parse_search (FdFilter    *filter,
                                  const char  *query,
                                  GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdFilter, fd_filter_free)

G_END_DECLS
