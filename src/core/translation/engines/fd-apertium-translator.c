/* fd-apertium-translator.c: offline translation with Apertium.
 *
 * Starting the `apertium` pipeline costs 0.5–2 s, every time. So the
 * first translation starts Debian's `apertium-apy` server as a child
 * process, which keeps one pipeline per pair open, and every translation
 * after that is an HTTP request on the loopback: a few milliseconds.
 *
 * apertium-apy listens on all interfaces and has no option to change
 * that. A customer's message must not be offered to the whole network, so
 * we run it through a few lines of Python that bind its sockets to
 * 127.0.0.1 on a port the kernel chooses, and print that port for us.
 * The child dies with us (PR_SET_PDEATHSIG).
 *
 * Frontdesk may be started from any folder, say Downloads. Children run
 * in "/" with an environment of our own, and Python in isolated mode
 * (-I): a tornado/ folder where we were started, or PYTHONPATH, must not
 * put someone else's code into a process that reads customers' text.
 *
 * Without apertium-apy (or with FRONTDESK_APERTIUM_NO_APY=1), each
 * translation runs `apertium -u -f txt PAIR`: slow, but it works. The
 * txt format, not none: a "#" or "@" of the text read as stream syntax
 * ends the translation with "Malformed input stream".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>

#include "fd-apertium-translator.h"
#include "fd-apy-translator.h"
#include "fd-language.h"
#include "fd-translator-private.h"

#define DEFAULT_MODES_DIR "/usr/share/apertium/modes"
#define PYTHON "/usr/bin/python3"
#define APY_MODULE_DIR "/usr/lib/python3/dist-packages/apertium_apy"
#define PORT_PREFIX "FRONTDESK-APY-PORT "
/* Where the Apertium programs are; the folder of `apertium` goes first. */
#define CHILD_PATH "/usr/bin:/bin"

static const char apy_bootstrap[] =
  "import sys, tornado.netutil, tornado.tcpserver\n"
  "def bind(self, port, address=None, family=0, backlog=128, reuse_port=False):\n"
  "    sockets = tornado.netutil.bind_sockets(port, '127.0.0.1', backlog=backlog)\n"
  "    print('" PORT_PREFIX "%d' % sockets[0].getsockname()[1], flush=True)\n"
  "    self.add_sockets(sockets)\n"
  "tornado.tcpserver.TCPServer.bind = bind\n"
  "from apertium_apy.apy import main\n"
  "sys.argv = ['apertium-apy'] + sys.argv[1:]\n"
  "main()\n";

typedef enum {
  SERVER_STOPPED,
  SERVER_STARTING,
  SERVER_RUNNING,
  SERVER_UNAVAILABLE,   /* no apertium-apy: one `apertium` process per call */
} ServerState;

struct _FdApertiumTranslator
{
  GObject           parent_instance;

  char             *modes_dir;
  char             *program;      /* absolute path of `apertium` */
  GHashTable       *modes;        /* "fr|es" → "fr-es", the mode to run */
  ServerState       state;
  GSubprocess      *server;
  GDataInputStream *server_out;
  GCancellable     *server_cancellable;
  FdApyTranslator  *apy;
  GQueue            waiting;      /* GTask: translations waiting for the server */
};

static void translator_iface_init (FdTranslatorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdApertiumTranslator, fd_apertium_translator, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_TRANSLATOR, translator_iface_init))

static void run_request       (FdApertiumTranslator *self,
                               GTask                *task);
static void child_setup       (gpointer              user_data);

/* Helpers */

/* @name in the absolute folders of PATH: a relative entry (".", or an
 * empty one) would find a program in whatever folder we run in. */
