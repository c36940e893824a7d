/* fd-listening-view.c
 *
 * Posts are read newest first, a page at a time, as the list is scrolled
 * to its end (keyset paging on the post id). Reading, answering and
 * changing the followed terms all run in the store worker; every change
 * of terms answers with the whole list of terms, which is short.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fd-listening-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fd-account.h"
#include "fd-listening-view.h"
#include "fd-text-utils.h"
#include "fd-listening.h"
#include "fd-provider.h"

#define PAGE_SIZE 30

struct _FdListeningView
{
  GtkWidget      parent_instance;

  FdStoreWorker *worker;
  GListModel    *accounts;
  GCancellable  *cancellable;
  GArray        *account_ids;      /* parallel to the account drop-down */
  gint64         oldest_id;        /* of the posts listed, for the next page */
  guint          n_posts;
  guint          loading : 1;
  guint          exhausted : 1;

  GtkWidget     *header_bar;
  GtkWidget     *back_button;
  GtkStack      *stack;
  GtkSpinner    *spinner;
  GtkListBox    *list_box;
  GtkWidget     *no_accounts_label;
  GtkDropDown   *account_dropdown;
  GtkWidget     *add_box;
  GtkEntry      *term_entry;
  GtkLabel      *term_error_label;
  GtkListBox    *terms_list;
};

G_DEFINE_FINAL_TYPE (FdListeningView, fd_listening_view, GTK_TYPE_WIDGET)

