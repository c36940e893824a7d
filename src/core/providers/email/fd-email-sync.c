/* fd-email-sync.c: fetching from IMAP for FdEmailProvider.
 *
 * The cursor is JSON: {"folders": {"INBOX": {"uidvalidity": 1, "next": 42,
 * "floor": 3, "modseq": 77, "initial": false}, …}}. "floor" is the lowest
 * UID synced (older mail lies beyond the history depth), "next" the first
 * UID not yet fetched, "modseq" the HIGHESTMODSEQ whose flag changes are
 * known. A UID -> Message-ID map per folder (a cache file in the profile)
 * tells which message the server removed; it may hold ids the store has
 * not committed, which is harmless because state-only updates of unknown
 * messages change nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "fd-email-provider-private.h"
#include "fd-json.h"
#include "fd-mail-parser.h"

/* Messages fetched per call: one page, committed in one transaction. */
#define PAGE_SIZE 250
/* A page also stops at this many bytes of mail (at least one message),
 * so a few huge mails cannot exhaust memory. */
#define PAGE_BYTES (16 * 1024 * 1024)
/* A message larger than this is fetched only in part, its first
 * PARTIAL_BYTES, and stored marked as truncated: the text is kept, the
 * rest (large attachments) stays on the server. */
#define MAX_MESSAGE_BYTES (50 * 1024 * 1024)
#define PARTIAL_BYTES (1024 * 1024)

typedef struct
{
  char     *name;
  guint32   uidvalidity;
  guint32   next;
  guint32   floor;
  guint64   modseq;
  gboolean  initial;
  gboolean  outgoing;
} FolderState;

static void
folder_state_free (FolderState *fs)
{
  g_free (fs->name);
  g_free (fs);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FolderState, folder_state_free)

/* Cursor */

static void
read_folder_states (const char *cursor,
                    GHashTable *states)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *folders;
  g_autoptr(GList) names = NULL;

  if (cursor == NULL || !fd_json_parser_load (parser, cursor, -1, FD_JSON_MAX_SIZE, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;

  root = json_node_get_object (json_parser_get_root (parser));
  if (!json_object_has_member (root, "folders") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "folders")))
    return;

  folders = json_object_get_object_member (root, "folders");
  names = json_object_get_members (folders);
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (folders, l->data);
      JsonObject *object;
      FolderState *fs;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      fs = g_new0 (FolderState, 1);
      fs->name = g_strdup (l->data);
      fs->uidvalidity = (guint32) json_object_get_int_member_with_default (object, "uidvalidity", 0);
      fs->next = (guint32) json_object_get_int_member_with_default (object, "next", 1);
      fs->floor = (guint32) json_object_get_int_member_with_default (object, "floor", 0);
      fs->modseq = (guint64) json_object_get_int_member_with_default (object, "modseq", 0);
      fs->initial = json_object_get_boolean_member_with_default (object, "initial", TRUE);
      g_hash_table_replace (states, fs->name, fs);
    }
}

static char *
write_folder_states (GPtrArray *folders)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "folders");
  json_builder_begin_object (builder);
  for (guint i = 0; i < folders->len; i++)
    {
      FolderState *fs = g_ptr_array_index (folders, i);

      json_builder_set_member_name (builder, fs->name);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "uidvalidity");
      json_builder_add_int_value (builder, fs->uidvalidity);
      json_builder_set_member_name (builder, "next");
      json_builder_add_int_value (builder, fs->next);
      json_builder_set_member_name (builder, "floor");
      json_builder_add_int_value (builder, fs->floor);
      json_builder_set_member_name (builder, "modseq");
      json_builder_add_int_value (builder, (gint64) fs->modseq);
      json_builder_set_member_name (builder, "initial");
      json_builder_add_boolean_value (builder, fs->initial);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/* UID map: a cache file per folder, "uidvalidity N" then "uid id" lines. */

