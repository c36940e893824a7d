/* fd-email-provider.c: connection, replies, flags and IDLE push.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <string.h>

#include "fd-email-provider-private.h"
#include "fd-mail-parser.h"
#include "fd-main-context.h"
#include "fd-secrets.h"
#include "fd-untrusted.h"

/* IDLE is renewed this often: servers drop idle clients after 30 minutes. */
#define IDLE_RENEW_SECONDS    (20 * 60)
/* Without IDLE, or after a failure, the push thread looks again this often. */
#define PUSH_RETRY_SECONDS    60

struct _FdEmailPush
{
  FdEmailConfig *config;
  char          *password;      /* NULL with OAuth: tokens are asked for at each connect */
  FdAccount     *account;
  GCancellable  *cancellable;
  GMainContext  *context;
  GWeakRef       provider;
  guint          timeout;
};

static void provider_iface_init (FdProviderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FdEmailProvider, fd_email_provider, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (FD_TYPE_PROVIDER, provider_iface_init))

enum {
  PROP_0,
  PROP_DATA_DIR,
  PROP_TIMEOUT,
  N_PROPS,
  PROP_ACCOUNT = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
secret_free (char *secret)
{
  if (secret != NULL)
    memset (secret, 0, strlen (secret));
  g_free (secret);
}

typedef char FdSecret;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSecret, secret_free)

void
_fd_email_provider_propagate (FdEmailProvider  *self,
                              GError          **error,
                              GError           *email_error,
                              int               lost)
{
  int code;

  g_assert (email_error != NULL);

  if (email_error->domain != FD_EMAIL_ERROR)
    {
      g_propagate_error (error, email_error);
      return;
    }

  switch (email_error->code)
    {
    case FD_EMAIL_ERROR_AUTH:
    case FD_EMAIL_ERROR_UNTRUSTED_CERTIFICATE:
      code = FD_PROVIDER_ERROR_AUTH;
      break;
    case FD_EMAIL_ERROR_INVALID:
      code = FD_PROVIDER_ERROR_PERMANENT;
      break;
    case FD_EMAIL_ERROR_CONNECT:
    case FD_EMAIL_ERROR_TLS:
    case FD_EMAIL_ERROR_PROTOCOL:
    case FD_EMAIL_ERROR_NOT_FOUND:
    default:
      code = lost;
      break;
    }

  /* A lost connection is not worth keeping. */
  if (email_error->code == FD_EMAIL_ERROR_CONNECT && self != NULL)
    _fd_email_provider_drop_imap (self);

  g_set_error_literal (error, FD_PROVIDER_ERROR, code, email_error->message);
  g_error_free (email_error);
}

FdEmailConfig *
_fd_email_provider_dup_config (FdEmailProvider *self)
{
  return fd_email_config_new_from_account (self->account);
}

static char *
lookup_password (FdEmailProvider      *self,
                 const FdEmailConfig  *config,
                 gboolean              renew,
                 GError              **error)
{
  return _fd_email_dup_sign_in_secret (self->account, config, renew, NULL, error);
}

gboolean
_fd_email_provider_ensure_imap (FdEmailProvider  *self,
                                GError          **error)
{
  g_autoptr(FdEmailConfig) config = NULL;

  if (self->imap != NULL)
    {
      /* A connection idle for long may be gone: NOOP finds out cheaply. */
      if (mailimap_noop (self->imap) == MAILIMAP_NO_ERROR)
        return TRUE;
      _fd_email_provider_drop_imap (self);
    }

  config = _fd_email_provider_dup_config (self);
  if (!(self->imap = _fd_email_imap_open_account (self->account, config, self->timeout, NULL, error)))
    return FALSE;

  self->condstore = mailimap_has_condstore (self->imap);
  return TRUE;
}

void
_fd_email_provider_drop_imap (FdEmailProvider *self)
{
  g_clear_pointer (&self->imap, fd_email_imap_close);
}

static int
compare_uid (gconstpointer a,
             gconstpointer b)
{
  guint32 ua = *(const guint32 *) a, ub = *(const guint32 *) b;

  return ua < ub ? -1 : ua > ub;
}

GArray *
_fd_email_uid_search (FdEmailProvider             *self,
                      struct mailimap_search_key  *key,
                      GError                     **error)
{
  g_autoptr(GArray) uids = g_array_new (FALSE, FALSE, sizeof (guint32));
  clist *result = NULL;
  int r;

  r = mailimap_uid_search (self->imap, NULL, key, &result);
  mailimap_search_key_free (key);
  if (r != MAILIMAP_NO_ERROR)
    {
      GError *local_error = NULL;

      fd_email_imap_set_error (self->imap, r, _("search a folder"), &local_error);
      _fd_email_provider_propagate (self, error, local_error, FD_PROVIDER_ERROR_TEMPORARY);
      return NULL;
    }

  for (clistiter *cur = clist_begin (result); cur != NULL; cur = clist_next (cur))
    g_array_append_val (uids, *(guint32 *) clist_content (cur));
  mailimap_search_result_free (result);

  g_array_sort (uids, compare_uid);
  return g_steal_pointer (&uids);
}