static char *
find_program (const char *name)
{
  const char *path = g_getenv ("PATH");
  g_auto(GStrv) dirs = g_strsplit (path != NULL ? path : CHILD_PATH, G_SEARCHPATH_SEPARATOR_S, -1);

  for (guint i = 0; dirs[i] != NULL; i++)
    {
      g_autofree char *candidate = NULL;

      if (!g_path_is_absolute (dirs[i]))
        continue;
      candidate = g_build_filename (dirs[i], name, NULL);
      if (g_file_test (candidate, G_FILE_TEST_IS_EXECUTABLE) &&
          !g_file_test (candidate, G_FILE_TEST_IS_DIR))
        return g_steal_pointer (&candidate);
    }

  return NULL;
}

/* A launcher for a child that inherits nothing from where we run: the
 * working folder is "/", and the environment has only what Apertium and
 * APy need (a UTF-8 locale and the folders of their programs). */
static GSubprocessLauncher *
child_launcher_new (FdApertiumTranslator *self,
                    GSubprocessFlags      flags)
{
  GSubprocessLauncher *launcher = g_subprocess_launcher_new (flags);
  g_autofree char *program_dir = self->program != NULL ? g_path_get_dirname (self->program) : NULL;
  g_autofree char *path = NULL;
  g_autofree char *path_var = NULL;
  const char *environ[4];

  if (program_dir != NULL && !g_str_equal (program_dir, "/usr/bin") && !g_str_equal (program_dir, "/bin"))
    path = g_strconcat (program_dir, G_SEARCHPATH_SEPARATOR_S, CHILD_PATH, NULL);
  else
    path = g_strdup (CHILD_PATH);
  path_var = g_strconcat ("PATH=", path, NULL);

  environ[0] = path_var;
  environ[1] = "LANG=C.UTF-8";
  environ[2] = "LC_ALL=C.UTF-8";
  environ[3] = NULL;
  g_subprocess_launcher_set_environ (launcher, (char **) environ);
  g_subprocess_launcher_set_cwd (launcher, "/");
  g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);

  return launcher;
}

static FdTranslationRequest *
request_copy (const FdTranslationRequest *request)
{
  FdTranslationRequest *copy = g_new0 (FdTranslationRequest, 1);

  copy->text = g_strdup (request->text);
  copy->from = g_strdup (request->from);
  copy->to = g_strdup (request->to);
  return copy;
}

static void
request_free (FdTranslationRequest *request)
{
  g_free ((char *) request->text);
  g_free ((char *) request->from);
  g_free ((char *) request->to);
  g_free (request);
}

static GPtrArray *
scan_modes (FdApertiumTranslator  *self,
            GError               **error)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_translation_pair_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_free (self->program);
  self->program = find_program ("apertium");
  if (self->program == NULL || (dir = g_dir_open (self->modes_dir, 0, NULL)) == NULL)
    {
      g_set_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NOT_INSTALLED,
                   _("Apertium is not installed. Install the package “apertium” and a "
                     "language pair such as “apertium-eng-spa” to translate offline."));
      return NULL;
    }

  g_hash_table_remove_all (self->modes);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stem = NULL;
      g_auto(GStrv) parts = NULL;
      const char *from, *to;

      if (!g_str_has_suffix (name, ".mode"))
        continue;
      stem = g_strndup (name, strlen (name) - strlen (".mode"));
      parts = g_strsplit (stem, "-", -1);

      /* "eng-spa" and "fr-es" are pairs; "spa-cat_valencia" a variant and
       * "eco-es-fr" something else. */
      if (g_strv_length (parts) != 2 || strchr (stem, '_') != NULL)
        continue;
      from = fd_language_normalize (parts[0]);
      to = fd_language_normalize (parts[1]);
      if (from == NULL || to == NULL)
        continue;

      g_hash_table_replace (self->modes, g_strdup_printf ("%s|%s", from, to), g_strdup (stem));
      _fd_translation_pairs_add (pairs, from, to);
    }

  if (pairs->len == 0)
    {
      g_set_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NOT_INSTALLED,
                   _("Apertium has no language pairs installed. Install one, such as "
                     "“apertium-eng-spa” (English–Spanish), “apertium-fr-es” or “apertium-spa-cat”."));
      return NULL;
    }

  return g_steal_pointer (&pairs);
}

