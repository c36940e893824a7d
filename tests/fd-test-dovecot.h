/* fd-test-dovecot.h: a throwaway Dovecot (IMAP, LMTP, submission) and an
 * SMTP relay (aiosmtpd) that delivers over LMTP back into Dovecot, on free
 * loopback ports in a temporary folder. Users: alice@test.local (the
 * firm) and bob@test.local (a customer), password "secret".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FD_TEST_PASSWORD "secret"
#define FD_TEST_FIRM     "alice@test.local"
#define FD_TEST_CUSTOMER "bob@test.local"

typedef struct
{
  char     *dir;
  gboolean  tls;
  guint16   imap_port;        /* plain, STARTTLS when tls */
  guint16   imaps_port;       /* 0 without tls */
  guint16   lmtp_port;
  guint16   submission_port;  /* AUTH, STARTTLS when tls */
  guint16   relay_port;       /* the aiosmtpd relay, no AUTH */
  char     *cert_fingerprint; /* SHA-256, lower-case hex with colons */
  GPid      dovecot_pid;
  GPid      relay_pid;
  /* With fd_test_dovecot_start_oauth2(): the RFC 7662 endpoint Dovecot's
   * oauth2 passdb asks about every token (introspection_mode = post). */
  char     *introspection_url;
  char     *oauth2_mechanisms;  /* the SASL mechanisms offered besides PLAIN and LOGIN */
} FdTestDovecot;

/* NULL when Dovecot or aiosmtpd is missing: the test has failed then, or
 * was skipped with FRONTDESK_TESTS_ALLOW_MISSING=1 (fd-test-missing.h). */
FdTestDovecot *fd_test_dovecot_start    (gboolean        tls);
/* Also signs in with OAuth 2 on IMAP and submission, through Dovecot's
 * oauth2 passdb (mechanisms = xoauth2 oauthbearer) asking
 * @introspection_url whether a token is active and whose it is.
 * @mechanisms: what the servers offer besides PLAIN and LOGIN, such as
 * "xoauth2 oauthbearer" or "xoauth2". Passwords still work. */
FdTestDovecot *fd_test_dovecot_start_oauth2 (gboolean     tls,
                                             const char  *introspection_url,
                                             const char  *mechanisms);
void           fd_test_dovecot_free     (FdTestDovecot  *self);
/* Stops or restarts Dovecot (same ports, same mail). */
void           fd_test_dovecot_stop_server  (FdTestDovecot *self);
gboolean       fd_test_dovecot_start_server (FdTestDovecot *self);
/* Runs doveadm with this instance's config; returns its output or NULL. */
char          *fd_test_dovecot_doveadm  (FdTestDovecot  *self,
                                         const char     *stdin_text,
                                         ...) G_GNUC_NULL_TERMINATED;
/* Whether an IMAP client is in IDLE now, as Dovecot saw it: the last
 * command on a connection is IDLE and the server answered "+ idling"
 * (read from the rawlog Dovecot keeps of every IMAP connection). */
gboolean       fd_test_dovecot_is_idling (FdTestDovecot *self);
/* Saves @raw (RFC 5322) into @user's @mailbox. */
gboolean       fd_test_dovecot_deliver  (FdTestDovecot  *self,
                                         const char     *user,
                                         const char     *mailbox,
                                         const char     *raw);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdTestDovecot, fd_test_dovecot_free)

G_END_DECLS
