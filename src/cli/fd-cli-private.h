/* fd-cli-private.h: shared by the commands of frontdesk-cli.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fd-store.h"

G_BEGIN_DECLS

typedef struct {
  char     *data_dir;
  gboolean  json;
  gboolean  quiet;
} FdCliOptions;

typedef struct {
  const char *name;
  const char *args;          /* shown after the name in --help */
  const char *summary;       /* translatable */
  int       (*run)           (FdCliOptions *options,
                              int           argc,
                              char        **argv);
} FdCliCommand;

/* Parses @argv (argv[0] is the command name) with the common options and
 * @entries. Prints the error and returns FALSE on bad usage. */
gboolean  fd_cli_parse          (FdCliOptions        *options,
                                 const FdCliCommand  *command,
                                 const GOptionEntry  *entries,
                                 const char          *description,
                                 int                 *argc,
                                 char              ***argv);
FdStore  *fd_cli_open_store     (FdCliOptions        *options);
/* A local id as typed by the user: a positive decimal number. */
gboolean  fd_cli_parse_id       (const char          *str,
                                 gint64              *id);
int       fd_cli_fail           (const GError        *error);
int       fd_cli_usage_error    (const FdCliCommand  *command,
                                 const char          *message);

/* Output */
/* Installs print handlers that pass everything printed with g_print()
 * and g_printerr() through fd_cli_safe_text(). main() calls it first. */
void      fd_cli_output_init    (void);
/* Untrusted text made harmless for a terminal: control characters (C0
 * but newline and tab, DEL, C1), bidi overrides and invalid UTF-8 become
 * U+FFFD. Never NULL; NULL gives "". */
char     *fd_cli_safe_text      (const char          *str);
/* The same for a field that must stay on one line (a name, a subject, a
 * handle): line breaks and tabs become one space. */
char     *fd_cli_safe_line      (const char          *str);
/* TRUE when fd_cli_safe_text() would leave @str as it is. */
gboolean  fd_cli_is_safe        (const char          *str);
/* Clears the progress line on a terminal: the only escape sequence
 * frontdesk-cli prints on purpose. */
void      fd_cli_clear_progress_line (void);
/* Standard output for data (an export): as it is for a pipe or a file,
 * through the print handlers when it is a terminal. Finish with
 * fd_cli_close_output(), which closes any stream. */
GOutputStream *fd_cli_open_stdout (void);
gboolean  fd_cli_close_output   (GOutputStream       *out,
                                 GError             **error);

/* A string member, or null when @value is NULL. */
void      fd_cli_json_add_string (JsonBuilder       *builder,
                                  const char        *name,
                                  const char        *value);
void      fd_cli_add_message_json (JsonBuilder       *builder,
                                   FdMessage         *message);
void      fd_cli_print_json     (JsonNode            *node);
void      fd_cli_print_messages (FdCliOptions        *options,
                                 GPtrArray           *messages);
char     *fd_cli_format_time    (gint64               unix_time);

int       fd_cli_import         (FdCliOptions *options, int argc, char **argv);
int       fd_cli_list           (FdCliOptions *options, int argc, char **argv);
int       fd_cli_search         (FdCliOptions *options, int argc, char **argv);
int       fd_cli_show           (FdCliOptions *options, int argc, char **argv);
int       fd_cli_export         (FdCliOptions *options, int argc, char **argv);
int       fd_cli_repeats        (FdCliOptions *options, int argc, char **argv);
/* Runs the pass across languages to the end (fd-cli-repeats-languages.c).
 * Unless @asked, says nothing when Apertium is not there. */
gboolean  fd_cli_repeats_languages (FdCliOptions *options, FdStore *store, gboolean asked, GError **error);
int       fd_cli_topics         (FdCliOptions *options, int argc, char **argv);
int       fd_cli_customers      (FdCliOptions *options, int argc, char **argv);
int       fd_cli_customer       (FdCliOptions *options, int argc, char **argv);
int       fd_cli_translate      (FdCliOptions *options, int argc, char **argv);
int       fd_cli_lang           (FdCliOptions *options, int argc, char **argv);
int       fd_cli_sync           (FdCliOptions *options, int argc, char **argv);
int       fd_cli_reply          (FdCliOptions *options, int argc, char **argv);
int       fd_cli_snooze         (FdCliOptions *options, int argc, char **argv);
int       fd_cli_outbox         (FdCliOptions *options, int argc, char **argv);
int       fd_cli_account        (FdCliOptions *options, int argc, char **argv);
int       fd_cli_listen         (FdCliOptions *options, int argc, char **argv);
int       fd_cli_backup         (FdCliOptions *options, int argc, char **argv);
int       fd_cli_restore        (FdCliOptions *options, int argc, char **argv);
int       fd_cli_saved          (FdCliOptions *options, int argc, char **argv);
int       fd_cli_report         (FdCliOptions *options, int argc, char **argv);

G_END_DECLS
