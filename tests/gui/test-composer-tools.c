/* test-composer-tools.c: the reply box's saved replies, signature and
 * attached files, and the Preferences page that keeps saved replies.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "fd-account.h"
#include "fd-composer.h"
#include "fd-composer-tools.h"
#include "fd-ingest.h"
#include "fd-outbox.h"
#include "fd-saved-replies.h"
#include "fd-saved-replies-page.h"
#include "fd-signatures.h"
#include "fd-test-util.h"

typedef struct
{
  char          *dir;
  FdStore       *store;
  FdStoreWorker *worker;
  GtkWidget     *window;
  FdComposer    *composer;
  FdComposerTools *tools;
  gint64         email_id;
  gint64         post_id;
  guint          n_sent;
} Fixture;

static gint64
add_message (Fixture    *f,
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
  msg->author_name = g_strdup ("Ana Gil");
  msg->lang = g_strdup (lang);
  msg->subject = g_strdup ("Pedido");
  g_assert_cmpint (fd_ingest_message (f->store, msg, &id, &error), ==, FD_INSERT_ADDED);
  g_assert_no_error (error);
  return id;
}

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
sent_cb (FdComposer *composer,
         gint64      id,
         guint       n,
         Fixture    *f)
{
  f->n_sent += n;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(FdAccount) mail = fd_account_new ("email", "Café Sol", "hola@cafesol.example");
  g_autoptr(FdAccount) social = fd_account_new ("mastodon", "Café Sol", "https://social.example/@cafesol");
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  f->worker = fd_store_worker_new (f->dir);
  g_assert_true (fd_account_save (mail, f->store, &error));
  g_assert_true (fd_account_save (social, f->store, &error));
  g_assert_true (fd_signatures_set (f->store, fd_account_get_id (mail), "es", "Café Sol\nCalle Mayor 3", &error));
  g_assert_no_error (error);

  f->email_id = add_message (f, "email", fd_account_get_id (mail), "<q1@example.es>", "ana@example.es",
                             "¿Dónde está mi pedido?", "es");
  f->post_id = add_message (f, "mastodon", fd_account_get_id (social), "https://social.example/@ana/1",
                            "@ana@social.example", "¿Dónde está mi pedido?", "es");

  g_assert_true (fd_saved_replies_set_variant (f->store, "Order left", "en",
                                               "Hi {first_name}, your order left today.", NULL, &error));
  g_assert_true (fd_saved_replies_set_variant (f->store, "Order left", "es",
                                               "Hola {first_name}, tu pedido ha salido hoy.", NULL, &error));
  g_assert_no_error (error);

  f->window = gtk_window_new ();
  f->composer = g_object_new (FD_TYPE_COMPOSER, NULL);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->composer));
  fd_composer_set_store (f->composer, f->store);
  fd_composer_set_worker (f->composer, f->worker);
  g_signal_connect (f->composer, "sent", G_CALLBACK (sent_cb), f);
  f->tools = FD_COMPOSER_TOOLS (find_child (GTK_WIDGET (f->composer), FD_TYPE_COMPOSER_TOOLS));
  g_assert_nonnull (f->tools);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer ((GtkWindow **) &f->window, gtk_window_destroy);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->worker);
  g_clear_object (&f->store);
  fd_test_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static void
set_reply_to (Fixture *f,
              gint64   id)
{
  g_autoptr(FdMessage) message = fd_store_get_message (f->store, id, NULL);

  g_assert_nonnull (message);
  fd_composer_set_reply_to (f->composer, message);
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
text_has (Fixture    *f,
          const char *needle)
{
  g_autofree char *text = fd_composer_dup_text (f->composer);

  return text != NULL && strstr (text, needle) != NULL;
}

static gboolean
wait_for_text (Fixture    *f,
               const char *needle)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint tick = g_timeout_add (50, wake_cb, NULL);

  while (!text_has (f, needle) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  return text_has (f, needle);
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (fd_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static GtkWidget *
find_remove_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "fd-file") != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_remove_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* An e-mail reply: the signature shown, a saved reply in the customer's
 * language, files added and removed, and sent with them. */
