/* fd-repeats-index.c: the LSH index of a few weeks of posts, in memory.
 *
 * Finding the copies of a post means finding the posts of its customer
 * (and, for topics, of everyone) within FD_REPEATS_WINDOW of it, before
 * or after: posts do not arrive in time order (an import, a sync that
 * pages backwards, old history fetched later). Every incoming post's
 * signature is stored (repeat_signatures) and kept, whatever its age.
 *
 * Most posts arrive near the ones before them, so the band keys of a few
 * weeks of posts are kept in memory by the store's connection, computed
 * from the stored signatures the first time a post of that week or a
 * neighbouring one arrives. Nothing of it is written: an import used to
 * spend a third of its writer's time inserting, looking up and pruning
 * 24 index rows per message.
 *
 * Reading a week costs a row per post in it, so the index follows the
 * newest posts, and moves elsewhere only while lookups have paid for the
 * rows it read (credit): a sync of old history moves with it week by
 * week, posts in random order do not make it read weeks over and over.
 * A post whose weeks are not held is compared with its customer's stored
 * posts (_fd_repeats_read_stored), a few rows through the customer's
 * identities: the same copies are found, and the same groups made, in
 * whatever order the posts came. Topics are only looked for among held
 * weeks.
 *
 * The index is only correct while this connection is the only one that
 * changes signatures. The store resets it when another connection has
 * committed (its data version moved), when a transaction or a message's
 * savepoint is rolled back, and fd-repeats.c resets it when customers are
 * merged, split or erased.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-repeats-private.h"

/* Weeks kept in memory: the three a post is compared with, and the one
 * an import is about to move into. */
#define MAX_WEEKS 4
G_STATIC_ASSERT (MAX_WEEKS >= 3);

/* Each lookup earns the index this many rows to read for weeks behind the
 * newest, up to MAX_CREDIT; reading a week spends a row per post. */
#define CREDIT_PER_LOOKUP 8
#define MAX_CREDIT        (64 * 1024)

/* Weeks behind the newest are read when each of this many posts in a row
 * was within a week of the one before: a stream of old posts in time
 * order (either way), not posts in random order. */
#define MIN_STREAK        4

/* Sort keys are created_at << 10 (fd-store.c); a second with more than
 * 1024 messages lends the keys of the next ones, never a day's worth. */
#define SORT_KEY_SHIFT    10
#define SORT_KEY_LENT     (G_GINT64_CONSTANT (24 * 3600) << SORT_KEY_SHIFT)

#define NO_ENTRY G_MAXUINT32

typedef struct {
  FdRepeatsIndexEntry entry;
  /* The next entry in the same bucket, band by band. */
  guint32             next[FD_REPEATS_N_BANDS];
  /* The customer's previous post in this week. */
  guint32             next_of_customer;
} Node;

typedef struct {
  gint64   bkey;
  guint32  head;
} Slot;

/* One week of posts and its buckets: open addressing over band keys
 * (band << 32 | bucket), which are already well mixed. */
typedef struct {
  gint64      epoch;
  GArray     *nodes;      /* Node */
  Slot       *slots;
  guint       n_slots;    /* a power of two */
  guint       n_used;
  GHashTable *customers;  /* customer id -> 1 + index of their newest node */
} Week;

struct _FdRepeatsIndex
{
  Week     *weeks[MAX_WEEKS];
  guint     n_weeks;
  /* What it was asked, not what it holds: these outlive a reset. */
  gint64    newest;         /* latest epoch looked up, if any_lookup */
  gboolean  any_lookup;
  gint64    credit;         /* rows it may read for weeks behind the newest */
  gint64    last;           /* epoch of the last post looked up */
  guint     streak;         /* posts in a row within a week of the one before */
};

static void
week_free (Week *week)
{
  g_array_unref (week->nodes);
  g_free (week->slots);
  g_hash_table_unref (week->customers);
  g_free (week);
}

static Week *
week_new (gint64 epoch)
{
  Week *week = g_new0 (Week, 1);

  week->epoch = epoch;
  week->nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  week->n_slots = 64;
  week->slots = g_new (Slot, week->n_slots);
  /* Ids fit a pointer on the platforms we build for; a collision would
   * only chain two customers, and lookups check the customer. */
  week->customers = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < week->n_slots; i++)
    week->slots[i].head = NO_ENTRY;

  return week;
}

