/* fd-translator.c: the engine interface, pivoting, and HTTP helpers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-language-private.h"
#include "fd-json.h"
#include "fd-translator-private.h"
#include "fd-untrusted.h"

#define HTTP_TIMEOUT_SECONDS 30

G_DEFINE_INTERFACE (FdTranslator, fd_translator, G_TYPE_OBJECT)
G_DEFINE_QUARK (fd-translator-error-quark, fd_translator_error)
G_DEFINE_BOXED_TYPE (FdTranslationPair, fd_translation_pair,
                     fd_translation_pair_copy, fd_translation_pair_free)

static GQuark pairs_quark;

typedef struct {
  char   *text;
  char   *from;
  char   *to;
  char   *via;
  char   *channel;
  char   *remote_id;
} TranslateData;

static void
translate_data_free (TranslateData *data)
{
  g_free (data->text);
  g_free (data->from);
  g_free (data->to);
  g_free (data->via);
  g_free (data->channel);
  g_free (data->remote_id);
  g_free (data);
}

/* Pairs */

FdTranslationPair *
fd_translation_pair_new (const char *from,
                         const char *to)
{
  FdTranslationPair *pair = g_new0 (FdTranslationPair, 1);

  pair->from = g_strdup (from);
  pair->to = g_strdup (to);
  return pair;
}

FdTranslationPair *
fd_translation_pair_copy (const FdTranslationPair *pair)
{
  return fd_translation_pair_new (pair->from, pair->to);
}

void
fd_translation_pair_free (FdTranslationPair *pair)
{
  if (pair == NULL)
    return;
  g_free (pair->from);
  g_free (pair->to);
  g_free (pair);
}

void
_fd_translation_pairs_add (GPtrArray  *pairs,
                           const char *from,
                           const char *to)
{
  const char *f = fd_language_normalize (from);
  const char *t = fd_language_normalize (to);

  if (f == NULL || t == NULL || f == t)
    return;

  for (guint i = 0; i < pairs->len; i++)
    {
      FdTranslationPair *pair = g_ptr_array_index (pairs, i);

      if (g_str_equal (pair->from, f) && g_str_equal (pair->to, t))
        return;
    }

  g_ptr_array_add (pairs, fd_translation_pair_new (f, t));
}

/* Interface */

static gboolean
fd_translator_real_accepts (FdTranslator               *self,
                            const FdTranslationRequest *request)
{
  return TRUE;
}

static gboolean
fd_translator_real_is_local (FdTranslator *self)
{
  return FALSE;
}

static void
fd_translator_default_init (FdTranslatorInterface *iface)
{
  iface->accepts = fd_translator_real_accepts;
  iface->is_local = fd_translator_real_is_local;
  pairs_quark = g_quark_from_static_string ("fd-translator-pairs");
}

const char *
fd_translator_get_name (FdTranslator *self)
{
  g_return_val_if_fail (FD_IS_TRANSLATOR (self), NULL);

  return FD_TRANSLATOR_GET_IFACE (self)->get_name (self);
}

const char *
fd_translator_get_display_name (FdTranslator *self)
{
  FdTranslatorInterface *iface;

  g_return_val_if_fail (FD_IS_TRANSLATOR (self), NULL);

  iface = FD_TRANSLATOR_GET_IFACE (self);
  if (iface->get_display_name != NULL)
    return iface->get_display_name (self);
  return iface->get_name (self);
}

gboolean
fd_translator_is_local (FdTranslator *self)
{
  g_return_val_if_fail (FD_IS_TRANSLATOR (self), FALSE);

  return FD_TRANSLATOR_GET_IFACE (self)->is_local (self);
}

