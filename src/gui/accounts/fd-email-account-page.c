/* fd-email-account-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-email-account-page.h"
#include "providers/email/fd-email-autoconfig.h"

struct _FdEmailAccountPage
{
  AdwBin          parent_instance;

  FdSyncManager  *manager;
  GCancellable   *cancellable;
  char           *untrusted_fingerprint;

  AdwEntryRow    *address_row;
  AdwEntryRow    *password_row;
  AdwEntryRow    *name_row;
  GtkButton      *find_button;
  GtkSpinner     *spinner;
  GtkLabel       *status_label;
  GtkExpander    *expander;
  AdwEntryRow    *username_row;
  AdwEntryRow    *imap_host_row;
  GtkSpinButton  *imap_port_spin;
  AdwComboRow    *imap_security_row;
  AdwEntryRow    *smtp_host_row;
  GtkSpinButton  *smtp_port_spin;
  AdwComboRow    *smtp_security_row;
  AdwActionRow   *unencrypted_row;
  GtkSwitch      *unencrypted_switch;
  GtkLabel       *error_label;
  GtkButton      *trust_button;
  GtkButton      *add_button;

  GPtrArray      *trusted;   /* fingerprints trusted on this page */
};

G_DEFINE_FINAL_TYPE (FdEmailAccountPage, fd_email_account_page, ADW_TYPE_BIN)

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
set_busy (FdEmailAccountPage *self,
          gboolean            busy,
          const char         *status)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->find_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->trust_button), !busy);
  gtk_label_set_text (self->status_label, status != NULL ? status : "");
}

static void
show_error (FdEmailAccountPage *self,
            const GError       *error)
{
  const char *fingerprint = fd_email_error_get_fingerprint (error);

  gtk_label_set_text (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);

  g_clear_pointer (&self->untrusted_fingerprint, g_free);
  self->untrusted_fingerprint = g_strdup (fingerprint);
  gtk_widget_set_visible (GTK_WIDGET (self->trust_button), fingerprint != NULL);

  /* Wrong settings are fixed in the expander. */
  if (g_error_matches (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_CONNECT) ||
      g_error_matches (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_TLS) ||
      g_error_matches (error, FD_EMAIL_ERROR, FD_EMAIL_ERROR_NOT_FOUND))
    gtk_expander_set_expanded (self->expander, TRUE);
}

static void
fill_servers (FdEmailAccountPage  *self,
              const FdEmailConfig *config)
{
  gtk_editable_set_text (GTK_EDITABLE (self->username_row), config->username != NULL ? config->username : "");
  gtk_editable_set_text (GTK_EDITABLE (self->imap_host_row), config->imap_host);
  gtk_spin_button_set_value (self->imap_port_spin, config->imap_port);
  adw_combo_row_set_selected (self->imap_security_row, config->imap_security);
  gtk_editable_set_text (GTK_EDITABLE (self->smtp_host_row), config->smtp_host);
  gtk_spin_button_set_value (self->smtp_port_spin, config->smtp_port);
  adw_combo_row_set_selected (self->smtp_security_row, config->smtp_security);
}

static FdEmailConfig *
read_config (FdEmailAccountPage *self)
{
  FdEmailConfig *config = fd_email_config_new ();
  const char *username = gtk_editable_get_text (GTK_EDITABLE (self->username_row));
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  config->address = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->address_row))));
  config->display_name = *name != '\0' ? g_strdup (name) : NULL;
  config->username = g_strdup (*username != '\0' ? username : config->address);
  config->imap_host = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->imap_host_row))));
  config->imap_port = (guint16) gtk_spin_button_get_value_as_int (self->imap_port_spin);
  config->imap_security = (FdEmailSecurity) adw_combo_row_get_selected (self->imap_security_row);
  config->smtp_host = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->smtp_host_row))));
  config->smtp_port = (guint16) gtk_spin_button_get_value_as_int (self->smtp_port_spin);
  config->smtp_security = (FdEmailSecurity) adw_combo_row_get_selected (self->smtp_security_row);
  config->allow_unencrypted = gtk_widget_get_visible (GTK_WIDGET (self->unencrypted_row)) &&
                              gtk_switch_get_active (self->unencrypted_switch);
  for (guint i = 0; i < self->trusted->len; i++)
    fd_email_config_add_trusted (config, g_ptr_array_index (self->trusted, i));

  return config;
}

/* Callbacks */

/* Choosing "None" shows the switch that allows it; the switch starts off
 * each time, so the choice is made knowingly. */
static void
security_changed_cb (FdEmailAccountPage *self)
{
  gboolean none = adw_combo_row_get_selected (self->imap_security_row) == FD_EMAIL_SECURITY_NONE ||
                  adw_combo_row_get_selected (self->smtp_security_row) == FD_EMAIL_SECURITY_NONE;

  if (!none)
    gtk_switch_set_active (self->unencrypted_switch, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->unencrypted_row), none);
}