enum {
  POST_ANSWERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load_page   (FdListeningView *self);
static void terms_job   (FdListeningView *self,
                         gint64           add_account_id,
                         const char      *add_text,
                         gint64           remove_id);

/* Posts */

typedef struct {
  gint64 before_id;
} PageData;

static gpointer
page_job (FdStore       *store,
          gpointer       data,
          GCancellable  *cancellable,
          GError       **error)
{
  PageData *page = data;

  return fd_listening_list_posts (store, 0, page->before_id, PAGE_SIZE, error);
}

static void
answer_clicked_cb (FdListeningView *self,
                   GtkButton       *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  fd_listening_view_answer (self, (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
}

static GtkWidget *
create_post_row (FdListeningView       *self,
                 const FdListeningPost *post)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *author, *time, *text, *term, *button;
  g_autofree char *when = fd_format_date_time (post->created_at);
  g_autofree char *a11y = NULL;
  const char *name = post->author_name != NULL && post->author_name[0] != '\0'
                     ? post->author_name : post->author_handle;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);

  author = gtk_label_new (name);
  gtk_label_set_xalign (GTK_LABEL (author), 0);
  gtk_label_set_ellipsize (GTK_LABEL (author), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (author, TRUE);
  gtk_widget_add_css_class (author, "heading");
  gtk_widget_set_tooltip_text (author, post->author_handle);
  gtk_box_append (GTK_BOX (top), author);

  time = gtk_label_new (when);
  gtk_widget_add_css_class (time, "dim-label");
  gtk_widget_add_css_class (time, "caption");
  gtk_box_append (GTK_BOX (top), time);
  gtk_box_append (GTK_BOX (box), top);

  text = gtk_label_new (post->text);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (text), 6);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), text);

  if (post->term != NULL)
    {
      g_autofree char *found = NULL;

      /* Translators: under a listening post: the hashtag or keyword it matched */
      found = g_strdup_printf (_("Found by “%s”"), post->term);
      term = gtk_label_new (found);
    }
  else
    term = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (term), 0);
  gtk_label_set_ellipsize (GTK_LABEL (term), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (term, TRUE);
  gtk_widget_add_css_class (term, "dim-label");
  gtk_widget_add_css_class (term, "caption");
  gtk_box_append (GTK_BOX (bottom), term);

  /* Translators: on a listening post: turn it into a conversation and reply */
  button = gtk_button_new_with_mnemonic (post->message_id != 0 ? _("_Open Conversation") : _("_Answer"));
  gtk_widget_add_css_class (button, "small");
  if (post->message_id == 0)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_add_css_class (button, "answer-button");
  /* Translators: read by screen readers for the Answer button of a post; %s is its author */
  a11y = g_strdup_printf (_("Answer %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, a11y, -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (answer_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (bottom), button);
  gtk_box_append (GTK_BOX (box), bottom);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "post-id", g_memdup2 (&post->id, sizeof post->id), g_free);

  return row;
}

static void
update_page (FdListeningView *self)
{
  gboolean loading = self->loading && self->n_posts == 0;

  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_stack_set_visible_child_name (self->stack,
                                    loading ? "loading" : self->n_posts > 0 ? "list" : "empty");
}

static void
page_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(FdListeningView) self = user_data;
  g_autoptr(GPtrArray) posts = NULL;
  g_autoptr(GError) error = NULL;

  posts = fd_store_worker_run_finish (FD_STORE_WORKER (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  if (posts == NULL)
    {
      g_warning ("Could not list the listening posts: %s", error->message);
      self->exhausted = TRUE;
      update_page (self);
      return;
    }

  for (guint i = 0; i < posts->len; i++)
    {
      FdListeningPost *post = g_ptr_array_index (posts, i);

      gtk_list_box_append (self->list_box, create_post_row (self, post));
      self->oldest_id = post->id;
      self->n_posts++;
    }
  self->exhausted = posts->len < PAGE_SIZE;

  update_page (self);
}

static void
load_page (FdListeningView *self)
{
  PageData *page;

  if (self->worker == NULL || self->loading || self->exhausted)
    return;

  self->loading = TRUE;
  page = g_new0 (PageData, 1);
  page->before_id = self->oldest_id;
  update_page (self);
  fd_store_worker_run_async (self->worker, page_job, page, g_free,
                             (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                             page_cb, g_object_ref (self));
}

static void
edge_reached_cb (FdListeningView *self,
                 GtkPositionType  position)
{
  if (position == GTK_POS_BOTTOM)
    load_page (self);
}

static gpointer
adopt_job (FdStore       *store,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  gint64 id = fd_listening_adopt_post (store, *(gint64 *) data, error);

  return id != 0 ? g_memdup2 (&id, sizeof id) : NULL;
}

static void
adopted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(FdListeningView) self = user_data;
  g_autofree gint64 *message_id = NULL;
  g_autoptr(GError) error = NULL;

  message_id = fd_store_worker_run_finish (FD_STORE_WORKER (object), result, &error);
  if (message_id == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not answer the post: %s", error->message);
      return;
    }

  g_signal_emit (self, signals[POST_ANSWERED], 0, *message_id);
}

/* Terms */

typedef struct {
  gint64  add_account_id;
  char   *add_text;
  gint64  remove_id;
  GError *change_error;    /* a refused term; the list is still read */
} TermsData;

static void
terms_data_free (TermsData *data)
{
  g_free (data->add_text);
  g_clear_error (&data->change_error);
  g_free (data);
}

typedef struct {
  GPtrArray *terms;
  GError    *change_error;
} TermsResult;

static void
terms_result_free (TermsResult *result)
{
  g_clear_pointer (&result->terms, g_ptr_array_unref);
  g_clear_error (&result->change_error);
  g_free (result);
}

static gpointer
terms_job_func (FdStore       *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  TermsData *op = data;
  g_autoptr(GError) change_error = NULL;
  TermsResult *result;
  GPtrArray *terms;

  if (op->add_text != NULL)
    fd_listening_add (store, op->add_account_id, op->add_text, &change_error);
  else if (op->remove_id != 0)
    fd_listening_remove_term (store, op->remove_id, &change_error);

  if (!(terms = fd_listening_list_terms (store, 0, error)))
    return NULL;

  result = g_new0 (TermsResult, 1);
  result->terms = terms;
  result->change_error = g_steal_pointer (&change_error);
  return result;
}

static void
remove_term_clicked_cb (FdListeningView *self,
                        GtkButton       *button)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "term-id");

  terms_job (self, 0, NULL, *id);
}

