/* fd-inbox-model.c
 *
 * The model knows every sort key of the current filter (loaded in a worker
 * thread, on a connection of its own, so that a million rows never block
 * the main loop) and fetches rows in pages of PAGE_SIZE when a view asks
 * for an item. Items are kept in a weak table so that a row stays the same
 * object across reloads; a small queue keeps recently fetched pages alive.
 *
 * A load into an empty list shows the first FIRST_PAGE_SIZE rows as soon as
 * the worker has them, before the full key scan, then appends the rest
 * with one items-changed. Later loads (live updates) are applied as an
 * exact diff.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-inbox-model"

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include <sqlite3.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "fd-inbox-item.h"
#include "fd-inbox-model-private.h"
#include "fd-main-context.h"
#include "fd-repeats.h"
#include "fd-reports.h"

#define PAGE_SIZE       50
#define RECENT_LIMIT    1000
/* Enough rows for a tall window, cheap to fetch with a LIMIT. */
#define FIRST_PAGE_SIZE 200

struct _FdInboxModel
{
  GObject       parent_instance;

  FdStore      *store;
  char         *data_dir;

  FdFilter     *filter;
  guint         filter_serial;

  GArray       *keys;
  GHashTable   *items;
  /* Folded repeat groups: sort key of the row -> GStrv of channels. */
  GHashTable   *groups;
  GQueue        recent;

  /* Of the current filter's loads; a new filter cancels it. */
  GCancellable *cancellable;
  guint         start_source;

  guint         n_messages;
  guint         loading : 1;
  guint         loaded : 1;
  /* Loads never overlap: the next one waits for the one in flight. */
  guint         reload_pending : 1;
  /* The load in flight (its task data), or NULL. */
  struct _LoadData *inflight;
  guint         n_loads;
};

typedef struct _LoadData {
  FdFilter *filter;
  guint     serial;
  /* Fetch and show the first rows before the full key scan. */
  guint     want_first_page : 1;
  /* Rows the first page put in the list (main thread only). */
  guint     first_page_len;
} LoadData;

typedef struct {
  GTask     *task;
  GPtrArray *messages;
} FirstPage;

typedef struct {
  GArray     *keys;
  GHashTable *groups;
  guint       n_messages;  /* before folding: a folded row counts each copy */
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_pointer (&result->keys, g_array_unref);
  g_clear_pointer (&result->groups, g_hash_table_unref);
  g_free (result);
}

static void list_model_iface_init (GListModelInterface *iface);
static void start_load            (FdInboxModel        *self);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdInboxModel, fd_inbox_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADING,
  PROP_LOADED,
  PROP_N_MESSAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
load_data_free (LoadData *data)
{
  g_clear_pointer (&data->filter, fd_filter_free);
  g_free (data);
}

static void
first_page_free (FirstPage *page)
{
  g_clear_object (&page->task);
  g_clear_pointer (&page->messages, g_ptr_array_unref);
  g_free (page);
}

/* Diff */

static gboolean
is_strictly_sorted (const gint64 *keys,
                    guint         n,
                    int           direction)
{
  for (guint i = 1; i < n; i++)
    {
      if (direction > 0 && !(keys[i - 1] < keys[i]))
        return FALSE;
      if (direction < 0 && !(keys[i - 1] > keys[i]))
        return FALSE;
    }

  return TRUE;
}

static int
guess_direction (const gint64 *a,
                 guint         n_a,
                 const gint64 *b,
                 guint         n_b)
{
  if (n_a > 1)
    return a[0] < a[1] ? 1 : -1;
  if (n_b > 1)
    return b[0] < b[1] ? 1 : -1;
  return 1;
}

static void
append_change (GArray *changes,
               guint   position,
               guint   removed,
               guint   added)
{
  FdInboxChange change = { position, removed, added };

  if (removed > 0 || added > 0)
    g_array_append_val (changes, change);
}

