/* fd-accounts-dialog.c: the profile's accounts, and adding one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-account.h"
#include "fd-account-setup-form.h"
#include "fd-account-setup-page.h"
#include "fd-accounts-dialog.h"
#include "fd-channel.h"
#include "fd-provider.h"
#include "fd-secrets.h"
#include "fd-store.h"

struct _FdAccountsDialog
{
  AdwWindow        parent_instance;

  FdSyncManager   *manager;
  char            *data_dir;

  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkListBox      *accounts_list;
  AdwPreferencesGroup *add_group;
  AdwWindowTitle  *add_title;
  AdwBin          *add_bin;
};

G_DEFINE_FINAL_TYPE (FdAccountsDialog, fd_accounts_dialog, ADW_TYPE_WINDOW)

static char *
describe_where (FdAccount *account)
{
  const char *channel = fd_channel_display_name (fd_account_get_channel (account));
  const char *address = fd_account_get_address (account);
  const char *problem = fd_account_get_error_message (account);
  g_autofree char *notice = fd_account_dup_setting_string (account, FD_ACCOUNT_SETTING_NOTICE);

  /* A notice: the account syncs, but part of it does not work. */
  if ((problem == NULL || *problem == '\0') && notice != NULL && *notice != '\0')
    problem = notice;
  if (problem != NULL && *problem != '\0')
    /* Translators: a channel name ("Email") and what is wrong */
    return g_strdup_printf (_("%s — %s"), channel, problem);
  if (address != NULL && *address != '\0')
    /* Translators: a channel name ("Mastodon") and an address or handle */
    return g_strdup_printf (_("%s · %s"), channel, address);
  return g_strdup (channel);
}

/* Where, and on a second line how it signs in. */
static char *
describe_account (FdAccount *account)
{
  g_autofree char *where = describe_where (account);
  g_autofree char *sign_in = fd_account_setup_describe_sign_in (account);

  return g_strdup_printf ("%s\n%s", where, sign_in);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    FdAccountsDialog *self)
{
  FdAccount *account = g_object_get_data (G_OBJECT (dialog), "account");
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (g_strcmp0 (response, "remove") != 0 || account == NULL)
    return;

  id = fd_account_get_id (account);

  /* The messages stay: removing an account only stops syncing it and
   * forgets its password or token. */
  if (!(store = fd_store_open (self->data_dir, &error)))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  /* The keyring first, as the command line does; the key is read from
   * the account now, before deleting it takes its id. */
  fd_secrets_clear_async (account, NULL, NULL, NULL, NULL);
  if (!fd_account_delete (account, store, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  fd_sync_manager_remove_account (self->manager, id);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Account removed. Its messages are still here.")));
}

static void
remove_clicked_cb (GtkButton        *button,
                   FdAccountsDialog *self)
{
  FdAccount *account = g_object_get_data (G_OBJECT (button), "account");
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Remove This Account?"),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Frontdesk stops syncing “%s” and forgets its password. "
                                    "Messages already here are kept."),
                                  fd_account_get_name (account));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "account", g_object_ref (account), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void show_add_page (FdAccountsDialog *self,
                           const char       *channel,
                           FdAccount        *account);

static void
sign_in_again_clicked_cb (GtkButton        *button,
                          FdAccountsDialog *self)
{
  FdAccount *account = g_object_get_data (G_OBJECT (button), "account");

  show_add_page (self, fd_account_get_channel (account), account);
}

static GtkWidget *
create_account_row (gpointer item,
                    gpointer user_data)
{
  FdAccountsDialog *self = user_data;
  FdAccount *account = item;
  g_autofree char *subtitle = describe_account (account);
  g_autofree char *label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autoptr(GHashTable) params = fd_account_setup_dup_params (account);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fd_account_get_name (account));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Signing in again, with a new password or another way. */
  if (params != NULL)
    {
      GtkWidget *again = gtk_button_new_with_mnemonic (_("_Sign In Again…"));
      g_autofree char *again_label = NULL;

      gtk_widget_set_valign (again, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (again, "flat");
      /* Translators: the accessible name of a button; %s is an account name */
      again_label = g_strdup_printf (_("Sign in to the account %s again"), fd_account_get_name (account));
      gtk_accessible_update_property (GTK_ACCESSIBLE (again), GTK_ACCESSIBLE_PROPERTY_LABEL, again_label, -1);
      gtk_widget_set_name (again, "sign-in-again");
      g_object_set_data_full (G_OBJECT (again), "account", g_object_ref (account), g_object_unref);
      g_signal_connect_object (again, "clicked", G_CALLBACK (sign_in_again_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), again);
    }

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Account"));
  /* Translators: the accessible name of a button; %s is an account name */
  label = g_strdup_printf (_("Remove the account %s"), fd_account_get_name (account));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (remove), "account", g_object_ref (account), g_object_unref);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
show_list (FdAccountsDialog *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  adw_bin_set_child (self->add_bin, NULL);
}

static void
account_added_cb (GtkWidget        *page,
                  gint64            account_id,
                  FdAccountsDialog *self)
{
  fd_sync_manager_sync_now (self->manager, account_id);
  show_list (self);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Account added. Its messages arrive as it syncs.")));
}

/* @account: signing in to it again, or NULL to add one. */
static void
show_add_page (FdAccountsDialog *self,
               const char       *channel,
               FdAccount        *account)
{
  const FdAccountSetupForm *form = fd_account_setup_get_form (channel);
  GtkWidget *page;

  if (form == NULL || (page = fd_account_setup_page_new (self->manager, channel)) == NULL)
    return;

  g_signal_connect_object (page, "account-added", G_CALLBACK (account_added_cb), self, 0);
  adw_bin_set_child (self->add_bin, page);
  adw_window_title_set_title (self->add_title, g_dgettext (GETTEXT_PACKAGE, form->title));
  if (account != NULL)
    {
      fd_account_setup_page_set_account (FD_ACCOUNT_SETUP_PAGE (page), account);
      adw_window_title_set_title (self->add_title, _("Sign In Again"));
    }
  gtk_stack_set_visible_child_name (self->stack, "add");
  /* The first field, ready for typing. */
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
add_row_activated_cb (AdwActionRow     *row,
                      FdAccountsDialog *self)
{
  show_add_page (self, g_object_get_data (G_OBJECT (row), "channel"), NULL);
}

/* "_Email": a mnemonic on the first letter; an underscore in the name
 * stays one. */
static char *
make_mnemonic (const char *name)
{
  GString *title = g_string_new ("_");

  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '_')
        g_string_append_c (title, '_');
      g_string_append_c (title, *p);
    }

  return g_string_free (title, FALSE);
}

