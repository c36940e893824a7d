/* test-account-setup.c: adding accounts in the window, as a person does.
 *
 * The accounts dialog with the set-up page every channel's form fills:
 * an email account found by autoconfiguration (a stand-in settings file)
 * on a real Dovecot with a certificate of its own, a wrong password, and
 * a Mastodon account signed in with a browser (a stand-in browser that
 * follows the link the way a person would) or by pasting the code; and
 * the pages at 360 pixels wide.
 *
 * Run under tests/run-headless.sh: Xvfb, a D-Bus session and an unlocked
 * keyring. FD_SCREENSHOT_DIR=dir saves what the pages looked like.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "fd-account.h"
#include "fd-channel.h"
#include "fd-accounts-dialog.h"
#include "fd-secrets.h"
#include "fd-store.h"
#include "fd-sync-manager.h"
#include "fd-test-dovecot.h"
#include "fd-test-keyring.h"
#include "fd-test-network-monitor.h"
#include "fd-test-server.h"
#include "fd-test-util.h"
#include "mastodon-stand-in.h"
#include "goa-stand-in.h"
#include "oauth-stand-in.h"
#include "telegram-stand-in.h"
#include "accounts/fd-account-setup-page.h"
#include "fd-sync-status.h"

/* Where the stand-in browser writes each link it is asked to open. */
static char *browser_log;

typedef struct
{
  char                 *dir;
  FdStore              *store;
  FdTestNetworkMonitor *monitor;
  FdSyncManager        *manager;
  GtkWidget            *dialog;
} Fixture;

typedef gboolean (*WidgetMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
spin (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + ms * 1000;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);
}

static GtkWidget *
find_widget (GtkWidget     *root,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  return find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* A button showing @label (its mnemonic included), mapped. */
static gboolean
is_button_saying (GtkWidget     *widget,
                  gconstpointer  label)
{
  GtkWidget *child;

  if (!GTK_IS_BUTTON (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;
  child = gtk_button_get_child (GTK_BUTTON (widget));
  return GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), label) == 0;
}

static gboolean
is_mapped_setup_page (GtkWidget     *widget,
                      gconstpointer  channel)
{
  return FD_IS_ACCOUNT_SETUP_PAGE (widget) && gtk_widget_get_mapped (widget) &&
         g_str_equal (fd_account_setup_page_get_channel (FD_ACCOUNT_SETUP_PAGE (widget)), channel);
}

/* The banner's sentence when it shows an error, else NULL. */
static const char *
shown_error (GtkWidget *page)
{
  GtkWidget *revealer = find_type (page, GTK_TYPE_REVEALER);
  GtkWidget *label;

  if (revealer == NULL || !gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)))
    return NULL;

  /* The banner's first label is its sentence. */
  label = find_type (revealer, GTK_TYPE_LABEL);
  if (label == NULL || !gtk_widget_get_visible (label) || !gtk_widget_has_css_class (label, "error"))
    return NULL;

  return gtk_label_get_text (GTK_LABEL (label));
}

typedef gboolean (*Condition) (gconstpointer data);

static gboolean
wait_until (Condition      condition,
            gconstpointer  data,
            guint          seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  guint wake = g_timeout_add (10, wake_cb, NULL);
  gboolean ok;

  while (!(ok = condition (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);
  return ok;
}

static gboolean
page_shows_error (gconstpointer page)
{
  return shown_error ((GtkWidget *) page) != NULL;
}

static gboolean
list_shown (gconstpointer fixture)
{
  const Fixture *f = fixture;
  GtkWidget *stack = find_type (f->dialog, GTK_TYPE_STACK);

  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), "list") == 0 &&
         gtk_widget_get_mapped (gtk_stack_get_visible_child (GTK_STACK (stack)));
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("FD_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  for (int attempt = 0; node == NULL && attempt < 10; attempt++)
    {
      spin (300);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      g_clear_object (&paintable);
      paintable = gtk_widget_paintable_new (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);
}

/* Every mapped widget under @root lies within @window's width. */
static GtkWidget *
find_wider_than (GtkWidget *root,
                 GtkWidget *window)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child) || GTK_IS_SCROLLBAR (child))
        continue;
      if (gtk_widget_compute_bounds (child, window, &bounds) &&
          (bounds.origin.x < -1 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (window) + 1))
        return child;
      if ((found = find_wider_than (child, window)) != NULL)
        return found;
    }

  return NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = fd_test_make_data_dir ();
  f->store = fd_store_open (f->dir, &error);
  g_assert_no_error (error);
  f->monitor = fd_test_network_monitor_new ();
  fd_test_network_monitor_set_available (f->monitor, FALSE);
  f->manager = fd_sync_manager_new (f->dir, G_NETWORK_MONITOR (f->monitor));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  guint n = g_list_model_get_n_items (fd_sync_manager_get_accounts (f->manager));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FdAccount) account = g_list_model_get_item (fd_sync_manager_get_accounts (f->manager), i);

      fd_secrets_clear_sync (account, fd_channel_secret_kind (fd_account_get_channel (account)), NULL, NULL);
    }
  if (f->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (f->dialog));
  spin (50);
  fd_sync_manager_stop (f->manager);
  g_clear_object (&f->manager);
  g_clear_object (&f->monitor);
  g_clear_object (&f->store);
  fd_test_rmdir (f->dir);
  g_free (f->dir);
}