static void
show_terms (FdListeningView *self,
            GPtrArray       *terms)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->terms_list))) != NULL)
    gtk_list_box_remove (self->terms_list, child);

  for (guint i = 0; i < terms->len; i++)
    {
      FdListeningTerm *term = g_ptr_array_index (terms, i);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *a11y = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      title = term->kind == FD_LISTENING_HASHTAG ? g_strdup_printf ("#%s", term->term)
                                                 : g_strdup (term->term);
      /* Translators: under a followed hashtag or keyword */
      subtitle = g_strdup_printf (ngettext ("%u post", "%u posts", term->n_posts), term->n_posts);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      /* Translators: a button next to a followed term; %s is the term */
      a11y = g_strdup_printf (_("Stop following %s"), title);
      gtk_widget_set_tooltip_text (remove, a11y);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
      g_object_set_data_full (G_OBJECT (remove), "term-id",
                              g_memdup2 (&term->id, sizeof term->id), g_free);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_term_clicked_cb),
                               self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->terms_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->terms_list), terms->len > 0);
}

static void
terms_cb (GObject      *object,
          GAsyncResult *res,
          gpointer      user_data)
{
  g_autoptr(FdListeningView) self = user_data;
  TermsResult *result;
  g_autoptr(GError) error = NULL;

  result = fd_store_worker_run_finish (FD_STORE_WORKER (object), res, &error);
  if (result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not list the listening terms: %s", error->message);
      return;
    }

  show_terms (self, result->terms);
  gtk_label_set_text (self->term_error_label,
                      result->change_error ? result->change_error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->term_error_label), result->change_error != NULL);
  if (result->change_error == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->term_entry), "");

  terms_result_free (result);
}

static void
terms_job (FdListeningView *self,
           gint64           add_account_id,
           const char      *add_text,
           gint64           remove_id)
{
  TermsData *data;

  if (self->worker == NULL)
    return;

  data = g_new0 (TermsData, 1);
  data->add_account_id = add_account_id;
  data->add_text = g_strdup (add_text);
  data->remove_id = remove_id;
  fd_store_worker_run_async (self->worker, terms_job_func, data, (GDestroyNotify) terms_data_free,
                             (GDestroyNotify) terms_result_free, self->cancellable,
                             terms_cb, g_object_ref (self));
}

static void
add_term_cb (FdListeningView *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->term_entry))));
  guint selected = gtk_drop_down_get_selected (self->account_dropdown);

  if (text[0] == '\0' || selected == GTK_INVALID_LIST_POSITION || selected >= self->account_ids->len)
    return;

  terms_job (self, g_array_index (self->account_ids, gint64, selected), text, 0);
}

/* The accounts that can listen, read again each time the popover opens. */
static void
terms_popover_show_cb (FdListeningView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = self->accounts ? g_list_model_get_n_items (self->accounts) : 0;

  g_array_set_size (self->account_ids, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FdAccount) account = g_list_model_get_item (self->accounts, i);
      gint64 id = fd_account_get_id (account);

      if (!fd_provider_channel_can_listen (fd_account_get_channel (account)))
        continue;

      g_array_append_val (self->account_ids, id);
      gtk_string_list_append (names, fd_account_get_name (account));
    }

  gtk_drop_down_set_model (self->account_dropdown, G_LIST_MODEL (names));
  gtk_widget_set_visible (GTK_WIDGET (self->account_dropdown), self->account_ids->len > 1);
  gtk_widget_set_visible (self->no_accounts_label, self->account_ids->len == 0);
  gtk_widget_set_sensitive (self->add_box, self->account_ids->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->term_error_label), FALSE);

  terms_job (self, 0, NULL, 0);
}

static void
fd_listening_view_dispose (GObject *object)
{
  FdListeningView *self = (FdListeningView *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_LISTENING_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->worker);
  g_clear_object (&self->accounts);

  G_OBJECT_CLASS (fd_listening_view_parent_class)->dispose (object);
}

