/* fd-window-actions.c: what the window's buttons and shortcuts do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fd-outbox.h"
#include "fd-accounts-dialog.h"
#include "fd-window-private.h"

static GPtrArray *
current_messages (FdWindow *self)
{
  GPtrArray *messages = fd_conversation_view_get_messages (self->conversation_view);

  if (messages == NULL || messages->len == 0)
    return NULL;

  return messages;
}

static void
clear_undo (FdWindow *self)
{
  g_array_set_size (self->undo_entries, 0);
  self->undo_toast = NULL;
  fd_window_update_actions (self);
}

static gboolean
clear_undo_idle_cb (gpointer data)
{
  g_autoptr(FdWindow) self = data;
  AdwToast *toast = g_object_get_data (G_OBJECT (self), "dismissed-toast");

  /* The toast also goes when the window is closed: nothing to update. */
  if (toast != NULL && toast == self->undo_toast && self->conversation_view != NULL)
    clear_undo (self);
  g_object_set_data (G_OBJECT (self), "dismissed-toast", NULL);

  return G_SOURCE_REMOVE;
}

static void
toast_dismissed_cb (FdWindow *self,
                    AdwToast *toast)
{
  /* After the undo button's action has run, if it was pressed. */
  g_object_set_data (G_OBJECT (self), "dismissed-toast", toast);
  g_idle_add (clear_undo_idle_cb, g_object_ref (self));
}

typedef struct {
  FdWindow *self;
  GArray   *entries;     /* FdUndoEntry: the state each message gets */
  GArray   *previous;    /* FdUndoEntry: the states before, for Undo; or NULL */
  char     *toast_title; /* NULL when undoing */
  gboolean  quiet;       /* no toast, no Undo: messages read by opening them */
  gboolean  advance;     /* the messages leave the list: select the next one */
} StatesOp;

static void
states_op_free (StatesOp *op)
{
  g_clear_object (&op->self);
  g_clear_pointer (&op->entries, g_array_unref);
  g_clear_pointer (&op->previous, g_array_unref);
  g_free (op->toast_title);
  g_free (op);
}

/* On the worker: every change in one transaction, each through the
 * outbox so that channels which keep a state (IMAP flags…) learn it. */
static gpointer
set_states_job (FdStore       *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  GArray *entries = data;
  g_autoptr(FdOutbox) outbox = fd_outbox_new (store);

  if (!fd_store_begin (store, error))
    return NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      const FdUndoEntry *entry = &g_array_index (entries, FdUndoEntry, i);

      if (fd_outbox_queue_state (outbox, entry->id, entry->state, error) < 0)
        {
          fd_store_rollback (store);
          return NULL;
        }
    }

  if (!fd_store_commit (store, error))
    {
      fd_store_rollback (store);
      return NULL;
    }

  return GINT_TO_POINTER (TRUE);
}

static void
states_set_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  StatesOp *op = user_data;
  FdWindow *self = op->self;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!fd_store_worker_run_finish (FD_STORE_WORKER (object), result, &error))
    {
      /* Translators: %s says why, e.g. "the disk is full" */
      g_autofree char *text = g_strdup_printf (op->toast_title ? _("Could not change the conversation: %s")
                                                               : _("Could not undo: %s"),
                                               error->message);

      if (op->quiet)
        self->marking_read = 0;
      fd_window_toast (self, text);
      states_op_free (op);
      return;
    }

  if (op->quiet)
    {
      /* The servers learn it with the next sync: opening a message is
       * no reason to sync every account now. */
      self->marking_read = 0;
      fd_window_check_store (self);
      fd_window_update_actions (self);
      states_op_free (op);
      return;
    }

  if (op->toast_title == NULL)
    {
      /* Undone. */
      AdwToast *undo_toast = self->undo_toast;

      clear_undo (self);
      if (undo_toast != NULL)
        fd_window_dismiss_toast (self, undo_toast);
    }
  else
    {
      if (op->advance)
        fd_inbox_view_advance_after_removal (self->inbox_view);

      g_array_set_size (self->undo_entries, 0);
      g_array_append_vals (self->undo_entries, op->previous->data, op->previous->len);

      toast = adw_toast_new (op->toast_title);
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      g_signal_connect_object (toast, "dismissed",
                               G_CALLBACK (toast_dismissed_cb), self, G_CONNECT_SWAPPED);
      self->undo_toast = toast;
      fd_window_add_toast (self, toast);
    }

  fd_window_check_store (self);
  fd_window_update_actions (self);
  if (self->sync_manager != NULL)
    fd_sync_manager_sync_now (self->sync_manager, 0);

  states_op_free (op);
}

