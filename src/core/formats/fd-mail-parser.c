/* fd-mail-parser.c: RFC 5322 / MIME messages to FdParsedMessage, with GMime.
 *
 * The MIME tree is walked with an explicit stack and a depth limit, part
 * contents are read through GMime streams in bounded chunks, and
 * attachments are streamed to disk: a 50 MB message never sits in memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fd-html-text.h"
#include "fd-mail-parser.h"
#include "fd-untrusted.h"

/* Deeper parts are ignored: no real mail nests this far. */
#define MAX_MIME_DEPTH 128

/* How much decoded text we read from the body parts: enough to fill
 * FD_MAX_TEXT_BYTES after CRLF and charset conversion. */
#define TEXT_READ_MAX ((gsize) FD_MAX_TEXT_BYTES * 2)

/* HTML is bulkier than its text; more than this is not converted. */
#define HTML_READ_MAX ((gsize) 4 * 1024 * 1024)

#define READ_CHUNK 65536

typedef struct {
  GMimeObject *object;
  guint        depth;
} Frame;

typedef struct {
  FdParsedMessage *msg;
  const char      *data_dir;
  GString         *text;
  GPtrArray       *owned;       /* (element-type GMimeObject): recovered parts */
  gboolean         text_cut;
  gboolean         have_body;
  gboolean         tried_recovery;
} BodyWalk;

G_DEFINE_QUARK (fd-mail-error-quark, fd_mail_error)

static char *
clean_string (const char *str)
{
  char *clean;

  if (str == NULL)
    return NULL;

  clean = g_strstrip (fd_utf8_repair (str, -1));
  if (clean[0] == '\0')
    g_clear_pointer (&clean, g_free);

  return clean;
}

static char *
header_text (GMimeObject *object,
             const char  *name)
{
  return clean_string (g_mime_object_get_header (object, name));
}

static gboolean
content_type_is (GMimeObject *object,
                 const char  *type,
                 const char  *subtype)
{
  GMimeContentType *ct = g_mime_object_get_content_type (object);

  return ct != NULL && g_mime_content_type_is_type (ct, type, subtype);
}

static gboolean
is_attachment_disposition (GMimeObject *object)
{
  GMimeContentDisposition *disposition = g_mime_object_get_content_disposition (object);

  return disposition != NULL && g_mime_content_disposition_is_attachment (disposition);
}

/* A text/plain or text/html part meant to be read, not saved. */
static gboolean
is_body_part (GMimeObject *object,
              gboolean     have_body)
{
  if (!GMIME_IS_PART (object) || is_attachment_disposition (object))
    return FALSE;

  if (!content_type_is (object, "text", "plain") && !content_type_is (object, "text", "html"))
    return FALSE;

  /* After the body, a named text part is a file someone attached */
  return !have_body || g_mime_part_get_filename (GMIME_PART (object)) == NULL;
}

/* Display name for an attachment: the last path component, without
 * control or formatting characters (bidi overrides can disguise
 * "exe.pdf"), at most 255 bytes. Never a path. */
static char *
sanitize_filename (const char *name)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) out = NULL;
  const char *base;

  if (name == NULL)
    return g_strdup ("attachment");

  valid = fd_utf8_repair (name, -1);
  base = valid;
  for (const char *p = valid; *p != '\0'; p++)
    {
      if (*p == '/' || *p == '\\')
        base = p + 1;
    }

  out = g_string_new (NULL);
  for (const char *p = base; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        continue;
      if (out->len + g_unichar_to_utf8 (c, NULL) > 255)
        break;
      g_string_append_unichar (out, c);
    }

  g_strstrip (out->str);
  out->len = strlen (out->str);

  if (out->len == 0 || g_str_equal (out->str, ".") || g_str_equal (out->str, ".."))
    return g_strdup ("attachment");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A stream of @part's decoded content, converted to UTF-8 with LF line
 * ends. *@converted tells whether a charset filter is in place; without
 * one the bytes are raw and the caller must guess. */
