/* bare-listview.c: the yardstick for the GUI benchmark. GTK alone: a
 * GtkApplicationWindow, a GtkScrolledWindow and a GtkListView over a lazy
 * GListModel of N rows, each row built like FdInboxRow (the same boxes,
 * labels and images, made in code), measured by the same probe.
 *
 *   bare-listview --bench-items N [probe options]
 *
 * The model stores nothing: an item is made when the view asks for it, so
 * this is as cheap as a list of N rows can be in GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>
#include <stdlib.h>

#include "bench-gui-probe.h"

/* The model */

#define BARE_TYPE_MODEL (bare_model_get_type ())
G_DECLARE_FINAL_TYPE (BareModel, bare_model, BARE, MODEL, GObject)

struct _BareModel
{
  GObject parent_instance;
  guint   n_items;
};

static GType
bare_model_get_item_type (GListModel *model)
{
  return GTK_TYPE_STRING_OBJECT;
}

static guint
bare_model_get_n_items (GListModel *model)
{
  return BARE_MODEL (model)->n_items;
}

static gpointer
bare_model_get_item (GListModel *model,
                     guint       position)
{
  char buf[16];

  if (position >= BARE_MODEL (model)->n_items)
    return NULL;
  g_snprintf (buf, sizeof buf, "%u", position);
  return gtk_string_object_new (buf);
}

static void
bare_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bare_model_get_item_type;
  iface->get_n_items = bare_model_get_n_items;
  iface->get_item = bare_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BareModel, bare_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, bare_model_iface_init))

static void
bare_model_class_init (BareModelClass *klass)
{
}

static void
bare_model_init (BareModel *self)
{
}

/* Rows */

static const char *names[] = { "Ana Moreno", "Javier Dubois", "Marie Schmidt", "Lukas García",
                               "Sofia Smith", "Tom Martin", "Chloé Müller", "Jonas López" };
static const char *snippets[] = {
  "Order still not delivered and nobody answered my question about the refund.",
  "Thanks for the quick help, the exchange worked and the package arrived.",
  "Pedido roto otra vez, envío tarde, gracias por nada.",
  "Commande cassée, livraison en retard, merci de répondre vite.",
};

static GtkWidget *
label (const char *css_class,
       gboolean    ellipsize)
{
  GtkWidget *l = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (l), 0);
  if (ellipsize)
    {
      gtk_label_set_ellipsize (GTK_LABEL (l), PANGO_ELLIPSIZE_END);
      gtk_label_set_single_line_mode (GTK_LABEL (l), TRUE);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (l, css_class);
  return l;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *col = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *author = label ("author", TRUE);
  GtkWidget *failed = gtk_image_new_from_icon_name ("dialog-error-symbolic");
  GtkWidget *repeat = label ("badge", FALSE);
  GtkWidget *lang = label ("badge", FALSE);
  GtkWidget *waiting = label ("caption", FALSE);
  GtkWidget *subject = label ("subject", TRUE);
  GtkWidget *snippet = label ("dim-label", TRUE);

  gtk_widget_set_valign (dot, GTK_ALIGN_START);
  gtk_widget_set_margin_top (dot, 7);
  gtk_widget_set_hexpand (col, TRUE);
  gtk_widget_set_hexpand (author, TRUE);
  gtk_widget_set_visible (failed, FALSE);
  gtk_widget_set_visible (repeat, FALSE);
  gtk_label_set_width_chars (GTK_LABEL (waiting), 5);
  gtk_label_set_xalign (GTK_LABEL (waiting), 1);

  gtk_box_append (GTK_BOX (top), icon);
  gtk_box_append (GTK_BOX (top), author);
  gtk_box_append (GTK_BOX (top), failed);
  gtk_box_append (GTK_BOX (top), repeat);
  gtk_box_append (GTK_BOX (top), lang);
  gtk_box_append (GTK_BOX (top), waiting);
  gtk_box_append (GTK_BOX (col), top);
  gtk_box_append (GTK_BOX (col), subject);
  gtk_box_append (GTK_BOX (col), snippet);
  gtk_box_append (GTK_BOX (row), dot);
  gtk_box_append (GTK_BOX (row), col);

  g_object_set_data (G_OBJECT (row), "icon", icon);
  g_object_set_data (G_OBJECT (row), "author", author);
  g_object_set_data (G_OBJECT (row), "lang", lang);
  g_object_set_data (G_OBJECT (row), "waiting", waiting);
  g_object_set_data (G_OBJECT (row), "subject", subject);
  g_object_set_data (G_OBJECT (row), "snippet", snippet);
  gtk_list_item_set_child (item, row);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  guint i = atoi (gtk_string_object_get_string (gtk_list_item_get_item (item)));
  g_autofree char *subject = g_strdup_printf ("Question about order %u", i);
  g_autofree char *waiting = g_strdup_printf ("%u d", i % 97);
  gboolean email = i % 5 < 3;

  gtk_image_set_from_icon_name (g_object_get_data (G_OBJECT (row), "icon"),
                                email ? "mail-unread-symbolic" : "user-available-symbolic");
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "author"), names[i % G_N_ELEMENTS (names)]);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "lang"), i % 3 ? "EN" : "ES");
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "waiting"), waiting);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "subject"), subject);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "subject"), email);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "snippet"), snippets[i % G_N_ELEMENTS (snippets)]);
}

/* The window */

static GtkListView *
find_list (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "list");
}

static void
done_cb (gpointer data)
{
  g_application_quit (G_APPLICATION (data));
}

static void
activate_cb (GtkApplication *app,
             gpointer        data)
{
  BareModel *model = g_object_new (BARE_TYPE_MODEL, NULL);
  GtkSingleSelection *selection;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *window = gtk_application_window_new (app);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list;
  int width, height;

  model->n_items = GPOINTER_TO_UINT (data);
  selection = gtk_single_selection_new (G_LIST_MODEL (model));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  bench_probe_trace_factory (factory);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_set_title (GTK_WINDOW (window), "Bare list");
  bench_probe_window_size (&width, &height);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  g_object_set_data (G_OBJECT (window), "list", list);

  bench_probe_watch (GTK_WINDOW (window), find_list, G_CALLBACK (done_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;
  guint items;

  bench_probe_init (&argc, &argv);
  items = bench_probe_get_items ();

  app = gtk_application_new ("org.frontdesk.BenchBareListView", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), GUINT_TO_POINTER (items));

  return g_application_run (G_APPLICATION (app), argc, argv);
}