static gboolean
has_flag_ext (struct mailimap_mailbox_list *mb,
              const char                   *flag)
{
  if (mb->mb_flag == NULL || mb->mb_flag->mbf_oflags == NULL)
    return FALSE;

  for (clistiter *cur = clist_begin (mb->mb_flag->mbf_oflags); cur != NULL; cur = clist_next (cur))
    {
      struct mailimap_mbx_list_oflag *oflag = clist_content (cur);

      if (oflag->of_type == MAILIMAP_MBX_LIST_OFLAG_FLAG_EXT && oflag->of_flag_ext != NULL &&
          g_ascii_strcasecmp (oflag->of_flag_ext, flag) == 0)
        return TRUE;
    }

  return FALSE;
}

const char *
_fd_email_provider_get_sent_folder (FdEmailProvider *self)
{
  static const char * const usual_names[] = { "Sent", "Sent Items", "Sent Messages", "INBOX.Sent", "Sent Mail" };
  g_autofree char *setting = NULL;
  clist *list = NULL;

  if (self->sent_folder != NULL)
    return self->sent_folder;

  if ((setting = fd_account_dup_setting_string (self->account, "sent-folder")) != NULL && *setting != '\0')
    return (self->sent_folder = g_steal_pointer (&setting));

  if (self->imap != NULL && mailimap_list (self->imap, "", "*", &list) == MAILIMAP_NO_ERROR)
    {
      const char *by_name = NULL;
      guint by_name_rank = G_N_ELEMENTS (usual_names);

      for (clistiter *cur = clist_begin (list); cur != NULL && self->sent_folder == NULL; cur = clist_next (cur))
        {
          struct mailimap_mailbox_list *mb = clist_content (cur);

          if (has_flag_ext (mb, "Sent"))
            self->sent_folder = g_strdup (mb->mb_name);
          for (guint i = 0; i < by_name_rank; i++)
            if (g_ascii_strcasecmp (mb->mb_name, usual_names[i]) == 0)
              {
                by_name = mb->mb_name;
                by_name_rank = i;
              }
        }
      if (self->sent_folder == NULL && by_name != NULL)
        self->sent_folder = g_strdup (by_name);
      mailimap_list_result_free (list);
    }

  if (self->sent_folder == NULL)
    return "Sent";
  return self->sent_folder;
}

/* Finds @message_id in @folder: its UID, or 0. Selects @folder. */
static gboolean
find_message (FdEmailProvider  *self,
              const char       *folder,
              const char       *message_id,
              guint32          *uid,
              GError          **error)
{
  g_autoptr(GArray) uids = NULL;
  g_autofree char *bracketed = g_strdup_printf ("<%s>", message_id);
  int r;

  *uid = 0;

  /* An id that came from a sender goes into a SEARCH command: one with a
   * line break would be a second command. Such an id is on no server. */
  if (!fd_untrusted_check_line_value (message_id, "Message-ID", NULL) ||
      strpbrk (message_id, "<>\"\\") != NULL)
    return TRUE;

  r = mailimap_select (self->imap, folder);
  if (r == MAILIMAP_ERROR_STREAM)
    {
      GError *local_error = NULL;

      fd_email_imap_set_error (self->imap, r, _("open a folder"), &local_error);
      _fd_email_provider_propagate (self, error, local_error, FD_PROVIDER_ERROR_TEMPORARY);
      return FALSE;
    }
  if (r != MAILIMAP_NO_ERROR)
    return TRUE;  /* no such folder: not there */

  uids = _fd_email_uid_search (self, mailimap_search_key_new_header (g_strdup ("Message-ID"), g_strdup (bracketed)),
                               error);
  if (uids == NULL)
    return FALSE;
  if (uids->len > 0)
    *uid = g_array_index (uids, guint32, 0);

  return TRUE;
}

