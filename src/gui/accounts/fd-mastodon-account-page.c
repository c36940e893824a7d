/* fd-mastodon-account-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-mastodon-account-page.h"
#include "fd-provider.h"
#include "providers/mastodon/fd-mastodon-auth.h"

struct _FdMastodonAccountPage
{
  AdwBin           parent_instance;

  FdSyncManager   *manager;
  FdMastodonAuth  *auth;
  GCancellable    *cancellable;
  gboolean         paste_code;

  AdwEntryRow     *server_row;
  GtkLabel        *error_label;
  GtkStack        *stack;
  GtkSpinner      *spinner;
  GtkLabel        *waiting_label;
  GtkEntry        *code_entry;
  GtkLabel        *done_label;
};

G_DEFINE_FINAL_TYPE (FdMastodonAccountPage, fd_mastodon_account_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MANAGER,
  N_PROPS
};

enum {
  ACCOUNT_ADDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static void
show_page (FdMastodonAccountPage *self,
           const char            *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_spinner_set_spinning (self->spinner, g_str_equal (name, "waiting"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->server_row), g_str_equal (name, "start"));
  if (g_str_equal (name, "paste"))
    gtk_widget_grab_focus (GTK_WIDGET (self->code_entry));
}

static void
show_error (FdMastodonAccountPage *self,
            const GError          *error)
{
  if (error == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
      return;
    }

  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
fail (FdMastodonAccountPage *self,
      const GError          *error)
{
  show_error (self, error);
  g_clear_object (&self->auth);
  show_page (self, "start");
}

static void
reset_cancellable (FdMastodonAccountPage *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

/* Callbacks */

static void
account_added_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(FdMastodonAccountPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdAccount) account = fd_mastodon_account_add_finish (result, &error);
  g_autoptr(FdProvider) provider = NULL;
  g_autofree char *done = NULL;

  if (account == NULL)
    {
      fail (self, error);
      return;
    }

  if ((provider = fd_provider_new_for_account (account, &error)) == NULL)
    {
      fail (self, error);
      return;
    }

  fd_sync_manager_add_account (self->manager, account, provider);
  fd_sync_manager_sync_now (self->manager, fd_account_get_id (account));
  g_clear_object (&self->auth);

  /* Translators: %s is the account, like @shop@mastodon.social */
  done = g_strdup_printf (_("Signed in as %s. Mentions and direct messages arrive in the inbox."),
                          fd_account_get_name (account));
  gtk_label_set_text (self->done_label, done);
  show_page (self, "done");

  g_signal_emit (self, signals[ACCOUNT_ADDED], 0, fd_account_get_id (account));
}

static void
exchanged_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FdMastodonAccountPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = fd_mastodon_auth_exchange_code_finish (FD_MASTODON_AUTH (object), result, &error);
  g_autofree char *data_dir = NULL;

  if (token == NULL)
    {
      if (self->paste_code && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Let the person paste it again. */
          show_error (self, error);
          show_page (self, "paste");
          return;
        }
      fail (self, error);
      return;
    }

  gtk_label_set_text (self->waiting_label, _("Saving the account…"));
  g_object_get (self->manager, "data-dir", &data_dir, NULL);
  fd_mastodon_account_add_async (data_dir, fd_mastodon_auth_get_server (FD_MASTODON_AUTH (object)), token,
                                 self->cancellable, account_added_cb, g_object_ref (self));
  memset (token, 0, strlen (token));
}

static void
code_received_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(FdMastodonAccountPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = fd_mastodon_auth_wait_for_code_finish (FD_MASTODON_AUTH (object), result, &error);

  if (code == NULL)
    {
      fail (self, error);
      return;
    }

  gtk_label_set_text (self->waiting_label, _("Signing in…"));
  fd_mastodon_auth_exchange_code_async (FD_MASTODON_AUTH (object), code, self->cancellable,
                                        exchanged_cb, g_object_ref (self));
}

static void
launched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdMastodonAccountPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autoptr(GError) wrapped = g_error_new (error->domain, error->code,
                                               _("Frontdesk could not open the browser (%s). "
                                                 "Open a browser and try again."), error->message);
      fail (self, wrapped);
    }
}

