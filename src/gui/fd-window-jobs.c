/* fd-window-jobs.c: the window's actions on the outbox, repeat groups and
 * customer links. Each runs in the store worker; the window then reads
 * the store again and says what happened in a toast, with Undo where the
 * core can undo it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fd-customers.h"
#include "fd-outbox.h"
#include "fd-repeats.h"
#include "fd-window-private.h"

typedef gboolean (*JobFunc) (FdStore   *store,
                             GVariant  *param,
                             GError   **error);

typedef struct {
  JobFunc   func;
  GVariant *param;
} JobData;

typedef struct {
  FdWindow *self;
  char     *done;          /* toast title on success, or NULL */
  char     *undo_action;   /* the toast's Undo, or NULL */
  char     *error_format;  /* "...: %s" */
  gboolean  sync;          /* something may have to reach a server */
} JobOp;

static void
job_data_free (JobData *data)
{
  g_clear_pointer (&data->param, g_variant_unref);
  g_free (data);
}

static void
job_op_free (JobOp *op)
{
  g_clear_object (&op->self);
  g_free (op->done);
  g_free (op->undo_action);
  g_free (op->error_format);
  g_free (op);
}

static gpointer
run_job_func (FdStore       *store,
              gpointer       user_data,
              GCancellable  *cancellable,
              GError       **error)
{
  JobData *data = user_data;

  return data->func (store, data->param, error) ? GINT_TO_POINTER (TRUE) : NULL;
}

static void
customer_toast_dismissed_cb (FdWindow *self,
                             AdwToast *toast)
{
  if (self->customer_toast == toast)
    self->customer_toast = NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-customer", self->customer_toast != NULL);
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  JobOp *op = user_data;
  FdWindow *self = op->self;
  g_autoptr(GError) error = NULL;

  if (!fd_store_worker_run_finish (FD_STORE_WORKER (object), result, &error))
    {
      g_autofree char *text = NULL;

      /* Every format is a translated literal of this file, with one %s. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      text = g_strdup_printf (op->error_format, error->message);
#pragma GCC diagnostic pop

      fd_window_toast (self, text);
    }
  else
    {
      if (op->done != NULL)
        {
          AdwToast *toast = adw_toast_new (op->done);

          if (op->undo_action != NULL)
            {
              adw_toast_set_button_label (toast, _("_Undo"));
              adw_toast_set_action_name (toast, op->undo_action);
              adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
              self->customer_toast = toast;
              gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-customer", TRUE);
              g_signal_connect_object (toast, "dismissed",
                                       G_CALLBACK (customer_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
            }
          fd_window_add_toast (self, toast);
        }

      if (op->sync && self->sync_manager != NULL)
        fd_sync_manager_sync_now (self->sync_manager, 0);
    }

  fd_window_check_store (self);
  fd_conversation_view_reload (self->conversation_view);
  job_op_free (op);
}

static void
run_job (FdWindow   *self,
         JobFunc     func,
         GVariant   *param,
         const char *done,
         const char *undo_action,
         const char *error_format,
         gboolean    sync)
{
  JobData *data;
  JobOp *op;

  if (self->worker == NULL)
    return;

  data = g_new0 (JobData, 1);
  data->func = func;
  data->param = param ? g_variant_ref (param) : NULL;

  op = g_new0 (JobOp, 1);
  op->self = g_object_ref (self);
  op->done = g_strdup (done);
  op->undo_action = g_strdup (undo_action);
  op->error_format = g_strdup (error_format);
  op->sync = sync;

  fd_store_worker_run_async (self->worker, run_job_func, data, (GDestroyNotify)job_data_free,
                             NULL, NULL, job_done_cb, op);
}

/* The outbox */

static gboolean
retry_job (FdStore   *store,
           GVariant  *param,
           GError   **error)
{
  g_autoptr(FdOutbox) outbox = fd_outbox_new (store);

  return fd_outbox_retry (outbox, g_variant_get_int64 (param), error);
}

/* "It Arrived": the person saw the reply in the chat. */
static gboolean
arrived_job (FdStore   *store,
             GVariant  *param,
             GError   **error)
{
  g_autoptr(FdOutbox) outbox = fd_outbox_new (store);

  return fd_outbox_mark_arrived (outbox, g_variant_get_int64 (param), error);
}

static gboolean
discard_job (FdStore   *store,
             GVariant  *param,
             GError   **error)
{
  g_autoptr(FdOutbox) outbox = fd_outbox_new (store);

  return fd_outbox_discard (outbox, g_variant_get_int64 (param), error);
}

static void
outbox_retry_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  /* Translators: %s says why */
  run_job (FD_WINDOW (widget), retry_job, param, _("The reply will be sent again"), NULL,
           _("Could not send the reply again: %s"), TRUE);
}

static void
outbox_arrived_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  /* Translators: %s says why */
  run_job (FD_WINDOW (widget), arrived_job, param, _("The reply is marked as sent"), NULL,
           _("Could not mark the reply as sent: %s"), FALSE);
}

static const FdOutboxEntry *
find_entry (FdWindow *self,
            gint64    entry_id)
{
  FdConversationExtras *extras = fd_conversation_view_get_extras (self->conversation_view);
  GHashTableIter iter;
  gpointer value;

  if (extras == NULL)
    return NULL;

  g_hash_table_iter_init (&iter, extras->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const FdOutboxEntry *entry = value;

      if (entry->id == entry_id)
        return entry;
    }

  return NULL;
}

static void
outbox_edit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);
  const FdOutboxEntry *entry = find_entry (self, g_variant_get_int64 (param));

  if (entry == NULL)
    return;

  fd_window_show_pane (self, "conversation");
  fd_composer_edit_entry (fd_conversation_view_get_composer (self->conversation_view),
                          entry->id, entry->text);
}

