/* fd-repeats.c: finding repeated posts and topics as messages arrive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <time.h>

#include "fd-customers-private.h"
#include "fd-message-private.h"
#include "fd-repeats-private.h"

/* At most this many candidates are verified per message: a post that many
 * others already match is in their group or topic after a few of them. */
#define MAX_CANDIDATES 64
#define MAX_MATCHES    8
#define MAX_ROWS       (MAX_CANDIDATES * 4)

/* A near-identical post of another customer this close in time, under the
 * same name on another channel, suggests they are one person. */
#define SUGGEST_WINDOW (24 * 3600)

typedef struct {
  gint64 id;
  gint64 created_at;
  gint64 customer_id;
} Match;

G_DEFINE_QUARK (fd-repeats-error-quark, fd_repeats_error)

G_LOCK_DEFINE_STATIC (cost);
static guint64 cost_calls;
static gint64 cost_usec;

/* SQL helpers */

gboolean
_fd_sql_step (FdStore       *store,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

gint64
_fd_sql_query_int (FdStore       *store,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  int rc = sqlite3_step (stmt);
  gint64 value = 0;

  if (rc == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      value = -1;
    }
  sqlite3_reset (stmt);

  return value;
}

gboolean
_fd_sql_exec_ints (FdStore     *store,
                   const char  *sql,
                   GError     **error,
                   guint        n,
                   ...)
{
  sqlite3_stmt *stmt = _fd_store_prepare (store, sql, error);
  va_list args;

  if (stmt == NULL)
    return FALSE;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
  va_end (args);

  return _fd_sql_step (store, stmt, error);
}

/* Helpers */

static gint64
epoch_of (gint64 created_at)
{
  /* Floor division: dates before 1970 stay in order. */
  return created_at >= 0 ? created_at / FD_REPEATS_EPOCH
                         : -((-created_at + FD_REPEATS_EPOCH - 1) / FD_REPEATS_EPOCH);
}

static void
signature_to_blob (const FdRepeatsSignature *sig,
                   guint32                   blob[FD_REPEATS_N_HASHES])
{
  for (guint j = 0; j < FD_REPEATS_N_HASHES; j++)
    blob[j] = GUINT32_TO_LE (sig->h[j]);
}

static gboolean
signature_from_column (sqlite3_stmt       *stmt,
                       int                 blob_col,
                       int                 length_col,
                       FdRepeatsSignature *sig)
{
  const guint32 *blob = sqlite3_column_blob (stmt, blob_col);

  if (blob == NULL || sqlite3_column_bytes (stmt, blob_col) != FD_REPEATS_N_HASHES * 4)
    return FALSE;

  for (guint j = 0; j < FD_REPEATS_N_HASHES; j++)
    {
      guint32 v;

      memcpy (&v, &blob[j], sizeof v);
      sig->h[j] = GUINT32_FROM_LE (v);
    }
  sig->length = (guint) sqlite3_column_int (stmt, length_col);

  return TRUE;
}

static gboolean
store_signature (FdStore                   *store,
                 gboolean                   replace,
                 gint64                     message_id,
                 gint64                     created_at,
                 const FdRepeatsSignature  *sig,
                 GError                   **error)
{
  guint32 blob[FD_REPEATS_N_HASHES];
  sqlite3_stmt *stmt;

  stmt = _fd_store_prepare (store,
                            replace
                            ? "INSERT OR REPLACE INTO repeat_signatures (message_id, epoch, created_at, length, signature)"
                              " VALUES (?, ?, ?, ?, ?)"
                            : "INSERT OR IGNORE INTO repeat_signatures (message_id, epoch, created_at, length, signature)"
                              " VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  signature_to_blob (sig, blob);
  sqlite3_bind_int64 (stmt, 1, message_id);
  sqlite3_bind_int64 (stmt, 2, epoch_of (created_at));
  sqlite3_bind_int64 (stmt, 3, created_at);
  sqlite3_bind_int (stmt, 4, (int) sig->length);
  sqlite3_bind_blob (stmt, 5, blob, sizeof blob, SQLITE_TRANSIENT);

  return _fd_sql_step (store, stmt, error);
}

/* The topic index uses the first bands only: a topic needs one match
 * among its many posts, so fewer bands still find it, and the global
 * index is the bigger one to write. */
static inline guint
n_bands (gboolean topic)
{
  return topic ? FD_TOPIC_N_BANDS : FD_REPEATS_N_BANDS;
}

/* One statement for all the bands of a message. */
static const char *
band_insert_sql (gboolean topic)
{
  static char *sql[2];
  int which = topic ? 1 : 0;

  if (g_once_init_enter (&sql[which]))
    {
      GString *str = g_string_new (topic ? "INSERT OR IGNORE INTO topic_lsh" : "INSERT OR IGNORE INTO repeat_lsh");

      g_string_append (str, " (epoch, customer_id, bkey, message_id, created_at) VALUES ");
      for (guint band = 0; band < n_bands (topic); band++)
        g_string_append_printf (str, "%s(?1, ?2, ?%u, ?3, ?4)", band > 0 ? ", " : "", band + 5);
      g_once_init_leave (&sql[which], g_string_free (str, FALSE));
    }

  return sql[which];
}

static gboolean
store_band_keys (FdStore       *store,
                 gboolean       topic,
                 gint64         message_id,
                 gint64         customer_id,
                 gint64         created_at,
                 const gint64   keys[FD_REPEATS_N_BANDS],
                 GError       **error)
{
  sqlite3_stmt *stmt = _fd_store_prepare (store, band_insert_sql (topic), error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, epoch_of (created_at));
  sqlite3_bind_int64 (stmt, 2, customer_id);
  sqlite3_bind_int64 (stmt, 3, message_id);
  sqlite3_bind_int64 (stmt, 4, created_at);
  for (guint band = 0; band < n_bands (topic); band++)
    sqlite3_bind_int64 (stmt, band + 5, keys[band]);

  return _fd_sql_step (store, stmt, error);
}

/* The SQL of a candidate lookup: up to three epochs around the message
 * (the same one repeated when fewer hold rows), the customer's (or anyone
 * else's) rows, any of the band keys. */
static const char *
candidate_sql (gboolean topic)
{
  static char *sql[2];
  int which = topic ? 1 : 0;

  if (g_once_init_enter (&sql[which]))
    {
      /* No DISTINCT: a message found in several bands is skipped in C,
       * cheaper than a temporary b-tree per lookup. */
      GString *s = g_string_new ("SELECT s.message_id, s.created_at, s.length, s.signature, l.customer_id");

      g_string_append (s, topic ? " FROM topic_lsh l" : " FROM repeat_lsh l");
      g_string_append (s, " JOIN repeat_signatures s ON s.message_id = l.message_id"
                          " WHERE l.epoch IN (?1, ?2, ?3) AND l.bkey IN (");
      for (guint band = 0; band < n_bands (topic); band++)
        g_string_append_printf (s, "%s?%u", band > 0 ? ", " : "", band + 7);
      g_string_append (s, topic ? ") AND l.customer_id != ?4" : ") AND l.customer_id = ?4");
      g_string_append (s, " AND l.created_at BETWEEN ?5 AND ?6 LIMIT " G_STRINGIFY (MAX_ROWS));
      g_once_init_leave (&sql[which], g_string_free (s, FALSE));
    }

  return sql[which];
}

/* Verified near-copies of @sig among the LSH candidates. */
static GArray *
find_matches (FdStore                   *store,
              gboolean                   topic,
              gint64                     customer_id,
              gint64                     created_at,
              gint64                     lo_epoch,
              gint64                     hi_epoch,
              const FdRepeatsSignature  *sig,
              const gint64               keys[FD_REPEATS_N_BANDS],
              GError                   **error)
{
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (Match));
  gint64 seen[MAX_CANDIDATES];
  guint n_seen = 0;
  gint64 epoch = epoch_of (created_at);
  double threshold = topic ? FD_TOPIC_COPY_THRESHOLD : FD_REPEATS_COPY_THRESHOLD;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _fd_store_prepare (store, candidate_sql (topic), error);
  if (stmt == NULL)
    return NULL;

  /* Only epochs that hold rows: a message that arrives in order has no
   * newer epoch to look at. Each seek costs, so skip the empty ones. */
  lo_epoch = MAX (lo_epoch, epoch - 1);
  hi_epoch = MIN (hi_epoch, epoch + 1);
  if (lo_epoch > hi_epoch)
    return g_steal_pointer (&matches);
  sqlite3_bind_int64 (stmt, 1, lo_epoch);
  sqlite3_bind_int64 (stmt, 2, lo_epoch + 1 <= hi_epoch ? lo_epoch + 1 : lo_epoch);
  sqlite3_bind_int64 (stmt, 3, hi_epoch);
  sqlite3_bind_int64 (stmt, 4, customer_id);
  sqlite3_bind_int64 (stmt, 5, created_at - FD_REPEATS_WINDOW);
  sqlite3_bind_int64 (stmt, 6, created_at + FD_REPEATS_WINDOW);
  for (guint band = 0; band < n_bands (topic); band++)
    sqlite3_bind_int64 (stmt, band + 7, keys[band]);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      FdRepeatsSignature other;
      gboolean dup = FALSE;
      Match match;

      for (guint k = 0; k < n_seen && !dup; k++)
        dup = seen[k] == id;
      if (dup)
        continue;
      if (n_seen == MAX_CANDIDATES)
        break;
      seen[n_seen++] = id;

      if (!signature_from_column (stmt, 3, 2, &other) ||
          !_fd_repeats_is_copy (sig, &other, threshold))
        continue;

      match.id = id;
      match.created_at = sqlite3_column_int64 (stmt, 1);
      match.customer_id = sqlite3_column_int64 (stmt, 4);
      g_array_append_val (matches, match);

      /* Enough to join their group or topic. */
      if (matches->len >= MAX_MATCHES)
        break;
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&matches);
}