/* One run from the first difference to the last: always right. */
static void
diff_prefix_suffix (GArray       *changes,
                    const gint64 *old_keys,
                    guint         n_old,
                    const gint64 *new_keys,
                    guint         n_new)
{
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < n_old && prefix < n_new && old_keys[prefix] == new_keys[prefix])
    prefix++;

  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         old_keys[n_old - 1 - suffix] == new_keys[n_new - 1 - suffix])
    suffix++;

  append_change (changes, prefix, n_old - prefix - suffix, n_new - prefix - suffix);
}

GArray *
fd_inbox_diff_keys (const gint64 *old_keys,
                    guint         n_old,
                    const gint64 *new_keys,
                    guint         n_new)
{
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (FdInboxChange));
  int direction;
  guint i = 0;
  guint j = 0;
  guint run_position = 0;
  guint run_removed = 0;
  guint run_added = 0;
  gboolean in_run = FALSE;

  g_return_val_if_fail (n_old == 0 || old_keys != NULL, NULL);
  g_return_val_if_fail (n_new == 0 || new_keys != NULL, NULL);

  direction = guess_direction (old_keys, n_old, new_keys, n_new);

  if (!is_strictly_sorted (old_keys, n_old, direction) ||
      !is_strictly_sorted (new_keys, n_new, direction))
    {
      diff_prefix_suffix (changes, old_keys, n_old, new_keys, n_new);
      return g_steal_pointer (&changes);
    }

  /* A merge of two sorted lists: a key only in the old list was removed,
   * a key only in the new one was added; neighbouring ones form a run. */
  while (i < n_old || j < n_new)
    {
      if (i < n_old && j < n_new && old_keys[i] == new_keys[j])
        {
          if (in_run)
            {
              append_change (changes, run_position, run_removed, run_added);
              in_run = FALSE;
            }
          i++;
          j++;
          continue;
        }

      if (!in_run)
        {
          in_run = TRUE;
          run_position = j;
          run_removed = 0;
          run_added = 0;
        }

      if (j >= n_new ||
          (i < n_old && (direction > 0 ? old_keys[i] < new_keys[j]
                                       : old_keys[i] > new_keys[j])))
        {
          run_removed++;
          i++;
        }
      else
        {
          run_added++;
          j++;
        }
    }

  if (in_run)
    append_change (changes, run_position, run_removed, run_added);

  /* Many scattered runs (a new filter, say) cost more to emit one by one
   * than one larger run. */
  if (changes->len > FD_INBOX_MAX_RUNS)
    {
      g_array_set_size (changes, 0);
      diff_prefix_suffix (changes, old_keys, n_old, new_keys, n_new);
    }

  return g_steal_pointer (&changes);
}

/* Items */

static void
item_finalized_cb (gpointer  data,
                   GObject  *where_the_object_was)
{
  FdInboxModel *self = data;
  GHashTableIter iter;
  gpointer value;

  /* The key is gone with the object: find it by value. Rare enough (only
   * when a page falls out of the recent queue and off screen). */
  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (value == (gpointer)where_the_object_was)
        {
          g_hash_table_iter_remove (&iter);
          break;
        }
    }
}

static FdInboxItem *
lookup_or_create_item (FdInboxModel *self,
                       gint64        key)
{
  FdInboxItem *item = g_hash_table_lookup (self->items, &key);
  gint64 *stored_key;

  if (item != NULL)
    return item;

  item = fd_inbox_item_new (key);
  stored_key = g_new (gint64, 1);
  *stored_key = key;
  g_hash_table_insert (self->items, stored_key, item);
  g_object_weak_ref (G_OBJECT (item), item_finalized_cb, self);

  /* The queue holds the only strong reference until a view takes one. */
  g_queue_push_head (&self->recent, item);
  while (self->recent.length > RECENT_LIMIT)
    g_object_unref (g_queue_pop_tail (&self->recent));

  return item;
}