static char *
uid_map_path (FdEmailProvider *self,
              const char      *folder)
{
  g_autofree char *account = g_strdup_printf ("account-%" G_GINT64_FORMAT, fd_account_get_id (self->account));
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA1, folder, -1);
  g_autofree char *name = g_strconcat (hash, ".uids", NULL);

  return g_build_filename (self->data_dir, "email", account, name, NULL);
}

static GHashTable *
uid_map_get (FdEmailProvider *self,
             const char      *folder,
             guint32          uidvalidity)
{
  GHashTable *map = g_hash_table_lookup (self->uid_maps, folder);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (map != NULL)
    return map;

  map = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_hash_table_insert (self->uid_maps, g_strdup (folder), map);

  path = uid_map_path (self, folder);
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return map;

  lines = g_strsplit (contents, "\n", -1);
  if (lines[0] == NULL || !g_str_has_prefix (lines[0], "uidvalidity ") ||
      g_ascii_strtoull (lines[0] + strlen ("uidvalidity "), NULL, 10) != uidvalidity)
    return map;

  for (guint i = 1; lines[i] != NULL; i++)
    {
      char *space = strchr (lines[i], ' ');
      guint64 uid;

      if (space == NULL)
        continue;
      *space = '\0';
      if (g_ascii_string_to_unsigned (lines[i], 10, 1, G_MAXUINT32, &uid, NULL))
        g_hash_table_replace (map, GUINT_TO_POINTER ((guint) uid), g_strdup (space + 1));
    }

  return map;
}

