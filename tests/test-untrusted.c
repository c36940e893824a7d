/* test-untrusted.c: the checks for values that come from outside, and
 * the ingest path's use of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "fd-mail-parser.h"
#include "fd-parsed-message.h"
#include "fd-untrusted.h"

static void
test_control (void)
{
  g_assert_false (fd_untrusted_has_control (NULL));
  g_assert_false (fd_untrusted_has_control ("plain text, ünïcödé ✓"));
  g_assert_true (fd_untrusted_has_control ("a\r\nb"));
  g_assert_true (fd_untrusted_has_control ("a\tb"));
  g_assert_true (fd_untrusted_has_control ("\x1b]0;title\x07"));
  g_assert_true (fd_untrusted_has_control ("del\x7f"));
  g_assert_true (fd_untrusted_has_control ("c1 \xc2\x9b"));   /* U+009B, CSI */
  g_assert_false (fd_untrusted_has_control ("\xc2\xa0nbsp"));  /* U+00A0 is fine */
}

static void
test_line_value (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_value = g_strnfill (FD_UNTRUSTED_MAX_ID_BYTES + 1, 'x');

  g_assert_true (fd_untrusted_check_line_value ("id-1@example.org", "the id", &error));
  g_assert_no_error (error);
  g_assert_false (fd_untrusted_check_line_value ("x\r\nA1 CREATE Hacked", "the id", &error));
  g_assert_error (error, FD_UNTRUSTED_ERROR, FD_UNTRUSTED_ERROR_CONTROL);
  g_clear_error (&error);
  g_assert_false (fd_untrusted_check_line_value (long_value, "the id", &error));
  g_assert_error (error, FD_UNTRUSTED_ERROR, FD_UNTRUSTED_ERROR_TOO_LONG);
}

