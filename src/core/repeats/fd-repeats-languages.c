/* fd-repeats-languages.c: repeats in two languages, through a translation
 * made after ingest (see fd-repeats-languages.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-language.h"
#include "fd-repeats-languages.h"
#include "fd-repeats-private.h"
#include "fd-sql.h"

/* A customer's posts in other languages compared with one post, the
 * closest in time first. */
#define MAX_OTHERS 32

typedef struct {
  FdRepeatsIndexEntry entry;
  char               *lang;     /* interned */
  char               *text;
  char               *subject;
  char               *author;   /* the author's name */
  guint16             after_ours;
} Post;

typedef struct {
  gint64   id;
  gboolean queued;   /* from repeat_language_queue, else after the cursor */
} Item;

typedef struct {
  FdStore              *store;
  FdTranslationManager *manager;
  GPtrArray            *engines;       /* local FdTranslator, in the manager's order */
  guint                 next_engine;   /* loading pairs */
  guint                 max_posts;
  guint                 max_translations;
  GArray               *items;         /* Item */
  guint                 next_item;
  GArray               *waiting;       /* ids of the items looked at that wait for an engine */
  gboolean              post_waits;    /* the item's post has a pair no engine here translates */
  Post                  post;          /* the item's post, entry.message_id 0: not read */
  GArray               *others;        /* Post */
  guint                 next_other;
  GHashTable           *translations;  /* "id:lang" → text */
  FdRepeatsLanguageStats stats;
  gint64                start;
} Run;

static void step (GTask *task);

static void
post_clear (gpointer data)
{
  Post *post = data;

  g_clear_pointer (&post->text, g_free);
  g_clear_pointer (&post->subject, g_free);
  g_clear_pointer (&post->author, g_free);
  memset (post, 0, sizeof *post);
}

static void
run_free (Run *run)
{
  g_clear_object (&run->store);
  g_clear_object (&run->manager);
  g_clear_pointer (&run->engines, g_ptr_array_unref);
  g_clear_pointer (&run->items, g_array_unref);
  g_clear_pointer (&run->waiting, g_array_unref);
  post_clear (&run->post);
  g_clear_pointer (&run->others, g_array_unref);
  g_clear_pointer (&run->translations, g_hash_table_unref);
  g_free (run);
}

static char *
translation_key (gint64      message_id,
                 const char *lang)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%s", message_id, lang);
}

/* The store */

#define POST_COLUMNS \
  "m.id, i.customer_id, m.created_at, m.lang, fd_text (m.text), m.subject, m.conversation_id," \
  " m.remote_id, m.in_reply_to, " FD_REPEATS_SQL_AFTER_OURS ("m") ", m.author_name"

static void
post_from_stmt (sqlite3_stmt *stmt,
                Post         *post)
{
  post->entry.message_id = sqlite3_column_int64 (stmt, 0);
  post->entry.customer_id = sqlite3_column_int64 (stmt, 1);
  post->entry.created_at = sqlite3_column_int64 (stmt, 2);
  post->lang = (char *) fd_language_normalize ((const char *) sqlite3_column_text (stmt, 3));
  post->text = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  post->subject = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  post->entry.conversation_id = sqlite3_column_int64 (stmt, 6);
  post->entry.remote_hash = _fd_repeats_hash_id ((const char *) sqlite3_column_text (stmt, 7));
  post->entry.reply_hash = _fd_repeats_hash_id ((const char *) sqlite3_column_text (stmt, 8));
  post->after_ours = _fd_repeats_after_ours (sqlite3_column_int (stmt, 9));
  post->author = g_strdup ((const char *) sqlite3_column_text (stmt, 10));
}

static gint64
read_cursor (FdStore  *store,
             GError  **error)
{
  sqlite3_stmt *stmt = _fd_store_prepare (store, "SELECT message_id FROM repeat_language_cursor WHERE id = 1", error);

  return stmt != NULL ? _fd_sql_query_int (store, stmt, error) : -1;
}

