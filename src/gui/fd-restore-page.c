/* fd-restore-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-restore-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fd-backup.h"
#include "fd-restore-page.h"

struct _FdRestorePage
{
  AdwBin         parent_instance;

  char          *data_dir;
  GPtrArray     *backups;         /* FdBackupInfo, as listed */
  GCancellable  *cancellable;
  gboolean       working;

  AdwStatusPage *status_page;
  GtkWidget     *show_button;
  GtkWidget     *backups_label;
  GtkListBox    *backup_list;
  GtkWidget     *working_box;
  GtkSpinner    *spinner;
  GtkLabel      *message_label;
};

G_DEFINE_FINAL_TYPE (FdRestorePage, fd_restore_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATA_DIR,
  PROP_DESCRIPTION,
  N_PROPS
};

enum {
  RESTORED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static void
show_message (FdRestorePage *self,
              const char    *message)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
set_working (FdRestorePage *self,
             gboolean       working)
{
  self->working = working;
  gtk_widget_set_visible (self->working_box, working);
  gtk_spinner_set_spinning (self->spinner, working);
  gtk_widget_set_sensitive (GTK_WIDGET (self->backup_list), !working);
}

static char *
describe_when (FdBackupInfo *info)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (info->made);

  /* Translators: when a backup was made, in g_date_time_format() terms,
   * e.g. “Tuesday 24 November 2026, 10:30” */
  return g_date_time_format (local, _("%A %-d %B %Y, %H:%M"));
}

static char *
describe_kind (FdBackupInfo *info)
{
  g_autofree char *size = g_format_size (info->size);

  if (info->kind == FD_BACKUP_BEFORE_UPGRADE)
    /* Translators: %s is a size such as “1.4 GB” */
    return g_strdup_printf (_("Made before Frontdesk upgraded the message store, %s"), size);

  /* Translators: %s is a size such as “1.4 GB” */
  return g_strdup_printf (_("Daily backup, %s"), size);
}

/* Callbacks */

static void
restore_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FdRestorePage) self = user_data;
  g_autoptr(FdRestoreResult) restored = NULL;
  g_autoptr(GError) error = NULL;

  restored = fd_backup_restore_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_working (self, FALSE);
  if (restored == NULL)
    {
      show_message (self, error->message);
      return;
    }

  g_debug ("Restored %" G_GINT64_FORMAT " messages; the damaged store is now %s",
           restored->n_messages, restored->kept_path);
  g_signal_emit (self, signals[RESTORED], 0);
}

static void
restore_clicked_cb (GtkButton     *button,
                    FdRestorePage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "fd-backup-index"));

  fd_restore_page_restore (self, index);
}

static void
show_backups_clicked_cb (FdRestorePage *self)
{
  fd_restore_page_show_backups (self);
}

/* Overrides */

static void
fd_restore_page_dispose (GObject *object)
{
  FdRestorePage *self = (FdRestorePage *) object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_RESTORE_PAGE);

  G_OBJECT_CLASS (fd_restore_page_parent_class)->dispose (object);
}

static void
fd_restore_page_finalize (GObject *object)
{
  FdRestorePage *self = (FdRestorePage *) object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->backups, g_ptr_array_unref);
  g_free (self->data_dir);

  G_OBJECT_CLASS (fd_restore_page_parent_class)->finalize (object);
}