static void
lookup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FdEmailAccountPage) self = user_data;
  g_autoptr(FdEmailConfig) config = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;

  config = fd_email_autoconfig_lookup_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (config == NULL)
    {
      set_busy (self, FALSE, NULL);
      show_error (self, error);
      return;
    }

  fill_servers (self, config);
  /* Translators: %s says where the settings were found */
  status = g_strdup_printf (_("Settings found in %s."), config->source);
  set_busy (self, FALSE, status);
  show_error (self, NULL);
}

static void
find_clicked_cb (FdEmailAccountPage *self)
{
  const char *address = gtk_editable_get_text (GTK_EDITABLE (self->address_row));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  set_busy (self, TRUE, _("Looking for the settings…"));
  fd_email_autoconfig_lookup_async (address, self->cancellable, lookup_done_cb, g_object_ref (self));
}

static void
add_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdEmailAccountPage) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = fd_email_account_add_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (id == 0)
    {
      set_busy (self, FALSE, NULL);
      show_error (self, error);
      return;
    }

  set_busy (self, FALSE, _("The account was added."));
  show_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  g_signal_emit (self, signals[ACCOUNT_ADDED], 0, id);
}

static void
add_clicked_cb (FdEmailAccountPage *self)
{
  g_autoptr(FdEmailConfig) config = read_config (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  if (!fd_email_config_validate (config, &error))
    {
      show_error (self, error);
      return;
    }

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_object_get (self->manager, "data-dir", &data_dir, NULL);
  set_busy (self, TRUE, _("Signing in to both servers…"));
  fd_email_account_add_async (data_dir, config, *name != '\0' ? name : NULL,
                              gtk_editable_get_text (GTK_EDITABLE (self->password_row)),
                              self->cancellable, add_done_cb, g_object_ref (self));
}

static void
trust_clicked_cb (FdEmailAccountPage *self)
{
  if (self->untrusted_fingerprint == NULL)
    return;

  g_ptr_array_add (self->trusted, g_steal_pointer (&self->untrusted_fingerprint));
  gtk_widget_set_visible (GTK_WIDGET (self->trust_button), FALSE);
  add_clicked_cb (self);
}

/* GObject */

static void
fd_email_account_page_dispose (GObject *object)
{
  FdEmailAccountPage *self = FD_EMAIL_ACCOUNT_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_EMAIL_ACCOUNT_PAGE);
  g_clear_object (&self->manager);

  G_OBJECT_CLASS (fd_email_account_page_parent_class)->dispose (object);
}

static void
fd_email_account_page_finalize (GObject *object)
{
  FdEmailAccountPage *self = FD_EMAIL_ACCOUNT_PAGE (object);

  g_clear_pointer (&self->untrusted_fingerprint, g_free);
  g_clear_pointer (&self->trusted, g_ptr_array_unref);

  G_OBJECT_CLASS (fd_email_account_page_parent_class)->finalize (object);
}

static void
fd_email_account_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  FdEmailAccountPage *self = FD_EMAIL_ACCOUNT_PAGE (object);

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
fd_email_account_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  FdEmailAccountPage *self = FD_EMAIL_ACCOUNT_PAGE (object);

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
fd_email_account_page_class_init (FdEmailAccountPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_email_account_page_dispose;
  object_class->finalize = fd_email_account_page_finalize;
  object_class->get_property = fd_email_account_page_get_property;
  object_class->set_property = fd_email_account_page_set_property;

  properties[PROP_MANAGER] =
    g_param_spec_object ("manager", NULL, NULL, FD_TYPE_SYNC_MANAGER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FdEmailAccountPage::account-added:
   * @id: the new account's id
   *
   * The login worked and the account and its password are stored.
   */
  signals[ACCOUNT_ADDED] =
    g_signal_new ("account-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/frontdesk/Frontdesk/accounts/fd-email-account-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, address_row);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, find_button);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, expander);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, username_row);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, imap_host_row);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, imap_port_spin);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, imap_security_row);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, smtp_host_row);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, smtp_port_spin);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, smtp_security_row);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, unencrypted_row);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, unencrypted_switch);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, trust_button);
  gtk_widget_class_bind_template_child (widget_class, FdEmailAccountPage, add_button);
  gtk_widget_class_bind_template_callback (widget_class, find_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, trust_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, security_changed_cb);
}

static void
fd_email_account_page_init (FdEmailAccountPage *self)
{
  self->trusted = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fd_email_account_page_new (FdSyncManager *manager)
{
  g_return_val_if_fail (FD_IS_SYNC_MANAGER (manager), NULL);

  return g_object_new (FD_TYPE_EMAIL_ACCOUNT_PAGE, "manager", manager, NULL);
}
