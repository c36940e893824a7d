/* fd-composer-tools.c: saved replies, the signature and attached files
 * of the reply being written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-account.h"
#include "fd-attachment-store.h"
#include "fd-channel.h"
#include "fd-composer-tools.h"
#include "fd-language.h"
#include "fd-outbox.h"
#include "fd-saved-replies.h"
#include "fd-saved-reply-context.h"
#include "fd-signatures.h"


struct _FdComposerTools
{
  GtkWidget             parent_instance;

  FdStore              *store;
  FdTranslationManager *translation;
  FdMessage            *reply_to;
  GPtrArray            *replies;        /* FdSavedReply, as listed */
  GPtrArray            *files;          /* GFile */
  GArray               *sizes;          /* guint64, one per file */
  GCancellable         *cancellable;    /* the saved reply being prepared */
  char                 *signature;
  guint64               size_limit;     /* the largest message the account's server takes */
  gboolean              is_mail;
  gboolean              machine_translated;

  GtkWidget            *mark_box;
  GtkLabel             *mark_label;
  GtkLabel             *back_label;
  GtkLabel             *signature_label;
  GtkFlowBox           *chips_box;
  GtkLabel             *size_label;
  GtkMenuButton        *saved_button;
  GtkPopover           *saved_popover;
  GtkEntry             *search_entry;
  GtkListBox           *saved_list;
  GtkLabel             *empty_label;
  GtkWidget            *attach_button;
  GtkSpinner           *saved_spinner;
  GtkLabel             *saved_error_label;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (FdComposerTools, fd_composer_tools, GTK_TYPE_WIDGET)

enum {
  INSERT,
  ATTACHMENTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_chips (FdComposerTools *self);

/* Saved replies */

static GtkWidget *
make_reply_row (const FdSavedReply *reply)
{
  const FdSavedReplyVariant *variant = g_ptr_array_index (reply->variants, 0);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (reply->title);
  GtkWidget *text = gtk_label_new (variant->text);
  GtkWidget *langs_label;
  g_autoptr(GString) langs = g_string_new (NULL);

  for (guint i = 0; i < reply->variants->len; i++)
    {
      const FdSavedReplyVariant *v = g_ptr_array_index (reply->variants, i);

      g_string_append_printf (langs, "%s%s", i > 0 ? " " : "", v->lang);
    }

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (text), TRUE);
  gtk_widget_add_css_class (text, "dim-label");
  langs_label = gtk_label_new (langs->str);
  gtk_label_set_xalign (GTK_LABEL (langs_label), 0);
  gtk_widget_add_css_class (langs_label, "caption");
  gtk_widget_add_css_class (langs_label, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), langs_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  return row;
}

static void
fill_list (FdComposerTools *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->saved_list))) != NULL)
    gtk_list_box_remove (self->saved_list, child);

  for (guint i = 0; self->replies != NULL && i < self->replies->len; i++)
    {
      FdSavedReply *reply = g_ptr_array_index (self->replies, i);
      GtkWidget *row;

      if (reply->variants->len == 0 || !fd_saved_reply_matches (reply, query))
        continue;
      row = make_reply_row (reply);
      g_object_set_data (G_OBJECT (row), "fd-reply-index", GUINT_TO_POINTER (i));
      gtk_list_box_append (self->saved_list, row);
      if (shown++ == 0)
        gtk_list_box_select_row (self->saved_list, GTK_LIST_BOX_ROW (row));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), shown == 0);
  gtk_label_set_label (self->empty_label,
                       self->replies != NULL && self->replies->len > 0
                       ? _("No saved reply has these words.")
                       : _("No saved replies. Add them in Preferences."));
}

static void
saved_popover_show_cb (FdComposerTools *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->replies, g_ptr_array_unref);
  if (self->store != NULL && (self->replies = fd_saved_replies_list (self->store, &error)) == NULL)
    g_warning ("Could not read the saved replies: %s", error->message);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  fill_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
search_changed_cb (FdComposerTools *self)
{
  fill_list (self);
}