static void
child_setup (gpointer user_data)
{
  /* Do not outlive Frontdesk, even after a crash. */
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static void
flush_waiting (FdApertiumTranslator *self)
{
  GTask *task;

  while ((task = g_queue_pop_head (&self->waiting)) != NULL)
    run_request (self, task);
}

/* Callbacks */

static void
server_exited_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(FdApertiumTranslator) self = user_data;
  GSubprocess *server = G_SUBPROCESS (object);

  g_subprocess_wait_finish (server, result, NULL);
  if (self->server != server)
    return;

  g_debug ("apertium-apy exited");
  g_clear_object (&self->server);
  g_clear_object (&self->server_out);
  g_clear_object (&self->apy);

  /* Started, then died: the next translation starts it again. Died
   * before saying its port: it cannot run here. */
  if (self->state == SERVER_STARTING)
    {
      g_debug ("apertium-apy did not start: translating with the apertium program instead");
      self->state = SERVER_UNAVAILABLE;
      flush_waiting (self);
    }
  else if (self->state == SERVER_RUNNING)
    self->state = SERVER_STOPPED;
}

static void
read_port_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FdApertiumTranslator) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autofree char *url = NULL;
  guint64 port;

  line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (object), result, NULL, &error);
  if (G_DATA_INPUT_STREAM (object) != self->server_out)
    return;

  if (line == NULL)
    {
      /* End of output: the exit handler decides. */
      if (error != NULL)
        g_debug ("apertium-apy: %s", error->message);
      if (self->server != NULL)
        g_subprocess_force_exit (self->server);
      return;
    }

  if (!g_str_has_prefix (line, PORT_PREFIX) ||
      !g_ascii_string_to_unsigned (line + strlen (PORT_PREFIX), 10, 1, 65535, &port, NULL))
    {
      g_data_input_stream_read_line_async (self->server_out, G_PRIORITY_DEFAULT,
                                           self->server_cancellable, read_port_cb,
                                           g_object_ref (self));
      return;
    }

  url = g_strdup_printf ("http://127.0.0.1:%u", (guint) port);
  g_debug ("apertium-apy listening on %s", url);
  self->apy = fd_apy_translator_new (url);
  self->state = SERVER_RUNNING;
  flush_waiting (self);
}

static void
start_server (FdApertiumTranslator *self)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (self->state == SERVER_STOPPED);

  /* FRONTDESK_APERTIUM_NO_APY=1: the fallback on purpose (tests). */
  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE) ||
      !g_file_test (APY_MODULE_DIR, G_FILE_TEST_IS_DIR) ||
      g_strcmp0 (g_getenv ("FRONTDESK_APERTIUM_NO_APY"), "1") == 0)
    {
      g_debug ("apertium-apy is not installed: translating with the apertium program");
      self->state = SERVER_UNAVAILABLE;
      return;
    }

  launcher = child_launcher_new (self, G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                      G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  /* Debian's python3, not whatever python3 is first on PATH; -I: no
   * module from the working folder, PYTHON* variables or the user's
   * site-packages. */
  self->server = g_subprocess_launcher_spawn (launcher, &error,
                                              PYTHON, "-I", "-c", apy_bootstrap,
                                              "--port", "0",
                                              "--max-pipes-per-pair", "1",
                                              self->modes_dir, NULL);
  if (self->server == NULL)
    {
      g_debug ("Could not start apertium-apy: %s", error->message);
      self->state = SERVER_UNAVAILABLE;
      return;
    }

  self->state = SERVER_STARTING;
  g_clear_object (&self->server_cancellable);
  self->server_cancellable = g_cancellable_new ();
  self->server_out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (self->server));
  g_subprocess_wait_async (self->server, NULL, server_exited_cb, g_object_ref (self));
  g_data_input_stream_read_line_async (self->server_out, G_PRIORITY_DEFAULT,
                                       self->server_cancellable, read_port_cb,
                                       g_object_ref (self));
}

