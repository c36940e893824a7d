/* fd-cli-output.c: what frontdesk-cli prints is harmless to a terminal.
 *
 * Names, subjects, texts and handles come from strangers. Printed raw, an
 * escape sequence in them could set the terminal's title, write its
 * clipboard (OSC 52), move the cursor to fake output lines, or reorder
 * the text with bidi overrides. Every human-readable line goes through
 * fd_cli_safe_text() (the print handlers installed by
 * fd_cli_output_init() apply it to all of g_print() and g_printerr()),
 * and fields that must stay on one line through fd_cli_safe_line() first.
 * JSON output escapes the same characters instead (fd_json_to_string()),
 * so that it round-trips.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gunixoutputstream.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fd-cli-private.h"

#define REPLACEMENT "\xef\xbf\xbd"   /* U+FFFD */

/* C0 and C1 controls, DEL, and the bidi embeddings, overrides and
 * isolates (the marks U+200E/U+200F are harmless and stay). */
static gboolean
is_unsafe (gunichar c)
{
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

static gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x2028 || c == 0x2029;
}

static char *
make_safe (const char *str,
           gboolean    one_line)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (str == NULL)
    return g_strdup ("");

  /* Invalid bytes as U+FFFD: a lone 0x9B would be CSI to an 8-bit terminal. */
  if (!g_utf8_validate (str, -1, NULL))
    str = valid = g_utf8_make_valid (str, -1);

  out = g_string_sized_new (strlen (str));
  for (const char *p = str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (one_line && (is_line_break (c) || c == '\t'))
        {
          /* One space for a run of breaks and tabs. */
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else if (c == '\r' && p[1] == '\n')
        continue;   /* CRLF prints as the LF that follows */
      else if (c == '\n' || c == '\t')
        g_string_append_c (out, (char) c);
      else if (is_unsafe (c))
        g_string_append (out, REPLACEMENT);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

char *
fd_cli_safe_text (const char *str)
{
  return make_safe (str, FALSE);
}

char *
fd_cli_safe_line (const char *str)
{
  return make_safe (str, TRUE);
}

gboolean
fd_cli_is_safe (const char *str)
{
  if (str == NULL)
    return TRUE;
  if (!g_utf8_validate (str, -1, NULL))
    return FALSE;

  for (const char *p = str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '\n' && c != '\t' && is_unsafe (c))
        return FALSE;
    }

  return TRUE;
}

/* As GLib's own print handler does: UTF-8, or the console's charset. */
static void
write_safe (FILE       *stream,
            const char *str)
{
  g_autofree char *safe = fd_cli_is_safe (str) ? NULL : fd_cli_safe_text (str);
  g_autofree char *converted = NULL;
  const char *charset;

  if (safe != NULL)
    str = safe;
  if (!g_get_console_charset (&charset) &&
      (converted = g_convert_with_fallback (str, -1, charset, "UTF-8", "?", NULL, NULL, NULL)) != NULL)
    str = converted;

  fputs (str, stream);
  fflush (stream);
}

static void
print_cb (const char *str)
{
  write_safe (stdout, str);
}

static void
printerr_cb (const char *str)
{
  write_safe (stderr, str);
}

void
fd_cli_output_init (void)
{
  g_set_print_handler (print_cb);
  g_set_printerr_handler (printerr_cb);
}

void
fd_cli_clear_progress_line (void)
{
  /* The one escape sequence frontdesk-cli writes on purpose: back to the
   * start of the line and clear it. */
  fputs ("\r\033[K", stderr);
  fflush (stderr);
}

GOutputStream *
fd_cli_open_stdout (void)
{
  /* A terminal shows the data to a person: collect it for g_print(). */
  if (isatty (STDOUT_FILENO))
    return g_memory_output_stream_new_resizable ();

  return g_unix_output_stream_new (STDOUT_FILENO, FALSE);
}

gboolean
fd_cli_close_output (GOutputStream  *out,
                     GError        **error)
{
  g_autofree char *data = NULL;
  gsize len;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  if (!g_output_stream_close (out, NULL, error))
    return FALSE;
  if (!G_IS_MEMORY_OUTPUT_STREAM (out))
    return TRUE;

  len = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
  data = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)), len);
  g_print ("%s", data);
  return TRUE;
}