gboolean
fd_translator_accepts (FdTranslator               *self,
                       const FdTranslationRequest *request)
{
  g_return_val_if_fail (FD_IS_TRANSLATOR (self), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  return FD_TRANSLATOR_GET_IFACE (self)->accepts (self, request);
}

static void
load_pairs_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  FdTranslator *self = FD_TRANSLATOR (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairs = NULL;

  pairs = FD_TRANSLATOR_GET_IFACE (self)->load_pairs_finish (self, result, &error);
  if (pairs == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_object_set_qdata_full (G_OBJECT (self), pairs_quark,
                           g_ptr_array_ref (pairs), (GDestroyNotify) g_ptr_array_unref);
  g_task_return_pointer (task, g_steal_pointer (&pairs), (GDestroyNotify) g_ptr_array_unref);
}

void
fd_translator_load_pairs_async (FdTranslator        *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (FD_IS_TRANSLATOR (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_translator_load_pairs_async);
  FD_TRANSLATOR_GET_IFACE (self)->load_pairs_async (self, cancellable, load_pairs_cb, task);
}

GPtrArray *
fd_translator_load_pairs_finish (FdTranslator  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GPtrArray *
fd_translator_get_pairs (FdTranslator *self)
{
  g_return_val_if_fail (FD_IS_TRANSLATOR (self), NULL);

  return g_object_get_qdata (G_OBJECT (self), pairs_quark);
}

static gboolean
has_pair (GPtrArray  *pairs,
          const char *from,
          const char *to)
{
  for (guint i = 0; i < pairs->len; i++)
    {
      FdTranslationPair *pair = g_ptr_array_index (pairs, i);

      if (g_str_equal (pair->from, from) && g_str_equal (pair->to, to))
        return TRUE;
    }
  return FALSE;
}

gboolean
fd_translator_can_translate (FdTranslator  *self,
                             const char    *from,
                             const char    *to,
                             const char   **via)
{
  GPtrArray *pairs;
  const char *f = fd_language_normalize (from);
  const char *t = fd_language_normalize (to);

  g_return_val_if_fail (FD_IS_TRANSLATOR (self), FALSE);

  if (via != NULL)
    *via = NULL;

  pairs = fd_translator_get_pairs (self);
  if (pairs == NULL || f == NULL || t == NULL)
    return FALSE;
  if (f == t || has_pair (pairs, f, t))
    return TRUE;

  /* One hop through a third language: Apertium has fr→es and es→en but
   * no fr→en. English or Spanish first: they have the most pairs. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < pairs->len; i++)
      {
        FdTranslationPair *pair = g_ptr_array_index (pairs, i);
        gboolean preferred = g_str_equal (pair->to, "en") || g_str_equal (pair->to, "es");

        if ((pass == 0) != preferred)
          continue;
        if (g_str_equal (pair->from, f) && has_pair (pairs, pair->to, t))
          {
            if (via != NULL)
              *via = g_intern_string (pair->to);
            return TRUE;
          }
      }

  return FALSE;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '_';
}

static gboolean
is_mark (gunichar c)
{
  return c == '*' || c == '#' || c == '@';
}

/* A mark that starts a word: at the start, or after a character that is
 * not part of a word (space, punctuation, an apostrophe as in "*mustn'*t"),
 * and followed by a word character. */
static gboolean
mark_starts_word (const char *text,
                  const char *p)
{
  gunichar next = g_utf8_get_char (g_utf8_next_char (p));

  if (!is_mark (g_utf8_get_char (p)) || !is_word_char (next))
    return FALSE;
  if (p == text)
    return TRUE;
  return !is_word_char (g_utf8_get_char (g_utf8_prev_char (p)));
}

/* The mark at @p and the word after it. */
static char *
marked_word (const char *p)
{
  const char *end = g_utf8_next_char (p);

  while (*end != '\0' && is_word_char (g_utf8_get_char (end)))
    end = g_utf8_next_char (end);
  return g_strndup (p, end - p);
}

char *
_fd_translator_clean_apertium_marks (const char *source,
                                     const char *output)
{
  g_autoptr(GHashTable) exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) marks = g_ptr_array_new ();
  GString *out;
  guint quota[3] = { 0, 0, 0 };   /* per mark: source words still to match */
  const char mark_chars[] = "*#@";

  g_return_val_if_fail (output != NULL, NULL);

  /* The source's marked words, and how many of each mark. */
  for (const char *p = source != NULL ? source : ""; *p != '\0'; p = g_utf8_next_char (p))
    if (mark_starts_word (source, p))
      {
        char *word = marked_word (p);
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (exact, word));

        quota[strchr (mark_chars, *p) - mark_chars]++;
        g_hash_table_insert (exact, word, GUINT_TO_POINTER (n + 1));
      }

  /* First the words the output has as the source wrote them. */
  for (const char *p = output; *p != '\0'; p = g_utf8_next_char (p))
    if (mark_starts_word (output, p))
      {
        g_autofree char *word = marked_word (p);
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (exact, word));

        if (n > 0)
          {
            g_hash_table_insert (exact, g_strdup (word), GUINT_TO_POINTER (n - 1));
            quota[strchr (mark_chars, *p) - mark_chars]--;
            g_ptr_array_add (marks, (gpointer) p);
          }
      }

  /* Then, in order, a translated hashtag ("#fail" as "#fallar") while the
   * source has more of that mark; every other mark goes. */
  out = g_string_sized_new (strlen (output));
  for (const char *p = output; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (mark_starts_word (output, p) && !g_ptr_array_find (marks, p, NULL))
        {
          guint i = strchr (mark_chars, *p) - mark_chars;

          if (i == 0 || quota[i] == 0)
            continue;
          quota[i]--;
        }
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

void
_fd_translator_set_no_pair_error (FdTranslator  *self,
                                  const char    *from,
                                  const char    *to,
                                  GError       **error)
{
  if (g_str_equal (fd_translator_get_name (self), "apertium"))
    {
      const char *a = _fd_language_to_iso3 (from);
      const char *b = _fd_language_to_iso3 (to);

      /* Translators: the languages are names ("French"); the last two
       * placeholders are three-letter codes used in package names */
      g_set_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NO_PAIR,
                   _("Apertium on this computer cannot translate from %s to %s. Install a "
                     "language pair for them (look for it with “apt-cache search apertium-%s” "
                     "and “apt-cache search apertium-%s”), or add an online engine."),
                   fd_language_get_name (from), fd_language_get_name (to),
                   a != NULL ? a : from, b != NULL ? b : to);
      return;
    }

  g_set_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NO_PAIR,
               _("%s cannot translate from %s to %s."),
               fd_translator_get_display_name (self),
               fd_language_get_name (from), fd_language_get_name (to));
}

static void
second_hop_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  FdTranslator *self = FD_TRANSLATOR (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  char *text;

  text = FD_TRANSLATOR_GET_IFACE (self)->translate_finish (self, result, &error);
  if (text == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, text, g_free);
}

static void
first_hop_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  FdTranslator *self = FD_TRANSLATOR (object);
  g_autoptr(GTask) task = user_data;
  TranslateData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  FdTranslationRequest request = { NULL };

  text = FD_TRANSLATOR_GET_IFACE (self)->translate_finish (self, result, &error);
  if (text == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  request.text = text;
  request.from = data->via;
  request.to = data->to;
  FD_TRANSLATOR_GET_IFACE (self)->translate_async (self, &request,
                                                   g_task_get_cancellable (task),
                                                   second_hop_cb, g_object_ref (task));
}

static void
translate_with_pairs (GTask *task)
{
  FdTranslator *self = g_task_get_source_object (task);
  TranslateData *data = g_task_get_task_data (task);
  FdTranslatorInterface *iface = FD_TRANSLATOR_GET_IFACE (self);
  FdTranslationRequest request = {
    data->text, data->from, data->to, data->channel, data->remote_id
  };
  const char *via = NULL;

  if (data->from != NULL && g_str_equal (data->from, data->to))
    {
      g_task_return_pointer (task, g_strdup (data->text), g_free);
      g_object_unref (task);
      return;
    }

  /* Without a source language only engines that detect it can try. */
  if (data->from != NULL && !fd_translator_can_translate (self, data->from, data->to, &via))
    {
      GError *error = NULL;

      _fd_translator_set_no_pair_error (self, data->from, data->to, &error);
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  if (via != NULL)
    {
      data->via = g_strdup (via);
      request.to = via;
      g_debug ("%s: %s → %s through %s", iface->get_name (self), data->from, data->to, via);
      iface->translate_async (self, &request, g_task_get_cancellable (task), first_hop_cb, task);
      return;
    }

  iface->translate_async (self, &request, g_task_get_cancellable (task), second_hop_cb, task);
}

static void
translate_pairs_loaded_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  GTask *task = user_data;
  g_autoptr(GPtrArray) pairs = NULL;
  GError *error = NULL;

  pairs = fd_translator_load_pairs_finish (FD_TRANSLATOR (object), result, &error);
  if (pairs == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  translate_with_pairs (task);
}

void
fd_translator_translate_request_async (FdTranslator               *self,
                                       const FdTranslationRequest *request,
                                       GCancellable               *cancellable,
                                       GAsyncReadyCallback         callback,
                                       gpointer                    user_data)
{
  GTask *task;
  TranslateData *data;

  g_return_if_fail (FD_IS_TRANSLATOR (self));
  g_return_if_fail (request != NULL && request->text != NULL && request->to != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_translator_translate_request_async);

  data = g_new0 (TranslateData, 1);
  data->text = g_strdup (request->text);
  data->from = g_strdup (fd_language_normalize (request->from));
  data->to = g_strdup (fd_language_normalize (request->to));
  data->channel = g_strdup (request->channel);
  data->remote_id = g_strdup (request->remote_id);
  g_task_set_task_data (task, data, (GDestroyNotify) translate_data_free);

  if (data->to == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                               _("“%s” is not a language code. Use codes such as “en” or “es”."),
                               request->to);
      g_object_unref (task);
      return;
    }

  if (!fd_translator_accepts (self, request))
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NOT_APPLICABLE,
                               _("%s cannot translate this message."),
                               fd_translator_get_display_name (self));
      g_object_unref (task);
      return;
    }

  if (fd_translator_get_pairs (self) == NULL)
    {
      fd_translator_load_pairs_async (self, cancellable, translate_pairs_loaded_cb, task);
      return;
    }

  translate_with_pairs (task);
}

