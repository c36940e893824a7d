/* notification-stand-in.c: a desktop notification server for the tests.
 *
 * Written from the published specifications, not from any server's code:
 * org.gtk.Notifications as GLib documents it for GNotification (the
 * notification is an a{sv} with "title", "body", "icon", "priority",
 * "default-action", "default-action-target" and "buttons", an aa{sv} of
 * "label", "action" and "target"), and org.freedesktop.Notifications from
 * the Desktop Notifications Specification 1.2. It records each call and
 * shows nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "notification-stand-in.h"

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.gtk.Notifications'>"
  "    <method name='AddNotification'>"
  "      <arg type='s' name='app_id' direction='in'/>"
  "      <arg type='s' name='id' direction='in'/>"
  "      <arg type='a{sv}' name='notification' direction='in'/>"
  "    </method>"
  "    <method name='RemoveNotification'>"
  "      <arg type='s' name='app_id' direction='in'/>"
  "      <arg type='s' name='id' direction='in'/>"
  "    </method>"
  "  </interface>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='GetCapabilities'>"
  "      <arg type='as' name='capabilities' direction='out'/>"
  "    </method>"
  "    <method name='Notify'>"
  "      <arg type='s' name='app_name' direction='in'/>"
  "      <arg type='u' name='replaces_id' direction='in'/>"
  "      <arg type='s' name='app_icon' direction='in'/>"
  "      <arg type='s' name='summary' direction='in'/>"
  "      <arg type='s' name='body' direction='in'/>"
  "      <arg type='as' name='actions' direction='in'/>"
  "      <arg type='a{sv}' name='hints' direction='in'/>"
  "      <arg type='i' name='expire_timeout' direction='in'/>"
  "      <arg type='u' name='id' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'>"
  "      <arg type='u' name='id' direction='in'/>"
  "    </method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' name='name' direction='out'/>"
  "      <arg type='s' name='vendor' direction='out'/>"
  "      <arg type='s' name='version' direction='out'/>"
  "      <arg type='s' name='spec_version' direction='out'/>"
  "    </method>"
  "    <signal name='NotificationClosed'>"
  "      <arg type='u' name='id'/>"
  "      <arg type='u' name='reason'/>"
  "    </signal>"
  "    <signal name='ActionInvoked'>"
  "      <arg type='u' name='id'/>"
  "      <arg type='s' name='action_key'/>"
  "    </signal>"
  "  </interface>"
  "</node>";

struct _NotificationStandIn
{
  GDBusConnection *connection;
  GDBusNodeInfo   *info;
  guint            gtk_object;
  guint            fdo_object;
  guint            gtk_name;
  guint            fdo_name;
  guint            n_owned;
  guint            next_fdo_id;
  GPtrArray       *calls;
};

static void
call_free (NotificationCall *call)
{
  g_free (call->method);
  g_free (call->app_id);
  g_free (call->id);
  g_free (call->title);
  g_free (call->body);
  g_free (call->default_action);
  g_clear_pointer (&call->default_target, g_variant_unref);
  g_clear_pointer (&call->button_labels, g_ptr_array_unref);
  g_clear_pointer (&call->button_actions, g_ptr_array_unref);
  g_clear_pointer (&call->button_targets, g_ptr_array_unref);
  g_free (call);
}

static NotificationCall *
call_new (const char *method)
{
  NotificationCall *call = g_new0 (NotificationCall, 1);

  call->method = g_strdup (method);
  call->button_labels = g_ptr_array_new_with_free_func (g_free);
  call->button_actions = g_ptr_array_new_with_free_func (g_free);
  call->button_targets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  return call;
}

static void
read_gtk_notification (NotificationCall *call,
                       GVariant         *notification)
{
  g_autoptr(GVariant) buttons = NULL;
  GVariantDict dict;

  g_variant_dict_init (&dict, notification);
  g_variant_dict_lookup (&dict, "title", "s", &call->title);
  g_variant_dict_lookup (&dict, "body", "s", &call->body);
  g_variant_dict_lookup (&dict, "default-action", "s", &call->default_action);
  call->default_target = g_variant_dict_lookup_value (&dict, "default-action-target", NULL);
  if (call->default_target != NULL && g_variant_is_of_type (call->default_target, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *inner = g_variant_get_variant (call->default_target);

      g_variant_unref (call->default_target);
      call->default_target = inner;
    }

  buttons = g_variant_dict_lookup_value (&dict, "buttons", G_VARIANT_TYPE ("aa{sv}"));
  for (gsize i = 0; buttons != NULL && i < g_variant_n_children (buttons); i++)
    {
      g_autoptr(GVariant) button = g_variant_get_child_value (buttons, i);
      GVariantDict bdict;
      char *label = NULL, *action = NULL;
      GVariant *target;

      g_variant_dict_init (&bdict, button);
      g_variant_dict_lookup (&bdict, "label", "s", &label);
      g_variant_dict_lookup (&bdict, "action", "s", &action);
      target = g_variant_dict_lookup_value (&bdict, "target", NULL);
      g_ptr_array_add (call->button_labels, label);
      g_ptr_array_add (call->button_actions, action);
      g_ptr_array_add (call->button_targets, target != NULL ? target : g_variant_ref_sink (g_variant_new_string ("")));
      g_variant_dict_clear (&bdict);
    }
  g_variant_dict_clear (&dict);
}

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  NotificationStandIn *self = user_data;
  NotificationCall *call;

  if (g_str_equal (method_name, "GetCapabilities"))
    {
      const char *caps[] = { "actions", "body", NULL };

      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", caps));
      return;
    }
  if (g_str_equal (method_name, "GetServerInformation"))
    {
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(ssss)", "stand-in", "frontdesk-tests", "1", "1.2"));
      return;
    }

  call = call_new (method_name);
  if (g_str_equal (method_name, "AddNotification"))
    {
      g_autoptr(GVariant) notification = NULL;

      g_variant_get (parameters, "(ss@a{sv})", &call->app_id, &call->id, &notification);
      read_gtk_notification (call, notification);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "RemoveNotification"))
    {
      g_variant_get (parameters, "(ss)", &call->app_id, &call->id);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "Notify"))
    {
      g_autoptr(GVariant) hints = NULL;
      g_auto(GStrv) actions = NULL;
      guint32 replaces = 0;
      gint32 timeout = 0;
      const char *app_icon = NULL;
      guint32 id;

      g_variant_get (parameters, "(sus&ss^as@a{sv}i)", &call->app_id, &replaces, &app_icon,
                     &call->title, &call->body, &actions, &hints, &timeout);
      for (guint i = 0; actions[i] != NULL && actions[i + 1] != NULL; i += 2)
        {
          g_ptr_array_add (call->button_actions, g_strdup (actions[i]));
          g_ptr_array_add (call->button_labels, g_strdup (actions[i + 1]));
        }
      id = replaces != 0 ? replaces : ++self->next_fdo_id;
      call->id = g_strdup_printf ("%u", id);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", id));
    }
  else if (g_str_equal (method_name, "CloseNotification"))
    {
      guint32 id;

      g_variant_get (parameters, "(u)", &id);
      call->id = g_strdup_printf ("%u", id);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    {
      call_free (call);
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                             "No method %s", method_name);
      return;
    }

  g_ptr_array_add (self->calls, call);
}

static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL, { 0 } };

static void
name_acquired_cb (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  NotificationStandIn *self = user_data;

  self->n_owned++;
}

static void
name_lost_cb (GDBusConnection *connection,
              const char      *name,
              gpointer         user_data)
{
  g_error ("The notification stand-in could not own %s: is a real notification server on this bus?", name);
}

NotificationStandIn *
notification_stand_in_new (void)
{
  NotificationStandIn *self = g_new0 (NotificationStandIn, 1);
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  self->calls = g_ptr_array_new_with_free_func ((GDestroyNotify) call_free);
  self->connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  self->info = g_dbus_node_info_new_for_xml (introspection_xml, &error);
  g_assert_no_error (error);

  self->gtk_object = g_dbus_connection_register_object (self->connection, "/org/gtk/Notifications",
                                                        g_dbus_node_info_lookup_interface (self->info, "org.gtk.Notifications"),
                                                        &vtable, self, NULL, &error);
  g_assert_no_error (error);
  self->fdo_object = g_dbus_connection_register_object (self->connection, "/org/freedesktop/Notifications",
                                                        g_dbus_node_info_lookup_interface (self->info, "org.freedesktop.Notifications"),
                                                        &vtable, self, NULL, &error);
  g_assert_no_error (error);

  self->gtk_name = g_bus_own_name_on_connection (self->connection, "org.gtk.Notifications",
                                                 G_BUS_NAME_OWNER_FLAGS_DO_NOT_QUEUE,
                                                 name_acquired_cb, name_lost_cb, self, NULL);
  self->fdo_name = g_bus_own_name_on_connection (self->connection, "org.freedesktop.Notifications",
                                                 G_BUS_NAME_OWNER_FLAGS_DO_NOT_QUEUE,
                                                 name_acquired_cb, name_lost_cb, self, NULL);
  while (self->n_owned < 2 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (self->n_owned, ==, 2);

  return self;
}

void
notification_stand_in_free (NotificationStandIn *self)
{
  if (self == NULL)
    return;
  g_bus_unown_name (self->gtk_name);
  g_bus_unown_name (self->fdo_name);
  g_dbus_connection_unregister_object (self->connection, self->gtk_object);
  g_dbus_connection_unregister_object (self->connection, self->fdo_object);
  g_dbus_node_info_unref (self->info);
  g_object_unref (self->connection);
  g_ptr_array_unref (self->calls);
  g_free (self);
}

GPtrArray *
notification_stand_in_get_calls (NotificationStandIn *self)
{
  return self->calls;
}

gboolean
notification_stand_in_wait (NotificationStandIn *self,
                            guint                n,
                            guint                timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (self->calls->len < n && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);

  return self->calls->len >= n;
}

guint
notification_stand_in_count (NotificationStandIn *self,
                             const char          *method)
{
  guint n = 0;

  for (guint i = 0; i < self->calls->len; i++)
    if (g_str_equal (((NotificationCall *) g_ptr_array_index (self->calls, i))->method, method))
      n++;
  return n;
}

void
notification_stand_in_clear (NotificationStandIn *self)
{
  g_ptr_array_set_size (self->calls, 0);
}
