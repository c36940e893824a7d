/* fd-saved-replies-page.c: Preferences, saved replies and the signatures
 * of e-mail accounts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-account.h"
#include "fd-channel.h"
#include "fd-language.h"
#include "fd-saved-replies.h"
#include "fd-saved-replies-page.h"
#include "fd-signatures.h"

struct _FdSavedRepliesPage
{
  AdwPreferencesPage    parent_instance;

  FdStore              *store;
  AdwPreferencesGroup  *replies_group;
  AdwPreferencesGroup  *signatures_group;
  GtkLabel             *error_label;
  GPtrArray            *rows;          /* the rows added to the groups */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (FdSavedRepliesPage, fd_saved_replies_page, ADW_TYPE_PREFERENCES_PAGE)

/* What an editor dialog works on. */
typedef struct {
  FdSavedRepliesPage *page;
  gint64              account_id;   /* a signature; 0 for a saved reply */
  GtkEditable        *title;        /* NULL when the title is fixed */
  char               *fixed_title;
  GtkEditable        *lang;
  GtkTextView        *text;
} Editor;

static void
editor_free (Editor *editor)
{
  g_free (editor->fixed_title);
  g_free (editor);
}

static void
show_error (FdSavedRepliesPage *self,
            const GError       *error)
{
  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
}

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
editor_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Editor           *editor)
{
  FdSavedRepliesPage *self = editor->page;
  g_autofree char *text = NULL;
  const char *lang;

  if (!g_str_equal (response, "save"))
    return;

  text = text_of (editor->text);
  lang = gtk_editable_get_text (editor->lang);
  if (editor->account_id > 0)
    {
      g_autoptr(GError) error = NULL;

      if (!fd_signatures_set (self->store, editor->account_id, *lang != '\0' ? lang : NULL, text, &error))
        show_error (self, error);
      else
        fd_saved_replies_page_reload (self);
      return;
    }

  fd_saved_replies_page_save_variant (self,
                                      editor->title != NULL ? gtk_editable_get_text (editor->title)
                                                            : editor->fixed_title,
                                      lang, text);
}

static GtkWidget *
labelled (const char *label,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *caption = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (caption), widget);
  gtk_widget_add_css_class (caption, "caption-heading");
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

/* A dialog for one text: a saved reply's variant (@title NULL: a new
 * reply) or, with @account_id, a signature. */
static void
open_editor (FdSavedRepliesPage *self,
             gint64              account_id,
             const char         *heading,
             const char         *title,
             const char         *lang,
             const char         *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  Editor *editor = g_new0 (Editor, 1);
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *lang_entry = gtk_entry_new ();
  GtkWidget *text_view = gtk_text_view_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  editor->page = self;
  editor->account_id = account_id;
  editor->fixed_title = g_strdup (title);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, NULL);
  if (account_id == 0 && title == NULL)
    {
      GtkWidget *title_entry = gtk_entry_new ();

      editor->title = GTK_EDITABLE (title_entry);
      gtk_box_append (GTK_BOX (box), labelled (_("_Title"), title_entry));
    }

  gtk_editable_set_text (GTK_EDITABLE (lang_entry), lang != NULL ? lang : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (lang_entry),
                                  account_id > 0 ? _("Empty for any language") : _("A code such as en, es or ca"));
  editor->lang = GTK_EDITABLE (lang_entry);
  gtk_box_append (GTK_BOX (box), labelled (_("_Language"), lang_entry));

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text_view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text_view), 6);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)), text != NULL ? text : "", -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), text_view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 140);
  gtk_widget_set_size_request (scrolled, 360, -1);
  gtk_widget_add_css_class (scrolled, "card");
  editor->text = GTK_TEXT_VIEW (text_view);
  gtk_box_append (GTK_BOX (box), labelled (_("Te_xt"), scrolled));
  if (account_id == 0)
    {
      GtkWidget *hint = gtk_label_new (_("{first_name}, {name}, {handle} and {shop} are filled in from the conversation."));

      gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
      gtk_label_set_xalign (GTK_LABEL (hint), 0);
      gtk_widget_add_css_class (hint, "dim-label");
      gtk_widget_add_css_class (hint, "caption");
      gtk_box_append (GTK_BOX (box), hint);
    }

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  g_signal_connect_data (dialog, "response", G_CALLBACK (editor_response_cb), editor,
                         (GClosureNotify) (void (*) (void)) editor_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Rows */

static void
variant_edit_cb (GtkButton          *button,
                 FdSavedRepliesPage *self)
{
  open_editor (self, 0, _("Edit Saved Reply"),
               g_object_get_data (G_OBJECT (button), "fd-title"),
               g_object_get_data (G_OBJECT (button), "fd-lang"),
               g_object_get_data (G_OBJECT (button), "fd-text"));
}

static void
variant_remove_cb (GtkButton          *button,
                   FdSavedRepliesPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!fd_saved_replies_remove_variant (self->store, g_object_get_data (G_OBJECT (button), "fd-title"),
                                        g_object_get_data (G_OBJECT (button), "fd-lang"), &error))
    show_error (self, error);
  fd_saved_replies_page_reload (self);
}

