/* goa-stand-in.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#define GOA_API_IS_SUBJECT_TO_CHANGE
#include <goa/goa.h>

#include "goa-stand-in.h"

struct _GoaStandIn
{
  GThread                  *thread;
  GMainContext             *context;
  GMainLoop                *loop;
  GDBusConnection          *connection;
  GDBusObjectManagerServer *manager;
  GoaAccount               *account;
  guint                     owner_id;

  char                     *address;
  char                     *imap_host;
  char                     *smtp_host;
  GoaStandInTokenFunc       token_func;
  gpointer                  token_data;

  GMutex                    mutex;
  GCond                     cond;
  gboolean                  ready;
  guint                     n_token_requests;
};

static gboolean
handle_get_access_token_cb (GoaOAuth2Based        *object,
                            GDBusMethodInvocation *invocation,
                            GoaStandIn            *self)
{
  g_autofree char *token = NULL;

  if (goa_account_get_attention_needed (self->account))
    {
      g_dbus_method_invocation_return_error (invocation, GOA_ERROR, GOA_ERROR_NOT_AUTHORIZED,
                                             "Invalid credentials for the account");
      return TRUE;
    }

  g_mutex_lock (&self->mutex);
  self->n_token_requests++;
  g_mutex_unlock (&self->mutex);
  token = self->token_func (self->token_data);
  goa_oauth2_based_complete_get_access_token (object, invocation, token, 3600);
  return TRUE;
}

static gboolean
handle_ensure_credentials_cb (GoaAccount            *account,
                              GDBusMethodInvocation *invocation,
                              GoaStandIn            *self)
{
  if (goa_account_get_attention_needed (account))
    g_dbus_method_invocation_return_error (invocation, GOA_ERROR, GOA_ERROR_NOT_AUTHORIZED,
                                           "Invalid credentials for the account");
  else
    goa_account_complete_ensure_credentials (account, invocation, 3600);
  return TRUE;
}

static gpointer
stand_in_thread (gpointer data)
{
  GoaStandIn *self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GoaObjectSkeleton) object = NULL;
  g_autoptr(GoaMail) mail = NULL;
  g_autoptr(GoaOAuth2Based) oauth2 = NULL;
  g_autofree char *bus_address = NULL;

  g_main_context_push_thread_default (self->context);

  bus_address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  self->connection = g_dbus_connection_new_for_address_sync (bus_address,
                                                             G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                             G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                             NULL, NULL, &error);
  g_assert_no_error (error);

  self->manager = g_dbus_object_manager_server_new ("/org/gnome/OnlineAccounts");
  object = goa_object_skeleton_new ("/org/gnome/OnlineAccounts/Accounts/" GOA_STAND_IN_ACCOUNT_ID);

  self->account = goa_account_skeleton_new ();
  goa_account_set_id (self->account, GOA_STAND_IN_ACCOUNT_ID);
  goa_account_set_provider_type (self->account, "google");
  goa_account_set_provider_name (self->account, "Google");
  goa_account_set_identity (self->account, self->address);
  goa_account_set_presentation_identity (self->account, self->address);
  g_signal_connect (self->account, "handle-ensure-credentials", G_CALLBACK (handle_ensure_credentials_cb), self);
  goa_object_skeleton_set_account (object, self->account);

  mail = goa_mail_skeleton_new ();
  goa_mail_set_email_address (mail, self->address);
  goa_mail_set_name (mail, "Alice");
  goa_mail_set_imap_supported (mail, TRUE);
  goa_mail_set_imap_host (mail, self->imap_host);
  goa_mail_set_imap_user_name (mail, self->address);
  goa_mail_set_smtp_supported (mail, TRUE);
  goa_mail_set_smtp_host (mail, self->smtp_host);
  goa_mail_set_smtp_user_name (mail, self->address);
  goa_mail_set_smtp_use_auth (mail, TRUE);
  goa_mail_set_smtp_auth_xoauth2 (mail, TRUE);
  goa_object_skeleton_set_mail (object, mail);

  oauth2 = goa_oauth2_based_skeleton_new ();
  g_signal_connect (oauth2, "handle-get-access-token", G_CALLBACK (handle_get_access_token_cb), self);
  goa_object_skeleton_set_oauth2_based (object, oauth2);

  g_dbus_object_manager_server_export (self->manager, G_DBUS_OBJECT_SKELETON (object));
  g_dbus_object_manager_server_set_connection (self->manager, self->connection);
  self->owner_id = g_bus_own_name_on_connection (self->connection, "org.gnome.OnlineAccounts",
                                                 G_BUS_NAME_OWNER_FLAGS_NONE, NULL, NULL, NULL, NULL);

  /* Ready once the bus has given us the name. */
  {
    g_autoptr(GVariant) reply = NULL;
    gboolean owned = FALSE;

    for (guint i = 0; i < 200 && !owned; i++)
      {
        while (g_main_context_iteration (self->context, FALSE))
          ;
        reply = g_dbus_connection_call_sync (self->connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                             "org.freedesktop.DBus", "NameHasOwner",
                                             g_variant_new ("(s)", "org.gnome.OnlineAccounts"),
                                             G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
        if (reply != NULL)
          g_variant_get (reply, "(b)", &owned);
        g_clear_pointer (&reply, g_variant_unref);
        if (!owned)
          g_usleep (10 * 1000);
      }
    g_assert_true (owned);
  }

  g_mutex_lock (&self->mutex);
  self->ready = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);

  g_main_loop_run (self->loop);

  g_bus_unown_name (self->owner_id);
  g_dbus_object_manager_server_set_connection (self->manager, NULL);
  g_clear_object (&self->manager);
  g_clear_object (&self->account);
  g_dbus_connection_close_sync (self->connection, NULL, NULL);
  g_clear_object (&self->connection);
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

