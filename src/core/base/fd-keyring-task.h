/* fd-keyring-task.h: a module's blocking keyring calls, run in a thread.
 *
 * A module that keeps secrets in the keyring (account sign-ins,
 * translation keys) writes each operation once, blocking, on a key of
 * its own (whatever names one entry: an account and a kind, a profile
 * and an engine). Its async forms hand that key to these helpers, which
 * run the blocking call in a thread, so that both forms share one code
 * path and one set of messages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libsecret/secret.h>

G_BEGIN_DECLS

typedef struct
{
  gboolean (*store)    (gpointer       key,
                        const char    *label,
                        const char    *secret,
                        GCancellable  *cancellable,
                        GError       **error);
  /* The secret, or NULL without an error when none is kept. */
  char    *(*lookup)   (gpointer       key,
                        GCancellable  *cancellable,
                        GError       **error);
  gboolean (*clear)    (gpointer       key,
                        GCancellable  *cancellable,
                        GError       **error);
  GDestroyNotify key_free;
} FdKeyringOps;

/* Each takes @key (freed with @ops->key_free when done) and reports to
 * @callback, to be finished with fd_keyring_task_finish_boolean() (store,
 * clear) or fd_keyring_task_finish_secret() (lookup) and the same
 * @source_tag. */
void      fd_keyring_task_store          (const FdKeyringOps  *ops,
                                          gpointer             key,
                                          const char          *label,
                                          const char          *secret,
                                          gpointer             source_tag,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
void      fd_keyring_task_lookup         (const FdKeyringOps  *ops,
                                          gpointer             key,
                                          gpointer             source_tag,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
void      fd_keyring_task_clear          (const FdKeyringOps  *ops,
                                          gpointer             key,
                                          gpointer             source_tag,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean  fd_keyring_task_finish_boolean (GAsyncResult        *result,
                                          gpointer             source_tag,
                                          GError             **error);
char     *fd_keyring_task_finish_secret  (GAsyncResult        *result,
                                          gpointer             source_tag,
                                          GError             **error);

/* Puts @local_error (a keyring error, taken) into @error, said as what
 * to do: libsecret's own messages talk about D-Bus. A cancellation
 * stays as it is. */
void      fd_keyring_propagate_error     (GError             **error,
                                          GError              *local_error);

/* libsecret's blocking calls with our messages (fd_keyring_propagate_error()).
 * fd_keyring_lookup() returns a g_malloc() copy, NULL without an error
 * when there is no entry; libsecret's copy is wiped. */
gboolean  fd_keyring_store               (const SecretSchema  *schema,
                                          GHashTable          *attributes,
                                          const char          *label,
                                          const char          *secret,
                                          GCancellable        *cancellable,
                                          GError             **error);
char     *fd_keyring_lookup              (const SecretSchema  *schema,
                                          GHashTable          *attributes,
                                          GCancellable        *cancellable,
                                          GError             **error);
gboolean  fd_keyring_clear               (const SecretSchema  *schema,
                                          GHashTable          *attributes,
                                          GCancellable        *cancellable,
                                          GError             **error);

/* Frees a copy of a secret, overwritten first. */
void      fd_keyring_secret_free         (char                *secret);

G_END_DECLS