static void
variant_default_cb (GtkButton          *button,
                    FdSavedRepliesPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!fd_saved_replies_set_default_lang (self->store, g_object_get_data (G_OBJECT (button), "fd-title"),
                                          g_object_get_data (G_OBJECT (button), "fd-lang"), &error))
    show_error (self, error);
  fd_saved_replies_page_reload (self);
}

static void
add_variant_cb (GtkButton          *button,
                FdSavedRepliesPage *self)
{
  open_editor (self, 0, _("Add a Language"), g_object_get_data (G_OBJECT (button), "fd-title"), NULL, NULL);
}

static void
remove_reply_cb (GtkButton          *button,
                 FdSavedRepliesPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!fd_saved_replies_remove (self->store, g_object_get_data (G_OBJECT (button), "fd-title"), &error))
    show_error (self, error);
  fd_saved_replies_page_reload (self);
}

static GtkWidget *
row_button (const char *label,
            const char *title,
            const char *lang,
            const char *text,
            GCallback   callback,
            gpointer    data)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "fd-title", g_strdup (title), g_free);
  g_object_set_data_full (G_OBJECT (button), "fd-lang", g_strdup (lang), g_free);
  g_object_set_data_full (G_OBJECT (button), "fd-text", g_strdup (text), g_free);
  g_signal_connect (button, "clicked", callback, data);
  return button;
}

static void
add_reply_row (FdSavedRepliesPage *self,
               const FdSavedReply *reply)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_autoptr(GString) langs = g_string_new (NULL);
  g_autofree char *subtitle = NULL;
  GtkWidget *actions = adw_action_row_new ();

  for (guint i = 0; i < reply->variants->len; i++)
    {
      const FdSavedReplyVariant *variant = g_ptr_array_index (reply->variants, i);
      GtkWidget *row = adw_action_row_new ();
      gboolean is_default = g_str_equal (variant->lang, reply->default_lang);
      g_autofree char *row_title = is_default
                                   /* Translators: a saved reply's language; %s is "Spanish" */
                                   ? g_strdup_printf (_("%s (default)"), fd_language_get_name (variant->lang))
                                   : g_strdup (fd_language_get_name (variant->lang));

      g_string_append_printf (langs, "%s%s", i > 0 ? ", " : "", fd_language_get_name (variant->lang));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), row_title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), variant->text);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      if (!is_default)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   row_button (_("Make _Default"), reply->title, variant->lang, NULL,
                                               G_CALLBACK (variant_default_cb), self));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button (_("_Edit"), reply->title, variant->lang, variant->text,
                                             G_CALLBACK (variant_edit_cb), self));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button (_("_Remove"), reply->title, variant->lang, NULL,
                                             G_CALLBACK (variant_remove_cb), self));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (actions), _("More languages"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions),
                             row_button (_("_Add a Language…"), reply->title, NULL, NULL,
                                         G_CALLBACK (add_variant_cb), self));
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions),
                             row_button (_("Remove _Saved Reply"), reply->title, NULL, NULL,
                                         G_CALLBACK (remove_reply_cb), self));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), actions);

  /* Translators: under a saved reply's title: its languages and how often it was used */
  subtitle = g_strdup_printf (ngettext ("%s · used %u time", "%s · used %u times", reply->uses),
                              langs->str, reply->uses);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), reply->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_preferences_group_add (self->replies_group, expander);
  g_ptr_array_add (self->rows, expander);
}

