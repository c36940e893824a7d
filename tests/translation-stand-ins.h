/* translation-stand-ins.h: LibreTranslate, DeepL and Mastodon stand-ins.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  STAND_IN_OK,
  STAND_IN_ERROR_500,     /* every API answers 500 with a JSON error */
  STAND_IN_BAD_JSON,      /* 200 with a body that is not JSON */
  STAND_IN_SLOW,          /* translations wait until stand_in_release() */
} StandInMode;

typedef struct _StandIn StandIn;

/* Listens on 127.0.0.1, on a port the kernel picks. @key: the API key or
 * token requests must carry (NULL: none needed). */
StandIn    *stand_in_new          (const char  *key);
void        stand_in_free         (StandIn     *self);
const char *stand_in_get_url      (StandIn     *self);
void        stand_in_set_mode     (StandIn     *self,
                                   StandInMode  mode);
/* Translation requests answered so far. */
guint       stand_in_get_n_translations (StandIn *self);
/* Answers the requests STAND_IN_SLOW held back. */
void        stand_in_release      (StandIn     *self);
/* Requests held back right now. */
guint       stand_in_get_n_held   (StandIn     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StandIn, stand_in_free)

G_END_DECLS
