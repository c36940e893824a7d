/* fd-background.c: the Background portal (fd-background.h), through
 * libportal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-background"

#include "config.h"

#include <glib/gi18n.h>
#include <libportal-gtk4/portal-gtk4.h>
#include <libportal/portal.h>

#include "fd-background.h"

/* Errors that mean no portal is there to ask (rather than a refusal). */
static gboolean
is_no_portal (const GError *error)
{
  return g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_INTERFACE) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_OBJECT) ||
         g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SPAWN_SERVICE_NOT_FOUND) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
}

static void
request_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (xdp_portal_request_background_finish (XDP_PORTAL (object), result, &error))
    g_task_return_int (task, FD_BACKGROUND_ALLOWED);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
           !g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    g_task_return_int (task, FD_BACKGROUND_DENIED);   /* the person said no */
  else if (error != NULL && is_no_portal (error))
    {
      g_debug ("No Background portal (%s): running in the background as it is", error->message);
      g_task_return_int (task, FD_BACKGROUND_NO_PORTAL);
    }
  else if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    {
      g_debug ("The Background portal refused: %s", error != NULL ? error->message : "no reason");
      g_task_return_int (task, FD_BACKGROUND_DENIED);
    }
}

void
fd_background_request_async (GtkWindow           *parent,
                             gboolean             autostart,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(XdpPortal) portal = NULL;
  g_autoptr(XdpParent) xdp_parent = NULL;
  g_autoptr(GPtrArray) commandline = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *reason = g_strdup (_("Frontdesk keeps fetching messages and tells you when customers write."));

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_background_request_async);

  /* libportal 0.6 connects to the session bus without asking: see first
   * that there is one. */
  {
    g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, cancellable, NULL);

    if (bus == NULL)
      {
        g_task_return_int (task, FD_BACKGROUND_NO_PORTAL);
        return;
      }
  }

  portal = xdp_portal_new ();
  if (parent != NULL && gtk_widget_get_realized (GTK_WIDGET (parent)))
    xdp_parent = xdp_parent_new_gtk (parent);

  g_ptr_array_add (commandline, g_strdup ("frontdesk"));
  g_ptr_array_add (commandline, g_strdup ("--background"));

  xdp_portal_request_background (portal, xdp_parent, reason, commandline,
                                 autostart ? XDP_BACKGROUND_FLAG_AUTOSTART : XDP_BACKGROUND_FLAG_NONE,
                                 cancellable, request_cb, g_steal_pointer (&task));
}

FdBackgroundResult
fd_background_request_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FD_BACKGROUND_DENIED);

  return (FdBackgroundResult) g_task_propagate_int (G_TASK (result), error);
}