static inline guint
slot_of (const Week *week,
         gint64      bkey)
{
  guint64 h = (guint64) bkey;

  /* The band sits in the high word; fold it into the low bits. */
  return (guint) ((h ^ (h >> 29)) & (week->n_slots - 1));
}

static Slot *
find_slot (const Week *week,
           gint64      bkey)
{
  guint i = slot_of (week, bkey);

  while (week->slots[i].head != NO_ENTRY && week->slots[i].bkey != bkey)
    i = (i + 1) & (week->n_slots - 1);

  return &week->slots[i];
}

static void
grow (Week *week)
{
  Slot *old = week->slots;
  guint n_old = week->n_slots;

  week->n_slots *= 2;
  week->slots = g_new (Slot, week->n_slots);
  for (guint i = 0; i < week->n_slots; i++)
    week->slots[i].head = NO_ENTRY;

  for (guint i = 0; i < n_old; i++)
    if (old[i].head != NO_ENTRY)
      *find_slot (week, old[i].bkey) = old[i];

  g_free (old);
}

static void
week_add (Week                      *week,
          const FdRepeatsIndexEntry *entry)
{
  gint64 keys[FD_REPEATS_N_BANDS];
  guint32 index = week->nodes->len;
  Node *node;

  g_array_set_size (week->nodes, index + 1);
  node = &g_array_index (week->nodes, Node, index);
  node->entry = *entry;
  node->next_of_customer = GPOINTER_TO_UINT (g_hash_table_lookup (week->customers,
                                                                  GSIZE_TO_POINTER (entry->customer_id)));
  node->next_of_customer = node->next_of_customer > 0 ? node->next_of_customer - 1 : NO_ENTRY;
  g_hash_table_insert (week->customers, GSIZE_TO_POINTER (entry->customer_id), GUINT_TO_POINTER (index + 1));

  _fd_repeats_band_keys (&entry->sig, keys);
  for (guint band = 0; band < FD_REPEATS_N_BANDS; band++)
    {
      Slot *slot;

      if ((week->n_used + 1) * 2 > week->n_slots)
        grow (week);

      slot = find_slot (week, keys[band]);
      if (slot->head == NO_ENTRY)
        {
          slot->bkey = keys[band];
          week->n_used++;
        }
      node->next[band] = slot->head;
      slot->head = index;
    }
}

static void
index_reset_cb (gpointer cache)
{
  _fd_repeats_index_reset (cache);
}

static void
index_free_cb (gpointer cache)
{
  _fd_repeats_index_reset (cache);
  g_free (cache);
}

static const FdStoreCacheFuncs index_funcs = {
  .reset = index_reset_cb,
  .free = index_free_cb,
};

FdRepeatsIndex *
_fd_repeats_index_get (FdStore *store)
{
  FdRepeatsIndex *index = _fd_store_get_cache (store, &index_funcs);

  if (index == NULL)
    {
      index = g_new0 (FdRepeatsIndex, 1);
      _fd_store_set_cache (store, &index_funcs, index);
    }

  return index;
}

void
_fd_repeats_index_reset (FdRepeatsIndex *index)
{
  for (guint i = 0; i < index->n_weeks; i++)
    week_free (index->weeks[i]);
  index->n_weeks = 0;
}

void
_fd_repeats_index_restart (FdRepeatsIndex *index)
{
  _fd_repeats_index_reset (index);
  index->any_lookup = FALSE;
  index->streak = 0;
}

static Week *
lookup_week (FdRepeatsIndex *index,
             gint64          epoch)
{
  for (guint i = 0; i < index->n_weeks; i++)
    if (index->weeks[i]->epoch == epoch)
      return index->weeks[i];

  return NULL;
}

static void
drop_week (FdRepeatsIndex *index,
           guint           i)
{
  week_free (index->weeks[i]);
  index->weeks[i] = index->weeks[--index->n_weeks];
}

/* Columns: message id, customer id, created_at, length, signature,
 * facts, conversation, remote id, the id it answers. */
#define ENTRY_COLUMNS "s.message_id, i.customer_id, s.created_at, s.length, s.signature," \
                      " s.facts, m.conversation_id, m.remote_id, m.in_reply_to"