static void
apy_translate_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  char *text;

  text = fd_translator_translate_finish (FD_TRANSLATOR (object), result, &error);
  if (text == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, text, g_free);
}

static void
cli_translate_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GSubprocess *process = G_SUBPROCESS (object);

  if (!g_subprocess_communicate_utf8_finish (process, result, &out, &err, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!g_subprocess_get_successful (process))
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                               _("Apertium failed: %s"),
                               err != NULL && *err != '\0' ? g_strstrip (err) : _("no details"));
      return;
    }

  g_task_return_pointer (task,
                         _fd_translator_clean_apertium_marks (((FdTranslationRequest *) g_task_get_task_data (task))->text,
                                                              g_strchomp (out)),
                         g_free);
}

static void
run_request (FdApertiumTranslator *self,
             GTask                *task)
{
  const FdTranslationRequest *request = g_task_get_task_data (task);
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autofree char *datadir = NULL;
  const char *mode;

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  switch (self->state)
    {
    case SERVER_STOPPED:
      start_server (self);
      if (self->state == SERVER_STARTING)
        {
          g_queue_push_tail (&self->waiting, task);
          return;
        }
      run_request (self, task);
      return;

    case SERVER_STARTING:
      g_queue_push_tail (&self->waiting, task);
      return;

    case SERVER_RUNNING:
      fd_translator_translate_request_async (FD_TRANSLATOR (self->apy), request,
                                             g_task_get_cancellable (task),
                                             apy_translate_cb, task);
      return;

    case SERVER_UNAVAILABLE:
    default:
      break;
    }

  key = g_strdup_printf ("%s|%s", request->from, request->to);
  mode = g_hash_table_lookup (self->modes, key);
  g_assert (mode != NULL);

  /* apertium -d wants the folder that holds modes/. */
  datadir = g_path_get_dirname (self->modes_dir);
  launcher = child_launcher_new (self, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                      G_SUBPROCESS_FLAGS_STDERR_PIPE);
  process = g_subprocess_launcher_spawn (launcher, &error,
                                         self->program != NULL ? self->program : "apertium",
                                         "-u", "-f", "txt", "-d", datadir, mode, NULL);
  if (process == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NOT_INSTALLED,
                               _("Could not run Apertium (%s): install the package “apertium”."),
                               error->message);
      g_object_unref (task);
      return;
    }

  g_subprocess_communicate_utf8_async (process, request->text, g_task_get_cancellable (task),
                                       cli_translate_cb, task);
}

/* FdTranslator */

static const char *
fd_apertium_translator_get_name (FdTranslator *translator)
{
  return "apertium";
}

static const char *
fd_apertium_translator_get_display_name (FdTranslator *translator)
{
  return _("Apertium (on this computer)");
}

static gboolean
fd_apertium_translator_is_local (FdTranslator *translator)
{
  return TRUE;
}

static void
fd_apertium_translator_load_pairs_async (FdTranslator        *translator,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  FdApertiumTranslator *self = FD_APERTIUM_TRANSLATOR (translator);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  GError *error = NULL;
  GPtrArray *pairs;

  g_task_set_source_tag (task, fd_apertium_translator_load_pairs_async);

  /* A directory of a few dozen files: no need for a thread. */
  if ((pairs = scan_modes (self, &error)) == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, pairs, (GDestroyNotify) g_ptr_array_unref);
}

