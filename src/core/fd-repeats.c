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
static guint64 cost_stored_lookups;

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

static gboolean
store_signature (FdStore                   *store,
                 gboolean                   replace,
                 gint64                     message_id,
                 gint64                     created_at,
                 const FdRepeatsSignature  *sig,
                 GError                   **error)
{
  sqlite3_stmt *stmt;

  stmt = _fd_store_prepare (store,
                            replace
                            ? "INSERT OR REPLACE INTO repeat_signatures (message_id, epoch, created_at, length, signature)"
                              " VALUES (?, ?, ?, ?, ?)"
                            : "INSERT OR IGNORE INTO repeat_signatures (message_id, epoch, created_at, length, signature)"
                              " VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, message_id);
  sqlite3_bind_int64 (stmt, 2, epoch_of (created_at));
  sqlite3_bind_int64 (stmt, 3, created_at);
  sqlite3_bind_int (stmt, 4, (int) sig->length);
  sqlite3_bind_blob (stmt, 5, sig->h, sizeof sig->h, SQLITE_TRANSIENT);

  return _fd_sql_step (store, stmt, error);
}

/* The topic index uses the first bands only: a topic needs one match
 * among its many posts, so fewer bands still find it. */
static inline guint
n_bands (gboolean topic)
{
  return topic ? FD_TOPIC_N_BANDS : FD_REPEATS_N_BANDS;
}

typedef struct {
  gboolean topic;
  gint64   message_id;
  gint64   customer_id;
  gint64   created_at;
} Lookup;

/* Repeats: the customer's own posts. Topics: long enough posts of anyone
 * else. Both: within the window around the post. */
static gboolean
is_candidate (const FdRepeatsIndexEntry *entry,
              gpointer                   user_data)
{
  const Lookup *lookup = user_data;

  if (entry->message_id == lookup->message_id ||
      ABS (entry->created_at - lookup->created_at) > FD_REPEATS_WINDOW)
    return FALSE;

  if (lookup->topic)
    return entry->customer_id != lookup->customer_id && entry->sig.length >= FD_TOPIC_MIN_LENGTH;

  return entry->customer_id == lookup->customer_id;
}

/* Copies are posts that share an LSH band key and pass
 * _fd_repeats_is_copy(): one rule, whether a post is looked up in the
 * held weeks, among its customer's stored posts or in a rebuild, so that
 * the groups do not depend on the order in which posts arrive. */
static gboolean
shares_band (const gint64 keys[FD_REPEATS_N_BANDS],
             const gint64 other[FD_REPEATS_N_BANDS],
             guint        n)
{
  for (guint band = 0; band < n; band++)
    if (keys[band] == other[band])
      return TRUE;

  return FALSE;
}

/* The candidates that are near-copies of @sig: enough of them join the
 * post to their group or topic. */
static GArray *
verify (const GPtrArray           *candidates,
        const FdRepeatsSignature  *sig,
        double                     threshold)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (Match));

  for (guint i = 0; i < candidates->len && matches->len < MAX_MATCHES; i++)
    {
      const FdRepeatsIndexEntry *other = g_ptr_array_index (candidates, i);
      Match match;

      if (!_fd_repeats_is_copy (sig, &other->sig, threshold))
        continue;

      match.id = other->message_id;
      match.created_at = other->created_at;
      match.customer_id = other->customer_id;
      g_array_append_val (matches, match);
    }

  return matches;
}

/* Verified near-copies of @sig among the LSH candidates of the held
 * weeks. */
static GArray *
find_matches (FdStore                   *store,
              gboolean                   topic,
              gint64                     message_id,
              gint64                     customer_id,
              gint64                     created_at,
              const FdRepeatsSignature  *sig,
              const gint64               keys[FD_REPEATS_N_BANDS])
{
  g_autoptr(GPtrArray) candidates = NULL;
  Lookup lookup = { topic, message_id, customer_id, created_at };

  candidates = _fd_repeats_index_find (_fd_store_get_repeats_index (store), epoch_of (created_at),
                                       keys, n_bands (topic), is_candidate, &lookup, MAX_CANDIDATES);

  return verify (candidates, sig, topic ? FD_TOPIC_COPY_THRESHOLD : FD_REPEATS_COPY_THRESHOLD);
}

/* The same, for a post whose weeks are not held: among its customer's
 * stored posts around it. */