static void
signature_edit_cb (GtkButton          *button,
                   FdSavedRepliesPage *self)
{
  gint64 account_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-account"));

  open_editor (self, account_id, _("Signature"), NULL,
               g_object_get_data (G_OBJECT (button), "fd-lang"),
               g_object_get_data (G_OBJECT (button), "fd-text"));
}

static void
add_signature_rows (FdSavedRepliesPage *self,
                    FdAccount          *account)
{
  g_autoptr(GPtrArray) signatures = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *add_row = adw_action_row_new ();
  GtkWidget *button;
  gint64 account_id = fd_account_get_id (account);

  if ((signatures = fd_signatures_list (self->store, account_id, &error)) == NULL)
    {
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < signatures->len; i++)
    {
      FdSignature *signature = g_ptr_array_index (signatures, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     *signature->lang == '\0' ? _("Any language")
                                                              : fd_language_get_name (signature->lang));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), signature->text);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      button = row_button (_("_Edit"), NULL, signature->lang, signature->text, G_CALLBACK (signature_edit_cb), self);
      g_object_set_data (G_OBJECT (button), "fd-account", GSIZE_TO_POINTER (account_id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add_row), _("Another signature"));
  button = row_button (_("_Add…"), NULL, NULL, NULL, G_CALLBACK (signature_edit_cb), self);
  g_object_set_data (G_OBJECT (button), "fd-account", GSIZE_TO_POINTER (account_id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), add_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), fd_account_get_name (account));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                 signatures->len > 0 ? _("Signed") : _("No signature"));
  adw_preferences_group_add (self->signatures_group, expander);
  g_ptr_array_add (self->rows, expander);
}

/* Import and export */

static void
chooser_response_cb (GtkNativeDialog    *dialog,
                     int                 response,
                     FdSavedRepliesPage *self)
{
  gboolean export = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)) == GTK_FILE_CHOOSER_ACTION_SAVE;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT || (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) == NULL)
    goto out;

  if (export)
    {
      g_autofree char *json = fd_saved_replies_export_json (self->store, &error);

      if (json == NULL || !g_file_replace_contents (file, json, strlen (json), NULL, FALSE,
                                                    G_FILE_CREATE_NONE, NULL, NULL, &error))
        show_error (self, error);
    }
  else
    {
      g_autofree char *json = NULL;
      guint n = 0;

      if (!g_file_load_contents (file, NULL, &json, NULL, NULL, &error) ||
          !fd_saved_replies_import_json (self->store, json, &n, &error))
        show_error (self, error);
      fd_saved_replies_page_reload (self);
    }

out:
  g_clear_object (&self->chooser);
}