/* Puts @message_id and its @matches in one group (or topic), merging the
 * groups they were in. */
static gboolean
join_cluster (FdStore       *store,
              gboolean       topic,
              gint64         customer_id,
              gint64         message_id,
              gint64         created_at,
              const GArray  *matches,
              GError       **error)
{
  const char *members = topic ? "topic_members" : "repeat_members";
  const char *group_col = topic ? "topic_id" : "group_id";
  const char *groups = topic ? "topics" : "repeat_groups";
  g_autofree char *sql_find = g_strdup_printf ("SELECT %s FROM %s WHERE message_id = ?", group_col, members);
  g_autofree char *sql_move = g_strdup_printf ("UPDATE %s SET %s = ?1 WHERE %s = ?2", members, group_col, group_col);
  g_autofree char *sql_span = g_strdup_printf ("UPDATE %s SET created = min(created, (SELECT created FROM %s WHERE id = ?2)),"
                                               " last_at = max(last_at, (SELECT last_at FROM %s WHERE id = ?2)) WHERE id = ?1",
                                               groups, groups, groups);
  g_autofree char *sql_drop = g_strdup_printf ("DELETE FROM %s WHERE id = ?", groups);
  g_autofree char *sql_add = g_strdup_printf ("INSERT OR IGNORE INTO %s (message_id, %s) VALUES (?, ?)", members, group_col);
  g_autofree char *sql_time = g_strdup_printf ("UPDATE %s SET created = min(created, ?2), last_at = max(last_at, ?2) WHERE id = ?1", groups);
  gint64 target = 0;
  sqlite3_stmt *stmt;

  /* The oldest group any of them is in becomes the group of all. */
  for (guint i = 0; i <= matches->len; i++)
    {
      gint64 id = i < matches->len ? g_array_index (matches, Match, i).id : message_id;
      gint64 group;

      if (!(stmt = _fd_store_prepare (store, sql_find, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if ((group = _fd_sql_query_int (store, stmt, error)) < 0)
        return FALSE;
      if (group == 0 || group == target)
        continue;

      if (target == 0)
        {
          target = group;
          continue;
        }

      if (!_fd_sql_exec_ints (store, sql_move, error, 2, MIN (target, group), MAX (target, group)) ||
          !_fd_sql_exec_ints (store, sql_span, error, 2, MIN (target, group), MAX (target, group)) ||
          !_fd_sql_exec_ints (store, sql_drop, error, 1, MAX (target, group)))
        return FALSE;
      target = MIN (target, group);
    }

  if (target == 0)
    {
      if (topic)
        stmt = _fd_store_prepare (store, "INSERT INTO topics (created, last_at) VALUES (?1, ?1)", error);
      else
        stmt = _fd_store_prepare (store, "INSERT INTO repeat_groups (created, last_at, customer_id) VALUES (?1, ?1, ?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, created_at);
      if (!topic)
        sqlite3_bind_int64 (stmt, 2, customer_id);
      if (!_fd_sql_step (store, stmt, error))
        return FALSE;
      target = sqlite3_last_insert_rowid (fd_store_get_db (store));
    }

  for (guint i = 0; i <= matches->len; i++)
    {
      const Match *m = i < matches->len ? &g_array_index (matches, Match, i) : NULL;

      if (!_fd_sql_exec_ints (store, sql_add, error, 2, m != NULL ? m->id : message_id, target) ||
          !_fd_sql_exec_ints (store, sql_time, error, 2, target, m != NULL ? m->created_at : created_at))
        return FALSE;
    }

  if (!topic)
    {
      /* Every copy shows how many copies there are. */
      if (!_fd_sql_exec_ints (store,
                              "UPDATE messages SET repeat_count = (SELECT count(*) FROM repeat_members WHERE group_id = ?1)"
                              " WHERE id IN (SELECT message_id FROM repeat_members WHERE group_id = ?1)",
                              error, 1, target))
        return FALSE;
    }

  return TRUE;
}

typedef struct {
  gint64 repeat_lo, repeat_hi;
  gint64 topic_lo, topic_hi;
  gint64 oldest;
} Epochs;

/* The epochs the index holds; each bound is one seek at an end of a
 * primary key. Empty tables give an empty range. */
static gboolean
get_epochs (FdStore  *store,
            Epochs   *epochs,
            GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _fd_store_prepare (store,
                            "SELECT (SELECT min(epoch) FROM repeat_lsh), (SELECT max(epoch) FROM repeat_lsh),"
                            " (SELECT min(epoch) FROM topic_lsh), (SELECT max(epoch) FROM topic_lsh),"
                            " (SELECT min(epoch) FROM repeat_signatures)", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      gboolean has_repeat = sqlite3_column_type (stmt, 0) != SQLITE_NULL;
      gboolean has_topic = sqlite3_column_type (stmt, 2) != SQLITE_NULL;

      epochs->repeat_lo = has_repeat ? sqlite3_column_int64 (stmt, 0) : G_MAXINT64;
      epochs->repeat_hi = has_repeat ? sqlite3_column_int64 (stmt, 1) : G_MININT64;
      epochs->topic_lo = has_topic ? sqlite3_column_int64 (stmt, 2) : G_MAXINT64;
      epochs->topic_hi = has_topic ? sqlite3_column_int64 (stmt, 3) : G_MININT64;
      epochs->oldest = sqlite3_column_type (stmt, 4) != SQLITE_NULL ? sqlite3_column_int64 (stmt, 4) : G_MAXINT64;
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

/* Keeps the index to the last weeks, so lookups stay small. */
static gboolean
prune (FdStore       *store,
       const Epochs  *epochs,
       gint64         epoch,
       GError       **error)
{
  gint64 keep = epoch - 2;

  if (MIN (MIN (epochs->repeat_lo, epochs->topic_lo), epochs->oldest) >= keep)
    return TRUE;

  return _fd_sql_exec_ints (store, "DELETE FROM repeat_lsh WHERE epoch < ?", error, 1, keep) &&
         _fd_sql_exec_ints (store, "DELETE FROM topic_lsh WHERE epoch < ?", error, 1, keep) &&
         _fd_sql_exec_ints (store, "DELETE FROM repeat_signatures WHERE epoch < ?", error, 1, keep);
}

static gboolean
on_insert (FdStore                    *store,
           gint64                      message_id,
           gint64                      customer_id,
           const char                 *text,
           const FdRepeatsPrecomputed *precomputed,
           gint64                      created_at,
           GError                    **error)
{
  g_autoptr(GArray) copies = NULL;
  g_autoptr(GArray) shared = NULL;
  gint64 keys[FD_REPEATS_N_BANDS];
  FdRepeatsSignature sig;
  Epochs epochs = { 0, };
  gboolean fresh;

  if (precomputed != NULL)
    {
      if (!precomputed->usable)
        return TRUE;
      sig = precomputed->sig;
    }
  else if (!_fd_repeats_signature (text, &sig))
    return TRUE;

  if (!get_epochs (store, &epochs, error) ||
      !prune (store, &epochs, epoch_of (created_at), error) ||
      !store_signature (store, FALSE, message_id, created_at, &sig, error))
    return FALSE;

  /* An automatic merge made while inserting this message has already
   * put it in its customer's groups: only topics are left to do. */
  fresh = sqlite3_changes (fd_store_get_db (store)) > 0;

  _fd_repeats_band_keys (&sig, keys);
  if (fresh)
    {
      if (!(copies = find_matches (store, FALSE, customer_id, created_at, epochs.repeat_lo, epochs.repeat_hi,
                                   &sig, keys, error)) ||
          !store_band_keys (store, FALSE, message_id, customer_id, created_at, keys, error))
        return FALSE;
      if (copies->len > 0 && !join_cluster (store, FALSE, customer_id, message_id, created_at, copies, error))
        return FALSE;
    }

  if (sig.length < FD_TOPIC_MIN_LENGTH)
    return TRUE;

  if (!(shared = find_matches (store, TRUE, customer_id, created_at, epochs.topic_lo, epochs.topic_hi,
                               &sig, keys, error)) ||
      !store_band_keys (store, TRUE, message_id, customer_id, created_at, keys, error))
    return FALSE;
  if (shared->len > 0 && !join_cluster (store, TRUE, customer_id, message_id, created_at, shared, error))
    return FALSE;

  for (guint i = 0; i < shared->len; i++)
    {
      const Match *m = &g_array_index (shared, Match, i);

      if (ABS (m->created_at - created_at) <= SUGGEST_WINDOW &&
          !_fd_customers_suggest_link (store, m->id, message_id, error))
        return FALSE;
    }

  return TRUE;
}

/* CPU time of this thread: what a message costs, whatever else the
 * machine is doing. */
static gint64
thread_cpu_usec (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return g_get_monotonic_time ();
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

gboolean
_fd_repeats_on_insert (FdStore                    *store,
                       gint64                      message_id,
                       gint64                      customer_id,
                       const char                 *text,
                       const FdRepeatsPrecomputed *precomputed,
                       gint64                      created_at,
                       FdDirection                 dir,
                       GError                    **error)
{
  gint64 start;
  gboolean ret;

  if (dir != FD_DIRECTION_IN || customer_id <= 0 || text == NULL)
    return TRUE;

  start = thread_cpu_usec ();
  ret = on_insert (store, message_id, customer_id, text, precomputed, created_at, error);

  G_LOCK (cost);
  cost_calls++;
  cost_usec += thread_cpu_usec () - start;
  G_UNLOCK (cost);

  return ret;
}

void
_fd_repeats_get_cost (guint64 *n_calls,
                      gint64  *usec)
{
  G_LOCK (cost);
  *n_calls = cost_calls;
  *usec = cost_usec;
  G_UNLOCK (cost);
}

void
_fd_repeats_reset_cost (void)
{
  G_LOCK (cost);
  cost_calls = 0;
  cost_usec = 0;
  G_UNLOCK (cost);
}

/* Rebuilding */

typedef struct {
  gint64             id;
  gint64             created_at;
  FdRepeatsSignature sig;
} Post;

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
  return i;
}

static gboolean
forget_customer_lsh (FdStore  *store,
                     gint64    customer_id,
                     GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 lo, hi;

  /* The table is keyed by epoch first: one short range per live epoch. */
  if (!(stmt = _fd_store_prepare (store, "SELECT (SELECT min(epoch) FROM repeat_lsh), (SELECT max(epoch) FROM repeat_lsh)", error)))
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  lo = sqlite3_column_int64 (stmt, 0);
  hi = sqlite3_column_int64 (stmt, 1);
  sqlite3_reset (stmt);

  for (gint64 e = lo; e <= hi; e++)
    if (!_fd_sql_exec_ints (store, "DELETE FROM repeat_lsh WHERE epoch = ? AND customer_id = ?", error, 2, e, customer_id))
      return FALSE;

  return TRUE;
}

static gboolean
drop_customer_groups (FdStore  *store,
                      gint64    customer_id,
                      GError  **error)
{
  return _fd_sql_exec_ints (store,
                            "UPDATE messages SET repeat_count = 0 WHERE id IN (SELECT rm.message_id FROM repeat_members rm"
                            " JOIN repeat_groups g ON g.id = rm.group_id WHERE g.customer_id = ?)",
                            error, 1, customer_id) &&
         _fd_sql_exec_ints (store, "DELETE FROM repeat_groups WHERE customer_id = ?", error, 1, customer_id) &&
         forget_customer_lsh (store, customer_id, error);
}

gboolean
_fd_repeats_rebuild_customer (FdStore  *store,
                              gint64    customer_id,
                              GError  **error)
{
  g_autoptr(GArray) posts = g_array_new (FALSE, FALSE, sizeof (Post));
  g_autofree guint *parent = NULL;
  sqlite3_stmt *stmt;
  gint64 newest_epoch;
  int rc;

  if (!drop_customer_groups (store, customer_id, error))
    return FALSE;

  stmt = _fd_store_prepare (store,
                            "SELECT m.id, m.created_at, fd_text (m.text) FROM messages m JOIN identities i ON i.id = m.identity_id"
                            " WHERE i.customer_id = ? AND m.direction = 0 ORDER BY m.created_at, m.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Post post;

      post.id = sqlite3_column_int64 (stmt, 0);
      post.created_at = sqlite3_column_int64 (stmt, 1);
      if (_fd_repeats_signature ((const char *) sqlite3_column_text (stmt, 2), &post.sig))
        g_array_append_val (posts, post);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  if (!(stmt = _fd_store_prepare (store, "SELECT max(epoch) FROM repeat_signatures", error)))
    return FALSE;
  newest_epoch = _fd_sql_query_int (store, stmt, error);
  if (newest_epoch < 0)
    return FALSE;

  /* Copies are pairs within the window: union them. */
  parent = g_new (guint, MAX (posts->len, 1));
  for (guint i = 0; i < posts->len; i++)
    parent[i] = i;

  for (guint i = 0; i < posts->len; i++)
    {
      const Post *a = &g_array_index (posts, Post, i);
      gint64 keys[FD_REPEATS_N_BANDS];

      for (guint j = i + 1; j < posts->len && j < i + 1 + MAX_CANDIDATES * 4; j++)
        {
          const Post *b = &g_array_index (posts, Post, j);

          if (b->created_at - a->created_at > FD_REPEATS_WINDOW)
            break;
          if (_fd_repeats_is_copy (&a->sig, &b->sig, FD_REPEATS_COPY_THRESHOLD))
            parent[find_root (parent, j)] = find_root (parent, i);
        }

      /* Recent posts go back into the index so new copies find them. */
      _fd_repeats_band_keys (&a->sig, keys);
      if (!store_signature (store, TRUE, a->id, a->created_at, &a->sig, error))
        return FALSE;
      if (epoch_of (a->created_at) >= newest_epoch - 2 &&
          !store_band_keys (store, FALSE, a->id, customer_id, a->created_at, keys, error))
        return FALSE;
    }

  for (guint i = 0; i < posts->len; i++)
    {
      const Post *a = &g_array_index (posts, Post, i);
      guint root = find_root (parent, i);
      g_autoptr(GArray) matches = NULL;
      Match match;

      if (root == i)
        continue;

      /* Join @a to its root's group: a one-member "matches" list. */
      matches = g_array_new (FALSE, FALSE, sizeof (Match));
      match.id = g_array_index (posts, Post, root).id;
      match.created_at = g_array_index (posts, Post, root).created_at;
      match.customer_id = customer_id;
      g_array_append_val (matches, match);
      if (!join_cluster (store, FALSE, customer_id, a->id, a->created_at, matches, error))
        return FALSE;
    }

  _fd_store_mark_written (store);
  return TRUE;
}

gboolean
_fd_repeats_forget_customer (FdStore       *store,
                             gint64         customer_id,
                             const GArray  *message_ids,
                             GError       **error)
{
  if (!drop_customer_groups (store, customer_id, error))
    return FALSE;

  for (guint i = 0; i < message_ids->len; i++)
    {
      gint64 id = g_array_index (message_ids, gint64, i);
      FdRepeatsSignature sig;
      gint64 keys[FD_REPEATS_N_BANDS];
      sqlite3_stmt *stmt;
      gint64 epoch;
      int rc;

      stmt = _fd_store_prepare (store, "SELECT epoch, length, signature FROM repeat_signatures WHERE message_id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW || !signature_from_column (stmt, 2, 1, &sig))
        {
          sqlite3_reset (stmt);
          if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return _fd_store_set_error (fd_store_get_db (store), rc, error);
          continue;
        }
      epoch = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);

      _fd_repeats_band_keys (&sig, keys);
      for (guint band = 0; band < FD_TOPIC_N_BANDS; band++)
        if (!_fd_sql_exec_ints (store, "DELETE FROM topic_lsh WHERE epoch = ? AND bkey = ? AND message_id = ?",
                                error, 3, epoch, keys[band], id))
          return FALSE;
      if (!_fd_sql_exec_ints (store, "DELETE FROM repeat_signatures WHERE message_id = ?", error, 1, id))
        return FALSE;
    }

  return TRUE;
}

gboolean
fd_repeats_rebuild (FdStore  *store,
                    GError  **error)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  db = fd_store_get_db (store);
  if (!fd_store_begin (store, error))
    return FALSE;

  if ((rc = sqlite3_exec (db,
                          "DELETE FROM repeat_lsh; DELETE FROM topic_lsh; DELETE FROM repeat_signatures;"
                          "DELETE FROM repeat_groups; DELETE FROM topics;"
                          "UPDATE messages SET repeat_count = 0 WHERE repeat_count != 0;",
                          NULL, NULL, NULL)) != SQLITE_OK)
    {
      _fd_store_set_error (db, rc, error);
      fd_store_rollback (store);
      return FALSE;
    }

  /* Oldest first, as if they had arrived in order. */
  stmt = _fd_store_prepare (store, "SELECT id FROM messages WHERE direction = 0 ORDER BY created_at, id", error);
  if (stmt == NULL)
    {
      fd_store_rollback (store);
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autofree char *text = NULL;
      gint64 customer_id = 0, created_at = 0;

      stmt = _fd_store_prepare (store,
                                "SELECT i.customer_id, m.created_at, fd_text (m.text) FROM messages m"
                                " JOIN identities i ON i.id = m.identity_id WHERE m.id = ?", error);
      if (stmt == NULL)
        {
          fd_store_rollback (store);
          return FALSE;
        }
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          customer_id = sqlite3_column_int64 (stmt, 0);
          created_at = sqlite3_column_int64 (stmt, 1);
          text = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
        }
      sqlite3_reset (stmt);

      if (customer_id > 0 && text != NULL &&
          !on_insert (store, id, customer_id, text, NULL, created_at, error))
        {
          fd_store_rollback (store);
          return FALSE;
        }
    }

  _fd_store_mark_written (store);
  if (!fd_store_commit (store, error))
    {
      fd_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}