void
fd_window_finish_discard (FdWindow *self)
{
  g_autoptr(GVariant) param = NULL;

  if (self->discard_entry_id == 0)
    return;

  param = g_variant_ref_sink (g_variant_new_int64 (self->discard_entry_id));
  self->discard_entry_id = 0;
  self->discard_message_id = 0;
  self->discard_toast = NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-discard", FALSE);

  /* Translators: %s says why */
  run_job (self, discard_job, param, NULL, NULL, _("Could not discard the reply: %s"), FALSE);
}

static void
discard_toast_dismissed_cb (FdWindow *self,
                            AdwToast *toast)
{
  /* Undo clears discard_toast before the toast goes away. */
  if (toast == self->discard_toast)
    fd_window_finish_discard (self);
}

static void
outbox_discard_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);
  const FdOutboxEntry *entry = find_entry (self, g_variant_get_int64 (param));
  AdwToast *toast;

  if (entry == NULL)
    return;

  /* One discard waits at a time: the one before goes now. */
  fd_window_finish_discard (self);

  self->discard_entry_id = entry->id;
  self->discard_message_id = entry->message_id;
  fd_conversation_view_set_message_hidden (self->conversation_view, entry->message_id, TRUE);

  toast = adw_toast_new (_("Reply discarded"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-discard");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed",
                           G_CALLBACK (discard_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  self->discard_toast = toast;
  gtk_widget_action_set_enabled (widget, "win.undo-discard", TRUE);
  fd_window_add_toast (self, toast);
}

static void
undo_discard_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);
  AdwToast *toast = self->discard_toast;

  if (self->discard_entry_id == 0)
    return;

  fd_conversation_view_set_message_hidden (self->conversation_view, self->discard_message_id, FALSE);
  self->discard_entry_id = 0;
  self->discard_message_id = 0;
  self->discard_toast = NULL;
  gtk_widget_action_set_enabled (widget, "win.undo-discard", FALSE);
  if (toast != NULL)
    fd_window_dismiss_toast (self, toast);
}

/* Repeats */

static gboolean
mark_all_job (FdStore   *store,
              GVariant  *param,
              GError   **error)
{
  return fd_repeats_mark_all_answered (store, g_variant_get_int64 (param), error);
}

static void
mark_all_answered_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  /* Translators: %s says why */
  run_job (FD_WINDOW (widget), mark_all_job, param, _("Every copy marked as answered"), NULL,
           _("Could not mark the copies as answered: %s"), TRUE);
}

/* Customers */

static gboolean
link_job (FdStore   *store,
          GVariant  *param,
          GError   **error)
{
  return fd_customers_accept_suggestion (store, g_variant_get_int64 (param), error);
}

static gboolean
dismiss_link_job (FdStore   *store,
                  GVariant  *param,
                  GError   **error)
{
  return fd_customers_dismiss_suggestion (store, g_variant_get_int64 (param), error);
}

static gboolean
unlink_job (FdStore   *store,
            GVariant  *param,
            GError   **error)
{
  gint64 customer_id;
  const char *channel;
  const char *handle;

  g_variant_get (param, "(x&s&s)", &customer_id, &channel, &handle);
  return fd_customers_split (store, customer_id, channel, handle, error) != 0;
}

static gboolean
undo_customer_job (FdStore   *store,
                   GVariant  *param,
                   GError   **error)
{
  return fd_customers_undo (store, NULL, error);
}

static void
link_customer_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  /* Translators: %s says why */
  run_job (FD_WINDOW (widget), link_job, param, _("Linked as one customer"), "win.undo-customer",
           _("Could not link the customers: %s"), FALSE);
}

static void
dismiss_link_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  /* Translators: %s says why */
  run_job (FD_WINDOW (widget), dismiss_link_job, param, _("Kept as different customers"), NULL,
           _("Could not change the suggestion: %s"), FALSE);
}

static void
unlink_customer_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  /* Translators: %s says why */
  run_job (FD_WINDOW (widget), unlink_job, param, _("Unlinked"), "win.undo-customer",
           _("Could not unlink: %s"), FALSE);
}

static void
undo_customer_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);
  AdwToast *toast = self->customer_toast;

  self->customer_toast = NULL;
  gtk_widget_action_set_enabled (widget, "win.undo-customer", FALSE);
  if (toast != NULL)
    fd_window_dismiss_toast (self, toast);

  /* Translators: %s says why */
  run_job (self, undo_customer_job, NULL, NULL, NULL, _("Could not undo: %s"), FALSE);
}

/* Elsewhere */

static void
show_outbox_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);

  fd_sidebar_select_scope (self->sidebar, "outbox");
  fd_window_show_pane (self, "inbox");
}

void
fd_window_class_install_job_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.outbox-retry", "x", outbox_retry_action);
  gtk_widget_class_install_action (widget_class, "win.outbox-arrived", "x", outbox_arrived_action);
  gtk_widget_class_install_action (widget_class, "win.outbox-edit", "x", outbox_edit_action);
  gtk_widget_class_install_action (widget_class, "win.outbox-discard", "x", outbox_discard_action);
  gtk_widget_class_install_action (widget_class, "win.undo-discard", NULL, undo_discard_action);
  gtk_widget_class_install_action (widget_class, "win.mark-all-answered", "x", mark_all_answered_action);
  gtk_widget_class_install_action (widget_class, "win.link-customer", "x", link_customer_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-link", "x", dismiss_link_action);
  gtk_widget_class_install_action (widget_class, "win.unlink-customer", "(xss)", unlink_customer_action);
  gtk_widget_class_install_action (widget_class, "win.undo-customer", NULL, undo_customer_action);
  gtk_widget_class_install_action (widget_class, "win.show-outbox", NULL, show_outbox_action);
}
