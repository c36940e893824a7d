/* fd-bluesky-send.c: replies on Bluesky.
 *
 * A reply is a post record in the account's repository, made with
 * com.atproto.repo.createRecord: its reply root and parent (URI and CID
 * of each, read from the answered post as the AppView has it now), the
 * mention and link facets of its text (UTF-8 byte offsets), and the
 * language it is written in. It starts with the customer's @handle
 * unless it mentions them already, as the composer counts it.
 *
 * Exactly once: the outbox chose the record's key (a TID) when the reply
 * was queued, and it is the entry's idempotency key. Every attempt writes
 * that key; after an attempt whose outcome is unknown (the answer was
 * lost) com.atproto.repo.getRecord asks for it first, and a record found
 * there is the reply, not sent again.
 *
 * An answer in a direct conversation, and "Reply privately" on a post,
 * are direct messages (fd-bluesky-chat.c); a private reply's public note
 * is a reply in the thread under a record key made from the entry's, so
 * it too is found rather than written twice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-bluesky-provider-private.h"
#include "fd-language.h"
#include "fd-json.h"
#include "fd-public-post.h"

#define POST_COLLECTION   "app.bsky.feed.post"
/* What com.atproto.repo.createRecord costs of the write budgets. */
#define CREATE_POINTS     3
/* A post's limit, in graphemes (the channel's max_reply_chars). */
#define MAX_GRAPHEMES     300

/* "@handle " in front unless @text mentions the customer already: as
 * the composer counts it (fd-composer.c), and as the copies of a repeat
 * are answered (fd_repeats_adapt_reply()). */
static char *
ensure_mention (const char *text,
                const char *recipient)
{
  g_autoptr(GPtrArray) mentioned = _fd_bluesky_find_mentions (text);
  g_autofree char *handle = NULL;

  if (recipient == NULL || *(recipient + strspn (recipient, "@")) == '\0')
    return g_strdup (text);
  handle = g_ascii_strdown (recipient + strspn (recipient, "@"), -1);
  for (guint i = 0; i < mentioned->len; i++)
    if (g_str_equal (g_ptr_array_index (mentioned, i), handle))
      return g_strdup (text);

  return g_strdup_printf ("@%s %s", handle, text);
}

/* The URI of the record @rkey if the repository has it, NULL (without an
 * error) when it has not. */
static char *
find_record (FdBlueskyProvider  *self,
             const char         *rkey,
             GCancellable       *cancellable,
             GError            **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *xrpc_error = NULL;
  g_autofree char *repo = g_uri_escape_string (self->did, NULL, FALSE);
  g_autofree char *query = g_strdup_printf ("repo=%s&collection=" POST_COLLECTION "&rkey=%s", repo, rkey);
  const char *uri;

  if (!(root = _fd_bluesky_provider_call (self, "com.atproto.repo.getRecord", query, NULL, FALSE, &xrpc_error,
                                          cancellable, &local_error)))
    {
      if (g_strcmp0 (xrpc_error, "RecordNotFound") == 0 ||
          (g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT) && xrpc_error == NULL))
        return NULL;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  uri = fd_json_get_string (json_node_get_object (root), "uri");
  return g_strdup (uri != NULL ? uri : "");
}

/* The post @uri as the AppView has it, or NULL with a PERMANENT error
 * when it is gone. */
static JsonNode *
get_post (FdBlueskyProvider  *self,
          const char         *uri,
          JsonObject        **post,
          GCancellable       *cancellable,
          GError            **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *escaped = g_uri_escape_string (uri, NULL, FALSE);
  g_autofree char *query = g_strdup_printf ("uris=%s", escaped);
  JsonArray *posts;
  JsonNode *first;

  if (!(root = _fd_bluesky_provider_call (self, "app.bsky.feed.getPosts", query, NULL, FALSE, NULL,
                                          cancellable, error)))
    return NULL;

  posts = fd_json_get_array (json_node_get_object (root), "posts");
  if (posts == NULL || json_array_get_length (posts) == 0 ||
      !JSON_NODE_HOLDS_OBJECT ((first = json_array_get_element (posts, 0))) ||
      fd_json_get_string (json_node_get_object (first), "cid") == NULL)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("The post you are answering was deleted or is no longer visible to this account. "
                             "The reply was not sent; discard it or write to the customer another way."));
      return NULL;
    }

  *post = json_node_get_object (first);
  return g_steal_pointer (&root);
}