/* Opens the dialog at @width and the set-up page of @channel, as a
 * person does: the channel's row in the list. */
static GtkWidget *
open_page (Fixture    *f,
           const char *channel,
           int         width)
{
  GtkWidget *row;
  GtkWidget *page;

  if (f->dialog == NULL)
    {
      f->dialog = fd_accounts_dialog_new (NULL, f->manager, f->dir);
      if (width > 0)
        gtk_window_set_default_size (GTK_WINDOW (f->dialog), width, 640);
      gtk_window_present (GTK_WINDOW (f->dialog));
      g_assert_true (wait_until (list_shown, f, 10));
    }

  row = find_widget (f->dialog, is_named, channel);
  g_assert_nonnull (row);
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_signal_emit_by_name (row, "activated");
  spin (400);
  page = find_widget (f->dialog, is_mapped_setup_page, channel);
  g_assert_nonnull (page);
  return page;
}

static GtkWidget *
field (GtkWidget  *page,
       const char *id)
{
  GtkWidget *row = fd_account_setup_page_get_row (FD_ACCOUNT_SETUP_PAGE (page), id);

  g_assert_nonnull (row);
  return row;
}

typedef struct
{
  GtkWidget  *page;
  const char *label;
} ButtonQuery;

static gboolean
button_shown (gconstpointer data)
{
  const ButtonQuery *query = data;

  return find_widget (query->page, is_button_saying, query->label) != NULL;
}

/* Clicks the button showing @label once it is there (the banner slides in). */
static void
click (GtkWidget  *page,
       const char *label)
{
  ButtonQuery query = { page, label };
  GtkWidget *button;

  g_assert_true (wait_until (button_shown, &query, 5));
  button = find_widget (page, is_button_saying, label);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static gint64
count_accounts (Fixture *f)
{
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;

  accounts = fd_account_load_all (f->store, &error);
  g_assert_no_error (error);
  return accounts->len;
}

/* The channels are listed from the registry, named and shown as they
 * describe themselves. */
static void
test_channels (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *row;
  GtkWidget *page;

  f->dialog = fd_accounts_dialog_new (NULL, f->manager, f->dir);
  gtk_window_present (GTK_WINDOW (f->dialog));
  g_assert_true (wait_until (list_shown, f, 10));

  row = find_widget (f->dialog, is_named, "email");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "_Email");
  g_assert_true (adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Any mailbox with IMAP and SMTP");
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (find_type (row, GTK_TYPE_IMAGE))), ==,
                   fd_channel_icon_name ("email"));
  row = find_widget (f->dialog, is_named, "mastodon");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "_Mastodon");
  row = find_widget (f->dialog, is_named, "bluesky");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "_Bluesky");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Mentions, replies and quotes of one Bluesky account");

  /* Email: the fields of its form; Mastodon: the server and the browser. */
  page = open_page (f, "email", 0);
  g_assert_true (ADW_IS_ENTRY_ROW (field (page, "address")));
  g_assert_true (ADW_IS_PASSWORD_ENTRY_ROW (field (page, "password")));
  g_assert_true (ADW_IS_COMBO_ROW (field (page, "imap-security")));
  g_assert_nonnull (find_type (field (page, "imap-port"), GTK_TYPE_SPIN_BUTTON));
  /* The allow switch waits until a server goes without encryption. */
  g_assert_false (gtk_widget_get_visible (field (page, "allow-unencrypted")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (page, "smtp-security")), 2);
  g_assert_true (gtk_widget_get_visible (field (page, "allow-unencrypted")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (page, "smtp-security")), 0);
  g_assert_false (gtk_widget_get_visible (field (page, "allow-unencrypted")));
  g_assert_nonnull (find_widget (page, is_button_saying, "_Add Account"));
  g_assert_nonnull (find_widget (page, is_button_saying, "_Find Settings"));
  g_assert_null (find_widget (page, is_button_saying, "_Sign In with Browser"));
  /* The first field is ready for typing. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->dialog)), field (page, "address")));

  /* Enter goes on to the next field still empty. */
  gtk_editable_set_text (GTK_EDITABLE (field (page, "address")), "ann@shop.example");
  g_signal_emit_by_name (field (page, "address"), "entry-activated");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->dialog)), field (page, "password")));

  /* Adding with nothing typed says what is missing, at the field. */
  gtk_editable_set_text (GTK_EDITABLE (field (page, "address")), "");
  click (page, "_Add Account");
  g_assert_cmpstr (shown_error (page), ==, "Fill in “Email Address”.");
  g_assert_true (gtk_widget_has_css_class (field (page, "address"), "error"));
  gtk_editable_set_text (GTK_EDITABLE (field (page, "address")), "ann");
  g_assert_false (gtk_widget_has_css_class (field (page, "address"), "error"));

  /* Back to the list (the back button, or Alt+Left), then Mastodon. */
  g_assert_true (gtk_widget_activate_action (f->dialog, "accounts.back", NULL));
  g_assert_true (wait_until (list_shown, f, 10));
  page = open_page (f, "mastodon", 0);
  g_assert_true (ADW_IS_ENTRY_ROW (field (page, "server")));
  g_assert_nonnull (find_widget (page, is_button_saying, "_Sign In with Browser"));
  g_assert_nonnull (find_widget (page, is_button_saying, "_Paste Code Instead"));
  g_assert_null (find_widget (page, is_button_saying, "_Add Account"));
}

