/* fd-repeats-private.h: the repeat detector's internals, for the store,
 * fd-customers.c and tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-store-private.h"
#include "fd-repeats.h"
#include "fd-parsed-message.h"

G_BEGIN_DECLS

/* MinHash: the low byte of each of FD_REPEATS_N_HASHES 32-bit minima of
 * the hashed character shingles (b-bit MinHash: two different minima
 * agree one time in 256, which _fd_repeats_jaccard() takes out; the
 * signature of every incoming post is kept, and 64 bytes of it cost the
 * store a quarter of 256). LSH: FD_REPEATS_N_BANDS bands of
 * FD_REPEATS_N_ROWS rows. */
#define FD_REPEATS_SHINGLE   4
#define FD_REPEATS_N_HASHES  64
#define FD_REPEATS_N_BANDS   16
#define FD_REPEATS_N_ROWS    (FD_REPEATS_N_HASHES / FD_REPEATS_N_BANDS)
/* Topics are indexed on the first 8 bands only. */
#define FD_TOPIC_N_BANDS     8

/* Signatures are grouped by week of created_at: a post is compared with
 * the posts of its own week and of the weeks either side. */
#define FD_REPEATS_EPOCH     FD_REPEATS_WINDOW

typedef struct {
  guint8  h[FD_REPEATS_N_HASHES];
  guint   length;     /* characters of the normalized text */
} FdRepeatsSignature;

/* A signature computed ahead, on an importer's parse thread. */
typedef struct {
  gboolean           usable;   /* FALSE: too little text to compare */
  FdRepeatsSignature sig;
} FdRepeatsPrecomputed;

/* Fills msg->repeats_signature for an incoming message. Safe on any
 * thread: it reads only the message. */
void      _fd_repeats_precompute       (FdParsedMessage *msg);

/* Normalizes @text and computes its signature. Returns FALSE when too
 * little text is left to compare (a greeting, an emoji, a link). */
gboolean  _fd_repeats_signature        (const char               *text,
                                        FdRepeatsSignature       *sig);
void      _fd_repeats_signature_from_normalized (const char      *normalized,
                                                 FdRepeatsSignature *sig);
double    _fd_repeats_jaccard          (const FdRepeatsSignature *a,
                                        const FdRepeatsSignature *b);
/* band << 32 | bucket, for each band */
void      _fd_repeats_band_keys        (const FdRepeatsSignature *sig,
                                        gint64                    keys[FD_REPEATS_N_BANDS]);
/* Whether two signatures are copies of one post: estimated Jaccard over
 * the threshold and lengths not too far apart. */
gboolean  _fd_repeats_is_copy          (const FdRepeatsSignature *a,
                                        const FdRepeatsSignature *b,
                                        double                    threshold);

#define FD_REPEATS_COPY_THRESHOLD  0.5
#define FD_TOPIC_COPY_THRESHOLD    0.55
/* Normalized characters needed before a post is compared at all, and
 * before it can be part of a topic (short posts such as "any news?" are
 * the same for everyone without being one problem). */
#define FD_REPEATS_MIN_LENGTH      8
#define FD_TOPIC_MIN_LENGTH        24

/* The LSH index of a few weeks of posts, in memory (fd-repeats-index.c).
 * Each store connection has one; see _fd_store_get_repeats_index(). */
typedef struct {
  gint64             message_id;
  gint64             customer_id;
  gint64             created_at;
  FdRepeatsSignature sig;
} FdRepeatsIndexEntry;

typedef gboolean (*FdRepeatsIndexFilterFunc) (const FdRepeatsIndexEntry *entry,
                                              gpointer                   user_data);

FdRepeatsIndex *_fd_repeats_index_new  (void);
void      _fd_repeats_index_free       (FdRepeatsIndex *index);
/* Forgets all it holds; it is read again from the store as needed. */
void      _fd_repeats_index_reset      (FdRepeatsIndex *index);
/* The same, and forgets which posts it was asked about: before every
 * post is looked up again in time order. */
