/* fd-account-setup-page.c: the form, discover, adding.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-account-setup.h"
#include "fd-account-setup-page-private.h"

G_DEFINE_FINAL_TYPE (FdAccountSetupPage, fd_account_setup_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MANAGER,
  PROP_CHANNEL,
  N_PROPS
};

enum {
  ACCOUNT_ADDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

void
_fd_account_setup_page_emit_added (FdAccountSetupPage *self,
                                   gint64              account_id)
{
  g_signal_emit (self, signals[ACCOUNT_ADDED], 0, account_id);
}

void
_fd_secret_free (FdSecret *secret)
{
  if (secret != NULL)
    memset (secret, 0, strlen (secret));
  g_free (secret);
}

FdSetupRow *
_fd_account_setup_page_find_row (FdAccountSetupPage *self,
                                 const char         *id)
{
  for (guint i = 0; id != NULL && i < self->rows->len; i++)
    {
      FdSetupRow *row = g_ptr_array_index (self->rows, i);

      if (g_str_equal (row->field->id, id))
        return row;
    }

  return NULL;
}

gboolean
_fd_setup_row_is_secret (FdSetupRow *row)
{
  return (row->field->flags & FD_SETUP_FIELD_SECRET) != 0;
}

GHashTable *
_fd_account_setup_page_collect (FdAccountSetupPage *self)
{
  GHashTable *params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < self->rows->len; i++)
    {
      FdSetupRow *row = g_ptr_array_index (self->rows, i);
      char *value;

      if (_fd_setup_row_is_secret (row) || !gtk_widget_get_visible (row->row))
        continue;
      if ((value = fd_setup_row_dup_value (row)) != NULL)
        g_hash_table_insert (params, g_strdup (row->field->id), value);
    }

  if (self->account_id != NULL)
    g_hash_table_insert (params, g_strdup ("account-id"), g_strdup (self->account_id));
  if (self->trusted->len > 0)
    {
      g_ptr_array_add (self->trusted, NULL);
      g_hash_table_insert (params, g_strdup ("trust-certificate"),
                           g_strjoinv (" ", (char **) self->trusted->pdata));
      g_ptr_array_remove_index (self->trusted, self->trusted->len - 1);
    }

  return params;
}

void
_fd_account_setup_page_update_shown (FdAccountSetupPage *self)
{
  g_autoptr(GHashTable) params = NULL;

  if (self->rows == NULL)
    return;

  params = _fd_account_setup_page_collect (self);
  for (guint i = 0; i < self->rows->len; i++)
    {
      FdSetupRow *row = g_ptr_array_index (self->rows, i);
      gboolean shown = fd_setup_field_is_shown (row->field, params);

      if (!shown && gtk_widget_get_visible (row->row))
        fd_setup_row_set_value (row, NULL);
      gtk_widget_set_visible (row->row, shown);
    }
}

static void
set_problem_row (FdAccountSetupPage *self,
                 FdSetupRow         *row,
                 const char         *message)
{
  if (self->problem_row != NULL)
    fd_setup_row_set_problem (self->problem_row, NULL);
  self->problem_row = row;
  if (row == NULL)
    return;

  fd_setup_row_set_problem (row, message);
  if ((row->field->flags & FD_SETUP_FIELD_ADVANCED) && self->advanced_row != NULL)
    adw_expander_row_set_expanded (self->advanced_row, TRUE);
  gtk_widget_grab_focus (row->control);
}

/* The banner says what went wrong, else what is going on. */
static void
update_banner (FdAccountSetupPage *self)
{
  gboolean editing = self->state == FD_SETUP_STATE_EDIT;
  gboolean working = self->state == FD_SETUP_STATE_BUSY || self->state == FD_SETUP_STATE_BROWSER;
  gboolean waiting = self->state == FD_SETUP_STATE_BROWSER || self->state == FD_SETUP_STATE_PASTE;
  const char *text = self->error_message != NULL ? self->error_message : self->status;

  gtk_label_set_text (self->banner_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->banner_label), text != NULL);
  if (self->error_message != NULL)
    {
      gtk_widget_add_css_class (self->banner, "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->banner_label), "error");
    }
  else
    {
      gtk_widget_remove_css_class (self->banner, "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->banner_label), "error");
    }

  gtk_widget_set_visible (self->error_icon, self->error_message != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->error_message == NULL && working);
  gtk_spinner_set_spinning (self->spinner, self->error_message == NULL && working);
  gtk_widget_set_visible (self->trust_button, self->error_message != NULL && self->untrusted != NULL);
  gtk_widget_set_visible (self->copy_link_button, waiting && self->authorize_uri != NULL);
  gtk_widget_set_visible (self->cancel_button, !editing);
  gtk_revealer_set_reveal_child (self->banner_revealer, text != NULL || !editing);
}

void
_fd_account_setup_page_clear_error (FdAccountSetupPage *self)
{
  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->untrusted, g_free);
  set_problem_row (self, NULL, NULL);
  update_banner (self);
}

