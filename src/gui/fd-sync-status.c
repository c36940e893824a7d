/* fd-sync-status.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-sync-status"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fd-account-setup-form.h"
#include "fd-channel.h"
#include "fd-secrets.h"
#include "fd-sync-status.h"
#include "fd-text-utils.h"

struct _FdSyncStatus
{
  GtkWidget      parent_instance;

  FdSyncManager *manager;
  char          *start_error;
  GPtrArray     *accounts;        /* the FdAccounts we listen to */
  char          *errors_signature;
  guint          tick_source;
  guint          n_waiting;
  guint          n_failed;
  guint          n_unsure;

  GtkWidget     *errors_box;
  GtkWidget     *outbox_button;
  GtkImage      *outbox_icon;
  GtkLabel      *outbox_label;
  GtkWidget     *status_box;
  GtkStack      *status_icon_stack;
  GtkSpinner    *spinner;
  GtkImage      *status_icon;
  GtkLabel      *status_label;
  GtkWidget     *sync_button;
};

G_DEFINE_FINAL_TYPE (FdSyncStatus, fd_sync_status, GTK_TYPE_WIDGET)

static void update (FdSyncStatus *self);

static char *
format_last_synced (gint64 last_synced)
{
  gint64 age;

  if (last_synced <= 0)
    return g_strdup (_("Not synced yet"));

  age = MAX (0, g_get_real_time () / G_USEC_PER_SEC - last_synced);

  if (age < 60)
    return g_strdup (_("Last synced just now"));
  if (age < 3600)
    {
      guint minutes = age / 60;

      /* Translators: the sync status, e.g. "Last synced 3 min ago" */
      return g_strdup_printf (ngettext ("Last synced %u min ago", "Last synced %u min ago", minutes),
                              minutes);
    }
  if (age < 24 * 3600)
    {
      guint hours = age / 3600;

      /* Translators: the sync status, e.g. "Last synced 2 hours ago" */
      return g_strdup_printf (ngettext ("Last synced %u hour ago", "Last synced %u hours ago", hours),
                              hours);
    }

  {
    g_autofree char *when = fd_format_date_time (last_synced);

    /* Translators: %s is a date and time, e.g. "Sun 22 Nov, 18:40" */
    return g_strdup_printf (_("Last synced %s"), when);
  }
}

static const char *
account_title (FdAccount *account)
{
  const char *name = fd_account_get_name (account);

  if (name == NULL || name[0] == '\0')
    name = fd_account_get_address (account);
  if (name == NULL || name[0] == '\0')
    name = fd_channel_display_name (fd_account_get_channel (account));

  return name;
}

/* Password dialog */

typedef struct {
  FdSyncStatus *self;
  gint64        account_id;
} SecretOp;

