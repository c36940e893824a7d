/* fd-mastodon-send.c: replies on Mastodon.
 *
 * A reply goes out with the visibility the answered post allows (never
 * wider), mentioning the customer unless the text already does, with the
 * outbox entry's idempotency key so that a repeat is recognised. A
 * private reply is a direct message, and its public note (if any) a
 * reply of its own that never repeats the private text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-json.h"
#include "fd-mastodon-provider-private.h"

/* Puts "@acct " in front unless the text already mentions the customer. */
static char *
ensure_mention (const char *text,
                const char *acct,
                const char *domain)
{
  g_autofree char *short_form = NULL;
  g_autofree char *full_form = NULL;
  g_autofree char *lower = NULL;

  if (acct == NULL || *acct == '\0')
    return g_strdup (text);

  short_form = g_ascii_strdown (acct, -1);
  full_form = strchr (short_form, '@') == NULL && domain != NULL
              ? g_strdup_printf ("%s@%s", short_form, domain) : g_strdup (short_form);
  lower = g_utf8_strdown (text, -1);

  for (const char *p = lower; (p = strchr (p, '@')) != NULL; p++)
    {
      for (guint i = 0; i < 2; i++)
        {
          const char *form = i == 0 ? short_form : full_form;
          gsize len = strlen (form);
          char after;

          if (strncmp (p + 1, form, len) != 0)
            continue;
          after = p[1 + len];
          /* Not "@ana" inside "@anabel" or "@ana@other.example". */
          if (!g_ascii_isalnum (after) && after != '_' && after != '@' &&
              !(after == '.' && g_ascii_isalnum (p[2 + len])))
            return g_strdup (text);
        }
    }

  return g_strdup_printf ("@%s %s", acct, text);
}

static char *
post_status (FdMastodonProvider    *self,
             const char            *text,
             const char            *in_reply_to,
             FdMastodonVisibility   visibility,
             const char            *key,
             GCancellable          *cancellable,
             GError               **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  const char *id;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, text);
  json_builder_set_member_name (builder, "in_reply_to_id");
  json_builder_add_string_value (builder, in_reply_to);
  json_builder_set_member_name (builder, "visibility");
  json_builder_add_string_value (builder, fd_mastodon_visibility_to_string (visibility));
  json_builder_end_object (builder);

  /* The same key on every attempt: Mastodon answers a repeat with the
   * status it already created. */
  if (!(root = fd_mastodon_client_post_json (self->client, "/api/v1/statuses", builder, key, TRUE,
                                             cancellable, error)))
    return NULL;

  id = JSON_NODE_HOLDS_OBJECT (root) ? fd_json_get_string (json_node_get_object (root), "id") : NULL;
  if (id == NULL)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_UNCERTAIN,
                   _("The Mastodon server sent an answer Frontdesk does not understand. Frontdesk will try again."));
      return NULL;
    }

  return g_strdup (id);
}