static GPtrArray *
fd_apertium_translator_load_pairs_finish (FdTranslator  *translator,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
fd_apertium_translator_translate_async (FdTranslator               *translator,
                                        const FdTranslationRequest *request,
                                        GCancellable               *cancellable,
                                        GAsyncReadyCallback         callback,
                                        gpointer                    user_data)
{
  FdApertiumTranslator *self = FD_APERTIUM_TRANSLATOR (translator);
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, fd_apertium_translator_translate_async);

  if (request->from == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NO_SOURCE,
                               _("Apertium needs to know the language of the text: say which it is."));
      g_object_unref (task);
      return;
    }

  g_task_set_task_data (task, request_copy (request), (GDestroyNotify) request_free);
  run_request (self, task);
}

static char *
fd_apertium_translator_translate_finish (FdTranslator  *translator,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
translator_iface_init (FdTranslatorInterface *iface)
{
  iface->get_name = fd_apertium_translator_get_name;
  iface->get_display_name = fd_apertium_translator_get_display_name;
  iface->is_local = fd_apertium_translator_is_local;
  iface->load_pairs_async = fd_apertium_translator_load_pairs_async;
  iface->load_pairs_finish = fd_apertium_translator_load_pairs_finish;
  iface->translate_async = fd_apertium_translator_translate_async;
  iface->translate_finish = fd_apertium_translator_translate_finish;
}

/* GObject */

static void
fd_apertium_translator_dispose (GObject *object)
{
  FdApertiumTranslator *self = FD_APERTIUM_TRANSLATOR (object);
  GTask *task;

  fd_apertium_translator_stop (self);

  while ((task = g_queue_pop_head (&self->waiting)) != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("Translation stopped."));
      g_object_unref (task);
    }

  G_OBJECT_CLASS (fd_apertium_translator_parent_class)->dispose (object);
}

static void
fd_apertium_translator_finalize (GObject *object)
{
  FdApertiumTranslator *self = FD_APERTIUM_TRANSLATOR (object);

  g_clear_pointer (&self->modes, g_hash_table_unref);
  g_free (self->modes_dir);
  g_free (self->program);

  G_OBJECT_CLASS (fd_apertium_translator_parent_class)->finalize (object);
}

static void
fd_apertium_translator_class_init (FdApertiumTranslatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_apertium_translator_dispose;
  object_class->finalize = fd_apertium_translator_finalize;
}

static void
fd_apertium_translator_init (FdApertiumTranslator *self)
{
  self->modes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_queue_init (&self->waiting);
}

/* Public API */

FdApertiumTranslator *
fd_apertium_translator_new_for_dir (const char *modes_dir)
{
  FdApertiumTranslator *self = g_object_new (FD_TYPE_APERTIUM_TRANSLATOR, NULL);

  self->modes_dir = g_strdup (modes_dir != NULL ? modes_dir : DEFAULT_MODES_DIR);
  return self;
}

FdApertiumTranslator *
fd_apertium_translator_new (void)
{
  return fd_apertium_translator_new_for_dir (NULL);
}

gboolean
fd_apertium_translator_is_available (FdApertiumTranslator *self)
{
  g_autoptr(GPtrArray) pairs = NULL;

  g_return_val_if_fail (FD_IS_APERTIUM_TRANSLATOR (self), FALSE);

  pairs = scan_modes (self, NULL);
  return pairs != NULL;
}

const char *
fd_apertium_translator_get_server_url (FdApertiumTranslator *self)
{
  g_return_val_if_fail (FD_IS_APERTIUM_TRANSLATOR (self), NULL);

  return self->apy != NULL ? fd_apy_translator_get_url (self->apy) : NULL;
}

void
fd_apertium_translator_stop (FdApertiumTranslator *self)
{
  g_return_if_fail (FD_IS_APERTIUM_TRANSLATOR (self));

  g_cancellable_cancel (self->server_cancellable);
  g_clear_object (&self->server_cancellable);
  if (self->server != NULL)
    g_subprocess_force_exit (self->server);
  g_clear_object (&self->server);
  g_clear_object (&self->server_out);
  g_clear_object (&self->apy);
  if (self->state != SERVER_UNAVAILABLE)
    self->state = SERVER_STOPPED;
}