/* Fetches rows for @keys (those in the weak table) in one query per page. */
static void
fetch_messages (FdInboxModel *self,
                const gint64 *keys,
                guint         n_keys)
{
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GError) error = NULL;

  if (n_keys == 0)
    return;

  messages = fd_store_get_by_keys (self->store, keys, n_keys, &error);
  if (messages == NULL)
    {
      g_warning ("Could not load inbox rows: %s", error->message);
      return;
    }

  for (guint i = 0; i < messages->len; i++)
    {
      FdMessage *message = g_ptr_array_index (messages, i);
      gint64 key = fd_message_get_sort_key (message);
      FdInboxItem *item = g_hash_table_lookup (self->items, &key);

      if (item != NULL)
        {
          fd_inbox_item_set_group_channels (item, g_hash_table_lookup (self->groups, &key));
          fd_inbox_item_set_message (item, message);
        }
    }
}

static void
fetch_page (FdInboxModel *self,
            guint         position)
{
  g_autoptr(GArray) missing = g_array_sized_new (FALSE, FALSE, sizeof (gint64), PAGE_SIZE);
  guint start = position - position % PAGE_SIZE;
  guint end = MIN (start + PAGE_SIZE, self->keys->len);

  for (guint i = start; i < end; i++)
    {
      gint64 key = g_array_index (self->keys, gint64, i);
      FdInboxItem *item = lookup_or_create_item (self, key);

      if (fd_inbox_item_get_message (item) == NULL)
        g_array_append_val (missing, key);
    }

  fetch_messages (self, (const gint64 *)(gpointer)missing->data, missing->len);
}

/* After a change in the store: every row a view still shows gets its new
 * state (answered, archived, outbox) without a reset. */
static void
refresh_items (FdInboxModel *self)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (keys, *(gint64 *)key);

  for (guint i = 0; i < keys->len; i += PAGE_SIZE)
    fetch_messages (self,
                    &g_array_index (keys, gint64, i),
                    MIN (PAGE_SIZE, keys->len - i));
}

/* Loading */

static void
set_loading (FdInboxModel *self,
             gboolean      loading)
{
  loading = !!loading;

  if (self->loading != loading)
    {
      self->loading = loading;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
    }
}

