/* fd-accounts-dialog.c: the profile's accounts, and adding one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-account.h"
#include "fd-accounts-dialog.h"
#include "fd-secrets.h"
#include "fd-store.h"
#include "accounts/fd-email-account-page.h"
#include "accounts/fd-mastodon-account-page.h"

struct _FdAccountsDialog
{
  AdwWindow        parent_instance;

  FdSyncManager   *manager;
  char            *data_dir;

  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkListBox      *accounts_list;
  AdwActionRow    *add_email_row;
  AdwActionRow    *add_mastodon_row;
  AdwWindowTitle  *add_title;
  AdwBin          *add_bin;
};

G_DEFINE_FINAL_TYPE (FdAccountsDialog, fd_accounts_dialog, ADW_TYPE_WINDOW)

typedef GtkWidget *(*PageNew) (FdSyncManager *manager);

/* One set-up page per channel that has one. */
static const struct {
  const char *channel;
  PageNew     page_new;
  const char *title;
} channel_pages[] = {
  { "email", fd_email_account_page_new, N_("Add an Email Account") },
  { "mastodon", fd_mastodon_account_page_new, N_("Add a Mastodon Account") },
};

static PageNew
find_page (const char  *channel,
           const char **title)
{
  for (guint i = 0; i < G_N_ELEMENTS (channel_pages); i++)
    if (g_str_equal (channel_pages[i].channel, channel))
      {
        *title = _(channel_pages[i].title);
        return channel_pages[i].page_new;
      }
  return NULL;
}

static char *
describe_account (FdAccount *account)
{
  const char *channel = fd_account_get_channel (account);
  const char *address = fd_account_get_address (account);
  const char *problem = fd_account_get_error_message (account);

  if (problem != NULL && *problem != '\0')
    /* Translators: a channel name ("email") and what is wrong */
    return g_strdup_printf (_("%s — %s"), channel, problem);
  if (address != NULL && *address != '\0')
    /* Translators: a channel name ("mastodon") and an address or handle */
    return g_strdup_printf (_("%s · %s"), channel, address);
  return g_strdup (channel);
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

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fd_account_get_name (account));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

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
                               adw_toast_new (_("Account added. Its messages arrive in the inbox as they sync.")));
}

static void
show_add_page (FdAccountsDialog *self,
               const char       *channel)
{
  const char *title = NULL;
  PageNew page_new = find_page (channel, &title);
  GtkWidget *page;

  if (page_new == NULL)
    return;

  page = page_new (self->manager);
  g_signal_connect_object (page, "account-added", G_CALLBACK (account_added_cb), self, 0);
  adw_bin_set_child (self->add_bin, page);
  adw_window_title_set_title (self->add_title, title);
  gtk_stack_set_visible_child_name (self->stack, "add");
}

static void
add_email_activated_cb (FdAccountsDialog *self)
{
  show_add_page (self, "email");
}

static void
add_mastodon_activated_cb (FdAccountsDialog *self)
{
  show_add_page (self, "mastodon");
}

static void
back_clicked_cb (FdAccountsDialog *self)
{
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
  gtk_widget_class_bind_template_child (widget_class, FdAccountsDialog, add_email_row);
  gtk_widget_class_bind_template_child (widget_class, FdAccountsDialog, add_mastodon_row);
  gtk_widget_class_bind_template_child (widget_class, FdAccountsDialog, add_title);
  gtk_widget_class_bind_template_child (widget_class, FdAccountsDialog, add_bin);
  gtk_widget_class_bind_template_callback (widget_class, add_email_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_mastodon_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fd_accounts_dialog_init (FdAccountsDialog *self)
{
  const char *title;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_visible (GTK_WIDGET (self->add_email_row), find_page ("email", &title) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->add_mastodon_row), find_page ("mastodon", &title) != NULL);
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

  return GTK_WIDGET (self);
}