gint64
fd_repeats_languages_count_pending (FdStore  *store,
                                    GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 cursor;

  g_return_val_if_fail (FD_IS_STORE (store), -1);

  if ((cursor = read_cursor (store, error)) < 0)
    return -1;
  stmt = _fd_store_prepare (store,
                            "SELECT (SELECT count(*) FROM repeat_language_queue)"
                            " + (SELECT count(*) FROM messages WHERE id > ? AND direction = " FD_SQL_IN
                            " AND automated = 0)", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, cursor);

  return _fd_sql_query_int (store, stmt, error);
}

/* The posts of this run: the queue first, then the posts after the
 * cursor, in the order they were stored. */
static gboolean
read_items (Run     *run,
            GError **error)
{
  sqlite3_stmt *stmt;
  gint64 limit = run->max_posts > 0 ? (gint64) run->max_posts : -1;
  gint64 cursor;
  int rc;

  if (!(stmt = _fd_store_prepare (run->store, "SELECT message_id FROM repeat_language_queue ORDER BY message_id LIMIT ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Item item = { sqlite3_column_int64 (stmt, 0), TRUE };
      g_array_append_val (run->items, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (run->store), rc, error);

  if (limit >= 0 && run->items->len >= (guint) limit)
    return TRUE;
  if ((cursor = read_cursor (run->store, error)) < 0)
    return FALSE;

  if (!(stmt = _fd_store_prepare (run->store,
                                  "SELECT id FROM messages WHERE id > ? AND direction = " FD_SQL_IN
                                  " AND automated = 0 ORDER BY id LIMIT ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cursor);
  sqlite3_bind_int64 (stmt, 2, limit >= 0 ? limit - run->items->len : -1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Item item = { sqlite3_column_int64 (stmt, 0), FALSE };
      g_array_append_val (run->items, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (run->store), rc, error);

  return TRUE;
}

/* The item's post and its customer's posts in other languages within the
 * window. A post after the cursor is compared with the posts stored
 * before it: each pair once, when the later of the two is looked at. A
 * queued post, with all. */
static gboolean
read_post_and_others (Run         *run,
                      const Item  *item,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  post_clear (&run->post);
  g_array_set_size (run->others, 0);
  run->next_other = 0;

  if (!(stmt = _fd_store_prepare (run->store,
                                  "SELECT " POST_COLUMNS " FROM messages m JOIN identities i ON i.id = m.identity_id"
                                  " WHERE m.id = ? AND m.direction = " FD_SQL_IN " AND m.automated = 0", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item->id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    post_from_stmt (stmt, &run->post);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (run->store), rc, error);

  /* Gone, no customer, no language known, no text: nothing to compare. */
  if (run->post.entry.message_id == 0 || run->post.entry.customer_id <= 0 ||
      run->post.lang == NULL || run->post.text == NULL)
    return TRUE;

  if (!(stmt = _fd_store_prepare (run->store,
                                  "SELECT " POST_COLUMNS " FROM messages m JOIN identities i ON i.id = m.identity_id"
                                  " WHERE i.customer_id = ?1 AND m.direction = " FD_SQL_IN " AND m.automated = 0"
                                  " AND m.id != ?2 AND m.id < ?3 AND m.created_at BETWEEN ?4 AND ?5"
                                  " AND m.lang IS NOT NULL AND m.lang != ?6"
                                  " ORDER BY abs (m.created_at - ?7), m.id LIMIT ?8", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, run->post.entry.customer_id);
  sqlite3_bind_int64 (stmt, 2, run->post.entry.message_id);
  sqlite3_bind_int64 (stmt, 3, item->queued ? G_MAXINT64 : run->post.entry.message_id);
  sqlite3_bind_int64 (stmt, 4, run->post.entry.created_at - FD_REPEATS_WINDOW);
  sqlite3_bind_int64 (stmt, 5, run->post.entry.created_at + FD_REPEATS_WINDOW);
  _fd_sql_bind_text (stmt, 6, run->post.lang);
  sqlite3_bind_int64 (stmt, 7, run->post.entry.created_at);
  sqlite3_bind_int (stmt, 8, MAX_OTHERS);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Post other = { { 0, }, };

      post_from_stmt (stmt, &other);
      /* "es-MX" and "es" are one language. */
      if (other.lang == NULL || other.text == NULL || g_str_equal (other.lang, run->post.lang))
        {
          post_clear (&other);
          continue;
        }
      g_array_append_val (run->others, other);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (run->store), rc, error);

  return TRUE;
}

/* Done with the item: off the queue, or the cursor past it. */
static gboolean
finish_item (Run         *run,
             const Item  *item,
             GError     **error)
{
  if (item->queued)
    return _fd_sql_exec_ints (run->store, "DELETE FROM repeat_language_queue WHERE message_id = ?",
                              error, 1, item->id);
  return _fd_sql_exec_ints (run->store,
                            "UPDATE repeat_language_cursor SET message_id = max (message_id, ?) WHERE id = 1",
                            error, 1, item->id);
}

/* The items looked at, in one short transaction at the end of the run
 * (not one commit each): a run cut short looks at them again, which
 * changes nothing. Those with a pair no engine here has wait for one. */
static gboolean
finish_items (Run     *run,
              GError **error)
{
  if (run->next_item == 0)
    return TRUE;
  if (!fd_store_begin (run->store, error))
    return FALSE;
  for (guint i = 0; i < run->next_item; i++)
    if (!finish_item (run, &g_array_index (run->items, Item, i), error))
      {
        fd_store_rollback (run->store);
        return FALSE;
      }
  for (guint i = 0; i < run->waiting->len; i++)
    if (!_fd_sql_exec_ints (run->store, "INSERT OR IGNORE INTO repeat_language_waiting (message_id) VALUES (?)",
                            error, 1, g_array_index (run->waiting, gint64, i)))
      {
        fd_store_rollback (run->store);
        return FALSE;
      }
  if (!fd_store_commit (run->store, error))
    {
      fd_store_rollback (run->store);
      return FALSE;
    }

  return TRUE;
}

static gint64
group_of (FdStore  *store,
          gint64    message_id,
          GError  **error)
{
  sqlite3_stmt *stmt = _fd_store_prepare (store, "SELECT group_id FROM repeat_members WHERE message_id = ?", error);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, message_id);
  return _fd_sql_query_int (store, stmt, error);
}

/* Engines */

/* The first local engine that translates @from into @to, or NULL. */
static const char *
engine_for (Run        *run,
            const char *from,
            const char *to)
{
  for (guint i = 0; i < run->engines->len; i++)
    {
      FdTranslator *engine = g_ptr_array_index (run->engines, i);

      if (fd_translator_can_translate (engine, from, to, NULL))
        return fd_translator_get_name (engine);
    }

  return NULL;
}

/* Which texts to translate into which language, the same whichever of
 * the two posts is looked at: into English when one is in English, else
 * the first language (in code order) into the second, or back, or both
 * into English. */
typedef struct {
  const char *to;
  gboolean    translate_post;
  gboolean    translate_other;
} Plan;

static gboolean
make_plan (Run        *run,
           const char *post_lang,
           const char *other_lang,
           Plan       *plan)
{
  const char *x, *y;

  memset (plan, 0, sizeof *plan);

  if (g_str_equal (other_lang, "en") || (!g_str_equal (post_lang, "en") && strcmp (post_lang, other_lang) < 0))
    x = post_lang, y = other_lang;
  else
    x = other_lang, y = post_lang;

  if (engine_for (run, x, y) != NULL)
    {
      plan->to = y;
      plan->translate_post = x == post_lang;
      plan->translate_other = x == other_lang;
      return TRUE;
    }
  if (engine_for (run, y, x) != NULL)
    {
      plan->to = x;
      plan->translate_post = y == post_lang;
      plan->translate_other = y == other_lang;
      return TRUE;
    }
  if (!g_str_equal (x, "en") && !g_str_equal (y, "en") &&
      engine_for (run, x, "en") != NULL && engine_for (run, y, "en") != NULL)
    {
      plan->to = "en";
      plan->translate_post = plan->translate_other = TRUE;
      return TRUE;
    }

  return FALSE;
}

/* Comparing */

static void
merge_facts (FdRepeatsFacts       *facts,
             const FdRepeatsFacts *more)
{
  facts->kinds |= more->kinds;
  facts->flags |= more->flags;
  for (guint i = 0; i < more->n_refs && facts->n_refs < FD_REPEATS_MAX_REFS; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; j < facts->n_refs && !known; j++)
        known = facts->refs[j] == more->refs[i];
      if (!known)
        {
          facts->refs[facts->n_refs] = more->refs[i];
          facts->ref_info[facts->n_refs] = more->ref_info[i];
          facts->n_refs++;
        }
    }
}

/* What the detector sees of @post: its text as written, or with
 * @translated, the words of the translation with the numbers, kinds of
 * complaint and follow-up marks of both (a number, an "Update:" that the
 * translation lost still counts). */
static void
analyse (const Post          *post,
         const char          *translated,
         FdRepeatsIndexEntry *entry,
         gint64               keys[FD_REPEATS_N_BANDS])
{
  FdRepeatsMeaning meaning;

  *entry = post->entry;
  if (!_fd_repeats_analyse_post (post->text, post->subject, post->author, &entry->sig, &meaning))
    memset (&entry->sig, 0, sizeof entry->sig);
  _fd_repeats_facts (&meaning, &entry->facts);
  entry->facts.flags |= post->after_ours;

  if (translated != NULL)
    {
      FdRepeatsMeaning more;
      FdRepeatsFacts more_facts;

      if (!_fd_repeats_analyse (translated, NULL, &entry->sig, &more))
        memset (&entry->sig, 0, sizeof entry->sig);
      _fd_repeats_facts (&more, &more_facts);
      merge_facts (&entry->facts, &more_facts);
    }

  _fd_repeats_band_keys (&entry->sig, keys);
}

static FdRepeatReason
compare (const Post *a,
         const char *a_translated,
         const Post *b,
         const char *b_translated)
{
  FdRepeatsIndexEntry ea, eb;
  gint64 keys_a[FD_REPEATS_N_BANDS], keys_b[FD_REPEATS_N_BANDS];
  FdComplaint complaint;
  guint32 ref;

  analyse (a, a_translated, &ea, keys_a);
  analyse (b, b_translated, &eb, keys_b);

  return _fd_repeats_compare (&ea, keys_a, &eb, keys_b, &ref, &complaint);
}

static gboolean
join (Run         *run,
      const Post  *other,
      GError     **error)
{
  const Post *earlier = other->entry.created_at < run->post.entry.created_at ||
                        (other->entry.created_at == run->post.entry.created_at &&
                         other->entry.message_id < run->post.entry.message_id) ? other : &run->post;
  const Post *later = earlier == other ? &run->post : other;
  g_autofree char *value = g_strdup_printf ("%s:%s", earlier->lang, later->lang);
  gboolean joined = FALSE;

  if (!fd_store_begin (run->store, error))
    return FALSE;
  if (!_fd_repeats_join_other_language (run->store, run->post.entry.customer_id,
                                        run->post.entry.message_id, run->post.entry.created_at,
                                        other->entry.message_id, other->entry.created_at,
                                        value, &joined, error) ||
      !fd_store_commit (run->store, error))
    {
      fd_store_rollback (run->store);
      return FALSE;
    }

  if (joined)
    run->stats.n_joined++;
  return TRUE;
}

/* The run */

typedef struct {
  GTask *task;
  char  *key;
} Waiting;

static void
translated_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Waiting *waiting = user_data;
  g_autoptr(GTask) task = waiting->task;
  g_autofree char *key = waiting->key;
  Run *run = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdTranslation) translation = NULL;

  g_free (waiting);
  translation = fd_translation_manager_translate_finish (FD_TRANSLATION_MANAGER (object), result, &error);

  if (g_task_return_error_if_cancelled (task))
    return;

  /* An engine that fails leaves the pair alone, as one that lacks it. */
  if (translation == NULL)
    g_debug ("A post was not compared across languages: %s", error->message);
  else if (!translation->cached)
    run->stats.n_translated++;
  else
    run->stats.n_cached++;
  g_hash_table_insert (run->translations, g_steal_pointer (&key),
                       g_strdup (translation != NULL ? translation->text : ""));

  step (task);
}

/* The translation of @post into @to: TRUE when it is at hand (made in
 * this run or kept in the store). FALSE when it was asked for (step()
 * goes on when it is there) or, *@out_over_budget, when the run may ask
 * for no more. An engine that failed leaves "". */
static gboolean
get_translation (GTask       *task,
                 const Post  *post,
                 const char  *to,
                 const char **out_text,
                 gboolean    *out_over_budget)
{
  Run *run = g_task_get_task_data (task);
  g_autofree char *key = translation_key (post->entry.message_id, to);
  g_autoptr(FdTranslation) cached = NULL;
  const char *engine;
  Waiting *waiting;

  *out_over_budget = FALSE;
  if ((*out_text = g_hash_table_lookup (run->translations, key)) != NULL)
    return TRUE;

  if ((cached = fd_translation_manager_lookup (run->manager, post->text, post->lang, to)) != NULL)
    {
      run->stats.n_cached++;
      *out_text = cached->text;
      g_hash_table_insert (run->translations, g_steal_pointer (&key), g_steal_pointer (&cached->text));
      return TRUE;
    }

  if (run->max_translations > 0 && run->stats.n_translated >= run->max_translations)
    {
      *out_over_budget = TRUE;
      return FALSE;
    }

  engine = engine_for (run, post->lang, to);
  waiting = g_new0 (Waiting, 1);
  waiting->task = g_object_ref (task);
  waiting->key = g_steal_pointer (&key);
  fd_translation_manager_translate_async (run->manager, post->text, post->lang, to, engine,
                                          g_task_get_cancellable (task), translated_cb, waiting);
  return FALSE;
}

static void
finish_run (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  run->stats.usec = g_get_monotonic_time () - run->start;
  if ((run->stats.n_pending = fd_repeats_languages_count_pending (run->store, &error)) < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/* Goes on from where the run is until it waits for a translation, or is
 * done. */
static void
step (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  while (run->next_item < run->items->len)
    {
      const Item *item = &g_array_index (run->items, Item, run->next_item);

      if (g_task_return_error_if_cancelled (task))
        return;

      if (run->post.entry.message_id != item->id)
        {
          if (!read_post_and_others (run, item, &error))
            goto fail;
          /* Read, though there may be nothing to compare. */
          run->post.entry.message_id = item->id;
        }

      while (run->next_other < run->others->len)
        {
          const Post *other = &g_array_index (run->others, Post, run->next_other);
          const char *post_text = NULL, *other_text = NULL;
          gboolean over_budget = FALSE;
          gint64 group_a, group_b;
          Plan plan;

          /* In one group already; or a pair the detector decided on as
           * written (copies in other words that the window kept apart). */
          if ((group_a = group_of (run->store, run->post.entry.message_id, &error)) < 0 ||
              (group_b = group_of (run->store, other->entry.message_id, &error)) < 0)
            goto fail;
          if ((group_a != 0 && group_a == group_b) ||
              compare (&run->post, NULL, other, NULL) != FD_REPEAT_REASON_UNKNOWN)
            {
              run->next_other++;
              continue;
            }

          if (!make_plan (run, run->post.lang, other->lang, &plan))
            {
              run->stats.n_no_engine++;
              run->post_waits = TRUE;
              run->next_other++;
              continue;
            }

          if ((plan.translate_post && !get_translation (task, &run->post, plan.to, &post_text, &over_budget)) ||
              (plan.translate_other && !get_translation (task, other, plan.to, &other_text, &over_budget)))
            {
              /* Over budget: the item is looked at again next run, its
               * translations so far kept in the store. */
              if (over_budget)
                goto done;
              return;
            }

          run->stats.n_pairs++;
          /* An engine that failed left "": no comparison. */
          if ((!plan.translate_post || *post_text != '\0') && (!plan.translate_other || *other_text != '\0') &&
              compare (&run->post, post_text, other, other_text) != FD_REPEAT_REASON_UNKNOWN &&
              !join (run, other, &error))
            goto fail;
          run->next_other++;
        }

      if (run->post_waits)
        g_array_append_val (run->waiting, item->id);
      run->post_waits = FALSE;
      run->stats.n_posts++;
      run->next_item++;
      post_clear (&run->post);
    }

done:
  if (!finish_items (run, &error))
    goto fail;
  finish_run (task);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

static void load_next_pairs (GTask *task);

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The pairs the engines translate, as one text: "ca>es,en>es,es>ca…". */
static char *
pairs_key (Run *run)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < run->engines->len; i++)
    {
      GPtrArray *pairs = fd_translator_get_pairs (g_ptr_array_index (run->engines, i));

      for (guint j = 0; pairs != NULL && j < pairs->len; j++)
        {
          const FdTranslationPair *pair = g_ptr_array_index (pairs, j);

          g_ptr_array_add (all, g_strdup_printf ("%s>%s", pair->from, pair->to));
        }
    }
  g_ptr_array_sort (all, compare_strings);

  for (guint i = 0; i < all->len; i++)
    if (i == 0 || !g_str_equal (g_ptr_array_index (all, i), g_ptr_array_index (all, i - 1)))
      {
        if (key->len > 0)
          g_string_append_c (key, ',');
        g_string_append (key, g_ptr_array_index (all, i));
      }

  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* When the engines translate other pairs than in the last run (an
 * Apertium pair installed, another engine turned on), the posts that
 * waited for an engine are looked at again. */
static gboolean
check_pairs (Run     *run,
             GError **error)
{
  g_autofree char *key = pairs_key (run);
  g_autofree char *last = NULL;
  sqlite3_stmt *stmt;
  gboolean known;
  int rc;

  if (!(stmt = _fd_store_prepare (run->store, "SELECT pairs FROM repeat_language_cursor WHERE id = 1", error)))
    return FALSE;
  rc = sqlite3_step (stmt);
  known = rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL;
  if (known)
    last = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (run->store), rc, error);

  if (known && g_str_equal (last, key))
    return TRUE;

  if (!fd_store_begin (run->store, error))
    return FALSE;
  /* Before the posts passed over were kept: all are looked at again. */
  if ((!known && !_fd_sql_exec_ints (run->store, "UPDATE repeat_language_cursor SET message_id = 0 WHERE id = 1",
                                     error, 0)) ||
      (known && !_fd_sql_exec_ints (run->store,
                                    "INSERT OR IGNORE INTO repeat_language_queue (message_id)"
                                    " SELECT message_id FROM repeat_language_waiting",
                                    error, 0)) ||
      !_fd_sql_exec_ints (run->store, "DELETE FROM repeat_language_waiting", error, 0) ||
      !(stmt = _fd_store_prepare (run->store, "UPDATE repeat_language_cursor SET pairs = ? WHERE id = 1", error)))
    {
      fd_store_rollback (run->store);
      return FALSE;
    }
  _fd_sql_bind_text (stmt, 1, key);
  if (!_fd_sql_step (run->store, stmt, error) || !fd_store_commit (run->store, error))
    {
      fd_store_rollback (run->store);
      return FALSE;
    }

  return TRUE;
}

static void
pairs_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GError) error = NULL;

  pairs = fd_translator_load_pairs_finish (FD_TRANSLATOR (object), result, &error);
  if (g_task_return_error_if_cancelled (task))
    return;
  /* An engine that cannot say which pairs it has translates none. */
  if (pairs == NULL)
    g_debug ("%s: %s", fd_translator_get_display_name (FD_TRANSLATOR (object)), error->message);

  load_next_pairs (task);
}

/* The engines' pairs first, where not known yet; then the posts. */
static void
load_next_pairs (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gboolean any_pair = FALSE;

  while (run->next_engine < run->engines->len)
    {
      FdTranslator *engine = g_ptr_array_index (run->engines, run->next_engine++);

      if (fd_translator_get_pairs (engine) == NULL)
        {
          fd_translator_load_pairs_async (engine, g_task_get_cancellable (task), pairs_loaded_cb,
                                          g_object_ref (task));
          return;
        }
    }

  /* No engine here translates anything: the posts wait for one (an
   * Apertium pair installed later), instead of being passed over. */
  for (guint i = 0; i < run->engines->len && !any_pair; i++)
    {
      GPtrArray *pairs = fd_translator_get_pairs (g_ptr_array_index (run->engines, i));

      any_pair = pairs != NULL && pairs->len > 0;
    }
  if (!any_pair)
    {
      finish_run (task);
      return;
    }

  if (!check_pairs (run, &error) || !read_items (run, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  step (task);
}

void
fd_repeats_languages_run_async (FdStore              *store,
                                FdTranslationManager *manager,
                                guint                 max_posts,
                                guint                 max_translations,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  GPtrArray *engines;
  Run *run;

  g_return_if_fail (FD_IS_STORE (store));
  g_return_if_fail (FD_IS_TRANSLATION_MANAGER (manager));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_repeats_languages_run_async);

  run = g_new0 (Run, 1);
  run->store = g_object_ref (store);
  run->manager = g_object_ref (manager);
  run->max_posts = max_posts;
  run->max_translations = max_translations;
  run->items = g_array_new (FALSE, FALSE, sizeof (Item));
  run->waiting = g_array_new (FALSE, FALSE, sizeof (gint64));
  run->others = g_array_new (FALSE, TRUE, sizeof (Post));
  g_array_set_clear_func (run->others, post_clear);
  run->translations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  run->start = g_get_monotonic_time ();
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);

  /* Engines on this computer only: posts are not sent anywhere unasked. */
  run->engines = g_ptr_array_new_with_free_func (g_object_unref);
  engines = fd_translation_manager_get_engines (manager);
  for (guint i = 0; i < engines->len; i++)
    if (fd_translator_is_local (g_ptr_array_index (engines, i)))
      g_ptr_array_add (run->engines, g_object_ref (g_ptr_array_index (engines, i)));

  load_next_pairs (task);
}

gboolean
fd_repeats_languages_run_finish (FdStore                 *store,
                                 GAsyncResult            *result,
                                 FdRepeatsLanguageStats  *out_stats,
                                 GError                 **error)
{
  Run *run;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);

  run = g_task_get_task_data (G_TASK (result));
  if (out_stats != NULL)
    *out_stats = run->stats;

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* In the background */

struct _FdRepeatsLanguagePass
{
  GObject               parent_instance;

  FdStore              *store;
  FdTranslationManager *manager;
  GCancellable         *cancellable;
  guint                 timeout_id;
  guint                 delay;
  gboolean              running;
  gboolean              poked;     /* while running: run again after */
};

G_DEFINE_FINAL_TYPE (FdRepeatsLanguagePass, fd_repeats_language_pass, G_TYPE_OBJECT)

static void schedule (FdRepeatsLanguagePass *self,
                      guint                  seconds);

static void
run_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdRepeatsLanguagePass) self = user_data;
  g_autoptr(GError) error = NULL;
  FdRepeatsLanguageStats stats = { 0, };

  self->running = FALSE;
  if (!fd_repeats_languages_run_finish (FD_STORE (object), result, &stats, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not compare posts across languages: %s", error->message);
      return;
    }

  g_debug ("Repeats across languages: %u posts, %u pairs, %u translated, %u joined, %" G_GINT64_FORMAT
           " left, %" G_GINT64_FORMAT " µs", stats.n_posts, stats.n_pairs, stats.n_translated,
           stats.n_joined, stats.n_pending, stats.usec);

  /* The next batch soon, while it gets on (a post with many others to
   * translate may take a few runs: what they translated is in the store);
   * a run that got nowhere waits for the next change. */
  if (stats.n_pending > 0 && (stats.n_posts > 0 || stats.n_translated > 0))
    schedule (self, 1);
  else if (self->poked)
    schedule (self, self->delay);
  self->poked = FALSE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  FdRepeatsLanguagePass *self = user_data;

  self->timeout_id = 0;
  self->running = TRUE;
  self->poked = FALSE;
  fd_repeats_languages_run_async (self->store, self->manager, FD_REPEATS_LANGUAGES_BATCH,
                                  FD_REPEATS_LANGUAGES_MAX_TRANSLATIONS, self->cancellable,
                                  run_done_cb, g_object_ref (self));

  return G_SOURCE_REMOVE;
}

static void
schedule (FdRepeatsLanguagePass *self,
          guint                  seconds)
{
  if (self->running)
    {
      self->poked = TRUE;
      return;
    }
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  /* Low priority: after whatever the window has to draw. */
  self->timeout_id = g_timeout_add_seconds_full (G_PRIORITY_LOW, seconds, timeout_cb, self, NULL);
}

static void
fd_repeats_language_pass_dispose (GObject *object)
{
  FdRepeatsLanguagePass *self = FD_REPEATS_LANGUAGE_PASS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timeout_id, g_source_remove);

  G_OBJECT_CLASS (fd_repeats_language_pass_parent_class)->dispose (object);
}

static void
fd_repeats_language_pass_finalize (GObject *object)
{
  FdRepeatsLanguagePass *self = FD_REPEATS_LANGUAGE_PASS (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->manager);

  G_OBJECT_CLASS (fd_repeats_language_pass_parent_class)->finalize (object);
}

static void
fd_repeats_language_pass_class_init (FdRepeatsLanguagePassClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_repeats_language_pass_dispose;
  object_class->finalize = fd_repeats_language_pass_finalize;
}

static void
fd_repeats_language_pass_init (FdRepeatsLanguagePass *self)
{
  self->cancellable = g_cancellable_new ();
  self->delay = 10;
}

FdRepeatsLanguagePass *
fd_repeats_language_pass_new (FdStore              *store,
                              FdTranslationManager *manager)
{
  FdRepeatsLanguagePass *self;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);
  g_return_val_if_fail (FD_IS_TRANSLATION_MANAGER (manager), NULL);

  self = g_object_new (FD_TYPE_REPEATS_LANGUAGE_PASS, NULL);
  self->store = g_object_ref (store);
  self->manager = g_object_ref (manager);

  return self;
}

void
fd_repeats_language_pass_poke (FdRepeatsLanguagePass *self)
{
  g_return_if_fail (FD_IS_REPEATS_LANGUAGE_PASS (self));

  /* A change while one is due does not put it off: a sync that stores a
   * page every few seconds would. */
  if (self->timeout_id != 0)
    return;
  schedule (self, self->delay);
}

void
fd_repeats_language_pass_set_delay (FdRepeatsLanguagePass *self,
                                    guint                  seconds)
{
  g_return_if_fail (FD_IS_REPEATS_LANGUAGE_PASS (self));

  self->delay = seconds;
}

gboolean
fd_repeats_language_pass_is_busy (FdRepeatsLanguagePass *self)
{
  g_return_val_if_fail (FD_IS_REPEATS_LANGUAGE_PASS (self), FALSE);

  return self->running || self->timeout_id != 0;
}
