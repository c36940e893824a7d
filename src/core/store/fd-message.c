/* fd-message.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-channel.h"
#include "fd-mail-quote.h"
#include "fd-message-private.h"

struct _FdMessage
{
  GObject         parent_instance;

  gint64          id;
  gint64          sort_key;
  gint64          conversation_id;
  gint64          account_id;
  gint64          customer_id;
  char           *channel;
  char           *remote_id;
  char           *in_reply_to;
  char           *conversation_remote_id;
  char           *author_handle;
  char           *author_name;
  char           *subject;
  char           *text;
  char           *html;
  char           *lang;
  char           *url;
  char           *recipient;
  char           *recipient_name;
  char           *visibility;
  gint64          created_at;
  gint64          snoozed_until;
  gint64          edited_at;
  gint64          deleted_at;
  FdDirection     direction;
  FdMessageState  state;
  int             outbox_state;
  guint           repeat_count;
  guint           n_attachments;
  guint           truncated : 1;
};

G_DEFINE_FINAL_TYPE (FdMessage, fd_message, G_TYPE_OBJECT)

static void
fd_message_finalize (GObject *object)
{
  FdMessage *self = (FdMessage *) object;

  g_free (self->channel);
  g_free (self->remote_id);
  g_free (self->in_reply_to);
  g_free (self->conversation_remote_id);
  g_free (self->author_handle);
  g_free (self->author_name);
  g_free (self->subject);
  g_free (self->text);
  g_free (self->html);
  g_free (self->lang);
  g_free (self->url);
  g_free (self->recipient);
  g_free (self->recipient_name);
  g_free (self->visibility);

  G_OBJECT_CLASS (fd_message_parent_class)->finalize (object);
}

static void
fd_message_class_init (FdMessageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fd_message_finalize;
}

static void
fd_message_init (FdMessage *self)
{
  self->outbox_state = -1;
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           col)
{
  const char *str = (const char *) sqlite3_column_text (stmt, col);

  return str != NULL ? g_strdup (str) : NULL;
}

FdMessage *
_fd_message_new_from_stmt (sqlite3_stmt *stmt)
{
  FdMessage *self = g_object_new (FD_TYPE_MESSAGE, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->sort_key = sqlite3_column_int64 (stmt, 1);
  self->conversation_id = sqlite3_column_int64 (stmt, 2);
  self->account_id = sqlite3_column_int64 (stmt, 3);
  self->customer_id = sqlite3_column_int64 (stmt, 4);
  self->channel = dup_column (stmt, 5);
  self->remote_id = dup_column (stmt, 6);
  self->in_reply_to = dup_column (stmt, 7);
  self->conversation_remote_id = dup_column (stmt, 8);
  self->author_handle = dup_column (stmt, 9);
  self->author_name = dup_column (stmt, 10);
  self->subject = dup_column (stmt, 11);
  self->text = dup_column (stmt, 12);
  self->html = dup_column (stmt, 13);
  self->lang = dup_column (stmt, 14);
  self->url = dup_column (stmt, 15);
  self->created_at = sqlite3_column_int64 (stmt, 16);
  self->direction = (FdDirection) sqlite3_column_int (stmt, 17);
  self->state = (FdMessageState) sqlite3_column_int (stmt, 18);
  self->truncated = sqlite3_column_int (stmt, 19) != 0;
  if (sqlite3_column_type (stmt, 20) != SQLITE_NULL)
    self->outbox_state = sqlite3_column_int (stmt, 20);
  self->repeat_count = (guint) sqlite3_column_int (stmt, 21);
  self->n_attachments = (guint) sqlite3_column_int (stmt, 22);
  self->recipient = dup_column (stmt, 23);
  self->recipient_name = dup_column (stmt, 24);
  self->visibility = dup_column (stmt, 25);
  self->snoozed_until = sqlite3_column_int64 (stmt, 26);
  self->edited_at = sqlite3_column_int64 (stmt, 27);
  self->deleted_at = sqlite3_column_int64 (stmt, 28);

  return self;
}

#define GETTER(type, name) \
  type fd_message_get_##name (FdMessage *self) \
  { \
    g_return_val_if_fail (FD_IS_MESSAGE (self), (type) 0); \
    return self->name; \
  }

GETTER (gint64, id)
GETTER (gint64, sort_key)
GETTER (gint64, conversation_id)
GETTER (gint64, account_id)
GETTER (gint64, customer_id)
GETTER (const char *, channel)
GETTER (const char *, remote_id)
GETTER (const char *, in_reply_to)
GETTER (const char *, conversation_remote_id)
GETTER (const char *, author_handle)
GETTER (const char *, author_name)
GETTER (const char *, subject)
GETTER (const char *, html)
GETTER (const char *, lang)
GETTER (const char *, url)
GETTER (const char *, recipient)
GETTER (const char *, recipient_name)
GETTER (const char *, visibility)
GETTER (gint64, snoozed_until)
GETTER (gint64, edited_at)
GETTER (gint64, deleted_at)
GETTER (gint64, created_at)
GETTER (FdDirection, direction)
GETTER (FdMessageState, state)
GETTER (int, outbox_state)
GETTER (guint, repeat_count)
GETTER (guint, n_attachments)

#undef GETTER

const char *
fd_message_get_text (FdMessage *self)
{
  g_return_val_if_fail (FD_IS_MESSAGE (self), NULL);

  return self->text != NULL ? self->text : "";
}

gboolean
fd_message_get_truncated (FdMessage *self)
{
  g_return_val_if_fail (FD_IS_MESSAGE (self), FALSE);

  return self->truncated;
}

char *
fd_message_dup_snippet (FdMessage *self)
{
  g_autofree char *new_text = NULL;
  GString *out;
  const char *text;
  const char *p;
  gboolean space = FALSE;
  guint n_chars = 0;

  g_return_val_if_fail (FD_IS_MESSAGE (self), NULL);

  out = g_string_sized_new (200);

  /* A mail's own words, without "On Mon … wrote:", what it quotes and
   * its signature. */
  text = fd_message_get_text (self);
  if (fd_channel_has (self->channel, FD_CHANNEL_MAIL) && (new_text = fd_mail_quote_dup_new_text (text)) != NULL)
    text = new_text;

  /* Skip quoted lines ("> ...") so the snippet shows what is new. */
  for (p = text; *p != '\0' && n_chars < 160; )
    {
      gunichar c;

      if ((p == text || p[-1] == '\n') && *p == '>')
        {
          const char *eol = strchr (p, '\n');

          if (eol == NULL)
            break;
          p = eol + 1;
          continue;
        }

      c = g_utf8_get_char (p);
      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
        }
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
          n_chars++;
        }
      p = g_utf8_next_char (p);
    }

  if (*p != '\0' && n_chars >= 160)
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}
