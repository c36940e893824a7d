/* test-signatures.c: an account's signature below its e-mail replies
 * (fd-signatures.h), added by the outbox on mail channels only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-account.h"
#include "fd-ingest.h"
#include "fd-outbox.h"
#include "fd-reply-request.h"
#include "fd-signatures.h"
#include "fd-test-util.h"

static gint64
add_account (FdStore    *store,
             const char *channel,
             const char *address)
{
  g_autoptr(FdAccount) account = fd_account_new (channel, "Café Sol", address);
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_account_save (account, store, &error));
  g_assert_no_error (error);
  return fd_account_get_id (account);
}

static gint64
add_message (FdStore    *store,
             const char *channel,
             gint64      account_id,
             const char *remote_id,
             const char *handle,
             const char *text,
             const char *lang)
{
  g_autoptr(FdParsedMessage) msg = fd_test_message (channel, remote_id, handle, text, 1767254400);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  msg->account_id = account_id;
  msg->lang = g_strdup (lang);
  msg->subject = g_strdup ("Order");
  g_assert_cmpint (fd_ingest_message (store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  return id;
}

static char *
text_of (FdStore *store,
         gint64   id)
{
  g_autoptr(FdMessage) message = fd_store_get_message (store, id, NULL);

  g_assert_nonnull (message);
  return g_strdup (fd_message_get_text (message));
}

static void
test_signatures (void)
{
  g_autofree char *dir = fd_test_make_data_dir ();
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *any = NULL;
  g_autofree char *spanish = NULL;
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  gint64 mail, social, english, castellano, post;
  gint64 reply;

  store = fd_store_open (dir, &error);
  g_assert_no_error (error);
  mail = add_account (store, "email", "hola@cafesol.example");
  social = add_account (store, "mastodon", "https://social.example/@cafesol");

  g_assert_null (fd_signatures_get (store, mail, "en", &error));
  g_assert_no_error (error);

  g_assert_true (fd_signatures_set (store, mail, NULL, "\nCafé Sol\nCarrer Major 3, Girona\n\n", &error));
  g_assert_true (fd_signatures_set (store, mail, "es-ES", "Café Sol\nCalle Mayor 3, Gerona", &error));
  g_assert_true (fd_signatures_set (store, social, NULL, "Café Sol", &error));
  g_assert_no_error (error);

  any = fd_signatures_get (store, mail, "de", &error);
  g_assert_cmpstr (any, ==, "Café Sol\nCarrer Major 3, Girona");
  spanish = fd_signatures_get (store, mail, "es", &error);
  g_assert_cmpstr (spanish, ==, "Café Sol\nCalle Mayor 3, Gerona");
  list = fd_signatures_list (store, mail, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((FdSignature *) g_ptr_array_index (list, 0))->lang, ==, "");

  once = fd_signatures_append ("Thanks!\n", any);
  twice = fd_signatures_append (once, any);
  g_assert_cmpstr (twice, ==, "Thanks!\n\n-- \nCafé Sol\nCarrer Major 3, Girona");

  /* An e-mail reply gets the signature of its language... */
  english = add_message (store, "email", mail, "<1@example.com>", "ana@example.com",
                         "Where is my order?", "en");
  castellano = add_message (store, "email", mail, "<2@example.com>", "luis@example.com",
                            "¿Dónde está mi pedido?", "es");
  post = add_message (store, "mastodon", social, "https://social.example/@bea/1", "@bea@social.example",
                      "Where is my order?", "en");

  reply = fd_test_queue_reply (store, english, "It left today.", &error);
  g_assert_no_error (error);
  {
    g_autofree char *text = text_of (store, reply);
    g_assert_cmpstr (text, ==, "It left today.\n\n-- \nCafé Sol\nCarrer Major 3, Girona");
  }
  reply = fd_test_queue_reply (store, castellano, "Ha salido hoy.", &error);
  {
    g_autofree char *text = text_of (store, reply);
    g_assert_cmpstr (text, ==, "Ha salido hoy.\n\n-- \nCafé Sol\nCalle Mayor 3, Gerona");
  }

  /* ...a post never, even with a signature set for the account. */
  reply = fd_test_queue_reply (store, post, "It left today.", &error);
  g_assert_no_error (error);
  {
    g_autofree char *text = text_of (store, reply);
    g_assert_cmpstr (text, ==, "It left today.");
  }

  /* Removed: replies go without. */
  g_assert_true (fd_signatures_set (store, mail, "es", "  ", &error));
  g_assert_true (fd_signatures_set (store, mail, NULL, NULL, &error));
  g_assert_null (fd_signatures_get (store, mail, "es", &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  fd_test_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/signatures/outbox", test_signatures);

  return g_test_run ();
}