/* The References of @message_id as the server has it, or NULL. */
static char *
fetch_references (FdEmailProvider *self,
                  const char      *message_id)
{
  struct mailimap_fetch_type *fetch_type;
  struct mailimap_section *section;
  clist *headers, *result = NULL;
  char *references = NULL;
  guint32 uid = 0;
  int r;

  if (!find_message (self, "INBOX", message_id, &uid, NULL) || uid == 0)
    return NULL;

  headers = clist_new ();
  clist_append (headers, g_strdup ("References"));
  section = mailimap_section_new_header_fields (mailimap_header_list_new (headers));
  fetch_type = mailimap_fetch_type_new_fetch_att (mailimap_fetch_att_new_body_peek_section (section));
  {
    struct mailimap_set *set = mailimap_set_new_single (uid);

    r = mailimap_uid_fetch (self->imap, set, fetch_type, &result);
    mailimap_set_free (set);
  }
  mailimap_fetch_type_free (fetch_type);
  if (r != MAILIMAP_NO_ERROR)
    return NULL;

  for (clistiter *cur = clist_begin (result); cur != NULL && references == NULL; cur = clist_next (cur))
    {
      struct mailimap_msg_att *att = clist_content (cur);

      for (clistiter *i = clist_begin (att->att_list); i != NULL; i = clist_next (i))
        {
          struct mailimap_msg_att_item *item = clist_content (i);

          if (item->att_type == MAILIMAP_MSG_ATT_ITEM_STATIC &&
              item->att_data.att_static->att_type == MAILIMAP_MSG_ATT_BODY_SECTION)
            {
              struct mailimap_msg_att_body_section *body = item->att_data.att_static->att_data.att_body_section;
              g_autofree char *text = g_strdup_printf ("%.*s\r\n", (int) body->sec_length, body->sec_body_part);
              g_autoptr(GMimeStream) stream = g_mime_stream_mem_new_with_buffer (text, strlen (text));
              g_autoptr(GMimeParser) parser = g_mime_parser_new_with_stream (stream);
              g_autoptr(GMimeMessage) headers_only = g_mime_parser_construct_message (parser, NULL);
              const char *value;

              if (headers_only != NULL &&
                  (value = g_mime_object_get_header (GMIME_OBJECT (headers_only), "References")) != NULL)
                references = g_strstrip (g_strdup (value));
              break;
            }
        }
    }
  mailimap_fetch_list_free (result);

  return references;
}

/* Composing */

/* Appends "<@id> " to @references when @id can be written in a header
 * as it is: the ids come from the customer's mail. */
static void
append_reference (GString    *references,
                  const char *id)
{
  if (id == NULL || *id == '\0' ||
      !fd_untrusted_check_line_value (id, "Message-ID", NULL) ||
      strpbrk (id, "<> \t\"\\") != NULL)
    return;

  g_string_append_printf (references, "<%s> ", id);
}

/* A file of the reply as a MIME part, base64, named as the person chose
 * (GMime encodes a name that is not ASCII, RFC 2231). */
static GMimeObject *
attachment_part (const FdOutboxAttachment  *attachment,
                 GError                   **error)
{
  g_autoptr(GMimeStream) stream = NULL;
  GMimeDataWrapper *content;
  GMimeContentType *type;
  GMimePart *part;
  int fd;

  if ((fd = g_open (attachment->path, O_RDONLY | O_CLOEXEC, 0)) < 0)
    {
      int saved_errno = errno;

      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                   _("The attached file “%s” is no longer in the profile (%s). Discard this reply and attach the file again."),
                   attachment->filename, g_strerror (saved_errno));
      return NULL;
    }

  stream = g_mime_stream_fs_new (fd);
  content = g_mime_data_wrapper_new_with_stream (stream, GMIME_CONTENT_ENCODING_DEFAULT);
  type = g_mime_content_type_parse (NULL, attachment->content_type != NULL ? attachment->content_type
                                                                           : "application/octet-stream");
  part = g_mime_part_new ();
  g_mime_object_set_content_type (GMIME_OBJECT (part), type);
  g_mime_part_set_content (part, content);
  g_mime_part_set_filename (part, attachment->filename != NULL ? attachment->filename : "attachment");
  g_mime_part_set_content_encoding (part, GMIME_CONTENT_ENCODING_BASE64);
  g_object_unref (content);
  g_object_unref (type);

  return GMIME_OBJECT (part);
}