static void
secret_stored_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autofree SecretOp *op = user_data;
  g_autoptr(FdSyncStatus) self = op->self;
  g_autoptr(GError) error = NULL;

  if (!fd_secrets_store_finish (result, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *dialog;

      if (root == NULL)
        return;

      dialog = adw_message_dialog_new (GTK_WINDOW (root),
                                       _("The Password Could Not Be Saved"),
                                       error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (self->manager != NULL)
    fd_sync_manager_sync_now (self->manager, op->account_id);
}

static void
password_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      FdSyncStatus     *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  FdAccount *account = g_object_get_data (G_OBJECT (dialog), "account");
  const char *secret = gtk_editable_get_text (entry);
  g_autofree char *label = NULL;
  SecretOp *op;

  if (g_strcmp0 (response, "sign-in") != 0 || secret[0] == '\0')
    return;

  /* Translators: the keyring's label for a stored password; %s is the account */
  label = g_strdup_printf (_("Frontdesk: %s"), account_title (account));
  op = g_new0 (SecretOp, 1);
  op->self = g_object_ref (self);
  op->account_id = fd_account_get_id (account);
  fd_secrets_store_async (account,
                          fd_channel_secret_kind (fd_account_get_channel (account)),
                          label, secret, NULL, secret_stored_cb, op);
}

static void
password_entry_activate_cb (GtkWidget *dialog)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "sign-in");
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
show_password_dialog (FdSyncStatus *self,
                      FdAccount    *account)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;
  const char *channel = fd_account_get_channel (account);

  /* Translators: %s is the account, e.g. "shop@example.com" */
  heading = g_strdup_printf (_("Sign In to %s Again"), account_title (account));
  dialog = adw_message_dialog_new (root ? GTK_WINDOW (root) : NULL, heading,
                                   fd_account_get_error_message (account));

  entry = gtk_password_entry_new ();
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (entry), TRUE);
  /* What the channel signs in with: a password, an access token… */
  g_object_set (entry, "placeholder-text", fd_channel_secret_name (channel), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Password"),
                                  -1);
  g_signal_connect_object (entry, "activate",
                           G_CALLBACK (password_entry_activate_cb), dialog, G_CONNECT_SWAPPED);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "sign-in", _("_Sign In"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "sign-in",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "sign-in");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "account", g_object_ref (account), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (password_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Error rows */

/* Whether another program keeps the sign-in of @account (GNOME Online
 * Accounts): the person fixes it there. */
static gboolean
signs_in_elsewhere (FdAccount *account)
{
  g_autofree char *kind = fd_account_dup_setting_string (account, "secret-kind");

  return g_strcmp0 (kind, "none") == 0;
}

/* Settings' Online Accounts panel, as GNOME apps open it: Settings'
 * "launch-panel" action over D-Bus. */
static void
open_online_accounts (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  GVariantBuilder panel;

  if (bus == NULL)
    return;

  g_variant_builder_init (&panel, G_VARIANT_TYPE ("av"));
  g_variant_builder_add (&panel, "v", g_variant_new ("(sav)", "online-accounts", NULL));
  g_dbus_connection_call (bus, "org.gnome.Settings", "/org/gnome/Settings", "org.freedesktop.Application",
                          "ActivateAction",
                          g_variant_new ("(sava{sv})", "launch-panel", &panel, NULL),
                          NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL, NULL);
}

/* Whether signing in to @account again goes through the browser: the
 * Accounts window does that, not a password dialog. */
static gboolean
signs_in_with_browser (FdAccount *account)
{
  g_autoptr(GHashTable) params = fd_account_setup_dup_params (account);

  return params != NULL && fd_account_setup_offers_browser_sign_in (fd_account_get_channel (account), params);
}

static void
fix_clicked_cb (GtkButton    *button,
                FdSyncStatus *self)
{
  FdAccount *account = g_object_get_data (G_OBJECT (button), "account");

  if (account == NULL || self->manager == NULL)
    return;

  if (fd_account_get_error_kind (account) == FD_ACCOUNT_ERROR_NEEDS_PASSWORD && signs_in_elsewhere (account))
    open_online_accounts ();
  else if (fd_account_get_error_kind (account) == FD_ACCOUNT_ERROR_NEEDS_PASSWORD && signs_in_with_browser (account))
    gtk_widget_activate_action (GTK_WIDGET (button), "win.accounts", NULL);
  else if (fd_account_get_error_kind (account) == FD_ACCOUNT_ERROR_NEEDS_PASSWORD)
    show_password_dialog (self, account);
  else
    fd_sync_manager_sync_now (self->manager, fd_account_get_id (account));
}

static GtkWidget *
create_error_row (FdSyncStatus *self,
                  FdAccount    *account)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (account_title (account));
  GtkWidget *message = gtk_label_new (fd_account_get_error_message (account));
  FdAccountErrorKind kind = fd_account_get_error_kind (account);
  const char *fix = NULL;

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "sync-error");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_widget_add_css_class (title, "error");
  gtk_box_append (GTK_BOX (box), title);

  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (message, "caption");
  gtk_box_append (GTK_BOX (box), message);

  switch (kind)
    {
    case FD_ACCOUNT_ERROR_NEEDS_PASSWORD:
      if (signs_in_elsewhere (account))
        fix = _("_Open Online Accounts Settings");
      else
        fix = signs_in_with_browser (account) ? _("_Sign In Again…") : _("_Enter Password…");
      break;

    case FD_ACCOUNT_ERROR_SERVER:
    case FD_ACCOUNT_ERROR_NETWORK:
    case FD_ACCOUNT_ERROR_RATE_LIMITED:
    case FD_ACCOUNT_ERROR_STORE:
      fix = _("_Try Again");
      break;

    case FD_ACCOUNT_ERROR_NO_PROVIDER:
    case FD_ACCOUNT_ERROR_NONE:
    default:
      break;
    }

  if (fix != NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (fix);

      gtk_widget_set_halign (button, GTK_ALIGN_END);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "small");
      g_object_set_data_full (G_OBJECT (button), "account", g_object_ref (account), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (fix_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (box), button);
    }

  return box;
}

