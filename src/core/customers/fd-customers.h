/* fd-customers.h: customers, their identities on each channel, and
 * linking them.
 *
 * A customer is a person; an identity is one handle on one channel. New
 * identities are linked to an existing customer automatically when that
 * is certain (the same email address, or a profile that names the other
 * account), and suggested for the user to confirm when it is likely (the
 * same name posting the same text on two channels within a day, or the
 * same order number within the repeat window).
 * Merges and splits keep every message and conversation and can be
 * undone exactly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "fd-repeats.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_CUSTOMERS_ERROR (fd_customers_error_quark ())

typedef enum {
  FD_CUSTOMERS_ERROR_NOT_FOUND,
  FD_CUSTOMERS_ERROR_INVALID,          /* e.g. merging a customer with itself */
  FD_CUSTOMERS_ERROR_NOTHING_TO_UNDO,
} FdCustomersError;

typedef struct {
  gint64  id;
  char   *channel;
  char   *handle;
  char   *name;
} FdIdentity;

typedef struct {
  gint64      id;
  char       *name;
  char       *lang;          /* usual language, NULL when unknown */
  gint64      created_at;
  guint       n_messages;    /* messages they wrote */
  GPtrArray  *identities;    /* (element-type FdIdentity) */
} FdCustomer;

typedef struct {
  gint64  id;
  gint64  customer_a;
  gint64  customer_b;
  gint64  message_a;         /* the posts that made it likely, 0 if gone */
  gint64  message_b;
  char   *reason;            /* "same-name-same-text", "same-name-same-number",
                              * "same-name-said-before", "same-name-same-complaint" */
  gint64  created_at;
} FdLinkSuggestion;

typedef struct {
  gint64  id;
  char   *kind;              /* "merge", "auto-merge" or "split" */
  gint64  customer_id;       /* merge: the customer kept; split: the one split */
  gint64  other_id;          /* merge: the one merged in; split: the new one */
  gint64  created_at;
} FdCustomerOperation;

GQuark      fd_customers_error_quark      (void);

void        fd_identity_free              (FdIdentity          *identity);
void        fd_customer_free              (FdCustomer          *customer);
void        fd_link_suggestion_free       (FdLinkSuggestion    *suggestion);
void        fd_customer_operation_free    (FdCustomerOperation *operation);

/* Customers by id, after @after_id (0 for the first page), at most @limit
 * (0: all). Merged customers are left out. (element-type FdCustomer) */
GPtrArray  *fd_customers_list             (FdStore      *store,
                                           gint64        after_id,
                                           guint         limit,
                                           GError      **error);
FdCustomer *fd_customers_get              (FdStore      *store,
                                           gint64        customer_id,
                                           GError      **error);
/* The customer of the identity @handle on @channel, 0 when there is none,
 * -1 on error. */
gint64      fd_customers_find             (FdStore      *store,
                                           const char   *channel,
                                           const char   *handle,
                                           GError      **error);

/* Moves every identity and conversation of @from_id to @into_id. */
gboolean    fd_customers_merge            (FdStore      *store,
                                           gint64        into_id,
                                           gint64        from_id,
                                           GError      **error);
/* Moves the identity @handle on @channel, with its conversations, from
 * @customer_id to a new customer. Returns the new customer's id, or 0. */
gint64      fd_customers_split            (FdStore      *store,
                                           gint64        customer_id,
                                           const char   *channel,
                                           const char   *handle,
                                           GError      **error);
/* The merge or split that fd_customers_undo() would undo, or NULL (and no
 * error) when there is none. Automatic merges are not undone this way:
 * split them. */
FdCustomerOperation *fd_customers_get_last_operation (FdStore  *store,
                                                      GError  **error);
gboolean    fd_customers_undo             (FdStore      *store,
                                           FdCustomerOperation **out_undone,
                                           GError      **error);

/* Open suggestions, newest first. (element-type FdLinkSuggestion) */
GPtrArray  *fd_customers_list_suggestions (FdStore      *store,
                                           GError      **error);

/* Possible repeats: the posts behind each open link suggestion, with the
 * copies each side has of them, the newest suggestion first; see
 * fd_customers_accept_suggestion() and fd_customers_dismiss_suggestion()
 * (fd-customers-links.c). (element-type FdRepeatGroup) */
GPtrArray  *fd_customers_list_possible_repeats (FdStore    *store,
                                                GError    **error);

/* Recomputes every repeat group and topic from the stored messages, in
 * time order (after importing old history out of order: the repeat
 * groups come out the same, topics may be found that were not), and the
 * link suggestions they lead to. */
gboolean    fd_customers_rebuild_repeats  (FdStore      *store,
                                           GError      **error);
/* The rules that find repeats change now and then (more words, a new
 * reason). Finds again, under the current rules, the repeats of at most
 * @max_customers customers whose posts were looked at under older ones,
 * and the link suggestions they lead to, in one transaction; *@out_done
 * when none is left, *@out_n_customers (may be NULL) how many it looked
 * at. A rebuild does them all at once. */
gboolean    fd_customers_update_repeat_rules (FdStore   *store,
                                              guint      max_customers,
                                              gboolean  *out_done,
                                              guint     *out_n_customers,
                                              GError   **error);
/* Accepting merges customer_b into customer_a; dismissing means never
 * suggesting this pair again. */
gboolean    fd_customers_accept_suggestion  (FdStore    *store,
                                             gint64      suggestion_id,
                                             GError    **error);
gboolean    fd_customers_dismiss_suggestion (FdStore    *store,
                                             gint64      suggestion_id,
                                             GError    **error);

/* Writes everything stored about the customer: their messages and our
 * replies, as JSON Lines that "frontdesk-cli import" reads back. */
gboolean    fd_customers_export           (FdStore       *store,
                                           gint64         customer_id,
                                           GOutputStream *out,
                                           guint64       *n_exported,
                                           GCancellable  *cancellable,
                                           GError       **error);
/* Deletes the customer and everything about them: messages (and our
 * replies to them), conversations, drafts, outbox entries, identities,
 * the customers merged into them, their usual languages, link
 * suggestions, translations (of their words, and of the drafts and
 * replies to them), their posts found by listening, attachment files,
 * search index rows and repeat data, in one transaction. Attachment
 * files are removed after the commit.
 *
 * Translations are cached by a hash of the text: those of a draft's
 * earlier versions, whose text is kept nowhere else, are not found.
 *
 * The full-text rows are removed with the values the index's content view
 * gives now; a message indexed under an author name other than its
 * identity's stored name (fd-store.c indexes the message's own name)
 * leaves stale terms behind. */
gboolean    fd_customers_erase            (FdStore      *store,
                                           gint64        customer_id,
                                           GError      **error);

/* "channel:handle" for a profile link or address ("ana@example.com",
 * "https://mastodon.social/@ana", "@ana.bsky.social"), NULL when it names
 * no account. */
char       *fd_customers_link_key         (const char   *link);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdIdentity, fd_identity_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdCustomer, fd_customer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdLinkSuggestion, fd_link_suggestion_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdCustomerOperation, fd_customer_operation_free)

G_END_DECLS
