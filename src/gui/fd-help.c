/* fd-help.c: opening the user guide, with or without a help viewer.
 *
 * gtk_show_uri ("help:frontdesk") only works with a help viewer such as
 * Yelp; without one GTK says "Operation not supported" and the guide is
 * out of reach. The pages are also installed as HTML (help/meson.build)
 * and published on the web: the first that opens is used.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-help"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fd-help.h"

typedef struct {
  GtkWindow *parent;   /* (nullable) */
  GPtrArray *uris;     /* to try, in order */
  guint      next;
  char      *html_dir;
} HelpOpen;

static void
help_open_free (HelpOpen *op)
{
  g_clear_object (&op->parent);
  g_clear_pointer (&op->uris, g_ptr_array_unref);
  g_free (op->html_dir);
  g_free (op);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HelpOpen, help_open_free)

/* Nothing could open the guide: say where it is. */
static void
show_nowhere (HelpOpen *op)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (op->parent, _("The Guide Cannot Be Opened"), NULL);
  if (op->html_dir != NULL)
    /* Translators: %s is a folder */
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("This computer has neither a help viewer nor a web browser. "
                                      "Install one, such as Yelp or Firefox, or open “index.html” "
                                      "in “%s” with another program."),
                                    op->html_dir);
  else
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                 _("This computer has neither a help viewer nor a web browser. "
                                   "Install one, such as Yelp or Firefox, and try again."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void try_next (HelpOpen *op);

static void
launched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HelpOpen) op = user_data;
  g_autoptr(GError) error = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;

  g_debug ("Could not open %s: %s",
           (const char *) g_ptr_array_index (op->uris, op->next - 1), error->message);
  try_next (g_steal_pointer (&op));
}

static void
try_next (HelpOpen *op)
{
  g_autoptr(GAppLaunchContext) context = NULL;
  const char *uri;

  if (op->next >= op->uris->len)
    {
      show_nowhere (op);
      help_open_free (op);
      return;
    }

  uri = g_ptr_array_index (op->uris, op->next++);
  if (op->parent != NULL)
    context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (op->parent))));
  g_app_info_launch_default_for_uri_async (uri, context, NULL, launched_cb, op);
}

void
fd_help_show_full (GtkWindow  *parent,
                   const char *html_dir,
                   const char *web_uri)
{
  g_autoptr(GAppInfo) viewer = NULL;
  HelpOpen *op;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  op = g_new0 (HelpOpen, 1);
  op->parent = parent != NULL ? g_object_ref (parent) : NULL;
  op->uris = g_ptr_array_new_with_free_func (g_free);

  /* Asked first: launching help: without a viewer fails only after
   * trying, and may show an error of its own. */
  if ((viewer = g_app_info_get_default_for_uri_scheme ("help")) != NULL)
    g_ptr_array_add (op->uris, g_strdup ("help:frontdesk"));

  if (html_dir != NULL)
    {
      g_autofree char *index = g_build_filename (html_dir, "index.html", NULL);

      op->html_dir = g_strdup (html_dir);
      if (g_file_test (index, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (op->uris, g_filename_to_uri (index, NULL, NULL));
    }

  if (web_uri != NULL)
    g_ptr_array_add (op->uris, g_strdup (web_uri));

  try_next (op);
}

void
fd_help_show (GtkWindow *parent)
{
  fd_help_show_full (parent, HELP_HTML_DIR, HELP_WEB_URI);
}
