/* fd-repeats.c: finding repeated posts and topics as messages arrive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <time.h>

#include "fd-message-private.h"
#include "fd-repeats-private.h"
#include "fd-sql.h"

/* The rules of this file, fd-repeats-meaning.c and the lexicon, as
 * repeat_rules.version: one more whenever they would group a profile's
 * posts otherwise. 1: the first; 2: asking again, words akin under one
 * number, thanks, question marks and our answers that asked nothing;
 * 3: saying one told us before ("as I said on Mastodon"); 4: the things
 * a post names, and asking again about them in other words; 5: another
 * matter ("separate thing about order 44170"); 6: follow-ups and thanks
 * are copies of nothing, "Hallo nochmal" asks again; 7: the return
 * label, a complaint of its own; 8: solved problems, akin complaints
 * asked again, logging in and the app no longer akin; 9: the
 * courier's conduct, a complaint of its own; 10: "oh and", "Aanvulling"
 * add to a post, asking again opens a short post; 11: more words, and
 * two posts that name one thing under one name despite the kinds; 12:
 * addresses are not words of the lexicon; 13: a customer who answers
 * their own mail goes on asking, asking again about a thing named when
 * the lexicon knows no complaint or only that it is broken, the parcel
 * came at last, thanks that sign off asking again, more words. */
#define RULES_VERSION 14

/* At most this many candidates are verified per message: a post that many
 * others already match is in their group or topic after a few of them. */
#define MAX_CANDIDATES 64
#define MAX_MATCHES    8
/* A customer's posts around a new one that are compared with it: enough
 * for a customer who posts a few times a day, bounded for one who posts
 * hundreds. */
#define MAX_OWN_POSTS  256

/* A near-identical post of another customer this close in time, under the
 * same name on another channel, suggests they are one person. */
#define SUGGEST_WINDOW (24 * 3600)

typedef struct {
  gint64          id;
  gint64          created_at;
  gint64          customer_id;
  FdRepeatReason  reason;        /* repeats only */
  char           *reason_value;
} Match;

static void
match_clear (gpointer data)
{
  Match *match = data;

  g_clear_pointer (&match->reason_value, g_free);
}

static GArray *
match_array_new (void)
{
  GArray *matches = g_array_new (FALSE, TRUE, sizeof (Match));

  g_array_set_clear_func (matches, match_clear);
  return matches;
}

/* The better of two reasons: a number, then a near copy, then a kind of
 * complaint; between two alike, the first value in byte order, so that a
 * group's reason does not depend on the order its posts arrived in. */
static gboolean
reason_is_better (FdRepeatReason  reason,
                  const char     *value,
                  FdRepeatReason  than,
                  const char     *than_value)
{
  if (reason == FD_REPEAT_REASON_UNKNOWN)
    return FALSE;
  if (than == FD_REPEAT_REASON_UNKNOWN || reason < than)
    return TRUE;
  return reason == than && g_strcmp0 (value != NULL ? value : "", than_value != NULL ? than_value : "") < 0;
}

G_DEFINE_QUARK (fd-repeats-error-quark, fd_repeats_error)

G_LOCK_DEFINE_STATIC (cost);
static guint64 cost_calls;
static gint64 cost_usec;
/* Set by _fd_repeats_reset_cost(): two clock reads per message are 1%
 * of an import that nobody measures. */