static GMimeMessage *
compose_reply (FdEmailProvider      *self,
               const FdEmailConfig  *config,
               const FdOutboxEntry  *entry,
               const char           *recipient,
               const char           *message_id,
               const char           *parent_references,
               GError              **error)
{
  g_autoptr(GMimeMessage) message = g_mime_message_new (TRUE);
  g_autoptr(GMimeObject) body = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GString) references = g_string_new (NULL);
  const char *subject = entry->subject != NULL ? entry->subject : "";

  g_mime_message_add_mailbox (message, GMIME_ADDRESS_TYPE_FROM, config->display_name, config->address);
  g_mime_message_add_mailbox (message, GMIME_ADDRESS_TYPE_TO, NULL, recipient);
  {
    g_autofree char *line = fd_untrusted_to_single_line (subject);

    if (g_ascii_strncasecmp (line, "Re:", 3) != 0)
      {
        g_autofree char *re = g_strconcat ("Re: ", line, NULL);
        g_mime_message_set_subject (message, re, "utf-8");
      }
    else
      g_mime_message_set_subject (message, line, "utf-8");
  }
  g_mime_message_set_date (message, now);
  g_mime_message_set_message_id (message, message_id);

  append_reference (references, entry->in_reply_to);
  if (references->len > 0)
    {
      g_autofree char *parent = g_strndup (references->str, references->len - 1);

      g_string_truncate (references, 0);
      g_mime_object_set_header (GMIME_OBJECT (message), "In-Reply-To", parent, NULL);
      if (parent_references != NULL && *parent_references != '\0')
        {
          GMimeReferences *refs = g_mime_references_parse (NULL, parent_references);

          for (int i = 0; refs != NULL && i < g_mime_references_length (refs); i++)
            append_reference (references, g_mime_references_get_message_id (refs, i));
          g_clear_pointer (&refs, g_mime_references_free);
        }
      else if (entry->conversation_remote_id != NULL &&
               g_strcmp0 (entry->conversation_remote_id, entry->in_reply_to) != 0 &&
               strchr (entry->conversation_remote_id, '@') != NULL)
        append_reference (references, entry->conversation_remote_id);
      g_string_append (references, parent);
      g_mime_object_set_header (GMIME_OBJECT (message), "References", references->str, NULL);
    }

  body = GMIME_OBJECT (g_mime_text_part_new_with_subtype ("plain"));
  g_mime_text_part_set_text (GMIME_TEXT_PART (body), entry->text != NULL ? entry->text : "");
  g_mime_text_part_set_charset (GMIME_TEXT_PART (body), "utf-8");
  g_mime_part_set_content_encoding (GMIME_PART (body), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);

  /* With files: multipart/mixed, the text first. */
  if (entry->attachments != NULL && entry->attachments->len > 0)
    {
      g_autoptr(GMimeObject) mixed = GMIME_OBJECT (g_mime_multipart_new_with_subtype ("mixed"));

      g_mime_multipart_add (GMIME_MULTIPART (mixed), body);
      for (guint i = 0; i < entry->attachments->len; i++)
        {
          g_autoptr(GMimeObject) part = attachment_part (g_ptr_array_index (entry->attachments, i), error);

          if (part == NULL)
            return NULL;
          g_mime_multipart_add (GMIME_MULTIPART (mixed), part);
        }
      g_mime_message_set_mime_part (message, mixed);
    }
  else
    g_mime_message_set_mime_part (message, body);

  return g_steal_pointer (&message);
}

static char *
message_to_crlf (GMimeMessage *message,
                 gsize        *len)
{
  GMimeFormatOptions *options = g_mime_format_options_new ();
  char *data;

  g_mime_format_options_set_newline_format (options, GMIME_NEWLINE_FORMAT_DOS);
  data = g_mime_object_to_string (GMIME_OBJECT (message), options);
  g_mime_format_options_free (options);
  *len = strlen (data);

  return data;
}

static FdProviderError
smtp_code_kind (int r)
{
  switch (r)
    {
    case MAILSMTP_ERROR_MAILBOX_UNAVAILABLE:
    case MAILSMTP_ERROR_USER_NOT_LOCAL:
    case MAILSMTP_ERROR_EXCEED_STORAGE_ALLOCATION:
    case MAILSMTP_ERROR_MAILBOX_NAME_NOT_ALLOWED:
    case MAILSMTP_ERROR_TRANSACTION_FAILED:
    case MAILSMTP_ERROR_BAD_SEQUENCE_OF_COMMAND:
    case MAILSMTP_ERROR_NOT_IMPLEMENTED:
      return FD_PROVIDER_ERROR_PERMANENT;
    default:
      return FD_PROVIDER_ERROR_TEMPORARY;
    }
}

