/* fd-test-network-monitor.h: a GNetworkMonitor the test switches by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FD_TYPE_TEST_NETWORK_MONITOR (fd_test_network_monitor_get_type ())

G_DECLARE_FINAL_TYPE (FdTestNetworkMonitor, fd_test_network_monitor, FD, TEST_NETWORK_MONITOR, GObject)

FdTestNetworkMonitor *fd_test_network_monitor_new           (void);
void                  fd_test_network_monitor_set_available (FdTestNetworkMonitor *self,
                                                             gboolean              available);
void                  fd_test_network_monitor_set_metered   (FdTestNetworkMonitor *self,
                                                             gboolean              metered);

G_END_DECLS
