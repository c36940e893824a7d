/* fd-telegram-provider.c: a shop's Telegram bot and the Telegram Business
 * chats that connect it.
 *
 * What is fetched: getUpdates, with allowed_updates listing what
 * Frontdesk handles (fd-telegram-updates.c). The cursor is the next
 * offset; asking from it confirms every earlier update and Telegram
 * forgets them, so the channel says FD_CHANNEL_CURSOR_CONFIRMS and the
 * sync run asks for the next batch only once this one is stored with its
 * cursor: a crash repeats a batch (stored once, by id) and never loses
 * one. Telegram keeps no history for bots: nothing older is fetched.
 *
 * Replies are fd-telegram-send.c, the long poll that tells the sync
 * engine of news fd-telegram-push.c, adding the account
 * fd-telegram-setup-form.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-secrets.h"
#include "fd-telegram-private.h"

#define DEFAULT_TIMEOUT_MS       30000
#define DEFAULT_PAGE_SIZE        100
#define DEFAULT_CHAT_INTERVAL_MS 1000
#define DEFAULT_PUSH_WAIT_S      25
/* getFile hands out files of up to 20 MB. */
#define DEFAULT_MAX_FILE_BYTES   (20 * 1024 * 1024)

static void provider_iface_init (FdProviderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdTelegramProvider, fd_telegram_provider, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_PROVIDER, provider_iface_init))

enum {
  PROP_0,
  PROP_TOKEN,
  N_PROPS,
  PROP_ACCOUNT = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* Signing in */

static gboolean
fd_telegram_provider_authenticate (FdProvider    *provider,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  FdTelegramProvider *self = FD_TELEGRAM_PROVIDER (provider);
  g_autoptr(FdTelegramClient) client = NULL;
  g_autoptr(JsonNode) me = NULL;
  g_autofree char *token = NULL;
  g_autofree char *known_id = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  if (self->token != NULL)
    token = g_strdup (self->token);
  else if (!(token = fd_secrets_lookup_sync (self->account, FD_TELEGRAM_TOKEN_KIND, cancellable, &local_error)))
    {
      if (local_error != NULL && local_error->domain != FD_SECRETS_ERROR)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                           _("The bot token of this account is not in the keyring. "
                             "Sign in again with the token BotFather gave you."));
      return FALSE;
    }

  client = fd_telegram_client_new (self->api_url, token);
  /* The long poll (fd-telegram-push.c) signs in with it too. */
  g_mutex_lock (&self->mutex);
  if (self->push_token != NULL)
    memset (self->push_token, 0, strlen (self->push_token));
  g_free (self->push_token);
  self->push_token = g_strdup (token);
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);
  memset (token, 0, strlen (token));
  fd_telegram_client_set_timeout (client, self->timeout_ms);

  if (!(me = fd_telegram_client_call (client, "getMe", NULL, 0, FALSE, cancellable, error)))
    return FALSE;

  id = JSON_NODE_HOLDS_OBJECT (me) ? fd_telegram_json_get_int (json_node_get_object (me), "id", 0) : 0;
  known_id = fd_account_dup_setting_string (self->account, "bot-id");
  if (id <= 0)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                           _("Telegram did not say which bot the token belongs to. Frontdesk will try again."));
      return FALSE;
    }

  g_free (self->bot_id);
  self->bot_id = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  /* A token of another bot would mix two bots' chats. */
  if (known_id != NULL && *known_id != '\0' && !g_str_equal (known_id, self->bot_id))
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH,
                           _("The bot token in the keyring belongs to another bot. "
                             "Sign in again with this bot’s token from BotFather."));
      return FALSE;
    }

  g_clear_pointer (&self->client, fd_telegram_client_free);
  self->client = g_steal_pointer (&client);
  return TRUE;
}

FdTelegramClient *
_fd_telegram_provider_get_client (FdTelegramProvider  *self,
                                  GCancellable        *cancellable,
                                  GError             **error)
{
  if (self->client == NULL && !fd_telegram_provider_authenticate (FD_PROVIDER (self), cancellable, error))
    return NULL;

  return self->client;
}

/* Fetching */

/* getFile, then the file itself, within the account's limit. A file
 * Telegram no longer hands out, or one too large, stays a name and a
 * size; anything that may pass fails the batch, fetched again later. */
