/* fd-repeats.h: repeated posts of one customer, and topics shared by many.
 *
 * Every incoming message is normalized (case, accents, links, mentions,
 * hashtags, emoji, punctuation, greetings, signatures, quoted text and
 * filler words such as "again" or "otra vez" are dropped), turned into a
 * MinHash signature, stored, and compared with the posts around it in
 * time, earlier or later, whatever order they arrive in:
 *
 *  - a *repeat group* holds the copies of one complaint that one
 *    customer posted within FD_REPEATS_WINDOW on any of their channels:
 *    near copies of one text, or posts in other words that name the same
 *    order, invoice, tracking or return number, or make the same kind of
 *    complaint (fd-repeats-meaning.c); a follow-up in the same thread that
 *    adds information, or answers a question, is not a copy. Every copy
 *    needs an answer, and the group is done when each one has one. The
 *    group keeps why its posts were grouped (FdRepeatReason);
 *  - a *possible repeat* is the same order number (or the same text)
 *    posted on two channels under the same display name by identities
 *    not known to be one person: shown with the suggestion to link them
 *    until the user accepts or dismisses it;
 *  - a *topic* holds near-identical posts of several customers: one
 *    problem that many report, best answered publicly once per channel.
 *    Topics are looked for among the weeks of posts held in memory,
 *    which follow the posts as they come: old history imported out of
 *    order needs fd_customers_rebuild_repeats() to find its topics.
 *
 * The work is incremental, on import and sync, in the same transaction as
 * the message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

#define FD_REPEATS_ERROR (fd_repeats_error_quark ())

typedef enum {
  FD_REPEATS_ERROR_NOT_FOUND,
  FD_REPEATS_ERROR_NOTHING_TO_DO,   /* every copy is answered already */
} FdRepeatsError;

/* Copies of one comment this far apart (seconds) are still repeats. */
#define FD_REPEATS_WINDOW (7 * 24 * 3600)

/* A topic is shown when this many customers post the same thing. */
#define FD_TOPIC_MIN_CUSTOMERS 3

/* Longest reply on a social channel before it is cut (Bluesky's limit is
 * 300 characters, Mastodon's default 500). */
#define FD_REPEATS_SOCIAL_MAX_CHARS 300

/* Why the posts of a group were grouped; the best reason any two of
 * them give, in this order. */
typedef enum {
  FD_REPEAT_REASON_UNKNOWN,          /* not copies */
  FD_REPEAT_REASON_SAME_REFERENCE,   /* the same order, invoice, tracking or return number */
  FD_REPEAT_REASON_NEAR_COPY,        /* the same text, give or take typos, case and emoji */
  FD_REPEAT_REASON_SAME_COMPLAINT,   /* the same kind of complaint, in other words */
  FD_REPEAT_REASON_OTHER_LANGUAGE,   /* the same complaint in two languages, compared
                                      * through a translation (fd-repeats-languages.h) */
  FD_REPEAT_REASON_ASKED_AGAIN,      /* only to ask again ("still nothing?"), or in one
                                      * conversation after our answer that settled
                                      * nothing */
} FdRepeatReason;

typedef struct {
  gint64      id;             /* 0 for a possible repeat */
  gint64      customer_id;    /* of the oldest copy */
  char       *customer_name;
  gint64      first_at;       /* created_at of the oldest copy */
  gint64      last_at;        /* and of the newest */
  guint       n_unanswered;
  gboolean    done;           /* every copy is answered (or archived) */
  GPtrArray  *messages;       /* (element-type FdMessage): the copies, oldest first */
  FdRepeatReason reason;
  /* "order:48213", "invoice:FA-4471", "tracking:…", "return:RMA-7731",
   * "ticket:…" or "number:…" for SAME_REFERENCE; a complaint such as
   * "refund" or "late-delivery" for SAME_COMPLAINT; the two languages,
   * the earlier post's first, such as "es:en", for OTHER_LANGUAGE; else
   * NULL. */
  char       *reason_value;
  /* Copies by identities not known to be one person: the link
   * suggestion that would make them one customer. */
  gboolean    possible;
  gint64      suggestion_id;
} FdRepeatGroup;

typedef struct {
  gint64      id;
  gint64      first_at;
  gint64      last_at;
  guint       n_customers;    /* "5 customers report this" */
  guint       n_unanswered;
  GStrv       channels;       /* the channels it was posted on, sorted */
  GPtrArray  *messages;       /* (element-type FdMessage): oldest first */
} FdTopic;

GQuark         fd_repeats_error_quark        (void);

void           fd_repeat_group_free          (FdRepeatGroup *group);
void           fd_topic_free                 (FdTopic       *topic);

/* Repeat groups, the most recently active first. @only_open leaves out
 * the groups whose copies are all answered. @limit 0: all.
 * (element-type FdRepeatGroup) */
GPtrArray     *fd_repeats_list_groups        (FdStore       *store,
                                              gboolean       only_open,
                                              guint          limit,
                                              GError       **error);
FdRepeatGroup *fd_repeats_get_group          (FdStore       *store,
                                              gint64         group_id,
                                              GError       **error);
/* The group @message_id belongs to, 0 when it is not a repeat, -1 on
 * error. */
gint64         fd_repeats_get_group_id       (FdStore       *store,
                                              gint64         message_id,
                                              GError       **error);

/* "near-copy", "same-reference", "same-complaint", "other-language" or
 * "unknown". */
const char    *fd_repeat_reason_to_string    (FdRepeatReason reason);
/* Why a group's posts were grouped, for a person: "same order #48213",
 * "same complaint: refund", "near copy". Translated when @translated. */
char          *fd_repeats_describe_reason    (FdRepeatReason reason,
                                              const char    *value,
                                              gboolean       translated);
/* The same, translated, for @group ("possibly the same customer: …" for
 * a possible repeat). */
char          *fd_repeat_group_dup_reason    (const FdRepeatGroup *group);

/* Topics posted by at least @min_customers distinct customers, the most
 * recently active first. @limit 0: all. (element-type FdTopic) */
GPtrArray     *fd_repeats_list_topics        (FdStore       *store,
                                              guint          min_customers,
                                              guint          limit,
                                              GError       **error);
FdTopic       *fd_repeats_get_topic          (FdStore       *store,
                                              gint64         topic_id,
                                              GError       **error);

/* 1 when @message_id, a copy, is still to answer: unanswered, and no
 * reply after it waits in the outbox (a queued reply answers it only
 * once sent); 0 when not; -1 on error. Answering every copy at once is
 * an FD_REPLY_ALL_COPIES request to the outbox. */
int            fd_repeats_copy_is_open       (FdStore       *store,
                                              gint64         message_id,
                                              GError       **error);
/* Marks every copy answered, e.g. after answering them elsewhere. */
gboolean       fd_repeats_mark_all_answered  (FdStore       *store,
                                              gint64         group_id,
                                              GError       **error);

/* The reply as it will be sent on @channel to @handle: on Mastodon and
 * Bluesky it starts with the @handle and is cut to a post's length at a
 * word; an email reply is kept as written. */
char          *fd_repeats_adapt_reply        (const char    *channel,
                                              const char    *handle,
                                              const char    *text);

/* The text the detector compares (for tests and for showing why two
 * posts count as copies). */
char          *fd_repeats_normalize          (const char    *text);
/* Estimated similarity (0..1) of two texts as the detector sees them. */
double         fd_repeats_similarity         (const char    *a,
                                              const char    *b);


G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdRepeatGroup, fd_repeat_group_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdTopic, fd_topic_free)

G_END_DECLS
