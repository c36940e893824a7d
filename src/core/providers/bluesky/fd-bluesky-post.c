/* fd-bluesky-post.c: posts as messages, and rich text both ways.
 *
 * A post's text is plain; its facets say which byte ranges (of the UTF-8
 * text) are mentions, links and tags. Reading, a link whose text the
 * author's app shortened ("example.com/pa...") shows its whole address.
 * Writing, mentions and links get facets, or Bluesky shows them as
 * plain words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-bluesky-private.h"

gint64
_fd_bluesky_parse_time (const char *iso8601)
{
  g_autoptr(GDateTime) date = NULL;

  if (iso8601 == NULL || (date = g_date_time_new_from_iso8601 (iso8601, NULL)) == NULL)
    return 0;

  return g_date_time_to_unix (date);
}

gboolean
_fd_bluesky_is_tid (const char *key)
{
  static const char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";

  if (key == NULL || strlen (key) != 13 || strchr ("234567abcdefghij", key[0]) == NULL)
    return FALSE;
  for (guint i = 0; i < 13; i++)
    if (key[i] == '\0' || strchr (alphabet, key[i]) == NULL)
      return FALSE;

  return TRUE;
}

typedef struct {
  gint64      start;
  gint64      end;
  const char *link;
} Span;

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a;
  const Span *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

/* A link facet's text as a person should read it: the whole address
 * when the text is a shortened form of it, else the text and the address. */
static char *
readable_link (const char *shown,
               const char *link)
{
  g_autofree char *stem = g_strdup (shown);
  const char *bare = strstr (link, "://") != NULL ? strstr (link, "://") + 3 : link;

  if (g_str_equal (shown, link))
    return g_strdup (shown);
  if (g_str_has_suffix (stem, "..."))
    stem[strlen (stem) - 3] = '\0';
  else if (g_str_has_suffix (stem, "\xe2\x80\xa6"))
    stem[strlen (stem) - 3] = '\0';
  if (g_str_has_prefix (link, stem) || g_str_has_prefix (bare, stem))
    return g_strdup (link);

  return g_strdup_printf ("%s (%s)", shown, link);
}

char *
_fd_bluesky_facets_to_text (const char *text,
                            JsonArray  *facets)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  GString *out;
  gint64 len;
  gint64 at = 0;

  if (text == NULL)
    return g_strdup ("");
  len = (gint64) strlen (text);

  for (guint i = 0; facets != NULL && i < json_array_get_length (facets); i++)
    {
      JsonNode *node = json_array_get_element (facets, i);
      JsonObject *facet = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonObject *index = fd_json_get_object (facet, "index");
      JsonArray *features = fd_json_get_array (facet, "features");
      Span span = { 0, };

      if (index == NULL || features == NULL)
        continue;
      span.start = json_object_get_int_member_with_default (index, "byteStart", -1);
      span.end = json_object_get_int_member_with_default (index, "byteEnd", -1);
      if (span.start < 0 || span.end <= span.start || span.end > len)
        continue;
      for (guint j = 0; j < json_array_get_length (features); j++)
        {
          JsonNode *fnode = json_array_get_element (features, j);
          JsonObject *feature = JSON_NODE_HOLDS_OBJECT (fnode) ? json_node_get_object (fnode) : NULL;

          if (g_strcmp0 (fd_json_get_string (feature, "$type"), "app.bsky.richtext.facet#link") == 0)
            span.link = fd_json_get_string (feature, "uri");
        }
      if (span.link != NULL)
        g_array_append_val (spans, span);
    }
  g_array_sort (spans, compare_spans);

  out = g_string_new (NULL);
  for (guint i = 0; i < spans->len; i++)
    {
      Span *span = &g_array_index (spans, Span, i);
      g_autofree char *shown = NULL;
      g_autofree char *readable = NULL;

      if (span->start < at)
        continue;  /* overlapping facets: the first wins */
      g_string_append_len (out, text + at, span->start - at);
      shown = g_strndup (text + span->start, span->end - span->start);
      readable = readable_link (shown, span->link);
      g_string_append (out, readable);
      at = span->end;
    }
  g_string_append (out, text + at);

  return g_string_free (out, FALSE);
}