static void
run_set_states_full (FdWindow   *self,
                     GArray     *entries,
                     GArray     *previous,
                     const char *toast_title,
                     gboolean    quiet,
                     gboolean    advance)
{
  StatesOp *op = g_new0 (StatesOp, 1);

  op->self = g_object_ref (self);
  op->quiet = quiet;
  op->advance = advance;
  op->previous = previous ? g_array_ref (previous) : NULL;
  op->toast_title = g_strdup (toast_title);
  fd_store_worker_run_async (self->worker, set_states_job, g_array_ref (entries),
                             (GDestroyNotify)g_array_unref, NULL, NULL,
                             states_set_cb, op);
}

static void
run_set_states (FdWindow   *self,
                GArray     *entries,
                GArray     *previous,
                const char *toast_title)
{
  run_set_states_full (self, entries, previous, toast_title, FALSE, TRUE);
}

/* Sets @state on the messages of the shown conversation (the incoming
 * ones only, with @incoming_only), and offers to undo it. */
static void
change_states (FdWindow       *self,
               FdMessageState  state,
               gboolean        incoming_only,
               const char     *toast_title)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (FdUndoEntry));
  g_autoptr(GArray) previous = g_array_new (FALSE, FALSE, sizeof (FdUndoEntry));
  GPtrArray *messages = current_messages (self);

  if (messages == NULL || self->worker == NULL)
    return;

  for (guint i = 0; i < messages->len; i++)
    {
      FdMessage *message = g_ptr_array_index (messages, i);
      FdUndoEntry entry;

      if (incoming_only && fd_message_get_direction (message) != FD_DIRECTION_IN)
        continue;
      if (fd_message_get_state (message) >= state)
        continue;

      entry.id = fd_message_get_id (message);
      entry.state = fd_message_get_state (message);
      g_array_append_val (previous, entry);
      entry.state = state;
      g_array_append_val (entries, entry);
    }

  if (entries->len > 0)
    run_set_states (self, entries, previous, toast_title);
}

/* The customer's messages of the shown conversation in state @from, as
 * entries that move them to @to, with their states before in @previous. */
static GArray *
incoming_in_state (FdWindow       *self,
                   FdMessageState  from,
                   FdMessageState  to,
                   GArray         *previous)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (FdUndoEntry));
  GPtrArray *messages = current_messages (self);

  for (guint i = 0; messages != NULL && i < messages->len; i++)
    {
      FdMessage *message = g_ptr_array_index (messages, i);
      FdUndoEntry entry = { fd_message_get_id (message), to };

      if (fd_message_get_direction (message) != FD_DIRECTION_IN ||
          fd_message_get_state (message) != from)
        continue;

      g_array_append_val (entries, entry);
      if (previous != NULL)
        {
          entry.state = from;
          g_array_append_val (previous, entry);
        }
    }

  return entries;
}

void
fd_window_mark_shown_read (FdWindow *self)
{
  g_autoptr(GArray) entries = NULL;
  gint64 conversation_id;

  g_return_if_fail (FD_IS_WINDOW (self));

  conversation_id = fd_conversation_view_get_conversation_id (self->conversation_view);
  if (self->worker == NULL || conversation_id == self->marking_read)
    return;

  entries = incoming_in_state (self, FD_MESSAGE_STATE_UNREAD, FD_MESSAGE_STATE_READ, NULL);
  if (entries->len > 0)
    {
      self->marking_read = conversation_id;
      run_set_states_full (self, entries, NULL, NULL, TRUE, FALSE);
    }
}

/* Read but not answered becomes unread again; an answered message stays
 * answered. */
static void
mark_unread_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);
  g_autoptr(GArray) previous = g_array_new (FALSE, FALSE, sizeof (FdUndoEntry));
  g_autoptr(GArray) entries = NULL;

  if (self->worker == NULL)
    return;

  entries = incoming_in_state (self, FD_MESSAGE_STATE_READ, FD_MESSAGE_STATE_UNREAD, previous);
  if (entries->len > 0)
    run_set_states_full (self, entries, previous, _("Marked as unread"), FALSE, FALSE);
}

static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  change_states (FD_WINDOW (widget), FD_MESSAGE_STATE_ARCHIVED, FALSE,
                 _("Conversation archived"));
}

static void
mark_answered_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  change_states (FD_WINDOW (widget), FD_MESSAGE_STATE_ANSWERED, TRUE,
                 _("Marked as answered"));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);
  g_autoptr(GArray) entries = NULL;

  if (self->undo_entries->len == 0 || self->worker == NULL)
    return;

  /* A copy: the toast going away clears the window's list. */
  entries = g_array_copy (self->undo_entries);
  run_set_states (self, entries, NULL, NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "main") != 0)
    return;

  fd_window_show_pane (self, "inbox");
  fd_inbox_view_start_search (self->inbox_view);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The saved replies of the reply box, from anywhere in the window. */
static void
saved_replies_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);

  if (current_messages (self) == NULL)
    return;

  fd_window_show_pane (self, "conversation");
  gtk_widget_activate_action (GTK_WIDGET (fd_conversation_view_get_composer (self->conversation_view)),
                              "composer.saved-replies", NULL);
}

