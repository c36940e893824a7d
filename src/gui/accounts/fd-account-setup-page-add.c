/* fd-account-setup-page-add.c: finding the settings, and adding.
 *
 * "Find Settings" runs the channel's discover and fills in what it
 * found; "Add Account" discovers first when nothing it fills in is
 * there yet, then has the secret tested and the account saved
 * (fd_account_setup_add_async()). A certificate the person chose to
 * trust is sent along on every try that follows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-account-setup.h"
#include "fd-account-setup-page-private.h"
#include "fd-provider.h"

static char *
dup_secret (FdAccountSetupPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FdSetupRow *row = g_ptr_array_index (self->rows, i);

      if (_fd_setup_row_is_secret (row))
        return fd_setup_row_dup_value (row);
    }

  return NULL;
}

/* The fields discover reads, as one string, to see whether they changed. */
static char *
dup_discover_key (FdAccountSetupPage *self,
                  GHashTable         *params)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      FdSetupRow *row = g_ptr_array_index (self->rows, i);

      if (row->field->flags & FD_SETUP_FIELD_DISCOVER_FROM)
        g_string_append_printf (key, "%s\n", (const char *) g_hash_table_lookup (params, row->field->id) ?: "");
    }

  return g_string_free (key, FALSE);
}

/* Adding needs discover first when nothing it fills in was filled in
 * yet, or when it was found for other values and the person has not
 * changed it since (an address corrected after "Find Settings"). */
static gboolean
needs_discover (FdAccountSetupPage *self,
                GHashTable         *params)
{
  g_autofree char *key = NULL;
  gboolean all_empty = TRUE;
  gboolean found_unchanged = self->discovered != NULL;

  if (self->form->discover == NULL)
    return FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      FdSetupRow *row = g_ptr_array_index (self->rows, i);
      const char *value;

      if (!(row->field->flags & FD_SETUP_FIELD_DISCOVERED) || (row->field->flags & FD_SETUP_FIELD_OPTIONAL))
        continue;
      /* Numbers and choices are never empty: they say nothing. */
      if (row->field->kind == FD_SETUP_FIELD_NUMBER || row->field->kind == FD_SETUP_FIELD_CHOICE)
        continue;
      value = g_hash_table_lookup (params, row->field->id);
      if (value != NULL)
        all_empty = FALSE;
      if (self->discovered != NULL &&
          g_strcmp0 (value, g_hash_table_lookup (self->discovered, row->field->id)) != 0)
        found_unchanged = FALSE;
    }

  if (all_empty)
    return TRUE;

  key = dup_discover_key (self, params);
  return found_unchanged && g_strcmp0 (key, self->discovered_for) != 0;
}

/* Shows or hides the fields that depend on others ("shown_when"); a
 * field that goes away goes back to its default. */
/* Callbacks: adding */

static void
added_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FdAccountSetupPage) self = user_data;
  g_autoptr(FdAccount) account = NULL;
  g_autoptr(FdProvider) provider = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) provider_error = NULL;
  g_autofree char *note = NULL;

  account = fd_account_setup_add_finish (result, &note, &error);

  /* Saved, even if the page went away meanwhile: the account syncs. */
  if (account != NULL)
    {
      g_autofree char *data_dir = NULL;

      g_object_get (self->manager, "data-dir", &data_dir, NULL);
      if (!(provider = fd_provider_new_for_account (account, data_dir, &provider_error)))
        g_warning ("The new account cannot sync: %s", provider_error->message);
      fd_sync_manager_add_account (self->manager, account, provider);
    }

  if (self->disposed || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (account == NULL)
    {
      if (self->paste_code && self->sign_in != NULL)
        {
          /* The code may have been copied wrong: paste it again. */
          _fd_account_setup_page_set_state (self, FD_SETUP_STATE_PASTE, _("The sign-in page is open in the browser."));
          _fd_account_setup_page_show_error (self, error);
          gtk_widget_grab_focus (GTK_WIDGET (self->code_row));
          return;
        }
      _fd_account_setup_page_fail (self, error);
      return;
    }

  _fd_account_setup_page_stop_browser (self);
  for (guint i = 0; i < self->rows->len; i++)
    if (_fd_setup_row_is_secret (g_ptr_array_index (self->rows, i)))
      fd_setup_row_set_value (g_ptr_array_index (self->rows, i), NULL);
  _fd_account_setup_page_set_state (self, FD_SETUP_STATE_EDIT, note != NULL ? note : _("The account was added."));
  _fd_account_setup_page_clear_error (self);

  _fd_account_setup_page_emit_added (self, fd_account_get_id (account));
}