static GMimeStream *
open_text_stream (GMimePart *part,
                  gboolean  *converted)
{
  GMimeDataWrapper *content = g_mime_part_get_content (part);
  const char *charset = g_mime_object_get_content_type_parameter (GMIME_OBJECT (part), "charset");
  g_autoptr(GMimeStream) filtered = NULL;
  g_autoptr(GMimeFilter) unix_eol = NULL;
  GMimeContentEncoding encoding;
  GMimeStream *source;

  *converted = FALSE;

  if (content == NULL || (source = g_mime_data_wrapper_get_stream (content)) == NULL)
    return NULL;

  g_mime_stream_reset (source);
  filtered = g_mime_stream_filter_new (source);

  encoding = g_mime_data_wrapper_get_encoding (content);
  if (encoding == GMIME_CONTENT_ENCODING_BASE64 ||
      encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE ||
      encoding == GMIME_CONTENT_ENCODING_UUENCODE)
    {
      g_autoptr(GMimeFilter) decoder = g_mime_filter_basic_new (encoding, FALSE);

      g_mime_stream_filter_add (GMIME_STREAM_FILTER (filtered), decoder);
    }

  if (charset != NULL)
    {
      const char *canon = g_mime_charset_canon_name (charset);

      /* UTF-8 and ASCII need no conversion (and mislabelled ASCII is
       * common); Latin-1 labels usually mean windows-1252, as in browsers. */
      if (g_ascii_strcasecmp (canon, "utf-8") != 0 &&
          g_ascii_strcasecmp (canon, "us-ascii") != 0)
        {
          g_autoptr(GMimeFilter) conv = NULL;

          if (g_ascii_strcasecmp (canon, "iso-8859-1") == 0)
            canon = "windows-1252";

          conv = g_mime_filter_charset_new (canon, "UTF-8");
          if (conv != NULL)
            {
              g_mime_stream_filter_add (GMIME_STREAM_FILTER (filtered), conv);
              *converted = TRUE;
            }
        }
    }

  unix_eol = g_mime_filter_dos2unix_new (FALSE);
  g_mime_stream_filter_add (GMIME_STREAM_FILTER (filtered), unix_eol);

  return g_steal_pointer (&filtered);
}

/* Reads at most @max bytes, without NULs (they carry no text and would
 * end the string early); *@cut is set when more was there. */
static GByteArray *
read_bounded (GMimeStream *stream,
              gsize        max,
              gboolean    *cut)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();

  *cut = FALSE;

  for (;;)
    {
      guint len = bytes->len;
      gsize want = MIN ((gsize) READ_CHUNK, max - len);
      ssize_t n;
      guint j = len;

      if (want == 0)
        {
          char probe;

          *cut = g_mime_stream_read (stream, &probe, 1) > 0;
          break;
        }

      g_byte_array_set_size (bytes, len + want);
      n = g_mime_stream_read (stream, (char *) bytes->data + len, want);

      for (gssize i = 0; i < n; i++)
        {
          if (bytes->data[len + i] != '\0')
            bytes->data[j++] = bytes->data[len + i];
        }
      g_byte_array_set_size (bytes, j);

      if (n <= 0)
        break;
    }

  return g_steal_pointer (&bytes);
}

/* Bytes of unknown charset: UTF-8 if they are, else windows-1252 (a
 * superset of Latin-1 in practice), else Latin-1, which never fails. */
