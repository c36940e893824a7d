/* fd-store-worker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fd-store-worker.h"

struct _FdStoreWorker
{
  GObject      parent_instance;

  char        *data_dir;
  GThreadPool *pool;
  /* Only touched on the worker thread (the pool has one thread). */
  FdStore     *store;
};

typedef struct {
  FdStoreWorkerFunc func;
  gpointer          data;
  GDestroyNotify    data_free;
  GDestroyNotify    result_free;
} Job;

G_DEFINE_FINAL_TYPE (FdStoreWorker, fd_store_worker, G_TYPE_OBJECT)

static void
job_free (Job *job)
{
  if (job->data_free != NULL)
    g_clear_pointer (&job->data, job->data_free);
  g_free (job);
}

static void
run_job (gpointer task_ptr,
         gpointer user_data)
{
  g_autoptr(GTask) task = task_ptr;
  FdStoreWorker *self = user_data;
  Job *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gpointer result;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (self->store == NULL)
    {
      self->store = fd_store_open (self->data_dir, &error);
      if (self->store == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }

  result = job->func (self->store, job->data, g_task_get_cancellable (task), &error);
  if (result == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "The job gave no result");
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_pointer (task, result, job->result_free);
}

static void
fd_store_worker_finalize (GObject *object)
{
  FdStoreWorker *self = (FdStoreWorker *)object;

  /* Every queued task holds a reference to us, so no job is left to run
   * (this may even run on the worker thread, as its last task goes):
   * do not wait for the pool. */
  if (self->pool != NULL)
    g_thread_pool_free (g_steal_pointer (&self->pool), FALSE, FALSE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->data_dir, g_free);

  G_OBJECT_CLASS (fd_store_worker_parent_class)->finalize (object);
}

static void
fd_store_worker_class_init (FdStoreWorkerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fd_store_worker_finalize;
}

static void
fd_store_worker_init (FdStoreWorker *self)
{
}

FdStoreWorker *
fd_store_worker_new (const char *data_dir)
{
  FdStoreWorker *self;

  g_return_val_if_fail (data_dir != NULL, NULL);

  self = g_object_new (FD_TYPE_STORE_WORKER, NULL);
  self->data_dir = g_strdup (data_dir);
  self->pool = g_thread_pool_new (run_job, self, 1, FALSE, NULL);

  return self;
}

const char *
fd_store_worker_get_data_dir (FdStoreWorker *self)
{
  g_return_val_if_fail (FD_IS_STORE_WORKER (self), NULL);

  return self->data_dir;
}

void
fd_store_worker_run_async (FdStoreWorker       *self,
                           FdStoreWorkerFunc    func,
                           gpointer             data,
                           GDestroyNotify       data_free,
                           GDestroyNotify       result_free,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *task;
  Job *job;

  g_return_if_fail (FD_IS_STORE_WORKER (self));
  g_return_if_fail (func != NULL);

  job = g_new0 (Job, 1);
  job->func = func;
  job->data = data;
  job->data_free = data_free;
  job->result_free = result_free;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_store_worker_run_async);
  g_task_set_task_data (task, job, (GDestroyNotify)job_free);
  g_thread_pool_push (self->pool, task, NULL);
}

gpointer
fd_store_worker_run_finish (FdStoreWorker  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (FD_IS_STORE_WORKER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