static void
test_address (void)
{
  static const char * const bad[] = {
    "bob@test.local>\r\nRCPT TO:<eve@test.local",
    "bob@test.local, eve@test.local",
    "Bob <bob@test.local>, Eve <eve@test.local>",
    "no address here",
    "@test.local",
    "bob@",
    "",
    "group: a@b.c, d@e.f;",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = fd_untrusted_parse_address ("bob@test.local", &error);
  g_autofree char *named = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (plain, ==, "bob@test.local");
  named = fd_untrusted_parse_address ("\"Bob, the customer\" <bob@test.local>", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (named, ==, "bob@test.local");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *addr = fd_untrusted_parse_address (bad[i], &error);

      g_assert_null (addr);
      g_assert_error (error, FD_UNTRUSTED_ERROR, FD_UNTRUSTED_ERROR_ADDRESS);
      g_assert_false (fd_untrusted_has_control (error->message));
      g_clear_error (&error);
    }
}

static void
test_shapes (void)
{
  g_autofree char *line = fd_untrusted_to_single_line ("a\r\nb\x1b[2Jc\xc2\x9b");

  g_assert_cmpstr (line, ==, "a  b [2Jc ");
  g_assert_true (fd_untrusted_is_https_url ("https://shop.example/@ann/123"));
  g_assert_false (fd_untrusted_is_https_url ("javascript:alert(1)"));
  g_assert_false (fd_untrusted_is_https_url ("http://shop.example/"));
  g_assert_false (fd_untrusted_is_https_url ("https://"));
  g_assert_false (fd_untrusted_is_https_url ("https://a.example/\r\nx"));
  g_assert_true (fd_untrusted_is_language_tag ("en"));
  g_assert_true (fd_untrusted_is_language_tag ("pt-BR"));
  g_assert_true (fd_untrusted_is_language_tag ("zh-Hant-TW"));
  g_assert_false (fd_untrusted_is_language_tag ("e"));
  g_assert_false (fd_untrusted_is_language_tag ("en_US"));
  g_assert_false (fd_untrusted_is_language_tag ("en\n"));
  g_assert_true (fd_untrusted_is_channel_name ("email"));
  g_assert_true (fd_untrusted_is_channel_name ("bluesky"));
  g_assert_false (fd_untrusted_is_channel_name ("Email"));
  g_assert_false (fd_untrusted_is_channel_name ("../x"));
  g_assert_false (fd_untrusted_is_channel_name (""));
  g_assert_true (fd_untrusted_is_loopback_host ("127.0.0.1"));
  g_assert_true (fd_untrusted_is_loopback_host ("127.3.2.1"));
  g_assert_true (fd_untrusted_is_loopback_host ("::1"));
  g_assert_true (fd_untrusted_is_loopback_host ("LocalHost"));
  g_assert_false (fd_untrusted_is_loopback_host ("192.168.1.1"));
  g_assert_false (fd_untrusted_is_loopback_host ("localhost.evil.example"));
}

static void
test_sanitize (void)
{
  g_autoptr(FdParsedMessage) msg = fd_parsed_message_new ();
  g_autoptr(FdParsedMessage) bad = fd_parsed_message_new ();
  g_autoptr(GError) error = NULL;

  msg->channel = g_strdup ("mastodon");
  msg->remote_id = g_strdup ("109");
  msg->author_handle = g_strdup ("@ann@shop.example");
  msg->author_name = g_strdup ("Ann\x1b]0;pwned\x07");
  msg->subject = g_strdup ("Line one\r\nBcc: eve@test.local");
  msg->url = g_strdup ("javascript:alert(1)");
  msg->lang = g_strdup ("en\r\n");
  msg->thread_id = g_strdup ("t\r\n1");
  msg->in_reply_to = g_strdup ("108");
  msg->visibility = g_strdup ("public");
  g_ptr_array_add (msg->references, g_strdup ("ok@x"));
  g_ptr_array_add (msg->references, g_strdup ("bad\n@x"));

  g_assert_true (fd_parsed_message_sanitize (msg, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (msg->author_name, ==, "Ann ]0;pwned ");
  g_assert_cmpstr (msg->subject, ==, "Line one  Bcc: eve@test.local");
  g_assert_null (msg->url);
  g_assert_null (msg->lang);
  g_assert_null (msg->thread_id);
  g_assert_cmpstr (msg->in_reply_to, ==, "108");
  g_assert_cmpstr (msg->visibility, ==, "public");
  g_assert_cmpuint (msg->references->len, ==, 1);

  bad->channel = g_strdup ("email");
  bad->remote_id = g_strdup ("x\r\nA1 CREATE Hacked");
  bad->author_handle = g_strdup ("bob@test.local");
  g_assert_false (fd_parsed_message_sanitize (bad, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_free (bad->remote_id);
  bad->remote_id = g_strdup ("fine@test.local");
  g_free (bad->author_handle);
  bad->author_handle = g_strdup ("bob@test.local>\r\nRCPT TO:<eve@test.local");
  g_assert_false (fd_parsed_message_sanitize (bad, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_free (bad->author_handle);
  bad->author_handle = g_strdup ("bob@test.local");
  g_free (bad->channel);
  bad->channel = g_strdup ("Email\n");
  g_assert_false (fd_parsed_message_sanitize (bad, &error));
  g_assert_nonnull (error);
}

static GMimeMessage *
message_from (const char *raw)
{
  g_autoptr(GMimeStream) stream = g_mime_stream_mem_new_with_buffer (raw, strlen (raw));
  g_autoptr(GMimeParser) parser = g_mime_parser_new_with_stream (stream);

  return g_mime_parser_construct_message (parser, NULL);
}

/* Frontdesk's export headers: ignored in mail from anyone, honoured and
 * checked for an export file. */
static void
test_export_headers (void)
{
  static const char raw[] =
    "From: Bob <bob@test.local>\n"
    "Subject: Late parcel\n"
    "Message-ID: <real@test.local>\n"
    "X-Frontdesk-Channel: mastodon\n"
    "X-Frontdesk-Remote-Id: =?utf-8?q?x=0D=0AA1_CREATE_Hacked?=\n"
    "X-Frontdesk-Author: =?utf-8?q?eve@test.local>=0D=0ARCPT_TO:<carol@test.local?=\n"
    "X-Frontdesk-Direction: out\n"
    "X-Frontdesk-State: answered\n"
    "X-Frontdesk-Url: javascript:alert(1)\n"
    "X-Frontdesk-Lang: de\n"
    "X-Frontdesk-In-Reply-To: =?utf-8?q?p1=0D=0AA1_CREATE_Hacked?=\n"
    "X-Frontdesk-Recipient: =?utf-8?q?carol@test.local>=0D=0ARCPT_TO:<eve@test.local?=\n"
    "\nWhere is it?\n";
  static const char plain[] =
    "From: Bob <bob@test.local>\n"
    "To: shop@test.local\n"
    "Message-ID: <p2@test.local>\n"
    "In-Reply-To: <p0@test.local>\n"
    "X-Frontdesk-Channel: mastodon\n"
    "X-Frontdesk-In-Reply-To: 109000000000000001\n"
    "X-Frontdesk-Recipient: @dana@mastodon.social\n"
    "\nOn its way.\n";
  g_autoptr(GMimeMessage) plain_message = NULL;
  g_autoptr(FdParsedMessage) plain_from_mail = NULL;
  g_autoptr(FdParsedMessage) plain_from_export = NULL;
  g_autoptr(GMimeMessage) message = NULL;
  g_autoptr(FdParsedMessage) from_mail = NULL;
  g_autoptr(FdParsedMessage) from_export = NULL;
  g_autoptr(GError) error = NULL;

  fd_mail_init ();
  message = message_from (raw);
  from_mail = fd_mail_parse_message (message, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (from_mail->channel, ==, "email");
  g_assert_cmpstr (from_mail->remote_id, ==, "real@test.local");
  g_assert_cmpstr (from_mail->author_handle, ==, "bob@test.local");
  g_assert_cmpint (from_mail->direction, ==, FD_DIRECTION_IN);
  g_assert_cmpint (from_mail->state, ==, FD_MESSAGE_STATE_UNREAD);
  g_assert_null (from_mail->url);
  g_assert_null (from_mail->lang);

  /* An export file: what passes its check is taken, the rest is not. */
  from_export = fd_mail_parse_message_full (message, NULL, FD_MAIL_PARSE_EXPORT_HEADERS, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (from_export->channel, ==, "mastodon");
  g_assert_cmpstr (from_export->remote_id, ==, "real@test.local");
  g_assert_cmpstr (from_export->author_handle, ==, "bob@test.local");
  g_assert_cmpint (from_export->direction, ==, FD_DIRECTION_OUT);
  g_assert_cmpint (from_export->state, ==, FD_MESSAGE_STATE_ANSWERED);
  g_assert_null (from_export->url);
  g_assert_cmpstr (from_export->lang, ==, "de");
  g_assert_null (from_export->in_reply_to);
  g_assert_null (from_export->recipient);

  /* A post's parent and the handle answered survive an export. */
  plain_message = message_from (plain);
  plain_from_mail = fd_mail_parse_message (plain_message, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plain_from_mail->in_reply_to, ==, "p0@test.local");
  g_assert_cmpstr (plain_from_mail->recipient, ==, "shop@test.local");
  plain_from_export = fd_mail_parse_message_full (plain_message, NULL, FD_MAIL_PARSE_EXPORT_HEADERS, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plain_from_export->in_reply_to, ==, "109000000000000001");
  g_assert_cmpstr (plain_from_export->recipient, ==, "@dana@mastodon.social");
}

/* An attachment over the limit is listed but not written to disk. */
static void
test_attachment_cap (void)
{
  g_autoptr(GString) raw = g_string_new (NULL);
  g_autoptr(GMimeMessage) message = NULL;
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = g_dir_make_tmp ("fd-untrusted-XXXXXX", NULL);
  g_autofree char *attachments = g_build_filename (data_dir, "attachments", NULL);
  FdParsedAttachment *att;

  g_string_append (raw, "From: bob@test.local\nMessage-ID: <big@test.local>\nMIME-Version: 1.0\n"
                        "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nSee attached.\n"
                        "--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=big.bin\n"
                        "Content-Transfer-Encoding: base64\n\n");
  while (raw->len < FD_MAIL_MAX_ATTACHMENT_BYTES / 3 * 4 + 64 * 1024)
    g_string_append (raw, "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\n");
  g_string_append (raw, "--b\nContent-Type: text/csv\nContent-Disposition: attachment; filename=small.csv\n\n"
                        "order,item\n48213,lamp\n--b--\n");

  fd_mail_init ();
  message = message_from (raw->str);
  msg = fd_mail_parse_message (message, data_dir, &error);
  g_assert_no_error (error);
  g_assert_true (msg->truncated);
  g_assert_cmpuint (msg->attachments->len, ==, 2);

  att = g_ptr_array_index (msg->attachments, 0);
  g_assert_cmpstr (att->filename, ==, "big.bin");
  g_assert_null (att->path);
  g_assert_cmpint (att->size, >, FD_MAIL_MAX_ATTACHMENT_BYTES);

  att = g_ptr_array_index (msg->attachments, 1);
  g_assert_cmpstr (att->filename, ==, "small.csv");
  g_assert_nonnull (att->path);

  /* Only the small one is on disk: one folder of two hex digits. */
  {
    g_autoptr(GDir) dir = g_dir_open (attachments, 0, NULL);
    guint n = 0;

    g_assert_nonnull (dir);
    while (g_dir_read_name (dir) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }

  {
    g_autofree char *small = g_build_filename (data_dir, att->path, NULL);
    g_autofree char *small_dir = g_path_get_dirname (small);

    g_assert_cmpint (g_remove (small), ==, 0);
    g_assert_cmpint (g_rmdir (small_dir), ==, 0);
    g_assert_cmpint (g_rmdir (attachments), ==, 0);
    g_assert_cmpint (g_rmdir (data_dir), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/untrusted/control", test_control);
  g_test_add_func ("/untrusted/line-value", test_line_value);
  g_test_add_func ("/untrusted/address", test_address);
  g_test_add_func ("/untrusted/shapes", test_shapes);
  g_test_add_func ("/untrusted/sanitize", test_sanitize);
  g_test_add_func ("/untrusted/export-headers", test_export_headers);
  g_test_add_func ("/untrusted/attachment-cap", test_attachment_cap);

  return g_test_run ();
}