static void
set_loaded (FdInboxModel *self,
            gboolean      loaded)
{
  loaded = !!loaded;

  if (self->loaded != loaded)
    {
      self->loaded = loaded;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* Repeat groups show as one row in the views where a person works through
 * what needs an answer; "All" and search results show every message. */
static gboolean
is_folded (const FdFilter *filter)
{
  gboolean searching = filter->fts != NULL || filter->fts_not != NULL ||
                       (filter->authors != NULL && filter->authors->len > 0) ||
                       (filter->not_authors != NULL && filter->not_authors->len > 0);

  return (filter->view == FD_VIEW_REPEATED || filter->view == FD_VIEW_UNANSWERED) && !searching;
}

/* Is @key in @keys, which is sorted (descending when @newest_first)? */
static gboolean
keys_contain (GArray   *keys,
              gint64    key,
              gboolean  newest_first)
{
  guint lo = 0, hi = keys->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gint64 k = g_array_index (keys, gint64, mid);

      if (k == key)
        return TRUE;
      if (newest_first ? k > key : k < key)
        lo = mid + 1;
      else
        hi = mid;
    }

  return FALSE;
}

static gboolean
fold_groups (FdStore         *store,
             const FdFilter  *filter,
             LoadResult      *result,
             GError         **error)
{
  gboolean newest_first = filter->order == FD_SORT_NEWEST;
  g_autoptr(GPtrArray) groups = fd_repeats_list_groups (store, FALSE, 0, error);
  g_autoptr(GHashTable) hidden = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) folded = NULL;

  if (groups == NULL)
    return FALSE;

  for (guint i = 0; i < groups->len; i++)
    {
      FdRepeatGroup *group = g_ptr_array_index (groups, i);
      g_autoptr(GPtrArray) channels = g_ptr_array_new ();
      gint64 *newest;

      guint n_shown = 0;

      if (group->messages->len < 2)
        continue;

      /* The row stands for the newest copy this view shows (in
       * Unanswered, an answered copy is not there). */
      for (guint j = 0; j < group->messages->len; j++)
        if (keys_contain (result->keys, fd_message_get_sort_key (g_ptr_array_index (group->messages, j)), newest_first))
          n_shown++;
      if (n_shown < 2)
        continue;

      newest = g_new (gint64, 1);
      *newest = 0;
      for (guint j = 0; j < group->messages->len; j++)
        {
          FdMessage *copy = g_ptr_array_index (group->messages, j);
          const char *channel = fd_message_get_channel (copy);
          gboolean seen = FALSE;

          if (keys_contain (result->keys, fd_message_get_sort_key (copy), newest_first))
            *newest = MAX (*newest, fd_message_get_sort_key (copy));
          for (guint k = 0; k < channels->len; k++)
            seen |= g_strcmp0 (g_ptr_array_index (channels, k), channel) == 0;
          if (!seen)
            g_ptr_array_add (channels, (gpointer)channel);
        }

      for (guint j = 0; j < group->messages->len; j++)
        {
          FdMessage *copy = g_ptr_array_index (group->messages, j);

          if (fd_message_get_sort_key (copy) != *newest)
            g_hash_table_add (hidden, g_memdup2 (&(gint64) { fd_message_get_sort_key (copy) }, sizeof (gint64)));
        }

      g_ptr_array_sort (channels, compare_strings);
      g_ptr_array_add (channels, NULL);
      g_hash_table_insert (result->groups, newest, g_strdupv ((char **)channels->pdata));
    }

  folded = g_array_sized_new (FALSE, FALSE, sizeof (gint64), result->keys->len);
  for (guint i = 0; i < result->keys->len; i++)
    {
      gint64 key = g_array_index (result->keys, gint64, i);

      if (!g_hash_table_contains (hidden, &key))
        g_array_append_val (folded, key);
    }

  /* The hidden set's keys are freed with it. */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, hidden);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_free (key);
  }

  g_array_unref (result->keys);
  result->keys = g_steal_pointer (&folded);
  return TRUE;
}

/* The rows of the list go stale while it is empty and nothing refreshes
 * them; a load into an empty list skips refresh_items(), so rows kept for
 * later are fetched again when they are shown. */
static void
forget_messages (FdInboxModel *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    fd_inbox_item_set_message (value, NULL);
}

static gboolean
first_page_cb (gpointer user_data)
{
  FirstPage *page = user_data;
  FdInboxModel *self = g_task_get_source_object (page->task);
  LoadData *data = g_task_get_task_data (page->task);
  GPtrArray *messages = page->messages;

  /* Too late: the keys are in, another filter is asked for, or the list
   * is not empty any more. */
  if (g_task_get_completed (page->task) ||
      g_cancellable_is_cancelled (g_task_get_cancellable (page->task)) ||
      data->serial != self->filter_serial ||
      self->keys->len > 0)
    return G_SOURCE_REMOVE;

  forget_messages (self);

  /* Not a folded view: the load brings no groups either. */
  g_hash_table_remove_all (self->groups);

  for (guint i = 0; i < messages->len; i++)
    {
      FdMessage *message = g_ptr_array_index (messages, i);
      gint64 key = fd_message_get_sort_key (message);
      FdInboxItem *item = lookup_or_create_item (self, key);

      g_array_append_val (self->keys, key);
      fd_inbox_item_set_group_channels (item, NULL);
      fd_inbox_item_set_message (item, message);
    }

  data->first_page_len = messages->len;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, messages->len);

  return G_SOURCE_REMOVE;
}