static void
reply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);

  if (current_messages (self) == NULL)
    return;

  fd_window_show_pane (self, "conversation");
  fd_composer_focus (fd_conversation_view_get_composer (self->conversation_view));
}

static void
send_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);

  gtk_widget_activate_action (GTK_WIDGET (fd_conversation_view_get_composer (self->conversation_view)),
                              "composer.send", NULL);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
add_account_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         FdWindow         *self)
{
  if (g_strcmp0 (response, "leave") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "app.leave-sample", NULL);
}

static void
add_account_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);
  GtkWidget *dialog;

  if (!self->sample && self->sync_manager == NULL)
    {
      fd_window_toast (self, _("Accounts cannot be synced right now: Frontdesk could not start syncing for this profile."));
      return;
    }

  if (!self->sample)
    {
      dialog = fd_accounts_dialog_new (GTK_WINDOW (self), self->sync_manager,
                                       fd_store_get_data_dir (self->store));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  /* The sample inbox is for looking around: accounts belong to the real
   * profile. */
  dialog = adw_message_dialog_new (GTK_WINDOW (widget),
                                   _("Leave the Sample to Add Accounts"),
                                   _("The sample inbox is made up and is never synced. Leave the sample, "
                                     "then add your email or Mastodon account.\n\n"
                                     "You can also bring messages in from a file: export them as JSON Lines, "
                                     "mbox or Maildir and run\n\n"
                                     "frontdesk-cli import PATH"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "leave", _("_Leave Sample"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (add_account_response_cb), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
fd_window_update_actions (FdWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GPtrArray *messages = current_messages (self);
  gboolean can_archive = FALSE;
  gboolean can_answer = FALSE;
  gboolean can_unread = FALSE;

  for (guint i = 0; messages != NULL && i < messages->len; i++)
    {
      FdMessage *message = g_ptr_array_index (messages, i);
      FdMessageState state = fd_message_get_state (message);

      if (state < FD_MESSAGE_STATE_ARCHIVED)
        can_archive = TRUE;
      if (fd_message_get_direction (message) == FD_DIRECTION_IN && state < FD_MESSAGE_STATE_ANSWERED)
        can_answer = TRUE;
      if (fd_message_get_direction (message) == FD_DIRECTION_IN && state == FD_MESSAGE_STATE_READ)
        can_unread = TRUE;
    }

  gtk_widget_action_set_enabled (widget, "win.archive", can_archive);
  gtk_widget_action_set_enabled (widget, "win.mark-answered", can_answer);
  gtk_widget_action_set_enabled (widget, "win.mark-unread", can_unread);
  gtk_widget_action_set_enabled (widget, "win.reply", messages != NULL);
  gtk_widget_action_set_enabled (widget, "win.saved-replies", messages != NULL);
  gtk_widget_action_set_enabled (widget, "win.undo", self->undo_entries->len > 0);
  gtk_widget_action_set_enabled (widget, "win.go-back", adw_leaflet_get_folded (self->leaflet));
  fd_window_update_snooze_actions (self);
}

void
fd_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.archive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "win.mark-answered", NULL, mark_answered_action);
  gtk_widget_class_install_action (widget_class, "win.mark-unread", NULL, mark_unread_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.reply", NULL, reply_action);
  gtk_widget_class_install_action (widget_class, "win.saved-replies", NULL, saved_replies_action);
  gtk_widget_class_install_action (widget_class, "win.send", NULL, send_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.add-account", NULL, add_account_action);
  gtk_widget_class_install_action (widget_class, "win.accounts", NULL, add_account_action);
  gtk_widget_class_install_property_action (widget_class, "win.sort-order", "sort-order");

  /* Bindings: a focused text box uses these first (undo its typing). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "win.send", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "win.send", NULL);
}

/* The window's own shortcuts, caught before the focused widget sees the
 * key: the list and selectable message text have bindings of their own
 * (Ctrl+Shift+A is their "unselect all"), which would swallow them. */
void
fd_window_add_shortcuts (FdWindow *self)
{
  static const struct {
    guint            keyval;
    GdkModifierType  modifiers;
    const char      *action;
  } shortcuts[] = {
    { GDK_KEY_e, GDK_CONTROL_MASK, "win.archive" },
    { GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.mark-answered" },
    { GDK_KEY_u, GDK_CONTROL_MASK, "win.mark-unread" },
    { GDK_KEY_f, GDK_CONTROL_MASK, "win.search" },
    { GDK_KEY_Left, GDK_ALT_MASK, "win.go-back" },
    { GDK_KEY_r, GDK_CONTROL_MASK, "win.reply" },
    { GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.saved-replies" },
    { GDK_KEY_w, GDK_CONTROL_MASK, "win.close" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (shortcuts[i].keyval,
                                                                                    shortcuts[i].modifiers),
                                                            gtk_named_action_new (shortcuts[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