static void
show_mark (FdComposerTools       *self,
           const FdSavedReplyUse *use)
{
  g_autofree char *mark = NULL;
  g_autofree char *back = NULL;

  self->machine_translated = use->machine_translated;
  gtk_widget_set_visible (self->mark_box, use->machine_translated);
  if (!use->machine_translated)
    return;

  /* Translators: %s is a language, "English" */
  mark = g_strdup_printf (_("Machine translation from %s, check before sending"),
                          fd_language_get_name (use->source_lang));
  back = g_strdup_printf (_("Back-translation: %s"),
                          use->back_translation != NULL ? use->back_translation : _("not available"));

  gtk_label_set_label (self->mark_label, mark);
  gtk_label_set_label (self->back_label, back);
}

static void
used_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(FdComposerTools) self = user_data;
  g_autoptr(FdSavedReplyUse) use = NULL;
  g_autoptr(GError) error = NULL;

  use = fd_saved_replies_use_finish (result, &error);
  if (use == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_stop (self->saved_spinner);
  g_clear_object (&self->cancellable);
  if (use == NULL)
    {
      gtk_label_set_label (self->saved_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->saved_error_label), TRUE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->saved_error_label), FALSE);
  g_signal_emit (self, signals[INSERT], 0, use->text);
  /* After the insert: the composer clears the mark when its text changes. */
  show_mark (self, use);
}

static void
use_reply (FdComposerTools    *self,
           const FdSavedReply *reply)
{
  g_autoptr(FdSavedReplyContext) context = NULL;
  g_autoptr(GError) error = NULL;
  FdSavedReplyFields fields = { NULL, };

  if (self->store == NULL)
    return;

  if (self->reply_to != NULL &&
      (context = fd_saved_reply_context_new_for_message (self->store, fd_message_get_id (self->reply_to), &error)) == NULL)
    g_warning ("No context for a saved reply: %s", error->message);
  if (context != NULL)
    fd_saved_reply_context_get_fields (context, &fields);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_spinner_start (self->saved_spinner);
  fd_saved_replies_use_async (self->store, self->translation, reply,
                              context != NULL ? context->lang : NULL, &fields,
                              context != NULL ? context->max_chars : 0,
                              context != NULL ? context->link_chars : 0,
                              self->cancellable, used_cb, g_object_ref (self));
}

static void
saved_row_activated_cb (FdComposerTools *self,
                        GtkListBoxRow   *row)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "fd-reply-index"));

  if (self->replies == NULL || index >= self->replies->len)
    return;
  gtk_popover_popdown (self->saved_popover);
  use_reply (self, g_ptr_array_index (self->replies, index));
}

static void
search_activate_cb (FdComposerTools *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->saved_list);

  if (row != NULL)
    saved_row_activated_cb (self, row);
}

/* Files */

static void
remove_chip_cb (GtkButton       *button,
                FdComposerTools *self)
{
  GFile *file = g_object_get_data (G_OBJECT (button), "fd-file");
  guint index;

  if (!g_ptr_array_find (self->files, file, &index))
    return;
  g_ptr_array_remove_index (self->files, index);
  g_array_remove_index (self->sizes, index);
  update_chips (self);
  g_signal_emit (self, signals[ATTACHMENTS_CHANGED], 0);
}

static void
update_chips (FdComposerTools *self)
{
  GtkWidget *child;
  guint64 total = fd_composer_tools_get_total_size (self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box))) != NULL)
    gtk_flow_box_remove (self->chips_box, child);

  for (guint i = 0; i < self->files->len; i++)
    {
      GFile *file = g_ptr_array_index (self->files, i);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *display = g_filename_display_name (name);
      g_autofree char *size = g_format_size (g_array_index (self->sizes, guint64, i));
      /* Translators: a file attached to a reply, "invoice.pdf (120 kB)" */
      g_autofree char *text = g_strdup_printf (_("%s (%s)"), display, size);
      g_autofree char *remove_label = g_strdup_printf (_("Remove %s"), display);
      GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_widget_add_css_class (chip, "card");
      gtk_widget_add_css_class (chip, "attachment-chip");
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_add_css_class (remove, "circular");
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      g_object_set_data_full (G_OBJECT (remove), "fd-file", g_object_ref (file), g_object_unref);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_chip_cb), self);
      gtk_widget_set_margin_start (label, 8);
      gtk_box_append (GTK_BOX (chip), label);
      gtk_box_append (GTK_BOX (chip), remove);
      gtk_flow_box_append (self->chips_box, chip);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->chips_box), self->files->len > 0);

  if (total > self->size_limit)
    {
      g_autofree char *total_text = g_format_size (total);
      g_autofree char *limit_text = g_format_size (self->size_limit);
      g_autofree char *warning = g_strdup_printf (_("The files come to %s; this account’s mail server takes "
                                                    "messages of up to %s. Send a link for the largest files instead."),
                                                  total_text, limit_text);

      gtk_label_set_label (self->size_label, warning);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->size_label), total > self->size_limit);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     FdComposerTools *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          fd_composer_tools_add_file (self, file);
        }
    }
  g_clear_object (&self->chooser);
}