static void
uid_map_save (FdEmailProvider *self,
              const char      *folder,
              guint32          uidvalidity)
{
  GHashTable *map = uid_map_get (self, folder, uidvalidity);
  g_autofree char *path = uid_map_path (self, folder);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_string_append_printf (out, "uidvalidity %u\n", uidvalidity);
  g_hash_table_iter_init (&iter, map);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_string_append_printf (out, "%u %s\n", GPOINTER_TO_UINT (key), (const char *) value);

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents_full (path, out->str, out->len, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_warning ("Could not save the message list of folder %s: %s", folder,
               error != NULL ? error->message : g_strerror (errno));
}

/* Fetching */

static FdMessageState
state_from_flags (struct mailimap_msg_att_dynamic *dyn)
{
  FdMessageState state = FD_MESSAGE_STATE_UNREAD;

  if (dyn == NULL || dyn->att_list == NULL)
    return state;

  for (clistiter *cur = clist_begin (dyn->att_list); cur != NULL; cur = clist_next (cur))
    {
      struct mailimap_flag_fetch *fetch = clist_content (cur);

      if (fetch->fl_type != MAILIMAP_FLAG_FETCH_OTHER || fetch->fl_flag == NULL)
        continue;
      switch (fetch->fl_flag->fl_type)
        {
        case MAILIMAP_FLAG_SEEN:
          state = MAX (state, FD_MESSAGE_STATE_READ);
          break;
        case MAILIMAP_FLAG_ANSWERED:
          state = MAX (state, FD_MESSAGE_STATE_ANSWERED);
          break;
        default:
          break;
        }
    }

  return state;
}

typedef struct
{
  guint32                           uid;
  guint32                           size;
  const char                       *body;
  gsize                             body_len;
  struct mailimap_msg_att_dynamic  *flags;
} FetchedItem;

static void
read_msg_att (struct mailimap_msg_att *att,
              FetchedItem             *item)
{
  memset (item, 0, sizeof *item);

  for (clistiter *cur = clist_begin (att->att_list); cur != NULL; cur = clist_next (cur))
    {
      struct mailimap_msg_att_item *att_item = clist_content (cur);

      if (att_item->att_type == MAILIMAP_MSG_ATT_ITEM_DYNAMIC)
        item->flags = att_item->att_data.att_dyn;
      else if (att_item->att_type == MAILIMAP_MSG_ATT_ITEM_STATIC)
        {
          struct mailimap_msg_att_static *st = att_item->att_data.att_static;

          if (st->att_type == MAILIMAP_MSG_ATT_UID)
            item->uid = st->att_data.att_uid;
          else if (st->att_type == MAILIMAP_MSG_ATT_RFC822_SIZE)
            item->size = st->att_data.att_rfc822_size;
          else if (st->att_type == MAILIMAP_MSG_ATT_BODY_SECTION && st->att_data.att_body_section != NULL)
            {
              item->body = st->att_data.att_body_section->sec_body_part;
              item->body_len = st->att_data.att_body_section->sec_length;
            }
        }
    }
}

/* A message GMime cannot read as one (no header at all) is kept as
 * plain text rather than lost. */
static GMimeMessage *
wrap_as_text (const char *body,
              gsize       len)
{
  GMimeMessage *message = g_mime_message_new (TRUE);
  g_autoptr(GMimeObject) part = GMIME_OBJECT (g_mime_text_part_new_with_subtype ("plain"));
  g_autofree char *text = fd_utf8_repair (body, (gssize) len);

  g_mime_text_part_set_text (GMIME_TEXT_PART (part), text);
  g_mime_message_set_mime_part (message, part);

  return message;
}

static FdParsedMessage *
parse_body (FdEmailProvider *self,
            const char      *body,
            gsize            len,
            guint32          uid,
            const char      *folder)
{
  g_autoptr(GMimeStream) stream = NULL;
  g_autoptr(GMimeParser) parser = NULL;
  g_autoptr(GMimeMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  FdParsedMessage *parsed;

  /* Malformed mail is expected input: skipped or repaired, told in the
   * debug log, never fatal. */
  if (body == NULL || len == 0)
    {
      g_debug ("Skipped message %u of %s: the server sent no content", uid, folder);
      return NULL;
    }

  stream = g_mime_stream_mem_new_with_buffer (body, len);
  parser = g_mime_parser_new_with_stream (stream);
  g_mime_parser_set_format (parser, GMIME_FORMAT_MESSAGE);
  if ((message = g_mime_parser_construct_message (parser, NULL)) == NULL)
    {
      g_debug ("Message %u of %s has no headers; kept as plain text", uid, folder);
      message = wrap_as_text (body, len);
    }

  if (!(parsed = fd_mail_parse_message (message, self->data_dir, &error)))
    {
      g_debug ("Skipped message %u of %s: %s", uid, folder, error->message);
      return NULL;
    }

  return parsed;
}

/* UID FETCH of @uids with @fetch_type (taken); the result list or NULL
 * with an error. */
static clist *
uid_fetch (FdEmailProvider             *self,
           const guint32               *uids,
           guint                        n_uids,
           struct mailimap_fetch_type  *fetch_type,
           GError                     **error)
{
  struct mailimap_set *set = mailimap_set_new_empty ();
  clist *result = NULL;
  int r;

  for (guint i = 0; i < n_uids; i++)
    mailimap_set_add_single (set, uids[i]);

  r = mailimap_uid_fetch (self->imap, set, fetch_type, &result);
  mailimap_fetch_type_free (fetch_type);
  mailimap_set_free (set);

  if (r != MAILIMAP_NO_ERROR)
    {
      GError *local_error = NULL;

      fd_email_imap_set_error (self->imap, r, _("fetch messages"), &local_error);
      _fd_email_provider_propagate (self, error, local_error, FD_PROVIDER_ERROR_TEMPORARY);
      return NULL;
    }

  return result != NULL ? result : clist_new ();
}

static gboolean
fetch_messages (FdEmailProvider  *self,
                FolderState      *fs,
                const guint32    *uids,
                guint             n_uids,
                gboolean          partial,
                GPtrArray        *out,
                GError          **error)
{
  struct mailimap_fetch_type *fetch_type = mailimap_fetch_type_new_fetch_att_list_empty ();
  GHashTable *map = uid_map_get (self, fs->name, fs->uidvalidity);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  clist *result;

  mailimap_fetch_type_new_fetch_att_list_add (fetch_type, mailimap_fetch_att_new_uid ());
  mailimap_fetch_type_new_fetch_att_list_add (fetch_type, mailimap_fetch_att_new_flags ());
  if (partial)
    mailimap_fetch_type_new_fetch_att_list_add (fetch_type,
                                                mailimap_fetch_att_new_body_peek_section_partial (mailimap_section_new (NULL),
                                                                                                  0, PARTIAL_BYTES));
  else
    mailimap_fetch_type_new_fetch_att_list_add (fetch_type, mailimap_fetch_att_new_body_peek_section (mailimap_section_new (NULL)));

  if (!(result = uid_fetch (self, uids, n_uids, fetch_type, error)))
    return FALSE;

  for (clistiter *cur = clist_begin (result); cur != NULL; cur = clist_next (cur))
    {
      FetchedItem item;
      FdParsedMessage *parsed;

      read_msg_att (clist_content (cur), &item);
      if (item.uid == 0)
        continue;
      if (!(parsed = parse_body (self, item.body, item.body_len, item.uid, fs->name)))
        continue;
      if (partial)
        parsed->truncated = TRUE;

      g_free (parsed->channel);
      parsed->channel = g_strdup (FD_EMAIL_CHANNEL);
      if (fs->outgoing)
        {
          parsed->direction = FD_DIRECTION_OUT;
          parsed->state = FD_MESSAGE_STATE_READ;
        }
      else
        parsed->state = state_from_flags (item.flags);

      g_hash_table_replace (map, GUINT_TO_POINTER (item.uid), g_strdup (parsed->remote_id));
      g_ptr_array_add (out, parsed);
    }

  mailimap_fetch_list_free (result);
  return TRUE;
}

/* RFC822.SIZE of @uids, in the same order; 0 where the server said
 * nothing (that message is then fetched alone). */
static GArray *
fetch_sizes (FdEmailProvider  *self,
             const guint32    *uids,
             guint             n_uids,
             GError          **error)
{
  struct mailimap_fetch_type *fetch_type = mailimap_fetch_type_new_fetch_att_list_empty ();
  g_autoptr(GHashTable) sizes = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) result_sizes = g_array_sized_new (FALSE, TRUE, sizeof (guint32), n_uids);
  clist *result;

  mailimap_fetch_type_new_fetch_att_list_add (fetch_type, mailimap_fetch_att_new_uid ());
  mailimap_fetch_type_new_fetch_att_list_add (fetch_type, mailimap_fetch_att_new_rfc822_size ());
  if (!(result = uid_fetch (self, uids, n_uids, fetch_type, error)))
    return NULL;

  for (clistiter *cur = clist_begin (result); cur != NULL; cur = clist_next (cur))
    {
      FetchedItem item;

      read_msg_att (clist_content (cur), &item);
      if (item.uid != 0)
        g_hash_table_insert (sizes, GUINT_TO_POINTER (item.uid), GUINT_TO_POINTER (item.size));
    }
  mailimap_fetch_list_free (result);

  for (guint i = 0; i < n_uids; i++)
    {
      guint32 size = GPOINTER_TO_UINT (g_hash_table_lookup (sizes, GUINT_TO_POINTER (uids[i])));

      g_array_append_val (result_sizes, size);
    }

  return g_steal_pointer (&result_sizes);
}

/* Fetches the first messages of @uids whose sizes add up to at most
 * PAGE_BYTES (always at least one); a message over MAX_MESSAGE_BYTES in
 * part. Sets @n_done to how many of @uids were handled. */
static gboolean
fetch_page_by_size (FdEmailProvider  *self,
                    FolderState      *fs,
                    const guint32    *uids,
                    guint             n_uids,
                    guint            *n_done,
                    GPtrArray        *out,
                    GError          **error)
{
  g_autoptr(GArray) sizes = NULL;
  guint64 bytes = 0;
  guint n = 0;

  *n_done = 0;
  if (!(sizes = fetch_sizes (self, uids, n_uids, error)))
    return FALSE;

  if (g_array_index (sizes, guint32, 0) > MAX_MESSAGE_BYTES)
    {
      g_debug ("Message %u of %s has %u bytes: fetching its first %u", uids[0], fs->name,
               g_array_index (sizes, guint32, 0), PARTIAL_BYTES);
      if (!fetch_messages (self, fs, uids, 1, TRUE, out, error))
        return FALSE;
      *n_done = 1;
      return TRUE;
    }

  while (n < n_uids)
    {
      guint32 size = g_array_index (sizes, guint32, n);

      if (size > MAX_MESSAGE_BYTES || (n > 0 && (size == 0 || bytes + size > PAGE_BYTES)))
        break;
      bytes += size;
      n++;
      if (size == 0)
        break;
    }

  if (!fetch_messages (self, fs, uids, n, FALSE, out, error))
    return FALSE;
  *n_done = n;
  return TRUE;
}

static FdParsedMessage *
new_state_update (const char     *remote_id,
                  FdMessageState  state)
{
  FdParsedMessage *msg = fd_parsed_message_new ();

  msg->channel = g_strdup (FD_EMAIL_CHANNEL);
  msg->remote_id = g_strdup (remote_id);
  msg->state = state;
  msg->state_only = TRUE;

  return msg;
}

/* Flags changed since fs->modseq (all flags without CONDSTORE). */
static gboolean
fetch_flag_changes (FdEmailProvider  *self,
                    FolderState      *fs,
                    GPtrArray        *out,
                    GError          **error)
{
  struct mailimap_set *set = mailimap_set_new_interval (fs->floor, fs->next - 1);
  struct mailimap_fetch_type *fetch_type = mailimap_fetch_type_new_fetch_att_list_empty ();
  GHashTable *map = uid_map_get (self, fs->name, fs->uidvalidity);
  clist *result = NULL;
  int r;

  mailimap_fetch_type_new_fetch_att_list_add (fetch_type, mailimap_fetch_att_new_uid ());
  mailimap_fetch_type_new_fetch_att_list_add (fetch_type, mailimap_fetch_att_new_flags ());

  if (self->condstore && fs->modseq > 0)
    r = mailimap_uid_fetch_changedsince (self->imap, set, fetch_type, fs->modseq, &result);
  else
    r = mailimap_uid_fetch (self->imap, set, fetch_type, &result);
  mailimap_fetch_type_free (fetch_type);
  mailimap_set_free (set);

  if (r != MAILIMAP_NO_ERROR)
    {
      GError *local_error = NULL;

      fd_email_imap_set_error (self->imap, r, _("report changed flags"), &local_error);
      _fd_email_provider_propagate (self, error, local_error, FD_PROVIDER_ERROR_TEMPORARY);
      return FALSE;
    }

  for (clistiter *cur = clist_begin (result); cur != NULL; cur = clist_next (cur))
    {
      FetchedItem item;
      const char *remote_id;
      FdMessageState state;

      read_msg_att (clist_content (cur), &item);
      remote_id = g_hash_table_lookup (map, GUINT_TO_POINTER (item.uid));
      state = state_from_flags (item.flags);
      /* States only move forward: unread changes nothing. */
      if (remote_id != NULL && state > FD_MESSAGE_STATE_UNREAD && !fs->outgoing)
        g_ptr_array_add (out, new_state_update (remote_id, state));
    }

  mailimap_fetch_list_free (result);
  return TRUE;
}

static int
compare_uid (gconstpointer a,
             gconstpointer b)
{
  guint32 ua = *(const guint32 *) a, ub = *(const guint32 *) b;

  return ua < ub ? -1 : ua > ub;
}

/* Messages the map knows but the server no longer has: archived here. */
static gboolean
find_expunged (FdEmailProvider  *self,
               FolderState      *fs,
               GPtrArray        *out,
               GError          **error)
{
  GHashTable *map = uid_map_get (self, fs->name, fs->uidvalidity);
  g_autoptr(GArray) present = NULL;
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (guint32));
  GHashTableIter iter;
  gpointer key, value;

  present = _fd_email_uid_search (self, mailimap_search_key_new_uid (mailimap_set_new_interval (fs->floor, fs->next - 1)),
                                  error);
  if (present == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, map);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint32 uid = GPOINTER_TO_UINT (key);

      if (uid < fs->floor || uid >= fs->next)
        continue;
      if (bsearch (&uid, present->data, present->len, sizeof (guint32), compare_uid) == NULL)
        g_array_append_val (gone, uid);
    }

  for (guint i = 0; i < gone->len; i++)
    {
      gpointer uid = GUINT_TO_POINTER (g_array_index (gone, guint32, i));

      g_ptr_array_add (out, new_state_update (g_hash_table_lookup (map, uid), FD_MESSAGE_STATE_ARCHIVED));
      g_hash_table_remove (map, uid);
    }

  return TRUE;
}