static GArray *
keys_of_messages (GPtrArray *messages)
{
  GArray *keys = g_array_sized_new (FALSE, FALSE, sizeof (gint64), messages->len);

  for (guint i = 0; i < messages->len; i++)
    {
      gint64 key = fd_message_get_sort_key (g_ptr_array_index (messages, i));

      g_array_append_val (keys, key);
    }

  return keys;
}

typedef struct {
  gint64 key;
  gint64 due;      /* business seconds from the first key to the target */
  gboolean waiting;
} Due;

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const Due *x = a, *y = b;

  if (x->waiting != y->waiting)
    return x->waiting ? -1 : 1;
  if (x->waiting && x->due != y->due)
    return x->due < y->due ? -1 : 1;
  return x->key < y->key ? -1 : x->key > y->key;
}

/* Orders @keys (oldest first) by when each waiting message's response
 * target falls due in business time, earliest (most overdue) first; the
 * messages that wait for nothing follow, oldest first. Counted from each
 * message's arrival, as its row's badge is. */
static gboolean
sort_by_target (FdStore  *store,
                GArray   *keys,
                GError  **error)
{
  g_autoptr(FdReportSettings) settings = fd_report_settings_load (store, error);
  g_autoptr(FdBusinessHours) hours = NULL;
  g_autoptr(GArray) dues = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 origin;
  int rc = SQLITE_OK;

  if (settings == NULL || !(hours = fd_report_settings_make_hours (settings, error)))
    return FALSE;
  if (keys->len == 0)
    return TRUE;

  origin = MIN (g_array_index (keys, gint64, 0), g_array_index (keys, gint64, keys->len - 1)) / 1024;
  dues = g_array_sized_new (FALSE, FALSE, sizeof (Due), keys->len);
  rc = sqlite3_prepare_v2 (fd_store_get_db (store),
                           /* Incoming (0), unread or read (below 2). */
                           "SELECT channel, created_at, direction = 0 AND state < 2"
                           " FROM messages WHERE sort_key = ?", -1, &stmt, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < keys->len; i++)
    {
      Due due = { g_array_index (keys, gint64, i), 0, FALSE };

      sqlite3_bind_int64 (stmt, 1, due.key);
      if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *channel = (const char *) sqlite3_column_text (stmt, 0);
          gint64 created_at = sqlite3_column_int64 (stmt, 1);

          due.waiting = sqlite3_column_int (stmt, 2) != 0;
          if (due.waiting)
            due.due = fd_business_hours_elapsed (hours, origin, created_at) +
                      fd_report_settings_get_target (settings, channel);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
      sqlite3_reset (stmt);
      g_array_append_val (dues, due);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (fd_store_get_db (store)));
      return FALSE;
    }

  g_array_sort (dues, compare_due);
  for (guint i = 0; i < keys->len; i++)
    g_array_index (keys, gint64, i) = g_array_index (dues, Due, i).key;

  return TRUE;
}