static gboolean
fetch_file (FdTelegramProvider  *self,
            FdTelegramClient    *client,
            FdTelegramFile      *file,
            GCancellable        *cancellable,
            GError             **error)
{
  g_autoptr(JsonBuilder) params = json_builder_new ();
  g_autoptr(JsonNode) result = NULL;
  g_autoptr(GError) local_error = NULL;
  GBytes *content;
  JsonObject *info;
  const char *path;

  if (file->attachment->size > self->max_file_bytes)
    return TRUE;

  json_builder_begin_object (params);
  json_builder_set_member_name (params, "file_id");
  json_builder_add_string_value (params, file->file_id);
  json_builder_end_object (params);

  if (!(result = fd_telegram_client_call (client, "getFile", params, 0, FALSE, cancellable, &local_error)))
    goto failed;
  info = JSON_NODE_HOLDS_OBJECT (result) ? json_node_get_object (result) : NULL;
  path = fd_json_get_string (info, "file_path");
  if (path == NULL || fd_telegram_json_get_int (info, "file_size", 0) > self->max_file_bytes)
    return TRUE;
  if (!(content = fd_telegram_client_download (client, path, (gsize) self->max_file_bytes, cancellable, &local_error)))
    goto failed;

  file->attachment->content = content;
  file->attachment->size = (gint64) g_bytes_get_size (content);
  return TRUE;

failed:
  if (g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT))
    {
      g_debug ("A Telegram file was not fetched: %s", local_error->message);
      return TRUE;
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static GPtrArray *
fd_telegram_provider_fetch_new (FdProvider    *provider,
                                const char    *cursor,
                                char         **new_cursor,
                                gboolean      *more,
                                GCancellable  *cancellable,
                                GError       **error)
{
  FdTelegramProvider *self = FD_TELEGRAM_PROVIDER (provider);
  g_autoptr(JsonBuilder) params = json_builder_new ();
  g_autoptr(JsonNode) result = NULL;
  FdTelegramClient *client;
  gint64 offset = 0;
  gint64 next;
  guint n;

  if (!(client = _fd_telegram_provider_get_client (self, cancellable, error)))
    return NULL;

  if (cursor != NULL && !g_ascii_string_to_signed (cursor, 10, 0, G_MAXINT64, &offset, NULL))
    offset = 0;

  json_builder_begin_object (params);
  if (offset > 0)
    {
      json_builder_set_member_name (params, "offset");
      json_builder_add_int_value (params, offset);
    }
  json_builder_set_member_name (params, "limit");
  json_builder_add_int_value (params, self->page_size);
  /* No wait: a sync run takes what is there. */
  json_builder_set_member_name (params, "timeout");
  json_builder_add_int_value (params, 0);
  json_builder_set_member_name (params, "allowed_updates");
  json_builder_begin_array (params);
  for (guint i = 0; fd_telegram_allowed_updates[i] != NULL; i++)
    json_builder_add_string_value (params, fd_telegram_allowed_updates[i]);
  json_builder_end_array (params);
  json_builder_end_object (params);

  _fd_telegram_push_hold (self);
  result = fd_telegram_client_call (client, "getUpdates", params, 0, FALSE, cancellable, error);
  _fd_telegram_push_release (self, result != NULL ? offset : -1, NULL);
  if (result == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (result))
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                           _("Telegram sent an answer Frontdesk does not understand. Frontdesk will try again."));
      return NULL;
    }

  n = json_array_get_length (json_node_get_array (result));
  next = offset;
  *more = n >= self->page_size;
  {
    g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) _fd_telegram_file_free);
    g_autoptr(GPtrArray) messages = _fd_telegram_parse_updates (json_node_get_array (result), self->bot_id,
                                                                &next, files);

    for (guint i = 0; i < files->len; i++)
      if (!fetch_file (self, client, g_ptr_array_index (files, i), cancellable, error))
        return NULL;

    *new_cursor = next > offset ? g_strdup_printf ("%" G_GINT64_FORMAT, next) : NULL;
    if (*new_cursor == NULL)
      *more = FALSE;
    return g_steal_pointer (&messages);
  }
}

static GPtrArray *
fd_telegram_provider_fetch_history (FdProvider    *provider,
                                    const char    *cursor,
                                    gint64         not_before,
                                    char         **new_cursor,
                                    gboolean      *done,
                                    GCancellable  *cancellable,
                                    GError       **error)
{
  /* The Bot API hands a bot only what arrives from now on. */
  *new_cursor = NULL;
  *done = TRUE;
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);
}

static void
fd_telegram_provider_get_rate_limit (FdProvider *provider,
                                     gint64     *remaining,
                                     gint64     *reset_at)
{
  *remaining = -1;
  *reset_at = -1;
}

