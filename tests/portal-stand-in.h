/* portal-stand-in.h: the desktop's Background portal on the test's
 * session bus, recording what it is asked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _PortalStandIn PortalStandIn;

typedef struct {
  char      *parent_window;
  char      *reason;
  gboolean   autostart;
  char     **commandline;
} PortalBackgroundRequest;

/* Owns org.freedesktop.portal.Desktop (returns once owned). */
PortalStandIn *portal_stand_in_new          (void);
void           portal_stand_in_free         (PortalStandIn *self);
/* Whether the next requests are granted (the default) or refused. */
void           portal_stand_in_set_allow    (PortalStandIn *self,
                                             gboolean       allow);
/* (element-type PortalBackgroundRequest) (transfer none), in order */
GPtrArray     *portal_stand_in_get_requests (PortalStandIn *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PortalStandIn, portal_stand_in_free)

G_END_DECLS