static GArray *
find_stored_copies (FdStore                   *store,
                    gint64                     message_id,
                    gint64                     customer_id,
                    gint64                     created_at,
                    const FdRepeatsSignature  *sig,
                    const gint64               keys[FD_REPEATS_N_BANDS],
                    GError                   **error)
{
  g_autoptr(GArray) stored = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  Lookup lookup = { FALSE, message_id, customer_id, created_at };

  stored = _fd_repeats_read_stored (store, customer_id, created_at - FD_REPEATS_WINDOW,
                                    created_at + FD_REPEATS_WINDOW, error);
  if (stored == NULL)
    return NULL;

  for (guint i = 0; i < stored->len && candidates->len < MAX_CANDIDATES; i++)
    {
      const FdRepeatsIndexEntry *entry = &g_array_index (stored, FdRepeatsIndexEntry, i);
      gint64 other[FD_REPEATS_N_BANDS];

      if (!is_candidate (entry, &lookup))
        continue;
      _fd_repeats_band_keys (&entry->sig, other);
      if (shares_band (keys, other, n_bands (FALSE)))
        g_ptr_array_add (candidates, (gpointer) entry);
    }

  return verify (candidates, sig, FD_REPEATS_COPY_THRESHOLD);
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

static gboolean
on_insert (FdStore                    *store,
           gint64                      message_id,
           gint64                      customer_id,
           const char                 *text,
           const FdRepeatsPrecomputed *precomputed,
           gint64                      created_at,
           GError                    **error)
{
  FdRepeatsIndex *index = _fd_store_get_repeats_index (store);
  g_autoptr(GArray) copies = NULL;
  g_autoptr(GArray) shared = NULL;
  gint64 keys[FD_REPEATS_N_BANDS];
  gint64 epoch = epoch_of (created_at);
  FdRepeatsSignature sig;
  gboolean fresh;
  gboolean held;

  if (precomputed != NULL)
    {
      if (!precomputed->usable)
        return TRUE;
      sig = precomputed->sig;
    }
  else if (!_fd_repeats_signature (text, &sig))
    return TRUE;

  /* Weeks read before the post is stored, which adds it to them. */
  if (!_fd_repeats_index_hold (index, store, epoch, &held, error) ||
      !store_signature (store, FALSE, message_id, created_at, &sig, error))
    return FALSE;

  /* An automatic merge made while inserting this message has already
   * put it in its customer's groups: only topics are left to do. */
  fresh = sqlite3_changes (fd_store_get_db (store)) > 0;

  _fd_repeats_band_keys (&sig, keys);
  if (fresh && held)
    copies = find_matches (store, FALSE, message_id, customer_id, created_at, &sig, keys);
  else if (fresh)
    {
      if (!(copies = find_stored_copies (store, message_id, customer_id, created_at, &sig, keys, error)))
        return FALSE;

      G_LOCK (cost);
      cost_stored_lookups++;
      G_UNLOCK (cost);
    }

  /* Topics are many customers' posts: only the held weeks are searched. */
  if (held && sig.length >= FD_TOPIC_MIN_LENGTH)
    shared = find_matches (store, TRUE, message_id, customer_id, created_at, &sig, keys);

  if (fresh)
    {
      FdRepeatsIndexEntry entry = { message_id, customer_id, created_at, sig };

      _fd_repeats_index_add (index, epoch, &entry);
    }

  if (copies != NULL && copies->len > 0 &&
      !join_cluster (store, FALSE, customer_id, message_id, created_at, copies, error))
    return FALSE;

  if (shared == NULL)
    return TRUE;

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
  cost_stored_lookups = 0;
  G_UNLOCK (cost);
}

guint64
_fd_repeats_get_n_stored_lookups (void)
{
  guint64 n;

  G_LOCK (cost);
  n = cost_stored_lookups;
  G_UNLOCK (cost);

  return n;
}

/* Rebuilding */

typedef struct {
  gint64             id;
  gint64             created_at;
  FdRepeatsSignature sig;
  gint64             keys[FD_REPEATS_N_BANDS];
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
drop_customer_groups (FdStore  *store,
                      gint64    customer_id,
                      GError  **error)
{
  return _fd_sql_exec_ints (store,
                            "UPDATE messages SET repeat_count = 0 WHERE id IN (SELECT rm.message_id FROM repeat_members rm"
                            " JOIN repeat_groups g ON g.id = rm.group_id WHERE g.customer_id = ?)",
                            error, 1, customer_id) &&
         _fd_sql_exec_ints (store, "DELETE FROM repeat_groups WHERE customer_id = ?", error, 1, customer_id);
}

gboolean
_fd_repeats_rebuild_customer (FdStore  *store,
                              gint64    customer_id,
                              GError  **error)
{
  g_autoptr(GArray) posts = g_array_new (FALSE, FALSE, sizeof (Post));
  g_autofree guint *parent = NULL;
  sqlite3_stmt *stmt;
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
        {
          _fd_repeats_band_keys (&post.sig, post.keys);
          g_array_append_val (posts, post);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  /* Copies are pairs within the window: union them. */
  parent = g_new (guint, MAX (posts->len, 1));
  for (guint i = 0; i < posts->len; i++)
    parent[i] = i;

  for (guint i = 0; i < posts->len; i++)
    {
      const Post *a = &g_array_index (posts, Post, i);

      for (guint j = i + 1; j < posts->len && j < i + 1 + MAX_CANDIDATES * 4; j++)
        {
          const Post *b = &g_array_index (posts, Post, j);

          if (b->created_at - a->created_at > FD_REPEATS_WINDOW)
            break;
          if (shares_band (a->keys, b->keys, n_bands (FALSE)) &&
              _fd_repeats_is_copy (&a->sig, &b->sig, FD_REPEATS_COPY_THRESHOLD))
            parent[find_root (parent, j)] = find_root (parent, i);
        }

      /* The posts go back into the index, under their new customer, so
       * that new copies find them. */
      if (!store_signature (store, TRUE, a->id, a->created_at, &a->sig, error))
        return FALSE;
    }
  _fd_repeats_index_reset (_fd_store_get_repeats_index (store));

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
    if (!_fd_sql_exec_ints (store, "DELETE FROM repeat_signatures WHERE message_id = ?",
                            error, 1, g_array_index (message_ids, gint64, i)))
      return FALSE;
  _fd_repeats_index_reset (_fd_store_get_repeats_index (store));

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
                          "DELETE FROM repeat_signatures;"
                          "DELETE FROM repeat_groups; DELETE FROM topics;"
                          "UPDATE messages SET repeat_count = 0 WHERE repeat_count != 0;",
                          NULL, NULL, NULL)) != SQLITE_OK)
    {
      _fd_store_set_error (db, rc, error);
      fd_store_rollback (store);
      return FALSE;
    }
  _fd_repeats_index_restart (_fd_store_get_repeats_index (store));

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
