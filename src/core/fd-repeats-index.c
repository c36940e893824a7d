/* fd-repeats-index.c: the LSH index of recent posts, in memory.
 *
 * Finding the earlier copies of a post means finding the recent posts
 * that share one of its LSH band keys. The signatures are stored
 * (repeat_signatures, pruned to the last weeks); the band keys are
 * computed from them, week by week, the first time a post of that week
 * or a neighbouring one arrives, and kept in memory by the store's
 * connection. Nothing of it is written: an import used to spend a third
 * of its writer's time inserting, looking up and pruning 24 index rows
 * per message.
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

#define NO_ENTRY G_MAXUINT32

typedef struct {
  FdRepeatsIndexEntry entry;
  /* The next entry in the same bucket, band by band. */
  guint32             next[FD_REPEATS_N_BANDS];
} Node;

typedef struct {
  gint64   bkey;
  guint32  head;
} Slot;

/* One week of posts and its buckets: open addressing over band keys
 * (band << 32 | bucket), which are already well mixed. */
typedef struct {
  gint64  epoch;
  GArray *nodes;      /* Node */
  Slot   *slots;
  guint   n_slots;    /* a power of two */
  guint   n_used;
} Week;

struct _FdRepeatsIndex
{
  Week     *weeks[MAX_WEEKS];
  guint     n_weeks;
  gint64    oldest;         /* smallest stored epoch, if oldest_known */
  gboolean  oldest_known;
};

static void
week_free (Week *week)
{
  g_array_unref (week->nodes);
  g_free (week->slots);
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

FdRepeatsIndex *
_fd_repeats_index_new (void)
{
  return g_new0 (FdRepeatsIndex, 1);
}

void
_fd_repeats_index_reset (FdRepeatsIndex *index)
{
  for (guint i = 0; i < index->n_weeks; i++)
    week_free (index->weeks[i]);
  index->n_weeks = 0;
  index->oldest_known = FALSE;
}

void
_fd_repeats_index_free (FdRepeatsIndex *index)
{
  if (index == NULL)
    return;

  _fd_repeats_index_reset (index);
  g_free (index);
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

static gboolean
load_week (FdRepeatsIndex  *index,
           FdStore         *store,
           gint64           epoch,
           GError         **error)
{
  sqlite3_stmt *stmt;
  Week *week;
  int rc;

  if (lookup_week (index, epoch) != NULL)
    return TRUE;

  /* Make room: the week farthest from this one goes. */
  if (index->n_weeks == MAX_WEEKS)
    {
      guint farthest = 0;

      for (guint i = 1; i < index->n_weeks; i++)
        if (ABS (index->weeks[i]->epoch - epoch) > ABS (index->weeks[farthest]->epoch - epoch))
          farthest = i;
      drop_week (index, farthest);
    }

  stmt = _fd_store_prepare (store,
                            "SELECT s.message_id, i.customer_id, s.created_at, s.length, s.signature"
                            " FROM repeat_signatures s JOIN messages m ON m.id = s.message_id"
                            " JOIN identities i ON i.id = m.identity_id"
                            " WHERE s.epoch = ? AND i.customer_id IS NOT NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, epoch);

  week = week_new (epoch);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const guint32 *blob = sqlite3_column_blob (stmt, 4);
      FdRepeatsIndexEntry entry;

      if (blob == NULL || sqlite3_column_bytes (stmt, 4) != FD_REPEATS_N_HASHES * 4)
        continue;

      entry.message_id = sqlite3_column_int64 (stmt, 0);
      entry.customer_id = sqlite3_column_int64 (stmt, 1);
      entry.created_at = sqlite3_column_int64 (stmt, 2);
      entry.sig.length = (guint) sqlite3_column_int (stmt, 3);
      for (guint j = 0; j < FD_REPEATS_N_HASHES; j++)
        {
          guint32 v;

          memcpy (&v, &blob[j], sizeof v);
          entry.sig.h[j] = GUINT32_FROM_LE (v);
        }
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
_fd_repeats_index_find (FdRepeatsIndex              *index,
                        FdStore                     *store,
                        gint64                       epoch,
                        const gint64                 keys[FD_REPEATS_N_BANDS],
                        guint                        n_bands,
                        FdRepeatsIndexFilterFunc     filter,
                        gpointer                     user_data,
                        GPtrArray                  **out_candidates,
                        guint                        max_candidates,
                        GError                     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  for (gint64 e = epoch - 1; e <= epoch + 1; e++)
    if (!load_week (index, store, e, error))
      return FALSE;

  for (gint64 e = epoch - 1; e <= epoch + 1 && found->len < max_candidates; e++)
    {
      const Week *week = lookup_week (index, e);

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

  *out_candidates = g_steal_pointer (&found);
  return TRUE;
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

  if (index->oldest_known)
    index->oldest = MIN (index->oldest, epoch);
}

gboolean
_fd_repeats_index_prune (FdRepeatsIndex  *index,
                         FdStore         *store,
                         gint64           keep,
                         GError         **error)
{
  if (!index->oldest_known)
    {
      sqlite3_stmt *stmt = _fd_store_prepare (store, "SELECT min(epoch) FROM repeat_signatures", error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        index->oldest = sqlite3_column_type (stmt, 0) != SQLITE_NULL ? sqlite3_column_int64 (stmt, 0) : G_MAXINT64;
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW)
        return _fd_store_set_error (fd_store_get_db (store), rc, error);
      index->oldest_known = TRUE;
    }

  if (index->oldest >= keep)
    return TRUE;

  if (!_fd_sql_exec_ints (store, "DELETE FROM repeat_signatures WHERE epoch < ?", error, 1, keep))
    return FALSE;
  index->oldest = keep;

  for (guint i = 0; i < index->n_weeks; )
    {
      if (index->weeks[i]->epoch < keep)
        drop_week (index, i);
      else
        i++;
    }

  return TRUE;
}