void
fd_translator_translate_async (FdTranslator        *self,
                               const char          *text,
                               const char          *from,
                               const char          *to,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  FdTranslationRequest request = { text, from, to, NULL, NULL };

  fd_translator_translate_request_async (self, &request, cancellable, callback, user_data);
}

char *
fd_translator_translate_finish (FdTranslator  *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* HTTP */


/* "http://host:port" of @uri, for errors: never the path or query, which
 * may hold the text. */
static char *
uri_origin (GUri *uri)
{
  const char *scheme = g_uri_get_scheme (uri);
  int port = g_uri_get_port (uri);

  if ((port == 80 && g_ascii_strcasecmp (scheme, "http") == 0) ||
      (port == 443 && g_ascii_strcasecmp (scheme, "https") == 0))
    port = -1;
  return g_uri_join (G_URI_FLAGS_NONE, scheme, NULL, g_uri_get_host (uri), port, "", NULL, NULL);
}

static gboolean
check_uri (GUri        *uri,
           const char  *shown,
           GError     **error)
{
  const char *scheme = g_uri_get_scheme (uri);
  const char *host = g_uri_get_host (uri);
  g_autofree char *origin = NULL;

  if (host != NULL && *host != '\0')
    {
      if (g_ascii_strcasecmp (scheme, "https") == 0)
        return TRUE;
      if (g_ascii_strcasecmp (scheme, "http") == 0 && fd_untrusted_is_loopback_host (host))
        return TRUE;
    }

  origin = uri_origin (uri);
  if (g_ascii_strcasecmp (scheme, "http") == 0 && host != NULL && *host != '\0')
    g_set_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_INSECURE,
                 _("“%s” uses plain http://, which would send customers’ messages, and any API key, "
                   "unencrypted. Use an https:// address (plain http:// is only accepted for a server "
                   "on this computer)."),
                 shown != NULL ? shown : origin);
  else
    g_set_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                 _("“%s” is not a web address. Enter it like “https://translate.example.com”."),
                 shown != NULL ? shown : origin);
  return FALSE;
}