void      _fd_repeats_index_restart    (FdRepeatsIndex *index);
/* Makes sure weeks @epoch - 1 to @epoch + 1 are in memory, reading them
 * from the store when that is worth it. *@out_held is FALSE when they
 * are not: the post is far from the weeks the index follows, and its
 * customer's stored posts are read instead (_fd_repeats_read_stored). */
gboolean  _fd_repeats_index_hold       (FdRepeatsIndex            *index,
                                        FdStore                   *store,
                                        gint64                     epoch,
                                        gboolean                  *out_held,
                                        GError                   **error);
/* The posts of the held weeks @epoch - 1 to @epoch + 1 that share one of
 * the first @n_bands band @keys and pass @filter, each once, at most
 * @max_candidates of them: a new array of borrowed entries, valid until
 * the index changes. */
GPtrArray *_fd_repeats_index_find      (FdRepeatsIndex            *index,
                                        gint64                     epoch,
                                        const gint64               keys[FD_REPEATS_N_BANDS],
                                        guint                      n_bands,
                                        FdRepeatsIndexFilterFunc   filter,
                                        gpointer                   user_data,
                                        guint                      max_candidates);
/* A post whose signature was just stored. */
void      _fd_repeats_index_add        (FdRepeatsIndex            *index,
                                        gint64                     epoch,
                                        const FdRepeatsIndexEntry *entry);
/* The stored signatures of @customer_id's posts created from @from to
 * @to, oldest first: (element-type FdRepeatsIndexEntry). */
GArray   *_fd_repeats_read_stored      (FdStore                   *store,
                                        gint64                     customer_id,
                                        gint64                     from,
                                        gint64                     to,
                                        GError                   **error);

/* Called by fd_store_insert_message() for each new message, inside its
 * transaction. Does nothing for outgoing messages, for messages without a
 * customer and for messages it has already seen. */
gboolean  _fd_repeats_on_insert        (FdStore                    *store,
                                        gint64                      message_id,
                                        gint64                      customer_id,
                                        const char                 *text,
                                        const FdRepeatsPrecomputed *precomputed,
                                        gint64                      created_at,
                                        FdDirection                 dir,
                                        GError                    **error);

/* Recomputes the repeat groups of @customer_id from its messages (after
 * its identities changed: merge, split, undo). Inside the caller's
 * transaction. */
gboolean  _fd_repeats_rebuild_customer (FdStore     *store,
                                        gint64       customer_id,
                                        GError     **error);

/* Drops the repeat groups of @customer_id and the signatures of its
 * @message_ids (gint64), before they are erased. */
gboolean  _fd_repeats_forget_customer  (FdStore      *store,
                                        gint64        customer_id,
                                        const GArray *message_ids,
                                        GError      **error);

/* Small SQL helpers shared by fd-repeats.c and fd-customers.c. */
gboolean  _fd_sql_step                 (FdStore       *store,
                                        sqlite3_stmt  *stmt,
                                        GError       **error);
/* The first column of the first row, 0 without a row, -1 on error. */
gint64    _fd_sql_query_int            (FdStore       *store,
                                        sqlite3_stmt  *stmt,
                                        GError       **error);
/* Runs a cached statement binding @n integers. */
gboolean  _fd_sql_exec_ints            (FdStore       *store,
                                        const char    *sql,
                                        GError       **error,
                                        guint          n,
                                        ...);

/* CPU time spent in _fd_repeats_on_insert() by this process: for tests
 * and benchmarks. */
void      _fd_repeats_get_cost         (guint64     *n_calls,
                                        gint64      *usec);
void      _fd_repeats_reset_cost       (void);
/* Posts compared with their customer's stored posts because their weeks
 * were not held, since the last reset of the cost. */
guint64   _fd_repeats_get_n_stored_lookups (void);

G_END_DECLS
