/* fd-account.h: an account (one mailbox, one Mastodon or Bluesky login)
 * and its sync status.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fd-types.h"

G_BEGIN_DECLS

#define FD_TYPE_ACCOUNT            (fd_account_get_type ())
#define FD_TYPE_ACCOUNT_STATE      (fd_account_state_get_type ())
#define FD_TYPE_ACCOUNT_ERROR_KIND (fd_account_error_kind_get_type ())

G_DECLARE_FINAL_TYPE (FdAccount, fd_account, FD, ACCOUNT, GObject)

typedef enum {
  FD_ACCOUNT_STATE_IDLE,
  FD_ACCOUNT_STATE_SYNCING,
  FD_ACCOUNT_STATE_OFFLINE,     /* no network, or paused on a metered one */
  FD_ACCOUNT_STATE_ERROR,       /* see FdAccount:error-kind and :error-message */
} FdAccountState;

/* What the person has to do about an error. */
typedef enum {
  FD_ACCOUNT_ERROR_NONE,
  FD_ACCOUNT_ERROR_NEEDS_PASSWORD,  /* sign in again; the engine waits until then */
  FD_ACCOUNT_ERROR_RATE_LIMITED,    /* nothing: the engine waits for the server */
  FD_ACCOUNT_ERROR_NETWORK,         /* nothing: the engine retries with backoff */
  FD_ACCOUNT_ERROR_SERVER,          /* the server refused a request: check the settings */
  FD_ACCOUNT_ERROR_NO_PROVIDER,     /* this build cannot sync the account's channel */
  FD_ACCOUNT_ERROR_STORE,           /* the local store failed (disk full…) */
} FdAccountErrorKind;

GType               fd_account_state_get_type      (void) G_GNUC_CONST;
GType               fd_account_error_kind_get_type (void) G_GNUC_CONST;

FdAccount          *fd_account_new                 (const char   *channel,
                                                    const char   *name,
                                                    const char   *address);

gint64              fd_account_get_id              (FdAccount    *self);
/* The profile (fd_store_get_profile_id()) the account was loaded from or
 * saved in; NULL before that. With the id it names the account's secrets. */
const char         *fd_account_get_profile_id      (FdAccount    *self);
const char         *fd_account_get_channel         (FdAccount    *self);
const char         *fd_account_get_name            (FdAccount    *self);
void                fd_account_set_name            (FdAccount    *self,
                                                    const char   *name);
const char         *fd_account_get_address         (FdAccount    *self);
void                fd_account_set_address         (FdAccount    *self,
                                                    const char   *address);

/* Settings are stored as a JSON object. Never put a secret there: use
 * fd-secrets.h. */
char               *fd_account_dup_setting_string  (FdAccount    *self,
                                                    const char   *key);
gint64              fd_account_get_setting_int     (FdAccount    *self,
                                                    const char   *key,
                                                    gint64        default_value);
gboolean            fd_account_get_setting_boolean (FdAccount    *self,
                                                    const char   *key,
                                                    gboolean      default_value);
void                fd_account_set_setting_string  (FdAccount    *self,
                                                    const char   *key,
                                                    const char   *value);
void                fd_account_set_setting_int     (FdAccount    *self,
                                                    const char   *key,
                                                    gint64        value);
void                fd_account_set_setting_boolean (FdAccount    *self,
                                                    const char   *key,
                                                    gboolean      value);
char               *fd_account_dup_settings_json   (FdAccount    *self);

/* Settings each sync keeps as the server says (fd_provider_get_reply_limits()):
 * the longest reply in characters, and what a link counts for. */
#define FD_ACCOUNT_SETTING_MAX_REPLY_CHARS "max-characters"
#define FD_ACCOUNT_SETTING_LINK_CHARS      "characters-reserved-per-url"
/* A problem the last sync found that does not stop the account syncing
 * (the sign-in lacks a permission: fd_provider_dup_notice()), a
 * sentence for the person; unset when there is none. Kept by each sync
 * as the limits above are. */
#define FD_ACCOUNT_SETTING_NOTICE          "notice"

/* The longest public reply on this account: what its server said, else
 * its channel's (FdChannelInfo.max_reply_chars); 0 for no limit. */
guint               fd_account_get_max_reply_chars (FdAccount    *self);

/* Storage: the accounts table. Ids are never given out twice in a
 * profile, even after an account is deleted. */
gboolean            fd_account_save                (FdAccount    *self,
                                                    FdStore      *store,
                                                    GError      **error);
gboolean            fd_account_delete              (FdAccount    *self,
                                                    FdStore      *store,
                                                    GError      **error);
FdAccount          *fd_account_load                (FdStore      *store,
                                                    gint64        id,
                                                    GError      **error);
/* (element-type FdAccount) in id order */
GPtrArray          *fd_account_load_all            (FdStore      *store,
                                                    GError      **error);

/* Sync status. Set by FdSyncManager on the main thread; read-only for
 * everyone else. */
FdAccountState      fd_account_get_state           (FdAccount    *self);
FdAccountErrorKind  fd_account_get_error_kind      (FdAccount    *self);
const char         *fd_account_get_error_message   (FdAccount    *self);
gint64              fd_account_get_last_synced     (FdAccount    *self);
double              fd_account_get_progress        (FdAccount    *self);
guint               fd_account_get_outbox_waiting  (FdAccount    *self);

void                fd_account_set_state           (FdAccount          *self,
                                                    FdAccountState      state,
                                                    FdAccountErrorKind  error_kind,
                                                    const char         *error_message);
void                fd_account_set_last_synced     (FdAccount    *self,
                                                    gint64        unix_time);
void                fd_account_set_progress        (FdAccount    *self,
                                                    double        progress);
void                fd_account_set_outbox_waiting  (FdAccount    *self,
                                                    guint         n_waiting);

G_END_DECLS
