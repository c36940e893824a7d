/* test-main-context.c: work handed from a worker thread to the thread
 * that owns a main context (fd-main-context.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-main-context.h"

typedef struct {
  GMainContext *context;
  GMutex        mutex;      /* the worker holds it while it posts */
  GThread      *ran_on;
  gboolean      ran_during_post;
  guint         n_runs;
  gboolean      freed;
} Shared;

static gboolean
callback (gpointer data)
{
  Shared *shared = data;

  /* A callback that takes the poster's lock: run on the posting thread,
   * this would deadlock. */
  g_mutex_lock (&shared->mutex);
  shared->ran_on = g_thread_self ();
  shared->n_runs++;
  g_mutex_unlock (&shared->mutex);

  return G_SOURCE_REMOVE;
}

static void
notify (gpointer data)
{
  Shared *shared = data;

  shared->freed = TRUE;
}

static gpointer
worker (gpointer data)
{
  Shared *shared = data;

  g_mutex_lock (&shared->mutex);
  fd_main_context_post (shared->context, G_PRIORITY_DEFAULT, callback, shared, notify, "[test] post");
  shared->ran_during_post = shared->n_runs > 0;
  g_mutex_unlock (&shared->mutex);

  return NULL;
}

/* Nobody iterates the context while the worker posts, so the worker could
 * acquire it (g_main_context_invoke() would then run the callback at once,
 * on the worker, under its lock). Posted work waits for the owner. */
static void
test_post_runs_on_owner (void)
{
  Shared shared = { 0, };
  GThread *thread;

  shared.context = g_main_context_new ();
  g_mutex_init (&shared.mutex);
  g_main_context_push_thread_default (shared.context);

  thread = g_thread_new ("poster", worker, &shared);
  g_thread_join (thread);

  g_assert_false (shared.ran_during_post);
  g_assert_cmpuint (shared.n_runs, ==, 0);
  g_assert_false (shared.freed);

  while (g_main_context_iteration (shared.context, FALSE))
    ;
  g_assert_cmpuint (shared.n_runs, ==, 1);
  g_assert_true (shared.ran_on == g_thread_self ());
  g_assert_true (shared.freed);

  g_main_context_pop_thread_default (shared.context);
  g_main_context_unref (shared.context);
  g_mutex_clear (&shared.mutex);
}

/* A context destroyed before its loop ran the work still frees the data. */
static void
test_post_freed_with_context (void)
{
  Shared shared = { 0, };

  shared.context = g_main_context_new ();
  g_mutex_init (&shared.mutex);
  fd_main_context_post (shared.context, G_PRIORITY_DEFAULT, callback, &shared, notify, "[test] post");
  g_main_context_unref (shared.context);

  g_assert_cmpuint (shared.n_runs, ==, 0);
  g_assert_true (shared.freed);
  g_mutex_clear (&shared.mutex);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/main-context/post-runs-on-owner", test_post_runs_on_owner);
  g_test_add_func ("/main-context/post-freed-with-context", test_post_freed_with_context);

  return g_test_run ();
}
