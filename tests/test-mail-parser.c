/* test-mail-parser.c: GMime messages to FdParsedMessage.
 *
 * The corpus in tests/data/mail/ holds one tricky message per file; each
 * test says exactly what must come out of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "fd-customers.h"
#include "fd-ingest.h"
#include "fd-mail-parser.h"
#include "fd-repeats.h"
#include "fd-store.h"
#include "fd-test-util.h"

/* Helpers */

static char *
mail_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "mail", name, NULL);
}

static FdParsedMessage *
parse_corpus (const char *name,
              const char *data_dir)
{
  g_autofree char *path = mail_path (name);
  g_autoptr(GError) error = NULL;
  FdParsedMessage *msg;

  msg = fd_mail_parse_file (path, data_dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (msg);
  g_assert_true (g_utf8_validate (msg->text, -1, NULL));

  return msg;
}

static FdParsedMessage *
parse_string (const char *data,
              const char *data_dir,
              GError    **error)
{
  g_autoptr(GMimeStream) stream = g_mime_stream_mem_new_with_buffer (data, strlen (data));
  g_autoptr(GMimeParser) parser = g_mime_parser_new_with_stream (stream);
  g_autoptr(GMimeMessage) message = g_mime_parser_construct_message (parser, NULL);

  g_assert_nonnull (message);

  return fd_mail_parse_message (message, data_dir, error);
}

static guint
count_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  if (dir == NULL)
    return 0;
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
assert_sha256_path (const char *path)
{
  /* attachments/<2 hex>/<64 hex> */
  g_assert_nonnull (path);
  g_assert_cmpuint (strlen (path), ==, strlen ("attachments/") + 3 + 64);
  g_assert_true (g_str_has_prefix (path, "attachments/"));
  g_assert_cmpint (path[12], ==, path[15]);
  g_assert_cmpint (path[13], ==, path[16]);
  g_assert_cmpint (path[14], ==, '/');
  for (const char *p = path + 15; *p != '\0'; p++)
    g_assert_true (g_ascii_isxdigit (*p) && !g_ascii_isupper (*p));
}

/* Charsets and encodings */

static void
test_latin1_body (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("latin1-body.eml", NULL);

  g_assert_cmpstr (msg->channel, ==, "email");
  g_assert_cmpstr (msg->remote_id, ==, "latin1-body@example.es");
  g_assert_cmpstr (msg->author_handle, ==, "ana@example.es");
  g_assert_cmpstr (msg->author_name, ==, "Ana García");
  g_assert_cmpstr (msg->recipient, ==, "support@frontdesk.test");
  g_assert_cmpstr (msg->subject, ==, "Pedido");
  g_assert_cmpstr (msg->text, ==, "Hola, ¿cómo están?\nEl pedido nº 42 llegó roto. ¡Qué pena!");
  g_assert_cmpstr (msg->lang, ==, "es");
  g_assert_null (msg->html);
  g_assert_null (msg->thread_id);
  g_assert_null (msg->in_reply_to);
  g_assert_cmpuint (msg->references->len, ==, 0);
  g_assert_cmpuint (msg->attachments->len, ==, 0);
  g_assert_cmpint (msg->created_at, ==, 1699952400);  /* 2023-11-14 09:00 UTC */
  g_assert_cmpint (msg->direction, ==, FD_DIRECTION_IN);
  g_assert_cmpint (msg->state, ==, FD_MESSAGE_STATE_UNREAD);
  g_assert_false (msg->truncated);
}

static void
test_raw_8bit_headers (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("raw-8bit-headers.eml", NULL);

  g_assert_cmpstr (msg->subject, ==, "Réunion café");
  g_assert_cmpstr (msg->author_name, ==, "José Müller");
  g_assert_cmpstr (msg->author_handle, ==, "jose.muller@example.com");
  g_assert_cmpstr (msg->recipient, ==, "support@frontdesk.test");
  g_assert_cmpstr (msg->text, ==, "Plain body.");
}

static void
test_rfc2047 (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("rfc2047.eml", NULL);

  /* Adjacent encoded words join without the space between them */
  g_assert_cmpstr (msg->subject, ==, "Café à la crème and règle");
  g_assert_cmpstr (msg->author_name, ==, "François Dürr");
  g_assert_cmpstr (msg->author_handle, ==, "francois@example.org");
  g_assert_cmpstr (msg->recipient, ==, "support@frontdesk.test");
  g_assert_cmpint (msg->created_at, ==, 1700154000);  /* 12:00 -0500 */
}

static void
test_quoted_printable (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("quoted-printable.eml", NULL);

  g_assert_cmpstr (msg->text, ==,
                   "This line is long enough that the mailer had to wrap it with a soft "
                   "line break in the middle of a word.\n"
                   "Café crème = tasty \n"
                   "Last line.");
}

static void
test_windows_1252 (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("windows-1252.eml", NULL);

  g_assert_cmpstr (msg->text, ==, "“Smart quotes” and ‘single’ – it costs €50…");
}

static void
test_bad_base64 (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("bad-base64.eml", NULL);

  /* Invalid characters are skipped, the dangling tail is dropped */
  g_assert_cmpstr (msg->text, ==, "Hello world!The en");
}

static void
test_nul_byte (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("nul-byte.eml", NULL);

  g_assert_cmpstr (msg->text, ==, "beforeafter");
}

static void
test_unknown_charsets (void)
{
  static const struct {
    const char *mail;
    const char *subject;
    const char *text;
  } cases[] = {
    /* A charset iconv does not know: the body is guessed. In an encoded
     * word GMime drops what it cannot convert; the subject stays valid. */
    { "From: a@example.com\nSubject: =?x-unknown?Q?caf=E9?= ok\n"
      "Content-Type: text/plain; charset=x-bogus-charset\n\ncaf\xe9 cr\xe8me\n",
      NULL, "café crème" },
    /* Labelled ASCII, really UTF-8 */
    { "From: a@example.com\nSubject: plain\n"
      "Content-Type: text/plain; charset=us-ascii\n\nna\xc3\xafve\n",
      "plain", "naïve" },
    /* Labelled UTF-8, really Latin-1; no charset at all */
    { "From: a@example.com\nSubject: \xa1Hola!\n"
      "Content-Type: text/plain; charset=utf-8\n\nse\xf1or\n",
      "¡Hola!", "señor" },
    { "From: a@example.com\nSubject: none\n\n\x93quoted\x94\n",
      "none", "“quoted”" },
    /* iso-8859-1 read as windows-1252, as mail clients do */
    { "From: a@example.com\nSubject: iso\n"
      "Content-Type: text/plain; charset=ISO-8859-1\n\n\x93hi\x94 \xe9\n",
      "iso", "“hi” é" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FdParsedMessage) msg = NULL;
      g_autoptr(GError) error = NULL;

      msg = parse_string (cases[i].mail, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_utf8_validate (msg->subject, -1, NULL));
      if (cases[i].subject != NULL)
        g_assert_cmpstr (msg->subject, ==, cases[i].subject);
      else
        g_assert_true (g_str_has_prefix (msg->subject, "caf") && g_str_has_suffix (msg->subject, " ok"));
      g_assert_cmpstr (msg->text, ==, cases[i].text);
    }
}

/* Structure */

static void
test_broken_boundary_unclosed (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("broken-boundary-unclosed.eml", NULL);
  FdParsedAttachment *att;

  g_assert_cmpstr (msg->text, ==, "The text before the boundary that never closes.");
  g_assert_cmpuint (msg->attachments->len, ==, 1);
  att = g_ptr_array_index (msg->attachments, 0);
  g_assert_cmpstr (att->filename, ==, "data.bin");
  g_assert_cmpint (att->size, ==, 6);
  g_assert_null (att->path);
}

static void
test_broken_boundary_wrong (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("broken-boundary-wrong.eml", NULL);

  /* Re-parsed with the boundary the body really uses */
  g_assert_cmpstr (msg->text, ==, "Hello from the wrong boundary.");
  g_assert_cmpuint (msg->attachments->len, ==, 0);
}

static void
test_html_only (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("html-only.eml", NULL);

  g_assert_cmpstr (msg->author_name, ==, "Shop Newsletter");
  g_assert_cmpstr (msg->text, ==,
                   "Big sale\n"
                   "\n"
                   "Dear customer,\n"
                   "your order is ready & waiting.\n"
                   "\n"
                   "Shop logo\n"
                   "\n"
                   "See your order <https://shop.example/orders/42> or https://shop.example/.\n"
                   "\n"
                   "• One\n"
                   "• Two");
  g_assert_nonnull (msg->html);
  g_assert_true (g_str_has_prefix (msg->html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (msg->html, "<script>alert(\"tracking\");</script>"));
  g_assert_null (strstr (msg->text, "tracking"));
  g_assert_null (strstr (msg->text, "Newsletter title"));
  g_assert_null (strstr (msg->text, "color"));
  g_assert_null (strstr (msg->text, "pixel.gif"));
  g_assert_cmpuint (msg->attachments->len, ==, 0);
}

static void
test_alternative (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("alternative.eml", NULL);

  /* text/plain wins even though it comes second; the HTML is kept */
  g_assert_cmpstr (msg->text, ==, "The plain version.");
  g_assert_cmpstr (msg->html, ==, "<p>The <b>HTML</b> version.</p>");
  g_assert_cmpuint (msg->attachments->len, ==, 0);
}

static void
test_nested_40 (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("nested-40.eml", NULL);

  g_assert_cmpstr (msg->text, ==, "Found me at the bottom.");
  g_assert_cmpuint (msg->attachments->len, ==, 0);
}

static void
test_nested_too_deep (void)
{
  g_autoptr(GString) mail = g_string_new ("From: deep@example.com\nSubject: Deeper\n"
                                          "Message-ID: <deeper@example.com>\n"
                                          "Content-Type: multipart/mixed; boundary=\"b0\"\n\n");
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(GError) error = NULL;
  const guint depth = 300;

  for (guint i = 1; i < depth; i++)
    g_string_append_printf (mail, "--b%u\nContent-Type: multipart/mixed; boundary=\"b%u\"\n\n", i - 1, i);
  g_string_append_printf (mail, "--b%u\nContent-Type: text/plain\n\nToo deep to read.\n", depth - 1);

  /* Below the depth limit parts are ignored, not a crash */
  msg = parse_string (mail->str, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (msg->subject, ==, "Deeper");
  g_assert_cmpstr (msg->text, ==, "");
}

static void
test_headers_only (void)
{
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(GError) error = NULL;

  msg = parse_string ("From: Someone <Someone@Example.com>\nSubject: Empty\nMessage-ID: <empty@x>\n\n",
                      NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (msg->author_handle, ==, "someone@example.com");
  g_assert_cmpstr (msg->text, ==, "");
  g_assert_null (msg->recipient);
  g_assert_cmpint (msg->created_at, ==, 0);
}

static void
test_not_a_message (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *empty = g_build_filename (dir, "empty", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.eml", NULL);
  g_autoptr(GError) error = NULL;
  FdParsedMessage *msg;

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (text, "Hello world\nThis is not mail\n", -1, NULL));

  msg = fd_mail_parse_file (empty, NULL, &error);
  g_assert_null (msg);
  g_assert_error (error, FD_MAIL_ERROR, FD_MAIL_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "Not an email message"));
  g_clear_error (&error);

  msg = fd_mail_parse_file (text, NULL, &error);
  g_assert_null (msg);
  g_assert_error (error, FD_MAIL_ERROR, FD_MAIL_ERROR_PARSE);
  g_clear_error (&error);

  msg = fd_mail_parse_file (missing, NULL, &error);
  g_assert_null (msg);
  g_assert_error (error, FD_MAIL_ERROR, FD_MAIL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "missing.eml"));
  g_clear_error (&error);

  fd_test_rmdir (dir);
}

/* Identity and time */

static void
test_no_date_no_id (void)
{
  g_autofree char *path = mail_path ("no-date-no-id.eml");
  g_autoptr(FdParsedMessage) first = parse_corpus ("no-date-no-id.eml", NULL);
  g_autoptr(FdParsedMessage) second = parse_corpus ("no-date-no-id.eml", NULL);
  g_autoptr(FdParsedMessage) from_memory = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_str_has_prefix (first->remote_id, "fd-"));
  g_assert_cmpuint (strlen (first->remote_id), ==, 3 + 32);
  for (const char *p = first->remote_id + 3; *p != '\0'; p++)
    g_assert_true (g_ascii_isxdigit (*p));

  g_assert_cmpstr (first->remote_id, ==, second->remote_id);

  /* The same bytes read another way give the same id */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  from_memory = parse_string (contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (from_memory->remote_id, ==, first->remote_id);

  /* Newest Received: date, 2023-11-24 10:00:05 UTC */
  g_assert_cmpint (first->created_at, ==, 1700820005);
  g_assert_cmpstr (first->text, ==, "Where is my parcel?");
}

static void
test_synthesized_id_differs (void)
{
  g_autoptr(FdParsedMessage) a = NULL;
  g_autoptr(FdParsedMessage) b = NULL;

  a = parse_string ("From: a@example.com\nSubject: Hi\n\nOne\n", NULL, NULL);
  b = parse_string ("From: a@example.com\nSubject: Hi\n\nTwo\n", NULL, NULL);
  g_assert_cmpstr (a->remote_id, !=, b->remote_id);
}

static void
test_mtime_fallback (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autofree char *path = g_build_filename (dir, "undated.eml", NULL);
  static const char undated[] = "From: x@example.com\nSubject: Undated\nDate: not a date at all\n\nBody\n";
  struct utimbuf times = { 1600000000, 1600000000 };
  g_autoptr(FdParsedMessage) from_file = NULL;
  g_autoptr(FdParsedMessage) from_memory = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, undated, -1, NULL));
  g_assert_cmpint (utime (path, &times), ==, 0);

  from_file = fd_mail_parse_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (from_file->created_at, ==, 1600000000);

  /* Without a file there is nothing to fall back to */
  from_memory = parse_string (undated, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (from_memory->created_at, ==, 0);

  fd_test_rmdir (dir);
}

static void
test_reply (void)
{
  g_autoptr(FdParsedMessage) msg = parse_corpus ("reply.eml", NULL);
  g_autoptr(FdParsedMessage) other = parse_corpus ("reply-no-references.eml", NULL);

  g_assert_cmpstr (msg->remote_id, ==, "reply-3@example.com");
  g_assert_cmpstr (msg->in_reply_to, ==, "reply-2@frontdesk.test");
  g_assert_cmpuint (msg->references->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (msg->references, 0), ==, "reply-1@example.com");
  g_assert_cmpstr (g_ptr_array_index (msg->references, 1), ==, "reply-2@frontdesk.test");
  g_assert_null (msg->thread_id);

  /* In-Reply-To with a comment, missing from References: appended last */
  g_assert_cmpstr (other->in_reply_to, ==, "reply-3@example.com");
  g_assert_cmpuint (other->references->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (other->references, 0), ==, "reply-1@example.com");
  g_assert_cmpstr (g_ptr_array_index (other->references, 1), ==, "reply-3@example.com");
}

/* What Frontdesk exported: its headers are honoured only when the caller
 * says the file is an export (the mbox importer). */
static void
test_frontdesk_headers (void)
{
  g_autoptr(FdParsedMessage) plain = parse_corpus ("frontdesk-channel.eml", NULL);
  g_autofree char *path = mail_path ("frontdesk-channel.eml");
  g_autoptr(GMimeParser) parser = fd_mail_parser_new_for_file (path, GMIME_FORMAT_MESSAGE, NULL);
  g_autoptr(GMimeMessage) message = g_mime_parser_construct_message (parser, NULL);
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(GError) error = NULL;

  /* As mail from anyone: the headers are only text the sender chose. */
  g_assert_cmpstr (plain->channel, ==, "email");
  g_assert_cmpint (plain->direction, ==, FD_DIRECTION_IN);
  g_assert_cmpint (plain->state, ==, FD_MESSAGE_STATE_UNREAD);
  g_assert_null (plain->url);

  msg = fd_mail_parse_message_full (message, NULL, FD_MAIL_PARSE_EXPORT_HEADERS, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (msg->channel, ==, "mastodon");
  g_assert_cmpstr (msg->remote_id, ==, "111222333444");
  g_assert_cmpstr (msg->author_handle, ==, "@carla@mastodon.example");
  g_assert_cmpstr (msg->author_name, ==, "Carla");
  g_assert_cmpstr (msg->lang, ==, "pt");
  g_assert_cmpstr (msg->thread_id, ==, "111222333000");
  g_assert_cmpstr (msg->url, ==, "https://mastodon.example/@carla/111222333444");
  g_assert_cmpint (msg->direction, ==, FD_DIRECTION_OUT);
  g_assert_cmpint (msg->state, ==, FD_MESSAGE_STATE_ANSWERED);
  g_assert_cmpstr (msg->text, ==, "@shop o meu pedido ainda não chegou");
  g_assert_cmpint (msg->created_at, ==, 1701165600);
}

/* Attachments */

static void
test_attachment_traversal (void)
{
  g_autofree char *root = fd_test_make_data_dir ();
  g_autofree char *data_dir = g_build_filename (root, "data", NULL);
  g_autofree char *attachments = g_build_filename (data_dir, "attachments", NULL);
  g_autofree char *stored = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected_hash = NULL;
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(FdParsedMessage) again = NULL;
  FdParsedAttachment *att;
  GStatBuf st;
  gsize len;

  g_assert_cmpint (g_mkdir (data_dir, 0700), ==, 0);

  msg = parse_corpus ("attachment-traversal.eml", data_dir);
  g_assert_cmpstr (msg->text, ==, "Please see the attached file.");
  g_assert_cmpuint (msg->attachments->len, ==, 1);

  att = g_ptr_array_index (msg->attachments, 0);
  g_assert_cmpstr (att->filename, ==, "x");
  g_assert_cmpstr (att->content_type, ==, "application/octet-stream");
  g_assert_cmpint (att->size, ==, 15);
  assert_sha256_path (att->path);

  expected_hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "secret payload\n", -1);
  g_assert_true (g_str_has_suffix (att->path, expected_hash));

  stored = g_build_filename (data_dir, att->path, NULL);
  g_assert_true (g_file_get_contents (stored, &contents, &len, NULL));
  g_assert_cmpmem (contents, len, "secret payload\n", 15);

  g_assert_cmpint (g_stat (stored, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (attachments, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  /* Nothing next to data_dir, nothing but the hash folder inside: no temp left */
  g_assert_cmpuint (count_entries (root), ==, 1);
  g_assert_cmpuint (count_entries (data_dir), ==, 1);
  g_assert_cmpuint (count_entries (attachments), ==, 1);

  /* Importing again stores nothing new */
  again = parse_corpus ("attachment-traversal.eml", data_dir);
  att = g_ptr_array_index (again->attachments, 0);
  g_assert_true (g_str_has_suffix (att->path, expected_hash));
  g_assert_cmpuint (count_entries (attachments), ==, 1);

  fd_test_rmdir (root);
}

static void
test_attachment_names (void)
{
  static const char mail[] =
    "From: files@example.com\n"
    "Message-ID: <names@example.com>\n"
    "Content-Type: multipart/mixed; boundary=\"m\"\n"
    "\n"
    "--m\n"
    "Content-Type: text/plain\n"
    "\n"
    "Body.\n"
    "--m\n"
    "Content-Type: application/pdf\n"
    "Content-Disposition: attachment; filename=\"C:\\\\Users\\\\me\\\\invoice.pdf\"\n"
    "\n"
    "%PDF\n"
    "--m\n"
    "Content-Type: application/x-msdownload\n"
    "Content-Disposition: attachment; filename*=UTF-8''report%E2%80%AEfdp.exe\n"
    "\n"
    "MZ\n"
    "--m\n"
    "Content-Type: image/PNG\n"
    "Content-Disposition: inline\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "iVBORw0KGgo=\n"
    "--m\n"
    "Content-Type: application/octet-stream\n"
    "Content-Disposition: attachment; filename=\"..\"\n"
    "\n"
    "dots\n"
    "--m\n"
    "Content-Type: text/plain; name=\"notes.txt\"\n"
    "Content-Disposition: inline; filename=\"notes.txt\"\n"
    "\n"
    "Named text after the body is a file.\n"
    "--m\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "From: inner@example.com\n"
    "Subject: Forwarded\n"
    "\n"
    "Inner body.\n"
    "--m--\n";
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "invoice.pdf", "report" "fdp.exe", "attachment", "attachment", "notes.txt", "attachment" };
  const char *types[] = { "application/pdf", "application/x-msdownload", "image/png",
                          "application/octet-stream", "text/plain", "message/rfc822" };
  const gint64 sizes[] = { 4, 2, 8, 4, 36, -1 };  /* the newline before a boundary belongs to it */

  msg = parse_string (mail, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (msg->text, ==, "Body.");
  g_assert_cmpuint (msg->attachments->len, ==, G_N_ELEMENTS (names));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      FdParsedAttachment *att = g_ptr_array_index (msg->attachments, i);

      g_assert_cmpstr (att->filename, ==, names[i]);
      g_assert_cmpstr (att->content_type, ==, types[i]);
      if (sizes[i] >= 0)
        g_assert_cmpint (att->size, ==, sizes[i]);
      else
        g_assert_cmpint (att->size, >, 0);
      g_assert_null (att->path);
    }
}

/* Limits */

static void
test_long_text_truncated (void)
{
  g_autoptr(GString) mail = g_string_new ("From: long@example.com\nMessage-ID: <long@example.com>\n"
                                          "Content-Type: text/plain; charset=utf-8\n\n");
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(GError) error = NULL;

  /* Two-byte characters, so a byte cut could land inside one */
  while (mail->len < 3 * FD_MAX_TEXT_BYTES)
    g_string_append (mail, "ééééééééé\n");

  msg = parse_string (mail->str, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (msg->truncated);
  g_assert_cmpuint (strlen (msg->text), <=, FD_MAX_TEXT_BYTES);
  g_assert_cmpuint (strlen (msg->text), >, FD_MAX_TEXT_BYTES - 4);
  g_assert_true (g_utf8_validate (msg->text, -1, NULL));
}

static void
test_long_html_capped (void)
{
  g_autoptr(GString) mail = g_string_new ("From: long@example.com\nMessage-ID: <longhtml@example.com>\n"
                                          "Content-Type: text/html; charset=utf-8\n\n<html><body>");
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(GError) error = NULL;

  while (mail->len < 2 * FD_MAIL_MAX_HTML_BYTES)
    g_string_append (mail, "<p>Ünïcödé paragraph</p>\n");

  msg = parse_string (mail->str, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (msg->html);
  g_assert_cmpuint (strlen (msg->html), <=, FD_MAIL_MAX_HTML_BYTES);
  g_assert_cmpuint (strlen (msg->html), >, FD_MAIL_MAX_HTML_BYTES - 4);
  g_assert_true (g_utf8_validate (msg->html, -1, NULL));
  g_assert_true (g_str_has_prefix (msg->text, "Ünïcödé paragraph\n\nÜnïcödé paragraph"));
  g_assert_true (msg->truncated);
  g_assert_cmpuint (strlen (msg->text), <=, FD_MAX_TEXT_BYTES);
}

static gsize
read_status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, field);
  g_assert_nonnull (line);

  return g_ascii_strtoull (line + strlen (field), NULL, 10);
}

static void
test_big_message_bounded_memory (void)
{
  const gsize raw_size = 37 * 1024 * 1024 + 12345;  /* ~50 MB once in base64 */
  g_autofree char *root = fd_test_make_data_dir ();
  g_autofree char *data_dir = g_build_filename (root, "data", NULL);
  g_autofree char *path = g_build_filename (root, "big.eml", NULL);
  g_autofree char *stored = NULL;
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  FdParsedAttachment *att;
  FILE *f;
  guint32 chunk[16 * 1024];
  char encoded[sizeof chunk * 2];
  int state = 0;
  int save = 0;
  gsize done = 0;
  gsize rss_before;
  gsize hwm_after;
  GStatBuf st;

  f = g_fopen (path, "w");
  g_assert_nonnull (f);
  fputs ("From: Big Sender <big@example.com>\n"
         "To: support@frontdesk.test\n"
         "Subject: Huge attachment\n"
         "Date: Wed, 29 Nov 2023 10:00:00 +0000\n"
         "Message-ID: <big@example.com>\n"
         "MIME-Version: 1.0\n"
         "Content-Type: multipart/mixed; boundary=\"big\"\n"
         "\n"
         "--big\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "\n"
         "Here is the video of the broken product.\n"
         "--big\n"
         "Content-Type: video/mp4\n"
         "Content-Disposition: attachment; filename=\"broken.mp4\"\n"
         "Content-Transfer-Encoding: base64\n"
         "\n", f);

  while (done < raw_size)
    {
      gsize n = MIN (sizeof chunk, raw_size - done);
      gsize out;

      for (guint i = 0; i < G_N_ELEMENTS (chunk); i++)
        chunk[i] = g_rand_int (rand);
      g_checksum_update (sum, (const guchar *) chunk, n);
      out = g_base64_encode_step ((const guchar *) chunk, n, TRUE, encoded, &state, &save);
      g_assert_cmpuint (fwrite (encoded, 1, out, f), ==, out);
      done += n;
    }
  {
    gsize out = g_base64_encode_close (TRUE, encoded, &state, &save);

    g_assert_cmpuint (fwrite (encoded, 1, out, f), ==, out);
  }
  fputs ("--big--\n", f);
  g_assert_cmpint (fclose (f), ==, 0);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 50 * 1000 * 1000);

  /* Reset the peak to now, so the growth is what parsing needed */
  f = g_fopen ("/proc/self/clear_refs", "w");
  if (f != NULL)
    {
      fputs ("5", f);
      fclose (f);
    }
  rss_before = read_status_kb ("VmRSS:");

  msg = fd_mail_parse_file (path, data_dir, &error);
  g_assert_no_error (error);

  hwm_after = read_status_kb ("VmHWM:");
  g_test_message ("RSS before %zu kB, peak while parsing %zu kB", rss_before, hwm_after);
  g_assert_cmpuint (hwm_after - MIN (hwm_after, rss_before), <, 40 * 1024);

  g_assert_cmpstr (msg->text, ==, "Here is the video of the broken product.");
  g_assert_cmpuint (msg->attachments->len, ==, 1);
  att = g_ptr_array_index (msg->attachments, 0);
  g_assert_cmpstr (att->filename, ==, "broken.mp4");
  g_assert_cmpstr (att->content_type, ==, "video/mp4");
  g_assert_cmpint (att->size, ==, (gint64) raw_size);
  assert_sha256_path (att->path);
  g_assert_true (g_str_has_suffix (att->path, g_checksum_get_string (sum)));

  stored = g_build_filename (data_dir, att->path, NULL);
  g_assert_cmpint (g_stat (stored, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, (goffset) raw_size);

  fd_test_rmdir (root);
}

/* Maildir and mbox */

static void
test_maildir_flags (void)
{
  g_assert_cmpint (fd_mail_state_from_maildir_flags ("1700000001.M1P1.host:2,RS"), ==, FD_MESSAGE_STATE_ANSWERED);
  g_assert_cmpint (fd_mail_state_from_maildir_flags ("1700000001.M1P1.host:2,R"), ==, FD_MESSAGE_STATE_ANSWERED);
  g_assert_cmpint (fd_mail_state_from_maildir_flags ("1700000001.M1P1.host:2,S"), ==, FD_MESSAGE_STATE_READ);
  g_assert_cmpint (fd_mail_state_from_maildir_flags ("1700000001.M1P1.host:2,FS"), ==, FD_MESSAGE_STATE_READ);
  g_assert_cmpint (fd_mail_state_from_maildir_flags ("1700000001.M1P1.host:2,"), ==, FD_MESSAGE_STATE_UNREAD);
  g_assert_cmpint (fd_mail_state_from_maildir_flags ("1700000001.M1P1.host:2,F"), ==, FD_MESSAGE_STATE_UNREAD);
  g_assert_cmpint (fd_mail_state_from_maildir_flags ("1700000001.M1P1.host"), ==, FD_MESSAGE_STATE_UNREAD);
  g_assert_cmpint (fd_mail_state_from_maildir_flags ("/m/cur/1700000001.M1P1.host!2,S"), ==, FD_MESSAGE_STATE_READ);
  /* Flags are in the file name, never in the folder names */
  g_assert_cmpint (fd_mail_state_from_maildir_flags ("/m:2,RS/new/1700000001.M1P1.host"), ==, FD_MESSAGE_STATE_UNREAD);
}

static void
test_maildir_fixture (void)
{
  static const struct {
    const char     *name;
    const char     *remote_id;
    const char     *in_reply_to;
    guint           n_references;
    FdMessageState  state;
  } expected[] = {
    { "1700000001.M1P1001.frontdesk:2,RS", "md-a1@example.com", NULL, 0, FD_MESSAGE_STATE_ANSWERED },
    { "1700000002.M2P1002.frontdesk:2,S", "md-a2@frontdesk.test", "md-a1@example.com", 1, FD_MESSAGE_STATE_READ },
    { "1700000003.M3P1003.frontdesk:2,", "md-a3@example.com", "md-a2@frontdesk.test", 2, FD_MESSAGE_STATE_UNREAD },
    { "1700000004.M4P1004.frontdesk:2,S", "md-b1@example.org", NULL, 0, FD_MESSAGE_STATE_READ },
    { "1700000005.M5P1005.frontdesk:2,FS", "md-b2@example.org", "md-b1@example.org", 1, FD_MESSAGE_STATE_READ },
  };
  g_autofree char *cur = g_test_build_filename (G_TEST_DIST, "data", "maildir", "cur", NULL);

  g_assert_cmpuint (count_entries (cur), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_build_filename (cur, expected[i].name, NULL);
      g_autoptr(FdParsedMessage) msg = NULL;
      g_autoptr(GError) error = NULL;

      msg = fd_mail_parse_file (path, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (msg->remote_id, ==, expected[i].remote_id);
      g_assert_cmpstr (msg->in_reply_to, ==, expected[i].in_reply_to);
      g_assert_cmpuint (msg->references->len, ==, expected[i].n_references);
      g_assert_cmpint (fd_mail_state_from_maildir_flags (path), ==, expected[i].state);
      g_assert_cmpstr (msg->text, !=, "");
    }
}

static void
test_mbox_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mbox", "sample.mbox", NULL);
  g_autoptr(GMimeParser) parser = NULL;
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);
  g_autoptr(GError) error = NULL;
  FdParsedMessage *msg;

  parser = fd_mail_parser_new_for_file (path, GMIME_FORMAT_MBOX, &error);
  g_assert_no_error (error);

  while (!g_mime_parser_eos (parser))
    {
      g_autoptr(GMimeMessage) message = g_mime_parser_construct_message (parser, NULL);

      if (message == NULL)
        break;
      /* As the importer reads an mbox file: possibly our export */
      msg = fd_mail_parse_message_full (message, NULL, FD_MAIL_PARSE_EXPORT_HEADERS, &error);
      g_assert_no_error (error);
      g_ptr_array_add (messages, msg);
    }

  g_assert_cmpuint (messages->len, ==, 4);

  msg = g_ptr_array_index (messages, 0);
  g_assert_cmpstr (msg->remote_id, ==, "mbox-1@example.com");
  g_assert_cmpstr (msg->text, ==, "My order 5678 is late.");

  msg = g_ptr_array_index (messages, 1);
  g_assert_cmpstr (msg->in_reply_to, ==, "mbox-1@example.com");
  g_assert_cmpstr (msg->author_handle, ==, "support@frontdesk.test");

  /* The escaped line stays escaped and did not split the message */
  msg = g_ptr_array_index (messages, 2);
  g_assert_cmpstr (msg->text, ==, "Dear team,\n>From the desk of Bruno: thanks for the quick help.\nBruno");

  msg = g_ptr_array_index (messages, 3);
  g_assert_cmpstr (msg->channel, ==, "mastodon");
  g_assert_cmpstr (msg->remote_id, ==, "111222333444");
  g_assert_cmpstr (msg->author_handle, ==, "@carla@mastodon.example");
  g_assert_cmpint (msg->state, ==, FD_MESSAGE_STATE_UNREAD);
  g_assert_cmpint (msg->direction, ==, FD_DIRECTION_IN);
}

static FdParsedMessage *
parse_mail (const char *extra_headers,
            const char *message_id,
            const char *date,
            const char *body)
{
  g_autofree char *data = g_strdup_printf ("From: Dan Fischer <dan@example.com>\r\n"
                                           "To: hello@alderfinch.example\r\n"
                                           "Subject: My order\r\n"
                                           "Message-ID: <%s>\r\n"
                                           "Date: %s\r\n"
                                           "%s"
                                           "\r\n"
                                           "%s\r\n",
                                           message_id, date, extra_headers, body);
  g_autoptr(GError) error = NULL;
  FdParsedMessage *msg = parse_string (data, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (msg);
  return msg;
}

/* Mail a program sent: a mailing list's copy, an automatic reply, bulk
 * mail. */
static void
test_automated (void)
{
  static const struct { const char *headers; gboolean automated; } cases[] = {
    { "", FALSE },
    { "List-Id: Coffee lovers <coffee.lists.example.org>\r\n", TRUE },
    { "Auto-Submitted: auto-replied\r\n", TRUE },
    { "Auto-Submitted: auto-generated; owner-email=\"x@example.com\"\r\n", TRUE },
    { "Auto-Submitted: no\r\n", FALSE },
    { "Auto-Submitted: No \r\n", FALSE },
    { "Precedence: bulk\r\n", TRUE },
    { "Precedence: list\r\n", TRUE },
    { "Precedence: first-class\r\n", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FdParsedMessage) msg = parse_mail (cases[i].headers, "auto@example.com",
                                                   "Mon, 30 Nov 2026 09:00:00 +0000", "Hello");

      g_test_message ("%s", cases[i].headers);
      g_assert_cmpint (msg->automated, ==, cases[i].automated);
    }
}

static guint
count_groups (FdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = fd_repeats_list_groups (store, FALSE, 0, &error);

  g_assert_no_error (error);
  return groups->len;
}

/* The same complaint twice is a repeat; the same text twice from a
 * mailing list, an autoresponder or bulk mail is not, also after the
 * repeats are worked out again. */
static void
test_automated_not_repeated (void)
{
  static const char * const kinds[] = {
    "List-Id: Grinder owners <grinders.lists.example.org>\r\n",
    "Auto-Submitted: auto-replied\r\n",
    "Precedence: bulk\r\n",
  };
  const char *complaint = "My grinder arrived broken and nobody answers my emails. "
                          "Really disappointed. Order #3981, I want a refund.";

  for (guint k = 0; k <= G_N_ELEMENTS (kinds); k++)
    {
      const char *headers = k < G_N_ELEMENTS (kinds) ? kinds[k] : "";
      g_autofree char *dir = fd_test_make_data_dir ();
      g_autoptr(GError) error = NULL;
      g_autoptr(FdStore) store = fd_store_open (dir, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < 3; i++)
        {
          g_autofree char *id = g_strdup_printf ("copy-%u-%u@example.com", k, i);
          g_autofree char *date = g_strdup_printf ("Mon, 30 Nov 2026 %02u:00:00 +0000", 9 + i);
          g_autoptr(FdParsedMessage) msg = parse_mail (headers, id, date, complaint);
          gint64 message_id = 0;

          g_assert_cmpint (fd_ingest_message (store, msg, &message_id, &error), ==, FD_INSERT_ADDED);
          g_assert_no_error (error);
        }

      g_test_message ("%s", headers);
      if (k < G_N_ELEMENTS (kinds))
        {
          g_assert_cmpuint (count_groups (store), ==, 0);
          g_assert_true (fd_customers_rebuild_repeats (store, &error));
          g_assert_no_error (error);
          g_assert_cmpuint (count_groups (store), ==, 0);
        }
      else
        g_assert_cmpuint (count_groups (store), ==, 1);

      g_clear_object (&store);
      fd_test_rmdir (dir);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fd_mail_init ();
  fd_mail_init ();  /* idempotent */

  g_test_add_func ("/mail-parser/charset/latin1-body", test_latin1_body);
  g_test_add_func ("/mail-parser/charset/raw-8bit-headers", test_raw_8bit_headers);
  g_test_add_func ("/mail-parser/charset/rfc2047", test_rfc2047);
  g_test_add_func ("/mail-parser/charset/quoted-printable", test_quoted_printable);
  g_test_add_func ("/mail-parser/charset/windows-1252", test_windows_1252);
  g_test_add_func ("/mail-parser/charset/bad-base64", test_bad_base64);
  g_test_add_func ("/mail-parser/charset/nul-byte", test_nul_byte);
  g_test_add_func ("/mail-parser/charset/unknown", test_unknown_charsets);
  g_test_add_func ("/mail-parser/structure/broken-boundary-unclosed", test_broken_boundary_unclosed);
  g_test_add_func ("/mail-parser/structure/broken-boundary-wrong", test_broken_boundary_wrong);
  g_test_add_func ("/mail-parser/structure/html-only", test_html_only);
  g_test_add_func ("/mail-parser/structure/alternative", test_alternative);
  g_test_add_func ("/mail-parser/structure/nested-40", test_nested_40);
  g_test_add_func ("/mail-parser/structure/nested-too-deep", test_nested_too_deep);
  g_test_add_func ("/mail-parser/structure/headers-only", test_headers_only);
  g_test_add_func ("/mail-parser/structure/not-a-message", test_not_a_message);
  g_test_add_func ("/mail-parser/identity/no-date-no-id", test_no_date_no_id);
  g_test_add_func ("/mail-parser/identity/synthesized-id-differs", test_synthesized_id_differs);
  g_test_add_func ("/mail-parser/identity/mtime-fallback", test_mtime_fallback);
  g_test_add_func ("/mail-parser/identity/reply", test_reply);
  g_test_add_func ("/mail-parser/identity/frontdesk-headers", test_frontdesk_headers);
  g_test_add_func ("/mail-parser/identity/automated", test_automated);
  g_test_add_func ("/mail-parser/identity/automated-not-repeated", test_automated_not_repeated);
  g_test_add_func ("/mail-parser/attachments/traversal", test_attachment_traversal);
  g_test_add_func ("/mail-parser/attachments/names", test_attachment_names);
  g_test_add_func ("/mail-parser/limits/long-text", test_long_text_truncated);
  g_test_add_func ("/mail-parser/limits/long-html", test_long_html_capped);
  g_test_add_func ("/mail-parser/limits/big-message", test_big_message_bounded_memory);
  g_test_add_func ("/mail-parser/maildir/flags", test_maildir_flags);
  g_test_add_func ("/mail-parser/maildir/fixture", test_maildir_fixture);
  g_test_add_func ("/mail-parser/mbox/fixture", test_mbox_fixture);

  return g_test_run ();
}
