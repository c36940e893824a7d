/* fd-sample.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

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

static gint64
parse_time (JsonObject *object)
{
  const char *text = json_object_get_string_member_with_default (object, "created_at", NULL);
  g_autoptr(GDateTime) time = text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;

  return time != NULL ? g_date_time_to_unix (time) : 0;
}

/* The sample's messages moved in time so that the newest came a few
 * minutes ago: the customers have waited minutes, hours and days, as in
 * a real inbox, whenever the sample is opened. */
static GBytes *
dup_sample_as_of_now (GBytes  *sample,
                      GError **error)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (sample, NULL), g_bytes_get_size (sample));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(GString) out = g_string_new (NULL);
  gint64 newest = 0;
  gint64 shift;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (*lines[i] == '\0')
        continue;
      if (!json_parser_load_from_data (parser, lines[i], -1, error))
        return NULL;
      newest = MAX (newest, parse_time (json_node_get_object (json_parser_get_root (parser))));
      g_ptr_array_add (objects, json_node_ref (json_parser_get_root (parser)));
    }

  shift = g_get_real_time () / G_USEC_PER_SEC - 4 * 60 - newest;
  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = json_node_get_object (g_ptr_array_index (objects, i));
      g_autoptr(GDateTime) moved = g_date_time_new_from_unix_utc (parse_time (object) + shift);
      g_autofree char *when = g_date_time_format_iso8601 (moved);
      g_autofree char *line = NULL;

      json_object_set_string_member (object, "created_at", when);
      line = json_to_string (g_ptr_array_index (objects, i), FALSE);
      g_string_append (out, line);
      g_string_append_c (out, '\n');
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

gboolean
fd_sample_import (FdStore  *store,
                  GError  **error)
{
  g_autoptr(FdImporter) importer = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GBytes) sample = NULL;
  g_autoptr(GBytes) now = NULL;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  sample = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (sample == NULL || !(now = dup_sample_as_of_now (sample, error)))
    return FALSE;
  stream = g_memory_input_stream_new_from_bytes (now);

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