static void
update_errors (FdSyncStatus *self)
{
  g_autoptr(GString) signature = g_string_new (NULL);
  GtkWidget *child;

  for (guint i = 0; self->accounts != NULL && i < self->accounts->len; i++)
    {
      FdAccount *account = g_ptr_array_index (self->accounts, i);

      if (fd_account_get_state (account) == FD_ACCOUNT_STATE_ERROR)
        g_string_append_printf (signature, "%" G_GINT64_FORMAT ":%d:%s;",
                                fd_account_get_id (account),
                                fd_account_get_error_kind (account),
                                fd_account_get_error_message (account));
    }

  if (g_strcmp0 (signature->str, self->errors_signature) == 0)
    return;

  g_free (self->errors_signature);
  self->errors_signature = g_strdup (signature->str);

  while ((child = gtk_widget_get_first_child (self->errors_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->errors_box), child);

  for (guint i = 0; self->accounts != NULL && i < self->accounts->len; i++)
    {
      FdAccount *account = g_ptr_array_index (self->accounts, i);

      if (fd_account_get_state (account) == FD_ACCOUNT_STATE_ERROR)
        gtk_box_append (GTK_BOX (self->errors_box), create_error_row (self, account));
    }

  gtk_widget_set_visible (self->errors_box, gtk_widget_get_first_child (self->errors_box) != NULL);
}

static void
update_status (FdSyncStatus *self)
{
  g_autofree char *text = NULL;
  const char *tooltip = NULL;
  FdAccount *syncing = NULL;
  guint n_syncing = 0;
  guint n_offline = 0;
  guint n_accounts = self->accounts ? self->accounts->len : 0;
  gint64 last_synced = 0;

  if (self->manager == NULL || (n_accounts == 0 && self->start_error == NULL))
    {
      gtk_widget_set_visible (self->status_box, FALSE);
      gtk_spinner_set_spinning (self->spinner, FALSE);
      return;
    }

  for (guint i = 0; i < n_accounts; i++)
    {
      FdAccount *account = g_ptr_array_index (self->accounts, i);

      switch (fd_account_get_state (account))
        {
        case FD_ACCOUNT_STATE_SYNCING:
          n_syncing++;
          syncing = account;
          break;

        case FD_ACCOUNT_STATE_OFFLINE:
          n_offline++;
          tooltip = fd_account_get_error_message (account);
          break;

        case FD_ACCOUNT_STATE_IDLE:
        case FD_ACCOUNT_STATE_ERROR:
        default:
          break;
        }

      last_synced = MAX (last_synced, fd_account_get_last_synced (account));
    }

  if (self->start_error != NULL)
    {
      /* Translators: %s says why, e.g. "Another Frontdesk is syncing this profile." */
      text = g_strdup_printf (_("Not syncing: %s"), self->start_error);
    }
  else if (!fd_sync_manager_get_online (self->manager) || (n_accounts > 0 && n_offline == n_accounts))
    {
      text = g_strdup (_("Offline"));
      if (tooltip == NULL)
        tooltip = _("Replies wait in the outbox and go out when the connection returns.");
    }
  else if (n_syncing == 1)
    {
      int percent = (int)(fd_account_get_progress (syncing) * 100 + 0.5);

      if (percent > 0 && percent < 100)
        /* Translators: the sync status: the account, then how far, e.g. "Syncing shop@example.com… 40 %" */
        text = g_strdup_printf (_("Syncing %s… %d %%"), account_title (syncing), percent);
      else
        /* Translators: the sync status, %s is the account */
        text = g_strdup_printf (_("Syncing %s…"), account_title (syncing));
    }
  else if (n_syncing > 1)
    text = g_strdup_printf (ngettext ("Syncing %u account…", "Syncing %u accounts…", n_syncing), n_syncing);
  else
    text = format_last_synced (last_synced);

  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), tooltip);
  gtk_widget_set_visible (self->status_box, TRUE);

  gtk_spinner_set_spinning (self->spinner, n_syncing > 0);
  gtk_stack_set_visible_child_name (self->status_icon_stack, n_syncing > 0 ? "spinner" : "icon");
  gtk_image_set_from_icon_name (self->status_icon,
                                g_strcmp0 (text, _("Offline")) == 0 ? "network-offline-symbolic"
                                                                     : "emblem-synchronizing-symbolic");
  gtk_widget_set_sensitive (self->sync_button,
                            n_syncing == 0 && self->start_error == NULL &&
                            fd_sync_manager_get_online (self->manager));
}

