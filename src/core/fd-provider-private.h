/* fd-provider-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-provider.h"

G_BEGIN_DECLS

/* Generated from providers/meson.build: registers every built-in channel. */
void _fd_providers_register_builtin (void);

G_END_DECLS
