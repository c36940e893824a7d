/* fd-composer-tools.h: what the composer offers besides the text:
 * saved replies, the signature an e-mail reply gets, attached files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fd-message.h"
#include "fd-store.h"
#include "fd-translation-manager.h"

G_BEGIN_DECLS

#define FD_TYPE_COMPOSER_TOOLS (fd_composer_tools_get_type ())

G_DECLARE_FINAL_TYPE (FdComposerTools, fd_composer_tools, FD, COMPOSER_TOOLS, GtkWidget)

/* Signals:
 * "insert" (const char *text): a saved reply chosen, made ready for the
 *   customer; the composer puts it in the box.
 * "attachments-changed": files added or removed. */

void        fd_composer_tools_set_store       (FdComposerTools      *self,
                                               FdStore              *store);
void        fd_composer_tools_set_translation (FdComposerTools      *self,
                                               FdTranslationManager *manager);
/* The message answered: its channel says whether files and the signature
 * apply, its customer fills the placeholders. */
void        fd_composer_tools_set_reply_to    (FdComposerTools      *self,
                                               FdMessage            *message);
/* Opens the searchable list of saved replies. */
void        fd_composer_tools_show_saved      (FdComposerTools      *self);
/* What choosing @title in that list does. FALSE when there is no such reply. */
gboolean    fd_composer_tools_use_saved       (FdComposerTools      *self,
                                               const char           *title);
/* Files for the reply (element-type filename): e-mail only. */
void        fd_composer_tools_add_file        (FdComposerTools      *self,
                                               GFile                *file);
GPtrArray  *fd_composer_tools_dup_attachments (FdComposerTools      *self);
guint64     fd_composer_tools_get_total_size  (FdComposerTools      *self);
/* After sending, or when the text is written anew: no files, no mark. */
void        fd_composer_tools_reset           (FdComposerTools      *self);
/* The mark of a machine-translated saved reply, cleared once the person
 * edits the text beyond it. */
gboolean    fd_composer_tools_get_machine_translated (FdComposerTools *self);
void        fd_composer_tools_clear_mark      (FdComposerTools      *self);
const char *fd_composer_tools_get_signature   (FdComposerTools      *self);
/* The warning shown when the files are larger than the account's mail
 * server takes (25 MB unless the account says), or NULL. */
const char *fd_composer_tools_get_size_warning (FdComposerTools     *self);

G_END_DECLS