static void
attach_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  FdComposerTools *self = FD_COMPOSER_TOOLS (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (!self->is_mail || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Attach Files"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Attach"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         FdComposerTools *self)
{
  GSList *files;

  if (!self->is_mail || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    fd_composer_tools_add_file (self, l->data);
  return files != NULL;
}

/* GObject */

static void
fd_composer_tools_dispose (GObject *object)
{
  FdComposerTools *self = FD_COMPOSER_TOOLS (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_COMPOSER_TOOLS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->translation);
  g_clear_object (&self->reply_to);
  g_clear_pointer (&self->replies, g_ptr_array_unref);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->sizes, g_array_unref);
  g_clear_pointer (&self->signature, g_free);

  G_OBJECT_CLASS (fd_composer_tools_parent_class)->dispose (object);
}

static void
fd_composer_tools_class_init (FdComposerToolsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_composer_tools_dispose;

  signals[INSERT] =
    g_signal_new ("insert", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[ATTACHMENTS_CHANGED] =
    g_signal_new ("attachments-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/conversation/fd-composer-tools.ui");
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, mark_box);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, mark_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, back_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, signature_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, chips_box);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, size_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, saved_button);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, saved_popover);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, saved_list);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, empty_label);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, attach_button);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, saved_spinner);
  gtk_widget_class_bind_template_child (widget_class, FdComposerTools, saved_error_label);
  gtk_widget_class_bind_template_callback (widget_class, saved_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, saved_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "tools.attach", NULL, attach_action);
}

static void
fd_composer_tools_init (FdComposerTools *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->files = g_ptr_array_new_with_free_func (g_object_unref);
  self->sizes = g_array_new (FALSE, FALSE, sizeof (guint64));
  self->size_limit = FD_ATTACHMENT_DEFAULT_MESSAGE_LIMIT;

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  gtk_widget_set_visible (self->attach_button, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tools.attach", FALSE);
}

/* Public API */

void
fd_composer_tools_set_store (FdComposerTools *self,
                             FdStore         *store)
{
  g_return_if_fail (FD_IS_COMPOSER_TOOLS (self));

  g_set_object (&self->store, store);
}

void
fd_composer_tools_set_translation (FdComposerTools      *self,
                                   FdTranslationManager *manager)
{
  g_return_if_fail (FD_IS_COMPOSER_TOOLS (self));

  g_set_object (&self->translation, manager);
}

void
fd_composer_tools_set_reply_to (FdComposerTools *self,
                                FdMessage       *message)
{
  g_autoptr(GError) error = NULL;
  gboolean same;

  g_return_if_fail (FD_IS_COMPOSER_TOOLS (self));

  same = message != NULL && self->reply_to != NULL &&
         fd_message_get_conversation_id (message) == fd_message_get_conversation_id (self->reply_to);
  g_set_object (&self->reply_to, message);
  if (!same)
    fd_composer_tools_reset (self);

  /* Files and the signature are for letters only. */
  self->is_mail = message != NULL && fd_channel_has (fd_message_get_channel (message), FD_CHANNEL_MAIL);
  gtk_widget_set_visible (self->attach_button, self->is_mail);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tools.attach", self->is_mail);

  g_clear_pointer (&self->signature, g_free);
  self->size_limit = FD_ATTACHMENT_DEFAULT_MESSAGE_LIMIT;
  if (self->is_mail && self->store != NULL && fd_message_get_account_id (message) > 0)
    {
      g_autoptr(FdAccount) account = fd_account_load (self->store, fd_message_get_account_id (message), NULL);
      gint64 limit = account != NULL ? fd_account_get_setting_int (account, FD_OUTBOX_SETTING_MAX_MESSAGE_SIZE, 0) : 0;

      if (limit > 0)
        self->size_limit = (guint64) limit;
      self->signature = fd_signatures_get (self->store, fd_message_get_account_id (message),
                                           fd_message_get_lang (message), &error);
    }
  if (error != NULL)
    g_warning ("Could not read the signature: %s", error->message);
  if (self->signature != NULL)
    {
      /* Translators: shown under an e-mail reply; %s is the signature */
      g_autofree char *text = g_strdup_printf (_("Signed with:\n%s"), self->signature);
      gtk_label_set_label (self->signature_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->signature_label), self->signature != NULL);
}

void
fd_composer_tools_show_saved (FdComposerTools *self)
{
  g_return_if_fail (FD_IS_COMPOSER_TOOLS (self));

  gtk_menu_button_popup (self->saved_button);
}

gboolean
fd_composer_tools_use_saved (FdComposerTools *self,
                             const char      *title)
{
  g_autoptr(FdSavedReply) reply = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FD_IS_COMPOSER_TOOLS (self), FALSE);

  if (self->store == NULL || (reply = fd_saved_replies_get (self->store, title, &error)) == NULL)
    return FALSE;
  use_reply (self, reply);
  return TRUE;
}

