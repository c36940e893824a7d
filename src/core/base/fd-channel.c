/* fd-channel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-channel.h"

/* Generated from providers/meson.build: one description per channel
 * folder, NULL-terminated. */
extern const FdChannelInfo *const _fd_channels_builtin[];

G_LOCK_DEFINE_STATIC (channels);
static GHashTable *channels;

static GHashTable *
ensure_channels_locked (void)
{
  if (channels == NULL)
    {
      channels = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; _fd_channels_builtin[i] != NULL; i++)
        g_hash_table_insert (channels, (gpointer) _fd_channels_builtin[i]->name,
                             (gpointer) _fd_channels_builtin[i]);
    }
  return channels;
}

void
fd_channel_register (const FdChannelInfo *info)
{
  g_return_if_fail (info != NULL);
  g_return_if_fail (info->name != NULL);

  G_LOCK (channels);
  g_hash_table_insert (ensure_channels_locked (), (gpointer) info->name, (gpointer) info);
  G_UNLOCK (channels);
}

const FdChannelInfo *
fd_channel_lookup (const char *name)
{
  const FdChannelInfo *info;

  if (name == NULL)
    return NULL;

  G_LOCK (channels);
  info = g_hash_table_lookup (ensure_channels_locked (), name);
  G_UNLOCK (channels);

  return info;
}

gboolean
fd_channel_has (const char     *name,
                FdChannelFlags  flag)
{
  const FdChannelInfo *info = fd_channel_lookup (name);

  return info != NULL && (info->flags & flag) == flag;
}

const char *
fd_channel_display_name (const char *name)
{
  const FdChannelInfo *info;

  if (name == NULL)
    return "";
  if ((info = fd_channel_lookup (name)) == NULL || info->display_name == NULL)
    return name;

  return g_dpgettext2 (GETTEXT_PACKAGE, "channel", info->display_name);
}

const char *
fd_channel_icon_name (const char *name)
{
  const FdChannelInfo *info = fd_channel_lookup (name);

  if (info == NULL || info->icon_name == NULL)
    return "chat-message-new-symbolic";

  return info->icon_name;
}

char *
fd_channel_format_reply_hint (const char *name,
                              const char *to)
{
  const FdChannelInfo *info = fd_channel_lookup (name);

  if (to == NULL)
    to = "";

  if (info != NULL && info->reply_hint != NULL)
    {
      GString *hint = g_string_new (g_dgettext (GETTEXT_PACKAGE, info->reply_hint));

      /* The template is the channel's own (and its translation), never
       * the customer's; @to goes in as text, not as a format. */
      g_string_replace (hint, "%s", to, 1);
      return g_string_free (hint, FALSE);
    }

  /* Translators: first %s is a channel name, second %s the customer */
  return g_strdup_printf (_("Reply on %s to %s"), fd_channel_display_name (name), to);
}

guint
fd_channel_max_reply_chars (const char *name)
{
  const FdChannelInfo *info = fd_channel_lookup (name);

  return info != NULL ? info->max_reply_chars : 0;
}

const char *
fd_channel_secret_kind (const char *name)
{
  const FdChannelInfo *info = fd_channel_lookup (name);

  return info != NULL && info->secret_kind != NULL ? info->secret_kind : "password";
}

const char *
fd_channel_secret_name (const char *name)
{
  const FdChannelInfo *info = fd_channel_lookup (name);

  if (info == NULL || info->secret_name == NULL)
    return _("Password");

  return g_dgettext (GETTEXT_PACKAGE, info->secret_name);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  const FdChannelInfo *ia = *(const FdChannelInfo *const *) a;
  const FdChannelInfo *ib = *(const FdChannelInfo *const *) b;

  return strcmp (ia->name, ib->name);
}

GPtrArray *
fd_channel_list (void)
{
  GPtrArray *list = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  G_LOCK (channels);
  g_hash_table_iter_init (&iter, ensure_channels_locked ());
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (list, value);
  G_UNLOCK (channels);

  g_ptr_array_sort (list, compare_by_name);
  return list;
}