static JsonObject *
strong_ref (const char *uri,
            const char *cid)
{
  JsonObject *ref = json_object_new ();

  json_object_set_string_member (ref, "uri", uri);
  json_object_set_string_member (ref, "cid", cid);
  return ref;
}

/* Handle -> DID for each handle @text mentions that the server knows. */
static GHashTable *
resolve_mentions (FdBlueskyProvider  *self,
                  const char         *text,
                  GCancellable       *cancellable,
                  GError            **error)
{
  g_autoptr(GHashTable) dids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) handles = _fd_bluesky_find_mentions (text);

  for (guint i = 0; i < handles->len; i++)
    {
      const char *handle = g_ptr_array_index (handles, i);
      g_autofree char *escaped = g_uri_escape_string (handle, NULL, FALSE);
      g_autofree char *query = g_strdup_printf ("handle=%s", escaped);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(JsonNode) root = NULL;
      const char *did;

      if (g_hash_table_contains (dids, handle))
        continue;
      if (!(root = _fd_bluesky_provider_call (self, "com.atproto.identity.resolveHandle", query, NULL, FALSE, NULL,
                                              cancellable, &local_error)))
        {
          /* No such account: the handle stays a word of the text. */
          if (g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT))
            continue;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if ((did = fd_json_get_string (json_node_get_object (root), "did")) != NULL)
        g_hash_table_insert (dids, g_strdup (handle), g_strdup (did));
    }

  return g_steal_pointer (&dids);
}

/* The reply's language, as detected, else the answered post's. */
static const char *
reply_language (const char *text,
                JsonObject *parent_record)
{
  g_autoptr(FdLanguageDetector) detector = fd_language_get_default_detector (NULL);
  JsonArray *langs = fd_json_get_array (parent_record, "langs");
  const char *hint = NULL;
  FdLanguageResult result = { 0, };

  if (langs != NULL && json_array_get_length (langs) > 0 &&
      JSON_NODE_HOLDS_VALUE (json_array_get_element (langs, 0)) &&
      json_node_get_value_type (json_array_get_element (langs, 0)) == G_TYPE_STRING)
    hint = fd_language_normalize (json_array_get_string_element (langs, 0));

  if (detector != NULL && fd_language_detector_detect (detector, text, hint, NULL, &result))
    return result.lang;

  return hint;
}

/* A note key from the reply's key: another valid TID (the last
 * character, part of the clock id, moved on by one), the same on every
 * attempt. */
static char *
note_key (const char *rkey)
{
  static const char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
  char *key = g_strdup (rkey);
  const char *at = strchr (alphabet, key[12]);

  key[12] = alphabet[((at - alphabet) + 1) % 32];
  return key;
}

/* A public reply with the text @raw_text, under the record key @rkey,
 * to entry->in_reply_to. */