/* A row per channel that can be added, named and shown as the channel
 * describes itself. */
static void
add_channel_rows (FdAccountsDialog *self)
{
  g_autoptr(GPtrArray) channels = fd_account_setup_list_channels ();

  /* A build without a channel that can be added from here. */
  gtk_widget_set_visible (GTK_WIDGET (self->add_group), channels->len > 0);

  for (guint i = 0; i < channels->len; i++)
    {
      const char *channel = g_ptr_array_index (channels, i);
      const FdAccountSetupForm *form = fd_account_setup_get_form (channel);
      g_autofree char *title = make_mnemonic (fd_channel_display_name (channel));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (fd_channel_icon_name (channel));
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
      if (form->summary != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), g_dgettext (GETTEXT_PACKAGE, form->summary));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_widget_set_name (row, channel);
      g_object_set_data_full (G_OBJECT (row), "channel", g_strdup (channel), g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (add_row_activated_cb), self, 0);
      adw_preferences_group_add (self->add_group, row);
    }
}

/* Accounts another program signed in to (GNOME Online Accounts): one
 * row each, added as they are. */

static void
external_added_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GtkWidget) row = user_data;
  FdAccountsDialog *self = g_object_get_data (G_OBJECT (row), "dialog");
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(FdProvider) provider = NULL;
  g_autoptr(GError) error = NULL;

  account = fd_account_setup_add_finish (result, NULL, &error);
  if (account != NULL && (provider = fd_provider_new_for_account (account, self->data_dir, NULL)) != NULL && self != NULL)
    {
      fd_sync_manager_add_account (self->manager, account, provider);
      fd_sync_manager_sync_now (self->manager, fd_account_get_id (account));
    }
  if (self == NULL || gtk_widget_get_parent (row) == NULL)
    return;

  gtk_widget_set_sensitive (row, TRUE);
  if (account == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  adw_preferences_group_remove (self->add_group, row);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Account added. Its messages arrive as it syncs.")));
}