static gint cost_measured;
static guint64 cost_stored_lookups;

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
                 const FdRepeatsFacts      *facts,
                 GError                   **error)
{
  g_autoptr(GBytes) packed = _fd_repeats_facts_pack (facts);
  sqlite3_stmt *stmt;

  stmt = _fd_store_prepare (store,
                            replace
                            ? "INSERT OR REPLACE INTO repeat_signatures (message_id, epoch, created_at, length, signature, facts)"
                              " VALUES (?, ?, ?, ?, ?, ?)"
                            : "INSERT OR IGNORE INTO repeat_signatures (message_id, epoch, created_at, length, signature, facts)"
                              " VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, message_id);
  sqlite3_bind_int64 (stmt, 2, epoch_of (created_at));
  sqlite3_bind_int64 (stmt, 3, created_at);
  sqlite3_bind_int (stmt, 4, (int) sig->length);
  sqlite3_bind_blob (stmt, 5, sig->h, sizeof sig->h, SQLITE_TRANSIENT);
  if (packed != NULL)
    sqlite3_bind_blob (stmt, 6, g_bytes_get_data (packed, NULL), (int) g_bytes_get_size (packed), SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 6);

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

/* Copies of a topic are posts that share an LSH band key and pass
 * _fd_repeats_is_copy(). Copies of one customer's complaint are compared
 * by _fd_repeats_compare(), whether a post is looked up in the held
 * weeks, among its customer's stored posts or in a rebuild: one rule, so
 * that the groups do not depend on the order in which posts arrive. */

/* The candidates that are near copies of @sig: enough of them join the
 * post to its topic. */
static GArray *
verify_topic (const GPtrArray           *candidates,
              const FdRepeatsSignature  *sig)
{
  GArray *matches = match_array_new ();

  for (guint i = 0; i < candidates->len && matches->len < MAX_MATCHES; i++)
    {
      const FdRepeatsIndexEntry *other = g_ptr_array_index (candidates, i);
      Match match = { 0, };

      if (!_fd_repeats_is_copy (sig, &other->sig, FD_TOPIC_COPY_THRESHOLD))
        continue;

      match.id = other->message_id;
      match.created_at = other->created_at;
      match.customer_id = other->customer_id;
      g_array_append_val (matches, match);
    }

  return matches;
}

/* Near copies of @sig among the LSH candidates of the held weeks: other
 * customers' posts of the same topic. */
static GArray *
find_topic_matches (FdStore                   *store,
                    gint64                     message_id,
                    gint64                     customer_id,
                    gint64                     created_at,
                    const FdRepeatsSignature  *sig,
                    const gint64               keys[FD_REPEATS_N_BANDS])
{
  g_autoptr(GPtrArray) candidates = NULL;
  Lookup lookup = { TRUE, message_id, customer_id, created_at };

  candidates = _fd_repeats_index_find (_fd_repeats_index_get (store), epoch_of (created_at),
                                       keys, n_bands (TRUE), is_candidate, &lookup, MAX_CANDIDATES);

  return verify_topic (candidates, sig);
}

/* The customer's posts among @candidates that are copies of @post's
 * complaint, each with why. */
static GArray *
verify_copies (const GPtrArray            *candidates,
               const FdRepeatsIndexEntry  *post,
               const gint64                keys[FD_REPEATS_N_BANDS],
               const FdRepeatsMeaning     *meaning)
{
  GArray *matches = match_array_new ();

  for (guint i = 0; i < candidates->len && matches->len < MAX_MATCHES; i++)
    {
      const FdRepeatsIndexEntry *other = g_ptr_array_index (candidates, i);
      gint64 other_keys[FD_REPEATS_N_BANDS];
      Match match = { 0, };
      FdComplaint complaint;
      guint32 ref;

      _fd_repeats_band_keys (&other->sig, other_keys);
      match.reason = _fd_repeats_compare (post, keys, other, other_keys, &ref, &complaint);
      if (match.reason == FD_REPEAT_REASON_UNKNOWN)
        continue;

      match.id = other->message_id;
      match.created_at = other->created_at;
      match.customer_id = other->customer_id;
      match.reason_value = _fd_repeats_reason_value (match.reason, ref, complaint, meaning,
                                                     &post->facts, &other->facts);
      g_array_append_val (matches, match);
    }

  return matches;
}

/* Copies of @post among its customer's posts around it: in the held
 * weeks when @held, else as stored. */
static GArray *
find_copies (FdStore                    *store,
             gboolean                    held,
             const FdRepeatsIndexEntry  *post,
             const gint64                keys[FD_REPEATS_N_BANDS],
             const FdRepeatsMeaning     *meaning,
             GError                    **error)
{
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GArray) stored = NULL;
  Lookup lookup = { FALSE, post->message_id, post->customer_id, post->created_at };

  if (held)
    candidates = _fd_repeats_index_find_customer (_fd_repeats_index_get (store),
                                                  epoch_of (post->created_at), post->customer_id,
                                                  is_candidate, &lookup, MAX_OWN_POSTS);
  else
    {
      stored = _fd_repeats_read_stored (store, post->customer_id, post->created_at - FD_REPEATS_WINDOW,
                                        post->created_at + FD_REPEATS_WINDOW, error);
      if (stored == NULL)
        return NULL;

      candidates = g_ptr_array_new ();
      for (guint i = 0; i < stored->len && candidates->len < MAX_OWN_POSTS; i++)
        {
          const FdRepeatsIndexEntry *entry = &g_array_index (stored, FdRepeatsIndexEntry, i);

          if (is_candidate (entry, &lookup))
            g_ptr_array_add (candidates, (gpointer) entry);
        }

      G_LOCK (cost);
      cost_stored_lookups++;
      G_UNLOCK (cost);
    }

  return verify_copies (candidates, post, keys, meaning);
}

/* The first and last post of the group @message_id is in, or its own
 * time when it is in none. */
static gboolean
group_span (FdStore  *store,
            gint64    message_id,
            gint64    created_at,
            gint64   *first,
            gint64   *last,
            GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *first = *last = created_at;
  stmt = _fd_store_prepare (store,
                            "SELECT g.created, g.last_at FROM repeat_members rm JOIN repeat_groups g ON g.id = rm.group_id"
                            " WHERE rm.message_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, message_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *first = MIN (created_at, sqlite3_column_int64 (stmt, 0));
      *last = MAX (created_at, sqlite3_column_int64 (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

static int
compare_distance (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  gint64 t = *(const gint64 *) user_data;
  gint64 da = ABS (((const Match *) a)->created_at - t);
  gint64 db = ABS (((const Match *) b)->created_at - t);

  return da < db ? -1 : da > db;
}

/* Reasons that, unlike a number or a near copy, say nothing that holds
 * beyond the window: the same kind of complaint, asking again. */
static inline gboolean
stays_in_window (FdRepeatReason reason)
{
  return reason == FD_REPEAT_REASON_SAME_COMPLAINT || reason == FD_REPEAT_REASON_ASKED_AGAIN;
}

/* A group holds the copies of one complaint within the window: the same
 * kind of complaint, unlike a number or a near copy, does not chain a
 * customer's posts on for weeks. Matches by number or near copy are
 * kept; one by complaint only when the group it makes, with theirs,
 * stays within the window, the closest in time first. */
static gboolean
keep_within_window (FdStore  *store,
                    GArray   *matches,
                    gint64    created_at,
                    GError  **error)
{
  gint64 first = created_at, last = created_at;

  g_array_sort_with_data (matches, compare_distance, &created_at);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < matches->len; )
      {
        const Match *m = &g_array_index (matches, Match, i);
        gboolean complaint = stays_in_window (m->reason);
        gint64 f, l;

        if (complaint != (pass == 1))
          {
            i++;
            continue;
          }
        if (!group_span (store, m->id, m->created_at, &f, &l, error))
          return FALSE;
        if (complaint && MAX (last, l) - MIN (first, f) > FD_REPEATS_WINDOW)
          {
            g_array_remove_index (matches, i);
            continue;
          }
        first = MIN (first, f);
        last = MAX (last, l);
        i++;
      }

  return TRUE;
}

/* Keeps @reason as the group's when it is better than the one it has. */
static gboolean
improve_reason (FdStore         *store,
                gint64           group_id,
                FdRepeatReason   reason,
                const char      *value,
                GError         **error)
{
  sqlite3_stmt *stmt;

  if (reason == FD_REPEAT_REASON_UNKNOWN)
    return TRUE;

  stmt = _fd_store_prepare (store,
                            "UPDATE repeat_groups SET reason = ?2, reason_value = ?3"
                            " WHERE id = ?1 AND (reason = ?4 OR reason > ?2"
                            " OR (reason = ?2 AND coalesce (reason_value, '') > coalesce (?3, '')))", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_int (stmt, 2, reason);
  sqlite3_bind_int (stmt, 4, FD_REPEAT_REASON_UNKNOWN);
  _fd_sql_bind_text (stmt, 3, value);

  return _fd_sql_step (store, stmt, error);
}

/* Puts @message_id and its @matches in one group (or topic), merging the
 * groups they were in. A repeat group keeps the best reason its posts
 * give. */
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
  const Match *best = NULL;

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

      /* The group that stays keeps the better reason of the two. */
      if (!topic &&
          !_fd_sql_exec_ints (store,
                              "UPDATE repeat_groups SET reason = o.reason, reason_value = o.reason_value"
                              " FROM (SELECT reason, reason_value FROM repeat_groups WHERE id = ?2) AS o"
                              " WHERE repeat_groups.id = ?1 AND o.reason != ?3"
                              " AND (repeat_groups.reason = ?3 OR repeat_groups.reason > o.reason"
                              " OR (repeat_groups.reason = o.reason"
                              " AND coalesce (repeat_groups.reason_value, '') > coalesce (o.reason_value, '')))",
                              error, 3, MIN (target, group), MAX (target, group),
                              (gint64) FD_REPEAT_REASON_UNKNOWN))
        return FALSE;

      if (!_fd_sql_exec_ints (store, sql_move, error, 2, MIN (target, group), MAX (target, group)) ||
          !_fd_sql_exec_ints (store, sql_span, error, 2, MIN (target, group), MAX (target, group)) ||
          !_fd_sql_exec_ints (store, sql_drop, error, 1, MAX (target, group)))
        return FALSE;
      target = MIN (target, group);
    }

  for (guint i = 0; i < matches->len; i++)
    {
      const Match *m = &g_array_index (matches, Match, i);

      if (best == NULL || reason_is_better (m->reason, m->reason_value, best->reason, best->reason_value))
        best = m;
    }

  if (target == 0)
    {
      if (topic)
        stmt = _fd_store_prepare (store, "INSERT INTO topics (created, last_at) VALUES (?1, ?1)", error);
      else
        stmt = _fd_store_prepare (store, "INSERT INTO repeat_groups (created, last_at, customer_id, reason)"
                                  " VALUES (?1, ?1, ?2, 0)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, created_at);
      if (!topic)
        sqlite3_bind_int64 (stmt, 2, customer_id);
      if (!_fd_sql_step (store, stmt, error))
        return FALSE;
      target = sqlite3_last_insert_rowid (fd_store_get_db (store));
    }

  if (!topic && best != NULL &&
      !improve_reason (store, target, best->reason, best->reason_value, error))
    return FALSE;

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

gboolean
_fd_repeats_join_other_language (FdStore     *store,
                                 gint64       customer_id,
                                 gint64       message_id,
                                 gint64       created_at,
                                 gint64       other_id,
                                 gint64       other_created_at,
                                 const char  *value,
                                 gboolean    *out_joined,
                                 GError     **error)
{
  g_autoptr(GArray) matches = match_array_new ();
  Match match = { 0, };
  gint64 f1, l1, f2, l2;

  *out_joined = FALSE;

  /* Like the same complaint, a translation does not chain a customer's
   * posts on for weeks: the group it makes stays within the window. */
  if (!group_span (store, message_id, created_at, &f1, &l1, error) ||
      !group_span (store, other_id, other_created_at, &f2, &l2, error))
    return FALSE;
  if (MAX (l1, l2) - MIN (f1, f2) > FD_REPEATS_WINDOW)
    return TRUE;

  match.id = other_id;
  match.created_at = other_created_at;
  match.customer_id = customer_id;
  match.reason = FD_REPEAT_REASON_OTHER_LANGUAGE;
  match.reason_value = g_strdup (value);
  g_array_append_val (matches, match);

  if (!join_cluster (store, FALSE, customer_id, message_id, created_at, matches, error))
    return FALSE;

  _fd_store_mark_written (store);
  *out_joined = TRUE;
  return TRUE;
}

/* Nothing found yet, for the next post. */
static void
found_reset (FdRepeatsFound *found)
{
  found->numbers = FALSE;
  found->complaint = FALSE;
  if (found->same_text == NULL)
    found->same_text = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_set_size (found->same_text, 0);
}

/* What the link suggestions step acts on for @post: another customer of
 * the same name who named one of its numbers, who told us before about
 * the same complaint, or whom it says it told. Returns whether there is
 * anything to act on. */
static gboolean
found_post (FdRepeatsFound            *found,
            const FdRepeatsIndexEntry *post)
{
  found->numbers = post->facts.n_refs > 0;
  found->complaint = post->facts.kinds != 0 || (post->facts.flags & FD_REPEATS_MEANING_SAID_BEFORE) != 0;
  found->post = *post;
  return found->numbers || found->complaint;
}

/* Where the post sits: its conversation, its id and the one it answers,
 * and when asked, its subject and its author's name. */
static gboolean
read_post (FdStore  *store,
           gint64    message_id,
           gint64   *out_conversation,
           guint32  *out_remote_hash,
           guint32  *out_reply_hash,
           guint16  *out_after_ours,
           char    **out_subject,
           char    **out_author,
           GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _fd_store_prepare (store, "SELECT m.conversation_id, m.remote_id, m.in_reply_to, m.subject, "
                            FD_REPEATS_SQL_AFTER_OURS ("m") ", m.author_name FROM messages m WHERE m.id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, message_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out_conversation = sqlite3_column_int64 (stmt, 0);
      *out_remote_hash = _fd_repeats_hash_id ((const char *) sqlite3_column_text (stmt, 1));
      *out_reply_hash = _fd_repeats_hash_id ((const char *) sqlite3_column_text (stmt, 2));
      *out_after_ours = _fd_repeats_after_ours (sqlite3_column_int (stmt, 4));
      if (out_subject != NULL)
        *out_subject = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      if (out_author != NULL)
        *out_author = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

static gboolean
on_insert (FdStore                    *store,
           gint64                      message_id,
           gint64                      customer_id,
           const char                 *text,
           const FdRepeatsPrecomputed *precomputed,
           gint64                      created_at,
           FdRepeatsFound             *found,
           GError                    **error)
{
  FdRepeatsIndex *index = _fd_repeats_index_get (store);
  g_autoptr(GArray) copies = NULL;
  g_autoptr(GArray) shared = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *author = NULL;
  FdRepeatsIndexEntry post = { 0, };
  FdRepeatsMeaning meaning;
  gint64 keys[FD_REPEATS_N_BANDS];
  gint64 epoch = epoch_of (created_at);
  gboolean usable;
  gboolean fresh;
  gboolean held;
  guint16 after_ours = 0;

  post.message_id = message_id;
  post.customer_id = customer_id;
  post.created_at = created_at;
  if (!read_post (store, message_id, &post.conversation_id, &post.remote_hash, &post.reply_hash,
                  &after_ours, precomputed != NULL ? NULL : &subject, precomputed != NULL ? NULL : &author, error))
    return FALSE;

  /* The parse threads left out the author's name already. */
  if (precomputed != NULL)
    {
      usable = precomputed->usable;
      post.sig = precomputed->sig;
      meaning = precomputed->meaning;
    }
  else
    usable = _fd_repeats_analyse_post (text, subject, author, &post.sig, &meaning);
  _fd_repeats_facts (&meaning, &post.facts);
  post.facts.flags |= after_ours;

  /* Too little text to compare, and nothing it names. */
  if (!usable && _fd_repeats_facts_empty (&post.facts))
    return TRUE;

  /* Weeks read before the post is stored, which adds it to them. */
  if (!_fd_repeats_index_hold (index, store, epoch, &held, error) ||
      !store_signature (store, FALSE, message_id, created_at, &post.sig, &post.facts, error))
    return FALSE;

  /* An automatic merge made while inserting this message has already
   * put it in its customer's groups: only topics are left to do. */
  fresh = sqlite3_changes (fd_store_get_db (store)) > 0;

  _fd_repeats_band_keys (&post.sig, keys);
  if (fresh && !(copies = find_copies (store, held, &post, keys, &meaning, error)))
    return FALSE;
  if (copies != NULL && copies->len > 0 && !keep_within_window (store, copies, created_at, error))
    return FALSE;

  /* Topics are many customers' posts: only the held weeks are searched. */
  if (held && usable && post.sig.length >= FD_TOPIC_MIN_LENGTH)
    shared = find_topic_matches (store, message_id, customer_id, created_at, &post.sig, keys);

  if (fresh)
    {
      _fd_repeats_index_add (index, epoch, &post);
      found_post (found, &post);
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

      if (ABS (m->created_at - created_at) <= SUGGEST_WINDOW)
        g_array_append_val (found->same_text, m->id);
    }

  return TRUE;
}

void
_fd_repeats_found_clear (FdRepeatsFound *found)
{
  g_clear_pointer (&found->same_text, g_array_unref);
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

/* Whether this connection wrote down yet that a new profile's posts are
 * stored under these rules (repeat_rules.version 0); reset with the
 * store's caches. */
static void
rules_noted_reset_cb (gpointer cache)
{
  *(gboolean *) cache = FALSE;
}

static const FdStoreCacheFuncs rules_noted_funcs = {
  .reset = rules_noted_reset_cb,
  .free = g_free,
};

static gboolean
rules_noted (FdStore  *store,
             GError  **error)
{
  gboolean *noted = _fd_store_get_cache (store, &rules_noted_funcs);

  if (noted == NULL)
    {
      noted = g_new0 (gboolean, 1);
      _fd_store_set_cache (store, &rules_noted_funcs, noted);
    }
  if (*noted)
    return TRUE;

  if (!_fd_sql_exec_ints (store, "UPDATE repeat_rules SET version = ? WHERE id = 1 AND version = 0",
                          error, 1, (gint64) RULES_VERSION))
    return FALSE;
  *noted = TRUE;
  return TRUE;
}

/* An answer of ours stored after the customer's posts that answer it
 * (an archive imported newest first): whether those ask again, answer
 * our question or go on from their own posts depends on it, so the
 * customers' repeats are found again, as if it had come first. */
static gboolean
answers_came_first (FdStore  *store,
                    gint64    message_id,
                    GError  **error)
{
  g_autoptr(GArray) customers = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _fd_store_prepare (store,
                            "SELECT DISTINCT i.customer_id FROM messages o"
                            " JOIN messages m ON m.conversation_id = o.conversation_id AND m.in_reply_to = o.remote_id"
                            " JOIN identities i ON i.id = m.identity_id"
                            " WHERE o.id = ? AND m.direction = " FD_SQL_IN " AND m.automated = 0"
                            " AND i.customer_id > 0", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, message_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 customer_id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (customers, customer_id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  for (guint i = 0; i < customers->len; i++)
    if (!_fd_repeats_rebuild_customer (store, g_array_index (customers, gint64, i), error))
      return FALSE;

  return TRUE;
}

gboolean
_fd_repeats_on_insert (FdStore                    *store,
                       gint64                      message_id,
                       gint64                      customer_id,
                       const char                 *text,
                       const FdRepeatsPrecomputed *precomputed,
                       gint64                      created_at,
                       FdDirection                 dir,
                       FdRepeatsFound             *found,
                       GError                    **error)
{
  gboolean incoming = TRUE;
  gint64 start;
  gboolean ret;

  found_reset (found);

  if (dir == FD_DIRECTION_OUT && text != NULL)
    incoming = FALSE;
  else if (dir != FD_DIRECTION_IN || customer_id <= 0 || text == NULL)
    return TRUE;

  if (incoming && !rules_noted (store, error))
    return FALSE;

  if (!g_atomic_int_get (&cost_measured))
    return incoming ? on_insert (store, message_id, customer_id, text, precomputed, created_at, found, error)
                    : answers_came_first (store, message_id, error);

  /* Per incoming message, with what our answers cost it. */
  start = thread_cpu_usec ();
  ret = incoming ? on_insert (store, message_id, customer_id, text, precomputed, created_at, found, error)
                 : answers_came_first (store, message_id, error);

  G_LOCK (cost);
  cost_calls += incoming;
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
  g_atomic_int_set (&cost_measured, TRUE);
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
  FdRepeatsIndexEntry entry;
  FdRepeatsMeaning    meaning;
  gboolean            usable;
  gint64              keys[FD_REPEATS_N_BANDS];
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
  g_autofree Match *best = NULL;
  g_autofree gint64 *first = NULL;
  g_autofree gint64 *last = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!drop_customer_groups (store, customer_id, error))
    return FALSE;

  /* Its posts in other languages are compared again, through their
   * translations, by the next pass (fd-repeats-languages.c): the groups
   * they made are gone, and its new identities may have brought more. */
  if (!_fd_sql_exec_ints (store,
                          "INSERT OR IGNORE INTO repeat_language_queue (message_id)"
                          " SELECT m.id FROM messages m JOIN identities i ON i.id = m.identity_id"
                          " WHERE i.customer_id = ? AND m.direction = " FD_SQL_IN " AND m.automated = 0"
                          " AND m.lang IS NOT NULL",
                          error, 1, customer_id))
    return FALSE;

  stmt = _fd_store_prepare (store,
                            "SELECT m.id, m.created_at, fd_text (m.text), m.subject, m.conversation_id, m.remote_id,"
                            " m.in_reply_to, " FD_REPEATS_SQL_AFTER_OURS ("m") ", m.author_name"
                            " FROM messages m JOIN identities i ON i.id = m.identity_id"
                            " WHERE i.customer_id = ? AND m.direction = " FD_SQL_IN
                            /* A program's mail is never a repeated complaint
                             * (fd-store.c does not index it either). */
                            " AND m.automated = 0"
                            " ORDER BY m.created_at, m.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Post post = { { 0, }, };

      post.entry.message_id = sqlite3_column_int64 (stmt, 0);
      post.entry.customer_id = customer_id;
      post.entry.created_at = sqlite3_column_int64 (stmt, 1);
      post.entry.conversation_id = sqlite3_column_int64 (stmt, 4);
      post.entry.remote_hash = _fd_repeats_hash_id ((const char *) sqlite3_column_text (stmt, 5));
      post.entry.reply_hash = _fd_repeats_hash_id ((const char *) sqlite3_column_text (stmt, 6));
      post.usable = _fd_repeats_analyse_post ((const char *) sqlite3_column_text (stmt, 2),
                                              (const char *) sqlite3_column_text (stmt, 3),
                                              (const char *) sqlite3_column_text (stmt, 8),
                                              &post.entry.sig, &post.meaning);
      _fd_repeats_facts (&post.meaning, &post.entry.facts);
      post.entry.facts.flags |= _fd_repeats_after_ours (sqlite3_column_int (stmt, 7));
      if (post.usable || !_fd_repeats_facts_empty (&post.entry.facts))
        {
          _fd_repeats_band_keys (&post.entry.sig, post.keys);
          g_array_append_val (posts, post);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  /* Copies are pairs within the window: union them, and keep the best
   * reason of each group and its first and last post's time. */
  parent = g_new (guint, MAX (posts->len, 1));
  best = g_new0 (Match, MAX (posts->len, 1));
  first = g_new (gint64, MAX (posts->len, 1));
  last = g_new (gint64, MAX (posts->len, 1));
  for (guint i = 0; i < posts->len; i++)
    {
      parent[i] = i;
      first[i] = last[i] = g_array_index (posts, Post, i).entry.created_at;
    }

  /* In time order, as posts arriving one by one: each is compared with
   * the ones before it within the window; numbers and near copies join
   * it to their groups, then the same complaint, the closest first, while
   * the group stays within the window (keep_within_window()). */
  for (guint j = 0; j < posts->len; j++)
    {
      const Post *b = &g_array_index (posts, Post, j);

      for (guint pass = 0; pass < 2; pass++)
        for (guint back = 1; back <= j && back <= MAX_OWN_POSTS; back++)
          {
            guint i = j - back;
            const Post *a = &g_array_index (posts, Post, i);
            g_autofree char *value = NULL;
            FdRepeatReason reason;
            FdComplaint complaint;
            guint32 ref;
            guint ri, rj;

            if (b->entry.created_at - a->entry.created_at > FD_REPEATS_WINDOW)
              break;
            reason = _fd_repeats_compare (&a->entry, a->keys, &b->entry, b->keys, &ref, &complaint);
            if (reason == FD_REPEAT_REASON_UNKNOWN ||
                stays_in_window (reason) != (pass == 1))
              continue;

            ri = find_root (parent, i);
            rj = find_root (parent, j);
            if (ri != rj)
              {
                if (pass == 1 && MAX (last[ri], last[rj]) - MIN (first[ri], first[rj]) > FD_REPEATS_WINDOW)
                  continue;

                if (reason_is_better (best[rj].reason, best[rj].reason_value, best[ri].reason, best[ri].reason_value))
                  {
                    g_free (best[ri].reason_value);
                    best[ri].reason = best[rj].reason;
                    best[ri].reason_value = g_steal_pointer (&best[rj].reason_value);
                  }
                g_clear_pointer (&best[rj].reason_value, g_free);
                first[ri] = MIN (first[ri], first[rj]);
                last[ri] = MAX (last[ri], last[rj]);
                parent[rj] = ri;
              }

            value = _fd_repeats_reason_value (reason, ref, complaint, &b->meaning,
                                              &a->entry.facts, &b->entry.facts);
            if (reason_is_better (reason, value, best[ri].reason, best[ri].reason_value))
              {
                g_free (best[ri].reason_value);
                best[ri].reason = reason;
                best[ri].reason_value = g_steal_pointer (&value);
              }
          }
    }

  /* The posts go back into the index, under their new customer, so that
   * new copies find them. */
  for (guint i = 0; i < posts->len; i++)
    {
      const Post *a = &g_array_index (posts, Post, i);

      if (!store_signature (store, TRUE, a->entry.message_id, a->entry.created_at, &a->entry.sig,
                            &a->entry.facts, error))
        goto fail;
    }
  _fd_repeats_index_reset (_fd_repeats_index_get (store));

  for (guint i = 0; i < posts->len; i++)
    {
      const Post *a = &g_array_index (posts, Post, i);
      const Post *r;
      guint root = find_root (parent, i);
      g_autoptr(GArray) matches = NULL;
      Match match = { 0, };

      if (root == i)
        continue;

      /* Join @a to its root's group: a one-member "matches" list. */
      r = &g_array_index (posts, Post, root);
      matches = match_array_new ();
      match.id = r->entry.message_id;
      match.created_at = r->entry.created_at;
      match.customer_id = customer_id;
      match.reason = best[root].reason;
      match.reason_value = g_strdup (best[root].reason_value);
      g_array_append_val (matches, match);
      if (!join_cluster (store, FALSE, customer_id, a->entry.message_id, a->entry.created_at, matches, error))
        goto fail;
    }

  for (guint i = 0; i < posts->len; i++)
    g_free (best[i].reason_value);
  _fd_store_mark_written (store);
  return TRUE;

fail:
  for (guint i = 0; i < posts->len; i++)
    g_free (best[i].reason_value);
  return FALSE;
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
  _fd_repeats_index_reset (_fd_repeats_index_get (store));

  return TRUE;
}

/* What the link suggestions step (@found_func) is told of each of
 * @customer_id's posts, as if they had just arrived. */
static gboolean
found_again (FdStore             *store,
             gint64               customer_id,
             FdRepeatsFoundFunc   found_func,
             gpointer             user_data,
             GError             **error)
{
  g_autoptr(GArray) stored = _fd_repeats_read_stored (store, customer_id, G_MININT64 / 2, G_MAXINT64 / 2, error);
  g_auto(FdRepeatsFound) found = { 0, };

  if (stored == NULL)
    return FALSE;

  found_reset (&found);
  for (guint i = 0; i < stored->len; i++)
    {
      const FdRepeatsIndexEntry *entry = &g_array_index (stored, FdRepeatsIndexEntry, i);

      if (found_post (&found, entry) && !found_func (store, entry->message_id, &found, user_data, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_fd_repeats_update_rules (FdStore             *store,
                          guint                max_customers,
                          FdRepeatsFoundFunc   found_func,
                          gpointer             user_data,
                          gboolean            *out_done,
                          guint               *out_n_customers,
                          GError             **error)
{
  g_autoptr(GArray) customers = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gint64 version, cursor = 0;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  g_return_val_if_fail (max_customers > 0, FALSE);
  g_return_val_if_fail (out_done != NULL, FALSE);

  *out_done = FALSE;
  if (out_n_customers != NULL)
    *out_n_customers = 0;
  if (!(stmt = _fd_store_prepare (store, "SELECT version FROM repeat_rules WHERE id = 1", error)) ||
      (version = _fd_sql_query_int (store, stmt, error)) < 0)
    return FALSE;
  /* 0: a new profile, its posts all stored under these rules. */
  if (version == 0 || version >= RULES_VERSION)
    {
      *out_done = TRUE;
      return TRUE;
    }

  if (!fd_store_begin (store, error))
    return FALSE;

  stmt = _fd_store_prepare (store,
                            "SELECT id FROM customers WHERE id > (SELECT customer_cursor FROM repeat_rules WHERE id = 1)"
                            " AND merged_into IS NULL ORDER BY id LIMIT ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int (stmt, 1, (int) MIN (max_customers, G_MAXINT));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      cursor = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (customers, cursor);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      goto fail;
    }

  for (guint i = 0; i < customers->len; i++)
    if (!_fd_repeats_rebuild_customer (store, g_array_index (customers, gint64, i), error) ||
        (found_func != NULL && !found_again (store, g_array_index (customers, gint64, i), found_func, user_data, error)))
      goto fail;

  *out_done = customers->len < max_customers;
  if (!(*out_done ? _fd_sql_exec_ints (store, "UPDATE repeat_rules SET version = ?, customer_cursor = 0 WHERE id = 1",
                                       error, 1, (gint64) RULES_VERSION)
                  : _fd_sql_exec_ints (store, "UPDATE repeat_rules SET customer_cursor = ? WHERE id = 1",
                                       error, 1, cursor)) ||
      !fd_store_commit (store, error))
    goto fail;

  if (out_n_customers != NULL)
    *out_n_customers = customers->len;
  return TRUE;

fail:
  *out_done = FALSE;
  fd_store_rollback (store);
  return FALSE;
}

gboolean
_fd_repeats_rebuild (FdStore            *store,
                     FdRepeatsFoundFunc  found_func,
                     gpointer            user_data,
                     GError            **error)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(FdRepeatsFound) found = { 0, };
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  db = fd_store_get_db (store);
  if (!fd_store_begin (store, error))
    return FALSE;

  if ((rc = sqlite3_exec (db,
                          "DELETE FROM repeat_signatures;"
                          "DELETE FROM repeat_groups; DELETE FROM topics;"
                          "UPDATE messages SET repeat_count = 0 WHERE repeat_count != 0;"
                          /* The pass across languages starts over: its
                           * translations are in the store, it costs
                           * little the second time. */
                          "DELETE FROM repeat_language_queue;"
                          "DELETE FROM repeat_language_waiting;"
                          "UPDATE repeat_language_cursor SET message_id = 0;",
                          NULL, NULL, NULL)) != SQLITE_OK)
    {
      _fd_store_set_error (db, rc, error);
      fd_store_rollback (store);
      return FALSE;
    }
  /* Found anew, under the current rules. */
  if (!_fd_sql_exec_ints (store, "UPDATE repeat_rules SET version = ?, customer_cursor = 0 WHERE id = 1",
                          error, 1, (gint64) RULES_VERSION))
    {
      fd_store_rollback (store);
      return FALSE;
    }
  _fd_repeats_index_restart (_fd_repeats_index_get (store));

  /* Oldest first, as if they had arrived in order. */
  stmt = _fd_store_prepare (store,
                            "SELECT id FROM messages WHERE direction = " FD_SQL_IN
                            /* Never a program's mail, as at insert. */
                            " AND automated = 0"
                            " ORDER BY created_at, id", error);
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

      if (customer_id <= 0 || text == NULL)
        continue;

      found_reset (&found);
      if (!on_insert (store, id, customer_id, text, NULL, created_at, &found, error) ||
          (found_func != NULL && !found_func (store, id, &found, user_data, error)))
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