static char *
post_reply (FdBlueskyProvider    *self,
            const FdOutboxEntry  *entry,
            const char           *raw_text,
            const char           *rkey,
            gboolean              uncertain,
            GCancellable         *cancellable,
            GError              **error)
{
  g_autoptr(JsonNode) parent_root = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GHashTable) mentions = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *created_at = NULL;
  g_autofree char *text = NULL;
  g_autofree char *existing = NULL;
  JsonObject *parent;
  JsonObject *parent_record;
  JsonObject *root_ref;
  JsonObject *record;
  JsonObject *reply;
  JsonArray *facets;
  const char *lang;
  const char *uri;

  text = g_strstrip (g_strdup (raw_text != NULL ? raw_text : ""));
  if (*text == '\0')
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("The reply is empty. Write something, or discard it."));
      return NULL;
    }
  {
    g_autofree char *with_mention = ensure_mention (text, entry->recipient);

    g_free (text);
    text = g_steal_pointer (&with_mention);
  }
  if (fd_public_post_count_chars (text, 0) > MAX_GRAPHEMES)
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                   ngettext ("The reply is longer than a Bluesky post may be (%u character). Shorten it.",
                             "The reply is longer than a Bluesky post may be (%u characters). Shorten it.",
                             MAX_GRAPHEMES),
                   MAX_GRAPHEMES);
      return NULL;
    }

  /* An earlier attempt may have written the record: then it is the reply. */
  if (uncertain)
    {
      g_autoptr(GError) local_error = NULL;

      existing = find_record (self, rkey, cancellable, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (existing != NULL && *existing != '\0')
        {
          g_debug ("Outbox entry %" G_GINT64_FORMAT " had arrived: %s", entry->id, existing);
          return g_steal_pointer (&existing);
        }
    }

  if (!(parent_root = get_post (self, entry->in_reply_to, &parent, cancellable, error)))
    return NULL;
  parent_record = fd_json_get_object (parent, "record");
  root_ref = fd_json_get_object (fd_json_get_object (parent_record, "reply"), "root");
  if (fd_json_get_string (root_ref, "uri") == NULL || fd_json_get_string (root_ref, "cid") == NULL)
    root_ref = NULL;

  if (!(mentions = resolve_mentions (self, text, cancellable, error)))
    return NULL;
  facets = _fd_bluesky_make_facets (text, mentions);
  lang = reply_language (text, parent_record);

  now = g_date_time_new_now_utc ();
  created_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");

  record = json_object_new ();
  json_object_set_string_member (record, "$type", POST_COLLECTION);
  json_object_set_string_member (record, "text", text);
  json_object_set_string_member (record, "createdAt", created_at);
  reply = json_object_new ();
  json_object_set_object_member (reply, "root",
                                 root_ref != NULL
                                   ? strong_ref (fd_json_get_string (root_ref, "uri"),
                                                 fd_json_get_string (root_ref, "cid"))
                                   : strong_ref (fd_json_get_string (parent, "uri"),
                                                 fd_json_get_string (parent, "cid")));
  json_object_set_object_member (reply, "parent",
                                 strong_ref (fd_json_get_string (parent, "uri"),
                                             fd_json_get_string (parent, "cid")));
  json_object_set_object_member (record, "reply", reply);
  if (json_array_get_length (facets) > 0)
    json_object_set_array_member (record, "facets", facets);
  else
    json_array_unref (facets);
  if (lang != NULL)
    {
      JsonArray *langs = json_array_new ();

      json_array_add_string_element (langs, lang);
      json_object_set_array_member (record, "langs", langs);
    }

  body = json_node_new (JSON_NODE_OBJECT);
  {
    JsonObject *input = json_object_new ();

    json_object_set_string_member (input, "repo", self->did);
    json_object_set_string_member (input, "collection", POST_COLLECTION);
    json_object_set_string_member (input, "rkey", rkey);
    json_object_set_object_member (input, "record", record);
    json_node_take_object (body, input);
  }

  {
    g_autoptr(GError) local_error = NULL;

    if (!(answer = _fd_bluesky_provider_call (self, "com.atproto.repo.createRecord", NULL, body, TRUE, NULL,
                                              cancellable, &local_error)))
      {
        /* Refused: maybe because the key is taken, by this very reply from
         * an attempt nobody knew had arrived. */
        if (g_error_matches (local_error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT))
          {
            g_autoptr(GError) find_error = NULL;

            existing = find_record (self, rkey, cancellable, &find_error);
            if (existing != NULL && *existing != '\0')
              return g_steal_pointer (&existing);
          }
        g_propagate_error (error, g_steal_pointer (&local_error));
        return NULL;
      }
  }

  uri = fd_json_get_string (json_node_get_object (answer), "uri");
  if (uri == NULL)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_UNCERTAIN,
                           _("The Bluesky server sent an answer Frontdesk does not understand. Frontdesk will check "
                             "whether the reply arrived."));
      return NULL;
    }

  return g_strdup (uri);
}

/* Reply privately: a direct message to the post's author, in the
 * conversation the chat service has (or makes) with them, then the
 * public note, if any, as a reply to the post. */