static void
load_keys_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  FdInboxModel *self = source_object;
  LoadData *data = task_data;
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  LoadResult *result;
  GArray *keys = NULL;

  /* A connection per load, closed at the end, so that its page cache
   * (up to 16 MB after a scan of a large store) does not stay. */
  store = fd_store_open (self->data_dir, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The store's first page is in its own order, not by target. */
  if (data->want_first_page && data->filter->order != FD_SORT_MOST_OVERDUE)
    {
      g_autoptr(GPtrArray) messages = fd_store_list (store, data->filter, 0, FIRST_PAGE_SIZE, &error);

      if (messages == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }

      /* A short page is the whole list: no need to scan for keys. */
      if (messages->len < FIRST_PAGE_SIZE)
        keys = keys_of_messages (messages);

      if (messages->len > 0)
        {
          FirstPage *page = g_new0 (FirstPage, 1);

          page->task = g_object_ref (task);
          page->messages = g_steal_pointer (&messages);
          /* The callback changes the list widgets: on their thread. */
          fd_main_context_post (g_task_get_context (task), G_PRIORITY_DEFAULT, first_page_cb, page,
                                (GDestroyNotify) first_page_free, "[frontdesk] inbox first page");
        }
    }

  /* Another filter came while the first page loaded. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (keys == NULL)
    keys = fd_store_list_keys (store, data->filter, &error);
  if (keys == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = g_new0 (LoadResult, 1);
  result->keys = keys;
  result->n_messages = keys->len;
  result->groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify)g_strfreev);

  /* The Repeated and Unanswered views show each group once. */
  if (is_folded (data->filter) && !fold_groups (store, data->filter, result, &error))
    {
      load_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (data->filter->order == FD_SORT_MOST_OVERDUE && !sort_by_target (store, result->keys, &error))
    {
      load_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The connection's page cache and the key array's smaller copies, freed
   * by now, would otherwise stay in this thread's malloc arena. */
  g_clear_object (&store);
#ifdef __GLIBC__
  malloc_trim (0);
#endif

  g_task_return_pointer (task, result, (GDestroyNotify)load_result_free);
}

/* Takes @new_keys as the model's keys when the current ones are a prefix
 * of them (an empty list, or the first page of the same load): the rest
 * is appended with one items-changed, with no copy, diff or refresh. */
static gboolean
append_keys (FdInboxModel *self,
             GArray       *new_keys)
{
  guint n_old = self->keys->len;

  if (new_keys->len < n_old ||
      (n_old > 0 && memcmp (self->keys->data, new_keys->data, n_old * sizeof (gint64)) != 0))
    return FALSE;

  g_array_unref (self->keys);
  self->keys = g_array_ref (new_keys);

  if (new_keys->len > n_old)
    g_list_model_items_changed (G_LIST_MODEL (self), n_old, 0, new_keys->len - n_old);

  return TRUE;
}

static void
apply_keys (FdInboxModel *self,
            GArray       *new_keys)
{
  g_autoptr(GArray) changes = NULL;

  changes = fd_inbox_diff_keys ((const gint64 *)(gpointer)self->keys->data, self->keys->len,
                                (const gint64 *)(gpointer)new_keys->data, new_keys->len);

  refresh_items (self);

  /* Each run is applied before it is emitted, so that a handler reading
   * the model during the emission sees the state the run describes. */
  for (guint i = 0; i < changes->len; i++)
    {
      const FdInboxChange *change = &g_array_index (changes, FdInboxChange, i);

      if (change->removed > 0)
        g_array_remove_range (self->keys, change->position, change->removed);
      if (change->added > 0)
        g_array_insert_vals (self->keys, change->position,
                             &g_array_index (new_keys, gint64, change->position),
                             change->added);

      g_list_model_items_changed (G_LIST_MODEL (self),
                                  change->position, change->removed, change->added);
    }

  g_assert (self->keys->len == new_keys->len);
}

static void
load_keys_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  FdInboxModel *self = FD_INBOX_MODEL (object);
  LoadData *data = g_task_get_task_data (G_TASK (result));
  LoadResult *loaded;
  g_autoptr(GError) error = NULL;

  loaded = g_task_propagate_pointer (G_TASK (result), &error);

  self->inflight = NULL;

  if (data->serial != self->filter_serial)
    {
      /* An earlier filter's keys: the current filter loads next. */
    }
  else if (loaded == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not load the inbox: %s", error->message);
    }
  else
    {
      gboolean count_changed = self->n_messages != loaded->n_messages;

      g_hash_table_unref (self->groups);
      self->groups = g_hash_table_ref (loaded->groups);
      /* Before the rows change, so that whoever counts them reads both. */
      self->n_messages = loaded->n_messages;

      if (self->keys->len == 0)
        {
          forget_messages (self);
          append_keys (self, loaded->keys);
        }
      else if (data->first_page_len == 0 ||
               self->keys->len != data->first_page_len ||
               !append_keys (self, loaded->keys))
        apply_keys (self, loaded->keys);

      if (count_changed)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MESSAGES]);
      set_loaded (self, TRUE);
    }
  g_clear_pointer (&loaded, load_result_free);

  if (self->reload_pending && !g_cancellable_is_cancelled (self->cancellable))
    start_load (self);
  else if (self->start_source == 0)
    set_loading (self, FALSE);
}