/* Email: the settings come from the domain's settings file; the server's
 * own certificate is trusted on request; a wrong password keeps nothing. */

static char *autoconfig_xml;

static void
autoconfig_cb (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/xml", SOUP_MEMORY_COPY,
                                    autoconfig_xml, strlen (autoconfig_xml));
}

static gboolean
spin_value_is (gconstpointer data)
{
  GtkWidget *spin_button = find_type ((GtkWidget *) data, GTK_TYPE_SPIN_BUTTON);

  return gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin_button)) ==
         GPOINTER_TO_INT (g_object_get_data (G_OBJECT (data), "expected"));
}

static gboolean
list_has_account (gconstpointer fixture)
{
  const Fixture *f = fixture;

  return list_shown (f) && find_widget (f->dialog, is_row_titled, FD_TEST_FIRM) != NULL;
}

static void
test_email (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(FdTestDovecot) dovecot = fd_test_dovecot_start (TRUE);
  FdTestServer *server = NULL;
  g_autofree char *url = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page;
  const char *message;

  if (dovecot == NULL)
    return;

  autoconfig_xml = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"test.local\">"
    "<incomingServer type=\"imap\"><hostname>127.0.0.1</hostname><port>%u</port>"
    "<socketType>SSL</socketType><username>%%EMAILADDRESS%%</username></incomingServer>"
    "<outgoingServer type=\"smtp\"><hostname>127.0.0.1</hostname><port>%u</port>"
    "<socketType>STARTTLS</socketType><username>%%EMAILADDRESS%%</username></outgoingServer>"
    "</emailProvider></clientConfig>", dovecot->imaps_port, dovecot->submission_port);
  server = fd_test_server_start ("autoconfig", autoconfig_cb, NULL, NULL, NULL);
  url = g_strdup_printf ("%s/config-v1.1.xml", fd_test_server_get_url (server));
  g_setenv ("FRONTDESK_AUTOCONFIG_URL", url, TRUE);

  page = open_page (f, "email", 0);
  gtk_editable_set_text (GTK_EDITABLE (field (page, "address")), FD_TEST_FIRM);
  gtk_editable_set_text (GTK_EDITABLE (field (page, "password")), "wrong");

  /* Adding first finds the servers, then meets a certificate nobody
   * vouches for: the page says so and offers to trust it. */
  click (page, "_Add Account");
  g_assert_true (wait_until (page_shows_error, page, 60));
  message = shown_error (page);
  g_test_message ("Shown: %s", message);
  g_assert_nonnull (strstr (message, "certificate"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (page, "imap-host"))), ==, "127.0.0.1");
  g_object_set_data (G_OBJECT (field (page, "imap-port")), "expected", GINT_TO_POINTER (dovecot->imaps_port));
  g_assert_true (spin_value_is (field (page, "imap-port")));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (page, "smtp-security"))), ==, 1);
  g_assert_cmpint (count_accounts (f), ==, 0);
  save_screenshot (f->dialog, "setup-email-certificate.png");

  /* Trusted: now the password is what is wrong, and the page points at it. */
  click (page, "_Trust This Certificate");
  g_assert_true (wait_until (page_shows_error, page, 60));
  g_test_message ("Shown: %s", shown_error (page));
  g_assert_null (strstr (shown_error (page), "certificate"));
  g_assert_true (gtk_widget_has_css_class (field (page, "password"), "error"));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->dialog)), field (page, "password")));
  g_assert_cmpint (count_accounts (f), ==, 0);
  g_assert_cmpuint (fd_test_keyring_count (fd_store_get_profile_id (f->store)), ==, 0);
  save_screenshot (f->dialog, "setup-email-password.png");

  /* The right password: the account is added, listed and syncing. */
  gtk_editable_set_text (GTK_EDITABLE (field (page, "password")), FD_TEST_PASSWORD);
  g_assert_false (gtk_widget_has_css_class (field (page, "password"), "error"));
  click (page, "_Add Account");
  g_assert_true (wait_until (list_has_account, f, 60));
  save_screenshot (f->dialog, "setup-email-added.png");
  g_assert_cmpint (count_accounts (f), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (fd_sync_manager_get_accounts (f->manager)), ==, 1);
  account = g_list_model_get_item (fd_sync_manager_get_accounts (f->manager), 0);
  g_assert_cmpstr (fd_account_get_address (account), ==, FD_TEST_FIRM);
  stored = fd_secrets_lookup_sync (account, "password", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, FD_TEST_PASSWORD);

  g_unsetenv ("FRONTDESK_AUTOCONFIG_URL");
  fd_test_server_stop (server);
  g_clear_pointer (&autoconfig_xml, g_free);
}