static void
update_outbox (FdSyncStatus *self)
{
  g_autofree char *text = NULL;

  if (self->n_failed > 0)
    /* Translators: in the sync status under the sidebar */
    text = g_strdup_printf (ngettext ("%u reply could not be sent", "%u replies could not be sent",
                                      self->n_failed),
                            self->n_failed);
  else if (self->n_unsure > 0)
    /* Translators: in the sync status under the sidebar; the person checks
     * in the chat whether it arrived */
    text = g_strdup_printf (ngettext ("%u reply may have been sent", "%u replies may have been sent",
                                      self->n_unsure),
                            self->n_unsure);
  else if (self->n_waiting > 0)
    /* Translators: in the sync status under the sidebar */
    text = g_strdup_printf (ngettext ("%u reply waiting to send", "%u replies waiting to send",
                                      self->n_waiting),
                            self->n_waiting);

  gtk_label_set_text (self->outbox_label, text ? text : "");
  gtk_widget_set_visible (self->outbox_button, text != NULL);
  gtk_image_set_from_icon_name (self->outbox_icon,
                                self->n_failed > 0 || self->n_unsure > 0 ? "dialog-warning-symbolic"
                                                                         : "mail-send-symbolic");
  if (self->n_failed > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->outbox_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->outbox_label), "error");
}

static void
update (FdSyncStatus *self)
{
  update_errors (self);
  update_status (self);
  update_outbox (self);
}

static void
disconnect_accounts (FdSyncStatus *self)
{
  for (guint i = 0; self->accounts != NULL && i < self->accounts->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->accounts, i), self);
  g_clear_pointer (&self->accounts, g_ptr_array_unref);
}

static void
accounts_changed_cb (FdSyncStatus *self)
{
  GListModel *accounts;
  guint n;

  disconnect_accounts (self);

  if (self->manager == NULL)
    {
      update (self);
      return;
    }

  accounts = fd_sync_manager_get_accounts (self->manager);
  n = g_list_model_get_n_items (accounts);
  self->accounts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      FdAccount *account = g_list_model_get_item (accounts, i);

      g_signal_connect_object (account, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->accounts, account);
    }

  update (self);
}

static void
sync_now_clicked_cb (FdSyncStatus *self)
{
  if (self->manager != NULL)
    fd_sync_manager_sync_now (self->manager, 0);
}

static gboolean
tick_cb (gpointer data)
{
  /* "3 min ago" goes on growing. */
  update_status (data);
  return G_SOURCE_CONTINUE;
}

static void
fd_sync_status_dispose (GObject *object)
{
  FdSyncStatus *self = (FdSyncStatus *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->tick_source, g_source_remove);
  disconnect_accounts (self);
  if (self->manager != NULL)
    g_signal_handlers_disconnect_by_data (fd_sync_manager_get_accounts (self->manager), self);
  g_clear_object (&self->manager);

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_SYNC_STATUS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fd_sync_status_parent_class)->dispose (object);
}