static struct mailimap_search_key *
since_key (FdEmailProvider *self,
           guint32          first_uid)
{
  gint64 days = fd_account_get_setting_int (self->account, "history-days", FD_PROVIDER_DEFAULT_HISTORY_DAYS);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) since = g_date_time_add_days (now, (gint) -CLAMP (days, 0, 365 * 100));
  struct mailimap_search_key *key = mailimap_search_key_new_multiple_empty ();

  mailimap_search_key_multiple_add (key,
                                    mailimap_search_key_new_since (mailimap_date_new (g_date_time_get_day_of_month (since),
                                                                                      g_date_time_get_month (since),
                                                                                      g_date_time_get_year (since))));
  mailimap_search_key_multiple_add (key, mailimap_search_key_new_uid (mailimap_set_new_interval (first_uid, 0)));
  return key;
}

/* One step for one folder: a page of new messages, or, when none are
 * left, the flag changes and removals. */
static gboolean
sync_folder (FdEmailProvider  *self,
             FolderState      *fs,
             GPtrArray        *out,
             guint             budget,
             gboolean         *more,
             GError          **error)
{
  struct mailimap_selection_info *info;
  uint64_t highest = 0;
  guint32 uidnext;
  gboolean changed;
  gboolean map_dirty = FALSE;
  int r;

  if (self->condstore)
    r = mailimap_select_condstore (self->imap, fs->name, &highest);
  else
    r = mailimap_select (self->imap, fs->name);

  if (r == MAILIMAP_ERROR_STREAM || r == MAILIMAP_ERROR_PARSE)
    {
      GError *local_error = NULL;

      fd_email_imap_set_error (self->imap, r, _("open a folder"), &local_error);
      _fd_email_provider_propagate (self, error, local_error, FD_PROVIDER_ERROR_TEMPORARY);
      return FALSE;
    }
  if (r != MAILIMAP_NO_ERROR || (info = self->imap->imap_selection_info) == NULL)
    {
      g_debug ("Folder %s cannot be opened; skipped", fs->name);
      return TRUE;
    }

  uidnext = info->sel_uidnext;
  if (fs->uidvalidity != info->sel_uidvalidity)
    {
      /* A new UIDVALIDITY: every UID we knew is meaningless. */
      if (fs->uidvalidity != 0)
        g_message ("Folder %s was rebuilt on the server (UIDVALIDITY %u -> %u); fetching it again",
                   fs->name, fs->uidvalidity, info->sel_uidvalidity);
      fs->uidvalidity = info->sel_uidvalidity;
      fs->next = 1;
      fs->floor = 0;
      fs->modseq = highest;
      fs->initial = TRUE;
      g_hash_table_remove (self->uid_maps, fs->name);
      g_hash_table_insert (self->uid_maps, g_strdup (fs->name),
                           g_hash_table_new_full (NULL, NULL, NULL, g_free));
      map_dirty = TRUE;
    }

  if (fs->initial || uidnext == 0 || fs->next < uidnext)
    {
      g_autoptr(GArray) uids = NULL;
      guint start = 0, n;

      uids = _fd_email_uid_search (self,
                                   fs->initial ? since_key (self, fs->next)
                                               : mailimap_search_key_new_uid (mailimap_set_new_interval (fs->next, 0)),
                                   error);
      if (uids == NULL)
        return FALSE;

      /* "N:*" always matches the last message, even below N. */
      while (start < uids->len && g_array_index (uids, guint32, start) < fs->next)
        start++;

      if (fs->floor == 0)
        fs->floor = start < uids->len ? g_array_index (uids, guint32, start) : MAX (uidnext, 1);

      n = MIN (budget, uids->len - start);
      if (n > 0)
        {
          if (!fetch_page_by_size (self, fs, &g_array_index (uids, guint32, start), n, &n, out, error))
            return FALSE;
          fs->next = g_array_index (uids, guint32, start + n - 1) + 1;
          map_dirty = TRUE;
        }

      if (start + n < uids->len)
        {
          *more = TRUE;
          uid_map_save (self, fs->name, fs->uidvalidity);
          return TRUE;
        }

      fs->initial = FALSE;
      fs->next = MAX (fs->next, uidnext);
    }

  /* Nothing changed at all when HIGHESTMODSEQ did not move. */
  changed = !self->condstore || highest == 0 || highest != fs->modseq;
  if (changed && fs->floor > 0 && fs->next > fs->floor)
    {
      if (!fetch_flag_changes (self, fs, out, error) || !find_expunged (self, fs, out, error))
        return FALSE;
      map_dirty = TRUE;
    }
  fs->modseq = highest;

  if (map_dirty)
    uid_map_save (self, fs->name, fs->uidvalidity);

  return TRUE;
}