/* Mastodon: the browser comes back to Frontdesk, or the code is pasted. */

typedef struct
{
  gboolean  done;
  GBytes   *body;
  GError   *error;
} Browsed;

static void
browsed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Browsed *b = user_data;

  b->body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &b->error);
  b->done = TRUE;
}

static gboolean
browser_was_asked (gconstpointer lines)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines_read = NULL;

  if (!g_file_get_contents (browser_log, &text, NULL, NULL))
    return FALSE;
  lines_read = g_strsplit (text, "\n", -1);
  return g_strv_length (lines_read) > GPOINTER_TO_UINT (lines) + 1;
}

/* What the stand-in browser was asked to open the @n-th time (from 0),
 * and the page it got there. */
static char *
follow_link (guint n)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(SoupMessage) msg = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  Browsed b = { 0 };
  char *page;

  g_assert_true (wait_until (browser_was_asked, GUINT_TO_POINTER (n), 20));
  g_assert_true (g_file_get_contents (browser_log, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  msg = soup_message_new ("GET", lines[n]);
  g_assert_nonnull (msg);
  soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, NULL, browsed_cb, &b);
  while (!b.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (b.error);
  page = g_strndup (g_bytes_get_data (b.body, NULL), g_bytes_get_size (b.body));
  g_bytes_unref (b.body);
  return page;
}

static gboolean
list_has_mastodon (gconstpointer fixture)
{
  const Fixture *f = fixture;

  return list_shown (f) && find_widget (f->dialog, is_row_titled, "@shop@" MASTODON_STAND_IN_DOMAIN) != NULL;
}

static gboolean
is_visible_code_row (GtkWidget     *widget,
                     gconstpointer  data)
{
  return is_row_titled (widget, "Code") && gtk_widget_get_mapped (widget);
}

static gboolean
code_asked (gconstpointer page)
{
  return find_widget ((GtkWidget *) page, is_visible_code_row, NULL) != NULL;
}

static void
test_mastodon (Fixture       *f,
               gconstpointer  data)
{
  MastodonStandIn *server = mastodon_stand_in_new ();
  g_autofree char *page_text = NULL;
  g_autofree char *code = NULL;
  GtkWidget *page;
  GtkWidget *code_row;

  g_assert_true (g_file_set_contents (browser_log, "", 0, NULL));

  /* The browser comes back to Frontdesk by itself. */
  page = open_page (f, "mastodon", 0);
  gtk_editable_set_text (GTK_EDITABLE (field (page, "server")), mastodon_stand_in_get_url (server));
  click (page, "_Sign In with Browser");
  page_text = follow_link (0);
  g_assert_nonnull (strstr (page_text, "You can close this tab"));
  g_assert_true (wait_until (list_has_mastodon, f, 20));
  save_screenshot (f->dialog, "setup-mastodon-added.png");
  g_assert_cmpint (count_accounts (f), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (fd_sync_manager_get_accounts (f->manager)), ==, 1);

  /* Pasting the code: a wrong one can be pasted again, then the account
   * is signed in again, not added twice. */
  page = open_page (f, "mastodon", 0);
  gtk_editable_set_text (GTK_EDITABLE (field (page, "server")), mastodon_stand_in_get_url (server));
  click (page, "_Paste Code Instead");
  g_clear_pointer (&page_text, g_free);
  page_text = follow_link (1);
  g_assert_nonnull (strstr (page_text, "code-"));
  code = g_strndup (strstr (page_text, "code-"), strcspn (strstr (page_text, "code-"), "<"));
  g_assert_true (wait_until (code_asked, page, 10));
  code_row = find_widget (page, is_visible_code_row, NULL);
  save_screenshot (f->dialog, "setup-mastodon-paste.png");

  gtk_editable_set_text (GTK_EDITABLE (code_row), "not-the-code");
  click (page, "_Sign In");
  g_assert_true (wait_until (page_shows_error, page, 20));
  g_test_message ("Shown: %s", shown_error (page));
  g_assert_true (code_asked (page));
  g_assert_cmpint (count_accounts (f), ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (code_row), code);
  click (page, "_Sign In");
  g_assert_true (wait_until (list_has_mastodon, f, 20));
  g_assert_cmpint (count_accounts (f), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (fd_sync_manager_get_accounts (f->manager)), ==, 1);

  /* Cancel goes back to the form, and nothing is added. */
  page = open_page (f, "mastodon", 0);
  gtk_editable_set_text (GTK_EDITABLE (field (page, "server")), mastodon_stand_in_get_url (server));
  click (page, "_Paste Code Instead");
  g_assert_true (wait_until (code_asked, page, 10));
  click (page, "_Cancel");
  g_assert_false (code_asked (page));
  g_assert_nonnull (find_widget (page, is_button_saying, "_Sign In with Browser"));
  g_assert_true (gtk_widget_is_sensitive (field (page, "server")));

  mastodon_stand_in_free (server);
}

/* Email with the browser (OAuth): the form asks no password and offers
 * no code to paste; the browser comes back to Frontdesk; then the
 * account's row signs in to it again, not adding a second one. */
static gboolean
row_subtitle_has (GtkWidget     *widget,
                  gconstpointer  text)
{
  const char *subtitle = ADW_IS_ACTION_ROW (widget) ? adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)) : NULL;

  return subtitle != NULL && strstr (subtitle, text) != NULL;
}

