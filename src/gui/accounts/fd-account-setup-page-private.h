/* fd-account-setup-page-private.h: shared by fd-account-setup-page.c
 * (the form and its banner), fd-account-setup-page-add.c (discover and
 * adding) and fd-account-setup-page-browser.c (signing in with the
 * browser).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-account-setup-form.h"
#include "fd-account-setup-page.h"
#include "fd-account-setup-rows.h"

G_BEGIN_DECLS

typedef enum {
  FD_SETUP_STATE_EDIT,     /* the person fills in the form */
  FD_SETUP_STATE_BUSY,     /* finding settings, contacting the server, signing in */
  FD_SETUP_STATE_BROWSER,  /* waiting for the browser to come back */
  FD_SETUP_STATE_PASTE,    /* waiting for the person to paste the code */
} FdSetupState;

struct _FdAccountSetupPage
{
  AdwBin                    parent_instance;

  FdSyncManager            *manager;
  char                     *channel;
  const FdAccountSetupForm *form;

  FdSetupState              state;
  char                     *status;         /* what is going on, for the banner */
  char                     *error_message;  /* what went wrong, for the banner */
  gboolean                  disposed;
  GCancellable             *cancellable;

  FdBrowserSignIn          *sign_in;
  char                     *authorize_uri;
  gboolean                  paste_code;

  char                     *account_id;     /* signing in to this account again, or NULL */
  GPtrArray                *trusted;        /* fingerprints trusted on this page */
  char                     *untrusted;      /* the one the last error refused */
  GHashTable               *discovered;     /* field id -> what discover filled in */
  char                     *discovered_for; /* the fields discover read, then */
  gboolean                  add_after_discover;

  GPtrArray                *rows;           /* FdSetupRow, in the form's order */
  AdwExpanderRow           *advanced_row;
  FdSetupRow               *problem_row;

  GtkRevealer              *banner_revealer;
  GtkWidget                *banner;
  GtkSpinner               *spinner;
  GtkWidget                *error_icon;
  GtkLabel                 *banner_label;
  GtkWidget                *trust_button;
  GtkWidget                *copy_link_button;
  GtkWidget                *cancel_button;
  AdwPreferencesPage       *page;
  AdwPreferencesGroup      *fields_group;
  AdwPreferencesGroup      *paste_group;
  AdwEntryRow              *code_row;
  GtkWidget                *add_button;
  GtkWidget                *browser_button;
  GtkWidget                *submit_code_button;
  GtkWidget                *find_button;
  GtkWidget                *paste_button;
};

/* g_autoptr(FdSecret): a secret wiped before it is freed. */
typedef char FdSecret;
void        _fd_secret_free                     (FdSecret           *secret);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSecret, _fd_secret_free)

/* The form's values as parameters (fd-account-setup.h), without the
 * secret and the fields not shown. */
GHashTable *_fd_account_setup_page_collect      (FdAccountSetupPage *self);
/* @status (nullable) goes in the banner, unless an error is shown. */
void        _fd_account_setup_page_set_state    (FdAccountSetupPage *self,
                                                 FdSetupState        state,
                                                 const char         *status);
void        _fd_account_setup_page_show_error   (FdAccountSetupPage *self,
                                                 const GError       *error);
/* @row (nullable): the field @message is about. */
void        _fd_account_setup_page_show_message (FdAccountSetupPage *self,
                                                 FdSetupRow         *row,
                                                 const char         *message);
void        _fd_account_setup_page_clear_error  (FdAccountSetupPage *self);
/* Back to the form, with what went wrong. */
void        _fd_account_setup_page_fail         (FdAccountSetupPage *self,
                                                 const GError       *error);
void        _fd_account_setup_page_reset_cancellable (FdAccountSetupPage *self);
/* Whether every field needed is filled in; else says which is not. */
gboolean    _fd_account_setup_page_check_filled (FdAccountSetupPage *self,
                                                 gboolean            with_secret);
void        _fd_account_setup_page_start_add    (FdAccountSetupPage *self,
                                                 GHashTable         *params,
                                                 const char         *secret);

void        _fd_account_setup_page_emit_added   (FdAccountSetupPage *self,
                                                 gint64              account_id);
FdSetupRow *_fd_account_setup_page_find_row     (FdAccountSetupPage *self,
                                                 const char         *id);
gboolean    _fd_setup_row_is_secret             (FdSetupRow         *row);
/* Shows the fields whose conditions hold, hides (and resets) the others. */
void        _fd_account_setup_page_update_shown (FdAccountSetupPage *self);
/* The first field to fill in before going on, and why (@message); NULL
 * when none. @with_discovered: what discover fills in counts too. */
FdSetupRow *_fd_account_setup_page_find_missing (FdAccountSetupPage  *self,
                                                 gboolean             with_secret,
                                                 gboolean             with_discovered,
                                                 char               **message);

/* fd-account-setup-page-add.c */
void        _fd_account_setup_page_find         (FdAccountSetupPage *self);
void        _fd_account_setup_page_add          (FdAccountSetupPage *self);
void        _fd_account_setup_page_trust        (FdAccountSetupPage *self);

/* fd-account-setup-page-browser.c */
void        _fd_account_setup_page_stop_browser (FdAccountSetupPage *self);
void        _fd_account_setup_page_start_browser (FdAccountSetupPage *self,
                                                  gboolean            paste_code);
void        _fd_account_setup_page_submit_code  (FdAccountSetupPage *self);
void        _fd_account_setup_page_copy_link    (FdAccountSetupPage *self);

G_END_DECLS