void
_fd_account_setup_page_show_message (FdAccountSetupPage *self,
                                     FdSetupRow         *row,
                                     const char         *message)
{
  _fd_account_setup_page_clear_error (self);
  self->error_message = g_strdup (message);
  update_banner (self);
  set_problem_row (self, row, message);
}

/* The core's sentence; points at the field it is about, and offers to
 * trust a certificate it refused. */
void
_fd_account_setup_page_show_error (FdAccountSetupPage *self,
                                   const GError       *error)
{
  const char *fingerprint;

  if (error == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      _fd_account_setup_page_clear_error (self);
      return;
    }

  _fd_account_setup_page_show_message (self, _fd_account_setup_page_find_row (self, fd_account_setup_error_field (self->channel, error)),
                                       error->message);
  if ((fingerprint = fd_account_setup_error_get_fingerprint (error)) != NULL)
    {
      self->untrusted = g_strdup (fingerprint);
      update_banner (self);
    }
}

static void
set_primary (GtkWidget *button,
             gboolean   primary)
{
  if (primary)
    gtk_widget_add_css_class (button, "suggested-action");
  else
    gtk_widget_remove_css_class (button, "suggested-action");
}

void
_fd_account_setup_page_set_state (FdAccountSetupPage *self,
                                  FdSetupState        state,
                                  const char         *status)
{
  g_autoptr(GHashTable) params = _fd_account_setup_page_collect (self);
  gboolean editing = state == FD_SETUP_STATE_EDIT;
  gboolean pasting = state == FD_SETUP_STATE_PASTE;
  const FdSetupField *secret_field = fd_account_setup_form_get_secret_field (self->form);
  /* A secret the form hides (signing in with the browser instead) is not
   * asked for. */
  gboolean has_secret = secret_field != NULL && fd_setup_field_is_shown (secret_field, params);
  gboolean browser = fd_account_setup_offers_browser_sign_in (self->channel, params);

  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));

  self->state = state;
  if (status != self->status)
    {
      g_free (self->status);
      self->status = g_strdup (status);
    }

  /* The focus never stays on what can no longer be used: while working
   * it goes to Cancel first (a text field losing it as it greys out
   * would not be told). */
  if (had_focus && !editing)
    {
      update_banner (self);
      gtk_widget_grab_focus (self->cancel_button);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->fields_group), editing);
  gtk_widget_set_visible (GTK_WIDGET (self->paste_group), pasting);

  gtk_widget_set_visible (self->add_button, !pasting && (has_secret || !browser));
  gtk_widget_set_visible (self->browser_button, !pasting && browser);
  gtk_widget_set_visible (self->find_button, !pasting && self->form->discover != NULL);
  gtk_widget_set_visible (self->paste_button, !pasting && browser && !self->form->browser_without_paste);
  gtk_widget_set_visible (self->submit_code_button, pasting);
  set_primary (self->add_button, TRUE);
  set_primary (self->browser_button, !gtk_widget_get_visible (self->add_button));
  gtk_widget_set_sensitive (self->add_button, editing);
  gtk_widget_set_sensitive (self->browser_button, editing);
  gtk_widget_set_sensitive (self->find_button, editing);
  gtk_widget_set_sensitive (self->paste_button, editing);

  update_banner (self);

  /* Back in the form: on the main button. */
  if (had_focus && editing && (focus == self->cancel_button || !gtk_widget_is_sensitive (focus)))
    gtk_widget_grab_focus (gtk_widget_get_visible (self->add_button) ? self->add_button : self->browser_button);
}

