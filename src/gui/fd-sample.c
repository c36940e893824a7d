/* fd-sample.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-sample"

#include "config.h"

#include "fd-importer.h"
#include "fd-sample.h"

#define SAMPLE_RESOURCE RESOURCE_PREFIX "/sample/sample-inbox.jsonl"

char *
fd_sample_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "frontdesk-sample", NULL);
}

static void
warning_cb (const char *where,
            const char *reason,
            gpointer    user_data)
{
  /* The bundled file is ours: a warning here is a bug worth seeing. */
  g_warning ("Sample inbox, %s: %s", where, reason);
}

gboolean
fd_sample_import (FdStore  *store,
                  GError  **error)
{
  g_autoptr(FdImporter) importer = NULL;
  g_autoptr(GInputStream) stream = NULL;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  stream = g_resources_open_stream (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (stream == NULL)
    return FALSE;

  importer = fd_importer_new (store);
  fd_importer_set_warning_func (importer, warning_cb, NULL);

  if (!fd_importer_import_jsonl (importer, stream, "sample-inbox.jsonl", NULL, error))
    return FALSE;

  return fd_importer_finish (importer, error);
}

FdStore *
fd_sample_open (GError **error)
{
  g_autofree char *data_dir = fd_sample_data_dir ();
  g_autoptr(FdFilter) filter = fd_filter_new ();
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) local_error = NULL;
  guint count;

  store = fd_store_open (data_dir, error);
  if (store == NULL)
    return NULL;

  filter->view = FD_VIEW_EVERYTHING;
  count = fd_store_count (store, filter, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (count == 0 && !fd_sample_import (store, error))
    return NULL;

  return g_steal_pointer (&store);
}