static gboolean
read_entry (sqlite3_stmt        *stmt,
            FdRepeatsIndexEntry *entry)
{
  const guint8 *blob = sqlite3_column_blob (stmt, 4);
  int n_bytes = sqlite3_column_bytes (stmt, 4);

  if (blob == NULL)
    return FALSE;

  /* Stores written before signatures were cut to a byte a hash hold the
   * whole minima, little-endian: their low bytes come first. */
  if (n_bytes == FD_REPEATS_N_HASHES * 4)
    for (guint j = 0; j < FD_REPEATS_N_HASHES; j++)
      entry->sig.h[j] = blob[j * 4];
  else if (n_bytes == FD_REPEATS_N_HASHES)
    memcpy (entry->sig.h, blob, FD_REPEATS_N_HASHES);
  else
    return FALSE;

  entry->message_id = sqlite3_column_int64 (stmt, 0);
  entry->customer_id = sqlite3_column_int64 (stmt, 1);
  entry->created_at = sqlite3_column_int64 (stmt, 2);
  entry->sig.length = (guint) sqlite3_column_int (stmt, 3);
  _fd_repeats_facts_unpack (sqlite3_column_blob (stmt, 5), (gsize) sqlite3_column_bytes (stmt, 5),
                            &entry->facts);
  entry->conversation_id = sqlite3_column_int64 (stmt, 6);
  entry->remote_hash = _fd_repeats_hash_id ((const char *) sqlite3_column_text (stmt, 7));
  entry->reply_hash = _fd_repeats_hash_id ((const char *) sqlite3_column_text (stmt, 8));

  return TRUE;
}

static gboolean
load_week (FdRepeatsIndex  *index,
           FdStore         *store,
           gint64           epoch,
           GError         **error)
{
  sqlite3_stmt *stmt;
  Week *week;
  int rc;

  g_assert (index->n_weeks < MAX_WEEKS);
  g_assert (lookup_week (index, epoch) == NULL);

  stmt = _fd_store_prepare (store,
                            "SELECT " ENTRY_COLUMNS
                            " FROM repeat_signatures s JOIN messages m ON m.id = s.message_id"
                            " JOIN identities i ON i.id = m.identity_id"
                            " WHERE s.epoch = ? AND i.customer_id IS NOT NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, epoch);

  week = week_new (epoch);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdRepeatsIndexEntry entry;

      index->credit--;
      if (read_entry (stmt, &entry))
        week_add (week, &entry);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      week_free (week);
      return _fd_store_set_error (fd_store_get_db (store), rc, error);
    }

  index->weeks[index->n_weeks++] = week;
  return TRUE;
}

gboolean
_fd_repeats_index_hold (FdRepeatsIndex  *index,
                        FdStore         *store,
                        gint64           epoch,
                        gboolean        *out_held,
                        GError         **error)
{
  gboolean newest;
  guint n_missing = 0;

  *out_held = FALSE;
  index->credit = MIN (index->credit + CREDIT_PER_LOOKUP, MAX_CREDIT);

  /* The newest weeks are always worth reading: live posts and imports in
   * time order go on there. */
  newest = !index->any_lookup || epoch >= index->newest;
  index->streak = index->any_lookup && ABS (epoch - index->last) <= 1 ? index->streak + 1 : 0;
  index->last = epoch;
  if (newest)
    index->newest = epoch;
  index->any_lookup = TRUE;

  for (gint64 e = epoch - 1; e <= epoch + 1; e++)
    if (lookup_week (index, e) == NULL)
      n_missing++;

  if (n_missing > 0 && !newest && (index->streak < MIN_STREAK || index->credit <= 0))
    return TRUE;

  /* Make room among the weeks this post does not need, the farthest
   * first. */
  while (index->n_weeks + n_missing > MAX_WEEKS)
    {
      guint farthest = G_MAXUINT;

      for (guint i = 0; i < index->n_weeks; i++)
        {
          gint64 distance = ABS (index->weeks[i]->epoch - epoch);

          if (distance > 1 &&
              (farthest == G_MAXUINT || distance > ABS (index->weeks[farthest]->epoch - epoch)))
            farthest = i;
        }
      g_assert (farthest != G_MAXUINT);
      drop_week (index, farthest);
    }

  for (gint64 e = epoch - 1; e <= epoch + 1; e++)
    if (lookup_week (index, e) == NULL && !load_week (index, store, e, error))
      return FALSE;

  *out_held = TRUE;
  return TRUE;
}

