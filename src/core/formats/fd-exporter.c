/* fd-exporter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "fd-channel.h"
#include "fd-exporter.h"
#include "fd-json.h"
#include "fd-mail-parser.h"

#define PAGE_SIZE 500

gboolean
fd_export_format_from_string (const char     *str,
                              FdExportFormat *format)
{
  if (g_strcmp0 (str, "jsonl") == 0)
    *format = FD_EXPORT_JSONL;
  else if (g_strcmp0 (str, "mbox") == 0)
    *format = FD_EXPORT_MBOX;
  else
    return FALSE;

  return TRUE;
}

static char *
format_rfc3339 (gint64 unix_time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
}

/* The date of the mbox "From " line, as ctime() writes it: English names
 * whatever the locale, which mail programs expect there. */
static char *
format_ctime (GDateTime *date)
{
  static const char * const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  static const char * const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

  return g_strdup_printf ("%s %s %2d %02d:%02d:%02d %d",
                          days[g_date_time_get_day_of_week (date) - 1],
                          months[g_date_time_get_month (date) - 1],
                          g_date_time_get_day_of_month (date),
                          g_date_time_get_hour (date), g_date_time_get_minute (date),
                          g_date_time_get_second (date), g_date_time_get_year (date));
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

char *
fd_export_message_to_jsonl (FdMessage *message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *created = format_rfc3339 (fd_message_get_created_at (message));

  json_builder_begin_object (builder);
  add_string (builder, "channel", fd_message_get_channel (message));
  add_string (builder, "id", fd_message_get_remote_id (message));
  json_builder_set_member_name (builder, "author");
  json_builder_begin_object (builder);
  add_string (builder, "handle", fd_message_get_author_handle (message));
  add_string (builder, "name", fd_message_get_author_name (message));
  json_builder_end_object (builder);
  add_string (builder, "text", fd_message_get_text (message));
  add_string (builder, "created_at", created);
  add_string (builder, "subject", fd_message_get_subject (message));
  add_string (builder, "thread", fd_message_get_conversation_remote_id (message));
  add_string (builder, "in_reply_to", fd_message_get_in_reply_to (message));
  add_string (builder, "direction", fd_direction_to_string (fd_message_get_direction (message)));
  add_string (builder, "lang", fd_message_get_lang (message));
  add_string (builder, "url", fd_message_get_url (message));
  add_string (builder, "recipient", fd_message_get_recipient (message));
  add_string (builder, "state", fd_message_state_to_string (fd_message_get_state (message)));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);

  /* Strict JSON Lines that other programs can read. */
  return fd_json_to_string (root, FALSE);
}

/* Handles, names, subjects and ids in the store come from customers and
 * servers (and older profiles were not checked): none of them may end a
 * header line or the mbox "From " line. Addresses and ids are written
 * only when they are plain; everything else goes through GMime, which
 * encodes what a header cannot hold. */

/* No whitespace or control character anywhere (C0, DEL, C1, Unicode
 * spaces and line separators). */
static gboolean
is_one_word (const char *str)
{
  if (str == NULL || *str == '\0' || !g_utf8_validate (str, -1, NULL))
    return FALSE;

  for (const char *p = str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) ||
          g_unichar_type (c) == G_UNICODE_LINE_SEPARATOR ||
          g_unichar_type (c) == G_UNICODE_PARAGRAPH_SEPARATOR)
        return FALSE;
    }

  return TRUE;
}

/* An address that an addr-spec and the mbox "From " line can carry as it
 * is: one word, one "@" with something on both sides, and none of the
 * characters that end or quote an address. */
static gboolean
is_plain_address (const char *address)
{
  const char *at;

  if (!is_one_word (address) || strpbrk (address, "<>()[]\",;:\\") != NULL)
    return FALSE;

  at = strchr (address, '@');
  return at != NULL && at != address && at[1] != '\0' && strchr (at + 1, '@') == NULL;
}

/* A message id that "<…>" can hold as it is. */
static gboolean
is_plain_msgid (const char *id)
{
  return is_one_word (id) && strpbrk (id, "<>\"") == NULL;
}

/* @str with every character outside @keep (and outside UTF-8 letters and
 * digits) made a dot, runs of dots made one, none at either end. */
static char *
dotted (const char *str,
        const char *keep)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = str; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (c < 0x80 ? g_ascii_isalnum (c) || strchr (keep, (int) c) != NULL : g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->len > 0 && out->str[out->len - 1] != '.')
        g_string_append_c (out, '.');
    }

  while (out->len > 0 && out->str[out->len - 1] == '.')
    g_string_truncate (out, out->len - 1);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* An address GMime can write: email handles are addresses already; social
 * handles are carried in X-Frontdesk-Author and get a stand-in here. */