static gboolean
smtp_send (FdEmailProvider      *self,
           const FdEmailConfig  *config,
           const char           *password,
           const char           *sender,
           const char           *recipient,
           const char           *data,
           gsize                 len,
           GError              **error)
{
  mailsmtp *smtp;
  GError *local_error = NULL;
  int r;

  if (!(smtp = fd_email_smtp_open (config, password, self->timeout, &local_error)))
    {
      /* One more try with a fresh access token. */
      if (_fd_email_should_renew (config, local_error))
        {
          g_autoptr(FdSecret) renewed = NULL;

          g_clear_error (&local_error);
          if (!(renewed = lookup_password (self, config, TRUE, error)))
            return FALSE;
          smtp = fd_email_smtp_open (config, renewed, self->timeout, &local_error);
        }
    }
  if (smtp == NULL)
    {
      _fd_email_provider_propagate (NULL, error, local_error, FD_PROVIDER_ERROR_TEMPORARY);
      return FALSE;
    }
  /* From the EHLO answer (SIZE); 0 when the server did not say. */
  self->max_message_size = smtp->smtp_max_msg_size;

  if ((r = mailsmtp_mail (smtp, sender)) != MAILSMTP_NO_ERROR ||
      (r = mailsmtp_rcpt (smtp, recipient)) != MAILSMTP_NO_ERROR ||
      (r = mailsmtp_data (smtp)) != MAILSMTP_NO_ERROR)
    {
      fd_email_smtp_set_error (smtp, r, _("accept the reply"), &local_error);
      g_set_error_literal (error, FD_PROVIDER_ERROR, smtp_code_kind (r), local_error->message);
      g_error_free (local_error);
      fd_email_smtp_close (smtp);
      return FALSE;
    }

  if ((r = mailsmtp_data_message (smtp, data, len)) != MAILSMTP_NO_ERROR)
    {
      FdProviderError kind = smtp_code_kind (r);

      /* Without the server's last word the reply may have gone out. */
      if (r == MAILSMTP_ERROR_STREAM)
        kind = FD_PROVIDER_ERROR_UNCERTAIN;
      fd_email_smtp_set_error (smtp, r, _("accept the reply"), &local_error);
      g_set_error_literal (error, FD_PROVIDER_ERROR, kind, local_error->message);
      g_error_free (local_error);
      fd_email_smtp_close (smtp);
      return FALSE;
    }

  fd_email_smtp_close (smtp);
  return TRUE;
}

static gboolean
append_to_sent (FdEmailProvider  *self,
                const char       *data,
                gsize             len,
                GError          **error)
{
  const char *sent;
  struct mailimap_flag_list *flags;
  int r;

  if (!_fd_email_provider_ensure_imap (self, error))
    return FALSE;

  sent = _fd_email_provider_get_sent_folder (self);
  flags = mailimap_flag_list_new_empty ();
  mailimap_flag_list_add (flags, mailimap_flag_new_seen ());
  r = mailimap_append (self->imap, sent, flags, NULL, data, len);
  if (r != MAILIMAP_NO_ERROR && r != MAILIMAP_ERROR_STREAM &&
      mailimap_create (self->imap, sent) == MAILIMAP_NO_ERROR)
    r = mailimap_append (self->imap, sent, flags, NULL, data, len);
  mailimap_flag_list_free (flags);

  if (r != MAILIMAP_NO_ERROR)
    {
      GError *local_error = NULL;

      fd_email_imap_set_error (self->imap, r, _("file the reply in the Sent folder"), &local_error);
      _fd_email_provider_propagate (self, error, local_error, FD_PROVIDER_ERROR_TEMPORARY);
      return FALSE;
    }

  return TRUE;
}

/* FdProvider */

static gboolean
fd_email_provider_authenticate (FdProvider    *provider,
                                GCancellable  *cancellable,
                                GError       **error)
{
  return _fd_email_provider_ensure_imap (FD_EMAIL_PROVIDER (provider), error);
}

static GPtrArray *
fd_email_provider_fetch_new (FdProvider    *provider,
                             const char    *cursor,
                             char         **new_cursor,
                             gboolean      *more,
                             GCancellable  *cancellable,
                             GError       **error)
{
  return _fd_email_sync_fetch_new (FD_EMAIL_PROVIDER (provider), cursor, new_cursor, more, cancellable, error);
}