static void
provider_iface_init (FdProviderInterface *iface)
{
  iface->authenticate = fd_telegram_provider_authenticate;
  iface->fetch_new = fd_telegram_provider_fetch_new;
  iface->fetch_history = fd_telegram_provider_fetch_history;
  iface->send = _fd_telegram_send;
  iface->get_rate_limit = fd_telegram_provider_get_rate_limit;
  iface->supports_push = _fd_telegram_push_supported;
  iface->start_push = _fd_telegram_push_start;
  iface->stop_push = _fd_telegram_push_stop;
  iface->check_setup = _fd_telegram_check_setup;
  iface->sign_in = _fd_telegram_sign_in;
  iface->is_same_account = _fd_telegram_is_same_account;
  iface->setup_form = &_fd_telegram_setup_form;
  /* sendMessage takes no idempotency key, and a bot cannot read back
   * what it sent: an answer lost on the way is for the person to judge. */
  iface->cannot_check_sent = TRUE;
}

/* GObject */

static void
fd_telegram_provider_constructed (GObject *object)
{
  FdTelegramProvider *self = (FdTelegramProvider *) object;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (fd_telegram_provider_parent_class)->constructed (object);

  g_assert (self->account != NULL);

  if (!(self->api_url = fd_telegram_normalize_api_url (fd_account_get_address (self->account), &error)))
    {
      /* Every request then fails with a clear error. */
      g_debug ("Account %" G_GINT64_FORMAT ": %s", fd_account_get_id (self->account), error->message);
      self->api_url = g_strdup ("https://invalid.invalid");
    }
  self->timeout_ms = (guint) CLAMP (fd_account_get_setting_int (self->account, "timeout-ms", DEFAULT_TIMEOUT_MS),
                                    1, G_MAXINT);
  self->page_size = (guint) CLAMP (fd_account_get_setting_int (self->account, "page-size", DEFAULT_PAGE_SIZE), 1, 100);
  self->chat_interval_ms = (guint) CLAMP (fd_account_get_setting_int (self->account, "chat-interval-ms",
                                                                      DEFAULT_CHAT_INTERVAL_MS), 0, 60000);
  self->bot_id = fd_account_dup_setting_string (self->account, "bot-id");
  self->max_file_bytes = CLAMP (fd_account_get_setting_int (self->account, "attachment-max-bytes", DEFAULT_MAX_FILE_BYTES),
                                0, DEFAULT_MAX_FILE_BYTES);
  self->push_wait_s = (guint) CLAMP (fd_account_get_setting_int (self->account, "push-wait-s", DEFAULT_PUSH_WAIT_S),
                                     1, 50);
}

static void
fd_telegram_provider_dispose (GObject *object)
{
  _fd_telegram_push_stop (FD_PROVIDER (object));

  G_OBJECT_CLASS (fd_telegram_provider_parent_class)->dispose (object);
}

static void
fd_telegram_provider_finalize (GObject *object)
{
  FdTelegramProvider *self = (FdTelegramProvider *) object;

  g_clear_object (&self->account);
  g_clear_pointer (&self->client, fd_telegram_client_free);
  g_clear_pointer (&self->last_sent, g_hash_table_unref);
  if (self->token != NULL)
    memset (self->token, 0, strlen (self->token));
  g_free (self->token);
  g_free (self->api_url);
  g_free (self->bot_id);
  if (self->push_token != NULL)
    memset (self->push_token, 0, strlen (self->push_token));
  g_free (self->push_token);
  g_mutex_clear (&self->poll_mutex);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);

  G_OBJECT_CLASS (fd_telegram_provider_parent_class)->finalize (object);
}

static void
fd_telegram_provider_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FdTelegramProvider *self = FD_TELEGRAM_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_value_set_object (value, self->account);
      break;
    case PROP_TOKEN:
      /* Never handed out. */
      g_value_set_string (value, NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_telegram_provider_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  FdTelegramProvider *self = FD_TELEGRAM_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_set_object (&self->account, g_value_get_object (value));
      break;
    case PROP_TOKEN:
      g_free (self->token);
      self->token = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_telegram_provider_class_init (FdTelegramProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = fd_telegram_provider_constructed;
  object_class->dispose = fd_telegram_provider_dispose;
  object_class->finalize = fd_telegram_provider_finalize;
  object_class->get_property = fd_telegram_provider_get_property;
  object_class->set_property = fd_telegram_provider_set_property;

  /* Special set-ups only; normally the token comes from the keyring. */
  properties[PROP_TOKEN] =
    g_param_spec_string ("token", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_ACCOUNT, "account");
}

static void
fd_telegram_provider_init (FdTelegramProvider *self)
{
  self->timeout_ms = DEFAULT_TIMEOUT_MS;
  self->page_size = DEFAULT_PAGE_SIZE;
  self->last_sent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_mutex_init (&self->poll_mutex);
  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  /* Until a sync has asked: the poll needs its offset. */
  self->push_waiting = TRUE;
}

FdTelegramProvider *
fd_telegram_provider_new (FdAccount *account)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (account), NULL);

  return g_object_new (FD_TYPE_TELEGRAM_PROVIDER, "account", account, NULL);
}
