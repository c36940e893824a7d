/* fd-mastodon-translator.h: a Mastodon server translating its own posts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-translator.h"

G_BEGIN_DECLS

#define FD_TYPE_MASTODON_TRANSLATOR (fd_mastodon_translator_get_type ())

G_DECLARE_FINAL_TYPE (FdMastodonTranslator, fd_mastodon_translator, FD, MASTODON_TRANSLATOR, GObject)

/* Maps a message's remote id (as the Mastodon provider stores it) to the
 * status id on this account's server; NULL when the server does not know
 * the post. Returns a new string. */
typedef char *(*FdMastodonStatusFunc) (const char *remote_id,
                                       gpointer    user_data);

/* @base_url: the account's server ("https://mastodon.example"); @token:
 * the account's access token (from the keyring). */
FdMastodonTranslator *fd_mastodon_translator_new             (const char           *base_url,
                                                              const char           *token);

/* Without a mapping, the remote id is the status id. */
void                  fd_mastodon_translator_set_status_func (FdMastodonTranslator *self,
                                                              FdMastodonStatusFunc  func,
                                                              gpointer              user_data,
                                                              GDestroyNotify        destroy);

G_END_DECLS