static char *
fd_email_provider_send (FdProvider           *provider,
                        const FdOutboxEntry  *entry,
                        gboolean              uncertain,
                        GCancellable         *cancellable,
                        GError              **error)
{
  FdEmailProvider *self = FD_EMAIL_PROVIDER (provider);
  g_autoptr(FdEmailConfig) config = _fd_email_provider_dup_config (self);
  g_autoptr(FdSecret) password = NULL;
  g_autofree char *message_id = fd_email_provider_make_message_id (self, entry->idempotency_key);
  g_autofree char *references = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GMimeMessage) message = NULL;
  g_autoptr(GError) append_error = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *recipient = NULL;
  g_autofree char *sender = NULL;
  gsize len;

  if (entry->recipient == NULL || *entry->recipient == '\0')
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                   _("The reply has no recipient: the message it answers has no sender address."));
      return NULL;
    }

  /* The recipient came from the customer's mail: it reaches RCPT TO only
   * as one address GMime could parse. */
  if (!(recipient = fd_untrusted_parse_address (entry->recipient, &local_error)))
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                   /* Translators: %s says why, e.g. "“x” is not one valid email address." */
                   _("The reply was not sent: %s Write to the customer from your mail program."),
                   local_error->message);
      return NULL;
    }
  if (!(sender = fd_untrusted_parse_address (config->address, &local_error)))
    {
      g_set_error (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_PERMANENT,
                   /* Translators: %s says why, e.g. "“x” is not one valid email address." */
                   _("The reply was not sent: %s Correct your address in the account’s settings."),
                   local_error->message);
      return NULL;
    }

  if (uncertain)
    {
      guint32 uid = 0;

      /* An earlier attempt may have gone out: look in Sent first. */
      if (!_fd_email_provider_ensure_imap (self, &local_error) ||
          !find_message (self, _fd_email_provider_get_sent_folder (self), message_id, &uid, &local_error))
        {
          g_set_error (error, FD_PROVIDER_ERROR,
                       local_error->code == FD_PROVIDER_ERROR_AUTH ? FD_PROVIDER_ERROR_AUTH : FD_PROVIDER_ERROR_UNCERTAIN,
                       "%s", local_error->message);
          return NULL;
        }
      if (uid != 0)
        {
          g_debug ("Reply %s is already in the Sent folder; not sending it again", message_id);
          return g_steal_pointer (&message_id);
        }
    }

  if (!(password = lookup_password (self, config, FALSE, error)))
    return NULL;

  /* The parent's References, so that every mail program threads it. */
  if (entry->in_reply_to != NULL && _fd_email_provider_ensure_imap (self, NULL))
    references = fetch_references (self, entry->in_reply_to);

  if (!(message = compose_reply (self, config, entry, recipient, message_id, references, error)))
    return NULL;
  data = message_to_crlf (message, &len);

  if (!smtp_send (self, config, password, sender, recipient, data, len, error))
    return NULL;

  /* The reply is out; a missing copy in Sent is not worth a resend. */
  if (!config->server_saves_sent && !append_to_sent (self, data, len, &append_error))
    g_warning ("Reply %s was sent but not filed in the Sent folder: %s", message_id, append_error->message);

  return g_steal_pointer (&message_id);
}

static guint64
fd_email_provider_get_max_message_size (FdProvider *provider)
{
  return FD_EMAIL_PROVIDER (provider)->max_message_size;
}

static gboolean
fd_email_provider_apply_state (FdProvider           *provider,
                               const FdOutboxEntry  *entry,
                               GCancellable         *cancellable,
                               GError              **error)
{
  FdEmailProvider *self = FD_EMAIL_PROVIDER (provider);
  struct mailimap_flag_list *flags;
  struct mailimap_store_att_flags *store;
  struct mailimap_set *set;
  gboolean remove = FALSE;
  guint32 uid = 0;
  int r;

  if (entry->message_remote_id == NULL || !_fd_email_provider_ensure_imap (self, error))
    return entry->message_remote_id == NULL;

  if (!find_message (self, "INBOX", entry->message_remote_id, &uid, error))
    return FALSE;
  if (uid == 0)
    return TRUE;  /* not on the server (any more): nothing to set */

  flags = mailimap_flag_list_new_empty ();
  switch (entry->new_state)
    {
    case FD_MESSAGE_STATE_UNREAD:
      mailimap_flag_list_add (flags, mailimap_flag_new_seen ());
      remove = TRUE;
      break;
    case FD_MESSAGE_STATE_ANSWERED:
      mailimap_flag_list_add (flags, mailimap_flag_new_answered ());
      mailimap_flag_list_add (flags, mailimap_flag_new_seen ());
      break;
    case FD_MESSAGE_STATE_READ:
    case FD_MESSAGE_STATE_ARCHIVED:
    default:
      mailimap_flag_list_add (flags, mailimap_flag_new_seen ());
      break;
    }

  store = remove ? mailimap_store_att_flags_new_remove_flags_silent (flags)
                 : mailimap_store_att_flags_new_add_flags_silent (flags);
  set = mailimap_set_new_single (uid);
  r = mailimap_uid_store (self->imap, set, store);
  mailimap_set_free (set);
  mailimap_store_att_flags_free (store);

  if (r != MAILIMAP_NO_ERROR)
    {
      GError *local_error = NULL;

      fd_email_imap_set_error (self->imap, r, _("change a message’s flags"), &local_error);
      /* Setting a flag twice does no harm: a plain retry is fine. */
      _fd_email_provider_propagate (self, error, local_error, FD_PROVIDER_ERROR_TEMPORARY);
      return FALSE;
    }

  return TRUE;
}

/* Push: a thread with its own connection waits in IDLE on INBOX. */

static void
push_free (FdEmailPush *push)
{
  fd_email_config_free (push->config);
  secret_free (push->password);
  g_clear_object (&push->account);
  g_clear_object (&push->cancellable);
  g_clear_pointer (&push->context, g_main_context_unref);
  g_weak_ref_clear (&push->provider);
}