static char *
guess_to_utf8 (const char *raw,
               gsize       len)
{
  char *converted;

  if (g_utf8_validate_len (raw, len, NULL))
    return fd_utf8_repair (raw, len);

  converted = g_convert (raw, len, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  if (converted == NULL)
    converted = g_convert (raw, len, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
  if (converted == NULL)
    return fd_utf8_repair (raw, len);

  return converted;
}

static char *
read_text_part (GMimePart *part,
                gsize      max,
                gboolean  *cut)
{
  g_autoptr(GMimeStream) stream = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  gboolean converted;

  *cut = FALSE;

  stream = open_text_stream (part, &converted);
  if (stream == NULL)
    return g_strdup ("");

  bytes = read_bounded (stream, max, cut);
  if (bytes->len == 0)
    return g_strdup ("");

  if (converted)
    return fd_utf8_repair ((const char *) bytes->data, bytes->len);

  return guess_to_utf8 ((const char *) bytes->data, bytes->len);
}

/* The first text/<subtype> part under @root that is not an attachment,
 * in reading order. */
static GMimePart *
find_text_part (GMimeObject *root,
                const char  *subtype,
                guint        depth)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  Frame top = { root, depth };

  g_array_append_val (stack, top);

  while (stack->len > 0)
    {
      Frame frame = g_array_index (stack, Frame, stack->len - 1);

      g_array_set_size (stack, stack->len - 1);

      if (GMIME_IS_MULTIPART (frame.object))
        {
          GMimeMultipart *multipart = GMIME_MULTIPART (frame.object);

          if (frame.depth >= MAX_MIME_DEPTH)
            continue;

          for (int i = g_mime_multipart_get_count (multipart) - 1; i >= 0; i--)
            {
              Frame child = { g_mime_multipart_get_part (multipart, i), frame.depth + 1 };

              g_array_append_val (stack, child);
            }
        }
      else if (GMIME_IS_PART (frame.object) &&
               content_type_is (frame.object, "text", subtype) &&
               !is_attachment_disposition (frame.object))
        return GMIME_PART (frame.object);
    }

  return NULL;
}

static void
take_html (BodyWalk  *walk,
           GMimePart *part,
           gboolean   convert)
{
  g_autofree char *html = NULL;
  gboolean cut;

  if (walk->msg->html != NULL && !convert)
    return;

  /* Only converted HTML needs more than what we keep */
  html = read_text_part (part, convert ? HTML_READ_MAX : FD_MAIL_MAX_HTML_BYTES + 4, &cut);

  if (convert)
    {
      g_autofree char *text = fd_html_to_text (html, -1);

      if (walk->text->len > 0 && text[0] != '\0')
        g_string_append_c (walk->text, '\n');
      g_string_append (walk->text, text);
      walk->text_cut |= cut;
    }

  if (walk->msg->html == NULL)
    {
      gsize len = strlen (html);

      if (len > FD_MAIL_MAX_HTML_BYTES)
        {
          const char *end = g_utf8_find_prev_char (html, html + FD_MAIL_MAX_HTML_BYTES + 1);

          len = end != NULL ? (gsize) (end - html) : 0;
        }
      walk->msg->html = g_strndup (html, len);
    }
}

static void
take_plain (BodyWalk  *walk,
            GMimePart *part)
{
  g_autofree char *text = NULL;
  gboolean cut;

  if (walk->text->len >= TEXT_READ_MAX)
    {
      walk->text_cut = TRUE;
      return;
    }

  text = read_text_part (part, TEXT_READ_MAX - walk->text->len, &cut);
  if (walk->text->len > 0 && text[0] != '\0')
    g_string_append_c (walk->text, '\n');
  g_string_append (walk->text, text);
  walk->text_cut |= cut;
}

/* Writes the decoded content of an attachment to @stream. */
static ssize_t
write_attachment (GMimeObject *object,
                  GMimeStream *stream)
{
  if (GMIME_IS_PART (object))
    {
      GMimeDataWrapper *content = g_mime_part_get_content (GMIME_PART (object));

      return content != NULL ? g_mime_data_wrapper_write_to_stream (content, stream) : 0;
    }

  if (GMIME_IS_MESSAGE_PART (object))
    {
      GMimeMessage *message = g_mime_message_part_get_message (GMIME_MESSAGE_PART (object));

      return message != NULL ? g_mime_object_write_to_stream (GMIME_OBJECT (message), NULL, stream) : 0;
    }

  return 0;
}

/* Streams the attachment into data_dir/attachments/tmp-XXXXXX while
 * hashing it, then moves it to attachments/<2 hex>/<sha256>. */
static gboolean
store_attachment (GMimeObject        *object,
                  const char         *data_dir,
                  FdParsedAttachment *att,
                  GError            **error)
{
  g_autofree char *dir = g_build_filename (data_dir, "attachments", NULL);
  g_autofree char *tmp_path = NULL;
  g_autofree char *hex = NULL;
  g_autofree char *sub_dir = NULL;
  g_autofree char *final_path = NULL;
  g_autoptr(GMimeStream) file = NULL;
  g_autoptr(GMimeStream) filtered = NULL;
  g_autoptr(GMimeFilter) checksum = NULL;
  char prefix[3];
  ssize_t written;
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, FD_MAIL_ERROR, FD_MAIL_ERROR_IO,
                   _("Could not create the attachment folder “%s”: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  tmp_path = g_build_filename (dir, "tmp-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      /* Translators: a folder, then an attachment's file name, then the system's reason */
      g_set_error (error, FD_MAIL_ERROR, FD_MAIL_ERROR_IO,
                   _("Could not create a file in “%s” to save attachment “%s”: %s"),
                   dir, att->filename, g_strerror (saved_errno));
      return FALSE;
    }

  file = g_mime_stream_fs_new (fd);
  filtered = g_mime_stream_filter_new (file);
  checksum = g_mime_filter_checksum_new (G_CHECKSUM_SHA256);
  g_mime_stream_filter_add (GMIME_STREAM_FILTER (filtered), checksum);

  written = write_attachment (object, filtered);
  if (written < 0 || g_mime_stream_flush (filtered) != 0 || g_mime_stream_close (file) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      /* Translators: an attachment's file name, then a folder, then the system's reason */
      g_set_error (error, FD_MAIL_ERROR, FD_MAIL_ERROR_IO,
                   _("Could not save attachment “%s” in “%s”: %s"),
                   att->filename, dir, g_strerror (saved_errno));
      return FALSE;
    }

  hex = g_mime_filter_checksum_get_string (GMIME_FILTER_CHECKSUM (checksum));
  prefix[0] = hex[0];
  prefix[1] = hex[1];
  prefix[2] = '\0';

  sub_dir = g_build_filename (dir, prefix, NULL);
  final_path = g_build_filename (sub_dir, hex, NULL);

  if (g_mkdir_with_parents (sub_dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      g_set_error (error, FD_MAIL_ERROR, FD_MAIL_ERROR_IO,
                   _("Could not create the attachment folder “%s”: %s"),
                   sub_dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (g_file_test (final_path, G_FILE_TEST_EXISTS))
    g_unlink (tmp_path);
  else if (g_rename (tmp_path, final_path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      /* Translators: an attachment's file name, then a path, then the system's reason */
      g_set_error (error, FD_MAIL_ERROR, FD_MAIL_ERROR_IO,
                   _("Could not save attachment “%s” as “%s”: %s"),
                   att->filename, final_path, g_strerror (saved_errno));
      return FALSE;
    }

  att->size = written;
  att->path = g_strconcat ("attachments/", prefix, "/", hex, NULL);

  return TRUE;
}

/* The size of the part's content as it stands in the mail (encoded),
 * known without decoding it; 0 when unknown. */
static gint64
encoded_size (GMimeObject *object)
{
  GMimeDataWrapper *content;
  GMimeStream *stream;

  if (!GMIME_IS_PART (object) || !(content = g_mime_part_get_content (GMIME_PART (object))) ||
      !(stream = g_mime_data_wrapper_get_stream (content)))
    return 0;

  return MAX (g_mime_stream_length (stream), 0);
}

static gboolean
add_attachment (BodyWalk     *walk,
                GMimeObject  *object,
                GError      **error)
{
  g_autoptr(FdParsedAttachment) att = fd_parsed_attachment_new ();
  GMimeContentType *ct = g_mime_object_get_content_type (object);
  const char *name = NULL;

  if (GMIME_IS_PART (object))
    name = g_mime_part_get_filename (GMIME_PART (object));
  else
    name = g_mime_object_get_content_disposition_parameter (object, "filename");

  att->filename = sanitize_filename (name);
  if (ct != NULL)
    {
      g_autofree char *mime_type = g_mime_content_type_get_mime_type (ct);

      att->content_type = g_ascii_strdown (mime_type, -1);
    }
  else
    att->content_type = g_strdup ("application/octet-stream");

  if (walk->data_dir != NULL && encoded_size (object) > FD_MAIL_MAX_ATTACHMENT_BYTES / 3 * 4 + 4096)
    {
      /* Not saved: one mail must not fill the disk. Its name stays, so
       * the person knows to fetch it with a mail program. */
      g_debug ("Attachment “%s” of %s is too large to keep", att->filename, walk->msg->remote_id);
      att->size = encoded_size (object) / 4 * 3;
      walk->msg->truncated = TRUE;
    }
  else if (walk->data_dir != NULL)
    {
      if (!store_attachment (object, walk->data_dir, att, error))
        return FALSE;
    }
  else
    {
      g_autoptr(GMimeStream) null = g_mime_stream_null_new ();

      att->size = MAX (write_attachment (object, null), 0);
    }

  g_ptr_array_add (walk->msg->attachments, g_steal_pointer (&att));

  return TRUE;
}

/* Which child of a multipart/alternative to read: the first that has
 * text/plain, else the first with text/html, else the last. */
static int
choose_alternative (GMimeMultipart *multipart,
                    guint           depth)
{
  int count = g_mime_multipart_get_count (multipart);

  for (int i = 0; i < count; i++)
    {
      if (find_text_part (g_mime_multipart_get_part (multipart, i), "plain", depth) != NULL)
        return i;
    }

  for (int i = 0; i < count; i++)
    {
      if (find_text_part (g_mime_multipart_get_part (multipart, i), "html", depth) != NULL)
        return i;
    }

  return count - 1;
}

/* A multipart whose declared boundary never appears keeps everything in
 * its prologue. When the prologue opens with another boundary line, the
 * sender got the header wrong: parse it again with the boundary used. */
static GMimeObject *
recover_multipart (GMimeMultipart *multipart)
{
  const char *prologue = g_mime_multipart_get_prologue (multipart);
  GMimeContentType *ct = g_mime_object_get_content_type (GMIME_OBJECT (multipart));
  g_autofree char *boundary = NULL;
  g_autofree char *mime_type = NULL;
  g_autofree char *header = NULL;
  g_autoptr(GMimeStream) stream = NULL;
  g_autoptr(GMimeParser) parser = NULL;
  g_autoptr(GMimeObject) part = NULL;
  const char *line;

  if (prologue == NULL || ct == NULL)
    return NULL;

  line = prologue;
  while (*line == '\n' || *line == '\r')
    line++;
  if (!g_str_has_prefix (line, "--"))
    return NULL;

  boundary = g_strchomp (g_strndup (line + 2, strcspn (line + 2, "\r\n")));
  if (boundary[0] == '\0' || strlen (boundary) > 200 || strpbrk (boundary, "\"\\") != NULL)
    return NULL;

  mime_type = g_mime_content_type_get_mime_type (ct);
  header = g_strdup_printf ("Content-Type: %s; boundary=\"%s\"\n\n", mime_type, boundary);

  stream = g_mime_stream_mem_new ();
  g_mime_stream_write_string (stream, header);
  g_mime_stream_write_string (stream, prologue);
  g_mime_stream_reset (stream);

  parser = g_mime_parser_new_with_stream (stream);
  part = g_mime_parser_construct_part (parser, NULL);
  if (part == NULL || !GMIME_IS_MULTIPART (part) || g_mime_multipart_get_count (GMIME_MULTIPART (part)) == 0)
    return NULL;

  return g_steal_pointer (&part);
}

static gboolean
walk_body (BodyWalk     *walk,
           GMimeObject  *root,
           GError      **error)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  Frame top = { root, 0 };

  if (root == NULL)
    return TRUE;

  g_array_append_val (stack, top);

  while (stack->len > 0)
    {
      Frame frame = g_array_index (stack, Frame, stack->len - 1);
      GMimeObject *object = frame.object;

      g_array_set_size (stack, stack->len - 1);

      if (GMIME_IS_MULTIPART (object))
        {
          GMimeMultipart *multipart = GMIME_MULTIPART (object);
          int count = g_mime_multipart_get_count (multipart);

          if (frame.depth >= MAX_MIME_DEPTH)
            {
              g_debug ("Skipping MIME parts nested deeper than %d levels", MAX_MIME_DEPTH);
              continue;
            }

          if (count == 0)
            {
              /* Boundary never found: what GMime saw is all in the prologue */
              const char *prologue = g_mime_multipart_get_prologue (multipart);
              GMimeObject *recovered = NULL;

              /* Once: each try copies the prologue */
              if (!walk->tried_recovery)
                {
                  walk->tried_recovery = TRUE;
                  recovered = recover_multipart (multipart);
                }

              if (recovered != NULL)
                {
                  Frame child = { recovered, frame.depth + 1 };

                  g_ptr_array_add (walk->owned, recovered);
                  g_array_append_val (stack, child);
                }
              else if (prologue != NULL && !walk->have_body)
                {
                  gsize len = strlen (prologue);
                  g_autofree char *text = guess_to_utf8 (prologue, MIN (len, TEXT_READ_MAX));

                  g_string_append (walk->text, text);
                  walk->text_cut |= len > TEXT_READ_MAX;
                  walk->have_body = TRUE;
                }
              continue;
            }

          if (content_type_is (object, "multipart", "alternative"))
            {
              int chosen = choose_alternative (multipart, frame.depth + 1);
              Frame child = { g_mime_multipart_get_part (multipart, chosen), frame.depth + 1 };

              /* Keep the HTML version even when we read the plain one */
              for (int i = 0; i < count && walk->msg->html == NULL; i++)
                {
                  GMimePart *html;

                  if (i == chosen)
                    continue;
                  html = find_text_part (g_mime_multipart_get_part (multipart, i), "html", frame.depth + 1);
                  if (html != NULL)
                    take_html (walk, html, FALSE);
                }

              g_array_append_val (stack, child);
              continue;
            }

          /* multipart/signed: the signature is not something to show */
          if (GMIME_IS_MULTIPART_SIGNED (object))
            count = 1;

          for (int i = count - 1; i >= 0; i--)
            {
              Frame child = { g_mime_multipart_get_part (multipart, i), frame.depth + 1 };

              g_array_append_val (stack, child);
            }
        }
      else if (is_body_part (object, walk->have_body))
        {
          if (content_type_is (object, "text", "html"))
            take_html (walk, GMIME_PART (object), TRUE);
          else
            take_plain (walk, GMIME_PART (object));
          walk->have_body = TRUE;
        }
      else if (GMIME_IS_PART (object) || GMIME_IS_MESSAGE_PART (object))
        {
          if (!add_attachment (walk, object, error))
            return FALSE;
        }
    }

  return TRUE;
}

static InternetAddressMailbox *
first_mailbox (InternetAddressList *list)
{
  int count = list != NULL ? internet_address_list_length (list) : 0;

  for (int i = 0; i < count; i++)
    {
      InternetAddress *address = internet_address_list_get_address (list, i);

      if (INTERNET_ADDRESS_IS_MAILBOX (address))
        return INTERNET_ADDRESS_MAILBOX (address);

      if (INTERNET_ADDRESS_IS_GROUP (address))
        {
          InternetAddressList *members = internet_address_group_get_members (INTERNET_ADDRESS_GROUP (address));
          int n_members = members != NULL ? internet_address_list_length (members) : 0;

          for (int j = 0; j < n_members; j++)
            {
              InternetAddress *member = internet_address_list_get_address (members, j);

              if (INTERNET_ADDRESS_IS_MAILBOX (member))
                return INTERNET_ADDRESS_MAILBOX (member);
            }
        }
    }

  return NULL;
}

static char *
mailbox_address (InternetAddressMailbox *mailbox)
{
  g_autofree char *addr = NULL;

  if (mailbox == NULL)
    return NULL;

  addr = clean_string (internet_address_mailbox_get_addr (mailbox));
  if (addr == NULL)
    return NULL;

  return g_utf8_strdown (addr, -1);
}

static gint64
newest_received_date (GMimeMessage *message)
{
  GMimeHeaderList *headers = g_mime_object_get_header_list (GMIME_OBJECT (message));
  int count = g_mime_header_list_get_count (headers);
  gint64 newest = 0;

  for (int i = 0; i < count; i++)
    {
      GMimeHeader *header = g_mime_header_list_get_header_at (headers, i);
      const char *value;
      const char *semicolon;
      g_autoptr(GDateTime) date = NULL;

      if (g_ascii_strcasecmp (g_mime_header_get_name (header), "Received") != 0)
        continue;

      value = g_mime_header_get_value (header);
      if (value == NULL || (semicolon = strrchr (value, ';')) == NULL)
        continue;

      date = g_mime_utils_header_decode_date (semicolon + 1);
      if (date != NULL)
        newest = MAX (newest, g_date_time_to_unix (date));
    }

  return newest;
}

/* "es-ES, en" -> "es" */
static char *
primary_language (const char *value)
{
  gsize len = 0;

  if (value == NULL)
    return NULL;

  while (g_ascii_isspace (*value))
    value++;
  while (g_ascii_isalpha (value[len]))
    len++;

  if (len == 0 || len > 8 || (value[len] != '\0' && strchr ("-_,; \t", value[len]) == NULL))
    return NULL;

  return g_ascii_strdown (value, len);
}

static void
add_reference (GPtrArray  *references,
               const char *id)
{
  g_autofree char *clean = clean_string (id);

  if (clean == NULL)
    return;

  for (guint i = 0; i < references->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (references, i), clean))
        return;
    }

  g_ptr_array_add (references, g_steal_pointer (&clean));
}

static void
parse_references (FdParsedMessage *msg,
                  GMimeObject     *object)
{
  const char *references = g_mime_object_get_header (object, "References");
  const char *in_reply_to = g_mime_object_get_header (object, "In-Reply-To");

  if (references != NULL)
    {
      GMimeReferences *refs = g_mime_references_parse (NULL, references);

      if (refs != NULL)
        {
          for (int i = 0; i < g_mime_references_length (refs); i++)
            add_reference (msg->references, g_mime_references_get_message_id (refs, i));
          g_mime_references_free (refs);
        }
    }

  if (in_reply_to != NULL)
    {
      GMimeReferences *refs = g_mime_references_parse (NULL, in_reply_to);

      if (refs != NULL)
        {
          if (g_mime_references_length (refs) > 0)
            msg->in_reply_to = clean_string (g_mime_references_get_message_id (refs, 0));
          g_mime_references_free (refs);
        }
    }

  if (msg->in_reply_to != NULL)
    add_reference (msg->references, msg->in_reply_to);
}

/* Same bytes, same id: a message without Message-ID dedupes on re-import. */
static char *
synthesize_remote_id (GMimeMessage *message)
{
  g_autoptr(GMimeStream) null = g_mime_stream_null_new ();
  g_autoptr(GMimeStream) filtered = g_mime_stream_filter_new (null);
  g_autoptr(GMimeFilter) checksum = g_mime_filter_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *hex = NULL;

  g_mime_stream_filter_add (GMIME_STREAM_FILTER (filtered), checksum);
  g_mime_object_write_to_stream (GMIME_OBJECT (message), NULL, filtered);
  g_mime_stream_flush (filtered);

  hex = g_mime_filter_checksum_get_string (GMIME_FILTER_CHECKSUM (checksum));

  return g_strdup_printf ("fd-%.32s", hex);
}

static void
replace_string (char **slot,
                char **value)
{
  if (*value == NULL)
    return;

  g_free (*slot);
  *slot = g_steal_pointer (value);
}

/* Takes @value into @slot when @check passes; a forged or broken value
 * is dropped and the mail headers' own value stays. */
static void
take_checked (char    **slot,
              char    **value,
              gboolean (*check) (const char *))
{
  if (*value != NULL && check (*value))
    replace_string (slot, value);
}

static gboolean
is_safe_id (const char *value)
{
  return fd_untrusted_check_line_value (value, "id", NULL);
}

static gboolean
is_safe_handle (const char *value)
{
  return fd_untrusted_check_line_value (value, "handle", NULL) && strchr (value, ' ') == NULL;
}

/* Our own exporter's headers win over what the mail headers say, but
 * only for files that Frontdesk exported (FD_MAIL_PARSE_EXPORT_HEADERS):
 * in mail from anyone else they are text the sender chose. */
static void
apply_frontdesk_headers (FdParsedMessage *msg,
                         GMimeObject     *object)
{
  g_autofree char *channel = header_text (object, FD_MAIL_HEADER_CHANNEL);
  g_autofree char *remote_id = header_text (object, FD_MAIL_HEADER_REMOTE_ID);
  g_autofree char *author = header_text (object, FD_MAIL_HEADER_AUTHOR);
  g_autofree char *lang = header_text (object, FD_MAIL_HEADER_LANG);
  g_autofree char *thread = header_text (object, FD_MAIL_HEADER_THREAD);
  g_autofree char *url = header_text (object, FD_MAIL_HEADER_URL);
  g_autofree char *direction = header_text (object, FD_MAIL_HEADER_DIRECTION);
  g_autofree char *state = header_text (object, FD_MAIL_HEADER_STATE);
  g_autofree char *in_reply_to = header_text (object, FD_MAIL_HEADER_IN_REPLY_TO);
  g_autofree char *recipient = header_text (object, FD_MAIL_HEADER_RECIPIENT);
  FdMessageState parsed_state;

  take_checked (&msg->channel, &channel, fd_untrusted_is_channel_name);
  take_checked (&msg->remote_id, &remote_id, is_safe_id);
  take_checked (&msg->author_handle, &author, is_safe_handle);
  take_checked (&msg->lang, &lang, fd_untrusted_is_language_tag);
  take_checked (&msg->thread_id, &thread, is_safe_id);
  take_checked (&msg->url, &url, fd_untrusted_is_https_url);
  /* A post's parent and the handle a reply went to have no mail header
   * of their own (In-Reply-To and To hold only plain email values). */
  take_checked (&msg->in_reply_to, &in_reply_to, is_safe_id);
  take_checked (&msg->recipient, &recipient, is_safe_handle);

  if (g_strcmp0 (direction, "out") == 0)
    msg->direction = FD_DIRECTION_OUT;
  else if (g_strcmp0 (direction, "in") == 0)
    msg->direction = FD_DIRECTION_IN;

  if (state != NULL && fd_message_state_from_string (state, &parsed_state))
    msg->state = parsed_state;
}

void
fd_mail_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      static const char *fallback_charsets[] = { "UTF-8", "windows-1252", NULL };

      g_mime_init ();
      g_mime_parser_options_set_fallback_charsets (g_mime_parser_options_get_default (),
                                                   fallback_charsets);
      g_once_init_leave (&initialized, 1);
    }
}

