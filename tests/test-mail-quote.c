/* test-mail-quote.c: a mail's own words, apart from what it quotes and its
 * signature, and the snippet made of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-ingest.h"
#include "fd-mail-quote.h"
#include "fd-message-private.h"
#include "fd-store.h"
#include "fd-test-util.h"

static void
check_new_text (const char *text,
                const char *expected)
{
  g_autofree char *new_text = fd_mail_quote_dup_new_text (text);

  g_assert_cmpstr (new_text, ==, expected);
}

/* Bottom posting, as on mailing lists: the quote comes first. */
static void
test_attribution_first (void)
{
  check_new_text ("On Mon, 30 Nov 2026 at 09:12, Ana Lima <ana@example.com> wrote:\n"
                  "> The parcel has not arrived.\n"
                  "> Can you check?\n"
                  "\n"
                  "It left on Friday; here is the tracking number.\n",
                  "It left on Friday; here is the tracking number.");
}

/* Top posting, a wrapped introduction, another language. */
static void
test_top_posting (void)
{
  check_new_text ("Muchas gracias.\n"
                  "\n"
                  "El lun, 30 nov 2026 a las 10:03, Alder & Finch <hola@alderfinch.example>\n"
                  "escribió:\n"
                  "\n"
                  "> Hola María:\n"
                  ">\n"
                  "> Su pedido sale hoy.\n",
                  "Muchas gracias.");
}

/* Answers between the quoted lines: each answer stays. */
static void
test_interleaved (void)
{
  check_new_text ("Dan wrote:\n"
                  "> Where is my order?\n"
                  "\n"
                  "In the van.\n"
                  "\n"
                  "> And the refund?\n"
                  "\n"
                  "Sent today.\n",
                  "In the van.\n\nSent today.");
}

static void
test_signature (void)
{
  g_autoptr(GArray) parts = NULL;
  const char *text = "Is the café open on Sunday?\n"
                     "\n"
                     "-- \n"
                     "Priya Nair\n"
                     "+44 20 7946 0000\n";

  check_new_text (text, "Is the café open on Sunday?");

  parts = fd_mail_quote_split (text);
  g_assert_cmpuint (parts->len, ==, 2);
  g_assert_cmpint (g_array_index (parts, FdQuotePart, 0).kind, ==, FD_QUOTE_PART_TEXT);
  g_assert_cmpint (g_array_index (parts, FdQuotePart, 1).kind, ==, FD_QUOTE_PART_SIGNATURE);
  g_assert_cmpstr (text + g_array_index (parts, FdQuotePart, 1).start, ==, "-- \nPriya Nair\n+44 20 7946 0000\n");
  g_assert_cmpuint (g_array_index (parts, FdQuotePart, 1).end, ==, strlen (text));

  check_new_text ("Thanks, that works.\n\nSent from my iPhone\n", "Thanks, that works.");
}

/* Outlook quotes without marks, under a line or a marker. */
static void
test_original_message (void)
{
  check_new_text ("Yes, please cancel it.\r\n"
                  "\r\n"
                  "________________________________\r\n"
                  "From: Alder & Finch <hello@alderfinch.example>\r\n"
                  "Sent: Monday, 30 November 2026 10:00\r\n"
                  "Subject: Your order\r\n"
                  "\r\n"
                  "Shall we cancel order #4141?\r\n",
                  "Yes, please cancel it.");
  check_new_text ("See below.\n-----Original Message-----\nFrom: x@example.com\nHello\n",
                  "See below.");
}

/* Nothing left out, or nothing else: the text as it is. */
static void
test_nothing_folded (void)
{
  check_new_text ("Hello,\nmy order #4102 has not arrived.\nWhat should I do:\n- wait\n- call\n", NULL);
  check_new_text ("> only a quote\n> of an earlier mail\n", NULL);
  check_new_text ("", NULL);

  /* A colon before a list, not before a quote, is the sender's. */
  check_new_text ("Two questions:\n\n1. price\n2. delivery\n", NULL);
}

/* The inbox's snippet never starts with the introduction of a quote. */
static void
test_snippet (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = fd_store_open (dir, &error);
  g_autoptr(FdParsedMessage) parsed = NULL;
  g_autoptr(FdMessage) message = NULL;
  g_autofree char *snippet = NULL;
  gint64 id = 0;

  g_assert_no_error (error);
  parsed = fd_test_message ("email", "<quote@example.com>", "ana@example.com",
                            "On Mon, 30 Nov 2026 at 09:12, Ana Lima <ana@example.com> wrote:\n"
                            "> The parcel has not arrived.\n"
                            "\n"
                            "It came today, thank you!\n"
                            "\n"
                            "-- \n"
                            "Ana\n",
                            1700000000);
  g_assert_cmpint (fd_ingest_message (store, parsed, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);

  message = fd_store_get_message (store, id, &error);
  g_assert_no_error (error);
  snippet = fd_message_dup_snippet (message);
  g_assert_cmpstr (snippet, ==, "It came today, thank you!");

  g_clear_object (&store);
  fd_test_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mail-quote/attribution-first", test_attribution_first);
  g_test_add_func ("/mail-quote/top-posting", test_top_posting);
  g_test_add_func ("/mail-quote/interleaved", test_interleaved);
  g_test_add_func ("/mail-quote/signature", test_signature);
  g_test_add_func ("/mail-quote/original-message", test_original_message);
  g_test_add_func ("/mail-quote/nothing-folded", test_nothing_folded);
  g_test_add_func ("/mail-quote/snippet", test_snippet);

  return g_test_run ();
}
