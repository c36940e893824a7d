/* oauth-stand-in.h: an OAuth 2 authorization server for the tests.
 *
 * Written from RFC 6749 (the authorization code and refresh token
 * grants), RFC 7636 (PKCE, S256 only) and RFC 7662 (token introspection,
 * which Dovecot's oauth2 passdb asks with introspection_mode = post, as
 * Dovecot's documentation describes). No real identity provider runs
 * here. One user, whose access tokens it issues; the test plays the
 * browser (oauth_stand_in_browse()) and grants every request that is
 * well formed.
 *
 *   GET  /authorize   redirects to the client's loopback with a code
 *   POST /token       authorization_code (with code_verifier) and
 *                     refresh_token grants
 *   POST /introspect  {"active": …, "username": …}
 *
 * Runs on its own thread (fd-test-server.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OAUTH_STAND_IN_CLIENT_ID "frontdesk-test-client"

typedef struct _OAuthStandIn OAuthStandIn;

/* Tokens are issued to @username. */
OAuthStandIn *oauth_stand_in_new                (const char    *username);
void          oauth_stand_in_free               (OAuthStandIn  *self);
/* Absolute URLs of the three endpoints. */
char         *oauth_stand_in_dup_authorize_url  (OAuthStandIn  *self);
char         *oauth_stand_in_dup_token_url      (OAuthStandIn  *self);
char         *oauth_stand_in_dup_introspection_url (OAuthStandIn *self);

/* Seconds the next access tokens live (3600 unless set). */
void          oauth_stand_in_set_lifetime       (OAuthStandIn  *self,
                                                 guint          seconds);
/* Every access token issued so far stops being active. */
void          oauth_stand_in_expire_access_tokens (OAuthStandIn *self);
/* Every refresh token issued so far is refused from now on. */
void          oauth_stand_in_revoke_refresh_tokens (OAuthStandIn *self);
/* The next authorization codes remember this challenge instead of the
 * one the client sent, as if an attacker had swapped it: the client's
 * verifier no longer matches. */
void          oauth_stand_in_set_wrong_challenge (OAuthStandIn *self,
                                                  gboolean      wrong);

/* A new active access token, as if the client had been granted one
 * elsewhere (the GOA stand-in hands these out). */
char         *oauth_stand_in_issue_access_token (OAuthStandIn *self);

/* Grants of each kind so far, and introspections. */
guint         oauth_stand_in_count_code_grants    (OAuthStandIn *self);
guint         oauth_stand_in_count_refresh_grants (OAuthStandIn *self);
guint         oauth_stand_in_count_refused_refreshes (OAuthStandIn *self);
guint         oauth_stand_in_count_introspections (OAuthStandIn *self);
/* Every token it issued, access and refresh (to look for leaks). */
GPtrArray    *oauth_stand_in_dup_issued_tokens    (OAuthStandIn *self);

/* The browser: GETs @authorize_uri, follows the redirect to the client's
 * loopback server and returns that page's text. Blocking, from any
 * thread but the one the client's loopback server runs on. */
char         *oauth_stand_in_browse             (const char    *authorize_uri,
                                                 GError       **error);

G_END_DECLS