/* A mailing list's copy (RFC 2919), a message a program sent on its own
 * (RFC 3834: anything but "no"), or bulk mail by the old convention. */
static gboolean
is_automated (GMimeObject *object)
{
  g_autofree char *auto_submitted = NULL;
  g_autofree char *precedence = NULL;

  if (g_mime_object_get_header (object, "List-Id") != NULL)
    return TRUE;

  /* "auto-replied; …": the keyword before any parameters. */
  auto_submitted = header_text (object, "Auto-Submitted");
  if (auto_submitted != NULL)
    {
      auto_submitted[strcspn (auto_submitted, "; \t")] = '\0';
      if (*auto_submitted != '\0' && g_ascii_strcasecmp (auto_submitted, "no") != 0)
        return TRUE;
    }

  precedence = header_text (object, "Precedence");
  if (precedence != NULL)
    {
      if (g_ascii_strcasecmp (precedence, "bulk") == 0 ||
          g_ascii_strcasecmp (precedence, "list") == 0 ||
          g_ascii_strcasecmp (precedence, "junk") == 0)
        return TRUE;
    }

  return FALSE;
}

FdParsedMessage *
fd_mail_parse_message (GMimeMessage  *message,
                       const char    *data_dir,
                       GError       **error)
{
  return fd_mail_parse_message_full (message, data_dir, FD_MAIL_PARSE_DEFAULT, error);
}