static gboolean
is_handle_char (char c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '-';
}

/* "@ana.example.com" at @p: the handle's length after "@", 0 if none. */
static gsize
match_handle (const char *text,
              const char *p)
{
  const char *q = p + 1;

  if (*p != '@' || (p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '@')))
    return 0;
  while (is_handle_char (*q))
    q++;
  while (q > p + 1 && (q[-1] == '.' || q[-1] == '-'))
    q--;
  if (memchr (p + 1, '.', q - p - 1) == NULL)
    return 0;

  return q - p - 1;
}

static gsize
match_link (const char *text,
            const char *p)
{
  const char *q;

  if (p > text && !g_ascii_isspace (p[-1]) && p[-1] != '(')
    return 0;
  if (g_ascii_strncasecmp (p, "https://", 8) != 0 && g_ascii_strncasecmp (p, "http://", 7) != 0)
    return 0;
  q = p;
  while (*q != '\0' && !g_ascii_isspace (*q))
    q++;
  while (q > p && strchr (".,:;!?'\")]", q[-1]) != NULL)
    q--;

  return q - p;
}

GPtrArray *
_fd_bluesky_find_mentions (const char *text)
{
  GPtrArray *handles = g_ptr_array_new_with_free_func (g_free);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      gsize n = match_link (text, p);

      if (n > 0)
        {
          p += n - 1;
          continue;
        }
      if ((n = match_handle (text, p)) > 0)
        {
          g_ptr_array_add (handles, g_ascii_strdown (p + 1, n));
          p += n;
        }
    }

  return handles;
}

static void
add_facet (JsonArray  *facets,
           gsize       start,
           gsize       end,
           const char *type,
           const char *member,
           const char *value)
{
  JsonObject *facet = json_object_new ();
  JsonObject *index = json_object_new ();
  JsonObject *feature = json_object_new ();
  JsonArray *features = json_array_new ();

  json_object_set_int_member (index, "byteStart", (gint64) start);
  json_object_set_int_member (index, "byteEnd", (gint64) end);
  json_object_set_string_member (feature, "$type", type);
  json_object_set_string_member (feature, member, value);
  json_array_add_object_element (features, feature);
  json_object_set_object_member (facet, "index", index);
  json_object_set_array_member (facet, "features", features);
  json_array_add_object_element (facets, facet);
}

JsonArray *
_fd_bluesky_make_facets (const char *text,
                         GHashTable *mentions)
{
  JsonArray *facets = json_array_new ();

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      gsize n = match_link (text, p);

      if (n > 0)
        {
          g_autofree char *uri = g_strndup (p, n);

          add_facet (facets, p - text, p - text + n, "app.bsky.richtext.facet#link", "uri", uri);
          p += n - 1;
          continue;
        }
      if ((n = match_handle (text, p)) > 0)
        {
          g_autofree char *handle = g_ascii_strdown (p + 1, n);
          const char *did = mentions != NULL ? g_hash_table_lookup (mentions, handle) : NULL;

          /* Byte offsets: the text is UTF-8, and so are they. */
          if (did != NULL)
            add_facet (facets, p - text, p - text + 1 + n, "app.bsky.richtext.facet#mention", "did", did);
          p += n;
        }
    }

  return facets;
}