GPtrArray *
_fd_repeats_index_find (FdRepeatsIndex              *index,
                        gint64                       epoch,
                        const gint64                 keys[FD_REPEATS_N_BANDS],
                        guint                        n_bands,
                        FdRepeatsIndexFilterFunc     filter,
                        gpointer                     user_data,
                        guint                        max_candidates)
{
  GPtrArray *found = g_ptr_array_new ();

  for (gint64 e = epoch - 1; e <= epoch + 1 && found->len < max_candidates; e++)
    {
      const Week *week = lookup_week (index, e);

      /* _fd_repeats_index_hold() said the weeks are held. */
      g_assert (week != NULL);

      for (guint band = 0; band < n_bands && found->len < max_candidates; band++)
        {
          guint32 i = find_slot (week, keys[band])->head;

          for (; i != NO_ENTRY && found->len < max_candidates;
               i = g_array_index (week->nodes, Node, i).next[band])
            {
              const FdRepeatsIndexEntry *entry = &g_array_index (week->nodes, Node, i).entry;
              gboolean seen = FALSE;

              /* A post found in several bands counts once. */
              for (guint k = 0; k < found->len && !seen; k++)
                seen = g_ptr_array_index (found, k) == entry;
              if (!seen && filter (entry, user_data))
                g_ptr_array_add (found, (gpointer) entry);
            }
        }
    }

  return found;
}

GPtrArray *
_fd_repeats_index_find_customer (FdRepeatsIndex           *index,
                                 gint64                    epoch,
                                 gint64                    customer_id,
                                 FdRepeatsIndexFilterFunc  filter,
                                 gpointer                  user_data,
                                 guint                     max_candidates)
{
  GPtrArray *found = g_ptr_array_new ();

  /* The week of the post first, then the later one: copies are mostly
   * close in time. */
  static const int order[] = { 0, 1, -1 };

  for (guint k = 0; k < G_N_ELEMENTS (order) && found->len < max_candidates; k++)
    {
      const Week *week = lookup_week (index, epoch + order[k]);
      guint32 i;

      g_assert (week != NULL);

      i = GPOINTER_TO_UINT (g_hash_table_lookup (week->customers, GSIZE_TO_POINTER (customer_id)));
      for (i = i > 0 ? i - 1 : NO_ENTRY; i != NO_ENTRY && found->len < max_candidates;
           i = g_array_index (week->nodes, Node, i).next_of_customer)
        {
          const FdRepeatsIndexEntry *entry = &g_array_index (week->nodes, Node, i).entry;

          if (entry->customer_id == customer_id && filter (entry, user_data))
            g_ptr_array_add (found, (gpointer) entry);
        }
    }

  return found;
}

void
_fd_repeats_index_add (FdRepeatsIndex            *index,
                       gint64                     epoch,
                       const FdRepeatsIndexEntry *entry)
{
  Week *week = lookup_week (index, epoch);

  /* A week not in memory is read from the store when it is needed. */
  if (week != NULL)
    week_add (week, entry);
}

static gint64
sort_key_of (gint64 created_at)
{
  return CLAMP (created_at, 0, (G_GINT64_CONSTANT (1) << 52) - 1) << SORT_KEY_SHIFT;
}

GArray *
_fd_repeats_read_stored (FdStore  *store,
                         gint64    customer_id,
                         gint64    from,
                         gint64    to,
                         GError  **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (FdRepeatsIndexEntry));
  sqlite3_stmt *stmt;
  int rc;

  /* Through the customer's identities and their messages in time order:
   * the rows read are the customer's posts of those days only. */
  stmt = _fd_store_prepare (store,
                            "SELECT " ENTRY_COLUMNS
                            " FROM identities i JOIN messages m ON m.identity_id = i.id"
                            " JOIN repeat_signatures s ON s.message_id = m.id"
                            " WHERE i.customer_id = ? AND m.sort_key BETWEEN ? AND ?"
                            " AND s.created_at BETWEEN ? AND ?"
                            " ORDER BY m.sort_key", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  sqlite3_bind_int64 (stmt, 2, sort_key_of (from));
  sqlite3_bind_int64 (stmt, 3, sort_key_of (to) + SORT_KEY_LENT);
  sqlite3_bind_int64 (stmt, 4, from);
  sqlite3_bind_int64 (stmt, 5, to);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdRepeatsIndexEntry entry;

      if (read_entry (stmt, &entry))
        g_array_append_val (entries, entry);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}