static void
test_email_reply (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *a_path = g_build_filename (f->dir, "invoice.pdf", NULL);
  g_autofree char *b_path = g_build_filename (f->dir, "label.png", NULL);
  g_autoptr(GFile) a = g_file_new_for_path (a_path);
  g_autoptr(GFile) b = g_file_new_for_path (b_path);
  g_autoptr(GPtrArray) files = NULL;
  gint64 end;

  g_assert_true (g_file_set_contents (a_path, "%PDF-1.4 invoice", -1, NULL));
  g_assert_true (g_file_set_contents (b_path, "PNG label", -1, NULL));

  /* A server that takes little: more than it takes is said at once. */
  set_reply_to (f, f->email_id);
  {
    g_autoptr(FdMessage) message = fd_store_get_message (f->store, f->email_id, NULL);
    g_autoptr(FdAccount) account = fd_account_load (f->store, fd_message_get_account_id (message), NULL);
    g_autoptr(GError) error = NULL;

    fd_account_set_setting_int (account, FD_OUTBOX_SETTING_MAX_MESSAGE_SIZE, 20);
    g_assert_true (fd_account_save (account, f->store, &error));
    g_assert_no_error (error);
  }
  fd_composer_set_reply_to (f->composer, NULL);
  set_reply_to (f, f->email_id);
  fd_composer_tools_add_file (f->tools, a);
  fd_composer_tools_add_file (f->tools, b);
  g_assert_nonnull (fd_composer_tools_get_size_warning (f->tools));
  g_assert_nonnull (strstr (fd_composer_tools_get_size_warning (f->tools), "25 bytes"));
  fd_composer_tools_reset (f->tools);
  {
    g_autoptr(FdMessage) message = fd_store_get_message (f->store, f->email_id, NULL);
    g_autoptr(FdAccount) account = fd_account_load (f->store, fd_message_get_account_id (message), NULL);
    g_autoptr(GError) error = NULL;

    fd_account_set_setting_int (account, FD_OUTBOX_SETTING_MAX_MESSAGE_SIZE, 0);
    g_assert_true (fd_account_save (account, f->store, &error));
  }
  fd_composer_set_reply_to (f->composer, NULL);
  set_reply_to (f, f->email_id);
  g_assert_cmpstr (fd_composer_tools_get_signature (f->tools), ==, "Café Sol\nCalle Mayor 3");

  g_assert_false (fd_composer_tools_use_saved (f->tools, "No such reply"));
  g_assert_true (fd_composer_tools_use_saved (f->tools, "Order left"));
  g_assert_true (wait_for_text (f, "Hola Ana, tu pedido ha salido hoy."));
  g_assert_false (fd_composer_tools_get_machine_translated (f->tools));

  fd_composer_tools_add_file (f->tools, a);
  fd_composer_tools_add_file (f->tools, b);
  fd_composer_tools_add_file (f->tools, a);
  files = fd_composer_tools_dup_attachments (f->tools);
  g_assert_cmpuint (files->len, ==, 2);
  g_assert_cmpuint (fd_composer_tools_get_total_size (f->tools), ==, strlen ("%PDF-1.4 invoice") + strlen ("PNG label"));
  g_clear_pointer (&files, g_ptr_array_unref);

  g_assert_null (fd_composer_tools_get_size_warning (f->tools));

  /* The chip's button takes its file off. */
  g_signal_emit_by_name (find_remove_button (GTK_WIDGET (f->tools)), "clicked");
  files = fd_composer_tools_dup_attachments (f->tools);
  g_assert_cmpuint (files->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (files, 0), ==, b_path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->composer), "composer.send", NULL));
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (f->n_sent == 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (f->n_sent, ==, 1);

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM attachments a JOIN messages m ON m.id = a.message_id"
                                 " WHERE m.direction = 1 AND a.filename = 'label.png'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM messages WHERE direction = 1"
                                 " AND text LIKE '%ha salido hoy.' || char(10) || char(10) || '-- ' || char(10) || 'Café Sol%'"), ==, 1);
  /* Sent: the box is empty again. */
  g_clear_pointer (&files, g_ptr_array_unref);
  files = fd_composer_tools_dup_attachments (f->tools);
  g_assert_cmpuint (files->len, ==, 0);
}

/* A post: no files, no signature; the saved reply still fits the customer. */
static void
test_post_reply (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "invoice.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) files = NULL;

  g_assert_true (g_file_set_contents (path, "x", -1, NULL));
  set_reply_to (f, f->post_id);
  g_assert_null (fd_composer_tools_get_signature (f->tools));
  fd_composer_tools_add_file (f->tools, file);
  files = fd_composer_tools_dup_attachments (f->tools);
  g_assert_cmpuint (files->len, ==, 0);

  g_assert_true (fd_composer_tools_use_saved (f->tools, "Order left"));
  g_assert_true (wait_for_text (f, "Hola Ana"));
}

static void
test_preferences_page (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *window = adw_preferences_window_new ();
  GtkWidget *page = fd_saved_replies_page_new (f->store);
  g_autoptr(GPtrArray) list = NULL;

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (fd_saved_replies_page_save_variant (FD_SAVED_REPLIES_PAGE (page), "Dogs", "en",
                                                     "Dogs are welcome on the terrace."));
  g_assert_false (fd_saved_replies_page_save_variant (FD_SAVED_REPLIES_PAGE (page), "", "en", "No title"));
  list = fd_saved_replies_list (f->store, NULL);
  g_assert_cmpuint (list->len, ==, 2);
  /* One expander per reply, one per e-mail account's signatures. */
  g_assert_nonnull (find_child (page, ADW_TYPE_EXPANDER_ROW));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/composer-tools/email-reply", test_email_reply);
  ADD ("/composer-tools/post-reply", test_post_reply);
  ADD ("/composer-tools/preferences-page", test_preferences_page);
#undef ADD

  return g_test_run ();
}