static void
registered_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FdMastodonAccountPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;

  if (!fd_mastodon_auth_register_finish (FD_MASTODON_AUTH (object), result, &error))
    {
      fail (self, error);
      return;
    }

  /* Without a loopback server the code can only be pasted. */
  if (fd_mastodon_auth_get_redirect_uri (FD_MASTODON_AUTH (object)) == NULL)
    self->paste_code = TRUE;

  url = fd_mastodon_auth_build_authorize_url (FD_MASTODON_AUTH (object), self->paste_code);
  {
    g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));

    g_app_info_launch_default_for_uri_async (url, G_APP_LAUNCH_CONTEXT (context), self->cancellable,
                                             launched_cb, g_object_ref (self));
  }

  if (self->paste_code)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->code_entry), "");
      show_page (self, "paste");
      return;
    }

  gtk_label_set_text (self->waiting_label, _("Waiting for the browser… Choose “Authorize” there."));
  fd_mastodon_auth_wait_for_code_async (FD_MASTODON_AUTH (object), self->cancellable,
                                        code_received_cb, g_object_ref (self));
}

static void
start (FdMastodonAccountPage *self,
       gboolean               paste_code)
{
  g_autoptr(GError) error = NULL;

  show_error (self, NULL);
  reset_cancellable (self);
  g_clear_object (&self->auth);

  if (!(self->auth = fd_mastodon_auth_new (gtk_editable_get_text (GTK_EDITABLE (self->server_row)), &error)))
    {
      show_error (self, error);
      gtk_widget_grab_focus (GTK_WIDGET (self->server_row));
      return;
    }

  self->paste_code = paste_code;
  gtk_label_set_text (self->waiting_label, _("Contacting the server…"));
  show_page (self, "waiting");
  fd_mastodon_auth_register_async (self->auth, self->cancellable, registered_cb, g_object_ref (self));
}

static void
sign_in_clicked_cb (FdMastodonAccountPage *self)
{
  start (self, FALSE);
}

static void
paste_clicked_cb (FdMastodonAccountPage *self)
{
  start (self, TRUE);
}

static void
submit_code_cb (FdMastodonAccountPage *self)
{
  const char *code = gtk_editable_get_text (GTK_EDITABLE (self->code_entry));

  if (self->auth == NULL)
    return;

  show_error (self, NULL);
  gtk_label_set_text (self->waiting_label, _("Signing in…"));
  show_page (self, "waiting");
  fd_mastodon_auth_exchange_code_async (self->auth, code, self->cancellable, exchanged_cb, g_object_ref (self));
  gtk_editable_set_text (GTK_EDITABLE (self->code_entry), "");
}

static void
cancel_clicked_cb (FdMastodonAccountPage *self)
{
  reset_cancellable (self);
  g_clear_object (&self->auth);
  show_error (self, NULL);
  show_page (self, "start");
}

/* GObject */

static void
fd_mastodon_account_page_dispose (GObject *object)
{
  FdMastodonAccountPage *self = (FdMastodonAccountPage *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->auth);
  g_clear_object (&self->manager);
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_MASTODON_ACCOUNT_PAGE);

  G_OBJECT_CLASS (fd_mastodon_account_page_parent_class)->dispose (object);
}

static void
fd_mastodon_account_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  FdMastodonAccountPage *self = FD_MASTODON_ACCOUNT_PAGE (object);

  switch (prop_id)
    {
    case PROP_MANAGER:
      g_value_set_object (value, self->manager);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_mastodon_account_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  FdMastodonAccountPage *self = FD_MASTODON_ACCOUNT_PAGE (object);

  switch (prop_id)
    {
    case PROP_MANAGER:
      g_set_object (&self->manager, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_mastodon_account_page_class_init (FdMastodonAccountPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_mastodon_account_page_dispose;
  object_class->get_property = fd_mastodon_account_page_get_property;
  object_class->set_property = fd_mastodon_account_page_set_property;

  properties[PROP_MANAGER] =
    g_param_spec_object ("manager", NULL, NULL, FD_TYPE_SYNC_MANAGER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FdMastodonAccountPage::account-added:
   * @account_id: the new (or signed in again) account
   */
  signals[ACCOUNT_ADDED] =
    g_signal_new ("account-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/accounts/fd-mastodon-account-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdMastodonAccountPage, server_row);
  gtk_widget_class_bind_template_child (widget_class, FdMastodonAccountPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, FdMastodonAccountPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FdMastodonAccountPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, FdMastodonAccountPage, waiting_label);
  gtk_widget_class_bind_template_child (widget_class, FdMastodonAccountPage, code_entry);
  gtk_widget_class_bind_template_child (widget_class, FdMastodonAccountPage, done_label);
  gtk_widget_class_bind_template_callback (widget_class, sign_in_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, paste_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, submit_code_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
}

static void
fd_mastodon_account_page_init (FdMastodonAccountPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_page (self, "start");
}

GtkWidget *
fd_mastodon_account_page_new (FdSyncManager *manager)
{
  g_return_val_if_fail (FD_IS_SYNC_MANAGER (manager), NULL);

  return g_object_new (FD_TYPE_MASTODON_ACCOUNT_PAGE, "manager", manager, NULL);
}