static void
start_load (FdInboxModel *self)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  if (self->inflight != NULL)
    {
      self->reload_pending = TRUE;
      return;
    }

  self->reload_pending = FALSE;
  set_loading (self, TRUE);

  data = g_new0 (LoadData, 1);
  data->filter = fd_filter_copy (self->filter);
  data->serial = self->filter_serial;
  data->want_first_page = self->keys->len == 0 && !is_folded (self->filter);

  self->inflight = data;
  self->n_loads++;
  task = g_task_new (self, self->cancellable, load_keys_cb, NULL);
  g_task_set_source_tag (task, start_load);
  g_task_set_task_data (task, data, (GDestroyNotify)load_data_free);
  g_task_run_in_thread (task, load_keys_thread);
}

/* Loads the current filter. A load in flight for the same filter is kept
 * (a window sets a few filters while it is built, and its first load may
 * have started before the window, see fd_inbox_model_load_now()); one for
 * another filter is cancelled. */
static void
start_filter_load (FdInboxModel *self)
{
  if (self->inflight != NULL && fd_filter_equal (self->inflight->filter, self->filter))
    {
      self->inflight->serial = self->filter_serial;
      set_loading (self, TRUE);
      return;
    }

  if (self->inflight != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_object_unref (self->cancellable);
      self->cancellable = g_cancellable_new ();
    }
  start_load (self);
}

static gboolean
start_load_cb (gpointer data)
{
  FdInboxModel *self = data;

  self->start_source = 0;
  start_filter_load (self);

  return G_SOURCE_REMOVE;
}

/* GListModel */

static GType
fd_inbox_model_get_item_type (GListModel *model)
{
  return FD_TYPE_INBOX_ITEM;
}

static guint
fd_inbox_model_get_n_items (GListModel *model)
{
  return FD_INBOX_MODEL (model)->keys->len;
}

static gpointer
fd_inbox_model_get_item (GListModel *model,
                         guint       position)
{
  FdInboxModel *self = FD_INBOX_MODEL (model);
  FdInboxItem *item;
  gint64 key;

  if (position >= self->keys->len)
    return NULL;

  key = g_array_index (self->keys, gint64, position);
  item = g_hash_table_lookup (self->items, &key);

  if (item == NULL || fd_inbox_item_get_message (item) == NULL)
    {
      fetch_page (self, position);
      item = lookup_or_create_item (self, key);
    }

  return g_object_ref (item);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = fd_inbox_model_get_item_type;
  iface->get_n_items = fd_inbox_model_get_n_items;
  iface->get_item = fd_inbox_model_get_item;
}

/* GObject */

static void
fd_inbox_model_dispose (GObject *object)
{
  FdInboxModel *self = (FdInboxModel *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->start_source, g_source_remove);

  G_OBJECT_CLASS (fd_inbox_model_parent_class)->dispose (object);
}

static void
fd_inbox_model_finalize (GObject *object)
{
  FdInboxModel *self = (FdInboxModel *)object;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_object_weak_unref (value, item_finalized_cb, self);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_queue_clear_full (&self->recent, g_object_unref);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->filter, fd_filter_free);
  g_clear_pointer (&self->keys, g_array_unref);
  g_clear_pointer (&self->groups, g_hash_table_unref);

  G_OBJECT_CLASS (fd_inbox_model_parent_class)->finalize (object);
}

