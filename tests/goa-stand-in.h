/* goa-stand-in.h: GNOME Online Accounts for the tests.
 *
 * Written from GOA's published D-Bus interface (org.gnome.OnlineAccounts:
 * an object manager at /org/gnome/OnlineAccounts whose account objects
 * carry the Account, Mail and OAuth2Based interfaces); it uses the
 * interface code libgoa generates from that XML. No goa-daemon runs: one
 * mail account, whose access tokens come from a function of the test.
 * It owns org.gnome.OnlineAccounts on the session bus of the test
 * (tests/run-headless.sh starts a private one), from its own thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _GoaStandIn GoaStandIn;

/* A new access token, each time GOA is asked for one. */
typedef char *(*GoaStandInTokenFunc) (gpointer user_data);

#define GOA_STAND_IN_ACCOUNT_ID "account_1700000000_0"

GoaStandIn *goa_stand_in_new                 (const char          *address,
                                              const char          *imap_host,
                                              const char          *smtp_host,
                                              GoaStandInTokenFunc  token_func,
                                              gpointer             user_data);
void        goa_stand_in_free                (GoaStandIn          *self);
void        goa_stand_in_set_attention_needed (GoaStandIn         *self,
                                               gboolean            attention_needed);
guint       goa_stand_in_count_token_requests (GoaStandIn         *self);

G_END_DECLS