void
_fd_account_setup_page_reset_cancellable (FdAccountSetupPage *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

void
_fd_account_setup_page_fail (FdAccountSetupPage *self,
                             const GError       *error)
{
  _fd_account_setup_page_stop_browser (self);
  _fd_account_setup_page_set_state (self, FD_SETUP_STATE_EDIT, NULL);
  _fd_account_setup_page_show_error (self, error);
}

/* The first field that must be filled in before going on, with why. */
FdSetupRow *
_fd_account_setup_page_find_missing (FdAccountSetupPage  *self,
                                     gboolean             with_secret,
                                     gboolean             with_discovered,
                                     char               **message)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FdSetupRow *row = g_ptr_array_index (self->rows, i);
      g_autofree char *value = NULL;
      g_autofree char *title = NULL;

      if (!gtk_widget_get_visible (row->row) || (_fd_setup_row_is_secret (row) && !with_secret))
        continue;
      value = fd_setup_row_dup_value (row);
      if (value == NULL && (row->field->flags & FD_SETUP_FIELD_OPTIONAL))
        continue;
      /* What discover fills in may be left to it. */
      if (value == NULL && (row->field->flags & FD_SETUP_FIELD_DISCOVERED) && !with_discovered)
        continue;

      title = fd_setup_row_dup_title (row);
      if (value == NULL)
        {
          /* Translators: %s is the title of a field, such as “Email Address” */
          *message = g_strdup_printf (_("Fill in “%s”."), title);
          return row;
        }
      if (row->field->kind == FD_SETUP_FIELD_EMAIL && strchr (value, '@') == NULL)
        {
          *message = g_strdup (_("Enter the full email address, such as name@example.com."));
          return row;
        }
    }

  return NULL;
}

gboolean
_fd_account_setup_page_check_filled (FdAccountSetupPage *self,
                                     gboolean            with_secret)
{
  g_autofree char *message = NULL;
  FdSetupRow *row = _fd_account_setup_page_find_missing (self, with_secret, FALSE, &message);

  if (row == NULL)
    return TRUE;

  _fd_account_setup_page_show_message (self, row, message);
  return FALSE;
}

static void
find_clicked_cb (FdAccountSetupPage *self)
{
  _fd_account_setup_page_find (self);
}

static void
add_clicked_cb (FdAccountSetupPage *self)
{
  _fd_account_setup_page_add (self);
}

static void
trust_clicked_cb (FdAccountSetupPage *self)
{
  _fd_account_setup_page_trust (self);
}

static void
browser_clicked_cb (FdAccountSetupPage *self)
{
  _fd_account_setup_page_start_browser (self, FALSE);
}

static void
paste_clicked_cb (FdAccountSetupPage *self)
{
  _fd_account_setup_page_start_browser (self, TRUE);
}

static void
submit_code_cb (FdAccountSetupPage *self)
{
  _fd_account_setup_page_submit_code (self);
}

static void
copy_link_clicked_cb (FdAccountSetupPage *self)
{
  _fd_account_setup_page_copy_link (self);
}

static void
cancel_clicked_cb (FdAccountSetupPage *self)
{
  _fd_account_setup_page_reset_cancellable (self);
  _fd_account_setup_page_stop_browser (self);
  self->add_after_discover = FALSE;
  _fd_account_setup_page_clear_error (self);
  _fd_account_setup_page_set_state (self, FD_SETUP_STATE_EDIT, NULL);
}

/* Callbacks: the fields */

static void
row_changed_cb (FdAccountSetupPage *self,
                GParamSpec         *pspec,
                GtkWidget          *widget)
{
  if (self->problem_row != NULL &&
      (self->problem_row->row == widget || self->problem_row->control == widget))
    set_problem_row (self, NULL, NULL);
  _fd_account_setup_page_update_shown (self);
  /* A field may change how the account signs in (password or browser). */
  if (self->state == FD_SETUP_STATE_EDIT)
    _fd_account_setup_page_set_state (self, self->state, self->status);
}

static void
editable_changed_cb (FdAccountSetupPage *self,
                     GtkEditable        *editable)
{
  row_changed_cb (self, NULL, GTK_WIDGET (editable));
}

/* Enter goes on to the next field still empty, or else does what the
 * main button does. */