static void
fd_sync_status_finalize (GObject *object)
{
  FdSyncStatus *self = (FdSyncStatus *)object;

  g_clear_pointer (&self->start_error, g_free);
  g_clear_pointer (&self->errors_signature, g_free);

  G_OBJECT_CLASS (fd_sync_status_parent_class)->finalize (object);
}

static void
fd_sync_status_class_init (FdSyncStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_sync_status_dispose;
  object_class->finalize = fd_sync_status_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fd-sync-status.ui");
  gtk_widget_class_bind_template_child (widget_class, FdSyncStatus, errors_box);
  gtk_widget_class_bind_template_child (widget_class, FdSyncStatus, outbox_button);
  gtk_widget_class_bind_template_child (widget_class, FdSyncStatus, outbox_icon);
  gtk_widget_class_bind_template_child (widget_class, FdSyncStatus, outbox_label);
  gtk_widget_class_bind_template_child (widget_class, FdSyncStatus, status_box);
  gtk_widget_class_bind_template_child (widget_class, FdSyncStatus, status_icon_stack);
  gtk_widget_class_bind_template_child (widget_class, FdSyncStatus, spinner);
  gtk_widget_class_bind_template_child (widget_class, FdSyncStatus, status_icon);
  gtk_widget_class_bind_template_child (widget_class, FdSyncStatus, status_label);
  gtk_widget_class_bind_template_child (widget_class, FdSyncStatus, sync_button);
  gtk_widget_class_bind_template_callback (widget_class, sync_now_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "fdsyncstatus");
}

static void
fd_sync_status_init (FdSyncStatus *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->tick_source = g_timeout_add_seconds (60, tick_cb, self);
  update (self);
}

void
fd_sync_status_set_sync_manager (FdSyncStatus  *self,
                                 FdSyncManager *manager,
                                 const char    *start_error)
{
  g_return_if_fail (FD_IS_SYNC_STATUS (self));
  g_return_if_fail (!manager || FD_IS_SYNC_MANAGER (manager));

  if (self->manager != NULL)
    {
      g_signal_handlers_disconnect_by_data (fd_sync_manager_get_accounts (self->manager), self);
      g_signal_handlers_disconnect_by_data (self->manager, self);
    }

  g_set_object (&self->manager, manager);
  g_free (self->start_error);
  self->start_error = g_strdup (start_error);

  if (manager != NULL)
    {
      g_signal_connect_object (fd_sync_manager_get_accounts (manager), "items-changed",
                               G_CALLBACK (accounts_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (manager, "notify::online",
                               G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
    }

  accounts_changed_cb (self);
}

FdSyncManager *
fd_sync_status_get_sync_manager (FdSyncStatus *self)
{
  g_return_val_if_fail (FD_IS_SYNC_STATUS (self), NULL);

  return self->manager;
}

void
fd_sync_status_set_outbox (FdSyncStatus *self,
                           guint         n_waiting,
                           guint         n_failed)
{
  g_return_if_fail (FD_IS_SYNC_STATUS (self));

  self->n_waiting = n_waiting;
  self->n_failed = n_failed;
  update_outbox (self);
}

void
fd_sync_status_set_outbox_unsure (FdSyncStatus *self,
                                  guint         n_unsure)
{
  g_return_if_fail (FD_IS_SYNC_STATUS (self));

  self->n_unsure = n_unsure;
  update_outbox (self);
}

const char *
fd_sync_status_get_status_text (FdSyncStatus *self)
{
  g_return_val_if_fail (FD_IS_SYNC_STATUS (self), NULL);

  return gtk_widget_get_visible (self->status_box) ? gtk_label_get_text (self->status_label) : NULL;
}

const char *
fd_sync_status_get_outbox_text (FdSyncStatus *self)
{
  g_return_val_if_fail (FD_IS_SYNC_STATUS (self), NULL);

  return gtk_widget_get_visible (self->outbox_button) ? gtk_label_get_text (self->outbox_label) : NULL;
}

guint
fd_sync_status_get_n_errors (FdSyncStatus *self)
{
  guint n = 0;

  g_return_val_if_fail (FD_IS_SYNC_STATUS (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (self->errors_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}
