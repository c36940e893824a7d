/* fd-composer.h: the reply box under a conversation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_COMPOSER (fd_composer_get_type ())

G_DECLARE_FINAL_TYPE (FdComposer, fd_composer, FD, COMPOSER, GtkWidget)

void     fd_composer_set_store    (FdComposer *self,
                                   FdStore    *store);
/* The message a reply answers (NULL: nothing to answer). Saves the draft
 * of the previous conversation and restores the one of the new. */
void     fd_composer_set_reply_to (FdComposer *self,
                                   FdMessage  *message);
/* Writes a pending draft now. */
void     fd_composer_save_draft   (FdComposer *self);
void     fd_composer_set_text     (FdComposer *self,
                                   const char *text);
char    *fd_composer_dup_text     (FdComposer *self);
void     fd_composer_focus        (FdComposer *self);

G_END_DECLS
