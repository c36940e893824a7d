/* fd-account-setup-form.h: what adding an account of a channel asks.
 *
 * Each channel that can be added describes its set-up once, in its own
 * folder, as an FdAccountSetupForm (data plus a few operations) that its
 * provider hands over as a class member (FdProviderInterface.setup_form).
 * The window builds its "Add Account" page from it, never from the
 * channel's name:
 *
 *   - the fields to ask, in order; each fills the parameter of the same
 *     id (fd-account-setup.h), except the one flagged
 *     FD_SETUP_FIELD_SECRET, which is the secret for the keyring;
 *   - optionally "discover": fill fields from what was typed (an email
 *     address's servers);
 *   - optionally a browser sign-in (fd-browser-sign-in.h) whose token
 *     is the secret;
 *   - then fd_account_setup_add_async(): the secret is tested with the
 *     server, and the account and its secret are saved together or not
 *     at all.
 *
 * Strings in a form are marked with N_() and translated on use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fd-account.h"
#include "fd-browser-sign-in.h"

G_BEGIN_DECLS

typedef enum {
  FD_SETUP_FIELD_TEXT,
  FD_SETUP_FIELD_EMAIL,     /* an email address */
  FD_SETUP_FIELD_URL,       /* a server's address, with or without https:// */
  FD_SETUP_FIELD_PASSWORD,  /* hidden while typed */
  FD_SETUP_FIELD_NUMBER,    /* an integer from min to max */
  FD_SETUP_FIELD_CHOICE,    /* one of choices[] */
  FD_SETUP_FIELD_SWITCH,    /* "true" or absent */
} FdSetupFieldKind;

typedef enum {
  FD_SETUP_FIELD_FLAGS_NONE    = 0,
  /* May stay empty. */
  FD_SETUP_FIELD_OPTIONAL      = 1 << 0,
  /* Shown folded away, under the form's advanced_title. */
  FD_SETUP_FIELD_ADVANCED      = 1 << 1,
  /* The secret: handed to the keyring, never kept in the profile. */
  FD_SETUP_FIELD_SECRET        = 1 << 2,
  /* Discover reads it: discovering needs it filled in. */
  FD_SETUP_FIELD_DISCOVER_FROM = 1 << 3,
  /* Discover fills it in. */
  FD_SETUP_FIELD_DISCOVERED    = 1 << 4,
  /* Choosing it is risky: the window shows it as a warning. */
  FD_SETUP_FIELD_WARNING       = 1 << 5,
} FdSetupFieldFlags;

typedef struct {
  const char *value;   /* the parameter's value */
  const char *label;   /* N_() */
} FdSetupChoice;

typedef struct {
  /* The parameter it fills ("address", "imap-port"); NULL ends a list. */
  const char         *id;
  /* N_(); an underscore marks a mnemonic (“Allow _Unencrypted…”). */
  const char         *label;
  FdSetupFieldKind    kind;
  FdSetupFieldFlags   flags;
  /* N_() or NULL: an example of what to type ("imap.example.com"); the
   * window shows it as the field's tooltip. */
  const char         *placeholder;
  /* N_() or NULL: a sentence about the field (under a switch, else its
   * tooltip and accessible description). */
  const char         *description;
  /* As a parameter value, or NULL: empty (a CHOICE: its first choice). */
  const char         *default_value;
  /* FD_SETUP_FIELD_CHOICE: ended by a NULL value. */
  const FdSetupChoice *choices;
  /* FD_SETUP_FIELD_NUMBER */
  int                 min;
  int                 max;
  /* "id=value" conditions, any of which shows the field; none: always
   * shown. A hidden field is not asked and goes back to its default. */
  const char         *shown_when[3];
} FdSetupField;

/* An account another program already signed in to (GNOME Online
 * Accounts), to add as it is. */
typedef struct {
  char       *channel;
  char       *title;     /* the address */
  char       *subtitle;  /* where it is from, for the person */
  GHashTable *params;    /* for fd_account_setup_add_async(), with the secret "" */
} FdSetupExternalAccount;

void fd_setup_external_account_free (FdSetupExternalAccount *account);

