/* fd-test-dovecot.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fd-test-dovecot.h"
#include "fd-test-missing.h"

#define DOVECOT  "/usr/sbin/dovecot"
#define DOVEADM  "/usr/bin/doveadm"
#define PYTHON   "/usr/bin/python3"
#define AIOSMTPD "/usr/lib/python3/dist-packages/aiosmtpd"
#define DOVECOT_LIBEXEC "/usr/lib/dovecot"

static guint16
free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

static gboolean
wait_for_port (guint16 port)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();

  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GSocketConnection) connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, NULL);

      if (connection != NULL)
        return TRUE;
      g_usleep (50 * 1000);
    }

  return FALSE;
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static gboolean
run (const char * const *argv,
     char              **out)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s failed: %s\n", argv[0], error->message);
      return FALSE;
    }

  return TRUE;
}

static void
make_certificate (FdTestDovecot *self)
{
  g_autofree char *key = g_build_filename (self->dir, "key.pem", NULL);
  g_autofree char *cert = g_build_filename (self->dir, "cert.pem", NULL);
  g_autofree char *out = NULL;
  const char *req[] = { "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                        "-days", "2", "-subj", "/CN=mail.test.local", NULL };
  const char *fp[] = { "openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in", cert, NULL };
  char *eq;

  g_assert_true (run (req, NULL));
  g_assert_true (run (fp, &out));
  /* "sha256 Fingerprint=AB:CD:…" */
  eq = strchr (out, '=');
  g_assert_nonnull (eq);
  self->cert_fingerprint = g_ascii_strdown (g_strstrip (eq + 1), -1);
  g_chmod (key, 0644);
}

static void
write_config (FdTestDovecot *self)
{
  g_autoptr(GString) conf = g_string_new (NULL);
  g_autofree char *users = NULL;
  g_autofree char *oauth2_passdb = NULL;

  /* Dovecot's oauth2 passdb as its documentation describes it: a token
   * is good when the introspection endpoint (RFC 7662) says it is active
   * and names the user who signs in with it. */
  if (self->introspection_url != NULL)
    {
      g_autofree char *oauth2_conf = g_strdup_printf ("introspection_mode = post\n"
                                                      "introspection_url = %s\n"
                                                      "username_attribute = username\n"
                                                      "active_attribute = active\n"
                                                      "active_value = true\n",
                                                      self->introspection_url);

      write_file (self->dir, "dovecot-oauth2.conf.ext", oauth2_conf);
      oauth2_passdb = g_strdup_printf ("passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                                       "  args = %s/dovecot-oauth2.conf.ext\n}\n", self->dir);
    }

  g_string_append_printf (conf,
                          "protocols = imap lmtp submission\n"
                          "listen = 127.0.0.1\n"
                          "base_dir = %1$s/run\n"
                          "state_dir = %1$s/state\n"
                          "log_path = %1$s/dovecot.log\n"
                          "hostname = mail.test.local\n"
                          "disable_plaintext_auth = no\n"
                          "auth_mechanisms = plain login%7$s\n"
                          "auth_failure_delay = 0\n"
                          "auth_verbose = yes\n"
                          "%8$s"
                          "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%%u %1$s/users\n}\n"
                          "userdb {\n  driver = static\n  args = uid=65534 gid=65534 home=%1$s/mail/%%u\n}\n"
                          "mail_location = maildir:%1$s/mail/%%u\n"
                          "first_valid_uid = 1\n"
                          "namespace inbox {\n  inbox = yes\n  separator = /\n"
                          "  mailbox Sent {\n    auto = subscribe\n    special_use = \\Sent\n  }\n}\n"
                          /* Every IMAP exchange after LOGIN, one file pair per
                           * connection: tests read what the server saw (IDLE). */
                          "protocol imap {\n  mail_max_userip_connections = 100\n"
                          "  rawlog_dir = %1$s/rawlog\n}\n"
                          "service imap-login {\n  inet_listener imap {\n    port = %2$u\n  }\n"
                          "  inet_listener imaps {\n    port = %3$u\n  }\n}\n"
                          "service lmtp {\n  inet_listener lmtp {\n    address = 127.0.0.1\n    port = %4$u\n  }\n}\n"
                          "service submission-login {\n  inet_listener submission {\n    port = %5$u\n  }\n}\n"
                          "submission_relay_host = 127.0.0.1\n"
                          "submission_relay_port = %6$u\n"
                          "submission_relay_trusted = yes\n"
                          /* Said in the EHLO answer as SIZE. */
                          "submission_max_mail_size = 40M\n"
                          "lmtp_save_to_detail_mailbox = no\n",
                          self->dir, self->imap_port, self->imaps_port, self->lmtp_port,
                          self->submission_port, self->relay_port,
                          self->oauth2_mechanisms != NULL ? self->oauth2_mechanisms : "",
                          oauth2_passdb != NULL ? oauth2_passdb : "");
  if (self->tls)
    g_string_append_printf (conf, "ssl = yes\nssl_cert = <%1$s/cert.pem\nssl_key = <%1$s/key.pem\n", self->dir);
  else
    g_string_append (conf, "ssl = no\n");
  write_file (self->dir, "dovecot.conf", conf->str);

  users = g_strdup_printf ("%s:{PLAIN}%s::::::\n%s:{PLAIN}%s::::::\n",
                           FD_TEST_FIRM, FD_TEST_PASSWORD, FD_TEST_CUSTOMER, FD_TEST_PASSWORD);
  write_file (self->dir, "users", users);
}