static void
entry_activated_cb (FdAccountSetupPage *self)
{
  g_autofree char *message = NULL;
  gboolean browser = gtk_widget_get_visible (self->browser_button);
  gboolean add = gtk_widget_get_visible (self->add_button);
  FdSetupRow *row = _fd_account_setup_page_find_missing (self, add, FALSE, &message);

  if (row != NULL)
    {
      gtk_widget_grab_focus (row->control);
      return;
    }

  if (add)
    _fd_account_setup_page_add (self);
  else if (browser)
    _fd_account_setup_page_start_browser (self, FALSE);
}

static void
build_rows (FdAccountSetupPage *self)
{
  GtkWidget *expander = NULL;

  adw_preferences_group_set_description (self->fields_group, g_dgettext (GETTEXT_PACKAGE, self->form->intro));

  for (const FdSetupField *field = self->form->fields; field != NULL && field->id != NULL; field++)
    {
      FdSetupRow *row = fd_setup_row_new (field);

      g_ptr_array_add (self->rows, row);

      switch (field->kind)
        {
        case FD_SETUP_FIELD_NUMBER:
          g_signal_connect_object (row->control, "notify::value", G_CALLBACK (row_changed_cb), self, G_CONNECT_SWAPPED);
          break;
        case FD_SETUP_FIELD_CHOICE:
          g_signal_connect_object (row->control, "notify::selected", G_CALLBACK (row_changed_cb), self, G_CONNECT_SWAPPED);
          break;
        case FD_SETUP_FIELD_SWITCH:
          g_signal_connect_object (row->control, "notify::active", G_CALLBACK (row_changed_cb), self, G_CONNECT_SWAPPED);
          break;
        case FD_SETUP_FIELD_TEXT:
        case FD_SETUP_FIELD_EMAIL:
        case FD_SETUP_FIELD_URL:
        case FD_SETUP_FIELD_PASSWORD:
        default:
          g_signal_connect_object (row->row, "changed", G_CALLBACK (editable_changed_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (row->row, "entry-activated", G_CALLBACK (entry_activated_cb), self, G_CONNECT_SWAPPED);
          break;
        }

      if (!(field->flags & FD_SETUP_FIELD_ADVANCED))
        {
          adw_preferences_group_add (self->fields_group, row->row);
          continue;
        }

      if (expander == NULL)
        {
          expander = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                         self->form->advanced_title != NULL
                                         ? g_dgettext (GETTEXT_PACKAGE, self->form->advanced_title)
                                         : _("_More Settings"));
          adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (expander), TRUE);
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row->row);
    }

  if (expander != NULL)
    {
      adw_preferences_group_add (self->fields_group, expander);
      self->advanced_row = ADW_EXPANDER_ROW (expander);
    }

  _fd_account_setup_page_update_shown (self);
}

/* GObject */

static void
fd_account_setup_page_constructed (GObject *object)
{
  FdAccountSetupPage *self = FD_ACCOUNT_SETUP_PAGE (object);

  G_OBJECT_CLASS (fd_account_setup_page_parent_class)->constructed (object);

  self->form = fd_account_setup_get_form (self->channel);
  g_return_if_fail (self->form != NULL);

  build_rows (self);
  _fd_account_setup_page_set_state (self, FD_SETUP_STATE_EDIT, NULL);
}

static void
fd_account_setup_page_dispose (GObject *object)
{
  FdAccountSetupPage *self = FD_ACCOUNT_SETUP_PAGE (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  _fd_account_setup_page_stop_browser (self);
  self->problem_row = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_ACCOUNT_SETUP_PAGE);

  G_OBJECT_CLASS (fd_account_setup_page_parent_class)->dispose (object);
}

static void
fd_account_setup_page_finalize (GObject *object)
{
  FdAccountSetupPage *self = FD_ACCOUNT_SETUP_PAGE (object);

  /* Kept to the end: an account saved after the page went away still
   * joins the sync manager. */
  g_clear_object (&self->manager);
  g_free (self->channel);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->trusted, g_ptr_array_unref);
  g_free (self->untrusted);
  g_clear_pointer (&self->discovered, g_hash_table_unref);
  g_free (self->discovered_for);
  g_free (self->status);
  g_free (self->account_id);
  g_free (self->error_message);

  G_OBJECT_CLASS (fd_account_setup_page_parent_class)->finalize (object);
}