static gboolean
is_sign_in_again_button (GtkWidget     *widget,
                         gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_name (widget), "sign-in-again") == 0;
}

static void
test_email_oauth (Fixture       *f,
                  gconstpointer  data)
{
  OAuthStandIn *oauth = oauth_stand_in_new (FD_TEST_FIRM);
  g_autofree char *introspection = oauth_stand_in_dup_introspection_url (oauth);
  g_autofree char *authorize_url = oauth_stand_in_dup_authorize_url (oauth);
  g_autofree char *token_url = oauth_stand_in_dup_token_url (oauth);
  g_autoptr(FdTestDovecot) dovecot = fd_test_dovecot_start_oauth2 (FALSE, introspection, "xoauth2 oauthbearer");
  g_autofree char *page_text = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page;
  GtkWidget *again;

  if (dovecot == NULL)
    {
      oauth_stand_in_free (oauth);
      return;
    }
  g_assert_true (g_file_set_contents (browser_log, "", 0, NULL));

  page = open_page (f, "email", 0);
  gtk_editable_set_text (GTK_EDITABLE (field (page, "address")), FD_TEST_FIRM);
  g_assert_true (gtk_widget_get_visible (field (page, "password")));
  g_assert_false (gtk_widget_get_visible (field (page, "oauth-token-url")));

  /* Browser sign-in: no password, no code to paste. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (page, "auth")), 1);
  spin (100);
  g_assert_false (gtk_widget_get_visible (field (page, "password")));
  g_assert_true (gtk_widget_get_visible (field (page, "oauth-token-url")));
  g_assert_nonnull (find_widget (page, is_button_saying, "_Sign In with Browser"));
  g_assert_null (find_widget (page, is_button_saying, "_Paste Code Instead"));
  g_assert_null (find_widget (page, is_button_saying, "_Add Account"));

  gtk_editable_set_text (GTK_EDITABLE (field (page, "imap-host")), "127.0.0.1");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_type (field (page, "imap-port"), GTK_TYPE_SPIN_BUTTON)), dovecot->imap_port);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (page, "imap-security")), 2);
  gtk_editable_set_text (GTK_EDITABLE (field (page, "smtp-host")), "127.0.0.1");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_type (field (page, "smtp-port"), GTK_TYPE_SPIN_BUTTON)), dovecot->submission_port);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (page, "smtp-security")), 2);
  gtk_editable_set_text (GTK_EDITABLE (field (page, "oauth-authorize-url")), authorize_url);
  gtk_editable_set_text (GTK_EDITABLE (field (page, "oauth-token-url")), token_url);
  gtk_editable_set_text (GTK_EDITABLE (field (page, "oauth-client-id")), OAUTH_STAND_IN_CLIENT_ID);
  save_screenshot (f->dialog, "setup-email-oauth.png");

  click (page, "_Sign In with Browser");
  page_text = follow_link (0);
  g_assert_nonnull (strstr (page_text, "Frontdesk is signed in"));
  g_assert_true (wait_until (list_has_account, f, 30));
  g_assert_cmpint (count_accounts (f), ==, 1);
  account = g_list_model_get_item (fd_sync_manager_get_accounts (f->manager), 0);
  stored = fd_secrets_lookup_sync (account, "refresh-token", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
  g_assert_null (fd_secrets_lookup_sync (account, "password", NULL, NULL));
  /* The list says how it signs in. */
  g_assert_nonnull (find_widget (f->dialog, row_subtitle_has, "browser"));

  /* Signing in again from the account's row: the same account. */
  again = find_widget (f->dialog, is_sign_in_again_button, NULL);
  g_assert_nonnull (again);
  g_signal_emit_by_name (again, "clicked");
  spin (400);
  page = find_widget (f->dialog, is_mapped_setup_page, "email");
  g_assert_nonnull (page);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (page, "oauth-token-url"))), ==, token_url);
  click (page, "_Sign In with Browser");
  g_clear_pointer (&page_text, g_free);
  page_text = follow_link (1);
  g_assert_nonnull (strstr (page_text, "Frontdesk is signed in"));
  g_assert_true (wait_until (list_shown, f, 30));
  g_assert_cmpint (count_accounts (f), ==, 1);
  g_assert_cmpuint (oauth_stand_in_count_code_grants (oauth), ==, 2);

  fd_secrets_clear_sync (account, NULL, NULL, NULL);
  oauth_stand_in_free (oauth);
}