/* In the child, before exec: the server ends with the test program, also
 * when a failed assertion aborts it. Left running, it would keep the
 * test's output pipes open, and meson would report the failure only at
 * the timeout. */
static void
die_with_test_cb (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/* Starts @argv in the background, its output in @log_name under the
 * instance's folder rather than on the test's TAP stream. */
static gboolean
spawn_server (FdTestDovecot       *self,
              const char * const  *argv,
              const char          *log_name,
              GPid                *pid,
              GError             **error)
{
  g_autofree char *log = g_build_filename (self->dir, log_name, NULL);
  int fd = open (log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  gboolean ok;

  if (fd < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", log, g_strerror (errno));
      return FALSE;
    }
  ok = g_spawn_async_with_fds (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                               die_with_test_cb, NULL, pid, -1, fd, fd, error);
  close (fd);

  return ok;
}

gboolean
fd_test_dovecot_start_server (FdTestDovecot *self)
{
  g_autofree char *conf = g_build_filename (self->dir, "dovecot.conf", NULL);
  const char *argv[] = { DOVECOT, "-F", "-c", conf, NULL };
  g_autoptr(GError) error = NULL;

  if (!spawn_server (self, argv, "dovecot.out", &self->dovecot_pid, &error))
    {
      g_printerr ("Dovecot did not start: %s\n", error->message);
      return FALSE;
    }

  return wait_for_port (self->imap_port) && wait_for_port (self->submission_port) && wait_for_port (self->lmtp_port);
}

void
fd_test_dovecot_stop_server (FdTestDovecot *self)
{
  if (self->dovecot_pid == 0)
    return;

  kill (self->dovecot_pid, SIGTERM);
  waitpid (self->dovecot_pid, NULL, 0);
  g_spawn_close_pid (self->dovecot_pid);
  self->dovecot_pid = 0;
  /* Dovecot's children close their listeners a moment later. */
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GSocketClient) client = g_socket_client_new ();
      g_autoptr(GSocketConnection) connection = g_socket_client_connect_to_host (client, "127.0.0.1", self->imap_port, NULL, NULL);

      if (connection == NULL)
        break;
      g_usleep (50 * 1000);
    }
}