static void
fd_account_setup_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  FdAccountSetupPage *self = FD_ACCOUNT_SETUP_PAGE (object);

  switch (prop_id)
    {
    case PROP_MANAGER:
      g_value_set_object (value, self->manager);
      break;
    case PROP_CHANNEL:
      g_value_set_string (value, self->channel);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_account_setup_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  FdAccountSetupPage *self = FD_ACCOUNT_SETUP_PAGE (object);

  switch (prop_id)
    {
    case PROP_MANAGER:
      g_set_object (&self->manager, g_value_get_object (value));
      break;
    case PROP_CHANNEL:
      g_free (self->channel);
      self->channel = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_account_setup_page_class_init (FdAccountSetupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fd_account_setup_page_constructed;
  object_class->dispose = fd_account_setup_page_dispose;
  object_class->finalize = fd_account_setup_page_finalize;
  object_class->get_property = fd_account_setup_page_get_property;
  object_class->set_property = fd_account_setup_page_set_property;

  properties[PROP_MANAGER] =
    g_param_spec_object ("manager", NULL, NULL, FD_TYPE_SYNC_MANAGER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FdAccountSetupPage::account-added:
   * @account_id: the new account, or the one signed in to again
   *
   * The secret worked; the account and its secret are stored, and the
   * account is in the sync manager.
   */
  signals[ACCOUNT_ADDED] =
    g_signal_new ("account-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/accounts/fd-account-setup-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, banner);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, error_icon);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, banner_label);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, trust_button);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, copy_link_button);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, page);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, fields_group);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, paste_group);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, code_row);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, browser_button);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, submit_code_button);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, find_button);
  gtk_widget_class_bind_template_child (widget_class, FdAccountSetupPage, paste_button);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, browser_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, submit_code_cb);
  gtk_widget_class_bind_template_callback (widget_class, find_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, paste_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, trust_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_link_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
}

static void
fd_account_setup_page_init (FdAccountSetupPage *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_setup_row_free);
  self->trusted = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fd_account_setup_page_new (FdSyncManager *manager,
                           const char    *channel)
{
  g_return_val_if_fail (FD_IS_SYNC_MANAGER (manager), NULL);
  g_return_val_if_fail (channel != NULL, NULL);

  if (fd_account_setup_get_form (channel) == NULL)
    return NULL;

  return g_object_new (FD_TYPE_ACCOUNT_SETUP_PAGE, "manager", manager, "channel", channel, NULL);
}

const char *
fd_account_setup_page_get_channel (FdAccountSetupPage *self)
{
  g_return_val_if_fail (FD_IS_ACCOUNT_SETUP_PAGE (self), NULL);

  return self->channel;
}

void
fd_account_setup_page_set_account (FdAccountSetupPage *self,
                                   FdAccount          *account)
{
  g_autoptr(GHashTable) params = NULL;
  const char *trusted;

  g_return_if_fail (FD_IS_ACCOUNT_SETUP_PAGE (self));
  g_return_if_fail (FD_IS_ACCOUNT (account));
  g_return_if_fail (g_strcmp0 (fd_account_get_channel (account), self->channel) == 0);

  if (!(params = fd_account_setup_dup_params (account)))
    return;

  for (guint i = 0; i < self->rows->len; i++)
    {
      FdSetupRow *row = g_ptr_array_index (self->rows, i);
      const char *value = g_hash_table_lookup (params, row->field->id);

      if (value != NULL && !_fd_setup_row_is_secret (row))
        fd_setup_row_set_value (row, value);
    }
  if ((trusted = g_hash_table_lookup (params, "trust-certificate")) != NULL)
    {
      g_auto(GStrv) fingerprints = g_strsplit (trusted, " ", -1);

      for (guint i = 0; fingerprints[i] != NULL; i++)
        if (*fingerprints[i] != '\0')
          g_ptr_array_add (self->trusted, g_strdup (fingerprints[i]));
    }
  g_free (self->account_id);
  self->account_id = g_strdup (g_hash_table_lookup (params, "account-id"));

  _fd_account_setup_page_update_shown (self);
  _fd_account_setup_page_set_state (self, FD_SETUP_STATE_EDIT, NULL);
}

GtkWidget *
fd_account_setup_page_get_row (FdAccountSetupPage *self,
                               const char         *id)
{
  FdSetupRow *row;

  g_return_val_if_fail (FD_IS_ACCOUNT_SETUP_PAGE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  row = _fd_account_setup_page_find_row (self, id);
  return row != NULL ? row->row : NULL;
}
