/* fd-email-connection.h: IMAP and SMTP connections through libetpan, with
 * certificate verification against the system's trust store (GIO's
 * GTlsDatabase) or a fingerprint the person chose to trust.
 *
 * Everything here blocks: call it from a worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libetpan/libetpan.h>

#include "fd-email-config.h"

G_BEGIN_DECLS

/* Seconds a server may stay silent before a connection counts as lost. */
#define FD_EMAIL_DEFAULT_TIMEOUT 60

/* Connects, verifies the certificate, logs in and reads the capabilities. */
mailimap  *fd_email_imap_open         (const FdEmailConfig  *config,
                                       const char           *password,
                                       guint                 timeout_seconds,
                                       GError              **error);
/* Logs out (politely, when still connected) and frees. */
void       fd_email_imap_close        (mailimap             *imap);
/* Sets an FD_EMAIL_ERROR for libetpan result @r of @what. */
void       fd_email_imap_set_error    (mailimap             *imap,
                                       int                   r,
                                       const char           *what,
                                       GError              **error);

/* Connects, verifies the certificate, says EHLO and authenticates when the
 * server offers AUTH. */
mailsmtp  *fd_email_smtp_open         (const FdEmailConfig  *config,
                                       const char           *password,
                                       guint                 timeout_seconds,
                                       GError              **error);
void       fd_email_smtp_close        (mailsmtp             *smtp);
void       fd_email_smtp_set_error    (mailsmtp             *smtp,
                                       int                   r,
                                       const char           *what,
                                       GError              **error);

/* Logs in to both servers and out again: nothing is stored. */
gboolean   fd_email_test_login        (const FdEmailConfig  *config,
                                       const char           *password,
                                       GCancellable         *cancellable,
                                       GError              **error);
void       fd_email_test_login_async  (const FdEmailConfig  *config,
                                       const char           *password,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gboolean   fd_email_test_login_finish (GAsyncResult         *result,
                                       GError              **error);

G_END_DECLS