/* GNOME Online Accounts: its mail account is offered in the list and
 * added with one click; nothing goes to the keyring. */
static gboolean
is_external_row (GtkWidget     *widget,
                 gconstpointer  data)
{
  return ADW_IS_ACTION_ROW (widget) && g_strcmp0 (gtk_widget_get_name (widget), "external-account") == 0;
}

static gboolean
external_listed (gconstpointer fixture)
{
  const Fixture *f = fixture;

  return find_widget (f->dialog, is_external_row, NULL) != NULL;
}

static gboolean
external_gone (gconstpointer fixture)
{
  return !external_listed (fixture);
}

static char *
goa_token_cb (gpointer user_data)
{
  return oauth_stand_in_issue_access_token (user_data);
}

static void
test_goa (Fixture       *f,
          gconstpointer  data)
{
  OAuthStandIn *oauth = oauth_stand_in_new (FD_TEST_FIRM);
  g_autofree char *introspection = oauth_stand_in_dup_introspection_url (oauth);
  g_autoptr(FdTestDovecot) dovecot = fd_test_dovecot_start_oauth2 (FALSE, introspection, "xoauth2 oauthbearer");
  g_autofree char *imap_host = NULL;
  g_autofree char *smtp_host = NULL;
  g_autoptr(FdAccount) account = NULL;
  GoaStandIn *goa;
  GtkWidget *row;

  if (dovecot == NULL)
    {
      oauth_stand_in_free (oauth);
      return;
    }
  imap_host = g_strdup_printf ("127.0.0.1:%u", dovecot->imap_port);
  smtp_host = g_strdup_printf ("127.0.0.1:%u", dovecot->submission_port);
  goa = goa_stand_in_new (FD_TEST_FIRM, imap_host, smtp_host, goa_token_cb, oauth);

  f->dialog = fd_accounts_dialog_new (NULL, f->manager, f->dir);
  gtk_window_present (GTK_WINDOW (f->dialog));
  g_assert_true (wait_until (external_listed, f, 20));
  row = find_widget (f->dialog, is_external_row, NULL);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, FD_TEST_FIRM);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Online Accounts"));
  save_screenshot (f->dialog, "setup-goa.png");

  g_signal_emit_by_name (row, "activated");
  g_assert_true (wait_until (external_gone, f, 30));
  g_assert_true (wait_until (list_has_account, f, 30));
  g_assert_cmpint (count_accounts (f), ==, 1);
  g_assert_cmpuint (fd_test_keyring_count (fd_store_get_profile_id (f->store)), ==, 0);
  g_assert_cmpuint (goa_stand_in_count_token_requests (goa), >=, 1);
  g_assert_nonnull (find_widget (f->dialog, row_subtitle_has, "Online Accounts"));

  goa_stand_in_free (goa);
  oauth_stand_in_free (oauth);
}

