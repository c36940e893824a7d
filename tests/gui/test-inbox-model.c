/* test-inbox-model.c: the key diff and the text helpers, no display needed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-inbox-model"

#include "config.h"

#include <string.h>

#include "fd-inbox-item.h"
#include "fd-inbox-model-private.h"
#include "fd-ingest.h"
#include "fd-text-utils.h"

#define N_MESSAGES 3000

/* Applies @changes to @old as a list model would, checks the result is
 * @new_keys, and returns how many items the runs touched. */
static guint
apply_and_check (const gint64 *old_keys,
                 guint         n_old,
                 const gint64 *new_keys,
                 guint         n_new,
                 GArray       *changes)
{
  g_autoptr(GArray) list = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint last_end = 0;
  guint touched = 0;

  g_array_append_vals (list, old_keys, n_old);

  for (guint i = 0; i < changes->len; i++)
    {
      const FdInboxChange *c = &g_array_index (changes, FdInboxChange, i);

      g_assert_cmpuint (c->position + c->removed, <=, list->len);
      /* Runs come in order and never overlap. */
      g_assert_true (i == 0 || c->position >= last_end);
      g_assert_true (c->removed > 0 || c->added > 0);

      g_array_remove_range (list, c->position, c->removed);
      g_array_insert_vals (list, c->position, &new_keys[c->position], c->added);
      last_end = c->position + c->added;
      touched += c->removed + c->added;
    }

  g_assert_cmpuint (list->len, ==, n_new);
  for (guint i = 0; i < n_new; i++)
    g_assert_cmpint (g_array_index (list, gint64, i), ==, new_keys[i]);

  return touched;
}

static void
test_diff_identical (void)
{
  const gint64 keys[] = { 9, 7, 5, 3 };
  g_autoptr(GArray) changes = fd_inbox_diff_keys (keys, 4, keys, 4);

  g_assert_cmpuint (changes->len, ==, 0);
}

static void
test_diff_insert_top (void)
{
  const gint64 old_keys[] = { 9, 7, 5, 3 };
  const gint64 new_keys[] = { 11, 9, 7, 5, 3 };
  g_autoptr(GArray) changes = fd_inbox_diff_keys (old_keys, 4, new_keys, 5);
  const FdInboxChange *c;

  g_assert_cmpuint (changes->len, ==, 1);
  c = &g_array_index (changes, FdInboxChange, 0);
  g_assert_cmpuint (c->position, ==, 0);
  g_assert_cmpuint (c->removed, ==, 0);
  g_assert_cmpuint (c->added, ==, 1);
  apply_and_check (old_keys, 4, new_keys, 5, changes);
}

static void
test_diff_mixed (void)
{
  /* newest first: 8 removed, 6 added, 2 removed, 1 added at the end */
  const gint64 old_keys[] = { 10, 8, 7, 4, 2 };
  const gint64 new_keys[] = { 10, 7, 6, 4, 1 };
  g_autoptr(GArray) changes = fd_inbox_diff_keys (old_keys, 5, new_keys, 5);
  const FdInboxChange *c;

  g_assert_cmpuint (changes->len, ==, 3);
  c = &g_array_index (changes, FdInboxChange, 0);
  g_assert_cmpuint (c->position, ==, 1);
  g_assert_cmpuint (c->removed, ==, 1);
  g_assert_cmpuint (c->added, ==, 0);
  c = &g_array_index (changes, FdInboxChange, 1);
  g_assert_cmpuint (c->position, ==, 2);
  g_assert_cmpuint (c->removed, ==, 0);
  g_assert_cmpuint (c->added, ==, 1);
  c = &g_array_index (changes, FdInboxChange, 2);
  g_assert_cmpuint (c->position, ==, 4);
  g_assert_cmpuint (c->removed, ==, 1);
  g_assert_cmpuint (c->added, ==, 1);
  g_assert_cmpuint (apply_and_check (old_keys, 5, new_keys, 5, changes), ==, 4);
}

static void
test_diff_ascending (void)
{
  /* longest waiting first: oldest key first */
  const gint64 old_keys[] = { 1, 3, 5, 7 };
  const gint64 new_keys[] = { 1, 2, 5, 7, 8 };
  g_autoptr(GArray) changes = fd_inbox_diff_keys (old_keys, 4, new_keys, 5);

  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpuint (apply_and_check (old_keys, 4, new_keys, 5, changes), ==, 3);
}