static char *
mailbox_for (FdMessage  *message,
             const char *handle)
{
  g_autofree char *local = NULL;
  g_autofree char *channel = NULL;

  if (handle == NULL)
    return g_strdup ("unknown@frontdesk.invalid");
  if (fd_channel_has (fd_message_get_channel (message), FD_CHANNEL_MAIL) && is_plain_address (handle))
    return g_strdup (handle);

  local = dotted (handle[0] == '@' ? handle + 1 : handle, "!#$%&'*+-/=?^_`{|}~");
  channel = dotted (fd_message_get_channel (message), "-");
  return g_strdup_printf ("%s@%s.frontdesk.invalid",
                          *local != '\0' ? local : "unknown",
                          *channel != '\0' ? channel : "unknown");
}

/* For a name or a subject: one line, whatever the store holds. */
static char *
one_line (const char *str)
{
  char *line;

  if (str == NULL)
    return NULL;

  line = g_utf8_make_valid (str, -1);
  for (char *p = line; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = ' ';
  return line;
}

/* Our own headers keep values exactly: GMime encodes (RFC 2047) what a
 * header line cannot carry as it is. */
static void
set_header (GMimeObject *object,
            const char  *name,
            const char  *value)
{
  if (value != NULL)
    g_mime_object_set_header (object, name, value, "utf-8");
}

static GMimeMessage *
message_to_mime (FdMessage *message)
{
  GMimeMessage *mime = g_mime_message_new (TRUE);
  GMimeObject *object = GMIME_OBJECT (mime);
  GMimeTextPart *body = g_mime_text_part_new_with_subtype ("plain");
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (fd_message_get_created_at (message));
  g_autofree char *from = NULL;
  g_autofree char *name = one_line (fd_message_get_author_name (message));
  g_autofree char *subject = one_line (fd_message_get_subject (message));
  const char *channel = fd_message_get_channel (message);
  g_autoptr(GMimeStream) stream = NULL;
  GMimeDataWrapper *content;
  const char *value;

  from = mailbox_for (message, fd_message_get_author_handle (message));
  g_mime_message_add_mailbox (mime, GMIME_ADDRESS_TYPE_FROM, name, from);
  if ((value = fd_message_get_recipient (message)) != NULL)
    {
      g_autofree char *to = mailbox_for (message, value);
      g_mime_message_add_mailbox (mime, GMIME_ADDRESS_TYPE_TO, NULL, to);
    }

  if (subject != NULL)
    g_mime_message_set_subject (mime, subject, "utf-8");
  g_mime_message_set_date (mime, date);

  /* GMime writes these two as they are: only plain ids. The id is in
   * X-Frontdesk-Remote-Id in any case. */
  if (fd_channel_has (channel, FD_CHANNEL_MAIL) && is_plain_msgid (fd_message_get_remote_id (message)))
    g_mime_message_set_message_id (mime, fd_message_get_remote_id (message));
  if ((value = fd_message_get_in_reply_to (message)) != NULL && fd_channel_has (channel, FD_CHANNEL_MAIL) &&
      is_plain_msgid (value))
    {
      g_autofree char *bracketed = g_strdup_printf ("<%s>", value);
      g_mime_object_set_header (object, "In-Reply-To", bracketed, NULL);
    }

  set_header (object, FD_MAIL_HEADER_CHANNEL, channel);
  set_header (object, FD_MAIL_HEADER_REMOTE_ID, fd_message_get_remote_id (message));
  set_header (object, FD_MAIL_HEADER_AUTHOR, fd_message_get_author_handle (message));
  set_header (object, FD_MAIL_HEADER_THREAD, fd_message_get_conversation_remote_id (message));
  set_header (object, FD_MAIL_HEADER_DIRECTION, fd_direction_to_string (fd_message_get_direction (message)));
  set_header (object, FD_MAIL_HEADER_STATE, fd_message_state_to_string (fd_message_get_state (message)));
  if ((value = fd_message_get_lang (message)) != NULL)
    {
      set_header (object, FD_MAIL_HEADER_LANG, value);
      /* A structured header (RFC 3282): no encoded words, so only a tag. */
      if (is_one_word (value) && strspn (value, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") == strlen (value))
        g_mime_object_set_header (object, "Content-Language", value, NULL);
    }
  set_header (object, FD_MAIL_HEADER_URL, fd_message_get_url (message));
  set_header (object, FD_MAIL_HEADER_IN_REPLY_TO, fd_message_get_in_reply_to (message));
  set_header (object, FD_MAIL_HEADER_RECIPIENT, fd_message_get_recipient (message));

  /* The text as it is, in UTF-8: g_mime_text_part_set_text() would
   * recode a text that fits in Latin-1 to ISO-8859-1 bytes, which the
   * charset set here would then mislabel. */
  value = fd_message_get_text (message);
  stream = g_mime_stream_mem_new_with_buffer (value != NULL ? value : "", value != NULL ? strlen (value) : 0);
  content = g_mime_data_wrapper_new_with_stream (stream, GMIME_CONTENT_ENCODING_DEFAULT);
  g_mime_part_set_content (GMIME_PART (body), content);
  g_object_unref (content);
  g_mime_text_part_set_charset (body, "utf-8");
  /* In an mbox a line that starts with "From " is written ">From " and
   * read back so: such texts go in base64, which has no such line. */
  g_mime_part_set_content_encoding (GMIME_PART (body),
                                    value != NULL && (g_str_has_prefix (value, "From ") || strstr (value, "\nFrom ") != NULL)
                                      ? GMIME_CONTENT_ENCODING_BASE64
                                      : GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
  g_mime_message_set_mime_part (mime, GMIME_OBJECT (body));
  g_object_unref (body);

  return mime;
}

static gboolean
write_mbox_message (GOutputStream  *out,
                    FdMessage      *message,
                    GCancellable   *cancellable,
                    GError        **error)
{
  g_autoptr(GMimeMessage) mime = message_to_mime (message);
  g_autoptr(GMimeStream) mem = g_mime_stream_mem_new ();
  g_autoptr(GMimeStream) filtered = g_mime_stream_filter_new (mem);
  g_autoptr(GMimeFilter) from_filter = g_mime_filter_from_new (GMIME_FILTER_FROM_MODE_ESCAPE);
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (fd_message_get_created_at (message));
  g_autofree char *stamp = NULL;
  g_autofree char *envelope = NULL;
  g_autofree char *sender = NULL;
  const char *handle = fd_message_get_author_handle (message);
  GByteArray *bytes;

  /* The "From " line ends at the first line break and is split at spaces:
   * only a plain address, else the traditional MAILER-DAEMON. */
  if (handle != NULL && is_one_word (handle))
    sender = mailbox_for (message, handle);
  if (sender == NULL || !is_plain_address (sender))
    {
      g_free (sender);
      sender = g_strdup ("MAILER-DAEMON");
    }
  stamp = format_ctime (date);

  g_mime_stream_filter_add (GMIME_STREAM_FILTER (filtered), from_filter);
  g_mime_object_write_to_stream (GMIME_OBJECT (mime), NULL, filtered);
  g_mime_stream_flush (filtered);

  envelope = g_strdup_printf ("From %s %s\n", sender, stamp);
  bytes = g_mime_stream_mem_get_byte_array (GMIME_STREAM_MEM (mem));

  return g_output_stream_write_all (out, envelope, strlen (envelope), NULL, cancellable, error) &&
         g_output_stream_write_all (out, bytes->data, bytes->len, NULL, cancellable, error) &&
         g_output_stream_write_all (out, "\n", 1, NULL, cancellable, error);
}

gboolean
fd_export (FdStore         *store,
           const FdFilter  *filter,
           FdExportFormat   format,
           GOutputStream   *out,
           guint64         *n_exported,
           GCancellable    *cancellable,
           GError         **error)
{
  g_autoptr(FdFilter) query = NULL;
  gint64 after = 0;
  guint64 n = 0;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  fd_mail_init ();

  query = filter != NULL ? fd_filter_copy (filter) : fd_filter_new ();
  if (query->view == FD_VIEW_ALL)
    query->view = FD_VIEW_EVERYTHING;
  /* Oldest first, so that an import meets parents before replies. */
  query->order = FD_SORT_LONGEST_WAITING;

  for (;;)
    {
      g_autoptr(GPtrArray) page = fd_store_list (store, query, after, PAGE_SIZE, error);

      if (page == NULL)
        return FALSE;
      if (page->len == 0)
        break;

      for (guint i = 0; i < page->len; i++)
        {
          FdMessage *message = g_ptr_array_index (page, i);

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;

          if (format == FD_EXPORT_JSONL)
            {
              g_autofree char *line = fd_export_message_to_jsonl (message);

              if (!g_output_stream_write_all (out, line, strlen (line), NULL, cancellable, error) ||
                  !g_output_stream_write_all (out, "\n", 1, NULL, cancellable, error))
                return FALSE;
            }
          else if (!write_mbox_message (out, message, cancellable, error))
            return FALSE;

          n++;
        }

      after = fd_message_get_sort_key (g_ptr_array_index (page, page->len - 1));
    }

  if (n_exported != NULL)
    *n_exported = n;

  return g_output_stream_flush (out, cancellable, error);
}