static void
push_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, (GDestroyNotify) push_free);
}

static gboolean
emit_remote_changed_cb (gpointer user_data)
{
  FdEmailPush *push = user_data;
  g_autoptr(FdEmailProvider) self = g_weak_ref_get (&push->provider);

  if (self != NULL && !g_cancellable_is_cancelled (push->cancellable))
    fd_provider_emit_remote_changed (FD_PROVIDER (self));

  return G_SOURCE_REMOVE;
}

static void
push_notify (FdEmailPush *push)
{
  fd_main_context_post (push->context, G_PRIORITY_DEFAULT, emit_remote_changed_cb,
                        g_atomic_rc_box_acquire (push), push_release, "[frontdesk] mail news");
}

/* Waits until @fd is readable, @seconds passed or the push was stopped.
 * Returns 1 readable, 0 timeout, -1 stopped. */
static int
push_wait (FdEmailPush *push,
           int          fd,
           int          seconds)
{
  GPollFD fds[2];
  int n = 0;

  if (!g_cancellable_make_pollfd (push->cancellable, &fds[0]))
    return -1;
  n = 1;
  if (fd >= 0)
    {
      fds[1].fd = fd;
      fds[1].events = G_IO_IN | G_IO_HUP | G_IO_ERR;
      fds[1].revents = 0;
      n = 2;
    }

  g_poll (fds, n, seconds * 1000);
  g_cancellable_release_fd (push->cancellable);

  if (g_cancellable_is_cancelled (push->cancellable))
    return -1;
  return n == 2 && fds[1].revents != 0 ? 1 : 0;
}

static gpointer
push_thread (gpointer data)
{
  FdEmailPush *push = data;

  while (!g_cancellable_is_cancelled (push->cancellable))
    {
      g_autoptr(GError) error = NULL;
      mailimap *imap;

      if (push->password != NULL)
        imap = fd_email_imap_open (push->config, push->password, push->timeout, &error);
      else
        imap = _fd_email_imap_open_account (push->account, push->config, push->timeout, push->cancellable, &error);
      if (imap == NULL ||
          mailimap_select (imap, "INBOX") != MAILIMAP_NO_ERROR)
        {
          g_debug ("Push connection failed: %s", error != NULL ? error->message : "SELECT");
          fd_email_imap_close (imap);
          /* A refused sign-in waits for the person, as the sync runs do:
           * asking again every minute would only be refused again. */
          if (g_error_matches (error, FD_PROVIDER_ERROR, FD_PROVIDER_ERROR_AUTH))
            break;
          if (push_wait (push, -1, PUSH_RETRY_SECONDS) < 0)
            break;
          continue;
        }

      while (!g_cancellable_is_cancelled (push->cancellable))
        {
          int ready;

          if (!mailimap_has_idle (imap))
            {
              guint32 before = imap->imap_selection_info->sel_exists;

              if (push_wait (push, -1, PUSH_RETRY_SECONDS) < 0 || mailimap_noop (imap) != MAILIMAP_NO_ERROR)
                break;
              if (imap->imap_selection_info->sel_exists != before)
                push_notify (push);
              continue;
            }

          if (mailimap_idle (imap) != MAILIMAP_NO_ERROR)
            break;
          ready = push_wait (push, mailimap_idle_get_fd (imap), IDLE_RENEW_SECONDS);
          if (mailimap_idle_done (imap) != MAILIMAP_NO_ERROR)
            break;
          if (ready < 0)
            break;
          if (ready > 0)
            push_notify (push);
        }

      fd_email_imap_close (imap);
      /* The connection dropped: what changed meanwhile is unknown. */
      if (!g_cancellable_is_cancelled (push->cancellable))
        {
          push_notify (push);
          if (push_wait (push, -1, 5) < 0)
            break;
        }
    }

  push_release (push);
  return NULL;
}

static gboolean
fd_email_provider_supports_push (FdProvider *provider)
{
  return TRUE;
}

static gboolean
fd_email_provider_start_push (FdProvider  *provider,
                              GError     **error)
{
  FdEmailProvider *self = FD_EMAIL_PROVIDER (provider);
  g_autoptr(GThread) thread = NULL;
  g_autoptr(FdEmailConfig) config = NULL;
  FdEmailPush *push;
  char *password = NULL;

  if (self->push != NULL)
    return TRUE;

  config = _fd_email_provider_dup_config (self);
  /* A password is looked up here once: the keyring is not asked again on
   * reconnects. Access tokens expire, so those are asked for each time. */
  if (config->auth == FD_EMAIL_AUTH_PASSWORD && !(password = lookup_password (self, config, FALSE, error)))
    return FALSE;

  push = g_atomic_rc_box_new0 (FdEmailPush);
  push->config = g_steal_pointer (&config);
  push->password = password;
  push->account = g_object_ref (self->account);
  push->cancellable = g_cancellable_new ();
  push->context = g_main_context_ref_thread_default ();
  push->timeout = self->timeout;
  g_weak_ref_init (&push->provider, self);

  self->push = push;
  thread = g_thread_new ("frontdesk-imap-idle", push_thread, g_atomic_rc_box_acquire (push));

  return TRUE;
}