/* Every program this instance runs, and the package that brings it. */
static gboolean
check_installed (gboolean tls)
{
  static const struct {
    const char *path;
    const char *package;
  } parts[] = {
    { DOVECOT, "dovecot-core" },
    { DOVEADM, "dovecot-core" },
    { DOVECOT_LIBEXEC "/imap", "dovecot-imapd" },
    { DOVECOT_LIBEXEC "/lmtp", "dovecot-lmtpd" },
    { DOVECOT_LIBEXEC "/submission", "dovecot-submissiond" },
    { PYTHON, "python3" },
    { AIOSMTPD, "python3-aiosmtpd" },
  };
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autofree char *openssl = g_find_program_in_path ("openssl");

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (!g_file_test (parts[i].path, G_FILE_TEST_EXISTS))
      g_string_append_printf (missing, "%s%s (package %s)", missing->len > 0 ? ", " : "",
                              parts[i].path, parts[i].package);
  if (tls && openssl == NULL)
    g_string_append_printf (missing, "%sopenssl (package openssl)", missing->len > 0 ? ", " : "");

  if (missing->len == 0)
    return TRUE;

  fd_test_missing ("The email tests run a real Dovecot and an aiosmtpd relay, but these are not installed: %s",
                   missing->str);
  return FALSE;
}

FdTestDovecot *
fd_test_dovecot_start (gboolean tls)
{
  return fd_test_dovecot_start_oauth2 (tls, NULL, NULL);
}