char *
_fd_mastodon_provider_send (FdProvider           *provider,
                            const FdOutboxEntry  *entry,
                            gboolean              uncertain,
                            GCancellable         *cancellable,
                            GError              **error)
{
  FdMastodonProvider *self = FD_MASTODON_PROVIDER (provider);
  g_autoptr(JsonNode) payload = NULL;
  g_autoptr(JsonNode) parent = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;
  g_autofree char *public_choice_name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  const char *public_note = NULL;
  const char *acct;
  JsonObject *parent_status;
  FdMastodonVisibility visibility;
  FdMastodonVisibility public_choice;

  if (!fd_outbox_entry_is_reply (entry))
    return g_strdup (entry->message_remote_id);

  if (entry->in_reply_to == NULL)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("This reply does not say which post it answers, so it cannot go out on Mastodon."));
      return NULL;
    }

  if ((payload = fd_json_parse (entry->payload != NULL ? entry->payload : "{}", -1, FD_JSON_MAX_SIZE, NULL)) &&
      JSON_NODE_HOLDS_OBJECT (payload))
    public_note = fd_json_get_string (json_node_get_object (payload), "public_note");

  /* The post as the server sees it now: who wrote it, who may see it. */
  escaped = g_uri_escape_string (entry->in_reply_to, NULL, FALSE);
  path = g_strdup_printf ("/api/v1/statuses/%s", escaped);
  if (!(parent = fd_mastodon_client_get (self->client, path, NULL, NULL, cancellable, &local_error)))
    {
      if (g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT))
        g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                             _("The post you are answering was deleted or is no longer visible to this account. "
                               "The reply was not sent; discard it or write to the customer directly."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  parent_status = JSON_NODE_HOLDS_OBJECT (parent) ? json_node_get_object (parent) : NULL;
  acct = fd_json_get_string (fd_json_get_object (parent_status, "account"), "acct");
  if (acct == NULL)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_TEMPORARY,
                   _("The Mastodon server sent an answer Frontdesk does not understand. Frontdesk will try again."));
      return NULL;
    }

  public_choice_name = fd_account_dup_setting_string (self->account, FD_MASTODON_SETTING_PUBLIC_REPLY);
  public_choice = g_strcmp0 (public_choice_name, "unlisted") == 0 ? FD_MASTODON_VISIBILITY_UNLISTED
                                                                    : FD_MASTODON_VISIBILITY_PUBLIC;
  /* Our own post answered (a thread we started): write to whom we wrote. */
  if (g_strcmp0 (fd_json_get_string (fd_json_get_object (parent_status, "account"), "id"),
                 self->own_id) == 0 && entry->recipient != NULL)
    acct = entry->recipient[0] == '@' ? entry->recipient + 1 : entry->recipient;

  if (uncertain)
    g_debug ("Outbox entry %" G_GINT64_FORMAT " may have arrived: sending again with the same Idempotency-Key",
             entry->id);

  if (entry->private_reply)
    {
      g_autofree char *note_key = NULL;
      g_autofree char *note_id = NULL;
      g_autofree char *private_text = g_strstrip (g_strdup (entry->text != NULL ? entry->text : ""));

      text = ensure_mention (entry->text != NULL ? entry->text : "", acct, self->domain);
      if (!(id = post_status (self, text, entry->in_reply_to, FD_MASTODON_VISIBILITY_DIRECT,
                              entry->idempotency_key, cancellable, error)))
        return NULL;

      if (public_note != NULL && *public_note != '\0')
        {
          g_autofree char *note = NULL;

          if (*private_text != '\0' && strstr (public_note, private_text) != NULL)
            {
              g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                                   _("The private message was sent, but the public note repeats it, so the note "
                                     "was not posted."));
              return NULL;
            }

          visibility = fd_mastodon_reply_visibility (
            fd_mastodon_visibility_from_string (fd_json_get_string (parent_status, "visibility")),
            public_choice);
          note = ensure_mention (public_note, acct, self->domain);
          note_key = g_strconcat (entry->idempotency_key, "-public-note", NULL);
          if (!(note_id = post_status (self, note, entry->in_reply_to, visibility, note_key, cancellable, error)))
            {
              /* The direct message went out; the repeat will be recognised. */
              if (error != NULL && *error != NULL && (*error)->code == FD_PROVIDER_ERROR_TEMPORARY)
                (*error)->code = FD_PROVIDER_ERROR_UNCERTAIN;
              return NULL;
            }
        }

      return g_steal_pointer (&id);
    }

  visibility = fd_mastodon_reply_visibility (
    fd_mastodon_visibility_from_string (fd_json_get_string (parent_status, "visibility")),
    public_choice);
  text = ensure_mention (entry->text != NULL ? entry->text : "", acct, self->domain);

  return post_status (self, text, entry->in_reply_to, visibility, entry->idempotency_key, cancellable, error);
}
