/* fd-inbox-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fd-inbox-item.h"

struct _FdInboxItem
{
  GObject    parent_instance;
  gint64     key;
  FdMessage *message;
  GStrv      group_channels;
};

G_DEFINE_FINAL_TYPE (FdInboxItem, fd_inbox_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fd_inbox_item_finalize (GObject *object)
{
  FdInboxItem *self = (FdInboxItem *)object;

  g_clear_object (&self->message);
  g_clear_pointer (&self->group_channels, g_strfreev);

  G_OBJECT_CLASS (fd_inbox_item_parent_class)->finalize (object);
}

static void
fd_inbox_item_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FdInboxItem *self = FD_INBOX_ITEM (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_int64 (value, self->key);
      break;

    case PROP_MESSAGE:
      g_value_set_object (value, self->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_inbox_item_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FdInboxItem *self = FD_INBOX_ITEM (object);

  switch (prop_id)
    {
    case PROP_KEY:
      self->key = g_value_get_int64 (value);
      break;

    case PROP_MESSAGE:
      fd_inbox_item_set_message (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_inbox_item_class_init (FdInboxItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fd_inbox_item_finalize;
  object_class->get_property = fd_inbox_item_get_property;
  object_class->set_property = fd_inbox_item_set_property;

  properties[PROP_KEY] =
    g_param_spec_int64 ("key", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MESSAGE] =
    g_param_spec_object ("message", NULL, NULL,
                         FD_TYPE_MESSAGE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fd_inbox_item_init (FdInboxItem *self)
{
}

FdInboxItem *
fd_inbox_item_new (gint64 key)
{
  return g_object_new (FD_TYPE_INBOX_ITEM, "key", key, NULL);
}

gint64
fd_inbox_item_get_key (FdInboxItem *self)
{
  g_return_val_if_fail (FD_IS_INBOX_ITEM (self), 0);

  return self->key;
}

FdMessage *
fd_inbox_item_get_message (FdInboxItem *self)
{
  g_return_val_if_fail (FD_IS_INBOX_ITEM (self), NULL);

  return self->message;
}

void
fd_inbox_item_set_message (FdInboxItem *self,
                           FdMessage   *message)
{
  g_return_if_fail (FD_IS_INBOX_ITEM (self));
  g_return_if_fail (!message || FD_IS_MESSAGE (message));

  if (g_set_object (&self->message, message))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

const char * const *
fd_inbox_item_get_group_channels (FdInboxItem *self)
{
  g_return_val_if_fail (FD_IS_INBOX_ITEM (self), NULL);

  return (const char * const *)self->group_channels;
}

void
fd_inbox_item_set_group_channels (FdInboxItem        *self,
                                  const char * const *channels)
{
  g_return_if_fail (FD_IS_INBOX_ITEM (self));

  g_clear_pointer (&self->group_channels, g_strfreev);
  self->group_channels = g_strdupv ((char **)channels);
}