void
fd_composer_tools_add_file (FdComposerTools *self,
                            GFile           *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint64 size;

  g_return_if_fail (FD_IS_COMPOSER_TOOLS (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!self->is_mail)
    return;
  for (guint i = 0; i < self->files->len; i++)
    if (g_file_equal (g_ptr_array_index (self->files, i), file))
      return;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  path = g_file_get_path (file);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR || path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = g_strdup_printf (_("%s cannot be attached: only files on this computer can."), name);

      gtk_label_set_label (self->saved_error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->saved_error_label), TRUE);
      return;
    }

  size = (guint64) g_file_info_get_size (info);
  g_ptr_array_add (self->files, g_object_ref (file));
  g_array_append_val (self->sizes, size);
  update_chips (self);
  g_signal_emit (self, signals[ATTACHMENTS_CHANGED], 0);
}

GPtrArray *
fd_composer_tools_dup_attachments (FdComposerTools *self)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (FD_IS_COMPOSER_TOOLS (self), paths);

  for (guint i = 0; self->is_mail && i < self->files->len; i++)
    g_ptr_array_add (paths, g_file_get_path (g_ptr_array_index (self->files, i)));
  return paths;
}

guint64
fd_composer_tools_get_total_size (FdComposerTools *self)
{
  guint64 total = 0;

  g_return_val_if_fail (FD_IS_COMPOSER_TOOLS (self), 0);

  for (guint i = 0; i < self->sizes->len; i++)
    total += g_array_index (self->sizes, guint64, i);
  return total;
}

void
fd_composer_tools_reset (FdComposerTools *self)
{
  g_return_if_fail (FD_IS_COMPOSER_TOOLS (self));

  g_ptr_array_set_size (self->files, 0);
  g_array_set_size (self->sizes, 0);
  update_chips (self);
  fd_composer_tools_clear_mark (self);
  gtk_widget_set_visible (GTK_WIDGET (self->saved_error_label), FALSE);
}

gboolean
fd_composer_tools_get_machine_translated (FdComposerTools *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER_TOOLS (self), FALSE);

  return self->machine_translated;
}

void
fd_composer_tools_clear_mark (FdComposerTools *self)
{
  g_return_if_fail (FD_IS_COMPOSER_TOOLS (self));

  self->machine_translated = FALSE;
  gtk_widget_set_visible (self->mark_box, FALSE);
}

const char *
fd_composer_tools_get_signature (FdComposerTools *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER_TOOLS (self), NULL);

  return self->signature;
}

const char *
fd_composer_tools_get_size_warning (FdComposerTools *self)
{
  g_return_val_if_fail (FD_IS_COMPOSER_TOOLS (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->size_label)) ? gtk_label_get_label (self->size_label) : NULL;
}