typedef struct {
  /* N_(): the page's title, "Add an Email Account". */
  const char         *title;
  /* N_(): one line for the list of channels, "Any mailbox with IMAP and SMTP". */
  const char         *summary;
  /* N_(): what Frontdesk does with the account and where the secret goes. */
  const char         *intro;
  /* N_() or NULL: the heading of the FD_SETUP_FIELD_ADVANCED fields. */
  const char         *advanced_title;
  /* Ended by an id of NULL. */
  const FdSetupField *fields;

  /* Optional, blocking (run in a thread): fills @found with the values it
   * finds for the FD_SETUP_FIELD_DISCOVERED fields from @params; @note
   * (never NULL) may get a sentence on where they were found. */
  gboolean         (*discover)             (GHashTable    *params,
                                            GHashTable    *found,
                                            char         **note,
                                            GCancellable  *cancellable,
                                            GError       **error);
  /* Optional: a browser sign-in for @params, on the calling thread's
   * main context; its secret replaces the FD_SETUP_FIELD_SECRET field. */
  FdBrowserSignIn *(*browser_sign_in_new)  (GHashTable    *params,
                                            GError       **error);
  /* Optional: whether @params can sign in with a browser; NULL: whenever
   * browser_sign_in_new is set. */
  gboolean         (*offers_browser_sign_in) (GHashTable  *params);
  /* The browser always comes back to Frontdesk (a loopback redirect):
   * there is no code for the person to paste. */
  gboolean           browser_without_paste;
  /* Optional: fills @params with what signing in to @account again asks
   * (its address, servers, how it signs in), as the fields' ids. */
  void             (*account_params)       (FdAccount     *account,
                                            GHashTable    *params);
  /* Optional, blocking (run in a thread): accounts of the channel that
   * another program signed in to (FdSetupExternalAccount, channel left
   * NULL). */
  GPtrArray       *(*list_external)        (GCancellable  *cancellable,
                                            GError       **error);
  /* Optional: the field @error (from discover, the browser sign-in or
   * adding) is about, for the window to point at; NULL: none. */
  const char      *(*error_field)          (const GError  *error);
} FdAccountSetupForm;

/* NULL when this build cannot add accounts of @channel from a form. */
const FdAccountSetupForm *fd_account_setup_get_form        (const char                *channel);
/* (transfer container) (element-type utf8): the channels that have a
 * form, sorted by their translated display names. */
GPtrArray                *fd_account_setup_list_channels   (void);
const FdSetupField       *fd_account_setup_form_get_field  (const FdAccountSetupForm  *form,
                                                            const char                *id);
/* The field flagged FD_SETUP_FIELD_SECRET, NULL if none. */
const FdSetupField       *fd_account_setup_form_get_secret_field (const FdAccountSetupForm *form);
/* Whether @field is asked with @params (see shown_when). */
gboolean                  fd_setup_field_is_shown          (const FdSetupField        *field,
                                                            GHashTable                *params);

gboolean                  fd_account_setup_can_discover    (const char                *channel);
/* Runs the form's discover in a thread. Returns (element-type utf8 utf8)
 * the values found, keyed by field id; @note (nullable) gets where. */
void                      fd_account_setup_discover_async  (const char                *channel,
                                                            GHashTable                *params,
                                                            GCancellable              *cancellable,
                                                            GAsyncReadyCallback        callback,
                                                            gpointer                   user_data);
GHashTable               *fd_account_setup_discover_finish (GAsyncResult              *result,
                                                            char                     **note,
                                                            GError                   **error);

/* (transfer full) (nullable): the parameters to sign in to @account
 * again with its channel's form (see account_params), keys and values
 * owned by the table; NULL when the form cannot say. */
GHashTable               *fd_account_setup_dup_params      (FdAccount                 *account);
/* A sentence on how @account signs in, for the person ("Signs in with a
 * password."), from the kind of secret it keeps. */
char                     *fd_account_setup_describe_sign_in (FdAccount                *account);

/* Every channel's external accounts (see list_external), in a thread:
 * (element-type FdSetupExternalAccount). */
void                      fd_account_setup_list_external_async  (GCancellable        *cancellable,
                                                                 GAsyncReadyCallback  callback,
                                                                 gpointer             user_data);
GPtrArray                *fd_account_setup_list_external_finish (GAsyncResult        *result,
                                                                 GError             **error);

/* Whether @channel signs in with a browser for @params. */
gboolean                  fd_account_setup_offers_browser_sign_in (const char         *channel,
                                                                   GHashTable         *params);
FdBrowserSignIn          *fd_account_setup_browser_sign_in_new    (const char         *channel,
                                                                   GHashTable         *params,
                                                                   GError            **error);

/* fd_account_setup_add_sync() in a thread, on a copy of @params. Once the
 * account is saved it is returned even if @cancellable was cancelled
 * meanwhile: a saved account is never lost sight of. @note (nullable). */
void                      fd_account_setup_add_async       (const char                *data_dir,
                                                            const char                *channel,
                                                            GHashTable                *params,
                                                            const char                *secret,
                                                            GCancellable              *cancellable,
                                                            GAsyncReadyCallback        callback,
                                                            gpointer                   user_data);
FdAccount                *fd_account_setup_add_finish      (GAsyncResult              *result,
                                                            char                     **note,
                                                            GError                   **error);

/* The field @error is about, or NULL (see FdAccountSetupForm.error_field). */
const char               *fd_account_setup_error_field     (const char                *channel,
                                                            const GError              *error);

G_END_DECLS
