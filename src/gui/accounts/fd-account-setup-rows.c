/* fd-account-setup-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-account-setup-rows.h"

static const char *
translate (const char *text)
{
  return text != NULL ? g_dgettext (GETTEXT_PACKAGE, text) : NULL;
}

static guint
count_choices (const FdSetupField *field)
{
  guint n = 0;

  while (field->choices != NULL && field->choices[n].value != NULL)
    n++;
  return n;
}

static GtkWidget *
new_entry_row (const FdSetupField *field)
{
  GtkWidget *row = field->kind == FD_SETUP_FIELD_PASSWORD ? adw_password_entry_row_new () : adw_entry_row_new ();

  switch (field->kind)
    {
    case FD_SETUP_FIELD_EMAIL:
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_EMAIL);
      break;
    case FD_SETUP_FIELD_URL:
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_URL);
      break;
    case FD_SETUP_FIELD_TEXT:
    case FD_SETUP_FIELD_PASSWORD:
    case FD_SETUP_FIELD_NUMBER:
    case FD_SETUP_FIELD_CHOICE:
    case FD_SETUP_FIELD_SWITCH:
    default:
      break;
    }
  if (field->kind != FD_SETUP_FIELD_PASSWORD)
    adw_entry_row_set_input_hints (ADW_ENTRY_ROW (row), GTK_INPUT_HINT_NO_SPELLCHECK | GTK_INPUT_HINT_NO_EMOJI);

  /* The title already stands in the empty field (and libadwaita 1.2
   * draws a placeholder over it): the example goes in the tooltip. */
  if (field->placeholder != NULL)
    {
      /* Translators: %s is an example of what to type, such as “imap.example.com” */
      g_autofree char *example = g_strdup_printf (_("For example %s"), translate (field->placeholder));

      gtk_widget_set_tooltip_text (row, example);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER, example, -1);
    }

  return row;
}

FdSetupRow *
fd_setup_row_new (const FdSetupField *field)
{
  FdSetupRow *self = g_new0 (FdSetupRow, 1);
  const char *title = translate (field->label);

  self->field = field;

  switch (field->kind)
    {
    case FD_SETUP_FIELD_NUMBER:
      {
        GtkAdjustment *adjustment = gtk_adjustment_new (field->min, field->min, field->max, 1, 10, 0);

        self->row = adw_action_row_new ();
        self->control = gtk_spin_button_new (adjustment, 1, 0);
        gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (self->control), TRUE);
        gtk_editable_set_width_chars (GTK_EDITABLE (self->control), 5);
        gtk_widget_set_valign (self->control, GTK_ALIGN_CENTER);
        adw_action_row_add_suffix (ADW_ACTION_ROW (self->row), self->control);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->row), self->control);
        break;
      }

    case FD_SETUP_FIELD_CHOICE:
      {
        g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

        for (guint i = 0; i < count_choices (field); i++)
          gtk_string_list_append (labels, translate (field->choices[i].label));
        self->row = adw_combo_row_new ();
        adw_combo_row_set_model (ADW_COMBO_ROW (self->row), G_LIST_MODEL (labels));
        self->control = self->row;
        break;
      }

    case FD_SETUP_FIELD_SWITCH:
      self->row = adw_action_row_new ();
      self->control = gtk_switch_new ();
      gtk_widget_set_valign (self->control, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (self->row), self->control);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->row), self->control);
      if (field->description != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (self->row), translate (field->description));
      break;

    case FD_SETUP_FIELD_TEXT:
    case FD_SETUP_FIELD_EMAIL:
    case FD_SETUP_FIELD_URL:
    case FD_SETUP_FIELD_PASSWORD:
    default:
      self->row = new_entry_row (field);
      self->control = self->row;
      break;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->row), TRUE);
  if (field->description != NULL && field->kind != FD_SETUP_FIELD_SWITCH)
    {
      gtk_widget_set_tooltip_text (self->row, translate (field->description));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      translate (field->description), -1);
    }
  if (field->flags & FD_SETUP_FIELD_WARNING)
    gtk_widget_add_css_class (self->row, "warning");
  gtk_widget_set_name (self->row, field->id);
  if (self->control != self->row)
    {
      g_autofree char *plain = fd_setup_row_dup_title (self);

      /* The spin button or switch is named by its row's title. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->control), GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);
    }

  fd_setup_row_set_value (self, NULL);
  return self;
}

void
fd_setup_row_free (FdSetupRow *self)
{
  g_free (self);
}

char *
fd_setup_row_dup_title (FdSetupRow *self)
{
  GString *title = g_string_new (translate (self->field->label));

  /* "Allow _Unencrypted" → "Allow Unencrypted"; "__" is a "_". */
  for (gsize i = 0; i < title->len; i++)
    if (title->str[i] == '_')
      g_string_erase (title, (gssize) i, 1);

  return g_string_free (title, FALSE);
}

char *
fd_setup_row_dup_value (FdSetupRow *self)
{
  switch (self->field->kind)
    {
    case FD_SETUP_FIELD_NUMBER:
      return g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->control)));

    case FD_SETUP_FIELD_CHOICE:
      {
        guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->row));

        return selected < count_choices (self->field) ? g_strdup (self->field->choices[selected].value) : NULL;
      }

    case FD_SETUP_FIELD_SWITCH:
      return gtk_switch_get_active (GTK_SWITCH (self->control)) ? g_strdup ("true") : NULL;

    case FD_SETUP_FIELD_PASSWORD:
      {
        const char *text = gtk_editable_get_text (GTK_EDITABLE (self->row));

        /* Spaces may belong to a password. */
        return *text != '\0' ? g_strdup (text) : NULL;
      }

    case FD_SETUP_FIELD_TEXT:
    case FD_SETUP_FIELD_EMAIL:
    case FD_SETUP_FIELD_URL:
    default:
      {
        char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->row))));

        if (*text == '\0')
          g_clear_pointer (&text, g_free);
        return text;
      }
    }
}

void
fd_setup_row_set_value (FdSetupRow *self,
                        const char *value)
{
  if (value == NULL)
    value = self->field->default_value;

  switch (self->field->kind)
    {
    case FD_SETUP_FIELD_NUMBER:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->control),
                                 value != NULL ? g_ascii_strtod (value, NULL) : self->field->min);
      break;

    case FD_SETUP_FIELD_CHOICE:
      {
        guint selected = 0;

        for (guint i = 0; value != NULL && i < count_choices (self->field); i++)
          if (g_str_equal (self->field->choices[i].value, value))
            selected = i;
        adw_combo_row_set_selected (ADW_COMBO_ROW (self->row), selected);
        break;
      }

    case FD_SETUP_FIELD_SWITCH:
      gtk_switch_set_active (GTK_SWITCH (self->control), g_strcmp0 (value, "true") == 0);
      break;

    case FD_SETUP_FIELD_TEXT:
    case FD_SETUP_FIELD_EMAIL:
    case FD_SETUP_FIELD_URL:
    case FD_SETUP_FIELD_PASSWORD:
    default:
      gtk_editable_set_text (GTK_EDITABLE (self->row), value != NULL ? value : "");
      break;
    }
}

void
fd_setup_row_set_problem (FdSetupRow *self,
                          const char *message)
{
  if (message == NULL)
    {
      gtk_widget_remove_css_class (self->row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->control), GTK_ACCESSIBLE_STATE_INVALID);
      if (self->field->description != NULL && self->field->kind != FD_SETUP_FIELD_SWITCH)
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        translate (self->field->description), -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (self->row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  gtk_widget_add_css_class (self->row, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->control), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  /* Read out when the row gets the focus. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
}