static void
fd_listening_view_finalize (GObject *object)
{
  FdListeningView *self = (FdListeningView *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->account_ids, g_array_unref);

  G_OBJECT_CLASS (fd_listening_view_parent_class)->finalize (object);
}

static void
fd_listening_view_class_init (FdListeningViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_listening_view_dispose;
  object_class->finalize = fd_listening_view_finalize;

  /**
   * FdListeningView::post-answered:
   * @message_id: the inbox message the post became
   *
   * The person chose to answer a post: it is now in the inbox.
   */
  signals[POST_ANSWERED] =
    g_signal_new ("post-answered",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/listening/fd-listening-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FdListeningView, header_bar);
  gtk_widget_class_bind_template_child (widget_class, FdListeningView, back_button);
  gtk_widget_class_bind_template_child (widget_class, FdListeningView, stack);
  gtk_widget_class_bind_template_child (widget_class, FdListeningView, spinner);
  gtk_widget_class_bind_template_child (widget_class, FdListeningView, list_box);
  gtk_widget_class_bind_template_child (widget_class, FdListeningView, no_accounts_label);
  gtk_widget_class_bind_template_child (widget_class, FdListeningView, account_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FdListeningView, add_box);
  gtk_widget_class_bind_template_child (widget_class, FdListeningView, term_entry);
  gtk_widget_class_bind_template_child (widget_class, FdListeningView, term_error_label);
  gtk_widget_class_bind_template_child (widget_class, FdListeningView, terms_list);
  gtk_widget_class_bind_template_callback (widget_class, edge_reached_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_term_cb);
  gtk_widget_class_bind_template_callback (widget_class, terms_popover_show_cb);

  gtk_widget_class_set_css_name (widget_class, "fdlisteningview");
}

static void
fd_listening_view_init (FdListeningView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->account_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  update_page (self);
}

void
fd_listening_view_set_worker (FdListeningView *self,
                              FdStoreWorker   *worker)
{
  g_return_if_fail (FD_IS_LISTENING_VIEW (self));
  g_return_if_fail (!worker || FD_IS_STORE_WORKER (worker));

  g_set_object (&self->worker, worker);
}

void
fd_listening_view_set_accounts (FdListeningView *self,
                                GListModel      *accounts)
{
  g_return_if_fail (FD_IS_LISTENING_VIEW (self));
  g_return_if_fail (!accounts || G_IS_LIST_MODEL (accounts));

  g_set_object (&self->accounts, accounts);
}

void
fd_listening_view_reload (FdListeningView *self)
{
  GtkWidget *child;

  g_return_if_fail (FD_IS_LISTENING_VIEW (self));

  /* A page still on its way belongs to the old list. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  self->n_posts = 0;
  self->oldest_id = 0;
  self->loading = FALSE;
  self->exhausted = FALSE;

  load_page (self);
}

guint
fd_listening_view_get_n_posts (FdListeningView *self)
{
  g_return_val_if_fail (FD_IS_LISTENING_VIEW (self), 0);

  return self->n_posts;
}

void
fd_listening_view_answer (FdListeningView *self,
                          guint            index)
{
  GtkListBoxRow *row;
  gint64 *post_id;

  g_return_if_fail (FD_IS_LISTENING_VIEW (self));

  row = gtk_list_box_get_row_at_index (self->list_box, (int) index);
  if (row == NULL || self->worker == NULL)
    return;

  post_id = g_object_get_data (G_OBJECT (row), "post-id");
  fd_store_worker_run_async (self->worker, adopt_job, g_memdup2 (post_id, sizeof *post_id), g_free,
                             g_free, self->cancellable, adopted_cb, g_object_ref (self));
}

GtkWidget *
fd_listening_view_get_back_button (FdListeningView *self)
{
  g_return_val_if_fail (FD_IS_LISTENING_VIEW (self), NULL);

  return self->back_button;
}

GtkWidget *
fd_listening_view_get_header_bar (FdListeningView *self)
{
  g_return_val_if_fail (FD_IS_LISTENING_VIEW (self), NULL);

  return self->header_bar;
}