gboolean
fd_translator_check_server_url (const char  *url,
                                GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GUri) uri = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = g_strstrip (g_strdup (url != NULL ? url : ""));
  uri = g_uri_parse (text, SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL)
    {
      g_set_error (error, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_FAILED,
                   _("“%s” is not a web address. Enter it like “https://translate.example.com”."),
                   text);
      return FALSE;
    }

  return check_uri (uri, text, error);
}

SoupSession *
_fd_http_new_session (void)
{
  return soup_session_new_with_options ("user-agent", "Frontdesk/" PACKAGE_VERSION,
                                        "timeout", HTTP_TIMEOUT_SECONDS,
                                        NULL);
}

char *
_fd_http_join (const char *base,
               const char *path)
{
  gsize len = strlen (base);

  while (len > 0 && base[len - 1] == '/')
    len--;
  return g_strdup_printf ("%.*s%s", (int) len, base, path);
}

SoupMessage *
_fd_http_new_json_post (const char  *uri,
                        JsonBuilder *body)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (body);
  g_autoptr(GBytes) bytes = NULL;
  SoupMessage *message;
  gsize len;
  char *data;

  message = soup_message_new (SOUP_METHOD_POST, uri);
  if (message == NULL)
    return NULL;

  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &len);
  bytes = g_bytes_new_take (data, len);
  soup_message_set_request_body_from_bytes (message, "application/json", bytes);
  return message;
}

typedef struct {
  SoupMessage *message;
  char        *service;
  char        *refused_redirect;   /* where the server sent us, not followed */
} HttpData;

static void
http_data_free (HttpData *data)
{
  if (data->message != NULL)
    g_signal_handlers_disconnect_by_data (data->message, data);
  g_clear_object (&data->message);
  g_free (data->service);
  g_free (data->refused_redirect);
  g_free (data);
}

/* Runs before libsoup's own redirect handler: a redirect to plain
 * http:// elsewhere loses its Location, so that libsoup does not follow
 * it with the text or the key. */