static void
test_diff_empty (void)
{
  const gint64 keys[] = { 3, 2, 1 };
  g_autoptr(GArray) to_empty = fd_inbox_diff_keys (keys, 3, NULL, 0);
  g_autoptr(GArray) from_empty = fd_inbox_diff_keys (NULL, 0, keys, 3);
  g_autoptr(GArray) both = fd_inbox_diff_keys (NULL, 0, NULL, 0);

  g_assert_cmpuint (to_empty->len, ==, 1);
  apply_and_check (keys, 3, NULL, 0, to_empty);
  g_assert_cmpuint (from_empty->len, ==, 1);
  apply_and_check (NULL, 0, keys, 3, from_empty);
  g_assert_cmpuint (both->len, ==, 0);
}

static void
test_diff_order_flipped (void)
{
  /* Sort order changed: not sorted the same way, still a correct result. */
  const gint64 old_keys[] = { 9, 7, 5, 3 };
  const gint64 new_keys[] = { 3, 5, 7, 9 };
  g_autoptr(GArray) changes = fd_inbox_diff_keys (old_keys, 4, new_keys, 4);

  apply_and_check (old_keys, 4, new_keys, 4, changes);
}

static void
test_diff_random (void)
{
  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(GArray) old_keys = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GArray) new_keys = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GArray) changes = NULL;
      gboolean descending = g_random_boolean ();
      guint span = g_random_int_range (0, 400);
      guint expected = 0;
      guint touched;

      /* Each key is in the old list, the new list, both or neither. */
      for (guint k = 0; k < span; k++)
        {
          gint64 key = descending ? (gint64)(span - k) : (gint64)k;
          guint32 r = g_random_int_range (0, 10);
          gboolean in_old = r < 7;
          gboolean in_new = r < 5 || r == 8;

          if (in_old)
            g_array_append_val (old_keys, key);
          if (in_new)
            g_array_append_val (new_keys, key);
          if (in_old != in_new)
            expected++;
        }

      changes = fd_inbox_diff_keys ((gint64 *)(gpointer)old_keys->data, old_keys->len,
                                    (gint64 *)(gpointer)new_keys->data, new_keys->len);
      touched = apply_and_check ((gint64 *)(gpointer)old_keys->data, old_keys->len,
                                 (gint64 *)(gpointer)new_keys->data, new_keys->len,
                                 changes);

      /* Exact: only keys that came or went are in a run, unless there
       * were so many runs that they were merged into one. */
      if (changes->len > 1 || touched == expected)
        g_assert_cmpuint (touched, ==, expected);
      g_assert_cmpuint (changes->len, <=, FD_INBOX_MAX_RUNS);
    }
}

static void
test_diff_large (void)
{
  /* A million rows and one new message: one small run, quickly. */
  const guint n = 1000000;
  g_autofree gint64 *old_keys = g_new (gint64, n);
  g_autofree gint64 *new_keys = g_new (gint64, n + 1);
  g_autoptr(GArray) changes = NULL;
  const FdInboxChange *c;

  for (guint i = 0; i < n; i++)
    {
      old_keys[i] = (gint64)(n - i) * 10;
      new_keys[i < 500000 ? i : i + 1] = old_keys[i];
    }
  new_keys[500000] = old_keys[499999] - 5;

  changes = fd_inbox_diff_keys (old_keys, n, new_keys, n + 1);
  g_assert_cmpuint (changes->len, ==, 1);
  c = &g_array_index (changes, FdInboxChange, 0);
  g_assert_cmpuint (c->position, ==, 500000);
  g_assert_cmpuint (c->removed, ==, 0);
  g_assert_cmpuint (c->added, ==, 1);
}

static gint64
local_time (int year,
            int month,
            int day,
            int hour,
            int minute)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (time);
}