void
_fd_account_setup_page_start_add (FdAccountSetupPage *self,
                                  GHashTable         *params,
                                  const char         *secret)
{
  g_autofree char *data_dir = NULL;
  g_autoptr(GError) error = NULL;

  if (!fd_account_setup_check (self->channel, params, &error))
    {
      _fd_account_setup_page_fail (self, error);
      return;
    }

  g_object_get (self->manager, "data-dir", &data_dir, NULL);
  _fd_account_setup_page_set_state (self, FD_SETUP_STATE_BUSY,
                                    self->sign_in != NULL ? _("Saving the account…") : _("Signing in…"));
  fd_account_setup_add_async (data_dir, self->channel, params, secret, self->cancellable,
                              added_cb, g_object_ref (self));
}

/* Callbacks: discover */

static void
discovered_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FdAccountSetupPage) self = user_data;
  g_autoptr(GHashTable) found = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSecret) secret = NULL;
  g_autofree char *note = NULL;
  GHashTableIter iter;
  gpointer key, value;

  found = fd_account_setup_discover_finish (result, &note, &error);
  if (self->disposed || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (found == NULL)
    {
      _fd_account_setup_page_fail (self, error);
      return;
    }

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      FdSetupRow *row = _fd_account_setup_page_find_row (self, key);

      if (row != NULL && (row->field->flags & FD_SETUP_FIELD_DISCOVERED))
        fd_setup_row_set_value (row, value);
    }
  _fd_account_setup_page_update_shown (self);

  /* Remember what was found, and for what. */
  params = _fd_account_setup_page_collect (self);
  g_clear_pointer (&self->discovered, g_hash_table_unref);
  self->discovered = g_hash_table_ref (params);
  g_free (self->discovered_for);
  self->discovered_for = dup_discover_key (self, params);

  _fd_account_setup_page_set_state (self, FD_SETUP_STATE_EDIT, note);
  _fd_account_setup_page_clear_error (self);

  if (self->add_after_discover)
    {
      self->add_after_discover = FALSE;
      secret = dup_secret (self);
      _fd_account_setup_page_start_add (self, params, secret != NULL ? secret : "");
    }
}

static void
start_discover (FdAccountSetupPage *self,
                gboolean            then_add)
{
  g_autoptr(GHashTable) params = _fd_account_setup_page_collect (self);

  for (guint i = 0; i < self->rows->len; i++)
    {
      FdSetupRow *row = g_ptr_array_index (self->rows, i);

      if ((row->field->flags & FD_SETUP_FIELD_DISCOVER_FROM) && !g_hash_table_contains (params, row->field->id))
        {
          g_autofree char *title = fd_setup_row_dup_title (row);
          /* Translators: %s is the title of a field, such as “Email Address” */
          g_autofree char *message = g_strdup_printf (_("Fill in “%s”."), title);

          _fd_account_setup_page_show_message (self, row, message);
          return;
        }
    }

  _fd_account_setup_page_clear_error (self);
  _fd_account_setup_page_reset_cancellable (self);
  _fd_account_setup_page_set_state (self, FD_SETUP_STATE_BUSY, _("Looking for the settings…"));
  self->add_after_discover = then_add;
  fd_account_setup_discover_async (self->channel, params, self->cancellable, discovered_cb, g_object_ref (self));
}

void
_fd_account_setup_page_find (FdAccountSetupPage *self)
{
  start_discover (self, FALSE);
}

void
_fd_account_setup_page_add (FdAccountSetupPage *self)
{
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(FdSecret) secret = NULL;
  g_autofree char *message = NULL;
  FdSetupRow *missing;

  if (self->state != FD_SETUP_STATE_EDIT || !_fd_account_setup_page_check_filled (self, TRUE))
    return;

  _fd_account_setup_page_clear_error (self);
  _fd_account_setup_page_reset_cancellable (self);
  params = _fd_account_setup_page_collect (self);

  if (needs_discover (self, params))
    {
      start_discover (self, TRUE);
      return;
    }
  /* Settings entered by hand: all of them. */
  if ((missing = _fd_account_setup_page_find_missing (self, TRUE, TRUE, &message)) != NULL)
    {
      _fd_account_setup_page_show_message (self, missing, message);
      return;
    }

  secret = dup_secret (self);
  _fd_account_setup_page_start_add (self, params, secret != NULL ? secret : "");
}

void
_fd_account_setup_page_trust (FdAccountSetupPage *self)
{
  if (self->untrusted == NULL)
    return;

  g_ptr_array_add (self->trusted, g_steal_pointer (&self->untrusted));
  gtk_widget_set_visible (self->trust_button, FALSE);
  _fd_account_setup_page_add (self);
}