static FdParsedMessage *
parse (const char *uri,
       JsonObject *author,
       JsonObject *record,
       const char *fallback_time,
       const char *own_did,
       gboolean    addressed)
{
  g_autoptr(FdParsedMessage) msg = NULL;
  g_autofree char *text = NULL;
  JsonObject *reply;
  JsonArray *langs;
  const char *did;
  const char *handle;
  const char *name;
  const char *slash;

  if (uri == NULL || !g_str_has_prefix (uri, "at://") || author == NULL || record == NULL ||
      (did = fd_json_get_string (author, "did")) == NULL ||
      (handle = fd_json_get_string (author, "handle")) == NULL)
    return NULL;

  msg = fd_parsed_message_new ();
  msg->channel = g_strdup (FD_BLUESKY_CHANNEL);
  msg->remote_id = fd_utf8_repair (uri, -1);
  reply = fd_json_get_object (record, "reply");
  if (reply != NULL && fd_json_get_string (fd_json_get_object (reply, "root"), "uri") != NULL)
    {
      msg->thread_id = fd_utf8_repair (fd_json_get_string (fd_json_get_object (reply, "root"), "uri"), -1);
      msg->in_reply_to = fd_utf8_repair (fd_json_get_string (fd_json_get_object (reply, "parent"), "uri"), -1);
    }
  else
    msg->thread_id = g_strdup (msg->remote_id);

  msg->author_handle = g_strconcat ("@", handle, NULL);
  name = fd_json_get_string (author, "displayName");
  msg->author_name = fd_utf8_repair (name != NULL && *name != '\0' ? name : handle, -1);

  text = _fd_bluesky_facets_to_text (fd_json_get_string (record, "text"), fd_json_get_array (record, "facets"));
  g_strstrip (text);
  fd_parsed_message_set_text (msg, text, -1);

  langs = fd_json_get_array (record, "langs");
  if (langs != NULL && json_array_get_length (langs) > 0 &&
      JSON_NODE_HOLDS_VALUE (json_array_get_element (langs, 0)) &&
      json_node_get_value_type (json_array_get_element (langs, 0)) == G_TYPE_STRING)
    msg->lang = fd_utf8_repair (json_array_get_string_element (langs, 0), -1);

  /* at://DID/app.bsky.feed.post/RKEY -> the post's page. */
  if ((slash = strrchr (uri, '/')) != NULL)
    {
      g_autofree char *escaped = g_uri_escape_string (handle, NULL, FALSE);
      g_autofree char *rkey = g_uri_escape_string (slash + 1, NULL, FALSE);

      msg->url = g_strdup_printf ("https://bsky.app/profile/%s/post/%s", escaped, rkey);
    }
  msg->visibility = g_strdup ("public");
  msg->created_at = _fd_bluesky_parse_time (fd_json_get_string (record, "createdAt"));
  if (msg->created_at == 0)
    msg->created_at = _fd_bluesky_parse_time (fallback_time);
  if (msg->created_at == 0)
    msg->created_at = g_get_real_time () / G_USEC_PER_SEC;

  if (own_did != NULL && g_str_equal (did, own_did))
    {
      msg->direction = FD_DIRECTION_OUT;
      msg->state = FD_MESSAGE_STATE_READ;
    }
  else
    {
      msg->direction = FD_DIRECTION_IN;
      /* Posts of a thread that were not addressed to us are context. */
      msg->state = addressed ? FD_MESSAGE_STATE_UNREAD : FD_MESSAGE_STATE_READ;
    }

  return g_steal_pointer (&msg);
}

FdParsedMessage *
_fd_bluesky_parse_post (JsonObject *post,
                        const char *own_did)
{
  return parse (fd_json_get_string (post, "uri"), fd_json_get_object (post, "author"),
                fd_json_get_object (post, "record"), fd_json_get_string (post, "indexedAt"),
                own_did, FALSE);
}

FdParsedMessage *
_fd_bluesky_parse_notification (JsonObject *notification,
                                const char *own_did)
{
  return parse (fd_json_get_string (notification, "uri"), fd_json_get_object (notification, "author"),
                fd_json_get_object (notification, "record"), fd_json_get_string (notification, "indexedAt"),
                own_did, TRUE);
}
