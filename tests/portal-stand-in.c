/* portal-stand-in.c: the Background portal for the tests.
 *
 * Written from the published XDG Desktop Portal specification
 * (org.freedesktop.portal.Background, version 1, and the Request object
 * whose Response signal carries the answer), not from any portal's code.
 * It answers on its own connection, as a portal does, after the method
 * returned the request's handle.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "portal-stand-in.h"

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Background'>"
  "    <method name='RequestBackground'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "    <property name='version' type='u' access='read'/>"
  "  </interface>"
  "</node>";

struct _PortalStandIn
{
  GDBusConnection *connection;
  GDBusNodeInfo   *info;
  guint            object;
  guint            name;
  gboolean         owned;
  gboolean         allow;
  GPtrArray       *requests;
};

typedef struct {
  PortalStandIn *self;
  char          *sender;
  char          *handle;
  gboolean       autostart;
} Response;

static void
request_free (PortalBackgroundRequest *request)
{
  g_free (request->parent_window);
  g_free (request->reason);
  g_strfreev (request->commandline);
  g_free (request);
}

static gboolean
respond_cb (gpointer data)
{
  Response *response = data;
  GVariantBuilder results;

  g_variant_builder_init (&results, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&results, "{sv}", "background", g_variant_new_boolean (response->self->allow));
  g_variant_builder_add (&results, "{sv}", "autostart",
                         g_variant_new_boolean (response->self->allow && response->autostart));
  g_dbus_connection_emit_signal (response->self->connection, response->sender, response->handle,
                                 "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(u@a{sv})", response->self->allow ? 0 : 1,
                                                g_variant_builder_end (&results)),
                                 NULL);
  g_free (response->sender);
  g_free (response->handle);
  g_free (response);
  return G_SOURCE_REMOVE;
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
  PortalStandIn *self = user_data;
  PortalBackgroundRequest *request = g_new0 (PortalBackgroundRequest, 1);
  g_autoptr(GVariant) options = NULL;
  g_autofree char *token = NULL;
  g_autofree char *escaped = NULL;
  Response *response;
  GVariantDict dict;

  g_variant_get (parameters, "(s@a{sv})", &request->parent_window, &options);
  g_variant_dict_init (&dict, options);
  g_variant_dict_lookup (&dict, "reason", "s", &request->reason);
  g_variant_dict_lookup (&dict, "autostart", "b", &request->autostart);
  g_variant_dict_lookup (&dict, "commandline", "^as", &request->commandline);
  if (!g_variant_dict_lookup (&dict, "handle_token", "s", &token))
    token = g_strdup ("t");
  g_variant_dict_clear (&dict);
  g_ptr_array_add (self->requests, request);

  /* The handle the specification fixes: the caller's unique name
   * without ':' and with '.' as '_', then the token. */
  escaped = g_strdup (sender + 1);
  g_strdelimit (escaped, ".", '_');
  response = g_new0 (Response, 1);
  response->self = self;
  response->sender = g_strdup (sender);
  response->handle = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", escaped, token);
  response->autostart = request->autostart;

  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", response->handle));
  g_idle_add (respond_cb, response);
}

static GVariant *
get_property_cb (GDBusConnection  *connection,
                 const char       *sender,
                 const char       *object_path,
                 const char       *interface_name,
                 const char       *property_name,
                 GError          **error,
                 gpointer          user_data)
{
  return g_variant_new_uint32 (1);
}

static const GDBusInterfaceVTable vtable = { method_call_cb, get_property_cb, NULL, { 0 } };

static void
name_acquired_cb (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  ((PortalStandIn *) user_data)->owned = TRUE;
}

PortalStandIn *
portal_stand_in_new (void)
{
  PortalStandIn *self = g_new0 (PortalStandIn, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_assert_no_error (error);
  self->allow = TRUE;
  self->requests = g_ptr_array_new_with_free_func ((GDestroyNotify) request_free);
  /* A connection of its own, as a portal is another process. */
  self->connection = g_dbus_connection_new_for_address_sync (address,
                                                             G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                             G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                             NULL, NULL, &error);
  g_assert_no_error (error);
  self->info = g_dbus_node_info_new_for_xml (introspection_xml, &error);
  g_assert_no_error (error);
  self->object = g_dbus_connection_register_object (self->connection, "/org/freedesktop/portal/desktop",
                                                    self->info->interfaces[0], &vtable, self, NULL, &error);
  g_assert_no_error (error);
  self->name = g_bus_own_name_on_connection (self->connection, "org.freedesktop.portal.Desktop",
                                             G_BUS_NAME_OWNER_FLAGS_DO_NOT_QUEUE,
                                             name_acquired_cb, NULL, self, NULL);
  while (!self->owned && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (self->owned);

  return self;
}

void
portal_stand_in_free (PortalStandIn *self)
{
  if (self == NULL)
    return;
  g_bus_unown_name (self->name);
  g_dbus_connection_unregister_object (self->connection, self->object);
  g_dbus_connection_flush_sync (self->connection, NULL, NULL);
  g_dbus_connection_close_sync (self->connection, NULL, NULL);
  g_object_unref (self->connection);
  g_dbus_node_info_unref (self->info);
  g_ptr_array_unref (self->requests);
  g_free (self);
}

void
portal_stand_in_set_allow (PortalStandIn *self,
                           gboolean       allow)
{
  self->allow = allow;
}

GPtrArray *
portal_stand_in_get_requests (PortalStandIn *self)
{
  return self->requests;
}