static void
test_format_waiting (void)
{
  gint64 now = local_time (2026, 12, 6, 12, 0);
  struct { gint64 since; const char *text; } cases[] = {
    { now, "now" },
    { now - 59, "now" },
    { now - 60, "1 min" },
    { now - (12 * 60 + 30), "12 min" },
    { now - (2 * 3600 + 10), "2 h" },
    { now - (3 * 86400 + 5), "3 d" },
    { now - (6 * 86400 + 23 * 3600), "6 d" },
    /* From a week on, the day it started: no number of days to count. */
    { local_time (2026, 11, 29, 12, 0), "29 Nov" },
    { local_time (2026, 11, 6, 9, 30), "6 Nov" },
    { local_time (2025, 12, 6, 9, 30), "6 Dec 2025" },
    /* A clock ahead of ours. */
    { now + 30, "now" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = fd_format_waiting (cases[i].since, now);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* One space between the parts, whatever the day; the year when it is
 * not this one. */
static void
test_format_date_time (void)
{
  gint64 now = local_time (2026, 12, 6, 12, 0);
  g_autofree char *this_year = fd_format_date_time_at (local_time (2026, 12, 6, 18, 40), now);
  g_autofree char *double_digit = fd_format_date_time_at (local_time (2026, 11, 22, 8, 5), now);
  g_autofree char *last_year = fd_format_date_time_at (local_time (2025, 11, 20, 10, 3), now);

  g_assert_cmpstr (this_year, ==, "Sun 6 Dec, 18:40");
  g_assert_cmpstr (double_digit, ==, "Sun 22 Nov, 08:05");
  g_assert_cmpstr (last_year, ==, "Thu 20 Nov 2025, 10:03");
}

static void
test_find_matches (void)
{
  const char *text = "Le café de Colombia está BUENÍSIMO, café!";
  const char *terms[] = { "cafe", "buenisimo", NULL };
  const char *star_terms[] = { "colom*", NULL };
  g_autoptr(GArray) spans = fd_text_find_matches (text, terms);
  g_autoptr(GArray) star = fd_text_find_matches (text, star_terms);
  g_autoptr(GArray) none = fd_text_find_matches (text, NULL);
  const FdTextSpan *s;

  g_assert_cmpuint (spans->len, ==, 3);
  s = &g_array_index (spans, FdTextSpan, 0);
  g_assert_cmpint (strncmp (text + s->start, "café", s->end - s->start), ==, 0);
  g_assert_cmpuint (s->end - s->start, ==, strlen ("café"));
  s = &g_array_index (spans, FdTextSpan, 1);
  g_assert_cmpint (strncmp (text + s->start, "BUENÍSIMO", s->end - s->start), ==, 0);
  g_assert_cmpuint (s->end - s->start, ==, strlen ("BUENÍSIMO"));
  s = &g_array_index (spans, FdTextSpan, 2);
  g_assert_cmpint (strncmp (text + s->start, "café", s->end - s->start), ==, 0);

  g_assert_cmpuint (star->len, ==, 1);
  s = &g_array_index (star, FdTextSpan, 0);
  g_assert_cmpint (strncmp (text + s->start, "Colom", 5), ==, 0);
  g_assert_cmpuint (s->end - s->start, ==, 5);

  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_highlight_attrs (void)
{
  const char *terms[] = { "straße", NULL };
  PangoAttrList *attrs = fd_text_highlight_attrs ("Lindenstrasse 12", terms);
  PangoAttrList *no_match = fd_text_highlight_attrs ("nothing here", terms);

  /* ß folds to ss, so "straße" finds "strasse". */
  g_assert_nonnull (attrs);
  g_assert_null (no_match);
  pango_attr_list_unref (attrs);
}

static FdParsedMessage *
make_message (guint  i,
              gint64 created_at)
{
  FdParsedMessage *msg = fd_parsed_message_new ();

  msg->channel = g_strdup (i % 2 ? "email" : "mastodon");
  msg->remote_id = g_strdup_printf ("m-%u", i);
  msg->author_handle = g_strdup_printf ("customer%u@example.com", i % 97);
  msg->author_name = g_strdup_printf ("Customer %u", i % 97);
  msg->subject = g_strdup_printf ("Question %u", i);
  fd_parsed_message_set_text (msg, "Where is my order?", -1);
  msg->created_at = created_at;
  msg->direction = FD_DIRECTION_IN;

  return msg;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
wait_loaded (FdInboxModel *model)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while ((fd_inbox_model_get_loading (model) || !fd_inbox_model_get_loaded (model)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);
  g_assert_true (fd_inbox_model_get_loaded (model));
  g_assert_false (fd_inbox_model_get_loading (model));
}

static void
record_changes_cb (GListModel *list,
                   guint       position,
                   guint       removed,
                   guint       added,
                   GArray     *changes)
{
  FdInboxChange change = { position, removed, added };

  g_array_append_val (changes, change);
}

static void
test_model_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("frontdesk-model-XXXXXX", &error);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdStore) other = NULL;
  g_autoptr(FdInboxModel) model = NULL;
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(FdParsedMessage) late = NULL;
  g_autoptr(FdInboxItem) last = NULL;
  g_autoptr(FdInboxItem) first = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (FdInboxChange));
  g_autofree char *cmd = NULL;
  gint64 base = 1790000000;

  g_assert_no_error (error);
  store = fd_store_open (dir, &error);
  g_assert_no_error (error);

  g_assert_true (fd_store_begin (store, &error));
  for (guint i = 0; i < N_MESSAGES; i++)
    {
      g_autoptr(FdParsedMessage) msg = make_message (i, base + i * 60);

      g_assert_cmpint (fd_ingest_message (store, msg, NULL, &error), ==, FD_INSERT_ADDED);
    }
  g_assert_true (fd_store_commit (store, &error));

  /* Keys come from a worker thread; rows from pages on demand. */
  model = fd_inbox_model_new (store);
  filter->view = FD_VIEW_ALL;
  filter->order = FD_SORT_NEWEST;
  fd_inbox_model_set_filter (model, filter);
  g_assert_false (fd_inbox_model_get_loaded (model));
  wait_loaded (model);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_MESSAGES);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (fd_message_get_subject (fd_inbox_item_get_message (first)), ==, "Question 2999");
  last = g_list_model_get_item (G_LIST_MODEL (model), N_MESSAGES - 1);
  g_assert_cmpstr (fd_message_get_subject (fd_inbox_item_get_message (last)), ==, "Question 0");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), N_MESSAGES));

  /* The same row stays the same object. */
  {
    g_autoptr(FdInboxItem) again = g_list_model_get_item (G_LIST_MODEL (model), 0);

    g_assert_true (again == first);
  }

  /* A message from another connection, in the middle of the list. */
  g_signal_connect (model, "items-changed", G_CALLBACK (record_changes_cb), changes);
  other = fd_store_open (dir, &error);
  g_assert_no_error (error);
  late = make_message (N_MESSAGES, base + 1000 * 60 + 30);
  g_assert_cmpint (fd_ingest_message (other, late, NULL, &error), ==, FD_INSERT_ADDED);

  fd_inbox_model_reload (model);
  wait_loaded (model);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_MESSAGES + 1);
  g_assert_cmpuint (changes->len, ==, 1);
  /* Newer than messages 1000..0 only: 1999 rows above it. */
  g_assert_cmpuint (g_array_index (changes, FdInboxChange, 0).position, ==, N_MESSAGES - 1001);
  g_assert_cmpuint (g_array_index (changes, FdInboxChange, 0).removed, ==, 0);
  g_assert_cmpuint (g_array_index (changes, FdInboxChange, 0).added, ==, 1);

  /* Nothing changed: nothing emitted. */
  g_array_set_size (changes, 0);
  fd_inbox_model_reload (model);
  wait_loaded (model);
  g_assert_cmpuint (changes->len, ==, 0);

  /* An archived message leaves the list with one exact removal. */
  g_assert_true (fd_store_set_message_state (store,
                                             fd_message_get_id (fd_inbox_item_get_message (first)),
                                             FD_MESSAGE_STATE_ARCHIVED, &error));
  fd_inbox_model_reload (model);
  wait_loaded (model);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpuint (g_array_index (changes, FdInboxChange, 0).position, ==, 0);
  g_assert_cmpuint (g_array_index (changes, FdInboxChange, 0).removed, ==, 1);
  g_assert_cmpuint (g_array_index (changes, FdInboxChange, 0).added, ==, 0);

  g_signal_handlers_disconnect_by_func (model, record_changes_cb, changes);
  g_clear_object (&model);

  cmd = g_strdup_printf ("rm -rf '%s'", dir);
  g_assert_cmpint (system (cmd), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inbox-model/diff/identical", test_diff_identical);
  g_test_add_func ("/inbox-model/diff/insert-top", test_diff_insert_top);
  g_test_add_func ("/inbox-model/diff/mixed", test_diff_mixed);
  g_test_add_func ("/inbox-model/diff/ascending", test_diff_ascending);
  g_test_add_func ("/inbox-model/diff/empty", test_diff_empty);
  g_test_add_func ("/inbox-model/diff/order-flipped", test_diff_order_flipped);
  g_test_add_func ("/inbox-model/diff/random", test_diff_random);
  g_test_add_func ("/inbox-model/diff/large", test_diff_large);
  g_test_add_func ("/inbox-model/store", test_model_store);
  g_test_add_func ("/text-utils/format-waiting", test_format_waiting);
  g_test_add_func ("/text-utils/format-date-time", test_format_date_time);
  g_test_add_func ("/text-utils/find-matches", test_find_matches);
  g_test_add_func ("/text-utils/highlight-attrs", test_highlight_attrs);

  return g_test_run ();
}