static void
got_body_cb (SoupMessage *message,
             HttpData    *data)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (message);
  const char *location;
  g_autoptr(GUri) target = NULL;

  if (!SOUP_STATUS_IS_REDIRECTION (soup_message_get_status (message)) ||
      (location = soup_message_headers_get_one (headers, "Location")) == NULL)
    return;

  target = g_uri_parse_relative (soup_message_get_uri (message), location, SOUP_HTTP_URI_FLAGS, NULL);
  if (target != NULL && check_uri (target, NULL, NULL))
    return;

  g_free (data->refused_redirect);
  data->refused_redirect = target != NULL ? uri_origin (target) : g_strdup (location);
  soup_message_headers_remove (headers, "Location");
}

/* The service's own words about the error, if it gave any. */
static char *
error_detail (JsonNode *root)
{
  static const char * const fields[] = { "error", "message", "responseDetails", "detail" };
  JsonObject *object;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  object = json_node_get_object (root);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      JsonNode *node = json_object_get_member (object, fields[i]);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_STRING)
        return g_strdup (json_node_get_string (node));
    }

  return NULL;
}

static void
http_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  HttpData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) json_error = NULL;
  g_autofree char *detail = NULL;
  JsonNode *root = NULL;
  guint status;
  gsize len = 0;
  const char *body;

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error);
  if (bytes == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_NETWORK,
                                 _("Could not reach %s: %s. Check the address and the connection."),
                                 data->service, error->message);
      return;
    }

  if (data->refused_redirect != NULL)
    {
      /* Translators: %s is a service name, then a web address */
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_INSECURE,
                               _("%s sent Frontdesk on to “%s”, a plain http:// address that would "
                                 "carry the text unencrypted. Frontdesk did not follow it: use a "
                                 "server that stays on https://."),
                               data->service, data->refused_redirect);
      return;
    }

  status = soup_message_get_status (data->message);
  body = g_bytes_get_data (bytes, &len);
  if (len > 0 && fd_json_parser_load (parser, body, (gssize) len, FD_JSON_MAX_SIZE, &json_error))
    root = json_parser_get_root (parser);
  detail = error_detail (root);

  if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_AUTH,
                               _("%s refused the request (%u%s%s): check the API key or "
                                 "token in the translation settings."),
                               data->service, status,
                               detail != NULL ? ": " : "", detail != NULL ? detail : "");
      return;
    }
  if (status == 429 || status == 456)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_QUOTA,
                               _("%s says too many requests or the quota is used up (%u%s%s). "
                                 "Try again later or raise the plan's limit."),
                               data->service, status,
                               detail != NULL ? ": " : "", detail != NULL ? detail : "");
      return;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_SERVER,
                               _("%s answered with an error (%u %s)%s%s."),
                               data->service, status,
                               soup_message_get_reason_phrase (data->message),
                               detail != NULL ? ": " : "", detail != NULL ? detail : "");
      return;
    }
  if (root == NULL && json_error != NULL && json_error->domain == FD_JSON_ERROR &&
      json_error->code != FD_JSON_ERROR_INVALID && json_error->code != FD_JSON_ERROR_EMPTY)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_SERVER,
                               /* Translators: %s is a service name, then the reason */
                               _("%s sent an answer Frontdesk refuses to read (%s). "
                                 "Is the address right, and is it really that service?"),
                               data->service, json_error->message);
      return;
    }
  if (root == NULL)
    {
      g_task_return_new_error (task, FD_TRANSLATOR_ERROR, FD_TRANSLATOR_ERROR_SERVER,
                               _("%s answered something that is not JSON: is the address "
                                 "right, and is it really that service?"),
                               data->service);
      return;
    }

  g_task_return_pointer (task, json_node_copy (root), (GDestroyNotify) json_node_unref);
}

void
_fd_http_json_async (SoupSession         *session,
                     SoupMessage         *message,
                     const char          *service,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  GTask *task = g_task_new (session, cancellable, callback, user_data);
  HttpData *data = g_new0 (HttpData, 1);
  GError *error = NULL;

  g_task_set_source_tag (task, _fd_http_json_async);
  data->message = g_object_ref (message);
  data->service = g_strdup (service);
  g_task_set_task_data (task, data, (GDestroyNotify) http_data_free);

  /* Whatever the engine and wherever the address came from: no customer
   * text or key over plain http:// to another computer. */
  if (!check_uri (soup_message_get_uri (message), NULL, &error))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  g_signal_connect (message, "got-body", G_CALLBACK (got_body_cb), data);

  soup_message_headers_replace (soup_message_get_request_headers (message),
                                "Accept", "application/json");
  soup_session_send_and_read_async (session, message, G_PRIORITY_DEFAULT,
                                    cancellable, http_read_cb, task);
}

JsonNode *
_fd_http_json_finish (GAsyncResult  *result,
                      GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