GoaStandIn *
goa_stand_in_new (const char          *address,
                  const char          *imap_host,
                  const char          *smtp_host,
                  GoaStandInTokenFunc  token_func,
                  gpointer             user_data)
{
  GoaStandIn *self = g_new0 (GoaStandIn, 1);

  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  self->address = g_strdup (address);
  self->imap_host = g_strdup (imap_host);
  self->smtp_host = g_strdup (smtp_host);
  self->token_func = token_func;
  self->token_data = user_data;
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->thread = g_thread_new ("goa-stand-in", stand_in_thread, self);

  g_mutex_lock (&self->mutex);
  while (!self->ready)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);

  return self;
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

void
goa_stand_in_free (GoaStandIn *self)
{
  if (self == NULL)
    return;

  g_main_context_invoke (self->context, quit_cb, self->loop);
  g_thread_join (self->thread);
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_free (self->address);
  g_free (self->imap_host);
  g_free (self->smtp_host);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);
  g_free (self);
}

static gboolean
set_attention_cb (gpointer data)
{
  GoaStandIn *self = data;

  goa_account_set_attention_needed (self->account, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self->account), "wanted")));
  return G_SOURCE_REMOVE;
}

void
goa_stand_in_set_attention_needed (GoaStandIn *self,
                                   gboolean    attention_needed)
{
  g_object_set_data (G_OBJECT (self->account), "wanted", GINT_TO_POINTER (attention_needed));
  g_main_context_invoke (self->context, set_attention_cb, self);
  /* Set on the stand-in's thread; the next client sees it. */
  for (guint i = 0; i < 200 && goa_account_get_attention_needed (self->account) != attention_needed; i++)
    g_usleep (5 * 1000);
  g_assert_true (goa_account_get_attention_needed (self->account) == attention_needed);
}

guint
goa_stand_in_count_token_requests (GoaStandIn *self)
{
  guint n;

  g_mutex_lock (&self->mutex);
  n = self->n_token_requests;
  g_mutex_unlock (&self->mutex);
  return n;
}