static void
open_chooser (FdSavedRepliesPage   *self,
              GtkFileChooserAction  action)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (action == GTK_FILE_CHOOSER_ACTION_SAVE
                                               ? _("Export Saved Replies") : _("Import Saved Replies"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, action,
                                               action == GTK_FILE_CHOOSER_ACTION_SAVE ? _("_Export") : _("_Import"),
                                               _("_Cancel"));
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("saved-replies.json"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
add_clicked_cb (FdSavedRepliesPage *self)
{
  open_editor (self, 0, _("New Saved Reply"), NULL, NULL, NULL);
}

static void
import_clicked_cb (FdSavedRepliesPage *self)
{
  open_chooser (self, GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
export_clicked_cb (FdSavedRepliesPage *self)
{
  open_chooser (self, GTK_FILE_CHOOSER_ACTION_SAVE);
}

/* GObject */

static void
fd_saved_replies_page_dispose (GObject *object)
{
  FdSavedRepliesPage *self = FD_SAVED_REPLIES_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (fd_saved_replies_page_parent_class)->dispose (object);
}

static void
fd_saved_replies_page_class_init (FdSavedRepliesPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fd_saved_replies_page_dispose;
}

static void
fd_saved_replies_page_init (FdSavedRepliesPage *self)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_New…"));
  GtkWidget *import = gtk_button_new_with_mnemonic (_("_Import…"));
  GtkWidget *export = gtk_button_new_with_mnemonic (_("E_xport…"));
  GtkWidget *error_group = adw_preferences_group_new ();

  self->rows = g_ptr_array_new ();

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Saved Replies"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "mail-reply-sender-symbolic");

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (error_group), GTK_WIDGET (self->error_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (error_group));

  self->replies_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->replies_group, _("Saved Replies"));
  adw_preferences_group_set_description (self->replies_group,
                                         _("Answers you give often, with a text for each language. The composer "
                                           "inserts the text in the customer’s language, or translates the "
                                           "default one. Most used first."));
  gtk_box_append (GTK_BOX (buttons), add);
  gtk_box_append (GTK_BOX (buttons), import);
  gtk_box_append (GTK_BOX (buttons), export);
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  g_signal_connect_swapped (import, "clicked", G_CALLBACK (import_clicked_cb), self);
  g_signal_connect_swapped (export, "clicked", G_CALLBACK (export_clicked_cb), self);
  adw_preferences_group_set_header_suffix (self->replies_group, buttons);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), self->replies_group);

  self->signatures_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->signatures_group, _("Signatures"));
  adw_preferences_group_set_description (self->signatures_group,
                                         _("Added below e-mail replies, never to posts. A signature for a "
                                           "language is used for replies in that language."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), self->signatures_group);
}

/* Public API */

GtkWidget *
fd_saved_replies_page_new (FdStore *store)
{
  FdSavedRepliesPage *self = g_object_new (FD_TYPE_SAVED_REPLIES_PAGE, NULL);

  g_return_val_if_fail (!store || FD_IS_STORE (store), NULL);

  if (store != NULL)
    self->store = g_object_ref (store);
  gtk_widget_set_sensitive (GTK_WIDGET (self), store != NULL);
  fd_saved_replies_page_reload (self);
  return GTK_WIDGET (self);
}

void
fd_saved_replies_page_reload (FdSavedRepliesPage *self)
{
  g_autoptr(GPtrArray) replies = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;
  guint n_mail = 0;

  g_return_if_fail (FD_IS_SAVED_REPLIES_PAGE (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  if (self->store == NULL)
    return;

  if ((replies = fd_saved_replies_list (self->store, &error)) == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < replies->len; i++)
    add_reply_row (self, g_ptr_array_index (replies, i));

  if ((accounts = fd_account_load_all (self->store, &error)) == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < accounts->len; i++)
    {
      FdAccount *account = g_ptr_array_index (accounts, i);

      if (!fd_channel_has (fd_account_get_channel (account), FD_CHANNEL_MAIL))
        continue;
      add_signature_rows (self, account);
      n_mail++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->signatures_group), n_mail > 0);
}

gboolean
fd_saved_replies_page_save_variant (FdSavedRepliesPage *self,
                                    const char         *title,
                                    const char         *lang,
                                    const char         *text)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FD_IS_SAVED_REPLIES_PAGE (self), FALSE);

  if (self->store == NULL)
    return FALSE;
  if (!fd_saved_replies_set_variant (self->store, title, lang, text, NULL, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  show_error (self, NULL);
  fd_saved_replies_page_reload (self);
  return TRUE;
}
