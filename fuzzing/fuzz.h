/* fuzz.h: shared by the fuzz targets, in the style of GLib's fuzzing/fuzz.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const unsigned char *data,
                            size_t               size);

/* Bad input makes the code log warnings, which are expected and only slow
 * the fuzzer down; a critical is a failed precondition, which is a bug,
 * so it aborts and the fuzzer reports the input. */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    {
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
}

static inline void
fuzz_set_logging_func (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
      g_once_init_leave (&initialised, 1);
    }
}

/* The input as a NUL-terminated string, for functions that take one. */
static inline char *
fuzz_dup_string (const unsigned char *data,
                 size_t               size)
{
  char *str = g_malloc (size + 1);

  memcpy (str, data, size);
  str[size] = '\0';

  return str;
}