FdParsedMessage *
fd_mail_parse_message_full (GMimeMessage      *message,
                            const char        *data_dir,
                            FdMailParseFlags   flags,
                            GError           **error)
{
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GPtrArray) owned = NULL;
  GMimeObject *object;
  GMimeObject *body;
  InternetAddressMailbox *from;
  GDateTime *date;
  BodyWalk walk = { 0 };

  g_return_val_if_fail (GMIME_IS_MESSAGE (message), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fd_mail_init ();

  object = GMIME_OBJECT (message);

  if (g_mime_header_list_get_count (g_mime_object_get_header_list (object)) == 0)
    {
      g_set_error_literal (error, FD_MAIL_ERROR, FD_MAIL_ERROR_PARSE,
                           _("Not an email message: no headers found"));
      return NULL;
    }

  msg = fd_parsed_message_new ();
  msg->channel = g_strdup ("email");
  msg->remote_id = clean_string (g_mime_message_get_message_id (message));

  from = first_mailbox (g_mime_message_get_from (message));
  if (from == NULL)
    from = first_mailbox (g_mime_message_get_sender (message));
  if (from == NULL)
    from = first_mailbox (g_mime_message_get_reply_to (message));
  if (from != NULL)
    {
      msg->author_handle = mailbox_address (from);
      msg->author_name = clean_string (internet_address_get_name (INTERNET_ADDRESS (from)));
    }

  msg->recipient = mailbox_address (first_mailbox (g_mime_message_get_to (message)));
  msg->subject = clean_string (g_mime_message_get_subject (message));
  msg->automated = is_automated (object);

  date = g_mime_message_get_date (message);
  msg->created_at = date != NULL ? g_date_time_to_unix (date) : newest_received_date (message);

  /* GMime files Content-* headers under the top-level part */
  body = g_mime_message_get_mime_part (message);
  msg->lang = primary_language (g_mime_object_get_header (object, "Content-Language"));
  if (msg->lang == NULL && body != NULL)
    msg->lang = primary_language (g_mime_object_get_header (body, "Content-Language"));

  parse_references (msg, object);
  if (flags & FD_MAIL_PARSE_EXPORT_HEADERS)
    apply_frontdesk_headers (msg, object);

  if (msg->remote_id == NULL)
    msg->remote_id = synthesize_remote_id (message);

  text = g_string_new (NULL);
  owned = g_ptr_array_new_with_free_func (g_object_unref);
  walk.msg = msg;
  walk.data_dir = data_dir;
  walk.text = text;
  walk.owned = owned;
  if (!walk_body (&walk, body, error))
    return NULL;

  /* Trailing blank lines and spaces say nothing */
  while (text->len > 0 && g_ascii_isspace (text->str[text->len - 1]))
    g_string_truncate (text, text->len - 1);

  fd_parsed_message_set_text (msg, text->str, text->len);
  if (walk.text_cut)
    msg->truncated = TRUE;

  return g_steal_pointer (&msg);
}