/* A button with @label, shown or not (the cards are in a popover). */
static gboolean
is_card_button (GtkWidget     *widget,
                gconstpointer  label)
{
  GtkWidget *child = GTK_IS_BUTTON (widget) ? gtk_button_get_child (GTK_BUTTON (widget)) : NULL;

  return GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), label) == 0;
}

/* The card of an account that needs the person says where to sign in:
 * the browser (through Accounts), Online Accounts, or a password. */
static void
test_sign_in_cards (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(FdAccount) browser = fd_account_new ("email", "Browser Shop", "browser@shop.example");
  g_autoptr(FdAccount) goa = fd_account_new ("email", "GOA Shop", "goa@shop.example");
  g_autoptr(FdAccount) password = fd_account_new ("email", "Password Shop", "password@shop.example");
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *status = g_object_new (FD_TYPE_SYNC_STATUS, NULL);
  FdAccount *accounts[] = { browser, goa, password };

  fd_account_set_setting_string (browser, "imap-host", "imap.shop.example");
  fd_account_set_setting_string (browser, "auth", "oauth2");
  fd_account_set_setting_string (browser, "secret-kind", "refresh-token");
  fd_account_set_setting_string (browser, "oauth-authorize-url", "https://id.shop.example/authorize");
  fd_account_set_setting_string (browser, "oauth-token-url", "https://id.shop.example/token");
  fd_account_set_setting_string (browser, "oauth-client-id", "frontdesk");
  fd_account_set_setting_string (goa, "goa-account-id", "account_1");
  fd_account_set_setting_string (goa, "secret-kind", "none");
  fd_account_set_setting_string (password, "imap-host", "imap.shop.example");
  for (guint i = 0; i < G_N_ELEMENTS (accounts); i++)
    {
      g_assert_true (fd_account_save (accounts[i], f->store, &error));
      g_assert_no_error (error);
      fd_sync_manager_add_account (f->manager, accounts[i], NULL);
      fd_account_set_state (accounts[i], FD_ACCOUNT_STATE_ERROR, FD_ACCOUNT_ERROR_NEEDS_PASSWORD, "Sign in again.");
    }

  gtk_window_set_child (GTK_WINDOW (window), status);
  fd_sync_status_set_sync_manager (FD_SYNC_STATUS (status), f->manager, NULL);
  spin (100);

  g_assert_cmpuint (fd_sync_status_get_n_errors (FD_SYNC_STATUS (status)), ==, 3);
  g_assert_nonnull (find_widget (status, is_card_button, "_Sign In Again…"));
  g_assert_nonnull (find_widget (status, is_card_button, "_Open Online Accounts Settings"));
  g_assert_nonnull (find_widget (status, is_card_button, "_Enter Password…"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
list_has_telegram (gconstpointer fixture)
{
  const Fixture *f = fixture;

  return list_shown (f) && find_widget (f->dialog, is_row_titled, "@shop_bot") != NULL;
}

/* A bot token pasted into the form: refused when Telegram refuses it,
 * then the bot is added, its token in the keyring. */
static void
test_telegram (Fixture       *f,
               gconstpointer  data)
{
  TelegramStandIn *server = telegram_stand_in_new ();
  GtkWidget *page;

  page = open_page (f, "telegram", 0);
  gtk_editable_set_text (GTK_EDITABLE (field (page, "api-url")), telegram_stand_in_get_url (server));
  gtk_editable_set_text (GTK_EDITABLE (field (page, "token")), "7000001:not-the-token");
  click (page, "_Add Account");
  g_assert_true (wait_until (page_shows_error, page, 20));
  g_test_message ("Shown: %s", shown_error (page));
  g_assert_nonnull (strstr (shown_error (page), "BotFather"));
  g_assert_cmpint (count_accounts (f), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (field (page, "token")), telegram_stand_in_get_token (server));
  click (page, "_Add Account");
  g_assert_true (wait_until (list_has_telegram, f, 20));
  save_screenshot (f->dialog, "setup-telegram-added.png");
  g_assert_cmpint (count_accounts (f), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (fd_sync_manager_get_accounts (f->manager)), ==, 1);
  /* Asked with the right token once (the stand-in counts only those). */
  g_assert_cmpuint (telegram_stand_in_count_calls (server, "getMe"), ==, 1);

  telegram_stand_in_free (server);
}

/* The expander row animates open: the widths count once it has settled,
 * which takes longer than its animation in a sanitizer build. */
static gboolean
fits_dialog (gconstpointer data)
{
  const Fixture *f = data;

  return find_wider_than (f->dialog, f->dialog) == NULL;
}

/* At 360 pixels: nothing wider than the window, long sentences wrap. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *wide;

  page = open_page (f, "email", 360);
  spin (300);
  g_assert_cmpint (gtk_widget_get_width (f->dialog), <=, 362);
  gtk_editable_set_text (GTK_EDITABLE (field (page, "address")), "ann");
  gtk_editable_set_text (GTK_EDITABLE (field (page, "password")), "x");
  click (page, "_Add Account");
  g_assert_nonnull (shown_error (page));
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (page, "imap-security")), 2);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (find_type (page, ADW_TYPE_EXPANDER_ROW)), TRUE);
  wait_until (fits_dialog, f, 10);
  wide = find_wider_than (f->dialog, f->dialog);
  if (wide != NULL)
    g_test_message ("A %s is wider than the dialog", G_OBJECT_TYPE_NAME (wide));
  g_assert_null (wide);
  save_screenshot (f->dialog, "setup-email-narrow.png");

  gtk_widget_activate_action (f->dialog, "window.close", NULL);
  f->dialog = NULL;
  page = open_page (f, "mastodon", 360);
  g_assert_true (wait_until (fits_dialog, f, 10));
  save_screenshot (f->dialog, "setup-mastodon-narrow.png");
}

/* A browser that writes down each link it is asked to open, installed
 * as the handler of http and https links for this test run only. */
static void
install_browser_stand_in (const char *home)
{
  g_autofree char *apps = g_build_filename (home, "data", "applications", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *script = g_build_filename (home, "browser.sh", NULL);
  g_autofree char *script_text = NULL;
  g_autofree char *desktop_path = g_build_filename (apps, "frontdesk-test-browser.desktop", NULL);
  g_autofree char *desktop_text = NULL;
  g_autofree char *mimeapps = g_build_filename (config, "mimeapps.list", NULL);

  browser_log = g_build_filename (home, "browser.log", NULL);
  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);

  script_text = g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n' \"$1\" >> '%s'\n", browser_log);
  g_assert_true (g_file_set_contents (script, script_text, -1, NULL));
  g_assert_cmpint (g_chmod (script, 0700), ==, 0);

  desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Test Browser\nExec=%s %%u\n"
                                  "MimeType=x-scheme-handler/http;x-scheme-handler/https;\nNoDisplay=true\n",
                                  script);
  g_assert_true (g_file_set_contents (desktop_path, desktop_text, -1, NULL));
  g_assert_true (g_file_set_contents (mimeapps,
                                      "[Default Applications]\n"
                                      "x-scheme-handler/http=frontdesk-test-browser.desktop\n"
                                      "x-scheme-handler/https=frontdesk-test-browser.desktop\n", -1, NULL));

  g_setenv ("XDG_DATA_HOME", g_build_filename (home, "data", NULL), TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("frontdesk-setup-XXXXXX", NULL);
  int status;

  /* Before any thread starts, and before GIO reads the handlers. */
  install_browser_stand_in (home);

  gtk_test_init (&argc, &argv, NULL);
  g_assert_true (g_main_context_acquire (NULL));
  adw_init ();
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/account-setup-page/channels", test_channels);
  ADD ("/account-setup-page/email", test_email);
  ADD ("/account-setup-page/email-oauth", test_email_oauth);
  ADD ("/account-setup-page/goa", test_goa);
  ADD ("/account-setup-page/sign-in-cards", test_sign_in_cards);
  ADD ("/account-setup-page/mastodon", test_mastodon);
  ADD ("/account-setup-page/telegram", test_telegram);
  ADD ("/account-setup-page/narrow", test_narrow);

#undef ADD

  status = g_test_run ();
  fd_test_rmdir (home);
  return status;
}