static void
fd_inbox_model_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FdInboxModel *self = FD_INBOX_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;

    case PROP_N_MESSAGES:
      g_value_set_uint (value, self->n_messages);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_inbox_model_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FdInboxModel *self = FD_INBOX_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      self->data_dir = g_strdup (fd_store_get_data_dir (self->store));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_inbox_model_class_init (FdInboxModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_inbox_model_dispose;
  object_class->finalize = fd_inbox_model_finalize;
  object_class->get_property = fd_inbox_model_get_property;
  object_class->set_property = fd_inbox_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         FD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_MESSAGES] =
    g_param_spec_uint ("n-messages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fd_inbox_model_init (FdInboxModel *self)
{
  self->keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify)g_strfreev);
  self->filter = fd_filter_new ();
  self->cancellable = g_cancellable_new ();
  g_queue_init (&self->recent);
}

FdInboxModel *
fd_inbox_model_new (FdStore *store)
{
  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  return g_object_new (FD_TYPE_INBOX_MODEL, "store", store, NULL);
}

FdStore *
fd_inbox_model_get_store (FdInboxModel *self)
{
  g_return_val_if_fail (FD_IS_INBOX_MODEL (self), NULL);

  return self->store;
}

const FdFilter *
fd_inbox_model_get_filter (FdInboxModel *self)
{
  g_return_val_if_fail (FD_IS_INBOX_MODEL (self), NULL);

  return self->filter;
}

void
fd_inbox_model_set_filter (FdInboxModel   *self,
                           const FdFilter *filter)
{
  g_return_if_fail (FD_IS_INBOX_MODEL (self));
  g_return_if_fail (filter != NULL);

  /* The same filter again: its load is done or on its way. */
  if (self->filter_serial > 0 && fd_filter_equal (self->filter, filter))
    return;

  g_clear_pointer (&self->filter, fd_filter_free);
  self->filter = fd_filter_copy (filter);
  self->filter_serial++;
  set_loaded (self, FALSE);

  /* Start from the main loop, so that the filters set while a window is
   * built (defaults, then the saved view) make one load, not two. */
  set_loading (self, TRUE);
  if (self->start_source == 0)
    self->start_source = g_idle_add_full (G_PRIORITY_DEFAULT, start_load_cb, self, NULL);
}

void
fd_inbox_model_reload (FdInboxModel *self)
{
  g_return_if_fail (FD_IS_INBOX_MODEL (self));

  /* A load about to start reads the store as it is now anyway. */
  if (self->start_source == 0)
    start_load (self);
}

gboolean
fd_inbox_model_get_loading (FdInboxModel *self)
{
  g_return_val_if_fail (FD_IS_INBOX_MODEL (self), FALSE);

  return self->loading;
}

guint
fd_inbox_model_get_n_messages (FdInboxModel *self)
{
  g_return_val_if_fail (FD_IS_INBOX_MODEL (self), 0);

  return self->n_messages;
}

gboolean
fd_inbox_model_get_loaded (FdInboxModel *self)
{
  g_return_val_if_fail (FD_IS_INBOX_MODEL (self), FALSE);

  return self->loaded;
}

guint
fd_inbox_model_find_key (FdInboxModel *self,
                         gint64        key)
{
  g_return_val_if_fail (FD_IS_INBOX_MODEL (self), GTK_INVALID_LIST_POSITION);

  for (guint i = 0; i < self->keys->len; i++)
    {
      if (g_array_index (self->keys, gint64, i) == key)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

void
fd_inbox_model_load_now (FdInboxModel *self)
{
  g_return_if_fail (FD_IS_INBOX_MODEL (self));

  if (self->start_source == 0)
    return;

  g_clear_handle_id (&self->start_source, g_source_remove);
  start_filter_load (self);
}

guint
_fd_inbox_model_get_n_loads (FdInboxModel *self)
{
  g_return_val_if_fail (FD_IS_INBOX_MODEL (self), 0);

  return self->n_loads;
}