GMimeParser *
fd_mail_parser_new_for_file (const char   *path,
                             GMimeFormat   format,
                             GError      **error)
{
  g_autoptr(GMimeStream) stream = NULL;
  GMimeParser *parser;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fd_mail_init ();

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, FD_MAIL_ERROR, FD_MAIL_ERROR_IO,
                   _("Could not open mail file “%s”: %s"),
                   path, g_strerror (saved_errno));
      return NULL;
    }

  stream = g_mime_stream_fs_new (fd);
  parser = g_mime_parser_new_with_stream (stream);
  g_mime_parser_set_format (parser, format);
  g_mime_parser_set_persist_stream (parser, TRUE);

  return parser;
}

FdParsedMessage *
fd_mail_parse_file (const char  *path,
                    const char  *data_dir,
                    GError     **error)
{
  g_autoptr(GMimeParser) parser = NULL;
  g_autoptr(GMimeMessage) message = NULL;
  FdParsedMessage *msg;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parser = fd_mail_parser_new_for_file (path, GMIME_FORMAT_MESSAGE, error);
  if (parser == NULL)
    return NULL;

  message = g_mime_parser_construct_message (parser, NULL);
  if (message == NULL)
    {
      g_set_error (error, FD_MAIL_ERROR, FD_MAIL_ERROR_PARSE,
                   _("Not an email message: no headers found in “%s”"), path);
      return NULL;
    }

  msg = fd_mail_parse_message (message, data_dir, error);
  if (msg != NULL && msg->created_at == 0)
    {
      GStatBuf st;

      if (g_stat (path, &st) == 0)
        msg->created_at = st.st_mtime;
    }

  return msg;
}

FdMessageState
fd_mail_state_from_maildir_flags (const char *filename)
{
  const char *base;
  const char *info;

  g_return_val_if_fail (filename != NULL, FD_MESSAGE_STATE_UNREAD);

  base = strrchr (filename, '/');
  base = base != NULL ? base + 1 : filename;

  /* ":2," on most systems, "!2," or ";2," where ':' is not allowed */
  info = strstr (base, ":2,");
  if (info == NULL)
    info = strstr (base, "!2,");
  if (info == NULL)
    info = strstr (base, ";2,");
  if (info == NULL)
    return FD_MESSAGE_STATE_UNREAD;

  info += 3;
  if (strchr (info, 'R') != NULL)
    return FD_MESSAGE_STATE_ANSWERED;
  if (strchr (info, 'S') != NULL)
    return FD_MESSAGE_STATE_READ;

  return FD_MESSAGE_STATE_UNREAD;
}