static void
fd_restore_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FdRestorePage *self = FD_RESTORE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_value_set_string (value, self->data_dir);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, adw_status_page_get_description (self->status_page));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_restore_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FdRestorePage *self = FD_RESTORE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_free (self->data_dir);
      self->data_dir = g_value_dup_string (value);
      break;
    case PROP_DESCRIPTION:
      adw_status_page_set_description (self->status_page, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_restore_page_class_init (FdRestorePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_restore_page_dispose;
  object_class->finalize = fd_restore_page_finalize;
  object_class->get_property = fd_restore_page_get_property;
  object_class->set_property = fd_restore_page_set_property;

  properties[PROP_DATA_DIR] =
    g_param_spec_string ("data-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FdRestorePage::restored:
   *
   * A backup is in place: open the profile again.
   */
  signals[RESTORED] =
    g_signal_new ("restored",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fd-restore-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdRestorePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, FdRestorePage, show_button);
  gtk_widget_class_bind_template_child (widget_class, FdRestorePage, backups_label);
  gtk_widget_class_bind_template_child (widget_class, FdRestorePage, backup_list);
  gtk_widget_class_bind_template_child (widget_class, FdRestorePage, working_box);
  gtk_widget_class_bind_template_child (widget_class, FdRestorePage, spinner);
  gtk_widget_class_bind_template_child (widget_class, FdRestorePage, message_label);
  gtk_widget_class_bind_template_callback (widget_class, show_backups_clicked_cb);
}

static void
fd_restore_page_init (FdRestorePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/* Public API */

GtkWidget *
fd_restore_page_new (const char *data_dir,
                     const char *description)
{
  g_return_val_if_fail (data_dir != NULL, NULL);

  return g_object_new (FD_TYPE_RESTORE_PAGE,
                       "data-dir", data_dir,
                       "description", description,
                       NULL);
}

const char *
fd_restore_page_get_data_dir (FdRestorePage *self)
{
  g_return_val_if_fail (FD_IS_RESTORE_PAGE (self), NULL);

  return self->data_dir;
}

void
fd_restore_page_show_backups (FdRestorePage *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_return_if_fail (FD_IS_RESTORE_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->backup_list))) != NULL)
    gtk_list_box_remove (self->backup_list, child);
  g_clear_pointer (&self->backups, g_ptr_array_unref);
  show_message (self, NULL);
  gtk_widget_set_visible (self->show_button, FALSE);

  /* A look at one folder: no need for a thread. */
  if (!(self->backups = fd_backup_list (self->data_dir, &error)))
    {
      show_message (self, error->message);
      return;
    }

  if (self->backups->len == 0)
    {
      g_autofree char *dir = fd_backup_get_dir (self->data_dir);
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("There are no backups in “%s”. A backup kept elsewhere can be "
                                   "restored with “frontdesk-cli restore FILE”."),
                                 dir);
      show_message (self, message);
      return;
    }

  for (guint i = 0; i < self->backups->len; i++)
    {
      FdBackupInfo *info = g_ptr_array_index (self->backups, i);
      g_autofree char *title = describe_when (info);
      g_autofree char *subtitle = describe_kind (info);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "fd-backup-index", GUINT_TO_POINTER (i));
      g_signal_connect_object (button, "clicked", G_CALLBACK (restore_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->backup_list, row);
    }

  gtk_widget_set_visible (self->backups_label, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->backup_list), TRUE);
}

guint
fd_restore_page_get_n_backups (FdRestorePage *self)
{
  g_return_val_if_fail (FD_IS_RESTORE_PAGE (self), 0);

  return self->backups != NULL ? self->backups->len : 0;
}

const char *
fd_restore_page_get_message (FdRestorePage *self)
{
  g_return_val_if_fail (FD_IS_RESTORE_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->message_label)))
    return NULL;
  return gtk_label_get_label (self->message_label);
}

void
fd_restore_page_restore (FdRestorePage *self,
                         guint          index)
{
  FdBackupInfo *info;

  g_return_if_fail (FD_IS_RESTORE_PAGE (self));
  g_return_if_fail (self->backups != NULL && index < self->backups->len);

  if (self->working)
    return;

  info = g_ptr_array_index (self->backups, index);
  show_message (self, NULL);
  set_working (self, TRUE);
  fd_backup_restore_async (self->data_dir, info->path, FD_RESTORE_NONE, self->cancellable,
                           restore_done_cb, g_object_ref (self));
}