static void
external_row_activated_cb (AdwActionRow     *row,
                           FdAccountsDialog *self)
{
  FdSetupExternalAccount *external = g_object_get_data (G_OBJECT (row), "external");

  gtk_widget_set_sensitive (GTK_WIDGET (row), FALSE);
  g_object_set_data (G_OBJECT (row), "dialog", self);
  fd_account_setup_add_async (self->data_dir, external->channel, external->params, "", NULL,
                              external_added_cb, g_object_ref (row));
}

static gboolean
is_added (FdAccountsDialog       *self,
          FdSetupExternalAccount *external)
{
  GListModel *accounts = fd_sync_manager_get_accounts (self->manager);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(FdAccount) account = g_list_model_get_item (accounts, i);

      if (g_strcmp0 (fd_account_get_channel (account), external->channel) == 0 &&
          g_strcmp0 (fd_account_get_address (account), external->title) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
external_listed_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  FdAccountsDialog *self = FD_ACCOUNTS_DIALOG (widget);
  g_autoptr(GPtrArray) external = fd_account_setup_list_external_finish (result, NULL);

  for (guint i = 0; external != NULL && i < external->len; i++)
    {
      FdSetupExternalAccount *account = g_ptr_array_index (external, i);
      GtkWidget *row;

      if (is_added (self, account))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), account->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), account->subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (fd_channel_icon_name (account->channel)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-add-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_name (row, "external-account");
      gtk_widget_set_tooltip_text (row, _("Use this account from Online Accounts"));
      g_object_set_data_full (G_OBJECT (row), "external", g_ptr_array_steal_index (external, i--),
                              (GDestroyNotify) fd_setup_external_account_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (external_row_activated_cb), self, 0);
      adw_preferences_group_add (self->add_group, row);
      gtk_widget_set_visible (GTK_WIDGET (self->add_group), TRUE);
    }
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FdAccountsDialog *self = FD_ACCOUNTS_DIALOG (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "add") == 0)
    show_list (self);
}

static void
fd_accounts_dialog_dispose (GObject *object)
{
  FdAccountsDialog *self = (FdAccountsDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_ACCOUNTS_DIALOG);
  g_clear_object (&self->manager);

  G_OBJECT_CLASS (fd_accounts_dialog_parent_class)->dispose (object);
}

static void
fd_accounts_dialog_finalize (GObject *object)
{
  FdAccountsDialog *self = (FdAccountsDialog *) object;

  g_free (self->data_dir);

  G_OBJECT_CLASS (fd_accounts_dialog_parent_class)->finalize (object);
}

static void
fd_accounts_dialog_class_init (FdAccountsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_accounts_dialog_dispose;
  object_class->finalize = fd_accounts_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/accounts/fd-accounts-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FdAccountsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FdAccountsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, FdAccountsDialog, accounts_list);
  gtk_widget_class_bind_template_child (widget_class, FdAccountsDialog, add_group);
  gtk_widget_class_bind_template_child (widget_class, FdAccountsDialog, add_title);
  gtk_widget_class_bind_template_child (widget_class, FdAccountsDialog, add_bin);

  gtk_widget_class_install_action (widget_class, "accounts.back", NULL, back_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "accounts.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fd_accounts_dialog_init (FdAccountsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_channel_rows (self);
}

GtkWidget *
fd_accounts_dialog_new (GtkWindow     *parent,
                        FdSyncManager *manager,
                        const char    *data_dir)
{
  FdAccountsDialog *self;
  GtkWidget *placeholder;

  g_return_val_if_fail (FD_IS_SYNC_MANAGER (manager), NULL);

  self = g_object_new (FD_TYPE_ACCOUNTS_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->manager = g_object_ref (manager);
  self->data_dir = g_strdup (data_dir);

  placeholder = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (placeholder), _("No accounts yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (placeholder), _("Add one below, or import messages with frontdesk-cli import."));
  gtk_list_box_set_placeholder (self->accounts_list, placeholder);
  gtk_list_box_bind_model (self->accounts_list, fd_sync_manager_get_accounts (manager),
                           create_account_row, self, NULL);
  /* "Use an account from Online Accounts": listed once known. */
  fd_account_setup_list_external_async (NULL, external_listed_cb, g_object_ref (self));

  return GTK_WIDGET (self);
}