static void
fd_email_provider_stop_push (FdProvider *provider)
{
  FdEmailProvider *self = FD_EMAIL_PROVIDER (provider);

  if (self->push == NULL)
    return;

  /* The thread notices, logs out and ends on its own. */
  g_cancellable_cancel (self->push->cancellable);
  g_clear_pointer (&self->push, push_release);
}

static void
provider_iface_init (FdProviderInterface *iface)
{
  iface->authenticate = fd_email_provider_authenticate;
  iface->fetch_new = fd_email_provider_fetch_new;
  iface->send = fd_email_provider_send;
  iface->apply_state = fd_email_provider_apply_state;
  iface->supports_push = fd_email_provider_supports_push;
  iface->start_push = fd_email_provider_start_push;
  iface->stop_push = fd_email_provider_stop_push;
  iface->get_max_message_size = fd_email_provider_get_max_message_size;
  iface->check_setup = _fd_email_check_setup;
  iface->sign_in = _fd_email_sign_in;
  iface->setup_form = &_fd_email_setup_form;
}

/* GObject */

static void
fd_email_provider_constructed (GObject *object)
{
  FdEmailProvider *self = FD_EMAIL_PROVIDER (object);

  G_OBJECT_CLASS (fd_email_provider_parent_class)->constructed (object);

  fd_mail_init ();
  g_return_if_fail (self->data_dir != NULL);
  if (self->account != NULL)
    self->timeout = (guint) CLAMP (fd_account_get_setting_int (self->account, "timeout-seconds", self->timeout),
                                   1, 3600);
}

static void
fd_email_provider_dispose (GObject *object)
{
  FdEmailProvider *self = FD_EMAIL_PROVIDER (object);

  fd_email_provider_stop_push (FD_PROVIDER (self));
  _fd_email_provider_drop_imap (self);
  g_clear_object (&self->account);

  G_OBJECT_CLASS (fd_email_provider_parent_class)->dispose (object);
}

static void
fd_email_provider_finalize (GObject *object)
{
  FdEmailProvider *self = FD_EMAIL_PROVIDER (object);

  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->sent_folder, g_free);
  g_clear_pointer (&self->uid_maps, g_hash_table_unref);

  G_OBJECT_CLASS (fd_email_provider_parent_class)->finalize (object);
}

static void
fd_email_provider_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FdEmailProvider *self = FD_EMAIL_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_value_set_object (value, self->account);
      break;
    case PROP_DATA_DIR:
      g_value_set_string (value, self->data_dir);
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_email_provider_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FdEmailProvider *self = FD_EMAIL_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_set_object (&self->account, g_value_get_object (value));
      break;
    case PROP_DATA_DIR:
      self->data_dir = g_value_dup_string (value);
      break;
    case PROP_TIMEOUT:
      self->timeout = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_email_provider_class_init (FdEmailProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = fd_email_provider_constructed;
  object_class->dispose = fd_email_provider_dispose;
  object_class->finalize = fd_email_provider_finalize;
  object_class->get_property = fd_email_provider_get_property;
  object_class->set_property = fd_email_provider_set_property;

  /* The profile folder: attachments and the UID cache go there. */
  properties[PROP_DATA_DIR] =
    g_param_spec_string ("data-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL, 1, 3600, FD_EMAIL_DEFAULT_TIMEOUT,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_ACCOUNT, "account");
}

static void
fd_email_provider_init (FdEmailProvider *self)
{
  self->timeout = FD_EMAIL_DEFAULT_TIMEOUT;
  self->uid_maps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
}

FdEmailProvider *
fd_email_provider_new (FdAccount  *account,
                       const char *data_dir)
{
  g_return_val_if_fail (FD_IS_ACCOUNT (account), NULL);

  return g_object_new (FD_TYPE_EMAIL_PROVIDER, "account", account, "data-dir", data_dir, NULL);
}

char *
fd_email_provider_make_message_id (FdEmailProvider *self,
                                   const char      *token)
{
  g_autofree char *domain = NULL;

  g_return_val_if_fail (FD_IS_EMAIL_PROVIDER (self), NULL);
  g_return_val_if_fail (token != NULL, NULL);

  domain = fd_email_address_get_domain (fd_account_get_address (self->account));
  return g_strdup_printf ("%s@%s", token, domain != NULL ? domain : "frontdesk.invalid");
}