FdTestDovecot *
fd_test_dovecot_start_oauth2 (gboolean    tls,
                              const char *introspection_url,
                              const char *mechanisms)
{
  g_autoptr(FdTestDovecot) self = g_new0 (FdTestDovecot, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *mail = NULL;
  g_autofree char *rawlog = NULL;
  g_autofree char *relay = NULL;
  g_autofree char *relay_port = NULL;
  g_autofree char *lmtp_port = NULL;
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");

  if (!check_installed (tls))
    return NULL;

  self->dir = g_dir_make_tmp ("frontdesk-dovecot-XXXXXX", &error);
  g_assert_no_error (error);
  g_chmod (self->dir, 0755);
  mail = g_build_filename (self->dir, "mail", NULL);
  g_mkdir (mail, 0755);
  g_assert_true (chown (mail, 65534, 65534) == 0);
  rawlog = g_build_filename (self->dir, "rawlog", NULL);
  g_mkdir (rawlog, 0755);
  g_assert_true (chown (rawlog, 65534, 65534) == 0);

  self->tls = tls;
  self->introspection_url = g_strdup (introspection_url);
  self->oauth2_mechanisms = introspection_url != NULL ? g_strconcat (" ", mechanisms, NULL) : NULL;
  self->imap_port = free_port ();
  self->imaps_port = tls ? free_port () : 0;
  self->lmtp_port = free_port ();
  self->submission_port = free_port ();
  self->relay_port = free_port ();
  if (tls)
    make_certificate (self);
  write_config (self);

  relay = g_build_filename (srcdir != NULL ? srcdir : ".", "email-relay.py", NULL);
  relay_port = g_strdup_printf ("%u", self->relay_port);
  lmtp_port = g_strdup_printf ("%u", self->lmtp_port);
  {
    g_autofree char *relay_log = g_build_filename (self->dir, "relay.log", NULL);
    const char *argv[] = { PYTHON, relay, relay_port, lmtp_port, relay_log, NULL };

    if (!spawn_server (self, argv, "relay.out", &self->relay_pid, &error))
      g_error ("The SMTP relay did not start: %s", error->message);
  }

  if (!fd_test_dovecot_start_server (self) || !wait_for_port (self->relay_port))
    g_error ("Dovecot did not start; see dovecot.log and dovecot.out in %s", self->dir);

  return g_steal_pointer (&self);
}

void
fd_test_dovecot_free (FdTestDovecot *self)
{
  if (self == NULL)
    return;

  fd_test_dovecot_stop_server (self);
  if (self->relay_pid != 0)
    {
      kill (self->relay_pid, SIGTERM);
      waitpid (self->relay_pid, NULL, 0);
      g_spawn_close_pid (self->relay_pid);
    }
  if (self->dir != NULL && g_getenv ("FRONTDESK_TEST_KEEP") == NULL)
    {
      const char *argv[] = { "rm", "-rf", self->dir, NULL };
      run (argv, NULL);
    }

  g_free (self->dir);
  g_free (self->cert_fingerprint);
  g_free (self->introspection_url);
  g_free (self->oauth2_mechanisms);
  g_free (self);
}

char *
fd_test_dovecot_doveadm (FdTestDovecot *self,
                         const char    *stdin_text,
                         ...)
{
  g_autofree char *conf = g_build_filename (self->dir, "dovecot.conf", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  va_list args;
  const char *arg;

  g_ptr_array_add (argv, (char *) DOVEADM);
  g_ptr_array_add (argv, (char *) "-c");
  g_ptr_array_add (argv, conf);
  va_start (args, stdin_text);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  if (!g_subprocess_communicate_utf8 (process, stdin_text, NULL, &out, NULL, &error) ||
      !g_subprocess_get_successful (process))
    {
      g_printerr ("doveadm failed: %s\n", error != NULL ? error->message : "exit status");
      return NULL;
    }

  return g_steal_pointer (&out);
}

gboolean
fd_test_dovecot_deliver (FdTestDovecot *self,
                         const char    *user,
                         const char    *mailbox,
                         const char    *raw)
{
  g_autofree char *out = fd_test_dovecot_doveadm (self, raw, "save", "-u", user, "-m", mailbox, NULL);

  return out != NULL;
}

/* A rawlog line is "SECONDS.MICROSECONDS TEXT\r\n". */
static double
rawlog_time (const char *line)
{
  return g_ascii_strtod (line, NULL);
}

static const char *
rawlog_text (const char *line)
{
  const char *space = strchr (line, ' ');

  return space != NULL ? space + 1 : "";
}

/* Whether one connection is in IDLE now: the last thing the client sent
 * is an IDLE command, and the server answered it with "+ idling". */
static gboolean
connection_is_idling (const char *in_path)
{
  g_autofree char *in = NULL;
  g_autofree char *out = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *out_path = NULL;
  g_auto(GStrv) in_lines = NULL;
  g_auto(GStrv) out_lines = NULL;
  const char *last = NULL;
  const char *command;
  double since;

  if (!g_file_get_contents (in_path, &in, NULL, NULL))
    return FALSE;
  in_lines = g_strsplit (g_strchomp (in), "\r\n", -1);
  for (guint i = 0; in_lines[i] != NULL; i++)
    if (*g_strstrip (in_lines[i]) != '\0')
      last = in_lines[i];
  if (last == NULL)
    return FALSE;

  /* "TAG IDLE" */
  command = strchr (rawlog_text (last), ' ');
  if (command == NULL || g_ascii_strcasecmp (command + 1, "IDLE") != 0)
    return FALSE;
  since = rawlog_time (last);

  stem = g_strndup (in_path, strlen (in_path) - strlen (".in"));
  out_path = g_strconcat (stem, ".out", NULL);
  if (!g_file_get_contents (out_path, &out, NULL, NULL))
    return FALSE;
  out_lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; out_lines[i] != NULL; i++)
    if (g_str_has_prefix (rawlog_text (out_lines[i]), "+ idling") && rawlog_time (out_lines[i]) >= since)
      return TRUE;

  return FALSE;
}

gboolean
fd_test_dovecot_is_idling (FdTestDovecot *self)
{
  g_autofree char *rawlog = g_build_filename (self->dir, "rawlog", NULL);
  g_autoptr(GDir) dir = g_dir_open (rawlog, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (rawlog, name, NULL);

      if (g_str_has_suffix (name, ".in") && connection_is_idling (path))
        return TRUE;
    }

  return FALSE;
}