static char *
send_private (FdBlueskyProvider    *self,
              const FdOutboxEntry  *entry,
              gboolean              uncertain,
              GCancellable         *cancellable,
              GError              **error)
{
  g_autoptr(JsonNode) payload = NULL;
  g_autoptr(JsonNode) parent_root = NULL;
  g_autofree char *convo_id = NULL;
  g_autofree char *id = NULL;
  g_autofree char *private_text = g_strstrip (g_strdup (entry->text != NULL ? entry->text : ""));
  const char *public_note = NULL;
  const char *author_did;
  JsonObject *parent;

  if ((payload = fd_json_parse (entry->payload != NULL ? entry->payload : "{}", -1, FD_JSON_MAX_SIZE, NULL)) &&
      JSON_NODE_HOLDS_OBJECT (payload))
    public_note = fd_json_get_string (json_node_get_object (payload), "public_note");
  if (public_note != NULL && *public_note != '\0' && !_fd_bluesky_is_tid (entry->idempotency_key))
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("This reply was queued without a Bluesky record key, so Frontdesk cannot make sure its "
                             "public note goes out only once. Copy its text into a new reply."));
      return NULL;
    }

  if (!(parent_root = get_post (self, entry->in_reply_to, &parent, cancellable, error)))
    return NULL;
  author_did = fd_json_get_string (fd_json_get_object (parent, "author"), "did");
  if (author_did == NULL || g_strcmp0 (author_did, self->did) == 0)
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("This post is the account’s own, so there is nobody to write to privately. "
                             "Answer in the thread instead."));
      return NULL;
    }

  if (!(convo_id = _fd_bluesky_chat_convo_for (self, author_did, cancellable, error)))
    return NULL;
  if (!(id = _fd_bluesky_send_chat (self, convo_id, private_text, entry->created_at, uncertain, cancellable, error)))
    return NULL;

  if (public_note != NULL && *public_note != '\0')
    {
      g_autofree char *key = note_key (entry->idempotency_key);
      g_autofree char *note_uri = NULL;

      if (*private_text != '\0' && strstr (public_note, private_text) != NULL)
        {
          g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                               _("The private message was sent, but the public note repeats it, so the note "
                                 "was not posted."));
          return NULL;
        }
      /* Its own record key: found, not written again, after a lost answer. */
      if (!(note_uri = post_reply (self, entry, public_note, key, TRUE, cancellable, error)))
        {
          /* The direct message went out; it is found before any resend. */
          if (error != NULL && *error != NULL && (*error)->code == FD_PROVIDER_ERROR_TEMPORARY)
            (*error)->code = FD_PROVIDER_ERROR_UNCERTAIN;
          return NULL;
        }
    }

  return g_steal_pointer (&id);
}

char *
_fd_bluesky_provider_send (FdProvider           *provider,
                           const FdOutboxEntry  *entry,
                           gboolean              uncertain,
                           GCancellable         *cancellable,
                           GError              **error)
{
  FdBlueskyProvider *self = FD_BLUESKY_PROVIDER (provider);
  g_autofree char *convo_id = NULL;

  if (!fd_outbox_entry_is_reply (entry))
    return g_strdup (entry->message_remote_id);

  /* An answer in a direct conversation. */
  if ((convo_id = _fd_bluesky_chat_convo_of (entry->in_reply_to)) != NULL ||
      (convo_id = _fd_bluesky_chat_convo_of (entry->conversation_remote_id)) != NULL)
    return _fd_bluesky_send_chat (self, convo_id, entry->text, entry->created_at, uncertain, cancellable, error);

  if (entry->in_reply_to == NULL || !g_str_has_prefix (entry->in_reply_to, "at://"))
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("This reply does not say which Bluesky post it answers, so it cannot go out."));
      return NULL;
    }
  if (entry->private_reply)
    return send_private (self, entry, uncertain, cancellable, error);
  if (!_fd_bluesky_is_tid (entry->idempotency_key))
    {
      g_set_error_literal (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                           _("This reply was queued without a Bluesky record key, so Frontdesk cannot make sure it "
                             "goes out only once. Copy its text into a new reply."));
      return NULL;
    }

  return post_reply (self, entry, entry->text, entry->idempotency_key, uncertain, cancellable, error);
}

guint
_fd_bluesky_write_cost (FdProvider          *provider,
                        const FdOutboxEntry *entry)
{
  g_autoptr(JsonNode) payload = NULL;
  g_autofree char *answered_convo = _fd_bluesky_chat_convo_of (entry->in_reply_to);
  g_autofree char *convo = _fd_bluesky_chat_convo_of (entry->conversation_remote_id);
  const char *public_note = NULL;

  if (!fd_outbox_entry_is_reply (entry) || answered_convo != NULL || convo != NULL)
    return 0;
  if (!entry->private_reply)
    return CREATE_POINTS;

  /* A direct message costs nothing; its public note is a post. */
  if ((payload = fd_json_parse (entry->payload != NULL ? entry->payload : "{}", -1, FD_JSON_MAX_SIZE, NULL)) &&
      JSON_NODE_HOLDS_OBJECT (payload))
    public_note = fd_json_get_string (json_node_get_object (payload), "public_note");

  return public_note != NULL && *public_note != '\0' ? CREATE_POINTS : 0;
}

char *
_fd_bluesky_reply_thread (FdProvider          *provider,
                          const FdOutboxEntry *entry,
                          const char          *remote_id)
{
  g_autofree char *convo = NULL;

  /* Reply privately: the customer answers in the direct conversation. */
  if (!entry->private_reply || !(convo = _fd_bluesky_chat_convo_of (remote_id)))
    return NULL;

  return g_strconcat (FD_BLUESKY_CHAT_PREFIX, convo, NULL);
}