static GPtrArray *
list_folders (FdEmailProvider *self,
              GHashTable      *states)
{
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func ((GDestroyNotify) folder_state_free);
  g_autofree char *extra = fd_account_dup_setting_string (self->account, "folders");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  const char *sent = _fd_email_provider_get_sent_folder (self);

  g_strv_builder_add (builder, "INBOX");
  if (sent != NULL)
    g_strv_builder_add (builder, sent);
  if (extra != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (extra, ",", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        if (*g_strstrip (parts[i]) != '\0')
          g_strv_builder_add (builder, parts[i]);
    }
  names = g_strv_builder_end (builder);

  for (guint i = 0; names[i] != NULL; i++)
    {
      FolderState *fs = NULL;
      gboolean seen = FALSE;

      for (guint j = 0; j < folders->len && !seen; j++)
        seen = g_str_equal (((FolderState *) g_ptr_array_index (folders, j))->name, names[i]);
      if (seen)
        continue;

      if (g_hash_table_steal_extended (states, names[i], NULL, (gpointer *) &fs) == FALSE)
        {
          fs = g_new0 (FolderState, 1);
          fs->name = g_strdup (names[i]);
          fs->next = 1;
          fs->initial = TRUE;
        }
      fs->outgoing = g_strcmp0 (names[i], sent) == 0;
      g_ptr_array_add (folders, fs);
    }

  return g_steal_pointer (&folders);
}

GPtrArray *
_fd_email_sync_fetch_new (FdEmailProvider  *self,
                          const char       *cursor,
                          char            **new_cursor,
                          gboolean         *more,
                          GCancellable     *cancellable,
                          GError          **error)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parsed_message_free);
  g_autoptr(GHashTable) states = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) folder_state_free);
  g_autoptr(GPtrArray) folders = NULL;

  if (!_fd_email_provider_ensure_imap (self, error))
    return NULL;

  read_folder_states (cursor, states);
  folders = list_folders (self, states);

  *more = FALSE;
  for (guint i = 0; i < folders->len; i++)
    {
      guint budget = PAGE_SIZE > messages->len ? PAGE_SIZE - messages->len : 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (budget == 0)
        {
          *more = TRUE;
          break;
        }
      if (!sync_folder (self, g_ptr_array_index (folders, i), messages, budget, more, error))
        return NULL;
    }

  *new_cursor = write_folder_states (folders);
  return g_steal_pointer (&messages);
}
