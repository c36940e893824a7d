/* fd-window-snooze.c: snoozing the conversation the window shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fd-snooze.h"
#include "fd-snooze-times.h"
#include "fd-text-utils.h"
#include "fd-window-private.h"

static gint64
shown_conversation (FdWindow *self)
{
  return self->store != NULL ? fd_window_get_shown_conversation (self) : 0;
}

static void
snooze_until (FdWindow *self,
              gint64    until)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;
  gint64 conversation = shown_conversation (self);

  if (conversation == 0)
    return;

  if (!fd_snooze_set (self->store, conversation, until, g_date_time_to_unix (now), &error))
    {
      /* Translators: %s says why */
      title = g_strdup_printf (_("Could not snooze: %s"), error->message);
      fd_window_toast (self, title);
      return;
    }

  when = fd_format_date_time (until);
  /* Translators: %s is a day and time, "Tue 09:00" */
  title = g_strdup_printf (_("Snoozed until %s"), when);
  fd_window_toast (self, title);
  fd_window_check_store (self);
  fd_window_update_actions (self);
}

/* win.snooze: "later-today", "tomorrow" or "monday". */
static void
snooze_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *when = g_variant_get_string (param, NULL);
  gint64 until;

  if (g_str_equal (when, "later-today"))
    until = fd_snooze_later_today (now);
  else if (g_str_equal (when, "tomorrow"))
    until = fd_snooze_times_tomorrow (FD_WINDOW (widget)->store, now);
  else if (g_str_equal (when, "monday"))
    until = fd_snooze_times_next_monday (FD_WINDOW (widget)->store, now);
  else
    {
      g_warning ("Unknown snooze time “%s”", when);
      return;
    }

  snooze_until (FD_WINDOW (widget), until);
}

/* win.snooze-at: a Unix time (the dialog's choice, or a test's). */
static void
snooze_at_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  snooze_until (FD_WINDOW (widget), g_variant_get_int64 (param));
}

typedef struct {
  FdWindow      *window;
  GtkCalendar   *calendar;
  GtkSpinButton *hour;
  GtkSpinButton *minute;
} ChooseDialog;

static void
choose_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ChooseDialog     *choose)
{
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) at = NULL;

  if (g_strcmp0 (response, "snooze") != 0)
    return;

  day = gtk_calendar_get_date (choose->calendar);
  at = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                              g_date_time_get_day_of_month (day),
                              gtk_spin_button_get_value_as_int (choose->hour),
                              gtk_spin_button_get_value_as_int (choose->minute), 0);
  if (at != NULL)
    gtk_widget_activate_action (GTK_WIDGET (choose->window), "win.snooze-at", "x", g_date_time_to_unix (at));
}

/* win.snooze-choose: a day and a time. */
static void
snooze_choose_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);
  ChooseDialog *choose;
  GtkWidget *dialog, *box, *time_box;

  if (shown_conversation (self) == 0)
    return;

  choose = g_new0 (ChooseDialog, 1);
  choose->window = self;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Snooze Until"),
                                   _("The conversation comes back to Unanswered at this time, or sooner if the customer writes again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "snooze", _("_Snooze"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "snooze", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "snooze");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  choose->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_calendar_select_day (choose->calendar, tomorrow);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (choose->calendar));

  time_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (time_box, GTK_ALIGN_CENTER);
  choose->hour = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 23, 1));
  choose->minute = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 59, 5));
  gtk_spin_button_set_value (choose->hour, 9);
  gtk_spin_button_set_value (choose->minute, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choose->hour), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Hour"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choose->minute), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Minute"), -1);
  gtk_box_append (GTK_BOX (time_box), GTK_WIDGET (choose->hour));
  /* Translators: between the hour and the minute */
  gtk_box_append (GTK_BOX (time_box), gtk_label_new (C_("time separator", ":")));
  gtk_box_append (GTK_BOX (time_box), GTK_WIDGET (choose->minute));
  gtk_box_append (GTK_BOX (box), time_box);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  g_signal_connect_data (dialog, "response", G_CALLBACK (choose_response_cb), choose,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* win.unsnooze: back to Unanswered now. */
static void
unsnooze_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  FdWindow *self = FD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 conversation = shown_conversation (self);

  if (conversation == 0)
    return;

  if (!fd_snooze_cancel (self->store, conversation, &error))
    {
      g_autofree char *title = g_strdup_printf (_("Could not wake the conversation: %s"), error->message);

      fd_window_toast (self, title);
      return;
    }
  fd_window_toast (self, _("Back in Unanswered"));
  fd_window_check_store (self);
  fd_window_update_actions (self);
}

static GMenuModel *
snooze_menu_new (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) times = g_menu_new ();
  g_autoptr(GMenu) wake = g_menu_new ();
  g_autoptr(GMenuItem) later = g_menu_item_new (_("Later Today"), NULL);
  g_autoptr(GMenuItem) tomorrow = g_menu_item_new (_("Tomorrow Morning"), NULL);
  g_autoptr(GMenuItem) monday = g_menu_item_new (_("Next Monday"), NULL);

  g_menu_item_set_action_and_target (later, "win.snooze", "s", "later-today");
  g_menu_item_set_action_and_target (tomorrow, "win.snooze", "s", "tomorrow");
  g_menu_item_set_action_and_target (monday, "win.snooze", "s", "monday");
  g_menu_append_item (times, later);
  g_menu_append_item (times, tomorrow);
  g_menu_append_item (times, monday);
  g_menu_append (times, _("Choose a Day and Time…"), "win.snooze-choose");
  g_menu_append (wake, _("Wake Now"), "win.unsnooze");
  g_menu_append_section (menu, _("Snooze Until"), G_MENU_MODEL (times));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (wake));

  return G_MENU_MODEL (menu);
}

/* The menu is made when first opened: until then the header bar holds
 * a button and nothing more. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  g_autoptr(GMenuModel) menu = snooze_menu_new ();

  gtk_menu_button_set_menu_model (button, menu);
}

void
fd_window_add_snooze_button (FdWindow *self)
{
  GtkWidget *header = fd_conversation_view_get_header_bar (self->conversation_view);
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "alarm-symbolic");
  gtk_widget_set_tooltip_text (button, _("Snooze"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Snooze"), -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_popup_cb, NULL, NULL);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);
}

void
fd_window_update_snooze_actions (FdWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gint64 conversation = self->sample ? 0 : shown_conversation (self);
  gboolean snoozed = conversation != 0 && fd_snooze_get_until (self->store, conversation, NULL) > 0;

  gtk_widget_action_set_enabled (widget, "win.snooze", conversation != 0);
  gtk_widget_action_set_enabled (widget, "win.snooze-at", conversation != 0);
  gtk_widget_action_set_enabled (widget, "win.snooze-choose", conversation != 0);
  gtk_widget_action_set_enabled (widget, "win.unsnooze", snoozed);
}

void
fd_window_class_install_snooze_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.snooze", "s", snooze_action);
  gtk_widget_class_install_action (widget_class, "win.snooze-at", "x", snooze_at_action);
  gtk_widget_class_install_action (widget_class, "win.snooze-choose", NULL, snooze_choose_action);
  gtk_widget_class_install_action (widget_class, "win.unsnooze", NULL, unsnooze_action);
}
